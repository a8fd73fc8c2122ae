"""Fake submissions for lesson 05 (DBSCAN, core-instance classifier, k-distance, HDBSCAN)."""

from tests.submissions import Alternative, Wrong

WRONG = [
    # --- ex5_1: counting clusters and noise
    Wrong("ex5_1_count", "noise_counted_as_a_cluster", '''
def count_clusters_and_noise(labels):
    return len(np.unique(labels)), int(np.sum(labels == -1))
''',
          mistake="Counts the noise label -1 as a cluster.", hint=r"-1 is noise, not a cluster"),
    Wrong("ex5_1_count", "always_subtracts_one", '''
def count_clusters_and_noise(labels):
    return len(set(labels)) - 1, int((labels == -1).sum())
''',
          mistake="Always subtracts 1 for the noise label, even when there is no noise.", hint=r"not always noise|only subtract 1"),
    # --- ex5_2: the eps sweep
    Wrong("ex5_2_sweep", "noise_counted_as_a_cluster", '''
def eps_sweep(X, eps_values, min_samples=5):
    out = []
    for eps in eps_values:
        labels = DBSCAN(eps=eps, min_samples=min_samples).fit(X).labels_
        out.append((len(np.unique(labels)), int(np.sum(labels == -1))))
    return out
''',
          mistake="Counts the noise label -1 as a cluster.", hint=r"-1 is noise, not a cluster"),
    Wrong("ex5_2_sweep", "min_samples_not_passed", '''
def eps_sweep(X, eps_values, min_samples=5):
    out = []
    for eps in eps_values:
        labels = DBSCAN(eps=eps).fit_predict(X)          # default min_samples
        out.append((len(set(labels) - {-1}), int(np.sum(labels == -1))))
    return out
''',
          mistake="Runs DBSCAN with its default min_samples instead of the argument.", hint=r"pass min_samples"),
    Wrong("ex5_2_sweep", "eps_values_sorted", '''
def eps_sweep(X, eps_values, min_samples=5):
    out = []
    for eps in sorted(eps_values):
        labels = DBSCAN(eps=eps, min_samples=min_samples).fit_predict(X)
        out.append((len(set(labels) - {-1}), int(np.sum(labels == -1))))
    return out
''',
          mistake="Sorts the eps values instead of keeping their order.", hint=r"order you were given|do not sort"),
    # --- ex5_3: classifier on the core instances
    Wrong("ex5_3_core_knn", "trained_on_all_instances", '''
def core_classifier(dbscan, X, n_neighbors=50):
    k = min(n_neighbors, len(dbscan.core_sample_indices_))
    return KNeighborsClassifier(n_neighbors=k).fit(X, dbscan.labels_)
''',
          mistake="Trains on all instances, noise included.", hint=r"core instances only, not on all of X"),
    Wrong("ex5_3_core_knn", "trained_on_all_but_noise", '''
def core_classifier(dbscan, X, n_neighbors=50):
    keep = dbscan.labels_ != -1
    k = min(n_neighbors, int(keep.sum()))
    return KNeighborsClassifier(n_neighbors=k).fit(X[keep], dbscan.labels_[keep])
''',
          mistake="Trains on every non-noise instance, border instances included.", hint=r"not on every instance that is not noise"),
    Wrong("ex5_3_core_knn", "n_neighbors_not_capped", '''
def core_classifier(dbscan, X, n_neighbors=50):
    knn = KNeighborsClassifier(n_neighbors=n_neighbors)
    return knn.fit(dbscan.components_, dbscan.labels_[dbscan.core_sample_indices_])
''',
          mistake="Does not cap n_neighbors at the number of core instances.", hint=r"cap n_neighbors at the number of core instances"),
    # --- ex5_4: anomalies
    Wrong("ex5_4_anomalies", "farthest_of_the_k_neighbours", '''
def predict_with_anomalies(knn, X_new, max_distance):
    distances, _ = knn.kneighbors(X_new)               # knn.n_neighbors columns
    labels = knn.predict(X_new)
    labels[distances.max(axis=1) > max_distance] = -1   # argmax for argmin
    return labels
''',
          mistake="Uses the farthest of the k neighbours instead of the nearest.", hint=r"nearest.*not to the farthest"),
    Wrong("ex5_4_anomalies", "mean_neighbour_distance", '''
def predict_with_anomalies(knn, X_new, max_distance):
    distances, _ = knn.kneighbors(X_new)
    labels = knn.predict(X_new)
    labels[distances.mean(axis=1) > max_distance] = -1
    return labels
''',
          mistake="Uses the mean distance to the k neighbours.", hint=r"not the mean distance"),
    Wrong("ex5_4_anomalies", "comparison_inverted", '''
def predict_with_anomalies(knn, X_new, max_distance):
    distances, _ = knn.kneighbors(X_new, n_neighbors=1)
    labels = knn.predict(X_new)
    labels[distances[:, 0] < max_distance] = -1
    return labels
''',
          mistake="Flags the close instances instead of the far ones.", hint=r"far.*not the close ones"),
    Wrong("ex5_4_anomalies", "greater_or_equal_boundary", '''
def predict_with_anomalies(knn, X_new, max_distance):
    distances, _ = knn.kneighbors(X_new, n_neighbors=1)
    labels = knn.predict(X_new)
    labels[distances[:, 0] >= max_distance] = -1      # >= where the statement says >
    return labels
''', mistake="Flags instances at exactly max_distance (>= instead of the strict >).",
          hint=r"exactly max_distance|strictly greater|not >="),
    # --- ex5_5: k-distance curve
    Wrong("ex5_5_kdistance", "one_neighbour_too_many", '''
def k_distance_curve(X, min_samples):
    distances, _ = NearestNeighbors(n_neighbors=min_samples + 1).fit(X).kneighbors(X)
    return np.sort(distances[:, -1])
''',
          mistake="Takes the (min_samples+1)-th distance counting the instance itself.", hint=r"one neighbour too many"),
    Wrong("ex5_5_kdistance", "self_excluded_without_adjusting_k", '''
def k_distance_curve(X, min_samples):
    distances, _ = NearestNeighbors(n_neighbors=min_samples).fit(X).kneighbors()
    return np.sort(distances[:, -1])
''',
          mistake="kneighbors() without X with n_neighbors=min_samples: one neighbour too many.", hint=r"one neighbour too many"),
    Wrong("ex5_5_kdistance", "one_neighbour_too_few", '''
def k_distance_curve(X, min_samples):
    distances, _ = NearestNeighbors(n_neighbors=min_samples - 1).fit(X).kneighbors(X)
    return np.sort(distances[:, -1])
''',
          mistake="n_neighbors=min_samples-1 with kneighbors(X): one neighbour too few.", hint=r"one neighbour too few"),
    Wrong("ex5_5_kdistance", "sorted_decreasing", '''
def k_distance_curve(X, min_samples):
    distances, _ = NearestNeighbors(n_neighbors=min_samples).fit(X).kneighbors(X)
    return np.sort(distances[:, -1])[::-1]
''',
          mistake="Sorts in decreasing order.", hint=r"increasing order"),
]

