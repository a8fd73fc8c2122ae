"""The grader's shortcuts (issue 18) change how fast, never what: each is compared with the
library call it replaces. End to end, test_grade_command's batch checks the scores are
nbgrader's; here each shortcut is checked on its own, with real libraries and a real kernel.
"""

import asyncio
import copy
import os
from pathlib import Path

import jsonschema
import nbformat
import pytest
from nbconvert.exporters import HTMLExporter
import sqlalchemy
import zmq
from nbgrader.converters import GenerateFeedback
from nbgrader.coursedir import CourseDirectory
from nbgrader.nbgraderformat import MetadataValidator

from autograder import course
from autograder.grading import caches, engines, feedback_html, scratch_gradebook
from autograder.grading.execute import GuardedExecute
from autograder.grading.kernel_manager import RECONNECT_IVL_MS, GradingKernelClient, GradingKernelManager

SCHEMA = {"type": "object", "properties": {"points": {"type": "number", "minimum": 0}},
          "required": ["points"]}


@pytest.mark.parametrize("instance", [{"points": 2}, {"points": -1}, {}, {"points": "two"}])
def test_cached_validate_raises_what_jsonschema_raises(instance):
    def outcome(validate):
        try:
            validate(instance, SCHEMA)
        except jsonschema.ValidationError as error:
            return error.message, list(error.path)
        return None
    assert outcome(caches.validate) == outcome(jsonschema.validate)
    assert outcome(caches.validate) == outcome(jsonschema.validate)  # from the cache too


def test_cached_validate_still_rejects_an_invalid_schema():
    with pytest.raises(jsonschema.SchemaError):
        caches.validate({}, {"type": "no such type"})


def test_nbgrader_uses_the_cached_validate_and_still_rejects_bad_metadata():
    caches.install()
    cell = nbformat.v4.new_code_cell("x = 1", metadata={"nbgrader": {
        "schema_version": 3, "grade": True, "solution": False, "locked": True,
        "grade_id": "t", "points": -2, "task": False}})
    with pytest.raises(jsonschema.ValidationError):
        MetadataValidator().validate_cell(cell)


PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5E"
       "rkJggg==")
OUTPUTS = [  # one kind per code cell, in turn: what graded notebooks hold
    nbformat.v4.new_output("stream", name="stdout", text='a <b> & "c"\n  indented\n'),
    nbformat.v4.new_output("error", ename="AssertionError", evalue="x < 1",
                           traceback=["\x1b[0;31m---\x1b[0m", "\x1b[1;32mAssertionError\x1b[0m: x < 1"]),
    nbformat.v4.new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure>"}),
    nbformat.v4.new_output("execute_result", execution_count=1, data={
        "text/html": "<table><tr><th>k</th><td>3</td></tr></table>", "text/plain": "k 3"}),
    nbformat.v4.new_output("stream", name="stderr", text=""),
]


