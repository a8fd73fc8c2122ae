"""Student-written corpus for lesson 08_clustering_as_a_tool: written from the student copy alone."""
from tests.submissions import Alternative, Wrong

ALTERNATIVE = [
    # ---------------- ex8_1_quantize ----------------
    Alternative("ex8_1_quantize", "hwc_reshape_take", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    h, w, c = image.shape
    pixels = image.reshape(h * w, c)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE)
    model.fit(pixels)
    new_pixels = np.take(model.cluster_centers_, model.labels_, axis=0)
    if np.issubdtype(image.dtype, np.integer):
        new_pixels = np.rint(new_pixels).astype(image.dtype)
    return new_pixels.reshape(h, w, c)
''', style="unpacks (h, w, c), reshape(h * w, c), np.take along axis 0, np.issubdtype for the integer case"),
    Alternative("ex8_1_quantize", "predict_and_dtype_kind", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    flat = image.reshape(-1, 3)
    km = KMeans(n_colors, n_init="auto", random_state=RANDOM_STATE).fit(flat)
    labels = km.predict(flat)
    palette = km.cluster_centers_
    if image.dtype.kind in "ui":                 # integer image: round the palette first
        palette = np.clip(np.rint(palette), 0, 255).astype(image.dtype)
    return palette[labels].reshape(image.shape)
''', style="positional n_clusters, n_init='auto', labels from predict, rounds the palette (k colours) before indexing, clip for safety"),
    Alternative("ex8_1_quantize", "loop_over_clusters", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    pixels = image.reshape(-1, 3)
    km = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE)
    labels = km.fit_predict(pixels)
    centers = km.cluster_centers_
    out = np.empty_like(pixels)                  # same dtype as the image
    integer = np.issubdtype(image.dtype, np.integer)
    for j in range(n_colors):
        colour = np.rint(centers[j]) if integer else centers[j]
        out[labels == j] = colour
    return out.reshape(image.shape)
''', style="fit_predict, explicit loop over the clusters filling an np.empty_like buffer of the input's dtype"),
    Alternative("ex8_1_quantize", "truncating_astype_helper", '''
def _to_dtype_of(values, like):
    """values in the dtype of like (a plain astype truncates, which the statement accepts)."""
    return values.astype(like.dtype, copy=False)


def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    image = np.asarray(image)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE)
    model.fit(image.reshape(-1, image.shape[-1]))
    quantised = model.cluster_centers_[model.labels_].reshape(image.shape)
    return _to_dtype_of(quantised, image)
''', style="helper function with a plain (truncating) astype, which the statement accepts; reshape(-1, image.shape[-1])"),
    Alternative("ex8_1_quantize", "copy_then_fill", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    result = image.copy()                        # a new array, never the input
    flat = result.reshape(-1, 3)                 # a view of the copy
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(flat)
    centres = model.cluster_centers_[model.labels_]
    if np.issubdtype(result.dtype, np.floating):
        flat[:] = centres
    else:
        flat[:] = np.rint(centres)
    return result
''', style="copies the image first and writes the centres into a reshaped view of the copy"),

    # ---------------- ex8_2_errors ----------------
    Alternative("ex8_2_errors", "comprehension_inertia", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    pixels = image.reshape(-1, 3)
    n = pixels.shape[0]
    return [KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels).inertia_ / n
            for k in k_values]
''', style="list comprehension returning a plain list, inertia_ / pixels.shape[0]"),
    Alternative("ex8_2_errors", "explicit_squared_distances", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    pixels = image.reshape(-1, 3).astype(np.float64)   # floats: no uint8 wrap-around
    errors = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        diff = pixels - model.cluster_centers_[model.labels_]
        errors.append(np.mean(np.sum(diff ** 2, axis=1)))
    return np.array(errors, dtype=float)
''', style="computes the squared distances by hand in float64, sum over channels then mean over pixels"),
    Alternative("ex8_2_errors", "transform_min", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    h, w, _ = image.shape
    pixels = image.reshape(h * w, 3)
    out = np.zeros(len(list(k_values)))
    for i, k in enumerate(k_values):
        km = KMeans(n_clusters=k, n_init="auto", random_state=RANDOM_STATE).fit(pixels)
        nearest = km.transform(pixels).min(axis=1)       # distance to the closest centre
        out[i] = np.mean(nearest ** 2)
    return out
''', style="n_init='auto', distance to the nearest centre from transform, squared and averaged, preallocated array"),
    Alternative("ex8_2_errors", "score_helper_map", '''
def _mse(pixels, k):
    model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    return -model.score(pixels) / len(pixels)          # score is minus the inertia


def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    pixels = image.reshape(-1, 3)
    return np.fromiter(map(lambda k: _mse(pixels, k), list(k_values)), dtype=float)
''', style="helper using -score(pixels), map + np.fromiter"),
    Alternative("ex8_2_errors", "dict_then_order", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    ks = list(k_values)
    pixels = image.reshape(-1, 3)
    by_k = {}
    for k in sorted(set(ks)):                           # each distinct k fitted once
        by_k[k] = KMeans(n_clusters=k, n_init=1,
                         random_state=RANDOM_STATE).fit(pixels).inertia_ / pixels.shape[0]
    return np.array([by_k[k] for k in ks])              # back in the caller's order
''', style="fits each distinct k once in sorted order, caches in a dict, then returns in the order of k_values"),

    # ---------------- ex8_3_pipeline ----------------
    Alternative("ex8_3_pipeline", "named_pipeline", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    pipeline = Pipeline([
        ("scale", MinMaxScaler()),
        ("cluster", KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)),
        ("classify", make_classifier()),
    ])
    pipeline.fit(X_train, y_train)
    return pipeline
