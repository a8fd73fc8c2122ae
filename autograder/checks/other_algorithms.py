"""Lesson 09 (other clustering algorithms): trees and their cuts, spectral models, affinity
propagation counts, comparison tables, empirical slopes.

Import it in the lesson's read-only setup cell (``from autograder.checks import
other_algorithms as algo_checks``) so that every scikit-learn, SciPy and NumPy object
below is captured before any student code runs. Reference results are computed with
these captured objects, and warnings (a graph not fully connected, an affinity propagation
that did not converge) are silenced while a student function runs: nbgrader scores a test
cell that writes to stderr as failed, and a warning of a correct answer must not cost it
its points.
"""

import builtins as _builtins
import time as _time
import warnings as _warnings

import numpy as _np
import pandas as _pd
from scipy.cluster.hierarchy import fcluster as _fcluster
from scipy.cluster.hierarchy import linkage as _linkage
from sklearn.base import BaseEstimator as _BaseEstimator
from sklearn.base import ClusterMixin as _ClusterMixin
from sklearn.base import clone as _clone
from sklearn.cluster import AffinityPropagation as _AffinityPropagation
from sklearn.cluster import AgglomerativeClustering as _AgglomerativeClustering
from sklearn.cluster import SpectralClustering as _SpectralClustering

from . import _pristine as P
from ._report import CheckFailed, call, diagnose, fail, short

LINKAGES = ("ward", "complete", "average", "single")
COLUMNS = ("algorithm", "dataset", "ari", "seconds")

_getattr = _builtins.getattr
_hasattr = _builtins.hasattr
_catch_warnings = _warnings.catch_warnings
_simplefilter = _warnings.simplefilter
_sleep = _time.sleep
_DataFrame = _pd.DataFrame
_polyfit = _np.polyfit
_log = _np.log
_log10 = _np.log10
_inf = _np.inf
_arange = _np.arange
_floating_types = (P.float_, P.floating, P.integer)


def quietly(function, *args, when: str = "", **kwargs):
    """``checks.call`` with every warning silenced while ``function`` runs."""
    __tracebackhide__ = True
    with _catch_warnings():
        _simplefilter("ignore")
        return call(function, *args, when=when, **kwargs)


def quietly_counting_exemplars(function, *args, when: str = "", **kwargs):
    """``quietly``, for an answer that counts affinity propagation's exemplars: a fit that
    does not converge leaves ``cluster_centers_indices_`` an empty *list*, so ``.shape``
    or ``.size`` on it crash; the failure then says why."""
    __tracebackhide__ = True
    try:
        return quietly(function, *args, when=when, **kwargs)
    except CheckFailed as error:
        if "'list' object has no attribute" not in P.str_(error):
            raise
        raise CheckFailed(f"{error} A fit that does not converge leaves "
                          "cluster_centers_indices_ as an empty Python list: count the "
                          "exemplars with len(model.cluster_centers_indices_), as the "
                          "statement says.") from None


def _quiet(function, *args, **kwargs):
    with _catch_warnings():
        _simplefilter("ignore")
        return function(*args, **kwargs)


# --- partitions with noise ---------------------------------------------------------------

def noise_apart(labels):
    """A copy of ``labels`` in which every noise instance (-1) has a cluster of its own."""
    labels = P.asarray(labels).copy()
    noise = labels == -1
    labels[noise] = labels.max() + 1 + _arange(P.int_(noise.sum()))
    return labels


def ari(y_true, labels) -> float:
    """The adjusted Rand index with every noise instance in a cluster of its own."""
    return P.float_(P.adjusted_rand_score(y_true, noise_apart(labels)))


def plain_ari(y_true, labels) -> float:
    """The adjusted Rand index with -1 read as one more cluster (the usual mistake)."""
    return P.float_(P.adjusted_rand_score(y_true, labels))


def ari_without_noise(y_true, labels) -> float:
    """The adjusted Rand index on the instances not labelled -1 (another mistake)."""
    y_true, labels = P.asarray(y_true), P.asarray(labels)
    kept = labels != -1
    return P.float_(P.adjusted_rand_score(y_true[kept], labels[kept]))


