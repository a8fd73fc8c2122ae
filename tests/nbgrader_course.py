"""A throw-away nbgrader course directory, driven with the real nbgrader commands.

It mirrors the repository (same nbgrader_config.py, solutions/<lesson> copied in) so the
tests exercise exactly what an instructor runs.
"""

import csv
import shutil
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook

from autograder import course
from autograder.release import nbgrader


class CourseDir:
    def __init__(self, root: Path, lesson: str):
        self.root, self.lesson = root, lesson
        shutil.copy(course.ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
        shutil.copytree(course.SOLUTIONS / lesson, root / "solutions" / lesson)
        self.run("generate_assignment", lesson, "--force")

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.root / 'gradebook.db'}"

    def run(self, *args: str, check: bool = True):
        result = nbgrader(*args, cwd=self.root, check=False)
        if check and result.returncode != 0:
            raise RuntimeError(f"nbgrader {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def submit(self, student: str, nb, folder: Path | None = None) -> None:
        folder = (folder or self.root / "submitted") / student / self.lesson
        folder.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, str(folder / f"{self.lesson}.ipynb"))

    def grade(self, submitted: Path, workers: int = 1) -> dict:
        """`python -m autograder grade` on the submissions in ``submitted``, in this course."""
        from autograder.grading import run as grading

        args = grading.parser().parse_args([
            self.lesson, str(submitted), "--course", str(self.root), "--workers", str(workers),
            "--no-progress", "--cell-timeout", "60", "--notebook-timeout", "300"])
        return grading.run(args)

    def autograde(self):
        return self.run("autograde", self.lesson)

    def export(self) -> dict[str, float]:
        """student id -> score, from `nbgrader export`'s CSV."""
        out = self.root / "grades.csv"
        self.run("export", f"--to={out}")
        with open(out, newline="") as f:
            return {row["student_id"]: float(row["score"]) for row in csv.DictReader(f)
                    if row["assignment"] == self.lesson}

    def cell_scores(self) -> dict[str, dict[str, float]]:
        """student id -> {test cell grade id -> autograded score}."""
        scores: dict[str, dict[str, float]] = {}
        with Gradebook(self.db_url) as gb:
            for sub in gb.assignment_submissions(self.lesson):
                nb = sub.notebooks[0]
                scores[sub.student_id] = {g.name: g.score for g in nb.grades
                                          if g.cell_type == "code"}
        return scores

    def failure_messages(self, student: str) -> dict[str, str]:
        """test cell grade id -> "ename: evalue" of its first error, as the feedback shows it."""
        path = self.root / "autograded" / student / self.lesson / f"{self.lesson}.ipynb"
        found = {}
        for cell in nbformat.read(str(path), as_version=4).cells:
            gid = course.nbgrader_meta(cell).get("grade_id")
            errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
            if gid and errors:
                found[gid] = f"{errors[0].ename}: {errors[0].evalue}"
        return found
