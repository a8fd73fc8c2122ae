"""Student-written corpus for lesson 07_gaussian_mixtures: written from the student copy alone."""
from tests.submissions import Alternative, Wrong

ALTERNATIVE = [
    # ---------------- ex7_1_fit ----------------
    Alternative("ex7_1_fit", "kwargs_dict_tight_tol", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    settings = dict(n_components=n_components, covariance_type=covariance_type,
                    n_init=n_init, random_state=random_state,
                    tol=1e-6, max_iter=1000)   # tighter tol, more room to converge
    model = GaussianMixture(**settings)
    model.fit(X)
    return model
''', style="settings gathered in a dict and unpacked with **, tighter tol and a larger max_iter"),
    Alternative("ex7_1_fit", "positional_then_set_params", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    model = GaussianMixture(n_components)
    model.set_params(covariance_type=covariance_type, n_init=n_init,
                     random_state=random_state)
    return model.fit(X)
''', style="n_components passed positionally, the other settings with set_params, chained fit"),
    Alternative("ex7_1_fit", "clone_template_fit_predict", '''
from sklearn.base import clone

_TEMPLATE = GaussianMixture()


def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    model = clone(_TEMPLATE).set_params(n_components=n_components,
                                        covariance_type=covariance_type,
                                        n_init=n_init, random_state=random_state)
    model.fit_predict(np.asarray(X, dtype=float))   # fit_predict fits the model too
    return model
''', style="sklearn.base.clone of a module-level template (a new model each call), fitted through fit_predict on a float copy of X"),
    Alternative("ex7_1_fit", "copy_of_X_and_check", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    data = np.array(X, copy=True)
    gm = GaussianMixture(n_components=int(n_components),
                         covariance_type=covariance_type,
                         n_init=int(n_init),
                         random_state=random_state,
                         max_iter=500)
    gm.fit(data)
    if not gm.converged_:
        raise RuntimeError("EM did not converge")
    return gm
''', style="fits on an explicit copy of X, int() casts, only max_iter raised, explicit convergence check"),
    Alternative("ex7_1_fit", "helper_builder", '''
def _make_mixture(**kwargs):
    return GaussianMixture(**kwargs)


def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    return _make_mixture(random_state=random_state, n_init=n_init,
                         covariance_type=covariance_type,
                         n_components=n_components, tol=1e-4).fit(X)
''', style="private builder helper, keyword arguments in another order, a slightly tighter tol=1e-4"),

    # ---------------- ex7_2_plot ----------------

    Alternative("ex7_2_plot", "figure_add_subplot_percentile_levels", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig = plt.figure()
        ax = fig.add_subplot(1, 1, 1)
    span = X.max(axis=0) - X.min(axis=0)
    low = X.min(axis=0) - 0.1 * span
    high = X.max(axis=0) + 0.1 * span
    xs = np.linspace(low[0], high[0], 220)
    ys = np.linspace(low[1], high[1], 240)
    xx, yy = np.meshgrid(xs, ys)
    grid = np.c_[xx.ravel(), yy.ravel()]
    z = model.score_samples(grid).reshape(xx.shape)
    # contour levels at percentiles of the data's own log-densities (still log-densities)
    levels = np.percentile(model.score_samples(X), [1, 5, 20, 40, 60, 80, 95])
    ax.contour(xx, yy, z, levels=levels, cmap="plasma")
    labels = model.predict(grid).reshape(xx.shape)
    ax.contour(xx, yy, labels, levels=[j + 0.5 for j in range(model.n_components - 1)],
               colors="gray", linestyles=":")
    ax.scatter(X[:, 0], X[:, 1], s=4, c="tab:blue", alpha=0.6)
    ax.scatter(*model.means_.T, marker="*", s=150, c="red", edgecolors="k")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    ax.set_title("log-density and boundaries")
    return ax
''', style="plt.figure().add_subplot for a new figure, margin of 10% of the range, non-square grid, 7 levels at percentiles of the data's log-densities, boundary levels from a list comprehension"),
    Alternative("ex7_2_plot", "helper_grid_linspace_levels", '''
def _grid(X, n=300, margin=0.5):
    low = np.min(X, axis=0) - margin
    high = np.max(X, axis=0) + margin
    return np.meshgrid(np.linspace(low[0], high[0], n), np.linspace(low[1], high[1], n))


def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    ax = plt.subplots()[1] if ax is None else ax
    xx, yy = _grid(X)
    points = np.stack([xx, yy], axis=-1).reshape(-1, 2)
    log_p = model.score_samples(points).reshape(xx.shape)
    ax.contour(xx, yy, log_p, levels=np.linspace(log_p.min(), log_p.max(), 10)[1:-1],
               colors="steelblue")
    hard = model.predict(points).reshape(xx.shape)
    k = model.n_components
    ax.contour(xx, yy, hard, levels=np.linspace(0.5, k - 1.5, k - 1), colors="crimson")
    ax.scatter(X[:, 0], X[:, 1], s=3, color="black")
    ax.plot(model.means_[:, 0], model.means_[:, 1], marker="o", markersize=9,
            markerfacecolor="yellow", markeredgecolor="k", linestyle="")
    ax.set(xlabel="$x_1$", ylabel="$x_2$")
    return ax
''', style="grid helper, np.stack grid, 8 evenly spaced levels between the grid's min and max log-density, boundary levels with np.linspace, ax.set for the labels"),

    Alternative("ex7_2_plot", "given_ax_unchanged_path", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    new_figure = ax is None
    if new_figure:
        fig, ax = plt.subplots()
    pad = 0.05 * np.ptp(X, axis=0) + 0.2
    lo, hi = X.min(axis=0) - pad, X.max(axis=0) + pad
    gx = np.linspace(lo[0], hi[0], 256)
    gy = np.linspace(lo[1], hi[1], 256)
    GX, GY = np.meshgrid(gx, gy)
    flat = np.dstack((GX, GY)).reshape(-1, 2)
    Z = model.score_samples(flat).reshape(GX.shape)
    cs = ax.contour(GX, GY, Z, levels=10, cmap="viridis")
    ax.clabel(cs, inline=True, fontsize=7)
    L = model.predict(flat).reshape(GX.shape)
    ax.contour(GX, GY, L, levels=np.arange(1, model.n_components) - 0.5,
               colors="magenta", linestyles="dashdot")
    ax.scatter(X[:, 0], X[:, 1], s=2, color="0.3", zorder=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="D", s=40, color="white",
               edgecolors="black", zorder=4)
    ax.set_xlabel("x[0]")
    ax.set_ylabel("x[1]")
    if new_figure:
        ax.set_title(f"{model.n_components} components")
    return ax
''', style="margin from np.ptp, np.dstack grid, levels=10 chosen by matplotlib with clabel labels, boundary levels np.arange(1, k) - 0.5, zorder"),

    # ---------------- ex7_3_uncertain ----------------
    Alternative("ex7_3_uncertain", "np_max_less", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    return np.less(np.max(model.predict_proba(X), axis=1), threshold)
''', style="np.max over axis 1 and np.less"),
    Alternative("ex7_3_uncertain", "none_reaches_threshold", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    resp = model.predict_proba(X)
    # the highest value is below the threshold exactly when no value reaches it
    return ~np.any(resp >= threshold, axis=1)
''', style="negated any(): no component reaches the threshold"),
    Alternative("ex7_3_uncertain", "scipy_logpdf_any_covtype", '''
from scipy.special import logsumexp


def _covariance_list(model):
    k, d = model.means_.shape
    cov = model.covariances_
    if model.covariance_type == "full":
        return list(cov)
    if model.covariance_type == "tied":
        return [cov] * k
    if model.covariance_type == "diag":
        return [np.diag(row) for row in cov]
    return [v * np.eye(d) for v in cov]          # spherical


def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    log_weighted = np.column_stack([
        np.log(w) + multivariate_normal(mean=m, cov=c).logpdf(X)
        for w, m, c in zip(model.weights_, model.means_, _covariance_list(model))])
    log_resp = log_weighted - logsumexp(log_weighted, axis=1, keepdims=True)
    return np.exp(log_resp.max(axis=1)) < threshold
''', style="responsibilities by hand with scipy.stats.multivariate_normal.logpdf and logsumexp, for any covariance_type"),
    Alternative("ex7_3_uncertain", "predicted_column_loop", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    proba = model.predict_proba(X)
    winners = model.predict(X)               # the component with the highest responsibility
    flags = []
    for i in range(len(proba)):
        flags.append(bool(proba[i, winners[i]] < threshold))
    return np.array(flags, dtype=bool)
''', style="plain loop, responsibility of the predicted component, list converted to a bool array"),
    Alternative("ex7_3_uncertain", "sort_last_column", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    best = np.sort(model.predict_proba(np.asarray(X)), axis=1)[:, -1]
    return (best < threshold).astype(bool)
''', style="np.sort each row and take the last column"),

    # ---------------- ex7_4_covariances ----------------
    Alternative("ex7_4_covariances", "tile_apply_along_axis", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    cov = model.covariances_
    kind = model.covariance_type
    if kind == "full":
        return cov.copy()
    elif kind == "tied":
        return np.tile(cov, (k, 1, 1))
    elif kind == "diag":
        return np.array([np.diag(row) for row in cov])
    elif kind == "spherical":
        return cov[:, None, None] * np.eye(d)
    raise ValueError(f"unknown covariance_type {kind!r}")
''', style="if/elif chain with np.tile for tied, np.diag per row for diag, broadcasting with the identity for spherical"),
    Alternative("ex7_4_covariances", "einsum_multiply_outer", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    c = np.asarray(model.covariances_)
    eye = np.eye(d)
    if model.covariance_type == "tied":
        return np.repeat(c[np.newaxis, :, :], k, axis=0)
    if model.covariance_type == "diag":
        return np.einsum("kd,de->kde", c, eye)
    if model.covariance_type == "spherical":
        return np.multiply.outer(c, eye)
    return np.array(c)
''', style="np.repeat for tied, np.einsum for diag, np.multiply.outer for spherical"),
    Alternative("ex7_4_covariances", "fill_diagonal_by_index", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    out = np.zeros((k, d, d))
    idx = np.arange(d)
    cov = model.covariances_
    if model.covariance_type == "full":
        out[:] = cov
    elif model.covariance_type == "tied":
        out[:] = cov                       # broadcast the one matrix to every component
    elif model.covariance_type == "diag":
        out[:, idx, idx] = cov
    else:                                  # spherical: one variance per component
        out[:, idx, idx] = np.asarray(cov)[:, None]
    return out
''', style="pre-allocated zeros array filled by broadcasting and fancy indexing of the diagonal"),
    Alternative("ex7_4_covariances", "loop_dict_dispatch", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    cov = model.covariances_
    one_matrix = {
        "full": lambda j: cov[j],
        "tied": lambda j: cov,
        "diag": lambda j: np.diag(cov[j]),
        "spherical": lambda j: cov[j] * np.identity(d),
    }[model.covariance_type]
    matrices = []
    for j in range(k):
        matrices.append(np.array(one_matrix(j), dtype=float))
    return np.stack(matrices)
''', style="dict of lambdas (one matrix per component), explicit loop and np.stack"),
    Alternative("ex7_4_covariances", "full_as_is_diag_via_ndim", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    cov = model.covariances_
    if model.covariance_type == "full":
        return cov                          # "covariances_ as it is"
    if model.covariance_type == "tied":
        return np.broadcast_to(cov, (k, d, d)).copy()
    variances = np.broadcast_to(np.reshape(cov, (k, -1)), (k, d))   # (k, 1) for spherical
    return variances[:, :, None] * np.eye(d)[None, :, :]
''', style="returns covariances_ itself for full, np.broadcast_to for tied, diag and spherical handled together by broadcasting the variances to (k, d)"),

    # ---------------- ex7_5_parameters ----------------
    Alternative("ex7_5_parameters", "dict_of_formulas", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    covariance_params = {
        "full": k * d * (d + 1) // 2,
        "tied": d * (d + 1) // 2,
        "diag": k * d,
        "spherical": k,
    }
    return (k - 1) + k * d + covariance_params[covariance_type]
''', style="dict from covariance_type to its count, integer division"),
    Alternative("ex7_5_parameters", "match_statement_comb", '''
from math import comb


def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    match covariance_type:
        case "full":
            cov = k * comb(d + 1, 2)
        case "tied":
            cov = comb(d + 1, 2)
        case "diag":
            cov = k * d
        case "spherical":
            cov = k
        case _:
            raise ValueError(covariance_type)
    weights = k - 1
    means = k * d
    return weights + means + cov
''', style="match statement, math.comb(d + 1, 2) for the entries of a symmetric matrix"),
    Alternative("ex7_5_parameters", "count_upper_triangle", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    upper = len(np.triu_indices(d)[0])        # free entries of one symmetric d x d matrix
    if covariance_type == "full":
        per_model = k * upper
    elif covariance_type == "tied":
        per_model = upper
    elif covariance_type == "diag":
        per_model = np.zeros((k, d)).size
    else:
        per_model = np.zeros(k).size
    return int(np.zeros(k - 1).size + np.zeros((k, d)).size + per_model)
''', style="counts entries of arrays of the right shapes (np.triu_indices for the upper triangle), int() at the end"),
    Alternative("ex7_5_parameters", "float_math_then_int", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k = int(n_components)
    d = int(n_features)
    one_full = d * (d + 1) / 2
    if covariance_type == "spherical":
        cov = k
    elif covariance_type == "diag":
        cov = k * d
    elif covariance_type == "tied":
        cov = one_full
    else:
        cov = k * one_full
    total = k * (d + 1) - 1 + cov            # weights + means = (k - 1) + k d
    return int(round(total))
''', style="float division then int(round(...)), weights and means merged as k (d + 1) - 1"),
    Alternative("ex7_5_parameters", "numpy_int_sum", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    counts = np.array([
        k - 1,                                   # weights (they sum to 1)
        k * d,                                   # means
        {"full": k * (d * d - d * (d - 1) // 2),  # d^2 minus the repeated half
         "tied": d * d - d * (d - 1) // 2,
         "diag": k * d,
         "spherical": k}[covariance_type],
    ])
    return counts.sum()
''', style="a NumPy array of the three counts summed (returns a np.int64), symmetric count written as d^2 minus the repeated off-diagonal half"),

    # ---------------- ex7_6_anomalies ----------------
    Alternative("ex7_6_anomalies", "quantile_np_less", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    cut = np.quantile(model.score_samples(X_train), percent / 100)
    return np.less(model.score_samples(X_new), cut)
''', style="np.quantile with percent / 100 and np.less"),
    Alternative("ex7_6_anomalies", "densities_exp", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    train_density = np.exp(model.score_samples(X_train))
    new_density = np.exp(model.score_samples(X_new))
    return new_density < np.percentile(train_density, percent)
''', style="works with densities (np.exp) instead of log-densities, as the statement allows"),
    Alternative("ex7_6_anomalies", "sorted_index", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    train_scores = np.sort(model.score_samples(X_train))
    position = int(round(percent / 100 * (len(train_scores) - 1)))   # lands on one instance
    threshold = train_scores[position]
    return model.score_samples(X_new) < threshold
''', style="sorts the training log-densities and indexes the percentile position by hand"),
    Alternative("ex7_6_anomalies", "scipy_scoreatpercentile_loop", '''
from scipy import stats


def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    threshold = stats.scoreatpercentile(model.score_samples(X_train), percent)
    X_new = np.asarray(X_new)
    flags = np.zeros(len(X_new), dtype=bool)
    for i, row in enumerate(X_new):
        flags[i] = model.score_samples(row.reshape(1, -1))[0] < threshold
    return flags
''', style="scipy.stats.scoreatpercentile, then a loop scoring one new instance at a time"),
    Alternative("ex7_6_anomalies", "pandas_nearest_method", '''
import pandas as pd


def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    train = pd.Series(model.score_samples(X_train))
    threshold = train.quantile(percent / 100, interpolation="nearest")
    return (pd.Series(model.score_samples(X_new)) < threshold).to_numpy()
''', style="pandas Series.quantile with interpolation='nearest' (the statement says the percentile method does not matter), back to NumPy with to_numpy"),

    # ---------------- ex7_7_criteria ----------------

    Alternative("ex7_7_criteria", "python_min_over_pairs", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    bics, aics = [], []
    for k in k_values:
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                n_init=n_init, random_state=random_state)
        model.fit(X)
        bics.append(float(model.bic(X)))
        aics.append(float(model.aic(X)))
    best_bic = min(zip(bics, k_values))[1]
    best_aic = min(zip(aics, k_values))[1]
    return bics, aics, int(best_bic), int(best_aic)
''', style="plain loop filling Python lists, min over (criterion, k) pairs"),
    Alternative("ex7_7_criteria", "bic_by_hand", '''
def _free_parameters(k, d, covariance_type):
    cov = {"full": k * d * (d + 1) // 2, "tied": d * (d + 1) // 2,
           "diag": k * d, "spherical": k}[covariance_type]
    return (k - 1) + k * d + cov


def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    n, d = np.shape(X)
    bics = np.empty(len(k_values))
    aics = np.empty(len(k_values))
    for i, k in enumerate(k_values):
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                n_init=n_init, random_state=random_state).fit(X)
        minus_2_log_l = -2 * model.score(X) * n        # score is the mean log-likelihood
        p = _free_parameters(k, d, covariance_type)
        bics[i] = minus_2_log_l + p * np.log(n)
        aics[i] = minus_2_log_l + 2 * p
    return bics, aics, int(k_values[int(bics.argmin())]), int(k_values[int(aics.argmin())])
''', style="BIC and AIC computed by hand from model.score and a parameter-count helper, preallocated arrays"),

    Alternative("ex7_7_criteria", "dict_of_models_fromiter", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    ks = [int(k) for k in k_values]
    fitted = {}
    for k in ks:
        fitted[k] = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                    n_init=n_init, random_state=random_state).fit(X)
    bics = np.fromiter((fitted[k].bic(X) for k in ks), dtype=float, count=len(ks))
    aics = np.fromiter((fitted[k].aic(X) for k in ks), dtype=float, count=len(ks))
    best_bic = min(ks, key=lambda k: fitted[k].bic(X))
    best_aic = min(ks, key=lambda k: fitted[k].aic(X))
    return bics, aics, best_bic, best_aic
''', style="dict of fitted models keyed by k, np.fromiter, min over k_values with a key function"),
    Alternative("ex7_7_criteria", "pandas_idxmin", '''
import pandas as pd


def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    rows = []
    for k in k_values:
        gm = GaussianMixture(k, covariance_type=covariance_type, n_init=n_init,
                             random_state=random_state).fit(X)
        rows.append({"k": int(k), "bic": gm.bic(X), "aic": gm.aic(X)})
    table = pd.DataFrame(rows)
    best_bic = table.loc[table["bic"].idxmin(), "k"]
    best_aic = table.loc[table["aic"].idxmin(), "k"]
    return (table["bic"].to_numpy(), table["aic"].to_numpy(), int(best_bic), int(best_aic))
''', style="pandas DataFrame of the sweep, idxmin for the best rows, n_components positional"),
    Alternative("ex7_7_criteria", "comprehension_argmin", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    k_values = list(k_values)
    models = [GaussianMixture(n_components=k, covariance_type=covariance_type,
                              n_init=n_init, random_state=random_state).fit(X)
              for k in k_values]
    bics = np.array([m.bic(X) for m in models])
    aics = np.array([m.aic(X) for m in models])
    return bics, aics, int(k_values[np.argmin(bics)]), int(k_values[np.argmin(aics)])
''', style="list comprehension of fitted models, np.argmin indexing k_values"),
    # Set aside in an earlier session: the plot test judged each contour call on its
    # own; it now reads the union of the lines drawn, as a viewer does.
    Alternative("ex7_2_plot", "contourf_mgrid_plot_markers_student", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig, ax = plt.subplots()
    X = np.asarray(X)
    (x0, y0), (x1, y1) = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    gx, gy = np.mgrid[x0:x1:250j, y0:y1:250j]          # "ij" layout: gx varies along rows
    nodes = np.column_stack([gx.ravel(), gy.ravel()])
    density = model.score_samples(nodes).reshape(gx.shape)
    labels = model.predict(nodes).reshape(gx.shape)
    filled = ax.contourf(gx, gy, density, levels=12, cmap="Blues")
    plt.colorbar(filled, ax=ax, label="log-density")
    ax.contour(gx, gy, labels, levels=np.arange(model.n_components - 1) + 0.5,
               colors="k", linewidths=1)
    ax.plot(X[:, 0], X[:, 1], ".", color="orange", markersize=2, linestyle="none")
    ax.plot(model.means_[:, 0], model.means_[:, 1], "r+", markersize=14, markeredgewidth=2,
            linestyle="none")
    ax.set_xlabel("feature 1")
    ax.set_ylabel("feature 2")
    return ax
''', style="np.mgrid grid (ij layout), filled contourf with levels=12 and a colour bar, points and means drawn with ax.plot markers"),
    Alternative("ex7_2_plot", "loop_over_components_boundaries", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 6))
    x_min, x_max = X[:, 0].min() - 1, X[:, 0].max() + 1
    y_min, y_max = X[:, 1].min() - 1, X[:, 1].max() + 1
    xx, yy = np.meshgrid(np.linspace(x_min, x_max, 200), np.linspace(y_min, y_max, 200))
    grid = np.vstack([xx.ravel(), yy.ravel()]).T
    log_density = model.score_samples(grid).reshape(xx.shape)
    top, bottom = log_density.max(), log_density.min()
    fractions = np.array([0.9, 0.7, 0.5, 0.35, 0.2, 0.1, 0.05])
    ax.contour(xx, yy, log_density, levels=top - (top - bottom) * fractions)
    predicted = model.predict(grid).reshape(xx.shape)
    for j in range(model.n_components - 1):       # one line level between labels j and j+1
        ax.contour(xx, yy, predicted, levels=[j + 0.5], colors="red", linewidths=1.5)
    ax.scatter(X[:, 0], X[:, 1], s=5, marker="o", facecolors="none", edgecolors="gray")
    for mean in model.means_:
        ax.scatter(mean[0], mean[1], marker="X", s=100, color="black")
    ax.set_xlabel("first feature")
    ax.set_ylabel("second feature")
    return ax
''', style="7 levels placed at fractions of the way down from the grid's highest log-density, one contour call per boundary level in a loop, each mean scattered separately, hollow markers"),
]