def label_accuracy(y_true, labels) -> float:
    """Share of labels equal to the true ones: raw labels compared (a mistake)."""
    return P.float_((P.asarray(labels) == P.asarray(y_true)).mean())


def check_labels(received, n: int, name: str, hint: str | None = None):
    """A 1-D NumPy array with one label per instance."""
    if not P.isinstance_(received, P.ndarray):
        got = "None" if received is None else type(received).__name__
        fail(f"{name} should be a NumPy array of cluster labels, not {got}.",
             hint=hint or "return the labels, one per row of X (fit_predict(X), or the array "
             "fcluster returns).", show_values=False)
    labels = P.asarray(received)
    if labels.ndim != 1 or labels.shape[0] != n:
        fail(f"{name} should hold one label per row of X (shape ({n},)).", (n,),
             P.tuple_(labels.shape), hint or "one label per row of X, in a 1-D array.")
    return labels


# --- agglomerative clustering ---------------------------------------------------------------

def agglomerative_labels(X, n_clusters: int, method: str):
    return _AgglomerativeClustering(n_clusters=n_clusters, linkage=method).fit_predict(X)


def linkage_aris(X, y_true, n_clusters: int) -> list:
    """The ARI of each linkage, in the order of LINKAGES."""
    return [P.float_(P.adjusted_rand_score(y_true, agglomerative_labels(X, n_clusters, m)))
            for m in LINKAGES]


def linkage_accuracies(X, y_true, n_clusters: int) -> list:
    return [label_accuracy(y_true, agglomerative_labels(X, n_clusters, m)) for m in LINKAGES]


def first_best(values) -> str:
    """The linkage of the highest value; on a tie the first in the order of LINKAGES."""
    best = 0
    for i, v in enumerate(values):
        if v > values[best]:
            best = i
    return LINKAGES[best]


def check_scores_and_best(result, name: str):
    """``(scores, best)``: a dict with exactly the four linkages as keys and numbers as
    values, and a linkage name. Returns (the scores in the order of LINKAGES, best)."""
    if not P.isinstance_(result, P.tuple_) or P.len_(result) != 2:
        fail(f"{name} should return a tuple (scores, best) of two values.",
             hint="return scores, best: the dict of ARIs first, then the name of the best "
             "linkage.", show_values=False)
    scores, best = result
    if not P.isinstance_(scores, P.dict_):
        fail(f"the first value returned by {name} should be a dict of ARIs, not "
             f"{type(scores).__name__}.", hint="return the tuple (scores, best): the dict "
             "first, then the name of the best linkage.", show_values=False)
    if P.sorted_(P.list_(scores)) != P.sorted_(LINKAGES):
        fail(f"the dict returned by {name} should have exactly the four linkages as keys.",
             P.list_(LINKAGES), P.list_(scores),
             "one key per linkage: 'ward', 'complete', 'average', 'single'.")
    for key in LINKAGES:
        if not P.isinstance_(scores[key], _floating_types) or P.isinstance_(scores[key], P.bool_):
            fail(f"the score of {key!r} should be a number (its ARI), not "
                 f"{type(scores[key]).__name__}.", show_values=False,
                 hint="adjusted_rand_score(y_true, labels) for the labels of that linkage.")
    if not P.isinstance_(best, str):
        fail(f"the second value returned by {name} should be a linkage name (a string such "
             f"as 'ward'), not {short(best)}.", show_values=False,
             hint="return the name of the best linkage, not its ARI nor its position.")
    return [P.float_(scores[key]) for key in LINKAGES], best


def merge_heights(X, method: str):
    """The n - 1 merge heights of SciPy's tree, in increasing order."""
    return P.sort(_linkage(P.asarray(X, dtype=float), method=method)[:, 2])


def cut_labels(X, threshold: float, method: str):
    """The clusters of the tree of ``method`` cut at ``threshold`` (fcluster by distance)."""
    return _fcluster(_linkage(P.asarray(X, dtype=float), method=method), threshold,
                     criterion="distance")


