"""``on_file = { path = "var/inbox/invoices", pattern = "*.pdf", settle = "5s" }``: a run
starts when matching files appear and have stopped changing for *settle*.

The folder is watched with ``watchdog``: inotify on local disks; on network shares (NFS,
SMB/CIFS, sshfs ...), where change notifications do not arrive, its polling observer
(``poll = true`` forces either way). An event only wakes the trigger: what counts is a look
at the folder, also made every 30 s without one. A file is new when no run was started for
it (its path, size and modification time are kept in ``trigger_files``, so a restart does
not run it again; a run the scheduler was stopped under, or one that never started, does not
count). New files wait until they are settled (``robot_lib.files.settled``: size and time
unchanged, no process holding them open for writing): a file still being copied is never
handed over.
"""

from __future__ import annotations

import fnmatch
import threading
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from loguru import logger

from robot_lib.runtime.records import now
from robot_lib.runtime.schema import runs, trigger_files
from robot_lib.scheduling.triggers.base import EventTrigger

NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "9p",
    "afs",
    "ceph",
    "glusterfs",
    "davfs",
    "fuse.rclone",
    "fuse.s3fs",
}
POLL_EVERY = 2.0  # seconds between looks of the polling observer


def on_network_share(path: Path) -> bool:
    """Whether *path* (or the nearest folder above it that exists) is on a network file
    system, where inotify does not see changes made by other machines."""
    try:
        mounts = [line.split() for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return False
    p = path.expanduser().resolve()
    best, fstype = "", ""
    for fields in mounts:
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = p == Path(point) or Path(point) in p.parents
        if inside and len(point) > len(best):
            best, fstype = point, fields[2]
    return fstype in NETWORK_FS


class Watchers:
    """The scheduler's two observers, shared by all its file triggers (one inotify instance
    and one polling thread, however many folders)."""

    def __init__(self) -> None:
        self._observers: dict[bool, Any] = {}
        self._lock = threading.Lock()

    def watch(self, folder: Path, poll: bool, on_change: Any) -> Any:
        from watchdog.events import FileSystemEventHandler

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event: Any) -> None:
                on_change()

        with self._lock:
            obs = self._observers.get(poll)
            if obs is None:
                if poll:
                    from watchdog.observers.polling import PollingObserver

                    obs = PollingObserver(timeout=POLL_EVERY)
                else:
                    from watchdog.observers import Observer

                    obs = Observer()
                obs.daemon = True
                obs.start()
                self._observers[poll] = obs
            return obs, obs.schedule(Handler(), str(folder), recursive=False)

    def stop(self) -> None:
        with self._lock:
            for obs in self._observers.values():
                obs.stop()
            self._observers.clear()


class FileTrigger(EventTrigger):
    def setup(self) -> None:
        a = self.schedule.event_args
        self.folder = Path(a["path"])
        self.folder.mkdir(parents=True, exist_ok=True)
        self.pattern, self.settle, self.poll = a["pattern"], float(a["settle"]), a["poll"]
        self._watch = self.service.watchers.watch(self.folder, self.poll, self.poke)
        self._retry: threading.Timer | None = None

    def teardown(self) -> None:
        observer, watch = self._watch
        observer.unschedule(watch)
        if self._retry is not None:
            self._retry.cancel()

    def _candidates(self) -> dict[Path, tuple[int, int]]:
        out = {}
        for p in self.folder.iterdir():
            if p.name.startswith(".") or not fnmatch.fnmatch(p.name, self.pattern):
                continue  # hidden: temporary files of copies in progress
            try:
                st = p.stat()
            except OSError:
                continue
            if p.is_file():
                out[p] = (st.st_size, st.st_mtime_ns)
        return out

    def _handled(self, paths: list[str]) -> set[tuple[str, int, int]]:
        """Of *paths*, the versions a run was started for, except runs the scheduler was
        stopped under, and a run that never came to exist (stopped before it started)."""
        q = (
            sa.select(trigger_files.c.path, trigger_files.c.size, trigger_files.c.mtime_ns)
            .select_from(trigger_files.join(runs, runs.c.id == trigger_files.c.run_id))
            .where(
                trigger_files.c.schedule_id == self.schedule.id,
                trigger_files.c.path.in_(paths),
                runs.c.status != "interrupted",
            )
        )
        with self.service.store.engine.connect() as c:
            return {(r.path, int(r.size), int(r.mtime_ns)) for r in c.execute(q)}

    def check(self, run_id: str) -> str | None:
        from robot_lib.files import settled

        found = self._candidates()
        if not found:
            return None
        handled = self._handled([str(p) for p in found])
        new = [p for p, (size, mt) in found.items() if (str(p), size, mt) not in handled]
        if not new:
            return None
        # a burst: wait until every new file has settled (a bounded wait), then one run
        ready, still = settled(sorted(new), self.settle, max_wait=2 * self.settle + 1)
        if still:  # still being written: a follow-up look once they may have settled
            self._retry = threading.Timer(max(0.2, self.settle / 2), self.poke)
            self._retry.daemon = True
            self._retry.start()
        if not ready:
            return None
        rows: list[dict[str, Any]] = []
        for p in ready:
            try:
                st = p.stat()
            except OSError:
                continue  # taken away meanwhile
            rows.append(
                dict(
                    schedule_id=self.schedule.id,
                    path=str(p),
                    size=st.st_size,
                    mtime_ns=st.st_mtime_ns,
                    run_id=run_id,
                    at=now(),
                )
            )
        if not rows:
            return None
        with self.service.store.tx() as c:
            c.execute(trigger_files.insert(), rows)
        names = ", ".join(Path(r["path"]).name for r in rows[:3])
        more = f" and {len(rows) - 3} more" if len(rows) > 3 else ""
        return f"{len(rows)} new file(s) in {self.folder}: {names}{more}"

    def after(self, run_id: str, status: str) -> None:
        if status == "interrupted":
            logger.info(f"{self.schedule.id}: run {run_id} interrupted; its files count as new")
