"""Fake submissions for lesson 07 (Gaussian mixtures: EM fits, density plots, soft
assignments, covariance types, parameter counts, density anomalies, BIC and AIC)."""

from tests.submissions import Alternative, Wrong

WRONG = [
    # --- ex7_1: fit a mixture
    Wrong("ex7_1_fit", "default_n_init", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    model = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                            random_state=random_state)
    return model.fit(X)
''', mistake="Leaves n_init out, so GaussianMixture runs EM once (its default n_init=1).",
          hint=r"n_init.*(default|n_init=1)"),
    Wrong("ex7_1_fit", "covariance_type_ignored", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    return GaussianMixture(n_components=n_components, n_init=n_init,
                           random_state=random_state).fit(X)
''', mistake="Never passes covariance_type on, so every model is 'full'.",
          hint=r"covariance_type is ignored"),
    Wrong("ex7_1_fit", "fixed_n_init_10", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    return GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                           n_init=10, random_state=random_state).fit(X)
''', mistake="Hard-codes n_init=10 instead of using the argument.",
          hint=r"n_init argument, not a fixed 10"),
    Wrong("ex7_1_fit", "random_state_not_passed", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    return GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                           n_init=n_init).fit(X)
''', mistake="Does not pass random_state on: the fit is not reproducible.",
          hint=r"random_state is not passed on"),
    Wrong("ex7_1_fit", "fitted_on_the_lesson_data", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    model = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                            n_init=n_init, random_state=random_state)
    return model.fit(X_stretched)
''', mistake="Fits on the notebook's X_stretched instead of the X argument.",
          hint=r"not on X_stretched"),
    Wrong("ex7_1_fit", "one_shared_model", '''
_shared = GaussianMixture()

def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    _shared.set_params(n_components=n_components, covariance_type=covariance_type,
                       n_init=n_init, random_state=random_state)
    return _shared.fit(X)
''', mistake="Refits one module-level model, so every call returns the same object.",
          hint=r"new GaussianMixture on every call"),
    Wrong("ex7_1_fit", "other_starts", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    return GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                           n_init=n_init, random_state=random_state,
                           init_params="random_from_data").fit(X)
''', mistake="Changes init_params, which the statement says to leave at its default.",
          hint=r"leave init_params at its default"),
    Wrong("ex7_1_fit", "stops_too_early", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    import warnings
    from sklearn.exceptions import ConvergenceWarning
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)   # hides the problem
        return GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                               n_init=n_init, random_state=random_state, tol=1e-9,
                               max_iter=3).fit(X)
''', mistake="Stops EM after 3 iterations (and hides the ConvergenceWarning).",
          hint=r"EM stopped before it converged"),
    # --- ex7_2: the density plot
    Wrong("ex7_2_plot", "density_not_log_density", '''
