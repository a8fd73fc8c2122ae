"""Grading kernels forked from a process that has already imported the lesson's libraries.

A fresh kernel spends about 1 s starting Python and ipykernel and 2-3 s importing
scikit-learn, numpy and matplotlib, for every submission. A grading worker therefore
starts one *fork server* (``python -m autograder.grading.forkserver SOCKET MODULE...``):
a single-threaded process that imports those modules once and then, for each kernel,
forks a child that

1. enters the sandbox through ``sandbox.enter``, the same entry point as the ``limits``
   launcher: the kernel is forked once more inside fresh namespaces, as PID 1 of its own
   PID namespace, in its own private folder, as its own unprivileged user, leading its
   own process group. The first child reports the kernel's pid and exits; the server
   is a child subreaper, so it reaps the kernel. With ``--no-sandbox`` the child only
   leaves the server's session and applies the resource limits;
2. takes the environment (allow-listed in the sandbox) and arguments the manager asked for,
3. reseeds numpy's global generator (a fresh process would not share its state),
4. runs ``ipykernel_launcher`` in-process, exactly as ``python -m ipykernel_launcher``.

Each kernel is its own process: what one submission patches or breaks dies with it, and
no two kernels share a writable folder. The server reaps its kernels and reports each
exit code on the kernel's connection; it exits, killing its kernels, when the worker
that started it goes away. The server listens on an abstract Unix socket. Protocol: one JSON line
per connection, ``{"argv", "env", "cwd"}``, from the worker process only (checked with
``SO_PEERCRED``), answered by ``{"pid"}`` (or ``{"error"}``) and, when the kernel exits,
``{"exit"}``. Standard library only before the preload.
"""

import atexit
import ctypes
import importlib
import json
import os
import select
import signal
import socket
import struct
import sys
import traceback

from . import limits, sandbox

KERNEL_MODULE = "ipykernel_launcher"
# What ipykernel imports while a kernel starts (its shell, and its debugger, which it
# imports even when the kernel spec turns debugging off): imported once here, they take
# about 0.1 s off every kernel's start. None of them starts a thread at import.
KERNEL_MODULES = ["ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell",
                  "ipykernel.debugger", "sqlite3", "pdb"]
PR_SET_CHILD_SUBREAPER = 36
LIFELINE: list = []  # (read, write): a sandboxed kernel ends when the server's write end closes
WAKE: list = []  # (read, write): a byte per SIGCHLD, so the server reaps a kernel at once


def _kernel_command(argv: list[str]) -> tuple[dict, list[str]]:
    """(limits, ipykernel arguments) of a ``limits`` launcher command; anything else is refused."""
    if argv[1:3] != ["-m", "autograder.grading.limits"]:
        raise ValueError(f"not a grading kernel command: {argv[:3]}")
    options, command = limits.parse(argv[3:])
    if command[1:3] != ["-m", KERNEL_MODULE]:
        raise ValueError(f"not an ipykernel command: {command[:3]}")
    return options, command[3:]


def _run_kernel(request: dict, report: int, inherited: list) -> None:
    """In the forked child: become the kernel the request describes. Never returns.

    Writes the kernel's pid (or the reason it failed) to ``report``."""
    code = 1
    try:
        for s in inherited:
            s.close()
        os.close(LIFELINE[1])  # only the server holds the write end: its death ends kernels
        signal.set_wakeup_fd(-1)  # the server's exit alarm is not the kernel's
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        for fd in WAKE:
            os.close(fd)
        options, args = _kernel_command(request["argv"])
        parent = os.getppid()  # the server: the kernel must not watch it as its parent
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        if options["sandbox"]:
            pid, args = sandbox.enter(limits.policy(options), args, request["cwd"],
                                      {**request["env"], "JPY_PARENT_PID": str(parent)},
                                      new_session=True, lifeline=LIFELINE[0])
            if pid:  # the first child: hand the kernel over to the server (a subreaper)
                os.write(report, f"{pid}".encode())
                os._exit(0)
            # (the sandbox closed every inherited descriptor, ``report`` included)
        else:
            os.setsid()
            os.chdir(request["cwd"])
            os.environ.clear()
            os.environ.update(request["env"], JPY_PARENT_PID=str(parent))
            limits.apply(**options)
            os.write(report, f"{os.getpid()}".encode())
            os.close(report)
        if "numpy" in sys.modules:  # `random` reseeds itself after a fork; numpy does not
            sys.modules["numpy"].random.seed()
        # As ipykernel_launcher: the server's own folder is not on the path (ipykernel
        # puts the working directory back as '').
        sys.path[:] = [p for p in sys.path if p not in ("", SERVER_CWD)]
        # The default of parent_handle was read from the server's environment when the
        # server imported ipykernel: name the parent the kernel must watch explicitly.
        sys.argv = [KERNEL_MODULE, *args,
                    f"--IPKernelApp.parent_handle={1 if options['sandbox'] else parent}"]
        from ipykernel import kernelapp
        kernelapp.launch_new_instance()
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException as e:
        try:
            os.write(report, f"{type(e).__name__}: {e}".encode())
        except OSError:
            pass
        traceback.print_exc()
    finally:
        try:
            atexit._run_exitfuncs()  # what a normal interpreter exit would run
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _fork(request: dict, inherited: list) -> int:
    """Fork a kernel; returns its pid once it is confined and limited."""
    _kernel_command(request["argv"])  # refuse bad requests in the server, not in a child
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        _run_kernel(request, write, inherited)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        answer = pipe.read().decode(errors="replace")
    if not answer.isdigit():
        raise RuntimeError(answer or "the kernel process failed before it started (see the worker's log)")
    return int(answer)


