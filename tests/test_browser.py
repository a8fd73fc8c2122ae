"""The course in a real browser: JupyterLab with nbgrader's extensions, driven end to end.

JupyterLab is started exactly as the student command (`python3 course.py lab`) starts it
(``course.lab_argv``: same extensions, same working directory), but in a throw-away copy
of the course, on a free localhost port, with a random token and private Jupyter
directories. Debian's Chromium (never a downloaded browser) is driven by Playwright.

Every step leaves a screenshot in artifacts/browser/ (ignored by git), plus the browser
console of each test, so a failure can be seen and not only read.
"""

import csv
import re
from importlib.metadata import version

import nbformat
import pytest

from autograder import course
from tests import browser_support as bs
from tests import submissions

# The root conftest's scheduler sends the whole module to one xdist worker, so one
# JupyterLab server serves all its tests.
pytestmark = pytest.mark.browser

LESSON = "01_kmeans_basics"
# The student types the answer key into the lesson's first exercise and this known
# mistake (a Wrong fixture of tests/submissions, for the second exercise) into the
# second; the mistake is one the second exercise's *visible* test catches with a hint.
WRONG_FIXTURE = "mean_not_sum"

NBGRADER_PLUGINS = ["assignment-list", "course-list", "formgrader", "create_assignment",
                    "validate-assignment"]
NBGRADER_SERVER_EXTENSIONS = ["assignment_list", "course_list", "formgrader",
                              "validate_assignment"]
STUDENT = "browser-student"
LOAD = 90_000  # ms: JupyterLab and kernels are slow to start on a busy 2-core CI machine
RUN = 300_000  # ms: running a whole lesson (generous: CI runs other lessons alongside)


