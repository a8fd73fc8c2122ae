"""Where the seconds of a grading run go, phase by phase (issue 18).

One ``Phases`` per process: the coordinator's (template, cluster start, recording, report)
and, per submission, the worker's (preparation, kernel start, execution, nbgrader's own
work, scan, feedback). Phases only add up wall-clock seconds; nothing here changes what is
graded. ``python -m autograder grade --timings FILE`` writes them as JSON, and
``benchmarks/bench_grading.py`` prints them.
"""

import contextlib
from time import perf_counter


class Phases:
    def __init__(self):
        self.seconds: dict[str, float] = {}

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    @contextlib.contextmanager
    def phase(self, name: str):
        start = perf_counter()
        try:
            yield
        finally:
            self.add(name, perf_counter() - start)

    def take(self) -> dict[str, float]:
        """The phases so far, rounded, and a fresh start."""
        taken = {name: round(value, 4) for name, value in self.seconds.items()}
        self.seconds = {}
        return taken


# The worker's: filled while one submission is graded (a worker grades one at a time).
worker = Phases()
