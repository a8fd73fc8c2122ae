"""Gaussian mixtures: components matched whatever their order, parameter counts, density plots.

A mixture numbers its components in an arbitrary order (it depends on the
initialisation), so components are compared after a minimum-cost matching of their
means, never by index. Density and decision-boundary plots are read through their
contour data (the level of each line and where its vertices lie), never their pixels.

Import this module in a lesson's read-only setup cell as well (``from autograder.checks
import mixtures``) so that the scikit-learn methods below are captured before any
student code runs.
"""

import contextlib as _contextlib

import numpy as _np
from matplotlib.contour import ContourSet
from sklearn.mixture._base import BaseMixture as _BaseMixture
from sklearn.mixture import GaussianMixture as _GaussianMixture

from . import _pristine as P
from ._report import diagnose, fail
from .centroids import match_centroids
from .figures import check_axes

# scikit-learn's own methods, captured now: a submission cannot swap them afterwards.
_score_samples = _GaussianMixture.score_samples
_predict = _GaussianMixture.predict
_predict_proba = _GaussianMixture.predict_proba
_weighted_log_prob = _GaussianMixture._estimate_weighted_log_prob
_log_prob = _GaussianMixture._estimate_log_prob  # per component, without the weights
_get_params = _GaussianMixture.get_params
_n_parameters = _GaussianMixture._n_parameters
_bic = _GaussianMixture.bic
_score = _GaussianMixture.score

_exp = _np.exp
_log = _np.log
_eye = _np.eye
_stack = _np.stack
_concatenate = _np.concatenate
_linspace = _np.linspace
_meshgrid = _np.meshgrid
_column_stack = _np.column_stack
_cos = _np.cos
_sin = _np.sin
_arange = _np.arange
_isnan = _np.isnan
_argsort = _np.argsort
_zeros = _np.zeros
_diff = _np.diff
_median = _np.median
_tile = _np.tile
_default_rng = _np.random.default_rng
_diag = _np.diag
_where = _np.where
_ones = _np.ones
_sort = _np.sort
_PI = P.float_(_np.pi)
_hasattr = hasattr
_range = range

COVARIANCE_TYPES = ("full", "tied", "diag", "spherical")


# ---------------------------------------------------------------- reading a model

def settings(model) -> dict:
    """The constructor settings of a GaussianMixture (scikit-learn's own get_params)."""
    return _get_params(model, deep=False)


def check_fitted_mixture(model, name: str = "the model", *, kind=_GaussianMixture,
                         hint: str | None = None):
    """``model`` is a fitted mixture of the class ``kind`` (it has ``means_``)."""
    if not P.isinstance_(model, kind):
        got = "None" if model is None else type(model).__name__
        fail(f"{name} should be a {kind.__name__}, not {got}.", show_values=False,
             hint=hint or f"return the {kind.__name__} object itself (after .fit(X)).")
    if not _hasattr(model, "means_"):
        fail(f"{name} is not fitted.", show_values=False,
             hint=hint or "call .fit(X) on the model before returning it.")
    return model


def full_covariances(model):
    """The covariance matrix of every component, shape (k, d, d), whatever covariance_type."""
    cov = P.asarray(model.covariances_, dtype=float)
    k, d = P.asarray(model.means_).shape
    kind = model.covariance_type
    if kind == "full":
        return cov.copy()
    if kind == "tied":
        return _tile(cov, (k, 1, 1))
    if kind == "diag":
        return _stack([_diag(row) for row in cov])
    if kind == "spherical":
        return _stack([v * _eye(d) for v in cov])
    raise ValueError(f"unknown covariance_type {kind!r}")


def _matched(received_means, expected_means):
    """received index for each expected component (min-cost matching of the means)."""
    rows, cols, _ = match_centroids(received_means, expected_means)
    order = [0] * P.len_(cols)
    for r, c in P.zip_(rows.tolist(), cols.tolist()):
        order[c] = r
    return order