# --- fixtures -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def chromium():
    try:
        return bs.ensure_chromium()
    except RuntimeError as error:
        pytest.fail(f"Debian's Chromium is needed for the browser tests: {error}", pytrace=False)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A copy of the course, its instructor gradebook, and JupyterLab serving it."""
    tmp = tmp_path_factory.mktemp("browser")
    root = bs.copy_course(tmp / "course")
    state = tmp / "state"
    env = bs.isolated_environ(state)
    # A first-run news prompt would cover the bottom of every screenshot.
    news = state / "lab-settings" / "@jupyterlab" / "apputils-extension"
    news.mkdir(parents=True, exist_ok=True)
    (news / "notification.jupyterlab-settings").write_text('{"fetchNews": "false"}\n')
    server = bs.LabServer(root, state)
    try:
        # The instructor's first step (README), while the server starts (formgrader opens
        # the gradebook per request): generate the assignment, which records it in the
        # gradebook. The student copy stays the repository's, byte for byte.
        student_copy = root / "notebooks" / LESSON / f"{LESSON}.ipynb"
        released = student_copy.read_bytes()
        bs.run_nbgrader(root, env, "generate_assignment", LESSON, "--force")
        student_copy.write_bytes(released)
        server.wait_ready()
        yield server
    finally:
        server.stop()
        bs.ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (bs.ARTIFACTS / "jupyter-lab.log").write_text(server.log())


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), headless=True,
                                    args=bs.CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser, request):
    """A fresh browser tab; its screenshots and console go to artifacts/browser/."""
    from playwright.sync_api import expect

    expect.set_options(timeout=LOAD)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_default_timeout(LOAD)
    page = context.new_page()
    page.console_messages_seen = []
    page.on("console", lambda m: page.console_messages_seen.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: page.console_messages_seen.append(f"pageerror: {e}"))
    page.shots = bs.Shots(page, request.node.name)
    try:
        yield page
    finally:
        page.shots("final")
        page.shots.text("console.log", "\n".join(page.console_messages_seen) + "\n")
        context.close()


def open_lab(page, lab, path="/lab/tree/notebooks?reset"):
    """The student's first view: JupyterLab on the course's default URL (``path="/"``),
    by default in a fresh workspace, so no tab of an earlier test is restored."""
    from playwright.sync_api import expect

    page.goto(lab.url(path))
    expect(page).to_have_url(re.compile(r"/lab/tree/notebooks"))
    expect(page.locator(".jp-FileBrowser .jp-BreadCrumbs")).to_contain_text("notebooks")
    expect(page.locator(".jp-DirListing-itemText", has_text=LESSON)).to_be_visible()


# --- lesson facts, read from the notebooks (not from the browser) -------------------

def exercises(nb) -> list[str]:
    """Answer code cells with a test cell of their own, in notebook order."""
    tests = course.test_cells(nb)
    return [gid for gid, cell in course.answer_cells(nb).items()
            if cell.cell_type == "code" and f"{gid}_tests" in tests]


def lessons_in(root) -> list[str]:
    """The lessons of a course folder (the copy may lag behind lessons being written)."""
    return sorted(p.parent.name for p in (root / "solutions").glob("*/*.ipynb")
                  if p.stem == p.parent.name and re.fullmatch(r"\d\d_[a-z0-9_]+", p.stem))


def build_submission(root, answers: dict):
    """Like tests.submissions.build, from the course copy (lessons are being rewritten
    in the repository while the tests run): the answer key, except ``answers``."""
    key = course.answer_cells(course.read(root / "solutions" / LESSON / f"{LESSON}.ipynb"))
    nb = course.read(root / "notebooks" / LESSON / f"{LESSON}.ipynb")
    for gid, cell in course.answer_cells(nb).items():
        cell.source = answers.get(gid, course.solution_code(key[gid].source))
    return nb


def cell_index(nb, grade_id: str) -> int:
    return next(i for i, c in enumerate(nb.cells)
                if course.nbgrader_meta(c).get("grade_id") == grade_id)


# --- jupyter labextension list ------------------------------------------------------

def test_nbgrader_extensions_enabled_and_ok(tmp_path):
    # The environment of the student command, without the user's own ~/.jupyter.
    listing = bs.labextension_list(bs.isolated_environ(tmp_path), tmp_path)
    bs.ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (bs.ARTIFACTS / "labextension-list.txt").write_text(listing)
    assert bs.nbgrader_labextension_problems(listing, version("nbgrader")) == []


# Real `jupyter labextension list` output (JupyterLab 4.6.6), trimmed, for the checker.
_LISTED = """JupyterLab v4.6.6
/work/main/.venv/share/jupyter/labextensions
        jupyterlab_pygments v0.3.0 enabled OK (python, jupyterlab_pygments)
        @jupyter/nbgrader v0.9.6 {state} {ok}
