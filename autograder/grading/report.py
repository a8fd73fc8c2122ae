"""The grades CSV and the instructor's HTML report, read back from the gradebook.

The gradebook is the source of truth (it also holds manual grades once an instructor has
graded the written answers in formgrader); the state files add each submission's status
and reasons; the autograded notebooks give the most common failure message per exercise.
"""

import base64
import csv
import html
import io
import os
from collections import Counter
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook

from .analysis import exercise_name, item_analysis
from .pending import fmt, outstanding

GRADED = "graded"
# grades.csv, after one column per exercise (documented in the README).
SUMMARY_COLUMNS = ["auto_total", "auto_max", "manual_pending", "total", "max_total", "status", "reasons"]


def collect(coursedir, bundle, records: list[dict]) -> tuple[list, list[dict]]:
    """(columns [(notebook, grade id, points)], rows) for every graded submission.

    A row's ``scores`` hold None for a written answer still waiting for its manual grade
    (``pending``); ``total`` is None while anything is pending, and ``auto_total`` /
    ``auto_max`` cover the autograded cells only.
    """
    columns = [(nb, s["grade_id"], s["points"]) for nb in bundle.notebooks
               for s in bundle.cells[nb] if s["points"] is not None]
    written = {(nb, s["grade_id"]) for nb in bundle.notebooks for s in bundle.cells[nb]
               if s["cell_type"] != "code"}
    auto_max = sum(p for nb, g, p in columns if (nb, g) not in written)
    status = {r["student"]: r for r in records}
    rows = []
    with Gradebook(coursedir.db_url, coursedir.course_id) as gb:
        for sub in sorted(gb.assignment_submissions(bundle.assignment), key=lambda s: s.student_id):
            waiting = {(nb, g) for nb, cells in outstanding(gb, bundle.assignment, sub.student_id).items()
                       for g in cells}
            scores = {(nb.name, g.name): None if (nb.name, g.name) in waiting else g.score
                      for nb in sub.notebooks for g in nb.grades}
            r = status.get(sub.student_id, {})
            pending_points = sum(p for nb, g, p in columns if (nb, g) in waiting)
            rows.append({"student": sub.student_id, "scores": scores, "pending": waiting,
                         "auto_total": sum(v or 0 for k, v in scores.items() if k not in written),
                         "auto_max": auto_max, "manual_pending": pending_points,
                         "total": None if waiting else sum(v or 0 for v in scores.values()),
                         "status": r.get("status", "graded by nbgrader"),
                         "reasons": r.get("reasons", [])})
    return columns, rows


def total_text(row, max_total: float) -> str:
    """"11.0 / 13.0", or "auto 9.0/11.0 + written pending" while a written answer waits."""
    if row["total"] is None:
        return f"auto {fmt(row['auto_total'])}/{fmt(row['auto_max'])} + written pending"
    return f"{fmt(row['total'])} / {fmt(max_total)}"


def write_csv(path: Path, columns, rows) -> None:
    """One row per student; an empty cell is a written answer not graded yet."""
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["student_id"] + [exercise_name(g) for _, g, _ in columns] + SUMMARY_COLUMNS)
        max_total = sum(p for _, _, p in columns)
        for r in rows:
            cells = [r["scores"].get((nb, g)) for nb, g, _ in columns]
            w.writerow([r["student"]] + ["" if v is None else fmt(v) for v in cells]
                       + [fmt(r["auto_total"]), fmt(r["auto_max"]), fmt(r["manual_pending"]),
                          "" if r["total"] is None else fmt(r["total"]), fmt(max_total),
                          r["status"], "; ".join(r["reasons"])])


def _failure_messages(coursedir, assignment: str, columns, students) -> dict:
    """grade id -> Counter of the first line of the error each failing student got."""
    found = {g: Counter() for _, g, _ in columns}
    for student in students:
        for nb_name in {nb for nb, _, _ in columns}:
            path = Path(coursedir.format_path(coursedir.autograded_directory, student, assignment)) / f"{nb_name}.ipynb"
            try:
                nb = nbformat.read(str(path), as_version=4)
            except Exception:
                continue
            for cell in nb.cells:
                gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
                if gid in found:
                    for out in cell.get("outputs", []):
                        if out.get("output_type") == "error":
                            found[gid][_message(out)] += 1
                            break
    return found