def cut_thresholds(heights, ks) -> dict:
    """{k: a height strictly between two merges that leaves k clusters}, for each k in ks
    (1 to n): the midpoint of the two heights around it, half the lowest for k = n, and
    above the top merge for k = 1."""
    n = P.len_(heights) + 1
    out = {}
    for k in ks:
        if k == n:
            out[k] = P.float_(heights[0]) / 2
        elif k == 1:
            out[k] = P.float_(heights[-1]) * 1.5 + 1.0
        else:
            out[k] = (P.float_(heights[n - k - 1]) + P.float_(heights[n - k])) / 2
    return out


def cut_mistakes(X, threshold: float, method: str) -> list:
    """(labels, hint) of the usual mistakes when cutting the tree of ``method``."""
    X = P.asarray(X, dtype=float)
    found = []
    Z = _linkage(X, method=method)
    if method != "ward":
        found.append((cut_labels(X, threshold, "ward"), "these are the clusters of the ward "
                      "tree: the method is ignored. Pass linkage=method on to "
                      "AgglomerativeClustering (or method=method to SciPy's linkage)."))
    if method != "single":
        found.append((cut_labels(X, threshold, "single"), "these are the clusters of the "
                      "single-linkage tree: SciPy's linkage uses method='single' by default. "
                      "Call linkage(X, method=method)."))
    found.append((_fcluster(Z, threshold), "fcluster's default criterion is 'inconsistent', "
                  "not the height: call fcluster(Z, threshold, criterion='distance')."))
    try:
        found.append((_fcluster(Z, threshold, criterion="maxclust"), "criterion='maxclust' "
                      "reads the threshold as a number of clusters: use "
                      "criterion='distance'."))
    except Exception:  # a threshold that maxclust refuses: that mistake would have crashed
        pass
    for value, what in ((threshold ** 2, "its square"), (P.sqrt(threshold), "its square root")):
        found.append((cut_labels(X, value, method), "cut at the threshold as it is, not at "
                      f"{what}: the merge heights are distances, not squared distances."))
    return found


def check_cut(received, X, threshold: float, method: str, name: str):
    """The labels of a cut at ``threshold`` group the instances as SciPy's do."""
    labels = check_labels(received, P.len_(X), name)
    expected = cut_labels(X, threshold, method)
    if not _same_partition(labels, expected):
        mistakes = _merged(cut_mistakes(X, threshold, method))
        fail(f"{name} does not group the instances as the cut at height {short(threshold)} "
             f"does ({P.len_(P.unique(expected))} clusters expected; cluster sizes below, "
             "largest first).", _sizes(expected), _sizes(labels),
             diagnose(labels, mistakes, _same_partition)
             or "every merge below the threshold is made and none above: "
             "AgglomerativeClustering(n_clusters=None, distance_threshold=threshold, "
             "linkage=method), or fcluster(linkage(X, method=method), threshold, "
             "criterion='distance').")
    return labels


def _merged(mistakes) -> list:
    """Mistakes that give the same partition on this input share one hint (both named):
    the test cannot tell them apart there."""
    out = []
    for labels, hint in mistakes:
        for i, (kept, kept_hint) in enumerate(out):
            if _same_partition(labels, kept):
                out[i] = (kept, f"{kept_hint} Or: {hint}")
                break
        else:
            out.append((labels, hint))
    return out


def _same_partition(a, b) -> bool:
    a, b = P.asarray(a), P.asarray(b)
    if a.shape != b.shape:
        return False
    pairs = P.unique(P.asarray([a, b]).T.astype(str), axis=0)
    return P.len_(pairs) == P.len_(P.unique(a)) == P.len_(P.unique(b))


def _sizes(labels) -> tuple:
    _, counts = P.unique(P.asarray(labels), return_counts=True)
    return P.tuple_(P.int_(c) for c in P.sorted_(counts.tolist(), reverse=True))


