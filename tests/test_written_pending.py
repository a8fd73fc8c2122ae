"""Written answers are "pending" until an instructor grades them in the real formgrader.

One small class of lesson 01 is graded with ``python -m autograder grade``: a student who
wrote a written answer (pending) and one who left it as released (nbgrader scores an
untouched answer 0 itself: nothing to grade). The CSV, the report and the feedback must
say "pending", never 0. Then the written answer is graded through formgrader's own REST
API, as its "Manual Grading" page does, and the next ``grade`` run shows the real score
everywhere, feedback included.
"""

import csv
from pathlib import Path

import pytest

from autograder import course
from autograder.grading import run as grading
from tests.formgrader_support import formgrader
from tests.grade_course import GradeCourse

ANSWER = "k = 5 from the elbow; the silhouette agrees."


def _written(gc: GradeCourse) -> tuple[str, float]:
    cells = {g: c for g, c in course.answer_cells(gc.release).items() if c.cell_type == "markdown"}
    assert cells, "the lesson needs a written question for this test"
    gid = next(iter(cells))
    return gid, course.points(course.answer_cells(gc.solution)[gid])


def _grade(gc: GradeCourse) -> dict:
    args = grading.parser().parse_args([gc.assignment, "--course", str(gc.root), "--workers", "1",
                                        "--no-progress"])
    return grading.run(args)


def _csv(summary) -> dict:
    with open(summary["csv"], newline="") as f:
        return {r["student_id"]: r for r in csv.DictReader(f)}


def _feedback(gc: GradeCourse, student: str) -> str:
    return (gc.root / "feedback" / student / gc.assignment / f"{gc.assignment}.html").read_text()


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    gc = GradeCourse(tmp_path_factory.mktemp("pending") / "course")
    gid, points = _written(gc)
    nb = gc.build()
    course.answer_cells(nb)[gid].source = ANSWER
    gc.submit("wrote-it", nb)
    gc.submit("left-it", gc.build())
    return gc, gid, points, _grade(gc)


def test_a_written_answer_not_graded_yet_is_pending_in_the_csv(graded):
    gc, gid, points, summary = graded
    row = _csv(summary)["wrote-it"]
    auto = sum(gc.points().values())
    assert row[gid] == "" and row["total"] == ""
    assert float(row["manual_pending"]) == points
    assert (float(row["auto_total"]), float(row["auto_max"])) == (auto, auto)
    # An answer left exactly as released: nbgrader's own 0, nothing to grade, not pending.
    untouched = _csv(summary)["left-it"]
    assert (untouched[gid], untouched["manual_pending"], untouched["total"]) == ("0.0", "0.0", f"{auto:.1f}")


def test_the_feedback_says_not_graded_yet_and_auto_plus_pending(graded):
    gc, gid, points, _ = graded
    page = _feedback(gc, "wrote-it")
    auto = sum(gc.points().values())
    assert f"Not graded yet ({points:g} points)" in page
    assert f"auto {auto:g}/{auto:g} + written pending" in page
    assert f"Score: 0.0 / {points:.1f}" not in page
    assert "not graded yet" not in _feedback(gc, "left-it").lower()


def test_the_report_shows_pending_not_zero(graded):
    _, _, _, summary = graded
    report = Path(summary["report"]).read_text()
    assert "written answers pending for 1 of 2" in report
    assert "Mean total" not in report
    assert "<td>pending</td>" in report and "+ written pending" in report


def test_once_graded_in_formgrader_the_next_run_shows_the_real_score(graded):
    gc, gid, points, _ = graded
    with formgrader(gc.root) as api:
        notebooks = api("GET", f"/formgrader/api/submitted_notebooks/{gc.assignment}/{gc.assignment}")
        submission = next(n for n in notebooks if n["student"] == "wrote-it")
        grades = api("GET", f"/formgrader/api/grades?submission_id={submission['id']}")
        grade = next(g for g in grades if g["name"] == gid)
        assert grade["needs_manual_grade"] and grade["manual_score"] is None
        api("PUT", f"/formgrader/api/grade/{grade['id']}", {"manual_score": points / 2})
    summary = _grade(gc)
    assert summary["graded"] == [] and summary["feedback_regenerated"] == ["wrote-it"]
    row = _csv(summary)["wrote-it"]
    auto = sum(gc.points().values())
    assert (row[gid], row["manual_pending"], row["total"]) == (
        f"{points / 2:.1f}", "0.0", f"{auto + points / 2:.1f}")
    page = _feedback(gc, "wrote-it")
    assert "not graded yet" not in page.lower() and "written pending" not in page
    assert f"Score: {points / 2:.1f} / {points:.1f}" in page
    assert "Mean total" in Path(summary["report"]).read_text()
