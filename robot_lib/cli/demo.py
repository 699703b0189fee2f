"""``bots portal``, ``bots demo``, ``bots demo data``: the demo portal and the end-to-end demo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from robot_lib.cli.app import (
    app,
    demo_app,
)

if TYPE_CHECKING:
    pass


@app.command()
def portal(
    port: Annotated[int, typer.Option(help="port on 127.0.0.1")] = 8765,
    latency_ms: Annotated[int, typer.Option(help="added latency per request")] = 0,
    error_rate: Annotated[float, typer.Option(help="share of random 500 answers")] = 0.0,
    report_delay: Annotated[str, typer.Option(help="how long a report takes")] = "3s",
    session_ttl: Annotated[str, typer.Option(help="session lifetime")] = "10m",
) -> None:
    """Start the demo back-office portal on 127.0.0.1."""
    from demo.portal.app import PortalSettings, serve
    from robot_lib.config import parse_duration

    settings = PortalSettings(
        latency_ms=latency_ms,
        error_rate=error_rate,
        report_delay=parse_duration(report_delay) or 0.0,
        session_ttl=parse_duration(session_ttl) or 600.0,
    )
    print(f"demo portal on http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    serve(settings, port=port)


@demo_app.callback(invoke_without_command=True)
def demo(
    ctx: typer.Context,
    chaos: Annotated[float, typer.Option(help="share of random portal errors, e.g. 0.2")] = 0.0,
) -> None:
    """Run every bot end to end against the demo portal on fresh sample data."""
    if ctx.invoked_subcommand is not None:
        return
    from demo.run_demo import run_demo

    raise typer.Exit(run_demo(chaos=chaos))


@demo_app.command("data")
def demo_data(
    out: Annotated[Path | None, typer.Option(help="folder (default $BOTS_HOME/sample)")] = None,
    rows: Annotated[int, typer.Option(help="customer rows")] = 50,
    count: Annotated[int, typer.Option(help="invoices per vendor")] = 2,
    seed: Annotated[int, typer.Option(help="random seed")] = 7,
    inbox: Annotated[
        bool,
        typer.Option(
            "--inbox",
            help="also copy it where the bots read by default: $BOTS_HOME/inbox/invoices "
            "and $BOTS_HOME/inbox/customers.xlsx",
        ),
    ] = False,
) -> None:
    """Generate sample invoices (PDF + ground truth), bad documents and a customers workbook."""
    from demo.sample_data import generate
    from robot_lib.config import bots_home

    if inbox and out is None:
        from demo.run_demo import prepare_inboxes

        summary = prepare_inboxes(bots_home(), rows=rows, count=count, seed=seed)
    else:
        folder = out or bots_home() / "sample"
        summary = generate(folder, rows=rows, count=count, seed=seed)
    for k, v in summary.items():
        print(f"{k}: {v}")
