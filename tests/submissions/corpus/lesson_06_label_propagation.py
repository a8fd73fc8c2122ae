"""Student-written corpus for lesson 06_label_propagation: written from the student copy alone."""
from tests.submissions import Alternative, Wrong

ALTERNATIVE = [
    # ---------------- ex6_1_representatives ----------------
    Alternative("ex6_1_representatives", "transform_argmin_axis0", '''
def find_representatives(kmeans, X):
    distances = kmeans.transform(X)        # (n_samples, k)
    return np.argmin(distances, axis=0)
''', style="kmeans.transform then argmin over the rows (axis=0), as the stub suggests"),
    Alternative("ex6_1_representatives", "pairwise_distances_argmin", '''
def find_representatives(kmeans, X):
    # for each centroid (row of A), the index of the closest row of X
    return np.asarray(pairwise_distances_argmin(kmeans.cluster_centers_, X), dtype=int)
''', style="sklearn pairwise_distances_argmin(centroids, X), the setup's own import"),
    Alternative("ex6_1_representatives", "loop_over_centroids_norm", '''
def find_representatives(kmeans, X):
    X = np.asarray(X, dtype=float)
    reps = []
    for centre in kmeans.cluster_centers_:
        dist = np.linalg.norm(X - centre, axis=1)
        reps.append(int(np.argmin(dist)))
    return np.array(reps, dtype=int)
''', style="explicit loop over centroids, np.linalg.norm of the differences"),
    Alternative("ex6_1_representatives", "nearest_neighbors", '''
from sklearn.neighbors import NearestNeighbors

def find_representatives(kmeans, X):
    nn = NearestNeighbors(n_neighbors=1).fit(X)
    _, idx = nn.kneighbors(kmeans.cluster_centers_)
    return idx[:, 0]
''', style="NearestNeighbors fitted on X, queried with the centroids"),
    Alternative("ex6_1_representatives", "scipy_cdist_squared", '''
from scipy.spatial.distance import cdist

def find_representatives(kmeans, X):
    # squared Euclidean distances have the same argmin as Euclidean ones
    d2 = cdist(X, kmeans.cluster_centers_, metric="sqeuclidean")
    return d2.argmin(axis=0).astype(np.int64)
''', style="scipy cdist with squared Euclidean distance (same minimiser)"),

    # ---------------- ex6_2_propagate ----------------
    Alternative("ex6_2_propagate", "fancy_indexing", '''
def propagate_labels(cluster_labels, representative_labels):
    return np.asarray(representative_labels)[np.asarray(cluster_labels)]
''', style="NumPy fancy indexing of the representative labels by cluster number"),
    Alternative("ex6_2_propagate", "np_take", '''
def propagate_labels(cluster_labels, representative_labels):
    return np.take(representative_labels, cluster_labels)
''', style="np.take"),
    Alternative("ex6_2_propagate", "loop_over_clusters", '''
def propagate_labels(cluster_labels, representative_labels):
    cluster_labels = np.asarray(cluster_labels)
    representative_labels = np.asarray(representative_labels)
    out = np.empty(len(cluster_labels), dtype=representative_labels.dtype)
    for j, label in enumerate(representative_labels):
        out[cluster_labels == j] = label
    return out
''', style="loop over clusters with boolean masks, output dtype taken from the labels"),
    Alternative("ex6_2_propagate", "pandas_map", '''
import pandas as pd

def propagate_labels(cluster_labels, representative_labels):
    mapping = dict(enumerate(np.asarray(representative_labels).tolist()))
    return pd.Series(np.asarray(cluster_labels)).map(mapping).to_numpy()
''', style="pandas Series.map with a dict cluster -> label"),
    Alternative("ex6_2_propagate", "list_comprehension", '''
def propagate_labels(cluster_labels, representative_labels):
    return np.array([representative_labels[int(c)] for c in cluster_labels])
''', style="plain Python list comprehension converted to an array"),

    # ---------------- ex6_3_partial ----------------
    Alternative("ex6_3_partial", "loop_own_column", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    distances = np.asarray(distances)
    cluster_labels = np.asarray(cluster_labels)
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    keep = np.zeros(len(cluster_labels), dtype=bool)
    for c in np.unique(cluster_labels):
        members = cluster_labels == c
        cutoff = np.percentile(own[members], percentile)
        keep[members] = own[members] <= cutoff
    return keep
''', style="own distance by fancy indexing, loop over the clusters present"),
    Alternative("ex6_3_partial", "cutoff_vector", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    distances = np.asarray(distances)
    cluster_labels = np.asarray(cluster_labels)
    k = distances.shape[1]
    own = np.take_along_axis(distances, cluster_labels[:, None], axis=1)[:, 0]
    cutoffs = np.full(k, -np.inf)
    for c in range(k):
        in_c = own[cluster_labels == c]
        if in_c.size:
            cutoffs[c] = np.percentile(in_c, percentile)
    return own <= cutoffs[cluster_labels]
''', style="take_along_axis, a vector of per-cluster cut-offs indexed by cluster label"),
    Alternative("ex6_3_partial", "pandas_groupby_quantile", '''
import pandas as pd

def closest_to_centroid(distances, cluster_labels, percentile):
    own = np.asarray(distances)[np.arange(len(cluster_labels)), cluster_labels]
    df = pd.DataFrame({"cluster": np.asarray(cluster_labels), "own": own})
    # pandas quantile uses linear interpolation, like np.percentile's default
    cutoff = df.groupby("cluster")["own"].transform(lambda s: np.percentile(s.to_numpy(), percentile))
    return (df["own"] <= cutoff).to_numpy()
''', style="pandas groupby/transform with np.percentile per group"),
    Alternative("ex6_3_partial", "per_instance_loop", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    n = len(cluster_labels)
    cutoff_of = {}
    for c in set(int(c) for c in cluster_labels):
        members = [i for i in range(n) if cluster_labels[i] == c]
        cutoff_of[c] = np.percentile([distances[i, c] for i in members], percentile)
    result = np.zeros(n, dtype=bool)
    for i in range(n):
        c = int(cluster_labels[i])
        result[i] = bool(distances[i, c] <= cutoff_of[c])
    return result
''', style="pure Python loops, a dict of cut-offs"),

    Alternative("ex6_3_partial", "nearest_method", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    keep = np.zeros(len(own), dtype=bool)
    for c in np.unique(cluster_labels):
        m = cluster_labels == c
        keep[m] = own[m] <= np.percentile(own[m], percentile, method="lower")
    return keep
''', style="np.percentile with method='lower' (moved from WRONG: with <= it keeps exactly the same "
             "instances as the default linear interpolation, since no member lies strictly between "
             "the two order statistics the linear cut-off falls between)"),

    # ---------------- ex6_2_label_accuracy ----------------
    Alternative("ex6_2_label_accuracy", "mean_of_selected", '''
def label_accuracy(y_assigned, y_true, mask):
    return float(np.mean(y_assigned[mask] == y_true[mask]))
''', style="boolean indexing then np.mean"),
    Alternative("ex6_2_label_accuracy", "count_over_count", '''
def label_accuracy(y_assigned, y_true, mask):
    mask = np.asarray(mask, dtype=bool)
    correct = np.count_nonzero((np.asarray(y_assigned) == np.asarray(y_true)) & mask)
    return correct / np.count_nonzero(mask)
''', style="logical AND of the correctness with the mask, count over count"),
    Alternative("ex6_2_label_accuracy", "sklearn_accuracy_score", '''
from sklearn.metrics import accuracy_score

def label_accuracy(y_assigned, y_true, mask):
    return float(accuracy_score(y_true[mask], y_assigned[mask]))
''', style="sklearn.metrics.accuracy_score on the selected instances"),
    Alternative("ex6_2_label_accuracy", "python_loop", '''
def label_accuracy(y_assigned, y_true, mask):
    right = total = 0
    for a, t, m in zip(y_assigned, y_true, mask):
        if m:
            total += 1
            right += int(a == t)
    return right / total
''', style="explicit Python loop with two counters"),
    Alternative("ex6_2_label_accuracy", "weighted_average", '''
def label_accuracy(y_assigned, y_true, mask):
    return float(np.average(y_assigned == y_true, weights=mask.astype(float)))
''', style="np.average with the mask as weights"),

    # ---------------- ex6_6_active_round ----------------
    Alternative("ex6_6_active_round", "setdiff_argsort", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    confidence = model.predict_proba(X[pool]).max(axis=1)
    return pool[np.argsort(confidence)[:n_queries]]
''', style="setdiff1d pool, argsort of the highest probability, as in the course loop"),
    Alternative("ex6_6_active_round", "mask_argpartition", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    labelled_idx = np.asarray(labelled_idx, dtype=int)
    model.fit(X[labelled_idx], y_labelled)
    unlabelled = np.ones(len(X), dtype=bool)
    unlabelled[labelled_idx] = False
    pool = np.flatnonzero(unlabelled)
    confidence = np.max(model.predict_proba(X[pool]), axis=1)
    if n_queries >= len(pool):
        return pool[:n_queries].astype(int)
    chosen = np.argpartition(confidence, n_queries - 1)[:n_queries] if n_queries > 0 else np.array([], dtype=int)
    return pool[chosen].astype(int)
''', style="boolean mask of unlabelled instances, np.argpartition (unsorted result, any order allowed)"),
    Alternative("ex6_6_active_round", "uncertainty_descending", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    pool = np.delete(np.arange(X.shape[0]), labelled_idx)
    uncertainty = 1.0 - model.predict_proba(X[pool]).max(axis=1)
    order = np.argsort(-uncertainty, kind="stable")
    return np.asarray(pool[order[:n_queries]], dtype=np.int64)
''', style="np.delete for the pool, 1 - max probability sorted in decreasing order"),
    Alternative("ex6_6_active_round", "python_sorted", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[np.asarray(labelled_idx)], np.asarray(y_labelled))
    taken = set(int(i) for i in labelled_idx)
    pool = [i for i in range(len(X)) if i not in taken]
    proba = model.predict_proba(X[pool])
    scored = sorted(zip(proba.max(axis=1), pool))
    return np.array([i for _, i in scored[:n_queries]], dtype=int)
''', style="Python set and list for the pool, sorted() on (confidence, index) pairs"),

    # ---------------- ex6_4_choose_percentile ----------------
    Alternative("ex6_4_choose_percentile", "descending_first_pass", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    agrees = y_propagated[audit_idx] == audit_labels
    for percentile in sorted(masks, reverse=True):
        kept = masks[percentile][audit_idx]
        if kept.sum() > 0 and agrees[kept].mean() >= min_accuracy:
            return percentile
    return None
''', style="percentiles visited from the largest down, the first one that passes is returned"),
    Alternative("ex6_4_choose_percentile", "python_counters", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    best = None
    for percentile, mask in masks.items():
        seen = right = 0
        for i, label in zip(audit_idx, audit_labels):
            if mask[i]:
                seen += 1
                right += int(y_propagated[i] == label)
        if seen and right / seen >= min_accuracy and (best is None or percentile > best):
            best = percentile
    return best
''', style="plain Python loops with two counters per percentile, running maximum"),
    Alternative("ex6_4_choose_percentile", "dict_of_accuracies_max_default", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    audit_idx = np.asarray(audit_idx)
    accuracies = {}
    for p, m in masks.items():
        inside = audit_idx[m[audit_idx]]
        if len(inside):
            labels_inside = np.asarray(audit_labels)[m[audit_idx]]
            accuracies[p] = np.count_nonzero(y_propagated[inside] == labels_inside) / len(inside)
    return max((p for p, a in accuracies.items() if a >= min_accuracy), default=None)
''', style="a dict of audited accuracies, then max() with default=None over those that pass"),
    Alternative("ex6_4_choose_percentile", "lookup_dict_of_expert", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    expert = {int(i): lab for i, lab in zip(audit_idx, audit_labels)}
    ok = []
    for p in masks:
        hits = [y_propagated[i] == lab for i, lab in expert.items() if masks[p][i]]
        if hits and np.mean(hits) >= min_accuracy:
            ok.append(p)
    return max(ok) if ok else None
''', style="a dict index -> expert label, a list of hits per percentile"),
]

