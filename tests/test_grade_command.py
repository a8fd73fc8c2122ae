"""`python -m autograder grade`: real nbgrader, real kernels, real Dask workers.

One batch holds every kind of bad submission next to normal ones and is graded once in
parallel; the other tests grade small batches serially from a zip and across a kill.
Submissions are generated from the answer key (one change each), so each expected score
is obvious: full marks except where the change must cost points.
"""

import argparse
import csv
import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook, MissingEntry

from autograder import course
from autograder.grading import run as grading
from autograder.grading import tamper
from autograder.release import nbgrader
from tests.grade_course import FIXTURE, GradeCourse


# 2048 MB is the command's default: a kernel that has imported scikit-learn already maps
# about 1.2 GB of address space (230 MB resident), so 1 GB failed on ordinary cells.
LIMITS = dict(cell_timeout=40, notebook_timeout=300, memory_mb=2048)


def _args(gc: GradeCourse, workers: int, submissions=None, **extra) -> argparse.Namespace:
    argv = [gc.assignment] + ([str(submissions)] if submissions else []) + [
        "--course", str(gc.root), "--workers", str(workers), "--no-progress",
        "--cell-timeout", str(LIMITS["cell_timeout"]),
        "--notebook-timeout", str(LIMITS["notebook_timeout"]),
        "--memory-mb", str(LIMITS["memory_mb"])]
    for k, v in extra.items():
        argv += [f"--{k.replace('_', '-')}"] + ([] if v is True else [str(v)])
    return grading.parser().parse_args(argv)


def _cell_scores(gc: GradeCourse) -> dict:
    return gc.cell_scores()


# --- the bad-submission fixtures ------------------------------------------------------------

