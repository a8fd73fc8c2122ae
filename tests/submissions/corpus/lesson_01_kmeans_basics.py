"""Student-written corpus for lesson 01_kmeans_basics: written from the student copy alone."""
from tests.submissions import Alternative, Wrong

ALTERNATIVE = [
    # ---------------- ex1_1_fit ----------------
    Alternative("ex1_1_fit", "chained_fit", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    return KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=RANDOM_STATE).fit(X)
''', style="one chained expression KMeans(...).fit(X)"),
    Alternative("ex1_1_fit", "set_params_then_fit", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    model = KMeans()
    model.set_params(n_clusters=int(k), init="k-means++", n_init=10,
                     random_state=RANDOM_STATE)
    model.fit(np.asarray(X))
    return model
''', style="default estimator configured with set_params, fit called as a statement, model returned"),
    Alternative("ex1_1_fit", "fit_predict_return_model", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    params = dict(init="k-means++", n_init=10, random_state=RANDOM_STATE)
    model = KMeans(k, **params)     # n_clusters is the first positional argument
    _ = model.fit_predict(X)        # fit_predict also fits the model
    return model
''', style="n_clusters passed positionally, params from a dict, fitted through fit_predict"),
    Alternative("ex1_1_fit", "elkan_algorithm", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    model = KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=RANDOM_STATE,
                   algorithm="elkan")
    return model.fit(X)
''', style="algorithm='elkan' (a setting the statement leaves open; same solution as Lloyd)"),

    # Written as a mistake when the statement required RANDOM_STATE; since issue 17 the
    # statement asks for any fixed integer seed, so this is a correct answer.
    Alternative("ex1_1_fit", "other_seed", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    return KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=0).fit(X)
