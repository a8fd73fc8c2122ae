"""Student-written corpus for lesson 02_feature_scaling: written from the student copy alone."""
from tests.submissions import Alternative, Wrong

ALTERNATIVE = [
    # ---------------- ex2_1_standardize ----------------
    Alternative("ex2_1_standardize", "vectorised_axis0", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    return (X - mean) / std
''', style="vectorised, broadcasting of the per-column mean and std (ddof=0 default)"),
    Alternative("ex2_1_standardize", "column_loop", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.asarray(X, dtype=float)
    Z = np.empty_like(X)
    for j in range(X.shape[1]):
        column = X[:, j]
        Z[:, j] = (column - column.mean()) / column.std(ddof=0)
    return Z
''', style="explicit loop over the columns into a preallocated array"),
    Alternative("ex2_1_standardize", "manual_variance_keepdims", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.array(X, dtype=np.float64, copy=True)
    n = X.shape[0]
    mean = np.sum(X, axis=0, keepdims=True) / n
    centred = X - mean
    std = np.sqrt(np.sum(centred ** 2, axis=0, keepdims=True) / n)
    return centred / std
''', style="mean and population variance written out with sums, keepdims=True, explicit copy"),
    Alternative("ex2_1_standardize", "apply_along_axis", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.asarray(X, dtype=float)
    return np.apply_along_axis(lambda col: (col - np.mean(col)) / np.std(col), 0, X)
''', style="np.apply_along_axis with a per-column lambda"),
    Alternative("ex2_1_standardize", "transpose_rows", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.asarray(X, dtype=float)
    rows = [(col - col.mean()) / np.sqrt(np.var(col)) for col in X.T]
    return np.array(rows).T
''', style="iterate over X.T, np.sqrt(np.var), transpose back"),

    # ---------------- ex2_2_scale_new ----------------
    Alternative("ex2_2_scale_new", "fit_then_transform", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    scaler = StandardScaler().fit(X_train)
    return scaler.transform(X_new)
''', style="StandardScaler fitted on X_train, transform X_new"),
    Alternative("ex2_2_scale_new", "numpy_by_hand", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    X_train = np.asarray(X_train, dtype=float)
    X_new = np.asarray(X_new, dtype=float)
    return (X_new - X_train.mean(axis=0)) / X_train.std(axis=0)
''', style="NumPy only: training mean and population std, broadcast onto X_new"),
    Alternative("ex2_2_scale_new", "scaler_attributes", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    scaler = StandardScaler()
    scaler.fit(X_train)
    X_new = np.atleast_2d(np.asarray(X_new, dtype=float))
    return (X_new - scaler.mean_) / scaler.scale_
''', style="fitted scaler's mean_ and scale_ applied by hand, np.atleast_2d"),
    Alternative("ex2_2_scale_new", "pipeline_single_step", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    pipe = make_pipeline(StandardScaler())
    pipe.fit(X_train)
    return np.asarray(pipe.transform(X_new))
''', style="one-step make_pipeline fitted on X_train"),
    Alternative("ex2_2_scale_new", "row_loop", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    mu = np.mean(X_train, axis=0)
    sigma = np.std(X_train, axis=0)
    out = np.zeros((len(X_new), np.shape(X_new)[1]))
    for i, row in enumerate(np.asarray(X_new, dtype=float)):
        out[i] = (row - mu) / sigma
    return out
''', style="loop over the new rows with the training statistics"),

    # ---------------- ex2_3_pipeline ----------------
    Alternative("ex2_3_pipeline", "dict_of_classes_make_pipeline", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    scalers = {"standard": StandardScaler, "minmax": MinMaxScaler, "robust": RobustScaler}
    return make_pipeline(scalers[scaler](),
                         KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE))
''', style="dict of scaler classes, instantiated on each call, make_pipeline"),
    Alternative("ex2_3_pipeline", "if_elif_named_pipeline", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    if scaler == "standard":
        step = StandardScaler()
    elif scaler == "minmax":
        step = MinMaxScaler()
    elif scaler == "robust":
        step = RobustScaler()
    else:
        raise ValueError(f"unknown scaler {scaler!r}")
    kmeans = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
    return Pipeline([("scale", step), ("cluster", kmeans)])
''', style="if/elif chain, Pipeline with chosen step names, ValueError for unknown names"),
    Alternative("ex2_3_pipeline", "match_statement", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    match scaler:
        case "standard":
            first = StandardScaler()
        case "minmax":
            first = MinMaxScaler()
        case "robust":
            first = RobustScaler()
        case _:
            raise ValueError("scaler must be 'standard', 'minmax' or 'robust'")
    return Pipeline(steps=[("scaler", first),
                           ("kmeans", KMeans(n_clusters=n_clusters, random_state=RANDOM_STATE,
                                             n_init=10))])
''', style="match statement, Pipeline(steps=...) keyword"),
    Alternative("ex2_3_pipeline", "cloned_prototypes_set_params", '''
from sklearn.base import clone

_SCALERS = {"standard": StandardScaler(), "minmax": MinMaxScaler(), "robust": RobustScaler()}

def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    kmeans = KMeans()
    kmeans.set_params(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
    return Pipeline([(scaler, clone(_SCALERS[scaler])), ("kmeans", kmeans)])
''', style="module-level prototypes cloned on each call, set_params on KMeans, step named after the scaler"),

    # ---------------- ex2_4_ari ----------------
    Alternative("ex2_4_ari", "two_fit_predicts", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    raw = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE).fit_predict(X)
    X_scaled = StandardScaler().fit_transform(X)
    std = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE).fit_predict(X_scaled)
    return float(adjusted_rand_score(y_true, raw)), float(adjusted_rand_score(y_true, std))
''', style="two KMeans fit_predict calls, fit_transform for the scaled data"),
    Alternative("ex2_4_ari", "reuse_ex2_3_pipeline", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    kmeans = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
    ari_unscaled = adjusted_rand_score(y_true, kmeans.fit(X).labels_)
    pipe = make_scaled_kmeans(n_clusters, "standard")
    ari_scaled = adjusted_rand_score(y_true, pipe.fit_predict(X))
    return (float(ari_unscaled), float(ari_scaled))
''', style="reuses make_scaled_kmeans from exercise 2.3 for the scaled run, .fit().labels_ for the raw one"),
    Alternative("ex2_4_ari", "loop_clone", '''
from sklearn.base import clone

def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    template = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
    scores = []
    for data in (X, StandardScaler().fit(X).transform(X)):
        labels = clone(template).fit(data).predict(data)
        scores.append(float(adjusted_rand_score(y_true, labels)))
    return tuple(scores)
''', style="loop over raw and scaled data with a cloned template, fit then predict, tuple(list)"),
    Alternative("ex2_4_ari", "reuse_ex2_1_standardize", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    X = np.asarray(X, dtype=float)
    def ari(data):
        model = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
        return float(adjusted_rand_score(y_true, model.fit_predict(data)))
    return ari(X), ari(standardize(X))
''', style="reuses standardize from exercise 2.1 (same z-scores as StandardScaler), nested helper"),

]