def plot_mixture(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, np.exp(model.score_samples(grid)).reshape(xx.shape), levels=10)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Contours the density np.exp(score_samples) instead of the log-density.",
          hint=r"LOG-density"),
    Wrong("ex7_2_plot", "negative_log_density", '''
def plot_mixture(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    nll = -model.score_samples(grid).reshape(xx.shape)       # as in some textbooks
    ax.contour(xx, yy, nll, levels=np.linspace(nll.min(), nll.max(), 12))
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Contours minus the log-density (the negative log-likelihood).",
          hint=r"minus the log-density"),
    Wrong("ex7_2_plot", "grid_columns_swapped", '''
def plot_mixture(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[yy.ravel(), xx.ravel()]                     # y first: swapped
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=10)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Builds the grid with y in the first column, so the picture is mirrored.",
          hint=r"x and y are swapped"),
    Wrong("ex7_2_plot", "no_decision_boundaries", '''
def plot_mixture(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=10)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Draws the log-density but not the decision boundaries.",
          hint=r"follows the model's decision boundaries"),
    Wrong("ex7_2_plot", "fixed_window", '''
def plot_mixture(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    xx, yy = np.meshgrid(np.linspace(-4, 4, 200), np.linspace(-4, 4, 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=10)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Uses a fixed window instead of a grid covering X.",
          hint=r"covers all of X"),
    Wrong("ex7_2_plot", "refits_the_model", '''
def plot_mixture(model, X, ax=None):
    model.fit(X)                                             # refits on the data drawn
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=10)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Refits the model on the X it draws.", hint=r"the model was refitted"),
    Wrong("ex7_2_plot", "gca_when_ax_is_none", '''
def plot_mixture(model, X, ax=None):
    if ax is None:
        ax = plt.gca()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=10)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="With ax=None draws on plt.gca(), an existing figure, instead of a new one.",
          hint=r"plt\.gca\(\)"),
    Wrong("ex7_2_plot", "draws_with_plt", '''
def plot_mixture(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    plt.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=10)
    plt.contour(xx, yy, model.predict(grid).reshape(xx.shape),
                levels=np.arange(model.n_components - 1) + 0.5)
    plt.scatter(X[:, 0], X[:, 1], s=3)
    plt.scatter(model.means_[:, 0], model.means_[:, 1], marker="x")
    plt.xlabel("x1")
    plt.ylabel("x2")
    return ax
''', mistake="Draws with plt. functions, on the current Axes, instead of the ax given.",
          hint=r"current Axes"),
    Wrong("ex7_2_plot", "three_levels", '''
def plot_mixture(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    Z = model.score_samples(grid).reshape(xx.shape)
    ax.contour(xx, yy, Z, levels=[-6, -3, 0])
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5)
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    return ax
''', mistake="Draws only three levels of the log-density.", hint=r"at least 5 levels"),
    # --- ex7_3: uncertain instances
    Wrong("ex7_3_uncertain", "less_or_equal", '''
def uncertain_instances(model, X, threshold=0.9):
    return model.predict_proba(X).max(axis=1) <= threshold
''', mistake="Counts an instance exactly at the threshold as uncertain (<= instead of <).",
          hint=r"not <="),
    Wrong("ex7_3_uncertain", "flags_the_certain_ones", '''
def uncertain_instances(model, X, threshold=0.9):
    return model.predict_proba(X).max(axis=1) > threshold
''', mistake="Flags the instances above the threshold (the certain ones).",
          hint=r"CERTAIN instances"),
    Wrong("ex7_3_uncertain", "lowest_responsibility", '''
def uncertain_instances(model, X, threshold=0.9):
    return model.predict_proba(X).min(axis=1) < threshold
''', mistake="Uses the lowest responsibility of each instance instead of the highest.",
          hint=r"HIGHEST responsibility"),
    Wrong("ex7_3_uncertain", "first_column", '''
def uncertain_instances(model, X, threshold=0.9):
    return model.predict_proba(X)[:, 0] < threshold
''', mistake="Looks at the first component's responsibility only.",
          hint=r"not the first column"),
    Wrong("ex7_3_uncertain", "fixed_threshold", '''
def uncertain_instances(model, X, threshold=0.9):
    return model.predict_proba(X).max(axis=1) < 0.9
''', mistake="Ignores the threshold argument and always uses 0.9.",
          hint=r"threshold argument, not a fixed 0\.9"),
    Wrong("ex7_3_uncertain", "returns_indices", '''
def uncertain_instances(model, X, threshold=0.9):
    return np.where(model.predict_proba(X).max(axis=1) < threshold)[0]
''', mistake="Returns the indices of the uncertain instances instead of a boolean mask.",
          hint=r"not the indices"),
    Wrong("ex7_3_uncertain", "refits_the_model", '''
def uncertain_instances(model, X, threshold=0.9):
    return model.fit(X).predict_proba(X).max(axis=1) < threshold
''', mistake="Refits the model on X before computing the responsibilities.",
          hint=r"do not (re)?fit"),
    # --- ex7_4: covariances as full matrices
    Wrong("ex7_4_covariances", "raw_covariances", '''
def full_covariances(model):
    return np.array(model.covariances_)
''', mistake="Returns covariances_ as it is, whatever the covariance_type.",
          hint=r"tied.*ONE \(d, d\) matrix|covariance_type is ignored"),
    Wrong("ex7_4_covariances", "means_as_covariances", '''
def full_covariances(model):
    return np.array(model.means_)
''', mistake="Returns the means instead of the covariances.", hint=r"these are the means"),
    Wrong("ex7_4_covariances", "precisions", '''
def full_covariances(model):
    k, d = model.means_.shape
    p = model.precisions_
    if model.covariance_type == "tied":
        return np.array([p] * k)
    if model.covariance_type == "diag":
        return np.array([np.diag(v) for v in p])
    if model.covariance_type == "spherical":
        return np.array([v * np.eye(d) for v in p])
    return np.array(p)
''', mistake="Reads precisions_ (the inverse covariances) instead of covariances_.",
          hint=r"precisions"),
    Wrong("ex7_4_covariances", "spherical_times_ones", '''
def full_covariances(model):
    k, d = model.means_.shape
    c = model.covariances_
    if model.covariance_type == "tied":
        return np.array([c] * k)
    if model.covariance_type == "diag":
        return np.array([np.diag(v) for v in c])
    if model.covariance_type == "spherical":
        return np.array([v * np.ones((d, d)) for v in c])
    return np.array(c)
''', mistake="Multiplies each spherical variance by a matrix of ones, not the identity.",
          hint=r"not by a matrix of ones"),
    Wrong("ex7_4_covariances", "diag_square_roots", '''
def full_covariances(model):
    k, d = model.means_.shape
    c = model.covariances_
    if model.covariance_type == "tied":
        return np.array([c] * k)
    if model.covariance_type == "diag":
        return np.array([np.diag(np.sqrt(v)) for v in c])   # standard deviations
    if model.covariance_type == "spherical":
        return np.array([v * np.eye(d) for v in c])
    return np.array(c)
''', mistake="Puts standard deviations instead of variances on the diagonal for 'diag'.",
          hint=r"not their square roots"),
    Wrong("ex7_4_covariances", "tied_not_repeated", '''
def full_covariances(model):
    k, d = model.means_.shape
    c = model.covariances_
    if model.covariance_type == "diag":
        return np.array([np.diag(v) for v in c])
    if model.covariance_type == "spherical":
        return np.array([v * np.eye(d) for v in c])
    return np.array(c)                                      # 'tied' stays (d, d)
''', mistake="Returns the one tied matrix instead of one copy per component.",
          hint=r"repeat it once per component"),
    Wrong("ex7_4_covariances", "modifies_the_model", '''
def full_covariances(model):
    k, d = model.means_.shape
    if model.covariance_type == "tied":
        model.covariances_ = np.array([model.covariances_] * k)
    elif model.covariance_type == "diag":
        model.covariances_ = np.array([np.diag(v) for v in model.covariances_])
    elif model.covariance_type == "spherical":
        model.covariances_ = np.array([v * np.eye(d) for v in model.covariances_])
    return model.covariances_
''', mistake="Overwrites model.covariances_ with the full matrices.",
          hint=r"do not modify (the )?model"),
    # --- ex7_5: the number of free parameters
    Wrong("ex7_5_parameters", "k_free_weights", '''
def n_parameters(n_components, n_features, covariance_type):
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) // 2, "tied": d * (d + 1) // 2, "diag": k * d,
           "spherical": k}[covariance_type]
    return k + k * d + cov
''', mistake="Counts k free weights although they sum to 1.", hint=r"only k - 1 of them"),
    Wrong("ex7_5_parameters", "weights_forgotten", '''
def n_parameters(n_components, n_features, covariance_type):
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) // 2, "tied": d * (d + 1) // 2, "diag": k * d,
           "spherical": k}[covariance_type]
    return k * d + cov
''', mistake="Forgets the weights.", hint=r"count the weights too"),
    Wrong("ex7_5_parameters", "full_matrix_d_squared", '''
def n_parameters(n_components, n_features, covariance_type):
    k, d = n_components, n_features
    cov = {"full": k * d * d, "tied": d * d, "diag": k * d, "spherical": k}[covariance_type]
    return (k - 1) + k * d + cov
''', mistake="Counts d * d entries for a symmetric covariance matrix.", hint=r"symmetric"),
    Wrong("ex7_5_parameters", "tied_per_component", '''
def n_parameters(n_components, n_features, covariance_type):
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) // 2, "tied": k * d * (d + 1) // 2, "diag": k * d,
           "spherical": k}[covariance_type]
    return (k - 1) + k * d + cov
''', mistake="Counts the tied matrix once per component.", hint=r"ONE covariance matrix is shared"),
    Wrong("ex7_5_parameters", "spherical_per_feature", '''
def n_parameters(n_components, n_features, covariance_type):
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) // 2, "tied": d * (d + 1) // 2, "diag": k * d,
           "spherical": k * d}[covariance_type]
    return (k - 1) + k * d + cov
''', mistake="Gives a spherical component one variance per feature, like 'diag'.",
          hint=r"ONE variance"),
    Wrong("ex7_5_parameters", "spherical_single_variance", '''
def n_parameters(n_components, n_features, covariance_type):
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) // 2, "tied": d * (d + 1) // 2, "diag": k * d,
           "spherical": 1}[covariance_type]
    return (k - 1) + k * d + cov
''', mistake="Counts one variance for the whole spherical model.",
          hint=r"not one for the whole model"),
    Wrong("ex7_5_parameters", "float_division", '''
def n_parameters(n_components, n_features, covariance_type):
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) / 2, "tied": d * (d + 1) / 2, "diag": k * d,
           "spherical": k}[covariance_type]
    return (k - 1) + k * d + cov
''', mistake="Returns a float (true division) instead of an int.", hint=r"not a float"),
    Wrong("ex7_5_parameters", "means_forgotten", '''
def n_parameters(n_components, n_features, covariance_type):
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) // 2, "tied": d * (d + 1) // 2, "diag": k * d,
           "spherical": k}[covariance_type]
    return (k - 1) + cov
''', mistake="Forgets the means.", hint=r"count the means too"),
    # --- ex7_6: density-threshold anomalies
    Wrong("ex7_6_anomalies", "percentile_of_new_data", '''
def flag_anomalies(model, X_train, X_new, percent):
    new_scores = model.score_samples(X_new)
    return new_scores < np.percentile(new_scores, percent)
''', mistake="Takes the percentile of the new data's log-densities instead of the training data's.",
          hint=r"TRAINING log-densities"),
    Wrong("ex7_6_anomalies", "less_or_equal", '''
def flag_anomalies(model, X_train, X_new, percent):
    threshold = np.percentile(model.score_samples(X_train), percent)
    return model.score_samples(X_new) <= threshold
''', mistake="Flags an instance exactly at the threshold (<= instead of <).",
          hint=r"not <="),
    Wrong("ex7_6_anomalies", "flags_dense_instances", '''
def flag_anomalies(model, X_train, X_new, percent):
    threshold = np.percentile(model.score_samples(X_train), percent)
    return model.score_samples(X_new) > threshold
''', mistake="Flags the instances above the threshold, the dense ones.",
          hint=r"LOW-density"),
    Wrong("ex7_6_anomalies", "percent_as_a_fraction", '''
def flag_anomalies(model, X_train, X_new, percent):
    threshold = np.percentile(model.score_samples(X_train), percent / 100)
    return model.score_samples(X_new) < threshold
''', mistake="Divides percent by 100 although np.percentile takes a percent.",
          hint=r"takes a percent from 0 to 100"),
    Wrong("ex7_6_anomalies", "hundred_minus_percent", '''
def flag_anomalies(model, X_train, X_new, percent):
    threshold = np.percentile(model.score_samples(X_train), 100 - percent)
    return model.score_samples(X_new) < threshold
''', mistake="Counts the percentile from the top (100 - percent).",
          hint=r"not 100 - percent"),
    Wrong("ex7_6_anomalies", "refits_on_new_data", '''
def flag_anomalies(model, X_train, X_new, percent):
    threshold = np.percentile(model.score_samples(X_train), percent)
    return model.fit(X_new).score_samples(X_new) < threshold
''', mistake="Refits the model on the new data before scoring it.",
          hint=r"do not refit the model"),
    Wrong("ex7_6_anomalies", "fixed_percent", '''
def flag_anomalies(model, X_train, X_new, percent):
    threshold = np.percentile(model.score_samples(X_train), 2)
    return model.score_samples(X_new) < threshold
''', mistake="Ignores the percent argument and always uses 2.",
          hint=r"percent argument, not a fixed 2"),
    # --- ex7_7: the BIC and AIC sweep
    Wrong("ex7_7_criteria", "aic_where_bic_asked", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    models = [GaussianMixture(n_components=k, covariance_type=covariance_type, n_init=n_init,
                              random_state=random_state).fit(X) for k in k_values]
    aics = np.array([m.aic(X) for m in models])
    bics = np.array([m.bic(X) for m in models])
    return aics, bics, k_values[int(np.argmin(aics))], k_values[int(np.argmin(bics))]
''', mistake="Returns the AIC where the BIC was asked (and the other way round).",
          hint=r"these are the AICs"),
    Wrong("ex7_7_criteria", "argmax", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    models = [GaussianMixture(n_components=k, covariance_type=covariance_type, n_init=n_init,
                              random_state=random_state).fit(X) for k in k_values]
    bics = np.array([m.bic(X) for m in models])
    aics = np.array([m.aic(X) for m in models])
    return bics, aics, k_values[int(np.argmax(bics))], k_values[int(np.argmax(aics))]
''', mistake="Takes the k with the highest criterion (argmax instead of argmin).",
          hint=r"LOWEST criterion: argmin, not argmax"),
    Wrong("ex7_7_criteria", "default_n_init", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    models = [GaussianMixture(n_components=k, covariance_type=covariance_type,
                              random_state=random_state).fit(X) for k in k_values]
    bics = np.array([m.bic(X) for m in models])
    aics = np.array([m.aic(X) for m in models])
    return bics, aics, k_values[int(np.argmin(bics))], k_values[int(np.argmin(aics))]
''', mistake="Leaves n_init at GaussianMixture's default of 1.",
          hint=r"n_init is left at GaussianMixture's default"),
    Wrong("ex7_7_criteria", "covariance_type_ignored", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    models = [GaussianMixture(n_components=k, n_init=n_init,
                              random_state=random_state).fit(X) for k in k_values]
    bics = np.array([m.bic(X) for m in models])
    aics = np.array([m.aic(X) for m in models])
    return bics, aics, k_values[int(np.argmin(bics))], k_values[int(np.argmin(aics))]
''', mistake="Never passes covariance_type on, so every model is 'full'.",
          hint=r"covariance_type is ignored"),
    Wrong("ex7_7_criteria", "position_not_k", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    models = [GaussianMixture(n_components=k, covariance_type=covariance_type, n_init=n_init,
                              random_state=random_state).fit(X) for k in k_values]
    bics = np.array([m.bic(X) for m in models])
    aics = np.array([m.aic(X) for m in models])
    return bics, aics, int(np.argmin(bics)), int(np.argmin(aics))
''', mistake="Returns the position of the best k in k_values, not k itself.",
          hint=r"not its position"),
    Wrong("ex7_7_criteria", "sorted_k_values", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    ks = sorted(k_values)
    models = [GaussianMixture(n_components=k, covariance_type=covariance_type, n_init=n_init,
                              random_state=random_state).fit(X) for k in ks]
    bics = np.array([m.bic(X) for m in models])
    aics = np.array([m.aic(X) for m in models])
    return bics, aics, ks[int(np.argmin(bics))], ks[int(np.argmin(aics))]
''', mistake="Sorts k_values, so the values no longer follow the order given.",
          hint=r"keep the order of k_values"),
    Wrong("ex7_7_criteria", "likelihood_without_penalty", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    models = [GaussianMixture(n_components=k, covariance_type=covariance_type, n_init=n_init,
                              random_state=random_state).fit(X) for k in k_values]
    deviance = np.array([-2 * m.score(X) * len(X) for m in models])
    aics = np.array([m.aic(X) for m in models])
    return deviance, aics, k_values[int(np.argmin(deviance))], k_values[int(np.argmin(aics))]
''', mistake="Uses -2 log L without the penalty as the BIC.", hint=r"add the penalty"),
    Wrong("ex7_7_criteria", "best_aic_from_bic", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    models = [GaussianMixture(n_components=k, covariance_type=covariance_type, n_init=n_init,
                              random_state=random_state).fit(X) for k in k_values]
    bics = np.array([m.bic(X) for m in models])
    aics = np.array([m.aic(X) for m in models])
    best = k_values[int(np.argmin(bics))]
    return bics, aics, best, best
''', mistake="Reports the BIC's best k for the AIC too.", hint=r"argmin of the AICs"),
]

