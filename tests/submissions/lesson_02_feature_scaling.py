"""Fake submissions for lesson 02_feature_scaling (see tests/submissions/__init__.py)."""

from tests.submissions import Alternative, Wrong

WRONG = [
    # 2.1 standardize
    Wrong("ex2_1_standardize", "sample_std_ddof1", '''
def standardize(X):
    X = np.asarray(X, dtype=float)
    return (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
''', mistake="Divides by the sample standard deviation (ddof=1) instead of the population one.",
          hint=r"ddof|population standard deviation"),
    Wrong("ex2_1_standardize", "whole_array_statistics", '''
def standardize(X):
    X = np.asarray(X, dtype=float)
    return (X - X.mean()) / X.std()
''', mistake="Computes one mean and standard deviation over the whole array instead of per column.",
          hint=r"per column|axis=0"),
    Wrong("ex2_1_standardize", "scales_input_in_place", '''
def standardize(X):
    X -= X.mean(axis=0)
    X /= X.std(axis=0)
    return X
''', mistake="Scales the caller's array in place with -= and /=.",
          hint=r"in place"),
    # 2.2 scale_new
    Wrong("ex2_2_scale_new", "scaler_fitted_on_new_data", '''
def scale_new(X_train, X_new):
    return StandardScaler().fit_transform(X_new)
''', mistake="Fits the scaler on the new data instead of the training data.",
          hint=r"scaler on X_new|TRAINING mean"),
    Wrong("ex2_2_scale_new", "scaler_fitted_on_train_and_new", '''
def scale_new(X_train, X_new):
    scaler = StandardScaler().fit(np.vstack([X_train, X_new]))
    return scaler.transform(X_new)
''', mistake="Fits the scaler on the training and new data stacked together.",
          hint=r"training AND the new data|X_train only"),
    Wrong("ex2_2_scale_new", "returns_scaled_training_data", '''
def scale_new(X_train, X_new):
    return StandardScaler().fit_transform(X_train)
''', mistake="Returns the scaled training data instead of the scaled new observations.",
          hint=r"not the scaled training data|scaled new observations"),
    # 2.3 make_scaled_kmeans
    Wrong("ex2_3_pipeline", "default_n_init_shared_dict", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    scalers = {"standard": StandardScaler(), "minmax": MinMaxScaler(), "robust": RobustScaler()}
    return make_pipeline(scalers[scaler], KMeans(n_clusters=n_clusters, random_state=RANDOM_STATE))
''', mistake="Leaves KMeans' n_init at its default instead of n_init=10.",
          hint=r"n_init=10|default \('auto'\)"),
    Wrong("ex2_3_pipeline", "always_standard_scaler", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    return make_pipeline(StandardScaler(),
                         KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE))
''', mistake="Always uses StandardScaler, ignoring the scaler argument.",
          hint=r"should be a MinMaxScaler|scaler='minmax' means"),
    Wrong("ex2_3_pipeline", "minmax_for_robust", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    first = StandardScaler() if scaler == "standard" else MinMaxScaler()
    return make_pipeline(first, KMeans(n_clusters=n_clusters, n_init=10,
                                       random_state=RANDOM_STATE))
''', mistake="Uses MinMaxScaler for every scaler other than 'standard', 'robust' included.",
          hint=r"should be a RobustScaler|scaler='robust' means"),
    # 2.4 ari_unscaled_vs_scaled
    Wrong("ex2_4_ari", "unadjusted_rand_score", '''
from sklearn.metrics import rand_score

def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    km = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
    raw = rand_score(y_true, km.fit_predict(X))
    scaled = rand_score(y_true, km.fit_predict(StandardScaler().fit_transform(X)))
    return raw, scaled
''', mistake="Uses rand_score instead of adjusted_rand_score.",
          hint=r"adjusted_rand_score|correction for chance"),
    Wrong("ex2_4_ari", "default_n_init_reused_kmeans", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    km = KMeans(n_clusters=n_clusters, random_state=RANDOM_STATE)
    raw = adjusted_rand_score(y_true, km.fit_predict(X))
    scaled = adjusted_rand_score(y_true, km.fit_predict(StandardScaler().fit_transform(X)))
    return raw, scaled
''', mistake="Leaves KMeans' n_init at its default instead of n_init=10.",
          hint=r"n_init=10|runs only once"),
    Wrong("ex2_4_ari", "returns_scaled_first", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    km = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
    raw = adjusted_rand_score(y_true, km.fit_predict(X))
    scaled = adjusted_rand_score(y_true, km.fit_predict(StandardScaler().fit_transform(X)))
    return scaled, raw
''', mistake="Returns (ari_scaled, ari_unscaled) instead of (ari_unscaled, ari_scaled).",
          hint=r"order is \(ari_unscaled, ari_scaled\)"),
    # 2.1: the statement rules scikit-learn's scalers out
    Wrong("ex2_1_standardize", "sklearn_scale_function", '''
from sklearn.preprocessing import scale

def standardize(X):
    return scale(np.asarray(X, dtype=float))
''', mistake="Calls sklearn.preprocessing.scale although the statement rules scikit-learn's "
          "scalers out.", hint=r"rules out|scale"),
    # 2.3: one KMeans object shared by every pipeline
    Wrong("ex2_3_pipeline", "shared_kmeans", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    scalers = {"standard": StandardScaler, "minmax": MinMaxScaler, "robust": RobustScaler}
    kmeans = _KMEANS.setdefault(n_clusters, KMeans(n_clusters=n_clusters, n_init=10,
                                                    random_state=RANDOM_STATE))
    return make_pipeline(scalers[scaler](), kmeans)

_KMEANS = {}
''', mistake="Two pipelines share one KMeans object, so fitting the second refits the first.",
          hint=r"share|same step object"),
]

