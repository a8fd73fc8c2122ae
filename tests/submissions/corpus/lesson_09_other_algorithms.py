"""Student-written corpus for lesson 09_other_algorithms: written from the student copy alone."""
from tests.submissions import Alternative, Wrong

ALTERNATIVE = [
    # ---------------- ex9_1_linkages ----------------
    Alternative("ex9_1_linkages", "dict_comprehension_max_get", '''
def linkage_scores(X, y_true, n_clusters):
    """(ARI of every linkage's clusters with y_true, the best linkage's name)."""
    scores = {name: adjusted_rand_score(
                  y_true, AgglomerativeClustering(n_clusters=n_clusters, linkage=name).fit_predict(X))
              for name in ("ward", "complete", "average", "single")}
    best = max(scores, key=scores.get)        # max keeps the first of equal keys: the order of the dict
    return scores, best
''', style="dict comprehension, max(scores, key=scores.get) relying on insertion order for ties"),
    Alternative("ex9_1_linkages", "loop_strict_greater", '''
def linkage_scores(X, y_true, n_clusters):
    """(ARI of every linkage's clusters with y_true, the best linkage's name)."""
    scores = {}
    best, best_score = None, -np.inf
    for name in ["ward", "complete", "average", "single"]:
        model = AgglomerativeClustering(n_clusters=n_clusters, linkage=name)
        model.fit(X)
        score = float(adjusted_rand_score(y_true, model.labels_))
        scores[name] = score
        if score > best_score:                # strict: a later tie does not replace the first
            best, best_score = name, score
    return (scores, best)
''', style="explicit loop with .fit().labels_ and a running best updated on a strict >"),
    Alternative("ex9_1_linkages", "pandas_idxmax", '''
def linkage_scores(X, y_true, n_clusters):
    """(ARI of every linkage's clusters with y_true, the best linkage's name)."""
    names = ["ward", "complete", "average", "single"]
    aris = pd.Series([adjusted_rand_score(np.asarray(y_true),
                                          AgglomerativeClustering(n_clusters=n_clusters,
                                                                  linkage=n).fit_predict(np.asarray(X)))
                      for n in names], index=names)
    return aris.to_dict(), str(aris.idxmax())     # idxmax: first occurrence of the maximum
''', style="pandas Series indexed by linkage name, idxmax for the best, to_dict for the scores"),
    Alternative("ex9_1_linkages", "argmax_over_array", '''
def linkage_scores(X, y_true, n_clusters):
    """(ARI of every linkage's clusters with y_true, the best linkage's name)."""
    order_ = ("ward", "complete", "average", "single")
    values = np.array([adjusted_rand_score(labels_true=y_true,
                                           labels_pred=AgglomerativeClustering(
                                               linkage=name, n_clusters=n_clusters).fit(X).labels_)
                       for name in order_])
    return dict(zip(order_, values.tolist())), order_[int(np.argmax(values))]
''', style="NumPy array of the scores and np.argmax (first maximum), dict(zip(...)), keyword arguments"),

    # ---------------- ex9_2_cut ----------------
    Alternative("ex9_2_cut", "scipy_fcluster_distance", '''
def cut_hierarchy(X, threshold, method="ward"):
    """Cluster labels of X: the tree of linkage `method`, cut at height `threshold`."""
    Z = linkage(X, method=method)
    return fcluster(Z, t=threshold, criterion="distance")
''', style="SciPy linkage matrix and fcluster(criterion='distance'), labels numbered from 1"),
    Alternative("ex9_2_cut", "sklearn_distance_threshold", '''
def cut_hierarchy(X, threshold, method="ward"):
    """Cluster labels of X: the tree of linkage `method`, cut at height `threshold`."""
    model = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold,
                                    linkage=method, compute_full_tree=True)
    return np.asarray(model.fit_predict(X))
''', style="AgglomerativeClustering with distance_threshold, explicit compute_full_tree, fit_predict"),
    Alternative("ex9_2_cut", "union_find_by_hand", '''
def cut_hierarchy(X, threshold, method="ward"):
    """Cluster labels of X: the tree of linkage `method`, cut at height `threshold`."""
    n = len(X)
    Z = linkage(np.array(X, dtype=float), method=method)
    parent = list(range(2 * n - 1))           # instances 0..n-1, merged clusters n..2n-2

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for row, (a, b, height, _) in enumerate(Z):
        if height < threshold:                # merges below the cut are made
            parent[root(int(a))] = n + row
            parent[root(int(b))] = n + row
    roots = [root(i) for i in range(n)]
    _, labels = np.unique(roots, return_inverse=True)
    return labels
''', style="replays the merges of the linkage matrix below the cut with a union-find, np.unique for the labels"),
    Alternative("ex9_2_cut", "maxclust_from_count", '''
def cut_hierarchy(X, threshold, method="ward"):
    """Cluster labels of X: the tree of linkage `method`, cut at height `threshold`."""
    Z = linkage(X, method)
    n_merges_below = int(np.count_nonzero(Z[:, 2] < threshold))
    k = len(X) - n_merges_below               # one cluster plus one per merge above the cut
    if k == len(X):
        return np.arange(len(X))
    return fcluster(Z, k, criterion="maxclust")
''', style="counts the merges below the cut to get the number of clusters, then fcluster(criterion='maxclust')"),

    # ---------------- ex9_3_range ----------------
    Alternative("ex9_3_range", "padded_heights", '''
def threshold_range(X, k, method="ward"):
    """(low, high): every cut strictly between these heights leaves exactly k clusters."""
    n = len(X)
    heights = np.sort(linkage(X, method=method)[:, 2])
    padded = np.concatenate([[0.0], heights, [np.inf]])   # padded[j] = h_j, with h_0 = 0, h_n = inf
    return float(padded[n - k]), float(padded[n - k + 1])
''', style="pads the sorted heights with 0 and inf, then indexes n - k and n - k + 1"),
    Alternative("ex9_3_range", "sklearn_distances_if_else", '''
def threshold_range(X, k, method="ward"):
    """(low, high): every cut strictly between these heights leaves exactly k clusters."""
    n = len(X)
    if n == 1:
        return 0.0, np.inf
    model = AgglomerativeClustering(n_clusters=1, linkage=method, compute_distances=True).fit(X)
    heights = sorted(model.distances_.tolist())
    j = n - k                                  # merges made for k clusters
    low = 0.0 if j == 0 else heights[j - 1]
    high = np.inf if j == n - 1 else heights[j]
    return (float(low), float(high))
''', style="distances_ of a full-tree AgglomerativeClustering(compute_distances=True), if/else for the two ends"),
    Alternative("ex9_3_range", "descending_from_top", '''
def threshold_range(X, k, method="ward"):
    """(low, high): every cut strictly between these heights leaves exactly k clusters."""
    top_down = np.sort(linkage(np.asarray(X), method=method)[:, 2])[::-1]   # highest merge first
    # cutting just below the i-th highest merge leaves i + 1 clusters
    high = top_down[k - 2] if k >= 2 else np.inf
    low = top_down[k - 1] if k - 1 < len(top_down) else 0.0
    return float(low), float(high)
''', style="reads the heights from the top of the tree down (the k-1 highest merges are not made)"),
    Alternative("ex9_3_range", "count_cut_loop", '''
def threshold_range(X, k, method="ward"):
    """(low, high): every cut strictly between these heights leaves exactly k clusters."""
    n = len(X)
    edges = [0.0] + sorted(float(h) for h in linkage(X, method=method)[:, 2]) + [float("inf")]
    for low, high in zip(edges[:-1], edges[1:]):
        middle = (low + high) / 2 if np.isfinite(high) else low + 1.0
        merges_made = sum(h < middle for h in edges[1:-1])
        if n - merges_made == k:
            return low, high
''', style="walks the intervals between consecutive heights and counts the clusters a cut in each leaves"),

    # ---------------- ex9_4_circles ----------------
    Alternative("ex9_4_circles", "rbf_gamma_50_student", '''
def cluster_circles(X):
    """A SpectralClustering fitted on X (two concentric circles), one cluster per circle."""
    model = SpectralClustering(n_clusters=2, affinity="rbf", gamma=50, random_state=RANDOM_STATE)
    return model.fit(X)
''', style="RBF affinity with a large gamma=50, fit returns the model"),
    Alternative("ex9_4_circles", "knn_graph_10", '''
def cluster_circles(X):
    """A SpectralClustering fitted on X (two concentric circles), one cluster per circle."""
    model = SpectralClustering(n_clusters=2, affinity="nearest_neighbors", n_neighbors=10,
                               random_state=RANDOM_STATE)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        model.fit_predict(X)
    return model
''', style="nearest-neighbours graph of 10 neighbours, fit_predict inside a warnings filter, model returned"),
    Alternative("ex9_4_circles", "knn_graph_7_set_params", '''
def cluster_circles(X):
    """A SpectralClustering fitted on X (two concentric circles), one cluster per circle."""
    model = SpectralClustering(random_state=RANDOM_STATE)
    model.set_params(n_clusters=2, affinity="nearest_neighbors", n_neighbors=7)
    model.fit(np.asarray(X))
    return model
''', style="set_params after construction, a 7-neighbour graph"),
    Alternative("ex9_4_circles", "rbf_gamma_30_kwargs", '''
def cluster_circles(X):
    """A SpectralClustering fitted on X (two concentric circles), one cluster per circle."""
    params = {"n_clusters": 2, "affinity": "rbf", "gamma": 30.0, "random_state": RANDOM_STATE}
    spectral_student = SpectralClustering(**params)
    spectral_student.fit(X)
    return spectral_student
''', style="parameters in a dict unpacked with **, RBF gamma=30.0"),

    # ---------------- ex9_5_preference ----------------
    Alternative("ex9_5_preference", "sorted_descending_first_hit", '''
def preference_for_k(X, k, preferences, damping=0.9):
    """The largest preference whose affinity propagation finds k clusters, or None."""
    for p in sorted(preferences, reverse=True):       # sorted() makes a new list
        model = AffinityPropagation(preference=p, damping=damping, random_state=RANDOM_STATE)
        model.fit(X)
        if len(model.cluster_centers_indices_) == k:
            return p
    return None
''', style="tries the preferences from the largest down on a sorted copy, returns the first hit"),
    Alternative("ex9_5_preference", "collect_then_max", '''
def preference_for_k(X, k, preferences, damping=0.9):
    """The largest preference whose affinity propagation finds k clusters, or None."""
    hits = []
    for p in preferences:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")           # unconverged fits count as they come
            ap = AffinityPropagation(preference=p, damping=damping,
                                     random_state=RANDOM_STATE).fit(X)
        if len(ap.cluster_centers_indices_) == k:
            hits.append(p)
    return max(hits) if hits else None
''', style="fits every preference in the given order, collects the hits, max() or None"),
    Alternative("ex9_5_preference", "generator_max_default", '''
def preference_for_k(X, k, preferences, damping=0.9):
    """The largest preference whose affinity propagation finds k clusters, or None."""
    def n_exemplars_student(p):
        return len(AffinityPropagation(preference=p, damping=damping,
                                       random_state=RANDOM_STATE).fit(X).cluster_centers_indices_)
    return max((p for p in preferences if n_exemplars_student(p) == k), default=None)
''', style="helper function and a generator inside max(..., default=None)"),

    # ---------------- ex9_6_compare ----------------
    Alternative("ex9_6_compare", "records_list_of_dicts", '''
def compare(estimators, datasets):
    """One row per (estimator, dataset): the ARI with the true labels and the fit seconds."""
    rows = []
    for data_name, make in datasets.items():
        X, y = make()
        for algo_name, estimator in estimators.items():
            start = time.perf_counter()
            labels = estimator.fit_predict(X)
            seconds = time.perf_counter() - start
            rows.append({"algorithm": algo_name, "dataset": data_name,
                         "ari": float(ari(y, labels)), "seconds": float(seconds)})
    return pd.DataFrame(rows)
''', style="datasets outer loop, list of dicts turned into a DataFrame"),
    Alternative("ex9_6_compare", "clone_estimators_outer", '''
from sklearn.base import clone

def compare(estimators, datasets):
    """One row per (estimator, dataset): the ARI with the true labels and the fit seconds."""
    data = {name: make() for name, make in datasets.items()}     # every maker called once
    columns = {"algorithm": [], "dataset": [], "ari": [], "seconds": []}
    for algo_name, estimator in estimators.items():
        for data_name, (X, y) in data.items():
            model = clone(estimator)
            t0 = time.perf_counter()
            labels = model.fit_predict(X)
            t1 = time.perf_counter()
            columns["algorithm"].append(algo_name)
            columns["dataset"].append(data_name)
            columns["ari"].append(ari(y, labels))
            columns["seconds"].append(t1 - t0)
    return pd.DataFrame(columns)
''', style="makes all the data first, estimators outer loop on clones, a dict of column lists"),
    Alternative("ex9_6_compare", "tuples_perf_counter_ns", '''
def compare(estimators, datasets):
    """One row per (estimator, dataset): the ARI with the true labels and the fit seconds."""
    records = []
    for data_name in datasets:
        X, y = datasets[data_name]()
        for algo_name in estimators:
            begin = time.perf_counter_ns()
            labels = estimators[algo_name].fit_predict(X)
            elapsed = (time.perf_counter_ns() - begin) / 1e9          # nanoseconds -> seconds
            records.append((algo_name, data_name, ari(y, labels), elapsed))
    return pd.DataFrame.from_records(records, columns=["algorithm", "dataset", "ari", "seconds"])
''', style="perf_counter_ns converted to seconds, tuples and DataFrame.from_records with column names"),
    Alternative("ex9_6_compare", "concat_one_row_frames", '''
def compare(estimators, datasets):
    """One row per (estimator, dataset): the ARI with the true labels and the fit seconds."""
    pieces = []
    made = [(name, *make()) for name, make in datasets.items()]
    for data_name, X, y in made:
        for algo_name, estimator in estimators.items():
            tic = time.perf_counter()
            labels = estimator.fit_predict(X)
            toc = time.perf_counter()
            score = ari(y, labels)
            pieces.append(pd.DataFrame({"algorithm": [algo_name], "dataset": [data_name],
                                        "ari": [score], "seconds": [toc - tic]}))
    return pd.concat(pieces, ignore_index=True)
''', style="one-row DataFrames concatenated with pd.concat(ignore_index=True)"),

    # ---------------- ex9_7_slope ----------------
    Alternative("ex9_7_slope", "polyfit_natural_log", '''
def empirical_slope(n_values, seconds):
    """Least-squares slope of log(seconds) against log(n): the a of seconds ~ c * n**a."""
    slope, _intercept = np.polyfit(np.log(n_values), np.log(seconds), deg=1)
    return float(slope)
''', style="np.polyfit of degree 1 on natural logarithms"),
    Alternative("ex9_7_slope", "covariance_formula_log10", '''
def empirical_slope(n_values, seconds):
    """Least-squares slope of log(seconds) against log(n): the a of seconds ~ c * n**a."""
    x = np.log10(np.asarray(n_values, dtype=float))
    y = np.log10(np.asarray(seconds, dtype=float))
    dx, dy = x - x.mean(), y - y.mean()
    return float(np.sum(dx * dy) / np.sum(dx * dx))
''', style="by-hand least-squares formula cov(x, y) / var(x) on base-10 logarithms"),
    Alternative("ex9_7_slope", "linregress_log2", '''
from scipy.stats import linregress

def empirical_slope(n_values, seconds):
    """Least-squares slope of log(seconds) against log(n): the a of seconds ~ c * n**a."""
    result = linregress(np.log2(list(n_values)), np.log2(list(seconds)))
    return float(result.slope)
''', style="scipy.stats.linregress on base-2 logarithms"),
    Alternative("ex9_7_slope", "lstsq_design_matrix", '''
import math

def empirical_slope(n_values, seconds):
    """Least-squares slope of log(seconds) against log(n): the a of seconds ~ c * n**a."""
    log_n = [math.log(v) for v in n_values]
    log_t = [math.log(s) for s in seconds]
    A = np.column_stack([log_n, np.ones(len(log_n))])
    (a, _c), *_ = np.linalg.lstsq(A, np.array(log_t), rcond=None)
    return float(a)
''', style="math.log in list comprehensions and np.linalg.lstsq on a design matrix [log n, 1]"),
]

