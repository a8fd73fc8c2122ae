"""Written answers an instructor has not graded yet: "pending", never a silent 0.

nbgrader scores a written answer only when an instructor grades it in formgrader; until
then its ``score`` reads 0, and a student or an instructor cannot tell "not graded yet"
from "scored 0". Here a grade is *pending* when it needs a manual grade and has none. (An
answer cell the student left exactly as released is scored 0 by nbgrader itself, with
nothing to grade: that is a real 0, not pending.)

The feedback HTML nbgrader writes shows "Score: 0.0 / 2.0" for a pending answer and
counts it in the notebook's total. ``mark_feedback`` rewrites those spots to "not graded
yet" and "auto 9/11 + written pending"; each rewritten spot carries
``data-pending="<grade id>"`` so that, once the answer is graded, the next ``grade`` run
sees the feedback is out of date and has nbgrader generate it again.
"""

import re
from pathlib import Path

_MARK = re.compile(r'data-pending="([^"]+)"')
_SCORE = r"Score: ([0-9.]+) / ([0-9.]+)"


def fmt(points: float) -> str:
    """A score as the CSV, the report and the feedback all print it: one decimal."""
    return f"{points:.1f}"


def outstanding(gradebook, assignment: str, student: str) -> dict[str, dict[str, float]]:
    """notebook -> {grade id: points} of the answers still waiting for a manual grade."""
    found = {}
    for nb in gradebook.find_submission(assignment, student).notebooks:
        waiting = {g.name: g.max_score for g in nb.grades
                   if g.needs_manual_grade and g.manual_score is None}
        if waiting:
            found[nb.name] = waiting
    return found


def marked(html: str) -> set[str]:
    """Grade ids a feedback page shows as pending."""
    return set(_MARK.findall(html))


def mark_feedback(html: str, pending: dict[str, float]) -> str:
    """The feedback page with each pending answer shown as not graded yet (idempotent)."""
    if not pending:
        return html
    for gid, points in pending.items():
        g, note = re.escape(gid), f"not graded yet ({points:g} points)"
        html = re.sub(rf'(<a href="#{g}">[^<]*</a>) \({_SCORE}\)',
                      lambda m: f'{m.group(1)} (<span data-pending="{gid}">{note}</span>)', html)
        # The answer's own panel heading: "Score: 0.0 / 2.0" a few tags after its anchor.
        html = re.sub(rf'(<a name="{g}"></a><div class="panel-heading">(?:(?!Score:|<a name=).){{0,400}}?)'
                      rf'{_SCORE}',
                      lambda m: f'{m.group(1)}<span data-pending="{gid}">{note.capitalize()}</span>',
                      html, count=1, flags=re.S)
    waiting, ids = sum(pending.values()), ",".join(pending)
    return re.sub(rf"(<h4>[^<(]*)\({_SCORE}\)",
                  lambda m: (f'{m.group(1)}(<span data-pending="{ids}">auto {float(m.group(2)):g}/'
                             f'{float(m.group(3)) - waiting:g} + written pending '
                             f'({waiting:g} points)</span>)'), html, count=1)


def feedback_files(coursedir, assignment: str, student: str) -> dict[str, Path]:
    """notebook name -> its feedback HTML file in the course."""
    folder = Path(coursedir.format_path(coursedir.feedback_directory, student, assignment))
    return {p.stem: p for p in sorted(folder.glob("*.html"))}


def refresh_feedback(coursedir, config, assignment: str, students: list[str]) -> list[str]:
    """Show every pending answer as pending in the students' feedback; returns the students
    whose feedback nbgrader generated again because an answer was graded since."""
    from nbgrader.api import Gradebook

    with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
        waiting = {s: outstanding(gb, assignment, s) for s in students}
    pages = {s: feedback_files(coursedir, assignment, s) for s in students}
    stale = [s for s in students for nb, path in pages[s].items()
             if marked(path.read_text()) - set(waiting[s].get(nb, {}))]
    if stale:
        _regenerate(coursedir, config, assignment, sorted(set(stale)))
    for student in students:
        for nb, path in pages[student].items():
            old = path.read_text()
            new = mark_feedback(old, waiting[student].get(nb, {}))
            if new != old:
                path.write_text(new)
    return sorted(set(stale))


def _regenerate(coursedir, config, assignment: str, students: list[str]) -> None:
    """nbgrader's generate_feedback, with the preprocessors the workers use (hidden tests out)."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from .worker import FEEDBACK_PREPROCESSORS

    config = config.copy()
    config.GenerateFeedback.preprocessors = FEEDBACK_PREPROCESSORS
    config.NbGraderAPI.log_level = "WARN"
    api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
    for student in students:
        api.generate_feedback(assignment, student, force=True)
