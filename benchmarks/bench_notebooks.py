"""How long each solution notebook takes to run top to bottom in a fresh kernel.

    .venv/bin/python benchmarks/bench_notebooks.py [--repeat N]

The "floor" is a fresh kernel running only the lesson's setup cell (kernel start-up and
imports); the difference is what the lesson itself costs. Prints the median of N runs.
Figures, not assertions: machines are noisy, so no test times anything.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from autograder import course  # noqa: E402


def run_once(nb) -> float:
    start = time.perf_counter()
    NotebookClient(nbformat.from_dict(nb), timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(course.ROOT)}}).execute()
    return time.perf_counter() - start


def setup_only(nb):
    first_code = next(c for c in nb.cells if c.cell_type == "code")
    return nbformat.v4.new_notebook(cells=[first_code], metadata=nb.metadata)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("lessons", nargs="*")
    args = parser.parse_args()
    print(f"{'lesson':28} {'floor (s)':>10} {'whole (s)':>10} {'lesson (s)':>11}")
    for lesson in args.lessons or course.lessons():
        nb = course.read(course.solution_path(lesson))
        floor = statistics.median(run_once(setup_only(nb)) for _ in range(args.repeat))
        whole = statistics.median(run_once(nb) for _ in range(args.repeat))
        print(f"{lesson:28} {floor:10.2f} {whole:10.2f} {whole - floor:11.2f}", flush=True)


if __name__ == "__main__":
    main()
