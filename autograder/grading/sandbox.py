"""The boundary around graded code. Every grading kernel starts through ``enter``.

Both ways a grading kernel is started call ``enter``: the fork server's child (see
``forkserver``) and the ``limits`` launcher (used when the fork server cannot be). It
runs in the process that is about to become the kernel, while that process is still
single-threaded and still the grading user (root, or any user where unprivileged user
namespaces are allowed). It uses only the kernel's own namespaces, with no container
engine and no helper binary:

1. It reads what the kernel may have: the connection file, and the files of the
   submission's folder. Regular files only: a symlink is skipped, not followed.
2. It unshares a mount, PID, network, IPC and UTS namespace (and a user namespace when not
   root), then forks. The child is PID 1 of the new PID namespace: a small init that
   forks the kernel (PID 2) once the sandbox is set up, reaps, and exits with the kernel.
   When it exits, Linux kills everything left in the namespace: daemons, double forks,
   ``nohup``. The caller gets the init's pid, which is the kernel's process group.
3. The child builds a new root on a small tmpfs. Read-only: /usr, /etc, the Python
   installation and virtual environment, the ``autograder`` package. Writable and
   size-capped: ``/submission`` (the working directory, holding only this submission's
   files), ``/tmp`` and ``/dev/shm``. Also a fresh ``/proc`` (this namespace's processes
   only), a minimal ``/dev`` and the one folder of the kernel's own Unix sockets. Then
   ``pivot_root`` into it, and the old root is detached. Nothing else of the machine
   is left: not the course, not the grader's temporary course (gradebook and hidden
   tests), not other students, not /root.
4. It drops to an unprivileged uid that is unique to this kernel, with no
   capabilities, an empty bounding set and ``no_new_privs``. It sets resource limits
   (memory, CPU, processes, file size, open files) and an allow-listed environment.

A Python audit hook or a filter of file names would be no boundary: ``ctypes``,
``os.open`` or a subprocess bypass them. The tamper scan (``tamper``) is a second line,
against code that fools the tests from inside the kernel; this module makes sure that is
all graded code can reach.
"""

import ctypes
import errno
import json
import os
import resource
import select
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
MNT_DETACH = 2
PR_SET_NO_NEW_PRIVS, PR_CAPBSET_DROP, PR_SET_PDEATHSIG = 38, 24, 1
SYS_PIVOT_ROOT = {"x86_64": 155, "aarch64": 41}
SYS_CAPSET = {"x86_64": 126, "aarch64": 91}

HIDDEN_MARK = b"BEGIN HIDDEN TESTS"
WORKDIR = "/submission"          # the kernel's working directory inside the sandbox
CONNECTION_FILE = "/run/kernel.json"
FIRST_UID = 200_000              # kernels run as FIRST_UID + (pid mod 100 000): no shared uid
DEVICES = ("null", "zero", "full", "random", "urandom")
# What a kernel's environment may hold; everything else of the grader's is dropped.
ENV_ALLOWED = ("MPLBACKEND", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
               "PYTHONHASHSEED", "JPY_PARENT_PID", "JPY_SESSION_NAME", "LANG", "LC_ALL",
               "PYDEVD_DISABLE_FILE_VALIDATION")


@dataclass(frozen=True)
class Policy:
    memory_mb: int = 2048        # address space of each process
    cpu_seconds: int = 630       # CPU time of each process (a backstop for a stuck kernel)
    disk_mb: int = 256           # /submission, /tmp and /dev/shm, each
    max_processes: int = 256     # processes and threads of the kernel's uid (a fork bomb stops)
    max_file_mb: int = 256       # largest file the kernel may write


class SandboxError(RuntimeError):
    """The sandbox could not be set up: the kernel must not start."""


_libc = None


def _c():
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
    return _libc


def _check(result: int, what: str) -> None:
    if result != 0:
        e = ctypes.get_errno()
        raise SandboxError(f"{what}: {os.strerror(e)} (errno {errno.errorcode.get(e, e)})")


def _mount(source, target, fstype, flags, data=None) -> None:
    _check(_c().mount(None if source is None else os.fsencode(source), os.fsencode(target),
                      None if fstype is None else fstype.encode(), ctypes.c_ulong(flags),
                      None if data is None else data.encode()), f"mount {source} on {target}")


def _bind(source: str, target: str, writable: bool = False) -> None:
    _mount(source, target, None, MS_BIND | MS_REC)
    flags = MS_REMOUNT | MS_BIND | MS_NOSUID | MS_NODEV | (0 if writable else MS_RDONLY)
    _mount(None, target, None, flags)