def _message(error) -> str:
    """A failure as students saw it: its first line and, where the check gave one, the
    hint that names the mistake (what an instructor groups failures by)."""
    lines = [ln.strip() for ln in str(error.evalue or "").splitlines()]
    hint = next((ln for ln in lines if ln.startswith("hint:")), "")
    text = f"{error.ename}: {lines[0][:160] if lines else ''}"
    return f"{text} ({hint[:200]})" if hint else text


def _figure(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    return f'<img alt="figure" src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}">'


def _figures(columns, rows) -> list[str]:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = []
    max_total = sum(p for _, _, p in columns) or 1
    fig, ax = plt.subplots(figsize=(6, 3))
    final = [r["total"] for r in rows if r["total"] is not None]
    waiting = [r["auto_total"] for r in rows if r["total"] is None]
    ax.hist([final, waiting], bins=min(20, max(5, len(rows))), range=(0, max_total), stacked=True,
            color=["#4477aa", "#bbbbbb"], edgecolor="white",
            label=["final total", "autograded part; written answer pending"])
    ax.set_xlabel(f"score (out of {max_total:g})")
    ax.set_ylabel("students")
    ax.set_title("Overall score distribution")
    if waiting:
        ax.legend(fontsize="small")
    out.append(_figure(fig))
    plt.close(fig)
    names = [exercise_name(g) for _, g, _ in columns]
    full, partial, zero, ungraded = [], [], [], []
    for nb, g, p in columns:
        vals = [r["scores"].get((nb, g)) for r in rows]
        n = len(rows) or 1
        full.append(sum(v is not None and v >= p for v in vals) / n)
        zero.append(sum(v is not None and v == 0 and p > 0 for v in vals) / n)
        ungraded.append(sum(v is None for v in vals) / n)  # pending: not a zero
        partial.append(1 - full[-1] - zero[-1] - ungraded[-1])
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(names) + 1.2))
    left = [0.0] * len(names)
    for values, label, color in ((full, "full marks", "#228833"), (partial, "partial", "#ccbb44"),
                                 (zero, "zero", "#ee6677"), (ungraded, "pending (grade by hand)", "#bbbbbb")):
        ax.barh(names, values, left=left, label=label, color=color)
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlabel("fraction of students")
    ax.set_title("Score distribution per exercise")
    ax.legend(loc="lower right", fontsize="small")
    out.append(_figure(fig))
    plt.close(fig)
    return out


