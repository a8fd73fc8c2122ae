"""Find the submissions to grade: nbgrader's ``submitted/`` folder or an LMS zip.

A zip is collected the way ``nbgrader zip_collect`` does it: each ``.ipynb`` member's
name is matched against ``named_regexp`` (groups ``student_id``, ``file_id``, optional
``timestamp``; when one student has the same file several times the newest timestamp
wins) and written to ``submitted/<student_id>/<assignment>/<file_id>`` with a
``timestamp.txt``. Members under ``[submitted/]<student>/<assignment>/`` or
``<student>/`` are taken as they are, so a zip of a ``submitted/`` folder works too.
"""

import hashlib
import os
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

# nbgrader's documented example for LMS downloads, e.g.
# ps1_bitdiddle_attempt_2016-01-30-15-00-00_problem1.ipynb
DEFAULT_REGEXP = r".*_(?P<student_id>\w+)_attempt_(?P<timestamp>[0-9\-]+)_(?P<file_id>[^/]+)"
SKIP = {"timestamp.txt", ".DS_Store"}


@dataclass
class Submission:
    student: str
    files: dict = field(default_factory=dict)   # relative path -> bytes
    timestamp: str | None = None
    problems: list = field(default_factory=list)  # what was found and not read (links)

    @property
    def digest(self) -> str:
        h = hashlib.sha256((self.timestamp or "").encode() + "\0".join(self.problems).encode())
        for name in sorted(self.files):
            h.update(name.encode() + b"\0" + hashlib.sha256(self.files[name]).digest())
        return h.hexdigest()


def _link_problem(path: Path, shown: str) -> str:
    return f"'{shown}' is a link (to {os.readlink(path)}): not followed, not graded"


def _read_folder(folder: Path) -> tuple[dict, list]:
    """(relative path -> bytes, problems): regular files only. A symbolic link is reported
    and never followed: one pointing at the answer key would otherwise be graded as the
    student's work, and its feedback would show the key."""
    files, problems = {}, []
    for base, dirs, names in os.walk(folder, followlinks=False):
        for name in sorted([*dirs, *names]):
            path = Path(base) / name
            if path.is_symlink():
                problems.append(_link_problem(path, path.relative_to(folder).as_posix()))
        dirs[:] = sorted(d for d in dirs if not (Path(base) / d).is_symlink() and d != ".ipynb_checkpoints")
        for name in sorted(names):
            path = Path(base) / name
            if name not in SKIP and path.is_file() and not path.is_symlink():
                files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files, problems


def from_folder(submitted: Path, assignment: str) -> list[Submission]:
    """Every ``submitted/<student>/<assignment>/`` folder, students in sorted order."""
    found = []
    for student_dir in sorted(submitted.iterdir()) if submitted.is_dir() else []:
        folder = student_dir / assignment
        if student_dir.is_symlink() or folder.is_symlink():
            link = student_dir if student_dir.is_symlink() else folder
            found.append(Submission(student_dir.name, {}, None,
                                    [_link_problem(link, link.relative_to(submitted).as_posix())]))
        elif folder.is_dir():
            stamp = folder / "timestamp.txt"
            files, problems = _read_folder(folder)
            timestamp = stamp.read_text().strip() if stamp.is_file() and not stamp.is_symlink() else None
            found.append(Submission(student_dir.name, files, timestamp, problems))
    return found


def _timestamp_key(ts: str | None):
    from nbgrader.utils import parse_utc
    try:
        return parse_utc(ts) if ts else None
    except Exception:  # an unparsable timestamp counts as the oldest
        return None


def _newer(ts: str | None, old: str | None) -> bool:
    """A duplicate file replaces the one seen before only if both have timestamps and it
    is not older (nbgrader's zip_collect rule)."""
    new_key, old_key = _timestamp_key(ts), _timestamp_key(old)
    return new_key is not None and old_key is not None and new_key >= old_key


def collect_zip(archive: Path, assignment: str, submitted: Path,
                named_regexp: str = DEFAULT_REGEXP) -> list[str]:
    """Unpack an LMS zip into ``submitted/`` as nbgrader's zip_collect does; the students."""
    chosen: dict[tuple[str, str], tuple] = {}  # (student, file) -> (timestamp, member)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            path = PurePosixPath(info.filename)
            parts = [p for p in path.parts if p not in ("", ".")]
            if parts and parts[0] == "submitted":
                parts = parts[1:]
            match = re.match(named_regexp, info.filename) if path.suffix == ".ipynb" else None
            if match and match.groupdict().get("student_id") and match.groupdict().get("file_id"):
                g = match.groupdict()
                name = PurePosixPath(g["file_id"]).stem + path.suffix
                key, ts = (g["student_id"], name), g.get("timestamp")
            elif len(parts) >= 3 and parts[1] == assignment:
                key, ts = (parts[0], "/".join(parts[2:])), None
            elif len(parts) == 2 and path.suffix == ".ipynb":
                key, ts = (parts[0], parts[1]), None
            else:
                continue
            if PurePosixPath(key[1]).name in SKIP or ".." in PurePosixPath(key[1]).parts:
                continue
            old = chosen.get(key)
            if old is None or _newer(ts, old[0]):
                chosen[key] = (ts, info.filename)
        students = sorted({s for s, _ in chosen})
        for student in students:
            folder = submitted / student / assignment
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
        for (student, name), (ts, member) in sorted(chosen.items()):
            folder = submitted / student / assignment
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(zf.read(member))
            if ts and _timestamp_key(ts):
                stamp = folder / "timestamp.txt"
                old = stamp.read_text().strip() if stamp.exists() else None
                if old is None or _timestamp_key(ts) >= _timestamp_key(old):
                    stamp.write_text(_timestamp_key(ts).strftime("%Y-%m-%d %H:%M:%S.%f UTC"))
    return students