''', style="Pipeline([...]) with custom step names, fit then return on separate lines"),
    Alternative("ex8_3_pipeline", "set_params_after", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    pipe = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                         make_classifier())
    pipe.set_params(kmeans__n_clusters=n_clusters)
    return pipe.fit(X_train, y_train)
''', style="make_pipeline with KMeans' default n_clusters, then set_params(kmeans__n_clusters=...)"),
    Alternative("ex8_3_pipeline", "positional_and_steps_kw", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    steps = [("minmax", MinMaxScaler(feature_range=(0, 1))),
             ("km", KMeans(n_clusters, n_init=1, random_state=RANDOM_STATE)),
             ("logreg", make_classifier())]
    model = Pipeline(steps=steps, memory=None, verbose=False)
    return model.fit(np.asarray(X_train), np.asarray(y_train))
''', style="positional n_clusters, explicit default scaler range, Pipeline(steps=..., memory=None), np.asarray on the inputs"),
    Alternative("ex8_3_pipeline", "builder_helper", '''
def _cluster_pipeline(k):
    return make_pipeline(
        MinMaxScaler(),
        KMeans(n_clusters=int(k), n_init=1, random_state=RANDOM_STATE),
        make_classifier(),
        verbose=False,
    )


def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    fitted = _cluster_pipeline(n_clusters).fit(X=X_train, y=y_train)
    return fitted
''', style="private builder helper, keyword arguments to fit"),

    Alternative("ex8_3_pipeline", "zipped_names", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    names = ["prep", "features", "model"]
    estimators = [MinMaxScaler(),
                  KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                  make_classifier()]
    pipeline = Pipeline(list(zip(names, estimators)))
    pipeline.fit(X_train, y_train)
    assert pipeline.named_steps["features"].cluster_centers_.shape[0] == n_clusters
    return pipeline
''', style="Pipeline built from zip(names, estimators), sanity assert on the fitted centroids"),

    # ---------------- ex8_4_grid ----------------
    Alternative("ex8_4_grid", "named_steps_best_estimator_student", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    pipe = Pipeline([("scaler", MinMaxScaler()),
                     ("km", KMeans(n_init=1, random_state=RANDOM_STATE)),
                     ("clf", make_classifier())])
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    grid = GridSearchCV(pipe, param_grid={"km__n_clusters": list(k_values)}, cv=folds, n_jobs=1)
    grid.fit(X_train, y_train)
    best_k = int(grid.best_params_["km__n_clusters"])
    test_accuracy = float(grid.best_estimator_.score(X_test, y_test))
    return best_k, float(grid.best_score_), test_accuracy
''', style="custom step names (km__n_clusters), best_estimator_.score for the test accuracy"),
    Alternative("ex8_4_grid", "loop_cross_val_score", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)

    def build(k):
        return make_pipeline(MinMaxScaler(),
                             KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())

    best_k, best_score = None, -np.inf
    for k in k_values:
        score = cross_val_score(build(k), X_train, y_train, cv=folds).mean()
        if score > best_score:                  # strict: the first k wins a tie
            best_k, best_score = k, score
    final = build(best_k).fit(X_train, y_train)
    return int(best_k), float(best_score), float(final.score(X_test, y_test))
''', style="explicit loop with cross_val_score on the same folds, keep the best mean, refit by hand"),
    Alternative("ex8_4_grid", "cv_results_argmax", '''
from sklearn.base import clone

def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init="auto", random_state=RANDOM_STATE),
                             make_classifier())
    cv = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    search = GridSearchCV(pipeline, [{"kmeans__n_clusters": [int(k) for k in k_values]}],
                          cv=cv, refit=False, n_jobs=1).fit(X_train, y_train)
    means = search.cv_results_["mean_test_score"]
    i = int(np.argmax(means))
    k = int(search.cv_results_["param_kmeans__n_clusters"][i])
    refitted = clone(pipeline).set_params(kmeans__n_clusters=k).fit(X_train, y_train)
    return k, float(means[i]), float(refitted.score(X_test, y_test))
''', style="refit=False, reads cv_results_ with argmax, refits a clone with set_params; n_init='auto'; grid as a list of dicts"),
    Alternative("ex8_4_grid", "manual_folds", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    X_train, y_train = np.asarray(X_train), np.asarray(y_train)
    splits = list(StratifiedKFold(n_splits=3, shuffle=True,
                                  random_state=RANDOM_STATE).split(X_train, y_train))
    results = []
    for k in k_values:
        fold_scores = []
        for fit_idx, val_idx in splits:
            model = make_pipeline(MinMaxScaler(),
                                  KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE),
                                  make_classifier())
            model.fit(X_train[fit_idx], y_train[fit_idx])
            fold_scores.append(model.score(X_train[val_idx], y_train[val_idx]))
        results.append((np.mean(fold_scores), k))
    best_index = max(range(len(results)), key=lambda i: (results[i][0], -i))
    best_cv, best_k = results[best_index]
    final = make_pipeline(MinMaxScaler(),
                          KMeans(n_clusters=best_k, n_init=1, random_state=RANDOM_STATE),
                          make_classifier()).fit(X_train, y_train)
    test_accuracy = final.score(X_test, y_test)
    return int(best_k), float(best_cv), float(test_accuracy)