def _send(conn: socket.socket, message: dict) -> None:
    try:
        conn.sendall(json.dumps(message).encode() + b"\n")
    except OSError:
        pass  # the kernel manager went away; its kernel is reaped all the same


def read_message(conn: socket.socket) -> dict:
    """One JSON line (both ends of the protocol use it)."""
    data = b""
    while not data.endswith(b"\n"):
        chunk = conn.recv(65536)
        if not chunk:
            raise ConnectionError("the other end closed the connection before a whole message")
        data += chunk
    return json.loads(data)


def _read_request(conn: socket.socket, parent: int) -> dict:
    request = read_message(conn)
    # Only the worker that started the server may ask for kernels: a kernel (student code,
    # same user) that found the socket must not get itself one without limits.
    pid, _, _ = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                                    struct.calcsize("3i")))
    if pid != parent:
        raise PermissionError(f"process {pid} is not the worker that started this server")
    return request


def _reap(kernels: dict) -> None:
    while True:  # also a child that failed before it became a kernel
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        conn = kernels.pop(pid, None)
        if conn:
            _send(conn, {"exit": os.waitstatus_to_exitcode(status)})
            conn.close()


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 512):
            pass
    except BlockingIOError:
        pass


def _kill_all(pids) -> None:
    for pid in pids:
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass


def serve(name: str, ready: int, preload: list[str]) -> None:
    """Listen on the abstract Unix socket ``name`` (no file: nothing to leave behind, no
    path-length limit, and unreachable from a sandboxed kernel's network namespace), and
    write ``ok`` to the descriptor ``ready`` once the modules are imported."""
    # debugpy (imported by ipykernel.debugger) prints a warning about frozen modules to
    # stderr when it loads, for a debugger no grading kernel uses: not for the terminal.
    quiet_debugger = "PYDEVD_DISABLE_FILE_VALIDATION" not in os.environ
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    for module in [*KERNEL_MODULES, *preload]:  # the kernel itself, then the lesson's
        try:
            importlib.import_module(module)
        except Exception:  # noqa: BLE001 - a module the kernel will fail to import itself
            pass
    if quiet_debugger:
        del os.environ["PYDEVD_DISABLE_FILE_VALIDATION"]
    parent = os.getppid()
    # Sandboxed kernels are grandchildren (see _run_kernel): they are reparented to this
    # server, which reaps them and reports their exit.
    ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    LIFELINE[:] = os.pipe()
    # Without this, a killed kernel would wait for select's timeout to be reaped and
    # reported, and every submission's kernel stop with it (issue 18).
    WAKE[:] = os.pipe()
    for fd in WAKE:
        os.set_blocking(fd, False)
    signal.set_wakeup_fd(WAKE[1])
    signal.signal(signal.SIGCHLD, lambda *_: None)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind("\0" + name)
    listener.listen(16)
    os.write(ready, b"ok")
    os.close(ready)
    kernels: dict = {}  # pid -> connection of the kernel manager that asked (None: it left)
    try:
        while os.getppid() == parent:
            conns = [c for c in kernels.values() if c]
            ready, _, _ = select.select([listener, WAKE[0], *conns], [], [], 0.2)
            for s in ready:
                if s == WAKE[0]:
                    _drain(WAKE[0])
                elif s is listener:
                    conn, _ = listener.accept()
                    conn.settimeout(10)  # a peer that never sends must not stall the server
                    try:
                        request = _read_request(conn, parent)
                        pid = _fork(request, [listener, conn, *conns])
                    except Exception as e:  # noqa: BLE001 - reported to the kernel manager
                        _send(conn, {"error": f"{type(e).__name__}: {e}"})
                        conn.close()
                        continue
                    kernels[pid] = conn
                    _send(conn, {"pid": pid})
                elif not s.recv(1):  # the kernel manager is gone: its kernel must go too
                    pid = next(p for p, c in kernels.items() if c is s)
                    _kill_all([pid])
                    kernels[pid] = None
                    s.close()
            _reap(kernels)
    finally:
        _kill_all(kernels)


SERVER_CWD = os.getcwd()

if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]), sys.argv[3:])
