"""Shared pytest set-up for tests/ and for the nbval run of solutions/ (so it lives at the
root: `pytest solutions/NN_topic` alone picks it up too). Every lesson in solutions/ is
tested without being listed here."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:  # so `tests.submissions` imports from any working directory
    sys.path.insert(0, str(ROOT))

from autograder.course import lessons  # noqa: E402

LESSONS = lessons()


def work_unit(nodeid: str) -> str:
    """Which tests must share one xdist worker.

    Everything about one lesson (its nbval cells, which share one kernel, and the
    parametrized grading tests, which share one graded course directory) is one unit;
    any other module is a unit of its own (its fixtures start servers once).
    We schedule ourselves because the `xdist_group` mark is silently ignored with
    pytest 9.2 and pytest-xdist 3.8 (pytest-dev/pytest-xdist#1386).
    """
    path = nodeid.split("::", 1)[0]
    if path.endswith(".ipynb"):
        return Path(path).parent.name
    params = nodeid.rsplit("[", 1)[1] if nodeid.endswith("]") else ""
    for lesson in LESSONS:
        if params.startswith(lesson):
            return lesson
    return path


def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class ByWorkUnit(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return work_unit(nodeid)

    return ByWorkUnit(config, log)
