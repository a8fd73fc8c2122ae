"""Grading kernels forked from the fork server: real kernels, real jupyter_client.

The grade command's tests (test_grade_command) run every bad submission through these
kernels; here each promise of ``forkserver`` and ``provisioner`` is checked on its own:
the kernel is forked with the lesson's modules already imported, gets the environment,
folder and limits a launched kernel gets, shares nothing with other kernels, answers
interrupts, reports its death, goes away with the worker, and an unusable server falls
back to an ordinary kernel.
"""

import contextlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from jupyter_client.manager import KernelManager

from autograder.grading import provisioner, sandbox
from autograder.grading.limits import Limits, kernel_spec, write_kernel_spec

PRELOAD = ("sklearn.cluster",)
LIMITS = Limits(cell_timeout=30, notebook_timeout=60, memory_mb=1800)
FACTS = """
import json, os, resource, sys
print(json.dumps({"preloaded": "sklearn.cluster" in sys.modules, "pid": os.getpid(),
                  "ppid": os.getppid(), "session": os.getsid(0), "uid": os.getuid(),
                  "memory": resource.getrlimit(resource.RLIMIT_AS)[0],
                  "mark": os.environ.get("GRADER_TEST_MARK"), "cwd": os.getcwd(),
                  "files": sorted(os.listdir(".")), "netns": os.readlink("/proc/self/ns/net"),
                  "threads": os.environ.get("OMP_NUM_THREADS"),
                  "watches": get_ipython().kernel.parent.parent_handle}))
"""


def _outer_parent(pid: int) -> int:
    return int(Path(f"/proc/{pid}/status").read_text().split("PPid:")[1].split()[0])


def _assert_sandboxed(got: dict, session: int) -> None:
    """What a sandboxed kernel sees of itself (see sandbox.py). ``session``: 1 when the
    sandbox leads its own (forked kernels), 0 when it is the launcher's, outside."""
    assert (got["pid"], got["ppid"], got["session"]) == (2, 1, session), (
        "the kernel is not PID 2 under the sandbox's init, in the expected session")
    assert got["uid"] >= sandbox.FIRST_UID, "the kernel runs as the grader"
    assert got["mark"] is None, "the grader's environment reached the kernel"
    assert got["cwd"] == sandbox.WORKDIR and got["files"] == ["data.txt"]
    assert got["netns"] != os.readlink("/proc/self/ns/net"), "the kernel is on the host network"
    assert got["memory"] == LIMITS.memory_mb * 1024 * 1024
    assert got["threads"] == "1"


@pytest.fixture
def grading_spec(tmp_path, monkeypatch):
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "spec"))
    return write_kernel_spec(tmp_path / "spec", LIMITS, PRELOAD)


@contextlib.contextmanager
def kernel(folder: Path, **start):
    km = KernelManager(kernel_name="python3", transport="ipc", ip=str(folder / "k"))
    if "cwd" not in start:  # as nbgrader does: the notebook's folder, never the course's
        (folder / "notebook").mkdir(exist_ok=True)
        start["cwd"] = str(folder / "notebook")
    km.start_kernel(**start)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def run(kc, code: str, timeout: float = 60) -> dict:
    """What the code prints as JSON on its last line, and the reply's status."""
    out = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=lambda m: out.append(
        m["content"].get("text", "")) if m["msg_type"] == "stream" else None)
    text = "".join(out).strip().splitlines()
    return {"status": reply["content"]["status"], "ename": reply["content"].get("ename"),
            "value": json.loads(text[-1]) if text else None}


def interrupt_a_running_cell(km, kc) -> str | None:
    """Interrupt a cell once it is running, and return the error it ended with.

    The interrupt waits for the cell's own first output: an interrupt that lands while
    ipykernel is still dispatching the request (a loaded machine takes more than a second
    to get there) breaks ipykernel itself, not the sandbox, and made this test flaky.
    nbclient, too, interrupts only a cell that has run past its timeout."""
    msg_id = kc.execute("import time\nprint('running', flush=True)\ntime.sleep(60)")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        msg = kc.get_iopub_msg(timeout=60)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream"
                and "running" in msg["content"]["text"]):
            break
    else:
        raise AssertionError("the cell never started")
    time.sleep(0.2)  # from its print to its sleep
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=30)
    while reply["parent_header"].get("msg_id") != msg_id:  # a late kernel_info reply
        reply = kc.get_shell_msg(timeout=30)
    # After an error ipykernel aborts the requests already queued until the failed cell is
    # done: a request sent before its "idle" status can come back "aborted" (seen once in
    # CI), which says nothing about the interrupt. Wait for it.
    while True:
        msg = kc.get_iopub_msg(timeout=30)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            break
    return reply["content"].get("ename")


