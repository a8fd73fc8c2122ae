"""Pinned figures do not depend on the number of threads.

The outputs stored in the solution notebooks are made with one thread
(`python -m autograder release` pins under OMP_NUM_THREADS=1, and nbval compares under the
same setting in `course.py test`). A student's machine, a CI runner or a Binder image runs
BLAS and OpenMP with as many threads as it has cores, and an iterative solver that stops
on its tolerance can stop one iteration earlier or later when the summation order changes
(issue 17, item 45: newton-cg with its default tol in lesson 06 moved pinned accuracies by
0.002-0.004).
So each solution notebook is executed here with two threads and every `# NBVAL_CHECK_OUTPUT`
cell must print exactly its stored text. Cells after the last pinned cell are not run.
"""

import ast
import os
import time

import nbformat
import pytest
from nbclient import NotebookClient

from autograder import course
from autograder.pin_outputs import _text_only, is_pinned

THREADS = "2"
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
# How idle threads wait, not how many there are: numbers do not change. Without them, two
# threads spinning on tiny matrices (EM in lesson 07) on a loaded 2-core machine ran lesson
# 07 in 209 s instead of 18 s; with them, in 34 s.
WAITING = {"OMP_WAIT_POLICY": "PASSIVE", "OPENBLAS_THREAD_TIMEOUT": "4"}
# Run first: a notebook's own `threadpool_limits(1)` would make this test vacuous (lessons
# 06-08 call it in their setup cell). Limiting the threads hides a solver that stops early;
# it does not fix it: another BLAS build changes the summation order too. So calls from the
# notebook's code (module __main__) get the test's thread count; library calls are untouched.
OVERRIDE = """def _threads_of_the_test():
    import sys, threadpoolctl
    real = threadpoolctl.threadpool_limits
    def threadpool_limits(limits=None, user_api=None):
        if sys._getframe(1).f_globals.get("__name__") == "__main__":
            limits = {threads}
        return real(limits=limits, user_api=user_api)
    threadpoolctl.threadpool_limits = threadpool_limits
_threads_of_the_test()
del _threads_of_the_test"""
# Run last, after the lesson's own cells: which thread pools the kernel has, and their sizes.
PROBE = ("from threadpoolctl import threadpool_info\n"
         "print(sorted({(p['user_api'], p['num_threads']) for p in threadpool_info()}))")


def text(outputs) -> str:
    """What nbval compares and `release` stores: stdout and plain-text results."""
    return "".join(o.text if o.output_type == "stream" else o.data["text/plain"]
                   for o in _text_only(outputs, None))


def first_difference(stored: str, fresh: str, threads: str = THREADS) -> str:
    old, new = stored.splitlines(), fresh.splitlines()
    for i, (a, b) in enumerate(zip(old, new)):
        if a != b:
            return f"line {i + 1}: stored {a!r}, with {threads} threads {b!r}"
    i = min(len(old), len(new))
    return (f"line {i + 1}: stored {old[i] if i < len(old) else '(nothing)'!r}, "
            f"with {threads} threads {new[i] if i < len(new) else '(nothing)'!r}")


def run_with_threads(path, threads: str = THREADS) -> tuple[list[str], float, list]:
    """Execute the notebook at `path` with `threads` threads per pool, up to its last pinned
    cell; return the differing pinned cells (id and first differing line), the seconds it
    took and the kernel's thread pools as (api, threads)."""
    nb = course.read(path)
    pinned = [i for i, cell in enumerate(nb.cells) if is_pinned(cell)]
    assert pinned, f"{path} has no `# NBVAL_CHECK_OUTPUT` cell"
    run = nbformat.from_dict(nb)
    override = nbformat.v4.new_code_cell(OVERRIDE.format(threads=int(threads)))
    run.cells = [override] + run.cells[: pinned[-1] + 1] + [nbformat.v4.new_code_cell(PROBE)]
    saved = {name: os.environ.get(name) for name in (*THREAD_VARIABLES, *WAITING)}
    os.environ.update({name: threads for name in THREAD_VARIABLES}, **WAITING)  # kernel inherits
    try:
        start = time.perf_counter()
        NotebookClient(run, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": str(course.ROOT)}}).execute()
        seconds = time.perf_counter() - start
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    differing = []
    for i in pinned:
        stored, fresh = text(nb.cells[i].outputs), text(run.cells[i + 1].outputs)
        if not stored.strip():
            differing.append(f"  cell `{nb.cells[i].get('id')}`: no stored output to compare: run "
                             "`python -m autograder release` first")
        elif stored != fresh:
            differing.append(f"  cell `{nb.cells[i].get('id')}`: "
                             f"{first_difference(stored, fresh, threads)}")
    return differing, seconds, ast.literal_eval(text(run.cells[-1].outputs).strip())


@pytest.mark.parametrize("lesson", course.lessons())
def test_pinned_outputs_do_not_depend_on_the_thread_count(lesson):
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: two threads would not change the summation order here")
    differing, seconds, pools = run_with_threads(course.solution_path(lesson))
    assert any(api == "blas" for api, _ in pools) and all(n == int(THREADS) for _, n in pools), (
        f"the kernel did not run with {THREADS} threads in every pool: {pools}")
    assert not differing, (
        f"{lesson}: with {THREADS} threads instead of 1, {len(differing)} pinned cell(s) print "
        f"something else ({seconds:.0f} s):\n" + "\n".join(differing) +
        "\nA solver stops early? Pass a tight tol (e.g. tol=1e-8) or more iterations so it "
        "converges whatever the summation order, then `python -m autograder release "
        f"{lesson}`; or round the printed figure to the digits that are stable.")