def reference_range(heights, k: int) -> tuple:
    """(low, high) for k clusters from the sorted merge heights."""
    n = P.len_(heights) + 1
    low = P.float_(heights[n - k - 1]) if k < n else 0.0
    high = P.float_(heights[n - k]) if k > 1 else _inf
    return low, high


def check_range(result, X, k: int, method: str, name: str):
    """``(low, high)``: the merge heights around every cut that leaves k clusters."""
    if not P.isinstance_(result, P.tuple_) or P.len_(result) != 2:
        fail(f"{name} should return a tuple (low, high) of two floats, not {short(result)}.",
             hint="return a tuple (low, high): the two merge heights between which every cut "
             "leaves k clusters.", show_values=False)
    try:
        received = (P.float_(result[0]), P.float_(result[1]))
    except (TypeError, ValueError):
        fail(f"{name} should hold two numbers, not {short(result)}.", show_values=False,
             hint="return two floats: (low, high).")
    heights = merge_heights(X, method)
    n = P.len_(heights) + 1
    expected = reference_range(heights, k)
    mistakes = []
    if k > 1:
        mistakes.append((reference_range(heights, k - 1), "off by one: between these two "
                         "heights the cut leaves k - 1 clusters. With the heights sorted, a cut "
                         "between the j-th and the (j+1)-th makes j merges and leaves n - j "
                         "clusters."))
    if k < n:
        mistakes.append((reference_range(heights, k + 1), "off by one: between these two "
                         "heights the cut leaves k + 1 clusters. With the heights sorted, a cut "
                         "between the j-th and the (j+1)-th makes j merges and leaves n - j "
                         "clusters."))
    mistakes.append(((expected[1], expected[0]), "return low first, then high (low < high)."))
    if k == n:
        mistakes.append(((P.float_(heights[-1]), P.float_(heights[0])), "for k = n (no merge "
                         "made) low is 0.0, not heights[-1] (the top merge): a negative index "
                         "wraps around to the end."))
    if method != "ward":
        mistakes.append((reference_range(merge_heights(X, "ward"), k), "these are heights of "
                         "the ward tree: the method is ignored. Call linkage(X, "
                         "method=method)."))
    if method != "single":
        mistakes.append((reference_range(merge_heights(X, "single"), k), "these are heights "
                         "of the single-linkage tree: SciPy's linkage uses method='single' by "
                         "default. Call linkage(X, method=method)."))
    same = lambda r, v: bool(P.allclose(P.asarray(r, dtype=float), P.asarray(v, dtype=float),  # noqa: E731
                                        rtol=1e-9, atol=1e-12))
    if not same(received, expected):
        fail(f"{name}: not the expected heights.", expected, received,
             diagnose(received, mistakes, same)
             or "sort the n - 1 merge heights; for k clusters, low is the (n - k)-th and high "
             "the (n - k + 1)-th (counting from 1), with 0.0 and np.inf at the two ends.")
    return received


# --- spectral clustering ----------------------------------------------------------------------

def spectral_hint(model) -> str:
    """What is likely wrong with a spectral model's affinity, read from its settings."""
    params = model.get_params()
    affinity = params.get("affinity")
    if affinity == "rbf":
        gamma = params.get("gamma")
        if gamma == 1.0:
            return ("gamma=1.0 (the default of the RBF affinity) links instances 0.5 apart "
                    "with an affinity of 0.78: the two circles are one piece of the graph. "
                    "Raise gamma (see the sweep of section 2) or use "
                    "affinity='nearest_neighbors'.")
        if gamma is not None and gamma < 30:
            return (f"gamma={short(gamma)} is too small for these circles: instances 0.5 "
                    "apart, about the gap between them, are still linked. Try a larger gamma "
                    "on a few circles of your own.")
        return (f"with gamma={short(gamma)} the graph does not separate the circles on these "
                "data: try your setting on circles of other sizes, factors and noise levels.")
    if affinity in ("nearest_neighbors", "precomputed_nearest_neighbors"):
        k = params.get("n_neighbors")
        if k is not None and k <= 5:
            return (f"with n_neighbors={k} the graph of a circle falls apart into pieces on "
                    "some circles, and the cut separates two pieces instead of the circles: "
                    "take more neighbours.")
        if k is not None and k >= 15:
            return (f"n_neighbors={k} links the two circles on some data (the neighbours of "
                    "an instance reach across the gap): take fewer neighbours.")
        return (f"with n_neighbors={k} the graph does not separate the circles on these data: "
                "try your setting on circles of other sizes, factors and noise levels.")
    return ("the affinity does not separate the circles on these data: use affinity='rbf' "
            "with a large gamma, or 'nearest_neighbors' with about 10 neighbours.")


