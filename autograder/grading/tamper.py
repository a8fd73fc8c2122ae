"""Static scan of a submission for code that patches what the tests rely on.

The check helpers capture numpy and builtins at import (``autograder/checks/_pristine.py``),
but a test cell may still use ``numpy.testing``, ``assert len(...)``, or compute the
expected value with scikit-learn, and all of that runs in the student's kernel. So the
grader also reads the code the student wrote (answer cells and added cells; locked cells
are restored by nbgrader) and flags:

- ``patch``: assigning to, ``setattr``/``delattr`` on, or deleting an attribute or item of
  numpy, scikit-learn, scipy, ``autograder``, ``builtins``/``__builtins__``, ``sys``
  (including ``sys.modules``) or IPython (``get_ipython().showtraceback``), or of a name
  imported from them; ``unittest.mock``;
- ``dynamic``: ``exec``, ``eval``, ``compile``, ``__import__``, ``importlib``, ``ctypes``,
  ``gc``, which could hide such a patch from this scan;
- ``shadow``: rebinding at top level a builtin, an imported name or a constant
  (``RANDOM_STATE``) of a read-only cell that the test cells use (``def len(x): return 3``
  fakes ``assert len(labels) == 3``; ``RANDOM_STATE = 0`` makes a wrong seed "right");
- ``hook``: code that sees or rewrites the cells the kernel runs after it: IPython's
  ``ast_transformers``, input transformers, ``events`` and history (``In``, ``_ih``,
  ``_i3``, ``history_manager``), ``linecache``, ``inspect``, ``sys.settrace`` and
  frames, ``globals()`` and ``vars()``. A test cell's hidden part is sent to the kernel
  like any other cell; such code could rewrite it, or echo it into the feedback.

Writing into the student's own objects is not tampering: ``scores[np.arange(n), own] =
np.inf`` roots at ``scores``, and the NumPy call inside the index changes nothing. Only
a target whose root name is a protected module (or a name imported from one) counts.

Policy: the test cell of each exercise whose own code is flagged scores 0 (an error
output saying why is added to it, so the feedback shows it); the other test cells keep
their scores; the submission is listed in the report as "held for review". The
instructor can restore points in formgrader after reading the flagged lines. Tampering
therefore never gains its exercise anything, and an innocent hit costs a review, not a
silent zero on the rest of the notebook.
"""

import ast
import builtins
import functools
import re
from dataclasses import dataclass
from types import MappingProxyType

# IPython: `get_ipython().showtraceback = ...` would hide a failing test's error output,
# and nbgrader scores a test cell by that output.
PROTECTED = ("numpy", "sklearn", "scipy", "autograder", "builtins", "sys", "IPython")
DYNAMIC_CALLS = {"exec", "eval", "compile", "__import__"}
DYNAMIC_MODULES = ("importlib", "ctypes", "gc", "unittest.mock", "mock")
HOOK_MODULES = ("linecache", "inspect")
HOOK_ATTRIBUTES = {"ast_transformers", "input_transformers_cleanup", "input_transformers_post",
                   "input_transformer_manager", "events", "history_manager", "set_custom_exc",
                   "run_cell", "run_cell_async", "displayhook", "display_pub", "settrace",
                   "setprofile", "_getframe", "addaudithook", "f_back", "f_globals", "f_locals"}
HOOK_NAMES = re.compile(r"^(In|Out|_ih|_oh|_dh|_i|_ii|_iii|_i\d+)$")
HOOK_CALLS = {"globals", "vars", "locals"}
CONSTANT = re.compile(r"^[A-Z][A-Z0-9_]*$")
BUILTIN_NAMES = set(dir(builtins))


@dataclass(frozen=True)
class Finding:
    cell_index: int
    line: int
    kind: str      # patch | dynamic | shadow | hook
    code: str

    def __str__(self) -> str:
        return f"cell {self.cell_index}, line {self.line} ({self.kind}): {self.code}"


def _root(node) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        node = node.value if not isinstance(node, ast.Call) else node.func
    return node.id if isinstance(node, ast.Name) else None


def _unpacked(targets):
    """Assignment targets with tuple/list unpacking and starred names opened up."""
    for t in targets:
        if isinstance(t, (ast.Tuple, ast.List)):
            yield from _unpacked(t.elts)
        elif isinstance(t, ast.Starred):
            yield from _unpacked([t.value])
        else:
            yield t


def _protected(module: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in PROTECTED)


