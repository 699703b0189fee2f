"""Print the invoices of :mod:`tests.invoice_tryton` with Tryton itself: run by a Python that
has ``trytond_account_invoice`` 7.0 and ``proteus`` installed, as ``python render.py IN.json
OUT.pdf ...``, with LibreOffice's ``soffice`` on the PATH (Tryton prints through it).

Each IN.json names a firm (its name, address, VAT number and the lines it has Tryton print in
its reports' header and footer), its taxes, its invoice sequence, a customer and what the
customer bought. This activates Tryton's invoicing on a new in-memory SQLite database and loads
the languages' translations, then keeps each firm's books as a Tryton user does: the company,
its chart of accounts (Tryton's minimal one), a fiscal year with the invoice sequence, the
taxes, the payment term, the customer, the products; the invoice is entered, posted and printed
with Tryton's own invoice report (``account_invoice/invoice.fodt``, filled by relatorio,
converted to PDF by LibreOffice as Tryton converts a report whose format is PDF)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("DB_NAME", ":memory:")
os.environ.setdefault("TRYTOND_DATABASE__URI", "sqlite://")

from proteus import Model, Report  # noqa: E402
from trytond.exceptions import UserWarning  # noqa: E402
from trytond.modules.account.tests.tools import create_chart, get_accounts  # noqa: E402
from trytond.modules.company.tests.tools import create_company  # noqa: E402
from trytond.tests.tools import activate_modules, set_user  # noqa: E402

LANGUAGES = ["de", "es", "fr", "it", "nl", "pl", "pt"]


def _setup() -> Any:
    config = activate_modules(["account_invoice"])
    lang = Model.get("ir.lang")
    lang.click(lang.find([("code", "in", LANGUAGES)]), "load_translations")
    action = Model.get("ir.action.report")
    (report,) = action.find([("report_name", "=", "account.invoice")])
    report.extension = "pdf"  # the format a firm chooses for its invoice report
    report.save()
    return config


def _record(model: str, code: str, **values: Any) -> Any:
    """The record of *model* with that code (a country, a subdivision, a currency), made with
    *values* the first time it is needed."""
    found = Model.get(model).find([("code", "=", code)])
    if found:
        return found[0]
    record = Model.get(model)(code=code, **values)
    record.save()
    return record


def _party(who: dict[str, Any], lang: Any) -> Any:
    party = Model.get("party.party")(name=who["name"], lang=lang)
    address = party.addresses[0]
    address.street = who["street"]
    address.postal_code = who["postal_code"]
    address.city = who["city"]
    code, name = who["country"]
    address.country = _record("country.country", code, name=name)
    if who.get("state"):
        code, name = who["state"]
        address.subdivision = _record(
            "country.subdivision", code, country=address.country, name=name, type="state"
        )
    if who.get("vat"):
        identifier = party.identifiers.new()
        identifier.type = "eu_vat"
        identifier.code = who["vat"]
    party.save()
    return party


def _books(job: dict[str, Any], config: Any) -> dict[str, Any]:
    """The firm's company and its books in Tryton, as its accountant sets them up: once per
    firm, its user then working in that company."""
    (lang,) = Model.get("ir.lang").find([("code", "=", job["lang"])])
    firm = job["firm"]
    currency = _record(
        "currency.currency",
        job["currency"],
        name=job["currency"],
        symbol=job["symbol"],
        rounding=Decimal("0.01"),
        digits=2,
    )
    create_company(_party(firm, lang), currency)
    (company,) = Model.get("company.company").find([("party.name", "=", firm["name"])])
    company.header = firm["header"]
    company.footer = firm["footer"]
    company.save()
    user = Model.get("res.user")(config.user)
    user.companies.append(company)
    user.company = company
    user.save()
    set_user(config.user, config)
    year = int(job["date"][:4])
    sequence = Model.get("ir.sequence.strict")
    (kind,) = Model.get("ir.sequence.type").find([("name", "=", "Invoice")], limit=1)
    numbers = sequence(
        name=f"{firm['name']} {year}",
        sequence_type=kind,
        company=company,
        prefix=job["prefix"],
        padding=job["padding"],
        suffix=job["suffix"],
    )
    numbers.save()
    (account_kind,) = Model.get("ir.sequence.type").find([("name", "=", "Account Move")], limit=1)
    moves = Model.get("ir.sequence")(
        name=f"moves {year}", sequence_type=account_kind, company=company
    )
    moves.save()
    fiscalyear = Model.get("account.fiscalyear")(
        name=f"{firm['name']} {year}",
        start_date=dt.date(year, 1, 1),
        end_date=dt.date(year, 12, 31),
        company=company,
        post_move_sequence=moves,
    )
    (seq,) = fiscalyear.invoice_sequences
    for name in ("out_invoice", "in_invoice", "out_credit_note", "in_credit_note"):
        setattr(seq, f"{name}_sequence", numbers)
    fiscalyear.save()
    fiscalyear.click("create_period")
    create_chart(company)
    accounts = get_accounts(company)
    category = Model.get("product.category")(name="Goods and services", accounting=True)
    category.account_revenue = accounts["revenue"]
    category.account_expense = accounts["expense"]
    category.save()
    return {
        "company": company,
        "accounts": accounts,
        "lang": lang,
        "numbers": numbers,
        "category": category,
        "taxes": {},
    }


def _tax(tax: dict[str, str], books: dict[str, Any]) -> Any:
    """The firm's tax of that name, made the first time an invoice needs it."""
    if tax["name"] not in books["taxes"]:
        record = Model.get("account.tax")(
            name=tax["name"],
            description=tax["name"],
            type="percentage",
            rate=Decimal(tax["rate"]),
            invoice_account=books["accounts"]["tax"],
            credit_note_account=books["accounts"]["tax"],
            legal_notice=tax.get("notice"),
        )
        record.save()
        books["taxes"][tax["name"]] = record
    return books["taxes"][tax["name"]]


