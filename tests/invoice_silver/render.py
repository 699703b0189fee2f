"""Print the invoices of :mod:`tests.invoice_silver` with django-silver 0.11.1 itself: run by a
Python that has ``django-silver==0.11.1`` installed (with Django 3.2 and xhtml2pdf, as pip
resolves them) as ``python render.py IN.json OUT.pdf ...``. A Django project is set up as a
billing site sets one up (silver's apps, its static files where ``collectstatic`` puts them, a
database in memory); each job's provider and customer are saved, the invoice is made as a
draft with its entries and issued on its day (silver numbers it in the provider's series and
keeps a copy of both parties), and silver's own ``generate_pdf`` prints it: the package's
template rendered by Django and printed by xhtml2pdf. A job's ``printed_total``, if any, is set
as the total silver keeps before it prints (a misprinted page)."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path


def _setup() -> None:
    import django
    import silver
    from django.conf import settings

    settings.configure(
        DEBUG=False,
        SECRET_KEY="invoice-corpus",
        USE_I18N=True,
        USE_TZ=False,
        TIME_ZONE="UTC",
        LANGUAGE_CODE="en-us",
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        INSTALLED_APPS=[
            "dal",
            "dal_select2",
            "django.contrib.admin",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
            "django.contrib.staticfiles",
            "rest_framework",
            "django_fsm",
            "silver",
        ],
        TEMPLATES=[
            {"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}
        ],
        STATIC_URL="/static/",
        STATIC_ROOT=str(Path(silver.__file__).parent / "static"),
        MEDIA_URL="/media/",
        MEDIA_ROOT="/nonexistent-media",
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        PAYMENT_PROCESSORS={},  # (silver's settings a site sets: no payments here)
        PAYMENT_METHOD_SECRET=b"invoice-corpus-invoice-corpus-00",
        SILVER_AUTOMATICALLY_CREATE_TRANSACTIONS=False,
    )
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, run_syncdb=True)


def main(pairs: list[str]) -> None:
    _setup()
    from silver.models import Customer, DocumentEntry, Invoice, Provider

    providers: dict[str, Provider] = {}
    for src, out in zip(pairs[::2], pairs[1::2], strict=True):
        job = json.loads(Path(src).read_text(encoding="utf-8"))
        p = job["provider"]
        if p["invoice_series"] not in providers:
            providers[p["invoice_series"]] = Provider.objects.create(**p)
        provider = providers[p["invoice_series"]]
        customer = Customer.objects.create(**job["customer"])
        # (each job stands alone: an earlier job's invoice under the same number goes)
        Invoice.objects.filter(provider=provider, number=job["number"]).delete()
        invoice = Invoice.objects.create(
            provider=provider,
            customer=customer,
            number=job["number"],
            currency=job["currency"],
            transaction_currency=job["currency"],
            transaction_xe_rate=Decimal(1),
            sales_tax_percent=Decimal(job["rate"]) if job["rate"] else None,
            sales_tax_name=job["tax_name"],
        )
        for e in job["entries"]:
            DocumentEntry.objects.create(
                invoice=invoice,
                description=e["description"],
                unit=e["unit"],
                quantity=Decimal(e["quantity"]),
                unit_price=Decimal(e["unit_price"]),
            )
        invoice.issue(issue_date=job["issued"], due_date=job["due"])
        invoice.save()
        if job.get("printed_total"):  # (a misprinted page: the total kept at issue, set otherwise)
            invoice._total = Decimal(job["printed_total"])
        pdf = invoice.generate_pdf(upload=False)
        Path(out).write_bytes(pdf.getvalue())


if __name__ == "__main__":
    main(sys.argv[1:])
