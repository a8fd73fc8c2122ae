#!/usr/bin/env python3
"""The course's single entry point on a machine with only Python 3.11+ and git.

    python3 course.py lab     # set everything up, open the lessons in JupyterLab
    python3 course.py test    # set everything up, run the whole test suite
    python3 course.py setup   # only set up (create .venv, install the pinned versions)

Setup is idempotent: the virtual environment in .venv/ is created once and the pinned
requirements are reinstalled only when requirements.txt or pyproject.toml change.
Anything after the sub-command is passed on (to `jupyter lab` or to `pytest`).
Standard library only: this file runs before anything is installed.
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".course-installed"
SPEC_FILES = ("requirements.txt", "pyproject.toml")


def _spec_hash() -> str:
    digest = hashlib.sha256()
    for name in SPEC_FILES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def setup() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"This course needs Python >= 3.11; this is {sys.version.split()[0]}.")
    if not (BIN / "python").exists():
        print("course: creating the virtual environment in .venv/", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = _spec_hash()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("course: installing the pinned versions (first run takes a few minutes)", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run(pip + ["-r", "requirements.txt", "-e", "."], cwd=ROOT, check=True)
    STAMP.write_text(wanted)


def lab_argv(root: Path = ROOT, extra=()) -> list[str]:
    """The `jupyter lab` command line of `course.py lab`, for the course folder `root`.

    Run it with `root` as the working directory (nbgrader reads `nbgrader_config.py`
    from there). The tests start JupyterLab in a copy of the course with this function.
    """
    # The nbgrader exchange must exist for the Assignments tab to load.
    (root / ".exchange").mkdir(exist_ok=True)
    # Containers (Docker, some Binder images) often run as root, which Jupyter refuses
    # unless told: a student there should not be stopped by it.
    as_root = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    return [str(BIN / "jupyter"), "lab", "--ServerApp.root_dir=" + str(root),
            "--LabApp.default_url=/lab/tree/notebooks", *as_root, *extra]


def _exec(argv: list[str]) -> None:
    """Replace this process, so Ctrl-C and exit codes behave as if run directly.

    The environment is "activated" (its bin/ first on PATH): tools the course's
    packages call by name, such as nbgrader's `alembic`, come from .venv too.
    """
    os.chdir(ROOT)
    os.execve(argv[0], argv, activated_environ(os.environ))


def activated_environ(environ) -> dict[str, str]:
    """A copy of `environ` with .venv activated (its bin/ first on PATH)."""
    return {**environ, "VIRTUAL_ENV": str(VENV),
            "PATH": str(BIN) + os.pathsep + environ.get("PATH", "")}


def main() -> None:
    command, extra = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if command not in {"lab", "test", "setup"}:
        sys.exit(__doc__)
    setup()
    if command == "lab":
        _exec(lab_argv(ROOT, extra))
    elif command == "test":
        # pytest-xdist already runs one worker per core; a kernel that also starts one
        # OpenMP thread per core (k-means does) oversubscribes the machine several times.
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        _exec([str(BIN / "python"), "-m", "pytest", *extra])


if __name__ == "__main__":
    main()
