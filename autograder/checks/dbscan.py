"""Density-based clustering (DBSCAN, HDBSCAN): noise counts, k-distances, core-instance models.

Label -1 means noise, never "cluster number -1". Compare clusterings with
``checks.check_partition(..., noise=True)``; this module adds what that does not cover.

Import it in a lesson's read-only setup cell as well (``from autograder.checks import
dbscan``) so the scikit-learn objects below are captured before any student code runs.
"""

import builtins as _builtins

from sklearn.neighbors import NearestNeighbors as _NearestNeighbors

from . import _pristine as P
from ._report import diagnose, fail

_getattr = _builtins.getattr
_hasattr = _builtins.hasattr


def count_clusters_and_noise(labels) -> tuple:
    """(number of clusters, number of noise points): -1 is noise, not a cluster."""
    labels = P.asarray(labels)
    clusters = P.unique(labels[labels != -1])
    return P.int_(P.len_(clusters)), P.int_((labels == -1).sum())


def k_distances(X, k: int, *, sort: bool = True):
    """Distance from each instance to its k-th nearest instance, counting itself as the first.

    With ``k = min_samples`` this is the smallest ``eps`` at which the instance is a core
    instance of DBSCAN (whose neighbourhood count includes the instance itself).
    Sorted in increasing order unless ``sort=False``.
    """
    X = P.asarray(X, dtype=float)
    distances, _ = _NearestNeighbors(n_neighbors=k).fit(X).kneighbors(X)
    result = distances[:, k - 1]
    return P.sort(result) if sort else result


def _fitted_on(model, X) -> bool:
    X = P.asarray(X, dtype=float)
    if P.int_(_getattr(model, "n_samples_fit_", -1)) != P.len_(X):
        return False
    distances, _ = model.kneighbors(X, n_neighbors=1)
    # Identical rows are not always at distance 0: scikit-learn computes Euclidean distances
    # as sqrt(|a|^2 + |b|^2 - 2 a.b), whose rounding leaves up to about 1e-8 (seen on one CPU
    # and not another). Distinct rows of the lessons are far further apart than 1e-6.
    return bool(P.allclose(distances, 0.0, rtol=0, atol=1e-6))


def check_fitted_on(model, X_expected, name: str = "the model", *, hint: str | None = None,
                    mistakes=()):
    """A fitted neighbours model (KNeighborsClassifier, NearestNeighbors, ...) was trained
    on exactly the rows of ``X_expected`` (same number of rows, and every expected row is
    a training row). ``mistakes``: ``(X_a_mistake_trains_on, hint)`` pairs."""
    if not _hasattr(model, "n_samples_fit_") or not _hasattr(model, "kneighbors"):
        fail(f"{name} should be a fitted scikit-learn neighbours model.",
             hint=hint or "return the classifier after calling .fit(...) on it.",
             show_values=False)
    if not _fitted_on(model, X_expected):
        same = lambda m, X: _fitted_on(m, X)  # noqa: E731
        fail(f"{name} was not trained on the expected instances (number of training "
             "instances below).", P.len_(X_expected), P.int_(model.n_samples_fit_),
             diagnose(model, mistakes, same) or hint)
    return model
