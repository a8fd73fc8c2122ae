"""`python -m autograder grade --scheduler ... --db postgresql://...`: real processes only.

A `dask scheduler` and two `dask worker`s run on loopback ports, each worker in its own
empty working and local directory (nothing of the repository reachable by a relative
path: the bundle and the submissions travel through Dask). A real PostgreSQL server from
Debian's packages holds the gradebook, and nbgrader's formgrader server reads it. The
reference is the same batch graded serially (`--workers 1`) into SQLite.
"""

import json
import re
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook
from sqlalchemy import MetaData, create_engine, select

from autograder.grading import cluster
from autograder.grading import run as grading
from tests.formgrader_support import formgrader, server_env, stop
from tests.grade_course import FIXTURE, GradeCourse
from tests.postgres_support import create_database, free_port, postgres_server


BIN = Path(sys.executable).parent
UUID = re.compile(r"[0-9a-f]{32}")
LIMITS = ["--cell-timeout", "40", "--notebook-timeout", "300", "--memory-mb", "2048"]


_env, _stop = server_env, stop


class DaskCluster:
    """`dask scheduler` + N `dask worker` processes, each worker in an empty folder."""

    def __init__(self, n_workers: int):
        self.tmp = Path(tempfile.mkdtemp(prefix="grade-cluster-"))
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.procs, self.workers = [], []
        self._start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port",
                                  self.address.rsplit(":", 1)[1], "--no-dashboard"], self.tmp)
        for i in range(n_workers):
            folder = self.tmp / f"worker{i}"
            folder.mkdir()
            self.workers.append(self._start(f"worker{i}", [
                "worker", self.address, "--name", f"w{i}", "--nthreads", "1", "--nworkers", "1",
                "--host", "127.0.0.1", "--local-directory", str(folder), "--memory-limit", "0",
                "--no-dashboard", "--death-timeout", "120"], folder))
        from dask.distributed import Client
        self.client = Client(self.address, timeout="60s")
        self.client.wait_for_workers(n_workers, timeout=120)

    def _start(self, name: str, argv: list, cwd: Path) -> subprocess.Popen:
        log = open(self.tmp / f"{name}.log", "wb")
        proc = subprocess.Popen([str(BIN / "dask"), *argv], cwd=cwd, env=_env(), stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(proc)
        return proc

    def pids(self) -> dict:
        """worker address -> pid of the process that runs the tasks."""
        return self.client.run(os.getpid)

    def kill(self, address: str) -> None:
        """SIGKILL the `dask worker` (nanny and worker process) serving ``address``."""
        name = self.client.scheduler_info(n_workers=-1)["workers"][address]["name"]
        os.killpg(self.workers[int(str(name)[1:])].pid, signal.SIGKILL)

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            for proc in reversed(self.procs):
                _stop(proc)
            shutil.rmtree(self.tmp, ignore_errors=True)


@contextmanager
def dask_cluster(n_workers: int = 2):
    c = DaskCluster(n_workers)
    try:
        yield c
    finally:
        c.close()


def _fill(gc: GradeCourse) -> list[str]:
    ex = gc.exercises()
    kinds = {"full": gc.build(), "blank": gc.build(blank=ex), "half": gc.build(blank=ex[::2]),
             "wrong": gc.build({ex[0]: "def centre(X):\n    return [0.0, 0.0]\n"}),
             "full2": gc.build(), "wrong2": gc.build({ex[-1]: "def spread(X):\n    return -1.0\n"})}
    for student, nb in kinds.items():
        gc.submit(student, nb)
    return sorted(kinds)


def _scores(db_url: str, assignment: str) -> dict:
    with Gradebook(db_url) as gb:
        return {s.student_id: {g.name: g.auto_score for nb in s.notebooks for g in nb.grades}
                for s in gb.assignment_submissions(assignment)}


def _rows(db_url: str) -> dict:
    """table -> sorted rows, nbgrader's random uuid keys masked (``_scores`` checks the links)."""
    engine = create_engine(db_url)
    meta = MetaData()
    meta.reflect(engine)
    mask = lambda v: "<uuid>" if isinstance(v, str) and UUID.fullmatch(v) else repr(v)  # noqa: E731
    with engine.connect() as conn:
        out = {name: sorted(tuple(mask(v) for v in row) for row in conn.execute(select(table)))
               for name, table in meta.tables.items() if name != "alembic_version"}
    engine.dispose()
    return out


def _grade(gc: GradeCourse, *extra, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "autograder", "grade", gc.assignment,
                           "--course", str(gc.root), "--no-progress", *LIMITS, *extra],
                          cwd=gc.root, env=_env(), capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    gc = GradeCourse(tmp_path_factory.mktemp("cluster") / "course", FIXTURE.name, FIXTURE)
    return gc, _fill(gc)


@pytest.fixture(scope="module")
def serial(base, tmp_path_factory):
    gc = base[0].copy_to(tmp_path_factory.mktemp("serial") / "course")
    done = _grade(gc, "--workers", "1")
    assert done.returncode == 0, done.stderr[-3000:]
    return gc, _scores(gc.db_url, gc.assignment)


@pytest.fixture(scope="module")
def postgres():
    with postgres_server() as url:
        yield url


@pytest.fixture(scope="module")
def on_cluster(base, serial, postgres, tmp_path_factory):
    """The batch graded on the external cluster into PostgreSQL."""
    gc = base[0].copy_to(tmp_path_factory.mktemp("remote") / "course")
    db = create_database(postgres, "gradebook")
    with dask_cluster(2) as c:
        pids = c.pids()
        done = _grade(gc, "--scheduler", c.address, "--db", db)
    assert done.returncode == 0, done.stderr[-3000:]
    return gc, cluster.gradebook_url(db), pids, done.stdout


def _state(gc: GradeCourse) -> dict:
    folder = gc.root / "grading" / gc.assignment / "results"
    return {p.stem: json.loads(p.read_text()) for p in folder.glob("*.json")}


def test_cluster_scores_equal_the_serial_run(base, serial, on_cluster):
    gc, db, pids, stdout = on_cluster
    assert f"graded {len(base[1])}," in stdout
    assert _scores(db, gc.assignment) == serial[1]
    assert sorted(serial[1]) == base[1]
    assert serial[1]["full"] != serial[1]["blank"]  # the batch really discriminates


def test_tasks_ran_on_the_external_workers(on_cluster):
    gc, _, pids, _ = on_cluster
    state = _state(gc)
    ran_on = {int(s["worker"].rsplit(":", 1)[1]) for s in state.values()}
    assert ran_on <= set(pids.values()), (ran_on, pids)
    assert all(s["recorded"] and s["status"] != "not gradable" for s in state.values())


def test_postgres_gradebook_holds_exactly_the_sqlite_rows(serial, on_cluster):
    sqlite_rows, pg_rows = _rows(serial[0].db_url), _rows(on_cluster[1])
    assert sqlite_rows.keys() == pg_rows.keys()
    for table in sqlite_rows:
        assert pg_rows[table] == sqlite_rows[table], table
    assert len(pg_rows["submitted_assignment"]) == 6


def test_formgrader_reads_the_postgres_gradebook(on_cluster, serial):
    gc, db, _, _ = on_cluster
    with formgrader(gc.root, db) as api:
        data = api("GET", f"/formgrader/api/submissions/{gc.assignment}")
    by_student = {s["student"]: s for s in data if s.get("autograded")}
    expected = {st: sum(v or 0 for v in g.values()) for st, g in serial[1].items()}
    assert {st: s["score"] for st, s in by_student.items()} == pytest.approx(expected)


def test_killed_worker_loses_nothing_and_grades_once(base, serial, tmp_path_factory):
    gc = base[0].copy_to(tmp_path_factory.mktemp("killed") / "course")
    results = gc.root / "grading" / gc.assignment / "results"
    with dask_cluster(2) as c:
        pids = c.pids()
        proc = subprocess.Popen([sys.executable, "-m", "autograder", "grade", gc.assignment,
                                 "--course", str(gc.root), "--no-progress", *LIMITS,
                                 "--scheduler", c.address], cwd=gc.root, env=_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
        try:
            victim, deadline = None, time.monotonic() + 240
            while victim is None and proc.poll() is None and time.monotonic() < deadline:
                if any(results.glob("*.json")):  # the first result arrived
                    busy = [a for a, keys in c.client.processing().items()
                            if any(str(k).startswith("grade-") for k in keys)]
                    if busy:
                        victim = busy[0]
                        c.kill(victim)
                time.sleep(0.2)
            out, err = proc.communicate(timeout=400)
        finally:
            _stop(proc)
    assert victim is not None, "no worker was busy after the first result: batch too short"
    assert proc.returncode == 0, err[-3000:]
    assert "graded 6," in out
    state = _state(gc)
    assert sorted(state) == base[1]
    assert all(s["recorded"] and "crashed" not in " ".join(s["reasons"]) for s in state.values())
    assert _scores(gc.db_url, gc.assignment) == serial[1]
    survivor = {p for a, p in pids.items() if a != victim}
    assert any(int(s["worker"].rsplit(":", 1)[1]) in survivor for s in state.values())