def same_mixture(a, b, *, atol_means: float, atol_cov: float, atol_weights: float) -> bool:
    """Two fitted mixtures have the same components (weights, means, covariances), in any order."""
    ma, mb = P.asarray(a.means_, dtype=float), P.asarray(b.means_, dtype=float)
    if ma.shape != mb.shape:
        return False
    order = _matched(ma, mb)
    wa, wb = P.asarray(a.weights_, dtype=float)[order], P.asarray(b.weights_, dtype=float)
    ca, cb = full_covariances(a)[order], full_covariances(b)
    return bool(P.max_(P.abs_(ma[order] - mb)) <= atol_means
                and P.max_(P.abs_(ca - cb)) <= atol_cov
                and P.max_(P.abs_(wa - wb)) <= atol_weights)


def check_same_mixture(received, expected, name: str = "the fitted mixture", *,
                       atol_means: float = 0.05, atol_cov: float = 0.05,
                       atol_weights: float = 0.01, hint: str | None = None, mistakes=()):
    """The received fitted mixture has the expected components, matched by their means.

    ``mistakes``: ``(model_a_mistake_gives, hint)`` pairs, recognised with the same
    tolerances (e.g. the model fitted on other data, or with another covariance_type).
    """
    check_fitted_mixture(received, name)
    tolerances = dict(atol_means=atol_means, atol_cov=atol_cov, atol_weights=atol_weights)
    if same_mixture(received, expected, **tolerances):
        return received
    same = lambda r, v: same_mixture(r, v, **tolerances)  # noqa: E731
    got = P.asarray(received.means_, dtype=float)
    want = P.asarray(expected.means_, dtype=float)
    if got.shape != want.shape:
        fail(f"{name} has the wrong number of components or features (shape of means_).",
             want.shape, got.shape, diagnose(received, mistakes, same) or hint)
    fail(f"{name} does not have the expected components (means below, sorted by their "
         "first coordinate; weights and covariances are compared too, component by "
         "component after matching the means).",
         want[_argsort(want[:, 0])], got[_argsort(got[:, 0])],
         diagnose(received, mistakes, same) or hint)


def _matrices_close(received, expected, atol) -> bool:
    received, expected = P.asarray(received, dtype=float), P.asarray(expected, dtype=float)
    if received.shape != expected.shape or received.ndim != 3:
        return False
    k = expected.shape[0]
    cost = P.asarray([[P.float_(P.max_(P.abs_(received[i] - expected[j]))) for j in _range(k)]
                      for i in _range(k)])
    rows, cols = P.linear_sum_assignment(cost)
    return bool(P.max_(cost[rows, cols]) <= atol)


def check_covariance_matrices(received, expected, name: str = "the covariance matrices", *,
                              atol: float = 1e-9, hint: str | None = None, mistakes=()):
    """``received`` holds the k expected (d, d) matrices, in any order.

    Known mistakes are recognised before the shape is checked, so a result of another
    shape (the means, the raw diagonal vectors, one tied matrix) is named.
    """
    expected = P.asarray(expected, dtype=float)
    try:
        received_arr = P.asarray(received, dtype=float)
    except (TypeError, ValueError):
        fail(f"{name} should be a NumPy array of shape {expected.shape}.", show_values=False,
             hint=hint)
    if _matrices_close(received_arr, expected, atol):
        return received
    def same(r, v):
        r, v = P.asarray(r, dtype=float), P.asarray(v, dtype=float)
        if r.shape != v.shape:
            return False
        if r.ndim == 3:
            return _matrices_close(r, v, atol)
        return bool(P.allclose(r, v, rtol=0, atol=atol))
    named = diagnose(received_arr, mistakes, same)
    if received_arr.shape != expected.shape:
        fail(f"{name}: wrong shape (one (d, d) matrix per component).", expected.shape,
             received_arr.shape, named or hint)
    fail(f"{name}: the matrices are not the expected ones (compared in any order).",
         expected, received_arr, named or hint)


