"""``bots review list|show|approve|reject|retry``: the review queue of every bot, and
``bots retry RUN --failed``, ``bots items forget BOT KEY``."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from robot_lib.cli.app import (
    JSON_HELP,
    RunId,
    app,
    fail,
    fmt_time,
    new_console,
    parse_params,
    print_json,
    print_summary,
    print_table,
)

review_app = typer.Typer(
    help="Items the bots could not finish: look, correct and approve, reject, or retry.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(review_app, name="review")


def _waiting(since: Any) -> str:
    from robot_lib.runtime.records import now

    hours = (now() - since).total_seconds() / 3600
    return f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.0f} d"


@review_app.command("list")
def review_list(
    bot: Annotated[str | None, typer.Option(help="only this bot")] = None,
    reason: Annotated[str | None, typer.Option(help="only reasons containing this")] = None,
    older_than: Annotated[
        str | None, typer.Option("--older-than", help="waiting at least (e.g. 2d)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """What waits for a person, oldest first."""
    from robot_lib.config import parse_duration
    from robot_lib.errors import ConfigError
    from robot_lib.runtime.review_tasks import open_tasks
    from robot_lib.runtime.store import Store

    try:
        age = parse_duration(older_than)
    except ConfigError as exc:
        fail(str(exc))
        return
    found = open_tasks(Store(), bot, reason, age)
    if as_json:
        print_json(found)
        return
    if not found:
        print("nothing waits for review")
        return
    print_table(
        ["task", "bot", "item", "waiting", "reason", "run"],
        [
            [
                str(t["id"]),
                t["bot"],
                t["title"] or t["key"],
                _waiting(t["opened_at"]),
                t["reason"] or "",
                t["run_id"],
            ]
            for t in found
        ],
        keep=(0, 1),
    )


@review_app.command("show")
def review_show(
    task_id: int, as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False
) -> None:
    """One task: the item, why it is in review, what the bot recorded, the run's params."""
    from robot_lib.runtime.review_tasks import task
    from robot_lib.runtime.store import Store

    t = task(Store(), task_id)
    if t is None:
        fail(f"no review task {task_id}", 1)
        return
    if as_json:
        print_json(t)
        return
    state = (
        "waiting since " + fmt_time(t["opened_at"])
        if t["resolved_at"] is None
        else f"{t['resolution']} by {t['resolved_by']} at {fmt_time(t['resolved_at'])}"
    )
    print(f"task {t['id']}: {t['bot']} {t['title'] or t['key']} ({state})")
    print(f"  reason: {t['reason'] or '-'}")
    print(f"  run {t['run_id']}, params {t['params']}")
    fields = t["data"].get("fields") if isinstance(t["data"].get("fields"), dict) else None
    for k, v in (fields or t["data"]).items():
        print(f"  {k}: {v}")
    if t["resolved_at"] is None:
        print(f"  bots review approve {t['id']} [--set FIELD=VALUE]...   (or reject, retry)")


def _decide(task_id: int, decision: str, values: dict[str, str], note: str) -> None:
    from robot_lib.errors import ConfigError
    from robot_lib.runtime import audit
    from robot_lib.runtime.review_tasks import decide, task
    from robot_lib.runtime.runner import BotBusy
    from robot_lib.runtime.store import Store

    store = Store()
    try:
        run = decide(store, task_id, decision, audit.os_user(), values, note, on_line=_echo)
    except (ConfigError, BotBusy) as exc:
        fail(str(exc))
        return
    print_summary(new_console(), run)
    after = task(store, task_id)
    if after is not None and after["resolved_at"] is not None:
        print(f"task {task_id}: {after['resolution']} by {after['resolved_by']}")
    else:
        print(f"task {task_id} is still open (see run {run.id})")
        raise typer.Exit(1)
    if run.status != "succeeded":
        raise typer.Exit(1)


def _echo(line: str) -> None:
    sys.stdout.write(line)
    sys.stdout.flush()


