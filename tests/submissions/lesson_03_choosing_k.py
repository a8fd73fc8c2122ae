"""Fake submissions for lesson 03_choosing_k (see tests/submissions/__init__.py)."""

from tests.submissions import Alternative, Wrong

WRONG = [
    # 3.1 inertia_sweep
    Wrong("ex3_1_inertia_sweep", "off_by_one_range", '''
def inertia_sweep(X, k_min=2, k_max=10):
    ks = list(range(k_min, k_max))
    return pd.Series([KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_
                      for k in ks], index=ks)
''',
          mistake='range(k_min, k_max) stops before k_max.',
          hint='k_max \\+ 1|stops before'),
    Wrong("ex3_1_inertia_sweep", "n_init_left_default", '''
def inertia_sweep(X, k_min=2, k_max=10):
    ks = list(range(k_min, k_max + 1))
    return pd.Series([KMeans(n_clusters=k, random_state=RANDOM_STATE).fit(X).inertia_
                      for k in ks], index=ks)
''',
          mistake='Leaves n_init at its default.',
          hint='n_init'),
    Wrong("ex3_1_inertia_sweep", "score_not_inertia", '''
def inertia_sweep(X, k_min=2, k_max=10):
    ks = list(range(k_min, k_max + 1))
    return pd.Series([KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).score(X)
                      for k in ks], index=ks)
''',
          mistake='KMeans.score is minus the inertia.',
          hint='MINUS the inertia'),
    # 3.2 silhouette_sweep
    Wrong("ex3_2_silhouette_sweep", "off_by_one_range", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    scores = {}
    for k in range(k_min, k_max):
        labels = KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit_predict(X)
        scores[k] = silhouette_score(X, labels)
    return pd.Series(scores)
''',
          mistake='range(k_min, k_max) stops before k_max.',
          hint='k_max \\+ 1|stops before'),
    Wrong("ex3_2_silhouette_sweep", "n_init_left_default", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    scores = {}
    for k in range(k_min, k_max + 1):
        labels = KMeans(n_clusters=k, random_state=RANDOM_STATE).fit_predict(X)
        scores[k] = silhouette_score(X, labels)
    return pd.Series(scores)
''',
          mistake='Leaves n_init at its default.',
          hint='n_init'),
    Wrong("ex3_2_silhouette_sweep", "indexed_by_position", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    scores = []
    for k in range(k_min, k_max + 1):
        labels = KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit_predict(X)
        scores.append(silhouette_score(X, labels))
    return pd.Series(scores)
''',
          mistake='Indexes the Series by position, not by k.',
          hint='position'),
    # 3.3 plot_scores
    Wrong("ex3_3_plot_scores", "plotted_against_positions", '''
def plot_scores(scores, ylabel):
    fig, ax = plt.subplots()
    ax.plot(scores.to_numpy(), marker="o")
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return ax
''',
          mistake='Plots against positions 0, 1, 2, ...',
          hint='position'),
    Wrong("ex3_3_plot_scores", "no_axis_labels", '''
def plot_scores(scores, ylabel):
    fig, ax = plt.subplots()
    ax.plot(scores.index, scores.to_numpy(), marker="o")
    ax.set_title(ylabel)
    return ax
''',
          mistake='Puts the label in the title and leaves the axes unlabelled.',
          hint='label'),
    Wrong("ex3_3_plot_scores", "draws_on_current_axes", '''
def plot_scores(scores, ylabel):
    ax = plt.gca()
    ax.plot(scores.index, scores.to_numpy(), marker="o")
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return ax
''',
          mistake='Draws on the current Axes instead of a new figure.',
          hint='new figure'),
    Wrong("ex3_3_plot_scores", "returns_fig", '''
def plot_scores(scores, ylabel):
    fig, ax = plt.subplots()
    ax.plot(scores.index, scores.to_numpy(), marker="o")
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return fig
''',
          mistake='Returns the Figure, not the Axes.',
          hint='Axes'),
    # 3.4 choose_k
    Wrong("ex3_4_choose_k", "argmin_for_argmax", '''
def choose_k(silhouette_scores):
    return int(silhouette_scores.idxmin())
''',
          mistake='Picks the lowest score.',
          hint='LOWEST'),
    Wrong("ex3_4_choose_k", "position_plus_two", '''
def choose_k(silhouette_scores):
    return int(np.argmax(silhouette_scores.to_numpy())) + 2
''',
          mistake='Position + 2 assumes the index starts at 2.',
          hint='plus 2|start at 2'),
    Wrong("ex3_4_choose_k", "largest_k_on_tie", '''
def choose_k(silhouette_scores):
    best = silhouette_scores.max()
    return int(max(k for k, s in silhouette_scores.items() if s == best))
''',
          mistake='Picks the largest k on a tie.',
          hint='SMALLER k'),
    # 3.6 cluster_profile
    Wrong("ex3_6_cluster_profile", "adds_column_to_input", '''
def cluster_profile(df, labels):
    df["cluster"] = labels
    profile = df.groupby("cluster").mean()
    profile["size"] = df.groupby("cluster").size()
    return profile
''',
          mistake="Adds a column to the caller's df.",
          hint='do not add a column to df'),
    Wrong("ex3_6_cluster_profile", "profiles_scaled_data", '''
def cluster_profile(df, labels):
    scaled = pd.DataFrame(StandardScaler().fit_transform(df), columns=df.columns)
    grouped = scaled.groupby(np.asarray(labels))
    profile = grouped.mean()
    profile["size"] = grouped.size()
    return profile
''',
          mistake='Profiles scaled data.',
          hint='SCALED'),
    Wrong("ex3_6_cluster_profile", "size_share", '''
def cluster_profile(df, labels):
    grouped = df.groupby(np.asarray(labels))
    profile = grouped.mean()
    profile["size"] = grouped.size() / len(df)
    return profile
''',
          mistake='Gives the fraction of rows, not the count.',
          hint='count of rows'),
    Wrong("ex3_6_cluster_profile", "median_not_mean", '''
def cluster_profile(df, labels):
    grouped = df.groupby(np.asarray(labels))
    profile = grouped.median()
    profile["size"] = grouped.size()
    return profile
''',
          mistake='Uses the median.',
          hint='median'),
    # 3.5 compare_with_truth (external metrics)
    Wrong("ex3_5_external_metrics", "arguments_swapped", """
def compare_with_truth(y_true, labels):
    h, c, v = homogeneity_completeness_v_measure(labels, y_true)   # clustering first
    if abs(h - 1) < 1e-9 and abs(c - 1) < 1e-9:
        verdict = "identical"
    elif abs(h - 1) < 1e-9:
        verdict = "split"
    elif abs(c - 1) < 1e-9:
        verdict = "merged"
    else:
        verdict = "split and merged"
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(labels, y_true), "verdict": verdict}
""",
          mistake="Passes the clustering first, so homogeneity and completeness trade places.",
          hint=r"true labels come first"),
    Wrong("ex3_5_external_metrics", "ari_for_ami", """
def compare_with_truth(y_true, labels):
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    pure, whole = np.isclose(h, 1), np.isclose(c, 1)
    verdict = ("identical" if pure and whole else "split" if pure else
               "merged" if whole else "split and merged")
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_rand_score(y_true, labels), "verdict": verdict}
""",
          mistake="Returns the adjusted Rand index under the key ami.",
          hint=r"adjusted Rand index"),
    Wrong("ex3_5_external_metrics", "nmi_for_ami", """
from sklearn.metrics import normalized_mutual_info_score

def compare_with_truth(y_true, labels):
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    pure, whole = np.isclose(h, 1), np.isclose(c, 1)
    verdict = ("identical" if pure and whole else "split" if pure else
               "merged" if whole else "split and merged")
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": normalized_mutual_info_score(y_true, labels), "verdict": verdict}
""",
          mistake="Uses the normalised mutual information, which is not adjusted for chance.",
          hint=r"not adjusted for chance"),
    Wrong("ex3_5_external_metrics", "arithmetic_mean_for_v", """
def compare_with_truth(y_true, labels):
    h, c, _ = homogeneity_completeness_v_measure(y_true, labels)
    pure, whole = np.isclose(h, 1), np.isclose(c, 1)
    verdict = ("identical" if pure and whole else "split" if pure else
               "merged" if whole else "split and merged")
    return {"homogeneity": h, "completeness": c, "v_measure": (h + c) / 2,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
""",
          mistake="Computes the V-measure as the arithmetic mean of homogeneity and completeness.",
          hint=r"harmonic mean"),
    Wrong("ex3_5_external_metrics", "split_and_merged_swapped", """
def compare_with_truth(y_true, labels):
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    pure, whole = np.isclose(h, 1), np.isclose(c, 1)
    verdict = ("identical" if pure and whole else "merged" if pure else
               "split" if whole else "split and merged")
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
""",
          mistake="Says merged when a group is split, and split when groups are merged.",
          hint=r"wrong way round"),
    Wrong("ex3_5_external_metrics", "exact_comparison_with_1", """
def compare_with_truth(y_true, labels):
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
""",
          mistake="Compares the scores with 1 exactly, so a perfect score with a rounding error counts as imperfect.",
          hint=r"0\.9999999999999996|rounding error"),
    Wrong("ex3_5_external_metrics", "rounds_the_scores", """
def compare_with_truth(y_true, labels):
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    pure, whole = round(h, 3) == 1, round(c, 3) == 1
    verdict = ("identical" if pure and whole else "split" if pure else
               "merged" if whole else "split and merged")
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
""",
          mistake="Rounds the scores to 3 decimals before comparing them with 1, so one misplaced observation goes unnoticed.",
          hint=r"do not round"),
    Wrong("ex3_5_external_metrics", "no_split_and_merged", """
def compare_with_truth(y_true, labels):
    h, c, v = homogeneity_completeness_v_measure(y_true, labels)
    if np.isclose(h, 1) and np.isclose(c, 1):
        verdict = "identical"
    elif np.isclose(h, 1):
        verdict = "split"
    else:
        verdict = "merged"            # forgets the case where both scores drop
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
""",
          mistake="Never answers 'split and merged': when both scores drop it says 'merged'.",
          hint=r"both scores are below 1"),

    # Known cases of the "Fair grades" issue and the student report
    Wrong("ex3_1_inertia_sweep", "standardises_inside", '''
def inertia_sweep(X, k_min=2, k_max=10):
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    ks = list(range(k_min, k_max + 1))
    return pd.Series([KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_
                      for k in ks], index=ks)
''', mistake="Standardises X again inside the sweep, although X is to be used as given.",
          hint=r"SCALED data"),
    Wrong("ex3_1_inertia_sweep", "ignores_k_min_and_k_max", '''
def inertia_sweep(X, k_min=2, k_max=10):
    ks = list(range(2, 11))
    return pd.Series([KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_
                      for k in ks], index=ks)
''', mistake="Sweeps k = 2..10 whatever k_min and k_max are.", hint=r"ignores k_(min|max)"),
    Wrong("ex3_2_silhouette_sweep", "standardises_inside", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    X = StandardScaler().fit_transform(X)
    scores = {}
    for k in range(k_min, k_max + 1):
        labels = KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit_predict(X)
        scores[k] = silhouette_score(X, labels)
    return pd.Series(scores)
''', mistake="Standardises X again inside the sweep, although X is to be used as given.",
          hint=r"SCALED data"),
    Wrong("ex3_2_silhouette_sweep", "hardcoded_k_max", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    scores = {}
    for k in range(k_min, 11):
        labels = KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit_predict(X)
        scores[k] = silhouette_score(X, labels)
    return pd.Series(scores)
''', mistake="Always stops at k = 10 and ignores the k_max argument.", hint=r"ignores k_max"),
    Wrong("ex3_2_silhouette_sweep", "starts_at_2", '''
def silhouette_sweep(X, k_min=2, k_max=10):
    scores = {}
    for k in range(2, k_max + 1):
        labels = KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit_predict(X)
        scores[k] = silhouette_score(X, labels)
    return pd.Series(scores)
''', mistake="Always starts at k = 2 and ignores the k_min argument.", hint=r"ignores k_min"),
    Wrong("ex3_3_plot_scores", "scores_on_x_axis", '''
def plot_scores(scores, ylabel):
    fig, ax = plt.subplots()
    ax.plot(scores.to_numpy(), scores.index, marker="o")
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel(ylabel)
    return ax
''', mistake="Puts the scores on the x-axis and k on the y-axis.", hint=r"swapped"),
    Wrong("ex3_4_choose_k", "rounds_before_comparing", '''
def choose_k(silhouette_scores):
    return int(silhouette_scores.round(2).idxmax())
''', mistake="Rounds the scores, so a near-tie counts as a tie.", hint=r"without rounding"),
    Wrong("ex3_6_cluster_profile", "unsorted_labels", '''
def cluster_profile(df, labels):
    grouped = df.groupby(np.asarray(labels), sort=False)
    profile = grouped.mean()
    profile["size"] = grouped.size()
    return profile
''', mistake="Keeps the clusters in order of first appearance.", hint=r"first appearance"),
    Wrong("ex3_6_cluster_profile", "bincount_sizes", '''
def cluster_profile(df, labels):
    profile = df.groupby(np.asarray(labels)).mean()
    profile["size"] = np.bincount(labels)
    return profile
''', mistake="np.bincount assumes labels 0..k-1.", hint=r"not 0\.\.k-1"),
]

ALTERNATIVE = [
    Alternative("ex3_1_inertia_sweep", "dict_and_sum_of_squares", '''
def inertia_sweep(X, k_min=2, k_max=10):
    X = np.asarray(X, dtype=float)
    result = {}
    for k in range(k_min, k_max + 1):
        model = KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X)
        nearest = model.cluster_centers_[model.labels_]
        result[k] = float(((X - nearest) ** 2).sum())
    return pd.Series(result)
'''),
    Alternative("ex3_2_silhouette_sweep", "samples_mean_predict", '''
from sklearn.metrics import silhouette_samples

def silhouette_sweep(X, k_min=2, k_max=10):
    ks = np.arange(k_min, k_max + 1)
    values = []
    for k in ks:
        model = KMeans(n_clusters=int(k), n_init=10, random_state=RANDOM_STATE)
        values.append(silhouette_samples(X, model.fit(X).predict(X)).mean())
    return pd.Series(values, index=ks, name="silhouette")
'''),
    Alternative("ex3_3_plot_scores", "pandas_plot_figsize", '''
def plot_scores(scores, ylabel):
    fig, ax = plt.subplots(figsize=(5, 3))
    scores.plot(ax=ax, marker="s", legend=False)
    ax.set(xlabel="Number of clusters k", ylabel=ylabel)
    return ax
'''),
    Alternative("ex3_4_choose_k", "idxmax_bare", '''
def choose_k(silhouette_scores):
    return int(silhouette_scores.idxmax())
'''),
    Alternative("ex3_4_choose_k", "loop_strictly_greater", '''
def choose_k(silhouette_scores):
    best_k, best_score = None, -np.inf
    for k, score in zip(silhouette_scores.index, silhouette_scores.to_numpy()):
        if score > best_score:
            best_k, best_score = k, score
    return int(best_k)
'''),
    Alternative("ex3_5_external_metrics", "separate_scores_isclose", """
from sklearn.metrics import completeness_score, homogeneity_score, v_measure_score

def compare_with_truth(y_true, labels):
    h = homogeneity_score(y_true, labels)
    c = completeness_score(y_true, labels)
    if np.isclose(h, 1.0) and np.isclose(c, 1.0):
        verdict = "identical"
    elif np.isclose(h, 1.0):
        verdict = "split"
    elif np.isclose(c, 1.0):
        verdict = "merged"
    else:
        verdict = "split and merged"
    return dict(homogeneity=h, completeness=c, v_measure=v_measure_score(y_true, labels),
                ami=adjusted_mutual_info_score(y_true, labels), verdict=verdict)
""", style="the three separate score functions, np.isclose, dict(...)"),
    Alternative("ex3_5_external_metrics", "contingency_table_verdict", """
from sklearn.metrics import normalized_mutual_info_score

def compare_with_truth(y_true, labels):
    table = pd.crosstab(np.asarray(y_true), np.asarray(labels))   # groups x clusters
    pure = bool(((table > 0).sum(axis=0) == 1).all())    # every cluster holds one group
    whole = bool(((table > 0).sum(axis=1) == 1).all())   # every group sits in one cluster
    verdict = ("identical" if pure and whole else "split" if pure else
               "merged" if whole else "split and merged")
    h, c, _ = homogeneity_completeness_v_measure(y_true, labels)
    return {"homogeneity": float(h), "completeness": float(c),
            "v_measure": normalized_mutual_info_score(y_true, labels, average_method="arithmetic"),
            "ami": float(adjusted_mutual_info_score(y_true, labels)), "verdict": verdict,
            "ari": adjusted_rand_score(y_true, labels)}
""", style="verdict read from a contingency table (no tolerance needed), V-measure as the "
           "arithmetic-mean NMI, an extra key"),
    Alternative("ex3_5_external_metrics", "entropies_by_hand", """
def compare_with_truth(y_true, labels):
    y_true, labels = np.asarray(y_true), np.asarray(labels)

    def entropy(a):
        p = np.unique(a, return_counts=True)[1] / len(a)
        return float(-(p * np.log(p)).sum())

    def conditional_entropy(a, given):          # H(a | given)
        return sum((given == g).mean() * entropy(a[given == g]) for g in np.unique(given))

    h_true, h_pred = entropy(y_true), entropy(labels)
    h = 1.0 if h_true == 0 else 1 - conditional_entropy(y_true, labels) / h_true
    c = 1.0 if h_pred == 0 else 1 - conditional_entropy(labels, y_true) / h_pred
    v = 0.0 if h + c == 0 else 2 * h * c / (h + c)
    pure, whole = 1 - h < 1e-9, 1 - c < 1e-9
    verdict = {(True, True): "identical", (True, False): "split",
               (False, True): "merged", (False, False): "split and merged"}[(pure, whole)]
    return {"homogeneity": h, "completeness": c, "v_measure": v,
            "ami": adjusted_mutual_info_score(y_true, labels), "verdict": verdict}
""", style="homogeneity and completeness from entropies computed with NumPy"),
    Alternative("ex3_6_cluster_profile", "named_aggregation_on_copy", '''
def cluster_profile(df, labels):
    work = df.copy()
    work["_cluster"] = labels
    aggregations = {column: (column, "mean") for column in df.columns}
    aggregations["size"] = (df.columns[0], "size")
    profile = work.groupby("_cluster").agg(**aggregations)
    return profile.sort_index()
'''),
    Alternative("ex3_6_cluster_profile", "loop_over_labels", '''
def cluster_profile(df, labels):
    labels = np.asarray(labels)
    rows = {}
    for label in sorted(set(labels.tolist())):
        members = df.to_numpy()[labels == label]
        rows[label] = list(members.mean(axis=0)) + [len(members)]
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(df.columns) + ["size"])
'''),
]

# Mutants of the answer key that are still correct answers (python -m autograder mutants).
EQUIVALENT_MUTANTS = {
    "ex3_1_inertia_sweep:drop_keyword:7:11:name": "the Series name is not part of the spec",
    "ex3_2_silhouette_sweep:drop_keyword:8:11:name": "the Series name is not part of the spec",
    "ex3_5_external_metrics:compare:5:11:0":
        "abs(h - 1) <= 1e-9 instead of <: differs only for a score exactly 1e-9 away from 1, "
        "which no clustering gives; any tolerance from rounding error (about 1e-15) up to "
        "np.isclose's 1e-5 is correct, as the statement says",
    "ex3_5_external_metrics:constant:5:34:1e-09":
        "a tolerance of 2e-9 instead of 1e-9: any tolerance from rounding error up to "
        "np.isclose's 1e-5 is correct, as the statement says",
    "ex3_5_external_metrics:compare:6:12:0":
        "abs(c - 1) <= 1e-9 instead of <: as for homogeneity, no clustering gives a score "
        "exactly 1e-9 away from 1",
    "ex3_5_external_metrics:constant:6:36:1e-09":
        "a tolerance of 2e-9 instead of 1e-9 for completeness: any tolerance from rounding "
        "error up to np.isclose's 1e-5 is correct",
}
