"""``bots doctor``: what is missing on this machine, and how to fix it."""

from __future__ import annotations

import shutil

from robot_lib import config

Check = tuple[str, bool, str, str]


def run_checks() -> list[Check]:
    rows: list[Check] = []
    from robot_lib.browser.find import find_browser

    try:
        path, how = find_browser()
        rows.append(("browser", True, f"{path} ({how})", ""))
    except Exception as exc:
        rows.append(
            ("browser", False, str(exc), "apt-get install -y chromium, or set BOTS_BROWSER_PATH")
        )

    from robot_lib.credentials import is_secret_name
    from robot_lib.runtime.registry import discover

    found = discover()
    for where, err in found.broken.items():
        rows.append((f"bot module {where}", False, err, "fix the import error"))
    cred = config.credentials_path()
    production = _production()
    for name, spec in found.bots.items():
        if not (spec.credentials or spec.optional_credentials):
            continue
        try:
            from robot_lib.runtime.vault import sources

            src = sources(spec.all_credentials)
        except Exception as exc:  # the database is checked below
            rows.append((f"credentials of {name}", False, str(exc), ""))
            continue
        missing = [c for c in spec.credentials if src[c] == "missing"]
        plain = [c for c, s in src.items() if s == "credentials file" and is_secret_name(c)]
        detail = ", ".join(f"{c} ({s})" for c, s in src.items())
        fix = f"add them to {cred} or `bots secret set NAME`" if missing else ""
        if production and plain:
            fix = f"{production}: move {', '.join(plain)} into the vault (`bots secret set NAME`)"
        rows.append(
            (f"credentials of {name}", not missing and not (production and plain), detail, fix)
        )

    from robot_lib.scheduling.schedules import load_schedules

    try:
        schedules, problems = load_schedules(validate_bots=True)
        rows.append(
            (
                "schedules",
                not problems,
                f"{len(schedules)} schedule(s)" + ("; " + "; ".join(problems) if problems else ""),
                "bots schedule validate" if problems else "",
            )
        )
    except Exception as exc:
        rows.append(("schedules", False, str(exc), "bots schedule validate"))

    try:
        from robot_lib.runtime.store import Store

        store = Store()
        store.list_runs(limit=1)
        rows.append(("database", True, config.database_url().split("@")[-1], ""))
    except Exception as exc:
        rows.append(("database", False, str(exc), "check BOTS_DATABASE_URL / BOTS_HOME"))

    rows.append(("resident runner", True, _resident(), ""))
    home = config.bots_home()
    home.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(home).free / 2**30
    rows.append(
        ("disk", free > 1, f"{free:.1f} GiB free in {home}", "" if free > 1 else "free some space")
    )
    return rows


def _resident() -> str:
    """Whether ``bots run`` is handed to a resident runner (robot_lib.launch) right now."""
    import fcntl
    import re

    from robot_lib.launch import resident_socket

    place = resident_socket()
    if place is None:
        return "off (BOTS_RESIDENT=0, or not Linux): each `bots run` starts its own processes"
    try:
        with open(place.with_suffix(".lock")) as lock:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        running = False  # nobody holds it
    except FileNotFoundError:
        running = False
    except OSError:
        running = True
    if not running:
        return "not running: the next `bots run` starts one for the runs after it"
    if not place.exists():
        return "starting: it imports the runtime once the `bots run` that started it has ended"
    log = (place.parent / "resident.log").read_text()
    pids = re.findall(rf"resident runner (\d+) serving on {re.escape(str(place))}", log)
    idle = config.resident_idle()
    return f"running (pid {pids[-1] if pids else '?'}), ends after {idle:g}s unused; {place}"


def _production() -> str:
    """Why this looks like a production setup ("" when it does not): secrets should then
    come from the vault or the environment, not a plain file."""
    if config.database_url().startswith("postgresql"):
        return "the run database is PostgreSQL"
    try:
        from robot_lib.runtime.store import Store
        from robot_lib.scheduling.state import LOCK

        if Store().lock_holder(LOCK):
            return "a scheduler is running"
    except Exception:  # no database yet: checked on its own row
        pass
    return ""
