"""Where the submissions of a run are graded, as (submission, result) pairs for ``run``.

- ``on_dask``: one task per submission on the Dask cluster of ``cluster_soon`` (a private
  ``LocalCluster`` or an existing one, see ``cluster``), results as workers finish them;
- ``here``: a batch of one new submission on this machine, graded in this process by
  the workers' own function (``worker.grade``), with nothing of it left running after.

Either way a grader that fails is reported as the submission's result (``crashed``),
never as an exception that stops the batch.
"""

import contextlib
import os
import threading

from . import cluster
from .timing import Phases


def suits_here(args, todo) -> bool:
    """A batch of one on this machine: graded in this process (see ``here``)."""
    return len(todo) == 1 and not args.scheduler


def crashed(sub, error: BaseException, bundle):
    """The result of a submission whose grader failed: not gradable, every grade cell 0."""
    from .worker import UNGRADABLE, Result, _zero
    return _zero(Result(sub.student, bundle.assignment, sub.digest, sub.timestamp,
                        status=UNGRADABLE,
                        reasons=[f"grading crashed: {type(error).__name__}: {str(error)[:200]}"]),
                 bundle)


class ClusterSoon:
    """The Dask cluster, connected in a thread while the coordinator builds the template
    gradebook (about 1 s of process starts that used to overlap nothing), and stopped in
    a thread while it writes the report. ``client`` waits for the start; leaving the
    context waits for the stop, which also happens if the run fails before grading."""

    def __init__(self, scheduler: str | None, workers: int, phases: Phases):
        self._phases, self._connected, self._error = phases, None, None
        self._starting = threading.Thread(target=self._connect, args=(scheduler, workers),
                                          name="cluster-start", daemon=True)
        self._stopping: threading.Thread | None = None
        self._starting.start()

    def _connect(self, scheduler, workers) -> None:
        try:
            self._connected = cluster.connect(scheduler, workers)
        except BaseException as error:  # raised where the client is wanted
            self._error = error

    def client(self):
        with self._phases.phase("cluster start"):  # the part the template did not hide
            self._starting.join()
        if self._error is not None:
            raise self._error
        return self._connected[0]

    def stop_soon(self) -> None:
        if self._stopping is None:
            self._stopping = threading.Thread(target=self._stop, name="cluster-stop", daemon=True)
            self._stopping.start()

    def _stop(self) -> None:
        self._starting.join()
        if self._connected is not None:
            self._connected[1]()

    def wait_stopped(self) -> None:
        self.stop_soon()
        with self._phases.phase("cluster stop"):  # the part the report did not hide
            self._stopping.join()


@contextlib.contextmanager
def cluster_soon(scheduler: str | None, workers: int, phases: Phases):
    soon = ClusterSoon(scheduler, workers, phases)
    try:
        yield soon
    finally:
        soon.wait_stopped()


@contextlib.contextmanager
def on_dask(dask: ClusterSoon, todo, bundle, args, run_id, summary, phases):
    """Inside: (submission, result) as the cluster's workers finish them. The cluster
    starts stopping on the way out (see ``ClusterSoon``)."""
    from .provisioner import start_kernel_spec_soon

    client = dask.client()
    try:
        if args.scheduler:
            summary["workers"] = f"{len(client.scheduler_info()['workers'])} at {args.scheduler}"
        # Every worker starts its fork server now, while it imports nbgrader for its first
        # task (a worker that joins later starts it with that task).
        client.run(start_kernel_spec_soon, bundle.limits, bundle.preload, wait=False, on_error="ignore")
        yield _as_finished(client, todo, bundle, run_id)
    finally:
        dask.stop_soon()


def _as_finished(client, todo, bundle, run_id):
    from dask.distributed import as_completed

    from .worker import grade

    shared = cluster.share(client, bundle, run_id)
    futures = {client.submit(grade, shared, sub, pure=False, retries=cluster.RETRIES,
                             key=f"grade-{sub.student}-{run_id}"): sub for sub in todo}
    for future in as_completed(futures):
        sub = futures[future]
        try:
            result = future.result()
        except Exception as error:  # a worker process died or the grader itself failed
            result = crashed(sub, error, bundle)
        yield sub, result


# What grading in this process changes in its environment, put back afterwards.
_WORKER_ENVIRONMENT = ("JUPYTER_RUNTIME_DIR", "JUPYTER_PATH")


@contextlib.contextmanager
def here(sub, bundle):
    """A batch of one, graded in this process by the workers' own function.

    A local Dask worker is a new process that imports nbgrader again, and starting and
    stopping the cluster costs about 1 s more than grading one submission (issue 18: the
    fixed cost of a run with 1 new submission). The submission's code runs where a
    worker's would: in a sandboxed kernel forked by a fork server, here this process's,
    which is stopped afterwards with everything else the grading changed here."""
    from . import provisioner
    from .worker import grade

    def graded():
        try:
            result = grade(bundle, sub)
        except Exception as error:  # the grader itself failed: reported, as from a worker
            result = crashed(sub, error, bundle)
        yield sub, result

    saved = {name: os.environ.get(name) for name in _WORKER_ENVIRONMENT}
    try:
        yield graded()
    finally:
        provisioner.release_all()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
