"""The grader's shortcuts (issue 18) change how fast, never what: each is compared with the
library call it replaces. End to end, test_grade_command's batch checks the scores are
nbgrader's; here each shortcut is checked on its own, with real libraries and a real kernel.
"""

import asyncio
import copy
from pathlib import Path

import jsonschema
import nbformat
import pytest
from nbconvert.exporters import HTMLExporter
from nbgrader.nbgraderformat import MetadataValidator

from autograder.grading import caches
from autograder.grading.execute import GuardedExecute
from autograder.grading.kernel_manager import GradingKernelClient, GradingKernelManager

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


def _notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Title\n\nSome *text*."),
                nbformat.v4.new_code_cell("print(1)", outputs=[nbformat.v4.new_output(
                    "stream", name="stdout", text="1\n")])]
    return nb


def test_feedback_exporter_writes_what_html_exporter_writes():
    nb = _notebook()
    plain, _ = HTMLExporter().from_notebook_node(copy.deepcopy(nb))
    first, _ = caches.FeedbackHTMLExporter().from_notebook_node(copy.deepcopy(nb))
    again, _ = caches.FeedbackHTMLExporter().from_notebook_node(copy.deepcopy(nb))  # from the cache
    assert first == plain and again == plain
    assert caches._templates.store, "the templates were not cached"


def test_the_execute_preprocessor_uses_the_grading_kernel_manager():
    manager = GuardedExecute().kernel_manager_class
    assert manager is GradingKernelManager
    assert isinstance(manager().client(), GradingKernelClient)


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