# ---------------------------------------------------------------- parameters

def n_parameters(n_components: int, n_features: int, covariance_type: str) -> int:
    """Free parameters of a Gaussian mixture: weights (k - 1), means (k d), covariances."""
    k, d = P.int_(n_components), P.int_(n_features)
    covariance = {"full": k * d * (d + 1) // 2, "tied": d * (d + 1) // 2, "diag": k * d,
                  "spherical": k}[covariance_type]
    return (k - 1) + k * d + covariance


def fitted_n_parameters(n_components: int, n_features: int, covariance_type: str,
                        seed: int = 0) -> int:
    """The parameter count of a mixture fitted on random data of this shape, read twice:
    scikit-learn's ``_n_parameters()`` and the BIC identity BIC = -2 log L + p log n
    (they must agree)."""
    n = 30 * n_components + 10
    X = _default_rng(seed).normal(size=(n, n_features))
    model = _GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                             n_init=1, max_iter=5, random_state=seed)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a 5-iteration fit need not converge
        model.fit(X)
    from_bic = (_bic(model, X) + 2.0 * _score(model, X) * n) / _log(n)
    counted = P.int_(_n_parameters(model))
    if P.abs_(from_bic - counted) > 1e-6 * P.max_(P.asarray([1.0, counted])):
        raise RuntimeError("BIC identity and _n_parameters disagree")  # pragma: no cover
    return counted


# ---------------------------------------------------------------- model outputs

def responsibilities(model, X):
    """predict_proba, through scikit-learn's own method."""
    return _predict_proba(model, P.asarray(X, dtype=float))


def unweighted_responsibilities(model, X):
    """The responsibilities a student gets by forgetting the weights: each component's
    Gaussian density, normalised over the components, not multiplied by its weight."""
    log_prob = _log_prob(model, P.asarray(X, dtype=float))
    log_prob = log_prob - log_prob.max(axis=1, keepdims=True)
    dens = _exp(log_prob)
    return dens / dens.sum(axis=1, keepdims=True)


@_contextlib.contextmanager
def fitting_forbidden(hint: str):
    """While active, fitting any mixture (GaussianMixture, BayesianGaussianMixture, by
    ``fit`` or ``fit_predict``) raises ``RuntimeError(hint)``.

    For answers that must use the model they are given: a new mixture fitted on the
    same data can give nearly the same numbers, so comparing results alone would let
    the mistake through, and a crash that says what not to do names it."""
    def refuse(*args, **kwargs):
        raise RuntimeError(hint)

    saved = {name: _BaseMixture.__dict__[name] for name in ("fit", "fit_predict")}
    try:
        for name in saved:
            setattr(_BaseMixture, name, refuse)
        yield
    finally:
        for name, method in saved.items():
            setattr(_BaseMixture, name, method)


def labels(model, X):
    """predict, through scikit-learn's own method."""
    return _predict(model, P.asarray(X, dtype=float))


def log_density(model, X):
    """score_samples (the log-density of every row), through scikit-learn's own method."""
    return _score_samples(model, P.asarray(X, dtype=float))


def decided(model, X, threshold: float, margin: float = 1e-6):
    """Rows whose highest responsibility is clearly on one side of ``threshold``.

    Every correct way of computing responsibilities (predict_proba, SciPy densities,
    a log-sum-exp by hand) agrees on these rows up to rounding. For ``threshold == 1``
    a row counts when its best component beats the runner-up by more than e^50 (the
    responsibility is exactly 1.0 however it is computed) or by less than e^30 (it is
    clearly below 1.0).
    """
    X = P.asarray(X, dtype=float)
    if threshold >= 1.0:
        weighted = _sort(_weighted_log_prob(model, X), axis=1)
        if weighted.shape[1] < 2:
            return _ones(P.len_(X), dtype=bool)
        gap = weighted[:, -1] - weighted[:, -2]
        return (gap > 50.0) | (gap < 30.0)
    best = responsibilities(model, X).max(axis=1)
    return P.abs_(best - threshold) > margin