WRONG = [
    # ---------------- ex2_1_standardize ----------------
    Wrong("ex2_1_standardize", "sample_std", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.asarray(X, dtype=float)
    return (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
''', mistake="Divides by the sample standard deviation (ddof=1) instead of the population one (ddof=0) that StandardScaler uses.",
          hint=r"ddof|population|sample"),
    Wrong("ex2_1_standardize", "whole_array_stats", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.asarray(X, dtype=float)
    return (X - X.mean()) / X.std()
''', mistake="Computes one mean and one standard deviation over the whole array instead of one per column.",
          hint=r"per column|axis=0|axis|whole array"),
    Wrong("ex2_1_standardize", "row_stats", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=1, keepdims=True)
    std = X.std(axis=1, keepdims=True)
    return (X - mean) / std
''', mistake="Standardises each row (axis=1) instead of each column.",
          hint=r"axis|column|row"),
    Wrong("ex2_1_standardize", "no_centring", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.asarray(X, dtype=float)
    return X / X.std(axis=0)
''', mistake="Divides by the standard deviation but forgets to subtract the column mean first.",
          hint=r"subtract|mean|centr"),
    Wrong("ex2_1_standardize", "in_place", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.asarray(X, dtype=float)   # no copy for a float array: X is the caller's array
    X -= X.mean(axis=0)
    X /= X.std(axis=0)
    return X
''', mistake="Modifies the caller's array in place (np.asarray does not copy a float array) instead of returning a new array.",
          hint=r"in place|in-place|modif|new array|copy|changed"),
    Wrong("ex2_1_standardize", "variance_not_std", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.asarray(X, dtype=float)
    return (X - X.mean(axis=0)) / X.var(axis=0)
''', mistake="Divides by the variance instead of the standard deviation (forgets the square root).",
          hint=r"variance|standard deviation|sqrt|square root"),
    Wrong("ex2_1_standardize", "two_columns_only", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    X = np.asarray(X, dtype=float)
    length = (X[:, 0] - X[:, 0].mean()) / X[:, 0].std()
    mass = (X[:, 1] - X[:, 1].mean()) / X[:, 1].std()
    return np.column_stack([length, mass])
''', mistake="Hard-codes the fish's two columns, so it drops every column after the second.",
          hint=r"shape|column|feature"),
    Wrong("ex2_1_standardize", "int_truncation", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    Z = np.empty_like(X)           # inherits X's dtype: integers stay integers
    for j in range(X.shape[1]):
        Z[:, j] = (X[:, j] - X[:, j].mean()) / X[:, j].std()
    return Z
''', mistake="Removed the float conversion and writes the z-scores into an array of X's dtype, so an integer input gets truncated z-scores.",
          hint=r"int|dtype|float|truncat"),
    Wrong("ex2_1_standardize", "uses_standard_scaler", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    return StandardScaler().fit_transform(X)
''', mistake="Uses a scikit-learn scaler although the statement asks for NumPy only.",
          hint=r"numpy only|by hand|StandardScaler|scikit-learn|sklearn"),
    Wrong("ex2_1_standardize", "returns_dataframe", '''
def standardize(X):
    """Return the z-scores of each column of X (population standard deviation)."""
    df = pd.DataFrame(X)
    return (df - df.mean()) / df.std(ddof=0)
''', mistake="Returns a pandas DataFrame instead of a NumPy array.",
          hint=r"ndarray|numpy array|DataFrame|type"),

    # ---------------- ex2_2_scale_new ----------------
    Wrong("ex2_2_scale_new", "fit_on_new", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    return StandardScaler().fit_transform(X_new)
''', mistake="Fits a new scaler on X_new instead of using the training statistics.",
          hint=r"X_new|new scaler|training|X_train"),
    Wrong("ex2_2_scale_new", "returns_scaled_train", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    scaler = StandardScaler()
    X_train_scaled = scaler.fit_transform(X_train)
    return X_train_scaled
''', mistake="Returns the scaled training data instead of the scaled new observations.",
          hint=r"shape|training data|new observations|X_new"),
    Wrong("ex2_2_scale_new", "fit_on_concatenation", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    both = np.vstack([X_train, X_new])
    scaled = StandardScaler().fit_transform(both)
    return scaled[len(X_train):]
''', mistake="Fits the scaler on the training and new data together, so the new observations leak into the mean and standard deviation.",
          hint=r"X_train|training|only|statistic|together|both"),
    Wrong("ex2_2_scale_new", "sample_std_by_hand", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    return (X_new - X_train.mean(axis=0)) / X_train.std(axis=0, ddof=1)
''', mistake="Uses the sample standard deviation (ddof=1) of the training data instead of the population one.",
          hint=r"ddof|population|sample"),
    Wrong("ex2_2_scale_new", "global_fish_scaler", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    return scaler.transform(pd.DataFrame(X_new, columns=fish.columns))
''', mistake="Ignores X_train and reuses the lesson's scaler fitted on the fish, so it only works for the fish data.",
          hint=r"X_train|training|argument|fish"),
    Wrong("ex2_2_scale_new", "flattens_output", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    scaled = StandardScaler().fit(X_train).transform(X_new)
    return scaled.squeeze()
''', mistake="Squeezes the result, so a single new row comes back as a 1-D array instead of an array with the shape of X_new.",
          hint=r"shape|2-D|2d|single row|one row|squeeze|ravel|1-D"),
    Wrong("ex2_2_scale_new", "minmax_instead", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    return MinMaxScaler().fit(X_train).transform(X_new)
''', mistake="Uses MinMaxScaler (min and max) instead of standardising with the mean and standard deviation.",
          hint=r"StandardScaler|standardi|mean|standard deviation|MinMax"),
    Wrong("ex2_2_scale_new", "returns_unscaled", '''
def scale_new(X_train, X_new):
    """Standardise X_new with the statistics learned from X_train."""
    scaler = StandardScaler().fit(X_train)
    scaler.transform(X_new)
    return np.asarray(X_new)
''', mistake="Calls transform but returns X_new itself, unscaled (transform does not work in place).",
          hint=r"unscaled|not scaled|transform"),

    # ---------------- ex2_3_pipeline ----------------
    Wrong("ex2_3_pipeline", "default_n_init", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    scalers = {"standard": StandardScaler, "minmax": MinMaxScaler, "robust": RobustScaler}
    return make_pipeline(scalers[scaler](), KMeans(n_clusters=n_clusters, random_state=RANDOM_STATE))
''', mistake="Leaves n_init at its default instead of n_init=10.",
          hint=r"n_init"),
    Wrong("ex2_3_pipeline", "no_random_state", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    scalers = {"standard": StandardScaler, "minmax": MinMaxScaler, "robust": RobustScaler}
    return make_pipeline(scalers[scaler](), KMeans(n_clusters=n_clusters, n_init=10))
''', mistake="Forgets random_state=RANDOM_STATE on the KMeans step.",
          hint=r"random_state|RANDOM_STATE|reproduc"),
    Wrong("ex2_3_pipeline", "hard_coded_k", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    scalers = {"standard": StandardScaler, "minmax": MinMaxScaler, "robust": RobustScaler}
    return make_pipeline(scalers[scaler](), KMeans(n_clusters=3, n_init=10, random_state=RANDOM_STATE))
''', mistake="Hard-codes n_clusters=3 (the lesson's k) instead of using the n_clusters argument.",
          hint=r"n_clusters"),
    Wrong("ex2_3_pipeline", "ignores_scaler_argument", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    return make_pipeline(StandardScaler(),
                         KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE))
''', mistake="Ignores the scaler argument and always uses StandardScaler.",
          hint=r"minmax|robust|MinMaxScaler|RobustScaler|scaler="),
    Wrong("ex2_3_pipeline", "swapped_minmax_robust", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    scalers = {"standard": StandardScaler, "minmax": RobustScaler, "robust": MinMaxScaler}
    return make_pipeline(scalers[scaler](),
                         KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE))
''', mistake="Maps 'minmax' to RobustScaler and 'robust' to MinMaxScaler.",
          hint=r"minmax|robust|MinMaxScaler|RobustScaler"),
    Wrong("ex2_3_pipeline", "returns_fitted", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    scalers = {"standard": StandardScaler, "minmax": MinMaxScaler, "robust": RobustScaler}
    pipe = make_pipeline(scalers[scaler](),
                         KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE))
    return pipe.fit(fish)
''', mistake="Fits the pipeline on the lesson's fish before returning it, instead of returning it unfitted.",
          hint=r"unfitted|not fitted|fitted|fit"),
    Wrong("ex2_3_pipeline", "shared_instances", '''
_SCALERS = {"standard": StandardScaler(), "minmax": MinMaxScaler(), "robust": RobustScaler()}

def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    return Pipeline([("scaler", _SCALERS[scaler]),
                     ("kmeans", KMeans(n_clusters=n_clusters, n_init=10,
                                       random_state=RANDOM_STATE))])
''', mistake="Every pipeline shares the same module-level scaler object, so fitting one pipeline refits the scaler of all the others (not a new pipeline).",
          hint=r"new|same object|shared|share|identical|is the same"),
    Wrong("ex2_3_pipeline", "reversed_steps", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    scalers = {"standard": StandardScaler, "minmax": MinMaxScaler, "robust": RobustScaler}
    return Pipeline([("kmeans", KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)),
                     ("scaler", scalers[scaler]())])
