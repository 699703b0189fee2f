"""The review queue with the real invoice bot, portal and ledger: an invoice whose totals do
not add up waits as a task; a wrong correction is refused and the task stays open; the right
one enters it in the portal and the ledger exactly once; reject and retry; every decision in
the audit log."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from demo.sample_invoices import generate_invoices
from robot_lib import excel
from robot_lib.runtime.store import Store
from tests.bots.conftest import run_bot, tagged
from tests.conftest import run_cli

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _inbox_with(home: Path, tmp_path: Path, names: list[str]) -> Path:
    sample = tmp_path / "sample"
    generate_invoices(sample, count=1, seed=3, bad=True, tag=tagged(tmp_path))
    inbox = home / "inbox" / "invoices"
    inbox.mkdir(parents=True)
    for name in names:
        (inbox / name).write_bytes((sample / name).read_bytes())
    return inbox


def _tasks(*args: str) -> list[dict[str, Any]]:
    code, out = run_cli("review", "list", "--json", *args)
    assert code == 0, out
    return list(json.loads(out))


def _in_portal(portal: Any, number: str) -> int:
    return sum(1 for i in portal.api("invoices") if i["invoice_number"] == number)


def test_a_corrected_invoice_is_entered_once_and_a_wrong_correction_refused(
    bots_env: Any, home: Path, tmp_path: Path
) -> None:
    inbox = _inbox_with(home, tmp_path, ["bad_totals.pdf"])
    run = run_bot("invoice_processing")
    assert (run.status, run.items_review) == ("succeeded", 1), run.output
    (task,) = _tasks("--bot", "invoice_processing")
    assert task["title"] == "bad_totals.pdf" and "gross total" in task["reason"]
    code, shown = run_cli("review", "show", str(task["id"]), "--json")
    data = json.loads(shown)["data"]
    fields = data["fields"]
    # where each value is printed, and what the lines add up to, kept for the station
    assert data["lines_total"] == fields["net_total"]
    page, x0, top, x1, bottom = data["boxes"]["gross_total"]
    assert page == 0 and x0 < x1 and top < bottom
    number, right = (
        fields["invoice_number"],
        Decimal(fields["net_total"]) + Decimal(fields["tax_total"]),
    )
    # a correction that still does not add up: refused, nothing entered, the task stays open
    code, out = run_cli("review", "approve", str(task["id"]), "--set", "gross_total=1.00")
    assert code == 1 and "still open" in out
    (still,) = _tasks()
    assert still["id"] == task["id"] and "the gross total is 1.00" in still["reason"]
    assert _in_portal(bots_env, number) == 0
    code, out = run_cli("review", "approve", str(task["id"]), "--set", f"gross_total={right}")
    assert code == 0, out
    assert f"task {task['id']}: approved by" in out
    assert _in_portal(bots_env, number) == 1
    rows = excel.read_records(home / "output" / "invoices.xlsx", sheet="Invoices")
    assert [(str(r["Invoice Number"]), f"{r['Gross']:.2f}") for r in rows] == [
        (number, f"{right:.2f}")
    ]
    assert list((inbox / "processed").rglob("bad_totals.pdf"))
    assert not list((inbox / "review").glob("bad_totals*"))  # the PDF and its reason file
    assert _tasks() == []
    code, out = run_cli("review", "approve", str(task["id"]))  # twice: refused
    assert code != 0 and "no open review task" in out
    assert _in_portal(bots_env, number) == 1
    last = Store().list_runs(bot="invoice_processing", limit=1)[0]
    assert last.trigger == "review"
    (item,) = [i for i in Store().get_items(last.id) if i["status"] == "done"]
    assert item["message"].startswith("reviewed by ")
    actions = [e["action"] for e in json.loads(run_cli("audit", "--json")[1])]
    assert actions[:2] == ["approve review", "approve review"]


def test_a_person_supplies_the_currency_a_page_never_prints(
    bots_env: Any, home: Path, tmp_path: Path
) -> None:
    # a US accounting invoice: no '$' or 'USD' anywhere, shipping printed after the sales tax
    from tests.invoice_pdflib import invoice

    sheet, truth = invoice("en-US", "boxed", 1)
    inbox = home / "inbox" / "invoices"
    inbox.mkdir(parents=True)
    sheet.save(inbox / "lakeshore.pdf")
    run = run_bot("invoice_processing")
    assert (run.status, run.items_review) == ("succeeded", 1), run.output
    (task,) = _tasks()
    assert "currency not found" in task["reason"]
    shipping = Decimal(truth["gross_total"]) - Decimal(truth["net_total"])
    shipping -= Decimal(truth["tax_total"])
    # the person sees the shipping between the tax and the total beside the totals
    code, out = run_cli("review", "show", str(task["id"]), "--json")
    assert code == 0 and Decimal(json.loads(out)["data"]["fields"]["charges"]) == shipping
    # and may say there is none: then the total does not add up, and nothing is entered
    tid = str(task["id"])
    code, out = run_cli("review", "approve", tid, "--set", "currency=USD", "--set", "charges=0")
    assert code != 0 and "but the gross total is" in out, out
    assert _in_portal(bots_env, truth["invoice_number"]) == 0
    # charges that are not an amount are refused by name
    code, out = run_cli("review", "approve", tid, "--set", "currency=USD", "--set", "charges=x")
    assert code != 0 and "charges" in out, out
    # the shipping still counts once a person set the currency (and the shipping as printed)
    code, out = run_cli(
        "review", "approve", tid, "--set", "currency=USD", "--set", f"charges=${shipping:,}"
    )
    assert code == 0, out
    (entered,) = [
        i for i in bots_env.api("invoices") if i["invoice_number"] == truth["invoice_number"]
    ]
    assert Decimal(entered["charges"]) == shipping
    rows = excel.read_records(home / "output" / "invoices.xlsx", sheet="Invoices")
    assert [f"{r['Gross']:.2f}" for r in rows] == [truth["gross_total"]]


def test_reject_sets_the_invoice_aside_and_retry_reads_it_again(
    bots_env: Any, home: Path, tmp_path: Path
) -> None:
    inbox = _inbox_with(home, tmp_path, ["bad_totals.pdf", "bad_empty.pdf"])
    run = run_bot("invoice_processing")
    assert run.items_review == 2, run.output
    by_title = {t["title"]: t for t in _tasks()}
    code, out = run_cli("review", "reject", str(by_title["bad_empty.pdf"]["id"]))
    assert code != 0 and "--reason" in out  # a rejection says why
    code, out = run_cli(
        "review", "reject", str(by_title["bad_empty.pdf"]["id"]), "--reason", "sent by mistake"
    )
    assert code == 0, out
    assert (inbox / "rejected" / "bad_empty.pdf").exists()
    reason = json.loads((inbox / "rejected" / "bad_empty.reason.json").read_text())
    assert "sent by mistake" in reason["reasons"][0]
    code, out = run_cli("review", "retry", str(by_title["bad_totals.pdf"]["id"]))
    # read again unchanged: still wrong, so back in review and the task still open
    assert code == 1 and "still open" in out
    assert (inbox / "review" / "bad_totals.pdf").exists()
    assert [t["title"] for t in _tasks()] == ["bad_totals.pdf"]


def test_a_data_entry_row_corrected_by_a_person_is_typed_once(
    bots_env: Any, home: Path, tmp_path: Path
) -> None:
    from demo.sample_customers import write_customers

    wb = write_customers(tmp_path / "c.xlsx", rows=12, seed=303, tag=tagged(tmp_path))
    run = run_bot("data_entry", {"workbook": str(wb)})
    assert run.items_review >= 3, run.output
    (task,) = [t for t in _tasks("--bot", "data_entry") if "Last Name is empty" in t["reason"]]
    email = task["key"]
    assert not [c for c in bots_env.api("customers") if c["email"] == email]
    code, out = run_cli("review", "approve", str(task["id"]), "--set", "Last Name=Okafor")
    assert code == 0, out
    entered = [c for c in bots_env.api("customers") if c["email"] == email]
    assert len(entered) == 1 and entered[0]["last_name"] == "Okafor"
    assert task["id"] not in [t["id"] for t in _tasks()]
    last = Store().list_runs(limit=1)[0]  # the correction is in no run record
    assert last.trigger == "review" and "Okafor" not in json.dumps(
        Store().get_items(last.id), default=str
    )