WRONG = [
    # ---------------- ex7_1_fit ----------------
    Wrong("ex7_1_fit", "default_n_init_student", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    model = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                            random_state=random_state)
    return model.fit(X)
''', mistake="Leaves n_init out, so GaussianMixture runs EM only once (its default n_init=1).",
      hint=r"n_init"),
    Wrong("ex7_1_fit", "hardcoded_n_init", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    model = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                            n_init=10, random_state=random_state)
    return model.fit(X)
''', mistake="Always uses n_init=10 instead of passing the n_init argument on.",
      hint=r"n_init"),
    Wrong("ex7_1_fit", "ignores_covariance_type", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    model = GaussianMixture(n_components=n_components, n_init=n_init,
                            random_state=random_state)
    return model.fit(X)
''', mistake="Does not pass covariance_type on, so the model is always 'full'.",
      hint=r"covariance_type"),
    Wrong("ex7_1_fit", "ignores_random_state", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    model = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                            n_init=n_init, random_state=0)
    return model.fit(X)
''', mistake="Uses a fixed random_state=0 instead of the random_state argument.",
      hint=r"random_state"),
    Wrong("ex7_1_fit", "random_init_params", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    model = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                            n_init=n_init, random_state=random_state,
                            init_params="random_from_data")
    return model.fit(X)