@review_app.command("approve")
def review_approve(
    task_id: int,
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", "-s", help="a corrected value FIELD=VALUE (repeat)"),
    ] = None,
    note: Annotated[str, typer.Option(help="a note for the history")] = "",
) -> None:
    """Finish the item with the corrected values, through the bot's own code, exactly once."""
    _decide(task_id, "approve", parse_params(set_ or []), note)


@review_app.command("reject")
def review_reject(
    task_id: int, reason: Annotated[str, typer.Option(help="why (kept in the history)")]
) -> None:
    """Enter nothing; the bot sets the item aside (the invoice goes to rejected/)."""
    _decide(task_id, "reject", {}, reason)


@review_app.command("retry")
def review_retry(task_id: int) -> None:
    """Run the item again unchanged (e.g. after the portal is fixed)."""
    _decide(task_id, "retry", {}, "")


@app.command("retry")
def retry_run(
    run_id: RunId,
    failed: Annotated[bool, typer.Option("--failed", help="only the items that failed")] = False,
) -> None:
    """Run a bot again with a run's parameters; with --failed only that run's failed items
    (the others are left alone)."""
    from robot_lib.runtime import audit
    from robot_lib.runtime.runner import BotBusy, Runner, RunOptions
    from robot_lib.runtime.store import Store

    store = Store()
    run = store.get_run(run_id)
    if run is None:
        fail(f"no run {run_id!r}", 1)
        return
    keys = [i["key"] for i in store.get_items(run.id) if i["status"] == "failed"]
    if failed and not keys:
        print(f"run {run.id} has no failed item")
        return
    only = keys if failed else None
    audit.record(store, audit.os_user(), "retry run", run.id, "failed items" if failed else "")
    try:
        again = Runner(store, on_line=_echo).run(
            run.bot, run.params, RunOptions(trigger="cli", only_keys=only)
        )
    except BotBusy as exc:
        fail(str(exc))
        return
    print_summary(new_console(), again)
    raise typer.Exit(0 if again.status == "succeeded" else 1)


def forget(bot: str, key: str, yes: bool = False) -> None:
    """``bots items forget BOT KEY``: the item is processed again (its key no longer counts
    as done for BOT; its history is kept)."""
    from robot_lib.runtime import audit
    from robot_lib.runtime.review_tasks import forget as forget_key
    from robot_lib.runtime.store import Store

    if not yes and not typer.confirm(f"{bot} will process {key!r} again. Go on?"):
        raise typer.Exit(1)
    store = Store()
    n = forget_key(store, bot, key)
    if not n:
        fail(f"{bot} has no done item {key!r}", 1)
    audit.record(store, audit.os_user(), "forget item", f"{bot} {key}")
    print(f"{bot} {key}: forgotten; the next run processes it again")


@app.command("vendors")
def vendors(
    export: Annotated[
        str | None, typer.Option(help="write each profile as a template file into this folder")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """Vendor profiles the invoice bot learned from approved corrections."""
    from pathlib import Path

    from robot_lib.invoices.learn import to_toml
    from robot_lib.runtime.memory import BotMemory
    from robot_lib.runtime.store import Store

    found = BotMemory(Store(), "invoice_processing").entries("vendor")
    if as_json:
        print_json(found)
    elif not found:
        print("no vendor learned yet: approve a corrected invoice (bots review approve)")
    else:
        print_table(
            ["vendor", "matched by", "fields", "taught", "last by", "at"],
            [
                [
                    e["doc"]["vendor"].get("name") or e["key"],
                    ", ".join(e["doc"]["vendor"]["match"]),
                    ", ".join(e["doc"]["fields"]),
                    str(e["times"]),
                    e["updated_by"] or "",
                    fmt_time(e["updated_at"]),
                ]
                for e in found
            ],
        )
    if export:
        from robot_lib.files import safe_name, write_atomic

        folder = Path(export)
        folder.mkdir(parents=True, exist_ok=True)
        for e in found:
            name = safe_name((e["doc"]["vendor"].get("name") or e["key"]).lower()) + ".toml"
            comment = f"learned from {e['times']} correction(s), last by {e['updated_by']}"
            write_atomic(folder / name.replace(" ", "_"), to_toml(e["doc"], comment))
        print(f"{len(found)} profile(s) written to {folder}", file=sys.stderr)