''', style="random_state=0: another fixed integer seed"),
    # ---------------- ex1_2_inertia ----------------
    Alternative("ex1_2_inertia", "broadcast_min_sum", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    X = np.asarray(X, dtype=float)
    centers = np.asarray(centers, dtype=float)
    squared = ((X[:, np.newaxis, :] - centers[np.newaxis, :, :]) ** 2).sum(axis=2)
    return float(squared.min(axis=1).sum())
''', style="broadcasting (n, k, d) array as in the hint, min over centres, sum"),
    Alternative("ex1_2_inertia", "python_loop", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    total = 0.0
    for x in np.asarray(X, dtype=float):
        best = None
        for c in np.asarray(centers, dtype=float):
            d2 = float(np.sum((x - c) ** 2))
            if best is None or d2 < best:
                best = d2
        total += best
    return total
''', style="double Python loop over points and centres, running minimum"),
    Alternative("ex1_2_inertia", "dot_product_expansion", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    X = np.asarray(X, dtype=float)
    C = np.asarray(centers, dtype=float)
    sq = (X ** 2).sum(axis=1)[:, None] - 2.0 * X @ C.T + (C ** 2).sum(axis=1)[None, :]
    sq = np.maximum(sq, 0.0)        # rounding can give tiny negatives
    return float(np.min(sq, axis=1).sum())
''', style="||x||^2 - 2 x.c + ||c||^2 expansion with a matrix product"),
    Alternative("ex1_2_inertia", "loop_over_centres_norm", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    X = np.asarray(X, dtype=float)
    nearest = np.full(len(X), np.inf)
    for c in np.atleast_2d(centers):
        nearest = np.minimum(nearest, np.linalg.norm(X - c, axis=1) ** 2)
    return float(np.sum(nearest))
''', style="loop over the centres with np.linalg.norm, running np.minimum over points"),
    Alternative("ex1_2_inertia", "einsum_argmin", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    X = np.asarray(X, dtype=float)
    centers = np.asarray(centers, dtype=float)
    diff = X[:, None, :] - centers[None, :, :]
    squared = np.einsum("nkd,nkd->nk", diff, diff)
    nearest = np.argmin(squared, axis=1)
    return float(squared[np.arange(len(X)), nearest].sum())
''', style="einsum for the squared norms, argmin then fancy indexing"),

    # ---------------- ex1_3_predict ----------------
    Alternative("ex1_3_predict", "predict_take_along_axis", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    labels = model.predict(X_new)
    all_distances = model.transform(X_new)
    distances = np.take_along_axis(all_distances, labels[:, None], axis=1)[:, 0]
    return labels, distances
''', style="predict for labels, transform + take_along_axis for the own-centroid distance"),
    Alternative("ex1_3_predict", "transform_only", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    d = model.transform(X_new)
    return (d.argmin(axis=1), d.min(axis=1))
''', style="transform only: argmin of each row for the label, min for the distance"),
    Alternative("ex1_3_predict", "norm_to_own_centre", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    X_new = np.asarray(X_new, dtype=float)
    labels = model.predict(X_new)
    own_centres = model.cluster_centers_[labels]
    distances = np.linalg.norm(X_new - own_centres, axis=1)
    return labels, distances
''', style="predict, then numpy norm to cluster_centers_[labels] (no transform)"),
    Alternative("ex1_3_predict", "python_loop", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    labels = []
    distances = []
    for row in model.transform(X_new):
        j = int(np.argmin(row))
        labels.append(j)
        distances.append(float(np.sqrt(np.sum((row[j]) ** 2))))
    return np.array(labels), np.array(distances)
''', style="loop over the rows of transform, lists converted to arrays at the end"),

    # ---------------- ex1_4_voronoi ----------------
    Alternative("ex1_4_voronoi", "contourf_plot_x", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        fig, ax = plt.subplots()
    k = model.n_clusters
    xx, yy = np.meshgrid(np.linspace(X[:, 0].min() - 0.5, X[:, 0].max() + 0.5, 300),
                         np.linspace(X[:, 1].min() - 0.5, X[:, 1].max() + 0.5, 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(k + 1) - 0.5, cmap="tab10", alpha=0.4)
    ax.scatter(X[:, 0], X[:, 1], s=4, c="k")
    cx, cy = model.cluster_centers_[:, 0], model.cluster_centers_[:, 1]
    ax.plot(cx, cy, "kx", markersize=10, markeredgewidth=2)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', style="contourf with the statement's levels, one scatter, centroids with ax.plot 'kx'"),
    Alternative("ex1_4_voronoi", "imshow_scatter_per_cluster", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        fig, ax = plt.subplots()
    X = np.asarray(X)
    x_min, x_max = X[:, 0].min() - 0.5, X[:, 0].max() + 0.5
    y_min, y_max = X[:, 1].min() - 0.5, X[:, 1].max() + 0.5
    xx, yy = np.meshgrid(np.linspace(x_min, x_max, 300), np.linspace(y_min, y_max, 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.imshow(Z, origin="lower", extent=(x_min, x_max, y_min, y_max), cmap="Pastel1",
              aspect="auto", interpolation="nearest")
    labels = model.predict(X)
    for j in range(model.n_clusters):
        members = X[labels == j]
        ax.scatter(members[:, 0], members[:, 1], s=5, label=f"cluster {j}")
    ax.scatter(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1],
               marker="x", c="k", s=80)
    ax.set(xlabel="feature 1", ylabel="feature 2", title="Voronoi cells")
    return ax
''', style="imshow(origin='lower', extent=...), one scatter per cluster, centroids with ax.scatter marker='x', ax.set(...)"),
    Alternative("ex1_4_voronoi", "pcolormesh_mgrid", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    ax = plt.subplots()[1] if ax is None else ax
    lo = X.min(axis=0) - 0.5
    hi = X.max(axis=0) + 0.5
    xx, yy = np.mgrid[lo[0]:hi[0]:300j, lo[1]:hi[1]:300j]   # 'ij' layout
    grid = np.column_stack([xx.ravel(), yy.ravel()])
    Z = model.predict(grid).reshape(xx.shape)
    ax.pcolormesh(xx, yy, Z, cmap="tab10", shading="auto", alpha=0.5)
    ax.scatter(X[:, 0], X[:, 1], c=model.predict(X), cmap="tab10", edgecolors="k",
               linewidths=0.2, s=8)
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1],
            linestyle="none", marker="X", color="red", markersize=9)
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', style="np.mgrid ('ij' indexing) and pcolormesh, points coloured by predicted label, centroids via plot(marker='X', linestyle='none')"),
    Alternative("ex1_4_voronoi", "uses_given_ax_contourf_k_from_centres", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 4))
    k = len(model.cluster_centers_)
    n = 301
    x1 = np.linspace(np.min(X[:, 0]) - 0.5, np.max(X[:, 0]) + 0.5, n)
    x2 = np.linspace(np.min(X[:, 1]) - 0.5, np.max(X[:, 1]) + 0.5, n)
    xx, yy = np.meshgrid(x1, x2)
    Z = model.predict(np.stack([xx, yy], axis=-1).reshape(-1, 2)).reshape(n, n)
    ax.contourf(xx, yy, Z, levels=np.arange(k + 1) - 0.5, cmap="viridis", alpha=0.3)
    ax.contour(xx, yy, Z, levels=np.arange(k + 1) - 0.5, colors="k", linewidths=0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3, color="tab:blue")
    for cx, cy in model.cluster_centers_:
        ax.plot(cx, cy, marker="*", color="white", markeredgecolor="k", markersize=12)
    ax.set_xlabel("first feature")
    ax.set_ylabel("second feature")
    return ax
''', style="k from cluster_centers_, np.stack grid, extra contour lines on the borders, one ax.plot per centroid"),

    # ---------------- ex1_5_best_init ----------------
    Alternative("ex1_5_best_init", "min_key", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    models = [KMeans(n_clusters=k, init="random", n_init=1, random_state=seed).fit(X)
              for seed in seeds]
    return min(models, key=lambda m: m.inertia_)
''', style="list comprehension of models, min with key=inertia_"),
    Alternative("ex1_5_best_init", "running_best_loop", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    best = None
    for seed in seeds:
        model = KMeans(n_clusters=k, init="random", n_init=1, random_state=int(seed))
        model.fit(X)
        if best is None or model.inertia_ < best.inertia_:
            best = model
    return best
''', style="loop keeping a running best (works for generators, keeps only one model)"),
    Alternative("ex1_5_best_init", "argmin_of_inertias", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    models = []
    for seed in list(seeds):
        models.append(KMeans(n_clusters=k, init="random", n_init=1,
                             random_state=seed).fit(X))
    inertias = np.array([m.inertia_ for m in models])
    return models[int(np.argmin(inertias))]
''', style="np.argmin over an array of inertias, index into the list of models"),
    Alternative("ex1_5_best_init", "max_score", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    fitted = (KMeans(n_clusters=k, init="random", n_init=1, random_state=s).fit(X)
              for s in seeds)
    # score(X) is minus the inertia of X: the highest score is the lowest inertia
    return max(fitted, key=lambda m: m.score(X))
''', style="generator of models, max of score(X) (= minus the inertia) instead of min of inertia_"),
    Alternative("ex1_5_best_init", "sorted_first", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    candidates = [(KMeans(n_clusters=k, init="random", n_init=1, random_state=seed).fit(X), i)
                  for i, seed in enumerate(seeds)]
    candidates.sort(key=lambda pair: (pair[0].inertia_, pair[1]))
    return candidates[0][0]
''', style="sort (model, index) pairs by inertia, take the first"),
]

WRONG = [
    # ---------------- ex1_1_fit ----------------
    Wrong("ex1_1_fit", "returns_labels", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    model = KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=RANDOM_STATE)
    return model.fit_predict(X)
''', mistake="Returns the labels from fit_predict instead of the fitted model.",
          hint=r"model|labels|KMeans|type"),
    Wrong("ex1_1_fit", "not_fitted", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    model = KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=RANDOM_STATE)
    return model
''', mistake="Returns the model without ever calling fit.",
          hint=r"not fitted|fit\(|call .*fit"),
    Wrong("ex1_1_fit", "hard_coded_k", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    return KMeans(n_clusters=5, init="k-means++", n_init=10, random_state=RANDOM_STATE).fit(X)
''', mistake="Hard-codes the lesson's 5 clusters instead of using k.",
          hint=r"n_clusters|\bk\b|fixed number"),
    Wrong("ex1_1_fit", "no_random_state", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    return KMeans(n_clusters=k, init="k-means++", n_init=10).fit(X)
''', mistake="Leaves random_state at its default None, so the result is not reproducible.",
          hint=r"random_state|seed|reproduc"),
    Wrong("ex1_1_fit", "default_n_init", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    return KMeans(n_clusters=k, random_state=RANDOM_STATE).fit(X)
''', mistake="Leaves n_init at its default 'auto', which is a single k-means++ run instead of 10.",
          hint=r"n_init|auto|10 runs|restart"),
    Wrong("ex1_1_fit", "random_init", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    return KMeans(n_clusters=k, init="random", n_init=10, random_state=RANDOM_STATE).fit(X)
''', mistake="Uses random initialisation instead of k-means++.",
          hint=r"init|k-means\+\+|random"),
    Wrong("ex1_1_fit", "fits_lesson_data", '''
def fit_kmeans(X_data, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    model = KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=RANDOM_STATE)
    return model.fit(X)     # the lesson's global X, not the argument
''', mistake="Fits on the lesson's global X instead of the data passed to the function.",
          hint=r"lesson's X|global|argument|data (you were )?(given|passed)|other data|fitted on"),
    Wrong("ex1_1_fit", "single_run", '''
def fit_kmeans(X, k):
    """Return a KMeans with k clusters (k-means++, n_init=10, random_state=RANDOM_STATE) fitted on X."""
    return KMeans(n_clusters=k, init="k-means++", n_init=1, random_state=RANDOM_STATE).fit(X)
''', mistake="Uses n_init=1 instead of n_init=10.",
          hint=r"n_init|restart|runs"),

    # ---------------- ex1_2_inertia ----------------
    Wrong("ex1_2_inertia", "mean_not_sum", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    squared = ((X[:, np.newaxis, :] - centers[np.newaxis, :, :]) ** 2).sum(axis=2)
    return float(squared.min(axis=1).mean())
''', mistake="Returns the mean squared distance instead of the sum.",
          hint=r"mean|average|sum"),
    Wrong("ex1_2_inertia", "not_squared", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    dist = np.sqrt(((X[:, np.newaxis, :] - centers[np.newaxis, :, :]) ** 2).sum(axis=2))
    return float(dist.min(axis=1).sum())
''', mistake="Adds plain distances instead of squared distances.",
          hint=r"squared"),
    Wrong("ex1_2_inertia", "farthest_centre", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    squared = ((X[:, np.newaxis, :] - centers[np.newaxis, :, :]) ** 2).sum(axis=2)
    return float(squared.max(axis=1).sum())
''', mistake="Uses the farthest centre (max) instead of the nearest (min).",
          hint=r"farthest|max|min|nearest"),
    Wrong("ex1_2_inertia", "all_centres", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    return float(((X[:, np.newaxis, :] - centers[np.newaxis, :, :]) ** 2).sum())
''', mistake="Adds the squared distances to every centre, not only to the nearest one.",
          hint=r"every centre|all centres|nearest|only the nearest"),
    Wrong("ex1_2_inertia", "min_over_wrong_axis", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    squared = ((X[:, np.newaxis, :] - centers[np.newaxis, :, :]) ** 2).sum(axis=2)
    return float(squared.min(axis=0).sum())
''', mistake="Takes the minimum over the points (axis 0) for each centre instead of over the centres for each point.",
          hint=r"axis|each point|every point|per point|over the points"),
    Wrong("ex1_2_inertia", "returns_array", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    squared = ((X[:, np.newaxis, :] - centers[np.newaxis, :, :]) ** 2).sum(axis=2)
    return squared.min(axis=1)
''', mistake="Returns the array of per-point squared distances instead of their sum as one float.",
          hint=r"single number|float|scalar|sum"),
    Wrong("ex1_2_inertia", "two_features_only", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    dx = X[:, 0][:, None] - centers[:, 0][None, :]
    dy = X[:, 1][:, None] - centers[:, 1][None, :]
    return float((dx ** 2 + dy ** 2).min(axis=1).sum())
''', mistake="Only uses the first two features, so it is wrong for data with more than two features.",
          hint=r"feature|dimension|column|n_features"),
    Wrong("ex1_2_inertia", "sklearn_moves_centres", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    model = KMeans(n_clusters=len(centers), init=centers, n_init=1).fit(X)
    return float(model.inertia_)
''', mistake="Uses scikit-learn (not numpy only) and lets k-means move the given centres, so the result is not the inertia of the centres passed in.",
          hint=r"numpy only|scikit-learn|sklearn|moved|given centres|any centres|not necessarily"),
    Wrong("ex1_2_inertia", "manhattan_nearest", '''
def inertia_by_hand(X, centers):
    """Sum over the points of X of the squared distance to the nearest row of centers."""
    diff = X[:, np.newaxis, :] - centers[np.newaxis, :, :]
    nearest = np.abs(diff).sum(axis=2).argmin(axis=1)      # nearest by Manhattan distance
    return float(((X - centers[nearest]) ** 2).sum())
''', mistake="Picks the nearest centre with the Manhattan (L1) distance instead of the Euclidean distance.",
          hint=r"euclidean|manhattan|L1|nearest"),

    # ---------------- ex1_3_predict ----------------
    Wrong("ex1_3_predict", "squared_distance", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    labels = model.predict(X_new)
    return labels, model.transform(X_new).min(axis=1) ** 2
''', mistake="Returns squared distances instead of Euclidean distances.",
          hint=r"squared"),
    Wrong("ex1_3_predict", "farthest_centroid", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    all_distances = model.transform(X_new)
    return all_distances.argmax(axis=1), all_distances.max(axis=1)
''', mistake="Uses argmax / max (the farthest centroid) instead of argmin / min.",
          hint=r"farthest|max|argmin|min"),
    Wrong("ex1_3_predict", "column_zero", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    labels = model.predict(X_new)
    return labels, model.transform(X_new)[:, 0]
''', mistake="Returns the distance to centroid 0 for every point instead of the distance to its own centroid.",
          hint=r"centroid 0|own column|own centroid|own cluster"),
    Wrong("ex1_3_predict", "refits_on_new_points", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    labels = model.fit_predict(X_new)
    return labels, model.transform(X_new).min(axis=1)
''', mistake="Calls fit_predict on the new points, which refits the model on them.",
          hint=r"refit|fit_predict|never .*fit|centroids after"),
    Wrong("ex1_3_predict", "whole_matrix", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    return model.predict(X_new), model.transform(X_new)
''', mistake="Returns the whole (n_new, k) distance matrix instead of one distance per point.",
          hint=r"one distance per|shape|matrix|\(n_new, k\)"),
    Wrong("ex1_3_predict", "returns_list", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    d = model.transform(X_new)
    return [model.predict(X_new), d.min(axis=1)]
''', mistake="Returns a list instead of the tuple (labels, distances) the statement asks for.",
          hint=r"tuple"),
    Wrong("ex1_3_predict", "swapped_order", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    d = model.transform(X_new)
    return d.min(axis=1), model.predict(X_new)
''', mistake="Returns (distances, labels), the tuple in the wrong order.",
          hint=r"order|swap|labels first|\(labels, distances\)"),
    Wrong("ex1_3_predict", "one_hot_fixed_k", '''
def assign_new_points(model, X_new):
    """Return (labels, distances): nearest-centroid labels of X_new and the distance to that centroid."""
    labels = model.predict(X_new)
    mask = np.eye(5, dtype=bool)[labels]          # one-hot of the lesson's 5 clusters
    return labels, model.transform(X_new)[mask]
''', mistake="Builds the own-centroid mask with a hard-coded k=5, so it breaks for models with another number of clusters.",
          hint=r"\bk\b|n_clusters|number of clusters|other models"),

    # ---------------- ex1_4_voronoi ----------------
    Wrong("ex1_4_voronoi", "ignores_ax", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    fig, ax = plt.subplots()        # always a new figure, even when ax is given
    k = model.n_clusters
    xx, yy = np.meshgrid(np.linspace(X[:, 0].min() - 0.5, X[:, 0].max() + 0.5, 300),
                         np.linspace(X[:, 1].min() - 0.5, X[:, 1].max() + 0.5, 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(k + 1) - 0.5, cmap="tab10", alpha=0.4)
    ax.scatter(X[:, 0], X[:, 1], s=4, c="k")
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Ignores the ax argument and always draws on a new figure.",
          hint=r"\bax\b|axes (you )?passed|given axes|draw on"),
    Wrong("ex1_4_voronoi", "returns_figure", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        fig, ax = plt.subplots()
    k = model.n_clusters
    xx, yy = np.meshgrid(np.linspace(X[:, 0].min() - 0.5, X[:, 0].max() + 0.5, 300),
                         np.linspace(X[:, 1].min() - 0.5, X[:, 1].max() + 0.5, 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(k + 1) - 0.5, cmap="tab10", alpha=0.4)
    ax.scatter(X[:, 0], X[:, 1], s=4, c="k")
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax.figure
''', mistake="Returns the Figure instead of the Axes.",
          hint=r"Axes|return"),
    Wrong("ex1_4_voronoi", "no_axis_labels", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        fig, ax = plt.subplots()
    k = model.n_clusters
    xx, yy = np.meshgrid(np.linspace(X[:, 0].min() - 0.5, X[:, 0].max() + 0.5, 300),
                         np.linspace(X[:, 1].min() - 0.5, X[:, 1].max() + 0.5, 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(k + 1) - 0.5, cmap="tab10", alpha=0.4)
    ax.scatter(X[:, 0], X[:, 1], s=4, c="k")
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_title("Voronoi cells")
    return ax
''', mistake="Does not label the axes.",
          hint=r"label"),
    Wrong("ex1_4_voronoi", "no_points", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        fig, ax = plt.subplots()
    k = model.n_clusters
    xx, yy = np.meshgrid(np.linspace(X[:, 0].min() - 0.5, X[:, 0].max() + 0.5, 300),
                         np.linspace(X[:, 1].min() - 0.5, X[:, 1].max() + 0.5, 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(k + 1) - 0.5, cmap="tab10", alpha=0.4)
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Draws the regions and the centroids but not the data points.",
          hint=r"points|scatter"),
    Wrong("ex1_4_voronoi", "hard_coded_window", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        fig, ax = plt.subplots()
    k = model.n_clusters
    # the lesson's data lies in about [-3.5, 1.5] x [0.5, 3.5]
    xx, yy = np.meshgrid(np.linspace(-4.0, 2.0, 300), np.linspace(0.0, 4.0, 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(k + 1) - 0.5, cmap="tab10", alpha=0.4)
    ax.scatter(X[:, 0], X[:, 1], s=4, c="k")
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Hard-codes the grid window of the lesson's data instead of the min / max of X with a margin of 0.5, so the regions do not cover other data.",
          hint=r"grid|window|range|margin|min|max|cover|outside"),
    Wrong("ex1_4_voronoi", "levels_for_k5", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        fig, ax = plt.subplots()
    xx, yy = np.meshgrid(np.linspace(X[:, 0].min() - 0.5, X[:, 0].max() + 0.5, 300),
                         np.linspace(X[:, 1].min() - 0.5, X[:, 1].max() + 0.5, 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(6) - 0.5, cmap="tab10", alpha=0.4)   # k = 5
    ax.scatter(X[:, 0], X[:, 1], s=4, c="k")
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Hard-codes contour levels for the lesson's k=5, so with more clusters the cells of labels 5 and above are not coloured.",
          hint=r"levels|n_clusters|\bk\b|not coloured|uncoloured|missing|region"),
    Wrong("ex1_4_voronoi", "refits_on_grid", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        fig, ax = plt.subplots()
    k = model.n_clusters
    xx, yy = np.meshgrid(np.linspace(X[:, 0].min() - 0.5, X[:, 0].max() + 0.5, 300),
                         np.linspace(X[:, 1].min() - 0.5, X[:, 1].max() + 0.5, 300))
    Z = model.fit_predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(k + 1) - 0.5, cmap="tab10", alpha=0.4)
    ax.scatter(X[:, 0], X[:, 1], s=4, c="k")
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Calls fit_predict on the grid, which refits the model on the grid nodes instead of predicting with its centroids.",
          hint=r"refit|fit_predict|predict|centroids"),
    Wrong("ex1_4_voronoi", "no_regions", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        fig, ax = plt.subplots()
    ax.scatter(X[:, 0], X[:, 1], c=model.predict(X), s=4, cmap="tab10")
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Colours only the points by label and never colours the plane (no decision regions).",
          hint=r"region|contourf|imshow|pcolormesh|plane|background|colour under"),
    Wrong("ex1_4_voronoi", "imshow_upside_down", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        fig, ax = plt.subplots()
    x_min, x_max = X[:, 0].min() - 0.5, X[:, 0].max() + 0.5
    y_min, y_max = X[:, 1].min() - 0.5, X[:, 1].max() + 0.5
    xx, yy = np.meshgrid(np.linspace(x_min, x_max, 300), np.linspace(y_min, y_max, 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.imshow(Z, extent=(x_min, x_max, y_min, y_max), cmap="tab10", aspect="auto")
    ax.scatter(X[:, 0], X[:, 1], s=4, c="k")
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Uses imshow without origin='lower', so the picture of the regions is upside down.",
          hint=r"origin|upside|flip|lower"),
    Wrong("ex1_4_voronoi", "first_column_for_both_axes", '''
def plot_voronoi(model, X, ax=None):
    """Draw the decision regions of a fitted 2-D k-means model, the points X and the centroids."""
    if ax is None:
        fig, ax = plt.subplots()
    k = model.n_clusters
    g = np.linspace(X[:, 0].min() - 0.5, X[:, 0].max() + 0.5, 300)
    xx, yy = np.meshgrid(g, g)      # same range for both axes
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(k + 1) - 0.5, cmap="tab10", alpha=0.4)
    ax.scatter(X[:, 0], X[:, 1], s=4, c="k")
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Uses the range of the first column for both axes of the grid, so the regions need not cover the points in the second direction.",
          hint=r"grid|range|column|cover|outside|margin"),

    # ---------------- ex1_5_best_init ----------------
    Wrong("ex1_5_best_init", "highest_inertia", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    models = [KMeans(n_clusters=k, init="random", n_init=1, random_state=seed).fit(X)
              for seed in seeds]
    return max(models, key=lambda m: m.inertia_)
''', mistake="Keeps the model with the highest inertia instead of the lowest.",
          hint=r"highest|lowest|max|argmin"),
    Wrong("ex1_5_best_init", "last_model", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    for seed in seeds:
        model = KMeans(n_clusters=k, init="random", n_init=1, random_state=seed).fit(X)
    return model
''', mistake="Returns the last model fitted without comparing inertias.",
          hint=r"last|compare|best"),
    Wrong("ex1_5_best_init", "first_model", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    models = [KMeans(n_clusters=k, init="random", n_init=1, random_state=seed).fit(X)
              for seed in seeds]
    return models[0]
''', mistake="Returns the first model without comparing inertias.",
          hint=r"first|compare|best"),
    Wrong("ex1_5_best_init", "default_n_init", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    models = [KMeans(n_clusters=k, init="random", random_state=seed).fit(X) for seed in seeds]
    return min(models, key=lambda m: m.inertia_)
''', mistake="Leaves n_init at its default 'auto', which is 10 runs per model for init='random'.",
          hint=r"n_init|auto|single run"),
    Wrong("ex1_5_best_init", "kmeanspp_init", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    models = [KMeans(n_clusters=k, n_init=1, random_state=seed).fit(X) for seed in seeds]
    return min(models, key=lambda m: m.inertia_)
''', mistake="Leaves init at its default k-means++ instead of init='random'.",
          hint=r"init|random"),
    Wrong("ex1_5_best_init", "returns_inertia", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    return min(KMeans(n_clusters=k, init="random", n_init=1, random_state=seed).fit(X).inertia_
               for seed in seeds)
''', mistake="Returns the lowest inertia (a number) instead of the model that reached it.",
          hint=r"model|KMeans|not its inertia|type"),
    Wrong("ex1_5_best_init", "ignores_seeds", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    models = [KMeans(n_clusters=k, init="random", n_init=1, random_state=RANDOM_STATE).fit(X)
              for seed in seeds]
    return min(models, key=lambda m: m.inertia_)
''', mistake="Uses RANDOM_STATE for every model instead of the seeds it is given, so all runs are the same.",
          hint=r"seed|random_state"),
    Wrong("ex1_5_best_init", "indexes_seeds", '''
def best_of_random_inits(X, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    inertias = [KMeans(n_clusters=k, init="random", n_init=1, random_state=seed).fit(X).inertia_
                for seed in seeds]
    best_seed = seeds[int(np.argmin(inertias))]
    return KMeans(n_clusters=k, init="random", n_init=1, random_state=best_seed).fit(X)
''', mistake="Indexes into seeds, so it fails when seeds is a generator, a set or another non-indexable iterable.",
          hint=r"iterable|generator|index|subscript|list\(seeds\)"),
    Wrong("ex1_5_best_init", "fits_lesson_data", '''
def best_of_random_inits(X_data, k, seeds):
    """Fit one single-run random-init KMeans per seed; return the model with the lowest inertia."""
    models = [KMeans(n_clusters=k, init="random", n_init=1, random_state=seed).fit(X)
              for seed in seeds]
    return min(models, key=lambda m: m.inertia_)
''', mistake="Fits every model on the lesson's global X instead of the data passed to the function.",
          hint=r"lesson's X|global|argument|data (you were )?(given|passed)|other data|fitted on"),
]
