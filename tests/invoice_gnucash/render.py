"""Print the invoices of :mod:`tests.invoice_gnucash` with GnuCash itself: run by Debian's
``/usr/bin/python3`` (it has GnuCash's Python bindings), as ``python3 render.py IN.json
OUT.pdf ...``. Each IN.json names a company, a customer and an invoice's entries; this keeps
them in a new GnuCash book as a firm does, posts the invoice, has ``gnucash-cli`` run the
chosen invoice report on it (in the job's locale, on the day it is printed) and prints the
report's HTML to PDF with Chromium."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

from gnucash import Account, GncNumeric, Session, SessionOpenMode
from gnucash.gnucash_business import Customer, Entry, Invoice, TaxTable, TaxTableEntry
from gnucash.gnucash_core_c import (
    ACCT_TYPE_ASSET,
    ACCT_TYPE_INCOME,
    ACCT_TYPE_LIABILITY,
    ACCT_TYPE_RECEIVABLE,
    GNC_AMT_TYPE_PERCENT,
    GNC_DISC_PRETAX,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run alone, by the product's Python
from tests.chromium_pdf import print_html  # noqa: E402


def _numeric(text: str) -> GncNumeric:
    value = Decimal(text)
    scale = 10 ** max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    return GncNumeric(int(value * scale), scale)


def _book(job: dict[str, Any], path: Path) -> str:
    """Keep the job's invoice in a new book at *path*; the invoice's GUID."""
    session = Session(f"xml://{path}", SessionOpenMode.SESSION_NEW_STORE)
    book = session.book
    money = book.get_table().lookup("CURRENCY", job["currency"])

    def account(parent: Any, name: str, kind: int) -> Any:
        a = Account(book)
        parent.append_child(a)
        a.SetName(name)
        a.SetType(kind)
        a.SetCommodity(money)
        return a

    root = book.get_root_account()
    receivable = account(
        account(root, "Assets", ACCT_TYPE_ASSET), "Receivable", ACCT_TYPE_RECEIVABLE
    )
    income = account(root, "Income", ACCT_TYPE_INCOME)
    vat = account(account(root, "Liabilities", ACCT_TYPE_LIABILITY), "Tax", ACCT_TYPE_LIABILITY)
    customer = Customer(book, "C0001", money, job["buyer"]["name"])
    address = customer.GetAddr()
    address.SetName(job["buyer"]["name"])
    for n, line in enumerate(job["buyer"]["address"].split("\n")):
        getattr(address, f"SetAddr{n + 1}")(line)
    tables: dict[str, Any] = {}
    inv = Invoice(book, job["number"], money, customer)
    if job.get("credit_note"):  # a credit note: GnuCash titles it so and prints its amounts
        inv.SetIsCreditNote(True)
    issued = dt.datetime.fromisoformat(job["issued"]).replace(hour=10)
    for line in job["lines"]:
        rate = line["rate"]
        if rate not in tables:
            tables[rate] = TaxTable(book, f"Tax {rate}", TaxTableEntry(vat, True, _numeric(rate)))
        e = Entry(book, inv)
        e.SetDate(issued)
        e.SetDateEntered(issued)
        e.SetDescription(line["description"])
        e.SetQuantity(_numeric(line["quantity"]))
        e.SetInvAccount(income)
        e.SetInvPrice(_numeric(line["price"]))
        e.SetInvTaxTable(tables[rate])
        e.SetInvTaxIncluded(False)
        e.SetInvTaxable(True)
        if line["discount"] != "0":
            e.SetInvDiscountType(GNC_AMT_TYPE_PERCENT)
            e.SetInvDiscountHow(GNC_DISC_PRETAX)
            e.SetInvDiscount(_numeric(line["discount"]))
    due = dt.datetime.fromisoformat(job["due"]).replace(hour=10)
    inv.PostToAccount(receivable, issued, due, "", True, False)
    if job.get("paid"):  # a payment received into the bank account
        bank = account(root, "Bank", ACCT_TYPE_ASSET)
        on = dt.datetime.fromisoformat(job["paid_on"]).replace(hour=10)
        inv.ApplyPayment(None, bank, _numeric(job["paid"]), GncNumeric(1), on, "", "")
    for got, want in (
        (inv.GetTotalSubtotal(), job["net"]),
        (inv.GetTotalTax(), job["tax"]),
        (inv.GetTotal(), job["gross"]),
    ):
        value = Decimal(got.num()) / Decimal(got.denom())
        if abs(value) != Decimal(want):  # (a credit note's totals are negative in the book)
            raise SystemExit(f"{job['number']}: GnuCash computes {value}, not {want}")
    session.save()
    session.end()
    return str(re.search(r'<invoice:guid type="guid">([0-9a-f]+)<', _text(path)).group(1))  # type: ignore[union-attr]


def _text(path: Path) -> str:
    raw = path.read_bytes()
    return (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw).decode("utf-8")


def _company(path: Path, seller: dict[str, str]) -> None:
    """The company's details, as GnuCash keeps them: the book's options, 'Business' section."""
    keys = {
        "Company Name": "name",
        "Company Address": "address",
        "Company ID": "id",
        "Company Phone Number": "phone",
        "Company Email Address": "email",
        "Company Website URL": "url",
    }
    slots = "".join(
        f"<slot><slot:key>{k}</slot:key>"
        f'<slot:value type="string">{escape(seller[v])}</slot:value></slot>'
        for k, v in keys.items()
    )
    frame = (
        '<book:slots><slot><slot:key>options</slot:key><slot:value type="frame">'
        '<slot><slot:key>Business</slot:key><slot:value type="frame">'
        f"{slots}</slot:value></slot></slot:value></slot></book:slots>"
    )
    text = re.sub(
        r'(<book:id type="guid">[0-9a-f]+</book:id>)',
        lambda m: m.group(1) + "\n" + frame,
        _text(path),
        count=1,
    )
    path.write_text(text, encoding="utf-8")


def _report(job: dict[str, Any], guid: str, home: Path) -> None:
    """A saved report that runs the job's invoice report on the job's invoice."""
    name, template = job["report"]
    data = home / "data"
    data.mkdir(exist_ok=True)
    (data / "saved-reports-2.8").write_text(
        f"""(gnc:define-report 'version 1 'name "Job" 'report-guid
 "0a1b2c3d4e5f60718293a4b5c6d7e8f9" 'parent-type "{template}"
 'options-generator (lambda ()
   (let ((options (gnc:report-template-new-options/report-guid "{template}" "{name}")))
     ((gnc:option-setter (gnc:lookup-option options "General" "Invoice Number")) "{guid}")
     options))
 'menu-path (list gnc:menuname-custom))
""",
        encoding="utf-8",
    )


def main(args: list[str]) -> None:
    for src, out in zip(args[::2], args[1::2], strict=True):
        job = json.loads(Path(src).read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp)
            book = home / "book.gnucash"
            guid = _book(job, book)
            _company(book, job["seller"])
            _report(job, guid, home)
            env = dict(
                os.environ,
                HOME=str(home),
                GNC_DATA_HOME=str(home / "data"),
                LANG=job["locale"],
                LC_ALL=job["locale"],
            )
            html = home / "invoice.html"
            subprocess.run(
                ["faketime", f"{job['printed']} 11:00:00", "gnucash-cli", "--report", "run",
                 "--name", "Job", "--output-file", str(html), str(book)],
                env=env, check=True, capture_output=True, timeout=120,
            )  # fmt: skip
            if not html.exists():
                raise SystemExit(f"{src}: GnuCash wrote no report")
            print_html(html, out, f"--user-data-dir={home / 'chromium'}")


if __name__ == "__main__":
    main(sys.argv[1:])
