"""Hidden test code must not reach a student through the outputs of graded code.

nbgrader sends a test cell to the kernel whole, hidden part included, so code the student
ran earlier can see it (an IPython hook, ``In``, ``linecache``, a wrapped ``print``) and
print it, maybe in a later cell. ``ClearHiddenTests`` removes hidden tests from the
*source* of the feedback, never from outputs. So after grading, every output of the
graded notebook is searched for the lines of the hidden tests. An output that holds one
is replaced by a notice (an error stays an error, so no score changes), and the
submission is held for review with the cell that printed it. The tamper scan (``tamper``,
kind ``hook``) flags the usual ways of reading those sources in the first place.
"""

import re

from nbformat.notebooknode import NotebookNode

_HIDDEN = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS[^\n]*\n(.*?)^[ \t]*### END HIDDEN TESTS", re.S | re.M)
MIN_LINE = 12   # shorter lines ("assert ok", "print(x)") are no secret and appear anywhere
NOTICE = "[output removed by the grader: it contained hidden test code]"


def hidden_lines(cells: list, visible_text: str) -> set[str]:
    """Lines of the hidden tests of ``cells`` (the bundle's cell specs) that a student
    cannot know: long enough to mean something, and absent from the student copy."""
    lines = set()
    for spec in cells:
        for region in _HIDDEN.findall(spec.get("source") or ""):
            for line in region.splitlines():
                line = line.strip()
                if len(line) >= MIN_LINE and not line.startswith("#") and line not in visible_text:
                    lines.add(line)
    return lines


def _texts(output) -> list[str]:
    if output.output_type == "stream":
        return [str(output.get("text", ""))]
    if output.output_type == "error":
        return [str(output.get("evalue", "")), *map(str, output.get("traceback", []))]
    return [str(v) for v in output.get("data", {}).values()]


def strip(nb, lines: set[str], label, is_test_cell) -> list[str]:
    """Replace every output of ``nb`` that contains one of ``lines``; the reasons, by cell.

    The error of a failing test cell shows its own source in the traceback: that is for
    the instructor, and ``HideHiddenTestTracebacks`` cuts it from the feedback."""
    reasons = []
    for index, cell in enumerate(nb.cells):
        outputs = cell.get("outputs", [])
        for k, output in enumerate(outputs):
            if output.output_type == "error" and is_test_cell(cell):
                continue
            if not any(line in text for text in _texts(output) for line in lines):
                continue
            if output.output_type == "error":  # still an error: the cell keeps its score
                output.evalue, output.traceback = NOTICE, [f"{output.ename}: {NOTICE}"]
            else:
                outputs[k] = NotebookNode(output_type="stream", name="stdout", text=NOTICE + "\n")
            reason = (f"held for review: the output of {label(cell, index)} contained hidden "
                      "test code (removed from the graded notebook and the feedback)")
            if reason not in reasons:
                reasons.append(reason)
    return reasons