''', mistake="Changes init_params to 'random_from_data', although every setting other than the four (and tol, max_iter) must stay at its default.",
      hint=r"init_params"),

    Wrong("ex7_1_fit", "fits_global_data", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    model = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                            n_init=n_init, random_state=random_state)
    return model.fit(X_stretched)
''', mistake="Fits the model on the notebook's X_stretched instead of the X argument.",
      hint=r"the X argument|fit.*\bX\b|on X"),
    Wrong("ex7_1_fit", "too_few_iterations", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    model = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                            n_init=n_init, random_state=random_state, tol=1e-10, max_iter=5)
    return model.fit(X)
''', mistake="Sets a very tight tol with only max_iter=5, so EM stops before it converges (converged_ is False).",
      hint=r"converged|max_iter"),

    Wrong("ex7_1_fit", "returns_labels", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    model = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                            n_init=n_init, random_state=random_state)
    return model.fit_predict(X)
''', mistake="Returns the cluster labels of fit_predict instead of the fitted GaussianMixture.",
      hint=r"GaussianMixture|model"),

    # ---------------- ex7_2_plot ----------------
    Wrong("ex7_2_plot", "density_not_log", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    density = np.exp(model.score_samples(grid)).reshape(xx.shape)
    ax.contour(xx, yy, density, levels=8)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Draws the contours of the density (np.exp of score_samples) instead of the log-density.",
      hint=r"log-density|np\.exp|\bexp"),
    Wrong("ex7_2_plot", "negative_log_density_student", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    cost = -model.score_samples(grid).reshape(xx.shape)      # positive values look nicer
    ax.contour(xx, yy, cost, levels=np.logspace(0, 1.2, 8))
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Draws the contours of minus the log-density (the negative log-likelihood), not of the log-density itself.",
      hint=r"minus|negative|sign"),
    Wrong("ex7_2_plot", "three_levels_student", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=[-6, -4, -2])
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Draws only 3 levels of log-density, fewer than the 5 the statement requires.",
      hint=r"levels|at least 5|five"),
    Wrong("ex7_2_plot", "ignores_given_ax", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    fig, ax = plt.subplots()                 # always a fresh figure
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=8)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Always creates a new figure, ignoring the ax it was given.",
      hint=r"\bax\b.*(given|passed|argument)|(given|passed) ax|the ax"),
    Wrong("ex7_2_plot", "plt_calls_on_current_axes", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        ax = plt.gca()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    plt.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=8)
    plt.contour(xx, yy, model.predict(grid).reshape(xx.shape),
                levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    plt.scatter(X[:, 0], X[:, 1], s=3)
    plt.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    plt.xlabel("$x_1$")
    plt.ylabel("$x_2$")
    return ax
''', mistake="Uses plt.gca() and plt. functions, which draw on the current Axes instead of a new one (or the ax given).",
      hint=r"plt\.|gca|current|the ax|new figure"),
    Wrong("ex7_2_plot", "grid_x_range_for_both", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig, ax = plt.subplots()
    side = np.linspace(X[:, 0].min() - 0.5, X[:, 0].max() + 0.5, 200)
    xx, yy = np.meshgrid(side, side)                 # same range for both axes
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=8)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Builds the grid from the range of the first column for both axes, so it does not cover the data in the second dimension.",
      hint=r"cover|grid|range"),
    Wrong("ex7_2_plot", "one_boundary_level", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=8)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape), levels=[0.5], colors="red")
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Draws the label contour at the single level 0.5, as for two components, so with more components the boundaries of the higher labels are missing.",
      hint=r"boundar|levels"),
    Wrong("ex7_2_plot", "no_means", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=8)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Forgets to mark the means of the components.",
      hint=r"means"),
    Wrong("ex7_2_plot", "no_axis_labels", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=8)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    ax.set_title("Gaussian mixture")
    return ax
''', mistake="Gives the plot a title but does not label the axes.",
      hint=r"label"),
    Wrong("ex7_2_plot", "refits_model", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    model = model.fit(X)                      # make sure it matches the data drawn
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=8)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Refits the model on the X it draws, although the statement says not to refit it.",
      hint=r"refit|re-fit|do not fit|not.*fit"),
    Wrong("ex7_2_plot", "transposed_density", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    z = model.score_samples(grid).reshape(200, 200).T       # rows as x
    labels = model.predict(grid).reshape(200, 200).T
    ax.contour(xx, yy, z, levels=8)
    ax.contour(xx, yy, labels, levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Transposes the reshaped grid values, so the log-density and the boundaries are drawn at the wrong places (x and y swapped).",
      hint=r"reshape|transpos|swap|grid"),
    Wrong("ex7_2_plot", "returns_figure", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig, ax = plt.subplots()
    else:
        fig = ax.figure
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=8)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    ax.scatter(X[:, 0], X[:, 1], s=3)
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return fig
''', mistake="Returns the Figure instead of the Axes.",
      hint=r"Axes"),
    Wrong("ex7_2_plot", "subsample_points", '''
def plot_mixture(model, X, ax=None):
    """Log-density contours, decision boundaries, data and means of a 2-D mixture."""
    if ax is None:
        fig, ax = plt.subplots()
    low, high = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], 200), np.linspace(low[1], high[1], 200))
    grid = np.c_[xx.ravel(), yy.ravel()]
    ax.contour(xx, yy, model.score_samples(grid).reshape(xx.shape), levels=8)
    ax.contour(xx, yy, model.predict(grid).reshape(xx.shape),
               levels=np.arange(model.n_components - 1) + 0.5, colors="red")
    ax.scatter(X[::3, 0], X[::3, 1], s=3)          # every third point keeps the plot light
    ax.scatter(model.means_[:, 0], model.means_[:, 1], marker="x", color="k")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax
