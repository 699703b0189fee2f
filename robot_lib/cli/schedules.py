"""``bots schedule ...`` (the files) and ``bots scheduler ...`` (the service)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from robot_lib.cli.app import (
    JSON_HELP,
    ScheduleId,
    app,
    fail,
    fmt_time,
    new_console,
    print_json,
    print_table,
    schedule_app,
    scheduler_app,
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
def schedule_list(
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """Each schedule with its next 3 fire times and its last run (disabled ones say so)."""
    import datetime as dt

    from robot_lib.runtime.store import Store
    from robot_lib.scheduling.schedules import load_schedules, next_fire_times

    schedules, problems = load_schedules()
    store = Store()
    docs: list[dict[str, Any]] = []
    for s in schedules:
        fires = next_fire_times(s, 3, dt.datetime.now(dt.UTC)) if s.enabled else []
        last = next(
            (r for r in store.list_runs(bot=s.bot, limit=50) if r.schedule_id == s.id), None
        )
        docs.append(
            {
                "id": s.id,
                "bot": s.bot,
                "when": s.cron
                or (f"every {s.every:g}s" if s.every else None)
                or (f"on {s.kind}" if s.event else f"at {s.at}"),
                "waits_for": s.waits_for() or None,
                "timezone": s.timezone,
                "enabled": s.enabled,
                "next_fires": fires,
                "last_run": None
                if last is None
                else {"id": last.id, "status": last.status, "created_at": last.created_at},
                "file": s.where,
            }
        )
    if as_json:
        print_json({"schedules": docs, "problems": problems})
        return
    rows = []
    for d in docs:
        lr = d["last_run"]
        rows.append(
            [
                d["id"],
                d["bot"],
                d["when"] + (f" ({d['timezone']})" if d["timezone"] else ""),
                ", ".join(f.strftime("%Y-%m-%d %H:%M:%S %Z") for f in d["next_fires"])
                or (f"waits for {d['waits_for']}" if d["waits_for"] and d["enabled"] else "")
                or "- (disabled)",
                f"{lr['status']} {fmt_time(lr['created_at'])}" if lr else "never",
                "yes" if d["enabled"] else "no",
            ]
        )
    print_table(["schedule", "bot", "when", "next fires", "last run", "enabled"], rows, keep=(0, 1))
    for p in problems:
        new_console().print(f"[red]✗[/red] {p}", highlight=False)


def _schedule(schedule_id: str) -> Any:
    from robot_lib.scheduling.schedules import load_schedules

    schedules, _ = load_schedules()
    found = next((s for s in schedules if s.id == schedule_id), None)
    if found is None:
        known = ", ".join(s.id for s in schedules) or "none"
        fail(f"no schedule {schedule_id!r} (schedules: {known})")
    return found


def _who() -> str:
    import getpass

    from robot_lib.runtime.records import HOST

    return f"{getpass.getuser()}@{HOST}"


def _set_paused(schedule_id: str, paused: bool) -> None:
    from robot_lib.runtime import audit
    from robot_lib.runtime.store import Store
    from robot_lib.scheduling.state import set_paused

    s = _schedule(schedule_id)
    store = Store()
    set_paused(store, s.id, paused, _who())
    audit.record(store, _who(), "pause schedule" if paused else "resume schedule", s.id)
    print(f"schedule {s.id} {'paused' if paused else 'resumed'}")


@schedule_app.command("pause")
def schedule_pause(schedule_id: ScheduleId) -> None:
    """Stop a schedule firing until resumed (kept across scheduler restarts)."""
    _set_paused(schedule_id, True)


@schedule_app.command("resume")
def schedule_resume(schedule_id: ScheduleId) -> None:
    """Let a paused schedule fire again."""
    _set_paused(schedule_id, False)


@schedule_app.command("trigger")
def schedule_trigger(schedule_id: ScheduleId) -> None:
    """Run a schedule's bot now, with the schedule's params, retries, timeout and alerts
    (recorded with the schedule's id); through the workers when the executor is celery."""
    from robot_lib.errors import ConfigError
    from robot_lib.runtime.registry import get_spec
    from robot_lib.runtime.runner import BotBusy, Runner, RunOptions
    from robot_lib.runtime.store import Store
    from robot_lib.scheduling.executors import enqueue, executor_name

    s = _schedule(schedule_id)
    try:
        spec = get_spec(s.bot)
        spec.convert_params(s.params)
        notify = s.alert_rule(spec.notify_on, spec.notify)
        if executor_name() == "celery":
            run_id = enqueue(
                s.bot,
                s.params,
                retries=s.retries,
                timeout=s.timeout,
                trigger="cli",
                schedule_id=s.id,
                notify=notify,
            )
            print(f"queued run {run_id} (bots show {run_id})")
            return
        result = Runner(Store()).run(
            s.bot,
            s.params,
            RunOptions(
                retries=s.retries,
                timeout=s.timeout,
                trigger="cli",
                schedule_id=s.id,
                notify=notify,
            ),
        )
    except (ConfigError, BotBusy) as exc:
        fail(str(exc), 1)
        return
    from robot_lib.cli.app import print_summary

    print_summary(new_console(), result)
    raise typer.Exit(0 if result.status == "succeeded" else 1)


@app.command()
def prune(
    older_than: Annotated[str, typer.Option(help="e.g. 90d: runs created before that go")],
    dry_run: Annotated[bool, typer.Option(help="only say what would go")] = False,
) -> None:
    """Remove old finished runs with their folders, attempts, items and alerts (never a run
    with an item waiting in review). The scheduler does it daily when BOTS_RETENTION is set."""
    from robot_lib.config import parse_duration
    from robot_lib.errors import ConfigError
    from robot_lib.runtime.retention import prune as do_prune
    from robot_lib.runtime.store import Store

    try:
        age = parse_duration(older_than)
    except ConfigError as exc:
        fail(f"--older-than: {exc}")
        return
    if not age or age <= 0:
        fail("--older-than must be more than 0 (e.g. 90d)")
        return
    out = do_prune(Store(), age, dry_run)
    verb = "would remove" if dry_run else "removed"
    print(
        f"{verb} {out['runs']} run(s) created before {fmt_time(out['cutoff'])} and "
        f"{out['folders']} run folder(s); kept {out['kept_with_review']} with items in review"
    )


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
def scheduler_status(
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """Who runs the scheduler, and its jobs with their next run (only while it runs: a
    stopped scheduler fires nothing, so no table of 'next runs' is shown)."""
    from robot_lib.scheduling.state import status

    st = status()
    h = st["holder"]
    jobs = st["jobs"] if h else []
    if as_json:
        print_json(
            {
                "running": bool(h),
                "holder": None
                if not h
                else {k: h[k] for k in ("host", "pid", "acquired_at", "heartbeat_at")},
                "jobs": jobs,
            }
        )
        raise typer.Exit(0 if h else 1)
    if not h:
        print("no scheduler is running (start one: bots scheduler start)")
        raise typer.Exit(1)
    print(
        f"scheduler running on {h['host']} pid {h['pid']} since "
        f"{fmt_time(h['acquired_at'])} (heartbeat {fmt_time(h['heartbeat_at'])})"
    )
    print_table(
        ["job", "bot", "next run"],
        [[j["id"], j["bot"] or "-", fmt_time(j["next_run"])] for j in jobs],
        keep=(0,),
    )
    raise typer.Exit(0)


@scheduler_app.command("reload")
def scheduler_reload() -> None:
    """Make the running scheduler re-read the schedule files now (SIGHUP)."""
    import signal

    from robot_lib.runtime.store import HOST, Store
    from robot_lib.scheduling.state import LOCK

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
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
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
