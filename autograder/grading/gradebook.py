"""The one writer of the instructor's gradebook: records what the workers returned.

Only the coordinator calls ``record``, one result at a time, so SQLite never sees two
writers ("database is locked" cannot happen and no row is lost), and a PostgreSQL URL
will work the same way. Workers never touch this gradebook.

Why SaveAutoGrades and not ``nbgrader autograde`` again: the worker already ran real
``nbgrader autograde`` (sanitize, restore test cells, execute, score) in its private
course. What is left is to turn the executed notebook into gradebook rows, and that is
exactly nbgrader's ``SaveAutoGrades`` preprocessor (plus ``AssignLatePenalties``), the
same code ``nbgrader autograde`` runs at that step. Re-running the autograde converter
with execution disabled would instead clear the outputs in its sanitize stage
(``ClearOutput``) and read from ``submitted/``, losing the results it should record.

One record is one transaction on one connection. nbgrader's code opens a gradebook per
preprocessor and commits after every cell (5 connections and about 30 commits per
submission of lesson 01, each commit waiting for fsync): 110-140 ms per submission against
70-100 ms in one transaction (24 records each, alternated, on a loaded 2-core machine), in
series, and what caps the coordinator of a large cluster. Here
its commits become flushes that expire what was loaded, as a commit does (every later
read sees what a commit would have left), and the record commits once at the end. A
record that fails leaves nothing half-written.
"""

import contextlib
import shutil
import warnings
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook
from nbgrader.preprocessors import AssignLatePenalties, SaveAutoGrades
from nbgrader.preprocessors import latesubmissions, saveautogrades
from nbgrader.utils import parse_utc

from . import engines
from .worker import Result


def _replace_folder(folder: Path, files: dict) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    for rel, data in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)


def record(result: Result, coursedir, config) -> dict:
    """Write one result into the gradebook, autograded/ and feedback/; returns the scores
    as the gradebook now has them (notebook -> grade id -> auto score)."""
    with warnings.catch_warnings():  # SQLAlchemy's autoflush notes from nbgrader's API
        warnings.simplefilter("ignore")
        return _record(result, coursedir, config)


class _CommitsDeferred:
    """A session whose ``commit`` flushes and expires (see above); the rest is the session's."""

    def __init__(self, session):
        self._session = session

    def commit(self) -> None:
        self._session.flush()
        self._session.expire_all()

    def __getattr__(self, name):
        return getattr(self._session, name)


class _Borrowed:
    """The open gradebook, for a preprocessor that opens and closes one of its own."""

    def __init__(self, gradebook):
        self._gradebook = gradebook

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> bool:
        return False  # not closed: the record closes it

    def __getattr__(self, name):
        return getattr(self._gradebook, name)


@contextlib.contextmanager
def _one_transaction(gb: Gradebook, db_url: str):
    modules = (saveautogrades, latesubmissions)
    originals = [m.Gradebook for m in modules]

    def opened(url, *args, **kwargs):
        return _Borrowed(gb) if url == db_url else Gradebook(url, *args, **kwargs)
    session, gb.db = gb.db, _CommitsDeferred(gb.db)
    for m in modules:
        m.Gradebook = opened
    try:
        yield
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        gb.db = session
        for m, original in zip(modules, originals):
            m.Gradebook = original


def _record(result: Result, coursedir, config) -> dict:
    a, student, db_url = result.assignment, result.student, coursedir.db_url
    engines.keep(db_url)  # one engine for every record of the run (see ``engines``)
    _replace_folder(Path(coursedir.format_path(coursedir.autograded_directory, student, a)),
                    result.autograded)
    _replace_folder(Path(coursedir.format_path(coursedir.feedback_directory, student, a)),
                    result.feedback)
    with Gradebook(db_url, coursedir.course_id) as gb:
        with _one_transaction(gb, db_url):
            gb.update_or_create_student(student)
            kwargs = {"timestamp": parse_utc(result.timestamp)} if result.timestamp else {}
            gb.update_or_create_submission(a, student, **kwargs)
            for name in result.missing:  # as nbgrader autograde scores a missing notebook
                for grade in gb.find_submission_notebook(name, a, student).grades:
                    grade.auto_score = 0
                    grade.needs_manual_grade = False
            gb.db.commit()
            for name in result.scores:
                data = result.autograded.get(f"{name}.ipynb")
                if data is None or name in result.missing:
                    continue
                nb = nbformat.reads(data.decode("utf-8"), as_version=4)
                resources = {"nbgrader": {"notebook": name, "assignment": a, "student": student,
                                          "db_url": db_url}}
                SaveAutoGrades(config=config).preprocess(nb, resources)
                AssignLatePenalties(config=config).preprocess(nb, resources)
        # Read back as stored: the run checks they are the worker's.
        return {nb.name: {g.name: g.auto_score for g in nb.grades}
                for nb in gb.find_submission(a, student).notebooks}