def _fixtures(gc: GradeCourse) -> dict:
    """student id -> (how to submit it, test cells that must score 0, reason it must report)."""
    ex = gc.exercises()
    tests = [f"{e}_tests" for e in ex]
    after = lambda k: set(tests[k:])  # noqa: E731  (cells after a dead kernel / a flagged patch)
    key = gc.key
    nb_name = gc.notebook_name

    def answer(k, code):
        return lambda student: gc.submit(student, gc.build({ex[k]: code}))

    def edited(change):
        def make(student):
            nb = gc.build()
            idx = next(i for i, c in enumerate(nb.cells)
                       if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == tests[0])
            change(nb, idx)
            gc.submit(student, nb)
        return make

    def to_markdown(nb, i):
        cell = nb.cells[i]
        nb.cells[i] = nbformat.v4.new_markdown_cell(cell.source, metadata=cell.metadata, id=cell.id)

    def duplicate(nb, i):
        copy = nbformat.from_dict(json.loads(json.dumps(nb.cells[i])))
        copy.id = copy.id + "-copy"
        copy.source = "pass  # my own copy of the tests"
        nb.cells.insert(i, copy)

    def edit(nb, i):
        nb.cells[i].source = "pass  # tests? what tests"

    def delete(nb, i):
        del nb.cells[i]

    def no_grade_id(nb, i):
        extra = nbformat.v4.new_code_cell("my_note = 'an extra graded cell'", metadata={
            "nbgrader": {"grade": True, "solution": True, "locked": False, "points": 1,
                         "schema_version": 3}})
        nb.cells.insert(i, extra)

    def to_answer_cell(nb, i):
        nb.cells[i].metadata.nbgrader.update(solution=True, locked=False)

    def hidden_marker(nb, i):
        nb.cells.append(nbformat.v4.new_markdown_cell("### BEGIN HIDDEN TESTS\nmy own notes"))

    def link_to_key(student):
        folder = gc.submit(student)
        (folder / nb_name).symlink_to(gc.root / "solutions" / gc.assignment / nb_name)

    transformer = ("\nimport ast\n"
                   "class Quiet(ast.NodeTransformer):  # every later assert and check: gone\n"
                   "    def visit_Assert(self, node):\n"
                   "        return ast.Pass()\n"
                   "    def visit_Expr(self, node):\n"
                   "        return ast.Pass()\n"
                   "get_ipython().ast_transformers.append(Quiet())\n")
    echo = ("\ndef show(result):\n    print(result.info.raw_cell)\n"
            "get_ipython().events.register('post_run_cell', show)\n")
    stub = gc.build(blank=ex)
    stub_code = {e: c.source for e, c in course.answer_cells(stub).items()}
    specs = {
        "answer-key": (lambda student: gc.submit(student, gc.build()), set(), None),
        "blank": (lambda student: gc.submit(student, gc.build(blank=ex)), set(tests), None),
        "infinite-loop": (answer(0, "while True:\n    pass\n" + key[ex[0]]), {tests[0]}, "timeout"),
        "memory-bomb": (answer(0, "def grow():\n    hog = []\n    while True:\n"
                                  "        hog.append(bytearray(50 * 1024 * 1024))\n\ngrow()\n"
                                  + key[ex[0]]), {tests[0]}, "out of memory"),
        "sys-exit": (answer(0, "import sys\nsys.exit()\n" + key[ex[0]]), {tests[0]}, "sys.exit"),
        "os-exit": (answer(1, "import os\nos._exit(3)\n" + key[ex[1]]), after(1), "kernel died"),
        "killed-kernel": (answer(1, "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n"
                                    + key[ex[1]]), after(1), "kernel died"),
        "not-json": (lambda student: gc.submit(student, raw=b"{ this is not json"), set(tests), "not valid JSON"),
        "not-a-notebook": (lambda student: gc.submit(student, raw=json.dumps({"hello": "world"}).encode()),
                           set(tests), "not a valid notebook"),
        "renamed": (lambda student: gc.submit(student, gc.build(), name=f"Copy of {nb_name}"), set(), "renamed"),
        "missing": (lambda student: (gc.submit(student) / "notes.txt").write_text("forgot it"), set(tests), "missing"),
        "test-edited": (edited(edit), set(), "was edited"),
        "test-deleted": (edited(delete), set(), "was deleted"),
        "test-duplicated": (edited(duplicate), set(), "duplicated"),
        "test-markdown": (edited(to_markdown), set(), "changed to markdown"),
        "huge-output": (answer(0, key[ex[0]] + "\nfor i in range(300_000):\n    print('spam', i)\n"),
                        set(), "huge output"),
        "patches-numpy-testing": (answer(1, stub_code[ex[1]] + "\nimport numpy.testing\n"
                                         "numpy.testing.assert_allclose = lambda *a, **k: None\n"
                                         "numpy.testing.assert_equal = lambda *a, **k: None\n"),
                                  {tests[1]}, "held for review"),
        # writing into its own array, NumPy in the index: ordinary code, full marks
        "own-array": (answer(0, key[ex[0]] + "\nimport numpy as np\nscores = np.ones((3, 3))\n"
                             "scores[np.arange(3), [0, 1, 2]] = np.inf\n"), set(), None),
        # an ordinary mistake: its test fails with the hint that names it
        "wrong-n-init": (answer(0, key[ex[0]].replace("n_init=10", "n_init=1")), {tests[0]}, None),
        "symlink-to-key": (link_to_key, set(tests), "is a link"),
        "no-grade-id": (edited(no_grade_id), set(), "no grade id"),
        "test-to-answer": (edited(to_answer_cell), set(), "changed to an answer cell"),
        "hidden-marker": (edited(hidden_marker), set(), None),
        # the transformer neuters every later test cell: all of them are held
        "ast-transformer": (lambda student: gc.submit(student, gc.build(
            {ex[1]: stub_code[ex[1]] + transformer}, blank=ex[2:])), after(1), "held for review"),
        "echoes-tests": (answer(0, key[ex[0]] + echo), after(0), "hidden test code"),
        "rebinds-constant": (answer(0, "RANDOM_STATE = 0\n" + key[ex[0]]), {tests[0]}, "held for review"),
        "patches-checks": (answer(1, stub_code[ex[1]] + "\nfrom autograder import checks\n"
                                  "for name in dir(checks):\n"
                                  "    if name.startswith('check'):\n"
                                  "        setattr(checks, name, lambda *a, **k: None)\n"),
                           {tests[1]}, "held for review"),
    }
    return specs


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    gc = GradeCourse(tmp_path_factory.mktemp("grade-batch"))
    fixtures = _fixtures(gc)
    for student, (make, _, _) in fixtures.items():
        make(student)
    summary = grading.run(_args(gc, workers=2, timings=gc.root / "timings.json"))
    return gc, fixtures, summary, _cell_scores(gc)


