"""notebooks/ is exactly what nbgrader generates from solutions/, and leaks nothing."""

import shutil

import pytest

from autograder import course
from autograder.pin_outputs import is_pinned
from autograder.release import release
from autograder.validate import validate

LESSONS = course.lessons()
per_lesson = pytest.mark.parametrize("lesson", LESSONS)


def test_every_solution_has_a_student_copy_and_nothing_else():
    student = sorted(p.name for p in course.NOTEBOOKS.iterdir() if p.is_dir())
    assert student == LESSONS


@per_lesson
def test_student_copy_is_regenerated_exactly(lesson, tmp_path):
    shutil.copy(course.ROOT / "nbgrader_config.py", tmp_path)
    shutil.copytree(course.SOLUTIONS / lesson, tmp_path / "solutions" / lesson)
    fresh = release(lesson, tmp_path)
    committed = course.student_path(lesson)
    assert fresh.read_text() == committed.read_text(), (
        f"{committed} is stale: run `python -m autograder release {lesson}`")
    generated = sorted(p.name for p in fresh.parent.iterdir())
    assert generated == sorted(p.name for p in committed.parent.iterdir())


@per_lesson
def test_student_copy_has_no_solution_or_hidden_tests(lesson):
    text = course.student_path(lesson).read_text()
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
        assert marker not in text
    student = course.read(course.student_path(lesson))
    student_text = "\n".join(cell.source for cell in student.cells)
    for cell in course.read(course.solution_path(lesson)).cells:
        for block in course.solution_blocks(cell.source) + course.hidden_blocks(cell.source):
            assert block.strip() not in student_text, f"leaked into the student copy:\n{block}"
    for gid, cell in course.answer_cells(student).items():
        if cell.cell_type == "code":
            assert "raise NotImplementedError" in cell.source, f"{gid} has no stub"


@per_lesson
def test_only_checked_outputs_are_stored(lesson):
    """Student copies: no output at all. Solutions: the expected text of exactly the
    `# NBVAL_CHECK_OUTPUT` cells (else nbval would have nothing to compare), nothing else."""
    for cell in course.read(course.student_path(lesson)).cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "student copy has outputs"
    pinned = 0
    for cell in course.read(course.solution_path(lesson)).cells:
        if cell.cell_type != "code":
            continue
        if is_pinned(cell):
            pinned += 1
            assert cell.outputs, f"checked cell without stored output (run release):\n{cell.source}"
            assert all(o.output_type in ("stream", "execute_result") for o in cell.outputs)
        else:
            assert cell.outputs == [] and cell.execution_count is None, (
                f"unchecked cell stores output:\n{cell.source[:200]}")
    assert pinned >= 1, "pin at least one deterministic figure with # NBVAL_CHECK_OUTPUT"


@per_lesson
def test_nbgrader_validate_passes_answer_key_and_fails_untouched_copy(lesson):
    ok, output = validate(course.solution_path(lesson))
    assert ok, output
    ok, output = validate(course.student_path(lesson))
    assert not ok, "an untouched student notebook must not validate"