''', style="hand-written cross-validation over the splitter's folds, pipeline refitted per fold, first k wins ties"),
    Alternative("ex8_4_grid", "grid_score_tuple", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    grid = GridSearchCV(
        estimator=make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                                make_classifier()),
        param_grid=dict(kmeans__n_clusters=k_values),
        cv=StratifiedKFold(3, shuffle=True, random_state=RANDOM_STATE),
        n_jobs=1,
        refit=True,
    )
    grid.fit(X_train, y_train)
    result = (grid.best_params_["kmeans__n_clusters"], grid.best_score_,
              grid.score(X_test, y_test))
    return tuple([int(result[0]), float(result[1]), float(result[2])])
''', style="all keyword arguments, dict(...) grid, StratifiedKFold(3, ...) positional n_splits, tuple built from a list"),

    # ---------------- ex8_5_similarity ----------------
    Alternative("ex8_5_similarity", "rbf_kernel_student", '''
def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    return rbf_kernel(X, kmeans.cluster_centers_, gamma=gamma)
''', style="scikit-learn's rbf_kernel against cluster_centers_"),
    Alternative("ex8_5_similarity", "broadcasting_student", '''
def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    X = np.asarray(X, dtype=float)
    C = kmeans.cluster_centers_
    squared = ((X[:, np.newaxis, :] - C[np.newaxis, :, :]) ** 2).sum(axis=-1)
    return np.exp(-gamma * squared)
''', style="NumPy broadcasting to an (n, k, d) difference array"),
    Alternative("ex8_5_similarity", "transform_squared", '''
def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    d = kmeans.transform(X)
    return np.exp(-gamma * np.square(d))
''', style="kmeans.transform distances, np.square, np.exp"),
    Alternative("ex8_5_similarity", "expanded_norms", '''
def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    X = np.asarray(X, dtype=np.float64)
    C = np.asarray(kmeans.cluster_centers_, dtype=np.float64)
    d2 = (X ** 2).sum(axis=1)[:, None] - 2.0 * X @ C.T + (C ** 2).sum(axis=1)[None, :]
    d2 = np.maximum(d2, 0.0)                     # rounding can make tiny negatives
    return np.exp(-gamma * d2)
''', style="expanded |x|^2 - 2 x.c + |c|^2 with a matrix product, clipped at 0"),
    Alternative("ex8_5_similarity", "loop_columns", '''
from sklearn.metrics.pairwise import euclidean_distances

def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    columns = []
    for centre in kmeans.cluster_centers_:
        d2 = euclidean_distances(X, centre.reshape(1, -1), squared=True)[:, 0]
        columns.append(np.exp(-gamma * d2))
    return np.column_stack(columns)
''', style="one column per centroid with euclidean_distances(squared=True), np.column_stack"),

    # ---------------- ex8_7_memmap ----------------
    Alternative("ex8_7_memmap", "npy_pathlib", '''
import pathlib

def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    path = pathlib.Path(folder) / "array.npy"
    np.save(path, X)
    return np.load(path, mmap_mode="r")
''', style="np.save then np.load(mmap_mode='r'), pathlib for the path"),
    Alternative("ex8_7_memmap", "raw_memmap_w_plus", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    path = os.path.join(str(folder), "values.dat")
    writer = np.memmap(path, dtype=X.dtype, mode="w+", shape=X.shape)
    writer[:] = X
    writer.flush()
    del writer
    return np.memmap(path, dtype=X.dtype, mode="r", shape=X.shape)
''', style="raw np.memmap mode='w+', copy, flush, reopen with mode='r' (os.path.join)"),
    Alternative("ex8_7_memmap", "tofile", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    X = np.asarray(X)
    filename = os.path.join(folder, "x.bin")
    X.tofile(filename)                           # raw values, C order, no header
    return np.memmap(filename, mode="r", dtype=X.dtype, shape=X.shape)
''', style="ndarray.tofile for the raw bytes, then np.memmap read-only"),
    Alternative("ex8_7_memmap", "open_memmap_chunks", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    path = os.path.join(folder, "chunked.npy")
    out = np.lib.format.open_memmap(path, mode="w+", dtype=X.dtype, shape=X.shape)
    step = 128
    for start in range(0, X.shape[0], step):     # copy a block of rows at a time
        out[start:start + step] = X[start:start + step]
    out.flush()
    del out
    return np.lib.format.open_memmap(path, mode="r")
''', style="np.lib.format.open_memmap (a .npy with header) written block by block, reopened read-only"),
    Alternative("ex8_7_memmap", "mkstemp_in_folder", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    fd, path = tempfile.mkstemp(suffix=".mmap", dir=folder)   # a unique name inside folder
    with os.fdopen(fd, "wb") as handle:
        handle.write(np.ascontiguousarray(X).tobytes())
    shape, dtype = tuple(X.shape), X.dtype
    return np.memmap(path, dtype=dtype, mode="r", shape=shape)
''', style="tempfile.mkstemp(dir=folder) for a unique name, bytes written with a file handle, then np.memmap mode='r'"),

    # ---------------- ex8_8_stream ----------------
    Alternative("ex8_8_stream", "while_loop_student", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    start, n = 0, len(data)
    while start < n:
        stop = min(start + chunk_size, n)
        model.partial_fit(data[start:stop])
        start = stop
    return model
''', style="while loop with an explicit stop clipped to len(data)"),
    Alternative("ex8_8_stream", "ceil_count_loop", '''
import math

def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    n_rows = data.shape[0]
    n_chunks = math.ceil(n_rows / chunk_size)
    kmeans = MiniBatchKMeans(n_clusters, n_init="auto", random_state=RANDOM_STATE)
    for i in range(n_chunks):
        kmeans.partial_fit(data[i * chunk_size:(i + 1) * chunk_size])
    return kmeans
''', style="counts the chunks with math.ceil, loops over chunk numbers; positional n_clusters and n_init='auto'"),
    Alternative("ex8_8_stream", "generator_helper", '''
def iter_chunks(array, size):
    """Consecutive slices of at most size rows, the shorter last one included."""
    for begin in range(0, len(array), size):
        yield array[begin:begin + size]


def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, random_state=RANDOM_STATE)  # n_init unused by partial_fit
    for chunk in iter_chunks(data, chunk_size):
        model.partial_fit(chunk)
    return model
