"""Before grading: turn a submission's files into what nbgrader can grade, and say why.

nbgrader repairs some changes silently (an edited test cell is restored) and fails the
whole notebook on others (a duplicated cell, nbgrader metadata without a grade id, a
test cell turned into an answer cell). This module finds both kinds in the submitted
notebooks before nbgrader sees them, repairs what nbgrader would fail on, and returns one
plain reason per change, for the report and the instructor: a renamed notebook is graded
under its name, a file that is not a notebook scores 0 and says why.
"""

import json
import re

import nbformat

_HIDDEN = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS.*?^[ \t]*### END HIDDEN TESTS[^\n]*\n?", re.S | re.M)


def meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def _parse(data: bytes):
    """(notebook, None) or (None, why it is not a notebook)."""
    try:
        json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        return None, "is not text (not a notebook)"
    except ValueError as e:
        return None, f"is not valid JSON ({str(e).splitlines()[0][:80]})"
    try:
        nb = nbformat.reads(data.decode("utf-8"), as_version=4)
        nbformat.validate(nb)
        return nb, None
    except Exception as e:  # nbformat's version, reader and validation errors
        return None, f"is not a valid notebook ({str(e).splitlines()[0][:80] if str(e) else type(e).__name__})"


def _kind(spec: dict) -> str:
    return "test cell" if spec["points"] is not None and spec["locked"] else (
        "read-only cell" if spec["locked"] else "answer cell")


def _flags(spec: dict) -> dict:
    """The nbgrader flags of a release cell, from its gradebook spec."""
    locked, graded = bool(spec["locked"]), spec["points"] is not None
    return {"grade": graded, "solution": not locked, "locked": locked}


def _repair_metadata(nb, cells: list) -> list[str]:
    """Put back the nbgrader metadata a student changed, as the release has it.

    nbgrader fails the whole notebook on these (``KeyError: 'grade_id'`` in
    ``add_missing_cells``, "Inconsistent checksums" for a test cell turned into an answer
    cell), so the answers would score 0 for a reason no instructor understands. A cell
    with no grade id or an unknown one is graded as an ordinary cell."""
    by_id = {spec["grade_id"]: spec for spec in cells}
    notes = []
    for i, cell in enumerate(nb.cells):
        m = cell.get("metadata", {}).get("nbgrader")
        if m is None or m.get("task"):
            continue
        gid = m.get("grade_id")
        spec = by_id.get(gid)
        if spec is None:
            del cell.metadata["nbgrader"]
            if any(m.get(k) for k in ("grade", "solution", "locked")):
                what = f"an unknown grade id '{gid}'" if gid else "no grade id"
                notes.append(f"cell {i} had nbgrader metadata with {what}: graded as an ordinary cell")
            continue
        want = _flags(spec)
        have = {k: bool(m.get(k, False)) for k in want}
        if have != want:
            m.update(want)
            if want["grade"]:
                m["points"] = spec["points"]
            else:
                m.pop("points", None)
            was = _kind({"points": 0 if have["grade"] else None, "locked": have["locked"]})
            notes.append(f"{_kind(spec)} {gid} was changed to a{'n' if was[0] == 'a' else ''} {was} (restored)")
    return notes


def _structure(nb, cells: list) -> list[str]:
    """What the student changed in read-only and test cells (nbgrader repairs these)."""
    found = {}
    for cell in nb.cells:
        gid = meta(cell).get("grade_id")
        if gid:
            found.setdefault(gid, []).append(cell)
    notes = []
    for spec in cells:
        gid = spec["grade_id"]
        kind = _kind(spec)
        copies = found.get(gid, [])
        if not copies:
            notes.append(f"{kind} {gid} was deleted" + (" (restored and run)" if kind == "test cell" else ""))
            continue
        if len(copies) > 1:
            notes.append(f"{kind} {gid} was duplicated {len(copies)} times (the last copy is graded)")
        cell = copies[-1]
        if cell.cell_type != spec["cell_type"]:
            notes.append(f"{kind} {gid} was changed to {cell.cell_type} (restored)")
        elif spec["locked"] and cell.source.strip() != _HIDDEN.sub("", spec["source"]).strip():
            notes.append(f"{kind} {gid} was edited (restored from the release)")
    return notes


def preflight(bundle, files: dict) -> tuple[dict, list, list]:
    """(files to grade, reasons, notebooks missing) after fixing names and dropping non-notebooks."""
    files, reasons, missing = dict(files), [], []
    expected = {f"{name}.ipynb" for name in bundle.notebooks}
    for name in sorted(expected):
        if name not in files:
            others = [f for f in files if f.endswith(".ipynb") and f not in expected
                      and "/" not in f]
            if others:
                def overlap(f):
                    nb, _ = _parse(files[f])
                    ids = {meta(c).get("grade_id") for c in nb.cells} if nb else set()
                    return len(ids & {s["grade_id"] for s in bundle.cells[name[:-6]]})
                best = max(others, key=overlap)
                files[name] = files.pop(best)
                reasons.append(f"notebook '{best}' was renamed; graded as '{name}'")
        if name not in files:
            reasons.append(f"notebook '{name}' is missing: scored 0")
            missing.append(name[:-6])
            continue
        nb, problem = _parse(files[name])
        if problem:
            reasons.append(f"'{name}' {problem}: scored 0")
            missing.append(name[:-6])
            del files[name]
        else:
            repaired = _repair_metadata(nb, bundle.cells[name[:-6]])
            reasons.extend(repaired + _structure(nb, bundle.cells[name[:-6]]))
            if _deduplicate(nb) or repaired:
                files[name] = nbformat.writes(nb).encode("utf-8")
    return files, reasons, missing


def _deduplicate(nb) -> bool:
    """Keep nbgrader metadata on the last copy of a duplicated cell only.

    The same rule as nbgrader's DeduplicateIds, applied before nbgrader: that preprocessor
    leaves an empty ``nbgrader`` dict on the other copies, on which OverwriteCells'
    ``add_missing_cells`` (enabled here) fails with a KeyError."""
    seen, changed = set(), False
    for cell in reversed(nb.cells):
        gid = meta(cell).get("grade_id")
        if gid and gid in seen:
            del cell.metadata["nbgrader"]
            changed = True
        elif gid:
            seen.add(gid)
    return changed