''', mistake="Draws only every third point of X instead of all of them.",
      hint=r"points|every point|all"),

    # ---------------- ex7_3_uncertain ----------------
    Wrong("ex7_3_uncertain", "less_or_equal_student", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    return model.predict_proba(X).max(axis=1) <= threshold
''', mistake="Uses <= instead of <, so an instance whose highest responsibility equals the threshold (e.g. exactly 1 with threshold=1) is wrongly flagged.",
      hint=r"strictly|equal|<="),
    Wrong("ex7_3_uncertain", "flags_certain", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    return model.predict_proba(X).max(axis=1) > threshold
''', mistake="Flags the instances whose highest responsibility is above the threshold (the certain ones).",
      hint=r"certain|below"),
    Wrong("ex7_3_uncertain", "lowest_responsibility_student", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    return model.predict_proba(X).min(axis=1) < threshold
''', mistake="Uses the lowest responsibility of each instance instead of the highest.",
      hint=r"highest|max"),
    Wrong("ex7_3_uncertain", "first_column_student", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    return model.predict_proba(X)[:, 0] < threshold
''', mistake="Looks at the responsibility of component 0 only, instead of the highest over all components.",
      hint=r"all components|max|first column"),
    Wrong("ex7_3_uncertain", "returns_indices_student", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    return np.where(model.predict_proba(X).max(axis=1) < threshold)[0]
''', mistake="Returns the indices of the uncertain instances (np.where) instead of a boolean mask with one value per row.",
      hint=r"boolean|mask|np\.where|indices|one value per row"),
    Wrong("ex7_3_uncertain", "fixed_threshold_student", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    return model.predict_proba(X).max(axis=1) < 0.9
''', mistake="Compares with a hard-coded 0.9 instead of the threshold argument.",
      hint=r"threshold"),

    Wrong("ex7_3_uncertain", "scipy_breaks_tied", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    weighted = np.column_stack([w * multivariate_normal(mean=m, cov=c).pdf(X)
                                for w, m, c in zip(model.weights_, model.means_,
                                                   model.covariances_)])
    resp = weighted / weighted.sum(axis=1, keepdims=True)
    return resp.max(axis=1) < threshold
''', mistake="Zips covariances_ with the means as if there were one matrix per component, which is wrong for covariance_type 'tied' (one shared matrix: its rows get used instead).",
      hint=r"tied|covariance_type"),

    Wrong("ex7_3_uncertain", "returns_list", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    return [p < threshold for p in model.predict_proba(X).max(axis=1)]
''', mistake="Returns a Python list instead of a boolean NumPy array.",
      hint=r"NumPy array|ndarray|list"),

    # ---------------- ex7_4_covariances ----------------
    Wrong("ex7_4_covariances", "tied_not_repeated_student", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    cov = model.covariances_
    if model.covariance_type in ("full", "tied"):
        return np.array(cov)
    if model.covariance_type == "diag":
        return np.array([np.diag(v) for v in cov])
    return np.array([v * np.eye(d) for v in cov])
''', mistake="Returns the one shared (d, d) matrix of a 'tied' model as it is, instead of repeating it for every component (shape (k, d, d)).",
      hint=r"tied|shape|\(k, d, d\)"),
    Wrong("ex7_4_covariances", "spherical_all_ones", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    cov = model.covariances_
    if model.covariance_type == "full":
        return np.array(cov)
    if model.covariance_type == "tied":
        return np.array([cov] * k)
    if model.covariance_type == "diag":
        return np.array([np.diag(v) for v in cov])
    return np.array([np.full((d, d), v) for v in cov])
''', mistake="For 'spherical', fills the whole (d, d) matrix with the variance instead of putting it on the diagonal (variance times the identity).",
      hint=r"identity|spherical|diagonal"),
    Wrong("ex7_4_covariances", "spherical_as_std", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    cov = model.covariances_
    if model.covariance_type == "full":
        return np.array(cov)
    if model.covariance_type == "tied":
        return np.array([cov] * k)
    if model.covariance_type == "diag":
        return np.array([np.diag(v) for v in cov])
    return np.array([v ** 2 * np.eye(d) for v in cov])
''', mistake="For 'spherical', squares the value of covariances_ as if it were a standard deviation, but it is already the variance.",
      hint=r"variance|spherical|squar"),
    Wrong("ex7_4_covariances", "returns_precisions", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    prec = model.precisions_
    if model.covariance_type == "full":
        return np.array(prec)
    if model.covariance_type == "tied":
        return np.array([prec] * k)
    if model.covariance_type == "diag":
        return np.array([np.diag(v) for v in prec])
    return np.array([v * np.eye(d) for v in prec])
''', mistake="Reads precisions_ (the inverse covariances) instead of covariances_.",
      hint=r"precision"),
    Wrong("ex7_4_covariances", "ndim_guess_breaks_tied", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    cov = np.asarray(model.covariances_)
    if cov.ndim == 3:                      # full
        return cov.copy()
    if cov.ndim == 2:                      # diag: one row of variances per component
        return np.array([np.diag(v) for v in cov])
    return cov[:, None, None] * np.eye(d)  # spherical
''', mistake="Guesses the covariance type from the number of dimensions of covariances_, so a 'tied' (d, d) matrix is mistaken for 'diag' rows.",
      hint=r"tied"),
    Wrong("ex7_4_covariances", "diag_averaged", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    cov = model.covariances_
    if model.covariance_type == "full":
        return np.array(cov)
    if model.covariance_type == "tied":
        return np.array([cov] * k)
    if model.covariance_type == "diag":
        return np.array([np.mean(v) * np.eye(d) for v in cov])
    return np.array([v * np.eye(d) for v in cov])
''', mistake="For 'diag', replaces each component's variances by their mean times the identity, instead of putting each variance on the diagonal.",
      hint=r"diag|variances"),
    Wrong("ex7_4_covariances", "tile_wrong_shape", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    cov = model.covariances_
    if model.covariance_type == "full":
        return np.array(cov)
    if model.covariance_type == "tied":
        return np.tile(cov, (k, 1))         # stacks the rows: shape (k * d, d)
    if model.covariance_type == "diag":
        return np.array([np.diag(v) for v in cov])
    return np.array([v * np.eye(d) for v in cov])
''', mistake="Uses np.tile(cov, (k, 1)) for 'tied', which gives shape (k * d, d) instead of (k, d, d).",
      hint=r"shape|\(k, d, d\)"),
    Wrong("ex7_4_covariances", "overwrites_model", '''
def full_covariances(model):
    """The (k, d, d) covariance matrices of a fitted GaussianMixture, any covariance_type."""
    k, d = model.means_.shape
    cov = model.covariances_
    if model.covariance_type == "tied":
        model.covariances_ = np.array([cov] * k)
    elif model.covariance_type == "diag":
        model.covariances_ = np.array([np.diag(v) for v in cov])
    elif model.covariance_type == "spherical":
        model.covariances_ = np.array([v * np.eye(d) for v in cov])
    return model.covariances_
''', mistake="Stores the full matrices back into model.covariances_, which modifies the model (and breaks it for its covariance_type).",
      hint=r"modif"),

    # ---------------- ex7_5_parameters ----------------
    Wrong("ex7_5_parameters", "k_weights", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) // 2, "tied": d * (d + 1) // 2,
           "diag": k * d, "spherical": k}[covariance_type]
    return k + k * d + cov