def _item_figure(items) -> str:
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(6, 3.2))
    for item in items:
        d = item["discrimination"]
        y = 0.0 if d != d else d  # no spread: drawn on the axis
        ax.scatter(item["difficulty"], y, color="#ee6677" if item["flag"] else "#4477aa")
        ax.annotate(item["exercise"], (item["difficulty"], y), fontsize="x-small",
                    xytext=(3, 3), textcoords="offset points")
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_xlim(-0.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("difficulty (mean score / points)")
    ax.set_ylabel("discrimination")
    ax.set_title("Item analysis (red: look at the statement or the test)")
    html_img = _figure(fig)
    plt.close(fig)
    return html_img


def _number(value: float) -> str:
    return "—" if value != value else f"{value:.2f}"


def _links(coursedir, assignment: str, student: str, notebooks: list, report: Path) -> str:
    """Links from the report to the student's feedback pages and graded notebooks."""
    out = []
    for name in notebooks:
        for label, folder, suffix in (("feedback", coursedir.feedback_directory, ".html"),
                                      ("graded notebook", coursedir.autograded_directory, ".ipynb")):
            target = Path(coursedir.format_path(folder, student, assignment)) / f"{name}{suffix}"
            if target.exists():
                href = os.path.relpath(target, report.parent)
                out.append(f'<a href="{html.escape(href)}">{label}</a>')
    return " · ".join(out) or "—"


REVIEW_ORDER = {"held for review": 0, "not gradable": 1, "graded with issues": 2}


def _cell_text(row, nb, g) -> str:
    if (nb, g) in row["pending"]:
        return "pending"
    value = row["scores"].get((nb, g))
    return "—" if value is None else fmt(value)


def _table(header, body) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
    return f"<table><tr>{head}</tr>{rows}</table>"


def write_html(path: Path, coursedir, bundle, columns, rows, timing: dict) -> None:
    e = html.escape
    failures = _failure_messages(coursedir, bundle.assignment, columns, [r["student"] for r in rows])
    n = len(rows) or 1
    failed = []
    autograded = {(nb, s["grade_id"]) for nb in bundle.notebooks for s in bundle.cells[nb]
                  if s["cell_type"] == "code"}
    for nb, g, p in columns:
        if (nb, g) not in autograded:  # written answers are graded by hand in formgrader
            continue
        lost = sum(1 for r in rows if r["scores"].get((nb, g)) is not None and r["scores"][(nb, g)] < p)
        failed.append((lost / n, exercise_name(g), p, lost, failures[g].most_common(6)))
    failed.sort(key=lambda t: -t[0])
    items = item_analysis(columns, rows, autograded)
    problems = sorted((r for r in rows if r["status"] != GRADED),
                      key=lambda r: (REVIEW_ORDER.get(r["status"], 3), r["student"]))
    counts = Counter(r["status"] for r in rows)
    max_total = sum(p for _, _, p in columns)
    waiting = sum(r["total"] is None for r in rows)
    if not rows:
        mean = "."
    elif waiting:
        mean = (f". Mean autograded score {fmt(sum(r['auto_total'] for r in rows) / n)} / "
                f"{fmt(rows[0]['auto_max'])}; written answers pending for {waiting} of {len(rows)} "
                "(grade them in formgrader, then run grade again).")
    else:
        mean = f". Mean total {fmt(sum(r['total'] for r in rows) / n)} / {fmt(max_total)}."
    parts = [
        f"<h1>Grading report: {e(bundle.assignment)}</h1>",
        f"<p>{len(rows)} submissions; " + ", ".join(f"{v} {e(k)}" for k, v in sorted(counts.items()))
        + mean
        + "".join(f" {e(k)}: {e(str(v))}." for k, v in timing.items()) + "</p>",
        "<h2>Submissions not graded normally</h2>",
        "<p>Held for review first: read the flagged line, then restore points in formgrader "
        "if the code is innocent.</p>" if problems else "",
        _table(["student", "status", "reasons", "files"],
               [(e(r["student"]), e(r["status"]), "<ul>" + "".join(f"<li>{e(x)}</li>" for x in r["reasons"]) + "</ul>",
                 _links(coursedir, bundle.assignment, r["student"], bundle.notebooks, path))
                for r in problems]) if problems else "<p>None: every submission was graded normally.</p>",
        *_figures(columns, rows),
        "<h2>Exercises most students failed</h2>",
        "<p>The failure messages are the hints the students saw, with how many saw each: "
        "what to teach again.</p>",
        _table(["exercise", "points", "students below full marks", "failures, by the message students saw"],
               [(e(name), f"{p:g}", f"{lost} ({frac:.0%})",
                 "<ul>" + "".join(f"<li>{k} student{'s' if k != 1 else ''}: <code>{e(msg)}</code></li>" for msg, k in common) + "</ul>")
                for frac, name, p, lost, common in failed if lost]) if any(t[3] for t in failed)
        else "<p>No exercise lost points.</p>",
        "<h2>Item analysis</h2>",
        _item_figure(items) if items else "",
        "<p>Difficulty is the mean score over the points (1: everyone full marks). "
        "Discrimination is the correlation between the exercise and the rest of the "
        "autograded total: near 0 or below, the exercise does not separate stronger from "
        "weaker students.</p>",
        _table(["exercise", "points", "difficulty", "discrimination", "flag"],
               [(e(i["exercise"]), f"{i['points']:g}", _number(i["difficulty"]),
                 _number(i["discrimination"]), e(i["flag"])) for i in items]),
        "<h2>All scores</h2>",
        _table(["student"] + [exercise_name(g) for _, g, _ in columns] + ["total", "status", "files"],
               [[e(r["student"])] + [_cell_text(r, nb, g) for nb, g, _ in columns]
                + [e(total_text(r, max_total)), e(r["status"]),
                   _links(coursedir, bundle.assignment, r["student"], bundle.notebooks, path)]
                for r in rows]),
    ]
    style = ("body{font-family:sans-serif;max-width:70em;margin:auto}table{border-collapse:collapse}"
             "td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}ul{margin:0;padding-left:1.2em}")
    path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{e(bundle.assignment)} report"
                    f"</title><style>{style}</style></head><body>{''.join(parts)}</body></html>")
