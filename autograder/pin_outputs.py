"""Store the expected output of the `# NBVAL_CHECK_OUTPUT` cells in the solution notebooks.

nbval compares a cell's fresh output with the output stored in the notebook, so a
notebook stored without outputs checks nothing. The solution notebooks therefore keep
the text output of exactly the cells marked `# NBVAL_CHECK_OUTPUT` (rounded figures the
lesson's text quotes) and no other output; `nbgrader generate_assignment` clears them
all from the student copies.
"""

import os

import nbformat
from nbclient import NotebookClient

from . import course

MARK = "# NBVAL_CHECK_OUTPUT"


def is_pinned(cell) -> bool:
    return cell.cell_type == "code" and MARK in cell.source


def _text_only(outputs, count) -> list:
    """stdout and plain-text results: what the figures are; no images, no stderr."""
    kept = []
    for out in outputs:
        if out.output_type == "stream" and out.name == "stdout":
            if kept and kept[-1].output_type == "stream":
                # one output per run of prints: how the kernel split them into messages
                # depends on timing, and the stored notebook must not
                kept[-1].text += out.text
            else:
                kept.append(nbformat.v4.new_output("stream", name="stdout", text=out.text))
        elif out.output_type == "execute_result" and "text/plain" in out.data:
            kept.append(nbformat.v4.new_output("execute_result",
                                               data={"text/plain": out.data["text/plain"]},
                                               execution_count=count))
    return kept


def pin(lesson: str) -> int:
    """Run the solution notebook and store the pinned cells' outputs; returns their number."""
    path = course.solution_path(lesson)
    nb = course.read(path)
    executed = nbformat.from_dict(nb)  # a copy: the stored notebook keeps no other output
    # Pin under the thread count the tests run with (course.py test): a few estimators
    # (label spreading) round differently with other thread counts.
    os.environ["OMP_NUM_THREADS"] = "1"
    NotebookClient(executed, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(course.ROOT)}}).execute()
    pinned = 0
    for cell, run in zip(nb.cells, executed.cells):
        if cell.cell_type != "code":
            continue
        # nbval refuses a stored output without an execution count ("unrun reference
        # cell"); the count of a top-to-bottom run is deterministic.
        cell.execution_count = run.execution_count if is_pinned(cell) else None
        cell.outputs = _text_only(run.outputs, run.execution_count) if is_pinned(cell) else []
        pinned += is_pinned(cell)
    nbformat.write(nb, str(path))
    return pinned


def main(lessons: list[str]) -> int:
    for lesson in lessons or course.lessons():
        print(f"pinned {pin(lesson)} output(s) in {course.solution_path(lesson).relative_to(course.ROOT)}")
    return 0
