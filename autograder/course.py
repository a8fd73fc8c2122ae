"""Where the course's lessons live and how their nbgrader cells are read.

A lesson ``NN_topic`` is one nbgrader assignment: the instructor notebook
``solutions/NN_topic/NN_topic.ipynb`` and its generated student copy
``notebooks/NN_topic/NN_topic.ipynb``.
"""

import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"
NOTEBOOKS = ROOT / "notebooks"


def default_course_root() -> Path:
    """The course the instructor's commands work on when --course is not given: the current
    folder if it is an nbgrader course (it has an nbgrader_config.py), else this repository.
    Without the first rule, grading from inside another course folder would silently
    grade (and write grading/ into) this repository instead."""
    here = Path.cwd()
    return here if (here / "nbgrader_config.py").is_file() else ROOT

_LESSON_NAME = re.compile(r"^\d\d_[a-z0-9_]+$")
_SOLUTION_BLOCK = re.compile(r"^[ \t]*### BEGIN SOLUTION[^\n]*\n(.*?)^[ \t]*### END SOLUTION[^\n]*\n?",
                             re.S | re.M)
_HIDDEN_BLOCK = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS[^\n]*\n(.*?)^[ \t]*### END HIDDEN TESTS[^\n]*\n?",
                           re.S | re.M)


def lessons() -> list[str]:
    """Lesson names in lesson order (the solutions/ folders named NN_topic)."""
    return sorted(p.name for p in SOLUTIONS.iterdir()
                  if p.is_dir() and _LESSON_NAME.match(p.name)
                  and (p / f"{p.name}.ipynb").exists())


def solution_path(lesson: str) -> Path:
    return SOLUTIONS / lesson / f"{lesson}.ipynb"


def student_path(lesson: str) -> Path:
    return NOTEBOOKS / lesson / f"{lesson}.ipynb"


def read(path: Path):
    return nbformat.read(str(path), as_version=4)


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def answer_cells(nb) -> dict:
    """grade_id -> cell, for every cell a student writes in (code or written answer)."""
    return {nbgrader_meta(c)["grade_id"]: c for c in nb.cells if nbgrader_meta(c).get("solution")}


def test_cells(nb) -> dict:
    """grade_id -> cell, for every autograded test cell."""
    return {nbgrader_meta(c)["grade_id"]: c for c in nb.cells
            if nbgrader_meta(c).get("grade") and c.cell_type == "code"
            and not nbgrader_meta(c).get("solution")}


def points(cell) -> float:
    return float(nbgrader_meta(cell).get("points", 0))


def solution_code(source: str) -> str:
    """The answer-key version of a solution cell: scaffold kept, markers removed."""
    return _SOLUTION_BLOCK.sub(lambda m: m.group(1), source)


def solution_blocks(source: str) -> list[str]:
    """The text between the solution markers (what students must never see)."""
    return [m.group(1) for m in _SOLUTION_BLOCK.finditer(source)]


def hidden_blocks(source: str) -> list[str]:
    """The text between the hidden-test markers."""
    return [m.group(1) for m in _HIDDEN_BLOCK.finditer(source)]
