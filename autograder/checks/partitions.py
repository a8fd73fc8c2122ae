"""Clusterings compared as partitions: numbering is arbitrary, so never compare raw labels.

DBSCAN's label -1 means "noise", not "cluster number -1": with ``noise=True`` the noise
points must be exactly the expected ones and only the other points are compared as a
partition.
"""

from . import _pristine as P
from ._report import diagnose, fail


def _labels(value, name):
    labels = P.asarray(value)
    if labels.ndim != 1:
        fail(f"{name} should be a 1-D array of cluster labels.", "1-D",
             f"{labels.ndim}-D, shape {labels.shape}")
    return labels


def same_partition(a, b) -> bool:
    """True when a and b group the points identically, whatever the numbering."""
    a, b = P.asarray(a), P.asarray(b)
    if a.shape != b.shape:
        return False
    # A bijection between labels exists iff every (a, b) pair class maps one-to-one.
    pairs = P.unique(P.asarray([a, b]).T.astype(str), axis=0)
    return (P.len_(pairs) == P.len_(P.unique(a)) == P.len_(P.unique(b)))


def _matches(received, expected, min_ari, noise):
    received, expected = P.asarray(received), P.asarray(expected)
    if received.shape != expected.shape:
        return False
    if noise:
        if not P.array_equal(received == -1, expected == -1):
            return False
        keep = expected != -1
        received, expected = received[keep], expected[keep]
    if min_ari >= 1.0:
        return same_partition(received, expected)
    return P.adjusted_rand_score(expected, received) >= min_ari


def cluster_sizes(labels, noise: bool = False) -> tuple:
    """Cluster sizes, largest first (noise points excluded when ``noise``)."""
    labels = P.asarray(labels)
    if noise:
        labels = labels[labels != -1]
    _, counts = P.unique(labels, return_counts=True)
    return P.tuple_(P.int_(c) for c in P.sorted_(counts.tolist(), reverse=True))


def check_partition(received, expected, name: str = "labels", *, min_ari: float = 1.0,
                    noise: bool = False, hint: str | None = None, mistakes=()):
    """``received`` groups the points as ``expected`` does, up to renumbering.

    ``min_ari`` < 1 accepts a near-identical clustering (adjusted Rand index).
    ``mistakes``: ``(labels_a_mistake_gives, hint)`` pairs, compared as partitions.
    """
    received = _labels(received, name)
    expected = P.asarray(expected)
    if received.shape != expected.shape:
        fail(f"{name} should have one label per point.", expected.shape, received.shape, hint)
    if not _matches(received, expected, min_ari, noise):
        same = lambda r, v: _matches(r, v, 1.0, noise)  # noqa: E731
        ari = P.adjusted_rand_score(expected, received)
        fail(f"{name} does not group the points as expected (adjusted Rand index "
             f"{ari:.3f}; cluster sizes below, largest first).",
             cluster_sizes(expected, noise), cluster_sizes(received, noise),
             diagnose(received, mistakes, same) or hint)
    return received


def check_n_clusters(labels, expected: int, name: str = "labels", *, noise: bool = False,
                     hint: str | None = None):
    """The number of clusters (noise excluded when ``noise``)."""
    found = P.len_(cluster_sizes(labels, noise))
    if found != expected:
        fail(f"{name} should contain {expected} clusters.", expected, found, hint)
    return found


# Label-based ("external") scores, captured when the checks are first imported (the
# read-only setup cell), so a submission that rebinds or patches them changes nothing.
from sklearn.metrics import (adjusted_mutual_info_score as _ami,  # noqa: E402
                             homogeneity_completeness_v_measure as _hcv,
                             mutual_info_score as _mi,
                             normalized_mutual_info_score as _nmi)


def reference_scores(labels_true, labels_pred) -> dict:
    """scikit-learn's scores of ``labels_pred`` against ``labels_true`` (default settings):
    ``homogeneity``, ``completeness``, ``v_measure``, ``ami``, and for naming mistakes
    ``ari``, ``nmi``, ``mi`` (the raw mutual information) and ``ami_max``, ``ami_min``,
    ``ami_geometric`` (the AMI with another ``average_method``)."""
    homogeneity, completeness, v_measure = _hcv(labels_true, labels_pred)
    scores = {"homogeneity": P.float_(homogeneity), "completeness": P.float_(completeness),
              "v_measure": P.float_(v_measure),
              "ami": P.float_(_ami(labels_true, labels_pred)),
              "ari": P.float_(P.adjusted_rand_score(labels_true, labels_pred)),
              "nmi": P.float_(_nmi(labels_true, labels_pred)),
              "mi": P.float_(_mi(labels_true, labels_pred))}
    for method in ("max", "min", "geometric"):
        scores[f"ami_{method}"] = P.float_(_ami(labels_true, labels_pred, average_method=method))
    return scores


def split_or_merged(labels_true, labels_pred) -> str:
    """How a clustering differs from the truth, read exactly from the contingency table:
    ``"identical"`` (the same partition up to renumbering), ``"split"`` (a true group is
    spread over several clusters, no cluster mixes groups), ``"merged"`` (a cluster holds
    several groups, no group is spread out) or ``"split and merged"``."""
    pairs = P.unique(P.asarray([P.asarray(labels_true), P.asarray(labels_pred)]).T.astype(str),
                     axis=0)
    pure = P.len_(P.unique(pairs[:, 1])) == P.len_(pairs)   # each cluster: one group
    whole = P.len_(P.unique(pairs[:, 0])) == P.len_(pairs)  # each group: one cluster
    return {(True, True): "identical", (True, False): "split", (False, True): "merged",
            (False, False): "split and merged"}[(pure, whole)]
