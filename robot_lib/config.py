"""Settings read from the environment (every ``BOTS_*`` variable lives here) and small parsers."""

from __future__ import annotations

import os
import re
from pathlib import Path

from robot_lib.errors import ConfigError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}


def parse_duration(value: str | float | int | None) -> float | None:
    """Parse ``"15m"``, ``"30s"``, ``"1.5h"``, ``"250ms"`` or a number of seconds.

    >>> parse_duration("15m")
    900.0
    """
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return float(value)
    m = _DURATION.match(str(value))
    if not m:
        raise ConfigError(f"not a duration: {value!r} (use e.g. 30s, 15m, 2h)")
    return float(m.group(1)) * _UNITS[m.group(2)]


def bots_home() -> Path:
    """``BOTS_HOME`` (default ``./var``): database, run folders, inboxes, outputs."""
    return Path(os.environ.get("BOTS_HOME", "var")).resolve()


def database_url() -> str:
    """``BOTS_DATABASE_URL`` or SQLite at ``$BOTS_HOME/bots.db``."""
    url = os.environ.get("BOTS_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{bots_home() / 'bots.db'}"


def credentials_path() -> Path:
    """``BOTS_CREDENTIALS`` (default ``./credentials.env``)."""
    return Path(os.environ.get("BOTS_CREDENTIALS", "credentials.env")).resolve()


def bots_dir() -> Path | None:
    """``BOTS_PATH``, else ``./bots`` when it exists, else the installed ``bots`` package."""
    env = os.environ.get("BOTS_PATH")
    if env:
        return Path(env).resolve()
    local = Path("bots")
    if local.is_dir():
        return local.resolve()
    import importlib.util

    spec = importlib.util.find_spec("bots")
    if spec and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return None


def schedules_dir() -> Path:
    """``BOTS_SCHEDULES`` (default ``./schedules``)."""
    return Path(os.environ.get("BOTS_SCHEDULES", "schedules")).resolve()


def runs_dir() -> Path:
    return bots_home() / "runs"


def heartbeat_interval() -> float:
    """``BOTS_HEARTBEAT`` (default 5): seconds between a running run's heartbeats."""
    return float(os.environ.get("BOTS_HEARTBEAT", "5"))


def heartbeat_stale() -> float:
    """``BOTS_HEARTBEAT_STALE`` (default 60): seconds of silence after which a run's worker
    (and its bot lock) is taken for dead and the run is taken over."""
    return float(os.environ.get("BOTS_HEARTBEAT_STALE", "60"))


def stop_grace() -> float:
    """``BOTS_STOP_GRACE`` (default 10): seconds an attempt asked to stop (Ctrl-C, SIGTERM,
    a timeout, a cancel) has to write what it did (results workbook, ledger) before its
    process tree is killed."""
    return float(os.environ.get("BOTS_STOP_GRACE", "10"))


def resident() -> bool:
    """``BOTS_RESIDENT`` (default 1; 0 turns it off): ``bots run`` hands its command to the
    project's resident runner, which has the runtime imported already (robot_lib.launch)."""
    return os.environ.get("BOTS_RESIDENT", "1").strip().lower() not in ("0", "false", "no", "off")


def resident_idle() -> float:
    """``BOTS_RESIDENT_IDLE`` (default 10m): the resident runner ends after this long unused."""
    return parse_duration(os.environ.get("BOTS_RESIDENT_IDLE") or "10m") or 600.0