def _import_aliases(tree) -> dict[str, str]:
    """name bound -> module it comes from, for imports of protected or dynamic modules."""
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                aliases[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module:
            for a in node.names:
                aliases[a.asname or a.name] = f"{node.module}.{a.name}"
    return aliases


@dataclass(frozen=True)
class _Cell:
    """What the scan reads of one cell's code; never modified once made."""
    tree: ast.Module
    aliases: MappingProxyType   # as _import_aliases
    loaded: frozenset           # names read
    top_level: frozenset        # names assigned at top level


# Statements and tests are the same in every submission: each distinct cell is parsed
# and walked once per worker (about 0.04 s per submission of lesson 01, cProfile).
@functools.lru_cache(maxsize=2048)
def _cell(source: str) -> _Cell | None:
    lines = [ln for ln in source.splitlines() if not ln.lstrip().startswith(("%", "!"))]
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return None
    loaded = frozenset(n.id for n in ast.walk(tree)
                       if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load))
    return _Cell(tree, MappingProxyType(_import_aliases(tree)), loaded,
                 frozenset(_top_level_names(tree)))


def scan(nb, is_student_cell) -> list[Finding]:
    """Findings in the code cells for which ``is_student_cell(cell)`` is true."""
    parsed = [(i, c, _cell(c.source)) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    parsed = [(i, c, p) for i, c, p in parsed if p is not None]
    trees = [(i, c, p.tree) for i, c, p in parsed]
    aliases = {"__builtins__": "builtins", "get_ipython": "IPython"}
    for _, _, p in parsed:
        aliases.update(p.aliases)
    fixed = [p for _, c, p in parsed if not is_student_cell(c)]
    fixed_aliases = {}
    for p in fixed:
        fixed_aliases.update(p.aliases)
    constants = {n for p in fixed for n in p.top_level if CONSTANT.match(n)}
    loaded = set().union(*(p.loaded for p in fixed))
    guarded = (loaded & (BUILTIN_NAMES | set(fixed_aliases) | constants)) - {"_"}
    findings = []
    for index, cell, tree in trees:
        if not is_student_cell(cell):
            continue
        lines = cell.source.splitlines()

        def flag(node, kind):
            text = lines[node.lineno - 1].strip() if node.lineno <= len(lines) else ""
            findings.append(Finding(index, node.lineno, kind, text))

        def protected_root(target) -> bool:
            name = _root(target)
            return name is not None and _protected(aliases.get(name, "")) and name in aliases

        for node in ast.walk(tree):
            targets = []
            if isinstance(node, (ast.Assign, ast.Delete)):
                targets = node.targets
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
                targets = [node.target]
            for target in _unpacked(targets):
                # Only the target's own chain counts (``np.x = ``, ``sys.modules[k] = ``),
                # never a name used inside its index (``scores[np.arange(n)] = ``).
                if isinstance(target, (ast.Attribute, ast.Subscript)) and protected_root(target):
                    flag(node, "patch")
                    break
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else None
                if name in ("setattr", "delattr") and node.args and (
                        protected_root(node.args[0]) or _root(node.args[0]) in aliases):
                    flag(node, "patch")
                elif name in DYNAMIC_CALLS:
                    flag(node, "dynamic")
                elif name in HOOK_CALLS:
                    flag(node, "hook")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [
                    f"{node.module or ''}.{a.name}" for a in node.names] + [node.module or ""]
                if any(m == d or m.startswith(d + ".") for m in modules for d in DYNAMIC_MODULES):
                    flag(node, "dynamic")
                elif any(m == d or m.startswith(d + ".") for m in modules for d in HOOK_MODULES):
                    flag(node, "hook")
            if isinstance(node, ast.Attribute) and node.attr in HOOK_ATTRIBUTES:
                flag(node, "hook")
            if isinstance(node, ast.Name) and HOOK_NAMES.match(node.id):
                flag(node, "hook")
            if isinstance(node, ast.Name) and node.id == "__builtins__":
                flag(node, "patch")
        for stmt in tree.body:  # top-level rebinding of names the tests rely on
            bound = []
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bound = [stmt.name]
            elif isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                bound = [n.id for t in targets for n in ([t] + list(getattr(t, "elts", [])))
                         if isinstance(n, ast.Name)]
            elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
                imported = _import_aliases(ast.Module([stmt], []))
                bound = [b for b, module in imported.items() if fixed_aliases.get(b) != module]
            if any(b in guarded for b in bound):
                flag(stmt, "shadow")
    return sorted(set(findings), key=lambda f: (f.cell_index, f.line))


def _top_level_names(tree) -> set[str]:
    names = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign):
            names.update(n.id for t in stmt.targets for n in ast.walk(t) if isinstance(n, ast.Name))
        elif isinstance(stmt, (ast.AnnAssign, ast.AugAssign)) and isinstance(stmt.target, ast.Name):
            names.add(stmt.target.id)
    return names