ALTERNATIVE = [
    # --- ex7_1
    Alternative("ex7_1_fit", "set_params_then_fit", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    model = GaussianMixture()
    model.set_params(n_components=n_components, covariance_type=covariance_type,
                     n_init=n_init, random_state=random_state)
    model.fit(X)
    return model
''', style="default construction, set_params, fit, then return the object"),
    Alternative("ex7_1_fit", "settings_dict_tight_tol", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    settings = {"n_components": n_components, "covariance_type": covariance_type,
                "n_init": n_init, "random_state": random_state}
    return GaussianMixture(**settings, tol=1e-6, max_iter=1000).fit(np.asarray(X, dtype=float))
''', style="settings unpacked from a dict, a tighter tol and a larger max_iter (allowed)"),
    Alternative("ex7_1_fit", "positional_fit_predict", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    model = GaussianMixture(n_components, covariance_type=covariance_type, n_init=n_init,
                            random_state=random_state, max_iter=500)
    model.fit_predict(X.copy())
    return model
''', style="n_components positional, a larger max_iter, fit_predict on a copy of X"),
    # --- ex7_2
    Alternative("ex7_2_plot", "contourf_mgrid_plot_markers", '''
def plot_mixture(model, X, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    x0, x1 = X[:, 0].min() - 1.5, X[:, 0].max() + 1.5
    y0, y1 = X[:, 1].min() - 1.5, X[:, 1].max() + 1.5
    gx, gy = np.mgrid[x0:x1:250j, y0:y1:250j]                # x along the rows (ij indexing)
    nodes = np.column_stack([gx.ravel(), gy.ravel()])
    filled = ax.contourf(gx, gy, model.score_samples(nodes).reshape(gx.shape), levels=12,
                         cmap="Blues")
    ax.figure.colorbar(filled, ax=ax)
    ax.contour(gx, gy, model.predict(nodes).reshape(gx.shape), colors="k", linewidths=1)
    ax.plot(X[:, 0], X[:, 1], ".", markersize=2, color="gray")
    ax.plot(model.means_[:, 0], model.means_[:, 1], "r+", markersize=12)
    ax.set_xlabel("first feature")
    ax.set_ylabel("second feature")
    ax.set_title("log-density")
    return ax
''', style="np.mgrid grid, filled contourf with a colour bar, boundaries with default levels, ax.plot markers"),
    Alternative("ex7_2_plot", "scatter_per_cluster_linspace_levels", '''
def plot_mixture(model, X, ax=None):
    if ax is None:
        _, ax = plt.subplots(figsize=(5, 5))
    span = X.max(axis=0) - X.min(axis=0)
    low, high = X.min(axis=0) - 0.1 * span, X.max(axis=0) + 0.1 * span
    xs, ys = np.linspace(low[0], high[0], 300), np.linspace(low[1], high[1], 300)
    xx, yy = np.meshgrid(xs, ys)
    points = np.vstack([xx.ravel(), yy.ravel()]).T
    Z = model.score_samples(points).reshape(xx.shape)
    ax.contour(xx, yy, Z, levels=np.linspace(Z.min(), Z.max(), 15), cmap="magma")
    hard = np.argmax(model.predict_proba(points), axis=1).reshape(xx.shape)
    ax.contour(xx, yy, hard, levels=np.arange(model.n_components - 1) + 0.5, colors="green")
    labels = model.predict(X)
    for c in np.unique(labels):
        ax.scatter(X[labels == c, 0], X[labels == c, 1], s=4)
    for mean in model.means_:
        ax.scatter(mean[0], mean[1], marker="*", s=120, color="black")
    ax.set(xlabel="x1", ylabel="x2")
    return ax
''', style="one scatter per cluster and per mean, levels from np.linspace, boundaries from the argmax of predict_proba"),
    Alternative("ex7_2_plot", "add_subplot_quantile_levels", '''
def plot_mixture(model, X, ax=None):
    if ax is None:
        ax = plt.figure().add_subplot()
    (xmin, ymin), (xmax, ymax) = X.min(axis=0) - 2, X.max(axis=0) + 2
    xx, yy = np.meshgrid(np.linspace(xmin, xmax, 220), np.linspace(ymin, ymax, 220))
    grid = np.stack([xx, yy], axis=-1).reshape(-1, 2)
    Z = model.score_samples(grid).reshape(xx.shape)
    levels = np.unique(np.round(np.quantile(Z, [0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 0.99]), 3))
    ax.contour(xx, yy, Z, levels=levels)
    labels = model.predict(grid).reshape(xx.shape)
    ax.contour(xx, yy, labels, levels=np.arange(model.n_components) + 0.5, colors="k",
               linestyles="dashed")
    ax.scatter(*X.T, s=2, c="gray")
    ax.scatter(*model.means_.T, c="red", marker="x")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    return ax
''', style="figure().add_subplot(), levels from quantiles of Z, an unused boundary level above k - 1"),
    # --- ex7_3
    Alternative("ex7_3_uncertain", "scipy_multivariate_normal", '''
def uncertain_instances(model, X, threshold=0.9):
    k, d = model.means_.shape
    cov = model.covariances_
    kind = model.covariance_type
    matrices = {"full": lambda j: cov[j], "tied": lambda j: cov,
                "diag": lambda j: np.diag(cov[j]), "spherical": lambda j: cov[j] * np.eye(d)}
    dens = np.column_stack([model.weights_[j]
                            * multivariate_normal(mean=model.means_[j], cov=matrices[kind](j)).pdf(X)
                            for j in range(k)])
    dens = dens.reshape(len(X), k)
    responsibilities = dens / dens.sum(axis=1, keepdims=True)
    return responsibilities.max(axis=1) < threshold
''', style="responsibilities from SciPy's multivariate_normal densities, any covariance_type"),
    Alternative("ex7_3_uncertain", "logpdf_logsumexp", '''
from scipy.special import logsumexp


def uncertain_instances(model, X, threshold=0.9):
    k, d = model.means_.shape
    c = np.asarray(model.covariances_)
    if model.covariance_type == "tied":
        c = np.repeat(c[None], k, axis=0)
    elif model.covariance_type == "diag":
        c = np.stack([np.diag(v) for v in c])
    elif model.covariance_type == "spherical":
        c = c[:, None, None] * np.eye(d)
    log_w = np.stack([np.log(model.weights_[j])
                      + np.atleast_1d(multivariate_normal(model.means_[j], c[j]).logpdf(X))
                      for j in range(k)], axis=1)
    log_resp = log_w - logsumexp(log_w, axis=1, keepdims=True)
    return np.exp(log_resp).max(axis=1) < threshold
''', style="log-densities and a log-sum-exp normalisation by hand"),
    Alternative("ex7_3_uncertain", "no_component_reaches_threshold", '''
def uncertain_instances(model, X, threshold=0.9):
    # uncertain = no component reaches the threshold
    return ~np.any(model.predict_proba(X) >= threshold, axis=1)
''', style="negated any() over the components instead of the row maximum"),
    Alternative("ex7_3_uncertain", "python_loop_over_rows", '''
def uncertain_instances(model, X, threshold=0.9):
    rows = model.predict_proba(X)
    return np.array([max(row) < threshold for row in rows], dtype=bool)
''', style="Python loop over the rows of predict_proba"),
    # --- ex7_4
    Alternative("ex7_4_covariances", "broadcast_identity", '''
def full_covariances(model):
    k, d = model.means_.shape
    c = np.asarray(model.covariances_, dtype=float)
    eye = np.eye(d)
    if model.covariance_type == "full":
        return c.copy()
    if model.covariance_type == "tied":
        return np.broadcast_to(c, (k, d, d)).copy()
    if model.covariance_type == "diag":
        return c[:, :, None] * eye                         # row j on the diagonal of matrix j
    return c[:, None, None] * eye
''', style="broadcasting against np.eye(d), np.broadcast_to for tied"),
    Alternative("ex7_4_covariances", "invert_the_precisions", '''
def full_covariances(model):
    k, d = model.means_.shape
    p = np.asarray(model.precisions_, dtype=float)
    if model.covariance_type == "full":
        return np.linalg.inv(p)
    if model.covariance_type == "tied":
        return np.repeat(np.linalg.inv(p)[None], k, axis=0)
    if model.covariance_type == "diag":
        return np.stack([np.diag(1.0 / row) for row in p])
    return np.stack([np.eye(d) / value for value in p])
''', style="inverts precisions_ instead of reading covariances_"),
    Alternative("ex7_4_covariances", "loop_with_match", '''
def full_covariances(model):
    k, d = model.means_.shape
    out = np.zeros((k, d, d))
    for j in range(k):
        match model.covariance_type:
            case "full":
                out[j] = model.covariances_[j]
            case "tied":
                out[j] = model.covariances_
            case "diag":
                out[j][np.arange(d), np.arange(d)] = model.covariances_[j]
            case "spherical":
                out[j] = np.identity(d) * model.covariances_[j]
    return out
''', style="preallocated array filled per component, match statement, diagonal by fancy indexing"),
    # --- ex7_5
    Alternative("ex7_5_parameters", "dict_of_counts", '''
def n_parameters(n_components, n_features, covariance_type):
    k, d = n_components, n_features
    symmetric = d * (d + 1) // 2
    covariance = {"full": k * symmetric, "tied": symmetric, "diag": k * d, "spherical": k}
    return int(covariance[covariance_type] + k * d + k - 1)
''', style="dict lookup of the covariance count"),
    Alternative("ex7_5_parameters", "bic_identity_on_a_throwaway_fit", '''
def n_parameters(n_components, n_features, covariance_type):
    # Measure it: BIC = -2 log L + p log n, on any data of this shape.
    n = 20 * n_components + 5
    X = np.random.default_rng(0).normal(size=(n, n_features))
    model = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                            n_init=1, max_iter=200, random_state=0).fit(X)
    p = (model.bic(X) + 2 * model.score(X) * n) / np.log(n)
    return int(round(p))
''', style="fits a throw-away mixture and reads p from the BIC identity"),
    Alternative("ex7_5_parameters", "math_comb_and_match", '''
import math


def n_parameters(n_components, n_features, covariance_type):
    k, d = n_components, n_features
    pairs = math.comb(d + 1, 2)            # entries on and above the diagonal
    match covariance_type:
        case "full":
            cov = k * pairs
        case "tied":
            cov = pairs
        case "diag":
            cov = k * d
        case "spherical":
            cov = k
    weights = k - 1
    means = k * d
    return weights + means + cov
''', style="math.comb for the symmetric entries, match statement"),
    Alternative("ex7_5_parameters", "triu_indices", '''
def n_parameters(n_components, n_features, covariance_type):
    upper = len(np.triu_indices(n_features)[0])
    per_type = {"full": n_components * upper, "tied": upper,
                "diag": n_components * n_features, "spherical": n_components}
    return int(np.sum([n_components - 1, n_components * n_features, per_type[covariance_type]]))
''', style="counts the upper triangle with np.triu_indices, sums with np.sum"),
    # --- ex7_6
    Alternative("ex7_6_anomalies", "quantile_of_densities", '''
def flag_anomalies(model, X_train, X_new, percent):
    density_train = np.exp(model.score_samples(X_train))
    density_new = np.exp(model.score_samples(X_new))
    return density_new < np.quantile(density_train, percent / 100)
''', style="densities (np.exp) and np.quantile with percent / 100"),
    Alternative("ex7_6_anomalies", "scoreatpercentile_loop", '''
from scipy.stats import scoreatpercentile


def flag_anomalies(model, X_train, X_new, percent):
    cut = scoreatpercentile(model.score_samples(X_train), percent)
    return np.array([score < cut for score in model.score_samples(X_new)], dtype=bool)
''', style="scipy.stats.scoreatpercentile and a Python loop"),
    Alternative("ex7_6_anomalies", "percentile_by_hand", '''
def flag_anomalies(model, X_train, X_new, percent):
    train = np.sort(model.score_samples(X_train))
    position = (len(train) - 1) * percent / 100
    low = int(np.floor(position))
    high = min(low + 1, len(train) - 1)
    threshold = train[low] + (train[high] - train[low]) * (position - low)
    return model.score_samples(X_new) < threshold
''', style="the linear-interpolation percentile computed by hand on the sorted scores"),
    # --- ex7_7
    Alternative("ex7_7_criteria", "criteria_by_hand", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    n = len(X)
    bics, aics = np.empty(len(k_values)), np.empty(len(k_values))
    for i, k in enumerate(k_values):
        m = GaussianMixture(n_components=k, covariance_type=covariance_type, n_init=n_init,
                            random_state=random_state).fit(X)
        deviance = -2 * m.score(X) * n
        p = m._n_parameters()
        bics[i] = deviance + p * np.log(n)
        aics[i] = deviance + 2 * p
    return bics, aics, int(k_values[bics.argmin()]), int(k_values[aics.argmin()])
''', style="BIC and AIC from -2 log L and the parameter count, preallocated arrays"),
    Alternative("ex7_7_criteria", "lists_and_min_zip", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    fits = [GaussianMixture(n_components=k, covariance_type=covariance_type, n_init=n_init,
                            random_state=random_state).fit(X) for k in k_values]
    bics = [float(f.bic(X)) for f in fits]
    aics = [float(f.aic(X)) for f in fits]
    best_bic = min(zip(bics, k_values))[1]
    best_aic = min(zip(aics, k_values))[1]
    return bics, aics, best_bic, best_aic
''', style="lists of floats, best k via min over (criterion, k) pairs"),
    Alternative("ex7_7_criteria", "dict_of_models", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    models = {}
    for k in k_values:
        models[k] = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                    n_init=n_init, random_state=random_state)
        models[k].fit(X)
    bics = np.fromiter((models[k].bic(X) for k in k_values), dtype=float)
    aics = np.fromiter((models[k].aic(X) for k in k_values), dtype=float)
    return (bics, aics, min(k_values, key=lambda k: models[k].bic(X)),
            min(k_values, key=lambda k: models[k].aic(X)))
''', style="dict of models keyed by k, np.fromiter, min(k_values, key=...)"),
]

