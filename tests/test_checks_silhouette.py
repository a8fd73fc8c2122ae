"""Unit tests of the check helpers added for lessons 03 and 04: results compared case by
case (``checks.values.check_cases``), the label-based scores and the split/merge verdict
(``checks.partitions``), and the knives that stop short (``checks.silhouette``)."""

import numpy as np
import pytest
from sklearn.metrics import (adjusted_mutual_info_score, adjusted_rand_score,
                             homogeneity_completeness_v_measure, silhouette_samples)

from autograder import checks
from autograder.checks import partitions, silhouette, values

CASES = ["for case a", "for case b", "for case c"]


def _message(call) -> str:
    with pytest.raises(AssertionError) as caught:
        call()
    return str(caught.value)


# --- values.check_cases -------------------------------------------------------------

def test_check_cases_passes_equal_results_and_returns_them():
    assert values.check_cases(["x", [1, 2], 3], ["x", [1, 2], 3], CASES, "f") == ["x", [1, 2], 3]


def test_check_cases_names_the_first_case_that_differs():
    text = _message(lambda: values.check_cases(["x", "y", "q"], ["x", "z", "w"], CASES, "f(...)",
                                               hint="the generic hint"))
    assert text.startswith("f(...) for case b: not the expected value.")
    assert "expected: 'z'" in text and "received: 'y'" in text
    assert "hint: the generic hint" in text


def test_check_cases_names_the_mistake_that_explains_every_case():
    mistakes = [(["x", "y", "w"], "mistake A"), (["x", "y", "q"], "mistake B")]
    text = _message(lambda: values.check_cases(["x", "y", "q"], ["x", "z", "w"], CASES, "f",
                                               hint="generic", mistakes=mistakes))
    assert text.endswith("hint: mistake B")


def test_check_cases_falls_back_to_the_failed_cases_and_lists_every_explanation():
    # No mistake matches case a (which passed), two match both failed cases.
    mistakes = [(["?", "y", "q"], "mistake A"), (["!", "y", "q"], "mistake B"),
                (["x", "y", "nope"], "mistake C"), (["x"], "a mistake of another length")]
    text = _message(lambda: values.check_cases(["x", "y", "q"], ["x", "z", "w"], CASES, "f",
                                               hint="generic", mistakes=mistakes))
    assert text.endswith("hint: mistake A Or: mistake B")


def test_check_cases_compares_like_check_equal():
    # A NumPy integer equals the same int; a float never equals a string; True is not 1.
    values.check_cases([np.int64(3)], [3], CASES[:1], "f")
    for received, expected in (("1", 1.0), (True, 1)):
        _message(lambda: values.check_cases([received], [expected], CASES[:1], "f"))


def test_check_cases_wants_one_result_per_case():
    text = _message(lambda: values.check_cases(["x"], ["x", "y"], CASES[:2], "f"))
    assert "one result per case" in text


def test_check_cases_is_frozen_with_the_other_checks():
    with pytest.raises(AttributeError):
        checks.values.check_cases = lambda *a, **k: None


# --- partitions.reference_scores and partitions.split_or_merged ---------------------

Y = np.repeat([5, -1, 12], [40, 35, 25])
SPLIT = np.repeat([0, 1, 2, 3], [19, 21, 35, 25])


@pytest.mark.parametrize("y, labels, verdict", [
    (Y, np.repeat([2, 9, 0], [40, 35, 25]), "identical"),
    (Y, SPLIT, "split"),
    (SPLIT, np.repeat([7, 3, 9], [40, 35, 25]), "merged"),
    (Y, np.zeros(100, dtype=int), "merged"),
    (Y, np.arange(100), "split"),
    (Y, np.r_[np.repeat([0, 1], [39, 1]), np.repeat([1, 2], [35, 25])], "split and merged"),
    (np.array(["a", "b", "b"]), np.array([1, 0, 0]), "identical"),
])
def test_split_or_merged_reads_the_contingency_table_exactly(y, labels, verdict):
    assert partitions.split_or_merged(y, labels) == verdict


