"""Fake submissions for lesson 08 (clustering as a tool).

Each ``Wrong`` is a mistake students make; it must lose the points of its own test cell
and no other, with a message matching its ``hint``. Each ``Alternative`` is correct code
written differently from the answer key; it must keep full marks everywhere.
"""

from tests.submissions import Alternative, Wrong

WRONG = [
    # ------------------------------------------------------------- ex8_1_quantize
    Wrong("ex8_1_quantize", "float_centres_returned", '''
def quantize(image, n_colors):
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    return model.cluster_centers_[model.labels_].reshape(image.shape)
''', mistake="Returns the centres as floats in 0-255 instead of the input's dtype (uint8).",
          hint=r"came back as float64 \(floats in 0-255\)"),
    Wrong("ex8_1_quantize", "not_reshaped_back", '''
def quantize(image, n_colors):
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    return np.rint(model.cluster_centers_[model.labels_]).astype(image.dtype)
''', mistake="Returns the quantised pixel rows, shape (n_pixels, 3), without reshaping them back.",
          hint=r"not reshaped back"),
    Wrong("ex8_1_quantize", "labels_as_image", '''
def quantize(image, n_colors):
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    return model.labels_.reshape(image.shape[:2]).astype(image.dtype)
''', mistake="Returns the cluster labels as an image instead of the centre colours.",
          hint=r"one number per pixel, like the cluster labels"),
    Wrong("ex8_1_quantize", "height_width_swapped", '''
def quantize(image, n_colors):
    height, width, channels = image.shape
    pixels = image.reshape(height * width, channels)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    new_pixels = np.rint(model.cluster_centers_[model.labels_]).astype(image.dtype)
    return new_pixels.reshape(width, height, channels)
''', mistake="Reshapes back to (width, height, 3) instead of (height, width, 3).",
          hint=r"height and width are swapped"),
    Wrong("ex8_1_quantize", "always_uint8", '''
def quantize(image, n_colors):
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    return np.rint(model.cluster_centers_[model.labels_]).astype(np.uint8).reshape(image.shape)
''', mistake="Always converts to uint8, so a float image in [0, 1] comes back as uint8 zeros and ones.",
          hint=r"came back as uint8.*do not assume every image is uint8"),
    Wrong("ex8_1_quantize", "hard_coded_eight_colours", '''
def quantize(image, n_colors):
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=8, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    new_pixels = np.rint(model.cluster_centers_[model.labels_])
    return new_pixels.reshape(image.shape).astype(image.dtype)
''', mistake="Always uses the lesson's 8 colours instead of n_colors.",
          hint=r"8 colours whatever n_colors says"),
    Wrong("ex8_1_quantize", "lesson_image_global", '''
def quantize(img, n_colors):
    pixels = image.reshape(-1, 3)   # the lesson's global image, not the argument
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(pixels)
    new_pixels = np.rint(model.cluster_centers_[model.labels_])
    return new_pixels.reshape(image.shape).astype(image.dtype)
''', mistake="Quantises the lesson's global image instead of the image passed to the function.",
          hint=r"shape of the lesson's image"),
    Wrong("ex8_1_quantize", "ten_starts", '''
def quantize(image, n_colors):
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=10, random_state=RANDOM_STATE).fit(pixels)
    new_pixels = np.rint(model.cluster_centers_[model.labels_]) if image.dtype.kind in "ui" \\
        else model.cluster_centers_[model.labels_]
    return new_pixels.reshape(image.shape).astype(image.dtype)
''', mistake="Uses n_init=10 where the statement asks for a single start (n_init=1).",
          hint=r"n_init=1"),
    Wrong("ex8_1_quantize", "unseeded", '''
def quantize(image, n_colors):
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=1).fit(pixels)
    new_pixels = model.cluster_centers_[model.labels_]
    if np.issubdtype(image.dtype, np.integer):
        new_pixels = np.rint(new_pixels)
    return new_pixels.reshape(image.shape).astype(image.dtype)
''', mistake="Leaves out random_state, so the palette changes from run to run.",
          hint=r"random_state=RANDOM_STATE"),
    # ------------------------------------------------------------- ex8_2_errors
    Wrong("ex8_2_errors", "mean_over_channels", '''
def reconstruction_errors(image, k_values):
    pixels = image.reshape(-1, 3).astype(float)
    errors = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        errors.append(np.mean((pixels - model.cluster_centers_[model.labels_]) ** 2))
    return np.array(errors)
''', mistake="Averages the squared differences over the three channels too (divides by 3 more).",
          hint=r"averaged over the three channels"),
    Wrong("ex8_2_errors", "inertia_not_divided", '''
def reconstruction_errors(image, k_values):
    pixels = image.reshape(-1, 3)
    return np.array([KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels).inertia_
                     for k in k_values])
''', mistake="Returns the inertias (sums over the pixels) without dividing by the number of pixels.",
          hint=r"these are the inertias"),
    Wrong("ex8_2_errors", "root_mean_squared", '''
def reconstruction_errors(image, k_values):
    pixels = image.reshape(-1, 3)
    errors = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        errors.append(np.sqrt(model.inertia_ / len(pixels)))
    return np.array(errors)
''', mistake="Returns the root of the mean squared error instead of the mean squared error.",
          hint=r"square root"),
    Wrong("ex8_2_errors", "uint8_wraparound", '''
def reconstruction_errors(image, k_values):
    pixels = image.reshape(-1, 3)
    errors = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        quantized = np.rint(model.cluster_centers_[model.labels_]).astype(image.dtype)
        errors.append(((pixels - quantized) ** 2).sum(axis=1).mean())
    return np.array(errors)
''', mistake="Subtracts two uint8 arrays, which wraps around (3 - 5 = 254), instead of computing in floats.",
          hint=r"wraps around"),
    Wrong("ex8_2_errors", "error_of_rounded_image", '''
def reconstruction_errors(image, k_values):
    pixels = image.reshape(-1, 3).astype(float)
    errors = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        quantized = np.rint(model.cluster_centers_[model.labels_])
        errors.append(((pixels - quantized) ** 2).sum(axis=1).mean())
    return np.array(errors)
''', mistake="Measures the error of the rounded quantised image instead of the unrounded centres.",
          hint=r"error of the rounded image"),
    Wrong("ex8_2_errors", "sorted_k_values", '''
def reconstruction_errors(image, k_values):
    pixels = image.reshape(-1, 3)
    errors = []
    for k in sorted(k_values):
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        errors.append(model.inertia_ / len(pixels))
    return np.array(errors)
''', mistake="Sorts k_values, so the errors come back in increasing k instead of the order given.",
          hint=r"sorted by k: keep the order of k_values"),
    Wrong("ex8_2_errors", "rescaled_to_unit_interval", '''
def reconstruction_errors(image, k_values):
    pixels = image.reshape(-1, 3) / 255.0   # as if every image were uint8
    errors = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        errors.append(model.inertia_ / len(pixels))
    return np.array(errors)
''', mistake="Rescales the pixels to [0, 1] before fitting instead of using them as given.",
          hint=r"rescaled the pixels"),
    # ------------------------------------------------------------- ex8_3_pipeline
    Wrong("ex8_3_pipeline", "scaler_outside_pipeline", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    X_scaled = MinMaxScaler().fit_transform(X_train)
    pipeline = make_pipeline(KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline.fit(X_scaled, y_train)
''', mistake="Fits the scaler outside the pipeline, so the returned pipeline gets raw data unscaled.",
          hint=r"scaler is missing from the pipeline"),
    Wrong("ex8_3_pipeline", "scaler_after_kmeans", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    pipeline = make_pipeline(KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                             MinMaxScaler(), make_classifier())
    return pipeline.fit(X_train, y_train)
''', mistake="Puts the scaler after KMeans, so k-means clusters the unscaled data.",
          hint=r"scaler comes after KMeans"),
    Wrong("ex8_3_pipeline", "prescaled_then_pipeline", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    X_scaled = MinMaxScaler().fit_transform(X_train)
    pipeline = make_pipeline(MinMaxScaler(),
                             KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline.fit(X_scaled, y_train)
''', mistake="Scales X_train outside and then fits the pipeline (with its own scaler) on the scaled data.",
          hint=r"already scaled"),
    Wrong("ex8_3_pipeline", "standard_scaler", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    pipeline = make_pipeline(StandardScaler(),
                             KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline.fit(X_train, y_train)
''', mistake="Uses StandardScaler where the statement asks for MinMaxScaler.",
          hint=r"should be a MinMaxScaler, not a StandardScaler"),
    Wrong("ex8_3_pipeline", "hard_coded_fifty", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_clusters=50, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline.fit(X_train, y_train)
''', mistake="Always uses the lesson's 50 clusters instead of n_clusters.",
          hint=r"always 50"),
    Wrong("ex8_3_pipeline", "default_n_init", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_clusters=n_clusters, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline.fit(X_train, y_train)
''', mistake="Leaves n_init at its default instead of passing n_init=1 as the statement says.",
          hint=r"n_init is left at its default"),
    Wrong("ex8_3_pipeline", "returned_unfitted", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    return make_pipeline(MinMaxScaler(),
                         KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                         make_classifier())
''', mistake="Returns the pipeline without fitting it.",
          hint=r"is not fitted"),
    Wrong("ex8_3_pipeline", "fits_lesson_training_set", '''
def fit_cluster_classifier(X, y, n_clusters):
    pipeline = make_pipeline(MinMaxScaler(),
                             KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    return pipeline.fit(X_train, y_train)  # the lesson's global training set
''', mistake="Fits the lesson's global X_train, y_train instead of the arguments.",
          hint=r"fitted on X_train \(the argument\)"),
    # ------------------------------------------------------------- ex8_4_grid
    Wrong("ex8_4_grid", "grid_on_test_set", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=folds, n_jobs=1)
    grid.fit(X_test, y_test)
    return int(grid.best_params_["kmeans__n_clusters"]), grid.best_score_, grid.score(X_test, y_test)
''', mistake="Runs the grid search on the test set instead of the training set.",
          hint=r"searched on the test set"),
    Wrong("ex8_4_grid", "k_chosen_by_test_accuracy", '''
from sklearn.model_selection import cross_val_score

def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    results = []
    for k in k_values:
        pipe = make_pipeline(MinMaxScaler(), KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
        cv = cross_val_score(pipe, X_train, y_train, cv=folds).mean()
        test = pipe.fit(X_train, y_train).score(X_test, y_test)
        results.append((test, k, cv))
    test, k, cv = max(results)   # the k with the best TEST accuracy
    return k, float(cv), float(test)
''', mistake="Computes the CV scores but keeps the k with the best test accuracy.",
          hint=r"k was chosen by its accuracy on the test set"),
    Wrong("ex8_4_grid", "grid_on_train_and_test", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=folds, n_jobs=1)
    grid.fit(np.vstack([X_train, X_test]), np.concatenate([y_train, y_test]))
    return int(grid.best_params_["kmeans__n_clusters"]), grid.best_score_, grid.score(X_test, y_test)
''', mistake="Runs the grid search on the training and test data stacked together.",
          hint=r"training and test data together"),
    Wrong("ex8_4_grid", "scaler_outside_cv", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    scaler = MinMaxScaler().fit(X_train)
    pipeline = make_pipeline(KMeans(n_init=1, random_state=RANDOM_STATE), make_classifier())
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=folds, n_jobs=1)
    grid.fit(scaler.transform(X_train), y_train)
    return (int(grid.best_params_["kmeans__n_clusters"]), grid.best_score_,
            grid.score(scaler.transform(X_test), y_test))
''', mistake="Fits the scaler on all of X_train before the cross-validation, outside the pipeline.",
          hint=r"scaler was fitted outside the cross-validation"),
    Wrong("ex8_4_grid", "unshuffled_default_folds", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=3, n_jobs=1)
    grid.fit(X_train, y_train)
    return int(grid.best_params_["kmeans__n_clusters"]), grid.best_score_, grid.score(X_test, y_test)
''', mistake="Uses cv=3 (unshuffled folds) instead of the statement's shuffled StratifiedKFold.",
          hint=r"not the statement's folds"),
    Wrong("ex8_4_grid", "scores_swapped", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=folds, n_jobs=1)
    grid.fit(X_train, y_train)
    return int(grid.best_params_["kmeans__n_clusters"]), grid.score(X_test, y_test), grid.best_score_
''', mistake="Returns (best_k, test_accuracy, best_cv_score): the two scores in the wrong order.",
          hint=r"scores are swapped"),
    Wrong("ex8_4_grid", "best_params_dict", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                             make_classifier())
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)
    grid = GridSearchCV(pipeline, {"kmeans__n_clusters": k_values}, cv=folds, n_jobs=1)
    grid.fit(X_train, y_train)
    return grid.best_params_, grid.best_score_, grid.score(X_test, y_test)
''', mistake="Returns the best_params_ dict instead of the number of clusters.",
          hint=r"not the dict best_params_"),
    # ------------------------------------------------------------- ex8_5_similarity
    Wrong("ex8_5_similarity", "distance_not_squared", '''
def cluster_similarity(kmeans, X, gamma):
    return np.exp(-gamma * kmeans.transform(X))
''', mistake="Uses the distance instead of the squared distance in the RBF.",
          hint=r"distance, not its square"),
    Wrong("ex8_5_similarity", "gamma_divides", '''
def cluster_similarity(kmeans, X, gamma):
    return np.exp(-kmeans.transform(X) ** 2 / gamma)
''', mistake="Divides the squared distance by gamma instead of multiplying it.",
          hint=r"not exp\(-d \*\* 2 / gamma\)"),
    Wrong("ex8_5_similarity", "distances_returned", '''
def cluster_similarity(kmeans, X, gamma):
    return kmeans.transform(X)
''', mistake="Returns the distances themselves, without the RBF.",
          hint=r"distances themselves"),
    Wrong("ex8_5_similarity", "refits_kmeans", '''
def cluster_similarity(kmeans, X, gamma):
    return np.exp(-gamma * kmeans.fit_transform(X) ** 2)
''', mistake="Refits kmeans on X (fit_transform) instead of using its centroids.",
          hint=r"do not refit kmeans"),
    Wrong("ex8_5_similarity", "transposed", '''
def cluster_similarity(kmeans, X, gamma):
    return rbf_kernel(kmeans.cluster_centers_, X, gamma=gamma)
''', mistake="Returns one row per centroid and one column per sample (transposed).",
          hint=r"one row per row of X"),
    Wrong("ex8_5_similarity", "gamma_ignored", '''
def cluster_similarity(kmeans, X, gamma):
    return np.exp(-kmeans.transform(X) ** 2)
''', mistake="Ignores gamma (uses gamma = 1).",
          hint=r"gamma was ignored"),
    Wrong("ex8_5_similarity", "gamma_inside_square", '''
def cluster_similarity(kmeans, X, gamma):
    return np.exp(-(gamma * kmeans.transform(X)) ** 2)
''', mistake="Squares gamma times the distance instead of the distance alone.",
          hint=r"only the distance is squared"),
    # ------------------------------------------------------------- ex8_7_memmap
    Wrong("ex8_7_memmap", "returns_writable_map", '''
def save_as_memmap(X, folder):
    writer = np.memmap(os.path.join(folder, "array.dat"), dtype=X.dtype, mode="w+", shape=X.shape)
    writer[:] = X
    writer.flush()
    return writer
''', mistake="Returns the map opened for writing (mode 'w+') instead of reopening it read-only.",
          hint=r"still open for writing"),
    Wrong("ex8_7_memmap", "np_load_without_mmap_mode", '''
def save_as_memmap(X, folder):
    path = os.path.join(folder, "array.npy")
    np.save(path, X)
    return np.load(path)
''', mistake="Reads the .npy file back into memory (np.load without mmap_mode) instead of mapping it.",
          hint=r"not a memory map"),
    Wrong("ex8_7_memmap", "reopened_flat", '''
def save_as_memmap(X, folder):
    path = os.path.join(folder, "array.dat")
    writer = np.memmap(path, dtype=X.dtype, mode="w+", shape=X.shape)
    writer[:] = X
    writer.flush()
    return np.memmap(path, dtype=X.dtype, mode="r")
''', mistake="Reopens the raw file without shape=, so the map is flat (1-D).",
          hint=r"is flat"),
    Wrong("ex8_7_memmap", "always_float32", '''
def save_as_memmap(X, folder):
    path = os.path.join(folder, "array.dat")
    writer = np.memmap(path, dtype=np.float32, mode="w+", shape=X.shape)
    writer[:] = X
    writer.flush()
    return np.memmap(path, dtype=np.float32, mode="r", shape=X.shape)
''', mistake="Stores every array as float32 (the lesson's dtype) instead of X's own dtype.",
          hint=r"keep X's dtype"),
    Wrong("ex8_7_memmap", "values_never_copied", '''
def save_as_memmap(X, folder):
    path = os.path.join(folder, "array.dat")
    writer = np.memmap(path, dtype=X.dtype, mode="w+", shape=X.shape)
    writer.flush()   # X was never copied into the map
    return np.memmap(path, dtype=X.dtype, mode="r", shape=X.shape)
''', mistake="Creates the file but never copies X into it, so it holds zeros.",
          hint=r"holds zeros"),
    Wrong("ex8_7_memmap", "file_outside_folder", '''
def save_as_memmap(X, folder):
    handle, path = tempfile.mkstemp(suffix=".dat")   # the system's temporary folder, not folder
    os.close(handle)
    writer = np.memmap(path, dtype=X.dtype, mode="w+", shape=X.shape)
    writer[:] = X
    writer.flush()
    return np.memmap(path, dtype=X.dtype, mode="r", shape=X.shape)
''', mistake="Writes the file with tempfile.mkstemp() in the system's temporary folder, not inside folder.",
          hint=r"inside the folder argument"),
    Wrong("ex8_7_memmap", "npy_opened_as_raw", '''
def save_as_memmap(X, folder):
    path = os.path.join(folder, "array.npy")
    np.save(path, X)
    return np.memmap(path, dtype=X.dtype, mode="r", shape=X.shape)
''', mistake="Opens a .npy file with np.memmap, which reads its header as if it were values.",
          hint=r"np\.save writes a header"),
    # ------------------------------------------------------------- ex8_8_stream
    Wrong("ex8_8_stream", "fit_whole_memmap", '''
def stream_kmeans(data, n_clusters, chunk_size):
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE,
                            batch_size=chunk_size)
    return model.fit(data)
