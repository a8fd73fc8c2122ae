"""The sandbox of graded code, attacked as a hostile student would attack it.

Every attack is one submission of lesson 01: the answer key, with the attack appended to
the answer of Exercise 1.1. All of them, next to the answer key and an innocent "victim",
are graded in one batch by the real command (``python -m autograder grade``, two Dask
workers, forked kernels), twice: once with the sandbox and once with ``--no-sandbox``.
With the sandbox each attack must be stopped and the submission must get the answer
key's marks. With ``--no-sandbox`` the same attack must get through. That second run
proves that each verdict can fail, i.e. that the fixture really attacks something.

An attack that succeeds prints a line starting with ``LEAK`` (what it read, wrote or
killed). The verdicts also look at what the attack could change outside the kernel: the
course tree (hashed before and after), the gradebook, the processes left running, a TCP
listener opened by the test, and the system's temporary folder.
"""

import hashlib
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import nbformat
import pytest

from autograder.grading import sandbox
from tests.grade_course import GradeCourse

TOKEN = uuid.uuid4().hex[:12]
SECRET = f"secret-{TOKEN}"
OUTPUTS = ("autograded", "feedback", "grading", "gradebook.db", "gradebook.db-journal")

# No skip where the sandbox is missing: the course cannot grade there, and a green suite
# must not hide it (the grade command itself refuses to start without the sandbox).


def _attacks(course: Path, assignment: str, port: int, victim: str) -> dict:
    """attack id -> code appended to the answer of Exercise 1.1."""
    key_nb = course / "solutions" / assignment / f"{assignment}.ipynb"
    gradebook = course / "gradebook.db"
    home = Path.home()
    return {
        "walk-up": """
import os
here = os.path.abspath(".")
for _ in range(16):
    for name in ("solutions", "source", "gradebook.db", "submitted", "nbgrader_config.py"):
        found = os.path.join(here, name)
        if os.path.exists(found):
            print("LEAK walk-up:", found)
    here = os.path.dirname(here)
""",
        "relative-path": """
import glob
# the worker's private course, and beside it the worker's private gradebook
for path in (glob.glob("../" * 3 + "source/*/*.ipynb") + glob.glob("../" * 3 + "gradebook.db")
             + glob.glob("../" * 4 + "grader-gradebook-*.db")):
    try:
        data = open(path, "rb").read()
        print("LEAK relative:", path, b"BEGIN HIDDEN TESTS" in data)
    except OSError as e:
        print("blocked", e)
""",
        "absolute-path": f"""
try:
    text = open({str(key_nb)!r}).read()
    print("LEAK absolute:", "BEGIN HIDDEN TESTS" in text, len(text))
except OSError as e:
    print("blocked", e)
""",
        "proc-of-grader": f"""
import os
for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
    for link in ("cwd", "root"):
        try:
            base = os.path.join("/proc", pid, link)
            names = os.listdir(base)
            hits = [n for n in names if n in ("solutions", "source", "gradebook.db", "submitted")]
            if hits or os.path.exists(base + {str(key_nb)!r}):
                print("LEAK /proc:", pid, link, hits)
        except OSError:
            pass
""",
        "gradebook": f"""
import sqlite3
try:
    db = sqlite3.connect("file:{gradebook}?mode=rw", uri=True)
    db.execute("create table pwned_{TOKEN} (x)")
    db.commit()
    print("LEAK gradebook: wrote a table")
except Exception as e:
    print("blocked", e)
""",
        "other-student": f"""
import os
victim = {str(course / "submitted" / victim / assignment)!r}
for folder in ("autograded", "feedback"):  # other students' graded notebooks and feedback
    try:
        print("LEAK graded work:", os.listdir(os.path.join({str(course)!r}, folder)))
    except OSError as e:
        print("blocked", e)
try:
    print("LEAK students:", os.listdir({str(course / "submitted")!r}))
    path = os.path.join(victim, {assignment + ".ipynb"!r})
    with open(path, "a") as f:
        f.write("garbage")
    open(os.path.join(victim, "planted.txt"), "w").write("x")
    print("LEAK other student: rewrote", path)
except OSError as e:
    print("blocked", e)
""",
        "write-outside": f"""
for path in [{str(course / "nbgrader_config.py")!r}, "/tmp/pwned-{TOKEN}", {str(home / f"pwned-{TOKEN}")!r}]:
    try:
        with open(path, "a") as f:
            f.write("# pwned\\n")
        print("wrote", path)  # the verdict looks for the file (the sandbox's own /tmp is private)
    except OSError as e:
        print("blocked", e)
""",
        "daemon": f"""
import os, subprocess, sys
pid = os.fork()
if pid == 0:
    os.setsid()
    if os.fork() == 0:
        os.closerange(0, 3)
        os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(600)", "grader-daemon-{TOKEN}"])
    os._exit(0)
os.waitpid(pid, 0)
subprocess.Popen(["nohup", sys.executable, "-c", "import time; time.sleep(600)", "grader-nohup-{TOKEN}"],
                 start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                 stderr=subprocess.DEVNULL)
""",
        "fork-bomb": f"""
import subprocess, sys, time
bomb = '''
import os, time
n = 0
for i in range(600):
    try:
        if os.fork() == 0:
            os.closerange(0, 3)
            time.sleep(2)
            os._exit(0)
        n += 1
    except OSError:
        break
print("forked", n)
'''
out = subprocess.run([sys.executable, "-c", bomb, "grader-bomb-{TOKEN}"], capture_output=True, text=True).stdout
print(out.strip())
if out.strip() == "forked 600":
    print("LEAK fork bomb: 600 processes")
time.sleep(3)
""",
        "disk-filler": """
import os
written = 0
try:
    for i in range(12):
        with open(f"filler-{i}.bin", "wb") as f:
            f.write(b"x" * (50 * 2**20))
        written += 50
except OSError as e:
    print("blocked", e)
for i in range(12):
    if os.path.exists(f"filler-{i}.bin"):
        os.remove(f"filler-{i}.bin")
print("wrote", written, "MB")
if written == 600:
    print("LEAK disk: 600 MB")
""",
        "network": f"""
import os, socket, subprocess, sys
connect = "import socket; socket.create_connection(('127.0.0.1', {port}), timeout=3).sendall(b'{TOKEN}')"
for pid in [p for p in os.listdir("/proc") if p.isdigit()]:  # leave the empty network namespace
    subprocess.run(["nsenter", f"--net=/proc/{{pid}}/ns/net", sys.executable, "-c", connect],
                   capture_output=True)
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=3).sendall(b"{TOKEN}")
    print("LEAK network: connected")
except OSError as e:
    print("blocked", e)
""",
        "environment": """
import os
for name, value in os.environ.items():
    if "SECRET" in name or "DATABASE" in name:
        print("LEAK environment:", name, value)
""",
        "kill-fork-server": """
import os, signal
if os.getppid() > 1:
    print("LEAK killing the process that forked the kernel", flush=True)
    os.kill(os.getppid(), signal.SIGKILL)
""",
    }


