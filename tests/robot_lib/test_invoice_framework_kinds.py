"""Kinds of layout a web framework's invoice package prints (seen on laravel-invoices' default
template and its locale files, filled and printed once as a probe and not kept: the template is
not ours to copy), drawn here with other names and values: the package's own words in German and
Dutch — a date label as its German file misspells it ('Rechungsdatum'), the invoice number as a
'serial number' ('Serienummer.'), the due date in a request ('Bitte zahlen Sie bis zum',
'Gelieve te betalen tot'), the taxable amount and the total of the taxes under the items."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_typeset import text_page

_WORDS = {
    "de": ("Rechnung", "Rechnungsnr.", "Rechungsdatum", "Verkäufer", "Käufer", "Adresse",
           "Beschreibung", "Menge", "Preis", "Gesamt", "Steuerpflichtiger Betrag", "Steuersatz",
           "Steuern gesamt", "Rechnungsbetrag", "Bitte zahlen Sie bis zum"),
    "nl": ("Factuur", "Serienummer.", "Factuur datum", "Verkoper", "Koper", "Adres",
           "Omschrijving", "#", "Prijs", "Subtotaal", "Belastbaar bedrag", "Belastingtarief",
           "Totaal belastingen", "Totaalbedrag", "Gelieve te betalen tot"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["de", "nl"])
def test_a_framework_package_s_own_words(tmp_path: Path, lang: str) -> None:
    # each of these words had been unknown: the German page waited without its dates, the
    # Dutch one without its number, its due date, its net and its tax
    (title, serial, date, seller, buyer, address, desc, qty, price, amount, taxable, rate,
     taxes, total, pay) = _WORDS[lang]  # fmt: skip
    lines = [f"^{title} | {serial} HS.00417", f"| {date}: 14.03.2026", ""]
    lines += [f"^{seller} | ^{buyer}", "Hafenblick Studio GmbH | Dijkstra Logistiek B.V."]
    lines += [f"{address}: Am Kai 4, 24103 Kiel | {address}: Kade 7, 1013 AA Amsterdam"]
    lines += ["USt-IdNr.: DE 318 224 017 | btw: NL859112345B01", ""]
    lines += [
        f"{desc} | {qty} | {price} | {amount}",
        "Website-Relaunch | 1 | 1.250,00 € | 1.250,00 €",
    ]
    lines += ["", f"{taxable} | 1.250,00 €", f"{rate} | 19%", f"{taxes} | 237,50 €"]
    lines += [f"{total} | 1.487,50 €", "", f"{pay}: 28.03.2026"]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert (got["invoice_number"], got["issue_date"]) == ("HS.00417", "2026-03-14"), reasons
    assert got["due_date"] == "2026-03-28", reasons
    assert totals_read(got) == ("1250.00", "237.50", "1487.50"), reasons
    assert status == "accepted", reasons
