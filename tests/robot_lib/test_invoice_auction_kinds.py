"""Kinds of layout of auction houses' bills under the margin scheme: the hammer prices, the
buyer's premium on them and the VAT on the premium alone, no net printed (replayed once as a
probe through Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at

_AUCTIONS = {
    "de": (
        ("Kunstauktionshaus Weber GmbH", "Rechnung", "USt-IdNr. DE129876543"),
        [("Rechnungsnummer", "2026-4417"), ("Rechnungsdatum", "14.03.2026")],
        [("Auktion vom", "11.03.2026"), ("Zahlbar bis", "24.03.2026")],
        [("Summe Zuschläge", "5.400,00 €"), ("Aufgeld 27 %", "1.458,00 €")],
        [("19 % USt. auf das Aufgeld", "277,02 €"), ("Rechnungsbetrag", "7.135,02 €")],
    ),
    "en": (
        ("Hartley & Finch Auctioneers Ltd", "INVOICE", "VAT No. GB 123 4567 89"),
        [("Invoice No.", "2026-4417"), ("Invoice date", "14/03/2026")],
        [("Sale date", "11/03/2026"), ("Payment due", "24/03/2026")],
        [("Total hammer", "£5,400.00"), ("Buyer's premium 27%", "£1,458.00")],
        [("VAT on premium @ 19%", "£277.02"), ("Total due", "£7,135.02")],
    ),
    "fr": (
        ("Hôtel des Ventes de Lyon SVV", "BORDEREAU D'ADJUDICATION", "TVA FR 12 345678901"),
        [("Bordereau n°", "2026-4417"), ("Date du bordereau", "14/03/2026")],
        [("Vente du", "11/03/2026"), ("Échéance", "24/03/2026")],
        [("Total adjudications", "5 400,00 €"), ("Frais acheteur 27 % HT", "1 458,00 €")],
        [("TVA 19 % sur frais", "277,02 €"), ("Total à régler", "7 135,02 €")],
    ),
    "at": (
        ("Auktionshaus im Kinsky GmbH", "Rechnung", "UID ATU12345678"),
        [("Rechnungsnummer", "2026-4417"), ("Rechnungsdatum", "14.03.2026")],
        [("Auktion vom", "11.03.2026"), ("Fällig", "24.03.2026")],
        [("Meistbot", "5.400,00 €"), ("Aufgeld 27 %", "1.458,00 €")],
        [("19 % USt. vom Aufgeld", "277,02 €"), ("Gesamtbetrag", "7.135,02 €")],
    ),
    "hu": (
        ("Budapesti Aukciós Ház Kft.", "SZÁMLA", "Adószám 12345678-2-42"),
        [("Számla sorszáma", "2026-4417"), ("Számla kelte", "2026.03.14.")],
        [("Árverés napja", "2026.03.11."), ("Fizetési határidő", "2026.03.24.")],
        [("Leütési ár összesen", "5 400,00 Ft"), ("Vevői jutalék 27%", "1 458,00 Ft")],
        [("ÁFA 19% a jutalékra", "277,02 Ft"), ("Fizetendő összesen", "7 135,02 Ft")],
    ),
    "nl": (
        ("Veilinghuis Van Aalst B.V.", "Factuur", "BTW NL812345678B01"),
        [("Factuurnummer", "2026-4417"), ("Factuurdatum", "14-03-2026")],
        [("Veilingdatum", "11-03-2026"), ("Vervaldatum", "24-03-2026")],
        [("Totaal hamerprijzen", "€ 5.400,00"), ("Opgeld 27%", "€ 1.458,00")],
        [("BTW 19% over opgeld", "€ 277,02"), ("Totaal te betalen", "€ 7.135,02")],
    ),
}


@pytest.mark.parametrize("country", sorted(_AUCTIONS))
def test_an_auctions_hammer_prices_and_premium_make_the_net_its_vat_on_the_premium(
    tmp_path: Path, country: str
) -> None:
    # the hammer prices and the premium added up to what the VAT and the total are read with:
    # the premium had been read as an insurer's net or as nothing, no net found, the page
    # waited; a French house's 'Bordereau n°' and 'Date du bordereau' had not been read, nor an
    # Austrian house's 'Meistbot', a Hungarian one's 'Leütési ár' and 'Vevői jutalék' (probes
    # scored last, then written)
    (seller, title, tax_id), head, dates, base, rest = _AUCTIONS[country]
    items: list[Text] = [(330, 50, seller, 12), (330, 64, tax_id, 8)]
    items += [(60, 120, "Dr. Klaus Meier", 9), (60, 132, "Leopoldstraße 5, 80802 München", 9)]
    items += [(60, 170, title, 14)]
    items += rows_at((60, 200), 190, 12, head + dates)
    items += rows_at((60, -540), 260, 14, [("Lot 12, oil on canvas", base[0][1])])
    items += [(60, 274, "Lot 48, silver candlesticks", 9)]
    items += rows_at((300, -540), 300, 14, base + rest)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("6858.00", "277.02", "7135.02"), reasons
    assert (got["invoice_number"], got["issue_date"]) == ("2026-4417", "2026-03-14"), reasons
    assert status == "accepted", reasons
