"""Starting and killing an attempt's child process (stdlib and the core: cheap to import)."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import signal
import subprocess
import sys
from typing import Any

from robot_lib.credentials import is_secret_name


def new_run_id() -> str:
    """Sortable and readable: ``20261126-230102-ab12cd``."""
    return f"{dt.datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def spawn_attempt(
    job: dict[str, Any], db_url: str | None, wait_for_record: bool
) -> subprocess.Popen[str]:
    """Start ``python -m robot_lib.runtime.child`` for *job* in its own process group (spawned,
    not forked). With *wait_for_record* the child imports, then waits until the parent has
    written the attempt's record before it runs the bot: imports overlap."""
    # no secret goes down through the environment (nor the vault key): the credentials its
    # bot declares come on stdin (hand_over); libpq's variables stay for the run database
    env = {
        k: v
        for k, v in os.environ.items()
        if not is_secret_name(k) or k.startswith("PG") or k == "BOTS_CREDENTIALS"
    }
    env.update(BOTS_JOB=json.dumps(job), PYTHONUNBUFFERED="1")
    env.setdefault("BOTS_COLOR", "1" if sys.stdout.isatty() else "0")
    if db_url:
        env["BOTS_DATABASE_URL"] = db_url
    if wait_for_record:
        env["BOTS_WAIT_FOR_ATTEMPT"] = "1"
    return subprocess.Popen(
        [sys.executable, "-m", "robot_lib.runtime.child"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.PIPE,
        env=env,
        text=True,
        errors="replace",
        start_new_session=True,
    )


def hand_over(proc: subprocess.Popen[str], credentials: dict[str, Any]) -> None:
    """Give the attempt its credentials on stdin, once (read by ``child.main``)."""
    if proc.stdin is None:
        return
    try:
        proc.stdin.write(json.dumps(credentials))
        proc.stdin.close()
    except (BrokenPipeError, OSError):  # the process is gone already: its exit tells why
        pass


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for c in children.get(p, []):
            out.append(c)
            todo.append(c)
    return out


def kill_tree(proc: subprocess.Popen[Any]) -> None:
    """SIGKILL the child, its process group and every descendant (even ones that left it)."""
    try:
        tree = _descendants(proc.pid) if os.path.isdir("/proc") else []
    except OSError:
        tree = []
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    for pid in [proc.pid, *tree]:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass


def stop_tree(proc: subprocess.Popen[Any], grace: float) -> None:
    """Ask the attempt to stop (SIGTERM: the bot's ``finally`` blocks run and write their
    results), then kill its whole tree after *grace* seconds, or at once if it has ended.
    Returns at once: the waiting happens in a background thread."""
    import threading

    try:
        os.kill(proc.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        pass

    def finish() -> None:
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
        kill_tree(proc)  # what is left: a browser, grandchildren

    threading.Thread(target=finish, daemon=True).start()
