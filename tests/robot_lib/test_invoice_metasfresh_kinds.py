"""Kinds of layout of metasfresh's sales invoice (its JasperReports report and subreports,
replayed once at the report's own points through Chromium as a probe, not kept): the sender's
line over the window's address at the left, the firm's block flush right beside it; the
document's print name and its number in bold under them ('Rechnung 10079157'), the date at
the right, the customer's order reference under 'Externe Belegnummer'; a shipment's lines with
'Total Artikel' and 'Total Lieferschein' under them; then a summary of one row per VAT rate
under one label, the base's rows first, each with its rate alone in the last column ('Total
ohne MWST = MWST Basis 633,64 19,0'), then the tax's ('MWST-Betrag Steuersatz 19% 120,39'),
and 'Rechnungstotal EUR inkl. MWST 882,82'."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw

_WORDS = {
    "de": ("Rechnung", "Datum", "Externe Belegnummer", "Total ohne MWST = MWST Basis",
           "MWST-Betrag", "Steuersatz", "Rechnungstotal EUR inkl. MWST", "Total Artikel"),
    "en": ("Invoice", "Date", "External document no.", "Total without VAT = VAT base",
           "VAT amount", "Tax rate", "Total Invoice EUR VAT included", "Total Article"),
    "fr": ("Facture", "Date", "Référence", "Total HT", "Montant TVA", "Taux de TVA",
           "Total EUR TVA incluse", "Montant Total Article"),
}  # fmt: skip


def _page(
    lang: str, bases: list[tuple[str, str]], taxes: list[str], gross: str, summed: bool = False
) -> list[Text]:
    """One page: *bases* the base's rows (amount, rate as its column prints it), *taxes* each
    rate's tax, *gross* the total; amounts as printed ('633,64'). The items' sum is printed
    under them if *summed* (one shipment; two print one each, neither the net)."""
    title, date, ref, base, vat, rate, total, items_total = _WORDS[lang]
    items: list[Text] = [(56, 153, "Brenner Feinkost GmbH · Hafenstraße 12 · 28217 Bremen", 9)]
    items += [(56, 169 + 12.6 * i, x, 11) for i, x in enumerate(["Gasthaus Lindenhof",
              "Lindenallee 4", "50667 Köln"])]  # fmt: skip
    items += [(-556, 155, "Brenner Feinkost GmbH", 11), (-556, 179, "Hafenstraße 12", 9)]
    items += [(-556, 190, "28217 Bremen", 9), (-556, 234, "UID Nr.: DE 284 113 907", 9)]
    items += [(37, 314, title, 9), (200, 314, "10079157", 9), (363, 323, date, 9)]
    items += [(-514, 323, "11.02.2026", 9), (37, 326, ref, 9), (200, 326, "PO-7069", 9)]
    y = 403.0
    items += [(37, y, "Pos.", 9), (59, y, "Artikel", 9), (-542, y, "Betrag", 9)]
    items += [(-576, y, "MwSt", 9)]
    for i, (amount, r) in enumerate(bases):
        y += 12
        items += [(37, y, str(10 * (i + 1)), 9), (59, y, f"Ware {i + 1}", 9)]
        items += [(-542, y, amount, 9), (-576, y, r, 9)]
    y += 12
    items += [(37, y, items_total, 9), (-542, y, _sum(bases), 9)] if summed else []
    y += 27
    items += [(-543, y, "Betrag", 9), (-576, y, "MwSt", 9)]
    for amount, r in bases:
        y += 12
        items += [(37, y, base, 9), (-543, y, amount, 9), (-576, y, r, 9)]
    for (_amount, r), tax in zip(bases, taxes, strict=True):
        y += 12
        items += [(37, y, vat, 9), (112, y, rate, 9), (-221, y, r.split(",")[0], 9)]
        items += [(222, y, "%", 9), (-543, y, tax, 9)]
    return items + [(37, y + 12, total, 9), (-543, y + 12, gross, 9)]


def _sum(bases: list[tuple[str, str]]) -> str:
    cents = sum(int(a.replace(".", "").replace(",", "")) for a, _r in bases)
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_one_label_s_rows_per_rate_are_parts_of_the_net(tmp_path: Path, lang: str) -> None:
    # the base's row per rate under one label, its rate alone in the last column: only the
    # last row had been read as the net (120.36 + 8.43 against 882.82): 12 of the probe's 40
    # held-out pages waited
    items = _page(lang, [("633,64", "19,0"), ("120,36", "7,0")], ["120,39", "8,43"], "882,82")
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("754.00", "128.82", "882.82"), reasons
    assert status == "accepted", reasons


def test_the_tax_word_in_the_base_s_label_names_no_tax(tmp_path: Path) -> None:
    # 'MWST Basis' also reads as a tax's label: the first base's row (310,50) and the two
    # taxes make 398,66, which with the second base (416,50) closes the total 815,16; the rows
    # of one label per rate are the base's, whose label names them most strongly
    bases = [("310,50", "19,0"), ("416,50", "7,0")]
    items = _page("de", bases, ["59,00", "29,16"], "815,16", summed=True)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("727.00", "88.16", "815.16"), reasons
    assert status == "accepted", reasons


def test_three_rates_and_one(tmp_path: Path) -> None:
    # three rates' rows sum too; one rate's row alone is the net as before
    three = [("100,00", "19,0"), ("50,00", "7,0"), ("20,00", "0,0")]
    got, status, reasons = read_page(
        draw(tmp_path / "f.pdf", _page("de", three, ["19,00", "3,50", "0,00"], "192,50"))
    )
    assert totals_read(got) == ("170.00", "22.50", "192.50"), reasons
    one = _page("de", [("902,44", "19,0")], ["171,46"], "1.073,90")
    got, status, reasons = read_page(draw(tmp_path / "g.pdf", one))
    assert totals_read(got) == ("902.44", "171.46", "1073.90"), reasons


def test_an_external_document_number_is_not_the_invoice_s(tmp_path: Path) -> None:
    # 'Externe Belegnummer PO-7069' (the customer's order reference) under 'Rechnung
    # 10079157': 'Belegnummer' had named the invoice's number, and 15 of the probe's 40
    # held-out pages were taken with the customer's reference
    items = _page("de", [("902,44", "19,0")], ["171,46"], "1.073,90")
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "10079157", (status, reasons)
    assert status == "accepted", reasons
