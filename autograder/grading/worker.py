"""Grade one submission with real nbgrader in a private throw-away course directory.

A worker receives a ``Bundle`` and a ``Submission`` (bytes and values only), writes them
into a fresh temporary course (its own copy of the template gradebook), runs nbgrader's
autograde and generate_feedback in-process (nbgrader is imported once per worker
process, which is what makes parallel grading faster than serial ``nbgrader autograde``)
and returns a ``Result``: the autograded folder and the feedback as bytes, the scores and
the reasons anything was unusual. Nothing here touches the instructor's files.
"""

import copy
import functools
import json
import os
import shutil
import socket
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from time import monotonic

import nbformat
from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import (AssignLatePenalties, CheckCellMetadata, GetGrades, IgnorePattern,
                                    LimitOutput, SaveAutoGrades)

from . import caches, engines, leaks, quiet, sandbox, tamper
from .bundle import Bundle
from .feedback_html import FeedbackHTMLExporter
from .execute import (KERNEL_DIED, NOT_RUN, TRUNCATED, ClearHiddenTestsOfTestCells, GuardedExecute,
                      HideHiddenTestTracebacks)
from .preflight import _HIDDEN, meta as _meta, preflight
from .provisioner import use_kernel_spec
from . import scratch_gradebook
from .submissions import Submission
from .timing import worker as _phases

# Feedback a student may read: grades in, hidden tests and their tracebacks out.
FEEDBACK_PREPROCESSORS = [GetGrades, HideHiddenTestTracebacks, ClearHiddenTestsOfTestCells,
                          CSSHTMLHeaderPreprocessor]
GRADED, ISSUES, REVIEW, UNGRADABLE = "graded", "graded with issues", "held for review", "not gradable"
_lock = threading.Lock()
_short_lived: list = []  # socket folders outside the private course, removed after each submission
caches.install()  # nbgrader's schema checks, once per worker (see ``caches``)
engines.install()  # a kept engine per gradebook used again and again (see ``engines``)


@dataclass
class Result:
    student: str
    assignment: str
    digest: str
    timestamp: str | None
    status: str = GRADED
    reasons: list = field(default_factory=list)
    scores: dict = field(default_factory=dict)      # notebook -> grade id -> auto score
    max_scores: dict = field(default_factory=dict)  # notebook -> grade id -> points
    autograded: dict = field(default_factory=dict)  # path in autograded/<student>/<a>/ -> bytes
    feedback: dict = field(default_factory=dict)    # path in feedback/<student>/<a>/ -> bytes
    missing: list = field(default_factory=list)     # notebooks scored 0 without a file
    seconds: float = 0.0
    log: str = ""                                   # nbgrader's log when it failed
    worker: str = ""
    sandboxed: bool = False                         # False only with --no-sandbox
    warnings: list = field(default_factory=list)    # library warnings raised while grading
    phases: dict = field(default_factory=dict)      # seconds per phase (see ``timing``)


@functools.cache
def _sandbox_problem() -> str | None:
    """Checked on the worker itself: a remote node may not allow what the coordinator does."""
    return sandbox.check()


def _config(bundle: Bundle, root: Path, gradebook: Path):
    c = copy.deepcopy(bundle.config)
    c.CourseDirectory.root = str(root)
    c.CourseDirectory.source_directory = "source"
    c.CourseDirectory.db_url = f"sqlite:///{gradebook}"
    c.CourseDirectory.course_id = bundle.course_id
    c.Autograde.autograde_preprocessors = [GuardedExecute, IgnorePattern, ClearMetadataPreprocessor,
                                           LimitOutput, SaveAutoGrades, AssignLatePenalties,
                                           CheckCellMetadata]
    c.OverwriteCells.add_missing_cells = True   # a deleted test cell is put back and run
    limits = bundle.limits
    c.GuardedExecute.timeout = limits.cell_timeout
    c.GuardedExecute.notebook_timeout = limits.notebook_timeout
    c.GuardedExecute.max_output_bytes = limits.max_output_bytes
    c.GuardedExecute.iopub_timeout = 30          # a loaded machine is not a failing submission
    c.GuardedExecute.shutdown_kernel = "immediate"  # every output is in: no need to wait for it
    c.KernelManager.transport = "ipc"           # works inside an empty network namespace
    c.KernelManager.ip = str(_socket_folder(root) / "k")
    c.GenerateFeedback.preprocessors = FEEDBACK_PREPROCESSORS
    c.GenerateFeedback.exporter_class = FeedbackHTMLExporter  # see feedback_html
    c.NbGraderAPI.log_level = "WARN"
    return c


SOCKET_PATH_MAX = 100  # a Unix socket's path is at most 107 bytes; ZeroMQ appends "-PORT"