''', mistake="Counts k free weights, although they sum to 1 so only k - 1 are free.",
      hint=r"k - 1|sum to 1"),
    Wrong("ex7_5_parameters", "no_weights", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) // 2, "tied": d * (d + 1) // 2,
           "diag": k * d, "spherical": k}[covariance_type]
    return k * d + cov
''', mistake="Forgets to count the weights (k - 1 free parameters).",
      hint=r"weights"),
    Wrong("ex7_5_parameters", "full_d_squared", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    cov = {"full": k * d * d, "tied": d * d,
           "diag": k * d, "spherical": k}[covariance_type]
    return (k - 1) + k * d + cov
''', mistake="Counts d * d entries per covariance matrix, forgetting that it is symmetric (d (d + 1) / 2 free entries).",
      hint=r"symmetric|d \(d \+ 1\)"),
    Wrong("ex7_5_parameters", "no_means", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) // 2, "tied": d * (d + 1) // 2,
           "diag": k * d, "spherical": k}[covariance_type]
    return (k - 1) + cov
''', mistake="Forgets to count the means (k * d numbers).",
      hint=r"means"),
    Wrong("ex7_5_parameters", "returns_float", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) / 2, "tied": d * (d + 1) / 2,
           "diag": k * d, "spherical": k}[covariance_type]
    return (k - 1) + k * d + cov
