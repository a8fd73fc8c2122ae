"""Where grading runs and where the grades go.

- ``connect``: a private ``LocalCluster`` (``--workers N``) or an existing Dask cluster
  (``--scheduler ADDRESS`` or a scheduler file written by ``dask scheduler
  --scheduler-file`` / dask-jobqueue). Remote workers share no filesystem with the
  coordinator: everything they need travels through Dask (see ``run``).
- ``gradebook_url``: any database SQLAlchemy and nbgrader support; ``postgresql://``
  uses psycopg 3 when psycopg2 is not installed (SQLAlchemy's default driver).
"""

import importlib.util
import logging
from pathlib import Path

RETRIES = 2  # a task that raises (e.g. a full disk on one node) is tried again elsewhere


def connect(scheduler: str | None, workers: int):
    """(client, close): close() releases what this run started, never a shared cluster."""
    from dask.distributed import Client, LocalCluster
    if scheduler:
        if scheduler.endswith(".json") and Path(scheduler).is_file():
            client = Client(scheduler_file=scheduler, timeout="60s")
        else:
            client = Client(scheduler, timeout="60s")
        return client, client.close
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                           host="127.0.0.1", scheduler_port=0, dashboard_address="127.0.0.1:0",
                           memory_limit=0, silence_logs=logging.ERROR)
    client = Client(cluster)

    def close():
        client.close()
        cluster.close()
    return client, close


def gradebook_url(url: str) -> str:
    """The SQLAlchemy URL to use for ``url`` (a bare ``postgresql://`` picks an installed driver)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix) and importlib.util.find_spec("psycopg2") is None \
                and importlib.util.find_spec("psycopg") is not None:
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def describe(url: str) -> str:
    """The URL without a password, for the report."""
    from sqlalchemy.engine import make_url
    return make_url(url).render_as_string(hide_password=True)


def _bundle(bundle):
    return bundle


def share(client, bundle, run_id: str):
    """The bundle as a Dask *task* rather than scattered data: if every worker holding it
    dies, the scheduler recomputes it from the task instead of failing the batch."""
    return client.submit(_bundle, bundle, pure=False, key=f"bundle-{run_id}")
