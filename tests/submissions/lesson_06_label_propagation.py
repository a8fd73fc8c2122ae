"""Fake submissions for lesson 06 (label propagation): known mistakes and other correct answers.

Each Wrong must lose the points of its own test cell and keep full marks on every other
test cell; each Alternative must keep full marks everywhere.
"""

from tests.submissions import Alternative, Wrong

WRONG = [
    # Exercise 6.1: representatives.
    Wrong("ex6_1_representatives", "argmax_farthest_image", '''
def find_representatives(kmeans, X):
    distances = kmeans.transform(X)
    return np.argmax(distances, axis=0)
''', mistake="Takes the image farthest from each centroid (argmax) instead of the closest.",
          hint=r"not the argmax"),
    Wrong("ex6_1_representatives", "first_member_of_each_cluster", '''
def find_representatives(kmeans, X):
    # "any member will do": the first image of each cluster
    labels = kmeans.predict(X)
    return np.array([np.flatnonzero(labels == j)[0] for j in range(kmeans.n_clusters)])
''', mistake="Takes the first member of each cluster instead of the image closest to its centroid.",
          hint=r"any member of the cluster"),
    Wrong("ex6_1_representatives", "sorted_indices_lose_cluster_order", '''
def find_representatives(kmeans, X):
    return np.sort(np.argmin(kmeans.transform(X), axis=0))
''', mistake="Sorts the indices, so entry j is no longer the representative of centroid j.",
          hint=r"but sorted|do not sort"),
    Wrong("ex6_1_representatives", "argmin_over_wrong_axis", '''
def find_representatives(kmeans, X):
    return np.argmin(kmeans.transform(X), axis=1)
''', mistake="Takes the argmin over axis=1 (one centroid per image) instead of axis=0.",
          hint=r"one index per cluster|axis=0"),

    # Exercise 6.2 (a): propagation to whole clusters.
    Wrong("ex6_2_propagate", "propagates_cluster_numbers", '''
def propagate_labels(cluster_labels, representative_labels):
    return np.asarray(cluster_labels).copy()
''', mistake="Returns the cluster numbers instead of the representatives' class labels.",
          hint=r"cluster numbers|CLASS label"),
    Wrong("ex6_2_propagate", "loop_misses_last_cluster", '''
def propagate_labels(cluster_labels, representative_labels):
    cluster_labels = np.asarray(cluster_labels)
    propagated = np.zeros(len(cluster_labels), dtype=int)
    for j in range(len(representative_labels) - 1):
        propagated[cluster_labels == j] = representative_labels[j]
    return propagated
''', mistake="The loop stops one cluster early, so the last cluster's instances keep label 0.",
          hint=r"last cluster|every cluster"),
    Wrong("ex6_2_propagate", "roles_swapped", '''
def propagate_labels(cluster_labels, representative_labels):
    return np.asarray(cluster_labels)[np.asarray(representative_labels)]
''', mistake="Indexes cluster_labels with representative_labels instead of the other way round.",
          hint=r"not one per cluster|other way round"),

    # Exercise 6.3: partial propagation mask.
    Wrong("ex6_3_partial", "global_percentile_nearest", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = np.asarray(distances).min(axis=1)
    return own <= np.percentile(own, percentile)
''', mistake="Computes one percentile cut-off over the whole data set instead of one per cluster.",
          hint=r"PER CLUSTER|whole data set"),
    Wrong("ex6_3_partial", "keeps_the_farthest", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    distances, cluster_labels = np.asarray(distances), np.asarray(cluster_labels)
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    keep = np.zeros(len(own), dtype=bool)
    for c in np.unique(cluster_labels):
        inside = cluster_labels == c
        keep[inside] = own[inside] > np.percentile(own[inside], percentile)
    return keep
''', mistake="Keeps the instances above the percentile (the farthest) instead of those at or below it.",
          hint=r"keep the farthest"),
    Wrong("ex6_3_partial", "percentile_read_as_share_to_drop", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    distances, cluster_labels = np.asarray(distances), np.asarray(cluster_labels)
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    keep = np.zeros(len(own), dtype=bool)
    for c in np.unique(cluster_labels):
        inside = cluster_labels == c
        keep[inside] = own[inside] <= np.percentile(own[inside], 100 - percentile)
    return keep
''', mistake="Uses the (100 - percentile) cut-off, dropping 30 % instead of keeping the closest 30 %.",
          hint=r"not drop 30 %"),

    # Exercise 6.2 (b): accuracy of the propagated labels.
    Wrong("ex6_2_label_accuracy", "ignores_the_mask", '''
def label_accuracy(y_assigned, y_true, mask):
    return float(np.mean(np.asarray(y_assigned) == np.asarray(y_true)))
''', mistake="Computes the accuracy over all instances, ignoring the mask.",
          hint=r"over all instances|only those where mask is True"),
    Wrong("ex6_2_label_accuracy", "count_instead_of_fraction", '''
def label_accuracy(y_assigned, y_true, mask):
    mask = np.asarray(mask, dtype=bool)
    return int(np.sum(np.asarray(y_assigned)[mask] == np.asarray(y_true)[mask]))
''', mistake="Returns the number of correct labels instead of a fraction.",
          hint=r"fraction, not a count"),
    Wrong("ex6_2_label_accuracy", "divides_by_all_instances", '''
def label_accuracy(y_assigned, y_true, mask):
    mask = np.asarray(mask, dtype=bool)
    correct = np.asarray(y_assigned)[mask] == np.asarray(y_true)[mask]
    return correct.sum() / len(mask)
''', mistake="Divides the selected correct labels by the number of all instances, not of selected ones.",
          hint=r"number of ALL instances|mask\.sum\(\)"),

    # Exercise 6.6: one round of uncertainty sampling.
    Wrong("ex6_6_active_round", "most_confident_tail_slice", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    unlabelled = np.setdiff1d(np.arange(len(X)), labelled_idx)
    confidence = model.predict_proba(X[unlabelled]).max(axis=1)
    return unlabelled[np.argsort(confidence)[-n_queries:]]
''', mistake="Queries the most confident predictions (the tail of argsort) instead of the least.",
          hint=r"MOST confident|LEAST confident"),
    Wrong("ex6_6_active_round", "queries_already_labelled", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    confidence = model.predict_proba(X).max(axis=1)
    return np.argsort(confidence)[:n_queries]
''', mistake="Ranks every instance, including those already labelled.",
          hint=r"already labelled|NOT in labelled_idx"),
    Wrong("ex6_6_active_round", "min_probability_ranking", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    unlabelled = np.setdiff1d(np.arange(len(X)), labelled_idx)
    proba = model.predict_proba(X[unlabelled])
    return unlabelled[np.argsort(proba.min(axis=1))[:n_queries]]
''', mistake="Ranks instances by their lowest class probability instead of their highest.",
          hint=r"HIGHEST class probability|not its lowest"),
    Wrong("ex6_6_active_round", "forgets_to_retrain", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    unlabelled = np.setdiff1d(np.arange(len(X)), labelled_idx)
    confidence = model.predict_proba(X[unlabelled]).max(axis=1)
    return unlabelled[np.argsort(confidence)[:n_queries]]
''', mistake="Never fits the model on the labelled instances before predicting.",
          hint=r"NotFittedError|must fit it first"),
    # Exercise 6.4: the percentile an audit chooses.
    Wrong("ex6_4_choose_percentile", "smallest_that_passes", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = [p for p, mask in masks.items() if mask[audit_idx].any()
               and np.mean(y_propagated[audit_idx][mask[audit_idx]]
                           == audit_labels[mask[audit_idx]]) >= min_accuracy]
    return min(passing) if passing else None
''', mistake="Returns the smallest percentile that reaches the bar instead of the largest.",
          hint=r"LARGEST percentile.*not the smallest"),
    Wrong("ex6_4_choose_percentile", "every_audited_instance", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    accuracy = np.mean(y_propagated[audit_idx] == audit_labels)
    return max(masks) if accuracy >= min_accuracy else None
''', mistake="Measures every percentile on all the audited instances, whatever its mask keeps.",
          hint=r"ITS MASK KEEPS"),
    Wrong("ex6_4_choose_percentile", "strict_bar", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for percentile, mask in masks.items():
        kept = mask[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) > min_accuracy:
            passing.append(percentile)
    return max(passing) if passing else None
''', mistake="Requires an audited accuracy strictly above min_accuracy.",
          hint=r"at least|>="),
    # Known cases of the "Fair grades" issue.
    Wrong("ex6_1_representatives", "hardcoded_k_index_error", '''
def find_representatives(kmeans, X):
    distances = kmeans.transform(X)
    return np.array([distances[:, j].argmin() for j in range(50)])
''', mistake="Hard-codes the lesson's 50 clusters; crashes with IndexError on a model with another k.",
          hint=r"raised IndexError when called with .*k = 5"),
    Wrong("ex6_2_propagate", "renumbers_with_unique", '''
def propagate_labels(cluster_labels, representative_labels):
    # renumber the clusters 0, 1, 2, ... in case some are missing
    _, renumbered = np.unique(cluster_labels, return_inverse=True)
    return np.asarray(representative_labels)[renumbered]
''', mistake="Renumbers the clusters that occur, which shifts every label after an empty cluster.",
          hint=r"empty|renumber"),
    Wrong("ex6_3_partial", "nearest_centroid_not_own", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    nearest = distances.min(axis=1)
    keep = np.zeros(len(nearest), dtype=bool)
    for c in np.unique(cluster_labels):
        inside = cluster_labels == c
        keep[inside] = nearest[inside] <= np.percentile(nearest[inside], percentile)
    return keep
''', mistake="Uses the distance to the nearest centroid instead of the instance's own cluster.",
          hint=r"OWN cluster.*not to its nearest"),
    Wrong("ex6_3_partial", "range_k_crashes_on_empty_cluster", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    cutoffs = np.array([np.percentile(own[cluster_labels == c], percentile)
                        for c in range(distances.shape[1])])
    return own <= cutoffs[cluster_labels]
''', mistake="Computes a cut-off for every cluster number, which crashes on an empty cluster.",
          hint=r"cluster 7 has no instance"),
    Wrong("ex6_2_label_accuracy", "percentage_times_100", '''
def label_accuracy(y_assigned, y_true, mask):
    return 100 * float(np.mean(y_assigned[mask] == y_true[mask]))
''', mistake="Returns a percentage instead of a fraction.", hint=r"not a percentage"),
    Wrong("ex6_6_active_round", "positions_in_pool", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    return np.argsort(model.predict_proba(X[pool]).max(axis=1))[:n_queries]
''', mistake="Returns positions within the unlabelled subset instead of indices into X.",
          hint=r"positions within the unlabelled subset"),
    Wrong("ex6_6_active_round", "no_retrain_unfitted", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    return pool[np.argsort(model.predict_proba(X[pool]).max(axis=1))[:n_queries]]
''', mistake="Never fits the model: NotFittedError on a fresh classifier.",
          hint=r"raised NotFittedError .*must fit it first"),
]