''', style="generator helper yielding the chunks; n_init left at its default (the statement says it is not checked)"),
    Alternative("ex8_8_stream", "float64_chunks_zip", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    n = len(data)
    starts = np.arange(0, n, chunk_size)
    stops = np.minimum(starts + chunk_size, n)
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for a, b in zip(starts.tolist(), stops.tolist()):
        chunk = np.asarray(data[a:b], dtype=np.float64)   # only this chunk in memory
        model = model.partial_fit(chunk)
    return model
''', style="np.arange starts and np.minimum stops zipped, each chunk converted to float64, reassigns the model partial_fit returns"),
    Alternative("ex8_8_stream", "two_d_slice", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    n_rows, _ = data.shape
    for start in range(0, n_rows, chunk_size):
        model.partial_fit(data[start:start + chunk_size, :])
    return model
''', style="2-D slices data[start:stop, :] (rows and all columns), rows counted from data.shape"),
]

WRONG = [
    # ---------------- ex8_1_quantize ----------------
    Wrong("ex8_1_quantize", "float_result", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    return model.cluster_centers_[model.labels_].reshape(image.shape)
''', mistake="Returns the float centres (0 to 255) for a uint8 image instead of converting back to the image's dtype.",
      hint=r"dtype|uint8"),
    Wrong("ex8_1_quantize", "flat_pixels", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    return np.rint(model.cluster_centers_[model.labels_]).astype(image.dtype)
''', mistake="Returns the flat (n_pixels, 3) array of pixels, never reshaped back to the image's shape.",
      hint=r"shape|reshape"),
    Wrong("ex8_1_quantize", "always_uint8_student", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    new_pixels = np.rint(model.cluster_centers_[model.labels_]).astype(np.uint8)
    return new_pixels.reshape(image.shape)
''', mistake="Always converts to uint8, so a float image in [0, 1] comes back as a uint8 image of 0s and 1s.",
      hint=r"float|dtype"),
    Wrong("ex8_1_quantize", "no_random_state", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=1).fit(pixels)
    new_pixels = np.rint(model.cluster_centers_[model.labels_]).astype(image.dtype)
    return new_pixels.reshape(image.shape)
