"""Mutation report: do a lesson's tests catch mistakes in its answers?

    python -m autograder mutants [LESSON ...] [--sample N] [--seed S] [--show-survivors]

For every answer cell of a solution notebook, small mistakes ("mutants") are made in
the code between the solution markers: a constant changed, a comparison or arithmetic
operator swapped, argmin/argmax or min/max swapped, one keyword argument (random_state,
n_init, axis, ...) removed, one statement removed, a return value replaced by None.
Each mutant is run against that exercise's own test cell; a mutant is *killed* when the
test cell fails. Mutants that cannot change behaviour (equivalent mutants) are listed
in the lesson's ``EQUIVALENT_MUTANTS`` (tests/submissions/lesson_NN_topic.py) with the
reason, and left out of the kill rate.

Speed: the answer-key notebook runs once in one kernel; then each mutant only
re-defines its answer cell and re-runs one test cell (exercises are independent), and
the original answer is restored after it.
"""

import ast
import copy
import random
import shutil
from dataclasses import dataclass, field

import os
import tempfile
from pathlib import Path

from jupyter_client.manager import KernelManager

from . import course

_SWAPS = {"argmin": "argmax", "argmax": "argmin", "min": "max", "max": "min",
          "nanargmin": "nanargmax", "nanargmax": "nanargmin", "idxmin": "idxmax",
          "idxmax": "idxmin", "argsort": None}
_COMPARE = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
            ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In}
_FLIP = {ast.Lt: ast.Gt, ast.Gt: ast.Lt, ast.LtE: ast.GtE, ast.GtE: ast.LtE}
_ARITH = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
          ast.FloorDiv: ast.Div, ast.Pow: ast.Mult, ast.Mod: ast.FloorDiv}


@dataclass
class Mutant:
    grade_id: str
    id: str          # stable: grade_id:operator:line:column[:detail]
    description: str
    code: str


@dataclass
class LessonReport:
    lesson: str
    killed: list = field(default_factory=list)
    survived: list = field(default_factory=list)
    equivalent: list = field(default_factory=list)
    broken_key: list = field(default_factory=list)  # answer keys whose own test failed

    @property
    def rate(self) -> float:
        counted = len(self.killed) + len(self.survived)
        return len(self.killed) / counted if counted else 1.0


def _block_lines(source: str) -> tuple[str, range]:
    """The answer-key code of a cell and the line numbers (1-based) of its solution block."""
    lines = source.splitlines()
    begin = next(i for i, line in enumerate(lines) if "### BEGIN SOLUTION" in line)
    end = next(i for i, line in enumerate(lines) if "### END SOLUTION" in line)
    code = "\n".join(lines[:begin] + lines[begin + 1:end] + lines[end + 1:])
    return code, range(begin + 1, end)  # after removing the BEGIN line, block = begin+1..end-1


class _Sites(ast.NodeVisitor):
    """Collect (node, operator, detail) mutation sites inside the solution block."""

    def __init__(self, block: range):
        self.block, self.sites = block, []

    def _inside(self, node) -> bool:
        return getattr(node, "lineno", 0) in self.block

    def generic_visit(self, node):
        if self._inside(node):
            self._sites_of(node)
        super().generic_visit(node)

    def _sites_of(self, node):
        add = self.sites.append
        if isinstance(node, ast.Constant) and type(node.value) in (int, float, bool):
            add((node, "constant", repr(node.value)))
        elif isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in _COMPARE:
                    add((node, "compare", f"{i}"))
                if type(op) in _FLIP:
                    add((node, "compare_flip", f"{i}"))
        elif isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in _ARITH:
            add((node, "arithmetic", type(node.op).__name__))
        elif isinstance(node, ast.Attribute) and _SWAPS.get(node.attr):
            add((node, "swap_name", node.attr))
        elif isinstance(node, ast.Name) and _SWAPS.get(node.id):
            add((node, "swap_name", node.id))
        elif isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg:
                    add((node, "drop_keyword", kw.arg))
        elif isinstance(node, ast.Return) and node.value is not None:
            add((node, "return_none", ""))
        if isinstance(node, ast.stmt) and not isinstance(node, (ast.FunctionDef, ast.Return)):
            add((node, "remove_statement", type(node).__name__))


def _apply(node, operator: str, detail: str):
    """Mutate ``node`` in place (it belongs to a deep copy of the tree)."""
    if operator == "constant":
        value = node.value
        node.value = (not value) if isinstance(value, bool) else (
            value + 1 if isinstance(value, int) else (value * 2 if value else 1.0))
    elif operator == "compare":
        i = int(detail)
        node.ops[i] = _COMPARE[type(node.ops[i])]()
    elif operator == "compare_flip":
        i = int(detail)
        node.ops[i] = _FLIP[type(node.ops[i])]()
    elif operator == "arithmetic":
        node.op = _ARITH[type(node.op)]()
    elif operator == "swap_name":
        if isinstance(node, ast.Attribute):
            node.attr = _SWAPS[node.attr]
        else:
            node.id = _SWAPS[node.id]
    elif operator == "drop_keyword":
        node.keywords = [kw for kw in node.keywords if kw.arg != detail]
    elif operator == "return_none":
        node.value = ast.Constant(None)


class _RemoveStatement(ast.NodeTransformer):
    def __init__(self, target):
        self.target = target

    def generic_visit(self, node):
        for name in ("body", "orelse", "finalbody"):
            body = getattr(node, name, None)
            if isinstance(body, list) and any(s is self.target for s in body):
                kept = [s for s in body if s is not self.target]
                setattr(node, name, kept or [ast.Pass()])
        return super().generic_visit(node)