ALTERNATIVE = [
    Alternative("ex2_1_standardize", "explicit_population_formula", '''
def standardize(X):
    values = np.array(X, dtype=float)
    n = values.shape[0]
    centred = values - values.sum(axis=0) / n
    return centred / np.sqrt((centred ** 2).sum(axis=0) / n)
'''),
    Alternative("ex2_1_standardize", "pandas_ddof0", '''
def standardize(X):
    frame = pd.DataFrame(X)
    return ((frame - frame.mean()) / frame.std(ddof=0)).to_numpy()
'''),
    Alternative("ex2_2_scale_new", "training_statistics_by_hand", '''
def scale_new(X_train, X_new):
    X_train = np.asarray(X_train, dtype=float)
    return (np.asarray(X_new, dtype=float) - X_train.mean(axis=0)) / X_train.std(axis=0)
'''),
    Alternative("ex2_3_pipeline", "make_pipeline_if_chain", '''
def make_scaled_kmeans(n_clusters, scaler="standard"):
    if scaler == "standard":
        first = StandardScaler()
    elif scaler == "minmax":
        first = MinMaxScaler()
    elif scaler == "robust":
        first = RobustScaler()
    else:
        raise ValueError(f"unknown scaler {scaler!r}")
    last = KMeans(n_clusters, n_init=10, random_state=RANDOM_STATE)
    return make_pipeline(first, last)
'''),
    Alternative("ex2_4_ari", "pipelines", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    def kmeans():
        return KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
    raw_labels = kmeans().fit(X).labels_
    scaled_labels = make_pipeline(StandardScaler(), kmeans()).fit(X)[-1].labels_
    return (float(adjusted_rand_score(y_true, raw_labels)),
            float(adjusted_rand_score(y_true, scaled_labels)))
'''),
    Alternative("ex2_2_scale_new", "scaler_attributes_float32_safe", '''
def scale_new(X_train, X_new):
    fitted = StandardScaler().fit(np.asarray(X_train, dtype=float))
    return np.atleast_2d((np.asarray(X_new, dtype=float) - fitted.mean_) / fitted.scale_)
'''),
    Alternative("ex2_4_ari", "python_floats_list_to_tuple", '''
def ari_unscaled_vs_scaled(X, y_true, n_clusters):
    scores = []
    for data in (X, StandardScaler().fit_transform(X)):
        km = KMeans(n_clusters=n_clusters, n_init=10, random_state=RANDOM_STATE)
        scores.append(float(adjusted_rand_score(y_true, km.fit_predict(data))))
    return tuple(scores)
'''),
]

# Mutants of the answer key that are still correct answers (python -m autograder mutants).
EQUIVALENT_MUTANTS = {
    "ex2_4_ari:constant:5:54:10": "n_init=11 instead of 10: more restarts find the same "
                                  "optimum on these data, and the lesson only forbids the default",
}