# ---------------------------------------------------------------- plots

def check_same_axes(returned, given, name: str = "the function"):
    """With ``ax=ax`` the function draws on that Axes and returns it."""
    check_axes(returned)
    if returned is not given:
        fail(f"{name} should draw on the ax it is given and return that same ax.",
             show_values=False, hint="when ax is not None, draw on it (ax.contour, "
             "ax.scatter, ...) and return it; create a figure only when ax is None.")
    return returned


def _drawn(ax) -> bool:
    return bool(ax.collections or ax.lines or ax.images or ax.patches)


def check_drawn_on(ax_given, ax_current, name: str = "the function"):
    """Nothing was drawn on the current Axes when another one was passed in."""
    if _drawn(ax_current) and not _drawn(ax_given):
        fail(f"{name} drew on the current Axes (plt.contour, plt.scatter, ...) instead of "
             "the ax it was given, which stays empty.", show_values=False,
             hint="draw with ax.contour, ax.scatter, ax.set_xlabel ... on the ax argument.")
    if _drawn(ax_current):
        fail(f"{name} drew part of the plot on the current Axes (plt.contour, plt.scatter, "
             "...) instead of the ax it was given.", show_values=False,
             hint="draw everything with ax. methods on the ax argument, never with plt.")
    return ax_given


def check_new_axes(ax, existing, name: str = "the function"):
    """With ``ax=None`` the function created a new figure: ``ax`` is none of ``existing``."""
    check_axes(ax)
    for old in existing:
        if ax is old or ax.figure is old.figure:
            fail(f"with ax=None, {name} should create a new figure and Axes, but it drew on "
                 "an existing one.", show_values=False,
                 hint="create them with fig, ax = plt.subplots(); plt.gca() returns the "
                 "current Axes, which may belong to another figure.")
    return ax


def contour_sets(ax):
    """Every contour set (ax.contour lines or ax.contourf bands) on the Axes."""
    return [c for c in ax.collections if P.isinstance_(c, ContourSet)]


def _vertices(cs, drop_border: bool):
    """All vertices of a contour set; with ``drop_border``, those on its outer frame dropped
    (a filled band runs along the edge of the grid, where it is not a level line)."""
    parts = [P.asarray(path.vertices, dtype=float) for path in cs.get_paths()
             if P.len_(path.vertices)]
    if not parts:
        return _zeros((0, 2))
    vertices = _concatenate(parts)
    vertices = vertices[~_isnan(vertices).any(axis=1)]
    if drop_border and P.len_(vertices):
        low, high = vertices.min(axis=0), vertices.max(axis=0)
        span = P.max_(high - low)
        on_edge = ((P.abs_(vertices - low) <= 1e-9 * span)
                   | (P.abs_(vertices - high) <= 1e-9 * span)).any(axis=1)
        vertices = vertices[~on_edge]
    return vertices


def _level_fit(cs, values_at):
    """(share of vertices lying on one of the set's levels, the levels that have vertices)
    when the plotted function is ``values_at`` (points -> values)."""
    vertices = _vertices(cs, drop_border=cs.filled)
    levels = P.asarray(cs.levels, dtype=float)
    levels = levels[P.isfinite(levels)]
    if not P.len_(vertices) or not P.len_(levels):
        return 0.0, frozenset()
    values = P.asarray(values_at(vertices), dtype=float)
    gap = P.abs_(values[:, None] - levels[None, :])
    # A grid of 100 x 100 nodes or more puts every vertex within a few percent of a level
    # spacing of its level (linear interpolation between nodes); allow 15%. A set with a
    # single level (one contour call per level) is judged relative to the level itself.
    steps = _diff(_sort(P.unique(levels)))
    tol = (0.15 * P.float_(_median(steps)) if P.len_(steps)
           else 0.05 * P.float_(P.abs_(levels[0])) + 0.01)
    nearest = gap.min(axis=1)
    hit = nearest <= tol
    used = frozenset(P.float_(levels[i]) for i in P.unique(gap.argmin(axis=1)[hit]))
    return P.float_(hit.mean()), used