def mutants_of(grade_id: str, source: str) -> list[Mutant]:
    code, block = _block_lines(source)
    tree = ast.parse(code)
    finder = _Sites(block)
    finder.visit(tree)
    original = ast.unparse(tree)
    found, seen = [], set()
    for index, (node, operator, detail) in enumerate(finder.sites):
        mutated = copy.deepcopy(tree)
        # Locate the same node in the copy by walking both trees in the same order.
        twin = next(b for a, b in zip(ast.walk(tree), ast.walk(mutated)) if a is node)
        if operator == "remove_statement":
            _RemoveStatement(twin).visit(mutated)
        else:
            _apply(twin, operator, detail)
        try:
            text = ast.unparse(ast.fix_missing_locations(mutated))
        except Exception:  # noqa: BLE001  (an invalid mutant is simply not a mutant)
            continue
        if text == original or text in seen:
            continue
        seen.add(text)
        mid = f"{grade_id}:{operator}:{node.lineno}:{node.col_offset}" + (f":{detail}" if detail else "")
        found.append(Mutant(grade_id, mid, f"{operator} {detail} at line {node.lineno}".strip(), text))
    return found


class _Kernel:
    """One kernel running a lesson; runs code and says whether it raised."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        # IPC transport: the kernel is local, and TCP would warn about plain text.
        self._sockets = tempfile.mkdtemp(prefix="mutants-kernel-")
        self.manager = KernelManager(kernel_name="python3", transport="ipc",
                                     ip=str(Path(self._sockets) / "kernel"))
        self.manager.start_kernel(cwd=str(course.ROOT), env={**os.environ, "MPLBACKEND": "Agg"})
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=60)

    def run(self, code: str) -> bool:
        try:
            reply = self.client.execute_interactive(code, timeout=self.timeout,
                                                    output_hook=lambda msg: None)
        except TimeoutError:
            self.manager.interrupt_kernel()
            try:
                self.client.get_shell_msg(timeout=10)
            except Exception:  # noqa: BLE001
                self.restart_needed = True
            return False
        return reply["content"]["status"] == "ok"

    restart_needed = False

    def close(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)
        shutil.rmtree(self._sockets, ignore_errors=True)


def run_lesson(lesson: str, *, sample: int | None = None, seed: int = 0,
               timeout: float = 60, equivalent: dict | None = None) -> LessonReport:
    equivalent = equivalent or {}
    nb = course.read(course.solution_path(lesson))
    tests = course.test_cells(nb)
    answers = {gid: cell for gid, cell in course.answer_cells(nb).items()
               if cell.cell_type == "code" and f"{gid}_tests" in tests}
    all_mutants = [m for gid, cell in answers.items() for m in mutants_of(gid, cell.source)]
    if sample is not None and sample < len(all_mutants):
        all_mutants = sorted(random.Random(seed).sample(all_mutants, sample), key=lambda m: m.id)
    report = LessonReport(lesson)

    def fresh_kernel() -> _Kernel:
        kernel = _Kernel(timeout)
        for cell in nb.cells:
            if cell.cell_type == "code":
                kernel.run(course.solution_code(cell.source))
        return kernel

    kernel = fresh_kernel()
    try:
        for gid in answers:
            if not kernel.run(tests[f"{gid}_tests"].source):
                report.broken_key.append(gid)
        for mutant in all_mutants:
            if mutant.id in equivalent:
                report.equivalent.append((mutant, equivalent[mutant.id]))
                continue
            test = tests[f"{mutant.grade_id}_tests"].source
            passed = kernel.run(mutant.code) and kernel.run(test)
            (report.survived if passed else report.killed).append(mutant)
            # Restore the answer key; if the kernel state was damaged, start afresh.
            key = course.solution_code(answers[mutant.grade_id].source)
            if kernel.restart_needed or not (kernel.run(key) and kernel.run(test)):
                kernel.close()
                kernel = fresh_kernel()
    finally:
        kernel.close()
    return report


def equivalent_mutants(lesson: str) -> dict:
    import importlib
    try:
        module = importlib.import_module(f"tests.submissions.lesson_{lesson}")
    except ModuleNotFoundError:
        return {}
    return dict(getattr(module, "EQUIVALENT_MUTANTS", {}))


def print_report(report: LessonReport, show_survivors: bool = True) -> None:
    counted = len(report.killed) + len(report.survived)
    print(f"{report.lesson}: {len(report.killed)}/{counted} non-equivalent mutants killed "
          f"({report.rate:.0%}); {len(report.equivalent)} equivalent", flush=True)
    for gid in report.broken_key:
        print(f"  ANSWER KEY FAILS ITS OWN TEST: {gid}")
    if show_survivors:
        for m in report.survived:
            print(f"  survived {m.id}\n    {m.description}")
        for m, why in report.equivalent:
            print(f"  equivalent {m.id}: {why}")


def main(lessons: list[str], sample: int | None, seed: int, show_survivors: bool) -> int:
    import sys
    sys.path.insert(0, str(course.ROOT))  # tests.submissions holds EQUIVALENT_MUTANTS
    reports = [run_lesson(lesson, sample=sample, seed=seed, equivalent=equivalent_mutants(lesson))
               for lesson in lessons or course.lessons()]
    print()
    for report in reports:
        print_report(report, show_survivors)
    return 0 if all(r.rate >= 0.9 and not r.broken_key for r in reports) else 1
