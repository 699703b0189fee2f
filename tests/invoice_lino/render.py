"""Print the invoices of :mod:`tests.invoice_lino` with Lino Così itself: run by a Python that
has ``lino-cosi==26.4.0`` (with ``lino-xl``, ``lino-extjs`` and ``num2words``, as pip resolves
them) installed, as ``python render.py COUNTRY OUT_DIR LANGUAGES SEEDS``. A Lino Così site is
set up as its ``startsite`` template sets one up, with the country's VAT plugin (``bevat`` or
``eevat``) and the *LANGUAGES* (``en de fr``); its demo data are made (``prep``, in a process of its
own: the demo fixtures, the sales of several years booked as the site's users book them); of the sales
invoices, each kind's first *SEEDS* (in the order they were booked) are printed in each
language, as the site prints them for a partner who speaks it (``do_print``: the package's
``default.weasy.html`` through WeasyPrint), and the values printed are written beside each
PDF (``NAME.truth.json``), read from the invoice itself."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SETTINGS = """from lino_cosi.lib.cosi.settings import *


class Site(Site):
    languages = "{languages}"
    demo_fixtures = ["std", "minimal_ledger", "furniture", "demo", "demo2", "demo3",
                     "demo_bookings", "checkdata"]

    def get_plugin_configs(self):
        yield super().get_plugin_configs()
        yield ("vat", "declaration_plugin", "lino_xl.lib.{vat}")
        yield ("countries", "country_code", "{code}")


SITE = Site(globals())
SECRET_KEY = "invoice-corpus"
"""
VAT = {"be": ("bevat", "BE"), "ee": ("eevat", "EE")}
# the site's own company (the site owner's record), as a firm using the site enters it (the
# demo's is a bank with no address): name, street, number, postcode, town, VAT id
OWNER = {
    "be": ("Lumen Consulting SRL", "Rue de la Loi", "42", "1040", "Etterbeek", "BE0456789034"),
    "ee": ("Rumma & Ko OÜ", "Uus tn", "1", "78003", "Vigala", "EE100588749"),
}


def _kind(o: Any, home: str) -> str | None:
    """The kind of sale an invoice is: to a customer at home with VAT ('home'), to a company
    subject to VAT at home ('subject'), to a customer in another EU country with VAT
    ('abroad') or reverse-charged without it ('intracom')."""
    regime = o.vat_regime.name if o.vat_regime else ""
    country = o.partner.country_id
    taxed = bool(o.total_vat)
    if regime == "normal" and taxed:
        return "home" if country == home else "abroad"
    if regime == "subject" and taxed and country == home:
        return "subject"
    if regime == "intracom" and not taxed:
        return "intracom"
    return None


def _iso(d: Any) -> str | None:
    return d.isoformat() if d else None


def main(country: str, out: Path, languages: str, seeds: int) -> None:
    import django

    django.setup()
    from lino.api import rt

    home = VAT[country][1]
    company, street, number, postcode, town, vat_id = OWNER[country]
    place = rt.models.countries.Place.objects.filter(name=town).first()
    if place is None:
        place = rt.models.countries.Place(name=town, country_id=home)
        place.full_clean()
        place.save()
    owner = rt.settings.SITE.plugins.contacts.site_owner  # (its own record, edited)
    owner.name, owner.street, owner.street_no, owner.zip_code = company, street, number, postcode
    owner.city, owner.country_id, owner.vat_id = place, home, vat_id
    owner.full_clean()
    owner.save()
    ses = rt.login("robin")
    langs = languages.split()
    taken: dict[str, list[Any]] = {}
    for o in rt.models.trading.VatProductInvoice.objects.order_by("id"):
        if o.partner_id == owner.id:  # (the demo's first sale is to the site's own company)
            continue
        kind = _kind(o, home)
        if kind is not None and len(taken.setdefault(kind, [])) < seeds * len(langs):
            taken[kind].append(o)
    out.mkdir(parents=True, exist_ok=True)
    for kind, invoices in sorted(taken.items()):
        for i, o in enumerate(invoices):
            lang, seed = langs[i % len(langs)], i // len(langs)
            name = f"{country}_{kind}-{lang}-{seed}"
            o.language = lang
            o.full_clean()
            o.save()
            rv = ses.run(o.do_print)
            shutil.copy(
                Path(rt.settings.SITE.site_dir) / rv["open_url"].lstrip("/"), out / f"{name}.pdf"
            )
            fields = {
                "invoice_number": f"{o.number}/{o.accounting_period.year}",
                "issue_date": _iso(o.voucher_date),
                "due_date": _iso(o.due_date),
                "seller": owner.name,
                "currency": None,
                "net_total": f"{o.total_base:.2f}",
                "tax_total": f"{o.total_vat:.2f}",
                "gross_total": f"{o.total_incl:.2f}",
            }
            body = {"file": f"{name}.pdf", "fields": fields}
            (out / f"{name}.truth.json").write_text(
                json.dumps(body, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
            )


if __name__ == "__main__":
    country, out, languages, seeds = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    if "DJANGO_SETTINGS_MODULE" in os.environ:
        main(country, out.resolve(), languages, int(seeds))
    else:  # a site of its own, in a folder of its own: its settings, then this again in it
        vat, code = VAT[country]
        with tempfile.TemporaryDirectory() as site:
            text = SETTINGS.format(languages=languages, vat=vat, code=code)
            Path(site, "settings.py").write_text(text, encoding="utf-8")
            env = {**os.environ, "PYTHONPATH": site, "DJANGO_SETTINGS_MODULE": "settings"}
            prep = [sys.executable, "-m", "django", "prep", "--noinput", "-v", "0"]
            subprocess.run(prep, env=env, cwd=site, check=True)
            done = subprocess.run(
                [sys.executable, __file__, country, str(out.resolve()), languages, seeds],
                env=env,
                cwd=site,
            )
            sys.exit(done.returncode)
