"""Benchmark: throughput of `python -m autograder grade` against the number of workers.

    .venv/bin/python benchmarks/bench_cluster.py [--students 16] [--workers 1 2 4] [--tiny]
        [--scheduler tcp://HOST:8786]

Builds one throw-away course (lesson 01 if it exists, else the tests' tiny assignment;
``--tiny`` forces the latter), fills it with N submissions from the answer key (as
bench_grading.py does) and grades a fresh copy of it once per worker count with the whole
command (template gradebook, Dask cluster start, grading, feedback, CSV and report). Prints
wall time and submissions per minute for each count, and checks every run gives the same
scores. With ``--scheduler`` it also grades once on that existing cluster. Figures only;
workers beyond the machine's cores cannot add throughput.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_grading import _env, _fill, _scores  # noqa: E402

from tests.grade_course import FIXTURE, GradeCourse  # noqa: E402


def _run(base: GradeCourse, root: Path, extra: list) -> tuple[float, dict]:
    gc = base.copy_to(root)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "autograder", "grade", gc.assignment, "--course", str(root),
                    "--no-progress", *extra], cwd=root, check=True, capture_output=True, env=_env())
    return time.perf_counter() - start, _scores(gc)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--students", type=int, default=16)
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    p.add_argument("--tiny", action="store_true", help="grade the tests' tiny assignment")
    p.add_argument("--scheduler", help="also grade on this existing Dask cluster")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as tmp:
        base = (GradeCourse(Path(tmp) / "base", FIXTURE.name, FIXTURE) if args.tiny
                else GradeCourse(Path(tmp) / "base"))
        _fill(base, args.students)
        print(f"{args.students} submissions of {base.assignment}; {os.cpu_count()} cores; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
        print(f"{'workers':>18} {'wall time':>10} {'submissions/min':>16}", flush=True)
        runs = [(f"{n} local", ["--workers", str(n)]) for n in args.workers]
        if args.scheduler:
            runs.append((f"--scheduler", ["--scheduler", args.scheduler]))
        reference = None
        for i, (label, extra) in enumerate(runs):
            seconds, scores = _run(base, Path(tmp) / f"run{i}", extra)
            reference = reference or scores
            same = "" if scores == reference else "   SCORES DIFFER from the first run"
            print(f"{label:>18} {seconds:9.1f}s {args.students / seconds * 60:16.1f}{same}", flush=True)
        print(f"(load average now {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
