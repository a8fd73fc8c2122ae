"""nbgrader preprocessors used while grading and while writing feedback.

``GuardedExecute`` is nbgrader's own ``Execute`` (so scoring is unchanged) with three
additions, each recorded as an output in the cell concerned so that the score, the
feedback and the instructor report all say the same thing:

- a wall-clock cap per notebook: cells that would start after it are not run
  (``NotebookTimeLimit``) and a running cell is cut at the cap;
- a dead kernel (``os._exit``, a signal, the memory or CPU limit) no longer aborts the
  whole submission as ``UnresponsiveKernelError``: the cell gets a ``KernelDied`` error,
  later cells are not run, and the cells before keep their points;
- printed output is capped while it arrives, so a print loop cannot fill the memory of
  the grading process (nbgrader's ``LimitOutput`` trims further afterwards).

``ClearHiddenTestsOfTestCells`` (feedback only) is nbgrader's ``ClearHiddenTests`` for
test cells only: nbgrader's fails the whole feedback when a student's own cell merely
contains the text ``BEGIN HIDDEN TESTS``; such a cell is the student's and is left as is.

``HideHiddenTestTracebacks`` (feedback only) reduces the traceback of a test cell that
contains hidden tests to its last line, the check's message, so a failing hidden check
does not reveal its source through the traceback.
"""

from time import monotonic

from jupyter_core.utils import run_sync

from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.notebooknode import NotebookNode
from nbgrader import utils
from nbgrader.preprocessors import ClearHiddenTests, Execute, NbGraderPreprocessor
from traitlets import Bool, Integer

from .kernel_manager import GradingKernelManager
from .timing import worker as _phases

KERNEL_DIED = "KernelDied"
NOT_RUN = "NotebookTimeLimit"
TRUNCATED = "[output truncated by the grader:"


def _error(ename: str, evalue: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=ename, evalue=evalue,
                        traceback=[f"{ename}: {evalue}"])


class GuardedExecute(Execute):
    notebook_timeout = Integer(600, help="Wall-clock seconds for the whole notebook.").tag(config=True)
    max_output_bytes = Integer(1_000_000, help="Output bytes kept per cell while running.").tag(config=True)
    # A late IOPub message (a loaded machine) must not fail the whole submission.
    raise_on_iopub_timeout = Bool(False).tag(config=True)

    def __init__(self, **kwargs):
        # nbgrader's Execute sets AsyncKernelManager the same way; this is it without its
        # fixed waits (see ``kernel_manager``).
        kwargs.setdefault("kernel_manager_class", GradingKernelManager)
        super().__init__(**kwargs)

    def preprocess(self, nb, resources=None, km=None):
        self._deadline = monotonic() + self.notebook_timeout
        self._dead_in = None
        self.timeout_func = self._cell_timeout
        return super().preprocess(nb, resources, km)

    def _cell_timeout(self, cell) -> int:
        left = int(self._deadline - monotonic()) + 1
        return max(1, min(self.timeout or left, left))

    async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        if cell.cell_type != "code" or not cell.source.strip():
            return cell
        if self._dead_in is not None:
            cell.outputs = [_error(NOT_RUN if self._dead_in == "time" else KERNEL_DIED,
                                   "not run: " + self._why_stopped())]
            return cell
        if monotonic() >= self._deadline:
            self._dead_in = "time"
            cell.outputs = [_error(NOT_RUN, "not run: " + self._why_stopped())]
            return cell
        self._output_bytes = 0
        try:
            return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
        except CellTimeoutError as e:
            cell.outputs = list(cell.get("outputs", [])) + [_error("CellTimeoutError", str(e).splitlines()[0])]
            return cell
        except DeadKernelError:
            self._dead_in = cell_index
            cell.outputs = list(cell.get("outputs", [])) + [_error(
                KERNEL_DIED, "the kernel died while running this cell (os._exit, a signal, "
                "or the memory/CPU limit); later cells were not run")]
            return cell

    async def _timed_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
        with _phases.phase("execution"):
            return await self.async_execute_cell(cell, cell_index, execution_count, store_history)

    async def async_start_new_kernel(self, **kwargs):
        with _phases.phase("kernel start"):
            return await super().async_start_new_kernel(**kwargs)

    async def async_start_new_kernel_client(self):
        with _phases.phase("kernel start"):
            return await super().async_start_new_kernel_client()

    async def _async_cleanup_kernel(self):
        with _phases.phase("kernel stop"):
            return await super()._async_cleanup_kernel()

    # The base class binds its sync wrappers at definition: rebind them to these methods.
    execute_cell = run_sync(_timed_execute_cell)
    start_new_kernel = run_sync(async_start_new_kernel)
    start_new_kernel_client = run_sync(async_start_new_kernel_client)
    _cleanup_kernel = run_sync(_async_cleanup_kernel)

    def _why_stopped(self) -> str:
        if self._dead_in == "time":
            return f"the notebook's wall-clock limit of {self.notebook_timeout} s was reached"
        return f"the kernel died in an earlier cell (cell {self._dead_in})"

    def output(self, outs, msg, display_id, cell_index):
        content = msg.get("content", {})
        size = len(str(content.get("text", ""))) + len(str(content.get("data", "")))
        self._output_bytes = getattr(self, "_output_bytes", 0) + size
        if self._output_bytes > self.max_output_bytes:
            if not any(TRUNCATED in str(o.get("data", {})) for o in outs):
                # display_data, not a stream: streams get merged and LimitOutput would cut it
                outs.append(NotebookNode(output_type="display_data", metadata={}, data={
                    "text/plain": f"{TRUNCATED} more than {self.max_output_bytes} bytes]"}))
            return None
        return super().output(outs, msg, display_id, cell_index)


class HideHiddenTestTracebacks(NbGraderPreprocessor):
    def preprocess_cell(self, cell, resources, cell_index):
        if utils.is_grade(cell) and cell.cell_type == "code" and "BEGIN HIDDEN TESTS" in cell.source:
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    output.traceback = [f"{output.ename}: {output.evalue}"]
        return cell, resources


class ClearHiddenTestsOfTestCells(ClearHiddenTests):
    def preprocess_cell(self, cell, resources, cell_index):
        if not utils.is_grade(cell) or utils.is_solution(cell):
            return cell, resources
        return super().preprocess_cell(cell, resources, cell_index)
