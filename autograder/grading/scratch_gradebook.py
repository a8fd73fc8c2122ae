"""A worker's private gradebook, which is thrown away after its submission, written
without waiting for the disk.

nbgrader commits after every grade and solution cell it records (about 30 commits per
submission of lesson 01), and by default every SQLite commit creates a journal file,
waits for fsync and deletes the journal: 3 ms per commit on this machine's disk, far more
on a network disk or a busy node. A private gradebook never needs to survive a crash, so
for it alone: ``synchronous=OFF`` and the journal in memory. The rows written and read
are the same; only the waiting goes. Every other database (the instructor's gradebook,
written by the coordinator; anything a test opens) keeps SQLite's defaults: the listener
acts only on a database file registered here.

A worker's private gradebook is always the same file (``path``), written afresh for each
submission and removed after it, so that its Gradebooks share one kept engine across
submissions (see ``engines``). That engine pools no connection (``NullPool``): no
connection outlives a session, so none can reach the file of an earlier submission.
"""

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from . import engines

_scratch: set[str] = set()  # real paths of the private gradebooks now in use


def path() -> Path:
    """This process's private gradebook: the same file for every submission it grades,
    registered here with ``engines`` so that all its Gradebooks share one engine."""
    private = Path(tempfile.gettempdir()) / f"grader-gradebook-{os.getpid()}.db"
    engines.keep(f"sqlite:///{private}", poolclass=NullPool)
    return private


@contextlib.contextmanager
def scratch(path) -> Iterator[None]:
    """While inside, connections to the SQLite file ``path`` skip fsync and the journal
    file; the file is removed at the end."""
    real = os.path.realpath(path)
    _scratch.add(real)
    try:
        yield
    finally:
        _scratch.discard(real)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(real)


def is_scratch(dbapi_connection) -> bool:
    if not _scratch or not isinstance(dbapi_connection, sqlite3.Connection):
        return False
    files = {row[1]: row[2] for row in dbapi_connection.execute("PRAGMA database_list")}
    return bool(files.get("main")) and os.path.realpath(files["main"]) in _scratch


@event.listens_for(Engine, "connect")
def _no_waiting_for_the_disk(dbapi_connection, connection_record) -> None:
    if is_scratch(dbapi_connection):
        dbapi_connection.execute("PRAGMA synchronous=OFF")
        dbapi_connection.execute("PRAGMA journal_mode=MEMORY")
