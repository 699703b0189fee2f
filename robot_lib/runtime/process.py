"""Starting and killing an attempt's child process (stdlib and the core: cheap to import)."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import signal
import subprocess
import sys
import threading
from typing import IO, Any, Protocol

from robot_lib.credentials import is_secret_name


class AttemptProcess(Protocol):
    """What the runner needs of an attempt's process: a :class:`subprocess.Popen`, or a
    :class:`Forked` child of the resident runner."""

    @property
    def pid(self) -> int: ...
    @property
    def stdin(self) -> IO[str] | None: ...
    @property
    def stdout(self) -> IO[str] | None: ...
    @property
    def returncode(self) -> int | None: ...
    def poll(self) -> int | None: ...
    def wait(self, timeout: float | None = None) -> int: ...


def new_run_id() -> str:
    """Sortable and readable: ``20261126-230102-ab12cd``."""
    return f"{dt.datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def attempt_environ() -> dict[str, str]:
    """The environment of an attempt's process: no secret goes down through it (nor the
    vault key); the credentials its bot declares come on stdin (:func:`hand_over`). libpq's
    variables stay, for the run database."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not is_secret_name(k) or k.startswith("PG") or k == "BOTS_CREDENTIALS"
    }
    env["PYTHONUNBUFFERED"] = "1"
    env.setdefault("BOTS_COLOR", "1" if sys.stdout.isatty() else "0")
    return env


def spawn_attempt(
    job: dict[str, Any] | None, db_url: str | None, wait_for_record: bool
) -> subprocess.Popen[str]:
    """Start ``python -m robot_lib.runtime.child`` for *job* in its own process group (spawned,
    not forked). With *wait_for_record* the child imports, then waits until the parent has
    written the attempt's record before it runs the bot: imports overlap. Without a *job*
    the child is warm: it imports, then waits for its job on stdin (:class:`WarmChildren`)."""
    env = attempt_environ()
    if job is not None:
        env["BOTS_JOB"] = json.dumps(job)
    else:
        env["BOTS_WARM"] = "1"
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


class Forked:
    """An attempt's process forked by the resident runner (:func:`fork_attempt`), with the
    part of :class:`subprocess.Popen`'s interface the runner uses."""

    def __init__(self, pid: int, stdin: IO[str], stdout: IO[str]) -> None:
        self.pid, self.stdin, self.stdout = pid, stdin, stdout
        self.returncode: int | None = None
        self._lock = threading.Lock()
        # readable once the process has ended: wait() sleeps on it instead of polling (the
        # descriptor lives as long as the `bots run` that forked it)
        try:
            self._pidfd: int | None = os.pidfd_open(pid)
        except OSError:  # a kernel before 5.3: wait() polls
            self._pidfd = None

    def poll(self) -> int | None:
        with self._lock:
            if self.returncode is None:
                try:
                    pid, status = os.waitpid(self.pid, os.WNOHANG)
                except ChildProcessError:  # reaped elsewhere: its exit code is lost
                    pid, status = self.pid, 255 << 8
                if pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
            return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        import select
        import time

        deadline = None if timeout is None else time.monotonic() + timeout
        while (code := self.poll()) is None:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise subprocess.TimeoutExpired(["bots attempt"], timeout or 0.0)
            if self._pidfd is not None:
                select.select([self._pidfd], [], [], left)
            else:
                time.sleep(0.005 if left is None else min(0.005, left))
        return code