def _tree(root: Path) -> dict:
    """relative path -> sha256 of every file of the course except the grader's outputs."""
    digests = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if rel.parts[0] in OUTPUTS or not path.is_file():
            continue
        digests[rel.as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def _listen() -> tuple[socket.socket, list]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    received = []

    def accept():
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            received.append(conn.recv(100).decode(errors="replace"))
            conn.close()
    threading.Thread(target=accept, daemon=True).start()
    return server, received


def _alive(token: str) -> list[int]:
    pids = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if token.encode() in (p / "cmdline").read_bytes():
                    pids.append(int(p.name))
            except OSError:
                pass
    return pids


def _grade(gc: GradeCourse, system_tmp: Path, *extra) -> dict:
    """Grade the batch with the real command; what every verdict needs to know."""
    server, received = _listen()
    port = server.getsockname()[1]
    attacks = _attacks(gc.root, gc.assignment, port, "victim")
    first = gc.exercises()[0]
    gc.submit("answer-key", gc.build())
    gc.submit("victim", gc.build())
    for name, code in attacks.items():
        gc.submit(name, gc.build({first: gc.key[first] + "\n" + code}))
    before = _tree(gc.root)
    system_tmp.mkdir()
    env = dict(os.environ, GRADER_SECRET_TOKEN=SECRET, TMPDIR=str(system_tmp),
               DATABASE_URL=f"postgresql://grader:{SECRET}@127.0.0.1/course")
    proc = subprocess.run([sys.executable, "-m", "autograder", "grade", gc.assignment,
                           "--course", str(gc.root), "--workers", "2", "--no-progress",
                           "--cell-timeout", "60", *extra],
                          cwd=gc.root, env=env, capture_output=True, text=True, timeout=900)
    time.sleep(1)  # a daemon that got through has had time to start
    alive = _alive(TOKEN)
    for pid in alive:  # what got through in --no-sandbox must not outlive the test
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    server.close()
    assert proc.returncode == 0, proc.stderr[-3000:]
    texts, pages = {}, {}
    for student in ["answer-key", "victim", *attacks]:
        graded = gc.root / "autograded" / student / gc.assignment / gc.notebook_name
        nb = nbformat.read(str(graded), as_version=4) if graded.exists() else nbformat.v4.new_notebook()
        texts[student] = "\n".join(json.dumps(o) for c in nb.cells for o in c.get("outputs", []))
        pages[student] = "\n".join(p.read_text(errors="replace") for folder in ("autograded", "feedback")
                                   for p in (gc.root / folder / student / gc.assignment).glob("*.*"))
    with sqlite3.connect(gc.root / "gradebook.db") as db:
        tables = {r[0] for r in db.execute("select name from sqlite_master where type='table'")}
    scores = gc.cell_scores()
    after = _tree(gc.root)
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    return {"texts": texts, "pages": pages, "scores": scores, "changed": changed, "received": received,
            "alive": alive, "tables": tables, "stderr": proc.stderr, "attacks": attacks,
            "leftovers": sorted(p.name for p in system_tmp.iterdir()),
            "home_file": (Path.home() / f"pwned-{TOKEN}").exists(),
            "tmp_file": Path(f"/tmp/pwned-{TOKEN}").exists()}


@pytest.fixture(scope="module")
def batches(tmp_path_factory):
    base = GradeCourse(tmp_path_factory.mktemp("sandbox") / "template")
    out = {}
    for mode, extra in (("sandbox", ()), ("no-sandbox", ("--no-sandbox", "--verbose"))):
        gc = base.copy_to(base.root.parent / mode)
        out[mode] = _grade(gc, base.root.parent / f"{mode}-tmp", *extra)
    for path in (Path.home() / f"pwned-{TOKEN}", Path(f"/tmp/pwned-{TOKEN}")):
        path.unlink(missing_ok=True)
    return out


def _got_through(outcome: dict, attack: str) -> bool:
    """Whether the attack did what it tried, by its own report and by its effects."""
    text = outcome["texts"][attack]
    effects = {
        "gradebook": f"pwned_{TOKEN}" in outcome["tables"],
        "other-student": any(p.startswith("submitted/victim/") for p in outcome["changed"]),
        "write-outside": ("nbgrader_config.py" in outcome["changed"] or outcome["home_file"]
                          or outcome["tmp_file"]),
        "daemon": bool(outcome["alive"]),
        "network": TOKEN in "".join(outcome["received"]),
        "environment": SECRET in text,
        "kill-fork-server": outcome["scores"][attack] != outcome["scores"]["answer-key"],
    }
    return "LEAK" in text or effects.get(attack, False)


ATTACKS = ["walk-up", "relative-path", "absolute-path", "proc-of-grader", "gradebook",
           "other-student", "write-outside", "daemon", "fork-bomb", "disk-filler", "network",
           "environment", "kill-fork-server"]


def test_the_attack_list_is_the_fixtures():
    assert sorted(ATTACKS) == sorted(_attacks(Path("/c"), "a", 1, "v"))


@pytest.mark.parametrize("attack", ATTACKS)
def test_the_sandbox_stops_the_attack_and_grades_the_answers(batches, attack):
    outcome = batches["sandbox"]
    assert not _got_through(outcome, attack), outcome["texts"][attack][-3000:]
    assert outcome["scores"][attack] == outcome["scores"]["answer-key"], (
        f"{attack} did not get the answer key's marks: {outcome['scores'][attack]}")


@pytest.mark.parametrize("attack", ATTACKS)
def test_without_the_sandbox_the_same_attack_gets_through(batches, attack):
    """Proves the verdict above can fail: the fixture does attack something."""
    assert _got_through(batches["no-sandbox"], attack)


def test_nothing_of_the_course_changed_but_the_graders_outputs(batches):
    outcome = batches["sandbox"]
    assert outcome["changed"] == set()
    assert outcome["scores"]["victim"] == outcome["scores"]["answer-key"]
    assert not outcome["alive"], "a process started by graded code outlived grading"


def test_the_grader_leaves_nothing_in_the_system_temporary_folder(batches):
    for mode in ("sandbox", "no-sandbox"):
        assert batches[mode]["leftovers"] == [], mode


def test_no_secret_of_the_grader_reaches_any_student(batches):
    outcome = batches["sandbox"]
    for student, page in outcome["pages"].items():
        assert SECRET not in page, student


def test_the_terminal_shows_no_library_warnings_unless_verbose(batches):
    sandboxed, verbose = batches["sandbox"]["stderr"], batches["no-sandbox"]["stderr"]
    # Nor anything else a library logs: a Dask error or a traceback in the terminal reads
    # as a failed grading even when every score is right.
    for noise in ("Warning", "Traceback", " - ERROR - ", "Exception"):
        assert noise not in sandboxed, f"{noise!r} reached the terminal:\n{sandboxed[-2000:]}"
    assert "SAWarning" in verbose, "nbgrader's warnings were expected with --verbose"


def test_no_sandbox_is_loud(batches):
    assert "--no-sandbox" in batches["no-sandbox"]["stderr"]
    assert "WARNING" in batches["no-sandbox"]["stderr"]
    assert "WARNING" not in batches["sandbox"]["stderr"]


def test_a_sandboxed_kernel_sees_only_its_own_world(tmp_path):
    """The sandbox itself, without nbgrader: who the kernel is and what it can see."""
    work, sockets = tmp_path / "work", tmp_path / "sockets"
    work.mkdir()
    sockets.mkdir()
    (work / "data.csv").write_text("1,2\n")
    (work / "link.ipynb").symlink_to(tmp_path / "secret.ipynb")
    (tmp_path / "secret.ipynb").write_text("BEGIN HIDDEN TESTS")
    connection = tmp_path / "kernel.json"
    connection.write_text(json.dumps({"transport": "ipc", "ip": str(sockets / "k")}))
    needed = sandbox.read_only_paths()  # as the grader sees them
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the grader's side of a launch, as the limits launcher does it
        os.close(read)
        os.dup2(write, 1)  # the sandbox closes every descriptor above 2
        lifeline, held = os.pipe()
        kernel, args = sandbox.enter(sandbox.Policy(max_processes=64), ["-f", str(connection)],
                                     str(work), {"GRADER_SECRET_TOKEN": SECRET, "MPLBACKEND": "agg"},
                                     new_session=True, lifeline=lifeline)
        if kernel == 0:
            import resource
            status = Path("/proc/self/status").read_text()
            facts = {"uid": os.getuid(), "pid": os.getpid(), "cwd": os.getcwd(),
                     "files": sorted(os.listdir(".")), "root": sorted(os.listdir("/")),
                     "proc": sorted(p for p in os.listdir("/proc") if p.isdigit()),
                     "caps": re.findall(r"^Cap(?:Prm|Eff|Bnd|Amb):\s*(\w+)", status, re.M),
                     "no_new_privs": re.search(r"^NoNewPrivs:\s*(\d)", status, re.M).group(1),
                     "env": sorted(os.environ), "args": args,
                     "nproc": resource.getrlimit(resource.RLIMIT_NPROC)[0],
                     "sockets": os.path.isdir(str(sockets)),
                     # the environment is all there, also where it lies under /tmp (CI)
                     "hidden": [p for p in needed if not os.path.isdir(p) or not os.listdir(p)],
                     "grader_tmp": os.path.exists(str(tmp_path / "kernel.json"))}
            os.write(1, json.dumps(facts).encode())
            os._exit(0)
        os.close(1)
        os.close(write)
        os.waitpid(kernel, 0)
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        facts = json.loads(pipe.read())
    os.waitpid(pid, 0)
    assert facts["uid"] >= sandbox.FIRST_UID or os.geteuid() != 0
    assert facts["pid"] == 2, "the kernel is not in its own PID namespace, under its init"
    assert facts["proc"] == ["1", "2"], "the kernel sees other processes than its own"
    assert facts["cwd"] == sandbox.WORKDIR and facts["files"] == ["data.csv"], (
        "only the submission's regular files, no link, in the working folder")
    assert set(facts["caps"]) == {"0000000000000000"}, facts["caps"]
    assert facts["no_new_privs"] == "1"
    assert "GRADER_SECRET_TOKEN" not in facts["env"] and "MPLBACKEND" in facts["env"]
    assert facts["args"] == ["-f", sandbox.CONNECTION_FILE]
    assert facts["nproc"] == 64
    assert facts["sockets"] and not facts["grader_tmp"]
    assert facts["hidden"] == [], "read-only paths the kernel needs are hidden"


def test_a_batch_refuses_to_start_where_the_sandbox_cannot_be_set_up(tmp_path):
    """A real machine where it cannot: a user namespace that maps only root (as in some
    containers), so the kernel's own unprivileged uid does not exist."""
    from tests.grade_course import FIXTURE
    gc = GradeCourse(tmp_path / "course", FIXTURE.name, FIXTURE)
    gc.submit("s1", gc.build())
    argv = ["unshare", "--user", "--map-root-user", sys.executable, "-m", "autograder", "grade",
            gc.assignment, "--course", str(gc.root), "--workers", "1", "--no-progress"]
    proc = subprocess.run(argv, cwd=gc.root, capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0
    assert "sandbox for graded code cannot be set up here" in proc.stderr, proc.stderr[-2000:]
    assert "uid" in proc.stderr and "--no-sandbox" in proc.stderr
    assert not (gc.root / "grading").exists(), "something was graded without the sandbox"
    assert not (gc.root / "autograded").exists()