''', mistake="Passes the whole memory map to fit instead of feeding chunks to partial_fit.",
          hint=r"turned the whole dataset into one array"),
    Wrong("ex8_8_stream", "asarray_then_chunks", '''
def stream_kmeans(data, n_clusters, chunk_size):
    X = np.asarray(data)   # loads everything
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for start in range(0, len(X), chunk_size):
        model.partial_fit(X[start:start + chunk_size])
    return model
''', mistake="Loads the whole memory map with np.asarray before slicing it into chunks.",
          hint=r"turned the whole dataset into one array"),
    Wrong("ex8_8_stream", "skips_short_tail", '''
def stream_kmeans(data, n_clusters, chunk_size):
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for i in range(len(data) // chunk_size):   # the shorter last chunk is left out
        model.partial_fit(data[i * chunk_size:(i + 1) * chunk_size])
    return model
''', mistake="Loops over len(data) // chunk_size chunks, so the shorter last chunk is never read.",
          hint=r"final chunk was skipped"),
    Wrong("ex8_8_stream", "stops_one_chunk_early", '''
def stream_kmeans(data, n_clusters, chunk_size):
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for start in range(0, len(data) - chunk_size, chunk_size):
        model.partial_fit(data[start:start + chunk_size])
    return model
''', mistake="Stops the range at len(data) - chunk_size, which drops the last chunk.",
          hint=r"final chunk was skipped"),
    Wrong("ex8_8_stream", "fit_on_each_chunk", '''
def stream_kmeans(data, n_clusters, chunk_size):
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for start in range(0, len(data), chunk_size):
        model.fit(data[start:start + chunk_size])   # restarts on every chunk
    return model
''', mistake="Calls fit on every chunk, which restarts the model each time, instead of partial_fit.",
          hint=r"fit \(or fit on all the chunks joined\) runs many mini-batches"),
    Wrong("ex8_8_stream", "new_model_per_chunk", '''
def stream_kmeans(data, n_clusters, chunk_size):
    for start in range(0, len(data), chunk_size):
        model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
        model.partial_fit(data[start:start + chunk_size])
    return model
''', mistake="Creates a new model for every chunk, so only the last chunk is learned.",
          hint=r"create the model ONCE"),
    Wrong("ex8_8_stream", "overlapping_chunks", '''
def stream_kmeans(data, n_clusters, chunk_size):
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for start in range(0, len(data), chunk_size):
        model.partial_fit(data[start:start + chunk_size + 1])   # one row too many
    return model
''', mistake="Slices chunk_size + 1 rows per chunk, so every read is larger than a chunk.",
          hint=r"more than chunk_size"),
    Wrong("ex8_8_stream", "unseeded", '''
def stream_kmeans(data, n_clusters, chunk_size):
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1)
    for start in range(0, len(data), chunk_size):
        model.partial_fit(data[start:start + chunk_size])
    return model
