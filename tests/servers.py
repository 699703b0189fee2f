"""Real database and broker servers for tests and benchmarks, started on free local ports."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def not_installed(what: str, package: str) -> FileNotFoundError:
    """The error a test gets when a server it needs is missing: what to install, and how."""
    return FileNotFoundError(
        f"{what} is not installed: run `make services` (as root it installs the Debian "
        f"packages) or `sudo apt-get install -y {package}`"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def postgres() -> Iterator[str]:
    """PostgreSQL via initdb + pg_ctl (as user postgres when running as root); yields a URL.
    Raises FileNotFoundError where PostgreSQL is not installed."""
    initdb = shutil.which("initdb") or next(
        iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))), None
    )
    if initdb is None:
        raise not_installed("PostgreSQL (initdb)", "postgresql")
    pg_ctl = shutil.which("pg_ctl") or str(Path(initdb).parent / "pg_ctl")
    base = Path(tempfile.mkdtemp(prefix="bots-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chmod(base, 0o755)
        os.chown(base, pw.pw_uid, pw.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data, port = base / "data", free_port()
    subprocess.run(
        [*prefix, initdb, "-D", str(data), "-A", "trust", "-U", "postgres"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *prefix,
            pg_ctl,
            "-D",
            str(data),
            "-w",
            "-l",
            str(base / "log"),
            "-o",
            f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-m", "fast", "stop"], capture_output=True
        )
        shutil.rmtree(base, ignore_errors=True)


def new_database(server_url: str) -> str:
    """A fresh database on the server; returns its URL."""
    import uuid

    import sqlalchemy as sa

    name = f"bots_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return server_url.rsplit("/", 1)[0] + "/" + name


@contextmanager
def redis() -> Iterator[str]:
    """redis-server on a free port, nothing persisted; yields a URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise not_installed("redis-server", "redis-server")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("redis-server did not start") from None
            time.sleep(0.05)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def running(pids: list[int], within: float = 10.0) -> list[int]:
    """Those of *pids* still running after up to *within* seconds (a zombie waiting for
    a parent to reap it counts as gone: it runs nothing)."""
    import time

    from robot_lib.files import pid_alive as alive

    deadline = time.monotonic() + within
    left = [p for p in pids if alive(p)]
    while left and time.monotonic() < deadline:
        time.sleep(0.2)
        left = [p for p in left if alive(p)]
    return left