BAD = ["infinite-loop", "memory-bomb", "sys-exit", "os-exit", "killed-kernel", "not-json",
       "not-a-notebook", "renamed", "missing", "test-edited", "test-deleted", "test-duplicated",
       "test-markdown", "huge-output", "patches-numpy-testing", "patches-checks",
       "symlink-to-key", "no-grade-id", "test-to-answer", "ast-transformer", "echoes-tests",
       "rebinds-constant"]


@pytest.mark.parametrize("student", ["answer-key", "blank", "own-array", "hidden-marker", "wrong-n-init"] + BAD)
def test_every_submission_gets_the_right_score(batch, student):
    gc, fixtures, _, scores = batch
    _, zero, _ = fixtures[student]
    expected = {t: (0 if t in zero else p) for t, p in gc.points().items()}
    assert scores[student] == expected


@pytest.mark.parametrize("student", BAD)
def test_each_bad_submission_is_reported_with_its_reason(batch, student):
    gc, fixtures, summary, _ = batch
    _, _, reason = fixtures[student]
    state = json.loads((Path(summary["out"]) / "results" / f"{student}.json").read_text())
    assert state["status"] != "graded"
    assert any(reason.lower() in r.lower() for r in state["reasons"]), state["reasons"]
    report = Path(summary["report"]).read_text()
    section = report.split("Submissions not graded normally")[1].split("All scores")[0]
    assert f"<td>{student}</td>" in section


def test_timings_account_for_every_phase_of_the_run_and_of_each_submission(batch):
    gc, fixtures, summary, _ = batch
    timings = json.loads((gc.root / "timings.json").read_text())
    for phase in ("template", "cluster start", "record", "report"):
        assert phase in timings["run"], f"the run's phase {phase!r} is not timed"
    assert set(timings["submissions"]) == set(fixtures)
    key = timings["submissions"]["answer-key"]
    for phase in ("prepare", "kernel start", "execution", "nbgrader bookkeeping", "feedback"):
        assert key.get(phase, 0) > 0, f"the answer key's phase {phase!r} took no time"
    # The worker's phases are parts of its time, not more than it.
    worker_phases = sum(v for k, v in key.items() if k not in ("seconds in the worker",
                                                                "record (coordinator)"))
    assert worker_phases <= key["seconds in the worker"] + 0.01
    assert sum(timings["run"].values()) - timings["run"]["record"] <= timings["total"] + 0.01


def test_normal_submissions_are_graded_normally(batch):
    _, _, summary, _ = batch
    for student in ("answer-key", "blank", "own-array", "hidden-marker"):
        state = json.loads((Path(summary["out"]) / "results" / f"{student}.json").read_text())
        assert (state["status"], state["reasons"]) == ("graded", [])


def test_every_kernel_was_sandboxed_and_the_report_says_so(batch):
    _, fixtures, summary, _ = batch
    for student in fixtures:
        state = json.loads((Path(summary["out"]) / "results" / f"{student}.json").read_text())
        assert state["sandboxed"] is True, student
    assert "sandbox: on." in Path(summary["report"]).read_text()


def test_huge_output_is_cut_in_the_graded_notebook(batch):
    gc, *_ = batch
    path = gc.root / "autograded" / "huge-output" / gc.assignment / gc.notebook_name
    assert path.stat().st_size < 1_500_000