def _socket_folder(root: Path) -> Path:
    """A folder for the kernel's Unix sockets beside the private course (the sandbox mounts
    it, and only it, into the kernel's world); in /tmp if that path would be too long."""
    folder = Path(tempfile.mkdtemp(prefix="s", dir=root.parent))
    if len(str(folder / "k-65535")) > SOCKET_PATH_MAX:
        folder.rmdir()
        folder = Path(tempfile.mkdtemp(prefix="grader-ipc-", dir="/tmp"))
    _short_lived.append(folder)
    return folder


def _is_student_cell(cell) -> bool:
    m = _meta(cell)
    return not (m.get("locked") or (m.get("grade") and not m.get("solution")))


def _is_test_cell(cell) -> bool:
    m = _meta(cell)
    return bool(m.get("grade") and not m.get("solution"))


@functools.lru_cache(maxsize=8)
def _hidden_lines_of(cells_json: str) -> frozenset:
    cells = json.loads(cells_json)
    visible = "\n".join(_HIDDEN.sub("", spec["source"] or "") for spec in cells)
    return frozenset(leaks.hidden_lines(cells, visible))


def _hidden_lines(bundle: Bundle, notebook: str) -> frozenset:
    return _hidden_lines_of(json.dumps(bundle.cells[notebook], sort_keys=True))


def _label(cell, index: int) -> str:
    return _meta(cell).get("grade_id") or f"cell {index}"


def _events(nb, bundle: Bundle) -> list[str]:
    """Reasons read from the outputs the guarded execution left in the graded notebook."""
    reasons, limits = [], bundle.limits
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            ename = out.get("ename", "") if out.output_type == "error" else ""
            if ename == "CellTimeoutError":
                reasons.append(f"{_label(cell, i)} exceeded the per-cell timeout ({limits.cell_timeout} s)")
            elif ename == KERNEL_DIED and not out.evalue.startswith("not run"):
                reasons.append(f"the kernel died in {_label(cell, i)} (os._exit, a signal or a limit); "
                               "later cells were not run and score 0")
            elif ename == NOT_RUN and not any("wall-clock" in r for r in reasons):
                reasons.append(f"the wall-clock limit of {limits.notebook_timeout} s was reached at "
                               f"{_label(cell, i)}; later cells were not run and score 0")
            elif ename == "MemoryError":
                reasons.append(f"{_label(cell, i)} ran out of memory (cap {limits.memory_mb} MB)")
            elif ename == "SystemExit":
                reasons.append(f"{_label(cell, i)} called sys.exit()")
            elif TRUNCATED in str(out.get("data", {}).get("text/plain", "")):
                reasons.append(f"{_label(cell, i)} printed a huge output (truncated)")
    return reasons


def _hold_for_review(nb, findings: list) -> list[str]:
    """Score 0 on each test cell whose own exercise code is flagged (see ``tamper``).

    A test cell's own code is every cell between the previous test cell and it (the
    answer cell and any cell the student added there), and any earlier hook. Cells whose own code is clean keep
    their score: the submission is still held for review, so an instructor reads it
    before its grade stands, but one flagged line never costs the other exercises.
    """
    flagged = {f.cell_index: f for f in findings}
    # A hook (an AST transformer, an event) acts on every cell run after it, so it
    # counts as the own code of every later test cell too.
    hooks = [f for f in findings if f.kind == "hook"]
    previous_test = -1
    for j, cell in enumerate(nb.cells):
        m = _meta(cell)
        if not (m.get("grade") and not m.get("solution") and cell.cell_type == "code"):
            continue
        own = [flagged[i] for i in range(previous_test + 1, j) if i in flagged]
        own = own or [f for f in hooks if f.cell_index < j]
        previous_test = j
        if not own:
            continue
        why = (f"this exercise's code modifies what the tests rely on (cell {own[0].cell_index}, "
               f"line {own[0].line}: {own[0].code}); this test scores 0 until an instructor "
               "reviews it")
        cell.outputs.append(nbformat.v4.new_output("error", ename="GraderReview", evalue=why,
                                                   traceback=[f"GraderReview: {why}"]))
    return [f"held for review: {f}" for f in findings]


def _read_folder(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()} if folder.is_dir() else {}


def grade(bundle: Bundle, sub: Submission) -> Result:
    """Grade one submission; never raises for a bad submission (the reason is returned)."""
    start = monotonic()
    caught: list = []
    with _lock:
        _phases.take()  # a fresh start: a failed submission may have left some
        try:
            with quiet.caught(caught):
                result = _grade(bundle, sub)
            result.warnings = caught
        finally:
            with _phases.phase("clean up"):
                while _short_lived:
                    shutil.rmtree(_short_lived.pop(), ignore_errors=True)
        result.phases = _split_autograde(_phases.take())
    result.seconds = round(monotonic() - start, 3)
    result.worker = socket.gethostname() + f":{os.getpid()}"
    return result