''', mistake="Leaves out random_state=RANDOM_STATE, so the palette changes from one run to the next.",
      hint=r"random_state|same every time|reproduc|determin"),
    Wrong("ex8_1_quantize", "modifies_input", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    pixels = image.reshape(-1, 3)              # a view of image
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    pixels[:] = np.rint(model.cluster_centers_[model.labels_])
    return image
''', mistake="Writes the centres into a view of the image argument, so the caller's image is modified (and returned) instead of a new array.",
      hint=r"modif|unchanged|new array"),
    Wrong("ex8_1_quantize", "fixed_eight_colours", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=8, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    new_pixels = np.rint(model.cluster_centers_[model.labels_]).astype(image.dtype)
    return new_pixels.reshape(image.shape)
''', mistake="Always uses 8 clusters instead of the n_colors argument.",
      hint=r"n_colors|number of colou?rs|distinct colou?rs"),
    Wrong("ex8_1_quantize", "transposed_shape", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    height, width = image.shape[:2]
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    new_pixels = np.rint(model.cluster_centers_[model.labels_]).astype(image.dtype)
    return new_pixels.reshape(width, height, 3)
''', mistake="Reshapes back to (width, height, 3) instead of (height, width, 3), so the result has the wrong shape for any non-square image.",
      hint=r"shape"),
    Wrong("ex8_1_quantize", "minibatch", '''
def quantize(image, n_colors):
    """The image with every pixel replaced by its k-means colour centre (same shape and dtype)."""
    pixels = image.reshape(-1, 3)
    model = MiniBatchKMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    new_pixels = np.rint(model.cluster_centers_[model.labels_]).astype(image.dtype)
    return new_pixels.reshape(image.shape)
''', mistake="Uses MiniBatchKMeans instead of the statement's KMeans, so the palette differs.",
      hint=r"KMeans\(|MiniBatch|settings"),

    # ---------------- ex8_2_errors ----------------
    Wrong("ex8_2_errors", "mean_over_channels_student", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    pixels = image.reshape(-1, 3).astype(float)
    errors = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        errors.append(np.mean((pixels - model.cluster_centers_[model.labels_]) ** 2))
    return np.array(errors)
''', mistake="Averages over the three channels too (np.mean of all squared differences) instead of summing the channels and averaging over the pixels.",
      hint=r"channel"),
    Wrong("ex8_2_errors", "raw_inertia", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    pixels = image.reshape(-1, 3)
    return np.array([KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels).inertia_
                     for k in k_values])
''', mistake="Returns the inertias (sums over all pixels) without dividing by the number of pixels.",
      hint=r"inertia|divide|number of pixels"),
    Wrong("ex8_2_errors", "root_mse", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    pixels = image.reshape(-1, 3)
    out = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        out.append(np.sqrt(model.inertia_ / len(pixels)))
    return np.array(out)
''', mistake="Takes the square root: returns the root mean squared error instead of the mean squared error.",
      hint=r"root|sqrt"),
    Wrong("ex8_2_errors", "rescaled_to_unit", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    pixels = image.reshape(-1, 3).astype(float)
    if pixels.max() > 1:
        pixels = pixels / 255.0
    out = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        out.append(model.inertia_ / len(pixels))
    return np.array(out)
''', mistake="Rescales a uint8 image to [0, 1] before clustering, so the errors are not in squared levels of the image as given.",
      hint=r"rescal|\[0, ?1\]|as given"),
    Wrong("ex8_2_errors", "sorted_k", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    pixels = image.reshape(-1, 3)
    out = []
    for k in sorted(k_values):
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        out.append(model.inertia_ / len(pixels))
    return np.array(out)
''', mistake="Sorts k_values, so the errors are not in the order of k_values when it is not increasing.",
      hint=r"order|sort"),
    Wrong("ex8_2_errors", "uint8_wraparound_student", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    pixels = image.reshape(-1, 3)
    out = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        rebuilt = np.rint(model.cluster_centers_[model.labels_]).astype(image.dtype)
        out.append(((pixels - rebuilt) ** 2).sum(axis=1).mean())
    return np.array(out)
''', mistake="Subtracts the rounded image from the original in uint8, which wraps around (3 - 5 gives 254), instead of computing with floats and the unrounded centres.",
      hint=r"uint8|wrap|float"),
    Wrong("ex8_2_errors", "rounded_centres", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    pixels = image.reshape(-1, 3)
    out = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        rebuilt = np.rint(model.cluster_centers_[model.labels_])
        out.append(((pixels.astype(float) - rebuilt) ** 2).sum(axis=1).mean())
    return np.array(out)
''', mistake="Measures the error of the rounded (integer) image instead of using the centres as floats, unrounded.",
      hint=r"round"),

    Wrong("ex8_2_errors", "lesson_pixels", '''
def reconstruction_errors(image, k_values):
    """MSE per pixel of image quantised with k colours, for every k in k_values (in order)."""
    errors = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        errors.append(model.inertia_ / len(pixels))
    return np.array(errors)
''', mistake="Clusters the lesson's pixels instead of the pixels of the image argument.",
      hint=r"image argument|argument"),

    # ---------------- ex8_3_pipeline ----------------
    Wrong("ex8_3_pipeline", "scaler_outside", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    X_scaled = MinMaxScaler().fit_transform(X_train)
    pipeline = make_pipeline(KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline.fit(X_scaled, y_train)
''', mistake="Fits the scaler outside the pipeline, so the returned pipeline does not scale the raw data it receives later.",
      hint=r"scaler.{0,40}(missing|outside)|outside the pipeline"),
    Wrong("ex8_3_pipeline", "scaler_after_kmeans_student", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    pipeline = make_pipeline(KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                             MinMaxScaler(), make_classifier())
    return pipeline.fit(X_train, y_train)
''', mistake="Puts the scaler after KMeans, so k-means clusters the unscaled data and only the distances get scaled.",
      hint=r"after|scale first|before"),
    Wrong("ex8_3_pipeline", "standard_scaler_student", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    pipeline = make_pipeline(StandardScaler(),
                             KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline.fit(X_train, y_train)
''', mistake="Uses StandardScaler instead of the MinMaxScaler the statement asks for.",
      hint=r"MinMaxScaler|StandardScaler"),
    Wrong("ex8_3_pipeline", "fixed_fifty", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    pipeline = make_pipeline(MinMaxScaler(),
                             KMeans(n_clusters=50, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline.fit(X_train, y_train)
''', mistake="Always uses 50 clusters instead of the n_clusters argument.",
      hint=r"n_clusters"),
    Wrong("ex8_3_pipeline", "not_fitted", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    pipeline = make_pipeline(MinMaxScaler(),
                             KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline
''', mistake="Returns the pipeline without fitting it on X_train, y_train.",
      hint=r"not fitted|call fit|fit\("),
    Wrong("ex8_3_pipeline", "double_scaled", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    X_scaled = MinMaxScaler().fit_transform(X_train)
    pipeline = make_pipeline(MinMaxScaler(),
                             KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline.fit(X_scaled, y_train)
''', mistake="Scales the data outside the pipeline and then fits the pipeline on the scaled data, so its scaler learns the range [0, 1] instead of the training data's range.",
      hint=r"already scaled|outside the pipeline|raw X_train"),
    Wrong("ex8_3_pipeline", "no_random_state", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_clusters=n_clusters, n_init=1),
                             make_classifier())
    return pipeline.fit(X_train, y_train)
''', mistake="Leaves out random_state=RANDOM_STATE in KMeans, so the centroids change from run to run.",
      hint=r"random_state"),
    Wrong("ex8_3_pipeline", "default_logreg", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    pipeline = make_pipeline(MinMaxScaler(),
                             KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                             LogisticRegression(max_iter=1000))
    return pipeline.fit(X_train, y_train)
''', mistake="Uses a LogisticRegression with its own settings instead of make_classifier().",
      hint=r"make_classifier|settings of the classifier"),

    Wrong("ex8_3_pipeline", "n_init_default", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    """Fitted pipeline: MinMaxScaler -> KMeans(n_clusters) -> make_classifier()."""
    pipeline = make_pipeline(MinMaxScaler(),
                             KMeans(n_clusters=n_clusters, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline.fit(X_train, y_train)
''', mistake="Leaves n_init at its default instead of passing n_init=1 as the statement says.",
      hint=r"n_init"),

    # ---------------- ex8_4_grid ----------------
    Wrong("ex8_4_grid", "searched_on_test", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=folds, n_jobs=1)
    grid.fit(X_test, y_test)
    return int(grid.best_params_["kmeans__n_clusters"]), float(grid.best_score_), float(grid.score(X_test, y_test))
''', mistake="Runs the grid search on the test set instead of the training set.",
      hint=r"test set|X_train, y_train only"),
    Wrong("ex8_4_grid", "searched_on_all", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    X_all = np.vstack([X_train, X_test])
    y_all = np.concatenate([y_train, y_test])
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=folds, n_jobs=1)
    grid.fit(X_all, y_all)
    return int(grid.best_params_["kmeans__n_clusters"]), float(grid.best_score_), float(grid.score(X_test, y_test))
''', mistake="Runs the grid search on the training and test data joined, so the test set is not held out.",
      hint=r"test (data|set)|X_train, y_train only"),
    Wrong("ex8_4_grid", "scaler_before_search", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    scaler = MinMaxScaler().fit(X_train)
    pipeline = make_pipeline(KMeans(n_init=1, random_state=RANDOM_STATE), make_classifier())
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=folds, n_jobs=1)
    grid.fit(scaler.transform(X_train), y_train)
    return (int(grid.best_params_["kmeans__n_clusters"]), float(grid.best_score_),
            float(grid.score(scaler.transform(X_test), y_test)))
''', mistake="Fits the scaler on all of X_train before the search, so it has seen every validation fold (leakage) instead of being a step of the searched pipeline.",
      hint=r"scaler.{0,60}(outside|inside|fold)|leak"),
    Wrong("ex8_4_grid", "cv_three_unshuffled", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=3, n_jobs=1)
    grid.fit(X_train, y_train)
    return int(grid.best_params_["kmeans__n_clusters"]), float(grid.best_score_), float(grid.score(X_test, y_test))
''', mistake="Passes cv=3, which does not shuffle, instead of the statement's shuffled StratifiedKFold.",
      hint=r"folds|StratifiedKFold|shuffl"),
    Wrong("ex8_4_grid", "default_cv", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, n_jobs=1)
    grid.fit(X_train, y_train)
    return int(grid.best_params_["kmeans__n_clusters"]), float(grid.best_score_), float(grid.score(X_test, y_test))
''', mistake="Leaves cv at its default (5 unshuffled folds) instead of the statement's 3 shuffled stratified folds.",
      hint=r"folds|StratifiedKFold|cv="),
    Wrong("ex8_4_grid", "k_chosen_by_test", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    best = None
    for k in k_values:
        pipe = make_pipeline(MinMaxScaler(), KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE),
                             make_classifier()).fit(X_train, y_train)
        test_acc = pipe.score(X_test, y_test)
        if best is None or test_acc > best[2]:
            cv_score = cross_val_score(pipe, X_train, y_train, cv=folds).mean()
            best = (int(k), float(cv_score), float(test_acc))
    return best
''', mistake="Chooses k by its accuracy on the test set instead of by the mean cross-validated accuracy on the training set.",
      hint=r"test set|chosen by"),
    Wrong("ex8_4_grid", "swapped_scores", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=folds, n_jobs=1)
    grid.fit(X_train, y_train)
    return int(grid.best_params_["kmeans__n_clusters"]), float(grid.score(X_test, y_test)), float(grid.best_score_)
