"""Regenerate the student notebooks in notebooks/ from solutions/ with real nbgrader.

``python -m autograder release [LESSON ...]`` first stores the expected output of the
solution's `# NBVAL_CHECK_OUTPUT` cells (see pin_outputs.py), then regenerates.

``nbgrader generate_assignment`` strips the solutions and hidden tests, locks the
read-only cells and records checksums. It also writes the assignment into a gradebook;
that database is irrelevant to the release, so a throw-away one is used and the
instructor's gradebook.db is left alone.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from . import course


def nbgrader(*args: str, cwd: Path = course.ROOT, db: str | None = None,
             check: bool = True) -> subprocess.CompletedProcess:
    """Run a real nbgrader command (from the venv running this code)."""
    argv = [sys.executable, "-m", "nbgrader", *args]
    if db:
        argv.append(f"--CourseDirectory.db_url={db}")
    # nbgrader runs `alembic` by name to set up a gradebook: find it beside this Python
    # even when the environment was not activated.
    env = {**os.environ, "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")}
    return subprocess.run(argv, cwd=cwd, check=check, capture_output=True, text=True, env=env)


def release(lesson: str, course_root: Path = course.ROOT) -> Path:
    """Write ``notebooks/LESSON/`` under ``course_root`` from ``solutions/LESSON/``."""
    with tempfile.TemporaryDirectory() as tmp:
        result = nbgrader("generate_assignment", lesson, "--force",
                          f"--CourseDirectory.root={course_root}", cwd=course_root,
                          db=f"sqlite:///{tmp}/gradebook.db", check=False)
    if result.returncode != 0:
        raise RuntimeError(f"nbgrader generate_assignment {lesson} failed:\n{result.stderr}")
    return course_root / "notebooks" / lesson / f"{lesson}.ipynb"


def main(lessons: list[str]) -> int:
    """Pin the checked outputs of each solution notebook, then regenerate its student copy."""
    from .pin_outputs import pin

    for lesson in lessons or course.lessons():
        pinned = pin(lesson)
        path = release(lesson)
        print(f"pinned {pinned} checked output(s) in {course.solution_path(lesson).relative_to(course.ROOT)}")
        print(f"released {lesson} -> {path.relative_to(course.ROOT)}")
    return 0