''', mistake="Uses true division, so the count comes back as a float instead of an int.",
      hint=r"\bint\b|whole number|float"),
    Wrong("ex7_5_parameters", "tied_per_component_student", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    if covariance_type in ("full", "tied"):
        cov = k * d * (d + 1) // 2
    elif covariance_type == "diag":
        cov = k * d
    else:
        cov = k
    return (k - 1) + k * d + cov
''', mistake="Counts the 'tied' covariance once per component, although it is one matrix shared by all.",
      hint=r"tied|shared|once"),
    Wrong("ex7_5_parameters", "spherical_per_feature_student", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    if covariance_type == "full":
        cov = k * d * (d + 1) // 2
    elif covariance_type == "tied":
        cov = d * (d + 1) // 2
    else:                                  # diag and spherical: variances on the diagonal
        cov = k * d
    return (k - 1) + k * d + cov
''', mistake="Counts d variances per component for 'spherical', which has a single variance per component.",
      hint=r"spherical|one variance|single variance"),
    Wrong("ex7_5_parameters", "tied_diagonal_only", '''
def n_parameters(n_components, n_features, covariance_type):
    """Free parameters of a Gaussian mixture: weights, means and covariances."""
    k, d = n_components, n_features
    cov = {"full": k * d * (d + 1) // 2, "tied": d,
           "diag": k * d, "spherical": k}[covariance_type]
    return (k - 1) + k * d + cov
''', mistake="Counts only d variances for the shared 'tied' matrix, forgetting its covariances (it is a full d x d symmetric matrix: d (d + 1) / 2).",
      hint=r"tied|d \(d \+ 1\)|symmetric"),

    # ---------------- ex7_6_anomalies ----------------
    Wrong("ex7_6_anomalies", "percentile_of_new", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    new_scores = model.score_samples(X_new)
    return new_scores < np.percentile(new_scores, percent)
''', mistake="Takes the percentile of the new data's log-densities instead of the training data's.",
      hint=r"training|train"),
    Wrong("ex7_6_anomalies", "flags_dense", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    threshold = np.percentile(model.score_samples(X_train), percent)
    return model.score_samples(X_new) > threshold
''', mistake="Flags the instances above the threshold (the dense ones) instead of those below it.",
      hint=r"low|below"),
    Wrong("ex7_6_anomalies", "hundred_minus_percent_student", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    threshold = np.percentile(model.score_samples(X_train), 100 - percent)
    return model.score_samples(X_new) < threshold
''', mistake="Takes the (100 - percent)-th percentile instead of the percent-th one.",
      hint=r"100 - percent|lowest"),
    Wrong("ex7_6_anomalies", "percentile_of_fraction", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    threshold = np.percentile(model.score_samples(X_train), percent / 100)
    return model.score_samples(X_new) < threshold
''', mistake="Passes percent / 100 to np.percentile, which expects a percent from 0 to 100.",
      hint=r"0 to 100|percent itself|percent / 100"),
    Wrong("ex7_6_anomalies", "quantile_of_percent", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    threshold = np.quantile(model.score_samples(X_train), percent)
    return model.score_samples(X_new) < threshold
''', mistake="Passes percent itself to np.quantile, which expects a fraction from 0 to 1 (percent / 100).",
      hint=r"percent / 100|quantile|0 and 1|\[0, ?1\]"),
    Wrong("ex7_6_anomalies", "less_or_equal_student", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    threshold = np.percentile(model.score_samples(X_train), percent)
    return model.score_samples(X_new) <= threshold
''', mistake="Uses <= instead of <, so an instance whose log-density equals the threshold is flagged too.",
      hint=r"strictly|equal|<="),
    Wrong("ex7_6_anomalies", "refits_on_train", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    model.fit(X_train)                         # make sure it is fitted on the training data
    threshold = np.percentile(model.score_samples(X_train), percent)
    return model.score_samples(X_new) < threshold
''', mistake="Refits the model on X_train, although it is already fitted and must not be refitted.",
      hint=r"refit|re-fit|do not fit|not.*fit"),
    Wrong("ex7_6_anomalies", "flags_training_rows", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    train_scores = model.score_samples(X_train)
    return train_scores < np.percentile(train_scores, percent)
''', mistake="Returns the flags of the training instances instead of those of X_new.",
      hint=r"X_new|one value per row|of X_new"),
    Wrong("ex7_6_anomalies", "responsibility_as_density", '''
def flag_anomalies(model, X_train, X_new, percent):
    """True for the rows of X_new whose log-density is below the training percentile."""
    train_best = model.predict_proba(X_train).max(axis=1)
    new_best = model.predict_proba(X_new).max(axis=1)
    return new_best < np.percentile(train_best, percent)
''', mistake="Uses the highest responsibility (predict_proba) instead of the log-density (score_samples).",
      hint=r"score_samples|log-densit"),

    # ---------------- ex7_7_criteria ----------------
    Wrong("ex7_7_criteria", "swapped_bic_aic", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    aics, bics = [], []
    for k in k_values:
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                n_init=n_init, random_state=random_state).fit(X)
        aics.append(model.aic(X))
        bics.append(model.bic(X))
    best_aic = k_values[int(np.argmin(aics))]
    best_bic = k_values[int(np.argmin(bics))]
    return aics, bics, best_aic, best_bic
''', mistake="Returns the AICs first and the BICs second (and the best k in that order too).",
      hint=r"AIC.*BIC|BIC.*AIC|first|swap"),
    Wrong("ex7_7_criteria", "minus_2_log_l_only", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    n = len(X)
    crit = []
    for k in k_values:
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                n_init=n_init, random_state=random_state).fit(X)
        crit.append(-2 * model.score(X) * n)
    best = k_values[int(np.argmin(crit))]
    return np.array(crit), np.array(crit), int(best), int(best)