def _log_density(model):
    return lambda points: _score_samples(model, points)


def check_density_contours(ax, model, name: str = "the density plot", *, min_levels: int = 5,
                           share: float = 0.95, hint: str | None = None):
    """Some contour set on ``ax`` draws level lines of the model's log-density
    (``score_samples``): its vertices lie on its levels, at least ``min_levels`` of them.

    Known mistakes are named: the density itself (np.exp), its negative, and the grid's
    x and y swapped. Returns the matching contour set.
    """
    check_axes(ax)
    sets = contour_sets(ax)
    if not sets:
        fail(f"{name} has no contour lines.", show_values=False,
             hint="draw the log-density with ax.contour(xx, yy, Z) or ax.contourf(xx, yy, Z), "
             "Z = model.score_samples(grid) reshaped to xx.shape.")
    log_density = _log_density(model)
    # What the viewer sees: the levels of every set that follows the log-density, whether
    # one call drew them all or one call drew each.
    following, levels = [], set()
    for cs in sets:
        fit, used = _level_fit(cs, log_density)
        if fit >= share:
            following.append(cs)
            levels |= used
    if following and P.len_(levels) >= min_levels:
        return following[0]
    few = P.len_(levels) if following else None
    if few is not None:
        fail(f"{name} draws only {few} level(s) of the log-density.", show_values=False,
             hint=f"draw at least {min_levels} levels (ax.contour's default choice does, or "
             "pass levels=10).")
    known = [(lambda p: _exp(log_density(p)), "these are contours of the density "
              "np.exp(score_samples): contour the LOG-density, model.score_samples(grid), "
              "itself."),
             (lambda p: -log_density(p), "these are contours of minus the log-density: "
              "contour model.score_samples(grid) itself, not its negative."),
             (lambda p: log_density(p[:, ::-1]), "x and y are swapped: build the grid as "
              "np.c_[xx.ravel(), yy.ravel()] (the first column of X along x) and reshape the "
              "values to xx.shape.")]
    for values_at, message in known:
        for cs in sets:
            fit, used = _level_fit(cs, values_at)
            if fit >= share and P.len_(used) >= 2:
                fail(f"{name}: the contour lines are not the model's log-density.",
                     show_values=False, hint=message)
    fail(f"{name}: no contour set on the plot follows the model's log-density (the level "
         "of each line should be the value of model.score_samples along it).",
         show_values=False,
         hint=hint or "compute Z = model.score_samples(np.c_[xx.ravel(), yy.ravel()]) on a "
         "grid covering X, reshape it to xx.shape and draw ax.contour(xx, yy, Z).")


def _boundary_points(model, X, n: int = 120, steps: int = 25):
    """Points on the model's decision boundaries inside the bounding box of X, found by
    bisection between neighbouring nodes of an n x n grid that get different labels."""
    X = P.asarray(X, dtype=float)
    low, high = X.min(axis=0), X.max(axis=0)
    xx, yy = _meshgrid(_linspace(low[0], high[0], n), _linspace(low[1], high[1], n))
    grid = _column_stack([xx.ravel(), yy.ravel()])
    labels = P.asarray(_predict(model, grid)).reshape(xx.shape)
    pairs = []
    for a_slice, b_slice in (((slice(None), slice(None, -1)), (slice(None), slice(1, None))),
                             ((slice(None, -1), slice(None)), (slice(1, None), slice(None)))):
        differ = labels[a_slice] != labels[b_slice]
        if differ.any():
            a = _column_stack([xx[a_slice][differ], yy[a_slice][differ]])
            b = _column_stack([xx[b_slice][differ], yy[b_slice][differ]])
            pairs.append((a, b))
    if not pairs:
        return _zeros((0, 2))
    a = _concatenate([p[0] for p in pairs])
    b = _concatenate([p[1] for p in pairs])
    label_a = P.asarray(_predict(model, a))
    for _ in _range(steps):
        mid = (a + b) / 2
        same = P.asarray(_predict(model, mid)) == label_a
        a = _where(same[:, None], mid, a)
        b = _where(same[:, None], b, mid)
    return (a + b) / 2