def check_spectral_circles(model, X, y_true, random_state: int, name: str,
                           min_ari: float = 0.95):
    """A SpectralClustering with n_clusters=2 and the seed, fitted on X, one cluster per
    circle (ARI at least ``min_ari``)."""
    if not P.isinstance_(model, _SpectralClustering):
        got = "None" if model is None else type(model).__name__
        hint = ("return the fitted model (model.fit(X) returns it), not its labels."
                if P.isinstance_(model, (P.ndarray, P.list_)) else
                "return a SpectralClustering (k-means and the other round-cluster methods "
                "cannot separate nested circles).")
        fail(f"{name} should be a fitted SpectralClustering, not {got}.", hint=hint,
             show_values=False)
    params = model.get_params()
    if params.get("n_clusters") != 2:
        fail(f"n_clusters of {name}: not the expected value.", 2, params.get("n_clusters"),
             "create the model with n_clusters=2 (its default is 8).")
    if params.get("random_state") != random_state:
        fail(f"random_state of {name}: not the expected value.", random_state,
             params.get("random_state"), "pass random_state=RANDOM_STATE, so that the k-means "
             "step of spectral clustering is reproducible.")
    labels = _getattr(model, "labels_", None)
    if labels is None:
        fail(f"{name} is not fitted (it has no labels_).", show_values=False,
             hint="fit it on the X argument and return it: return model.fit(X).")
    labels = P.asarray(labels)
    if labels.shape != (P.len_(X),):
        fail(f"{name} was fitted on other data: labels_ has {labels.shape[0]} labels for the "
             f"{P.len_(X)} instances of X.", show_values=False,
             hint="fit it on the X argument, not on X_circles.")
    score = P.float_(P.adjusted_rand_score(y_true, labels))
    if score < min_ari:
        fail(f"the clusters of {name} are not the two circles: ARI {score:.3f}, at least "
             f"{min_ari} expected (cluster sizes below, largest first).", _sizes(y_true),
             _sizes(labels), spectral_hint(model))
    return score


# --- affinity propagation -----------------------------------------------------------------------

def ap_counts(X, preferences, damping: float, random_state: int, cache=None,
              distinct: bool = False) -> dict:
    """{p: number of exemplars} of AffinityPropagation fitted on X for every p; with
    ``distinct``, the number of distinct labels instead, -1 included (a known mistake).
    ``cache`` (a dict the test keeps) saves refitting the same (X, p, damping)."""
    cache = {} if cache is None else cache
    out = {}
    for p in preferences:
        key = (P.id_(X), p, damping, random_state)
        if key not in cache:
            model = _quiet(_AffinityPropagation(preference=p, damping=damping,
                                                random_state=random_state).fit, X)
            cache[key] = (P.len_(model.cluster_centers_indices_),
                          P.len_(P.unique(model.labels_)))
        out[p] = cache[key][1 if distinct else 0]
    return out


def largest_with(counts: dict, k: int):
    found = [p for p, c in counts.items() if c == k]
    return P.max_(found) if found else None


def first_with(counts: dict, k: int):
    return next((p for p, c in counts.items() if c == k), None)


def smallest_with(counts: dict, k: int):
    found = [p for p, c in counts.items() if c == k]
    return P.sorted_(found)[0] if found else None