def test_csv_has_one_row_per_student_and_a_column_per_exercise(batch):
    gc, fixtures, summary, scores = batch
    with open(summary["csv"], newline="") as f:
        rows = {r["student_id"]: r for r in csv.DictReader(f)}
    assert set(rows) == set(fixtures)
    for e in gc.exercises():
        assert e in rows["answer-key"]
    total = sum(gc.points().values())
    assert float(rows["answer-key"]["total"]) == pytest.approx(total)
    assert float(rows["blank"]["total"]) == 0
    for student, row in rows.items():
        assert float(row["total"]) == pytest.approx(sum(scores[student].values()))


def test_report_has_figures_failed_exercises_and_problems(batch):
    gc, _, summary, scores = batch
    report = Path(summary["report"]).read_text()
    assert report.count("data:image/png;base64,") >= 2
    failed = report.split("Exercises most students failed")[1].split("<h2>")[0]
    lost = {e: sum(s[f"{e}_tests"] < p for s in scores.values())
            for e, p in ((e, gc.points()[f"{e}_tests"]) for e in gc.exercises())}
    first = re.search(r"<tr><td>([^<]+)</td>", failed).group(1)
    assert lost[first] == max(lost.values())
    assert f"{lost[first]} (" in failed


def test_gradebook_has_every_submission_for_formgrader(batch):
    gc, fixtures, _, _ = batch
    with Gradebook(gc.db_url) as gb:
        assert {s.student_id for s in gb.assignment_submissions(gc.assignment)} == set(fixtures)
    assert (gc.root / "autograded" / "answer-key" / gc.assignment / gc.notebook_name).exists()


def _code_lines(sources) -> set[str]:
    """Statement lines long enough that finding one in a page means the code is shown."""
    return {line.strip() for src in sources for line in src.splitlines()
            if len(line.strip()) >= 25 and not line.strip().startswith("#")}


