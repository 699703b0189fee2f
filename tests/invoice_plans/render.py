"""Print the invoices of :mod:`tests.invoice_plans` with django-plans itself: run by a Python
that has ``django-plans`` and ``time-machine`` installed, as ``python render.py IN.json OUT.pdf
...``. Each IN.json names the selling firm (django-plans' ``PLANS_INVOICE_ISSUER`` setting), a
customer with billing details, a plan and its price, and the days the order is placed and paid;
this runs a Django project with django-plans on a new SQLite database, lets a user place the
order and pay it on those days (django-plans makes its order confirmation when the order is
placed and its invoice when it is paid), renders django-plans' invoice page
(``InvoiceDetailView``'s template, in the user's language) and prints it to PDF with Chromium,
as the user prints it from the browser."""

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


def _setup(db: Path) -> None:
    settings.configure(
        DEBUG=False,
        ROOT_URLCONF="plans.urls",  # the invoice e-mail links to its page
        SECRET_KEY="kept-invoices",
        USE_TZ=True,
        TIME_ZONE="Europe/Warsaw",
        LANGUAGE_CODE="en",
        LANGUAGES=[("en", "English"), ("pl", "Polski"), ("de", "Deutsch")],
        INSTALLED_APPS=[
            "django.contrib.contenttypes",
            "django.contrib.auth",
            "django.contrib.sites",
            "django_countries",
            "ordered_model",
            "sequences",
            "plans",
        ],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(db)}},
        TEMPLATES=[
            {"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}
        ],
        SITE_ID=1,
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        PLANS_CURRENCY="EUR",
        PLANS_INVOICE_ISSUER={},
        PLANS_DEFAULT_GRACE_PERIOD=30,
    )
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from plans.models import Plan

    # a free plan every new user starts on, as a site selling plans has
    Plan.objects.create(name="Free", slug="free", default=True, available=True, visible=True)


def _invoice(job: dict[str, Any], n: int) -> Any:
    """Place and pay the job's order as its user; django-plans' invoice of the kind asked."""
    import time_machine
    from django.contrib.auth import get_user_model
    from django.contrib.sites.models import Site
    from django.test import override_settings
    from plans.models import BillingInfo, Invoice, Order, Plan, PlanPricing, Pricing

    placed = dt.datetime.fromisoformat(job["placed"] + "T10:15:00+01:00")
    paid = dt.datetime.fromisoformat(job["paid"] + "T16:40:00+01:00")
    with override_settings(
        PLANS_INVOICE_ISSUER=job["issuer"],
        PLANS_CURRENCY=job["currency"],
        PLANS_INVOICE_NUMBER_FORMAT=job["number_format"],
        # numbered by the year, the count going on from the invoices the shop made before
        # (django-plans' setting takes a callable: the sequence's key and its first value)
        PLANS_INVOICE_COUNTER_RESET=lambda inv: (f"{inv.issued.year}-{n}", job["first"]),
    ):
        Site.objects.filter(pk=1).update(name=job["site"], domain=job["site"])
        Site.objects.clear_cache()
        with time_machine.travel(placed, tick=False):
            user = get_user_model().objects.create_user(f"user{n}", f"user{n}@example.org")
            BillingInfo.objects.create(user=user, **job["buyer"])
            plan = Plan.objects.create(
                name=job["plan"], slug=f"plan-{n}", available=True, visible=True
            )
            pricing = Pricing.objects.create(name=job["period"], period=job["days"])
            PlanPricing.objects.create(plan=plan, pricing=pricing, price=Decimal(job["net"]))
            tax = Decimal(job["rate"]) if job["rate"] is not None else None
            order = Order.objects.create(
                user=user,
                plan=plan,
                pricing=pricing,
                amount=Decimal(job["net"]),
                tax=tax,
                currency=job["currency"],
            )
        with time_machine.travel(paid, tick=False):
            order.complete_order()
    kind = Invoice.INVOICE_TYPES[job["kind"]]
    return Invoice.objects.get(order=order, type=kind)


def _page(invoice: Any, language: str) -> str:
    from django.template.loader import render_to_string
    from django.utils import translation

    # the page in the user's language, as the view renders it; the view opens the browser's
    # print dialog when the page loads ('auto_print'), and Chromium prints it here instead
    with translation.override(language):
        return render_to_string(
            "plans/invoices/PL_EN.html",
            {"object": invoice, "invoice": invoice, "logo_url": None, "auto_print": False},
        )


def main(pairs: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _setup(Path(tmp) / "plans.sqlite3")
        for n, (src, out) in enumerate(zip(pairs[::2], pairs[1::2], strict=True)):
            job = json.loads(Path(src).read_text(encoding="utf-8"))
            invoice = _invoice(job, n)
            want = (job["number"], job["net"], job["tax"], job["gross"])
            got = (
                invoice.full_number,
                f"{invoice.total_net:.2f}",
                f"{invoice.tax_total:.2f}",
                f"{invoice.total:.2f}",
            )
            if got != want:
                raise SystemExit(f"{src}: django-plans' invoice {got} is not {want}")
            html = Path(tmp) / "invoice.html"
            html.write_text(_page(invoice, job["language"]), encoding="utf-8")
            print_html(html, out)


if __name__ == "__main__":
    main(sys.argv[1:])
