"""``bots demo`` / ``make demo``: every bot end to end against the demo portal, on fresh
sample data, with a summary of what happened and where the results are."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

DEMO_CREDENTIALS = {
    "PORTAL_USERNAME": "demo",
    "PORTAL_PASSWORD": "demo-password-123",
    "PORTAL_API_TOKEN": "demo-api-token",
}


def prepare_inboxes(home: Path, rows: int = 50, count: int = 2, seed: int = 7) -> dict[str, Any]:
    """Sample data in ``home/sample`` and copies of it in the bots' default inboxes."""
    from demo.sample_data import generate

    summary = generate(home / "sample", rows=rows, count=count, seed=seed)
    inbox = home / "inbox" / "invoices"
    inbox.mkdir(parents=True, exist_ok=True)
    for pdf in sorted((home / "sample" / "invoices").glob("*.pdf")):
        shutil.copy2(pdf, inbox / pdf.name)
    shutil.copy2(home / "sample" / "customers.xlsx", home / "inbox" / "customers.xlsx")
    summary["invoice inbox (what invoice_processing reads)"] = str(inbox)
    summary["customers (what data_entry reads)"] = str(home / "inbox" / "customers.xlsx")
    return summary


def run_demo(chaos: float = 0.0, home: Path | None = None) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from demo.portal.app import PortalServer, PortalSettings
    from robot_lib import config
    from robot_lib.runtime.runner import Runner
    from robot_lib.runtime.store import Store

    console = Console() if sys.stdout.isatty() else Console(width=150)
    home = (home or config.bots_home() / "demo").resolve()
    if home.exists():  # the demo's own folder: keep the last one, start fresh
        previous = home.with_name(home.name + ".previous")
        if previous.exists():
            shutil.rmtree(previous)
        home.rename(previous)
    home.mkdir(parents=True)
    os.environ["BOTS_HOME"] = str(home)
    for k, v in DEMO_CREDENTIALS.items():
        os.environ.setdefault(k, v)
    console.rule("[bold]backoffice-bots demo")
    console.print(f"working folder: {home}")
    data = prepare_inboxes(home)
    console.print(
        f"sample data: {data['invoices']} invoices from 7 vendors + "
        f"{data['bad documents']} bad documents; {data['customer rows']} customer rows"
    )

    settings = PortalSettings(
        db_path=home / "portal" / "portal.db",
        report_delay=1.0,
        error_rate=chaos,
        username=os.environ["PORTAL_USERNAME"],
        password=os.environ["PORTAL_PASSWORD"],
    )
    results = []
    with PortalServer(settings) as portal:
        os.environ["PORTAL_URL"] = portal.url
        console.print(
            f"demo portal: {portal.url}  (user {settings.username})"
            + (f", {chaos:.0%} random server errors" if chaos else "")
        )

        def show(line: str) -> None:
            if " DEBUG " not in line:
                console.print(Text.from_ansi(line.rstrip("\n")), highlight=False)

        runner = Runner(Store(), on_line=show)
        for name, params in (
            ("invoice_processing", {}),
            ("data_entry", {}),
            ("report_download", {"period": "last-month", "formats": "xlsx,csv,pdf"}),
        ):
            console.rule(f"[bold]{name}")
            results.append(runner.run(name, params))
        entered = {k: len(portal.api(k)) for k in ("invoices", "customers", "reports")}

    console.rule("[bold]what happened")
    table = Table("bot", "status", "done", "review", "failed", "skipped", "seconds")
    for r in results:
        table.add_row(
            r.bot,
            r.status,
            str(r.items_done),
            str(r.items_review),
            str(r.items_failed),
            str(r.items_skipped),
            f"{r.duration or 0:.1f}",
        )
    console.print(table)
    for r in results:
        console.print(
            f"  {r.bot} run report: {Path(r.run_dir or '') / 'report.html'}", highlight=False
        )
    console.print(
        f"portal now holds {entered['invoices']} invoices, {entered['customers']} "
        f"customers, {entered['reports']} report jobs (incl. its seed data)"
    )
    console.print("[bold]where the results are[/bold]")
    for label, path in (
        ("invoice ledger", home / "output" / "invoices.xlsx"),
        ("processed invoices", home / "inbox" / "invoices" / "processed"),
        ("invoices to review (+ .reason.json)", home / "inbox" / "invoices" / "review"),
        ("data entry results", home / "inbox" / "customers.result.xlsx"),
        ("downloaded reports", home / "reports"),
        ("run history", home / "bots.db"),
    ):
        console.print(f"  {label:<38} {path}", highlight=False)
    console.print(f"  see the runs again: BOTS_HOME={home} .venv/bin/bots runs", highlight=False)
    login = _demo_console_user()
    console.print("[bold]the web console[/bold]")
    console.print(
        f"  BOTS_HOME={home} .venv/bin/bots web   then open http://127.0.0.1:8780/ "
        f"and sign in as {login[0]} / {login[1]}",
        highlight=False,
    )
    ok = all(r.status in ("succeeded", "partial") for r in results)
    if not ok:
        console.print("[red]a bot failed: see its report.html[/red]")
    return 0 if ok else 1


DEMO_USER = ("demo", "demo-console-password")  # the demo's own history only


def _demo_console_user() -> tuple[str, str]:
    """An operator for the demo's console, made once in the demo's run history."""
    from robot_lib.console.auth import add_user, list_users
    from robot_lib.runtime.store import Store

    store = Store()
    if not any(u["name"] == DEMO_USER[0] for u in list_users(store)):
        add_user(store, DEMO_USER[0], DEMO_USER[1], "operator")
    return DEMO_USER


if __name__ == "__main__":
    sys.exit(run_demo())