def _page_text(path: Path) -> str:
    """The feedback page as a reader sees it: no styles, no tags, entities decoded."""
    page = re.sub(r"<style.*?</style>", "", path.read_text(), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_feedback_does_not_show_hidden_tests(batch):
    gc, *_ = batch
    tests = course.test_cells(gc.solution).values()
    released = "\n".join(c.source for c in gc.release.cells)
    hidden = {line for line in _code_lines(b for cell in tests for b in course.hidden_blocks(cell.source))
              if line not in released}
    visible = _code_lines(c.source for c in gc.release.cells if course.points(c))
    assert hidden and visible, "the assignment needs visible and hidden test lines to compare"
    for student in ("answer-key", "blank"):
        text = _page_text(gc.root / "feedback" / student / gc.assignment
                          / gc.notebook_name.replace(".ipynb", ".html"))
        # The same search finds the visible tests, so a missing hidden line means hidden.
        assert all(line in text for line in visible), f"{student}'s feedback lacks the visible tests"
        leaked = [line for line in hidden if line in text]
        assert not leaked, f"{student}'s feedback shows hidden-test code: {leaked[:3]}"


def test_zip_input_graded_serially_gives_the_parallel_scores_and_plain_nbgraders(batch, tmp_path):
    """One worker or two, forked kernels or nbgrader's own: the same scores."""
    gc, fixtures, _, parallel = batch
    other = GradeCourse(tmp_path / "course", gc.assignment, gc.root / "solutions" / gc.assignment)
    students = ["answer-key", "blank", "sys-exit"]
    archive = tmp_path / "lms.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for i, student in enumerate(students):
            data = (gc.root / "submitted" / student / gc.assignment / gc.notebook_name).read_bytes()
            sid = student.replace("-", "")
            zf.writestr(f"{gc.assignment}_{sid}_attempt_2026-01-0{i + 1}-10-00-00_{gc.notebook_name}", data)
    summary = grading.run(_args(other, workers=1, submissions=archive))
    assert sorted(summary["graded"]) == sorted(s.replace("-", "") for s in students)
    serial = _cell_scores(other)
    assert {s: serial[s.replace("-", "")] for s in students} == {s: parallel[s] for s in students}
    assert (other.root / "submitted" / "answerkey" / gc.assignment / "timestamp.txt").exists()
    plain = GradeCourse(tmp_path / "plain", gc.assignment, gc.root / "solutions" / gc.assignment)
    shutil.copytree(other.root / "submitted", plain.root / "submitted")
    nbgrader("autograde", gc.assignment, cwd=plain.root)
    assert _cell_scores(plain) == serial, "plain `nbgrader autograde` scores differently"
    assert _rows(plain) == _rows(other), "the gradebook rows differ from plain nbgrader's"


def _rows(gc: GradeCourse) -> dict:
    """Everything autograding writes in the gradebook, per student: each grade's scores and
    review flag, each comment's automatic text, each notebook's late penalty."""
    with Gradebook(gc.db_url) as gb:
        return {s.student_id: [(nb.name, nb.late_submission_penalty,
                                sorted((g.name, g.auto_score, g.manual_score, g.needs_manual_grade)
                                       for g in nb.grades),
                                sorted((c.name, c.auto_comment) for c in nb.comments))
                               for nb in s.notebooks]
                for s in gb.assignment_submissions(gc.assignment)}


def test_a_record_that_fails_leaves_nothing_half_written(batch, tmp_path):
    """One record is one transaction: a notebook nbgrader cannot record (a grade cell the
    gradebook does not know) leaves no student, submission or score behind."""
    from autograder.grading.bundle import course_directory, load_config
    from autograder.grading.gradebook import record
    from autograder.grading.worker import Result
    gc = batch[0].copy_to(tmp_path / "course")
    config = load_config(gc.root)
    coursedir = course_directory(config)
    nb = nbformat.read(str(gc.root / "autograded" / "answer-key" / gc.assignment / gc.notebook_name), 4)
    grade_cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
    grade_cells[-1].metadata.nbgrader.grade_id = "not-in-the-gradebook"
    name = gc.notebook_name.removesuffix(".ipynb")
    result = Result("newcomer", gc.assignment, "digest", None, scores={name: {}},
                    autograded={gc.notebook_name: nbformat.writes(nb).encode()})
    before = _rows(gc)
    with pytest.raises(MissingEntry):  # nbgrader's own error for the unknown grade cell
        record(result, coursedir, config)
    assert _rows(gc) == before
    with Gradebook(gc.db_url) as gb:
        assert "newcomer" not in {s.id for s in gb.students}


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "killed"])
def test_resume_after_an_interruption_grades_only_what_is_missing(tmp_path, sig):
    # The small assignment: what is tested is the bookkeeping, not the lesson.
    other = GradeCourse(tmp_path / "course", FIXTURE.name, FIXTURE)
    students = ["s1", "s2", "s3", "s4"]
    # Correct but slow answers, so that the interruption lands while some are still to be
    # graded (a forked kernel grades the small assignment in about a second).
    first = other.exercises()[0]
    for s in students:
        other.submit(s, other.build({first: "import time\ntime.sleep(4)\n" + other.key[first]}))
    argv = [sys.executable, "-m", "autograder", "grade", other.assignment, "--course", str(other.root),
            "--workers", "1", "--no-progress", "--cell-timeout", "30"]
    results = other.root / "grading" / other.assignment / "results"
    log = tmp_path / "first-run.log"
    system_tmp = tmp_path / "system-tmp"  # the system's temporary folder, as the run sees it
    system_tmp.mkdir()
    with open(log, "wb") as out:
        # As in a terminal: a shell that started the suite in the background (no job
        # control) passes SIGINT on as ignored, and Python then never raises Ctrl-C.
        proc = subprocess.Popen(argv, cwd=other.root, start_new_session=True,
                                stdout=out, stderr=subprocess.STDOUT,
                                env=dict(os.environ, TMPDIR=str(system_tmp)),
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 150
        done = []
        while time.monotonic() < deadline and proc.poll() is None:
            done = [p.stem for p in results.glob("*.json") if json.loads(p.read_text())["recorded"]]
            if done:
                break
            time.sleep(0.2)
        assert done and proc.poll() is None, "the first run finished or graded nothing in time"
        os.killpg(proc.pid, sig)  # to the whole group, as a terminal sends Ctrl-C
        code = proc.wait(timeout=120)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # whatever outlived the interruption
        except ProcessLookupError:
            pass
        proc.wait()
    if sig == signal.SIGINT:
        assert code == 130, log.read_text()[-2000:]
        assert "run the same command again" in log.read_text()
    done = [p.stem for p in results.glob("*.json") if json.loads(p.read_text())["recorded"]]
    before = {s: json.loads((results / f"{s}.json").read_text()) for s in done}
    # Killed or not, nothing of the run is left in the system's temporary folder (its
    # temporary folders are in the course's outputs, cleaned by the next run).
    assert sorted(p.name for p in system_tmp.iterdir()) == []
    summary = grading.run(_args(other, workers=1))
    assert not (results.parent / ".work").exists(), "the run's temporary folder is still there"
    assert set(summary["skipped"]) >= set(done)
    assert set(summary["graded"]) | set(summary["skipped"]) | set(summary["recorded_from_state"]) == set(students)
    assert not set(summary["graded"]) & set(done), "graded twice"
    for s in done:
        assert json.loads((results / f"{s}.json").read_text())["run_id"] == before[s]["run_id"]
    full = sum(other.points().values())
    assert {s: sum(v.values()) for s, v in _cell_scores(other).items()} == {s: full for s in students}


# --- static tamper scan (no kernels) ----------------------------------------------------------

@pytest.mark.parametrize("lesson", course.lessons())
def test_answer_keys_are_not_flagged_as_tampering(lesson):
    nb = course.read(course.solution_path(lesson))
    for cell in nb.cells:
        cell.source = course.solution_code(cell.source)
    student = lambda c: bool(course.nbgrader_meta(c).get("solution"))  # noqa: E731
    assert tamper.scan(nb, student) == []


@pytest.mark.parametrize("code, kind", [
    ("import numpy as np\nnp.testing.assert_allclose = print", "patch"),
    ("from numpy import testing\nsetattr(testing, 'assert_equal', print)", "patch"),
    ("import builtins\nbuiltins.isinstance = lambda *a: True", "patch"),
    ("from sklearn.cluster import KMeans\nKMeans.fit = lambda self, X: self", "patch"),
    ("import sys\nsys.modules['autograder.checks'] = None", "patch"),
    ("exec('np.allclose = lambda *a, **k: True')", "dynamic"),
    ("def len(x):\n    return 3", "shadow"),
    ("from unittest import mock", "dynamic"),
    ("get_ipython().showtraceback = lambda *a, **k: None", "patch"),
    ("import numpy as np\nx, np.allclose = 1, print", "patch"),
    ("import numpy as np\nnp.__dict__['allclose'] = print", "patch"),
    ("get_ipython().ast_transformers.append(object())", "hook"),
    ("ip = get_ipython()\nip.events.register('post_run_cell', print)", "hook"),
    ("print(In[-1])", "hook"),
    ("print(_ih[3], _i2)", "hook"),
    ("import linecache\nprint(linecache.cache)", "hook"),
    ("import sys\nsys.settrace(print)", "hook"),
    ("globals()['np'] = None", "hook"),
    ("RANDOM_STATE = 0", "shadow"),
])
def test_tamper_scan_flags_patches(code, kind):
    setup = nbformat.v4.new_code_cell("RANDOM_STATE = 42", metadata={"nbgrader": {"locked": True}})
    fixed = nbformat.v4.new_code_cell("import numpy as np\nassert len(np.arange(3)) == 3\n"
                                      "assert RANDOM_STATE == 42",
                                      metadata={"nbgrader": {"locked": True, "grade": True}})
    nb = nbformat.v4.new_notebook(cells=[setup, fixed, nbformat.v4.new_code_cell(code)])
    found = tamper.scan(nb, lambda c: "nbgrader" not in c.metadata)
    assert kind in {f.kind for f in found}


def test_tamper_scan_ignores_ordinary_code():
    code = ("import numpy as np\nimport matplotlib.pyplot as plt\nplt.rcParams['figure.dpi'] = 80\n"
            "X = np.zeros((3, 2))\nX[0] = 1\nmodel = object()\ndef f(n):\n    len = n\n    return len\n"
            # writing into one's own arrays, with NumPy in the index or the value
            "scores = np.ones((3, 3))\nscores[np.arange(3), [0, 1, 2]] = np.inf\n"
            "mask = np.zeros(3)\nidx = np.flatnonzero(mask == 0)\nmask[idx] = 1.0\n"
            "a, b[np.argmax(mask)] = 1, 2\n")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    assert tamper.scan(nb, lambda c: True) == []


def test_report_lists_review_first_and_analyses_items(batch):
    _, fixtures, summary, _ = batch
    report = Path(summary["report"]).read_text()
    section = report.split("Submissions not graded normally")[1].split("<h2>")[0]
    statuses = re.findall(r"<tr><td>[^<]+</td><td>([^<]+)</td>", section)
    order = {"held for review": 0, "not gradable": 1, "graded with issues": 2}
    assert statuses and [order[s] for s in statuses] == sorted(order[s] for s in statuses)
    items = report.split("<h2>Item analysis</h2>")[1].split("<h2>")[0]
    assert "data:image/png;base64," in items and "discrimination" in items
    failures = report.split("Exercises most students failed")[1].split("<h2>")[0]
    assert re.search(r"\d+ students?: <code>AssertionError: [^<]*\(hint: ", failures), (
        "failures grouped by the hint students saw, with counts")


def test_report_renders_in_chromium_with_its_figures_and_links(batch):
    """The page as an instructor opens it: a laptop-width window, no network."""
    from playwright.sync_api import sync_playwright

    from tests.browser_support import ARTIFACTS, CHROMIUM_ARGS, ensure_chromium

    _, _, summary, _ = batch
    report = Path(summary["report"])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(ensure_chromium()), headless=True,
                                    args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 768})
            page.goto(report.as_uri())
            images = page.eval_on_selector_all("img", "els => els.map(e => [e.complete, e.naturalWidth])")
            links = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=False)
        finally:
            browser.close()
    assert len(images) >= 3 and all(done and width > 100 for done, width in images), images
    assert links, "the report links to no feedback or graded notebook"
    missing = [h for h in links if not (report.parent / h).resolve().exists()]
    assert missing == [], missing
    assert (ARTIFACTS / "report.png").stat().st_size > 20_000, "the screenshot looks blank"