def _graded_lesson(lesson: str) -> nbformat.NotebookNode:
    """A lesson's answer key as a graded notebook: every kind of output, a score on each
    grade cell, images with and without alt text, code in every shape the lesson has."""
    nb = nbformat.read(str(course.SOLUTIONS / lesson / f"{lesson}.ipynb"), 4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    for i, cell in enumerate(code):
        cell.outputs = [copy.deepcopy(OUTPUTS[i % len(OUTPUTS)])]
        cell.execution_count = i + 1
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade"):
            cell.metadata.nbgrader["score"] = 0.5
    nb.cells.append(nbformat.v4.new_markdown_cell(
        f'![a figure](data:image/png;base64,{PNG}) <img src="data:image/png;base64,{PNG}">'))
    return nb


def _feedback_config():
    """The HTMLExporter configuration nbgrader's generate_feedback uses."""
    return GenerateFeedback(coursedir=CourseDirectory()).config


@pytest.mark.parametrize("template", ["feedback", "lab"])
@pytest.mark.parametrize("lesson", course.lessons())
def test_feedback_exporter_writes_what_html_exporter_writes(lesson, template):
    nb = _graded_lesson(lesson)
    config = _feedback_config() if template == "feedback" else None
    resources = {"nbgrader": {"notebook": lesson, "score": 3.0, "max_score": 11.0, "late_penalty": 0}}

    def page(exporter):
        return exporter(config=config).from_notebook_node(copy.deepcopy(nb), copy.deepcopy(resources))[0]
    plain = page(HTMLExporter)
    first, again = page(feedback_html.FeedbackHTMLExporter), page(feedback_html.FeedbackHTMLExporter)
    assert first == plain, "the feedback page differs from HTMLExporter's"
    assert again == plain, "the feedback page differs from HTMLExporter's when served from the memos"
    assert feedback_html._templates.store, "the templates were not cached"
    assert feedback_html._blocks_written and feedback_html._highlighted and feedback_html._markdown, \
        "the memos were not used"
    assert 'alt="No description has been provided for this image"' in plain  # the step ran


def test_a_scratch_gradebook_skips_fsync_and_every_other_database_keeps_sqlite_defaults(tmp_path):
    def settings(path) -> tuple:
        engine = sqlalchemy.create_engine(f"sqlite:///{path}")
        try:
            with engine.connect() as connection:
                return (connection.exec_driver_sql("PRAGMA synchronous").scalar(),
                        connection.exec_driver_sql("PRAGMA journal_mode").scalar())
        finally:
            engine.dispose()
    default = settings(tmp_path / "instructor.db")
    with scratch_gradebook.scratch(tmp_path / "private.db"):
        assert settings(tmp_path / "private.db") == (0, "memory")
        assert settings(tmp_path / "instructor.db") == default
    assert default == (2, "delete")  # FULL, and a journal file on disk: SQLite's defaults
    assert settings(tmp_path / "private.db") == default  # only while it is in use


@pytest.fixture
def fresh_engines(monkeypatch):
    """Kept engines of this test only, and gradebooks that can be created (nbgrader runs
    ``alembic`` by name: the grader puts this venv's on PATH, restored afterwards)."""
    from autograder.grading.bundle import venv_on_path
    monkeypatch.setenv("PATH", os.environ.get("PATH", ""))
    venv_on_path()
    monkeypatch.setattr(engines, "_kept", {})
    monkeypatch.setattr(engines, "_engines", {})
    engines.install()


def test_gradebooks_of_a_kept_database_share_one_engine_and_others_do_not(tmp_path, fresh_engines):
    from nbgrader.api import Gradebook
    kept, other = f"sqlite:///{tmp_path / 'kept.db'}", f"sqlite:///{tmp_path / 'other.db'}"
    engines.keep(kept)
    with Gradebook(kept) as a, Gradebook(kept) as b, Gradebook(other) as c, Gradebook(other) as d:
        assert a.engine is b.engine
        assert c.engine is not d.engine
        compiled = len(a.engine._compiled_cache)
        a.add_student("s1")
        b.find_student("s1")
        a.find_student("s1")
        assert len(a.engine._compiled_cache) <= compiled + 2  # the insert and the query, once


def test_the_private_gradebook_of_a_new_submission_shows_nothing_of_the_previous_one(
        tmp_path, monkeypatch, fresh_engines):
    """Same file, same kept engine, submission after submission: no pooled connection
    may still read the previous submission's rows."""
    from nbgrader.api import Gradebook, MissingEntry
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    private = scratch_gradebook.path()
    url = f"sqlite:///{private}"
    with Gradebook(f"sqlite:///{tmp_path / 'template.db'}"):
        pass
    template = (tmp_path / "template.db").read_bytes()
    for student in ("first", "second"):
        with scratch_gradebook.scratch(private):
            private.write_bytes(template)
            with Gradebook(url) as gb:
                gb.add_student(student)
                engine = gb.engine
            with Gradebook(url) as gb:
                assert gb.engine is engine
                assert [s.id for s in gb.students] == [student]
                with pytest.raises(MissingEntry):
                    gb.find_student("first" if student == "second" else "second")
            # No pooled connection at all: none outlives a session, even a leaked one's.
            assert isinstance(engine.pool, sqlalchemy.pool.NullPool)
        assert not private.exists(), "the private gradebook outlived its submission"


def test_the_execute_preprocessor_uses_the_grading_kernel_manager():
    manager = GuardedExecute().kernel_manager_class
    assert manager is GradingKernelManager
    client = manager().client()
    assert isinstance(client, GradingKernelClient)
    # Its sockets retry a connection to a kernel not bound yet after 10 ms, not 100 ms.
    socket = client.context.socket(zmq.SUB)
    try:
        assert socket.getsockopt(zmq.RECONNECT_IVL) == RECONNECT_IVL_MS == 10
    finally:
        socket.close()
        client.context.destroy()


def test_a_grading_kernel_is_ready_for_its_first_cell_and_stops(tmp_path: Path):
    """The shortened readiness wait leaves nothing the first cell's output depends on."""
    async def run() -> tuple[list, bool]:
        km = GradingKernelManager(connection_file=str(tmp_path / "kernel.json"))
        await km.start_kernel(cwd=str(tmp_path))
        kc, outputs = km.client(), []
        try:
            kc.start_channels()
            await kc.wait_for_ready(timeout=60)
            reply = await kc.execute_interactive("print(6 * 7)", timeout=60,
                                                 output_hook=outputs.append)
            assert reply["content"]["status"] == "ok"
        finally:
            kc.stop_channels()
            await km.shutdown_kernel(now=True)
        return outputs, await km.is_alive()

    outputs, alive = asyncio.run(run())
    assert [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"] == ["42\n"]
    assert not alive
