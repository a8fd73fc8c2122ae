"""Student-written corpus for lesson 05_dbscan: written from the student copy alone."""
from tests.submissions import Alternative, Wrong

ALTERNATIVE = [
    # ---------------- ex5_1_count ----------------
    Alternative("ex5_1_count", "set_minus_noise", '''
def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    labels = np.asarray(labels)
    clusters = set(labels.tolist()) - {-1}
    return len(clusters), int(np.sum(labels == -1))
''', style="Python set of labels minus {-1}, np.sum of a boolean mask"),
    Alternative("ex5_1_count", "plain_loop", '''
def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    seen = []
    n_noise = 0
    for label in labels:
        if label == -1:
            n_noise += 1
        elif label not in seen:
            seen.append(label)
    return (len(seen), n_noise)
''', style="explicit for loop, list of seen labels, counter for noise"),
    Alternative("ex5_1_count", "unique_return_counts", '''
def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    values, counts = np.unique(labels, return_counts=True)
    is_noise = values == -1
    n_noise = int(counts[is_noise].sum()) if is_noise.any() else 0
    return int(np.count_nonzero(~is_noise)), n_noise
''', style="np.unique with return_counts, noise count read from the counts array"),
    Alternative("ex5_1_count", "pandas_value_counts", '''
import pandas as pd

def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    counts = pd.Series(labels).value_counts()
    n_noise = int(counts.get(-1, 0))
    n_clusters = int(len(counts) - (1 if -1 in counts.index else 0))
    return n_clusters, n_noise
''', style="pandas value_counts, .get(-1, 0) for the noise"),
    Alternative("ex5_1_count", "max_plus_one", '''
def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    labels = np.asarray(labels)
    # DBSCAN numbers its clusters 0, 1, ..., k-1 (all noise: max is -1, so 0 clusters)
    n_clusters = int(labels.max()) + 1 if labels.size else 0
    return n_clusters, int((labels == -1).sum())
''', style="relies on DBSCAN numbering clusters 0..k-1 (as the statement says labels come from DBSCAN): max + 1"),

    # ---------------- ex5_2_sweep ----------------
    Alternative("ex5_2_sweep", "loop_fit_predict", '''
def eps_sweep(X, eps_values, min_samples=5):
    """[(n_clusters, n_noise) for each eps], DBSCAN with this min_samples."""
    results = []
    for eps in eps_values:
        labels = DBSCAN(eps=eps, min_samples=min_samples).fit_predict(X)
        n_noise = int(np.sum(labels == -1))
        n_clusters = len(set(labels.tolist()) - {-1})
        results.append((n_clusters, n_noise))
    return results
''', style="for loop with fit_predict and a set of labels"),
    Alternative("ex5_2_sweep", "reuse_ex5_1", '''
def eps_sweep(X, eps_values, min_samples=5):
    """[(n_clusters, n_noise) for each eps], DBSCAN with this min_samples."""
    return [tuple(int(v) for v in count_clusters_and_noise(
                DBSCAN(eps=eps, min_samples=min_samples).fit(X).labels_))
            for eps in eps_values]
''', style="list comprehension reusing count_clusters_and_noise from exercise 5.1, .fit().labels_"),
    Alternative("ex5_2_sweep", "set_params_unique", '''
def eps_sweep(X, eps_values, min_samples=5):
    """[(n_clusters, n_noise) for each eps], DBSCAN with this min_samples."""
    model = DBSCAN(min_samples=min_samples)
    out = []
    for eps in list(eps_values):
        model.set_params(eps=float(eps))
        model.fit(X)
        values = np.unique(model.labels_)
        n_clusters = int(np.sum(values >= 0))
        n_noise = int(np.count_nonzero(model.labels_ < 0))
        out.append((n_clusters, n_noise))
    return out
''', style="one estimator re-fitted with set_params, np.unique on the labels"),
    Alternative("ex5_2_sweep", "helper_and_map", '''
def _counts(labels):
    noise = labels == -1
    return len(np.unique(labels[~noise])), int(noise.sum())


def eps_sweep(X, eps_values, min_samples=5):
    """[(n_clusters, n_noise) for each eps], DBSCAN with this min_samples."""
    X = np.asarray(X)
    return list(map(lambda e: _counts(DBSCAN(eps=e, min_samples=min_samples).fit_predict(X)),
                    eps_values))
''', style="private helper + map, unique of the non-noise labels"),

    # ---------------- ex5_3_core_knn ----------------
    Alternative("ex5_3_core_knn", "components_min", '''
def core_classifier(dbscan, X, n_neighbors=50):
    """KNeighborsClassifier fitted on the core instances of a fitted DBSCAN model."""
    core = dbscan.core_sample_indices_
    k = min(n_neighbors, len(core))
    knn = KNeighborsClassifier(n_neighbors=k)
    knn.fit(dbscan.components_, dbscan.labels_[core])
    return knn
''', style="components_ and labels_[core_sample_indices_], min() for the cap"),
    Alternative("ex5_3_core_knn", "index_X_if", '''
def core_classifier(dbscan, X, n_neighbors=50):
    """KNeighborsClassifier fitted on the core instances of a fitted DBSCAN model."""
    X = np.asarray(X)
    core = dbscan.core_sample_indices_
    X_core = X[core]
    y_core = dbscan.labels_[core]
    if len(X_core) < n_neighbors:
        n_neighbors = len(X_core)
    return KNeighborsClassifier(n_neighbors=n_neighbors).fit(X_core, y_core)
''', style="indexes X itself with core_sample_indices_, if-statement for the cap, chained fit"),
    Alternative("ex5_3_core_knn", "boolean_mask", '''
def core_classifier(dbscan, X, n_neighbors=50):
    """KNeighborsClassifier fitted on the core instances of a fitted DBSCAN model."""
    is_core = np.zeros(len(dbscan.labels_), dtype=bool)
    is_core[dbscan.core_sample_indices_] = True
    X_core = np.asarray(X)[is_core]
    knn = KNeighborsClassifier()
    knn.set_params(n_neighbors=int(np.clip(n_neighbors, 1, is_core.sum())))
    knn.fit(X_core, dbscan.labels_[is_core])
    return knn
''', style="boolean core mask, set_params and np.clip for the neighbour count"),
    Alternative("ex5_3_core_knn", "explicit_euclidean", '''
def core_classifier(dbscan, X, n_neighbors=50):
    """KNeighborsClassifier fitted on the core instances of a fitted DBSCAN model."""
    n_core = dbscan.components_.shape[0]
    knn = KNeighborsClassifier(n_neighbors=n_neighbors if n_core >= n_neighbors else n_core,
                               metric="euclidean")
    return knn.fit(dbscan.components_.copy(),
                   np.take(dbscan.labels_, dbscan.core_sample_indices_))
''', style="explicit metric='euclidean' (same as the default), np.take for the labels, conditional expression"),

    # ---------------- ex5_4_anomalies ----------------
    Alternative("ex5_4_anomalies", "np_where", '''
def predict_with_anomalies(knn, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    distances, _ = knn.kneighbors(X_new, n_neighbors=1)
    return np.where(distances[:, 0] > max_distance, -1, knn.predict(X_new))
''', style="kneighbors(n_neighbors=1) then np.where"),
    Alternative("ex5_4_anomalies", "mask_assign_copy", '''
def predict_with_anomalies(knn, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    labels = np.array(knn.predict(X_new), copy=True)
    nearest = knn.kneighbors(X_new, n_neighbors=1, return_distance=True)[0].ravel()
    labels[nearest > max_distance] = -1
    return labels
''', style="copy of the predictions, boolean-mask assignment, ravel"),
    Alternative("ex5_4_anomalies", "first_column_of_k", '''
def predict_with_anomalies(knn, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    distances, _ = knn.kneighbors(X_new)          # all k neighbours, sorted by distance
    nearest = distances.min(axis=1)
    predictions = knn.predict(X_new)
    return np.array([-1 if d > max_distance else p for d, p in zip(nearest, predictions)])
''', style="all k neighbours then min over the row, list comprehension per instance"),
    Alternative("ex5_4_anomalies", "row_loop", '''
def predict_with_anomalies(knn, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    X_new = np.asarray(X_new)
    out = []
    for row in X_new:
        row = row.reshape(1, -1)
        dist, _ = knn.kneighbors(row, n_neighbors=1)
        if dist[0, 0] > max_distance:
            out.append(-1)
        else:
            out.append(int(knn.predict(row)[0]))
    return np.array(out, dtype=int)
''', style="loop over rows, one kneighbors/predict call per instance"),

    # ---------------- ex5_5_kdistance ----------------
    Alternative("ex5_5_kdistance", "kneighbors_with_self", '''
def k_distance_curve(X, min_samples):
    """Sorted distances from each instance to its min_samples-th nearest (itself first)."""
    neighbours = NearestNeighbors(n_neighbors=min_samples).fit(X)
    distances, _ = neighbours.kneighbors(X)
    return np.sort(distances[:, -1])
''', style="kneighbors(X) with n_neighbors=min_samples, last column, np.sort"),
    Alternative("ex5_5_kdistance", "kneighbors_without_self", '''
def k_distance_curve(X, min_samples):
    """Sorted distances from each instance to its min_samples-th nearest (itself first)."""
    X = np.asarray(X)
    if min_samples == 1:                       # the instance itself: distance 0
        return np.zeros(len(X))
    neighbours = NearestNeighbors(n_neighbors=min_samples - 1).fit(X)
    distances, _ = neighbours.kneighbors()     # query points excluded from their own neighbours
    curve = distances[:, min_samples - 2].copy()
    curve.sort()
    return curve
''', style="kneighbors() without X (self excluded) and n_neighbors=min_samples-1, in-place sort of a copy"),
    Alternative("ex5_5_kdistance", "pairwise_matrix_sort", '''
from sklearn.metrics import pairwise_distances

def k_distance_curve(X, min_samples):
    """Sorted distances from each instance to its min_samples-th nearest (itself first)."""
    D = pairwise_distances(X)
    D.sort(axis=1)                 # column 0 is the instance itself (distance 0)
    return np.sort(D[:, min_samples - 1])
''', style="full pairwise distance matrix, each row sorted, column min_samples-1"),
    Alternative("ex5_5_kdistance", "numpy_partition", '''
def k_distance_curve(X, min_samples):
    """Sorted distances from each instance to its min_samples-th nearest (itself first)."""
    X = np.asarray(X, dtype=float)
    diff = X[:, None, :] - X[None, :, :]
    D = np.sqrt((diff ** 2).sum(axis=-1))
    kth = np.partition(D, min_samples - 1, axis=1)[:, min_samples - 1]
    return np.sort(kth)
''', style="pure NumPy broadcasting for the distances, np.partition for the k-th smallest"),
]