''', mistake="Puts KMeans first and the scaler last, so k-means sees unscaled data.",
          hint=r"first|order|last|before"),
    Wrong("ex2_3_pipeline", "non_default_scaler_settings", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    """An unfitted pipeline: the chosen scaler, then k-means with n_clusters clusters."""
    scalers = {"standard": StandardScaler(),
               "minmax": MinMaxScaler(feature_range=(-1, 1)),
               "robust": RobustScaler(quantile_range=(10.0, 90.0))}
    return make_pipeline(scalers[scaler],
                         KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE))
''', mistake="Changes the settings of MinMaxScaler and RobustScaler although the statement asks for their defaults.",
          hint=r"default|feature_range|quantile_range|settings|param"),

    # ---------------- ex2_4_ari ----------------
    Wrong("ex2_4_ari", "swapped_order", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    kmeans = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
    raw = kmeans.fit_predict(X)
    std = kmeans.fit_predict(StandardScaler().fit_transform(X))
    return adjusted_rand_score(y_true, std), adjusted_rand_score(y_true, raw)
''', mistake="Returns (ari_scaled, ari_unscaled), the tuple in the wrong order.",
          hint=r"order|ari_unscaled, ari_scaled|swap"),
    Wrong("ex2_4_ari", "rand_score", '''
from sklearn.metrics import rand_score

def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    kmeans = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
    raw = kmeans.fit_predict(X)
    std = kmeans.fit_predict(StandardScaler().fit_transform(X))
    return rand_score(y_true, raw), rand_score(y_true, std)
''', mistake="Uses the unadjusted rand_score instead of adjusted_rand_score.",
          hint=r"adjusted|rand_score|chance"),
    Wrong("ex2_4_ari", "default_n_init", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    raw = KMeans(n_clusters=n_clusters, random_state=RANDOM_STATE).fit_predict(X)
    std = KMeans(n_clusters=n_clusters, random_state=RANDOM_STATE).fit_predict(
        StandardScaler().fit_transform(X))
    return adjusted_rand_score(y_true, raw), adjusted_rand_score(y_true, std)
''', mistake="Leaves n_init at its default, so k-means runs only once.",
          hint=r"n_init"),
    Wrong("ex2_4_ari", "hard_coded_k", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    raw = KMeans(n_clusters=3, n_init=10, random_state=RANDOM_STATE).fit_predict(X)
    std = KMeans(n_clusters=3, n_init=10, random_state=RANDOM_STATE).fit_predict(
        StandardScaler().fit_transform(X))
    return adjusted_rand_score(y_true, raw), adjusted_rand_score(y_true, std)
''', mistake="Hard-codes 3 clusters instead of using n_clusters.",
          hint=r"n_clusters"),
    Wrong("ex2_4_ari", "minmax_scaler", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    raw = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE).fit_predict(X)
    std = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE).fit_predict(
        MinMaxScaler().fit_transform(X))
    return adjusted_rand_score(y_true, raw), adjusted_rand_score(y_true, std)
''', mistake="Scales with MinMaxScaler instead of StandardScaler.",
          hint=r"StandardScaler|standardi|MinMax"),
    Wrong("ex2_4_ari", "returns_list", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    scores = []
    for data in (X, StandardScaler().fit_transform(X)):
        labels = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE).fit_predict(data)
        scores.append(adjusted_rand_score(y_true, labels))
    return scores
