"""``bots list``, ``bots new``, ``bots doctor``: the bots there are and the machine they run on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from robot_lib.cli.app import (
    JSON_HELP,
    BotName,
    app,
    fail,
    fmt_time,
    new_console,
    print_json,
    print_table,
)

if TYPE_CHECKING:
    pass


@app.command("list")
def list_bots(
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """List bots with description, schedules and last run; broken modules are shown too."""
    from robot_lib.runtime.registry import discover
    from robot_lib.runtime.store import Store
    from robot_lib.scheduling.schedules import load_schedules

    found = discover()
    store = Store()
    store.mark_interrupted()
    schedules, _ = load_schedules()
    docs: list[dict[str, Any]] = []
    for name, spec in found.bots.items():
        last = store.last_run(name)
        mine = [s for s in schedules if s.bot == name]
        docs.append(
            {
                "name": name,
                "description": spec.description,
                "tags": list(spec.tags),
                "schedules": [{"id": s.id, "enabled": s.enabled} for s in mine],
                "last_run": None
                if last is None
                else {"id": last.id, "status": last.status, "created_at": last.created_at},
            }
        )
    broken = [{"where": where, "error": err} for where, err in found.broken.items()]
    if as_json:
        print_json({"bots": docs, "broken": broken})
        return
    rows = []
    for d in docs:
        scheds = ", ".join(
            s["id"] + ("" if s["enabled"] else " (disabled)") for s in d["schedules"]
        )
        lr = d["last_run"]
        rows.append(
            [
                d["name"],
                d["description"],
                scheds or "-",
                f"{lr['status']} {fmt_time(lr['created_at'])}" if lr else "never",
            ]
        )
    rows += [["broken", f"{b['where']}: {b['error']}", "-", "-"] for b in broken]
    print_table(["bot", "description", "schedules", "last run"], rows, keep=(0,))


@app.command()
def describe(
    name: BotName,
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """A bot's parameters (type, default, allowed values, help), the credentials it needs
    (set or missing), tags, schedules, retries, timeout and what it saves."""
    from robot_lib.errors import ConfigError
    from robot_lib.runtime.registry import get_spec
    from robot_lib.runtime.vault import sources
    from robot_lib.scheduling.schedules import load_schedules

    try:
        spec = get_spec(name)
    except ConfigError as exc:
        fail(str(exc))
        return
    names = spec.all_credentials
    found = sources(names)
    schedules, _ = load_schedules()
    doc: dict[str, Any] = {
        "name": spec.name,
        "description": spec.description,
        "file": spec.file,
        "params": [
            {
                "name": p.name,
                "type": p.type_name.replace("datetime.", "").replace("pathlib.", ""),
                "expected": p.expected,
                "required": p.required,
                "default": None if p.required else _plain(p.default),
                "choices": list(p.choices),
                "help": p.help,
            }
            for p in spec.params
        ],
        "credentials": [
            {
                "name": c,
                "set": found[c] != "missing",
                "source": found[c],
                "required": c in spec.credentials,
            }
            for c in names
        ],
        "tags": list(spec.tags),
        "schedules": [
            {"id": s.id, "enabled": s.enabled, "where": s.where}
            for s in schedules
            if s.bot == spec.name
        ],
        "retries": spec.retries,
        "timeout_s": spec.timeout,
        "breaker": spec.breaker,
        "notify_on": list(spec.notify_on) if spec.notify_on is not None else None,
        "manual_minutes": spec.manual_minutes,
    }
    if as_json:
        print_json(doc)
        return
    print(f"{spec.name}: {spec.description}")
    print(f"  file {spec.file}")
    print(
        f"  retries {spec.retries}, timeout {spec.timeout or 'none'} s, breaker {spec.breaker}"
        + (f", a person needs {spec.manual_minutes:g} min per item" if spec.manual_minutes else "")
    )
    print_table(
        ["parameter", "type", "default", "help"],
        [
            [
                p["name"],
                ("one of: " + ", ".join(p["choices"])) if p["choices"] else p["type"],
                "(required)" if p["required"] else repr(p["default"]),
                p["help"],
            ]
            for p in doc["params"]
        ],
        keep=(0,),
    )
    for c in doc["credentials"]:
        if c["set"]:
            print(f"  credential {c['name']}: set ({c['source']})")
        else:
            print(
                f"  credential {c['name']}: {'MISSING' if c['required'] else 'not set (optional)'}"
            )
    print(f"  tags: {', '.join(spec.tags) or '-'}")
    scheds = ", ".join(s["id"] + ("" if s["enabled"] else " (disabled)") for s in doc["schedules"])
    print(f"  schedules: {scheds or '-'}")
    print(f"  run it: bots run {spec.name} -p NAME=VALUE ...")


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value.value) if hasattr(value, "value") else str(value)


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