# Mutants (python -m autograder mutants) that cannot change behaviour, with the reason.
_COSMETIC = "colours, marker styles and sizes are left to the student; the tests read data"
EQUIVALENT_MUTANTS = {
    "ex7_2_plot:constant:9:32:1": "a margin of 2 instead of 1: the statement allows any margin",
    "ex7_2_plot:constant:9:51:1": "a margin of 2 instead of 1: the statement allows any margin",
    "ex7_2_plot:constant:10:54:200": "201 grid nodes instead of 200: any fine grid is allowed",
    "ex7_2_plot:constant:10:89:200": "201 grid nodes instead of 200: any fine grid is allowed",
    "ex7_2_plot:drop_keyword:12:4:levels":
        "contour's default levels for the log-density (about 7, at least 5) are allowed",
    "ex7_2_plot:constant:12:75:10": "11 density levels instead of 10: at least 5 are asked",
    "ex7_2_plot:drop_keyword:13:4:levels":
        "contour's default levels on the label array also lie between the labels: the same lines",
    "ex7_2_plot:arithmetic:14:32:Sub":
        "np.arange(k + 1) + 0.5 only adds levels above the largest label, which draw nothing",
    "ex7_2_plot:drop_keyword:13:4:colors": _COSMETIC,
    "ex7_2_plot:drop_keyword:15:4:s": _COSMETIC,
    "ex7_2_plot:drop_keyword:15:4:color": _COSMETIC,
    "ex7_2_plot:constant:15:35:3": _COSMETIC,
    "ex7_2_plot:drop_keyword:16:4:marker": _COSMETIC,
    "ex7_2_plot:drop_keyword:16:4:color": _COSMETIC,
}