"""


@pytest.mark.parametrize("listing, problem", [
    (_LISTED.format(state="enabled", ok="OK"), None),
    (_LISTED.format(state="disabled", ok="OK")
     + "\n\nDisabled extensions:\n    @jupyter/nbgrader (all plugins)\n", "disabled"),
    (_LISTED.format(state="enabled", ok="OK")
     + "\n\nDisabled extensions:\n    @jupyter/nbgrader:validate-assignment\n",
     "validate-assignment"),
    (_LISTED.format(state="enabled", ok="X")
     + "\n   The following extensions may be outdated or specify dependencies that are "
       "incompatible with the current version of jupyterlab:\n        @jupyter/nbgrader\n",
     "not OK"),
    (_LISTED.replace("        @jupyter/nbgrader v0.9.6 {state} {ok}\n", ""), "missing"),
    (_LISTED.format(state="enabled", ok="OK").replace("v0.9.6", "v0.9.5"), "0.9.5"),
], ids=["ok", "disabled", "plugin-disabled", "broken", "missing", "wrong-version"])
def test_extension_check_catches_broken_or_missing(listing, problem):
    problems = bs.nbgrader_labextension_problems(listing, "0.9.6")
    if problem is None:
        assert problems == []
    else:
        assert problems and problem in " ".join(problems)


# --- in the browser -----------------------------------------------------------------

def test_lab_loads_every_nbgrader_plugin(page, lab):
    from playwright.sync_api import expect

    # The server half of nbgrader, as the running server itself reports it.
    log = lab.log()
    not_loaded = [name for name in NBGRADER_SERVER_EXTENSIONS if not re.search(
        rf"nbgrader\.server_extensions\.{name} \| extension was successfully loaded", log)]
    assert not_loaded == [], f"nbgrader server extensions not loaded: {not_loaded}"

    open_lab(page, lab, "/")  # exactly what the student command opens
    page.shots("default-url")
    bs.menu(page, "Nbgrader")
    for item in ("Assignment List", "Course List", "Formgrader"):
        expect(page.locator(".lm-Menu-itemLabel", has_text=item).first).to_be_visible()
    page.shots("nbgrader-menu")
    page.keyboard.press("Escape")
    activated = "\n".join(page.console_messages_seen)
    missing = [p for p in NBGRADER_PLUGINS if not re.search(
        rf'extension "?{re.escape(p)}"? (is )?activated', activated, re.I)]
    assert missing == [], f"nbgrader plugins that never activated: {missing}"
    # The Assignments tab (students' view of the exchange) loads without an error.
    bs.menu(page, "Nbgrader", "Assignment List")
    panel = page.locator("#nbgrader-assignment-list")
    expect(panel).to_be_visible()
    expect(panel.locator("#released_assignments_list_loading")).to_be_hidden()
    page.shots("assignment-list")
    errors = panel.locator('[id$="_list_error"]:visible')
    assert errors.count() == 0, errors.all_inner_texts()


def test_student_answers_runs_and_validates(page, lab):
    from playwright.sync_api import expect

    nb = course.read(lab.root / "notebooks" / LESSON / f"{LESSON}.ipynb")
    key = course.answer_cells(course.read(lab.root / "solutions" / LESSON / f"{LESSON}.ipynb"))
    good, bad = exercises(nb)[:2]
    wrong = next((w for w in submissions.for_lesson(LESSON)[0]
                  if w.grade_id == bad and w.name == WRONG_FIXTURE), None)
    assert wrong, f"tests/submissions has no Wrong {WRONG_FIXTURE!r} for {bad}, the second exercise"
    typed = {good: course.solution_code(key[good].source), bad: wrong.code.strip() + "\n"}

    open_lab(page, lab)
    bs.open_in_file_browser(page, LESSON, f"{LESSON}.ipynb")
    panel = page.locator(".jp-NotebookPanel:visible")
    expect(panel.locator(".jp-Notebook-ExecutionIndicator")).to_have_attribute(
        "data-status", "idle")
    page.shots("notebook-open")

    def cell(grade_id):
        return panel.locator(
            f'.jp-Notebook-cell[data-windowed-list-index="{cell_index(nb, grade_id)}"]')

    for grade_id, code in typed.items():
        answer = cell(grade_id)
        answer.scroll_into_view_if_needed()
        expect(answer).to_contain_text("YOUR CODE HERE")
        answer.locator(".cm-content").click()
        page.keyboard.press("Control+A")
        page.keyboard.insert_text(code)
        expect(answer.locator(".cm-content")).to_contain_text(code.strip().splitlines()[-1].strip())
        expect(answer).not_to_contain_text("NotImplementedError")
        page.shots(f"typed-{grade_id}")

    bs.menu(page, "Run", "Run All Cells")
    good_test, bad_test = cell(f"{good}_tests"), cell(f"{bad}_tests")
    error = bad_test.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    expect(error).to_be_visible(timeout=RUN)
    error.scroll_into_view_if_needed()
    page.shots("run-all-wrong-answer-fails")
    page.shots.text("wrong-answer-output.txt", error.inner_text())
    expect(error).to_contain_text("AssertionError")
    expect(error).to_contain_text("hint:")
    expect(error).not_to_contain_text("NotImplementedError")
    expect(error.get_by_text(re.compile(r"hint:"))).to_be_visible()
    # The correct answer's visible test ran and passed: a prompt number, no error.
    expect(good_test.locator(".jp-InputPrompt")).to_have_text(re.compile(r"\[\d+\]:"))
    expect(good_test.locator('[data-mime-type="application/vnd.jupyter.stderr"]')).to_have_count(0)
    # Nothing before the wrong answer's test failed: the lesson itself runs in the browser.
    errors = panel.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    expect(errors).to_have_count(1)
    good_test.scroll_into_view_if_needed()
    page.shots("run-all-correct-answer-passes")

    # nbgrader's Validate button (saves, then runs every test of the notebook).
    panel.locator("jp-button.validate-button").click()
    dialog = page.locator(".jp-Dialog")
    expect(dialog.locator(".jp-Dialog-header")).to_have_text("Validation Results", timeout=RUN)
    message = dialog.locator("#validation-message")
    expect(message).to_have_class(re.compile(r"validation-failed"))
    page.shots("validate-results")
    page.shots.text("validate-results.txt", message.inner_text())
    failed_sources = [t.strip() for t in message.locator(".jp-RenderedText pre").all_inner_texts()]
    tests = course.test_cells(nb)
    assert tests[f"{bad}_tests"].source.strip() in failed_sources
    assert tests[f"{good}_tests"].source.strip() not in failed_sources
    expect(message).to_contain_text("hint:")
    dialog.get_by_role("button", name="Ok").click()
    expect(dialog).to_be_hidden()
    # The saved notebook holds what the student typed.
    saved = course.read(lab.root / "notebooks" / LESSON / f"{LESSON}.ipynb")
    saved_answers = course.answer_cells(saved)
    assert all(saved_answers[g].source.strip() == c.strip() for g, c in typed.items())


def test_instructor_formgrader_lists_lessons_and_shows_scores(page, lab):
    from playwright.sync_api import expect

    open_lab(page, lab)
    bs.menu(page, "Nbgrader", "Formgrader")
    frame = page.frame_locator("iframe[src*='formgrader']")
    names = frame.locator("#main-table td.name")
    expect(names).to_have_count(len(lessons_in(lab.root)))
    expect(names).to_have_text(lessons_in(lab.root))
    row = frame.locator("#main-table tr", has=frame.locator("td.name", has_text=LESSON))
    expect(row.locator("td.num-submissions")).to_have_text("0")
    page.shots("formgrader-every-lesson")

    # A grading run with plain nbgrader, as the README tells instructors, of one
    # submission: the answer key with the same known mistake the student typed.
    wrong = next(w for w in submissions.for_lesson(LESSON)[0] if w.name == WRONG_FIXTURE)
    folder = lab.root / "submitted" / STUDENT / LESSON
    folder.mkdir(parents=True)
    nbformat.write(build_submission(lab.root, {wrong.grade_id: wrong.code}),
                   str(folder / f"{LESSON}.ipynb"))
    bs.run_nbgrader(lab.root, lab.env, "autograde", LESSON)
    bs.run_nbgrader(lab.root, lab.env, "export", "--to=grades.csv")
    with open(lab.root / "grades.csv", newline="") as f:
        grade = next(r for r in csv.DictReader(f)
                     if r["student_id"] == STUDENT and r["assignment"] == LESSON)
    score, max_score = float(grade["score"]), float(grade["max_score"])
    key = course.read(lab.root / "solutions" / LESSON / f"{LESSON}.ipynb")
    tests = course.test_cells(key)
    assert score == sum(map(course.points, tests.values())) - course.points(
        tests[f"{wrong.grade_id}_tests"]), grade  # written answers wait for a human

    frame.get_by_role("link", name="Manage Assignments").click()
    expect(row.locator("td.num-submissions")).to_have_text("1")
    page.shots("formgrader-one-submission")
    row.locator("td.num-submissions a").click()
    submission = frame.locator("#main-table tr", has=frame.locator("td.student-id", has_text=STUDENT))
    expect(submission.locator("td.score")).to_have_text(f"{score:g} / {max_score:g}")
    manual = any(course.nbgrader_meta(c).get("grade") and c.cell_type == "markdown"
                 for c in key.cells)
    expect(submission.locator("td.status")).to_have_text(
        "needs manual grading" if manual else "graded")
    page.shots("formgrader-graded-submission")
