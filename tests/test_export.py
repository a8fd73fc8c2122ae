"""`python -m autograder export`: an LMS zip in, graded by the real command, an LMS CSV out.

The small assignment (three autograded exercises and one written answer) is graded for
three students from an LMS-style zip. One student's written answer is then graded by
hand, as in formgrader, so that one total is final and the others are pending. The files
written for Canvas and Moodle are checked against the column rules of those imports.
"""

import csv
import subprocess
import sys
import zipfile

import nbformat
import pytest
from nbgrader.api import Gradebook

from tests.grade_course import FIXTURE, GradeCourse

STUDENTS = {"alice": "key", "bob": "blank", "carol": "key"}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("export")
    gc = GradeCourse(tmp / "course", FIXTURE.name, FIXTURE)
    archive = tmp / "lms.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for student, kind in STUDENTS.items():
            nb = gc.build() if kind == "key" else gc.build(blank=gc.exercises())
            if kind == "key":  # a written answer, so that it waits for a manual grade
                written = next(c for c in nb.cells if c.cell_type == "markdown"
                               and c.metadata.get("nbgrader", {}).get("solution"))
                written.source = "Distances mix units, so the largest feature wins."
            zf.writestr(f"{gc.assignment}_{student}_attempt_2026-12-01-10-00-00_{gc.notebook_name}",
                        nbformat.writes(nb))
    run = subprocess.run([sys.executable, "-m", "autograder", "grade", gc.assignment, str(archive),
                          "--course", str(gc.root), "--workers", "1", "--no-progress"],
                         cwd=gc.root, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    with Gradebook(gc.db_url) as gb:  # alice's written answer graded by hand, as in formgrader
        grade = gb.find_grade("q4_why_scale", gc.assignment, gc.assignment, "alice")
        grade.manual_score = 1.0
        gb.db.commit()
        auto = {s: gb.find_submission(gc.assignment, s).score for s in STUDENTS}
    return gc, tmp, auto


def _export(gc, *argv) -> tuple[list, str]:
    out = gc.root / "export.csv"
    run = subprocess.run([sys.executable, "-m", "autograder", "export", gc.assignment,
                          "--course", str(gc.root), "--out", str(out), *argv],
                         cwd=gc.root, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    with open(out, newline="", encoding="utf-8") as f:
        return list(csv.reader(f)), run.stderr


def test_canvas_file_follows_canvas_import_columns(graded):
    gc, _, auto = graded
    rows, _ = _export(gc, "--lms", "canvas")
    header = rows[0]
    assert header[:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert header[5:] == [gc.assignment], "one column per assignment after the identity columns"
    assert rows[1][0].strip() == "Points Possible" and rows[1][5] == "5.0"
    by_login = {r[3]: r for r in rows[2:]}
    assert set(by_login) == set(STUDENTS)
    assert by_login["alice"][5] == f"{auto['alice']:.1f}" and auto["alice"] == 5.0
    assert by_login["carol"][5] == "", "a total with a written answer pending must be empty, never 0"
    assert by_login["bob"][5] == "0.0", "a blank written answer is scored 0 by nbgrader: not pending"


def test_canvas_roster_keeps_its_rows_ids_and_assignment_id(graded):
    gc, tmp, _ = graded
    roster = tmp / "canvas-export.csv"
    column = f"{gc.assignment} (48213)"
    with open(roster, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", column, "Quiz 1 (9)"])
        w.writerow(["    Points Possible", "", "", "", "", "5.00", "10.00"])
        w.writerow(["Liddell, Alice", "101", "S-1", "alice", "A", "", "7"])
        w.writerow(["Builder, Bob", "102", "S-2", "bob", "A", "", "9"])
        w.writerow(["Dropped, Dan", "104", "S-4", "dan", "B", "", "3"])
    rows, stderr = _export(gc, "--lms", "canvas", "--roster", str(roster))
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", column, "Quiz 1 (9)"]
    assert rows[1][0].strip() == "Points Possible" and rows[1][5] == "5.0" and rows[1][6] == "10.00"
    assert rows[2] == ["Liddell, Alice", "101", "S-1", "alice", "A", "5.0", "7"]
    assert rows[4][3] == "dan" and rows[4][5] == "", "no submission: an empty cell"
    assert "carol" in stderr, "a graded student missing from the roster must be reported"


def test_moodle_file_has_an_identifier_and_one_column_per_assignment(graded):
    gc, tmp, auto = graded
    rows, _ = _export(gc, "--lms", "moodle")
    assert rows[0] == ["ID number", gc.assignment]
    assert dict(rows[1:]) == {"alice": f"{auto['alice']:.1f}", "bob": "0.0", "carol": ""}
    roster = tmp / "moodle-export.csv"
    roster.write_text("First name,Last name,ID number,Email address\n"
                      "Alice,Liddell,alice,alice@example.org\nBob,Builder,bob,bob@example.org\n")
    rows, stderr = _export(gc, "--lms", "moodle", "--roster", str(roster), "--match", "ID number")
    assert rows[0] == ["First name", "Last name", "ID number", "Email address", gc.assignment]
    assert rows[1][-1] == "5.0" and rows[2][-1] == "0.0"
    assert "carol" in stderr


def test_a_roster_without_the_match_column_is_a_clear_error(graded):
    gc, tmp, _ = graded
    roster = tmp / "bad.csv"
    roster.write_text("Name,Mail\nAlice,a@example.org\n")
    run = subprocess.run([sys.executable, "-m", "autograder", "export", "--lms", "canvas",
                          "--roster", str(roster), "--course", str(gc.root)],
                         cwd=gc.root, capture_output=True, text=True, timeout=120)
    assert run.returncode != 0 and "no column 'SIS Login ID'" in run.stderr and "--match" in run.stderr


def test_plain_file_matches_the_grade_commands_csv(graded):
    gc, _, auto = graded
    rows, _ = _export(gc, "--lms", "plain")
    assert rows[0] == ["student_id", gc.assignment, f"{gc.assignment} max"]
    assert {r[0]: r[1] for r in rows[1:]} == {"alice": "5.0", "bob": "0.0", "carol": ""}
    with open(gc.root / "grading" / gc.assignment / "grades.csv", newline="") as f:
        grades = {r["student_id"]: r for r in csv.DictReader(f)}
    assert set(grades) == set(STUDENTS)
    assert grades["carol"]["auto_total"] == "4.0" and grades["bob"]["auto_total"] == "0.0"
    assert grades["carol"]["total"] == "" and grades["carol"]["manual_pending"] == "1.0"