''', mistake="Returns the test accuracy and the CV score in swapped order.",
      hint=r"swap|order"),
    Wrong("ex8_4_grid", "best_params_dict_student", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    """(best k by 3-fold CV on the training set, its mean CV accuracy, test accuracy)."""
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=folds, n_jobs=1)
    grid.fit(X_train, y_train)
    return grid.best_params_, grid.best_score_, grid.score(X_test, y_test)
''', mistake="Returns the best_params_ dict instead of the number of clusters itself.",
      hint=r"best_k|dict|int"),

    # ---------------- ex8_5_similarity ----------------
    Wrong("ex8_5_similarity", "distance_not_squared_student", '''
def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    return np.exp(-gamma * kmeans.transform(X))
''', mistake="Uses the distance instead of the squared distance in the exponent.",
      hint=r"squar"),
    Wrong("ex8_5_similarity", "divides_by_gamma", '''
def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    return np.exp(-kmeans.transform(X) ** 2 / gamma)
''', mistake="Divides the squared distance by gamma instead of multiplying it by gamma.",
      hint=r"multipl|/ ?gamma"),
    Wrong("ex8_5_similarity", "gamma_inside_square_student", '''
def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    return np.exp(-(gamma * kmeans.transform(X)) ** 2)
''', mistake="Squares gamma together with the distance, exp(-(gamma * d) ** 2), instead of exp(-gamma * d ** 2).",
      hint=r"only the distance|\(gamma \* d\)"),
    Wrong("ex8_5_similarity", "returns_distances", '''
def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    distances = kmeans.transform(X)
    return distances
''', mistake="Returns the distances themselves, without applying exp(-gamma * d ** 2).",
      hint=r"distances themselves|exp\("),
    Wrong("ex8_5_similarity", "transposed_student", '''
def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    return rbf_kernel(kmeans.cluster_centers_, X, gamma=gamma)
''', mistake="Passes the centroids first to rbf_kernel, so the result has one row per centroid and one column per row of X.",
      hint=r"transpos|one row per row"),
    Wrong("ex8_5_similarity", "gamma_ignored_student", '''
def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    return rbf_kernel(X, kmeans.cluster_centers_, gamma=1.0)
''', mistake="Ignores the gamma argument and always uses gamma = 1.",
      hint=r"gamma (was )?ignored|gamma argument"),
    Wrong("ex8_5_similarity", "refits_kmeans_student", '''
def cluster_similarity(kmeans, X, gamma):
    """exp(-gamma * squared distance) from every row of X to every centroid of kmeans."""
    distances = kmeans.fit_transform(X)
    return np.exp(-gamma * distances ** 2)
''', mistake="Refits the k-means model on X (fit_transform), which changes its centroids, instead of using the fitted model as it is.",
      hint=r"refit|do not (re)?fit|fit_transform"),

    # ---------------- ex8_7_memmap ----------------
    Wrong("ex8_7_memmap", "returns_writer", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    path = os.path.join(folder, "data.dat")
    writer = np.memmap(path, dtype=X.dtype, mode="w+", shape=X.shape)
    writer[:] = X
    writer.flush()
    return writer
''', mistake="Returns the map still open for writing (mode 'w+') instead of reopening the file read-only.",
      hint=r"w\+|read-only|mode"),
    Wrong("ex8_7_memmap", "default_mode_r_plus", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    path = os.path.join(folder, "data.dat")
    writer = np.memmap(path, dtype=X.dtype, mode="w+", shape=X.shape)
    writer[:] = X
    writer.flush()
    del writer
    return np.memmap(path, dtype=X.dtype, shape=X.shape)
''', mistake="Reopens the file without mode='r', so np.memmap's default mode 'r+' leaves it writable.",
      hint=r"r\+|mode"),
    Wrong("ex8_7_memmap", "load_into_memory", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    path = os.path.join(folder, "data.npy")
    np.save(path, X)
    return np.load(path)
''', mistake="Reads the .npy file back with np.load without mmap_mode, which loads the whole array into memory instead of returning a memory map.",
      hint=r"memory map|mmap_mode"),
    Wrong("ex8_7_memmap", "no_shape_flat", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    path = os.path.join(folder, "data.dat")
    writer = np.memmap(path, dtype=X.dtype, mode="w+", shape=X.shape)
    writer[:] = X
    writer.flush()
    del writer
    return np.memmap(path, dtype=X.dtype, mode="r")
''', mistake="Reopens the raw file without shape=X.shape, so the map is flat (1-D).",
      hint=r"flat|shape"),
    Wrong("ex8_7_memmap", "no_dtype_on_reopen", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    path = os.path.join(folder, "data.dat")
    writer = np.memmap(path, dtype=X.dtype, mode="w+", shape=X.shape)
    writer[:] = X
    writer.flush()
    del writer
    return np.memmap(path, mode="r", shape=X.shape)
''', mistake="Reopens the raw file without dtype=X.dtype, so np.memmap reads its bytes as uint8.",
      hint=r"dtype"),
    Wrong("ex8_7_memmap", "npy_as_raw", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    path = os.path.join(folder, "data.npy")
    np.save(path, X)
    return np.memmap(path, dtype=X.dtype, mode="r", shape=X.shape)
''', mistake="Opens a .npy file with np.memmap, which reads its header as values, so the values are shifted.",
      hint=r"header|shift|np\.load"),
    Wrong("ex8_7_memmap", "values_never_copied_student", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    path = os.path.join(folder, "data.dat")
    writer = np.memmap(path, dtype=X.dtype, mode="w+", shape=X.shape)
    writer.flush()
    del writer
    return np.memmap(path, dtype=X.dtype, mode="r", shape=X.shape)
''', mistake="Creates the file but never copies X into it, so the map holds zeros.",
      hint=r"zeros|copy"),
    Wrong("ex8_7_memmap", "system_temp_folder", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    fd, path = tempfile.mkstemp(suffix=".npy")    # in the system's temporary folder
    os.close(fd)
    np.save(path, X)
    return np.load(path, mmap_mode="r")
''', mistake="Writes the file in the system's temporary folder instead of inside the folder argument.",
      hint=r"inside (the )?folder|folder argument"),

    # ---------------- ex8_8_stream ----------------
    Wrong("ex8_8_stream", "fit_whole", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE,
                            batch_size=chunk_size)
    return model.fit(data)
