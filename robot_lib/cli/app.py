"""The ``bots`` Typer app, its sub-command groups and the helpers every command uses.

Plain (click) help: Rich's help formatter costs ~120 ms of imports on every ``bots --help``;
Rich itself is imported only when a command prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from robot_lib.runtime.store import Run

app = typer.Typer(
    help="backoffice-bots: run, schedule and inspect back-office robots.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
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
