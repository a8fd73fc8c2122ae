"""Fake submissions that test the tests: one module per lesson, named like the lesson.

Each lesson module defines

- ``WRONG``: plausible mistakes. ``Wrong(grade_id, name, code)`` replaces one answer
  cell of the answer key; the exercise's test cell (``grade_id + "_tests"``) must lose
  points and every other test cell must keep full marks (exercises are independent).
- ``ALTERNATIVE``: different but correct code. ``Alternative(grade_id, name, code)``
  must keep full marks on every test cell.

Every exercise needs at least one of each (tests/test_grading.py checks).
"""

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Wrong:
    grade_id: str
    name: str
    code: str


@dataclass(frozen=True)
class Alternative:
    grade_id: str
    name: str
    code: str


def for_lesson(lesson: str):
    """(WRONG, ALTERNATIVE) of a lesson; empty lists when it has no module yet."""
    try:
        module = importlib.import_module(f"tests.submissions.lesson_{lesson}")
    except ModuleNotFoundError:
        return [], []
    return list(module.WRONG), list(module.ALTERNATIVE)


def build(lesson: str, answers: dict | None = None, blank=()):
    """A submission notebook: the student copy with its answer cells filled in.

    By default every answer cell gets the answer key's code (solution markers removed);
    ``answers`` maps grade ids to other code; grade ids in ``blank`` keep the student
    stub, as if the student never touched them.
    """
    from autograder import course

    answers = answers or {}
    key = {gid: cell.source for gid, cell in course.answer_cells(
        course.read(course.solution_path(lesson))).items()}
    nb = course.read(course.student_path(lesson))
    for gid, cell in course.answer_cells(nb).items():
        if gid in answers:
            cell.source = answers[gid]
        elif gid not in blank:
            cell.source = course.solution_code(key[gid])
    return nb
