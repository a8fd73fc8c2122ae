"""Every lesson opens and closes the same way (issue 17, item 5), so a student always finds
where they are, what they need, how grading works and where to go next.

- the first cell's heading is "# Lesson NN — Title";
- it has a **Prerequisites.** and a **How this notebook works.** paragraph; the latter says
  that more tests decide the grade when the notebook is graded, and names each written
  exercise (a manually graded answer cell) as graded by hand;
- the summary (the last markdown cell with "Where to go next") points at a later or an
  earlier lesson, except that the last lesson may only point back.
"""

import re

import pytest

from autograder import course

LESSONS = course.lessons()


def markdown(lesson: str) -> list[tuple[str, str]]:
    nb = course.read(course.solution_path(lesson))
    return [(cell.get("id", "?"), cell.source) for cell in nb.cells if cell.cell_type == "markdown"]


def written_exercises(lesson: str) -> list[str]:
    """The numbers ("7.8") of the exercises whose answer is graded by hand."""
    nb = course.read(course.solution_path(lesson))
    numbers, heading = [], None
    for cell in nb.cells:
        found = re.search(r"^###\s+Exercise\s+(\d+\.\d+)", cell.source, re.M)
        if cell.cell_type == "markdown" and found:
            heading = found.group(1)
        info = cell.metadata.get("nbgrader", {})
        if info.get("grade") and info.get("solution") and cell.cell_type == "markdown":
            numbers.append(heading)
    return numbers


def paragraph(text: str, title: str) -> str | None:
    found = re.search(rf"\*\*{re.escape(title)}\*\*(.*?)(\n\n|$)", text, re.S)
    return found.group(1) if found else None


@pytest.mark.parametrize("lesson", LESSONS)
def test_the_lesson_opens_with_the_course_scaffold(lesson):
    cells = markdown(lesson)
    intro = cells[0][1]
    number = lesson[:2]
    assert re.match(rf"# Lesson {number} — \S", intro), (
        f"{lesson}: the first cell must start with '# Lesson {number} — Title'")
    assert paragraph(intro, "Prerequisites."), f"{lesson}: no **Prerequisites.** paragraph"
    how = paragraph(intro, "How this notebook works.")
    assert how, f"{lesson}: no **How this notebook works.** paragraph"
    how = " ".join(how.split())  # line breaks fall anywhere in a paragraph
    assert re.search(r"more tests .*decide the points", how), (
        f"{lesson}: the grading paragraph must say that more tests decide the points")
    for exercise in written_exercises(lesson):
        assert re.search(rf"Exercise {re.escape(exercise)} is a written answer, graded by hand",
                         how), f"{lesson}: say that Exercise {exercise} is graded by hand"


@pytest.mark.parametrize("lesson", LESSONS)
def test_the_summary_says_where_to_go_next(lesson):
    nexts = [text for _, text in markdown(lesson) if "**Where to go next" in text]
    assert nexts, f"{lesson}: the summary has no **Where to go next** part"
    after = nexts[-1].split("**Where to go next", 1)[1]
    named = {int(n) for n in re.findall(r"[Ll]essons? (\d\d)", after)}
    assert named, f"{lesson}: 'Where to go next' names no lesson"
    if lesson != LESSONS[-1]:
        assert any(n > int(lesson[:2]) for n in named), (
            f"{lesson}: 'Where to go next' must name a later lesson")


def test_written_exercises_are_found():
    """The scaffold test would pass vacuously if no written exercise were found."""
    assert all(written_exercises(lesson) for lesson in LESSONS)