''', mistake="Passes the whole memory map to fit (with batch_size=chunk_size) instead of calling partial_fit on one slice at a time.",
      hint=r"whole|at once|larger than|more than .{0,20}rows|partial_fit"),
    Wrong("ex8_8_stream", "skips_tail", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for i in range(len(data) // chunk_size):
        model.partial_fit(data[i * chunk_size:(i + 1) * chunk_size])
    return model
''', mistake="Loops over len(data) // chunk_size chunks only, so the last, shorter chunk is never used.",
      hint=r"last|tail|never read|shorter"),
    Wrong("ex8_8_stream", "new_model_per_chunk_student", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    for start in range(0, len(data), chunk_size):
        model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
        model.partial_fit(data[start:start + chunk_size])
    return model
''', mistake="Creates a new model for every chunk, so the returned model learned from the last chunk only.",
      hint=r"once|before the loop|new model"),
    Wrong("ex8_8_stream", "fit_per_chunk", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for start in range(0, len(data), chunk_size):
        model.fit(data[start:start + chunk_size])
    return model
''', mistake="Calls fit on every chunk, which restarts the model each time, instead of partial_fit.",
      hint=r"partial_fit"),
    Wrong("ex8_8_stream", "array_split", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    n_chunks = -(-len(data) // chunk_size)
    for chunk in np.array_split(data, n_chunks):
        model.partial_fit(chunk)
    return model
''', mistake="Uses np.array_split on the memory map, which loads it whole and makes chunks that are not data[0:chunk_size], data[chunk_size:2 * chunk_size], ...",
      hint=r"whole|array_split|larger than|at once"),
    Wrong("ex8_8_stream", "no_random_state", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1)
    for start in range(0, len(data), chunk_size):
        model.partial_fit(data[start:start + chunk_size])
    return model
''', mistake="Leaves out random_state=RANDOM_STATE, so the first chunk's k-means++ start changes from run to run.",
      hint=r"random_state"),
    Wrong("ex8_8_stream", "returns_centres", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for start in range(0, len(data), chunk_size):
        model.partial_fit(data[start:start + chunk_size])
    return model.cluster_centers_
''', mistake="Returns the centroids instead of the fitted model.",
      hint=r"model itself|not its centres|MiniBatchKMeans"),
    Wrong("ex8_8_stream", "global_chunk_size", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for start in range(0, len(data), CHUNK):
        model.partial_fit(data[start:start + CHUNK])
    return model
''', mistake="Uses the lesson's CHUNK constant instead of the chunk_size argument, so the chunks have the wrong size.",
      hint=r"chunk_size|larger than|at most"),
    Wrong("ex8_8_stream", "off_by_one_slices", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for start in range(0, len(data), chunk_size):
        model.partial_fit(data[start:start + chunk_size - 1])
    return model
''', mistake="Slices data[start:start + chunk_size - 1], so the last row of every chunk is never read.",
      hint=r"never read|skip|missing|not read"),
    Wrong("ex8_8_stream", "reversed_order", '''
def stream_kmeans(data, n_clusters, chunk_size):
    """MiniBatchKMeans fitted with one partial_fit per consecutive chunk of data."""
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    starts = list(range(0, len(data), chunk_size))
    for start in reversed(starts):                 # most recent rows first
        model.partial_fit(data[start:start + chunk_size])
    return model
''', mistake="Feeds the chunks in reverse order instead of data[0:chunk_size] first, then the next ones in order.",
      hint=r"order"),
    # Set aside in an earlier session: the visible test passed a memmap slice as X.
    Wrong("ex8_7_memmap", "returns_x", '''
def save_as_memmap(X, folder):
    """Write X to a new file in folder; return it reopened as a read-only numpy.memmap."""
    path = os.path.join(folder, "data.npy")
    np.save(path, X)
    return X
''', mistake="Writes the file but returns X itself, an array in memory, instead of the reopened memory map.",
      hint=r"X itself|in memory|in-memory|not X\b"),
]
