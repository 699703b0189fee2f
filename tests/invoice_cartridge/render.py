"""Print the invoices of :mod:`tests.invoice_cartridge` with Cartridge 1.3.4 itself: run by a
Python that has ``Cartridge==1.3.4`` installed (with Mezzanine 6, Django 4.2 and xhtml2pdf, as
pip resolves them) as ``python render.py IN.json OUT.pdf ...``, on a machine with the shops'
locales (``de_DE.UTF-8`` …, for the package's currency format). A Mezzanine project is set up
as a shop sets one up (Cartridge's shop app, its settings for the shop's currency locale and
whether prices hold their tax, the site's title, the shop's language), its tables made in a
database in memory; each job's order is saved with its items as Cartridge's checkout saves
them, and Cartridge's own ``invoice`` view is asked for it as a PDF (``?format=pdf``), as the
shop's staff download it: the package's template printed by xhtml2pdf."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path


def _setup(job: dict) -> None:
    import django
    from django.conf import settings
    from mezzanine.utils.conf import set_dynamic_settings

    project = dict(
        DEBUG=False,
        SECRET_KEY="invoice-corpus",
        ALLOWED_HOSTS=["*"],
        SITE_ID=1,
        USE_I18N=True,
        USE_TZ=False,
        TIME_ZONE="UTC",
        LANGUAGE_CODE=job["language"],
        LANGUAGES=[(job["language"], job["language"])],
        SITE_TITLE=job["site_title"],
        SHOP_CURRENCY_LOCALE=job["currency_locale"],
        SHOP_TAX_INCLUDED=job["tax_included"],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        INSTALLED_APPS=[
            "django.contrib.admin",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.redirects",
            "django.contrib.sessions",
            "django.contrib.sites",
            "django.contrib.sitemaps",
            "django.contrib.messages",
            "django.contrib.staticfiles",
            "mezzanine.boot",
            "mezzanine.conf",
            "mezzanine.core",
            "mezzanine.generic",
            "mezzanine.pages",
            "cartridge.shop",
            "django_comments",
        ],
        MIDDLEWARE=[
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
        ],
        ROOT_URLCONF="cartridge.shop.urls",
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "mezzanine.conf.context_processors.settings",
                    ],
                },
            }
        ],
        STATIC_URL="/static/",
        MEDIA_URL="/media/",
        PACKAGE_NAME_FILEBROWSER="filebrowser_safe",
        PACKAGE_NAME_GRAPPELLI="grappelli_safe",
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
    )
    set_dynamic_settings(project)  # (what a Mezzanine project's settings module ends with)
    settings.configure(**project)
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, run_syncdb=True)


def _shop(job: dict) -> tuple[str, str, str, bool]:
    """What a shop's settings hold: one Django setup, one process, per shop."""
    return job["language"], job["site_title"], job["currency_locale"], job["tax_included"]


def main(pairs: list[str]) -> None:
    jobs = [json.loads(Path(src).read_text(encoding="utf-8")) for src in pairs[::2]]
    shops: dict[tuple[str, str, str, bool], list[str]] = {}
    for job, src, out in zip(jobs, pairs[::2], pairs[1::2], strict=True):
        shops.setdefault(_shop(job), []).extend([src, out])
    if len(shops) > 1:
        for group in shops.values():
            subprocess.run([sys.executable, __file__, *group], check=True)
        return
    _setup(jobs[0])
    import datetime as dt

    from cartridge.shop.models import Order
    from cartridge.shop.views import invoice
    from django.contrib.auth.models import User
    from django.test import RequestFactory
    from django.utils import translation

    staff = User.objects.create(username="staff", is_staff=True, is_superuser=True)
    for job, out in zip(jobs, pairs[1::2], strict=True):
        translation.activate(job["language"])
        o = job["order"]
        fields = {
            f"{kind}_detail_{k}": v for kind in ("billing", "shipping") for k, v in o[kind].items()
        }
        money = {
            k: (Decimal(o[k]) if o[k] is not None else None)
            for k in ("item_total", "shipping_total", "discount_total", "tax_total", "total")
        }
        order = Order.objects.create(
            id=o["id"],
            shipping_type=o["shipping_type"],
            tax_type=o["tax_type"],
            discount_code=o["discount_code"],
            site_id=1,
            **fields,
            **money,
        )
        # (the order's time is set when it is saved: the day the job names instead)
        Order.objects.filter(id=order.id).update(time=dt.datetime.fromisoformat(o["time"]))
        for item in o["items"]:
            order.items.create(
                sku=item["sku"],
                description=item["description"],
                quantity=item["quantity"],
                unit_price=Decimal(item["unit_price"]),
                total_price=Decimal(item["unit_price"]) * item["quantity"],
            )
        request = RequestFactory().get("/", {"format": "pdf"})
        request.user = staff
        Path(out).write_bytes(invoice(request, order.id).content)


if __name__ == "__main__":
    main(sys.argv[1:])
