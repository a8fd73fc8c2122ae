"""The kernel provisioner of grading kernels: kernels come from a fork server.

Registered as ``autograder-forkserver`` (entry point ``jupyter_client.kernel_provisioners``
in pyproject.toml) and named by the grading kernel spec (``limits.kernel_spec``). It is
jupyter_client's ``LocalProvisioner`` (connection file, signals to the kernel's process
group, shutdown) with one change: the kernel process is forked by this worker's fork
server (see ``forkserver``) instead of started with ``Popen``. If the server cannot be
used, the kernel is started the ordinary way and a warning is logged, so grading never
depends on it.
"""

import atexit
import json
import os
import pathlib
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid

from jupyter_client.provisioning import LocalProvisioner
from traitlets import List, Unicode

from .forkserver import read_message
from .limits import write_kernel_spec

NAME = "autograder-forkserver"
_servers: dict = {}  # (python, preload, kernel env) -> ForkServer: at most one
_kernel_specs: dict = {}  # (limits, preload) -> the folder of this process's kernel spec
_specs_lock = threading.Lock()  # the coordinator's early start and the first task may race


class ForkedKernel:
    """The part of ``Popen`` that LocalProvisioner uses, for a kernel forked by the server
    (not a child of this process: the server reports its exit code on ``conn``)."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int, conn: socket.socket):
        self.pid, self._conn, self._buffer, self.returncode = pid, conn, b"", None
        conn.setblocking(False)

    def poll(self) -> int | None:
        while self.returncode is None:
            try:
                data = self._conn.recv(4096)
            except BlockingIOError:
                return None
            if not data:  # the server died, and its kernels with it
                self.returncode = -signal.SIGKILL
            self._buffer += data
            if self._buffer.endswith(b"\n"):
                self.returncode = json.loads(self._buffer)["exit"]
        self._conn.close()
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"kernel {self.pid}", timeout)
            time.sleep(0.02)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:  # never signal a pid that may have been reused
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


class ForkServer:
    """A running fork server (started at once; ``launch`` waits until it has imported)."""

    def __init__(self, preload: list[str], env: dict):
        name = f"grader-forkserver-{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.path = "\0" + name  # abstract: no file, so nothing to clean up after a kill
        self._ready, write = os.pipe()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "autograder.grading.forkserver", name, str(write), *preload],
            env=env, cwd="/", stdin=subprocess.DEVNULL, pass_fds=(write,))
        os.close(write)
        self._started = False
        atexit.register(self.close)

    def _wait_until_ready(self, timeout: float = 120) -> None:
        if self._started:
            return
        ready, _, _ = select.select([self._ready], [], [], timeout)
        answer = os.read(self._ready, 2) if ready else b""
        os.close(self._ready)
        if answer != b"ok":
            if self.process.poll() is not None:
                raise RuntimeError(f"the fork server exited with code {self.process.returncode}")
            raise RuntimeError(f"the fork server was not ready after {timeout} s")
        self._started = True

    def launch(self, argv: list[str], env: dict, cwd: str) -> ForkedKernel:
        self._wait_until_ready()
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.settimeout(60)
        conn.connect(self.path)
        conn.sendall(json.dumps({"argv": argv, "env": env, "cwd": cwd}).encode() + b"\n")
        answer = read_message(conn)
        if "error" in answer:
            conn.close()
            raise RuntimeError(answer["error"])
        return ForkedKernel(answer["pid"], conn)

    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def fork_server(preload: list[str], kernel_env: dict) -> ForkServer:
    """This process's server for these imports and kernel environment, started if needed.

    The kernel spec's environment (thread counts, hash seed, matplotlib backend) is read by
    Python and the libraries when they load, so the server is started with it."""
    key = (sys.executable, tuple(preload), tuple(sorted(kernel_env.items())))
    server = _servers.get(key)
    if server is None or not server.alive():
        # One server per process: a long-lived remote worker that moves on to another
        # lesson does not keep the previous lesson's server (about 250 MB) around.
        for old in _servers.values():
            old.close()
        _servers.clear()
        _servers[key] = server = ForkServer(list(preload), {**os.environ, **kernel_env})
    return server


def use_kernel_spec(limits, preload: tuple) -> None:
    """Point this process's ``python3`` kernel at the limited launcher (once per limits and
    imports) and start the fork server of those kernels.

    The grade command calls it on every worker as soon as the cluster is up (``run``), so
    the server's imports (2-3 s) overlap with the worker importing nbgrader and preparing
    its first submission; each submission calls it again, which is then only a lookup.
    This module imports no nbgrader, so that early call starts the server at once."""
    key = (limits, tuple(preload))
    with _specs_lock:
        if key not in _kernel_specs:
            folder = pathlib.Path(tempfile.mkdtemp(prefix="grader-kernelspec-"))
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
            spec = write_kernel_spec(folder, limits, preload)
            _kernel_specs[key] = folder
            fork_server(list(preload), spec["env"])
        os.environ["JUPYTER_PATH"] = str(_kernel_specs[key])


def release_all() -> None:
    """Stop this process's fork servers and forget its kernel specs (their folders are
    removed). For a process that graded in itself and goes on living (the coordinator
    after a batch of one, see ``run``): nothing of the batch keeps running, and the next
    batch does not look for a kernel spec in a folder its run has deleted."""
    with _specs_lock:
        for server in _servers.values():
            server.close()
        _servers.clear()
        for folder in _kernel_specs.values():
            shutil.rmtree(folder, ignore_errors=True)
        _kernel_specs.clear()


async def start_kernel_spec_soon(limits, preload: tuple) -> None:
    """``use_kernel_spec`` for ``client.run(..., wait=False)`` on every worker.

    Dask runs only coroutine functions without waiting for them, and the start blocks
    for seconds, so it goes to a thread and the worker's event loop stays free. A failure
    here is left to the first submission's own call, which reports it with that
    submission instead of as a traceback in the instructor's terminal."""
    def start():
        try:
            use_kernel_spec(limits, preload)
        except Exception:
            pass
    threading.Thread(target=start, name="fork-server-start", daemon=True).start()


class ForkServerProvisioner(LocalProvisioner):
    preload = List(Unicode(), help="Modules the fork server imports once.").tag(config=True)

    async def launch_kernel(self, cmd: list[str], **kwargs):
        try:
            server = fork_server(self.preload, self.kernel_spec.env or {})
            self.process = server.launch(cmd, dict(kwargs.get("env") or os.environ),
                                         str(kwargs.get("cwd") or os.getcwd()))
        except Exception as e:  # noqa: BLE001 - grading goes on with an ordinary kernel
            self.log.warning("fork server not used (%s); starting the kernel with Popen", e)
            return await super().launch_kernel(cmd, **kwargs)
        self.pid = self.pgid = self.process.pid  # the kernel leads its own process group
        self.cwd = kwargs.get("cwd", pathlib.Path.cwd())
        return self.connection_info

    async def send_signal(self, signum: int) -> None:
        if isinstance(self.process, ForkedKernel) and self.process.poll() is not None:
            return  # its process group is gone and the pid may be reused
        await super().send_signal(signum)