ALTERNATIVE = [
    Alternative("ex6_1_representatives", "distances_by_hand", '''
def find_representatives(kmeans, X):
    X = np.asarray(X, dtype=float)
    centers = kmeans.cluster_centers_
    squared = ((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=2)
    return squared.argmin(axis=0)
'''),
    Alternative("ex6_1_representatives", "pairwise_distances_argmin_imported", '''
from sklearn.metrics import pairwise_distances_argmin

def find_representatives(kmeans, X):
    return pairwise_distances_argmin(kmeans.cluster_centers_, X)
'''),
    Alternative("ex6_1_representatives", "loop_over_centroids", '''
def find_representatives(kmeans, X):
    picks = []
    for center in kmeans.cluster_centers_:
        picks.append(int(np.argmin(np.linalg.norm(X - center, axis=1))))
    return np.array(picks)
'''),

    Alternative("ex6_2_propagate", "loop_with_masks", '''
def propagate_labels(cluster_labels, representative_labels):
    cluster_labels = np.asarray(cluster_labels)
    propagated = np.empty(len(cluster_labels), dtype=np.asarray(representative_labels).dtype)
    for j, label in enumerate(representative_labels):
        propagated[cluster_labels == j] = label
    return propagated
'''),
    Alternative("ex6_2_propagate", "np_take_direct", '''
def propagate_labels(cluster_labels, representative_labels):
    return np.take(representative_labels, cluster_labels)
'''),

    Alternative("ex6_3_partial", "quantile_and_nearest_centroid", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    cluster_labels = np.asarray(cluster_labels)
    own = np.take_along_axis(np.asarray(distances), cluster_labels[:, None], axis=1)[:, 0]
    cutoffs = {c: np.quantile(own[cluster_labels == c], percentile / 100)
               for c in np.unique(cluster_labels)}
    return np.array([d <= cutoffs[c] for d, c in zip(own, cluster_labels)], dtype=bool)
'''),
    Alternative("ex6_3_partial", "pandas_groupby", '''
import pandas as pd

def closest_to_centroid(distances, cluster_labels, percentile):
    cluster_labels = np.asarray(cluster_labels)
    own = np.asarray(distances)[np.arange(len(cluster_labels)), cluster_labels]
    frame = pd.DataFrame({"cluster": cluster_labels, "own": own})
    cutoff = frame.groupby("cluster")["own"].transform(lambda d: np.percentile(d, percentile))
    return (frame["own"] <= cutoff).to_numpy()
'''),

    Alternative("ex6_2_label_accuracy", "sklearn_accuracy_score_asarray", '''
from sklearn.metrics import accuracy_score

def label_accuracy(y_assigned, y_true, mask):
    mask = np.asarray(mask, dtype=bool)
    return accuracy_score(np.asarray(y_true)[mask], np.asarray(y_assigned)[mask])
'''),
    Alternative("ex6_2_label_accuracy", "count_divided", '''
def label_accuracy(y_assigned, y_true, mask):
    hits = total = 0
    for a, t, m in zip(y_assigned, y_true, mask):
        if m:
            total += 1
            hits += int(a == t)
    return hits / total
'''),

    Alternative("ex6_6_active_round", "boolean_pool_and_argpartition", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    in_pool = np.ones(len(X), dtype=bool)
    in_pool[labelled_idx] = False
    pool = np.flatnonzero(in_pool)
    confidence = model.predict_proba(X[pool]).max(axis=1)
    return pool[np.argpartition(confidence, n_queries - 1)[:n_queries]]
'''),
    Alternative("ex6_6_active_round", "python_sorted_pool", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    fitted = model.fit(X[labelled_idx], y_labelled)
    labelled = set(np.asarray(labelled_idx).tolist())
    candidates = [i for i in range(len(X)) if i not in labelled]
    best = fitted.predict_proba(X[candidates]).max(axis=1)
    order = sorted(range(len(candidates)), key=lambda j: best[j])
    return np.array([candidates[j] for j in order[:n_queries]])
'''),

    Alternative("ex6_6_active_round", "fits_a_clone", '''
from sklearn.base import clone

def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    fitted = clone(model).fit(X[labelled_idx], y_labelled)
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    return pool[np.argsort(fitted.predict_proba(X[pool]).max(axis=1))[:n_queries]]
'''),
    Alternative("ex6_4_choose_percentile", "accuracies_then_descending_keys", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    right = np.asarray(y_propagated)[audit_idx] == np.asarray(audit_labels)
    accuracy = {p: right[m[audit_idx]].mean() for p, m in masks.items() if m[audit_idx].sum()}
    for p in sorted(accuracy, reverse=True):
        if accuracy[p] >= min_accuracy:
            return p
    return None
'''),
]