WRONG = [
    # ---------------- ex6_1_representatives ----------------
    Wrong("ex6_1_representatives", "argmax", '''
def find_representatives(kmeans, X):
    return np.argmax(kmeans.transform(X), axis=0)
''', mistake="Takes the argmax of each column: the image farthest from each centroid, the least typical one.",
          hint=r"closest|argmin|argmax|farthest"),
    Wrong("ex6_1_representatives", "wrong_axis", '''
def find_representatives(kmeans, X):
    return np.argmin(kmeans.transform(X), axis=1)
''', mistake="Reduces over the columns (axis=1), which gives the nearest cluster of every instance, not one index per cluster.",
          hint=r"axis|one index per cluster|shape"),
    Wrong("ex6_1_representatives", "uses_training_data", '''
def find_representatives(kmeans, X):
    # the distances were computed in the lesson already
    return np.argmin(kmeans.transform(X_train), axis=0)
''', mistake="Ignores the X argument and always looks for the representatives among the lesson's X_train.",
          hint=r"\bX\b|argument|data|X_train"),
    Wrong("ex6_1_representatives", "returns_distances", '''
def find_representatives(kmeans, X):
    return kmeans.transform(X).min(axis=0)
''', mistake="Returns the smallest distance of each column instead of the index of the row where it occurs.",
          hint=r"indices|index|integer|distance"),
    Wrong("ex6_1_representatives", "refits_on_X", '''
def find_representatives(kmeans, X):
    distances = kmeans.fit_transform(X)
    return np.argmin(distances, axis=0)
''', mistake="Refits the k-means model on X, which moves (and renumbers) the centroids instead of using the fitted ones.",
          hint=r"refit|fit|modif|centroid"),
    Wrong("ex6_1_representatives", "hardcoded_k", '''
def find_representatives(kmeans, X):
    distances = kmeans.transform(X)
    return np.array([np.argmin(distances[:, j]) for j in range(50)])
''', mistake="Hard-codes 50 clusters (the lesson's K) instead of using the model's number of clusters.",
          hint=r"\bk\b|n_clusters|number of clusters|50"),
    Wrong("ex6_1_representatives", "only_members", '''
def find_representatives(kmeans, X):
    distances = kmeans.transform(X)
    nearest = distances.argmin(axis=1)
    reps = []
    for j in range(distances.shape[1]):
        members = np.flatnonzero(nearest == j)
        reps.append(members[np.argmin(distances[members, j])])
    return np.array(reps)
''', mistake="Searches only among the rows whose nearest centroid is j, which crashes when no row of X falls in cluster j (the statement asks for the closest row of X, whatever its cluster).",
          hint=r"empty|no (instance|row|member)|closest row|any row"),
    Wrong("ex6_1_representatives", "manhattan", '''
def find_representatives(kmeans, X):
    return pairwise_distances_argmin(kmeans.cluster_centers_, X, metric="manhattan")
''', mistake="Uses the Manhattan distance instead of the Euclidean distance the statement asks for.",
          hint=r"euclid|manhattan|metric|distance"),
    Wrong("ex6_1_representatives", "float_indices", '''
def find_representatives(kmeans, X):
    return np.argmin(kmeans.transform(X), axis=0).astype(float)
''', mistake="Returns the indices as floats, which cannot be used to index X.",
          hint=r"integer|int|dtype"),

    # ---------------- ex6_2_propagate ----------------
    Wrong("ex6_2_propagate", "returns_cluster_numbers", '''
def propagate_labels(cluster_labels, representative_labels):
    return np.asarray(cluster_labels).copy()
''', mistake="Returns the cluster numbers themselves instead of the class label of each cluster's representative.",
          hint=r"cluster numbers|class label"),
    Wrong("ex6_2_propagate", "swapped_indexing", '''
def propagate_labels(cluster_labels, representative_labels):
    return np.asarray(cluster_labels)[np.asarray(representative_labels)]
''', mistake="Indexes the cluster labels by the representative labels, the two arrays swapped.",
          hint=r"representative_labels\[cluster_labels|swap|instance i gets"),
    Wrong("ex6_2_propagate", "repeat_assumes_sorted", '''
def propagate_labels(cluster_labels, representative_labels):
    # cluster j has bincount[j] members: repeat its label that many times
    counts = np.bincount(cluster_labels, minlength=len(representative_labels))
    return np.repeat(representative_labels, counts)
''', mistake="Repeats each label by the cluster size, which is only right when the instances are sorted by cluster.",
          hint=r"order|sorted|instance i gets"),
    Wrong("ex6_2_propagate", "in_place_chained", '''
def propagate_labels(cluster_labels, representative_labels):
    for j in range(len(representative_labels)):
        cluster_labels[cluster_labels == j] = representative_labels[j]
    return cluster_labels
''', mistake="Overwrites the caller's cluster_labels in place, and an instance relabelled with a digit equal to a later cluster number is relabelled again.",
          hint=r"in place|modif|input|overwr"),
    Wrong("ex6_2_propagate", "int_output", '''
def propagate_labels(cluster_labels, representative_labels):
    out = np.zeros(len(cluster_labels), dtype=int)
    for j in range(len(representative_labels)):
        out[cluster_labels == j] = representative_labels[j]
    return out
''', mistake="Stores the labels in an integer array, so labels that are not integers (strings, floats) are broken or crash.",
          hint=r"dtype|string|type|integer"),
    Wrong("ex6_2_propagate", "off_by_one", '''
def propagate_labels(cluster_labels, representative_labels):
    return np.asarray(representative_labels)[np.asarray(cluster_labels) - 1]
''', mistake="Shifts the cluster numbers by one, as if clusters were numbered from 1.",
          hint=r"instance i gets|representative_labels\[cluster_labels|off by one|numbered from 0"),
    Wrong("ex6_2_propagate", "uses_lesson_globals", '''
def propagate_labels(cluster_labels, representative_labels):
    return y_representatives[kmeans.labels_]
''', mistake="Ignores both arguments and returns the lesson's own propagated digits labels.",
          hint=r"argument|shape|cluster_labels"),

    # ---------------- ex6_3_partial ----------------
    Wrong("ex6_3_partial", "global_percentile", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    return own <= np.percentile(own, percentile)
''', mistake="Computes one cut-off over the whole data set instead of one per cluster.",
          hint=r"per cluster|each cluster|whole|global|within"),
    Wrong("ex6_3_partial", "strictly_less", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    keep = np.zeros(len(own), dtype=bool)
    for c in np.unique(cluster_labels):
        m = cluster_labels == c
        keep[m] = own[m] < np.percentile(own[m], percentile)
    return keep
''', mistake="Uses a strict < where the statement says less than or equal to the cut-off (at percentile 0 nothing is kept).",
          hint=r"less than or equal|<=|strict|equal"),
    Wrong("ex6_3_partial", "share_to_drop", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    keep = np.zeros(len(own), dtype=bool)
    for c in np.unique(cluster_labels):
        m = cluster_labels == c
        keep[m] = own[m] <= np.percentile(own[m], 100 - percentile)
    return keep
''', mistake="Reads the percentile as the share to drop, so 30 keeps 70 % of each cluster.",
          hint=r"drop|keep|share|fraction|30"),
    Wrong("ex6_3_partial", "keeps_farthest", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    keep = np.zeros(len(own), dtype=bool)
    for c in np.unique(cluster_labels):
        m = cluster_labels == c
        keep[m] = own[m] >= np.percentile(own[m], 100 - percentile)
    return keep
''', mistake="Keeps the instances farthest from their centroid instead of the closest.",
          hint=r"closest|farthest|<=|>="),
    Wrong("ex6_3_partial", "nearest_not_own", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = distances.min(axis=1)          # nearest centroid
    keep = np.zeros(len(own), dtype=bool)
    for c in np.unique(cluster_labels):
        m = cluster_labels == c
        keep[m] = own[m] <= np.percentile(own[m], percentile)
    return keep
''', mistake="Uses the distance to the nearest centroid instead of the distance to the centroid of the instance's own cluster given by cluster_labels.",
          hint=r"own cluster|cluster_labels|nearest|its cluster"),
    Wrong("ex6_3_partial", "returns_indices", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    kept = []
    for c in np.unique(cluster_labels):
        members = np.flatnonzero(cluster_labels == c)
        kept.extend(members[own[members] <= np.percentile(own[members], percentile)])
    return np.sort(np.array(kept))
''', mistake="Returns the indices of the kept instances instead of a boolean mask of shape (n_samples,).",
          hint=r"bool|mask|shape"),
    Wrong("ex6_3_partial", "hardcoded_k", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    keep = np.zeros(len(own), dtype=bool)
    for c in range(K):
        m = cluster_labels == c
        if m.any():
            keep[m] = own[m] <= np.percentile(own[m], percentile)
    return keep
''', mistake="Loops over the lesson's K = 50 clusters instead of the clusters of the arguments, so any cluster numbered 50 or more is never kept.",
          hint=r"\bk\b|every cluster|each cluster|number of clusters|50"),
    Wrong("ex6_3_partial", "misses_last_cluster", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    keep = np.zeros(len(own), dtype=bool)
    for c in range(cluster_labels.max()):
        m = cluster_labels == c
        keep[m] = own[m] <= np.percentile(own[m], percentile)
    return keep
''', mistake="Loops over range(max label), an off-by-one that never keeps any instance of the last cluster.",
          hint=r"last cluster|every cluster|each cluster|off.by.one"),
    Wrong("ex6_3_partial", "whole_column", '''
def closest_to_centroid(distances, cluster_labels, percentile):
    own = distances[np.arange(len(cluster_labels)), cluster_labels]
    cutoffs = np.percentile(distances, percentile, axis=0)   # one per centroid
    return own <= cutoffs[cluster_labels]
''', mistake="Computes each cluster's cut-off over the distances of all instances to that centroid, not only over the cluster's members.",
          hint=r"within|members|per cluster|its cluster|own"),
    # ---------------- ex6_2_label_accuracy ----------------
    Wrong("ex6_2_label_accuracy", "all_instances", '''
def label_accuracy(y_assigned, y_true, mask):
    return float(np.mean(y_assigned == y_true))
''', mistake="Measures the accuracy over every instance, ignoring the mask.",
          hint=r"mask|selected|all instances"),
    Wrong("ex6_2_label_accuracy", "count_not_fraction", '''
def label_accuracy(y_assigned, y_true, mask):
    return int(np.sum(y_assigned[mask] == y_true[mask]))
''', mistake="Returns the number of correct selected labels instead of their fraction.",
          hint=r"fraction|count|divide"),
    Wrong("ex6_2_label_accuracy", "divides_by_all", '''
def label_accuracy(y_assigned, y_true, mask):
    return float(np.sum(y_assigned[mask] == y_true[mask]) / len(mask))
''', mistake="Divides the correct selected labels by the number of all instances instead of the number of selected ones.",
          hint=r"number of selected|selected instances|divide|mask"),
    Wrong("ex6_2_label_accuracy", "numerator_unmasked", '''
def label_accuracy(y_assigned, y_true, mask):
    return float(np.sum(y_assigned == y_true) / np.sum(mask))
''', mistake="Counts the correct labels over all instances (unselected ones included) but divides by the number of selected ones.",
          hint=r"selected|mask|only"),
    Wrong("ex6_2_label_accuracy", "inverted_mask", '''
def label_accuracy(y_assigned, y_true, mask):
    return float(np.mean(y_assigned[~mask] == y_true[~mask]))
''', mistake="Measures the accuracy on the instances where mask is False, the ones that received no label.",
          hint=r"mask is True|selected|only"),
    Wrong("ex6_2_label_accuracy", "percentage", '''
def label_accuracy(y_assigned, y_true, mask):
    return 100.0 * float(np.mean(y_assigned[mask] == y_true[mask]))
''', mistake="Returns a percentage (0-100) instead of a fraction between 0 and 1.",
          hint=r"fraction|percent|100|between 0 and 1"),
    Wrong("ex6_2_label_accuracy", "formatted_string", '''
def label_accuracy(y_assigned, y_true, mask):
    return f"{np.mean(y_assigned[mask] == y_true[mask]):.3f}"
''', mistake="Returns a formatted string instead of a float.",
          hint=r"float|number|str"),

    # ---------------- ex6_6_active_round ----------------
    Wrong("ex6_6_active_round", "most_confident", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    confidence = model.predict_proba(X[pool]).max(axis=1)
    return pool[np.argsort(confidence)[::-1][:n_queries]]
''', mistake="Queries the instances the model is MOST sure about instead of the least sure.",
          hint=r"least|lowest|most confident|highest"),
    Wrong("ex6_6_active_round", "includes_labelled", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    confidence = model.predict_proba(X).max(axis=1)
    return np.argsort(confidence)[:n_queries]
''', mistake="Searches the whole pool, so it may query instances that are already labelled.",
          hint=r"already labelled|not in labelled_idx|labelled_idx"),
    Wrong("ex6_6_active_round", "pool_positions", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    confidence = model.predict_proba(X[pool]).max(axis=1)
    return np.argsort(confidence)[:n_queries]
''', mistake="Returns positions inside the unlabelled pool instead of indices into X.",
          hint=r"into X|pool|position|indices"),
    Wrong("ex6_6_active_round", "no_retrain", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    confidence = model.predict_proba(X[pool]).max(axis=1)
    return pool[np.argsort(confidence)[:n_queries]]
''', mistake="Does not (re)train the model on the labelled instances before predicting.",
          hint=r"fit|train"),
    Wrong("ex6_6_active_round", "lowest_class_probability", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    smallest = model.predict_proba(X[pool]).min(axis=1)
    return pool[np.argsort(smallest)[:n_queries]]
''', mistake="Ranks by the smallest class probability instead of the highest one.",
          hint=r"highest|max|least sure|uncertain"),
    Wrong("ex6_6_active_round", "margin_instead_of_max", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    proba = np.sort(model.predict_proba(X[pool]), axis=1)
    margin = proba[:, -1] - proba[:, -2]
    return pool[np.argsort(margin)[:n_queries]]
''', mistake="Uses the margin between the two highest probabilities, not the highest probability the statement asks for.",
          hint=r"highest|max|margin|least sure"),
    Wrong("ex6_6_active_round", "hardcoded_n_queries", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    confidence = model.predict_proba(X[pool]).max(axis=1)
    return pool[np.argsort(confidence)[:10]]
''', mistake="Hard-codes 10 queries instead of using n_queries.",
          hint=r"n_queries|length|number of queries"),
    Wrong("ex6_6_active_round", "fits_on_first_rows", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[:len(y_labelled)], y_labelled)
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    confidence = model.predict_proba(X[pool]).max(axis=1)
    return pool[np.argsort(confidence)[:n_queries]]
''', mistake="Trains on the first rows of X instead of the rows in labelled_idx, so features and labels do not match.",
          hint=r"labelled_idx|X\[labelled_idx\]|fit|train"),
    Wrong("ex6_6_active_round", "returns_all_labelled", '''
def uncertainty_round(model, X, labelled_idx, y_labelled, n_queries):
    model.fit(X[labelled_idx], y_labelled)
    pool = np.setdiff1d(np.arange(len(X)), labelled_idx)
    confidence = model.predict_proba(X[pool]).max(axis=1)
    return np.concatenate([labelled_idx, pool[np.argsort(confidence)[:n_queries]]])
''', mistake="Returns the already labelled indices together with the new queries instead of only the n_queries new ones.",
          hint=r"n_queries|length|shape|already labelled"),

    Wrong("ex6_4_choose_percentile", "ignores_the_mask", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    accuracy = np.mean(y_propagated[audit_idx] == audit_labels)
    return max(masks) if accuracy >= min_accuracy else None
''', mistake="Measures the accuracy on every audited instance, whatever the mask keeps, so every percentile gets the same estimate.",
          hint=r"mask|kept|keeps"),
    Wrong("ex6_4_choose_percentile", "smallest_passing", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, m in masks.items():
        kept = m[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= min_accuracy:
            passing.append(p)
    return min(passing) if passing else None
''', mistake="Returns the smallest percentile that passes the bar instead of the largest.",
          hint=r"largest|smallest"),
    Wrong("ex6_4_choose_percentile", "most_accurate", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    scores = {}
    for p, m in masks.items():
        kept = m[audit_idx]
        if kept.any():
            scores[p] = np.mean(y_propagated[audit_idx][kept] == audit_labels[kept])
    best = max(scores, key=scores.get)
    return best if scores[best] >= min_accuracy else None
''', mistake="Returns the percentile with the highest audited accuracy instead of the largest one that reaches the bar.",
          hint=r"largest|highest audited accuracy|most accurate"),
    Wrong("ex6_4_choose_percentile", "strictly_above", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, m in masks.items():
        kept = m[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) > min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Requires the audited accuracy to be strictly above min_accuracy, where the statement says at least.",
          hint=r"at least|>=|equal"),
    Wrong("ex6_4_choose_percentile", "last_key_in_order", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    chosen = None
    for p, m in masks.items():           # assumes the keys come sorted
        kept = m[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= min_accuracy:
            chosen = p
    return chosen
''', mistake="Keeps the last passing percentile in the dict's order, as if the keys were sorted.",
          hint=r"any order|largest|sorted|order"),
    Wrong("ex6_4_choose_percentile", "empty_mask_counts_as_perfect", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, m in masks.items():
        kept = m[audit_idx]
        wrong = np.sum(y_propagated[audit_idx][kept] != audit_labels[kept])
        accuracy = 1 - wrong / max(kept.sum(), 1)
        if accuracy >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Gives a percentile that keeps no audited instance an accuracy of 1, so it can be chosen.",
          hint=r"no audited|none of the audited|cannot be chosen|empty"),
    Wrong("ex6_4_choose_percentile", "divides_by_all_audited", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, m in masks.items():
        kept = m[audit_idx]
        if kept.any():
            accuracy = np.sum(y_propagated[audit_idx][kept] == audit_labels[kept]) / len(audit_idx)
            if accuracy >= min_accuracy:
                passing.append(p)
    return max(passing) if passing else None
''', mistake="Divides the correct kept audited labels by the number of all audited instances, not by those the mask keeps.",
          hint=r"kept|divide|number of audited"),
    Wrong("ex6_4_choose_percentile", "sorted_indices_misaligned", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, m in masks.items():
        inside = np.intersect1d(np.flatnonzero(m), audit_idx)   # sorted
        if len(inside):
            accuracy = np.mean(y_propagated[inside] == audit_labels[:len(inside)])
            if accuracy >= min_accuracy:
                passing.append(p)
    return max(passing) if passing else None
''', mistake="Pairs the kept audited instances (sorted by intersect1d) with the first expert labels, so propagated and expert labels no longer belong to the same instances.",
          hint=r"same order|same instance|order|pair"),
]


