"""The ``bots`` command's entry point, before its CLI is imported.

``bots run`` first asks the project's **resident runner** (:mod:`robot_lib.cli.resident`):
a process that has imported the CLI and the runtime once and forks a fresh copy of itself
for each command, so a run does not pay the interpreter's start and those imports (about
half a second) twice. The command, its folder, environment and terminal are handed over
on a Unix socket in ``$BOTS_HOME/resident``; Ctrl-C and SIGTERM are passed on; the exit
code comes back. Each run still gets processes of its own: nothing is reused between runs.

Without a resident runner (the first run, after ``BOTS_RESIDENT_IDLE`` unused, or with
``BOTS_RESIDENT=0``) the command runs here as before and starts one for the next command.
It then starts its attempt's process before anything else (a warm child,
:class:`~robot_lib.runtime.process.WarmChildren`): the child's interpreter start and imports
overlap the command's own, and it gets its job once the command has checked the bot and its
parameters (or ends unused when they are refused).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socket

# the signals a command in the resident runner gets when this process gets them
FORWARDED = {"SIGINT": b"I", "SIGTERM": b"T", "SIGHUP": b"T"}


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["run"] and not {"--help", "-h"} & set(args):
        place = resident_socket()
        if place is not None:
            code = _in_resident(place)
            if code is not None:
                os._exit(code)
            _start_resident(place)
        from robot_lib.runtime import process

        if "--queue" not in args:
            process.PRESPAWNED = process.spawn_attempt(None, None, wait_for_record=False)
        process.FAST_EXIT = True
    from robot_lib.cli import main as cli_main

    cli_main()


def resident_socket() -> Path | None:
    """Where this installation's resident runner for this ``BOTS_HOME`` listens; None when
    it is switched off, not on Linux, or the path is too long for a Unix socket. The name
    changes with the code (robot_lib's files, the installed packages), so a runner never
    serves code older than the command's."""
    from robot_lib import config

    if sys.platform != "linux" or not config.resident():
        return None
    try:
        path = config.bots_home() / "resident" / f"{_fingerprint()}.sock"
    except OSError:  # the current folder was removed, a file we may not read: none
        return None
    return path if len(os.fsencode(path)) < 100 else None


def _fingerprint() -> str:
    import zlib

    root = os.path.dirname(os.path.abspath(__file__))
    parts = [sys.executable, root, str(_newest(root)), os.environ.get("PYTHONPATH", "")]
    parts += [f"{p}:{os.stat(p).st_mtime_ns}" for p in sys.path if p.endswith("-packages")]
    text = "\0".join(parts).encode()
    return f"{zlib.crc32(text):08x}{zlib.adler32(text):08x}"


def _newest(folder: str) -> int:
    """The latest change time of the Python files under *folder*."""
    newest = 0
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(".py"):
                newest = max(newest, entry.stat().st_mtime_ns)
            elif entry.is_dir() and entry.name != "__pycache__":
                newest = max(newest, _newest(entry.path))
    return newest


def _in_resident(place: Path) -> int | None:
    """Run this command in the resident runner: its exit code, or None when there is none
    to take it (the command then runs here)."""
    import json
    import signal
    import socket
    import struct

    umask = os.umask(0o077)
    os.umask(umask)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        request = {
            "argv": sys.argv,
            "cwd": os.getcwd(),  # fails in a folder that was removed: then it runs here
            "env": dict(os.environ),
            "path0": sys.path[0],
            "umask": umask,
        }
        sock.connect(str(place))
        body = json.dumps(request).encode()
        socket.send_fds(sock, [struct.pack("!I", len(body))], [0, 1, 2])
        sock.sendall(body)
        sock.settimeout(10)
        try:
            taken = sock.recv(1) == b"A"  # else refused, or it ended before it took it
        except TimeoutError:
            _stuck(sock)
            taken = False
        if not taken:
            sock.close()
            return None
        sock.settimeout(None)
    except OSError:
        sock.close()
        return None

    def forward(signum: int, _frame: object) -> None:
        try:
            sock.send(FORWARDED[signal.Signals(signum).name])
        except OSError:
            pass

    for name in FORWARDED:
        signal.signal(getattr(signal, name), forward)
    reply = b""
    while b"\n" not in reply:
        try:
            chunk = sock.recv(64)
        except OSError:
            chunk = b""
        if not chunk:
            sys.stderr.write("bots: the resident runner ended before the command did\n")
            return 1
        reply += chunk
    return int(reply[reply.index(b"X") + 1 : reply.index(b"\n")])


def _stuck(sock: socket.socket) -> None:
    """A runner that does not take a command within seconds is stuck (stopped, hung): it is
    killed, so that it neither runs this command later nor holds on to its terminal; the
    command runs here and the next one starts a new runner."""
    import select
    import signal
    import socket
    import struct

    pid = struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))[0]
    sys.stderr.write(f"bots: the resident runner (pid {pid}) did not answer: stopped it\n")
    try:
        ended = os.pidfd_open(pid)
        os.kill(pid, signal.SIGKILL)
        select.select([ended], [], [], 5)  # gone, and its lock with it: a new one can start
        os.close(ended)
    except OSError:  # gone already
        pass


def _start_resident(place: Path) -> None:
    """Start a resident runner for the next command, unless one is running or starting (it
    holds a lock on its file); it waits for this command to end before it imports anything,
    so it does not slow this one down."""
    import fcntl
    import subprocess

    from robot_lib.credentials import is_secret_name

    try:
        place.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with open(place.with_suffix(".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released when closed
        with open(place.parent / "resident.log", "ab") as log:
            subprocess.Popen(
                # -P: not the current folder on its import path (the `bots` script has not either)
                [
                    sys.executable,
                    "-P",
                    "-m",
                    "robot_lib.cli.resident",
                    str(place),
                    str(os.getpid()),
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                env={k: v for k, v in os.environ.items() if not is_secret_name(k)},
                start_new_session=True,
                cwd=place.parent,
            )
    except OSError:  # held (one runs or starts), or a folder it may not write: none this time
        return