''', mistake="Leaves out random_state, so the first chunk's start changes from run to run.",
          hint=r"random_state is missing"),
    Wrong("ex8_8_stream", "chunks_joined_then_fit", '''
def stream_kmeans(data, n_clusters, chunk_size):
    chunks = [data[start:start + chunk_size] for start in range(0, len(data), chunk_size)]
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    return model.fit(np.concatenate(chunks))   # everything in memory again
''', mistake="Reads the chunks, then joins them and fits on all the data at once.",
          hint=r"fit \(or fit on all the chunks joined\)"),
]

ALTERNATIVE = [
    # ------------------------------------------------------------- ex8_1_quantize
    Alternative("ex8_1_quantize", "reshape_hw_take_truncate", '''
def quantize(image, n_colors):
    height, width, channels = image.shape
    pixels = image.reshape(height * width, channels)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE)
    labels = model.fit_predict(pixels)
    new_pixels = np.take(model.cluster_centers_, labels, axis=0)
    return new_pixels.astype(image.dtype).reshape(height, width, channels)  # truncates
''', style="reshape(h * w, c), fit_predict, np.take and a truncating astype"),
    Alternative("ex8_1_quantize", "predict_round_if_integer", '''
def quantize(image, n_colors):
    pixels = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init="auto", random_state=42).fit(pixels)
    new_pixels = model.cluster_centers_[model.predict(pixels)]
    if image.dtype.kind in "ui":
        new_pixels = np.round(new_pixels)
    return new_pixels.astype(image.dtype, copy=False).reshape(image.shape)
