"""Print the invoices of :mod:`tests.invoice_pretix` with pretix itself: run by a Python that
has ``pretix`` installed (not the project's), as ``python render.py IN.json OUT.pdf ...``.
Each IN.json names an organizer, an event, an order and its invoice's values; pretix builds
the invoice from the order as its shop does and its own renderer prints it."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ["DJANGO_SETTINGS_MODULE"] = "pretix.testutils.settings"


def _at(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=12, tzinfo=dt.UTC)


def _print(job: dict[str, Any], n: int) -> bytes:
    from django.db import transaction
    from django_countries.fields import Country
    from django_scopes import scopes_disabled
    from pretix.base.i18n import language
    from pretix.base.models import (
        Event,
        InvoiceAddress,
        Item,
        Order,
        OrderFee,
        OrderPosition,
        Organizer,
    )
    from pretix.base.services.invoices import generate_invoice

    s, b = job["seller"], job["buyer"]
    with scopes_disabled(), transaction.atomic():
        org = Organizer.objects.create(name=s["name"], slug=f"org{n}")
        ev = Event.objects.create(
            organizer=org,
            name=job["event"],
            slug="ev",
            currency=job["currency"],
            date_from=_at(job["event_day"]),
            plugins="pretix.plugins.banktransfer",
        )
        for key, value in {
            "invoice_renderer": job["renderer"],
            "locale": job["locale"],
            "invoice_language": job["locale"],
            "invoice_address_from_name": s["name"],
            "invoice_address_from": s["street"],
            "invoice_address_from_zipcode": s["zipcode"],
            "invoice_address_from_city": s["city"],
            "invoice_address_from_country": s["country"],
            "invoice_address_from_vat_id": s["vat_id"],
            "invoice_address_from_tax_id": s.get("tax_id", ""),
            "invoice_numbers_prefix": job["prefix"],
            "invoice_include_expire_date": True,
            "invoice_footer_text": job["footer"],
            "invoice_introductory_text": job.get("intro", ""),
        }.items():
            ev.settings.set(key, value)
        ev.settings.set("invoice_show_payments", True)
        rc = bool(job.get("reverse_charge"))
        rules = [
            ev.tax_rules.create(
                rate=Decimal(r["rate"]),
                name=r["name"],
                default=i == 0,
                eu_reverse_charge=rc,
                home_country=Country(s["country"]) if rc else "",
            )
            for i, r in enumerate(job["rates"])
        ]
        paid = job["due"] is None
        order = Order.objects.create(
            event=ev,
            email="orders@example.org",
            status=Order.STATUS_PAID if paid else Order.STATUS_PENDING,
            datetime=_at(job["issued"]),
            expires=_at(job["due"] or job["issued"]),
            total=Decimal(job["gross"]),
            locale=job["locale"],
            sales_channel=org.sales_channels.get(identifier="web"),
        )
        address = InvoiceAddress.objects.create(
            order=order,
            company=b["company"],
            name_parts={"_scheme": "full", "full_name": b["name"]},
            street=b["street"],
            zipcode=b["zipcode"],
            city=b["city"],
            country=Country(b["country"]),
            is_business=bool(b["company"]),
            vat_id=b.get("vat_id", ""),
            vat_id_validated=bool(b.get("vat_id")),
        )
        pid = 0
        for line in job["lines"]:
            item = Item.objects.create(
                event=ev,
                name=line["name"],
                default_price=Decimal(line["price"]),
                tax_rule=rules[line["rate"]],
            )
            for _ in range(line["count"]):
                pid += 1
                pos = OrderPosition(order=order, item=item, price=Decimal(line["price"]))
                pos.positionid = pid
                pos._calculate_tax(tax_rule=rules[line["rate"]], invoice_address=address)
                pos.save()
        if job["fee"]:
            fee = OrderFee(
                order=order,
                fee_type=job["fee"]["type"],
                value=Decimal(job["fee"]["value"]),
                tax_rule=rules[job["fee"]["rate"]],
            )
            fee._calculate_tax(tax_rule=rules[job["fee"]["rate"]], invoice_address=address)
            fee.save()
        order.create_transactions()
        received = Decimal(job.get("received") or 0)
        if received:  # part paid: the rest still asked for
            order.payments.create(provider="banktransfer", state="confirmed", amount=received)
        order.payments.create(
            provider="banktransfer",
            state="confirmed" if paid else "created",
            amount=order.total - received,
        )
        inv = generate_invoice(order, trigger_pdf=False)
        inv.invoice_no, inv.date = job["number"], dt.date.fromisoformat(job["issued"])
        if job.get("foreign"):  # the central bank's rate, as pretix fetches it
            inv.foreign_currency_display = job["foreign"]["currency"]
            inv.foreign_currency_rate = Decimal(job["foreign"]["rate"])
            inv.foreign_currency_rate_date = dt.date.fromisoformat(job["foreign"]["day"])
            inv.foreign_currency_source = "eu:ecb:eurofxref-daily"
        inv.save()
        lines = list(inv.lines.all())
        gross = sum((x.gross_value for x in lines), Decimal(0))
        tax = sum((x.tax_value for x in lines), Decimal(0))
        # the values the page prints are the ones the job's truth was computed as
        assert (f"{gross:.2f}", f"{tax:.2f}") == (job["gross"], job["tax"]), (gross, tax, job)
        with language(inv.locale, ev.settings.region):
            _name, _type, content = ev.invoice_renderer.generate(inv)
        return bytes(content)


def main(args: list[str]) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", run_syncdb=True, verbosity=0)
    for n, (src, out) in enumerate(zip(args[::2], args[1::2], strict=True)):
        job = json.loads(Path(src).read_text(encoding="utf-8"))
        Path(out).write_bytes(_print(job, n))


if __name__ == "__main__":
    main(sys.argv[1:])