WRONG = [
    # ---------------- ex9_1_linkages ----------------
    Wrong("ex9_1_linkages", "accuracy_not_ari", '''
def linkage_scores(X, y_true, n_clusters):
    """(ARI of every linkage's clusters with y_true, the best linkage's name)."""
    scores = {}
    for name in ("ward", "complete", "average", "single"):
        labels = AgglomerativeClustering(n_clusters=n_clusters, linkage=name).fit_predict(X)
        scores[name] = float(np.mean(labels == np.asarray(y_true)))
    return scores, max(scores, key=scores.get)
''', mistake="Scores each linkage by the share of labels equal to y_true, which depends on the arbitrary numbering of the clusters, instead of the adjusted Rand index.",
      hint=r"adjusted_rand_score|numbering|partitions"),
    Wrong("ex9_1_linkages", "linkage_not_passed_student", '''
def linkage_scores(X, y_true, n_clusters):
    """(ARI of every linkage's clusters with y_true, the best linkage's name)."""
    scores = {}
    for name in ("ward", "complete", "average", "single"):
        labels = AgglomerativeClustering(n_clusters=n_clusters).fit_predict(X)
        scores[name] = adjusted_rand_score(y_true, labels)
    return scores, max(scores, key=scores.get)
''', mistake="Forgets to pass linkage=name, so all four scores are ward's.",
      hint=r"linkage=name|ward's"),
    Wrong("ex9_1_linkages", "lowest_is_best", '''
def linkage_scores(X, y_true, n_clusters):
    """(ARI of every linkage's clusters with y_true, the best linkage's name)."""
    scores = {name: adjusted_rand_score(
                  y_true, AgglomerativeClustering(n_clusters=n_clusters, linkage=name).fit_predict(X))
              for name in ("ward", "complete", "average", "single")}
    return scores, min(scores, key=scores.get)
''', mistake="Returns the linkage with the lowest ARI instead of the highest.",
      hint=r"highest|lowest"),
    Wrong("ex9_1_linkages", "last_of_ties", '''
def linkage_scores(X, y_true, n_clusters):
    """(ARI of every linkage's clusters with y_true, the best linkage's name)."""
    scores, best, best_score = {}, None, -np.inf
    for name in ("ward", "complete", "average", "single"):
        labels = AgglomerativeClustering(n_clusters=n_clusters, linkage=name).fit_predict(X)
        scores[name] = adjusted_rand_score(y_true, labels)
        if scores[name] >= best_score:
            best, best_score = name, scores[name]
    return scores, best
''', mistake="Compares with >= so that a tie goes to the last of the tied linkages instead of the first in the order ward, complete, average, single.",
      hint=r"tie|first of the tied"),
    Wrong("ex9_1_linkages", "fixed_three_clusters", '''
def linkage_scores(X, y_true, n_clusters):
    """(ARI of every linkage's clusters with y_true, the best linkage's name)."""
    scores = {}
    for name in ("ward", "complete", "average", "single"):
        labels = AgglomerativeClustering(n_clusters=3, linkage=name).fit_predict(X)
        scores[name] = adjusted_rand_score(y_true, labels)
    return scores, max(scores, key=scores.get)
''', mistake="Hard-codes 3 clusters (the blobs) and ignores the n_clusters argument.",
      hint=r"n_clusters"),
    Wrong("ex9_1_linkages", "scores_as_list", '''
def linkage_scores(X, y_true, n_clusters):
    """(ARI of every linkage's clusters with y_true, the best linkage's name)."""
    names = ["ward", "complete", "average", "single"]
    scores = [adjusted_rand_score(y_true, AgglomerativeClustering(
        n_clusters=n_clusters, linkage=name).fit_predict(X)) for name in names]
    return scores, names[int(np.argmax(scores))]
''', mistake="Returns the scores as a list in the order of the linkages instead of a dict keyed by linkage name.",
      hint=r"dict"),

    # ---------------- ex9_2_cut ----------------
    Wrong("ex9_2_cut", "fcluster_default_criterion_student", '''
def cut_hierarchy(X, threshold, method="ward"):
    """Cluster labels of X: the tree of linkage `method`, cut at height `threshold`."""
    return fcluster(linkage(X, method=method), threshold)
''', mistake="Calls fcluster with its default criterion 'inconsistent' instead of criterion='distance'.",
      hint=r"criterion|inconsistent"),
    Wrong("ex9_2_cut", "maxclust_reads_count", '''
def cut_hierarchy(X, threshold, method="ward"):
    """Cluster labels of X: the tree of linkage `method`, cut at height `threshold`."""
    return fcluster(linkage(X, method=method), threshold, criterion="maxclust")
''', mistake="Uses criterion='maxclust', which reads the threshold as a number of clusters instead of a height.",
      hint=r"maxclust|number of clusters|height"),
    Wrong("ex9_2_cut", "method_ignored_student", '''
def cut_hierarchy(X, threshold, method="ward"):
    """Cluster labels of X: the tree of linkage `method`, cut at height `threshold`."""
    model = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold)
    return model.fit_predict(X)
''', mistake="Does not pass the method on as the linkage, so every cut is a cut of the ward tree.",
      hint=r"method|linkage"),
    Wrong("ex9_2_cut", "both_n_clusters_and_threshold", '''
def cut_hierarchy(X, threshold, method="ward"):
    """Cluster labels of X: the tree of linkage `method`, cut at height `threshold`."""
    model = AgglomerativeClustering(distance_threshold=threshold, linkage=method)
    return model.fit_predict(X)
''', mistake="Leaves n_clusters at its default 2 while setting distance_threshold, which raises a ValueError (exactly one of the two must be set).",
      hint=r"n_clusters=None|both|exactly one"),
    Wrong("ex9_2_cut", "returns_number_of_clusters", '''
def cut_hierarchy(X, threshold, method="ward"):
    """Cluster labels of X: the tree of linkage `method`, cut at height `threshold`."""
    model = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold,
                                    linkage=method).fit(X)
    return model.n_clusters_
''', mistake="Returns the number of clusters (n_clusters_) instead of one label per row of X.",
      hint=r"array|one (cluster )?label per|labels"),
    Wrong("ex9_2_cut", "squared_threshold_student", '''
def cut_hierarchy(X, threshold, method="ward"):
    """Cluster labels of X: the tree of linkage `method`, cut at height `threshold`."""
    Z = linkage(X, method=method)
    return fcluster(Z, threshold ** 2, criterion="distance")
''', mistake="Squares the threshold, as if the merge heights were squared distances, so the tree is cut at the wrong height.",
      hint=r"height|threshold"),

    # ---------------- ex9_3_range ----------------
    Wrong("ex9_3_range", "off_by_one_index", '''
def threshold_range(X, k, method="ward"):
    """(low, high): every cut strictly between these heights leaves exactly k clusters."""
    heights = np.sort(linkage(X, method=method)[:, 2])
    n = len(X)
    return float(heights[n - k]), float(heights[n - k + 1])
''', mistake="Indexes the 0-based sorted heights as if they were h_1, h_2, ...: the range is one merge too high (k - 1 clusters).",
      hint=r"clusters|one merge|off by one"),
    Wrong("ex9_3_range", "k1_highest_merge", '''
def threshold_range(X, k, method="ward"):
    """(low, high): every cut strictly between these heights leaves exactly k clusters."""
    heights = np.sort(linkage(X, method=method)[:, 2])
    n = len(X)
    j = n - k
    low = 0.0 if j == 0 else heights[j - 1]
    high = heights[min(j, n - 2)]
    return float(low), float(high)
''', mistake="For k = 1 returns the highest merge height as high instead of np.inf (and an empty range).",
      hint=r"inf|k = 1|k=1"),
    Wrong("ex9_3_range", "kn_low_not_zero", '''
def threshold_range(X, k, method="ward"):
    """(low, high): every cut strictly between these heights leaves exactly k clusters."""
    heights = np.sort(linkage(X, method=method)[:, 2])
    n = len(X)
    j = n - k
    low = heights[max(j - 1, 0)]
    high = np.inf if j == n - 1 else heights[j]
    return float(low), float(high)
''', mistake="For k = n returns the lowest merge height as low instead of 0.0, so the range is empty.",
      hint=r"0\.0|k = n|k=n"),
    Wrong("ex9_3_range", "method_ignored_student", '''
def threshold_range(X, k, method="ward"):
    """(low, high): every cut strictly between these heights leaves exactly k clusters."""
    padded = np.concatenate([[0.0], np.sort(linkage(X)[:, 2]), [np.inf]])
    n = len(X)
    return float(padded[n - k]), float(padded[n - k + 1])
''', mistake="Calls SciPy's linkage without method, so it uses its default 'single' linkage whatever the method argument.",
      hint=r"method|linkage"),
    Wrong("ex9_3_range", "swapped_order", '''
def threshold_range(X, k, method="ward"):
    """(low, high): every cut strictly between these heights leaves exactly k clusters."""
    padded = np.concatenate([[0.0], np.sort(linkage(X, method=method)[:, 2]), [np.inf]])
    n = len(X)
    return float(padded[n - k + 1]), float(padded[n - k])
''', mistake="Returns (high, low) instead of (low, high).",
      hint=r"low.*high|order|swap"),
    Wrong("ex9_3_range", "returns_list", '''
def threshold_range(X, k, method="ward"):
    """(low, high): every cut strictly between these heights leaves exactly k clusters."""
    padded = np.concatenate([[0.0], np.sort(linkage(X, method=method)[:, 2]), [np.inf]])
    n = len(X)
    return padded[n - k:n - k + 2].tolist()
''', mistake="Returns a list instead of the tuple (low, high) the statement asks for.",
      hint=r"tuple|list"),

    # ---------------- ex9_4_circles ----------------
    Wrong("ex9_4_circles", "default_gamma", '''
def cluster_circles(X):
    """A SpectralClustering fitted on X (two concentric circles), one cluster per circle."""
    return SpectralClustering(n_clusters=2, random_state=RANDOM_STATE).fit(X)
''', mistake="Keeps the default RBF gamma=1.0, for which the two circles are strongly linked, so the cut does not separate them.",
      hint=r"gamma|ARI|circles"),
    Wrong("ex9_4_circles", "too_few_neighbours_student", '''
def cluster_circles(X):
    """A SpectralClustering fitted on X (two concentric circles), one cluster per circle."""
    return SpectralClustering(n_clusters=2, affinity="nearest_neighbors", n_neighbors=3,
                              random_state=RANDOM_STATE).fit(X)
''', mistake="Uses so few neighbours (3) that the graph of a circle falls apart into pieces and the cut separates two pieces instead of the circles.",
      hint=r"n_neighbors|ARI|circles"),
    Wrong("ex9_4_circles", "kmeans_instead_student", '''
def cluster_circles(X):
    """A SpectralClustering fitted on X (two concentric circles), one cluster per circle."""
    return KMeans(n_clusters=2, n_init=10, random_state=RANDOM_STATE).fit(X)
''', mistake="Returns a fitted KMeans instead of a SpectralClustering (and k-means cannot separate nested circles).",
      hint=r"SpectralClustering"),
    Wrong("ex9_4_circles", "not_fitted", '''
def cluster_circles(X):
    """A SpectralClustering fitted on X (two concentric circles), one cluster per circle."""
    model = SpectralClustering(n_clusters=2, affinity="rbf", gamma=50, random_state=RANDOM_STATE)
    labels = model.fit_predict(np.array(X))
    return SpectralClustering(n_clusters=2, affinity="rbf", gamma=50, random_state=RANDOM_STATE)
''', mistake="Returns a new, unfitted SpectralClustering instead of the model fitted on X.",
      hint=r"fitted|fit|labels_"),
    Wrong("ex9_4_circles", "fitted_on_x_circles", '''
def cluster_circles(X):
    """A SpectralClustering fitted on X (two concentric circles), one cluster per circle."""
    model = SpectralClustering(n_clusters=2, affinity="rbf", gamma=50, random_state=RANDOM_STATE)
    return model.fit(X_circles)
''', mistake="Fits the model on the lesson's X_circles instead of the X argument.",
      hint=r"fitted on X|X argument|X_circles|labels"),
    Wrong("ex9_4_circles", "no_random_state_student", '''
def cluster_circles(X):
    """A SpectralClustering fitted on X (two concentric circles), one cluster per circle."""
    return SpectralClustering(n_clusters=2, affinity="rbf", gamma=50).fit(X)
''', mistake="Leaves random_state at None instead of random_state=RANDOM_STATE, so the fit is not reproducible.",
      hint=r"random_state"),
    Wrong("ex9_4_circles", "centres_x_in_place", '''
def cluster_circles(X):
    """A SpectralClustering fitted on X (two concentric circles), one cluster per circle."""
    X -= X.mean(axis=0)              # move the circles to the origin
    return SpectralClustering(n_clusters=2, affinity="rbf", gamma=50,
                              random_state=RANDOM_STATE).fit(X)
''', mistake="Centres X in place (X -= mean), which modifies the caller's array.",
      hint=r"modify"),

    # ---------------- ex9_5_preference ----------------
    Wrong("ex9_5_preference", "smallest_preference", '''
def preference_for_k(X, k, preferences, damping=0.9):
    """The largest preference whose affinity propagation finds k clusters, or None."""
    for p in sorted(preferences):
        model = AffinityPropagation(preference=p, damping=damping,
                                    random_state=RANDOM_STATE).fit(X)
        if len(model.cluster_centers_indices_) == k:
            return p
    return None
''', mistake="Tries the preferences in increasing order and returns the smallest (most negative) one that gives k clusters instead of the largest.",
      hint=r"largest"),
    Wrong("ex9_5_preference", "returns_position", '''
def preference_for_k(X, k, preferences, damping=0.9):
    """The largest preference whose affinity propagation finds k clusters, or None."""
    for i, p in enumerate(preferences):
        model = AffinityPropagation(preference=p, damping=damping,
                                    random_state=RANDOM_STATE).fit(X)
        if len(model.cluster_centers_indices_) == k:
            return i
    return None
''', mistake="Returns the position of the preference in the list instead of its value.",
      hint=r"position|value"),
    Wrong("ex9_5_preference", "sorts_in_place", '''
def preference_for_k(X, k, preferences, damping=0.9):
    """The largest preference whose affinity propagation finds k clusters, or None."""
    preferences.sort(reverse=True)
    for p in preferences:
        model = AffinityPropagation(preference=p, damping=damping,
                                    random_state=RANDOM_STATE).fit(X)
        if len(model.cluster_centers_indices_) == k:
            return p
    return None
''', mistake="Sorts the caller's list of preferences in place, which modifies the input.",
      hint=r"modify|in-place"),
    Wrong("ex9_5_preference", "damping_not_passed", '''
def preference_for_k(X, k, preferences, damping=0.9):
    """The largest preference whose affinity propagation finds k clusters, or None."""
    for p in sorted(preferences, reverse=True):
        model = AffinityPropagation(preference=p, damping=0.9,
                                    random_state=RANDOM_STATE).fit(X)
        if len(model.cluster_centers_indices_) == k:
            return p
    return None
''', mistake="Hard-codes damping=0.9 instead of passing the damping argument on.",
      hint=r"damping"),
    Wrong("ex9_5_preference", "first_in_list_order", '''
def preference_for_k(X, k, preferences, damping=0.9):
    """The largest preference whose affinity propagation finds k clusters, or None."""
    for p in preferences:
        model = AffinityPropagation(preference=p, damping=damping,
                                    random_state=RANDOM_STATE).fit(X)
        if len(model.cluster_centers_indices_) == k:
            return p
    return None
''', mistake="Returns the first preference of the list that gives k clusters, which is the largest only when the list is sorted in decreasing order (the preferences come in any order).",
      hint=r"largest|any order"),
    Wrong("ex9_5_preference", "zero_when_none", '''
def preference_for_k(X, k, preferences, damping=0.9):
    """The largest preference whose affinity propagation finds k clusters, or None."""
    best = 0
    for p in preferences:
        model = AffinityPropagation(preference=p, damping=damping,
                                    random_state=RANDOM_STATE).fit(X)
        if len(model.cluster_centers_indices_) == k and (best == 0 or p > best):
            best = p
    return best
''', mistake="Returns 0 instead of None when no preference gives k clusters.",
      hint=r"None"),

    # ---------------- ex9_6_compare ----------------
    # Written as an alternative; it crashes on a fit that does not converge, which the
    # statement warns about and counts with len(): graded as a mistake (issue 16 note).
    Wrong("ex9_5_preference", "dict_of_counts_shape", '''
def preference_for_k(X, k, preferences, damping=0.9):
    """The largest preference whose affinity propagation finds k clusters, or None."""
    counts = {}
    for p in list(preferences):
        model = AffinityPropagation(damping=damping, preference=p, random_state=RANDOM_STATE)
        counts[p] = model.fit(X).cluster_centers_indices_.shape[0]
    best = None
    for p, count in counts.items():
        if count == k and (best is None or p > best):
            best = p
    return best
''', mistake="Counts the exemplars with .shape[0], which crashes on a fit that does not converge (its cluster_centers_indices_ is then an empty list); the statement counts with len().",
      hint=r"len\(model\.cluster_centers_indices_\)"),
    Wrong("ex9_6_compare", "maker_called_per_estimator", '''
def compare(estimators, datasets):
    """One row per (estimator, dataset): the ARI with the true labels and the fit seconds."""
    rows = []
    for algo_name, estimator in estimators.items():
        for data_name, make in datasets.items():
            X, y = make()
            start = time.perf_counter()
            labels = estimator.fit_predict(X)
            rows.append({"algorithm": algo_name, "dataset": data_name,
                         "ari": ari(y, labels), "seconds": time.perf_counter() - start})
    return pd.DataFrame(rows)
''', mistake="Calls every maker once per estimator instead of exactly once, so the estimators may not see the same data.",
      hint=r"once|maker"),
    Wrong("ex9_6_compare", "times_the_maker", '''
def compare(estimators, datasets):
    """One row per (estimator, dataset): the ARI with the true labels and the fit seconds."""
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
''', mistake="Starts the clock before calling the maker, so the first estimator's time includes making the data.",
      hint=r"mak|data|fit_predict call alone"),
    Wrong("ex9_6_compare", "milliseconds_student", '''
def compare(estimators, datasets):
    """One row per (estimator, dataset): the ARI with the true labels and the fit seconds."""
    rows = []
    for data_name, make in datasets.items():
        X, y = make()
        for algo_name, estimator in estimators.items():
            start = time.perf_counter()
            labels = estimator.fit_predict(X)
            ms = (time.perf_counter() - start) * 1000
            rows.append({"algorithm": algo_name, "dataset": data_name,
                         "ari": ari(y, labels), "seconds": ms})
    return pd.DataFrame(rows)
''', mistake="Records milliseconds in the seconds column.",
      hint=r"milliseconds|seconds"),
    Wrong("ex9_6_compare", "plain_adjusted_rand", '''
def compare(estimators, datasets):
    """One row per (estimator, dataset): the ARI with the true labels and the fit seconds."""
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
''', mistake="Uses plain adjusted_rand_score, which scores the noise label -1 as one more cluster, instead of the lesson's ari.",
      hint=r"noise|ari\("),
    Wrong("ex9_6_compare", "process_time", '''
def compare(estimators, datasets):
    """One row per (estimator, dataset): the ARI with the true labels and the fit seconds."""
    rows = []
    for data_name, make in datasets.items():
        X, y = make()
        for algo_name, estimator in estimators.items():
            start = time.process_time()
            labels = estimator.fit_predict(X)
            seconds = time.process_time() - start
            rows.append({"algorithm": algo_name, "dataset": data_name,
                         "ari": ari(y, labels), "seconds": seconds})
    return pd.DataFrame(rows)
''', mistake="Measures CPU time with time.process_time instead of the wall-clock seconds of time.perf_counter, so a fit that waits (sleeps) looks instantaneous.",
      hint=r"wall|perf_counter|sleep"),
    Wrong("ex9_6_compare", "wrong_column_names", '''
def compare(estimators, datasets):
    """One row per (estimator, dataset): the ARI with the true labels and the fit seconds."""
    rows = []
    for data_name, make in datasets.items():
        X, y = make()
        for algo_name, estimator in estimators.items():
            start = time.perf_counter()
            labels = estimator.fit_predict(X)
            rows.append({"estimator": algo_name, "data": data_name,
                         "ARI": ari(y, labels), "time": time.perf_counter() - start})
    return pd.DataFrame(rows)
''', mistake="Names the columns estimator, data, ARI and time instead of algorithm, dataset, ari and seconds.",
      hint=r"column"),
    Wrong("ex9_6_compare", "wide_table_student", '''
def compare(estimators, datasets):
    """One row per (estimator, dataset): the ARI with the true labels and the fit seconds."""
    table = {}
    for data_name, make in datasets.items():
        X, y = make()
        table[data_name] = {algo_name: ari(y, estimator.fit_predict(X))
                            for algo_name, estimator in estimators.items()}
    return pd.DataFrame(table)
''', mistake="Returns a wide table of ARIs (algorithms as rows, datasets as columns) without the seconds, instead of one row per pair with four columns.",
      hint=r"column|row"),

    # ---------------- ex9_7_slope ----------------
    Wrong("ex9_7_slope", "no_logarithms", '''
def empirical_slope(n_values, seconds):
    """Least-squares slope of log(seconds) against log(n): the a of seconds ~ c * n**a."""
    return float(np.polyfit(n_values, seconds, 1)[0])
''', mistake="Fits a straight line to the seconds against n instead of to their logarithms.",
      hint=r"log"),
    Wrong("ex9_7_slope", "log_seconds_only", '''
def empirical_slope(n_values, seconds):
    """Least-squares slope of log(seconds) against log(n): the a of seconds ~ c * n**a."""
    return float(np.polyfit(np.asarray(n_values, dtype=float), np.log(seconds), 1)[0])
''', mistake="Takes the logarithm of the seconds only, not of n (a semi-log fit).",
      hint=r"log\(n\)|both|log"),
    Wrong("ex9_7_slope", "first_and_last_points_student", '''
def empirical_slope(n_values, seconds):
    """Least-squares slope of log(seconds) against log(n): the a of seconds ~ c * n**a."""
    n_values, seconds = list(n_values), list(seconds)
    return float((np.log(seconds[-1]) - np.log(seconds[0]))
                 / (np.log(n_values[-1]) - np.log(n_values[0])))
''', mistake="Takes the slope between the first and the last points instead of the least-squares line through all the points.",
      hint=r"least.squares|all the points"),
    Wrong("ex9_7_slope", "returns_intercept", '''
def empirical_slope(n_values, seconds):
    """Least-squares slope of log(seconds) against log(n): the a of seconds ~ c * n**a."""
    return float(np.polyfit(np.log(n_values), np.log(seconds), 1)[1])
''', mistake="Returns the intercept (log c) of the fitted line instead of its slope.",
      hint=r"intercept|slope"),
    Wrong("ex9_7_slope", "swapped_axes", '''
def empirical_slope(n_values, seconds):
    """Least-squares slope of log(seconds) against log(n): the a of seconds ~ c * n**a."""
    return float(np.polyfit(np.log(seconds), np.log(n_values), 1)[0])
''', mistake="Regresses log(n) on log(seconds) (axes swapped), which gives 1/a on exact data and something else on noisy data.",
      hint=r"against log\(n\)|swap|axes|slope"),
    Wrong("ex9_7_slope", "mean_of_consecutive_slopes", '''
def empirical_slope(n_values, seconds):
    """Least-squares slope of log(seconds) against log(n): the a of seconds ~ c * n**a."""
    x, y = np.log(n_values), np.log(seconds)
    return float(np.mean(np.diff(y) / np.diff(x)))
''', mistake="Averages the slopes between consecutive points instead of fitting one least-squares line.",
      hint=r"least.squares|all the points"),
]
