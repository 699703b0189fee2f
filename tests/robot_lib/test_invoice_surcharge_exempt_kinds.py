"""Kinds of layout of bills with a surcharge on the services' sum (a waste firm's 'Energiezuschlag
8 %') and of bills whose net is printed in parts by how the VAT treats them (a seminar's fee free
of VAT, its catering with it) (replayed once as a probe through Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _page(
    seller: str,
    head: list[tuple[str, str]],
    table: list[tuple[str, ...]],
    sums: list[tuple[str, str]],
) -> list[Text]:
    items: list[Text] = [(330, 50, seller, 13), (330, 66, "Gewerbering 7, 33602 Bielefeld", 8)]
    items += [(330, 78, "USt-IdNr. DE298765432", 8)]
    items += [
        (60, 120, "Bauunternehmung Frank GmbH", 9),
        (60, 132, "Lindenweg 3, 33615 Bielefeld", 9),
    ]
    items += [(60, 170, "Rechnung", 14)]
    items += rows_at((60, 200), 190, 12, head)
    xs = (60, -540) if len(table[0]) == 2 else (60, -380, -460, -540)
    items += rows_at(xs, 250, 14, table)
    items += rows_at((300, -540), 264 + 14 * len(table), 14, sums)
    items += [(60, 520, "Sparkasse Bielefeld · IBAN DE53 4805 0161 6603 1234 00", 7)]
    return items


_HEAD = [("Rechnungs-Nr.", "E-38643"), ("Datum", "12.04.2026"), ("Zahlungsziel", "12.05.2026")]
_TABLE = [("Leistung", "Menge", "Preis €", "Gesamt €")]
_TABLE += [("Containergestellung 10 m³", "10,00 Tag", "8,00", "80,00")]
_TABLE += [("Entsorgung Baumischabfall", "12,40 t", "165,00", "2.046,00")]
_TABLE += [("Transport / Anfahrt", "1,00 Fahrt", "95,00", "95,00")]


@pytest.mark.parametrize("with_net", [False, True])
def test_a_surcharge_on_the_services_sum_is_in_the_net_the_vat_is_charged_on(
    tmp_path: Path, with_net: bool
) -> None:
    # 'Zwischensumme', 'Energiezuschlag 8 %', ('Nettobetrag'), the VAT, 'Gesamtbetrag': the
    # surcharge had been read as nothing (the subtotal + VAT not the total) or, with the net
    # printed, as the lines not adding up to the net
    sums = [("Zwischensumme", "2.221,00 €"), ("Energiezuschlag 8 %", "177,68 €")]
    sums += [("Nettobetrag", "2.398,68 €")] if with_net else []
    sums += [("zzgl. 19 % MwSt.", "455,75 €"), ("Gesamtbetrag", "2.854,43 €")]
    items = _page("Entsorgung Vogel GmbH & Co. KG", _HEAD, _TABLE, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("2398.68", "455.75", "2854.43"), reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    "parts",
    [
        ("Summe steuerfreie Leistungen", "Summe steuerpflichtige Leistungen"),
        ("Non-taxable subtotal", "Taxable subtotal"),
        ("Total isento (art. 9.º CIVA)", "Total sujeito a IVA"),
    ],
)
def test_a_net_printed_in_parts_free_of_vat_and_with_it_is_their_sum(
    tmp_path: Path, parts: tuple[str, str]
) -> None:
    # a seminar's fee free of VAT (§ 4 Nr. 22a UStG), its catering with it, each part's sum on
    # its line: no net had been read from the German and Portuguese parts, the page waited (the
    # English ones were read, a guard)
    table = [
        ("Leistung", "Betrag €"),
        ("Seminar „Umsatzsteuer aktuell“, Teilnahmegebühr", "1.780,00"),
    ]
    table += [("Tagungspauschale (Verpflegung) 19 %", "120,00")]
    sums = [(parts[0], "1.780,00 €"), (parts[1], "120,00 €")]
    sums += [("zzgl. 19 % USt auf 120,00 €", "22,80 €"), ("Gesamtbetrag", "1.922,80 €")]
    items = _page("Akademie für Steuerrecht GmbH", _HEAD, table, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("1900.00", "22.80", "1922.80"), reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("sub", "surcharge", "tax", "total"),
    [
        ("Total prestations HT", "Indexation gazole 7,8 %", "TVA 20 %", "Net à payer TTC"),
        ("Suma", "Recargo por combustible 7,8 %", "IVA 20%", "Total factura"),
        ("Totale servizi", "Adeguamento gasolio 7,8%", "IVA 20%", "Totale fattura"),
        ("Razem usługi netto", "Dopłata paliwowa 7,8%", "VAT 20%", "Do zapłaty"),
        ("Subtotal", "Brændstoftillæg 7,8 %", "Moms 20 %", "I alt DKK"),
        ("Ara toplam", "Yakıt ek ücreti %7,8", "KDV %20", "Genel toplam"),
    ],
)
def test_a_carriers_fuel_surcharge_is_in_the_net_the_vat_is_charged_on(
    tmp_path: Path, sub: str, surcharge: str, tax: str, total: str
) -> None:
    # French, Spanish, Italian, Polish, Danish and Turkish carriers put a percentage on the
    # haulage for the fuel's price between the services' sum and the VAT: it had been read as
    # nothing
    table = [("Désignation", "Qté", "P.U.", "Montant")]
    table += [("Transport Lyon - Marseille", "2 voyages", "780,00", "1.560,00")]
    table += [("Hayon élévateur", "1 forfait", "35,00", "35,00")]
    sums = [(sub, "1.595,00"), (surcharge, "124,41"), (tax, "343,88"), (total, "2.063,29")]
    items = _page("Transports Girard & Fils SAS", _HEAD, table, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("1719.41", "343.88", "2063.29"), reasons
    assert status == "accepted", reasons