''', style="labels from predict, n_init='auto', a literal seed, np.round for integer kinds"),
    Alternative("ex8_1_quantize", "float_work_clip_and_cast", '''
def quantize(image, n_colors):
    pixels = image.reshape(-1, image.shape[-1]).astype(np.float64)
    km = KMeans(n_init=1, random_state=RANDOM_STATE, n_clusters=n_colors)
    km.fit(pixels)
    out = km.cluster_centers_[km.labels_]
    if np.issubdtype(image.dtype, np.integer):
        info = np.iinfo(image.dtype)
        out = np.clip(np.rint(out), info.min, info.max)
    return out.reshape(image.shape).astype(image.dtype)
''', style="explicit float64 pixels, clipping to the dtype's range before the cast"),
    Alternative("ex8_1_quantize", "fill_by_cluster_loop", '''
def quantize(image, n_colors):
    flat = image.reshape(-1, 3)
    model = KMeans(n_clusters=n_colors, n_init=1, random_state=RANDOM_STATE).fit(flat)
    result = np.empty_like(flat)
    for j, centre in enumerate(model.cluster_centers_):
        value = np.rint(centre) if np.issubdtype(image.dtype, np.integer) else centre
        result[model.labels_ == j] = value
    return result.reshape(image.shape)
''', style="np.empty_like and a loop over the clusters filling each one's pixels"),
    # ------------------------------------------------------------- ex8_2_errors
    Alternative("ex8_2_errors", "squared_distances_by_hand", '''
