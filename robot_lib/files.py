"""Files the robots write and move: safe names, free paths, atomic writes, moves that never
overwrite, content hashes. Used by browser downloads, mail attachments, excel saves, run
reports and the bots.

Example::

    from robot_lib import files

    target = files.free_path(out / files.safe_name(suggested))   # "report (1).pdf" if taken
    files.write_atomic(target, data)                               # whole or not at all
    files.move_without_overwrite(pdf, inbox / "processed")

May import: ``robot_lib.errors`` only.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import socket
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from robot_lib.errors import ApplicationError

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def safe_name(name: str, max_len: int = 150, default: str = "download") -> str:
    """Make a name from outside (a server's suggested filename, a mail attachment) safe: no
    path parts, no ``..``, no control characters, no leading dots, at most *max_len*
    characters with the extension kept."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").split("/")[-1]
    name = _UNSAFE.sub("_", name)
    name = re.sub(r"\.{2,}", ".", name).strip(" ._")
    if not name:
        name = default
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:
        stem, ext = name, ""
    ext = ext[:10]
    room = max_len - (len(ext) + 1 if ext else 0)
    stem = stem[:room].rstrip(" ._") or default
    return f"{stem}.{ext}" if ext else stem


def free_path(path: Path) -> Path:
    """*path* if nothing is there, else the first free ``name (n).ext`` beside it."""
    if not path.exists():
        return path
    for n in range(1, 10000):
        cand = path.with_name(f"{path.stem} ({n}){path.suffix}")
        if not cand.exists():
            return cand
    raise ApplicationError(f"too many files named like {path}")


def write_atomic(path: Path, data: bytes | str, *, fsync: bool = False) -> Path:
    """Write *data* to *path* through a hidden temp file in the same folder and a rename: a
    reader (or a crash) never sees half a file. Text is written as UTF-8."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return save_atomic(path, lambda tmp: _write(tmp, raw, fsync))


def _write(tmp: Path, raw: bytes, fsync: bool) -> None:
    with tmp.open("wb") as f:
        f.write(raw)
        if fsync:
            f.flush()
            os.fsync(f.fileno())


_HOST = socket.gethostname().replace(".", "_").replace("-", "_")


def _tmp_prefix(path: Path) -> str:
    return f".{path.stem}.tmp-"


def remove_leftovers(path: Path) -> list[Path]:
    """Remove the temp files of saves of *path* whose process is gone (killed with -9, or
    the machine went down): named ``.STEM.tmp-HOST-PID.xxxx.SUFFIX``, so a save running in a
    live process on this machine, or on another machine sharing the folder, is left alone."""
    removed: list[Path] = []
    prefix = _tmp_prefix(path)
    try:
        candidates = list(path.parent.glob(f"{glob.escape(prefix)}*{glob.escape(path.suffix)}"))
    except OSError:
        return removed
    for tmp in candidates:
        host, _, rest = tmp.name[len(prefix) :].partition("-")
        pid_text = rest.split(".", 1)[0]
        if host != _HOST or not pid_text.isdigit() or pid_alive(int(pid_text)):
            continue
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            pass
    return removed


def pid_alive(pid: int | None) -> bool:
    """True while process *pid* runs on this machine (a zombie runs nothing: False)."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def save_atomic(path: Path, save: Callable[[Path], object]) -> Path:
    """Let *save* write a temp file beside *path*, then rename it over *path*. The file keeps
    the mode of the one it replaces (a new one gets the usual mode); the temp file is removed
    when *save* fails, and those of earlier saves killed mid-way are removed first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(path)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f"{_tmp_prefix(path)}{_HOST}-{os.getpid()}.", suffix=path.suffix, dir=path.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        save(tmp)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:  # mkstemp makes 0600; a new file gets the usual mode
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def move_without_overwrite(src: Path, folder: Path) -> Path:
    """Move *src* into *folder* (made if missing); an existing name gets a `` (n)`` suffix and
    is never replaced. Returns where the file now is."""
    folder.mkdir(parents=True, exist_ok=True)
    target = free_path(folder / src.name)
    os.replace(src, target)
    return target


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's content, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def open_for_writing(paths: list[Path]) -> set[Path]:
    """Those of *paths* that a process on this machine holds open for writing (Linux:
    ``/proc/*/fd``; elsewhere an empty set, and the settle time alone decides)."""
    wanted = {}
    for p in paths:
        try:
            st = p.stat()
        except OSError:
            continue
        wanted[(st.st_dev, st.st_ino)] = p
    held: set[Path] = set()
    if not wanted or not os.path.isdir("/proc/self/fd"):
        return held
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        fd_dir = f"/proc/{pid}/fd"
        try:
            fds = os.listdir(fd_dir)
        except OSError:
            continue
        for fd in fds:
            try:
                st = os.stat(f"{fd_dir}/{fd}")
                key = (st.st_dev, st.st_ino)
                if key not in wanted:
                    continue
                with open(f"/proc/{pid}/fdinfo/{fd}") as f:
                    flags = next(ln for ln in f if ln.startswith("flags:")).split()[1]
                if int(flags, 8) & (os.O_WRONLY | os.O_RDWR):
                    held.add(wanted[key])
            except (OSError, StopIteration, ValueError):
                continue
    return held


def settled(
    paths: list[Path], settle: float, max_wait: float | None = None
) -> tuple[list[Path], list[Path]]:
    """Split *paths* into (ready, still changing). A file is ready when its size and mtime
    have not changed for *settle* seconds and no process holds it open for writing; this
    waits (up to *max_wait*, default 3 x settle) for files that are young, so a file copied
    in pieces is never read half-way. The caller leaves the others for its next run."""
    import time

    def snap(p: Path) -> tuple[int, int] | None:
        try:
            st = p.stat()
        except OSError:
            return None
        return (st.st_size, st.st_mtime_ns)

    deadline = time.monotonic() + (3 * settle if max_wait is None else max_wait)
    seen = {p: (snap(p), time.monotonic()) for p in paths}
    ready: list[Path] = []
    pending = list(paths)
    while True:
        held = open_for_writing(pending)
        still: list[Path] = []
        for p in pending:
            now_snap = snap(p)
            if now_snap is None:  # gone (moved by someone else): nothing to do
                continue
            before, since = seen[p]
            if now_snap != before:
                seen[p] = (now_snap, time.monotonic())
                still.append(p)
                continue
            age = time.time() - now_snap[1] / 1e9
            quiet = max(age, time.monotonic() - since)
            if quiet >= settle and p not in held:
                ready.append(p)
            else:
                still.append(p)
        pending = still
        if not pending or time.monotonic() >= deadline:
            break
        time.sleep(min(0.25, max(0.05, settle / 4)))
    order = {p: i for i, p in enumerate(paths)}
    return sorted(ready, key=order.__getitem__), pending
