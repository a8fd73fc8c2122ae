"""Fake submissions for lesson 01 (k-means basics).

Each ``Wrong`` is a mistake students make; it must lose the points of its own test cell
and no other. Each ``Alternative`` is correct code written differently from the answer
key; it must keep full marks everywhere.
"""

from tests.submissions import Alternative, Wrong

WRONG = [
    # ------------------------------------------------------------- ex1_1_fit
    Wrong("ex1_1_fit", "default_n_init_v1", '''
def fit_kmeans(X, k):
    # n_init left at its default "auto": a single k-means++ run
    return KMeans(n_clusters=k, random_state=RANDOM_STATE).fit(X)
''', mistake="Leaves n_init at its default 'auto' (a single k-means++ run) instead of n_init=10.",
          hint=r"n_init is the default|n_init=10"),
    Wrong("ex1_1_fit", "missing_random_state", '''
def fit_kmeans(X, k):
    return KMeans(n_clusters=k, init="k-means++", n_init=10).fit(X)
''', mistake="Omits random_state, so every run gives different centroids.",
          hint=r"random_state is missing|random_state=RANDOM_STATE"),
    Wrong("ex1_1_fit", "hard_coded_k_v1", '''
def fit_kmeans(X, k):
    return KMeans(n_clusters=5, init="k-means++", n_init=10, random_state=RANDOM_STATE).fit(X)
''', mistake="Hard-codes n_clusters=5 instead of using the argument k.",
          hint=r"n_clusters is always 5|argument k"),
    Wrong("ex1_1_fit", "fits_the_global_X", '''
def fit_kmeans(data, k):
    model = KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=RANDOM_STATE)
    return model.fit(X)
''', mistake="Fits the lesson's global X instead of the data passed to the function.",
          hint=r"global X|X passed to the function"),
    Wrong("ex1_1_fit", "returns_labels_v1", '''
def fit_kmeans(X, k):
    model = KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=RANDOM_STATE)
    return model.fit_predict(X)
''', mistake="Returns the labels from fit_predict instead of the fitted model.",
          hint=r"not its labels|return the model|should be a KMeans"),
    Wrong("ex1_1_fit", "five_runs_only", '''
def fit_kmeans(X, k):
    return KMeans(n_clusters=k, n_init=5, random_state=RANDOM_STATE).fit(X)
''', mistake="Keeps the best of 5 runs, not of at least 10.",
          hint=r"best of only 5 runs|n_init=10 or more"),
    Wrong("ex1_1_fit", "shared_random_state_object", '''
SHARED_RNG = np.random.RandomState(42)  # created once: every fit draws new numbers from it


def fit_kmeans(X, k):
    return KMeans(n_clusters=k, n_init=10, random_state=SHARED_RNG).fit(X)
''', mistake="Passes one RandomState object shared by every call, so two calls give different "
              "centroids.",
          hint=r"random_state is a RandomState|fixed integer seed"),
    Wrong("ex1_1_fit", "seed_drawn_at_every_call", '''
def fit_kmeans(X, k):
    seed = int(np.random.randint(0, 1_000_000))  # an integer, but a new one every call
    return KMeans(n_clusters=k, n_init=10, random_state=seed).fit(X)
''', mistake="Draws a new integer seed at every call, so two calls on the same data differ.",
          hint=r"the two calls differ"),
    # ------------------------------------------------------------- ex1_2_inertia
    Wrong("ex1_2_inertia", "mean_not_sum_v1", '''
def inertia_by_hand(X, centers):
    squared = ((X[:, np.newaxis, :] - centers[np.newaxis, :, :]) ** 2).sum(axis=2)
    return float(squared.min(axis=1).mean())
''', mistake="Averages the squared distances to the nearest centre instead of summing them.",
          hint=r"returned the mean|not the average"),
    Wrong("ex1_2_inertia", "farthest_centre_v1", '''
def inertia_by_hand(X, centers):
    squared = ((X[:, np.newaxis, :] - centers[np.newaxis, :, :]) ** 2).sum(axis=2)
    return float(squared[np.arange(len(X)), squared.argmax(axis=1)].sum())
''', mistake="Uses each point's farthest centre instead of its nearest one.",
          hint=r"farthest centre|not the maximum"),
    Wrong("ex1_2_inertia", "distances_not_squared", '''
def inertia_by_hand(X, centers):
    distances = np.linalg.norm(X[:, np.newaxis, :] - centers[np.newaxis, :, :], axis=2)
    return float(distances.min(axis=1).sum())
''', mistake="Adds the plain distances to the nearest centre instead of the squared distances.",
          hint=r"you added distances|inertia adds squared"),
    Wrong("ex1_2_inertia", "every_centre_counted", '''
def inertia_by_hand(X, centers):
    return float(((X[:, np.newaxis, :] - centers[np.newaxis, :, :]) ** 2).sum())
''', mistake="Adds the squared distances to every centre instead of only the nearest one.",
          hint=r"every centre|only the nearest"),
    Wrong("ex1_2_inertia", "two_features_only_v1", '''
def inertia_by_hand(X, centers):
    squared = ((X[:, 0, None] - centers[None, :, 0]) ** 2
               + (X[:, 1, None] - centers[None, :, 1]) ** 2)
    return float(squared.min(axis=1).sum())
''', mistake="Uses only the first two features instead of every column of X.",
          hint=r"first two features|all columns"),
    Wrong("ex1_2_inertia", "sklearn_euclidean_distances", '''
def inertia_by_hand(X, centers):
    from sklearn.metrics import euclidean_distances
    return float((euclidean_distances(X, centers, squared=True)).min(axis=1).sum())
''', mistake="Uses scikit-learn's euclidean_distances although the statement says NumPy only.",
          hint=r"scikit-learn's euclidean_distances.*rules out"),
    Wrong("ex1_2_inertia", "scipy_cdist", '''
def inertia_by_hand(X, centers):
    from scipy.spatial.distance import cdist
    return float((cdist(X, centers) ** 2).min(axis=1).sum())
''', mistake="Uses SciPy's cdist although the statement says NumPy only.",
          hint=r"cdist.*rules out"),
    # ------------------------------------------------------------- ex1_3_predict
    Wrong("ex1_3_predict", "fit_predict_refits", '''
def assign_new_points(model, X_new):
    labels = model.fit_predict(X_new)
    return labels, model.transform(X_new).min(axis=1)
''', mistake="Refits the model on the new points with fit_predict instead of using predict.",
          hint=r"refitted|never fit or fit_predict"),
    Wrong("ex1_3_predict", "squared_distances", '''
def assign_new_points(model, X_new):
    labels = model.predict(X_new)
    return labels, ((X_new - model.cluster_centers_[labels]) ** 2).sum(axis=1)
''', mistake="Returns squared distances to the assigned centroid instead of Euclidean distances.",
          hint=r"squared distances|Euclidean"),
    Wrong("ex1_3_predict", "farthest_centroid_v1", '''
def assign_new_points(model, X_new):
    distances = model.transform(X_new)
    return distances.argmax(axis=1), distances.max(axis=1)
''', mistake="Assigns each point to its farthest centroid (argmax / max) instead of the nearest.",
          hint=r"farthest centroid|min / argmin"),
    Wrong("ex1_3_predict", "distance_to_centroid_0", '''
def assign_new_points(model, X_new):
    labels = model.predict(X_new)
    return labels, model.transform(X_new)[:, 0]
''', mistake="Returns every point's distance to centroid 0 instead of to its own centroid.",
          hint=r"centroid 0|own column"),
    # ------------------------------------------------------------- ex1_4_voronoi
    Wrong("ex1_4_voronoi", "no_axis_labels_v1", '''
def plot_voronoi(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 300), np.linspace(low[1], high[1], 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(model.n_clusters + 1) - 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    return ax
''', mistake="Never labels the axes.",
          hint=r"no x-axis label|set_xlabel"),
    Wrong("ex1_4_voronoi", "grid_columns_swapped", '''
def plot_voronoi(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 300), np.linspace(low[1], high[1], 300))
    Z = model.predict(np.c_[yy.ravel(), xx.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(model.n_clusters + 1) - 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Stacks the grid as (yy, xx), so the model predicts on swapped coordinates.",
          hint=r"columns are swapped"),
    Wrong("ex1_4_voronoi", "fixed_window", '''
def plot_voronoi(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    # the window of the lesson's data, typed in by hand
    xx, yy = np.meshgrid(np.linspace(-4, 2, 300), np.linspace(0.5, 4.5, 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(model.n_clusters + 1) - 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Uses a window typed in by hand instead of the range of X plus a 0.5 margin.",
          hint=r"wrong window|minimum to the maximum of each column of X"),
    Wrong("ex1_4_voronoi", "contourf_default_levels", '''
def plot_voronoi(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 300), np.linspace(low[1], high[1], 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z)  # default levels: with k = 8, labels 0 and 1 share a colour
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Calls contourf with its default levels, so two labels share one colour.",
          hint=r"levels=np\.arange\(k \+ 1\) - 0\.5|its own colour"),
    Wrong("ex1_4_voronoi", "ignores_given_ax", '''
def plot_voronoi(model, X, ax=None):
    fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 300), np.linspace(low[1], high[1], 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(model.n_clusters + 1) - 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "kx")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Always creates a new figure, ignoring the ax passed in.",
          hint=r"ax is passed in|same ax"),
    Wrong("ex1_4_voronoi", "no_centroids", '''
def plot_voronoi(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 300), np.linspace(low[1], high[1], 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(model.n_clusters + 1) - 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Never marks the centroids on the plot.",
          hint=r"does not show the centroids|cluster_centers_"),
    Wrong("ex1_3_predict", "swapped_tuple_order", '''
def assign_new_points(model, X_new):
    labels = model.predict(X_new)
    return model.transform(X_new).min(axis=1), labels
''', mistake="Returns (distances, labels) instead of (labels, distances).",
          hint=r"wrong order"),
    # ------------------------------------------------------------- ex1_5_best_init
    Wrong("ex1_5_best_init", "keeps_highest_inertia", '''
def best_of_random_inits(X, k, seeds):
    best = None
    for seed in seeds:
        model = KMeans(n_clusters=k, init="random", n_init=1, random_state=seed).fit(X)
        if best is None or model.inertia_ > best.inertia_:
            best = model
    return best
''', mistake="Keeps the model with the highest inertia instead of the lowest.",
          hint=r"HIGHEST inertia|lower is better"),
    Wrong("ex1_5_best_init", "default_n_init_v1", '''
def best_of_random_inits(X, k, seeds):
    models = [KMeans(n_clusters=k, init="random", random_state=seed).fit(X) for seed in seeds]
    return min(models, key=lambda m: m.inertia_)
''', mistake="Leaves n_init at its default, so each init='random' model makes 10 runs instead of 1.",
          hint=r"n_init is the default|n_init=1\b"),
    Wrong("ex1_5_best_init", "returns_last_model", '''
def best_of_random_inits(X, k, seeds):
    for seed in seeds:
        model = KMeans(n_clusters=k, init="random", n_init=1, random_state=seed).fit(X)
    return model
''', mistake="Returns the last model fitted instead of the one with the lowest inertia.",
          hint=r"returned the last model|not the last"),
    Wrong("ex1_5_best_init", "kmeans_plus_plus_init", '''
def best_of_random_inits(X, k, seeds):
    models = [KMeans(n_clusters=k, n_init=1, random_state=seed).fit(X) for seed in seeds]
    return min(models, key=lambda m: m.inertia_)
''', mistake="Leaves init at its default k-means++ instead of init='random'.",
          hint=r"random centroids|\binit of the returned model"),
    Wrong("ex1_5_best_init", "same_seed_for_every_run", '''
def best_of_random_inits(X, k, seeds):
    models = [KMeans(n_clusters=k, init="random", n_init=1, random_state=RANDOM_STATE).fit(X)
              for seed in seeds]
    return min(models, key=lambda m: m.inertia_)
''', mistake="Ignores the seeds: every run uses RANDOM_STATE.",
          hint=r"not one of the seeds"),
]

ALTERNATIVE = [
    # ------------------------------------------------------------- ex1_1_fit
    Alternative("ex1_1_fit", "positional_defaults_and_literal_seed", '''
def fit_kmeans(X, k):
    model = KMeans(k, n_init=10, random_state=42)  # init="k-means++" is the default
    model.fit(X)
    return model
'''),
    Alternative("ex1_1_fit", "set_params_then_fit_v1", '''
def fit_kmeans(X, k):
    model = KMeans().set_params(n_clusters=k, init="k-means++", n_init=10,
                                random_state=RANDOM_STATE)
    model.fit_predict(X)  # fits the model too
    return model
'''),
    # ------------------------------------------------------------- ex1_2_inertia
    Alternative("ex1_2_inertia", "python_loop_v1", '''
def inertia_by_hand(X, centers):
    total = 0.0
    for point in X:
        total += min(float(np.sum((point - c) ** 2)) for c in centers)
    return total
'''),
    Alternative("ex1_2_inertia", "expanded_square", '''
def inertia_by_hand(X, centers):
    # |x - c|^2 = |x|^2 - 2 x.c + |c|^2, clipped at 0 against rounding
    squared = (X ** 2).sum(axis=1)[:, None] - 2 * X @ centers.T + (centers ** 2).sum(axis=1)[None, :]
    return float(np.clip(squared, 0, None).min(axis=1).sum())
'''),
    # ------------------------------------------------------------- ex1_3_predict
    Alternative("ex1_3_predict", "norm_to_own_centroid", '''
def assign_new_points(model, X_new):
    labels = model.predict(X_new)
    distances = np.linalg.norm(X_new - model.cluster_centers_[labels], axis=1)
    return labels, distances
'''),
    Alternative("ex1_3_predict", "argmin_of_transform", '''
def assign_new_points(model, X_new):
    all_distances = model.transform(X_new)
    labels = all_distances.argmin(axis=1)
    return labels, np.take_along_axis(all_distances, labels[:, None], axis=1).ravel()
'''),
    # ------------------------------------------------------------- ex1_4_voronoi
    Alternative("ex1_4_voronoi", "imshow_and_scatter_centroids", '''
def plot_voronoi(model, X, ax=None):
    ax = ax if ax is not None else plt.figure().add_subplot()
    (x0, y0), (x1, y1) = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    xx, yy = np.meshgrid(np.linspace(x0, x1, 250), np.linspace(y0, y1, 250))
    Z = model.predict(np.column_stack([xx.ravel(), yy.ravel()])).reshape(xx.shape)
    ax.imshow(Z, origin="lower", extent=(x0, x1, y0, y1), aspect="auto", cmap="Pastel2")
    ax.scatter(X[:, 0], X[:, 1], s=2, c="k")
    ax.scatter(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], marker="*", s=150)
    ax.set(xlabel="feature 1", ylabel="feature 2")
    return ax
'''),
    Alternative("ex1_4_voronoi", "pcolormesh_nearest", '''
def plot_voronoi(model, X, ax=None):
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 5))
    xs = np.linspace(X[:, 0].min() - 0.5, X[:, 0].max() + 0.5, 300)
    ys = np.linspace(X[:, 1].min() - 0.5, X[:, 1].max() + 0.5, 300)
    xx, yy = np.meshgrid(xs, ys)
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.pcolormesh(xs, ys, Z, shading="nearest", cmap="Set3")
    ax.plot(X[:, 0], X[:, 1], ".", markersize=2, color="grey")
    ax.plot(*model.cluster_centers_.T, "r+", markersize=12)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
'''),
    Alternative("ex1_4_voronoi", "contourf_one_scatter_per_cluster", '''
def plot_voronoi(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(model.n_clusters + 1) - 0.5, cmap="tab10", alpha=0.3)
    labels = model.predict(X)
    for j in range(model.n_clusters):
        ax.scatter(X[labels == j, 0], X[labels == j, 1], s=4)
        ax.scatter(*model.cluster_centers_[j], marker="x", c="k")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
'''),
    Alternative("ex1_4_voronoi", "pcolormesh_ij_grid", '''
def plot_voronoi(model, X, ax=None):
    ax = plt.subplots()[1] if ax is None else ax
    lo, hi = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 300), np.linspace(lo[1], hi[1], 300),
                         indexing="ij")
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.pcolormesh(xx, yy, Z, shading="auto")
    ax.scatter(X[:, 0], X[:, 1], s=3, c="k")
    ax.plot(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], "rx")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