ALTERNATIVE = [
    Alternative("ex5_1_count", "max_label_plus_one", '''
def count_clusters_and_noise(labels):
    labels = np.asarray(labels)
    return int(labels.max() + 1), int(np.count_nonzero(labels < 0))
'''),
    Alternative("ex5_1_count", "python_sets", '''
def count_clusters_and_noise(labels):
    values = list(labels)
    return len(set(values) - {-1}), values.count(-1)
'''),
    Alternative("ex5_2_sweep", "comprehension_with_unique_counts", '''
def eps_sweep(X, eps_values, min_samples=5):
    def counts(labels):
        values, sizes = np.unique(labels, return_counts=True)
        noise = int(sizes[values == -1].sum())
        return int(np.sum(values >= 0)), noise
    return [counts(DBSCAN(eps=e, min_samples=min_samples).fit(X).labels_) for e in eps_values]
'''),
    Alternative("ex5_3_core_knn", "components_and_core_mask", '''
def core_classifier(dbscan, X, n_neighbors=50):
    is_core = np.zeros(len(dbscan.labels_), dtype=bool)
    is_core[dbscan.core_sample_indices_] = True
    model = KNeighborsClassifier(n_neighbors=int(min(n_neighbors, is_core.sum())))
    model.fit(dbscan.components_, dbscan.labels_[is_core])
    return model
'''),
    Alternative("ex5_3_core_knn", "distance_weights", '''
def core_classifier(dbscan, X, n_neighbors=50):
    core = dbscan.core_sample_indices_
    knn = KNeighborsClassifier(n_neighbors=min(n_neighbors, len(core)), weights="distance")
    return knn.fit(X[core], dbscan.labels_[core])
'''),
    Alternative("ex5_4_anomalies", "where_on_default_kneighbors", '''
def predict_with_anomalies(knn, X_new, max_distance):
    nearest = knn.kneighbors(X_new)[0][:, 0]          # columns are sorted: first = nearest
    return np.where(nearest > max_distance, -1, knn.predict(X_new))
'''),
    Alternative("ex5_4_anomalies", "python_loop", '''
def predict_with_anomalies(knn, X_new, max_distance):
    nearest, _ = knn.kneighbors(X_new, 1)
    predicted = knn.predict(X_new)
    return np.array([-1 if d > max_distance else label
                     for d, label in zip(nearest.ravel(), predicted)])
'''),
    Alternative("ex5_5_kdistance", "kneighbors_without_self_k_minus_1", '''
def k_distance_curve(X, min_samples):
    # kneighbors() without X leaves each instance out, so k - 1 other neighbours
    distances, _ = NearestNeighbors(n_neighbors=min_samples - 1).fit(X).kneighbors()
    return np.sort(distances[:, -1])
'''),
    Alternative("ex5_5_kdistance", "numpy_pairwise", '''
def k_distance_curve(X, min_samples):
    X = np.asarray(X, dtype=float)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    kth = np.sort(D, axis=1)[:, min_samples - 1]        # column 0 is the instance itself
    return np.sort(kth)
'''),
]

# Mutants (python -m autograder mutants) that cannot change behaviour, with the reason.
EQUIVALENT_MUTANTS = {
    "ex5_4_anomalies:drop_keyword:5:19:n_neighbors":
        "kneighbors without n_neighbors returns knn.n_neighbors columns sorted by distance; "
        "column 0 is still the nearest training instance",
    "ex5_4_anomalies:constant:5:53:1":
        "n_neighbors=2: column 0 is still the nearest training instance",
}