def test_two_gradings_of_different_assignments_run_at_once(tmp_path):
    """Two instructors (or two terminals) on one machine, one course: no port, folder or
    gradebook collision, and each run cleans up after itself."""
    lesson = GradeCourse(tmp_path / "course")
    tiny = GradeCourse(tmp_path / "course", FIXTURE.name, FIXTURE)
    for gc in (lesson, tiny):
        gc.submit("s1", gc.build())
        gc.submit("s2", gc.build(blank=gc.exercises()))
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    procs = [subprocess.Popen([sys.executable, "-m", "autograder", "grade", gc.assignment,
                               "--course", str(gc.root), "--workers", "1", "--no-progress"],
                              cwd=gc.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=dict(os.environ, TMPDIR=str(system_tmp)))
             for gc in (lesson, tiny)]
    outputs = [p.communicate(timeout=600) for p in procs]
    for p, (_, err) in zip(procs, outputs):
        assert p.returncode == 0, err[-2000:]
    for gc in (lesson, tiny):
        scores = gc.cell_scores()
        assert sum(v for k, v in scores["s1"].items() if k.endswith("_tests")) == sum(
            p for g, p in gc.points().items() if g.endswith("_tests")), (gc.assignment, scores)
        assert not (gc.root / "grading" / gc.assignment / ".work").exists()
    assert list(system_tmp.iterdir()) == []


