"""Orchestration of ``python -m autograder grade``: discover, grade on Dask, record, report.

Design (a local or a remote cluster, see ``cluster``): the coordinator builds a ``Bundle``
(bytes and values), hands it to Dask once, and submits one task per submission carrying
the submission's bytes, so workers need no shared filesystem. A worker grades in a private
temporary course and returns a ``Result``. Only the coordinator writes the gradebook,
autograded/, feedback/ and the state files, one result at a time as results arrive, so the
grades never depend on the worker count or on the order in which submissions finish. A
worker that dies mid-batch loses nothing: Dask re-runs its tasks elsewhere, and each
submission is recorded once. A batch of one new submission on the local machine is graded
by the same worker function in this process: no cluster to start (see ``graders``).
"""

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import threading
import uuid
from pathlib import Path
from time import monotonic

from .. import course
from . import cluster, graders, submissions
from . import quiet, sandbox
from .limits import Limits
from .timing import Phases


def parser(sub=None) -> argparse.ArgumentParser:
    p = sub or argparse.ArgumentParser(prog="python -m autograder grade")
    p.add_argument("assignment", help="assignment (lesson) name, e.g. 01_kmeans_basics")
    p.add_argument("submissions", nargs="?", help="submitted/ folder or an LMS zip "
                   "(default: the course's submitted/)")
    p.add_argument("--course", default=str(course.default_course_root()),
                   help="nbgrader course root (default: the current folder if it has an "
                        "nbgrader_config.py, else this repository)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="parallel workers (default: every core)")
    p.add_argument("--scheduler", help="grade on an existing Dask cluster: scheduler address "
                   "(tcp://host:8786) or scheduler file (.json); --workers is then ignored")
    p.add_argument("--db", help="gradebook URL, e.g. postgresql://user@host/course "
                   "(default: the course's CourseDirectory.db_url, SQLite)")
    p.add_argument("--cell-timeout", type=int, help="seconds per cell (default: the course's ExecutePreprocessor.timeout)")
    p.add_argument("--notebook-timeout", type=int, default=600, help="wall-clock seconds per notebook")
    p.add_argument("--memory-mb", type=int, default=2048, help="memory cap of each kernel (MB)")
    p.add_argument("--no-sandbox", action="store_true",
                   help="DANGEROUS: run graded code as the grader, seeing the whole machine "
                   "(answer key, gradebook, other students, network); only for a trusted "
                   "machine or for development (see the README)")
    p.add_argument("--force", action="store_true", help="regrade every submission (default: only what is missing)")
    p.add_argument("--out", help="where the CSV, report and state go (default: COURSE/grading/ASSIGNMENT)")
    p.add_argument("--zip-regexp", default=submissions.DEFAULT_REGEXP,
                   help="nbgrader FileNameCollector.named_regexp for zip members")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--timings", metavar="FILE", help="write the seconds of every phase (the run's "
                   "and each submission's) to FILE as JSON (see benchmarks/bench_grading.py)")
    p.add_argument("--verbose", action="store_true",
                   help="also print every warning of nbgrader and SQLAlchemy (counted in the report)")
    return p


def _limits(args, config) -> Limits:
    cell = args.cell_timeout or int(config.ExecutePreprocessor.get("timeout", 120) or 120)
    return Limits(cell, args.notebook_timeout, args.memory_mb, sandbox=not args.no_sandbox)


NO_SANDBOX_WARNING = ("WARNING: --no-sandbox: graded code runs as the grader and can read the "
                      "answer key, the gradebook and other students' work, and reach the network.")


def _require_sandbox(args) -> None:
    """Refuse to start a batch that would run graded code unconfined without being told."""
    if args.no_sandbox:
        print(NO_SANDBOX_WARNING, file=sys.stderr)
        return
    problem = sandbox.check()
    if problem:
        raise SystemExit(
            f"The sandbox for graded code cannot be set up here: {problem}.\n"
            "Grading needs Linux with mount, PID and network namespaces (as root, or with "
            "unprivileged user namespaces enabled). On macOS or Windows, grade in a Linux "
            "VM or container. To grade unconfined on a trusted machine: --no-sandbox.")


class NoSubmissions(Exception):
    """The run found nothing to grade."""


def run(args) -> dict:
    """Grade; returns a summary {graded, recorded_from_state, skipped, out, csv, report}."""
    started = monotonic()
    _require_sandbox(args)
    root = Path(args.course).resolve()
    out = Path(args.out) if args.out else root / "grading" / args.assignment
    caught: list = []
    phases = Phases()
    with _work_folder(out), quiet.caught(caught):
        summary = _run(args, root, out, started, caught, phases)
    summary["warnings"] = caught
    if getattr(args, "timings", None):
        _write_timings(Path(args.timings), phases, summary, monotonic() - started)
    if getattr(args, "verbose", False):
        for line in caught:
            print(line, file=sys.stderr)
    return summary


@contextlib.contextmanager
def _work_folder(out: Path):
    """Every temporary folder of this run (workers' private courses, kernel specs, fork
    servers, Dask's scratch space) goes in ``OUT/.work``: removed at the end, and at the
    start of the next run if this one was killed. Nothing is left in the system's /tmp."""
    work = out / ".work"
    created = [p for p in (out.parent, out) if not p.exists()]  # removed again if left empty
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    saved = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = str(work)  # inherited by the local workers and their fork servers
    tempfile.tempdir = None
    try:
        yield work
    finally:
        if saved is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved
        tempfile.tempdir = None
        shutil.rmtree(work, ignore_errors=True)
        for folder in reversed(created):  # a run that found nothing leaves no empty grading/
            with contextlib.suppress(OSError):
                folder.rmdir()


def _write_timings(path: Path, phases: Phases, summary: dict, total: float) -> None:
    import json
    per = summary.pop("phases_per_submission", {})
    path.write_text(json.dumps({"total": round(total, 3), "run": phases.take(),
                                "submissions": per}, indent=1))


def _run(args, root: Path, out: Path, started: float, caught: list, phases: Phases) -> dict:
    from .bundle import build, course_directory, load_config
    from .gradebook import record
    from .state import State

    config = load_config(root)
    if args.db or "db_url" in config.CourseDirectory:
        config.CourseDirectory.db_url = cluster.gradebook_url(args.db or config.CourseDirectory.db_url)
    coursedir = course_directory(config)
    submitted = Path(coursedir.format_path(coursedir.submitted_directory, ".", ".")).resolve()
    if args.submissions and args.submissions.endswith(".zip"):
        submissions.collect_zip(Path(args.submissions), args.assignment, submitted, args.zip_regexp)
    elif args.submissions:
        submitted = Path(args.submissions)
        submitted = submitted / "submitted" if (submitted / "submitted").is_dir() else submitted
    with phases.phase("read submissions"):
        subs = submissions.from_folder(submitted, args.assignment)
    if not subs:
        # Nothing to grade is nearly always the wrong folder or a missing collect step:
        # a quiet "graded 0" would read as success.
        raise NoSubmissions(f"no submissions of {args.assignment} in {submitted} (course {root}): "
                            f"collect them first (nbgrader collect, or pass the LMS zip), "
                            f"or point --course at the course folder")
    state = State(out)
    if args.force:
        state.clear()
    run_id = uuid.uuid4().hex[:8]
    todo, skipped, resumed = [], [], []
    for sub in subs:
        saved = state.load(sub.student)
        if saved and saved.get("digest") == sub.digest and saved.get("assignment") == args.assignment:
            (skipped if saved["recorded"] else resumed).append(saved)
        else:
            todo.append(sub)
    summary = {"graded": [], "recorded_from_state": [s["student"] for s in resumed],
               "skipped": [s["student"] for s in skipped], "out": str(out)}
    with contextlib.ExitStack() as stack:
        dask = None
        if todo and not graders.suits_here(args, todo):
            # No more local workers than submissions: an idle worker and its fork server
            # would only take CPU from the busy ones while they start.
            dask = stack.enter_context(graders.cluster_soon(
                args.scheduler, min(args.workers, len(todo)), phases))
        with phases.phase("template"):
            bundle = build(root, args.assignment, config, out, _limits(args, config))
        for saved in resumed:  # graded before an interruption, not yet in the gradebook
            result = State.to_result(saved)
            state.save(result, True, saved["run_id"], record(result, coursedir, config))
        if todo:
            _grade_all(todo, bundle, args, state, coursedir, config, run_id, len(subs), summary,
                       caught, phases, dask)
        _refresh_and_report(args, coursedir, config, bundle, state, subs, summary, started,
                            caught, phases)
    return summary


def _refresh_and_report(args, coursedir, config, bundle, state, subs, summary, started, caught,
                        phases) -> None:
    from . import pending, report

    # Written answers not graded yet read "not graded yet" in the feedback; answers graded
    # in formgrader since the last run get their real score (nbgrader regenerates those).
    with phases.phase("feedback refresh"):
        summary["feedback_regenerated"] = pending.refresh_feedback(
            coursedir, config, args.assignment, [s.student for s in subs])
    with phases.phase("report"):
        columns, rows = report.collect(coursedir, bundle, state.all())
        out = Path(summary["out"])
        summary["csv"] = str(out / "grades.csv")
        summary["report"] = str(out / "report.html")
        report.write_csv(Path(summary["csv"]), columns, rows)
        timing = {"graded this run": len(summary["graded"]),
                  "workers": summary.get("workers", args.workers),
                  "gradebook": cluster.describe(coursedir.db_url),
                  "wall time": f"{monotonic() - started:.1f} s",
                  "sandbox": _isolation(bundle, state.all()),
                  "library warnings": _warnings(caught)}
        report.write_html(Path(summary["report"]), coursedir, bundle, columns, rows, timing)


def _warnings(caught: list) -> str:
    """What the report says of the warnings caught in this run (see ``quiet``)."""
    known, others = quiet.summary(caught)
    text = f"{known} known harmless (nbgrader's SQLAlchemy session warnings, nbclient's event loops)"
    if others:
        text += "; others: " + "; ".join(f"{line} (x{n})" for line, n in others[:10])
    return text


def _isolation(bundle, states: list) -> str:
    """What the report says of the sandbox, as the workers found it."""
    if not bundle.limits.sandbox:
        return "OFF (--no-sandbox: graded code could read the answer key and other students' work)"
    exposed = sorted({s["student"] for s in states if s.get("sandboxed") is False})
    return "on" if not exposed else f"on, except for earlier runs of: {', '.join(exposed)}"


def _grade_all(todo, bundle, args, state, coursedir, config, run_id, total, summary, caught,
               phases, dask) -> None:
    from tqdm import tqdm

    from .gradebook import record

    # The report's figures need matplotlib (about 0.5 s to import): imported meanwhile.
    threading.Thread(target=_import_matplotlib, name="import-matplotlib", daemon=True).start()
    grading = (graders.here(todo[0], bundle) if dask is None
               else graders.on_dask(dask, todo, bundle, args, run_id, summary, phases))
    with grading as results:
        bar = tqdm(total=total, initial=total - len(todo), unit="submission",
                   desc=f"grading {args.assignment}", disable=args.no_progress, file=sys.stderr)
        grading_started = monotonic()
        try:
            recorded = set()
            for sub, result in results:
                if sub.student in recorded:  # a task Dask re-ran after losing a worker: once only
                    continue
                recorded.add(sub.student)
                caught.extend(getattr(result, "warnings", []))
                recording = monotonic()
                state.save(result, False, run_id)
                scores = record(result, coursedir, config)
                if {k: v for k, v in scores.items() if k in result.scores} != result.scores:
                    result.reasons.append("scores recorded differ from the worker's: review")
                state.save(result, True, run_id, scores)
                recorded_in = monotonic() - recording
                phases.add("record", recorded_in)
                summary.setdefault("phases_per_submission", {})[result.student] = {
                    **getattr(result, "phases", {}), "seconds in the worker": result.seconds,
                    "record (coordinator)": round(recorded_in, 4)}
                summary["graded"].append(result.student)
                if result.status != "graded":  # one line per submission that needs attention
                    why = result.reasons[0] if result.reasons else ""
                    tqdm.write(f"{result.student}: {result.status}: {why}"[:300], file=sys.stderr)
                bar.set_postfix_str(f"{result.student}: {result.status}", refresh=False)
                bar.update()
        finally:
            bar.close()
            phases.add("grading (wall, recording included)", monotonic() - grading_started)


def _import_matplotlib() -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401


def main(argv: list[str] | None = None, args=None) -> int:
    args = args or parser().parse_args(argv)
    try:
        summary = run(args)
    except KeyboardInterrupt:
        print("\ninterrupted: what was graded is saved; run the same command again to finish.",
              file=sys.stderr)
        return 130
    except NoSubmissions as error:
        print(error, file=sys.stderr)
        return 2
    print(f"graded {len(summary['graded'])}, skipped {len(summary['skipped'])} already graded, "
          f"recorded {len(summary['recorded_from_state'])} from an interrupted run")
    print(f"grades: {summary['csv']}\nreport: {summary['report']}")
    return 0
