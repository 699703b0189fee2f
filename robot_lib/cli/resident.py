"""The resident runner: ``python -m robot_lib.cli.resident SOCKET STARTER_PID``.

Started by a ``bots run`` that found none (:mod:`robot_lib.launch`). It waits for that
command to end, imports the CLI and the runtime once, then listens on *SOCKET* (in
``$BOTS_HOME/resident``, mode 0600, only its own user is served). For each ``bots run``
it forks a fresh copy of itself that takes the command's arguments, folder, environment
and terminal, forks the attempt's process at once (as a warm child, before it starts any
thread or opens the database) and runs the command as the CLI would. Nothing of one
command reaches another: this process never opens the database, never imports a bot and
never runs one itself.

It ends after ``BOTS_RESIDENT_IDLE`` (default 10 minutes) without a command, on SIGTERM,
or when its socket file is removed or replaced. Other code (robot_lib's files, installed
packages) gets another socket name; a runner removes the sockets of other code when it
starts, so the runner of older code ends once its commands have.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib
import json
import os
import selectors
import signal
import socket
import struct
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any, NoReturn

from robot_lib import config
from robot_lib.launch import FORWARDED

# what a run needs in the command's process and in the attempt's: imported once, here
PRELOAD = (
    "robot_lib.cli",
    "robot_lib.cli.runs",
    "robot_lib.runtime.runner",
    "robot_lib.runtime.store",
    "robot_lib.runtime.report",
    "robot_lib.runtime.alerts",
    "robot_lib.runtime.vault",
    "robot_lib.runtime.child",
    "robot_lib.runtime.logs",
    "robot_lib.runtime.memory",
    "robot_lib.runtime.work_queue",
    "robot_lib.runtime.review_tasks",
    "robot_lib.context",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "rich.live",
    "rich.progress",
    "rich._emoji_codes",
    "typer._adapters",  # imported by typer when it calls a command (it brings pydantic)
    "sqlite3",
    "zoneinfo",
)
# what bots import (bots import them inside their functions, the library on first use), so
# that a bot's attempt finds them imported too, and the PostgreSQL driver of a shared run
# database. Optional: a module that is not installed is left out
OPTIONAL = (
    "robot_lib.browser",
    "robot_lib.pdf",
    "robot_lib.excel",
    "robot_lib.mail",
    "robot_lib.invoices",
    "playwright.sync_api",
    "pdfplumber",
    "openpyxl",
    "python_calamine",
    "sqlalchemy.dialects.postgresql.psycopg",
)
SIGNALS = {code: getattr(signal, name) for name, code in FORWARDED.items() if name != "SIGHUP"}


def serve(place: Path, starter: int) -> None:
    lock = open(place.with_suffix(".lock"), "a")  # noqa: SIM115 - held for this process's life
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return  # another one is running or starting
    _wait_for_exit(starter)
    for name in PRELOAD:
        importlib.import_module(name)
    for name in OPTIONAL:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    import gc

    import typer

    from robot_lib.cli import app
    from robot_lib.runtime import registry

    command = typer.main.get_command(app)  # the command tree, built once (typer's own call)
    registry.remember_entry_points()  # installed bot packages: the name changes with them
    # what is imported now stays: the collector in each fork leaves it alone (it would
    # otherwise touch, and so copy, most of this process's memory)
    gc.collect()
    gc.freeze()
    if threading.active_count() != 1:  # a fork copies only the forking thread
        raise RuntimeError("the resident runner must not start threads before it forks")
    signal.signal(signal.SIGTERM, _stop)
    with contextlib.suppress(FileNotFoundError):
        place.unlink()  # a runner killed before it could remove it
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(place))
    os.chmod(place, 0o600)
    listener.listen(16)
    ours = os.stat(place).st_ino
    for older in place.parent.glob("*.sock"):  # runners of other code: they end (see below)
        if older != place:
            older.unlink(missing_ok=True)
    wake_r, wake_w = os.pipe()
    for fd in (wake_r, wake_w):
        os.set_blocking(fd, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)  # a handler, so that it wakes the select
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    selector.register(wake_r, selectors.EVENT_READ)
    commands: dict[int, socket.socket] = {}  # pid of the command's process -> its client
    idle, last = config.resident_idle(), time.monotonic()
    print(f"resident runner {os.getpid()} serving on {place}", flush=True)
    try:
        while True:
            for key, _events in selector.select(timeout=1.0):
                if key.fileobj is listener:
                    conn, _ = listener.accept()
                    inherited = [lock, listener, selector, *commands.values()]
                    pid = _take(conn, command, inherited, (wake_r, wake_w))
                    if pid:
                        commands[pid] = conn
                else:
                    with contextlib.suppress(BlockingIOError):
                        os.read(wake_r, 512)
            _reap(commands)
            if commands:
                last = time.monotonic()
            retired = not _socket_is(place, ours)  # removed, or replaced by a newer runner
            if retired and listener.fileno() != -1:  # no new command; the running ones end
                selector.unregister(listener)
                listener.close()
            if (retired or time.monotonic() - last > idle) and not commands:
                break
    finally:
        if _socket_is(place, ours):
            place.unlink()
        place.with_suffix(".lock").unlink(missing_ok=True)  # still ours: no twin could start
        listener.close()
        print(f"resident runner {os.getpid()} ended", flush=True)


def _stop(_signum: int, _frame: object) -> None:
    raise SystemExit(0)


def _wait_for_exit(pid: int) -> None:
    """Until the command that started this one has ended (it has the machine to itself)."""
    import select

    try:
        fd = os.pidfd_open(pid)
    except OSError:  # gone already
        return
    try:
        select.select([fd], [], [])
    finally:
        os.close(fd)


def _socket_is(place: Path, inode: int) -> bool:
    try:
        return os.stat(place).st_ino == inode
    except OSError:
        return False


def _take(
    conn: socket.socket, command: Any, inherited: list[Any], wake: tuple[int, int]
) -> int | None:
    """Take one command's first message (the length of the rest and, with it, the terminal's
    descriptors) and fork the process that runs it; its pid, or None when refused. The rest
    (arguments, folder, environment) is read by that process: this one never sees them."""
    fds: list[int] = []
    try:
        conn.settimeout(5)
        creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        if struct.unpack("3i", creds)[1] != os.getuid():
            raise PermissionError("a command from another user")
        head, fds, _flags, _addr = socket.recv_fds(conn, 4, 3)
        while len(head) < 4:
            head += _recv(conn, 4 - len(head))
        if len(fds) != 3:
            raise ValueError("a command without its terminal")
        pid = os.fork()
        if pid == 0:
            _run_command(conn, command, fds, struct.unpack("!I", head)[0], inherited, wake)
        return pid
    except (OSError, ValueError) as exc:
        print(f"command refused: {exc}", flush=True)
        conn.close()
        return None
    finally:
        for fd in fds:
            os.close(fd)


def _recv(conn: socket.socket, size: int) -> bytes:
    data = conn.recv(size)
    if not data:
        raise ConnectionError("the command ended before it was sent")
    return data


def _reap(commands: dict[int, socket.socket]) -> None:
    """Collect ended commands and tell their clients the exit code (also the one of a
    command killed by a signal, 128 + its number, which could not say it itself)."""
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        conn = commands.pop(pid, None)
        if conn is not None:
            code = os.waitstatus_to_exitcode(status)
            with contextlib.suppress(OSError):
                conn.sendall(b"X%d\n" % (code if code >= 0 else 128 - code))
            conn.close()


def _run_command(
    conn: socket.socket,
    command: Any,
    fds: list[int],
    size: int,
    inherited: list[Any],
    wake: tuple[int, int],
) -> NoReturn:
    """In the fork: read the command, become its process (its terminal, folder, environment
    and arguments), run it, send its exit code and end."""
    code = 1
    try:
        signal.set_wakeup_fd(-1)
        for obj in inherited:
            obj.close()
        for fd in wake:
            os.close(fd)
        body = b""
        while len(body) < size:
            body += _recv(conn, size - len(body))
        request = json.loads(body)
        for name in ("SIGCHLD", "SIGTERM", "SIGHUP"):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for number, fd in enumerate(fds):
            os.dup2(fd, number)
            os.close(fd)
        fds.clear()
        os.chdir(request["cwd"])
        os.umask(int(request["umask"]))
        os.environ.clear()
        os.environ.update(request["env"])
        sys.argv = list(request["argv"])
        sys.path[0] = request["path0"]
        sys.stdin = open(0, closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", closefd=False, errors="backslashreplace")  # noqa: SIM115
        sys.stderr = open(2, "w", closefd=False, errors="backslashreplace")  # noqa: SIM115
        conn.settimeout(None)
        try:
            conn.sendall(b"A")  # taken: from here the command runs here and only here
        except OSError:  # the client gave up waiting and runs it itself
            os._exit(0)
        from robot_lib.runtime import process

        if "--queue" not in sys.argv:  # forked now: nothing runs in this process yet
            process.PRESPAWNED = process.fork_attempt([conn])
        threading.Thread(target=_listen, args=(conn,), daemon=True).start()
        try:
            command()  # what typer's app() does, minus building the command tree again
            code = 0
        except SystemExit as exc:
            if isinstance(exc.code, str):
                print(exc.code, file=sys.stderr)
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except KeyboardInterrupt:
            code = 130
    except BaseException:  # noqa: BLE001 - whatever happens, this process ends here
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        with contextlib.suppress(OSError):
            conn.sendall(b"X%d\n" % code)
        os._exit(code)


def _listen(conn: socket.socket) -> None:
    """Signals the client passes on; when the client is gone (killed, its terminal closed),
    the command stops as on SIGTERM, writing to nowhere: the run is recorded cancelled."""
    while True:
        try:
            data = conn.recv(16)
        except OSError:
            data = b""
        if not data:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        for byte in data:
            os.kill(os.getpid(), SIGNALS.get(bytes([byte]), signal.SIGTERM))


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