def test_a_batch_of_one_is_graded_in_this_process_as_dask_grades_it_and_leaves_nothing(tmp_path):
    """One new submission is graded without a cluster (issue 18's fixed cost): by the
    workers' own function, in a sandboxed kernel of this process's fork server, which is
    stopped afterwards. Its scores are those of the same submissions graded on Dask."""
    import psutil
    gc = GradeCourse(tmp_path / "course", FIXTURE.name, FIXTURE)
    me = psutil.Process()
    children = {p.pid for p in me.children(recursive=True)}
    environment = {k: os.environ.get(k) for k in ("JUPYTER_RUNTIME_DIR", "JUPYTER_PATH")}
    here = {}
    for student, answers in (("s1", gc.build()), ("s2", gc.build(blank=gc.exercises()[:1]))):
        gc.submit(student, answers)
        timings = tmp_path / f"{student}.json"
        summary = grading.run(_args(gc, workers=2, timings=timings))
        assert summary["graded"] == [student]
        run = json.loads(timings.read_text())["run"]
        assert "cluster start" not in run and "grading (wall, recording included)" in run
        state = json.loads((Path(summary["out"]) / "results" / f"{student}.json").read_text())
        assert state["worker"].endswith(f":{os.getpid()}"), state["worker"]
        assert state["sandboxed"] and state["status"] == "graded", state["reasons"]
        assert {p.pid for p in me.children(recursive=True) if p.is_running()} <= children, \
            "the fork server or a kernel outlived the batch"
        assert {k: os.environ.get(k) for k in environment} == environment
        assert not (Path(summary["out"]) / ".work").exists()
        here[student] = gc.cell_scores()[student]
    points = gc.points()
    assert here["s1"] == points and here["s2"] != points
    summary = grading.run(_args(gc, workers=2, force=True, timings=tmp_path / "dask.json"))
    assert "cluster start" in json.loads((tmp_path / "dask.json").read_text())["run"]
    assert sorted(summary["graded"]) == ["s1", "s2"]
    assert gc.cell_scores() == here