def fork_attempt(inherited: list[Any]) -> Forked:
    """A warm attempt process forked from this one, which must be single-threaded and hold
    no database connection (the resident runner's fresh copy, before it starts anything):
    like a spawned warm child, it waits for its job on stdin, in its own session, with the
    same environment, and closes the *inherited* objects (sockets) it must not keep."""
    env = attempt_environ()
    env["BOTS_WARM"] = "1"
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's end, checked by the tests through its output
        code = 1
        try:
            os.setsid()
            os.dup2(in_r, 0)
            os.dup2(out_w, 1)
            os.dup2(out_w, 2)
            for fd in (in_r, in_w, out_r, out_w):
                os.close(fd)
            for obj in inherited:
                obj.close()
            os.environ.clear()
            os.environ.update(env)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            sys.stdin = open(0, encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
            sys.stdout = sys.stderr = open(  # noqa: SIM115
                1, "w", encoding="utf-8", errors="replace", closefd=False, buffering=1
            )
            sys.stdout.reconfigure(write_through=True)  # type: ignore[attr-defined]
            from robot_lib.runtime import child

            code = child.main()
        except BaseException:  # noqa: BLE001 - whatever happens, this process ends here
            import traceback

            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
            finally:
                os._exit(code)
    os.close(in_r)
    os.close(out_w)
    return Forked(
        pid,
        open(in_w, "w", encoding="utf-8"),  # noqa: SIM115
        open(out_r, encoding="utf-8", errors="replace"),  # noqa: SIM115
    )


class WarmChildren:
    """A child started ahead of need, for the long-lived parents (the scheduler, a worker):
    it has paid the interpreter's start and the runtime's imports and waits for a job on
    stdin, so a fire does not. Each is used for one attempt and replaced at once: runs never
    share a process. Cold start stays the fallback (none ready, or it died)."""

    def __init__(self) -> None:
        import threading

        self.enabled = False
        self._lock = threading.Lock()
        self._ready: dict[str | None, subprocess.Popen[str]] = {}

    def enable(self, db_url: str | None) -> None:
        self.enabled = True
        self._refill(db_url)

    def take(self, job: dict[str, Any], db_url: str | None) -> subprocess.Popen[str] | None:
        """The ready child for *db_url* with *job* handed to it, or None (start one cold)."""
        if not self.enabled:
            return None
        with self._lock:
            proc = self._ready.pop(db_url, None)
        self._refill(db_url)
        return proc if proc is not None and give_job(proc, job) else None

    def _refill(self, db_url: str | None) -> None:
        import threading

        def start() -> None:
            proc = spawn_attempt(None, db_url, wait_for_record=False)
            with self._lock:
                keep = self.enabled  # stopped while it was starting: none is left behind
                old = self._ready.pop(db_url, None)
                if keep:
                    self._ready[db_url] = proc
            for gone in [old] + ([] if keep else [proc]):
                if gone is not None:
                    kill_tree(gone)

        threading.Thread(target=start, daemon=True).start()

    def stop(self) -> None:
        """Kill the children waiting (a parent that stops leaves none behind)."""
        self.enabled = False
        with self._lock:
            ready, self._ready = list(self._ready.values()), {}
        for proc in ready:
            kill_tree(proc)


WARM = WarmChildren()
PRESPAWNED: AttemptProcess | None = None  # started by ``bots run`` first (robot_lib.launch)
# the ``bots`` process itself (not a test calling the CLI in-process): once a run is finished
# and printed, it may end without tearing its modules down (a tenth of a second)
FAST_EXIT = False


def give_job(proc: AttemptProcess, job: dict[str, Any]) -> bool:
    """Hand *job* to a warm child (its first line of stdin); False if it is gone."""
    if proc.poll() is not None or proc.stdin is None:
        return False
    try:
        proc.stdin.write(json.dumps(job) + "\n")
        proc.stdin.flush()
    except (BrokenPipeError, OSError):
        kill_tree(proc)
        return False
    return True


def start_attempt(job: dict[str, Any], db_url: str | None) -> subprocess.Popen[str]:
    """The attempt's process: a warm child when the parent keeps them, else a new one."""
    return WARM.take(job, db_url) or spawn_attempt(job, db_url, wait_for_record=False)


def hand_over(proc: AttemptProcess, credentials: dict[str, Any]) -> None:
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


def kill_tree(proc: AttemptProcess) -> None:
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


def stop_tree(proc: AttemptProcess, grace: float) -> None:
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
