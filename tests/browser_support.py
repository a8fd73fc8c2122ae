"""Helpers for tests/test_browser.py: Debian's Chromium, a JupyterLab server started
exactly like `python3 course.py lab` (in a throw-away copy of the course), screenshots,
and the few JupyterLab gestures the tests need.

No browser is ever downloaded: Playwright drives /usr/bin/chromium (Debian's package).
"""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import course  # the repository's course.py: the student command's own argv and environment

ROOT = course.ROOT
ARTIFACTS = ROOT / "artifacts" / "browser"
CHROMIUM = Path("/usr/bin/chromium")
# Known-good flags as root in a container. Without the background-networking ones
# Chromium keeps trying to reach Google services and floods a closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]

# Never copied into the throw-away course: environments, VCS, nbgrader working state.
_NOT_COPIED = shutil.ignore_patterns(
    ".venv", ".git", "artifacts", ".exchange", "gradebook.db*", "submitted", "autograded",
    "feedback", "downloaded", "release", "__pycache__", ".pytest_cache", ".hypothesis",
    ".ipynb_checkpoints", "*.egg-info", "grades.csv")


# --- Chromium -----------------------------------------------------------------------

def ensure_chromium() -> Path:
    """/usr/bin/chromium, installed with apt-get when missing; RuntimeError if impossible."""
    if CHROMIUM.exists():
        return CHROMIUM
    if shutil.which("apt-get") is None:
        raise RuntimeError(f"{CHROMIUM} is missing and this is not a Debian-like system "
                           "(no apt-get): install Debian's chromium package.")
    if os.geteuid() != 0:
        raise RuntimeError(f"{CHROMIUM} is missing and the tests are not running as root: "
                           "run `sudo apt-get install -y chromium chromium-driver`.")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # Another apt-get (a second test run, the machine's own updates) may hold dpkg's lock:
    # wait for it rather than fail the browser tests.
    install = ["apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y",
               "chromium", "chromium-driver"]  # fonts come as recommends
    log = []
    for argvs in ([install], [["apt-get", "update"], install]):  # a fresh machine has no lists
        for argv in argvs:
            result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=1200)
            log.append(f"$ {' '.join(argv)}  (exit {result.returncode})\n"
                       f"{result.stdout[-2000:]}{result.stderr[-2000:]}")
        if result.returncode == 0 and CHROMIUM.exists():
            return CHROMIUM
    raise RuntimeError(f"could not install Debian's chromium with apt-get:\n" + "\n".join(log))


# --- JupyterLab server --------------------------------------------------------------