def reconstruction_errors(image, k_values):
    pixels = image.reshape(-1, 3).astype(float)
    out = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        diff = pixels - model.cluster_centers_[model.labels_]
        out.append((diff ** 2).sum(axis=1).mean())
    return np.asarray(out)
''', style="squared differences to the centres, summed over channels, averaged over pixels"),
    Alternative("ex8_2_errors", "minus_score_list", '''
def reconstruction_errors(image, k_values):
    h, w, c = image.shape
    pixels = image.reshape(h * w, c)
    return [-KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels).score(pixels) / (h * w)
            for k in k_values]
''', style="a list of -score(pixels) / n_pixels"),
    Alternative("ex8_2_errors", "image_space_mean", '''
def reconstruction_errors(image, k_values):
    original = image.astype(np.float64)
    errors = np.zeros(len(list(k_values)))
    for i, k in enumerate(list(k_values)):
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(image.reshape(-1, 3))
        rebuilt = model.cluster_centers_[model.labels_].reshape(image.shape)
        errors[i] = np.mean(np.sum((original - rebuilt) ** 2, axis=-1))
    return errors
''', style="the float quantised image compared with the original in image shape"),
    Alternative("ex8_2_errors", "transform_min_squared", '''
def reconstruction_errors(image, k_values):
    pixels = image.reshape(-1, 3)
    errors = []
    for k in k_values:
        model = KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE).fit(pixels)
        errors.append(float(np.mean(model.transform(pixels).min(axis=1) ** 2)))
    return np.array(errors)