# --- A second student-only corpus, exercises 6.2 (a), 6.2 (b) and 6.4, suffix _blind: written from the student copy alone
# (2026-12-03), after the lesson's author had written the ones above for 6.4. ---
ALTERNATIVE += [
    # ---------------- ex6_2_propagate (6.2 a) ----------------
    Alternative("ex6_2_propagate", "np_take_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    return np.take(np.asarray(representative_labels), np.asarray(cluster_labels, dtype=int))
''', style="np.take of the representative labels at the cluster numbers"),
    Alternative("ex6_2_propagate", "loop_over_clusters_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    representative_labels = np.asarray(representative_labels)
    result = np.empty(len(cluster_labels), dtype=representative_labels.dtype)
    for j in range(len(representative_labels)):
        result[cluster_labels == j] = representative_labels[j]
    return result
''', style="loop over every cluster number with a boolean mask, filling an empty array of the labels' dtype"),
    Alternative("ex6_2_propagate", "list_comprehension_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    labels = [representative_labels[c] for c in cluster_labels]
    return np.array(labels, dtype=np.asarray(representative_labels).dtype)
''', style="per-instance list comprehension turned into an array of the labels' dtype"),
    Alternative("ex6_2_propagate", "dict_lookup_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    label_of_cluster = {j: label for j, label in enumerate(representative_labels)}
    out = []
    for i in range(len(cluster_labels)):
        out.append(label_of_cluster[int(cluster_labels[i])])
    return np.array(out, dtype=np.asarray(representative_labels).dtype)
''', style="dict from cluster number to label built with enumerate, explicit index loop"),
    Alternative("ex6_2_propagate", "pandas_map_blind", '''
import pandas as pd

def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    mapping = pd.Series(representative_labels)          # index 0..k-1 -> label
    return pd.Series(cluster_labels).map(mapping).to_numpy()
''', style="pandas Series.map with a Series indexed by cluster number, .to_numpy()"),
    Alternative("ex6_2_propagate", "fancy_index_copy_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    clusters = np.array(cluster_labels, copy=True)
    return np.array(representative_labels)[clusters]
''', style="fancy indexing of a copied array (representative_labels[cluster_labels])"),

    # ---------------- ex6_2_label_accuracy (6.2 b) ----------------
    Alternative("ex6_2_label_accuracy", "mean_of_selected_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    return np.mean(y_assigned[mask] == y_true[mask])
''', style="np.mean of the comparison restricted to the mask"),
    Alternative("ex6_2_label_accuracy", "python_loop_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    n_selected = 0
    n_correct = 0
    for assigned, true, selected in zip(y_assigned, y_true, mask):
        if selected:
            n_selected += 1
            if assigned == true:
                n_correct += 1
    return n_correct / n_selected
''', style="plain Python loop with two counters, true division"),
    Alternative("ex6_2_label_accuracy", "and_mask_sum_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    mask = np.asarray(mask, dtype=bool)
    correct_and_selected = (np.asarray(y_assigned) == np.asarray(y_true)) & mask
    return float(np.count_nonzero(correct_and_selected) / np.count_nonzero(mask))
''', style="logical AND of the comparison and the mask, count_nonzero ratio cast to float"),
    Alternative("ex6_2_label_accuracy", "accuracy_score_blind", '''
from sklearn.metrics import accuracy_score

def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    return float(accuracy_score(y_true[mask], y_assigned[mask]))
''', style="sklearn.metrics.accuracy_score on the selected instances"),
    Alternative("ex6_2_label_accuracy", "weighted_average_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    return np.average(y_assigned == y_true, weights=mask.astype(float))
''', style="np.average of the comparison over all instances, weighted by the mask (0 or 1)"),
    Alternative("ex6_2_label_accuracy", "flatnonzero_indices_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    selected = np.flatnonzero(mask)
    right = sum(1 for i in selected if y_assigned[i] == y_true[i])
    return right / len(selected)
''', style="indices of the selected instances with np.flatnonzero, generator sum"),

    # ---------------- ex6_4_choose_percentile ----------------
    Alternative("ex6_4_choose_percentile", "descending_first_pass_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    agrees = y_propagated[audit_idx] == audit_labels
    for p in sorted(masks, reverse=True):
        kept = masks[p][audit_idx]
        if kept.sum() == 0:
            continue
        if agrees[kept].mean() >= min_accuracy:
            return p
    return None
''', style="percentiles sorted from largest to smallest, return the first one that passes"),
    Alternative("ex6_4_choose_percentile", "dict_then_max_default_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    accuracies = {}
    for p, keep in masks.items():
        kept = keep[audit_idx]
        if kept.any():
            accuracies[p] = np.mean(y_propagated[audit_idx][kept] == audit_labels[kept])
    passing = [p for p, acc in accuracies.items() if acc >= min_accuracy]
    return max(passing, default=None)
''', style="dict of audited accuracies, then max(..., default=None) over the passing percentiles"),
    Alternative("ex6_4_choose_percentile", "stacked_matrix_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    percentiles = np.array(list(masks.keys()))
    kept = np.vstack([masks[p][audit_idx] for p in percentiles])   # (n_percentiles, n_audit)
    agrees = y_propagated[audit_idx] == audit_labels                # (n_audit,)
    n_kept = kept.sum(axis=1)
    n_right = (kept & agrees).sum(axis=1)
    accuracy = np.divide(n_right, n_kept, out=np.zeros(len(percentiles)), where=n_kept > 0)
    ok = (n_kept > 0) & (accuracy >= min_accuracy)
    if not ok.any():
        return None
    return list(masks.keys())[int(np.argmax(np.where(ok, percentiles, -np.inf)))]
''', style="vectorised: one matrix of kept audited instances per percentile, np.divide with where="),
    Alternative("ex6_4_choose_percentile", "expert_dict_loop_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    expert = dict(zip(audit_idx.tolist(), list(audit_labels)))
    best = None
    for p in masks:
        n_kept = 0
        n_right = 0
        for i, label in expert.items():
            if masks[p][i]:
                n_kept += 1
                n_right += int(y_propagated[i] == label)
        if n_kept > 0 and n_right / n_kept >= min_accuracy:
            if best is None or p > best:
                best = p
    return best
''', style="dict from audited index to expert label, nested Python loops, running best"),
    Alternative("ex6_4_choose_percentile", "reuse_label_accuracy_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    y_audit_propagated = y_propagated[audit_idx]
    chosen = None
    for p in sorted(masks):
        selected = masks[p][audit_idx]
        if selected.any() and label_accuracy(y_audit_propagated, audit_labels,
                                             selected) >= min_accuracy:
            chosen = p            # increasing order: the last one that passes is the largest
    return chosen
''', style="reuses label_accuracy from Exercise 6.2 (b) on the audited instances, ascending loop keeping the last pass"),
    Alternative("ex6_4_choose_percentile", "sorted_audit_copy_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    order = np.argsort(audit_idx)
    idx = audit_idx[order]                   # sorted copies, labels kept in step
    labels = audit_labels[order]
    candidates = []
    for p, keep in masks.items():
        kept = np.flatnonzero(keep[idx])
        if len(kept) == 0:
            continue
        accuracy = np.sum(y_propagated[idx[kept]] == labels[kept]) / len(kept)
        if accuracy >= min_accuracy:
            candidates.append(p)
    return max(candidates) if candidates else None
''', style="sorts copies of the audit (indices and labels with the same argsort), np.flatnonzero"),
]

