"""Print the invoices of :mod:`tests.invoice_djinvoicing` with django-invoicing itself: run by a
Python that has ``django-invoicing`` installed, as ``python render.py BOOTSTRAP_CSS PORT
IN.json OUT.pdf ...``, PORT a PostgreSQL server's on 127.0.0.1 (user ``postgres``). Each IN.json holds a firm's invoice as a user of the app types it in (supplier,
bank, issuer, customer, dates, payment details, items with their tax rates); this runs a Django
project with django-invoicing on that PostgreSQL (the app's sums are SQL written for it), saves the invoice and its items (the app
numbers it and computes its totals), has the app's own PDF path render it (its
``BootstrapHTMLFormatter``, whose HTML the app sends to a headless Chrome service) and prints
that HTML with Chromium. The page links Bootstrap 4.1.1's CSS from a CDN; the same file, from
npm's ``bootstrap@4.1.1`` package, is given at BOOTSTRAP_CSS (no network here)."""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import django
from django.conf import settings

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run alone, by the product's Python
from tests.chromium_pdf import print_html  # noqa: E402

CDN = "https://stackpath.bootstrapcdn.com/bootstrap/4.1.1/css/bootstrap.min.css"


def _setup(port: str) -> None:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="kept-invoices",
        USE_TZ=True,
        TIME_ZONE="Europe/Bratislava",
        LANGUAGE_CODE="en",
        LANGUAGES=[
            ("sk", "Slovenčina"),
            ("cs", "Čeština"),
            ("de", "Deutsch"),
            ("hu", "Magyar"),
            ("pl", "Polski"),
            ("ro", "Română"),
            ("en", "English"),
        ],
        INSTALLED_APPS=[
            "django.contrib.contenttypes",
            "django.contrib.auth",
            "django_countries",
            "invoicing",
        ],
        DATABASES={
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": "postgres",
                "USER": "postgres",
                "HOST": "127.0.0.1",
                "PORT": port,
            }
        },
        TEMPLATES=[
            {"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}
        ],
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        INVOICING_MANAGERS={},
    )
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _invoice(job: dict[str, Any]) -> Any:
    """The job's invoice saved as the app saves it: numbered, its totals computed."""
    from django.db import connection
    from django.test import override_settings
    from invoicing.models import Invoice, Item

    with connection.cursor() as cursor:  # each job is its own firm's books
        tables = ", ".join(m._meta.db_table for m in (Item, Invoice))
        cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    with override_settings(
        INVOICING_NUMBER_FORMAT=job["number_format"],
        INVOICING_NUMBER_START_FROM=job["first"],
    ):
        invoice = Invoice(**{k: v for k, v in job["invoice"].items() if not k.startswith("date")})
        for k, v in job["invoice"].items():
            if k.startswith("date"):
                setattr(invoice, k, dt.date.fromisoformat(v))
        invoice.save()
        for item in job["items"]:
            Item.objects.create(
                invoice=invoice,
                title=item["title"],
                quantity=Decimal(item["quantity"]),
                unit=item["unit"],
                unit_price=Decimal(item["unit_price"]),
                discount=Decimal(item["discount"]),
                tax_rate=Decimal(item["tax_rate"]) if item["tax_rate"] is not None else None,
            )
    return Invoice.objects.get(pk=invoice.pk)


def main(css: str, port: str, pairs: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _setup(port)
        from invoicing.formatters.html import BootstrapHTMLFormatter

        for src, out in zip(pairs[::2], pairs[1::2], strict=True):
            job = json.loads(Path(src).read_text(encoding="utf-8"))
            invoice = _invoice(job)
            vat = None if invoice.vat is None else f"{invoice.vat:.2f}"
            got = (invoice.number, f"{invoice.subtotal:.2f}", vat, f"{invoice.total:.2f}")
            want = (job["number"], job["net"], job["tax"], job["gross"])
            if got != want:
                raise SystemExit(f"{src}: django-invoicing's invoice {got} is not {want}")
            page = BootstrapHTMLFormatter(invoice).get_response().content.decode("utf-8")
            html = Path(tmp) / "invoice.html"
            html.write_text(page.replace(CDN, Path(css).as_uri()), encoding="utf-8")
            print_html(html, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