def _invoice(job: dict[str, Any], books: dict[str, Any]) -> Any:
    numbers = books["numbers"]
    numbers.number_next = job["next"]  # where the firm's numbering stands
    numbers.save()
    term = Model.get("account.invoice.payment_term")(
        name=job["term"]["name"], description=job["term"]["name"]
    )
    line = term.lines.new(type="remainder")
    if job["term"]["days"]:
        line.relativedeltas.new(days=job["term"]["days"])
    term.save()
    customer = _party(job["customer"], books["lang"])
    invoice = Model.get("account.invoice")(type="out", party=customer, payment_term=term)
    invoice.invoice_date = dt.date.fromisoformat(job["date"])
    invoice.reference = job.get("reference")
    invoice.description = job.get("description")
    for item in job["lines"]:
        (unit,) = Model.get("product.uom").find([("name", "=", item["unit"])])
        template = Model.get("product.template")(
            name=item["name"], default_uom=unit, type="service", list_price=Decimal(item["price"])
        )
        template.account_category = books["category"]
        template.save()
        line = invoice.lines.new()
        line.product = template.products[0]
        line.quantity = float(item["quantity"]) if unit.digits else int(item["quantity"])
        line.unit_price = Decimal(item["price"])
        line.taxes.clear()
        line.taxes.append(Model.get("account.tax")(_tax(job["taxes"][item["tax"]], books).id))
    invoice.save()
    try:
        invoice.click("post")
    except UserWarning as warning:  # a due date in the past: the user answers 'yes', as in the
        # client, and posts again
        Model.get("res.user.warning")(user=invoice._config.user, name=warning.name).save()
        invoice.click("post")
    return invoice


def main(pairs: list[str]) -> None:
    config = _setup()
    report = Report("account.invoice")
    firms: dict[str, dict[str, Any]] = {}
    for src, out in zip(pairs[::2], pairs[1::2], strict=True):
        job = json.loads(Path(src).read_text(encoding="utf-8"))
        name = job["firm"]["name"]
        if name not in firms:
            firms[name] = _books(job, config)
        books = firms[name]
        invoice = _invoice(job, books)
        want = (job["number"], job["net"], job["tax"], job["gross"])
        got = (
            invoice.number,
            f"{invoice.untaxed_amount:.2f}",
            f"{invoice.tax_amount:.2f}",
            f"{invoice.total_amount:.2f}",
        )
        if got != want:
            raise SystemExit(f"{src}: Tryton's invoice {got} is not {want}")
        ext, content, _print, _name = report.execute([invoice], {})
        if ext != "pdf":
            raise SystemExit(f"{src}: Tryton printed {ext}, not a PDF (is soffice installed?)")
        Path(out).write_bytes(content)


if __name__ == "__main__":
    main(sys.argv[1:])
