"""Resource limits of a grading kernel, applied by a tiny launcher around ipykernel.

The kernel spec used while grading runs ``python -m autograder.grading.limits OPTIONS --
python -m ipykernel_launcher -f CONNECTION_FILE``: this module sets OS resource limits
(address space, CPU seconds, file size, no core dumps), moves the process into a new,
empty network namespace when the OS allows it (root or unprivileged user namespaces),
then replaces itself with the kernel. Standard library only: it runs before the kernel.

The kernel talks to nbgrader over Unix sockets (``KernelManager.transport = "ipc"``),
which keep working inside an empty network namespace where TCP loopback would not.
"""

import ctypes
import json
import os
import resource
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000


@dataclass(frozen=True)
class Limits:
    cell_timeout: int = 120          # seconds per cell (nbgrader's ExecutePreprocessor.timeout)
    notebook_timeout: int = 600      # wall-clock seconds per notebook
    memory_mb: int = 2048            # address-space cap of the kernel process
    max_output_bytes: int = 1_000_000  # printed output kept per cell while running
    no_network: bool = True          # new network namespace when the OS allows it


def kernel_spec(limits: Limits, preload: tuple = ()) -> dict:
    """A ``kernel.json`` for the ``python3`` kernel that starts under ``limits``.

    Kernels come from a fork server that has imported ``preload`` (see ``provisioner``);
    the command is what the server runs in each forked child, and what runs if it cannot."""
    argv = [sys.executable, "-m", "autograder.grading.limits",
            "--memory-mb", str(limits.memory_mb),
            # CPU time is a backstop for a kernel that ignores interrupts.
            "--cpu-seconds", str(limits.notebook_timeout + 30)]
    if limits.no_network:
        argv.append("--no-network")
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


def _unshare_network() -> bool:
    """Enter a new network namespace (only loopback, down). False if not permitted."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    if libc.unshare(CLONE_NEWNET) == 0:
        return True
    return libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0


def apply(memory_mb: int, cpu_seconds: int, no_network: bool) -> dict:
    """Limit the current process; returns what was applied (for the log)."""
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
    if no_network:
        applied["network_isolated"] = _unshare_network()
    return applied


def network_isolation_available() -> bool:
    """Whether a child process may enter a new network namespace here (checked in a fork)."""
    pid = os.fork()
    if pid == 0:
        os._exit(0 if _unshare_network() else 1)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def parse(argv: list[str]) -> tuple[dict, list[str]]:
    """(keyword arguments of ``apply``, the kernel command) from this launcher's arguments."""
    split = argv.index("--")
    options, command = argv[:split], argv[split + 1:]
    memory = int(options[options.index("--memory-mb") + 1]) if "--memory-mb" in options else 0
    cpu = int(options[options.index("--cpu-seconds") + 1]) if "--cpu-seconds" in options else 0
    return {"memory_mb": memory, "cpu_seconds": cpu, "no_network": "--no-network" in options}, command


def main(argv: list[str]) -> None:
    options, command = parse(argv)
    apply(**options)
    os.execv(command[0], command)


if __name__ == "__main__":
    main(sys.argv[1:])


__all__ = ["Limits", "apply", "asdict", "kernel_spec", "network_isolation_available", "parse",
           "write_kernel_spec"]