def copy_course(dst: Path) -> Path:
    """A copy of the course (solutions/, notebooks/, nbgrader_config.py, ...) in ``dst``."""
    shutil.copytree(ROOT, dst, ignore=_NOT_COPIED, symlinks=True)
    return dst


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def isolated_environ(state: Path) -> dict[str, str]:
    """The student command's environment (.venv activated), with every Jupyter and
    IPython per-user directory moved into ``state`` so nothing reads or writes ~/.jupyter."""
    dirs = {"JUPYTER_CONFIG_DIR": "config", "JUPYTER_DATA_DIR": "data",
            "JUPYTER_RUNTIME_DIR": "runtime", "JUPYTERLAB_SETTINGS_DIR": "lab-settings",
            "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces", "IPYTHONDIR": "ipython",
            "MPLCONFIGDIR": "matplotlib"}
    env = course.activated_environ(os.environ)
    for var, name in dirs.items():
        (state / name).mkdir(parents=True, exist_ok=True)
        env[var] = str(state / name)
    env.pop("JUPYTER_PATH", None)
    env.pop("JUPYTER_CONFIG_PATH", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _stop_with_parent() -> None:
    """In the child: SIGTERM when the test process dies, even killed (Linux), so that a
    killed pytest never leaves a server behind (jupyter shuts its kernels on SIGTERM)."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class LabServer:
    """``jupyter lab`` as ``course.py lab`` runs it, on a free port with a random token."""

    def __init__(self, root: Path, state: Path):
        self.root, self.state = root, state
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.env = isolated_environ(state)
        extra = ["--no-browser", f"--port={self.port}", "--ServerApp.port_retries=0",
                 "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={self.token}"]
        self.argv = course.lab_argv(root, extra)
        self.log_path = state / "jupyter-lab.log"
        self._log = open(self.log_path, "w")
        self.proc = subprocess.Popen(self.argv, cwd=root, env=self.env, stdout=self._log,
                                     stderr=subprocess.STDOUT, start_new_session=True,
                                     preexec_fn=_stop_with_parent)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        """A browser URL that logs in with the token."""
        sep = "&" if "?" in path else "?"
        return f"{self.base}{path}{sep}token={self.token}"

    def api(self, path: str, method: str = "GET", timeout: float = 10):
        request = urllib.request.Request(self.base + path, method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body else None

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.proc.returncode}:\n{self.log()}")
            try:
                self.api("/api/status", timeout=2)
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                time.sleep(0.25)
        raise RuntimeError(f"jupyter lab did not answer within {timeout}s:\n{self.log()}")

    def _our_processes(self) -> list[int]:
        """Kernels (and anything else) whose command line names our runtime directory."""
        marker = self.env["JUPYTER_RUNTIME_DIR"]
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if marker in cmdline:
                pids.append(int(entry.name))
        return pids

    def stop(self) -> None:
        """Shut down cleanly (kernels included); signal, then kill, whatever is left."""
        if self.proc.poll() is None:
            try:
                self.api("/api/shutdown", method="POST", timeout=10)
            except Exception:  # noqa: BLE001  (fall through to signals)
                pass
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
                    try:
                        os.killpg(self.proc.pid, sig)
                    except ProcessLookupError:
                        break
                    try:
                        self.proc.wait(timeout=wait)
                        break
                    except subprocess.TimeoutExpired:
                        continue
        for pid in self._our_processes():  # kernels live in sessions of their own
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._log.close()


def run_nbgrader(root: Path, env: dict[str, str], *args: str) -> str:
    """A plain ``nbgrader`` command in the course copy ``root``, as an instructor types it."""
    result = subprocess.run([str(course.BIN / "nbgrader"), *args], cwd=root, env=env,
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"nbgrader {' '.join(args)} failed ({result.returncode}):\n"
                           f"{result.stdout[-3000:]}\n{result.stderr[-5000:]}")
    return result.stdout + result.stderr


def labextension_list(env: dict[str, str], cwd: Path) -> str:
    """``jupyter labextension list`` (colour codes removed), as the student's lab sees it."""
    result = subprocess.run([str(course.BIN / "jupyter"), "labextension", "list"], cwd=cwd,
                            env=env, capture_output=True, text=True, timeout=120)
    text = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    if result.returncode != 0:
        raise AssertionError(f"jupyter labextension list failed ({result.returncode}):\n{text}")
    return text


# --- Screenshots --------------------------------------------------------------------

class Shots:
    """Numbered screenshots of one test in artifacts/browser/: <test>-NN-<step>.png."""

    def __init__(self, page, test: str):
        self.page, self.test, self.n = page, re.sub(r"[^A-Za-z0-9_.-]+", "_", test), 0
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for old in ARTIFACTS.glob(f"{self.test}-*"):
            old.unlink()

    def __call__(self, step: str) -> Path:
        self.n += 1
        path = ARTIFACTS / f"{self.test}-{self.n:02d}-{step}.png"
        try:
            self.page.screenshot(path=str(path), timeout=30000)
        except Exception as error:  # noqa: BLE001  (a screenshot must never hide the real failure)
            path.with_suffix(".txt").write_text(f"screenshot failed: {error}\n")
        return path

    def text(self, name: str, content: str) -> Path:
        path = ARTIFACTS / f"{self.test}-{name}"
        path.write_text(content)
        return path


# --- JupyterLab gestures ------------------------------------------------------------

def menu(page, *labels: str) -> None:
    """Click through the menu bar: ``menu(page, "Run", "Run All Cells")``."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(rf"^{re.escape(labels[0])}$")).click()
    for label in labels[1:]:
        page.locator(".lm-Menu-itemLabel", has_text=re.compile(rf"^{re.escape(label)}$")).click()


def open_in_file_browser(page, *names: str) -> None:
    """Double-click ``names`` in turn in the file browser (folders, then the file)."""
    for name in names:
        item = page.locator(".jp-DirListing-item", has=page.locator(
            ".jp-DirListing-itemText", has_text=re.compile(rf"^{re.escape(name)}$")))
        item.dblclick()


def nbgrader_labextension_problems(listing: str, expected_version: str) -> list[str]:
    """What is wrong with nbgrader's JupyterLab extension in ``jupyter labextension list``."""
    problems = []
    found = re.findall(r"^\s+@jupyter/nbgrader v(\S+) (\w+) (\S+)", listing, re.M)
    if not found:
        problems.append("@jupyter/nbgrader is missing from `jupyter labextension list`")
    for found_version, state, ok in found:
        if state != "enabled":
            problems.append(f"@jupyter/nbgrader is {state}")
        if ok != "OK":
            problems.append(f"@jupyter/nbgrader is not OK ({ok})")
        if found_version != expected_version:
            problems.append(f"@jupyter/nbgrader is v{found_version}, nbgrader is {expected_version}")
    disabled = listing.split("Disabled extensions:", 1)[1] if "Disabled extensions:" in listing else ""
    for line in disabled.splitlines():
        if "@jupyter/nbgrader" in line:
            problems.append(f"disabled: {line.strip()}")
    return problems
