"""``bots schedule ...`` (the files) and ``bots scheduler ...`` (the service)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from robot_lib.cli.app import (
    app,
    fail,
    fmt_time,
    new_console,
    schedule_app,
    scheduler_app,
    status_markup,
)

if TYPE_CHECKING:
    pass


@schedule_app.command("validate")
def schedule_validate() -> None:
    """Check every schedule file: syntax, keys, bots, params, cron, duplicate ids."""
    from robot_lib.scheduling.schedules import load_schedules

    schedules, problems = load_schedules(validate_bots=True)
    for p in problems:
        new_console().print(f"[red]✗[/red] {p}", highlight=False, markup=True)
    if problems:
        raise typer.Exit(1)
    print(f"{len(schedules)} schedule(s) OK")


@schedule_app.command("list")
def schedule_list() -> None:
    """Each schedule with its next 3 fire times and its last run."""
    import datetime as dt

    from rich.table import Table

    from robot_lib.runtime.store import Store
    from robot_lib.scheduling.schedules import load_schedules, next_fire_times

    schedules, problems = load_schedules()
    store = Store()
    table = Table("schedule", "bot", "when", "next fires", "last run", "enabled")
    for s in schedules:
        fires = next_fire_times(s, 3, dt.datetime.now(dt.UTC))
        last = next(
            (r for r in store.list_runs(bot=s.bot, limit=50) if r.schedule_id == s.id), None
        )
        when = s.cron or (f"every {s.every:g}s" if s.every else f"at {s.at}")
        table.add_row(
            s.id,
            s.bot,
            when + (f" ({s.timezone})" if s.timezone else ""),
            "\n".join(f.strftime("%Y-%m-%d %H:%M:%S %Z") for f in fires) or "-",
            f"{status_markup(last.status)} {fmt_time(last.created_at)}" if last else "never",
            "yes" if s.enabled else "no",
        )
    new_console().print(table)
    for p in problems:
        new_console().print(f"[red]✗[/red] {p}", highlight=False)


@scheduler_app.command("start")
def scheduler_start() -> None:
    """Run the scheduler in the foreground (one per database; SIGTERM stops it cleanly)."""

    from loguru import logger

    from robot_lib.scheduling.service import SchedulerBusy, SchedulerService

    logger.remove()
    logger.add(sys.stderr, level="INFO", format="{time:YYYY-MM-DD HH:mm:ss} {level: <7} {message}")
    service = SchedulerService()
    try:
        service.start()
    except SchedulerBusy as exc:
        fail(str(exc), 1)
    service.serve_forever()


@scheduler_app.command("status")
def schedulerstatus_markup() -> None:
    """Who runs the scheduler, and the jobs in its store with their next run."""
    from rich.table import Table

    from robot_lib.scheduling.service import status

    st = status()
    h = st["holder"]
    console = new_console()
    if h:
        console.print(
            f"scheduler running on {h['host']} pid {h['pid']} since "
            f"{fmt_time(h['acquired_at'])} (heartbeat {fmt_time(h['heartbeat_at'])})",
            highlight=False,
        )
    else:
        console.print("no scheduler is running")
    table = Table("job", "bot", "next run")
    for j in st["jobs"]:
        table.add_row(j["id"], j["bot"] or "-", fmt_time(j["next_run"]))
    console.print(table)
    raise typer.Exit(0 if h else 1)


@scheduler_app.command("reload")
def scheduler_reload() -> None:
    """Make the running scheduler re-read the schedule files now (SIGHUP)."""
    import signal

    from robot_lib.runtime.store import HOST, Store
    from robot_lib.scheduling.service import LOCK

    h = Store().lock_holder(LOCK)
    if not h:
        fail("no scheduler is running", 1)
        return
    if h["host"] != HOST:
        fail(f"the scheduler runs on {h['host']}; run reload there", 1)
    os.kill(int(h["pid"]), signal.SIGHUP)
    print(f"reload sent to pid {h['pid']}")


@app.command("digest")
def digest_cmd(
    hours: Annotated[float, typer.Option(help="the period, in hours back from now")] = 24.0,
    bot: Annotated[list[str] | None, typer.Option(help="only this bot (repeatable)")] = None,
    send: Annotated[
        list[str] | None,
        typer.Option(help="also mail or post it to this address or webhook URL (repeatable)"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON document")] = False,
) -> None:
    """The digest a team gets each day ([[digest]] in a schedule file): runs, items,
    failures, and the items waiting for a person."""
    import json

    from robot_lib.runtime.alerts import digest, render_digest, send_digest
    from robot_lib.runtime.store import Store

    store = Store()
    d = digest(store, hours, bot or None)
    if as_json:
        print(json.dumps(d, indent=2, default=str))
    else:
        subject, body = render_digest(d)
        print(subject + "\n\n" + body, end="")
    if send:
        for sent in send_digest(store, send, hours, bot or None):
            print(f"{sent['channel']} to {sent['target']}: {sent['status']} {sent['error'] or ''}")
