"""Warnings from the libraries the grader drives, caught where they arise and counted.

nbgrader's autograde makes SQLAlchemy print "Object of type <SubmittedNotebook> not in
session" several times per submission (a known, harmless quirk of nbgrader's gradebook
code). On an instructor's terminal such lines hide the ones that matter. So every
warning raised while a submission is graded (in the worker) or recorded (in the
coordinator) is caught and returned as one line. The report counts them, and lists in
full every warning that is not known to be harmless. ``--verbose`` prints them all.
"""

import contextlib
import re
import warnings

KNOWN_HARMLESS = [
    # nbgrader.api adds submissions through relationships SQLAlchemy has not attached yet.
    re.compile(r"^SAWarning: Object of type <\w+> not in session"),
    # nbclient leaves an asyncio event loop per executed notebook for the garbage collector.
    re.compile(r"^ResourceWarning: unclosed event loop"),
]


@contextlib.contextmanager
def caught(into: list):
    """Collect every warning raised inside, as ``Category: message`` lines, into ``into``."""
    with warnings.catch_warnings(record=True) as found:
        warnings.simplefilter("always")
        try:
            yield into
        finally:
            into.extend(f"{w.category.__name__}: {str(w.message).splitlines()[0][:300]}" for w in found)


def harmless(line: str) -> bool:
    return any(p.search(line) for p in KNOWN_HARMLESS)


def summary(lines: list) -> tuple[int, list]:
    """(how many known-harmless warnings, the other warnings with their counts)."""
    known = sum(1 for line in lines if harmless(line))
    others: dict = {}
    for line in lines:
        if not harmless(line):
            others[line] = others.get(line, 0) + 1
    return known, sorted(others.items(), key=lambda kv: -kv[1])
