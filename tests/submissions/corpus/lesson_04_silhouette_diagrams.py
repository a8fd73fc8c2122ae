"""Student-written corpus for lesson 04_silhouette_diagrams: written from the student copy alone."""
from tests.submissions import Alternative, Wrong

ALTERNATIVE = [
    # ---------------- ex4_1_silhouette ----------------
    Alternative("ex4_1_silhouette", "onehot_matrix_product", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels).ravel()
    clusters, inverse = np.unique(labels, return_inverse=True)
    inverse = inverse.ravel()
    n, k = len(X), len(clusters)
    diff = X[:, None, :] - X[None, :, :]
    D = np.sqrt((diff ** 2).sum(axis=-1))
    onehot = (inverse[:, None] == np.arange(k)[None, :]).astype(float)
    sums = D @ onehot                          # (n, k): total distance to each cluster
    sizes = onehot.sum(axis=0)
    own_size = sizes[inverse]
    rows = np.arange(n)
    with np.errstate(divide="ignore", invalid="ignore"):
        a = sums[rows, inverse] / (own_size - 1)
        means = sums / sizes
        means[rows, inverse] = np.inf
        b = means.min(axis=1)
        denom = np.maximum(a, b)
        s = (b - a) / denom
    return np.where((own_size > 1) & (denom > 0), s, 0.0)
''', style="fully vectorised: broadcast distance matrix, one-hot membership matrix and a matrix product"),
    Alternative("ex4_1_silhouette", "loop_over_instances", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels).ravel()
    clusters = np.unique(labels)
    s = np.zeros(len(X))
    for i in range(len(X)):
        d = np.linalg.norm(X - X[i], axis=1)
        same = labels == labels[i]
        same[i] = False
        if not same.any():
            continue                           # alone in its cluster: s = 0
        a = d[same].mean()
        b = min(d[labels == c].mean() for c in clusters if c != labels[i])
        m = max(a, b)
        s[i] = (b - a) / m if m > 0 else 0.0
    return s
''', style="explicit loop over instances, np.linalg.norm per row, like the worked example"),
    Alternative("ex4_1_silhouette", "gram_loop_over_clusters", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels).ravel()
    sq = np.einsum("ij,ij->i", X, X)
    D = np.sqrt(np.clip(sq[:, None] + sq[None, :] - 2.0 * X @ X.T, 0.0, None))
    np.fill_diagonal(D, 0.0)
    n = len(X)
    a = np.zeros(n)
    b = np.full(n, np.inf)
    alone = np.zeros(n, dtype=bool)
    for c in np.unique(labels):
        members = labels == c
        size = members.sum()
        total = D[:, members].sum(axis=1)
        if size > 1:
            a[members] = total[members] / (size - 1)
        else:
            alone[members] = True
        others = ~members
        b[others] = np.minimum(b[others], total[others] / size)
    denom = np.maximum(a, b)
    s = np.zeros(n)
    ok = ~alone & (denom > 0)
    s[ok] = (b[ok] - a[ok]) / denom[ok]
    return s
