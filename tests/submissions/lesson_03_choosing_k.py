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
    # 3.5 cluster_profile
    Wrong("ex3_5_cluster_profile", "adds_column_to_input", '''
def cluster_profile(df, labels):
    df["cluster"] = labels
    profile = df.groupby("cluster").mean()
    profile["size"] = df.groupby("cluster").size()
    return profile
''',
          mistake="Adds a column to the caller's df.",
          hint='do not add a column to df'),
    Wrong("ex3_5_cluster_profile", "profiles_scaled_data", '''
def cluster_profile(df, labels):
    scaled = pd.DataFrame(StandardScaler().fit_transform(df), columns=df.columns)
    grouped = scaled.groupby(np.asarray(labels))
    profile = grouped.mean()
    profile["size"] = grouped.size()
    return profile
''',
          mistake='Profiles scaled data.',
          hint='SCALED'),
    Wrong("ex3_5_cluster_profile", "size_share", '''
def cluster_profile(df, labels):
    grouped = df.groupby(np.asarray(labels))
    profile = grouped.mean()
    profile["size"] = grouped.size() / len(df)
    return profile
''',
          mistake='Gives the fraction of rows, not the count.',
          hint='count of rows'),
    Wrong("ex3_5_cluster_profile", "median_not_mean", '''
def cluster_profile(df, labels):
    grouped = df.groupby(np.asarray(labels))
    profile = grouped.median()
    profile["size"] = grouped.size()
    return profile
''',
          mistake='Uses the median.',
          hint='median'),
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
    Wrong("ex3_5_cluster_profile", "unsorted_labels", '''
def cluster_profile(df, labels):
    grouped = df.groupby(np.asarray(labels), sort=False)
    profile = grouped.mean()
    profile["size"] = grouped.size()
    return profile
''', mistake="Keeps the clusters in order of first appearance.", hint=r"first appearance"),
    Wrong("ex3_5_cluster_profile", "bincount_sizes", '''
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
    Alternative("ex3_5_cluster_profile", "named_aggregation_on_copy", '''
def cluster_profile(df, labels):
    work = df.copy()
    work["_cluster"] = labels
    aggregations = {column: (column, "mean") for column in df.columns}
    aggregations["size"] = (df.columns[0], "size")
    profile = work.groupby("_cluster").agg(**aggregations)
    return profile.sort_index()
'''),
    Alternative("ex3_5_cluster_profile", "loop_over_labels", '''
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
}