def _server():
    return provisioner.fork_server(list(PRELOAD), kernel_spec(LIMITS, PRELOAD)["env"])


def test_kernel_is_forked_with_modules_imported_into_the_sandbox(grading_spec, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "data.txt").write_text("the submission's own file")
    env = dict(os.environ, GRADER_TEST_MARK="seen")
    with kernel(tmp_path, env=env, cwd=str(work)) as (km, kc):
        got = run(kc, FACTS)["value"]
        init = km.provisioner.process.pid
        assert _outer_parent(init) == _server().process.pid, "not forked by the fork server"
        assert os.getpgid(init) == init, "the sandbox must lead its own process group"
    assert got["preloaded"], "the lesson's modules were not imported by the server"
    assert got["watches"] == 1, "the kernel watches its init, not a pid of the grader's"
    _assert_sandboxed(got, session=1)


def test_an_ordinary_launch_is_sandboxed_the_same_way(tmp_path, monkeypatch):
    """The fallback when the fork server cannot be used: the limits launcher, Popen'ed."""
    spec = kernel_spec(LIMITS, PRELOAD)
    del spec["metadata"]["kernel_provisioner"]
    folder = tmp_path / "spec" / "kernels" / "python3"
    folder.mkdir(parents=True)
    (folder / "kernel.json").write_text(json.dumps(spec))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "spec"))
    work = tmp_path / "work"
    work.mkdir()
    (work / "data.txt").write_text("the submission's own file")
    with kernel(tmp_path, env=dict(os.environ, GRADER_TEST_MARK="seen"), cwd=str(work)) as (km, kc):
        assert not isinstance(km.provisioner.process, provisioner.ForkedKernel)
        got = run(kc, FACTS)["value"]
        assert interrupt_a_running_cell(km, kc) == "KeyboardInterrupt", (
            "the interrupt did not reach it")
    # The exit code is checked in a kernel of its own: an interrupted ipykernel 7 has, once
    # in about 40 runs on a loaded machine, raised a late KeyboardInterrupt into its next
    # cell, which then never exits; that is ipykernel's, not the launcher's.
    with kernel(tmp_path, cwd=str(work)) as (km, kc):
        kc.execute("import os\nos._exit(3)")
        deadline = time.monotonic() + 30
        while km.is_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert km.provisioner.process.returncode == 3, "the launcher must pass the exit code on"
    assert not got["preloaded"]
    _assert_sandboxed(got, session=0)


def test_kernels_share_no_state(grading_spec, tmp_path):
    draw = "[random.random(), numpy.random.random()]"
    code_patch = ("import numpy.testing, random, json\n"
                  "numpy.testing.assert_equal = lambda *a, **k: None\n"
                  f"print(json.dumps({draw}))")
    code_look = ("import numpy.testing, random, json\n"
                 f"print(json.dumps([numpy.testing.assert_equal.__module__, {draw}]))")
    with kernel(tmp_path) as (_, kc):
        first = run(kc, code_patch)["value"]
    with kernel(tmp_path) as (_, kc):
        module, second = run(kc, code_look)["value"]
    assert module == "numpy.testing._private.utils", "a patch leaked into the next kernel"
    # A fresh interpreter seeds both generators from the OS; forked ones must too.
    assert first[0] != second[0], "forked kernels share the state of `random`"
    assert first[1] != second[1], "forked kernels share the state of numpy's global generator"


@pytest.mark.parametrize("sandboxed", [True, False], ids=["sandbox", "no-sandbox"])
def test_a_kernel_cannot_ask_the_server_for_a_kernel_without_limits(tmp_path, monkeypatch, sandboxed):
    """In the sandbox the server's socket cannot be reached; without it, the server refuses
    any peer but its worker (SO_PEERCRED)."""
    limits = Limits(cell_timeout=30, notebook_timeout=60, memory_mb=1800, sandbox=sandboxed)
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "spec"))
    write_kernel_spec(tmp_path / "spec", limits, PRELOAD)
    server = provisioner.fork_server(list(PRELOAD), kernel_spec(limits, PRELOAD)["env"])
    request = {"argv": [sys.executable, "-m", "autograder.grading.limits", "--",
                        sys.executable, "-m", "ipykernel_launcher", "-f", str(tmp_path / "x.json")],
               "env": {}, "cwd": str(tmp_path)}
    with kernel(tmp_path) as (_, kc):
        got = run(kc, textwrap.dedent(f"""
            import json, socket
            s = socket.socket(socket.AF_UNIX)
            try:
                s.connect({server.path!r})
            except OSError as e:
                print(json.dumps({{"unreachable": type(e).__name__}}))
            else:
                s.sendall(json.dumps({request!r}).encode() + b"\\n")
                print(s.recv(4096).decode().strip())
        """))
    assert got["status"] == "ok", got
    if sandboxed:
        # the abstract socket exists only in the grader's network namespace
        assert got["value"] == {"unreachable": "ConnectionRefusedError"}, got["value"]
    else:
        assert "error" in got["value"] and "PermissionError" in got["value"]["error"], got["value"]
    assert "pid" not in got["value"]