''', mistake="Uses -2 log L alone for both criteria, without the penalty for the number of parameters.",
      hint=r"penalty|-2 log L"),
    Wrong("ex7_7_criteria", "default_n_init_student", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    bics, aics = [], []
    for k in k_values:
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                random_state=random_state).fit(X)
        bics.append(model.bic(X))
        aics.append(model.aic(X))
    return (np.array(bics), np.array(aics), int(k_values[np.argmin(bics)]),
            int(k_values[np.argmin(aics)]))
''', mistake="Does not pass n_init on, so each model is a single EM run (GaussianMixture's default n_init=1).",
      hint=r"n_init"),
    Wrong("ex7_7_criteria", "argmax_student", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    bics, aics = [], []
    for k in k_values:
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                n_init=n_init, random_state=random_state).fit(X)
        bics.append(model.bic(X))
        aics.append(model.aic(X))
    return (np.array(bics), np.array(aics), int(k_values[np.argmax(bics)]),
            int(k_values[np.argmax(aics)]))
''', mistake="Picks the k with the highest criterion (argmax) instead of the lowest.",
      hint=r"lowest|argmin"),
    Wrong("ex7_7_criteria", "returns_position", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    bics, aics = [], []
    for k in k_values:
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                n_init=n_init, random_state=random_state).fit(X)
        bics.append(model.bic(X))
        aics.append(model.aic(X))
    return np.array(bics), np.array(aics), int(np.argmin(bics)), int(np.argmin(aics))
''', mistake="Returns the position of the best k in k_values instead of the value of k.",
      hint=r"value of k|position|index"),
    Wrong("ex7_7_criteria", "argmin_plus_one", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    bics, aics = [], []
    for k in k_values:
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                n_init=n_init, random_state=random_state).fit(X)
        bics.append(model.bic(X))
        aics.append(model.aic(X))
    # k starts at 1, so position + 1 is the number of components
    return np.array(bics), np.array(aics), int(np.argmin(bics)) + 1, int(np.argmin(aics)) + 1