''', style="the squared distance to the nearest centre from transform"),
    # ------------------------------------------------------------- ex8_3_pipeline
    Alternative("ex8_3_pipeline", "pipeline_named_steps", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    pipeline = Pipeline([
        ("scale", MinMaxScaler()),
        ("cluster", KMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)),
        ("classify", make_classifier()),
    ])
    pipeline.fit(X_train, y_train)
    return pipeline
''', style="Pipeline([...]) with its own step names"),
    Alternative("ex8_3_pipeline", "set_params_on_steps", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    pipe = make_pipeline(MinMaxScaler(), KMeans(), make_classifier())
    pipe.set_params(kmeans__n_clusters=n_clusters, kmeans__n_init=1, kmeans__random_state=42)
    return pipe.fit(X_train, y_train)
''', style="make_pipeline with a bare KMeans, then set_params with the double-underscore names"),
    Alternative("ex8_3_pipeline", "steps_fitted_in_turn", '''
def fit_cluster_classifier(X_train, y_train, n_clusters):
    scaler = MinMaxScaler().fit(X_train)
    kmeans = KMeans(n_clusters, n_init=1, random_state=RANDOM_STATE).fit(scaler.transform(X_train))
    classifier = make_classifier().fit(kmeans.transform(scaler.transform(X_train)), y_train)
    return Pipeline([("scaler", scaler), ("kmeans", kmeans), ("clf", classifier)])
''', style="each step fitted by hand on the previous step's output, then assembled"),
    # ------------------------------------------------------------- ex8_4_grid
    Alternative("ex8_4_grid", "named_steps_best_estimator", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    pipe = Pipeline([("scale", MinMaxScaler()),
                     ("km", KMeans(n_init=1, random_state=RANDOM_STATE)),
                     ("lr", make_classifier())])
    search = GridSearchCV(pipe, param_grid={"km__n_clusters": k_values},
                          cv=StratifiedKFold(3, shuffle=True, random_state=RANDOM_STATE))
    search.fit(X_train, y_train)
    best = search.best_estimator_
    return int(best.named_steps["km"].n_clusters), float(search.best_score_), float(best.score(X_test, y_test))
''', style="Pipeline with other step names, param 'km__n_clusters', best_estimator_.score"),
    Alternative("ex8_4_grid", "loop_with_cross_val_score", '''
from sklearn.model_selection import cross_val_score

def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE)

    def build(k):
        return make_pipeline(MinMaxScaler(), KMeans(n_clusters=k, n_init=1, random_state=RANDOM_STATE),
                             make_classifier())

    best_k, best_score = None, -np.inf
    for k in k_values:
        score = cross_val_score(build(k), X_train, y_train, cv=folds).mean()
        if score > best_score:
            best_k, best_score = k, score
    final = build(best_k).fit(X_train, y_train)
    return int(best_k), float(best_score), float(final.score(X_test, y_test))
''', style="a loop over k with cross_val_score on the same folds, then a manual refit"),
    Alternative("ex8_4_grid", "cv_results_and_accuracy_score", '''
from sklearn.metrics import accuracy_score

def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    pipeline = make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=42), make_classifier())
    grid = GridSearchCV(pipeline, [{"kmeans__n_clusters": list(k_values)}],
                        cv=StratifiedKFold(n_splits=3, shuffle=True, random_state=42), n_jobs=1)
    grid.fit(X_train, y_train)
    results = grid.cv_results_
    i = int(np.flatnonzero(results["rank_test_score"] == 1)[0])
    k = int(results["param_kmeans__n_clusters"][i])
    return k, float(results["mean_test_score"][i]), accuracy_score(y_test, grid.predict(X_test))
''', style="reads cv_results_ (rank 1), accuracy_score on grid.predict"),
    Alternative("ex8_4_grid", "refit_false_then_fit", '''
def search_n_clusters(X_train, y_train, X_test, y_test, k_values):
    make = lambda: make_pipeline(MinMaxScaler(), KMeans(n_init=1, random_state=RANDOM_STATE),
                                 make_classifier())
    grid = GridSearchCV(make(), {"kmeans__n_clusters": k_values}, refit=False, n_jobs=1,
                        cv=StratifiedKFold(n_splits=3, shuffle=True, random_state=RANDOM_STATE))
    grid.fit(X_train, y_train)
    best_k = grid.best_params_["kmeans__n_clusters"]
    final = make().set_params(kmeans__n_clusters=best_k).fit(X_train, y_train)
    return int(best_k), float(grid.best_score_), float(final.score(X_test, y_test))
''', style="refit=False, then the best pipeline rebuilt and fitted by hand"),
    # ------------------------------------------------------------- ex8_5_similarity
    Alternative("ex8_5_similarity", "rbf_kernel", '''
def cluster_similarity(kmeans, X, gamma):
    return rbf_kernel(X, kmeans.cluster_centers_, gamma=gamma)
''', style="sklearn's rbf_kernel"),
    Alternative("ex8_5_similarity", "broadcasting", '''
def cluster_similarity(kmeans, X, gamma):
    centres = kmeans.cluster_centers_
    squared = ((X[:, np.newaxis, :] - centres[np.newaxis, :, :]) ** 2).sum(axis=2)
    return np.exp(-gamma * squared)
''', style="NumPy broadcasting of all differences at once"),
    Alternative("ex8_5_similarity", "loop_over_centroids", '''
def cluster_similarity(kmeans, X, gamma):
    columns = []
    for centre in kmeans.cluster_centers_:
        d = np.linalg.norm(X - centre, axis=1)
        columns.append(np.exp(-gamma * d * d))
    return np.column_stack(columns)
''', style="a loop over the centroids with np.linalg.norm, columns stacked"),
    Alternative("ex8_5_similarity", "expanded_square", '''
def cluster_similarity(kmeans, X, gamma):
    C = kmeans.cluster_centers_
    sq = (X ** 2).sum(axis=1)[:, None] - 2 * X @ C.T + (C ** 2).sum(axis=1)[None, :]
    return np.exp(-gamma * np.maximum(sq, 0.0))
''', style="|x|^2 - 2 x.c + |c|^2 with a matrix product"),
    # ------------------------------------------------------------- ex8_7_memmap
    Alternative("ex8_7_memmap", "np_save_np_load", '''
def save_as_memmap(X, folder):
    path = os.path.join(folder, "X.npy")
    np.save(path, X)
    return np.load(path, mmap_mode="r")
''', style="np.save, then np.load(mmap_mode='r')"),
    Alternative("ex8_7_memmap", "open_memmap", '''
from numpy.lib.format import open_memmap

def save_as_memmap(X, folder):
    path = os.path.join(str(folder), "data.npy")
    out = open_memmap(path, mode="w+", dtype=X.dtype, shape=X.shape)
    out[...] = X
    out.flush()
    del out
    return open_memmap(path, mode="r")
''', style="numpy.lib.format.open_memmap to write and to reopen"),
    Alternative("ex8_7_memmap", "tofile_then_memmap", '''
import pathlib

def save_as_memmap(X, folder):
    path = pathlib.Path(folder) / "values.bin"
    X.tofile(path)
    return np.memmap(path, dtype=X.dtype, mode="r", shape=X.shape)
''', style="X.tofile on a pathlib.Path, then np.memmap in mode 'r'"),
    Alternative("ex8_7_memmap", "mkstemp_name", '''
def save_as_memmap(X, folder):
    handle, path = tempfile.mkstemp(dir=folder, suffix=".dat")
    os.close(handle)
    mm = np.memmap(path, dtype=X.dtype, mode="w+", shape=X.shape)
    mm[:] = X[:]
    mm.flush()
    return np.memmap(path, mode="r", dtype=X.dtype, shape=X.shape)
''', style="a unique file name from tempfile.mkstemp inside folder"),
    # ------------------------------------------------------------- ex8_8_stream
    Alternative("ex8_8_stream", "while_loop", '''
def stream_kmeans(data, n_clusters, chunk_size):
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    start, n_rows = 0, data.shape[0]
    while start < n_rows:
        model.partial_fit(data[start:min(start + chunk_size, n_rows)])
        start += chunk_size
    return model
''', style="a while loop over data.shape[0] with an explicit min for the last chunk"),
    Alternative("ex8_8_stream", "gen_batches", '''
from sklearn.utils import gen_batches

def stream_kmeans(data, n_clusters, chunk_size):
    model = MiniBatchKMeans(n_clusters=n_clusters, n_init=1, random_state=RANDOM_STATE)
    for rows in gen_batches(len(data), chunk_size):
        model.partial_fit(data[rows])
    return model
''', style="sklearn.utils.gen_batches yielding the slices"),
    Alternative("ex8_8_stream", "ceil_chunk_count_tuple_index", '''
import math

def stream_kmeans(data, n_clusters, chunk_size):
    model = MiniBatchKMeans().set_params(n_clusters=n_clusters, n_init=1, random_state=42)
    n = len(data)
    for i in range(math.ceil(n / chunk_size)):
        low = i * chunk_size
        model = model.partial_fit(np.asarray(data[low:low + chunk_size, :], dtype=np.float64))
    return model
''', style="math.ceil chunk count, tuple index data[lo:hi, :], set_params, float64 chunks"),
]

