"""A real PostgreSQL server for tests: Debian's package, a private data directory, a
free loopback port, stopped afterwards.

The server is installed with apt when the machine lacks it (CI starts from a fresh
machine). PostgreSQL refuses to run as root, so as root it runs as the `postgres`
user that the Debian package creates.
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def ensure_installed() -> Path:
    """The server's bin directory; installs Debian's postgresql when it is missing."""
    if _bin_dir() is None:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for argv in (["apt-get", "update", "-q"],
                     # wait for another apt-get's dpkg lock rather than fail
                     ["apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "-q",
                      "postgresql"]):
            result = subprocess.run(argv, env=env, capture_output=True, text=True)
            if result.returncode != 0:
                raise RuntimeError(f"could not install PostgreSQL ({' '.join(argv)}):\n"
                                   f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is still missing after apt-get install postgresql")
    return bin_dir


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


@contextmanager
def postgres_server():
    """Yield a SQLAlchemy URL prefix ``postgresql://postgres@127.0.0.1:PORT``."""
    bin_dir = ensure_installed()
    data = Path(tempfile.mkdtemp(prefix="pg-test-"))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    port = free_port()
    run = lambda argv: subprocess.run(_as_server_user(argv), check=True,  # noqa: E731
                                      capture_output=True, text=True)
    run([str(bin_dir / "initdb"), "-D", str(data / "db"), "-A", "trust", "-U", "postgres"])
    run([str(bin_dir / "pg_ctl"), "-D", str(data / "db"), "-l", str(data / "log"), "-w", "-o",
         f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off", "start"])
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data / "db"),
                                        "-m", "immediate", "-w", "stop"]), capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


def create_database(url: str, name: str) -> str:
    """Create database ``name`` on the server at ``url``; returns the database URL."""
    import psycopg
    with psycopg.connect(f"{url}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{url}/{name}"
