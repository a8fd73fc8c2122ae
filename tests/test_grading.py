"""End-to-end grading with real nbgrader, per lesson, of the answer key and the corpus.

One throw-away course directory per lesson. The answer key, an untouched copy and a
partial copy are graded with plain `nbgrader autograde`, as an instructor running
nbgrader directly would; the corpus of fake submissions (tests/submissions: every wrong
and every alternative answer) is graded with the course's `python -m autograder grade`,
which runs nbgrader's autograde on forked kernels, since the corpus is hundreds of
notebooks. `nbgrader export` then reads every score back from the one gradebook.

Fake submissions share notebooks to keep the suite short (each notebook graded costs a
kernel and the whole lesson): fixtures go in rounds of one per exercise. An ALTERNATIVE
round must keep full marks; a WRONG round must lose points on exactly the test cells of
its fixtures, and each wrong answer's failure message must match its ``hint`` (the
message names that mistake). What rounds give up: a wrong answer that also broke another
exercise of its round would go unnoticed there (that exercise loses points anyway); the
other fixtures' exercises, and every exercise left out of the round, still catch it.
"""

import re
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
    groups: dict  # fake-submission fixture -> (student id, fixtures in that notebook)
    failures: dict  # student -> {test grade id -> "ename: message" of its first error}

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


def _rounds(fixtures: list) -> list[tuple]:
    """Fixtures in rounds: the n-th fixture of every exercise together."""
    rounds: list[list] = []
    for fx in fixtures:
        free = [r for r in rounds if fx.grade_id not in {f.grade_id for f in r}]
        (free[0] if free else rounds.append([]) or rounds[-1]).append(fx)
    return [tuple(r) for r in rounds]


def _fixture_groups(lesson) -> dict:
    """student id -> the fixtures whose answers that notebook holds."""
    wrong, alternative = submissions.for_lesson(lesson)
    groups = {f"wrong-{i:02d}": g for i, g in enumerate(_rounds(wrong))}
    groups.update({f"alt-{i:02d}": g for i, g in enumerate(_rounds(alternative))})
    return groups


@pytest.fixture(scope="module")
def graded(request, tmp_path_factory) -> Graded:
    lesson = request.param
    cdir = CourseDir(tmp_path_factory.mktemp(lesson), lesson)
    cdir.submit("answer-key", submissions.build(lesson))
    cdir.submit("untouched", course.read(course.student_path(lesson)))
    cdir.submit("partial", submissions.build(lesson, blank=_partial_blanks(lesson)))
    cdir.autograde()  # plain `nbgrader autograde`, as an instructor running nbgrader gets it
    groups = _fixture_groups(lesson)
    corpus = cdir.root / "corpus-submitted"
    for student, group in groups.items():
        cdir.submit(student, submissions.build(lesson, {fx.grade_id: fx.code for fx in group}),
                    folder=corpus)
    cdir.grade(corpus)  # the course's grade command (forked kernels): the corpus is large
    nb = course.read(course.solution_path(lesson))
    points = {gid: course.points(cell) for gid, cell in course.test_cells(nb).items()}
    by_fixture = {fx: (student, group) for student, group in groups.items() for fx in group}
    return Graded(lesson, cdir.cell_scores(), cdir.export(), points, by_fixture,
                  {student: cdir.failure_messages(student) for student in groups})


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
    student, group = graded.groups[fixture]
    expected = {f"{fx.grade_id}_tests" for fx in group}
    lost = graded.lost(student)
    assert set(lost) == expected, (
        f"{student} holds the wrong answers {[f'{fx.grade_id}:{fx.name}' for fx in group]}; "
        f"expected to lose points on {sorted(expected)} only; lost {lost}")


def _per_hinted_fixture():
    return [p for p in _per_fixture("wrong") if p.values[1].hint]


@pytest.mark.parametrize("graded, fixture", _per_hinted_fixture(), indirect=["graded"])
def test_wrong_answer_gets_a_message_that_names_the_mistake(graded, fixture):
    student, _ = graded.groups[fixture]
    message = graded.failures[student].get(f"{fixture.grade_id}_tests", "")
    assert re.search(fixture.hint, message, re.I | re.S), (
        f"{fixture.grade_id}:{fixture.name} ({fixture.mistake}) should be told /{fixture.hint}/; "
        f"the student read: {message!r}")
    # One sentence from a check, not a crash from inside the test (a bare IndexError...).
    assert message.startswith("AssertionError: "), f"a bare error, not a hint: {message!r}"
    assert "np.float64(" not in message and "Traceback" not in message, message


@pytest.mark.parametrize("graded, fixture", _per_fixture("alt"), indirect=["graded"])
def test_alternative_answer_keeps_full_marks(graded, fixture):
    student, group = graded.groups[fixture]
    assert graded.lost(student) == {}, (
        f"{student} holds the alternatives {[f'{fx.grade_id}:{fx.name}' for fx in group]}")


@pytest.mark.parametrize("lesson", LESSONS)
def test_fixture_groups_cover_every_fixture_once_on_distinct_exercises(lesson):
    wrong, alternative = submissions.for_lesson(lesson)
    groups = _fixture_groups(lesson)
    grouped = [fx for group in groups.values() for fx in group]
    assert sorted(map(repr, grouped)) == sorted(map(repr, wrong + alternative))
    for student, group in groups.items():
        assert len({fx.grade_id for fx in group}) == len(group), student


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_exercise_has_wrong_and_alternative_fixtures(lesson):
    wrong, alternative = submissions.for_lesson(lesson)
    exercises = _exercises(lesson)
    assert len(exercises) >= 4, "a lesson needs at least four autograded exercises"
    for kind, fixtures in (("WRONG", wrong), ("ALTERNATIVE", alternative)):
        covered = {fx.grade_id for fx in fixtures}
        assert set(exercises) <= covered, f"no {kind} fixture for {set(exercises) - covered}"
        assert covered <= set(exercises), f"{kind} fixtures name unknown cells {covered - set(exercises)}"


@pytest.mark.parametrize("lesson", LESSONS)
def test_the_corpus_covers_every_exercise(lesson):
    """At least 3 correct alternatives and 4 named mistakes per exercise; names unique."""
    wrong, alternative = submissions.for_lesson(lesson)
    for gid in _exercises(lesson):
        alts = [fx for fx in alternative if fx.grade_id == gid]
        named = [fx for fx in wrong if fx.grade_id == gid and fx.hint and fx.mistake]
        assert len(alts) >= 3, f"{gid}: {len(alts)} alternatives, want at least 3"
        assert len(named) >= 4, f"{gid}: {len(named)} wrong answers with a mistake and a hint, want 4"
    for kind, fixtures in (("WRONG", wrong), ("ALTERNATIVE", alternative)):
        names = [(fx.grade_id, fx.name) for fx in fixtures]
        assert len(names) == len(set(names)), f"duplicate {kind} names in {lesson}"
    for fx in wrong:  # every mistake is named: a generic message does not count
        assert fx.mistake and fx.hint, f"{fx.grade_id}:{fx.name} needs mistake= and hint="
        re.compile(fx.hint)
