"""The ``bots`` Typer app, its sub-command groups and the helpers every command uses.

Plain (click) help: Rich's help formatter costs ~120 ms of imports on every ``bots --help``;
Rich itself is imported only when a command prints.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from robot_lib.runtime.store import Run

app = typer.Typer(
    help="backoffice-bots: run, schedule and inspect back-office robots.",
    no_args_is_help=True,
    add_completion=True,  # bots --install-completion: bot names, schedule ids, run ids
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _options(
    verbose: int = typer.Option(
        0, "--verbose", "-v", count=True, help="more log lines on stderr (-v info, -vv debug)"
    ),
) -> None:
    """backoffice-bots: run, schedule and inspect back-office robots."""
    import os

    # outside a run the library logs to stderr at WARNING: no chatter, and never a typed
    # value (a run logs to its own sinks: the console, run.log, events.jsonl)
    os.environ["LOGURU_LEVEL"] = {0: "WARNING", 1: "INFO"}.get(verbose, "DEBUG")


demo_app = typer.Typer(
    help="The demo portal's sample data and the end-to-end demo.", rich_markup_mode=None
)
app.add_typer(demo_app, name="demo")
schedule_app = typer.Typer(
    help="Schedule files: validate them, list what fires when.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(schedule_app, name="schedule")
scheduler_app = typer.Typer(
    help="The scheduler service that runs bots on their timetable.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(scheduler_app, name="scheduler")


def new_console() -> Any:
    from rich.console import Console

    return Console()


def fail(message: str, code: int = 2) -> None:
    new_console().print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


JSON_HELP = "print one JSON document (stable: see the README's 'Scripting')"


def print_json(doc: Any) -> None:
    """One JSON document on stdout (times in ISO 8601 with their offset)."""

    def default(v: Any) -> Any:
        if hasattr(v, "isoformat"):
            return v.isoformat()
        return str(v)

    sys.stdout.write(json.dumps(doc, indent=2, default=default, ensure_ascii=False) + "\n")


def print_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    keep: Sequence[int] = (0,),
    status: Sequence[int] = (),
) -> None:
    """Rows for people. In a terminal, a table whose *keep* columns (ids, names, statuses)
    are never cut or wrapped; *status* columns are coloured. When stdout is not a
    terminal (a pipe, a file, a script), plain tab-separated lines with full values and a
    header line: ``bots runs | cut -f1`` gives whole run ids."""
    text = [["-" if c is None else str(c) for c in r] for r in rows]
    console = new_console()
    widths = [max([len(h), *(len(r[i]) for r in text)]) for i, h in enumerate(headers)]
    fixed = set(keep) | set(status)
    need = sum(widths[i] for i in fixed) + 8 * (len(headers) - len(fixed)) + 3 * len(headers)
    if not sys.stdout.isatty() or need > console.width:  # too narrow: whole values, plainly
        out = ["\t".join(headers)] + [
            "\t".join(c.replace("\t", " ").replace("\n", " ") for c in r) for r in text
        ]
        sys.stdout.write("\n".join(out) + "\n")
        return
    from rich.table import Table

    table = Table()
    for i, h in enumerate(headers):
        if i in fixed:
            table.add_column(h, no_wrap=True, min_width=widths[i])
        else:
            table.add_column(h, overflow="fold")
    for r in text:
        table.add_row(*(status_markup(c) if i in status else _escape(c) for i, c in enumerate(r)))
    console.print(table)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def complete_bot(incomplete: str) -> list[str]:
    from robot_lib.runtime.registry import discover

    return sorted(n for n in discover().bots if n.startswith(incomplete))


def complete_schedule(incomplete: str) -> list[str]:
    from robot_lib.scheduling.schedules import load_schedules

    return sorted(s.id for s in load_schedules()[0] if s.id.startswith(incomplete))


def complete_run(incomplete: str) -> list[str]:
    from robot_lib.runtime.store import Store

    return [r.id for r in Store().list_runs(limit=30) if r.id.startswith(incomplete)]


BotName = Annotated[str, typer.Argument(help="a bot's name", autocompletion=complete_bot)]
ScheduleId = Annotated[
    str, typer.Argument(help="a schedule's id", autocompletion=complete_schedule)
]
RunId = Annotated[
    str, typer.Argument(help="a run id (or a unique prefix)", autocompletion=complete_run)
]


def check_choice(option: str, value: str | None, allowed: Sequence[str]) -> None:
    """Refuse an unknown option value, naming the allowed ones."""
    if value is not None and value not in allowed:
        fail(f"{option} {value!r} is not one of: {', '.join(allowed)}")


def parse_params(values: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for v in values:
        if "=" not in v:
            fail(f"--param needs key=value, got {v!r}")
        k, _, val = v.partition("=")
        out[k.strip()] = val
    return out


def fmt_time(value: Any) -> str:
    if value is None:
        return "-"
    return str(value.astimezone().strftime("%Y-%m-%d %H:%M:%S"))


def fmt_dur(run: Run) -> str:
    d = run.duration
    return "-" if d is None else (f"{d:.1f}s" if d < 120 else f"{d / 60:.1f}m")


_STATUS_STYLE = {
    "succeeded": "green",
    "partial": "yellow",
    "failed": "red",
    "timed_out": "red",
    "interrupted": "red",
    "cancelled": "dim",
    "running": "cyan",
    "queued": "cyan",
    "skipped": "dim",
    "missed": "dim",
}


def status_markup(s: str) -> str:
    return f"[{_STATUS_STYLE.get(s, 'white')}]{s}[/]"


def print_summary(console: Any, run: Run) -> None:
    console.print()
    console.print(
        f"[bold]{run.bot}[/bold] {status_markup(run.status)}  run {run.id}  "
        f"attempts {run.attempts}  duration {fmt_dur(run)}",
        highlight=False,
    )
    console.print(
        f"items: {run.items_done} done, {run.items_failed} failed, {run.items_review} review, "
        f"{run.items_skipped} skipped",
        highlight=False,
    )
    if run.error:
        console.print(f"error: {run.error}", highlight=False, markup=False)
    from robot_lib.runtime.store import HOST

    where = f" (on {run.host})" if run.host and run.host != HOST else ""
    console.print(f"folder: {run.run_dir}{where}", highlight=False)
    console.print(f"report: {Path(run.run_dir or '.') / 'report.html'}", highlight=False)
