"""Benchmark: plain serial `nbgrader autograde` vs `python -m autograder grade`.

    .venv/bin/python benchmarks/bench_grading.py [--students 20] [--workers N] [--lesson NAME]

Builds one throw-away course (lesson 01 if it exists, else the tests' tiny assignment),
fills it with N submissions generated from the answer key (full, blank, partial and one
wrong answer per exercise, in rotation), copies it, then grades the same batch
- with `nbgrader autograde ASSIGNMENT` (serial, nbgrader's own command), and
- with `python -m autograder grade ASSIGNMENT --workers N` (whole command: template
  gradebook, Dask cluster start, grading, feedback, CSV and report),
checks both give the same scores, and prints both times and the speed-up. Figures only;
nothing here asserts a time.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nbgrader.api import Gradebook  # noqa: E402

from tests import submissions  # noqa: E402
from tests.grade_course import GradeCourse  # noqa: E402


def _env() -> dict:
    return dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])


def _scores(gc: GradeCourse) -> dict:
    with Gradebook(gc.db_url) as gb:
        return {s.student_id: {g.name: g.auto_score for nb in s.notebooks for g in nb.grades
                               if g.cell_type == "code"}
                for s in gb.assignment_submissions(gc.assignment)}


def _fill(gc: GradeCourse, n: int) -> None:
    ex = gc.exercises()
    wrong, _ = submissions.for_lesson(gc.assignment)
    kinds = [gc.build(), gc.build(blank=ex), gc.build(blank=ex[::2])]
    kinds += [gc.build({fx.grade_id: fx.code}) for fx in wrong]
    for i in range(n):
        gc.submit(f"student{i:03d}", kinds[i % len(kinds)])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--students", type=int, default=20)
    p.add_argument("--workers", type=int, default=os.cpu_count())
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-grading-") as tmp:
        serial = GradeCourse(Path(tmp) / "serial")
        _fill(serial, args.students)
        parallel_root = Path(tmp) / "parallel"
        shutil.copytree(serial.root, parallel_root)
        parallel = GradeCourse.__new__(GradeCourse)
        parallel.__dict__.update(serial.__dict__, root=parallel_root)
        print(f"{args.students} submissions of {serial.assignment}; {os.cpu_count()} cores; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)

        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "nbgrader", "autograde", serial.assignment],
                       cwd=serial.root, check=True, capture_output=True, env=_env())
        t_serial = time.perf_counter() - start
        print(f"nbgrader autograde (serial):          {t_serial:7.1f} s", flush=True)

        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "autograder", "grade", parallel.assignment,
                        "--course", str(parallel.root), "--workers", str(args.workers),
                        "--no-progress"], cwd=parallel.root, check=True, capture_output=True,
                       env=_env())
        t_parallel = time.perf_counter() - start
        print(f"autograder grade --workers {args.workers}:         {t_parallel:7.1f} s", flush=True)
        print(f"speed-up: {t_serial / t_parallel:.2f}x   "
              f"(load average now {os.getloadavg()[0]:.1f})")
        same = _scores(serial) == _scores(parallel)
        print(f"scores identical to nbgrader autograde: {same}")


if __name__ == "__main__":
    main()
