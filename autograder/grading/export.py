"""``python -m autograder export``: the class's totals as a file an LMS gradebook imports.

The gradebook is the source of truth: totals are read from it, manual grades made in
formgrader included. An assignment with a written answer not graded yet is *pending*.
Its cell is left empty, which both LMSs read as "no grade, change nothing", never as 0.

- ``--lms canvas``: Canvas's gradebook import format. The columns ``Student``, ``ID``,
  ``SIS User ID``, ``SIS Login ID`` and ``Section`` come first, then a ``Points Possible``
  row, then one column per assignment. Canvas matches students on ``ID``, ``SIS User ID``
  or ``SIS Login ID``, and assignments on the ``(number)`` at the end of a column name.
- ``--lms moodle``: Moodle's "Import grades from CSV". A header row, an identifier
  column that the import maps to a user field (``ID number`` by default), and one column
  per assignment, which the import maps to a grade item.
- ``--lms plain``: ``student_id``, then one column per assignment, then ``<assignment> max``.

``--roster FILE`` takes the LMS's own gradebook export (Canvas's "Export Entire
Gradebook", Moodle's CSV export). Its rows and identifier columns are kept as they are,
and ``--match COLUMN`` names the column that holds nbgrader's student id (``SIS Login
ID`` for Canvas and ``ID number`` for Moodle, by default). A roster column whose name is
the assignment's, or the assignment's followed by `` (number)`` (Canvas), is filled in, so
Canvas's own assignment ids survive. Without a roster, nbgrader's student id fills every
identifier column. A student graded but not in the roster is reported and left out; a
student in the roster with no submission gets an empty cell.
"""

import argparse
import csv
import re
import sys
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry

from .. import course
from .bundle import course_directory, load_config
from .pending import fmt

CANVAS_IDENTITY = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
CANVAS_POINTS = "Points Possible"
MATCH = {"canvas": "SIS Login ID", "moodle": "ID number", "plain": "student_id"}


def parser(sub=None) -> argparse.ArgumentParser:
    p = sub or argparse.ArgumentParser(prog="python -m autograder export")
    p.add_argument("assignments", nargs="*", help="assignments to export (default: all in the gradebook)")
    p.add_argument("--lms", choices=["canvas", "moodle", "plain"], default="plain")
    p.add_argument("--roster", help="the LMS's gradebook export (CSV) to fill in")
    p.add_argument("--match", help="the roster column holding nbgrader's student id "
                   "(default: 'SIS Login ID' for Canvas, 'ID number' for Moodle)")
    p.add_argument("--course", default=str(course.default_course_root()),
                   help="nbgrader course root (default: the current folder if it has an "
                        "nbgrader_config.py, else this repository)")
    p.add_argument("--db", help="gradebook URL (default: the course's)")
    p.add_argument("--out", help="output file (default: COURSE/grading/<lms>-grades.csv)")
    return p


def totals(db_url: str, assignments: list[str]) -> tuple[list, dict, dict]:
    """(assignments, max points by assignment, {student: {assignment: total or None}}).

    None is a pending total: a written answer still waits for its manual grade."""
    scores: dict = {}
    maxima = {}
    with Gradebook(db_url) as gb:
        names = assignments or [a.name for a in gb.assignments]
        for name in names:
            try:
                assignment = gb.find_assignment(name)
            except MissingEntry:
                raise SystemExit(f"no assignment {name!r} in the gradebook {db_url}") from None
            maxima[name] = assignment.max_score
            for sub in assignment.submissions:
                pending = any(g.needs_manual_grade and g.manual_score is None
                              for nb in sub.notebooks for g in nb.grades)
                scores.setdefault(sub.student_id, {})[name] = None if pending else sub.score
    return names, maxima, scores


def _cell(value) -> str:
    return "" if value is None else fmt(value)


def _column(header: list, assignment: str) -> str:
    """The roster's column for an assignment (Canvas adds ``(id)``), or a new one."""
    for name in header:
        if name == assignment or re.fullmatch(re.escape(assignment) + r" \(\d+\)", name):
            return name
    return assignment


def _read_roster(path: Path) -> tuple[list, list]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    if not rows:
        raise SystemExit(f"the roster {path} is empty")
    return rows[0], rows[1:]


def build(lms: str, names: list, maxima: dict, scores: dict, roster=None, match=None):
    """(header, rows, students left out) of the file to write."""
    match = match or MATCH[lms]
    if roster is None:
        if lms == "canvas":
            header = CANVAS_IDENTITY[:]
            people = [[s, "", s, s, ""] for s in sorted(scores)]
        elif lms == "moodle":
            header, people = [match], [[s] for s in sorted(scores)]
        else:
            header, people = ["student_id"], [[s] for s in sorted(scores)]
    else:
        header, people = roster
        header = list(header)
        if match not in header:
            raise SystemExit(f"the roster has no column {match!r} (its columns: {', '.join(header)}); "
                             "name the one that holds nbgrader's student ids with --match")
    key = header.index(match)
    points_row = [p for p in people if p and p[0].strip() == CANVAS_POINTS]
    people = [p for p in people if p not in points_row]
    columns = [_column(header, a) for a in names]
    for c in columns:
        if c not in header:
            header.append(c)
    if lms == "plain":
        header += [f"{a} max" for a in names]
    rows = []
    if lms == "canvas":
        points = (points_row[0] + [""] * len(header))[:len(header)] if points_row else (
            [f"    {CANVAS_POINTS}"] + [""] * (len(header) - 1))
        for a, c in zip(names, columns):
            points[header.index(c)] = fmt(maxima[a])
        rows.append(points)
    seen = set()
    for person in people:
        row = (person + [""] * len(header))[:len(header)]
        student = row[key].strip()
        seen.add(student)
        for a, c in zip(names, columns):
            row[header.index(c)] = _cell(scores.get(student, {}).get(a))
        if lms == "plain":
            for a in names:
                row[header.index(f"{a} max")] = fmt(maxima[a])
        rows.append(row)
    left_out = sorted(set(scores) - seen)
    return header, rows, left_out


def main(argv=None, args=None) -> int:
    args = args or parser().parse_args(argv)
    root = Path(args.course).resolve()
    config = load_config(root)
    if args.db:
        config.CourseDirectory.db_url = args.db
    db_url = course_directory(config).db_url
    names, maxima, scores = totals(db_url, args.assignments)
    roster = _read_roster(Path(args.roster)) if args.roster else None
    header, rows, left_out = build(args.lms, names, maxima, scores, roster, args.match)
    out = Path(args.out) if args.out else root / "grading" / f"{args.lms}-grades.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([header, *rows])
    pending = sum(1 for s in scores.values() for v in s.values() if v is None)
    print(f"{args.lms}: {len(rows) - (args.lms == 'canvas')} students, {len(names)} assignments, "
          f"{pending} pending (left empty) -> {out}")
    for student in left_out:
        print(f"not in the roster, left out: {student}", file=sys.stderr)
    return 0
