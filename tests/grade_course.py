"""A throw-away nbgrader course for the grade command's tests and benchmark.

It uses lesson 01 when it exists and otherwise the small assignment in
tests/fixtures/00_tiny_grading; submissions are generated from the answer key in code so
each fixture stays obviously correct (answer key + one change).
"""

import os
import shutil
from pathlib import Path

import nbformat

from autograder import course
from autograder.release import nbgrader

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "00_tiny_grading"


def default_assignment() -> tuple[str, Path]:
    """Lesson 01 once it exists; GRADE_TEST_ASSIGNMENT=tiny forces the small fixture."""
    lesson = "01_kmeans_basics"
    if os.environ.get("GRADE_TEST_ASSIGNMENT") != "tiny" and (course.SOLUTIONS / lesson / f"{lesson}.ipynb").exists() and (course.NOTEBOOKS / lesson).exists():
        return lesson, course.SOLUTIONS / lesson
    return FIXTURE.name, FIXTURE


class GradeCourse:
    def __init__(self, root: Path, assignment: str | None = None, source: Path | None = None):
        if assignment is None:
            assignment, source = default_assignment()
        self.root, self.assignment = root, assignment
        root.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
        shutil.copytree(source, root / "solutions" / assignment, dirs_exist_ok=True)
        nbgrader("generate_assignment", assignment, "--force", cwd=root)
        self.solution = nbformat.read(str(root / "solutions" / assignment / f"{assignment}.ipynb"), 4)
        self.release = nbformat.read(str(root / "notebooks" / assignment / f"{assignment}.ipynb"), 4)
        self.key = {gid: course.solution_code(c.source)
                    for gid, c in course.answer_cells(self.solution).items()}

    def copy_to(self, root: Path) -> "GradeCourse":
        """The same course and submissions in another folder (to grade one batch twice)."""
        shutil.copytree(self.root, root)
        other = GradeCourse.__new__(GradeCourse)
        other.__dict__.update(self.__dict__, root=root)
        return other

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.root / 'gradebook.db'}"

    def cell_scores(self) -> dict:
        """student -> test cell -> auto score, from the course's gradebook."""
        from nbgrader.api import Gradebook
        with Gradebook(self.db_url) as gb:
            return {sub.student_id: {g.name: g.auto_score for nb in sub.notebooks
                                     for g in nb.grades if g.cell_type == "code"}
                    for sub in gb.assignment_submissions(self.assignment)}

    @property
    def notebook_name(self) -> str:
        return f"{self.assignment}.ipynb"

    def exercises(self) -> list[str]:
        tests = course.test_cells(self.release)
        return [g for g, c in course.answer_cells(self.release).items()
                if c.cell_type == "code" and f"{g}_tests" in tests]

    def points(self) -> dict:
        return {g: course.points(c) for g, c in course.test_cells(self.solution).items()}

    def build(self, answers: dict | None = None, blank=()):
        """The student copy with the answer key filled in, except ``answers``/``blank``."""
        nb = nbformat.reads(nbformat.writes(self.release), as_version=4)
        for gid, cell in course.answer_cells(nb).items():
            if answers and gid in answers:
                cell.source = answers[gid]
            elif gid not in blank and cell.cell_type == "code":
                cell.source = self.key[gid]
        return nb

    def submit(self, student: str, nb=None, *, raw: bytes | None = None, name: str | None = None,
               folder: Path | None = None) -> Path:
        d = (folder or self.root / "submitted") / student / self.assignment
        d.mkdir(parents=True, exist_ok=True)
        path = d / (name or self.notebook_name)
        if raw is not None:
            path.write_bytes(raw)
        elif nb is not None:
            nbformat.write(nb, str(path))
        return d