def test_interrupt_reaches_the_forked_kernel(grading_spec, tmp_path):
    with kernel(tmp_path) as (km, kc):
        assert interrupt_a_running_cell(km, kc) == "KeyboardInterrupt"
        got = run(kc, "print(1 + 1)")
        assert (got["status"], got["value"]) == ("ok", 2), (
            f"the kernel must survive an interrupt: {got}")


def test_a_kernel_that_exits_is_reported_dead_with_its_code(grading_spec, tmp_path):
    with kernel(tmp_path) as (km, kc):
        kc.execute("import os\nos._exit(3)")
        deadline = time.monotonic() + 30
        while km.is_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not km.is_alive()
        assert km.provisioner.process.returncode == 3


WORKER = """
import os, sys, time
from pathlib import Path
from jupyter_client.manager import KernelManager
from autograder.grading.limits import Limits, write_kernel_spec
folder = Path(sys.argv[1])
os.environ["JUPYTER_PATH"] = str(folder / "spec")
write_kernel_spec(folder / "spec", Limits(), ("json",))
km = KernelManager(kernel_name="python3", transport="ipc", ip=str(folder / "k"))
(folder / "notebook").mkdir()
km.start_kernel(cwd=str(folder / "notebook"))
client = km.client(); client.start_channels(); client.wait_for_ready(timeout=120)
from autograder.grading import provisioner
server = next(iter(provisioner._servers.values()))
print(server.process.pid, km.provisioner.process.pid, flush=True)
time.sleep(600)
"""


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return True
    return state == "Z"  # exited, waiting for init to reap it


def _children(pid: int) -> list[int]:
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _is_child(p, pid)]


def _is_child(proc: Path, pid: int) -> bool:
    try:
        return _outer_parent(int(proc.name)) == pid
    except (OSError, IndexError, ValueError):
        return False


def test_server_and_kernels_go_when_the_worker_is_killed(tmp_path):
    worker = subprocess.Popen([sys.executable, "-c", WORKER, str(tmp_path)], stdout=subprocess.PIPE,
                              text=True, start_new_session=True)
    try:
        server, forked = map(int, worker.stdout.readline().split())
        assert not _gone(server) and not _gone(forked)
        kernel_pids = [p for p in _children(forked)]
        assert kernel_pids, "the sandbox's init has no kernel"
        os.killpg(worker.pid, signal.SIGKILL)  # as the OOM killer or a cluster would
        worker.wait(30)
        deadline = time.monotonic() + 30
        while not (_gone(server) and _gone(forked)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _gone(server), "the fork server outlived its worker"
        assert _gone(forked), "a sandbox outlived its fork server"
        assert all(_gone(p) for p in kernel_pids), "a kernel outlived its fork server"
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)


def test_a_command_the_server_refuses_falls_back_to_an_ordinary_kernel(tmp_path, monkeypatch):
    spec = kernel_spec(LIMITS, PRELOAD)
    spec["argv"] = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    folder = tmp_path / "spec" / "kernels" / "python3"
    folder.mkdir(parents=True)
    (folder / "kernel.json").write_text(json.dumps(spec))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "spec"))
    with kernel(tmp_path) as (km, kc):
        got = run(kc, "import os, json\nprint(json.dumps(os.getppid()))")["value"]
        assert not isinstance(km.provisioner.process, provisioner.ForkedKernel)
    assert got == os.getpid(), "the fallback kernel is an ordinary child of this process"


def test_a_worker_keeps_one_server_at_a_time():
    env = kernel_spec(LIMITS, PRELOAD)["env"]
    first = provisioner.fork_server(["json"], env)
    second = provisioner.fork_server(["csv"], env)
    assert first.process.wait(30) is not None, "the previous lesson's server is still running"
    assert list(provisioner._servers.values()) == [second] and second.alive()
    second.close()