def test_split_or_merged_does_not_trust_scores_that_are_one_up_to_rounding():
    # scikit-learn's homogeneity of this pure split is 0.9999999999999996, not 1.0
    h, c, _ = homogeneity_completeness_v_measure(Y, SPLIT)
    assert h != 1.0 and abs(h - 1) < 1e-9 and c < 1
    assert partitions.split_or_merged(Y, SPLIT) == "split"


def test_reference_scores_are_scikit_learns():
    scores = partitions.reference_scores(Y, SPLIT)
    h, c, v = homogeneity_completeness_v_measure(Y, SPLIT)
    assert (scores["homogeneity"], scores["completeness"], scores["v_measure"]) == (h, c, v)
    assert scores["ami"] == adjusted_mutual_info_score(Y, SPLIT)
    assert scores["ari"] == adjusted_rand_score(Y, SPLIT)
    assert scores["nmi"] == pytest.approx(v)            # NMI (arithmetic) is the V-measure
    assert scores["ami_max"] != scores["ami"]
    assert all(type(value) is float for value in scores.values())


# --- silhouette.weak_clusters_of and silhouette.weak_cluster_mistakes --------------

def _tiny():
    """Clusters 8 (2 instances), 3 (2) and -1 (4); coefficients set by hand."""
    labels = np.array([8, 8, 3, 3, -1, -1, -1, -1])
    coefficients = np.array([0.1, 0.2, 0.9, 0.8, 0.2, 0.3, 0.9, 0.5])  # mean 0.4875
    return coefficients, labels


def test_weak_clusters_of_is_at_least_fraction_strictly_below_the_score():
    s, labels = _tiny()
    assert silhouette.weak_clusters_of(s, labels) == [8]             # all below: stops short
    assert silhouette.weak_clusters_of(s, labels, 0.5) == [-1, 8]    # exactly half counts
    assert silhouette.weak_clusters_of(s, labels, 0.5, strict=True) == [8]
    assert silhouette.weak_clusters_of(s, labels, 1.0, line=0.5) == [8]
    # 0.5 is exactly at the line: not below it (strict <), but counted with or_equal
    assert silhouette.weak_clusters_of(s, labels, 0.75, line=0.5) == [8]
    assert silhouette.weak_clusters_of(s, labels, 0.75, line=0.5, or_equal=True) == [-1, 8]
    assert silhouette.weak_clusters_of(s, labels, 0.5, above=True) == [-1, 3]
    assert silhouette.weak_clusters_of(s, labels, 0.5, only=range(3)) == []
    assert all(type(c) is int for c in silhouette.weak_clusters_of(s, labels, 0.0))


def test_weak_clusters_of_agrees_with_silhouette_samples_on_real_data():
    rng = np.random.default_rng(0)
    X = np.r_[rng.normal(0, 1, (30, 2)), rng.normal(3, 0.5, (20, 2))]
    labels = (X[:, 0] > 1.5).astype(int) * 7
    s = silhouette_samples(X, labels)
    share = {c: np.mean(s[labels == c] < s.mean()) for c in (0, 7)}
    for fraction in (0.0, 0.2, 0.5, 1.0, share[0], share[7]):
        expected = [c for c in (0, 7) if share[c] >= fraction]
        assert silhouette.weak_clusters_of(s, labels, fraction) == expected


def test_weak_cluster_mistakes_differ_from_the_answer_where_they_should():
    s, labels = _tiny()
    mistakes = dict((hint, value) for value, hint in
                    silhouette.weak_cluster_mistakes(s, labels, 0.5, default=True))
    answer = silhouette.weak_clusters_of(s, labels, 0.5)
    strict = next(v for h, v in mistakes.items() if h.startswith("a cluster with exactly"))
    assert strict != answer                                     # the boundary tells them apart
    assert any(h.startswith("the default is fraction=1.0") for h in mistakes)
    assert len(mistakes) == 11                      # ten mistakes, and the default one
