"""A real nbgrader formgrader (a Jupyter server with nbgrader's extension) for tests.

``with formgrader(course_root) as api:`` starts it on a free loopback port and stops it
afterwards, also when the test fails; ``api("GET", "/formgrader/api/...")`` calls its REST
API as formgrader's own pages do, with the server's token.
"""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from tests.postgres_support import free_port

BIN = Path(sys.executable).parent


def server_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PATH"] = str(BIN) + os.pathsep + env.get("PATH", "")
    return env


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.wait(timeout=30)


@contextmanager
def formgrader(root: Path, db_url: str | None = None, timeout: float = 120):
    port, token = free_port(), "formgrader-test-token"
    log_path = root / "formgrader.log"
    argv = [str(BIN / "jupyter"), "server", "--no-browser", "--allow-root", f"--port={port}",
            "--ip=127.0.0.1", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
            f"--CourseDirectory.root={root}"] + ([f"--CourseDirectory.db_url={db_url}"] if db_url else [])
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(argv, cwd=root, env=server_env(), stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)

    def api(method: str, path: str, body=None):
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path}", method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                api("GET", "/formgrader/api/status")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, \
                    log_path.read_text()[-3000:]
                time.sleep(1)
        yield api
    finally:
        stop(proc)