'''),
    # Plots the statement allows that an artist-counting check would reject (issue 17,
    # items 3 and 8): points split over one call per cluster, centroids one call each,
    # and a coarse 100 x 100 grid drawn as cells centred on the nodes.
    Alternative("ex1_4_voronoi", "plot_markers_per_cluster_centroids_one_by_one", '''
def plot_voronoi(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 300), np.linspace(low[1], high[1], 300))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.imshow(Z, origin="lower", extent=(low[0], high[0], low[1], high[1]), aspect="auto",
              cmap="Pastel1")
    labels = model.predict(X)
    for j in range(model.n_clusters):
        ax.plot(X[labels == j, 0], X[labels == j, 1], "o", markersize=2, label=f"cluster {j}")
    for cx, cy in model.cluster_centers_:
        ax.plot(cx, cy, "k^", markersize=8)
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', style="imshow, one ax.plot of markers per cluster, one ax.plot per centroid"),
    Alternative("ex1_4_voronoi", "pcolormesh_100_by_100", '''
def plot_voronoi(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 100), np.linspace(low[1], high[1], 100))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.pcolormesh(xx, yy, Z, cmap="Pastel2")  # cells centred on the nodes
    ax.scatter(X[:, 0], X[:, 1], s=3, c="k")
    ax.scatter(model.cluster_centers_[:, 0], model.cluster_centers_[:, 1], marker="x", c="r")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', style="a 100 x 100 grid drawn with pcolormesh (cells centred on the nodes)"),
    Alternative("ex1_4_voronoi", "contourf_100_by_100_scatter_per_cluster", '''
def plot_voronoi(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 0.5, X.max(axis=0) + 0.5
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 100), np.linspace(low[1], high[1], 100))
    Z = model.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    ax.contourf(xx, yy, Z, levels=np.arange(model.n_clusters + 1) - 0.5, cmap="Pastel2")
    labels = model.predict(X)
    for j in range(model.n_clusters):
        ax.scatter(X[labels == j, 0], X[labels == j, 1], s=3)
        ax.scatter([model.cluster_centers_[j, 0]], [model.cluster_centers_[j, 1]], marker="X",
                   s=60, c="k")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', style="the same 100 x 100 grid drawn with contourf; one scatter per cluster and per centroid"),
    # ------------------------------------------------------------- ex1_5_best_init
    Alternative("ex1_5_best_init", "min_with_key", '''
def best_of_random_inits(X, k, seeds):
    models = [KMeans(n_clusters=k, init="random", n_init=1, random_state=s).fit(X) for s in seeds]
    return min(models, key=lambda model: model.inertia_)
'''),
    Alternative("ex1_5_best_init", "argmin_over_inertias", '''
def best_of_random_inits(X, k, seeds):
    models = []
    for seed in list(seeds):
        models.append(KMeans(n_clusters=k, init="random", n_init=1, random_state=seed).fit(X))
    inertias = np.array([m.inertia_ for m in models])
    return models[int(np.argmin(inertias))]
'''),
    Alternative("ex1_1_fit", "own_seed_more_runs", '''
def fit_kmeans(X, k):
    # any fixed integer seed is reproducible; 25 runs are "at least 10"
    return KMeans(n_clusters=k, n_init=25, random_state=np.int64(7)).fit(X)
''', style="another integer seed (a NumPy integer) and more than 10 runs"),
    Alternative("ex1_1_fit", "elkan_default_init", '''
def fit_kmeans(X, k):
    return KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE, algorithm="elkan").fit(X)
'''),
]

