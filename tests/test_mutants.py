"""The mutation report: its mutants are real mistakes, and each lesson's tests catch them.

CI runs a seeded sample of each lesson's mutants (the full report is
`python -m autograder mutants`, figures in the README); the sample must meet the same
target as the full run: at least 90% of non-equivalent mutants killed.
"""

import pytest

from autograder import course
from autograder.mutants import equivalent_mutants, mutants_of, run_lesson

SAMPLE_PER_LESSON = 12

CELL = '''def best_model(X, seeds):
    """The lowest-inertia model."""
    # models = [...]
    ### BEGIN SOLUTION
    models = [KMeans(n_clusters=3, n_init=1, random_state=s).fit(X) for s in seeds]
    best = np.argmin([m.inertia_ for m in models])
    if best < 0 or len(models) > 2 * 3:
        best = 0
    return models[best]
    ### END SOLUTION
'''


def test_mutants_cover_every_operator_inside_the_solution_only():
    mutants = mutants_of("ex1_1", CELL)
    operators = {m.id.split(":")[1] for m in mutants}
    assert operators == {"constant", "compare", "compare_flip", "arithmetic", "swap_name",
                         "drop_keyword", "remove_statement", "return_none"}
    assert all(m.code != course.solution_code(CELL) for m in mutants)
    assert all("def best_model(X, seeds):" in m.code for m in mutants)  # scaffold intact
    dropped = {m.id.rsplit(":", 1)[1] for m in mutants if ":drop_keyword:" in m.id}
    assert dropped == {"n_clusters", "n_init", "random_state"}
    swapped = [m for m in mutants if ":swap_name:" in m.id]
    assert len(swapped) == 1 and "np.argmax(" in swapped[0].code
    assert len({m.id for m in mutants}) == len(mutants)  # ids are unique and stable
    assert [m.id for m in mutants] == [m.id for m in mutants_of("ex1_1", CELL)]


@pytest.mark.parametrize("lesson", course.lessons())
def test_lesson_tests_kill_sampled_mutants(lesson):
    report = run_lesson(lesson, sample=SAMPLE_PER_LESSON, seed=2026,
                        equivalent=equivalent_mutants(lesson))
    assert report.broken_key == [], "the answer key fails its own tests in one kernel"
    survivors = "\n".join(f"{m.id}\n{m.code}" for m in report.survived)
    assert report.rate >= 0.9, f"{lesson}: only {report.rate:.0%} killed; survivors:\n{survivors}"