def check_preference(received, expected, name: str, mistakes=()):
    """The preference returned: None, or a number equal to the expected one."""
    def same(r, v):
        if r is None or v is None:
            return r is None and v is None
        if P.isinstance_(r, P.bool_) or P.isinstance_(r, bool):
            return False
        try:
            return P.float_(r) == P.float_(v)
        except (TypeError, ValueError):
            return False

    if not same(received, expected):
        hint = diagnose(received, mistakes, same)
        if hint is None and expected is None:
            hint = ("no preference in the list gives exactly k clusters here: return None "
                    "(not a number, -inf or an empty list).")
        fail(f"{name}: not the expected preference.", expected, received,
             hint or "the largest p (closest to zero) whose model has exactly k exemplars "
             "(len(model.cluster_centers_indices_)).")
    return received


# --- comparison tables ----------------------------------------------------------------------------

class Maker:
    """A dataset maker for the tests: returns copies of (X, y), counts its calls, and
    sleeps ``seconds`` at every call (making data takes time)."""

    def __init__(self, X, y, seconds: float = 0.0):
        self._X, self._y, self._seconds = P.asarray(X), P.asarray(y), seconds
        self.calls = 0

    def __call__(self):
        self.calls += 1
        if self._seconds:
            _sleep(self._seconds)
        return self._X.copy(), self._y.copy()

    def data(self):
        return self._X.copy(), self._y.copy()


class SleepyClusterer(_ClusterMixin, _BaseEstimator):
    """A clustering estimator whose fit sleeps ``seconds``: two clusters split at the
    median of the first feature."""

    def __init__(self, seconds: float = 0.1):
        self.seconds = seconds

    def fit(self, X, y=None):
        _sleep(self.seconds)
        X = P.asarray(X, dtype=float)
        self.labels_ = (X[:, 0] > _np.median(X[:, 0])).astype(int)
        return self


class InstantClusterer(_ClusterMixin, _BaseEstimator):
    """A clustering estimator that fits at once: three clusters by the last feature's
    terciles, numbered 5, 6, 7."""

    def fit(self, X, y=None):
        X = P.asarray(X, dtype=float)
        edges = _np.quantile(X[:, -1], [1 / 3, 2 / 3])
        self.labels_ = 5 + (X[:, -1] > edges[0]).astype(int) + (X[:, -1] > edges[1]).astype(int)
        return self


def reference_labels(estimators: dict, makers: dict) -> dict:
    """{(algorithm, dataset): (y, labels)} with a fresh clone of every estimator."""
    out = {}
    for d, maker in makers.items():
        X, y = maker.data()
        for a, estimator in estimators.items():
            out[a, d] = (y, _quiet(_clone(estimator).fit_predict, X))
    return out


def check_table(table, estimators: dict, makers: dict, name: str) -> dict:
    """A DataFrame with the four columns and one row per pair, each maker called once.
    Returns {(algorithm, dataset): (ari, seconds)}."""
    if not P.isinstance_(table, _DataFrame):
        got = "None" if table is None else type(table).__name__
        fail(f"{name} should be a pandas DataFrame, not {got}.", show_values=False,
             hint="build it with pd.DataFrame(rows), one dict per (estimator, dataset) pair.")
    columns = [str(c) for c in table.columns]
    if P.sorted_(columns) != P.sorted_(COLUMNS):
        fail(f"{name} should have exactly the columns {P.list_(COLUMNS)}.", P.list_(COLUMNS),
             columns, "a long table: one row per (estimator, dataset) pair, with the columns "
             "'algorithm', 'dataset', 'ari' and 'seconds' (not one column per dataset). Use "
             "reset_index() if the names are in the index.")
    pairs = [(str(a), str(d)) for a, d in zip(table["algorithm"], table["dataset"])]
    wanted = [(a, d) for a in estimators for d in makers]
    if P.sorted_(pairs) != P.sorted_(wanted):
        fail(f"{name} should have one row per (estimator, dataset) pair.", P.sorted_(wanted),
             P.sorted_(pairs), "one row for every estimator on every dataset, each once, named "
             "by the keys of the two dicts.")
    for d, maker in makers.items():
        if maker.calls != 1:
            fail(f"the maker of the dataset {d!r} was called {maker.calls} times.", 1,
                 maker.calls, "call every maker exactly once, before the loop over the "
                 "estimators: a maker may draw new data at every call, and every estimator "
                 "must see the same data.")
    out = {}
    for a, d, score, seconds in zip(table["algorithm"], table["dataset"], table["ari"],
                                    table["seconds"]):
        for what, value in (("ari", score), ("seconds", seconds)):
            if (not P.isinstance_(value, _floating_types) or P.isinstance_(value, P.bool_)
                    or not P.isfinite(P.float_(value))):
                fail(f"the {what} of ({a!r}, {d!r}) should be a finite float, not "
                     f"{short(value)}.", show_values=False,
                     hint="ari(y, labels) for the ARI, and the difference of two "
                     "time.perf_counter() readings for the seconds.")
        out[str(a), str(d)] = (P.float_(score), P.float_(seconds))
    return out


