"""Print the invoices of :mod:`tests.invoice_oscar` with django-oscar-invoices itself: run by a
Python that has ``django-oscar-invoices`` installed, as ``python render.py IN.json OUT.pdf ...``.
Each IN.json names a shop (its legal entity and address, as the shop enters them in the app),
what it sells at which price, its VAT rate, a customer and what the customer buys; this runs a
Django Oscar shop with the app on a new SQLite database, puts the goods in a basket priced by
Oscar's fixed-rate tax strategy, places the order (Oscar's ``OrderCreator``, as checkout does),
has the app make the order's invoice (``InvoiceCreator``: its HTML document, in the shop's
language) and prints that document with Chromium."""

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

OSCAR_APPS = [
    "oscar.config.Shop",
    *(
        f"oscar.apps.{name}.apps.{cls}Config"
        for name, cls in [
            ("analytics", "Analytics"),
            ("checkout", "Checkout"),
            ("address", "Address"),
            ("shipping", "Shipping"),
            ("catalogue", "Catalogue"),
            ("catalogue.reviews", "CatalogueReviews"),
            ("communication", "Communication"),
            ("partner", "Partner"),
            ("basket", "Basket"),
            ("payment", "Payment"),
            ("offer", "Offer"),
            ("order", "Order"),
            ("customer", "Customer"),
            ("search", "Search"),
            ("voucher", "Voucher"),
            ("wishlists", "Wishlists"),
            ("dashboard", "Dashboard"),
            *(
                (f"dashboard.{sub.lower()}", f"{sub}Dashboard")
                for sub in [
                    "Reports",
                    "Users",
                    "Orders",
                    "Catalogue",
                    "Offers",
                    "Partners",
                    "Pages",
                    "Ranges",
                    "Reviews",
                    "Vouchers",
                    "Communications",
                    "Shipping",
                ]
            ),
        ]
    ),
]


def _setup(db: Path, media: Path) -> None:
    from oscar import defaults  # Oscar's settings, which a shop's settings start from

    settings.configure(
        **{name: getattr(defaults, name) for name in dir(defaults) if name.isupper()},
        DEBUG=False,
        SECRET_KEY="kept-invoices",
        USE_TZ=True,
        TIME_ZONE="Europe/Amsterdam",
        LANGUAGE_CODE="en",
        INSTALLED_APPS=[
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.sites",
            "django.contrib.flatpages",
            *OSCAR_APPS,
            "haystack",
            "treebeard",
            "django_tables2",
            "oscar_invoices",
        ],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(db)}},
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {"context_processors": []},
            }
        ],
        HAYSTACK_CONNECTIONS={
            "default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}
        },
        SITE_ID=1,
        MEDIA_ROOT=str(media),
        OSCAR_INVOICES_DOCUMENTS_ROOT=str(media / "documents"),
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    )
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _order(job: dict[str, Any], n: int) -> Any:
    """The job's customer's basket checked out: Oscar's order, priced with the shop's tax."""
    from oscar.apps.address.models import Country
    from oscar.apps.order.models import BillingAddress, Order, ShippingAddress
    from oscar.apps.partner import strategy
    from oscar.apps.shipping.methods import FixedPrice, Free
    from oscar.test.factories import create_basket, create_order, create_product

    class ShopTax(
        strategy.UseFirstStockRecord,
        strategy.StockRequired,
        strategy.FixedRateTax,
        strategy.Structured,
    ):
        rate = Decimal(job["rate"])

    first, last, street, city, postcode, code, country = job["customer"]
    land, _ = Country.objects.get_or_create(
        iso_3166_1_a2=code, defaults={"name": country, "printable_name": country}
    )
    basket = create_basket(empty=True)
    basket.strategy = ShopTax()
    for i, (title, price, qty) in enumerate(job["lines"]):
        product = create_product(title=title, upc=f"{n}-{i}", price=Decimal(price), num_in_stock=50)
        product.stockrecords.update(price_currency=job["currency"])
        basket.add_product(product, quantity=qty)
    address = {
        "first_name": first,
        "last_name": last,
        "line1": street,
        "line4": city,
        "postcode": postcode,
        "country": land,
    }
    charge = Decimal(job["shipping"])
    if charge:
        method: Any = FixedPrice(charge, charge + Decimal(job["shipping_tax"]))
    else:
        method = Free()
    order = create_order(
        number=job["order"],
        basket=basket,
        shipping_method=method,
        shipping_address=ShippingAddress.objects.create(**address),
        billing_address=BillingAddress.objects.create(**address),
        currency=job["currency"],
    )
    Order.objects.filter(pk=order.pk).update(
        date_placed=dt.datetime.fromisoformat(job["placed"]).replace(tzinfo=dt.UTC)
    )
    return Order.objects.get(pk=order.pk)


def _entity(job: dict[str, Any]) -> Any:
    """The shop's legal entity and its address, as the shop enters them in the app (one)."""
    from oscar.apps.address.models import Country
    from oscar.apps.order.models import Order
    from oscar_invoices.models import Invoice, LegalEntity, LegalEntityAddress

    for model in (Invoice, Order, LegalEntity):  # each job is its own shop's books
        model.objects.all().delete()
    street, city, postcode, code, country = job["address"]
    land, _ = Country.objects.get_or_create(
        iso_3166_1_a2=code, defaults={"name": country, "printable_name": country}
    )
    entity = LegalEntity.objects.create(
        shop_name=job["shop"],
        business_name=job["business"],
        vat_number=job["vat"],
        email=job["email"],
        web_site=job["site"],
    )
    LegalEntityAddress.objects.create(
        legal_entity=entity,
        line1=street,
        line4=city,
        postcode=postcode,
        country=land,
        phone_number=job["phone"],
    )
    return entity


def main(pairs: list[str]) -> None:
    from django.utils import translation

    with tempfile.TemporaryDirectory() as tmp:
        _setup(Path(tmp) / "oscar.sqlite3", Path(tmp) / "media")
        from oscar_invoices.utils import InvoiceCreator

        for n, (src, out) in enumerate(zip(pairs[::2], pairs[1::2], strict=True)):
            job = json.loads(Path(src).read_text(encoding="utf-8"))
            _entity(job)
            order = _order(job, n)
            want = (job["order"], job["tax"], job["gross"])
            got = (order.number, f"{order.total_tax:.2f}", f"{order.total_incl_tax:.2f}")
            if got != want:
                raise SystemExit(f"{src}: Oscar's order {got} is not {want}")
            # the shop runs in its language: the app renders the invoice as the order is placed
            with translation.override(job["language"]):
                invoice = InvoiceCreator().create_invoice(order, number=job["number"])
            html = Path(tmp) / "invoice.html"
            html.write_bytes(invoice.document.read())
            print_html(html, out)


if __name__ == "__main__":
    main(sys.argv[1:])
