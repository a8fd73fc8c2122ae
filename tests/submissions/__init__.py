"""Fake submissions that test the tests: one module per lesson, named like the lesson.

Each lesson module defines

- ``WRONG``: plausible mistakes. ``Wrong(grade_id, name, code)`` replaces one answer
  cell of the answer key; the exercise's test cell (``grade_id + "_tests"``) must lose
  points and every other test cell must keep full marks (exercises are independent).
- ``ALTERNATIVE``: different but correct code. ``Alternative(grade_id, name, code)``
  must keep full marks on every test cell.

``corpus/lesson_NN_topic.py`` holds the same two lists, written as students would write
them from the student copy alone (never from the answer key or the tests): for every
exercise at least three correct alternatives in styles the answer key does not use, and
at least four plausible mistakes the statement rules out, each with the ``mistake`` in
one sentence and a ``hint`` regex its failure message must match. tests/test_grading.py
grades them all and fails on any misgrade or unnamed mistake.
"""

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Wrong:
    grade_id: str
    name: str
    code: str
    # The mistake in one plain sentence, as the student who made it would be told.
    mistake: str = ""
    # A regular expression the failure message of the exercise's test cell must match
    # (case-insensitive): proof that the hint names this mistake, not a generic one.
    hint: str = ""


@dataclass(frozen=True)
class Alternative:
    grade_id: str
    name: str
    code: str
    # What makes this answer different from the answer key (style, API, structure).
    style: str = ""


def for_lesson(lesson: str):
    """(WRONG, ALTERNATIVE) of a lesson: the lesson's module, then its student corpus."""
    wrong, alternative = [], []
    for package in ("tests.submissions", "tests.submissions.corpus"):
        try:
            module = importlib.import_module(f"{package}.lesson_{lesson}")
        except ModuleNotFoundError:
            continue
        wrong += module.WRONG
        alternative += module.ALTERNATIVE
    return wrong, alternative


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