''', mistake="Assumes k_values starts at 1 and is consecutive (position + 1), instead of reading the best k from k_values.",
      hint=r"value of k|k_values|position"),
    Wrong("ex7_7_criteria", "sorts_k_values", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    ks = sorted(k_values)
    bics, aics = [], []
    for k in ks:
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                n_init=n_init, random_state=random_state).fit(X)
        bics.append(model.bic(X))
        aics.append(model.aic(X))
    return np.array(bics), np.array(aics), int(ks[np.argmin(bics)]), int(ks[np.argmin(aics)])
''', mistake="Sorts k_values, so the BICs and AICs are not in the order given.",
      hint=r"order"),

    Wrong("ex7_7_criteria", "ignores_covariance_type", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    bics, aics = [], []
    for k in k_values:
        model = GaussianMixture(n_components=k, n_init=n_init,
                                random_state=random_state).fit(X)
        bics.append(model.bic(X))
        aics.append(model.aic(X))
    return (np.array(bics), np.array(aics), int(k_values[np.argmin(bics)]),
            int(k_values[np.argmin(aics)]))
''', mistake="Does not pass covariance_type on, so every model is 'full'.",
      hint=r"covariance_type"),
    Wrong("ex7_7_criteria", "global_random_state", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    bics, aics = [], []
    for k in k_values:
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                n_init=n_init, random_state=RANDOM_STATE).fit(X)
        bics.append(model.bic(X))
        aics.append(model.aic(X))
    return (np.array(bics), np.array(aics), int(k_values[np.argmin(bics)]),
            int(k_values[np.argmin(aics)]))
''', mistake="Uses the global RANDOM_STATE instead of the random_state argument.",
      hint=r"random_state"),

    # Set aside for review in an earlier session (their messages did not name the
    # mistake); graded again since the tests name each of them.
    Wrong("ex7_7_criteria", "extra_tol", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    bics, aics = [], []
    for k in k_values:
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                n_init=n_init, random_state=random_state,
                                tol=1e-6, max_iter=1000).fit(X)
        bics.append(model.bic(X))
        aics.append(model.aic(X))
    return (np.array(bics), np.array(aics), int(k_values[np.argmin(bics)]),
            int(k_values[np.argmin(aics)]))
''', mistake="Sets tol and max_iter like the lesson's own models, although every other setting must stay at its default here.",
      hint=r"default|tol|max_iter"),
    Wrong("ex7_7_criteria", "bic_by_hand_k_weights", '''
def bic_aic_sweep(X, k_values, covariance_type="full", n_init=3, random_state=RANDOM_STATE):
    """(BICs, AICs, k with the lowest BIC, k with the lowest AIC) over k_values."""
    n, d = X.shape
    bics, aics = [], []
    for k in k_values:
        model = GaussianMixture(n_components=k, covariance_type=covariance_type,
                                n_init=n_init, random_state=random_state).fit(X)
        p = k + k * d + k * d * (d + 1) // 2          # weights, means, full covariances
        minus_2_log_l = -2 * model.score(X) * n
        bics.append(minus_2_log_l + p * np.log(n))
        aics.append(minus_2_log_l + 2 * p)
    return (np.array(bics), np.array(aics), int(k_values[np.argmin(bics)]),
            int(k_values[np.argmin(aics)]))
''', mistake="Computes BIC and AIC by hand with k free weights (instead of k - 1), so the penalty counts one parameter too many.",
      hint=r"penalty|parameters|k - 1"),
    Wrong("ex7_3_uncertain", "refits_model", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    fresh = GaussianMixture(n_components=model.n_components,
                            covariance_type=model.covariance_type).fit(X)
    return fresh.predict_proba(X).max(axis=1) < threshold
''', mistake="Fits a new mixture on X instead of using the responsibilities of the model it was given.",
      hint=r"refit|re-fit|do not fit|given model|not.*fit"),
    Wrong("ex7_3_uncertain", "forgets_weights", '''
def uncertain_instances(model, X, threshold=0.9):
    """True for the instances whose highest responsibility is below threshold."""
    k, d = model.means_.shape
    cov = model.covariances_
    if model.covariance_type == "tied":
        cov = [cov] * k
    densities = np.column_stack([multivariate_normal(mean=m, cov=c).pdf(X)
                                 for m, c in zip(model.means_, cov)])
    resp = densities / densities.sum(axis=1, keepdims=True)
    return resp.max(axis=1) < threshold
''', mistake="Computes the responsibilities by hand without multiplying each Gaussian density by its component's weight.",
      hint=r"weight"),
    Wrong("ex7_1_fit", "centres_X_in_place", '''
def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    X -= X.mean(axis=0)          # centre the data first
    model = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                            n_init=n_init, random_state=random_state)
    return model.fit(X)
''', mistake="Centres X in place before fitting, which modifies the caller's array (and fits on other data).",
      hint=r"modif"),
    Wrong("ex7_1_fit", "cached_model", '''
_fitted = {}


def fit_mixture(X, n_components, covariance_type="full", n_init=10, random_state=RANDOM_STATE):
    """A GaussianMixture with these settings, fitted on X."""
    key = (n_components, covariance_type, n_init, random_state)
    if key not in _fitted:
        _fitted[key] = GaussianMixture(n_components=n_components,
                                       covariance_type=covariance_type,
                                       n_init=n_init, random_state=random_state).fit(X)
    return _fitted[key]
''', mistake="Caches the model by its settings and returns the same object (fitted on the first X) on later calls, instead of a new model fitted on each X.",
      hint=r"new model|every call|same (model|object)|fit.*\bX\b"),
]
