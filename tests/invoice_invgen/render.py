"""Print the invoices of :mod:`tests.invoice_invgen` with invoice-generator 0.0.2 itself: run by
Debian's ``/usr/bin/python3`` (with ``python3-django`` and ``weasyprint``) as ``python3
render.py IN.json OUT.pdf ...``. The package is fetched from PyPI (``pip download``) and
imported from its unpacked source, never installed; Django is set up as a shop would set it up
for the package (its app installed, translations and local formats on, thousands separated),
each job's language activated, and the package's own ``generate_pdf`` fills its template with
the package's models and prints it with WeasyPrint. The package's template asks for a logo and
a style sheet beside it: its style sheet, and a shop's own logo (shapes, no text) in place of
the package's sample logo."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import django
from django.conf import settings
from django.utils import translation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run alone, by Debian's Python
from tests.invoice_corpus import unpacked_sdist  # noqa: E402

LOGO = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120px" height="40px">
<circle cx="20" cy="20" r="16" fill="#2f5d62"/><rect x="44" y="10" width="70" height="8" fill="#5e8b7e"/>
<rect x="44" y="24" width="52" height="6" fill="#a7c4bc"/></svg>"""


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _amount(text: str | None) -> Decimal | None:
    return Decimal(text) if text else None


def main(pairs: list[str]) -> None:
    import json

    tmp = Path(tempfile.mkdtemp(prefix="invgen-"))
    root = unpacked_sdist("invoice-generator==0.0.2", tmp)
    sys.path.insert(0, str(root))
    settings.configure(
        INSTALLED_APPS=["invoice_generator"],
        TEMPLATES=[
            {"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}
        ],
        USE_I18N=True,
        USE_L10N=True,
        USE_THOUSAND_SEPARATOR=True,
        LANGUAGE_CODE="en",
    )
    django.setup()
    from invoice_generator import builder
    from invoice_generator.models import Address, Executive, Invoice, Order, OrderItem, Vendor

    static = tmp / "static"
    static.mkdir()
    shutil.copy(root / "invoice_generator" / "templates" / "style.css", static)
    (static / "logo-document.svg").write_text(LOGO)
    for src, out in zip(pairs[::2], pairs[1::2], strict=True):
        job: dict[str, Any] = json.loads(Path(src).read_text(encoding="utf-8"))
        o, v = job["order"], job["vendor"]
        shipping = o["shipping_date_range"]
        order = Order(
            o["invoice_id"],
            o["customer_id"],
            _day(o["date"]),
            _day(o["payment_date_limit"]),
            tuple(_day(d) for d in shipping) if shipping else None,
            Decimal(o["tax_rate"]),
            _amount(o["total_discounted"]),
            _amount(o["total_shipping_net"]),
            Decimal(o["total_tax"]),
            Decimal(o["total_net"]),
            Decimal(o["total_gross"]),
        )
        items = [
            OrderItem(
                order,
                i["reference"],
                i["name"],
                i["quantity"],
                Decimal(i["net_price"]),
                Decimal(i["total_net"]),
            )
            for i in job["items"]
        ]
        vendor = Vendor(
            Executive(*v["executive"]),
            Address(*v["address"]),
            v["vat_number"],
            tuple(v["additional_text"]),
        )
        with translation.override(job["language"]):
            page = builder.generate_pdf(
                job["currency"],
                Invoice(order, vendor, Address(*job["billing_address"]), items),
                static_path=str(static),
            )
            page.write_pdf(out)


if __name__ == "__main__":
    main(sys.argv[1:])