WRONG = [
    # ---------------- ex5_1_count ----------------
    Wrong("ex5_1_count", "unique_counts_noise", '''
def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    return len(np.unique(labels)), int(np.sum(labels == -1))
''', mistake="Counts the noise label -1 as one more cluster whenever there is noise.",
      hint=r"-1 is noise, not a cluster"),
    Wrong("ex5_1_count", "always_minus_one", '''
def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    return len(np.unique(labels)) - 1, int(np.sum(labels == -1))
''', mistake="Always subtracts 1 from the number of distinct labels, even when there is no noise (-1 absent), so it undercounts the clusters then.",
      hint=r"not always noise|only subtract 1"),
    Wrong("ex5_1_count", "sorts_in_place", '''
def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    labels.sort()                      # noise first, then the clusters
    n_noise = int(np.searchsorted(labels, 0))
    n_clusters = len(np.unique(labels[n_noise:]))
    return n_clusters, n_noise
''', mistake="Sorts the caller's labels array in place, which silently reorders the model's labels_ (the function should not modify its input).",
      hint=r"do not modify labels|in-place"),
    Wrong("ex5_1_count", "swapped_order", '''
def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    noise = labels == -1
    return int(noise.sum()), len(set(labels[~noise].tolist()))
''', mistake="Returns (number of noise instances, number of clusters), the tuple in the wrong order.",
      hint=r"in this order|number of clusters first"),
    Wrong("ex5_1_count", "noise_fraction", '''
def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    noise = labels == -1
    return len(set(labels[~noise].tolist())), float(np.mean(noise))
''', mistake="Returns the share of noise (a fraction) instead of the number of noise instances.",
      hint=r"fraction"),
    Wrong("ex5_1_count", "negative_is_cluster_zero", '''
def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    n_clusters = int(labels.max())
    return n_clusters, int(np.sum(labels == -1))
''', mistake="Takes the largest label as the number of clusters, forgetting that clusters are numbered from 0 (off by one).",
      hint=r"numbered from 0"),
    Wrong("ex5_1_count", "returns_list", '''
def count_clusters_and_noise(labels):
    """(number of clusters, number of noise instances) for DBSCAN labels."""
    noise = labels == -1
    return [len(np.unique(labels[~noise])), int(noise.sum())]
''', mistake="Returns a list instead of the tuple the statement asks for.",
      hint=r"should be a tuple|not a list"),

    # ---------------- ex5_2_sweep ----------------
    Wrong("ex5_2_sweep", "ignores_min_samples", '''
def eps_sweep(X, eps_values, min_samples=5):
    """[(n_clusters, n_noise) for each eps], DBSCAN with this min_samples."""
    results = []
    for eps in eps_values:
        labels = DBSCAN(eps=eps).fit_predict(X)
        noise = labels == -1
        results.append((len(np.unique(labels[~noise])), int(noise.sum())))
    return results
''', mistake="Ignores the min_samples argument: DBSCAN always runs with its default min_samples=5.",
      hint=r"pass min_samples"),
    Wrong("ex5_2_sweep", "uses_x_moons", '''
def eps_sweep(X, eps_values, min_samples=5):
    """[(n_clusters, n_noise) for each eps], DBSCAN with this min_samples."""
    results = []
    for eps in eps_values:
        labels = DBSCAN(eps=eps, min_samples=min_samples).fit_predict(X_moons)
        noise = labels == -1
        results.append((len(np.unique(labels[~noise])), int(noise.sum())))
    return results
''', mistake="Fits DBSCAN on the lesson's X_moons instead of the X argument.",
      hint=r"X argument, not on X_moons"),
    Wrong("ex5_2_sweep", "sorted_eps", '''
def eps_sweep(X, eps_values, min_samples=5):
    """[(n_clusters, n_noise) for each eps], DBSCAN with this min_samples."""
    results = []
    for eps in sorted(eps_values):
        labels = DBSCAN(eps=eps, min_samples=min_samples).fit_predict(X)
        noise = labels == -1
        results.append((len(np.unique(labels[~noise])), int(noise.sum())))
    return results
''', mistake="Sorts the eps values, so the results are not in the order of eps_values when it is not increasing.",
      hint=r"order you were given|do not sort"),
    Wrong("ex5_2_sweep", "noise_as_cluster", '''
def eps_sweep(X, eps_values, min_samples=5):
    """[(n_clusters, n_noise) for each eps], DBSCAN with this min_samples."""
    results = []
    for eps in eps_values:
        labels = DBSCAN(eps=eps, min_samples=min_samples).fit_predict(X)
        results.append((len(set(labels)), int(np.sum(labels == -1))))
    return results
''', mistake="Counts the noise label -1 as a cluster.",
      hint=r"-1 is noise, not a cluster"),
    Wrong("ex5_2_sweep", "always_minus_one", '''
def eps_sweep(X, eps_values, min_samples=5):
    """[(n_clusters, n_noise) for each eps], DBSCAN with this min_samples."""
    results = []
    for eps in eps_values:
        labels = DBSCAN(eps=eps, min_samples=min_samples).fit_predict(X)
        results.append((len(set(labels)) - 1, int(np.sum(labels == -1))))
    return results
''', mistake="Always subtracts 1 for the noise label, even for eps values that leave no noise.",
      hint=r"only subtract 1"),
    Wrong("ex5_2_sweep", "list_of_lists", '''
def eps_sweep(X, eps_values, min_samples=5):
    """[(n_clusters, n_noise) for each eps], DBSCAN with this min_samples."""
    results = []
    for eps in eps_values:
        labels = DBSCAN(eps=eps, min_samples=min_samples).fit_predict(X)
        noise = labels == -1
        results.append([len(np.unique(labels[~noise])), int(noise.sum())])
    return results
''', mistake="Returns a list of lists instead of a list of tuples.",
      hint=r"tuples, not lists"),
    Wrong("ex5_2_sweep", "returns_dict", '''
def eps_sweep(X, eps_values, min_samples=5):
    """[(n_clusters, n_noise) for each eps], DBSCAN with this min_samples."""
    results = {}
    for eps in eps_values:
        labels = DBSCAN(eps=eps, min_samples=min_samples).fit_predict(X)
        noise = labels == -1
        results[eps] = (len(np.unique(labels[~noise])), int(noise.sum()))
    return results
''', mistake="Returns a dict keyed by eps instead of a list of tuples (and loses repeated eps values).",
      hint=r"not a dict"),

    # ---------------- ex5_3_core_knn ----------------
    Wrong("ex5_3_core_knn", "all_instances", '''
def core_classifier(dbscan, X, n_neighbors=50):
    """KNeighborsClassifier fitted on the core instances of a fitted DBSCAN model."""
    k = min(n_neighbors, len(X))
    return KNeighborsClassifier(n_neighbors=k).fit(X, dbscan.labels_)
''', mistake="Trains on all instances, noise included, so the classifier learns -1 as a cluster.",
      hint=r"core instances only, not on all of X"),
    Wrong("ex5_3_core_knn", "non_noise", '''
def core_classifier(dbscan, X, n_neighbors=50):
    """KNeighborsClassifier fitted on the core instances of a fitted DBSCAN model."""
    keep = dbscan.labels_ != -1
    k = min(n_neighbors, int(keep.sum()))
    return KNeighborsClassifier(n_neighbors=k).fit(X[keep], dbscan.labels_[keep])
''', mistake="Trains on every non-noise instance (border instances included) instead of the core instances only.",
      hint=r"not on every instance that is not noise"),
    Wrong("ex5_3_core_knn", "ignores_n_neighbors", '''
def core_classifier(dbscan, X, n_neighbors=50):
    """KNeighborsClassifier fitted on the core instances of a fitted DBSCAN model."""
    core = dbscan.core_sample_indices_
    knn = KNeighborsClassifier(n_neighbors=min(50, len(core)))
    return knn.fit(dbscan.components_, dbscan.labels_[core])
''', mistake="Hard-codes 50 neighbours and ignores the n_neighbors argument.",
      hint=r"n_neighbors argument, not a fixed 50"),
    Wrong("ex5_3_core_knn", "no_cap", '''
def core_classifier(dbscan, X, n_neighbors=50):
    """KNeighborsClassifier fitted on the core instances of a fitted DBSCAN model."""
    core = dbscan.core_sample_indices_
    knn = KNeighborsClassifier(n_neighbors=n_neighbors)
    return knn.fit(dbscan.components_, dbscan.labels_[core])
''', mistake="Does not cap n_neighbors at the number of core instances, so with few core instances the classifier asks for more neighbours than it has.",
      hint=r"cap n_neighbors at the number of core instances"),
    Wrong("ex5_3_core_knn", "cap_by_len_X", '''
def core_classifier(dbscan, X, n_neighbors=50):
    """KNeighborsClassifier fitted on the core instances of a fitted DBSCAN model."""
    core = dbscan.core_sample_indices_
    knn = KNeighborsClassifier(n_neighbors=min(n_neighbors, len(X)))
    return knn.fit(X[core], dbscan.labels_[core])
''', mistake="Caps n_neighbors by the number of instances of X instead of the number of core instances.",
      hint=r"not at the number of instances of X"),
    Wrong("ex5_3_core_knn", "wrong_labels_slice", '''
def core_classifier(dbscan, X, n_neighbors=50):
    """KNeighborsClassifier fitted on the core instances of a fitted DBSCAN model."""
    n_core = len(dbscan.components_)
    knn = KNeighborsClassifier(n_neighbors=min(n_neighbors, n_core))
    return knn.fit(dbscan.components_, dbscan.labels_[:n_core])
''', mistake="Pairs the core instances with the first labels_ entries instead of labels_[core_sample_indices_], so the training labels are misaligned.",
      hint=r"labels_\[core_sample_indices_\]"),
    Wrong("ex5_3_core_knn", "uses_x_moons", '''
def core_classifier(dbscan, X, n_neighbors=50):
    """KNeighborsClassifier fitted on the core instances of a fitted DBSCAN model."""
    core = dbscan.core_sample_indices_
    knn = KNeighborsClassifier(n_neighbors=min(n_neighbors, len(core)))
    return knn.fit(X_moons[core], dbscan.labels_[core])
''', mistake="Takes the core instances from the lesson's X_moons instead of the X argument.",
      hint=r"not from X_moons"),

    # ---------------- ex5_4_anomalies ----------------
    Wrong("ex5_4_anomalies", "greater_or_equal", '''
def predict_with_anomalies(knn, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    distances, _ = knn.kneighbors(X_new, n_neighbors=1)
    return np.where(distances[:, 0] >= max_distance, -1, knn.predict(X_new))
''', mistake="Flags instances at exactly max_distance as anomalies (>= instead of the strict >).",
      hint=r"exactly max_distance|strictly greater|not >="),
    Wrong("ex5_4_anomalies", "farthest_neighbour", '''
def predict_with_anomalies(knn, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    distances, _ = knn.kneighbors(X_new)
    return np.where(distances[:, -1] > max_distance, -1, knn.predict(X_new))
''', mistake="Uses the distance to the farthest of the k neighbours instead of the nearest training instance.",
      hint=r"nearest.*not to the farthest"),
    Wrong("ex5_4_anomalies", "mean_distance", '''
def predict_with_anomalies(knn, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    distances, _ = knn.kneighbors(X_new)
    return np.where(distances.mean(axis=1) > max_distance, -1, knn.predict(X_new))
''', mistake="Uses the mean distance to the k neighbours instead of the distance to the nearest training instance.",
      hint=r"not the mean distance"),
    Wrong("ex5_4_anomalies", "hard_coded_threshold", '''
def predict_with_anomalies(knn, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    distances, _ = knn.kneighbors(X_new, n_neighbors=1)
    return np.where(distances[:, 0] > 0.2, -1, knn.predict(X_new))
''', mistake="Hard-codes the lesson's threshold 0.2 and ignores the max_distance argument.",
      hint=r"max_distance argument, not a fixed 0\.2"),
    Wrong("ex5_4_anomalies", "global_knn", '''
def predict_with_anomalies(knn_model, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    distances, _ = knn.kneighbors(X_new, n_neighbors=1)
    return np.where(distances[:, 0] > max_distance, -1, knn.predict(X_new))
''', mistake="Uses the notebook's global knn instead of the classifier passed as argument.",
      hint=r"classifier passed as the first argument|notebook's knn"),
    Wrong("ex5_4_anomalies", "flipped_comparison", '''
def predict_with_anomalies(knn, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    distances, _ = knn.kneighbors(X_new, n_neighbors=1)
    return np.where(distances[:, 0] < max_distance, -1, knn.predict(X_new))
''', mistake="Flags the instances that are close to the core instances instead of the far ones.",
      hint=r"far.*not the close ones"),
    Wrong("ex5_4_anomalies", "squared_distance", '''
def predict_with_anomalies(knn, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    nearest = knn.kneighbors(X_new, n_neighbors=1)[0][:, 0]
    return np.where(nearest ** 2 > max_distance, -1, knn.predict(X_new))
''', mistake="Compares the squared distance with max_distance instead of the distance itself.",
      hint=r"squared distance"),
    Wrong("ex5_4_anomalies", "broadcast_2d", '''
def predict_with_anomalies(knn, X_new, max_distance):
    """knn's predictions, with -1 for instances farther than max_distance from every
    training instance."""
    distances, _ = knn.kneighbors(X_new, n_neighbors=1)
    return np.where(distances > max_distance, -1, knn.predict(X_new))
''', mistake="Compares the (n, 1) distance column with the (n,) predictions, which broadcasts to an (n, n) array instead of one label per row.",
      hint=r"one label per row"),

    # ---------------- ex5_5_kdistance ----------------
    Wrong("ex5_5_kdistance", "off_by_one_without_self", '''
def k_distance_curve(X, min_samples):
    """Sorted distances from each instance to its min_samples-th nearest (itself first)."""
    distances, _ = NearestNeighbors(n_neighbors=min_samples).fit(X).kneighbors()
    return np.sort(distances[:, -1])
''', mistake="Calls kneighbors() without X (the instance excluded) with n_neighbors=min_samples, so it returns the distance to the (min_samples+1)-th instance counting itself.",
      hint=r"one neighbour too many"),
    Wrong("ex5_5_kdistance", "off_by_one_with_self", '''
def k_distance_curve(X, min_samples):
    """Sorted distances from each instance to its min_samples-th nearest (itself first)."""
    distances, _ = NearestNeighbors(n_neighbors=min_samples - 1).fit(X).kneighbors(X)
    return np.sort(distances[:, -1])
''', mistake="Uses n_neighbors=min_samples-1 with kneighbors(X), which counts the instance itself, so it returns the (min_samples-1)-th distance.",
      hint=r"one neighbour too few"),
    Wrong("ex5_5_kdistance", "hard_coded_5", '''
def k_distance_curve(X, min_samples):
    """Sorted distances from each instance to its min_samples-th nearest (itself first)."""
    distances, _ = NearestNeighbors(n_neighbors=5).fit(X).kneighbors(X)
    return np.sort(distances[:, -1])
''', mistake="Hard-codes k=5 (the lesson's min_samples) and ignores the min_samples argument.",
      hint=r"min_samples argument, not a fixed 5"),
    Wrong("ex5_5_kdistance", "uses_x_moons", '''
def k_distance_curve(X, min_samples):
    """Sorted distances from each instance to its min_samples-th nearest (itself first)."""
    distances, _ = NearestNeighbors(n_neighbors=min_samples).fit(X_moons).kneighbors(X_moons)
    return np.sort(distances[:, -1])
''', mistake="Computes the curve on the lesson's X_moons instead of the X argument.",
      hint=r"X argument"),
    Wrong("ex5_5_kdistance", "mean_of_k", '''
def k_distance_curve(X, min_samples):
    """Sorted distances from each instance to its min_samples-th nearest (itself first)."""
    distances, _ = NearestNeighbors(n_neighbors=min_samples).fit(X).kneighbors(X)
    return np.sort(distances.mean(axis=1))
''', mistake="Returns the mean distance to the min_samples nearest instances instead of the distance to the min_samples-th one.",
      hint=r"not the mean distance"),
    Wrong("ex5_5_kdistance", "decreasing", '''
def k_distance_curve(X, min_samples):
    """Sorted distances from each instance to its min_samples-th nearest (itself first)."""
    distances, _ = NearestNeighbors(n_neighbors=min_samples).fit(X).kneighbors(X)
    return np.sort(distances[:, -1])[::-1]
''', mistake="Sorts the k-distances in decreasing order instead of increasing.",
      hint=r"increasing order"),
    Wrong("ex5_5_kdistance", "nearest_other", '''
def k_distance_curve(X, min_samples):
    """Sorted distances from each instance to its min_samples-th nearest (itself first)."""
    distances, _ = NearestNeighbors(n_neighbors=min_samples).fit(X).kneighbors(X)
    return np.sort(distances[:, 1])
''', mistake="Takes the distance to the nearest other instance (column 1) instead of the min_samples-th one (the last column).",
      hint=r"not to the nearest other instance"),
]
