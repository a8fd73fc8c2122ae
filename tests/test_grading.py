"""End-to-end grading with real `nbgrader autograde` and `nbgrader export`, per lesson.

One throw-away course directory per lesson receives every kind of submission at once
(answer key, untouched copy, partial copy, each wrong and each alternative fixture) and
is graded in a single `nbgrader autograde` run, as an instructor would.
"""

from dataclasses import dataclass

import pytest

from autograder import course
from tests import submissions
from tests.nbgrader_course import CourseDir

LESSONS = course.lessons()


@dataclass
class Graded:
    lesson: str
    cells: dict   # student -> {test grade id -> score}
    totals: dict  # student -> total score from `nbgrader export`
    points: dict  # test grade id -> max points

    def lost(self, student: str) -> dict[str, float]:
        """Test cells where the student scored below the maximum, with their score."""
        return {g: s for g, s in self.cells[student].items() if s < self.points[g]}


def _exercises(lesson) -> list[str]:
    """Answer code cells that have a test cell of their own (grade_id + '_tests')."""
    nb = course.read(course.solution_path(lesson))
    tests = course.test_cells(nb)
    return [gid for gid, cell in course.answer_cells(nb).items()
            if cell.cell_type == "code" and f"{gid}_tests" in tests]


def _partial_blanks(lesson) -> list[str]:
    """Every other exercise left untouched, starting with the first."""
    return _exercises(lesson)[::2]


def _student_id(kind: str, fixture) -> str:
    return f"{kind}-{fixture.grade_id}-{fixture.name}".replace("_", "-")


@pytest.fixture(scope="module")
def graded(request, tmp_path_factory) -> Graded:
    lesson = request.param
    cdir = CourseDir(tmp_path_factory.mktemp(lesson), lesson)
    cdir.submit("answer-key", submissions.build(lesson))
    cdir.submit("untouched", course.read(course.student_path(lesson)))
    cdir.submit("partial", submissions.build(lesson, blank=_partial_blanks(lesson)))
    wrong, alternative = submissions.for_lesson(lesson)
    for kind, fixtures in (("wrong", wrong), ("alt", alternative)):
        for fx in fixtures:
            cdir.submit(_student_id(kind, fx), submissions.build(lesson, {fx.grade_id: fx.code}))
    cdir.autograde()
    nb = course.read(course.solution_path(lesson))
    points = {gid: course.points(cell) for gid, cell in course.test_cells(nb).items()}
    return Graded(lesson, cdir.cell_scores(), cdir.export(), points)


def _per_lesson():
    return [pytest.param(lesson, id=lesson) for lesson in LESSONS]


def _per_fixture(kind: str):
    params = []
    for lesson in LESSONS:
        wrong, alternative = submissions.for_lesson(lesson)
        for fx in wrong if kind == "wrong" else alternative:
            params.append(pytest.param(lesson, fx, id=f"{lesson}-{fx.grade_id}-{fx.name}"))
    return params


per_lesson = pytest.mark.parametrize("graded", _per_lesson(), indirect=True)


@per_lesson
def test_answer_key_scores_full_marks(graded):
    assert graded.points, "the lesson has no autograded test cells"
    assert graded.cells["answer-key"] == graded.points
    assert graded.totals["answer-key"] == pytest.approx(sum(graded.points.values()))


@per_lesson
def test_untouched_notebook_scores_zero_and_is_graded(graded):
    # Grading completed (the submission is in the gradebook and the export) ...
    assert graded.totals["untouched"] == 0
    # ... and every autograded cell scored exactly zero.
    assert graded.cells["untouched"] == {g: 0 for g in graded.points}


@per_lesson
def test_partial_submission_gets_exactly_its_partial_score(graded):
    blanked = {f"{gid}_tests" for gid in _partial_blanks(graded.lesson)}
    expected = {g: (0 if g in blanked else p) for g, p in graded.points.items()}
    assert graded.cells["partial"] == expected
    assert graded.totals["partial"] == pytest.approx(sum(expected.values()))
    assert 0 < graded.totals["partial"] < sum(graded.points.values())


@pytest.mark.parametrize("graded, fixture", _per_fixture("wrong"), indirect=["graded"])
def test_wrong_answer_loses_points_on_its_exercise_only(graded, fixture):
    lost = graded.lost(_student_id("wrong", fixture))
    assert list(lost) == [f"{fixture.grade_id}_tests"], (
        f"expected to lose points on {fixture.grade_id}_tests only; lost {lost}")


@pytest.mark.parametrize("graded, fixture", _per_fixture("alt"), indirect=["graded"])
def test_alternative_answer_keeps_full_marks(graded, fixture):
    assert graded.lost(_student_id("alt", fixture)) == {}


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_exercise_has_wrong_and_alternative_fixtures(lesson):
    wrong, alternative = submissions.for_lesson(lesson)
    exercises = _exercises(lesson)
    assert len(exercises) >= 4, "a lesson needs at least four autograded exercises"
    for kind, fixtures in (("WRONG", wrong), ("ALTERNATIVE", alternative)):
        covered = {fx.grade_id for fx in fixtures}
        assert set(exercises) <= covered, f"no {kind} fixture for {set(exercises) - covered}"
        assert covered <= set(exercises), f"{kind} fixtures name unknown cells {covered - set(exercises)}"