# Mutants of the answer key that cannot change what the tests (or a reader) can observe,
# left out of the kill rate of `python -m autograder mutants` (ids: grade_id:operator:line:col).
EQUIVALENT_MUTANTS = {
    "ex8_1_quantize:constant:7:28:1":
        "reshape(-2, 3) instead of reshape(-1, 3): NumPy reads any negative size as 'unknown'.",
    "ex8_1_quantize:drop_keyword:8:12:n_init":
        'n_init="auto" is a single start with k-means++, the same as n_init=1 (the statement '
        "accepts both).",
    "ex8_1_quantize:remove_statement:10:4:If":
        "without the rounding, astype truncates the centres, which the statement accepts.",
    "ex8_1_quantize:remove_statement:11:8:Assign":
        "without the rounding, astype truncates the centres, which the statement accepts.",
    "ex8_2_errors:constant:5:28:1":
        "reshape(-2, 3) instead of reshape(-1, 3): NumPy reads any negative size as 'unknown'.",
    "ex8_2_errors:drop_keyword:8:16:n_init":
        'n_init="auto" is a single start with k-means++, the same as n_init=1 (the statement '
        "accepts both).",
    "ex8_4_grid:drop_keyword:6:45:n_init":
        'n_init="auto" is a single start with k-means++, the same as n_init=1: same search.',
    "ex8_4_grid:drop_keyword:9:11:n_jobs":
        "n_jobs changes how many processes run the search, not its result (recommended, not "
        "checked).",
    "ex8_4_grid:constant:9:91:1":
        "n_jobs=2 instead of 1 changes how many processes run the search, not its result.",
    "ex8_7_memmap:remove_statement:8:4:Expr":
        "without flush(), the read-only map still sees the values: both maps share the "
        "operating system's pages of the same file.",
    "ex8_7_memmap:remove_statement:9:4:Delete":
        "`del writer` only drops a local name; the function returns the other map anyway.",
    "ex8_8_stream:drop_keyword:5:12:n_init":
        "partial_fit makes a single start whatever n_init says (the statement does not check it).",
    "ex8_8_stream:constant:5:58:1":
        "partial_fit makes a single start whatever n_init says (the statement does not check it).",
}