def _near_boundary(model, points, radius):
    """True for points within about ``radius`` of a decision boundary."""
    labels = P.asarray(_predict(model, points))
    near = _zeros(P.len_(points), dtype=bool)
    for angle in _arange(8) * (_PI / 4):
        moved = points + radius * P.asarray([_cos(angle), _sin(angle)])
        near |= P.asarray(_predict(model, moved)) != labels
    return near


def _nearest_distance(points, vertices):
    best = []
    for start in _range(0, P.len_(points), 200):
        best.append(P.pairwise_distances(points[start:start + 200], vertices).min(axis=1))
    return _concatenate(best) if best else _zeros(0)


def check_decision_boundaries(ax, model, X, name: str = "the decision boundaries", *,
                              share: float = 0.95, coverage: float = 0.98,
                              hint: str | None = None):
    """Some set of contour lines on ``ax`` draws the model's decision boundaries: its
    vertices lie on them (within 2% of the diagonal of X's bounding box) and every part
    of the boundaries inside that box has a vertex nearby."""
    check_axes(ax)
    X = P.asarray(X, dtype=float)
    low, high = X.min(axis=0), X.max(axis=0)
    radius = 0.02 * P.float_(P.sqrt(P.sum_((high - low) ** 2)))
    truth = _boundary_points(model, X)
    if P.len_(truth) > 400:
        truth = truth[_linspace(0, P.len_(truth) - 1, 400).astype(int)]
    lines = [cs for cs in contour_sets(ax) if not cs.filled]
    # What the viewer sees: the union of every set of lines that lies on the boundaries
    # (one contour call for all of them, or one call per boundary level).
    on_lines = []
    for cs in lines:
        vertices = _vertices(cs, drop_border=False)
        if P.len_(vertices) and P.float_(_near_boundary(model, vertices, radius).mean()) >= share:
            on_lines.append((cs, vertices))
    if on_lines:
        vertices = _concatenate([v for _, v in on_lines])
        covered = (P.float_((_nearest_distance(truth, vertices) <= radius).mean())
                   if P.len_(truth) else 1.0)
        if covered >= coverage:
            return on_lines[0][0]
        fail(f"{name}: the lines drawn lie on decision boundaries but miss parts of them "
             f"(only {covered:.0%} of the boundaries inside the data's range are drawn).",
             show_values=False,
             hint=hint or "compute the labels on a grid that covers all of X (from the "
             "minimum to the maximum of each column, plus a margin) and draw every boundary "
             "between two labels: ax.contour(xx, yy, labels, levels=np.arange(k - 1) + 0.5).")
    filled = [cs for cs in contour_sets(ax) if cs.filled]
    fail(f"{name}: no set of contour lines on the plot follows the model's decision "
         "boundaries (where model.predict changes).", show_values=False,
         hint=hint or ("draw the boundaries as LINES: ax.contour(xx, yy, labels, ...) with "
                       "labels = model.predict(grid) reshaped to xx.shape (not contourf)."
                       if filled else
                       "predict a label for every grid node with model.predict and draw "
                       "ax.contour(xx, yy, labels, levels=np.arange(k - 1) + 0.5), "
                       "k = model.n_components."))
