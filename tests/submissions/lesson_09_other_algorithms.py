"""Fake submissions for lesson 09 (other clustering algorithms: linkages, cutting a tree,
the heights that give k clusters, spectral clustering of circles, affinity propagation's
preference, the comparison table, the empirical complexity)."""

from tests.submissions import Alternative, Wrong

WRONG = [
    # --- ex9_1: which linkage?
    Wrong("ex9_1_linkages", "raw_labels_compared", '''
def linkage_scores(X, y_true, n_clusters):
    scores = {}
    for name in ("ward", "complete", "average", "single"):
        labels = AgglomerativeClustering(n_clusters=n_clusters, linkage=name).fit_predict(X)
        scores[name] = float(np.mean(labels == y_true))
    return scores, max(scores, key=scores.get)
''', mistake="Scores each linkage by the share of labels equal to y_true, not by the ARI.",
          hint=r"numbering is arbitrary.*adjusted_rand_score"),
    Wrong("ex9_1_linkages", "linkage_not_passed", '''
def linkage_scores(X, y_true, n_clusters):
    scores = {}
    for name in ("ward", "complete", "average", "single"):
        labels = AgglomerativeClustering(n_clusters=n_clusters).fit_predict(X)
        scores[name] = adjusted_rand_score(y_true, labels)
    return scores, max(scores, key=scores.get)
''', mistake="Never passes the linkage on, so all four scores are ward's.",
          hint=r"linkage=name"),
    Wrong("ex9_1_linkages", "fixed_n_clusters", '''
def linkage_scores(X, y_true, n_clusters):
    scores = {name: adjusted_rand_score(y_true, AgglomerativeClustering(
                  n_clusters=3, linkage=name).fit_predict(X))
              for name in ("ward", "complete", "average", "single")}
    return scores, max(scores, key=scores.get)
''', mistake="Uses 3 clusters (the blobs') whatever n_clusters says.",
          hint=r"n_clusters argument"),
    Wrong("ex9_1_linkages", "worst_linkage", '''
def linkage_scores(X, y_true, n_clusters):
    scores = {}
    for name in ("ward", "complete", "average", "single"):
        labels = AgglomerativeClustering(n_clusters=n_clusters, linkage=name).fit_predict(X)
        scores[name] = adjusted_rand_score(y_true, labels)
    return scores, min(scores, key=scores.get)
''', mistake="Returns the linkage with the lowest ARI.",
          hint=r"HIGHEST ARI"),
    Wrong("ex9_1_linkages", "tie_broken_alphabetically", '''
def linkage_scores(X, y_true, n_clusters):
    scores = {}
    for name in ("ward", "complete", "average", "single"):
        labels = AgglomerativeClustering(n_clusters=n_clusters, linkage=name).fit_predict(X)
        scores[name] = adjusted_rand_score(y_true, labels)
    return scores, max(sorted(scores), key=scores.get)
''', mistake="Breaks ties in alphabetical order (average first) instead of the order given.",
          hint=r"tie.*first of the tied linkages in the order ward, complete, average, single"),
    Wrong("ex9_1_linkages", "last_of_the_tied", '''
def linkage_scores(X, y_true, n_clusters):
    scores, best = {}, None
    for name in ("ward", "complete", "average", "single"):
        labels = AgglomerativeClustering(n_clusters=n_clusters, linkage=name).fit_predict(X)
        scores[name] = adjusted_rand_score(y_true, labels)
        if best is None or scores[name] >= scores[best]:
            best = name
    return scores, best
''', mistake="Keeps the last of the tied linkages (>= in the loop).",
          hint=r"tie.*first of the tied linkages"),
    Wrong("ex9_1_linkages", "best_score_not_name", '''
def linkage_scores(X, y_true, n_clusters):
    scores = {}
    for name in ("ward", "complete", "average", "single"):
        labels = AgglomerativeClustering(n_clusters=n_clusters, linkage=name).fit_predict(X)
        scores[name] = adjusted_rand_score(y_true, labels)
    return scores, max(scores.values())
''', mistake="Returns the best ARI instead of the best linkage's name.",
          hint=r"name of the best linkage"),
    Wrong("ex9_1_linkages", "swapped_arguments_of_fit", '''
def linkage_scores(X, y_true, n_clusters):
    scores = {}
    for name in ("ward", "complete", "average", "single"):
        model = AgglomerativeClustering(n_clusters=n_clusters, linkage=name)
        scores[name] = adjusted_rand_score(y_true, model.fit_predict(X_blobs))
    return scores, max(scores, key=scores.get)
''', mistake="Fits every linkage on the lesson's X_blobs instead of the X argument.",
          hint=r"X argument"),

    # --- ex9_2: cut the tree at a height
    Wrong("ex9_2_cut", "both_set", '''
def cut_hierarchy(X, threshold, method="ward"):
    return AgglomerativeClustering(n_clusters=2, distance_threshold=threshold,
                                   linkage=method).fit_predict(X)
''', mistake="Sets both n_clusters and distance_threshold.",
          hint=r"Exactly one of n_clusters and distance_threshold"),
    Wrong("ex9_2_cut", "method_ignored", '''
def cut_hierarchy(X, threshold, method="ward"):
    return AgglomerativeClustering(n_clusters=None,
                                   distance_threshold=threshold).fit_predict(X)
''', mistake="Never passes the method on, so every tree is ward's.",
          hint=r"method is ignored"),
    Wrong("ex9_2_cut", "fcluster_default_criterion", '''
def cut_hierarchy(X, threshold, method="ward"):
    return fcluster(linkage(X, method=method), threshold)
''', mistake="Calls fcluster without criterion, so it uses 'inconsistent', not heights.",
          hint=r"criterion=.distance."),
    Wrong("ex9_2_cut", "maxclust", '''
def cut_hierarchy(X, threshold, method="ward"):
    return fcluster(linkage(X, method=method), threshold, criterion="maxclust")
''', mistake="Uses criterion='maxclust', which reads the threshold as a number of clusters.",
          hint=r"maxclust"),
    Wrong("ex9_2_cut", "scipy_default_single", '''
def cut_hierarchy(X, threshold, method="ward"):
    return fcluster(linkage(X), threshold, criterion="distance")
''', mistake="Calls SciPy's linkage without method, so it builds a single-linkage tree.",
          hint=r"method='single' by default"),
    Wrong("ex9_2_cut", "squared_threshold", '''
def cut_hierarchy(X, threshold, method="ward"):
    return AgglomerativeClustering(n_clusters=None, distance_threshold=threshold ** 2,
                                   linkage=method).fit_predict(X)
''', mistake="Squares the threshold, as if the heights were squared distances.",
          hint=r"threshold as it is, not at its square"),
    Wrong("ex9_2_cut", "returns_the_model", '''
def cut_hierarchy(X, threshold, method="ward"):
    return AgglomerativeClustering(n_clusters=None, distance_threshold=threshold,
                                   linkage=method).fit(X)
''', mistake="Returns the fitted model instead of its labels.",
          hint=r"labels"),

    # --- ex9_3: the heights that give k clusters
    Wrong("ex9_3_range", "off_by_one_up", '''
def threshold_range(X, k, method="ward"):
    heights = np.sort(linkage(X, method=method)[:, 2])
    n = len(X)
    low = float(heights[n - k]) if k < n + 1 else 0.0
    high = float(heights[n - k + 1]) if k > 2 else np.inf
    return low, high
''', mistake="Takes the heights one merge too high: between them the cut leaves k - 1 clusters.",
          hint=r"off by one.*k - 1"),
    Wrong("ex9_3_range", "off_by_one_down", '''
def threshold_range(X, k, method="ward"):
    heights = np.sort(linkage(X, method=method)[:, 2])
    n = len(X)
    low = float(heights[n - k - 2]) if k < n - 1 else 0.0
    high = float(heights[n - k - 1]) if k < n else np.inf
    return low, high
''', mistake="Takes the heights one merge too low: between them the cut leaves k + 1 clusters.",
          hint=r"off by one.*k \+ 1"),
    Wrong("ex9_3_range", "swapped", '''
def threshold_range(X, k, method="ward"):
    heights = np.sort(linkage(X, method=method)[:, 2])
    n = len(X)
    low = float(heights[n - k - 1]) if k < n else 0.0
    high = float(heights[n - k]) if k > 1 else np.inf
    return high, low
''', mistake="Returns (high, low).",
          hint=r"low first"),
    Wrong("ex9_3_range", "no_end_for_one_cluster", '''
def threshold_range(X, k, method="ward"):
    heights = np.sort(linkage(X, method=method)[:, 2])
    n = len(X)
    low = float(heights[n - k - 1]) if k < n else 0.0
    return low, float(heights[n - k])
''', mistake="Forgets the end k = 1, where high is np.inf.",
          hint=r"k=1.*np\.inf"),
    Wrong("ex9_3_range", "no_end_for_n_clusters", '''
def threshold_range(X, k, method="ward"):
    heights = np.sort(linkage(X, method=method)[:, 2])
    n = len(X)
    high = float(heights[n - k]) if k > 1 else np.inf
    return float(heights[n - k - 1]), high
''', mistake="Forgets the end k = n, where low is 0.0 (heights[-1] is the top merge).",
          hint=r"k = n.*0\.0"),
    Wrong("ex9_3_range", "method_ignored", '''
def threshold_range(X, k, method="ward"):
    heights = np.sort(linkage(X, method="ward")[:, 2])
    n = len(X)
    low = float(heights[n - k - 1]) if k < n else 0.0
    high = float(heights[n - k]) if k > 1 else np.inf
    return low, high
''', mistake="Always builds the ward tree, whatever method says.",
          hint=r"method is ignored"),
    Wrong("ex9_3_range", "scipy_default_single", '''
def threshold_range(X, k, method="ward"):
    heights = np.sort(linkage(X)[:, 2])
    n = len(X)
    low = float(heights[n - k - 1]) if k < n else 0.0
    high = float(heights[n - k]) if k > 1 else np.inf
    return low, high
''', mistake="Calls SciPy's linkage without method, so it builds a single-linkage tree.",
          hint=r"method='single' by default"),
    Wrong("ex9_3_range", "midpoint_only", '''
def threshold_range(X, k, method="ward"):
    heights = np.sort(linkage(X, method=method)[:, 2])
    n = len(X)
    return float((heights[n - k - 1] + heights[n - k]) / 2)
''', mistake="Returns one threshold (the midpoint) instead of the pair (low, high).",
          hint=r"tuple \(low, high\)"),

    # --- ex9_4: spectral clustering of two circles
    Wrong("ex9_4_circles", "default_affinity", '''
def cluster_circles(X):
    return SpectralClustering(n_clusters=2, random_state=RANDOM_STATE).fit(X)
''', mistake="Keeps the default RBF affinity with gamma=1.0, which links the two circles.",
          hint=r"gamma=1\.0.*default"),
    Wrong("ex9_4_circles", "too_few_neighbours", '''
def cluster_circles(X):
    return SpectralClustering(n_clusters=2, affinity="nearest_neighbors", n_neighbors=5,
                              random_state=RANDOM_STATE).fit(X)
''', mistake="Uses 5 neighbours: it works on X_circles, but other circles' graphs fall apart.",
          hint=r"n_neighbors=5.*falls apart"),
    Wrong("ex9_4_circles", "too_many_neighbours", '''
def cluster_circles(X):
    return SpectralClustering(n_clusters=2, affinity="nearest_neighbors", n_neighbors=20,
                              random_state=RANDOM_STATE).fit(X)
''', mistake="Uses 20 neighbours, which link the two circles on some data.",
          hint=r"n_neighbors=20.*links the two circles"),
    Wrong("ex9_4_circles", "gamma_too_small", '''
def cluster_circles(X):
    return SpectralClustering(n_clusters=2, affinity="rbf", gamma=20,
                              random_state=RANDOM_STATE).fit(X)
''', mistake="Uses gamma=20: instances 0.5 apart are still linked on some circles.",
          hint=r"gamma=20.*too small"),
    Wrong("ex9_4_circles", "default_n_clusters", '''
def cluster_circles(X):
    return SpectralClustering(affinity="nearest_neighbors", n_neighbors=10,
                              random_state=RANDOM_STATE).fit(X)
''', mistake="Leaves n_clusters at its default of 8.",
          hint=r"n_clusters=2"),
    Wrong("ex9_4_circles", "no_random_state", '''
def cluster_circles(X):
    return SpectralClustering(n_clusters=2, affinity="nearest_neighbors", n_neighbors=10).fit(X)
''', mistake="Does not pass random_state, so the k-means step is not reproducible.",
          hint=r"random_state=RANDOM_STATE"),
    Wrong("ex9_4_circles", "kmeans_instead", '''
def cluster_circles(X):
    return KMeans(n_clusters=2, n_init=10, random_state=RANDOM_STATE).fit(X)
''', mistake="Returns a k-means model, which cannot separate nested circles.",
          hint=r"SpectralClustering"),
    Wrong("ex9_4_circles", "fitted_on_the_lesson_data", '''
def cluster_circles(X):
    return SpectralClustering(n_clusters=2, affinity="nearest_neighbors", n_neighbors=10,
                              random_state=RANDOM_STATE).fit(X_circles)
''', mistake="Fits on the lesson's X_circles instead of the X argument.",
          hint=r"fit it on the X argument"),
    Wrong("ex9_4_circles", "returns_labels", '''
def cluster_circles(X):
    return SpectralClustering(n_clusters=2, affinity="nearest_neighbors", n_neighbors=10,
                              random_state=RANDOM_STATE).fit_predict(X)
''', mistake="Returns the labels instead of the fitted model.",
          hint=r"return the fitted model"),

    # --- ex9_5: the preference that gives k clusters
    Wrong("ex9_5_preference", "smallest", '''
def preference_for_k(X, k, preferences, damping=0.9):
    found = [p for p in preferences
             if len(AffinityPropagation(preference=p, damping=damping,
                                        random_state=RANDOM_STATE).fit(X)
                    .cluster_centers_indices_) == k]
    return min(found) if found else None
''', mistake="Returns the smallest matching preference (the most negative one).",
          hint=r"LARGEST"),
    Wrong("ex9_5_preference", "first_in_the_list", '''
def preference_for_k(X, k, preferences, damping=0.9):
    for p in preferences:
        model = AffinityPropagation(preference=p, damping=damping,
                                    random_state=RANDOM_STATE).fit(X)
        if len(model.cluster_centers_indices_) == k:
            return p
    return None
''', mistake="Returns the first matching preference in the list, not the largest.",
          hint=r"LARGEST.*any order"),
    Wrong("ex9_5_preference", "damping_ignored", '''
def preference_for_k(X, k, preferences, damping=0.9):
    best = None
    for p in preferences:
        model = AffinityPropagation(preference=p, random_state=RANDOM_STATE).fit(X)
        if len(model.cluster_centers_indices_) == k and (best is None or p > best):
            best = p
    return best
''', mistake="Never passes damping on, so every fit uses the default 0.5.",
          hint=r"damping is ignored"),
    Wrong("ex9_5_preference", "fixed_damping", '''
def preference_for_k(X, k, preferences, damping=0.9):
    best = None
    for p in preferences:
        model = AffinityPropagation(preference=p, damping=0.9, random_state=RANDOM_STATE).fit(X)
        if len(model.cluster_centers_indices_) == k and (best is None or p > best):
            best = p
    return best
''', mistake="Hard-codes damping=0.9 instead of using the argument.",
          hint=r"damping argument, not a fixed 0\.9"),
    Wrong("ex9_5_preference", "returns_the_index", '''
def preference_for_k(X, k, preferences, damping=0.9):
    best = None
    for i, p in enumerate(preferences):
        model = AffinityPropagation(preference=p, damping=damping,
                                    random_state=RANDOM_STATE).fit(X)
        if len(model.cluster_centers_indices_) == k and (best is None or p > preferences[best]):
            best = i
    return best
''', mistake="Returns the position of the preference in the list, not its value.",
          hint=r"value.*not its position"),
    Wrong("ex9_5_preference", "minus_infinity_for_none", '''
def preference_for_k(X, k, preferences, damping=0.9):
    best = -np.inf
    for p in preferences:
        model = AffinityPropagation(preference=p, damping=damping,
                                    random_state=RANDOM_STATE).fit(X)
        if len(model.cluster_centers_indices_) == k:
            best = max(best, p)
    return best
''', mistake="Returns -inf instead of None when no preference gives k clusters.",
          hint=r"return None"),
    Wrong("ex9_5_preference", "counts_distinct_labels", '''
def preference_for_k(X, k, preferences, damping=0.9):
    best = None
    for p in preferences:
        model = AffinityPropagation(preference=p, damping=damping,
                                    random_state=RANDOM_STATE).fit(X)
        if len(np.unique(model.labels_)) == k and (best is None or p > best):
            best = p
    return best
''', mistake="Counts the distinct labels, so a fit with no exemplar (every label -1) counts as one cluster.",
          hint=r"number of exemplars"),

    # --- ex9_6: the comparison table
    Wrong("ex9_6_compare", "noise_as_a_cluster", '''
def compare(estimators, datasets):
    rows = []
    for data_name, make in datasets.items():
        X, y = make()
        for algo_name, estimator in estimators.items():
            start = time.perf_counter()
            labels = estimator.fit_predict(X)
            seconds = time.perf_counter() - start
            rows.append({"algorithm": algo_name, "dataset": data_name,
                         "ari": adjusted_rand_score(y, labels), "seconds": seconds})
    return pd.DataFrame(rows)
''', mistake="Scores with adjusted_rand_score, which treats the noise label -1 as a cluster.",
          hint=r"noise label -1 as one more cluster"),
    Wrong("ex9_6_compare", "raw_labels_compared", '''
def compare(estimators, datasets):
    rows = []
    for data_name, make in datasets.items():
        X, y = make()
        for algo_name, estimator in estimators.items():
            start = time.perf_counter()
            labels = estimator.fit_predict(X)
            seconds = time.perf_counter() - start
            rows.append({"algorithm": algo_name, "dataset": data_name,
                         "ari": float(np.mean(labels == y)), "seconds": seconds})
    return pd.DataFrame(rows)
''', mistake="Scores by the share of labels equal to y: raw labels, not partitions.",
          hint=r"numbering is arbitrary"),
    Wrong("ex9_6_compare", "timing_includes_making_the_data", '''
def compare(estimators, datasets):
    rows = []
    for data_name, make in datasets.items():
        start = time.perf_counter()
        X, y = make()
        for algo_name, estimator in estimators.items():
            labels = estimator.fit_predict(X)
            rows.append({"algorithm": algo_name, "dataset": data_name,
                         "ari": ari(y, labels), "seconds": time.perf_counter() - start})
            start = time.perf_counter()
    return pd.DataFrame(rows)
''', mistake="Starts the clock before making the data, so the first fit's time includes it.",
          hint=r"includes making the data"),
    Wrong("ex9_6_compare", "maker_called_for_every_estimator", '''
def compare(estimators, datasets):
    rows = []
    for algo_name, estimator in estimators.items():
        for data_name, make in datasets.items():
            X, y = make()
            start = time.perf_counter()
            labels = estimator.fit_predict(X)
            seconds = time.perf_counter() - start
            rows.append({"algorithm": algo_name, "dataset": data_name,
                         "ari": ari(y, labels), "seconds": seconds})
    return pd.DataFrame(rows)
''', mistake="Calls every maker once per estimator instead of once in all.",
          hint=r"exactly once"),
    Wrong("ex9_6_compare", "milliseconds", '''
def compare(estimators, datasets):
    rows = []
    for data_name, make in datasets.items():
        X, y = make()
        for algo_name, estimator in estimators.items():
            start = time.perf_counter()
            labels = estimator.fit_predict(X)
            rows.append({"algorithm": algo_name, "dataset": data_name, "ari": ari(y, labels),
                         "seconds": (time.perf_counter() - start) * 1000})
    return pd.DataFrame(rows)
''', mistake="Reports milliseconds in the seconds column.",
          hint=r"seconds, not milliseconds"),
    Wrong("ex9_6_compare", "cpu_time", '''
def compare(estimators, datasets):
    rows = []
    for data_name, make in datasets.items():
        X, y = make()
        for algo_name, estimator in estimators.items():
            start = time.process_time()
            labels = estimator.fit_predict(X)
            rows.append({"algorithm": algo_name, "dataset": data_name, "ari": ari(y, labels),
                         "seconds": time.process_time() - start})
    return pd.DataFrame(rows)
''', mistake="Measures CPU time (process_time), which misses the time a fit waits.",
          hint=r"wall-clock"),
    Wrong("ex9_6_compare", "clock_never_restarted", '''
def compare(estimators, datasets):
    rows = []
    for data_name, make in datasets.items():
        X, y = make()
        start = time.perf_counter()
        for algo_name, estimator in estimators.items():
            labels = estimator.fit_predict(X)
            rows.append({"algorithm": algo_name, "dataset": data_name, "ari": ari(y, labels),
                         "seconds": time.perf_counter() - start})
    return pd.DataFrame(rows)
''', mistake="Starts the clock once per dataset, so every time adds up the earlier fits.",
          hint=r"restart the clock"),
    Wrong("ex9_6_compare", "wide_table", '''
def compare(estimators, datasets):
    table = {}
    for data_name, make in datasets.items():
        X, y = make()
        table[data_name] = {name: ari(y, est.fit_predict(X)) for name, est in estimators.items()}
    return pd.DataFrame(table)
''', mistake="Returns a wide table of ARIs (datasets as columns) without the times.",
          hint=r"columns"),
    Wrong("ex9_6_compare", "noise_left_out", '''
def compare(estimators, datasets):
    rows = []
    for data_name, make in datasets.items():
        X, y = make()
        for algo_name, estimator in estimators.items():
            start = time.perf_counter()
            labels = estimator.fit_predict(X)
            seconds = time.perf_counter() - start
            kept = labels != -1
            rows.append({"algorithm": algo_name, "dataset": data_name,
                         "ari": adjusted_rand_score(y[kept], labels[kept]), "seconds": seconds})
    return pd.DataFrame(rows)
''', mistake="Leaves the noise instances out of the ARI instead of putting each in its own cluster.",
          hint=r"noise instances are left out"),

    # --- ex9_7: the empirical complexity
    Wrong("ex9_7_slope", "no_logs", '''
def empirical_slope(n_values, seconds):
    return float(np.polyfit(n_values, seconds, 1)[0])
''', mistake="Fits seconds against n, not their logarithms.",
          hint=r"logarithms of both"),
    Wrong("ex9_7_slope", "log_of_the_time_only", '''
def empirical_slope(n_values, seconds):
    return float(np.polyfit(n_values, np.log(seconds), 1)[0])
''', mistake="Takes the logarithm of the times only.",
          hint=r"logarithm of n too"),
    Wrong("ex9_7_slope", "log_of_n_only", '''
def empirical_slope(n_values, seconds):
    return float(np.polyfit(np.log(n_values), seconds, 1)[0])
''', mistake="Takes the logarithm of n only.",
          hint=r"logarithm of the times too"),
    Wrong("ex9_7_slope", "axes_swapped", '''
def empirical_slope(n_values, seconds):
    return float(np.polyfit(np.log(seconds), np.log(n_values), 1)[0])
''', mistake="Regresses log(n) on log(seconds): the axes are swapped.",
          hint=r"swapped"),
    Wrong("ex9_7_slope", "intercept", '''
def empirical_slope(n_values, seconds):
    return float(np.polyfit(np.log(n_values), np.log(seconds), 1)[1])
''', mistake="Returns the intercept (the second value of polyfit) instead of the slope.",
          hint=r"intercept"),
    Wrong("ex9_7_slope", "first_and_last_points", '''
def empirical_slope(n_values, seconds):
    n, t = np.asarray(n_values, dtype=float), np.asarray(seconds, dtype=float)
    return float((np.log(t[-1]) - np.log(t[0])) / (np.log(n[-1]) - np.log(n[0])))
''', mistake="Draws the line through the first and last points instead of fitting all of them.",
          hint=r"least squares.*every point"),
    Wrong("ex9_7_slope", "mixed_bases", '''
def empirical_slope(n_values, seconds):
    return float(np.polyfit(np.log(n_values), np.log10(seconds), 1)[0])
''', mistake="Uses the natural log for n and log10 for the times.",
          hint=r"same base"),
    Wrong("ex9_7_slope", "polyfit_result", '''
def empirical_slope(n_values, seconds):
    return np.polyfit(np.log(n_values), np.log(seconds), 1)
''', mistake="Returns polyfit's array (slope and intercept) instead of the slope.",
          hint=r"a float"),
]

