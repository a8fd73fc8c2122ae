"""One source of truth for versions (requirements.txt), and the entry points agree with it."""

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from autograder import course

ROOT = course.ROOT


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, sep, version = line.partition("==")
            assert sep and version, f"not an exact pin: {line!r}"
            pins[name.lower()] = version
    return pins


def test_every_requirement_is_pinned_and_installed_at_that_version():
    drift = {name: (version, metadata.version(name)) for name, version in _pins().items()
             if metadata.version(name) != version}
    assert drift == {}, f"installed versions drifted from requirements.txt: {drift}"


def test_environment_yml_takes_its_versions_from_requirements_txt():
    text = (ROOT / "environment.yml").read_text()
    entries = re.findall(r"^\s*-\s*(.+?)\s*$", text, re.M)
    assert "-r requirements.txt" in entries
    # No package is pinned here too (that would be a second source of truth) ...
    pinned_here = [e for e in entries if re.search(r"[=<>]", e) and not e.startswith("python=")]
    assert pinned_here == [], f"environment.yml pins {pinned_here}; pin in requirements.txt"
    # ... and the Python it asks for satisfies the package's own requirement.
    python = re.search(r"^\s*-\s*python=(\d+)\.(\d+)", text, re.M)
    wanted = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert python and wanted == ">=3.11" and (int(python[1]), int(python[2])) >= (3, 11)


def test_this_python_is_supported():
    assert sys.version_info >= (3, 11)


def _readme_command(marker: str) -> str:
    """The single command of the README's code block that follows `marker`."""
    text = (ROOT / "README.md").read_text()
    after = text.split(marker, 1)[1]
    block = re.search(r"```(?:bash|sh)?\n(.*?)```", after, re.S)[1]
    commands = [c for c in block.splitlines() if c.strip() and not c.startswith("#")]
    assert len(commands) == 1, f"README should give one command after {marker!r}"
    return commands[0].strip()


def test_ci_runs_exactly_the_readme_test_command():
    readme_test = _readme_command("<!-- test-command -->")
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()
                if line.strip() and not line.lstrip().startswith("#")
                and not line.startswith(("set ", "cd "))]
    assert ci_lines == [readme_test], f".ci/run should run {readme_test!r} and nothing else"


def test_readme_lists_every_lesson():
    text = (ROOT / "README.md").read_text()
    for lesson in course.lessons():
        assert f"notebooks/{lesson}/{lesson}.ipynb" in text, f"README does not list {lesson}"
