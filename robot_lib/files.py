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

import hashlib
import os
import re
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


def save_atomic(path: Path, save: Callable[[Path], object]) -> Path:
    """Let *save* write a temp file beside *path*, then rename it over *path*. The file keeps
    the mode of the one it replaces (a new one gets the usual mode); the temp file is removed
    when *save* fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
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