ALTERNATIVE = [
    # --- ex9_1
    Alternative("ex9_1_linkages", "comprehension_and_strict_loop", '''
def linkage_scores(X, y_true, n_clusters):
    order = ["ward", "complete", "average", "single"]
    scores = {name: float(adjusted_rand_score(
        y_true, AgglomerativeClustering(n_clusters=n_clusters, linkage=name).fit(X).labels_))
        for name in order}
    best = order[0]
    for name in order[1:]:
        if scores[name] > scores[best]:
            best = name
    return scores, best
''', style="dict comprehension over labels_, best kept by a strict comparison"),
    Alternative("ex9_1_linkages", "scipy_maxclust", '''
from scipy.cluster.hierarchy import fcluster as _fcluster, linkage as _linkage

def linkage_scores(X, y_true, n_clusters):
    scores = {}
    for name in ("ward", "complete", "average", "single"):
        labels = _fcluster(_linkage(X, method=name), n_clusters, criterion="maxclust")
        scores[name] = adjusted_rand_score(y_true, labels)
    return scores, pd.Series(scores).idxmax()
''', style="SciPy's tree cut into n_clusters with maxclust; pandas idxmax"),
    Alternative("ex9_1_linkages", "argmax_of_a_list", '''
def linkage_scores(X, y_true, n_clusters):
    names = ("ward", "complete", "average", "single")
    values = [adjusted_rand_score(y_true, AgglomerativeClustering(
        n_clusters=n_clusters, linkage=name).fit_predict(np.asarray(X))) for name in names]
    return dict(zip(names, values)), names[int(np.argmax(values))]
''', style="a list of scores, np.argmax (first maximum)"),

    # --- ex9_2
    Alternative("ex9_2_cut", "scipy_fcluster", '''
def cut_hierarchy(X, threshold, method="ward"):
    return fcluster(linkage(X, method=method), t=threshold, criterion="distance")
''', style="SciPy linkage matrix and fcluster by distance (labels from 1)"),
    Alternative("ex9_2_cut", "scipy_cut_tree", '''
from scipy.cluster.hierarchy import cut_tree as _cut_tree

def cut_hierarchy(X, threshold, method="ward"):
    return _cut_tree(linkage(X, method=method), height=threshold).ravel()
''', style="SciPy's cut_tree at a height"),
    Alternative("ex9_2_cut", "merges_by_hand", '''
def cut_hierarchy(X, threshold, method="ward"):
    Z = linkage(X, method=method)
    n = len(X)
    members = {i: [i] for i in range(n)}
    for i, (a, b, height, _) in enumerate(Z):
        if height >= threshold:
            break
        members[n + i] = members.pop(int(a)) + members.pop(int(b))
    labels = np.empty(n, dtype=int)
    for label, rows in enumerate(members.values()):
        labels[rows] = label
    return labels
''', style="replays the merges below the threshold from the linkage matrix"),
    Alternative("ex9_2_cut", "full_tree_labels_attribute", '''
def cut_hierarchy(X, threshold, method="ward"):
    model = AgglomerativeClustering(n_clusters=None, distance_threshold=float(threshold),
                                    linkage=method, compute_full_tree=True)
    model.fit(np.array(X, dtype=float))
    return np.asarray(model.labels_)
''', style="explicit compute_full_tree and labels_ after fit"),

    # --- ex9_3
    Alternative("ex9_3_range", "sklearn_distances", '''
def threshold_range(X, k, method="ward"):
    model = AgglomerativeClustering(n_clusters=1, linkage=method, compute_distances=True).fit(X)
    heights = np.concatenate([[0.0], np.sort(model.distances_), [np.inf]])
    n = len(X)
    return float(heights[n - k]), float(heights[n - k + 1])
''', style="scikit-learn distances_, padded with 0 and infinity"),
    Alternative("ex9_3_range", "from_the_end_of_z", '''
def threshold_range(X, k, method="ward"):
    Z = linkage(X, method=method)
    low = Z[-k, 2] if k < len(X) else 0.0
    high = Z[-k + 1, 2] if k > 1 else np.inf
    return (float(low), float(high))
''', style="indexes the linkage matrix from its last merge"),
    Alternative("ex9_3_range", "count_heights_above", '''
def threshold_range(X, k, method="ward"):
    heights = sorted(linkage(X, method=method)[:, 2].tolist())
    # a cut between two heights leaves one cluster per height above it, plus one
    above = k - 1
    low = heights[len(heights) - above - 1] if above < len(heights) else 0.0
    high = heights[len(heights) - above] if above > 0 else float("inf")
    return low, high
''', style="counts the merge heights above the cut, plain Python lists"),

    # --- ex9_4
    Alternative("ex9_4_circles", "rbf_gamma_50", '''
def cluster_circles(X):
    model = SpectralClustering(n_clusters=2, affinity="rbf", gamma=50.0,
                               random_state=RANDOM_STATE)
    model.fit(X)
    return model
''', style="RBF affinity with a large gamma"),
    Alternative("ex9_4_circles", "rbf_cluster_qr", '''
def cluster_circles(X):
    return SpectralClustering(n_clusters=2, gamma=100, assign_labels="cluster_qr",
                              random_state=RANDOM_STATE).fit(X)
''', style="RBF, gamma 100, QR-based label assignment"),
    Alternative("ex9_4_circles", "precomputed_graph", '''
def cluster_circles(X):
    graph = kneighbors_graph(X, n_neighbors=8, mode="distance")
    return SpectralClustering(n_clusters=2, affinity="precomputed_nearest_neighbors",
                              n_neighbors=8, random_state=RANDOM_STATE).fit(graph)
''', style="a precomputed nearest-neighbours graph"),
    Alternative("ex9_4_circles", "seven_neighbours_discretize", '''
def cluster_circles(X):
    return SpectralClustering(n_clusters=2, affinity="nearest_neighbors", n_neighbors=7,
                              assign_labels="discretize", random_state=RANDOM_STATE).fit(X)
''', style="7 neighbours, discretize label assignment"),

    # --- ex9_5
    Alternative("ex9_5_preference", "counts_then_max", '''
def preference_for_k(X, k, preferences, damping=0.9):
    counts = {}
    for p in preferences:
        ap = AffinityPropagation(preference=p, damping=damping, random_state=RANDOM_STATE)
        counts[p] = len(ap.fit(X).cluster_centers_indices_)
    matching = [p for p, count in counts.items() if count == k]
    return max(matching, default=None)
''', style="a dict of counts, max with a default"),
    Alternative("ex9_5_preference", "sorted_descending", '''
def preference_for_k(X, k, preferences, damping=0.9):
    for p in sorted(preferences, reverse=True):
        model = AffinityPropagation(preference=p, damping=damping, random_state=RANDOM_STATE)
        model.fit(X)
        if len(model.cluster_centers_) == k:
            return p
    return None
''', style="tries the largest preference first, counts cluster_centers_"),
    Alternative("ex9_5_preference", "labels_without_noise", '''
def preference_for_k(X, k, preferences, damping=0.9):
    found = None
    for p in list(preferences):
        labels = AffinityPropagation(preference=p, damping=damping,
                                     random_state=RANDOM_STATE).fit_predict(X)
        if len(set(labels.tolist()) - {-1}) == k:
            found = p if found is None else max(found, p)
    return found
''', style="counts distinct labels other than -1"),

    # --- ex9_6
    Alternative("ex9_6_compare", "product_and_clone", '''
import itertools
from sklearn.base import clone

def compare(estimators, datasets):
    data = {name: make() for name, make in datasets.items()}
    records = []
    for (a, est), (d, (X, y)) in itertools.product(estimators.items(), data.items()):
        model = clone(est)
        t0 = time.perf_counter()
        labels = model.fit_predict(X)
        records.append((a, d, ari(y, labels), time.perf_counter() - t0))
    return pd.DataFrame(records, columns=["algorithm", "dataset", "ari", "seconds"])
''', style="itertools.product over cloned estimators, a list of tuples"),
    Alternative("ex9_6_compare", "concat_of_rows", '''
from timeit import default_timer

def compare(estimators, datasets):
    frames = []
    for data_name, make in datasets.items():
        X, y = make()
        for algo_name, estimator in estimators.items():
            begin = default_timer()
            labels = np.asarray(estimator.fit_predict(X))
            elapsed = default_timer() - begin
            noise = labels == -1
            labels = np.where(noise, -np.arange(1, len(labels) + 1), labels)  # noise apart
            frames.append(pd.DataFrame({"algorithm": [algo_name], "dataset": [data_name],
                                        "seconds": [elapsed],
                                        "ari": [adjusted_rand_score(y, labels)]}))
    return pd.concat(frames, ignore_index=True)
''', style="pd.concat of one-row frames, timeit's timer, noise made apart by hand"),
    Alternative("ex9_6_compare", "multiindex_then_reset", '''
def compare(estimators, datasets):
    results = {}
    for data_name, make in datasets.items():
        X, y = make()
        for algo_name, estimator in estimators.items():
            start = time.perf_counter()
            labels = estimator.fit_predict(X)
            stop = time.perf_counter()
            results[algo_name, data_name] = {"ari": ari(y, labels), "seconds": stop - start}
    table = pd.DataFrame.from_dict(results, orient="index")
    table.index.names = ["algorithm", "dataset"]
    return table.reset_index()
''', style="a dict keyed by pairs, a MultiIndex turned into columns"),

    # --- ex9_7
    Alternative("ex9_7_slope", "linregress", '''
from scipy.stats import linregress

def empirical_slope(n_values, seconds):
    return float(linregress(np.log10(n_values), np.log10(seconds)).slope)
''', style="scipy.stats.linregress on base-10 logarithms"),
    Alternative("ex9_7_slope", "lstsq", '''
def empirical_slope(n_values, seconds):
    x = np.log2(np.array(n_values, dtype=float))
    A = np.column_stack([x, np.ones_like(x)])
    coefficients, *_ = np.linalg.lstsq(A, np.log2(np.array(seconds, dtype=float)), rcond=None)
    return float(coefficients[0])
''', style="np.linalg.lstsq on base-2 logarithms"),
    Alternative("ex9_7_slope", "covariance_formula", '''
import math

def empirical_slope(n_values, seconds):
    xs = [math.log(v) for v in n_values]
    ys = [math.log(v) for v in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
''', style="the closed form cov / var in plain Python"),
    Alternative("ex9_7_slope", "statistics_module", '''
import math
import statistics

def empirical_slope(n_values, seconds):
    fit = statistics.linear_regression([math.log(n) for n in n_values],
                                       [math.log(s) for s in seconds])
    return fit.slope
''', style="statistics.linear_regression"),
]

EQUIVALENT_MUTANTS = {
    "ex9_4_circles:drop_keyword:4:12:n_neighbors":
        "SpectralClustering's default n_neighbors is 10, the value the key passes: the same model.",
    "ex9_4_circles:constant:4:87:10":
        "11 neighbours also separate the circles: the statement leaves the affinity's parameter "
        "to the student, and every value from about 6 to 12 is a correct answer (the tests "
        "reject 5 and 20, where the graph falls apart or links the circles).",
    "ex9_5_preference:drop_keyword:6:16:random_state":
        "AffinityPropagation's seed only adds relative noise of about 1e-16 to the similarities to "
        "break exact ties; it never changes the number of exemplars on these data, and the "
        "statement does not require it.",
    "ex9_5_preference:compare:8:73:0":
        "p >= best instead of p > best: on equal preferences the returned value is the same.",
    "ex9_7_slope:drop_keyword:4:15:dtype":
        "np.log of an integer array is the same float array as of its float copy.",
    "ex9_7_slope:drop_keyword:5:15:dtype":
        "np.log of an integer array is the same float array as of its float copy.",
}