def _tmpfs(target: str, size_mb: int, mode: str = "1777") -> None:
    _mount("tmpfs", target, "tmpfs", MS_NOSUID | MS_NODEV, f"size={size_mb}m,mode={mode}")


def read_only_paths() -> list[str]:
    """What the kernel reads: the system, the Python installation and environment, and the
    ``autograder`` package (the check helpers). Never the course around them."""
    import autograder
    package = str(Path(autograder.__file__).resolve().parent)
    paths = ["/usr", "/etc", sys.base_prefix, sys.prefix, package,
             os.path.realpath(sys.base_prefix), os.path.realpath(sys.prefix)]
    for top in ("/bin", "/sbin", "/lib", "/lib64", "/lib32"):
        if os.path.isdir(top) and not os.path.islink(top):
            paths.append(top)
    out = []
    for p in paths:
        if os.path.isdir(p) and p not in out:
            out.append(p)
    return out


def _snapshot(folder: str, limit: int) -> dict:
    """The submission's files (relative path -> bytes): regular files only, no links."""
    files, total = {}, 0
    for base, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(base, d))]
        for name in names:
            path = os.path.join(base, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            total += os.path.getsize(path)
            if total > limit:
                raise SandboxError(f"the submission's files exceed {limit // 2**20} MB")
            with open(path, "rb") as f:
                data = f.read()
            # nbgrader writes each graded notebook, hidden tests included, into this same
            # folder: an assignment's second notebook must not find its first one's.
            if not (name.endswith(".ipynb") and HIDDEN_MARK in data):
                files[os.path.relpath(path, folder)] = data
    return files


def _kernel_args(args: list[str]) -> tuple[dict, list[str]]:
    """(connection info, the kernel's arguments with its connection file moved inside)."""
    i = args.index("-f")
    with open(args[i + 1]) as f:
        info = json.load(f)
    return info, [*args[:i + 1], CONNECTION_FILE, *args[i + 2:]]


def _map_user() -> None:
    """In a new user namespace (a grader that is not root): be root inside it, for the mounts."""
    uid, gid = os.geteuid(), os.getegid()
    _check(_c().unshare(CLONE_NEWUSER), "unshare a user namespace")
    Path("/proc/self/setgroups").write_text("deny")
    Path("/proc/self/uid_map").write_text(f"0 {uid} 1")
    Path("/proc/self/gid_map").write_text(f"0 {gid} 1")


def _unshare() -> None:
    if os.geteuid() != 0:
        _map_user()
    _check(_c().unshare(CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS),
           "unshare the mount, PID, network, IPC and UTS namespaces")


def _build_root(root: str, policy: Policy, files: dict, info: dict, uid: int) -> None:
    """Mount the kernel's whole world on ``root`` (a tmpfs), as described above."""
    sockets_owner = []
    _tmpfs(root, 16, "0755")
    # The writable tmpfs first: a read-only path under /tmp (a virtual environment in a
    # clone under /tmp, as CI makes) must be mounted on top of the private /tmp, not hidden.
    for folder, mode in ((WORKDIR, "0700"), ("/tmp", "1777")):
        os.makedirs(root + folder, exist_ok=True)
        _tmpfs(root + folder, policy.disk_mb, mode)
    for path in read_only_paths():
        os.makedirs(root + path, exist_ok=True)
        _bind(path, root + path)
    for top in ("/bin", "/sbin", "/lib", "/lib64", "/lib32"):
        if os.path.islink(top):
            os.symlink(os.readlink(top), root + top)
    os.makedirs(root + "/dev", exist_ok=True)
    _tmpfs(root + "/dev", 1, "0755")
    for name in DEVICES:
        open(f"{root}/dev/{name}", "w").close()
        _mount(f"/dev/{name}", f"{root}/dev/{name}", None, MS_BIND)
    for name, target in (("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"),
                         ("stdout", "/proc/self/fd/1"), ("stderr", "/proc/self/fd/2")):
        os.symlink(target, f"{root}/dev/{name}")
    os.makedirs(root + "/dev/shm")
    _tmpfs(root + "/dev/shm", policy.disk_mb)
    os.makedirs(root + "/proc")
    _mount("proc", root + "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    if info.get("transport") == "ipc":  # the kernel's own sockets, and nothing beside them
        sockets = os.path.dirname(info["ip"])
        os.makedirs(root + sockets, exist_ok=True)
        _bind(sockets, root + sockets, writable=True)
        sockets_owner.append(root + sockets)
    os.makedirs(root + "/run", mode=0o755)
    with open(root + CONNECTION_FILE, "w") as f:
        json.dump(info, f)
    os.chmod(root + CONNECTION_FILE, 0o400)
    for rel, data in files.items():
        path = os.path.join(root + WORKDIR, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    try:
        for path in [*sockets_owner, root + CONNECTION_FILE]:
            os.chown(path, uid, uid)
        for base, dirs, names in os.walk(root + WORKDIR):
            for name in [*dirs, *names, ""]:
                os.chown(os.path.join(base, name) if name else base, uid, uid)
    except OSError as e:
        raise SandboxError(f"the kernel's own uid {uid} cannot be used here ({e.strerror}; a "
                           "user namespace that maps only root?)") from None


def _pivot(root: str) -> None:
    os.chdir(root)
    number = SYS_PIVOT_ROOT.get(os.uname().machine)
    if number is None:
        raise SandboxError(f"pivot_root: unknown system call number on {os.uname().machine}")
    _check(_c().syscall(number, b".", b"."), "pivot_root")
    _check(_c().umount2(b".", MNT_DETACH), "detach the old root")
    os.chdir("/")
    _mount(None, "/", None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)


def _drop_privileges(uid: int) -> None:
    """Become ``uid`` with no capability at all, now or after any exec."""
    for cap in range(64):  # the bounding set: no exec can give a capability back
        if _c().prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 and ctypes.get_errno() != errno.EINVAL:
            _check(-1, f"drop capability {cap} from the bounding set")
    root_in_userns = os.geteuid() == 0 and _in_user_namespace()
    if not root_in_userns:
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
    # capset: empty effective, permitted and inheritable sets (setresuid clears them
    # already when leaving uid 0; in a user namespace there is no other uid to go to).
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)
    data = (ctypes.c_uint32 * 6)()
    number = SYS_CAPSET.get(os.uname().machine)
    _check(_c().syscall(number, header, data), "clear the capabilities")
    _check(_c().prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "set no_new_privs")


def _in_user_namespace() -> bool:
    try:
        return Path("/proc/self/uid_map").read_text().split()[:3] != ["0", "0", "4294967295"]
    except OSError:
        return False


def _limit(policy: Policy) -> None:
    def cap(which, value):
        resource.setrlimit(which, (value, value))
    cap(resource.RLIMIT_AS, policy.memory_mb * 2**20)
    resource.setrlimit(resource.RLIMIT_CPU, (policy.cpu_seconds, policy.cpu_seconds + 5))
    cap(resource.RLIMIT_NPROC, policy.max_processes)
    cap(resource.RLIMIT_FSIZE, policy.max_file_mb * 2**20)
    cap(resource.RLIMIT_NOFILE, 1024)
    cap(resource.RLIMIT_CORE, 0)


def kernel_environment(env: dict) -> dict:
    """The allow-listed environment of a sandboxed kernel (no secret of the grader's)."""
    import autograder
    package_parent = str(Path(autograder.__file__).resolve().parent.parent)
    kept = {k: v for k, v in env.items() if k in ENV_ALLOWED}
    # JPY_PARENT_PID=1: the kernel's parent is the sandbox's init; ipykernel then neither
    # watches for a parent change nor prints its connection banner to the grader's terminal.
    return {**kept, "JPY_PARENT_PID": "1", "HOME": "/tmp", "TMPDIR": "/tmp", "USER": "student", "LOGNAME": "student",
            "PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
            "PYTHONPATH": package_parent,  # the check helpers, whatever installed them
            "MPLCONFIGDIR": "/tmp/.matplotlib", "IPYTHONDIR": "/tmp/.ipython"}


def enter(policy: Policy, args: list[str], cwd: str, env: dict, new_session: bool,
          lifeline: int) -> tuple[int, list]:
    """Confine the calling process's future kernel. Returns twice, as ``fork``:

    - in the caller: ``(pid of the sandbox's init, [])``: this process's child, whose exit
      is the kernel's and whose process group holds the kernel;
    - in the kernel: ``(0, kernel arguments)``, running in the sandbox as described in the
      module docstring, with ``env`` reduced to the allow-list and ``cwd``'s files in
      ``/submission``. ``new_session``: the kernel leads its own process group (the fork
      server's kernels); otherwise it stays in the caller's (the launcher's), so a
      signal to that group reaches it. ``lifeline``: the read end of a pipe whose write
      end the grader holds; when the grader dies, the sandbox ends (its init exits).

    Raises ``SandboxError`` in the caller if the sandbox cannot be set up."""
    info, args = _kernel_args(args)
    cwd = os.path.realpath(cwd)
    needed = read_only_paths() + ([os.path.dirname(info["ip"])] if info.get("transport") == "ipc" else [])
    if any(os.path.realpath(p) == cwd or os.path.realpath(p).startswith(cwd + os.sep) for p in needed):
        raise SandboxError(f"the kernel's folder {cwd} holds what the sandbox mounts")
    files = _snapshot(cwd, policy.disk_mb * 2**20)
    uid = FIRST_UID + os.getpid() % 100_000 if os.geteuid() == 0 else 0
    _unshare()
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            answer = pipe.read()
        if answer != b"ok":
            os.waitpid(pid, 0)
            raise SandboxError(answer.decode(errors="replace") or "the sandboxed process died while it was set up")
        return pid, []
    os.close(read)
    try:
        if new_session:
            os.setsid()
        _mount(None, "/", None, MS_REC | MS_PRIVATE)
        _build_root(cwd, policy, files, info, uid)
        _pivot(cwd)
        _c().sethostname(b"sandbox", 7)
        os.chdir(WORKDIR)
        os.environ.clear()
        os.environ.update(kernel_environment(env))
        _limit(policy)
        _drop_privileges(uid)
        keep = sorted({write, lifeline})
        for low, high in zip([2, *keep], [*keep, 65536]):
            os.closerange(low + 1, high)
        kernel = os.fork()
    except BaseException as e:  # noqa: BLE001 - reported to the caller, who refuses to start
        os.write(write, f"{type(e).__name__}: {e}".encode())
        os._exit(1)
    if kernel:
        os.write(write, b"ok")
        os.close(write)
        _init(kernel, lifeline)
    os.close(write)
    os.close(lifeline)
    return 0, args


def _init(kernel: int, lifeline: int) -> None:
    """PID 1 of the sandbox: reap every process, and end with the kernel (exit status
    passed on), or as soon as the grader is gone (``lifeline`` reads end-of-file). Either
    way every process left in the namespace ends with it. The kernel itself is PID 2, an
    ordinary process: it can be interrupted, and it dies if it kills itself, as it would
    outside (a PID 1 ignores every signal it has no handler for)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # an interrupt is for the kernel (same group)
    signal.signal(signal.SIGTERM, lambda *_: os.kill(kernel, signal.SIGKILL))
    while True:
        try:
            ready, _, _ = select.select([lifeline], [], [], 0.05)
            if ready and not os.read(lifeline, 1):
                os._exit(128 + signal.SIGKILL)
            pid, status = os.waitpid(-1, os.WNOHANG)
        except InterruptedError:
            continue
        except ChildProcessError:
            os._exit(1)
        if pid == kernel:
            code = os.waitstatus_to_exitcode(status)
            os._exit(code if code >= 0 else 128 - code)


def check() -> str | None:
    """None if a kernel can be sandboxed on this machine, else the reason it cannot.

    Sets up the real sandbox in a throw-away child, around a dummy kernel command."""
    import tempfile
    with tempfile.TemporaryDirectory(prefix="grader-sandbox-check-") as tmp:
        connection = os.path.join(tmp, "kernel.json")
        Path(connection).write_text(json.dumps({"transport": "ipc", "ip": f"{tmp}/ipc/k"}))
        os.mkdir(f"{tmp}/ipc")
        os.mkdir(f"{tmp}/work")
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            code = 1
            try:
                lifeline, _keep = os.pipe()
                kernel, _ = enter(Policy(), ["-f", connection], f"{tmp}/work", {}, True, lifeline)
                if kernel == 0:  # in the sandbox: nothing of the grader's is visible
                    os._exit(3 if os.path.exists(tmp + "/kernel.json") else 0)
                _, status = os.waitpid(kernel, 0)
                code = os.waitstatus_to_exitcode(status)
                os.write(write, b"" if code == 0 else b"the sandbox let the grader's files through")
            except BaseException as e:  # noqa: BLE001
                os.write(write, str(e).encode())
            finally:
                os._exit(code)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            why = pipe.read().decode(errors="replace")
        os.waitpid(pid, 0)
        return why or None
