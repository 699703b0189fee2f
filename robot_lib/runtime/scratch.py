"""An attempt's own temporary folder: the child makes it in the machine's temporary folder
(``bots-<home>-<run id>-<attempt>-<random>``, private to this user; a short path, as Chromium's
socket in it allows no more than 107 characters) and points ``TMPDIR`` at it before the bot
runs, so the browser's profile (its cookies and history), Playwright's downloads and every
temporary file the bot's libraries make land there, apart from other processes'. The runner
removes it when the attempt's process has ended, however it ended (finished, timed out,
cancelled, killed with -9); what an attempt killed with its runner leaves is removed by the
next run of the same ``BOTS_HOME`` on this machine (:func:`sweep`). Before a folder goes, what
still runs of its attempt is stopped: every process with the folder as its ``TMPDIR`` (a
browser the bot left open or that is still closing, in a session of its own as Playwright
starts it, out of reach of the attempt's process group), or its next write would make the
folder again."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from robot_lib import config


def _home_tag(home: Path | None = None) -> str:
    """The ``BOTS_HOME`` the folders belong to (several may share a machine; this process's
    unless *home* is given)."""
    home = config.bots_home() if home is None else home
    return "bots-" + hashlib.sha256(str(home).encode()).hexdigest()[:8] + "-"


def enter(run_id: str, attempt: int) -> Path:
    """Make the attempt's folder and send this process's temporary files, and its
    children's, there."""
    path = Path(tempfile.mkdtemp(prefix=f"{_home_tag()}{run_id}-{attempt}-"))
    for name in ("TMPDIR", "TEMP", "TMP"):
        os.environ[name] = str(path)
    tempfile.tempdir = None  # (Python's own choice is made again, from TMPDIR)
    return path


def folders(home: Path | None = None) -> list[tuple[str, int, Path]]:
    """(run id, attempt, folder) of the attempts' folders of this ``BOTS_HOME`` (or *home*) on
    this machine (only folders this user owns: a name alone proves nothing in a shared folder)."""
    tag = _home_tag(home)
    out = []
    for path in Path(tempfile.gettempdir()).glob(tag + "*"):
        try:
            st = path.lstat()
        except OSError:
            continue
        run_id, _sep, _random = path.name[len(tag) :].rpartition("-")
        run_id, _sep, attempt = run_id.rpartition("-")
        ours = stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid()
        if ours and run_id and attempt.isdigit():
            out.append((run_id, int(attempt), path))
    return out


def _users(path: Path) -> list[int]:
    """The processes of this user that still run with *path* as their ``TMPDIR`` (a zombie's
    environment reads empty: it writes nothing more)."""
    needle = b"\0TMPDIR=" + os.fsencode(path) + b"\0"
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/environ", "rb") as f:
                    if needle in b"\0" + f.read():
                        found.append(int(entry))
            except OSError:  # gone, or another user's
                continue
    return found


def _clear(path: Path) -> None:
    """Kill what still runs of an ended attempt, wait until it has died (ten seconds at
    most), then remove its folder."""
    if os.path.isdir("/proc"):
        deadline = time.monotonic() + 10
        while (pids := _users(path)) and time.monotonic() < deadline:
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            time.sleep(0.01)
    shutil.rmtree(path, ignore_errors=True)


def remove(run_id: str, attempt: int, home: Path | None = None) -> None:
    for rid, number, path in folders(home):
        if (rid, number) == (run_id, attempt):
            _clear(path)


def sweep(status_of: Callable[[str], str | None], home: Path | None = None) -> None:
    """Remove the folders of attempts whose run has ended (*status_of* gives a run's status,
    None for a run not recorded): its runner is gone. A folder whose run is not recorded is
    left for an hour (an attempt started ahead of its run's record makes its folder first)."""
    for run_id, _n, path in folders(home):
        status = status_of(run_id)
        if status is None:
            try:
                ended = time.time() - path.stat().st_mtime > 3600
            except OSError:
                continue
        else:
            ended = status not in ("running", "queued")
        if ended:
            _clear(path)
