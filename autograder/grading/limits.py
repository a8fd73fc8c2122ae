"""Resource limits of a grading kernel, and the launcher that applies them.

The kernel spec used while grading runs ``python -m autograder.grading.limits OPTIONS --
python -m ipykernel_launcher -f CONNECTION_FILE``. With ``--sandbox`` (the default of the
grade command) the launcher confines the kernel through ``sandbox.enter``: the kernel is
the launcher's child, in its own namespaces, as an unprivileged user, and the launcher
waits for it. Without (``--no-sandbox``, a trusted machine) it only sets resource limits
(address space, CPU seconds, file size, no core dumps) and replaces itself with the
kernel. Kernels usually come from the fork server instead (see ``provisioner``), which
reads the same options and calls the same ``sandbox.enter``.

The kernel talks to nbgrader over Unix sockets (``KernelManager.transport = "ipc"``),
which keep working inside an empty network namespace where TCP loopback would not.
"""

import json
import os
import resource
import signal
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from . import sandbox



@dataclass(frozen=True)
class Limits:
    cell_timeout: int = 120          # seconds per cell (nbgrader's ExecutePreprocessor.timeout)
    notebook_timeout: int = 600      # wall-clock seconds per notebook
    memory_mb: int = 2048            # address-space cap of the kernel process
    max_output_bytes: int = 1_000_000  # printed output kept per cell while running
    sandbox: bool = True             # confine the kernel (see ``sandbox``); off: --no-sandbox
    disk_mb: int = 256               # each writable folder of the sandbox
    max_processes: int = 256         # processes and threads of one kernel


def kernel_spec(limits: Limits, preload: tuple = ()) -> dict:
    """A ``kernel.json`` for the ``python3`` kernel that starts under ``limits``.

    Kernels come from a fork server that has imported ``preload`` (see ``provisioner``);
    the command is what the server runs in each forked child, and what runs if it cannot."""
    argv = [sys.executable, "-m", "autograder.grading.limits",
            "--memory-mb", str(limits.memory_mb),
            # CPU time is a backstop for a kernel that ignores interrupts.
            "--cpu-seconds", str(limits.notebook_timeout + 30)]
    if limits.sandbox:
        argv += ["--sandbox", "--disk-mb", str(limits.disk_mb),
                 "--max-processes", str(limits.max_processes)]
    argv += ["--", sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    env = {"MPLBACKEND": "agg", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
           "MKL_NUM_THREADS": "1", "PYTHONHASHSEED": "0"}
    provisioner = {"provisioner_name": "autograder-forkserver", "config": {"preload": list(preload)}}
    return {"argv": argv, "display_name": "Python 3 (graded, limited)", "language": "python",
            "env": env, "metadata": {"debugger": False, "kernel_provisioner": provisioner}}


def write_kernel_spec(jupyter_path: Path, limits: Limits, preload: tuple = ()) -> dict:
    folder = jupyter_path / "kernels" / "python3"
    folder.mkdir(parents=True, exist_ok=True)
    spec = kernel_spec(limits, preload)
    (folder / "kernel.json").write_text(json.dumps(spec, indent=1))
    return spec


def apply(memory_mb: int, cpu_seconds: int, **_) -> dict:
    """Resource limits only, on the current process (the kernel of ``--no-sandbox``)."""
    applied = {}
    if memory_mb:
        size = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))
        applied["memory_mb"] = memory_mb
    if cpu_seconds:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
        applied["cpu_seconds"] = cpu_seconds
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024 * 1024,) * 2)
    return applied


def policy(options: dict) -> sandbox.Policy:
    """The sandbox policy of parsed launcher options."""
    return sandbox.Policy(memory_mb=options["memory_mb"], cpu_seconds=options["cpu_seconds"],
                          disk_mb=options["disk_mb"], max_processes=options["max_processes"])


def parse(argv: list[str]) -> tuple[dict, list[str]]:
    """(keyword arguments of ``apply``, the kernel command) from this launcher's arguments."""
    split = argv.index("--")
    options, command = argv[:split], argv[split + 1:]
    def number(name, default=0):
        return int(options[options.index(name) + 1]) if name in options else default
    return {"memory_mb": number("--memory-mb"), "cpu_seconds": number("--cpu-seconds"),
            "sandbox": "--sandbox" in options, "disk_mb": number("--disk-mb", 256),
            "max_processes": number("--max-processes", 256)}, command


def main(argv: list[str]) -> None:
    options, command = parse(argv)
    if not options["sandbox"]:
        apply(**options)
        os.execv(command[0], command)
    worker = os.getppid()
    lifeline, held = os.pipe()  # ``held`` stays open here: the sandbox lives while we do
    kernel, args = sandbox.enter(policy(options), command[1:], os.getcwd(), dict(os.environ),
                                 new_session=False, lifeline=lifeline)
    if kernel == 0:
        os.execv(command[0], [command[0], *args])
    # The launcher stays, as the process the kernel manager watches. The kernel shares its
    # process group, so an interrupt sent to the group reaches the kernel directly; a
    # SIGTERM (shutdown) kills it, as PID 1 of its namespace ignores one from outside.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: os.kill(kernel, signal.SIGKILL))
    while True:
        try:
            pid, status = os.waitpid(kernel, os.WNOHANG)
        except InterruptedError:
            continue
        if pid:
            break
        if os.getppid() != worker:  # the worker is gone: so is its kernel
            os.kill(kernel, signal.SIGKILL)
        time.sleep(0.05)
    sys.exit(os.waitstatus_to_exitcode(status) % 256)


if __name__ == "__main__":
    main(sys.argv[1:])


__all__ = ["Limits", "apply", "asdict", "kernel_spec", "parse", "policy", "write_kernel_spec"]
