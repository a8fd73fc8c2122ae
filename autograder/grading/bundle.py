"""Everything a worker needs to grade one assignment, as bytes and plain values.

Workers may share no filesystem with the coordinator (see ``run``), so the coordinator
builds a *template gradebook*: a fresh SQLite database into which real ``nbgrader
generate_assignment`` saved the assignment's source cells (with hidden tests), checksums
and points. A worker copies it into a private throw-away course for each submission and
runs real ``nbgrader autograde`` there. The template is cached in the state folder and
rebuilt when the source changes.
"""

import ast
import copy
import hashlib
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from .limits import Limits


@dataclass
class Bundle:
    assignment: str
    course_id: str
    gradebook: bytes                  # template SQLite gradebook (assignment only)
    source_files: dict                # non-notebook files of the source folder
    notebooks: list                   # notebook names, without .ipynb
    cells: dict                       # notebook -> [{grade_id, cell_type, locked, source, points}]
    config: Config                    # the course's nbgrader configuration
    limits: Limits = field(default_factory=Limits)
    preload: tuple = ()               # modules the notebooks import (the fork server's preload)


def venv_on_path() -> None:
    """nbgrader runs ``alembic`` by name when it creates a gradebook: use this venv's."""
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


def load_config(root: Path) -> Config:
    config = Config()
    if (root / "nbgrader_config.py").exists():
        config.merge(PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config())
    config.CourseDirectory.root = str(root)
    return config


def course_directory(config: Config) -> CourseDirectory:
    return CourseDirectory(config=config)


def _source_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file() and ".ipynb_checkpoints" not in p.parts:
            h.update(p.relative_to(folder).as_posix().encode() + p.read_bytes())
    return h.hexdigest()[:16]


def _generate(root: Path, assignment: str, db_url: str, release: Path, config: Config) -> None:
    """Real ``nbgrader generate_assignment`` (in-process), into ``db_url``, releasing to a
    throw-away folder so the course's student copies are left alone."""
    from nbgrader.apps import NbGraderAPI

    c = copy.deepcopy(config)
    c.CourseDirectory.root = str(root)
    c.CourseDirectory.db_url = db_url
    c.CourseDirectory.release_directory = str(release)
    api = NbGraderAPI(coursedir=CourseDirectory(config=c), config=c)
    result = api.generate_assignment(assignment, force=True, create=True)
    if not result["success"]:
        raise RuntimeError(f"nbgrader generate_assignment {assignment} failed:\n"
                           f"{result.get('log', '')}\n{result.get('error', '')}")


def imported_modules(notebooks: list[Path]) -> tuple:
    """Every module the notebooks' code cells import at top level or inside functions."""
    found = set()
    for path in notebooks:
        for cell in nbformat.read(str(path), as_version=4).cells:
            if cell.cell_type != "code":
                continue
            code = "\n".join(line for line in cell.source.splitlines()
                             if not line.lstrip().startswith(("%", "!")))
            try:
                tree = ast.parse(code)
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    found.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.add(node.module)
    return tuple(sorted(found))


def grade_cells(db_url: str, assignment: str) -> dict:
    """(notebook, grade id) -> max points, from a gradebook."""
    with Gradebook(db_url) as gb:
        return {(nb.name, c.name): c.max_score
                for nb in gb.find_assignment(assignment).notebooks for c in nb.grade_cells}


def ensure_in_gradebook(root: Path, assignment: str, db_url: str, template_url: str,
                        config: Config) -> None:
    """The instructor's gradebook knows the assignment with the same grade cells as the source."""
    try:
        existing = grade_cells(db_url, assignment)
    except MissingEntry:
        existing = {}
    if not existing:
        with tempfile.TemporaryDirectory() as tmp:
            _generate(root, assignment, db_url, Path(tmp) / "release", config)
        existing = grade_cells(db_url, assignment)
    if existing != grade_cells(template_url, assignment):
        raise SystemExit(f"The gradebook's cells of {assignment} differ from source/{assignment}: "
                         f"run `nbgrader generate_assignment {assignment}` first.")


def build(root: Path, assignment: str, config: Config, state_dir: Path, limits: Limits) -> Bundle:
    venv_on_path()
    coursedir = course_directory(config)
    source = Path(coursedir.format_path(coursedir.source_directory, ".", assignment))
    if not source.is_dir():
        raise SystemExit(f"no source folder for assignment {assignment}: {source}")
    template = state_dir / f"template-{_source_digest(source)}.db"
    if not template.exists():
        state_dir.mkdir(parents=True, exist_ok=True)
        for stale in state_dir.glob("template-*.db"):  # a cache of an older source: gone
            stale.unlink()
        with tempfile.TemporaryDirectory() as tmp:
            _generate(root, assignment, f"sqlite:///{tmp}/gradebook.db", Path(tmp) / "release", config)
            shutil.copy(Path(tmp) / "gradebook.db", template)
    template_url = f"sqlite:///{template}"
    ensure_in_gradebook(root, assignment, coursedir.db_url, template_url, config)
    cells = {}
    with Gradebook(template_url) as gb:
        for nb in gb.find_assignment(assignment).notebooks:
            points = {c.name: c.max_score for c in nb.grade_cells}
            cells[nb.name] = [{"grade_id": c.name, "cell_type": c.cell_type, "locked": c.locked,
                               "source": c.source, "points": points.get(c.name)}
                              for c in nb.source_cells]
    files = {p.relative_to(source).as_posix(): p.read_bytes() for p in sorted(source.rglob("*"))
             if p.is_file() and p.suffix != ".ipynb" and ".ipynb_checkpoints" not in p.parts}
    return Bundle(assignment, coursedir.course_id, template.read_bytes(), files,
                  sorted(cells), cells, config, limits,
                  imported_modules(sorted(source.glob("*.ipynb"))))
