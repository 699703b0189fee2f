"""Kinds of layout of leases' and rentals' invoices (a car lease's monthly invoice that passes its
insurance premium on outside the VAT; replayed once as a probe through Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _lease(maintenance: str, net: str, tax: str, subtotal: str) -> list[Text]:
    """A lease's monthly invoice down to its subtotal with the VAT, at 270 pt."""
    items: list[Text] = [(60, 50, "Nordstern Autoleasing GmbH", 15)]
    items += [
        (60, 64, "Überseering 30 · 22297 Hamburg", 7),
        (60, 110, "Rechnung Leasingrate 05/2026", 13),
    ]
    cust = ["Bäckerei Vogel GmbH", "Mühlenweg 3", "49074 Osnabrück"]
    items += [(60, 130 + 12 * i, t, 9) for i, t in enumerate(cust)]
    head = [("Rechnungsnummer", "LR-2026-448120"), ("Rechnungsdatum", "30.05.2026")]
    items += rows_at((380, -540), 130, 12, head)
    table = [("Leistung", "USt.", "Betrag EUR"), ("Leasingrate 05/2026", "19 %", "389,00")]
    table += [("Wartung und Verschleiß", "19 %", maintenance)]
    items += rows_at((60, -440, -540), 210, 14, table)
    sums = [("Nettobetrag", net), ("Umsatzsteuer 19 %", tax), ("Zwischensumme", subtotal)]
    items += rows_at((250, -540), 270, 14, sums)
    return items + [(60, 480, "USt-IdNr. DE765892317 · Amtsgericht Hamburg HRB 38972", 7)]


def _premium(tmp_path: Path, insurance: str) -> tuple[dict[str, str | None], str, list[str]]:
    items = _lease("58,00", "447,00", "84,93", "531,93")
    items += rows_at((250, -540), 312, 14, [(insurance, "78,50"), ("Rechnungsbetrag", "610,43")])
    return read_page(draw(tmp_path / "f.pdf", items))


def test_an_insurance_premium_a_lease_passes_on_outside_the_vat_is_no_tax(tmp_path: Path) -> None:
    # 'Kfz-Versicherung inkl. 19 % Versicherungsteuer (nicht umsatzsteuerbar) 78,50' between the
    # subtotal with VAT and the total: the insurance tax's word had made the premium the
    # invoice's tax and the subtotal its net, accepted
    label = "Kfz-Versicherung inkl. 19 % Versicherungsteuer (nicht umsatzsteuerbar)"
    got, status, reasons = _premium(tmp_path, label)
    assert totals_read(got) == ("447.00", "84.93", "610.43"), reasons
    assert status == "accepted", reasons


def test_a_premium_said_to_carry_no_vat_in_other_words_is_no_tax_either(tmp_path: Path) -> None:
    got, status, reasons = _premium(
        tmp_path, "Kfz-Versicherung, Versicherungsteuer enthalten, keine USt."
    )
    assert totals_read(got) == ("447.00", "84.93", "610.43"), reasons
    assert status == "accepted", reasons


def test_a_premium_whose_no_vat_words_wrap_in_their_cell_is_no_tax(tmp_path: Path) -> None:
    # the label wrapped in a narrow cell, its amount centred between its two lines
    # ('Kfz-Versicherung inkl. 19 % Versicherungsteuer' over '91,20' over '(nicht
    # umsatzsteuerbar)'): the premium had been read as the invoice's tax, accepted
    items = _lease("45,00", "434,00", "82,46", "516,46")
    items += [
        (250, 312, "Kfz-Versicherung inkl. 19 % Versicherungsteuer", 9),
        (-540, 318, "91,20", 9),
    ]
    items += [(250, 324, "(nicht umsatzsteuerbar)", 9)]
    items += rows_at((250, -540), 340, 14, [("Rechnungsbetrag", "607,66")])
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("434.00", "82.46", "607.66"), reasons
    assert status == "accepted", reasons


def test_a_premium_whose_tax_word_wraps_under_its_amount_is_no_tax(tmp_path: Path) -> None:
    # the label's last word, the tax's, alone under the amount ('… Versicherungsteuer (keine'
    # over '91,20' over 'USt.)'; a probe's Polish notary's court fee '… (nie podlega' over
    # '292,00 zł' over 'VAT)'): read from that word down, the fee had been the invoice's
    # second tax, and the page accepted
    items = _lease("45,00", "434,00", "82,46", "516,46")
    items += [
        (250, 312, "Kfz-Versicherung inkl. Versicherungsteuer (keine", 9),
        (-540, 318, "91,20", 9),
        (250, 324, "USt.)", 9),
    ]
    items += rows_at((250, -540), 340, 14, [("Rechnungsbetrag", "607,66")])
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("434.00", "82.46", "607.66"), reasons
    assert status == "accepted", reasons