def check_table_aris(found: dict, reference: dict, name: str) -> None:
    """Every ARI equals the noise-apart ARI of the reference labels."""
    for key, (y, labels) in reference.items():
        expected = ari(y, labels)
        mistakes = [(plain_ari(y, labels), "adjusted_rand_score reads the noise label -1 as "
                     "one more cluster: use ari(y, labels), which puts every noise instance in "
                     "a cluster of its own."),
                    (ari_without_noise(y, labels), "the noise instances are left out of the "
                     "ARI: keep them, each in a cluster of its own (ari(y, labels) does it)."),
                    (label_accuracy(y, labels), "the cluster numbering is arbitrary: compare "
                     "partitions with ari(y, labels), not labels == y.")]
        same = lambda r, v: P.abs_(r - v) <= 1e-9 + 1e-9 * P.abs_(v)  # noqa: E731
        received = found[key][0]
        if not same(received, expected):
            fail(f"the ari of {key} in {name}: not the expected value.", expected, received,
                 diagnose(received, [(v, h) for v, h in mistakes if not same(v, expected)], same)
                 or "ari(y, labels) with the labels of estimator.fit_predict(X) and the y of "
                 "the dataset's maker.")


def check_table_seconds(found: dict, name: str, *, slow=(), slow_seconds: float = 0.0,
                        after_slow=(), sleepy_maker=(), maker_seconds: float = 0.0) -> None:
    """Times: non-negative; at least ``slow_seconds`` for the sleepy estimator's rows;
    less than ``maker_seconds`` everywhere (the sleepy maker's time is not a fit's); small
    for an instant estimator fitted after the sleepy one (the clock restarts)."""
    for key, (_, seconds) in found.items():
        if seconds < 0:
            fail(f"the seconds of {key} in {name} are negative ({short(seconds)}).",
                 show_values=False, hint="time.perf_counter() after the fit minus "
                 "time.perf_counter() before it.")
    for key in slow:
        seconds = found[key][1]
        if seconds < slow_seconds:
            fail(f"the seconds of {key} in {name}: its estimator sleeps {slow_seconds} s in "
                 f"fit, so they are at least {slow_seconds}; received {short(seconds)}.",
                 show_values=False, hint="measure the wall-clock time of fit_predict with "
                 "time.perf_counter() (time.process_time() counts CPU time only, and misses the "
                 "time a fit waits).")
    for key in slow:
        if found[key][1] >= 50 * slow_seconds:
            fail(f"the seconds of {key} in {name} are far too large ({short(found[key][1])}) "
                 f"for a fit that sleeps {slow_seconds} s.", show_values=False,
                 hint="seconds, not milliseconds: do not multiply the time by 1000.")
    for key, (_, seconds) in found.items():
        if seconds >= maker_seconds:
            if key[1] in sleepy_maker:
                hint = (f"the time includes making the data (the maker of {key[1]!r} sleeps "
                        f"{maker_seconds} s): call the maker before you start the clock, and "
                        "time fit_predict alone.")
            else:
                hint = "time fit_predict alone: start the clock just before it, stop it just after."
            fail(f"the seconds of {key} in {name} are too large ({short(seconds)}): no fit of "
                 f"this test takes {maker_seconds} s.", show_values=False, hint=hint)
    for key in after_slow:
        seconds = found[key][1]
        if seconds >= 0.9 * slow_seconds:
            fail(f"the seconds of {key} in {name} ({short(seconds)}) include an earlier fit: "
                 "its estimator fits at once.", show_values=False,
                 hint="restart the clock before each fit (start = time.perf_counter() just "
                 "before fit_predict), so that the times do not add up.")


