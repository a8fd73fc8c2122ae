"""Profile: where a worker's seconds go, grading submissions of lesson 01 in this process.

    .venv/bin/python benchmarks/profile_worker.py [--students 6] [--top 30] [--sort tottime] [--dump FILE]

Builds a throw-away course (as bench_grading.py does), grades its first submission to warm
the worker up (fork server, imports, caches), then grades the rest under cProfile with the
grader's own worker function, exactly as a Dask worker calls it, and prints the phases of
each submission and the profile's top functions. Figures only; nothing is asserted.
"""

import argparse
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_grading import _fill  # noqa: E402

from autograder.grading import submissions  # noqa: E402
from autograder.grading.bundle import build, load_config  # noqa: E402
from autograder.grading.limits import Limits  # noqa: E402
from autograder.grading.worker import grade  # noqa: E402
from tests.grade_course import GradeCourse  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--students", type=int, default=6)
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--sort", default="tottime")
    p.add_argument("--dump", help="also write the profile to this file (for pstats or snakeviz)")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="profile-worker-") as tmp:
        gc = GradeCourse(Path(tmp) / "course")
        _fill(gc, args.students + 1)
        config = load_config(gc.root)
        bundle = build(gc.root, gc.assignment, config, Path(tmp) / "state", Limits())
        subs = submissions.from_folder(gc.root / "submitted", gc.assignment)
        first = grade(bundle, subs[0])
        print(f"warm-up {subs[0].student}: {first.seconds:.2f} s {first.phases}")
        profile = cProfile.Profile()
        for sub in subs[1:]:
            profile.enable()
            result = grade(bundle, sub)
            profile.disable()
            phases = ", ".join(f"{k} {v:.3f}" for k, v in result.phases.items())
            print(f"{sub.student}: {result.seconds:.2f} s ({phases})")
        stats = pstats.Stats(profile).sort_stats(args.sort)
        stats.print_stats(args.top)
        if args.dump:
            stats.dump_stats(args.dump)


if __name__ == "__main__":
    main()
