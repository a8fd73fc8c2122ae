"""Fake submissions for lesson 04 (silhouette diagrams, limits of k-means)."""

from tests.submissions import Alternative, Wrong

WRONG = [
    # --- ex4_1: silhouette coefficients with NumPy
    Wrong("ex4_1_silhouette", "a_counts_the_instance_itself", '''
def silhouette_coefficients(X, labels):
    X, labels = np.asarray(X, dtype=float), np.asarray(labels)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    s = np.zeros(len(X))
    for i in range(len(X)):
        own = labels == labels[i]
        if own.sum() == 1:
            continue
        a = D[i, own].mean()            # includes the zero distance to itself
        b = min(D[i, labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Includes the instance's zero distance to itself when averaging a.",
          hint=r"instance itself|size - 1"),
    Wrong("ex4_1_silhouette", "b_over_all_other_instances", '''
def silhouette_coefficients(X, labels):
    X, labels = np.asarray(X, dtype=float), np.asarray(labels)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    s = np.zeros(len(X))
    for i in range(len(X)):
        own = labels == labels[i]
        if own.sum() == 1:
            continue
        a = D[i, own].sum() / (own.sum() - 1)
        b = D[i, ~own].mean()           # every other cluster at once, not the nearest
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Computes b over all instances outside the cluster instead of the nearest other cluster.",
          hint=r"NEAREST other cluster|not to all instances"),
    Wrong("ex4_1_silhouette", "no_square_root", '''
def silhouette_coefficients(X, labels):
    X, labels = np.asarray(X, dtype=float), np.asarray(labels)
    D = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)   # forgot the square root
    s = np.zeros(len(X))
    for i in range(len(X)):
        own = labels == labels[i]
        if own.sum() == 1:
            continue
        a = D[i, own].sum() / (own.sum() - 1)
        b = min(D[i, labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Uses squared distances instead of Euclidean distances.",
          hint=r"squared distances|Euclidean"),
    Wrong("ex4_1_silhouette", "labels_assumed_0_to_k_minus_1", '''
def silhouette_coefficients(X, labels):
    X, labels = np.asarray(X, dtype=float), np.asarray(labels)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    k = labels.max() + 1
    s = np.zeros(len(X))
    for i in range(len(X)):
        own = labels == labels[i]
        if own.sum() == 1:
            continue
        a = D[i, own].sum() / (own.sum() - 1)
        b = min(D[i, labels == c].mean() for c in range(k)
                if c != labels[i] and np.any(labels == c))
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Assumes the labels are 0..k-1, so clusters with negative labels are never compared.",
          hint=r"any label values|not only 0\.\.k-1"),
    # --- ex4_2: the diagram
    Wrong("ex4_2_diagram", "knives_not_sorted", '''
def plot_silhouette_diagram(X, labels, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    lower = 0
    for c in np.unique(labels):
        knife = s[labels == c]                      # in data order, not sorted
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(s.mean(), color="red", linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("cluster")
    return ax
''', mistake="Draws each cluster's coefficients in data order instead of sorted.",
          hint=r"not sorted|np\.sort"),
    Wrong("ex4_2_diagram", "line_at_mean_of_the_cluster_means", '''
def plot_silhouette_diagram(X, labels, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    lower = 0
    means = []
    for c in np.unique(labels):
        knife = np.sort(s[labels == c])
        means.append(knife.mean())
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(np.mean(means), color="red", linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("cluster")
    return ax
''', mistake="Draws the line at the mean of the per-cluster means instead of the silhouette score.",
          hint=r"per-cluster means|ALL instances"),
    Wrong("ex4_2_diagram", "knives_all_from_row_0", '''
def plot_silhouette_diagram(X, labels, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    for c in np.unique(labels):
        knife = np.sort(s[labels == c])
        ax.fill_betweenx(np.arange(len(knife)), 0, knife, alpha=0.5)   # all start at 0
    ax.axvline(s.mean(), color="red", linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("cluster")
    return ax
''', mistake="Starts every knife at row 0, so the knives overlap.",
          hint=r"overlap|above the previous one"),
    Wrong("ex4_2_diagram", "ignores_given_ax", '''
def plot_silhouette_diagram(X, labels, ax=None):
    fig, ax = plt.subplots()                       # always a new figure
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    lower = 0
    for c in np.unique(labels):
        knife = np.sort(s[labels == c])
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(s.mean(), color="red", linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("cluster")
    return ax
''', mistake="Always creates a new figure, ignoring the ax passed in.",
          hint=r"ax it is given|not create a new figure"),
    # --- ex4_3: weak clusters
    Wrong("ex4_3_weak", "compares_cluster_mean", '''
def weak_clusters(X, labels, fraction=1.0):
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    return [int(c) for c in np.unique(labels) if s[labels == c].mean() < s.mean()]
''', mistake="Compares each cluster's mean coefficient with the score instead of counting instances below it.",
          hint=r"compare the cluster's MEAN|count the instances below"),
    Wrong("ex4_3_weak", "compares_with_zero", '''
def weak_clusters(X, labels, fraction=1.0):
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    return [int(c) for c in np.unique(labels) if np.mean(s[labels == c] < 0) >= fraction]
''', mistake="Counts the coefficients below 0 instead of below the silhouette score.",
          hint=r"not with 0"),
    Wrong("ex4_3_weak", "fixed_half_threshold", '''
def weak_clusters(X, labels, fraction=1.0):
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    below = s < s.mean()
    return [int(c) for c in np.unique(labels) if below[labels == c].mean() >= 0.5]
''', mistake="Uses a fixed 0.5 instead of the fraction argument.",
          hint=r"fraction. argument|fixed 0\.5"),
    Wrong("ex4_3_weak", "score_is_mean_of_cluster_means", '''
def weak_clusters(X, labels, fraction=1.0):
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    line = np.mean([s[labels == c].mean() for c in np.unique(labels)])
    return [int(c) for c in np.unique(labels) if np.mean(s[labels == c] < line) >= fraction]
''', mistake="Uses the mean of the per-cluster mean coefficients as the score.",
          hint=r"per-cluster means|ALL instances"),
    Wrong("ex4_3_weak", "more_than_half_rule", '''
def weak_clusters(X, labels, fraction=0.5):
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    below = s < s.mean()
    return [int(c) for c in np.unique(labels) if below[labels == c].mean() > fraction]
''', mistake="The lesson's former rule: more than `fraction` (default 0.5) instead of at least "
          "`fraction` (default 1.0).",
          hint=r"AT LEAST|default is fraction=1\.0"),
    Wrong("ex4_3_weak", "default_half", '''
def weak_clusters(X, labels, fraction=0.5):
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    below = s < s.mean()
    return [int(c) for c in np.unique(labels) if below[labels == c].mean() >= fraction]
''', mistake="Right rule, wrong default: fraction=0.5 instead of 1.0.",
          hint=r"default is fraction=1\.0"),
    Wrong("ex4_3_weak", "longest_bar_only", '''
def weak_clusters(X, labels, fraction=1.0):
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    return [int(c) for c in np.unique(labels) if s[labels == c].max() < s.mean()]
''', mistake="Tests only whether the longest bar ends left of the line, whatever `fraction` is.",
          hint=r"use the `fraction` argument"),
    Wrong("ex4_2_diagram", "gca_when_no_ax", '''
def plot_silhouette_diagram(X, labels, ax=None):
    ax = ax if ax is not None else plt.gca()       # current Axes, maybe an old figure
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    lower = 0
    for c in np.unique(labels):
        knife = np.sort(s[labels == c])
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(s.mean(), linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("cluster")
    return ax
''', mistake="Draws on plt.gca() instead of a new figure when ax is None.",
          hint=r"new figure"),
    Wrong("ex4_2_diagram", "any_order_top_down", '''
def plot_silhouette_diagram(X, labels, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    top = 0
    for c in np.unique(labels):                     # smallest label at the TOP
        knife = np.sort(s[labels == c])
        ax.fill_betweenx(np.arange(top - len(knife), top), 0, knife)
        top -= len(knife) + 10
    ax.axvline(s.mean(), linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("cluster")
    return ax
''', mistake="Stacks the knives top-down, so the smallest label is at the top, not the bottom.",
          hint=r"increasing label order from bottom"),
    Wrong("ex4_1_silhouette", "pairwise_distances_from_sklearn", '''
def silhouette_coefficients(X, labels):
    from sklearn.metrics import pairwise_distances
    X, labels = np.asarray(X, dtype=float), np.asarray(labels)
    D = pairwise_distances(X)
    s = np.zeros(len(X))
    for i in range(len(X)):
        own = labels == labels[i]
        if own.sum() == 1:
            continue
        a = D[i, own].sum() / (own.sum() - 1)
        b = min(D[i, labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Uses scikit-learn's pairwise_distances although the statement says NumPy only.",
          hint=r"pairwise_distances, which the statement rules out"),
    # --- ex4_5: inertia of a partition
    Wrong("ex4_5_inertia", "distances_not_squared", '''
def partition_inertia(X, labels):
    X, labels = np.asarray(X, dtype=float), np.asarray(labels)
    total = 0.0
    for c in np.unique(labels):
        members = X[labels == c]
        total += np.linalg.norm(members - members.mean(axis=0), axis=1).sum()
    return total
''', mistake="Adds the plain distances to the centroid instead of the squared distances.",
          hint=r"square the distances"),
    Wrong("ex4_5_inertia", "mean_over_instances", '''
def partition_inertia(X, labels):
    X, labels = np.asarray(X, dtype=float), np.asarray(labels)
    centres = {c: X[labels == c].mean(axis=0) for c in np.unique(labels)}
    return np.mean([((x - centres[c]) ** 2).sum() for x, c in zip(X, labels)])
''', mistake="Returns the mean of the squared distances instead of their sum.",
          hint=r"not their mean|sum of the squared distances"),
    Wrong("ex4_5_inertia", "refits_kmeans", '''
def partition_inertia(X, labels):
    k = len(np.unique(labels))
    return KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_
''', mistake="Fits k-means and returns its inertia instead of using the given labels.",
          hint=r"labels you are given|do not fit k-means"),
]

ALTERNATIVE = [
    Alternative("ex4_1_silhouette", "loop_per_instance", '''
def silhouette_coefficients(X, labels):
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    result = np.empty(len(X))
    for i, x in enumerate(X):
        d = np.linalg.norm(X - x, axis=1)
        mine = labels == labels[i]
        if mine.sum() < 2:
            result[i] = 0.0
            continue
        a = d[mine].sum() / (mine.sum() - 1)
        b = np.inf
        for other in set(labels.tolist()) - {labels[i].item()}:
            b = min(b, d[labels == other].mean())
        result[i] = (b - a) / max(a, b)
    return result
'''),
    Alternative("ex4_1_silhouette", "one_hot_matrix_products", '''
def silhouette_coefficients(X, labels):
    X = np.asarray(X, dtype=float)
    _, inverse, counts = np.unique(labels, return_inverse=True, return_counts=True)
    sq = (X ** 2).sum(axis=1)
    D = np.sqrt(np.clip(sq[:, None] + sq[None, :] - 2 * X @ X.T, 0, None))
    np.fill_diagonal(D, 0.0)
    onehot = np.eye(len(counts))[inverse]           # (n, k) membership matrix
    mean_to = (D @ onehot) / counts
    n = np.arange(len(X))
    own_count = counts[inverse]
    with np.errstate(divide="ignore", invalid="ignore"):
        a = (D @ onehot)[n, inverse] / (own_count - 1)
    mean_to[n, inverse] = np.inf
    b = mean_to.min(axis=1)
    s = np.where(own_count > 1, (b - a) / np.maximum(a, b), 0.0)
    return s
'''),
    Alternative("ex4_2_diagram", "top_down_with_score_function", '''
def plot_silhouette_diagram(X, labels, ax=None):
    ax = ax if ax is not None else plt.figure().add_subplot()
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    top = 0
    for c in sorted(set(labels.tolist()), reverse=True):  # largest label at the top
        values = -np.sort(-coefficients[labels == c])   # decreasing, drawn downwards
        rows = np.arange(top - len(values), top)[::-1]
        ax.fill_betweenx(rows, values, color="C0" if c % 2 else "C1")
        top -= len(values) + 5
    ax.axvline(x=silhouette_score(X, labels), color="k", ls="dashed")
    ax.set(xlabel="coefficient", ylabel="instances by cluster", title="silhouette diagram")
    return ax
'''),
    Alternative("ex4_2_diagram", "barh_one_call_per_knife", '''
def plot_silhouette_diagram(X, labels, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    y = 0
    for c in np.unique(labels):
        knife = np.sort(s[labels == c])[::-1]
        ax.barh(y + np.arange(len(knife)), knife, height=1.0, edgecolor="none")
        y += len(knife) + 8
    ax.axvline(silhouette_score(X, labels), color="k", linestyle=(0, (4, 2)))
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    return ax
'''),
    Alternative("ex4_2_diagram", "no_gap_between_knives", '''
def plot_silhouette_diagram(X, labels, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    labels = np.asarray(labels)
    s = silhouette_samples(X, labels)
    lower = 0
    for c in np.unique(labels):
        knife = np.sort(s[labels == c])
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife)                       # the next knife starts right above: no gap
    ax.axvline(s.mean(), linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    return ax
''', style="knives stacked with no gap at all (the statement allows a gap of any size)"),
    Alternative("ex4_3_weak", "dictionary_of_fractions", '''
def weak_clusters(X, labels, fraction=1.0):
    s = silhouette_samples(X, labels)
    score = silhouette_score(X, labels)
    share = {}
    for label, value in zip(np.asarray(labels).tolist(), s):
        below, total = share.get(label, (0, 0))
        share[label] = (below + (value < score), total + 1)
    return sorted(label for label, (below, total) in share.items() if below / total >= fraction)
'''),
    Alternative("ex4_5_inertia", "variance_times_size", '''
def partition_inertia(X, labels):
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    return sum(len(X[labels == c]) * X[labels == c].var(axis=0).sum()
               for c in np.unique(labels))
'''),
    Alternative("ex4_5_inertia", "centroids_by_inverse_index", '''
def partition_inertia(X, labels):
    X = np.asarray(X, dtype=float)
    clusters, inverse = np.unique(labels, return_inverse=True)
    centroids = np.array([X[inverse == j].mean(axis=0) for j in range(len(clusters))])
    return np.sum((X - centroids[inverse]) ** 2)
'''),
]

# Mutants (python -m autograder mutants) that cannot change behaviour, with the reason.
EQUIVALENT_MUTANTS = {
    "ex4_2_diagram:constant:9:12:0":
        "lower = 1: the row where the first knife starts does not matter",
    "ex4_2_diagram:constant:13:30:10":
        "a gap of 11 rows instead of 10 between knives: any non-negative gap is correct",
}