WRONG += [
    # ---------------- ex6_2_propagate (6.2 a) ----------------
    Wrong("ex6_2_propagate", "swapped_arrays_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    return np.asarray(cluster_labels)[np.arange(len(representative_labels))]
''', mistake="Indexes the wrong array: returns one value per cluster (the first k cluster numbers) instead of one label per instance.",
      hint=r"one label per instance|swapped|shape"),
    Wrong("ex6_2_propagate", "returns_cluster_numbers_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    return np.array(cluster_labels)
''', mistake="Returns the cluster numbers themselves instead of the class label of each instance's representative.",
      hint=r"cluster numbers|class label"),
    Wrong("ex6_2_propagate", "assumes_sorted_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    sizes = np.bincount(cluster_labels, minlength=len(representative_labels))
    return np.repeat(representative_labels, sizes)
''', mistake="Repeats each label by its cluster size, which assumes the instances are sorted by cluster instead of keeping the given order.",
      hint=r"sorted|given order|in order"),
    Wrong("ex6_2_propagate", "off_by_one_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    return np.asarray(representative_labels)[np.asarray(cluster_labels) - 1]
''', mistake="Shifts the cluster numbers by one, as if clusters were numbered from 1.",
      hint=r"numbered from 0|shift|off by one"),
    Wrong("ex6_2_propagate", "missing_last_cluster_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    out = np.zeros(len(cluster_labels), dtype=np.asarray(representative_labels).dtype)
    for j in range(len(representative_labels) - 1):
        out[cluster_labels == j] = representative_labels[j]
    return out
''', mistake="The loop stops one cluster early, so the instances of the last cluster get no label.",
      hint=r"last cluster|every cluster"),
    Wrong("ex6_2_propagate", "integer_output_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    out = np.zeros(len(cluster_labels), dtype=int)
    for j, label in enumerate(representative_labels):
        out[cluster_labels == j] = label
    return out
''', mistake="Stores the labels in an integer array, which fails (or mangles them) when the class labels are strings.",
      hint=r"string|not necessarily integers|dtype"),
    Wrong("ex6_2_propagate", "unique_positions_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    out = np.empty(len(cluster_labels), dtype=np.asarray(representative_labels).dtype)
    for position, cluster in enumerate(np.unique(cluster_labels)):
        out[cluster_labels == cluster] = representative_labels[position]
    return out
''', mistake="Pairs the clusters that occur (np.unique) with the labels by position, so every label after a cluster number that does not occur is shifted.",
      hint=r"not occur|does not appear|missing|absent|empty cluster|is empty|renumber"),
    Wrong("ex6_2_propagate", "overwrites_argument_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    cluster_labels[:] = np.asarray(representative_labels)[cluster_labels]
    return cluster_labels
''', mistake="Writes the labels into the cluster_labels argument in place instead of building a new array.",
      hint=r"modif|in place|new array"),
    Wrong("ex6_2_propagate", "returns_list_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    return [representative_labels[c] for c in cluster_labels]
''', mistake="Returns a Python list instead of the NumPy array the statement asks for.",
      hint=r"numpy array|not a list|ndarray"),
    Wrong("ex6_2_propagate", "lesson_globals_blind", '''
def propagate_labels(cluster_labels, representative_labels):
    # every instance of cluster j receives representative_labels[j]
    return y_representatives[kmeans.labels_]
''', mistake="Uses the lesson's y_representatives and kmeans.labels_ instead of the two arguments.",
      hint=r"argument|kmeans|y_representatives"),

    # ---------------- ex6_2_label_accuracy (6.2 b) ----------------
    Wrong("ex6_2_label_accuracy", "ignores_mask_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    return np.mean(y_assigned == y_true)
''', mistake="Computes the accuracy over all instances, ignoring the mask.",
      hint=r"all instances|only those where mask|mask is true|selected"),
    Wrong("ex6_2_label_accuracy", "divides_by_all_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    return np.sum((y_assigned == y_true) & mask) / len(mask)
''', mistake="Counts the correct selected labels but divides by the number of all instances instead of the selected ones.",
      hint=r"number of (all|selected)|mask\.sum|divide"),
    Wrong("ex6_2_label_accuracy", "counts_all_correct_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    return np.sum(y_assigned == y_true) / np.sum(mask)
''', mistake="Counts the correct labels of all instances (unselected ones included) and divides by the number of selected ones.",
      hint=r"unselected|all instances|only those where mask|mask is true"),
    Wrong("ex6_2_label_accuracy", "inverted_mask_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    outside = ~mask
    return np.mean(y_assigned[outside] == y_true[outside])
''', mistake="Measures the instances outside the mask (mask False) instead of the selected ones.",
      hint=r"outside|mask is true|not selected"),
    Wrong("ex6_2_label_accuracy", "percentage_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    return 100 * np.mean(y_assigned[mask] == y_true[mask])
''', mistake="Returns a percentage (0 to 100) instead of a fraction between 0 and 1.",
      hint=r"percentage|between 0 and 1"),
    Wrong("ex6_2_label_accuracy", "returns_count_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    return int(np.sum(y_assigned[mask] == y_true[mask]))
''', mistake="Returns the number of correct selected labels instead of their fraction.",
      hint=r"count|fraction"),
    Wrong("ex6_2_label_accuracy", "returns_array_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    return y_assigned[mask] == y_true[mask]
''', mistake="Returns the boolean array of comparisons instead of a single fraction.",
      hint=r"a number|not .*an array|float|single"),
    Wrong("ex6_2_label_accuracy", "integer_division_blind", '''
def label_accuracy(y_assigned, y_true, mask):
    # compare y_assigned and y_true on the instances where mask is True only
    correct = int(np.sum(y_assigned[mask] == y_true[mask]))
    return correct // int(np.sum(mask))
''', mistake="Uses integer division //, so every accuracy below 1 becomes 0.",
      hint=r"integer division|//|true division|fraction"),

    # ---------------- ex6_4_choose_percentile ----------------
    Wrong("ex6_4_choose_percentile", "strict_greater_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    passing = []
    for p, keep in masks.items():
        kept = keep[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) > min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Uses a strict > so an audited accuracy exactly equal to min_accuracy does not reach the bar.",
      hint=r"at least|>=|strict|equal"),
    Wrong("ex6_4_choose_percentile", "smallest_passing_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    passing = []
    for p, keep in masks.items():
        kept = keep[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= min_accuracy:
            passing.append(p)
    return min(passing) if passing else None
''', mistake="Returns the smallest percentile that reaches the bar instead of the largest.",
      hint=r"largest|smallest"),
    Wrong("ex6_4_choose_percentile", "best_accuracy_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    best, best_accuracy = None, -1.0
    for p in sorted(masks, reverse=True):
        kept = masks[p][audit_idx]
        if not kept.any():
            continue
        accuracy = np.mean(y_propagated[audit_idx][kept] == audit_labels[kept])
        if accuracy >= min_accuracy and accuracy > best_accuracy:
            best, best_accuracy = p, accuracy
    return best
''', mistake="Returns the passing percentile with the highest audited accuracy instead of the largest passing percentile.",
      hint=r"largest|highest audited accuracy"),
    Wrong("ex6_4_choose_percentile", "ignores_mask_on_audit_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    accuracy = np.mean(y_propagated[audit_idx] == audit_labels)
    passing = [p for p in masks if accuracy >= min_accuracy]
    return max(passing) if passing else None
''', mistake="Measures every percentile on all audited instances, not only on the audited instances its mask keeps.",
      hint=r"its mask keeps|masks\[p\]\[audit_idx\]|kept"),
    Wrong("ex6_4_choose_percentile", "divides_by_audit_size_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    passing = []
    agrees = y_propagated[audit_idx] == audit_labels
    for p, keep in masks.items():
        kept = keep[audit_idx]
        if kept.any() and np.sum(agrees & kept) / len(audit_idx) >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Divides the number of right kept audited labels by the size of the whole audit instead of the number of audited instances the mask keeps.",
      hint=r"divide by the number|number of those kept|kept"),
    Wrong("ex6_4_choose_percentile", "sorted_idx_unpaired_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    idx = np.sort(audit_idx)
    passing = []
    for p, keep in masks.items():
        kept = keep[idx]
        if kept.any() and np.mean(y_propagated[idx][kept] == audit_labels[kept]) >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Sorts the audited indices without reordering their labels, so the expert labels are paired with the wrong instances.",
      hint=r"pair|same order|belongs to|audit_labels\[j\]"),
    Wrong("ex6_4_choose_percentile", "empty_counts_as_perfect_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    passing = []
    for p, keep in masks.items():
        kept = keep[audit_idx]
        if kept.any():
            accuracy = np.mean(y_propagated[audit_idx][kept] == audit_labels[kept])
        else:
            accuracy = 1.0          # nothing audited, nothing wrong
        if accuracy >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Gives a percentile whose mask keeps no audited instance an audited accuracy of 1.0, so it can be chosen.",
      hint=r"keeps none|no audited|none of the audited|cannot be chosen"),
    Wrong("ex6_4_choose_percentile", "empty_counts_as_zero_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    agrees = y_propagated[audit_idx] == audit_labels
    passing = []
    for p, keep in masks.items():
        kept = keep[audit_idx]
        accuracy = np.sum(agrees & kept) / max(int(kept.sum()), 1)
        if accuracy >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Divides by max(kept, 1), so a percentile that keeps no audited instance gets accuracy 0 and is chosen when min_accuracy is 0.",
      hint=r"keeps none|no audited|none of the audited|cannot be chosen"),
    Wrong("ex6_4_choose_percentile", "dict_order_last_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    for p in reversed(list(masks)):            # the largest percentile comes last
        kept = masks[p][audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= min_accuracy:
            return p
    return None
''', mistake="Assumes the dict keys come in increasing order, so it returns the last passing key in dict order rather than the largest percentile.",
      hint=r"any order|largest|sort"),
    Wrong("ex6_4_choose_percentile", "zero_instead_of_none_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    best = 0
    for p, keep in masks.items():
        kept = keep[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= min_accuracy:
            best = max(best, p)
    return best
''', mistake="Returns 0 instead of None when no percentile reaches the bar.",
      hint=r"\bNone\b"),
    Wrong("ex6_4_choose_percentile", "asks_expert_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    expert = ask_expert(audit_idx)
    passing = []
    for p, keep in masks.items():
        kept = keep[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == expert[kept]) >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Asks the lesson's expert (y_train) again instead of using the audit_labels argument.",
      hint=r"audit_labels|ask_expert|expert's label"),
    Wrong("ex6_4_choose_percentile", "deletes_empty_masks_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    for p in list(masks):
        if not masks[p][audit_idx].any():
            del masks[p]                       # cannot be chosen: drop it
    passing = [p for p, keep in masks.items()
               if np.mean(y_propagated[audit_idx][keep[audit_idx]]
                          == audit_labels[keep[audit_idx]]) >= min_accuracy]
    return max(passing) if passing else None
''', mistake="Deletes the percentiles that keep no audited instance from the caller's masks dict, modifying an argument.",
      hint=r"modif|in place|del|do not change"),
    Wrong("ex6_4_choose_percentile", "returns_accuracy_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    best = None
    for p in sorted(masks):
        kept = masks[p][audit_idx]
        if kept.any():
            accuracy = np.mean(y_propagated[audit_idx][kept] == audit_labels[kept])
            if accuracy >= min_accuracy:
                best = (p, accuracy)
    return best
''', mistake="Returns a (percentile, accuracy) tuple instead of the percentile alone.",
      hint=r"percentile itself|tuple|the percentile, not|a percentile"),
    Wrong("ex6_4_choose_percentile", "most_labels_kept_blind", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # for each percentile: which audited instances its mask keeps (masks[p][audit_idx]),
    # and the share of them whose propagated label agrees with the expert
    best, best_kept = None, -1
    for p, keep in masks.items():
        kept = keep[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= min_accuracy:
            if keep.sum() > best_kept:             # "keep as many labels as possible"
                best, best_kept = p, int(keep.sum())
    return best
''', mistake="Returns the passing percentile whose mask keeps the most instances instead of the largest passing percentile (they differ when the masks are not nested).",
      hint=r"largest percentile|largest|not the .*most"),
]


# --- A second student-only corpus, exercise 6.4, suffix _student: written from the student copy alone
# (2026-12-03), after the lesson's author had written the ones above for 6.4. ---
ALTERNATIVE += [
    # ---------------- ex6_4_choose_percentile ----------------
    Alternative("ex6_4_choose_percentile", "descending_keys_first_pass_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # try the percentiles from the largest down and stop at the first that passes
    right = y_propagated[audit_idx] == audit_labels   # one entry per audited instance
    for p in sorted(masks, reverse=True):
        kept = masks[p][audit_idx]
        if not kept.any():
            continue                                  # no audited accuracy: cannot be chosen
        if np.mean(right[kept]) >= min_accuracy:
            return p
    return None
''', style="sorts the keys in decreasing order and returns the first percentile that reaches the bar, np.mean on a boolean vector"),
    Alternative("ex6_4_choose_percentile", "dict_of_accuracies_max_default_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    accuracies = {}
    for p, mask in masks.items():
        kept = mask[audit_idx]
        if kept.sum() > 0:
            accuracies[p] = (y_propagated[audit_idx][kept] == audit_labels[kept]).mean()
    passing = [p for p, acc in accuracies.items() if acc >= min_accuracy]
    return max(passing, default=None)
''', style="dict of audited accuracies (percentiles without audited instances left out), list comprehension, max(..., default=None)"),
    Alternative("ex6_4_choose_percentile", "pure_python_counters_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    best = None
    for p in masks:
        n_kept = 0
        n_right = 0
        for i, expert_label in zip(audit_idx, audit_labels):
            if masks[p][i]:
                n_kept += 1
                if y_propagated[i] == expert_label:
                    n_right += 1
        if n_kept == 0:
            continue
        if n_right / n_kept >= min_accuracy and (best is None or p > best):
            best = p
    return best
''', style="plain nested loops over the audit with zip and two counters, keeps the best percentile seen so far"),
    Alternative("ex6_4_choose_percentile", "matrix_of_masks_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    percentiles = np.array(list(masks.keys()))
    kept = np.array([masks[p][audit_idx] for p in percentiles])    # (n_percentiles, n_audit)
    right = np.asarray(y_propagated)[audit_idx] == np.asarray(audit_labels)
    n_kept = kept.sum(axis=1)
    n_right = (kept & right).sum(axis=1)
    accuracy = np.divide(n_right, n_kept, out=np.full(len(percentiles), -1.0),
                         where=n_kept > 0)
    ok = (n_kept > 0) & (accuracy >= min_accuracy)
    if not ok.any():
        return None
    return int(percentiles[ok].max())
''', style="vectorised: one row per percentile in a 2-D boolean matrix, np.divide with where= for the empty rows, int() of the max key"),
    Alternative("ex6_4_choose_percentile", "sklearn_accuracy_score_student", '''
from sklearn.metrics import accuracy_score

def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    chosen = None
    for p, mask in masks.items():
        selected = mask[audit_idx]
        if np.count_nonzero(selected) == 0:
            continue
        score = accuracy_score(audit_labels[selected], y_propagated[audit_idx[selected]])
        if score >= min_accuracy:
            chosen = p if chosen is None else max(chosen, p)
    return chosen
''', style="sklearn.metrics.accuracy_score on the kept audited instances, running max"),
    Alternative("ex6_4_choose_percentile", "intersect1d_pairing_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    candidates = []
    for p in masks:
        kept_idx = np.flatnonzero(masks[p])
        # common indices, with their positions in audit_idx to find the expert's answers
        common, _, pos_in_audit = np.intersect1d(kept_idx, audit_idx, return_indices=True)
        if len(common) == 0:
            continue
        accuracy = np.sum(y_propagated[common] == audit_labels[pos_in_audit]) / len(common)
        if accuracy >= min_accuracy:
            candidates.append(p)
    return max(candidates) if candidates else None
''', style="set-style: np.intersect1d of the kept indices with audit_idx, return_indices to pair each instance with its expert label"),
    Alternative("ex6_4_choose_percentile", "expert_lookup_dict_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    expert = {int(i): label for i, label in zip(audit_idx, audit_labels)}  # index -> answer
    result = None
    for p in sorted(masks.keys()):          # increasing, so the last pass is the largest
        checked = [i for i in expert if masks[p][i]]
        if not checked:
            continue
        good = sum(1 for i in checked if y_propagated[i] == expert[i])
        if good / len(checked) >= min_accuracy:
            result = p
    return result
''', style="dictionary index -> expert answer, increasing sorted keys, the last passing percentile wins"),
]

WRONG += [
    # ---------------- ex6_4_choose_percentile ----------------
    Wrong("ex6_4_choose_percentile", "strict_greater_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, mask in masks.items():
        kept = mask[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) > min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Uses a strict > against min_accuracy, so an audited accuracy exactly equal to the bar does not reach it, although the statement says at least.",
      hint=r"at least|>="),
    Wrong("ex6_4_choose_percentile", "smallest_percentile_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, mask in masks.items():
        kept = mask[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= min_accuracy:
            passing.append(p)
    return min(passing) if passing else None
''', mistake="Returns the smallest percentile that reaches the bar instead of the largest one.",
      hint=r"largest|not the smallest"),
    Wrong("ex6_4_choose_percentile", "best_accuracy_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    best_p, best_acc = None, -1.0
    for p, mask in masks.items():
        kept = mask[audit_idx]
        if not kept.any():
            continue
        acc = np.mean(y_propagated[audit_idx][kept] == audit_labels[kept])
        if acc >= min_accuracy and acc > best_acc:
            best_p, best_acc = p, acc
    return best_p
''', mistake="Returns the percentile with the highest audited accuracy among those that reach the bar, instead of the largest percentile that reaches it.",
      hint=r"largest|highest audited accuracy"),
    Wrong("ex6_4_choose_percentile", "ignores_mask_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # the audited accuracy of the propagated labels
    accuracy = np.mean(y_propagated[audit_idx] == audit_labels)
    passing = [p for p in masks if accuracy >= min_accuracy]
    return max(passing) if passing else None
''', mistake="Measures every percentile on all the audited instances, ignoring which of them its mask keeps, so every percentile gets the same accuracy.",
      hint=r"its mask keeps|masks\[p\]\[audit_idx\]"),
    Wrong("ex6_4_choose_percentile", "divides_by_audit_size_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, mask in masks.items():
        kept = mask[audit_idx]
        if not kept.any():
            continue
        n_right = np.sum((y_propagated[audit_idx] == audit_labels) & kept)
        if n_right / len(audit_idx) >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Divides the number of right kept labels by the size of the whole audit instead of by the number of audited instances the mask keeps.",
      hint=r"divide by the number of those kept|number of (audited instances )?kept|whole audit"),
    Wrong("ex6_4_choose_percentile", "last_in_dict_order_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    chosen = None
    for p, mask in masks.items():          # percentiles from small to large
        kept = mask[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= min_accuracy:
            chosen = p                     # a later one is larger
    return chosen
''', mistake="Assumes the dict keys come in increasing order and returns the last passing percentile in dict order, which is not the largest when the keys come in another order.",
      hint=r"any order|sorted|largest"),
    Wrong("ex6_4_choose_percentile", "empty_counts_as_perfect_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, mask in masks.items():
        kept = mask[audit_idx]
        n_kept = kept.sum()
        # no mistake among the kept audited images: 100 %
        accuracy = 1.0 if n_kept == 0 else np.sum(y_propagated[audit_idx][kept] == audit_labels[kept]) / n_kept
        if accuracy >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Gives a percentile whose mask keeps none of the audited instances an audited accuracy of 1.0, so it can be chosen although it has no audited accuracy.",
      hint=r"none of the audited|no audited accuracy|keeps no"),
    Wrong("ex6_4_choose_percentile", "empty_counts_as_zero_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, mask in masks.items():
        kept = mask[audit_idx]
        n_kept = int(kept.sum())
        accuracy = np.sum(y_propagated[audit_idx][kept] == audit_labels[kept]) / max(n_kept, 1)
        if accuracy >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Divides by max(n_kept, 1), so a percentile that keeps no audited instance gets accuracy 0 and is chosen when min_accuracy is 0, although it has no audited accuracy.",
      hint=r"none of the audited|no audited accuracy|keeps no"),
    Wrong("ex6_4_choose_percentile", "sorts_audit_in_place_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    audit_idx.sort()                       # easier to read in increasing order
    passing = []
    for p, mask in masks.items():
        kept = mask[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Sorts audit_idx in place: it modifies the caller's array and separates each audited index from its expert label in audit_labels.",
      hint=r"modif|in place|audit_labels\[j\] belongs|pair"),
    Wrong("ex6_4_choose_percentile", "pops_masks_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    # take the largest remaining percentile until one passes
    while masks:
        p = max(masks)
        kept = masks.pop(p)[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= min_accuracy:
            return p
    return None
''', mistake="Pops the percentiles out of the masks dict, so the caller's dict is emptied (the arguments must not be modified).",
      hint=r"modif|masks"),
    Wrong("ex6_4_choose_percentile", "positions_as_indices_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, mask in masks.items():
        positions = np.flatnonzero(mask[audit_idx])   # which audited images are kept
        if len(positions) == 0:
            continue
        accuracy = np.mean(y_propagated[positions] == audit_labels[positions])
        if accuracy >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Indexes y_propagated with positions within the audit instead of the audited instances' own indices (audit_idx[positions]), so it compares the expert's answers with other instances' labels.",
      hint=r"audit_idx\[|positions|pair each audited|its own expert label"),
    Wrong("ex6_4_choose_percentile", "returns_zero_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    best = 0
    for p, mask in masks.items():
        kept = mask[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= min_accuracy:
            best = max(best, p)
    return best
''', mistake="Returns 0 instead of None when no percentile reaches the bar.",
      hint=r"None"),
    Wrong("ex6_4_choose_percentile", "hard_coded_bar_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, mask in masks.items():
        kept = mask[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == audit_labels[kept]) >= 0.95:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Uses the lesson's bar of 0.95 instead of the min_accuracy argument.",
      hint=r"min_accuracy argument|0\.95|hard.?coded|fixed bar"),
    Wrong("ex6_4_choose_percentile", "asks_expert_again_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    expert = ask_expert(audit_idx)         # the expert's answers for the audited images
    passing = []
    for p, mask in masks.items():
        kept = mask[audit_idx]
        if kept.any() and np.mean(y_propagated[audit_idx][kept] == expert[kept]) >= min_accuracy:
            passing.append(p)
    return max(passing) if passing else None
''', mistake="Calls the lesson's ask_expert (labels of the digits training set) instead of using the audit_labels argument.",
      hint=r"audit_labels argument|ask_expert|y_train|its own expert label"),
    Wrong("ex6_4_choose_percentile", "returns_accuracy_too_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    best = None
    for p in sorted(masks, reverse=True):
        kept = masks[p][audit_idx]
        if kept.any():
            accuracy = np.mean(y_propagated[audit_idx][kept] == audit_labels[kept])
            if accuracy >= min_accuracy:
                return p, accuracy
    return best
''', mistake="Returns a tuple (percentile, audited accuracy) instead of the percentile alone.",
      hint=r"tuple|percentile alone|only the percentile|a single"),
    Wrong("ex6_4_choose_percentile", "rounds_accuracy_student", '''
def choose_percentile(masks, y_propagated, audit_idx, audit_labels, min_accuracy):
    passing = []
    for p, mask in masks.items():
        kept = mask[audit_idx]
        if kept.any():
            accuracy = round(float(np.mean(y_propagated[audit_idx][kept] == audit_labels[kept])), 2)
            if accuracy >= min_accuracy:
                passing.append(p)
    return max(passing) if passing else None
''', mistake="Rounds the audited accuracy to two decimals before comparing, so an accuracy just below the bar (for example 0.947 against 0.95) passes it.",
      hint=r"round|just below|below the bar"),
]