''', mistake="Returns a list instead of a tuple.",
          hint=r"tuple"),
    Wrong("ex2_4_ari", "labels_after_second_fit", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    kmeans = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
    kmeans.fit(X)
    kmeans.fit(StandardScaler().fit_transform(X))
    ari_unscaled = adjusted_rand_score(y_true, kmeans.labels_)
    ari_scaled = adjusted_rand_score(y_true, kmeans.labels_)
    return ari_unscaled, ari_scaled
''', mistake="Reads labels_ only after the second fit, so both ARIs are those of the scaled clustering.",
          hint=r"unscaled|raw|same|both|first"),
    Wrong("ex2_4_ari", "rounded_to_two", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    raw = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE).fit_predict(X)
    std = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE).fit_predict(
        StandardScaler().fit_transform(X))
    return round(adjusted_rand_score(y_true, raw), 2), round(adjusted_rand_score(y_true, std), 2)
''', mistake="Rounds the ARIs to two decimals instead of returning the exact floats.",
          hint=r"round|decimal|precision|exact"),
    Wrong("ex2_4_ari", "no_random_state", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    """(ARI of k-means on raw X, ARI of k-means on standardised X) against y_true."""
    raw = KMeans(n_clusters=n_clusters, n_init=10).fit_predict(X)
    std = KMeans(n_clusters=n_clusters, n_init=10).fit_predict(StandardScaler().fit_transform(X))
    return adjusted_rand_score(y_true, raw), adjusted_rand_score(y_true, std)
''', mistake="Forgets random_state=RANDOM_STATE, so the result is not reproducible.",
          hint=r"random_state|RANDOM_STATE|reproduc"),
]
