"""Centroids matched to the expected ones by a minimum-cost assignment (order is arbitrary)."""

from . import _pristine as P
from ._report import diagnose, fail


def match_centroids(received, expected):
    """Pairs (received row, expected row) minimising the total distance, and the distances."""
    cost = P.pairwise_distances(received, expected)
    rows, cols = P.linear_sum_assignment(cost)
    return rows, cols, cost[rows, cols]


def _centroids_close(received, expected, atol) -> bool:
    received, expected = P.asarray(received, dtype=float), P.asarray(expected, dtype=float)
    if received.shape != expected.shape:
        return False
    *_, distances = match_centroids(received, expected)
    return bool(P.max_(distances) <= atol)


def check_centroids(received, expected, name: str = "centroids", *, atol: float = 1e-3,
                    hint: str | None = None, mistakes=()):
    """Every expected centroid has its own received centroid within ``atol`` (Euclidean)."""
    expected = P.asarray(expected, dtype=float)
    received_arr = P.asarray(received, dtype=float)
    if received_arr.shape != expected.shape:
        fail(f"{name} should have one row per cluster and one column per feature.",
             expected.shape, received_arr.shape, hint)
    if not _centroids_close(received_arr, expected, atol):
        *_, distances = match_centroids(received_arr, expected)
        same = lambda r, v: _centroids_close(r, v, atol)  # noqa: E731
        fail(f"{name} are not where they should be: after matching each centroid to its "
             f"nearest expected one, the worst is {P.max_(distances):.4g} away "
             f"(tolerance {atol}).", P.sort(expected, axis=0), P.sort(received_arr, axis=0),
             diagnose(received_arr, mistakes, same) or hint)
    return received
