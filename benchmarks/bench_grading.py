"""Benchmark: plain serial `nbgrader autograde` vs `python -m autograder grade`.

    .venv/bin/python benchmarks/bench_grading.py [--students 20] [--workers N] [--repeat N]

Builds one throw-away course (lesson 01 if it exists, else the tests' tiny assignment),
fills it with N submissions generated from the answer key (full, blank, partial and one
wrong answer per exercise, in rotation), copies it, then grades the same batch
- with `nbgrader autograde ASSIGNMENT` (serial, nbgrader's own command), then
  `nbgrader generate_feedback ASSIGNMENT` (timed apart: the grade command makes feedback too),
- with `python -m autograder grade ASSIGNMENT --workers N` (whole command: template
  gradebook, Dask cluster start, grading, feedback, CSV and report),
- with the same command and `--workers 1`, which separates what the parallelism gives
  from what the command's cheaper kernels (forked, see autograder/grading/forkserver.py) give,
checks all give the same scores, and prints the times and the speed-ups. Then, from the
last parallel run's `--timings` file, where the seconds went: one line per phase of the
run (template, cluster start, recording, feedback refresh, report) and per submission
(preparation, kernel start, execution of the cells, nbgrader's bookkeeping, feedback),
with the overhead beyond execution. Last, the fixed cost: the same command again on the
graded batch (0 new submissions) and with 1 new submission. Figures only; nothing here
asserts a time.
"""

import argparse
import json
import os
import statistics
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


def _fill(gc: GradeCourse, n: int) -> list:
    ex = gc.exercises()
    wrong, _ = submissions.for_lesson(gc.assignment)
    kinds = [gc.build(), gc.build(blank=ex), gc.build(blank=ex[::2])]
    kinds += [gc.build({fx.grade_id: fx.code}) for fx in wrong]
    for i in range(n):
        gc.submit(f"student{i:03d}", kinds[i % len(kinds)])
    return kinds


def _timed(argv: list, cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=True, capture_output=True, env=_env())
    return time.perf_counter() - start


def _grade(gc: GradeCourse, workers: int, timings: Path | None = None) -> float:
    extra = ["--timings", str(timings)] if timings else []
    return _timed([sys.executable, "-m", "autograder", "grade", gc.assignment, "--course",
                   str(gc.root), "--workers", str(workers), "--no-progress", *extra], gc.root)


WORKER_PHASES = ("prepare", "kernel start", "execution", "kernel stop", "nbgrader bookkeeping",
                 "feedback", "pack", "clean up")


def print_breakdown(timings: dict) -> None:
    """One line per phase of the run, one per submission, and the means."""
    print(f"where the {timings['total']:.1f} s of the last parallel run went (--timings):")
    for name, seconds in timings["run"].items():
        print(f"  run  {name:<36} {seconds:7.2f} s")
    per = timings["submissions"]
    header = "".join(f"{name[:11]:>12}" for name in WORKER_PHASES)
    print(f"  {'submission':<12}{header}{'other':>12}{'in worker':>12}{'record':>12}{'overhead':>12}")
    rows = []
    for student, phases in sorted(per.items()):
        known = [phases.get(name, 0.0) for name in WORKER_PHASES]
        other = phases["seconds in the worker"] - sum(known)
        overhead = phases["seconds in the worker"] - phases.get("execution", 0.0)
        row = [*known, other, phases["seconds in the worker"], phases["record (coordinator)"], overhead]
        rows.append(row)
        print(f"  {student:<12}" + "".join(f"{v:12.3f}" for v in row))
    if rows:
        means = [statistics.mean(col) for col in zip(*rows)]
        print(f"  {'mean':<12}" + "".join(f"{v:12.3f}" for v in means))
        print(f"per submission: execution of its cells {means[2]:.3f} s, overhead beyond it "
              f"{means[-1]:.3f} s (kernel start and stop, nbgrader, feedback, files)")
        print_cluster_estimate(worker=means[-3], coordinator=means[-2])


def print_cluster_estimate(worker: float, coordinator: float, workers: int = 50) -> None:
    """On paper: a cluster of one-core workers grades ``workers / worker`` submissions a
    second, and the coordinator, which records every result in series, at most
    ``1 / coordinator``; the smaller of the two is what the cluster reaches."""
    demand, cap = workers / worker, 1 / coordinator
    print(f"on paper, {workers} one-core workers: they grade {demand:.1f} submissions/s "
          f"({worker:.2f} s each); the coordinator records at most {cap:.1f}/s "
          f"({coordinator:.3f} s each, in series): expected {min(demand, cap):.1f}/s, "
          f"{'the coordinator' if cap < demand else 'the workers'} saturating first "
          f"(the coordinator keeps up with up to {worker / coordinator:.0f} workers)")


def fixed_cost(gc: GradeCourse, workers: int, kinds: list) -> None:
    """The whole command on an already graded batch (0 new), then with 1 new submission."""
    zero = _grade(gc, workers)
    gc.submit("latecomer", kinds[0])
    one = _grade(gc, workers)
    print(f"fixed cost: 0 new submissions {zero:.1f} s; 1 new submission {one:.1f} s")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--students", type=int, default=20)
    p.add_argument("--workers", type=int, default=os.cpu_count())
    p.add_argument("--repeat", type=int, default=1, help="alternate the two N times; medians")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-grading-") as tmp:
        template = GradeCourse(Path(tmp) / "template")
        kinds = _fill(template, args.students)
        print(f"{args.students} submissions of {template.assignment}; {os.cpu_count()} cores; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
        times = {"autograde": [], "feedback": [], "grade": [], "grade1": []}
        for i in range(args.repeat):
            serial, parallel, one = (template.copy_to(Path(tmp) / f"{kind}-{i}")
                                     for kind in ("serial", "parallel", "one"))
            nbgrader = [sys.executable, "-m", "nbgrader"]
            times["autograde"].append(_timed(nbgrader + ["autograde", serial.assignment], serial.root))
            times["feedback"].append(_timed(nbgrader + ["generate_feedback", serial.assignment], serial.root))
            timings = Path(tmp) / f"timings-{i}.json"
            times["grade"].append(_grade(parallel, args.workers, timings))
            times["grade1"].append(_grade(one, 1))
            same = _scores(serial) == _scores(parallel) == _scores(one)
            print(f"run {i + 1}: nbgrader autograde {times['autograde'][-1]:.1f} s "
                  f"(+ generate_feedback {times['feedback'][-1]:.1f} s), "
                  f"autograder grade --workers {args.workers} {times['grade'][-1]:.1f} s, "
                  f"--workers 1 {times['grade1'][-1]:.1f} s; scores identical: {same}", flush=True)
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f"median of {args.repeat}:")
        print(f"  nbgrader autograde (serial):                  {med['autograde']:7.1f} s")
        print(f"  nbgrader autograde + generate_feedback:       {med['autograde'] + med['feedback']:7.1f} s")
        print(f"  autograder grade --workers {args.workers} (with feedback): {med['grade']:7.1f} s")
        print(f"  autograder grade --workers 1 (with feedback): {med['grade1']:7.1f} s")
        print(f"speed-up vs nbgrader autograde alone:          {med['autograde'] / med['grade']:.2f}x")
        print(f"speed-up vs autograde + generate_feedback:     "
              f"{(med['autograde'] + med['feedback']) / med['grade']:.2f}x")
        print(f"the command's own scaling, 1 -> {args.workers} workers:  "
              f"{med['grade1'] / med['grade']:.2f}x")
        print_breakdown(json.loads(timings.read_text()))
        fixed_cost(parallel, args.workers, kinds)
        print(f"load average now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