def test_the_template_gradebook_is_a_cache_of_the_current_source_only(tmp_path):
    gc = GradeCourse(tmp_path / "course", FIXTURE.name, FIXTURE)
    gc.submit("s1", gc.build(blank=gc.exercises()))  # a run with nothing to grade stops early
    out = gc.root / "grading" / gc.assignment
    grading.run(_args(gc, workers=1))
    first = sorted(p.name for p in out.glob("template-*.db"))
    source = gc.root / "solutions" / gc.assignment
    (source / "data.txt").write_text("a file released with the assignment\n")  # a new source
    grading.run(_args(gc, workers=1))
    second = sorted(p.name for p in out.glob("template-*.db"))
    assert len(first) == 1 and len(second) == 1 and first != second, (first, second)


def test_grading_from_inside_a_course_folder_grades_that_course_and_says_when_nothing_is_there(tmp_path):
    """Without --course the command works on the current folder when it is an nbgrader
    course (not silently on this repository), and finding no submissions is an error that
    names the folder it looked in, not a quiet "graded 0", and it leaves no grading/ behind."""
    gc = GradeCourse(tmp_path / "course", FIXTURE.name, FIXTURE)
    run = subprocess.run([sys.executable, "-m", "autograder", "grade", gc.assignment, "--no-progress"],
                         cwd=gc.root, capture_output=True, text=True, timeout=300)
    assert run.returncode == 2, run.stdout + run.stderr[-2000:]
    assert f"no submissions of {gc.assignment} in {gc.root / 'submitted'}" in run.stderr, run.stderr[-2000:]
    assert "nbgrader collect" in run.stderr
    assert not (gc.root / "grading").exists()
    assert not (course.ROOT / "grading" / gc.assignment).exists()
    gc.submit("s1", gc.build())
    run = subprocess.run([sys.executable, "-m", "autograder", "grade", gc.assignment, "--no-progress",
                          "--workers", "1"], cwd=gc.root, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert f"grades: {gc.root / 'grading' / gc.assignment / 'grades.csv'}" in run.stdout, run.stdout
