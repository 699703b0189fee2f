"""``bots list``, ``bots new``, ``bots doctor``: the bots there are and the machine they run on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from robot_lib.cli.app import (
    app,
    fail,
    fmt_time,
    new_console,
    status_markup,
)

if TYPE_CHECKING:
    pass


@app.command("list")
def list_bots() -> None:
    """List bots with description, schedules and last run; broken modules are shown too."""
    from rich.table import Table

    from robot_lib.runtime.registry import discover
    from robot_lib.runtime.store import Store
    from robot_lib.scheduling.schedules import schedules_by_bot

    found = discover()
    store = Store()
    store.mark_interrupted()
    by_bot = schedules_by_bot()
    table = Table("bot", "description", "schedules", "last run")
    for name, spec in found.bots.items():
        last = store.last_run(name)
        last_s = f"{status_markup(last.status)} {fmt_time(last.created_at)}" if last else "never"
        table.add_row(name, spec.description, ", ".join(by_bot.get(name, [])) or "-", last_s)
    for where, err in found.broken.items():
        table.add_row("[red]broken[/red]", f"{where}: {err}", "-", "-")
    new_console().print(table)


@app.command()
def new(
    name: str,
    directory: Annotated[Path, typer.Option(help="project root")] = Path("."),
) -> None:
    """Scaffold ``bots/NAME.py`` and ``tests/bots/test_NAME.py`` (refuses to overwrite)."""
    from robot_lib.cli.scaffold import scaffold

    try:
        paths = scaffold(name, directory)
    except (FileExistsError, ValueError) as exc:
        fail(str(exc))
        return
    for p in paths:
        print(f"created {p}")


@app.command()
def doctor() -> None:
    """Check browser, credentials, schedules, database and disk; print fixes."""
    from rich.table import Table

    from robot_lib.cli.doctor import run_checks

    rows = run_checks()
    table = Table("check", "status", "detail", "fix")
    bad = 0
    for check, ok, detail, fix in rows:
        bad += not ok
        table.add_row(check, "[green]ok[/green]" if ok else "[red]problem[/red]", detail, fix)
    new_console().print(table)
    raise typer.Exit(1 if bad else 0)