''', style="distances from the Gram-matrix expansion |x|^2 + |y|^2 - 2xy, loop over clusters updating a and b"),
    Alternative("ex4_1_silhouette", "bincount_rows", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.atleast_2d(np.asarray(X, dtype=float))
    _, inverse, sizes = np.unique(np.asarray(labels).ravel(), return_inverse=True,
                                  return_counts=True)
    inverse = inverse.ravel()
    k = len(sizes)
    result = np.empty(len(X))
    for i, x in enumerate(X):
        d = np.sqrt(np.sum((X - x) ** 2, axis=1))
        totals = np.bincount(inverse, weights=d, minlength=k)
        own = inverse[i]
        if sizes[own] == 1:
            result[i] = 0.0
            continue
        a = totals[own] / (sizes[own] - 1)
        means = totals / sizes
        b = np.min(np.delete(means, own))
        m = np.maximum(a, b)
        result[i] = 0.0 if m == 0 else (b - a) / m
    return result
''', style="np.unique with return_counts, per-instance np.bincount with weights for the cluster sums, np.delete for the other clusters"),

    # ---------------- ex4_2_diagram ----------------
    Alternative("ex4_2_diagram", "unique_loop_colours", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    score = coefficients.mean()
    lower = 0
    for i, cluster in enumerate(np.unique(labels)):
        knife = np.sort(coefficients[labels == cluster])
        rows = np.arange(lower, lower + len(knife))
        ax.fill_betweenx(rows, 0, knife, color=plt.cm.tab10(i % 10), alpha=0.8)
        ax.text(-0.08, lower + len(knife) / 2, str(cluster), va="center")
        lower += len(knife) + 10
    ax.axvline(score, color="black", linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances, grouped by cluster")
    ax.set_yticks([])
    return ax
''', style="the lesson's loop generalised with np.unique, colours and label text"),
    Alternative("ex4_2_diagram", "figure_add_subplot_reuse_numpy", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        ax = plt.figure().add_subplot()
    labels = np.asarray(labels)
    coefficients = silhouette_coefficients(X, labels)   # exercise 4.1
    bottom = 0
    for cluster in sorted(set(labels.tolist())):
        knife = np.sort(coefficients[labels == cluster])
        ax.fill_betweenx(np.arange(bottom, bottom + knife.size), knife)   # x2 defaults to 0
        bottom += knife.size + 5
    ax.axvline(np.mean(coefficients), linestyle="dashed", color="red")
    ax.set(xlabel="silhouette coefficient", ylabel="cluster (sorted instances)")
    return ax
''', style="plt.figure().add_subplot(), coefficients from exercise 4.1, fill_betweenx(rows, knife) with x2=0 by default, linestyle='dashed', ax.set(...)"),
    Alternative("ex4_2_diagram", "lexsort_offset_gap", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        _, ax = plt.subplots()
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    order = np.lexsort((coefficients, labels))      # by label, then by coefficient
    sorted_labels = labels[order]
    sorted_coefs = coefficients[order]
    gap = max(5, len(labels) // 50)
    y = gap                                          # start a little above 0
    for cluster in np.unique(labels):
        knife = sorted_coefs[sorted_labels == cluster]
        rows = y + np.arange(knife.shape[0])
        ax.fill_betweenx(rows, 0, knife, alpha=0.7)
        y = rows[-1] + 1 + gap
    ax.axvline(silhouette_score(X, labels), ls="--", c="k")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    return ax
''', style="one np.lexsort by (label, coefficient) then slices, gap proportional to n, ls='--' with silhouette_score"),
    Alternative("ex4_2_diagram", "descending_knives", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    start = 0
    for cluster in np.unique(labels):
        knife = np.sort(coefficients[labels == cluster])[::-1]   # widest row at the bottom
        ax.fill_betweenx(np.arange(start, start + len(knife)), 0, knife)
        start += len(knife) + 10
    ax.axvline(coefficients.mean(), linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances by cluster")
    return ax
''', style="knives sorted in decreasing order (the statement only says 'sort'), otherwise minimal"),

    # ---------------- ex4_3_weak ----------------
    Alternative("ex4_3_weak", "loop_mean_boolean", '''
def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    below = coefficients < coefficients.mean()
    weak = []
    for c in np.unique(labels):
        if below[labels == c].mean() >= fraction:
            weak.append(int(c))
    return weak
''', style="loop over np.unique, mean of a boolean mask"),
    Alternative("ex4_3_weak", "pandas_groupby", '''
import pandas as pd

def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    coefficients = silhouette_samples(X, labels)
    score = silhouette_score(X, labels)
    shares = pd.Series(coefficients < score).groupby(np.asarray(labels)).mean()
    return sorted(int(c) for c in shares.index[shares >= fraction])
''', style="pandas groupby on the labels, silhouette_score for the line"),
    Alternative("ex4_3_weak", "reuse_numpy_bincount", '''
def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    coefficients = silhouette_coefficients(X, labels)            # exercise 4.1
    values, inverse, sizes = np.unique(np.asarray(labels), return_inverse=True,
                                       return_counts=True)
    inverse = inverse.ravel()
    n_below = np.bincount(inverse, weights=(coefficients < coefficients.mean()),
                          minlength=len(values))
    return [v.item() for v in values[n_below / sizes >= fraction]]
''', style="reuses exercise 4.1's NumPy coefficients, np.bincount of the below-mask, .item() to get Python ints"),
    Alternative("ex4_3_weak", "dict_of_shares", '''
def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    labels = list(np.asarray(labels).tolist())
    coefficients = silhouette_samples(X, np.asarray(labels)).tolist()
    score = sum(coefficients) / len(coefficients)
    counts, below = {}, {}
    for lab, s in zip(labels, coefficients):
        counts[lab] = counts.get(lab, 0) + 1
        below[lab] = below.get(lab, 0) + (s < score)
    return sorted(lab for lab in counts if below[lab] / counts[lab] >= fraction)
''', style="pure-Python dictionaries of counts, labels converted with tolist()"),

    # ---------------- ex4_5_inertia ----------------
    Alternative("ex4_5_inertia", "loop_members", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    total = 0.0
    for c in np.unique(labels):
        members = X[labels == c]
        centre = members.mean(axis=0)
        total += float(((members - centre) ** 2).sum())
    return total
''', style="loop over np.unique, members minus their mean"),
    Alternative("ex4_5_inertia", "vectorised_add_at", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    _, inverse, counts = np.unique(np.asarray(labels), return_inverse=True, return_counts=True)
    inverse = inverse.ravel()
    centres = np.zeros((len(counts), X.shape[1]))
    np.add.at(centres, inverse, X)
    centres /= counts[:, None]
    return float(np.sum((X - centres[inverse]) ** 2))
''', style="vectorised: np.add.at for the cluster sums, centres indexed by the inverse labels"),
    Alternative("ex4_5_inertia", "size_times_variance", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    return sum(np.count_nonzero(labels == c) * X[labels == c].var(axis=0).sum()
               for c in np.unique(labels))
''', style="uses n_c * (sum of per-feature variances) = within-cluster sum of squares"),
    Alternative("ex4_5_inertia", "pandas_transform", '''
import pandas as pd

def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    df = pd.DataFrame(np.asarray(X, dtype=float))
    centres = df.groupby(np.asarray(labels)).transform("mean")
    return float(((df - centres) ** 2).to_numpy().sum())
''', style="pandas groupby().transform('mean') gives every row its cluster mean"),
    Alternative("ex4_5_inertia", "pairwise_identity", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    total = 0.0
    for c in np.unique(labels):
        M = X[labels == c]
        sq = ((M[:, None, :] - M[None, :, :]) ** 2).sum()
        total += sq / (2 * len(M))            # sum_i |x_i - m|^2 = sum_ij |x_i - x_j|^2 / (2n)
    return float(total)
''', style="pairwise identity: within-cluster sum of squared pairwise distances divided by 2n"),
]

WRONG = [
    # ---------------- ex4_1_silhouette ----------------
    Wrong("ex4_1_silhouette", "a_counts_itself", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    s = np.zeros(len(X))
    for i in range(len(X)):
        d = np.linalg.norm(X - X[i], axis=1)
        if np.sum(labels == labels[i]) == 1:
            continue
        a = d[labels == labels[i]].mean()      # includes the 0 distance to itself
        b = min(d[labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Counts the instance itself in a (divides by the cluster size instead of size - 1).",
          hint=r"itself|size - 1|size-1|exclud"),
    Wrong("ex4_1_silhouette", "b_all_outside", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    s = np.zeros(len(X))
    for i in range(len(X)):
        d = np.linalg.norm(X - X[i], axis=1)
        same = labels == labels[i]
        same[i] = False
        if not same.any():
            continue
        a = d[same].mean()
        b = d[labels != labels[i]].mean()      # all instances outside the cluster
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Takes b as the mean distance to all instances outside the cluster instead of to the nearest other cluster.",
          hint=r"nearest|all instances outside|outside the cluster"),
    Wrong("ex4_1_silhouette", "squared_distances", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    D = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)     # forgot the square root
    s = np.zeros(len(X))
    for i in range(len(X)):
        same = labels == labels[i]
        same[i] = False
        if not same.any():
            continue
        a = D[i, same].mean()
        b = min(D[i, labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Uses squared Euclidean distances (forgets the square root).",
          hint=r"squared|square root|euclidean"),
    Wrong("ex4_1_silhouette", "singleton_gets_one", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    s = np.zeros(len(X))
    for i in range(len(X)):
        d = np.linalg.norm(X - X[i], axis=1)
        same = labels == labels[i]
        same[i] = False
        a = d[same].mean() if same.any() else 0.0     # alone: a = 0, so s = 1
        b = min(d[labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Gives an instance alone in its cluster a = 0 and hence s = 1, instead of s = 0.",
          hint=r"alone|single|singleton|one instance|only member"),
    Wrong("ex4_1_silhouette", "labels_0_to_k_minus_1", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    k = len(np.unique(labels))
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    s = np.zeros(len(X))
    for i in range(len(X)):
        same = labels == labels[i]
        same[i] = False
        if not same.any():
            continue
        a = D[i, same].mean()
        b = min(D[i, labels == c].mean() for c in range(k) if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Assumes the labels are 0 .. k-1 (loops over range(k)), so it breaks for labels such as 3, 8, 12.",
          hint=r"0 ?\.\. ?k ?- ?1|any integers|label values|not necessarily|arbitrary labels"),
    Wrong("ex4_1_silhouette", "uses_sklearn", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    from sklearn.metrics import silhouette_samples
    return silhouette_samples(X, labels)
''', mistake="Calls scikit-learn's silhouette_samples although the exercise asks for NumPy only.",
          hint=r"numpy only|scikit|sklearn|silhouette_samples"),
    Wrong("ex4_1_silhouette", "b_farthest_cluster", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    s = np.zeros(len(X))
    for i in range(len(X)):
        d = np.linalg.norm(X - X[i], axis=1)
        same = labels == labels[i]
        same[i] = False
        if not same.any():
            continue
        a = d[same].mean()
        b = max(d[labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Takes b from the farthest other cluster (max) instead of the nearest one (min).",
          hint=r"nearest|smallest|closest|\bmin"),
    Wrong("ex4_1_silhouette", "divides_by_b", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    s = np.zeros(len(X))
    for i in range(len(X)):
        d = np.linalg.norm(X - X[i], axis=1)
        same = labels == labels[i]
        same[i] = False
        if not same.any():
            continue
        a = d[same].mean()
        b = min(d[labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / b                      # should be max(a, b)
    return s
''', mistake="Divides b - a by b instead of max(a, b), so misplaced instances get values below -1.",
          hint=r"max\(a, ?b\)|\bmax|denominator|-1"),
    Wrong("ex4_1_silhouette", "first_feature_only", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    D = np.abs(X[:, 0][:, None] - X[:, 0][None, :])   # like the 1-D worked example
    s = np.zeros(len(X))
    for i in range(len(X)):
        same = labels == labels[i]
        same[i] = False
        if not same.any():
            continue
        a = D[i, same].mean()
        b = min(D[i, labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Copies the 1-D worked example and measures distances on the first feature only.",
          hint=r"feature|column|dimension|euclidean"),
    Wrong("ex4_1_silhouette", "manhattan", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    D = np.abs(X[:, None, :] - X[None, :, :]).sum(axis=-1)
    s = np.zeros(len(X))
    for i in range(len(X)):
        same = labels == labels[i]
        same[i] = False
        if not same.any():
            continue
        a = D[i, same].mean()
        b = min(D[i, labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s
''', mistake="Uses Manhattan (L1) distances instead of Euclidean distances.",
          hint=r"euclidean|manhattan|l1"),
    Wrong("ex4_1_silhouette", "returns_list", '''
def silhouette_coefficients(X, labels):
    """Silhouette coefficient of every instance of X (NumPy only, Euclidean distances)."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    out = []
    for i in range(len(X)):
        d = np.linalg.norm(X - X[i], axis=1)
        same = labels == labels[i]
        same[i] = False
        if not same.any():
            out.append(0.0)
            continue
        a = d[same].mean()
        b = min(d[labels == c].mean() for c in np.unique(labels) if c != labels[i])
        out.append(float((b - a) / max(a, b)))
    return out
''', mistake="Returns a Python list instead of a NumPy array of shape (n_samples,).",
          hint=r"array|ndarray|shape|type"),

    # ---------------- ex4_2_diagram ----------------
    Wrong("ex4_2_diagram", "ignores_ax", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    fig, ax = plt.subplots()                    # always a new figure
    coefficients = silhouette_samples(X, labels)
    lower = 0
    for cluster in np.unique(labels):
        knife = np.sort(coefficients[labels == cluster])
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(coefficients.mean(), linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    return ax
''', mistake="Ignores the ax argument and always draws on a new figure.",
          hint=r"\bax\b|given|passed|axes you|new figure"),
    Wrong("ex4_2_diagram", "returns_none", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    coefficients = silhouette_samples(X, labels)
    lower = 0
    for cluster in np.unique(labels):
        knife = np.sort(coefficients[labels == cluster])
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(coefficients.mean(), linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    plt.show()
''', mistake="Does not return the Axes (returns None).",
          hint=r"return|None"),
    Wrong("ex4_2_diagram", "knives_overlap", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    coefficients = silhouette_samples(X, labels)
    for cluster in np.unique(labels):
        knife = np.sort(coefficients[labels == cluster])
        ax.fill_betweenx(np.arange(len(knife)), 0, knife, alpha=0.5)   # every knife from row 0
    ax.axvline(coefficients.mean(), linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    return ax
''', mistake="Starts every knife at row 0, so the knives are drawn on top of each other instead of stacked with a gap.",
          hint=r"overlap|gap|stack|on top"),
    Wrong("ex4_2_diagram", "range_k_labels", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    coefficients = silhouette_samples(X, labels)
    k = len(np.unique(labels))
    lower = 0
    for cluster in range(k):                     # assumes labels 0 .. k-1
        knife = np.sort(coefficients[labels == cluster])
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(coefficients.mean(), linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    return ax
''', mistake="Loops over range(k), assuming labels 0 .. k-1, so labels such as 3, 8, 12 give empty knives.",
          hint=r"0 ?\.\. ?k ?- ?1|any integers|distinct label|label values|empty knife|empty"),
    Wrong("ex4_2_diagram", "line_at_mean_of_cluster_means", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    coefficients = silhouette_samples(X, labels)
    lower = 0
    means = []
    for cluster in np.unique(labels):
        knife = np.sort(coefficients[labels == cluster])
        means.append(knife.mean())
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(np.mean(means), linestyle="--")   # mean of the per-cluster means
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    return ax
''', mistake="Draws the dashed line at the mean of the per-cluster means instead of the silhouette score (mean over all instances).",
          hint=r"silhouette score|per-cluster|mean over all|cluster means|dashed line"),
    Wrong("ex4_2_diagram", "solid_line", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    coefficients = silhouette_samples(X, labels)
    lower = 0
    for cluster in np.unique(labels):
        knife = np.sort(coefficients[labels == cluster])
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(coefficients.mean(), color="red")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    return ax
''', mistake="Draws the score as a solid line instead of a dashed one.",
          hint=r"dash|linestyle|--"),
    Wrong("ex4_2_diagram", "unsorted_knives", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    coefficients = silhouette_samples(X, labels)
    lower = 0
    for cluster in np.unique(labels):
        knife = coefficients[labels == cluster]        # forgot to sort
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(coefficients.mean(), linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    return ax
''', mistake="Does not sort each cluster's coefficients, so the knives are ragged instead of blade-shaped.",
          hint=r"sort"),
    Wrong("ex4_2_diagram", "no_axis_labels", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    coefficients = silhouette_samples(X, labels)
    lower = 0
    for cluster in np.unique(labels):
        knife = np.sort(coefficients[labels == cluster])
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(coefficients.mean(), linestyle="--")
    ax.set_title("silhouette diagram")
    return ax
''', mistake="Gives the plot a title but does not label the axes.",
          hint=r"xlabel|ylabel|axis label|label (both|the)|labelled|unlabelled"),
    Wrong("ex4_2_diagram", "same_height_knives", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    coefficients = silhouette_samples(X, labels)
    for position, cluster in enumerate(np.unique(labels)):
        knife = np.sort(coefficients[labels == cluster])
        rows = position * 120 + np.linspace(0, 100, len(knife))    # every knife 100 tall
        ax.fill_betweenx(rows, 0, knife)
    ax.axvline(coefficients.mean(), linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    return ax
''', mistake="Stretches every knife to the same height, so the height no longer shows the cluster size (not one row per instance).",
          hint=r"row|height|size|tall|number of instances"),
    Wrong("ex4_2_diagram", "pyplot_state_machine", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    coefficients = silhouette_samples(X, labels)
    lower = 0
    for cluster in np.unique(labels):
        knife = np.sort(coefficients[labels == cluster])
        plt.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)   # current axes
        lower += len(knife) + 10
    plt.axvline(coefficients.mean(), linestyle="--")
    plt.xlabel("silhouette coefficient")
    plt.ylabel("instances")
    return ax
''', mistake="Draws with plt.* (the current Axes) instead of on the ax it was given, so a passed-in ax stays empty.",
          hint=r"\bax\b|given|passed|current axes|empty|no knife"),
    Wrong("ex4_2_diagram", "decreasing_label_order", '''
def plot_silhouette_diagram(X, labels, ax=None):
    """Draw the silhouette diagram of the clustering `labels` of X; return the Axes."""
    if ax is None:
        fig, ax = plt.subplots()
    coefficients = silhouette_samples(X, labels)
    lower = 0
    for cluster in np.unique(labels)[::-1]:        # largest label at the bottom
        knife = np.sort(coefficients[labels == cluster])
        ax.fill_betweenx(np.arange(lower, lower + len(knife)), 0, knife)
        lower += len(knife) + 10
    ax.axvline(coefficients.mean(), linestyle="--")
    ax.set_xlabel("silhouette coefficient")
    ax.set_ylabel("instances")
    return ax
''', mistake="Stacks the knives in decreasing label order instead of increasing order from bottom to top.",
          hint=r"order|increasing|bottom"),

    # ---------------- ex4_3_weak ----------------
    Wrong("ex4_3_weak", "more_than_fraction", '''
def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    below = coefficients < coefficients.mean()
    return [int(c) for c in np.unique(labels) if below[labels == c].mean() > fraction]
''', mistake="Keeps only clusters whose share below the line is strictly more than the fraction (>) instead of at least the fraction (>=), so the default fraction=1.0 finds nothing.",
          hint=r"at least|>=|exactly"),
    Wrong("ex4_3_weak", "below_or_equal_score", '''
def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    below = coefficients <= coefficients.mean()
    return [int(c) for c in np.unique(labels) if below[labels == c].mean() >= fraction]
''', mistake="Counts instances whose coefficient equals the score as below it (<= instead of strictly below).",
          hint=r"strictly below|<=|equal|tie"),
    Wrong("ex4_3_weak", "ignores_fraction", '''
def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    below = coefficients < coefficients.mean()
    return [int(c) for c in np.unique(labels) if below[labels == c].mean() >= 0.5]
''', mistake="Hard-codes the threshold 0.5 and ignores the fraction argument.",
          hint=r"fraction|0\.9|threshold|argument"),
    Wrong("ex4_3_weak", "numpy_ints", '''
def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    below = coefficients < coefficients.mean()
    return [c for c in np.unique(labels) if below[labels == c].mean() >= fraction]
''', mistake="Returns NumPy integers (np.int64) in the list instead of plain Python ints.",
          hint=r"python int|plain|int64|numpy int|\bint\b"),
    Wrong("ex4_3_weak", "unsorted_order_of_appearance", '''
import pandas as pd

def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    below = coefficients < coefficients.mean()
    return [int(c) for c in pd.unique(labels) if below[labels == c].mean() >= fraction]
''', mistake="Returns the weak clusters in order of first appearance instead of a sorted list.",
          hint=r"sort|order"),
    Wrong("ex4_3_weak", "own_cluster_mean", '''
def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    weak = []
    for c in np.unique(labels):
        knife = coefficients[labels == c]
        if np.mean(knife < knife.mean()) >= fraction:    # compares with the cluster's own mean
            weak.append(int(c))
    return weak
''', mistake="Compares each instance with its own cluster's mean coefficient instead of the silhouette score of the whole clustering.",
          hint=r"silhouette score|whole|overall|all instances|own cluster"),
    Wrong("ex4_3_weak", "returns_array", '''
def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    below = coefficients < coefficients.mean()
    clusters = np.unique(labels)
    shares = np.array([below[labels == c].mean() for c in clusters])
    return clusters[shares >= fraction]
''', mistake="Returns a NumPy array instead of a list of Python ints.",
          hint=r"\blist\b|type|ndarray"),
    Wrong("ex4_3_weak", "range_k_labels", '''
def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    below = coefficients < coefficients.mean()
    k = len(np.unique(labels))
    return [c for c in range(k) if np.sum(labels == c) and below[labels == c].mean() >= fraction]
''', mistake="Assumes the labels are 0 .. k-1 (loops over range(k)), so clusters with other labels are never reported.",
          hint=r"0 ?\.\. ?k ?- ?1|any integers|label values|not necessarily|arbitrary labels"),
    Wrong("ex4_3_weak", "above_instead_of_below", '''
def weak_clusters(X, labels, fraction=1.0):
    """Sorted labels of the clusters with at least `fraction` of instances below the score."""
    labels = np.asarray(labels)
    coefficients = silhouette_samples(X, labels)
    above = coefficients > coefficients.mean()
    return [int(c) for c in np.unique(labels) if above[labels == c].mean() >= fraction]
''', mistake="Counts the instances above the score instead of below it, so it reports the strong clusters.",
          hint=r"below|above"),

    # ---------------- ex4_5_inertia ----------------
    Wrong("ex4_5_inertia", "not_squared", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    total = 0.0
    for c in np.unique(labels):
        members = X[labels == c]
        total += np.linalg.norm(members - members.mean(axis=0), axis=1).sum()
    return float(total)
''', mistake="Sums the distances to the cluster means without squaring them.",
          hint=r"square"),
    Wrong("ex4_5_inertia", "mean_not_sum", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    sq = np.zeros(len(X))
    for c in np.unique(labels):
        mask = labels == c
        sq[mask] = ((X[mask] - X[mask].mean(axis=0)) ** 2).sum(axis=1)
    return float(sq.mean())
''', mistake="Returns the mean squared distance over the instances instead of the sum.",
          hint=r"\bsum\b|not the mean|mean over"),
    Wrong("ex4_5_inertia", "fits_kmeans", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    k = len(np.unique(labels))
    return float(KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit(X).inertia_)
''', mistake="Fits a new k-means model and returns its inertia instead of using the labels it is given.",
          hint=r"fit|model|labels (you are|it is)? ?given|given labels|kmeans|k-means"),
    Wrong("ex4_5_inertia", "global_mean", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    return float(((X - X.mean(axis=0)) ** 2).sum())
''', mistake="Measures every instance against the mean of all the data, ignoring the labels.",
          hint=r"own cluster|its cluster|each cluster|labels|ignor"),
    Wrong("ex4_5_inertia", "range_k_labels", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    total = 0.0
    for c in range(len(np.unique(labels))):       # assumes labels 0 .. k-1
        members = X[labels == c]
        if len(members):
            total += ((members - members.mean(axis=0)) ** 2).sum()
    return float(total)
''', mistake="Assumes the labels are 0 .. k-1, so clusters with other labels are silently left out.",
          hint=r"0 ?\.\. ?k ?- ?1|any integers|label values|not necessarily|arbitrary labels"),
    Wrong("ex4_5_inertia", "median_centre", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    total = 0.0
    for c in np.unique(labels):
        members = X[labels == c]
        total += ((members - np.median(members, axis=0)) ** 2).sum()
    return float(total)
''', mistake="Uses the median of each cluster as its centre instead of the mean.",
          hint=r"\bmean|median|centre|center"),
    Wrong("ex4_5_inertia", "sum_of_variances", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    return float(sum(X[labels == c].var(axis=0).sum() for c in np.unique(labels)))
''', mistake="Adds up the within-cluster variances, forgetting to multiply each by the cluster size.",
          hint=r"size|count|number of instances|weight|\bsum\b over"),
    Wrong("ex4_5_inertia", "first_feature_only", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    total = 0.0
    for c in np.unique(labels):
        x = X[labels == c, 0]
        total += ((x - x.mean()) ** 2).sum()
    return float(total)
''', mistake="Uses only the first feature instead of the squared Euclidean distance over all features.",
          hint=r"feature|dimension|column|all coordinates"),
    Wrong("ex4_5_inertia", "per_cluster_array", '''
def partition_inertia(X, labels):
    """Sum of squared distances from each instance to the mean of its cluster."""
    X = np.asarray(X, dtype=float)
    labels = np.asarray(labels)
    return np.array([((X[labels == c] - X[labels == c].mean(axis=0)) ** 2).sum()
                     for c in np.unique(labels)])
''', mistake="Returns an array of per-cluster inertias instead of one float (their sum).",
          hint=r"float|scalar|single number|shape|type|array"),
]
