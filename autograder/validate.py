"""``nbgrader validate`` on the answer keys: every solution notebook must pass."""

from . import course
from .release import nbgrader


def validate(path) -> tuple[bool, str]:
    """(passed, nbgrader's output) for one notebook, run through real nbgrader."""
    result = nbgrader("validate", str(path), check=False)
    output = result.stdout + result.stderr
    return result.returncode == 0 and "Success! Your notebook passes all the tests." in output, output


def main(lessons: list[str]) -> int:
    failed = 0
    for lesson in lessons or course.lessons():
        ok, output = validate(course.solution_path(lesson))
        print(f"{'passed' if ok else 'FAILED'}: {lesson}")
        if not ok:
            failed += 1
            print(output)
    return 1 if failed else 0