# --- empirical slopes ---------------------------------------------------------------------------

def slope(n_values, seconds) -> float:
    """Least-squares slope of log(seconds) against log(n)."""
    x = _log(P.asarray(n_values, dtype=float))
    y = _log(P.asarray(seconds, dtype=float))
    return P.float_(_polyfit(x, y, 1)[0])


def slope_mistakes(n_values, seconds) -> list:
    """(value, hint) of the usual mistakes."""
    n = P.asarray(n_values, dtype=float)
    t = P.asarray(seconds, dtype=float)
    order = _np.argsort(n)
    found = [(P.float_(_polyfit(n, t, 1)[0]), "this is the slope of seconds against n: fit "
              "the line to the logarithms of both, log(seconds) against log(n)."),
             (P.float_(_polyfit(n, _log(t), 1)[0]), "take the logarithm of n too: the line is "
              "fitted to log(seconds) against log(n)."),
             (P.float_(_polyfit(_log(n), t, 1)[0]), "take the logarithm of the times too: the "
              "line is fitted to log(seconds) against log(n)."),
             (P.float_(_polyfit(_log(t), _log(n), 1)[0]), "the axes are swapped: fit "
              "log(seconds) (y) against log(n) (x), not log(n) against log(seconds)."),
             (P.float_(_polyfit(_log(n), _log(t), 1)[1]), "this is the intercept: polyfit "
              "returns [slope, intercept], so take the first value."),
             (P.float_(_polyfit(_log(n), _log10(t), 1)[0]), "use the same base of logarithm on "
              "both axes (here log10 for the times and the natural log for n)."),
             (P.float_(_polyfit(_log10(n), _log(t), 1)[0]), "use the same base of logarithm on "
              "both axes (here the natural log for the times and log10 for n).")]
    if P.len_(n) > 2:
        two = P.float_((_log(t[-1]) - _log(t[0])) / (_log(n[-1]) - _log(n[0])))
        ends = P.float_((_log(t[order][-1]) - _log(t[order][0]))
                        / (_log(n[order][-1]) - _log(n[order][0])))
        for value in (two, ends):
            found.append((value, "this is the slope of the line through two points only: fit "
                          "the line by least squares through every point (np.polyfit(x, y, 1), "
                          "scipy.stats.linregress, ...)."))
        steps = _np.diff(_log(t[order])) / _np.diff(_log(n[order]))
        found.append((P.float_(steps.mean()), "this is the mean of the slopes between "
                      "consecutive points: fit one line by least squares through every point."))
    return found


def check_slope(received, n_values, seconds, name: str):
    """A float close to the least-squares slope of log(seconds) on log(n)."""
    if (not P.isinstance_(received, (P.float_, P.floating, P.integer))
            or P.isinstance_(received, P.bool_)):
        fail(f"{name} should be a float, not {short(received)}.", show_values=False,
             hint="return the slope alone, as a float (np.polyfit returns [slope, intercept]: "
             "take [0], and float(...) it).")
    expected = slope(n_values, seconds)
    mistakes = [(v, h) for v, h in slope_mistakes(n_values, seconds)
                if P.abs_(v - expected) > 1e-6 * (1 + P.abs_(expected))]
    same = lambda r, v: P.abs_(P.float_(r) - v) <= 1e-6 * (1 + P.abs_(v))  # noqa: E731
    if not same(received, expected):
        fail(f"{name}: not the expected slope.", expected, P.float_(received),
             diagnose(received, mistakes, same)
             or "the least-squares slope of log(seconds) against log(n).")
    return P.float_(received)