def _split_autograde(phases: dict) -> dict:
    """nbgrader's autograde includes the kernel and the cells: what is left is its own
    bookkeeping (copying, the gradebook, the preprocessors other than execution)."""
    inside = sum(phases.get(k, 0.0) for k in ("kernel start", "execution", "kernel stop"))
    if "autograde" in phases:
        phases["nbgrader bookkeeping"] = round(max(0.0, phases.pop("autograde") - inside), 4)
    return phases


def _grade(bundle: Bundle, sub: Submission) -> Result:
    a, student = bundle.assignment, sub.student
    result = Result(student, a, sub.digest, sub.timestamp, sandboxed=bundle.limits.sandbox)
    with _phases.phase("prepare"):
        files, reasons, missing = preflight(bundle, sub.files)
    result.reasons, result.missing = [*getattr(sub, "problems", []), *reasons], missing
    private = scratch_gradebook.path()
    with tempfile.TemporaryDirectory(prefix="g-") as tmp, scratch_gradebook.scratch(private):
        root = Path(tmp)
        # Connection files of this submission's kernels stay in its private course, not in
        # the grader's home (where a killed run would leave them).
        os.environ["JUPYTER_RUNTIME_DIR"] = str(root / "runtime")
        private.write_bytes(bundle.gradebook)
        for rel, data in bundle.source_files.items():
            (root / "source" / a / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / "source" / a / rel).write_bytes(data)
        (root / "source" / a).mkdir(parents=True, exist_ok=True)
        submitted = root / "submitted" / student / a
        submitted.mkdir(parents=True)
        for rel, data in files.items():
            (submitted / rel).parent.mkdir(parents=True, exist_ok=True)
            (submitted / rel).write_bytes(data)
        if sub.timestamp:
            (submitted / "timestamp.txt").write_text(sub.timestamp)
        if len(missing) == len(bundle.notebooks):
            result.status = UNGRADABLE
            return _zero(result, bundle)
        if bundle.limits.sandbox and _sandbox_problem():
            result.reasons.append(f"not graded: the sandbox cannot be set up on worker "
                                  f"{socket.gethostname()} ({_sandbox_problem()})")
            result.status = UNGRADABLE
            return _zero(result, bundle)
        config = _config(bundle, root, private)
        use_kernel_spec(bundle.limits, bundle.preload)
        api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
        with _phases.phase("autograde"):
            out = api.autograde(a, student, force=True, create=True)
        if not out["success"]:
            last = (out.get("error") or "").strip().splitlines()[-1:] or ["unknown error"]
            result.reasons.append(f"nbgrader autograde failed: {last[0][:200]}")
            result.log = (out.get("log") or "")[-4000:] + (out.get("error") or "")[-4000:]
            result.status = UNGRADABLE
            return _zero(result, bundle)
        graded_dir = root / "autograded" / student / a
        db_url = config.CourseDirectory.db_url
        for name in bundle.notebooks:
            path = graded_dir / f"{name}.ipynb"
            if not path.exists():
                continue
            nb = nbformat.read(str(path), as_version=4)
            findings = tamper.scan(nb, _is_student_cell)
            if findings:
                result.reasons.extend(_hold_for_review(nb, findings))
                result.status = REVIEW
                resources = {"nbgrader": {"notebook": name, "assignment": a, "student": student,
                                          "db_url": db_url}}
                SaveAutoGrades().preprocess(nb, resources)
            leaked = leaks.strip(nb, _hidden_lines(bundle, name), _label, _is_test_cell)
            if leaked:
                result.reasons.extend(leaked)
                result.status = REVIEW
            if findings or leaked:
                nbformat.write(nb, str(path))
            result.reasons.extend(_events(nb, bundle))
        with Gradebook(db_url) as gb:
            for nb in gb.find_submission(a, student).notebooks:
                result.scores[nb.name] = {g.name: g.auto_score for g in nb.grades}
                result.max_scores[nb.name] = {g.name: g.max_score for g in nb.grades}
        with _phases.phase("feedback"):
            fb = api.generate_feedback(a, student, force=True)
        if not fb["success"]:
            result.reasons.append("feedback could not be generated: "
                                  + (fb.get("error") or "").strip().splitlines()[-1][:200])
        with _phases.phase("pack"):
            result.autograded = _read_folder(graded_dir)
            result.feedback = _read_folder(root / "feedback" / student / a)
    if result.status == GRADED and result.reasons:
        result.status = ISSUES
    return result


def _zero(result: Result, bundle: Bundle) -> Result:
    """Every grade cell 0, as nbgrader scores a notebook that was not submitted."""
    for name, cells in bundle.cells.items():
        graded = {s["grade_id"]: s["points"] for s in cells if s["points"] is not None}
        result.scores[name] = {gid: 0.0 for gid in graded}
        result.max_scores[name] = graded
    result.missing = list(bundle.notebooks)
    return result