# Mutants of the answer key that cannot change what the tests (or a reader) can observe,
# left out of the kill rate of `python -m autograder mutants` (ids: grade_id:operator:line:col).
EQUIVALENT_MUTANTS = {
    "ex1_1_fit:drop_keyword:5:12:init":
        'init="k-means++" is KMeans\' default: dropping it builds the same model.',
    "ex1_1_fit:constant:5:58:10":
        "n_init=11 instead of 10: the statement asks for the best of at least 10 runs, "
        "so 11 runs are as right as 10 (fewer fail: see the fixture five_runs_only).",
    "ex1_4_voronoi:constant:10:54:300":
        "a 301-node grid instead of 300 draws the same regions.",
    "ex1_4_voronoi:constant:10:89:300":
        "a 301-node grid instead of 300 draws the same regions.",
    "ex1_4_voronoi:constant:13:63:1":
        "levels arange(k + 2) - 0.5 only add an empty band above the top label; every "
        "label still has its own colour.",
    "ex1_4_voronoi:constant:13:68:0.5":
        "levels arange(k + 1) - 1 still put each label 0..k-1 in a band of its own.",
    "ex1_4_voronoi:drop_keyword:13:4:cmap":
        "colour map only: the regions are the same.",
    "ex1_4_voronoi:drop_keyword:14:4:s":
        "marker size only: the same points are drawn.",
    "ex1_4_voronoi:drop_keyword:14:4:color":
        "marker colour only: the same points are drawn.",
    "ex1_4_voronoi:constant:14:35:3":
        "marker size only: the same points are drawn.",
    "ex1_4_voronoi:drop_keyword:15:4:markersize":
        "centroid marker size only: the same centroids are drawn.",
    "ex1_4_voronoi:constant:15:89:10":
        "centroid marker size only: the same centroids are drawn.",
    "ex1_5_best_init:compare:7:27:0":
        "`<=` instead of `<` only changes which of two equal-inertia models is kept; the "
        "task asks for the lowest inertia, which both have.",
}
