"""Student-written corpus for lesson 03_choosing_k: written from the student copy alone."""
from tests.submissions import Alternative, Wrong

ALTERNATIVE = [
    # ---------------- ex3_1_inertia_sweep ----------------
    Alternative("ex3_1_inertia_sweep", "loop_append", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    ks = []
    inertias = []
    for k in range(k_min, k_max + 1):
        model = KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE)
        model.fit(X)
        ks.append(k)
        inertias.append(model.inertia_)
    return pd.Series(inertias, index=ks)
''', style="explicit for loop appending to two lists, pd.Series(values, index=ks)"),
    Alternative("ex3_1_inertia_sweep", "dict_comprehension", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    return pd.Series({k: KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_
                      for k in range(k_min, k_max + 1)})
''', style="dict comprehension turned into a Series (keys become the index)"),
    Alternative("ex3_1_inertia_sweep", "set_params_named", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    ks = np.arange(k_min, k_max + 1)
    model = KMeans(n_init=10, random_state=RANDOM_STATE)
    values = np.empty(len(ks))
    for i, k in enumerate(ks):
        values[i] = model.set_params(n_clusters=int(k)).fit(X).inertia_
    return pd.Series(values, index=pd.Index(ks, name="k"), name="inertia")
''', style="one estimator re-fitted with set_params, NumPy array of results, named index and Series"),
    Alternative("ex3_1_inertia_sweep", "index_map", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    X = np.asarray(X)
    index = pd.RangeIndex(k_min, k_max + 1)
    fit = lambda k: KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X)
    return pd.Series([fit(k).inertia_ for k in index], index=index, dtype=float)
''', style="pd.RangeIndex, lambda helper, list comprehension, explicit float dtype"),

    # ---------------- ex3_2_silhouette_sweep ----------------
    Alternative("ex3_2_silhouette_sweep", "loop_fit_predict", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    scores = {}
    for k in range(k_min, k_max + 1):
        labels = KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit_predict(X)
        scores[k] = silhouette_score(X, labels)
    return pd.Series(scores)
''', style="loop with fit_predict filling a dict, Series from the dict"),
    Alternative("ex3_2_silhouette_sweep", "labels_attribute", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    ks = list(range(k_min, k_max + 1))
    models = [KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X) for k in ks]
    return pd.Series([silhouette_score(X, m.labels_, metric="euclidean") for m in models],
                     index=pd.Index(ks, name="k"), name="silhouette")
''', style="fit() then labels_, explicit metric='euclidean' (the default), named index"),
    Alternative("ex3_2_silhouette_sweep", "silhouette_samples_mean", '''
from sklearn.metrics import silhouette_samples

def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    ks = np.arange(k_min, k_max + 1)
    out = np.zeros(ks.shape, dtype=float)
    for i, k in enumerate(ks):
        labels = KMeans(n_clusters=int(k), n_init=10, random_state=RANDOM_STATE).fit(X).predict(X)
        out[i] = silhouette_samples(X, labels).mean()
    return pd.Series(out, index=ks)
''', style="mean of silhouette_samples (same as silhouette_score), predict after fit, NumPy arrays"),
    Alternative("ex3_2_silhouette_sweep", "reuse_structure_helper", '''
def _silhouette_for(X, k):
    model = KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE)
    return float(silhouette_score(X, model.fit_predict(X)))


def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    index = pd.RangeIndex(start=k_min, stop=k_max + 1)
    return index.to_series().map(lambda k: _silhouette_for(X, int(k)))
''', style="private helper, RangeIndex.to_series().map"),

    # ---------------- ex3_3_plot_scores ----------------
    Alternative("ex3_3_plot_scores", "plot_marker_kw", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    ax.plot(scores.index, scores.to_numpy(), marker="o")
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return ax
''', style="ax.plot with marker='o', set_xlabel / set_ylabel"),
    Alternative("ex3_3_plot_scores", "fmt_string_set", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    ax.plot(list(scores.index), list(scores.values), "s--", color="tab:green")
    ax.set(xlabel="number of clusters k", ylabel=ylabel, title=f"{ylabel} versus k")
    return ax
''', style="format string 's--' (square markers, dashed line), ax.set(...) with a title"),
    Alternative("ex3_3_plot_scores", "pandas_plot", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    scores.plot(ax=ax, marker="o", xlabel="number of clusters k", ylabel=ylabel)
    return ax
''', style="pandas Series.plot on the given Axes (plots against the index)"),
    Alternative("ex3_3_plot_scores", "pyplot_state", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    k = np.asarray(scores.index, dtype=float)
    plt.plot(k, np.asarray(scores, dtype=float), linestyle="-", marker="D", markersize=5)
    plt.xlabel("number of clusters k")
    plt.ylabel(ylabel)
    plt.xticks(k)
    return plt.gca()
''', style="pyplot state-machine calls on the new figure, diamond markers, xticks at every k"),

    # ---------------- ex3_4_choose_k ----------------
    Alternative("ex3_4_choose_k", "idxmax", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    return int(silhouette_scores.idxmax())  # idxmax returns the first maximum
''', style="Series.idxmax (first occurrence = smallest k because the index increases)"),
    Alternative("ex3_4_choose_k", "mask_min", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    best = silhouette_scores.max()
    return int(silhouette_scores.index[silhouette_scores == best].min())
''', style="boolean mask of the maximum, then the smallest k of the mask"),
    Alternative("ex3_4_choose_k", "strict_loop", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    best_k, best_score = None, -np.inf
    for k, score in silhouette_scores.items():
        if score > best_score:          # strict: a later tie does not replace the first
            best_k, best_score = k, score
    return int(best_k)
''', style="explicit loop over items() with a strict comparison"),
    Alternative("ex3_4_choose_k", "numpy_argmax_index", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    position = int(np.argmax(silhouette_scores.to_numpy()))
    return int(silhouette_scores.index[position])
''', style="np.argmax for the position, then translated to k through the index"),
    Alternative("ex3_4_choose_k", "sorted_key", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    pairs = sorted(silhouette_scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return int(pairs[0][0])
''', style="sorted with key (-score, k): highest score first, smallest k among ties"),

    # ---------------- ex3_6_cluster_profile ----------------
    Alternative("ex3_6_cluster_profile", "groupby_array", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    grouped = df.groupby(np.asarray(labels))
    profile = grouped.mean()
    profile["size"] = grouped.size()
    return profile
''', style="groupby on the label array (df untouched), mean then a size column"),
    Alternative("ex3_6_cluster_profile", "assign_then_agg", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    labelled = df.assign(_cluster=np.asarray(labels))     # a new DataFrame
    grouped = labelled.groupby("_cluster")
    profile = grouped[list(df.columns)].mean()
    profile = profile.assign(size=grouped.size().to_numpy())
    return profile.rename_axis("cluster")
''', style="df.assign to a new DataFrame, groupby a column, assign size, index renamed"),
    Alternative("ex3_6_cluster_profile", "numpy_loop", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    values = df.to_numpy(dtype=float)
    labels = np.asarray(labels)
    clusters = np.unique(labels)                      # sorted
    rows = []
    for c in clusters:
        members = values[labels == c]
        rows.append(list(members.mean(axis=0)) + [len(members)])
    profile = pd.DataFrame(rows, index=clusters, columns=list(df.columns) + ["size"])
    profile["size"] = profile["size"].astype(int)
    return profile
''', style="pure NumPy loop over np.unique labels, DataFrame built row by row"),
    Alternative("ex3_6_cluster_profile", "concat_named", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    key = pd.Series(np.asarray(labels), index=df.index, name="cluster")
    grouped = df.groupby(key, sort=True)
    return pd.concat([grouped.mean(), grouped.size().rename("size")], axis=1)
''', style="labels as a Series aligned on df's own index, pd.concat of mean and size"),
    Alternative("ex3_6_cluster_profile", "named_agg", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    spec = {col: (col, "mean") for col in df.columns}
    spec["size"] = (df.columns[0], "size")
    return df.groupby(np.asarray(labels)).agg(**spec)
''', style="named aggregation with agg(**spec) including a 'size' aggregation"),

    # ---------------- ex3_5_external_metrics ----------------
    Alternative("ex3_5_external_metrics", "truth_hcv_isclose", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    homogeneity, completeness, v_measure = homogeneity_completeness_v_measure(y_true, labels)
    ami = adjusted_mutual_info_score(y_true, labels)
    pure = np.isclose(homogeneity, 1.0)       # no cluster mixes true groups
    whole = np.isclose(completeness, 1.0)     # no true group is spread over clusters
    if pure and whole:
        verdict = "identical"
    elif pure:
        verdict = "split"
    elif whole:
        verdict = "merged"
    else:
        verdict = "split and merged"
    return {"homogeneity": homogeneity, "completeness": completeness,
            "v_measure": v_measure, "ami": ami, "verdict": verdict}
''', style="homogeneity_completeness_v_measure and np.isclose, if/elif chain on the two scores"),
    Alternative("ex3_5_external_metrics", "truth_separate_scores_lookup", '''
from sklearn.metrics import completeness_score, homogeneity_score, v_measure_score

def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    scores = {
        "homogeneity": homogeneity_score(y_true, labels),
        "completeness": completeness_score(y_true, labels),
        "v_measure": v_measure_score(y_true, labels),
        "ami": adjusted_mutual_info_score(y_true, labels),
    }
    split = abs(scores["completeness"] - 1) >= 1e-9
    merged = abs(scores["homogeneity"] - 1) >= 1e-9
    verdicts = {(False, False): "identical", (True, False): "split",
                (False, True): "merged", (True, True): "split and merged"}
    scores["verdict"] = verdicts[(bool(split), bool(merged))]
    return scores
''', style="the three separate scikit-learn scores, abs(score - 1) < 1e-9, verdict looked up in a dict keyed by (split, merged)"),
    Alternative("ex3_5_external_metrics", "truth_crosstab_structure", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    table = pd.crosstab(pd.Series(y_true, name="group"), pd.Series(labels, name="cluster"))
    occupied = table > 0
    split = bool((occupied.sum(axis=1) > 1).any())    # a group in several clusters
    merged = bool((occupied.sum(axis=0) > 1).any())   # a cluster with several groups
    if split and merged:
        verdict = "split and merged"
    elif split:
        verdict = "split"
    elif merged:
        verdict = "merged"
    else:
        verdict = "identical"
    return dict(homogeneity=float(h), completeness=float(c), v_measure=float(v),
                ami=float(adjusted_mutual_info_score(y_true, labels)), verdict=verdict)
''', style="verdict from a pandas crosstab of groups against clusters (non-zero cells per row and per column), no score compared with 1"),
    Alternative("ex3_5_external_metrics", "truth_contingency_matrix", '''
from sklearn.metrics.cluster import contingency_matrix

def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    result = dict(zip(["homogeneity", "completeness", "v_measure"],
                      homogeneity_completeness_v_measure(y_true, labels)))
    result["ami"] = adjusted_mutual_info_score(y_true, labels)
    nonzero = contingency_matrix(y_true, labels) > 0      # rows: true groups, columns: clusters
    split = nonzero.sum(axis=1).max() > 1
    merged = nonzero.sum(axis=0).max() > 1
    result["verdict"] = ("split and merged" if split and merged else
                         "split" if split else "merged" if merged else "identical")
    return result
''', style="sklearn contingency_matrix, max number of non-zero cells per row / column, chained conditional expression"),
    Alternative("ex3_5_external_metrics", "truth_sets_loop", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    clusters_of_group = {}
    groups_of_cluster = {}
    for group, cluster in zip(y_true.tolist(), labels.tolist()):
        clusters_of_group.setdefault(group, set()).add(cluster)
        groups_of_cluster.setdefault(cluster, set()).add(group)
    split = any(len(found) > 1 for found in clusters_of_group.values())
    merged = any(len(found) > 1 for found in groups_of_cluster.values())
    if not split and not merged:
        verdict = "identical"
    elif not merged:
        verdict = "split"
    elif not split:
        verdict = "merged"
    else:
        verdict = "split and merged"
    homogeneity, completeness, v_measure = homogeneity_completeness_v_measure(y_true, labels)
    return {"homogeneity": homogeneity, "completeness": completeness, "v_measure": v_measure,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', style="plain Python loop building a dict of sets in each direction (clusters per group, groups per cluster)"),
    Alternative("ex3_5_external_metrics", "truth_entropy_by_hand", '''
def _entropy(values):
    _, counts = np.unique(values, return_counts=True)
    p = counts / counts.sum()
    return float(-(p * np.log(p)).sum())


def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    y_true = np.asarray(y_true)
    labels = np.asarray(labels)
    h_classes = _entropy(y_true)
    h_clusters = _entropy(labels)
    # conditional entropies H(C|K) and H(K|C), cluster by cluster and group by group
    h_classes_given_clusters = sum(np.mean(labels == k) * _entropy(y_true[labels == k])
                                   for k in np.unique(labels))
    h_clusters_given_classes = sum(np.mean(y_true == c) * _entropy(labels[y_true == c])
                                   for c in np.unique(y_true))
    homogeneity = 1.0 if h_classes == 0 else 1 - h_classes_given_clusters / h_classes
    completeness = 1.0 if h_clusters == 0 else 1 - h_clusters_given_classes / h_clusters
    if homogeneity + completeness == 0:
        v_measure = 0.0
    else:
        v_measure = 2 * homogeneity * completeness / (homogeneity + completeness)
    merged = abs(homogeneity - 1) >= 1e-9
    split = abs(completeness - 1) >= 1e-9
    verdict = {(False, False): "identical", (True, False): "split",
               (False, True): "merged", (True, True): "split and merged"}[(split, merged)]
    return {"homogeneity": homogeneity, "completeness": completeness, "v_measure": v_measure,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', style="homogeneity, completeness and V-measure by hand from entropies (1 - H(C|K)/H(C), ...), with scikit-learn's conventions for zero entropy; AMI from scikit-learn"),
    Alternative("ex3_5_external_metrics", "truth_groupby_nunique", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    pairs = pd.DataFrame({"group": y_true, "cluster": labels})
    split = pairs.groupby("group")["cluster"].nunique().gt(1).any()
    merged = pairs.groupby("cluster")["group"].nunique().gt(1).any()
    verdict = " and ".join(word for word, happens in (("split", split), ("merged", merged))
                           if happens) or "identical"
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict,
            "n_clusters": int(pairs["cluster"].nunique())}
''', style="pandas groupby().nunique() in both directions, verdict string joined from the words, plus an extra key (allowed: other keys are ignored)"),
]

WRONG = [
    # ---------------- ex3_1_inertia_sweep ----------------
    Wrong("ex3_1_inertia_sweep", "range_exclusive", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    ks = range(k_min, k_max)
    return pd.Series([KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_
                      for k in ks], index=ks)
''', mistake="range(k_min, k_max) stops before k_max, so the last k is missing.",
          hint=r"k_max \+ 1|inclusive|stops before|last k"),
    Wrong("ex3_1_inertia_sweep", "ignores_k_min", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    ks = range(2, k_max + 1)
    return pd.Series([KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_
                      for k in ks], index=ks)
''', mistake="Always starts the sweep at k = 2 and ignores the k_min argument.",
          hint=r"k_min|first k|start"),
    Wrong("ex3_1_inertia_sweep", "hardcoded_k_max", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    ks = range(k_min, 11)
    return pd.Series([KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_
                      for k in ks], index=ks)
''', mistake="Hard-codes the lesson's k_max = 10 instead of using the k_max argument.",
          hint=r"k_max|last k|inclusive"),
    Wrong("ex3_1_inertia_sweep", "default_n_init", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    ks = range(k_min, k_max + 1)
    return pd.Series([KMeans(n_clusters=k, random_state=RANDOM_STATE).fit(X).inertia_
                      for k in ks], index=ks)
''', mistake="Leaves n_init at its default, so k-means runs only once per k and can get stuck in a poor solution.",
          hint=r"n_init"),
    Wrong("ex3_1_inertia_sweep", "no_random_state", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    ks = range(k_min, k_max + 1)
    return pd.Series([KMeans(n_clusters=k, n_init=10).fit(X).inertia_ for k in ks], index=ks)
''', mistake="Omits random_state=RANDOM_STATE, so the results change from run to run.",
          hint=r"random_state|seed|reproduc"),
    Wrong("ex3_1_inertia_sweep", "scales_again", '''
from sklearn.preprocessing import StandardScaler

def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    X = StandardScaler().fit_transform(X)
    ks = range(k_min, k_max + 1)
    return pd.Series([KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_
                      for k in ks], index=ks)
''', mistake="Scales X again although the statement says X is already scaled.",
          hint=r"scal"),
    Wrong("ex3_1_inertia_sweep", "score_is_minus_inertia", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    ks = range(k_min, k_max + 1)
    return pd.Series([KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).score(X)
                      for k in ks], index=ks)
''', mistake="Uses KMeans.score, which returns minus the inertia, instead of inertia_.",
          hint=r"inertia_|minus|negative|score"),
    Wrong("ex3_1_inertia_sweep", "positional_index", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    return pd.Series([KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_
                      for k in range(k_min, k_max + 1)])
''', mistake="Builds the Series without an index, so it is indexed by position 0, 1, 2, ... instead of by k.",
          hint=r"index|position"),
    Wrong("ex3_1_inertia_sweep", "returns_list", '''
def inertia_sweep(X, k_min=2, k_max=10):
    """Inertia of k-means for every k from k_min to k_max inclusive, as a Series indexed by k."""
    return [KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_
            for k in range(k_min, k_max + 1)]
''', mistake="Returns a plain list instead of a pandas Series indexed by k.",
          hint=r"Series|type|list"),

    # ---------------- ex3_2_silhouette_sweep ----------------
    Wrong("ex3_2_silhouette_sweep", "range_exclusive", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    ks = range(k_min, k_max)
    return pd.Series([silhouette_score(X, KMeans(n_clusters=k, n_init=10,
                      random_state=RANDOM_STATE).fit_predict(X)) for k in ks], index=ks)
''', mistake="range(k_min, k_max) stops before k_max, so the last k is missing.",
          hint=r"k_max \+ 1|inclusive|stops before|last k"),
    Wrong("ex3_2_silhouette_sweep", "ignores_k_min", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    ks = range(2, k_max + 1)   # the silhouette needs at least 2 clusters
    return pd.Series([silhouette_score(X, KMeans(n_clusters=k, n_init=10,
                      random_state=RANDOM_STATE).fit_predict(X)) for k in ks], index=ks)
''', mistake="Always starts at k = 2 (the smallest k the silhouette allows) instead of k_min.",
          hint=r"k_min|first k|start"),
    Wrong("ex3_2_silhouette_sweep", "default_n_init", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    ks = range(k_min, k_max + 1)
    return pd.Series([silhouette_score(X, KMeans(n_clusters=k,
                      random_state=RANDOM_STATE).fit_predict(X)) for k in ks], index=ks)
''', mistake="Leaves n_init at its default, so k-means runs only once per k.",
          hint=r"n_init"),
    Wrong("ex3_2_silhouette_sweep", "uses_global_data", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    ks = range(k_min, k_max + 1)
    return pd.Series([silhouette_score(X_scaled, KMeans(n_clusters=k, n_init=10,
                      random_state=RANDOM_STATE).fit_predict(X_scaled)) for k in ks], index=ks)
''', mistake="Uses the lesson's X_scaled instead of the X argument, so it only works on the mystery data.",
          hint=r"\bX\b|argument|X_scaled|data"),
    Wrong("ex3_2_silhouette_sweep", "scales_again", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    X = StandardScaler().fit_transform(X)
    ks = range(k_min, k_max + 1)
    return pd.Series([silhouette_score(X, KMeans(n_clusters=k, n_init=10,
                      random_state=RANDOM_STATE).fit_predict(X)) for k in ks], index=ks)
''', mistake="Scales X again although the statement says X is already scaled.",
          hint=r"scal"),
    Wrong("ex3_2_silhouette_sweep", "no_random_state", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    ks = range(k_min, k_max + 1)
    return pd.Series([silhouette_score(X, KMeans(n_clusters=k, n_init=10).fit_predict(X))
                      for k in ks], index=ks)
''', mistake="Omits random_state=RANDOM_STATE, so the k-means labels (and scores) are not reproducible.",
          hint=r"random_state|seed|reproduc"),
    Wrong("ex3_2_silhouette_sweep", "sampled_silhouette", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    ks = range(k_min, k_max + 1)
    scores = []
    for k in ks:
        labels = KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit_predict(X)
        scores.append(silhouette_score(X, labels, sample_size=200))   # faster
    return pd.Series(scores, index=ks)
''', mistake="Computes the silhouette on a random sample of 200 points instead of all observations, so the score is only an approximation that changes between runs.",
          hint=r"sample|all (the )?observations|every observation"),
    Wrong("ex3_2_silhouette_sweep", "returns_ndarray", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    return np.array([silhouette_score(X, KMeans(n_clusters=k, n_init=10,
                     random_state=RANDOM_STATE).fit_predict(X)) for k in range(k_min, k_max + 1)])
''', mistake="Returns a NumPy array instead of a pandas Series indexed by k.",
          hint=r"Series|type|ndarray"),
    Wrong("ex3_2_silhouette_sweep", "positional_index", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    """Silhouette score of k-means for every k from k_min to k_max inclusive, indexed by k."""
    scores = [silhouette_score(X, KMeans(n_clusters=k, n_init=10,
              random_state=RANDOM_STATE).fit_predict(X)) for k in range(k_min, k_max + 1)]
    return pd.Series(scores)
''', mistake="Forgets the index, so the Series is indexed by position 0, 1, 2, ... instead of by k.",
          hint=r"index|position"),

    # ---------------- ex3_3_plot_scores ----------------
    Wrong("ex3_3_plot_scores", "against_positions", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    ax.plot(scores.to_numpy(), marker="o")
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return ax
''', mistake="Plots the values against their positions 0, 1, 2, ... instead of against the k values of the index.",
          hint=r"index|position|0, 1, 2|x.?(data|values)"),
    Wrong("ex3_3_plot_scores", "no_markers", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    ax.plot(scores.index, scores.to_numpy())
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return ax
''', mistake="Draws the line without markers, although the statement asks for markers.",
          hint=r"marker"),
    Wrong("ex3_3_plot_scores", "hardcoded_ylabel", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    ax.plot(scores.index, scores.to_numpy(), marker="o")
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel("silhouette score")
    return ax
''', mistake="Hard-codes the y label 'silhouette score' instead of using the ylabel argument.",
          hint=r"ylabel|y.?label|y-axis"),
    Wrong("ex3_3_plot_scores", "wrong_xlabel", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    ax.plot(scores.index, scores.to_numpy(), marker="o")
    ax.set_xlabel("k")
    ax.set_ylabel(ylabel)
    return ax
''', mistake="Labels the x-axis just 'k' instead of 'number of clusters k'.",
          hint=r"x.?label|x-axis|number of clusters"),
    Wrong("ex3_3_plot_scores", "swapped_axes", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    ax.plot(scores.to_numpy(), scores.index, marker="o")
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return ax
''', mistake="Swaps the axes: the scores end up on the x-axis and k on the y-axis.",
          hint=r"x.?(data|values|axis)|swap|y.?(data|values)"),
    Wrong("ex3_3_plot_scores", "line_plus_markers_two_lines", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    ax.plot(scores.index, scores.to_numpy())          # the line
    ax.plot(scores.index, scores.to_numpy(), "o")     # the markers
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return ax
''', mistake="Draws two lines (one without markers, one of markers only) instead of a single line with markers.",
          hint=r"single line|one line|2 lines|two lines|lines"),
    Wrong("ex3_3_plot_scores", "scatter_only", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    ax.scatter(scores.index, scores.to_numpy())
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return ax
''', mistake="Draws a scatter plot of the points without the line through them.",
          hint=r"line|plot\(|scatter"),
    Wrong("ex3_3_plot_scores", "returns_figure", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    fig, ax = plt.subplots()
    ax.plot(scores.index, scores.to_numpy(), marker="o")
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return fig
''', mistake="Returns the Figure instead of the Axes.",
          hint=r"Axes|Figure|return"),
    Wrong("ex3_3_plot_scores", "current_axes", '''
def plot_scores(scores, ylabel):
    """Line plot of scores (a Series indexed by k) against k; returns the Axes."""
    ax = plt.gca()
    ax.plot(scores.index, scores.to_numpy(), marker="o")
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return ax
''', mistake="Draws on the current Axes (plt.gca()) instead of a new figure, so it adds to whatever plot is already open.",
          hint=r"new figure|subplots|gca|current|already"),

    # ---------------- ex3_4_choose_k ----------------
    Wrong("ex3_4_choose_k", "idxmin", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    return int(silhouette_scores.idxmin())
''', mistake="Picks the k with the lowest silhouette score; the silhouette is better when higher.",
          hint=r"lowest|highest|idxmin|idxmax"),
    Wrong("ex3_4_choose_k", "position", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    return int(np.argmax(silhouette_scores.to_numpy()))
''', mistake="Returns the position of the best score instead of its k.",
          hint=r"position|index|idxmax"),
    Wrong("ex3_4_choose_k", "assumes_start_at_2", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    return int(np.argmax(silhouette_scores.to_numpy())) + 2
''', mistake="Converts the position to k by adding 2, which only works when the index starts at k = 2.",
          hint=r"start|index|position|\+ ?2|idxmax"),
    Wrong("ex3_4_choose_k", "largest_on_tie_loop", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    best_k, best_score = None, -np.inf
    for k, score in silhouette_scores.items():
        if score >= best_score:
            best_k, best_score = k, score
    return int(best_k)
''', mistake="Uses >= in the loop, so on a tie the largest k wins instead of the smallest.",
          hint=r"tie|smallest|>=|strict"),
    Wrong("ex3_4_choose_k", "largest_on_tie_mask", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    best = silhouette_scores.max()
    return int(silhouette_scores.index[silhouette_scores == best].max())
''', mistake="Takes the largest k among the tied best scores instead of the smallest.",
          hint=r"tie|smallest"),
    Wrong("ex3_4_choose_k", "returns_score", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    return silhouette_scores.max()
''', mistake="Returns the best silhouette score instead of the k that achieves it.",
          hint=r"score|integer|int|the k"),
    Wrong("ex3_4_choose_k", "returns_float", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    return float(silhouette_scores.idxmax())
''', mistake="Returns k as a float instead of an integer.",
          hint=r"integer|int|type|float"),
    Wrong("ex3_4_choose_k", "returns_index", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    return silhouette_scores.index[silhouette_scores == silhouette_scores.max()]
''', mistake="Returns a pandas Index of the best k values instead of a single integer k.",
          hint=r"integer|int|type|Index"),
    Wrong("ex3_4_choose_k", "hardcoded_5", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    return 5   # the lesson's answer
''', mistake="Hard-codes the lesson's answer k = 5 instead of reading it from the scores.",
          hint=r"hard.?cod|highest|idxmax|scores"),
    Wrong("ex3_4_choose_k", "rounded_tie", '''
def choose_k(silhouette_scores):
    """The k with the highest silhouette score (the smallest such k on a tie)."""
    return int(silhouette_scores.round(2).idxmax())
''', mistake="Rounds the scores before comparing, so a k whose score is slightly lower counts as a tie and a smaller k wins.",
          hint=r"round|highest|tie"),

    # ---------------- ex3_6_cluster_profile ----------------
    Wrong("ex3_6_cluster_profile", "adds_column_in_place", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    df["cluster"] = labels
    grouped = df.groupby("cluster")
    profile = grouped.mean()
    profile["size"] = grouped.size()
    return profile
''', mistake="Adds a 'cluster' column to the caller's DataFrame df, modifying it.",
          hint=r"modif|in place|copy|column.*df|df after"),
    Wrong("ex3_6_cluster_profile", "bincount_size", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    profile = df.groupby(labels).mean()
    profile["size"] = np.bincount(labels)
    return profile
''', mistake="Counts the sizes with np.bincount, which only works for labels 0..k-1 (it crashes or misaligns for other labels such as -1 or gaps).",
          hint=r"size|label"),
    Wrong("ex3_6_cluster_profile", "unsorted_groups", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    grouped = df.groupby(labels, sort=False)
    profile = grouped.mean()
    profile["size"] = grouped.size()
    return profile
''', mistake="Uses groupby(sort=False), so the clusters come in order of first appearance, not in increasing label order.",
          hint=r"increasing|order|sort"),
    Wrong("ex3_6_cluster_profile", "median", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    grouped = df.groupby(labels)
    profile = grouped.median()
    profile["size"] = grouped.size()
    return profile
''', mistake="Summarises each feature with the median instead of the mean.",
          hint=r"mean|median"),
    Wrong("ex3_6_cluster_profile", "size_first", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    grouped = df.groupby(labels)
    profile = grouped.mean()
    profile.insert(0, "size", grouped.size())
    return profile
''', mistake="Puts the 'size' column first instead of last.",
          hint=r"last|order|column"),
    Wrong("ex3_6_cluster_profile", "scaled_means", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    scaled = pd.DataFrame(StandardScaler().fit_transform(df), columns=df.columns)
    grouped = scaled.groupby(np.asarray(labels))
    profile = grouped.mean()
    profile["size"] = grouped.size()
    return profile
''', mistake="Scales the data before averaging, so the means are in scaled units, not the original units.",
          hint=r"scal|original units|unscaled"),
    Wrong("ex3_6_cluster_profile", "size_as_fraction", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    profile = df.groupby(labels).mean()
    profile["size"] = pd.Series(labels).value_counts(normalize=True).sort_index().to_numpy()
    return profile
''', mistake="Stores the share of rows in each cluster instead of the number of rows.",
          hint=r"size|number of rows|count"),
    Wrong("ex3_6_cluster_profile", "labels_series_misaligned", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    key = pd.Series(labels)               # index 0, 1, 2, ... aligns with df's index
    grouped = df.groupby(key)
    profile = grouped.mean()
    profile["size"] = grouped.size()
    return profile
''', mistake="Wraps the labels in a Series with a default index, which pandas aligns with df's own index, so the labels land on the wrong rows when df's index is not 0..n-1.",
          hint=r"index|align|row|position"),
    Wrong("ex3_6_cluster_profile", "uses_global_mystery", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    grouped = mystery.groupby(labels)
    profile = grouped.mean()
    profile["size"] = grouped.size()
    return profile
''', mistake="Summarises the lesson's mystery DataFrame instead of the df argument.",
          hint=r"\bdf\b|argument|mystery|columns|mean"),
    Wrong("ex3_6_cluster_profile", "forgets_size", '''
def cluster_profile(df, labels):
    """Mean of every feature and the size of each cluster, one row per cluster label."""
    return df.groupby(np.asarray(labels)).mean()
''', mistake="Returns only the means and forgets the 'size' column.",
          hint=r"size|column"),

    # ---------------- ex3_5_external_metrics ----------------
    Wrong("ex3_5_external_metrics", "truth_clustering_first", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(labels, y_true)
    ami = adjusted_mutual_info_score(labels, y_true)
    if np.isclose(h, 1.0) and np.isclose(c, 1.0):
        verdict = "identical"
    elif np.isclose(h, 1.0):
        verdict = "split"
    elif np.isclose(c, 1.0):
        verdict = "merged"
    else:
        verdict = "split and merged"
    return {"homogeneity": h, "completeness": c, "v_measure": v, "ami": ami, "verdict": verdict}
''', mistake="Passes the clustering first and the true labels second, so homogeneity and completeness trade places (and split and merged with them).",
          hint=r"trad|swap|order|first|y_true, labels"),
    Wrong("ex3_5_external_metrics", "truth_exact_equality", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    if h == 1 and c == 1:
        verdict = "identical"
    elif h == 1:
        verdict = "split"
    elif c == 1:
        verdict = "merged"
    else:
        verdict = "split and merged"
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', mistake="Compares the scores with 1 using ==, so a perfect score that comes back as 0.9999999999999998 counts as imperfect.",
          hint=r"rounding|1e-9|isclose|== ?1"),
    Wrong("ex3_5_external_metrics", "truth_rounded_verdict", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    pure = round(h, 3) == 1
    whole = round(c, 3) == 1
    if pure and whole:
        verdict = "identical"
    elif pure:
        verdict = "split"
    elif whole:
        verdict = "merged"
    else:
        verdict = "split and merged"
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', mistake="Rounds the scores to 3 decimals before comparing them with 1, so a single misplaced observation in a large dataset still counts as a perfect score.",
          hint=r"round|decimal|1e-9|isclose|misplaced"),
    Wrong("ex3_5_external_metrics", "truth_returns_rounded_scores", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = (round(score, 3) for score in homogeneity_completeness_v_measure(y_true, labels))
    ami = round(adjusted_mutual_info_score(y_true, labels), 3)
    if h == 1 and c == 1:
        verdict = "identical"
    elif h == 1:
        verdict = "split"
    elif c == 1:
        verdict = "merged"
    else:
        verdict = "split and merged"
    return {"homogeneity": h, "completeness": c, "v_measure": v, "ami": ami, "verdict": verdict}
''', mistake="Returns the scores rounded to 3 decimals like the table, instead of the values scikit-learn computes.",
          hint=r"round|decimal|exact|scikit-learn computes"),
    Wrong("ex3_5_external_metrics", "truth_split_merged_swapped", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    h_ok, c_ok = np.isclose(h, 1.0), np.isclose(c, 1.0)
    if h_ok and c_ok:
        verdict = "identical"
    elif c_ok:
        verdict = "split"          # thinks a split lowers homogeneity
    elif h_ok:
        verdict = "merged"
    else:
        verdict = "split and merged"
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', mistake="Has split and merged the wrong way round: a split group lowers completeness, not homogeneity.",
          hint=r"wrong way round|completeness|homogeneity|split.*merged|merged.*split"),
    Wrong("ex3_5_external_metrics", "truth_ari_as_ami", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    verdict = {(True, True): "identical", (True, False): "split", (False, True): "merged",
               (False, False): "split and merged"}[(bool(np.isclose(h, 1)), bool(np.isclose(c, 1)))]
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_rand_score(y_true, labels), "verdict": verdict}
''', mistake="Puts the adjusted Rand index under the 'ami' key instead of the adjusted mutual information.",
          hint=r"adjusted rand|\bARI\b|adjusted_mutual_info"),
    Wrong("ex3_5_external_metrics", "truth_nmi_as_ami", '''
from sklearn.metrics import normalized_mutual_info_score

def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    verdict = {(True, True): "identical", (True, False): "split", (False, True): "merged",
               (False, False): "split and merged"}[(bool(np.isclose(h, 1)), bool(np.isclose(c, 1)))]
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": normalized_mutual_info_score(y_true, labels), "verdict": verdict}
''', mistake="Uses the normalised mutual information, which is not adjusted for chance, as the AMI.",
          hint=r"normali[sz]ed mutual|adjusted for chance|adjusted_mutual_info|\bNMI\b"),
    Wrong("ex3_5_external_metrics", "truth_ami_max_average", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    ami = adjusted_mutual_info_score(y_true, labels, average_method="max")
    verdict = {(True, True): "identical", (True, False): "split", (False, True): "merged",
               (False, False): "split and merged"}[(bool(np.isclose(h, 1)), bool(np.isclose(c, 1)))]
    return {"homogeneity": h, "completeness": c, "v_measure": v, "ami": ami, "verdict": verdict}
''', mistake="Changes the AMI's average_method to 'max' instead of keeping scikit-learn's default ('arithmetic').",
          hint=r"default|average_method|arithmetic|adjusted_mutual_info"),
    Wrong("ex3_5_external_metrics", "truth_arithmetic_v_measure", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, _ = homogeneity_completeness_v_measure(y_true, labels)
    v = (h + c) / 2
    verdict = {(True, True): "identical", (True, False): "split", (False, True): "merged",
               (False, False): "split and merged"}[(bool(np.isclose(h, 1)), bool(np.isclose(c, 1)))]
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', mistake="Computes the V-measure as the arithmetic mean (h + c) / 2 instead of the harmonic mean 2hc / (h + c).",
          hint=r"harmonic|arithmetic|2hc"),
    Wrong("ex3_5_external_metrics", "truth_no_both_case", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    if not np.isclose(h, 1.0):
        verdict = "merged"
    elif not np.isclose(c, 1.0):
        verdict = "split"
    else:
        verdict = "identical"
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', mistake="Never returns 'split and merged': when a group is split and two groups are merged at once it answers 'merged'.",
          hint=r"both|split and merged"),
    Wrong("ex3_5_external_metrics", "truth_identical_needs_same_numbers", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    pure, whole = np.isclose(h, 1.0), np.isclose(c, 1.0)
    if np.array_equal(y_true, labels):
        verdict = "identical"
    elif pure and not whole:
        verdict = "split"
    elif whole and not pure:
        verdict = "merged"
    else:
        verdict = "split and merged"
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', mistake="Calls two clusterings identical only when the label numbers match one for one, so the same partition with other cluster numbers is reported as 'split and merged'.",
          hint=r"numbering|number(ed|s)? of the clusters|permut|renumber|relabel|up to"),
    Wrong("ex3_5_external_metrics", "truth_counts_clusters", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    n_groups, n_clusters = len(np.unique(y_true)), len(np.unique(labels))
    if n_clusters > n_groups:
        verdict = "split"
    elif n_clusters < n_groups:
        verdict = "merged"
    else:
        verdict = "identical"
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', mistake="Decides the verdict by comparing the number of clusters with the number of true groups, which says nothing about which observations went where.",
          hint=r"number of (clusters|groups)|count|same number|split and merged"),
    Wrong("ex3_5_external_metrics", "truth_shifts_inputs_in_place", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    # make both start at 0 so that np.bincount works on them
    y_true -= y_true.min()
    labels -= labels.min()
    table = np.zeros((y_true.max() + 1, labels.max() + 1), dtype=int)
    np.add.at(table, (y_true, labels), 1)
    occupied = table > 0
    split = (occupied.sum(axis=1) > 1).any()
    merged = (occupied.sum(axis=0) > 1).any()
    verdict = ("split and merged" if split and merged else
               "split" if split else "merged" if merged else "identical")
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', mistake="Shifts y_true and labels in place (y_true -= y_true.min()) to build a count table, which modifies the caller's arrays.",
          hint=r"modif|in place|changed|copy"),
    Wrong("ex3_5_external_metrics", "truth_wrong_key_names", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    verdict = {(True, True): "identical", (True, False): "split", (False, True): "merged",
               (False, False): "split and merged"}[(bool(np.isclose(h, 1)), bool(np.isclose(c, 1)))]
    return {"homogeneity": h, "completeness": c, "V-measure": v,
            "AMI": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', mistake="Uses the table's column names 'V-measure' and 'AMI' as keys instead of 'v_measure' and 'ami'.",
          hint=r"key|missing|v_measure|ami"),
    Wrong("ex3_5_external_metrics", "truth_verdict_wording", '''
def compare_with_truth(y_true, labels):
    """The four label-based scores of `labels` against `y_true`, and a verdict."""
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    pure, whole = bool(np.isclose(h, 1)), bool(np.isclose(c, 1))
    verdict = {(True, True): "identical", (True, False): "split", (False, True): "merged",
               (False, False): "merged and split"}[(pure, whole)]
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
''', mistake="Returns 'merged and split' instead of the exact string 'split and merged' when both happen.",
          hint=r"split and merged|exactly|one of"),
]
