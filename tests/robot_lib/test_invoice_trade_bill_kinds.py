"""Kinds of layout of German tradesmen's and professions' invoices (a craftsman's final invoice,
a lawyer's fee invoice under the RVG, a doctor's private invoice under the GOÄ; replayed once as
probes through Chromium, not kept): down payments taken off the total, in a table of net, tax
and gross columns or line by line; a payment asked for as 'Ausgleich'; fees under a multiplier's
column ('Faktor') and no tax."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _letter(title: str) -> list[Text]:
    """A tradesman's letter: his name, his sender line over the customer's address, the number
    and date at the right, the title."""
    items: list[Text] = [(-540, 45, "Tischlerei Vogt", 18)]
    items += [(60, 120, "Tischlerei Vogt GmbH · Mühlenweg 7 · 49074 Osnabrück", 6.5)]
    items += [(60, 136 + 12 * i, t, 9) for i, t in enumerate(["Herrn", "Peter Jansen"])]
    items += [(60, 160, "Am Markt 4", 9), (60, 172, "49084 Osnabrück", 9)]
    items += rows_at((380, 460), 140, 12, [("Rechnungs-Nr.", "2026-0531"), ("Datum", "18.05.2026")])
    items += [(60, 240, title, 13)]
    rows = [["Pos.", "Menge", "Bezeichnung", "GP €"], ["1", "1", "Einbauschrank Eiche", "6.400,00"]]
    rows += [["2", "1", "Montage", "1.200,00"]]
    items += rows_at((60, 90, 130, -540), 270, 14, rows)
    foot = "Tischlerei Vogt GmbH · Amtsgericht Osnabrück HRB 20417 · USt-IdNr. DE 318 440 912"
    items += [(60, 800, foot, 7)]
    return items


def test_a_final_invoices_table_takes_the_down_payments_off_its_total(tmp_path: Path) -> None:
    # 'Gesamtleistung', the down payments' rows, 'abzüglich geleistete Abschläge' (negative),
    # 'Noch zu zahlen' (a total's label): the remainder had been taken for the invoice's net, tax
    # and gross and accepted; the gross is the total before the payments are taken off
    items = _letter("Schlussrechnung")
    rows = [["", "Netto", "MwSt. 19 %", "Brutto"]]
    rows += [["Gesamtleistung", "7.600,00", "1.444,00", "9.044,00"]]
    rows += [["1. Abschlag vom 02.04.2026", "3.000,00", "570,00", "3.570,00"]]
    rows += [["abzüglich geleistete Abschläge", "-3.000,00", "-570,00", "-3.570,00"]]
    rows += [["Noch zu zahlen", "4.600,00", "874,00", "5.474,00 €"]]
    items += rows_at((130, -380, -460, -540), 330, 14, rows)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("7600.00", "1444.00", "9044.00"), reasons
    assert status == "accepted", reasons


def test_an_earlier_invoice_taken_off_the_total_is_not_this_invoices_number(
    tmp_path: Path,
) -> None:
    # 'abzgl. 1. Abschlagsrechnung Nr. 2026-0377 vom 02.04.2026' under the gross: its number had
    # been read as a second number of this invoice, and the page had waited on which was meant
    items = _letter("Schlussrechnung")
    sums = [("Summe netto", "7.600,00 €"), ("zzgl. 19 % MwSt.", "1.444,00 €")]
    sums += [("Gesamtbetrag brutto", "9.044,00 €")]
    sums += [("abzgl. 1. Abschlagsrechnung Nr. 2026-0377 vom 02.04.2026", "-3.570,00 €")]
    sums += [("Restbetrag", "5.474,00 €")]
    items += rows_at((250, -540), 330, 14, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "2026-0531", reasons
    assert totals_read(got) == ("7600.00", "1444.00", "9044.00"), reasons
    assert status == "accepted", reasons


def test_a_payment_asked_for_as_a_settlement_by_a_date(tmp_path: Path) -> None:
    # 'Wir bitten um Ausgleich bis zum 01.06.2026.' (a lawyer's letter): the due date had not
    # been read
    items: list[Text] = [(150, 45, "KANZLEI HARTMANN RECHTSANWÄLTE", 16)]
    items += [(60, 120, "Kanzlei Hartmann · Domplatz 3 · 48143 Münster", 6.5)]
    items += [(60, 136 + 12 * i, t, 9) for i, t in enumerate(["Frau", "Julia Brandt"])]
    items += [(60, 160, "Hafenweg 20", 9), (60, 172, "48155 Münster", 9)]
    items += [(-540, 230, "Münster, 18.05.2026", 9), (60, 260, "Rechnung Nr. 214/26", 10)]
    rows = [["Leistung", "Betrag"], ["1,3 Geschäftsgebühr Nr. 2300 VV RVG", "1.001,00 €"]]
    rows += [["Pauschale für Post und Telekommunikation Nr. 7002 VV RVG", "20,00 €"]]
    items += rows_at((60, -540), 290, 14, rows)
    sums = [
        ("Zwischensumme netto", "1.021,00 €"),
        ("19 % Umsatzsteuer Nr. 7008 VV RVG", "193,99 €"),
    ]
    sums += [("Gesamtbetrag", "1.214,99 €")]
    items += rows_at((300, -540), 350, 14, sums)
    items += [(60, 410, "Wir bitten um Ausgleich bis zum 01.06.2026.", 9)]
    items += [(60, 800, "Kanzlei Hartmann Rechtsanwälte · USt-IdNr. DE 127 004 519", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["due_date"] == "2026-06-01", reasons
    assert totals_read(got) == ("1021.00", "193.99", "1214.99"), reasons


def test_fees_under_a_multipliers_column_add_up_to_an_untaxed_total(tmp_path: Path) -> None:
    # 'Datum | GOÄ-Nr. | Leistung | Faktor | Betrag €', then 'Rechnungsbetrag' alone (a doctor's
    # fees bear no VAT): the table had not been read as items (a multiplier is no quantity's
    # word, and a row has one amount), and the total had waited with no evidence
    items: list[Text] = [(-540, 45, "Dr. med. Karin Lorenz", 15)]
    items += [(-540, 62, "Fachärztin für Allgemeinmedizin", 9)]
    items += [(60, 120, "Dr. med. Karin Lorenz · Schillerstraße 9 · 99423 Weimar", 6.5)]
    items += [(60, 136 + 12 * i, t, 9) for i, t in enumerate(["Herrn", "Paul Richter"])]
    items += [(60, 160, "Goetheplatz 2", 9), (60, 172, "99423 Weimar", 9)]
    items += rows_at(
        (380, 470), 140, 12, [("Rechnungsnummer", "26-31870"), ("Datum", "18.05.2026")]
    )
    items += [(60, 240, "Privatärztliche Rechnung nach der GOÄ", 12)]
    rows = [["Datum", "GOÄ-Nr.", "Leistung", "Faktor", "Betrag €"]]
    rows += [["11.05.2026", "1", "Beratung, auch telefonisch", "2,3", "10,72"]]
    rows += [["11.05.2026", "7", "Vollständige körperliche Untersuchung", "2,3", "21,45"]]
    rows += [["11.05.2026", "3550", "Blutbild", "1,15", "4,02"]]
    items += rows_at((60, 120, 170, -470, -540), 270, 14, rows)
    items += rows_at((380, -540), 345, 14, [("Rechnungsbetrag", "36,19 €")])
    items += [
        (60, 380, "Ärztliche Heilbehandlungen sind nach § 4 Nr. 14 UStG umsatzsteuerfrei.", 8)
    ]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == (None, None, "36.19"), reasons
    assert status == "accepted", reasons


def test_a_final_invoices_kind_between_its_word_and_its_number(tmp_path: Path) -> None:
    # 'FACTURE DE SOLDE N° FA202605-118' (the invoice that settles a job after its down
    # payments): the number had not been read, the words between 'Facture' and 'N°' unknown
    items: list[Text] = [(60, 50, "Plomberie Roux", 17)]
    items += [(60, 66, "14 rue des Lilas · 31000 Toulouse · SIRET 498 123 456 00017", 7)]
    items += [
        (330, 110 + 12 * i, t, 9) for i, t in enumerate(["Mme Claire Petit", "3 allée Jean Moulin"])
    ]
    items += [(330, 134, "31400 Toulouse", 9), (60, 200, "FACTURE DE SOLDE N° FA202605-118", 13)]
    items += [(60, 218, "Date : 18/05/2026", 9)]
    rows = [["Désignation", "Total HT"], ["Remplacement du chauffe-eau", "1 840,00 €"]]
    items += rows_at((60, -540), 250, 14, rows)
    sums = [("Total HT", "1 840,00 €"), ("TVA 10 %", "184,00 €"), ("Total TTC", "2 024,00 €")]
    sums += [("Acompte n° 1 versé le 02/04/2026", "- 600,00 €"), ("Net à payer", "1 424,00 €")]
    items += rows_at((330, -540), 300, 14, sums)
    items += [(60, 800, "Plomberie Roux SARL · TVA intracommunautaire FR 27 498123456", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "FA202605-118", reasons
    assert totals_read(got) == ("1840.00", "184.00", "2024.00"), reasons
    assert status == "accepted", reasons


def _saldo(head: str) -> list[Text]:
    """An Italian final invoice: its table of 'Imponibile | IVA 10% | Totale' takes an earlier
    invoice off ('Acconto fattura n. 3/2026', amounts below zero), the items under *head*."""
    items: list[Text] = [(60, 50, "IDRAULICA FERRARI", 17)]
    seller = "Idraulica Ferrari S.r.l. · Via Po 8 · 10123 Torino · P.IVA 09876543210"
    items += [(60, 66, seller, 7)]
    items += [(330, 110 + 12 * i, t, 9) for i, t in enumerate(["Spett.le", "Studio Bianchi"])]
    items += [(330, 134, "Corso Francia 5", 9), (330, 146, "10138 Torino (TO)", 9)]
    items += [(60, 200, "FATTURA N. 87/2026 del 18/05/2026", 13)]
    rows = [["Descrizione", head], ["Rifacimento impianto idrico", "7.400,00"]]
    items += rows_at((60, -540), 240, 14, rows)
    table = [["", "Imponibile", "IVA 10%", "Totale"]]
    table += [["Totale lavori", "7.400,00", "740,00", "8.140,00"]]
    table += [["Acconto fattura n. 3/2026", "-2.000,00", "-200,00", "-2.200,00"]]
    table += [["Saldo da pagare", "5.400,00", "540,00", "5.940,00"]]
    return items + rows_at((200, -380, -460, -540), 300, 14, table)


def test_an_earlier_invoice_in_a_row_of_amounts_below_zero(tmp_path: Path) -> None:
    # 'Acconto fattura n. 3/2026 | -2.000,00 | -200,00 | -2.200,00' (no deduction's word): its
    # number had been read as a second number of this invoice, and the page had waited
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _saldo("Importo (EUR)")))
    assert got["invoice_number"] == "87/2026", reasons
    assert totals_read(got) == ("7400.00", "740.00", "8140.00"), reasons
    assert status == "accepted", reasons


def test_no_currency_printed_and_the_sellers_number_under_its_countrys_label(
    tmp_path: Path,
) -> None:
    # no currency printed at all, the seller's 'P.IVA 09876543210' (Italy's label, no 'IT'
    # before the number): the currency had not been found
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", _saldo("Importo")))
    assert got["currency"] == "EUR", reasons


def test_a_discount_taken_off_in_the_table_leaves_the_total(tmp_path: Path) -> None:
    # (a guard) 'abzüglich Rabatt 5 % | -380,00 | -72,20 | -452,20' under the work's row: a
    # discount, not a payment; the row under it, what is left, is the invoice's total
    items = _letter("Rechnung")
    rows = [["", "Netto", "MwSt. 19 %", "Brutto"]]
    rows += [["Leistungen", "7.600,00", "1.444,00", "9.044,00"]]
    rows += [["abzüglich Rabatt 5 %", "-380,00", "-72,20", "-452,20"]]
    rows += [["Gesamtbetrag", "7.220,00", "1.371,80", "8.591,80 €"]]
    items += rows_at((130, -380, -460, -540), 330, 14, rows)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("7220.00", "1371.80", "8591.80"), reasons
    assert status == "accepted", reasons


def test_a_travel_agencys_booking_number_is_read_and_asked_about(tmp_path: Path) -> None:
    # 'Vorgangs-Nr.: 482113' (a travel agency's booking, its invoice's only number; the tax
    # under § 25 UStG not shown): it had not been read at all; it is read now, and the page
    # asks whether it is the invoice's number
    items: list[Text] = [(-540, 45, "Reisebüro Lindner", 17)]
    items += [(60, 110, "Reisebüro Lindner GmbH · Markt 2 · 04109 Leipzig", 6.5)]
    items += [(60, 124 + 12 * i, t, 9) for i, t in enumerate(["Familie Roth", "Auenweg 3"])]
    items += [(60, 148, "04229 Leipzig", 9), (60, 200, "Reisebestätigung / Rechnung", 14)]
    items += rows_at((60, 170), 225, 12, [("Vorgangs-Nr.:", "482113"), ("Datum:", "18.05.2026")])
    rows = [("Leistung", "Anzahl", "Preis p. P.", "Gesamt")]
    rows += [("Pauschalreise Kreta, 7 Nächte", "2", "1.180,00 €", "2.360,00 €")]
    items += rows_at((60, 300, -460, -540), 270, 14, rows)
    items += rows_at((330, -540), 320, 14, [("Reisepreis gesamt", "2.360,00 €")])
    items += [(60, 360, "Sonderregelung für Reisebüros nach § 25 UStG.", 8)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "482113", reasons
    assert status == "review" and any("Vorgangs-Nr." in r for r in reasons), reasons


def test_a_progress_invoices_own_amounts_are_its_instalment(tmp_path: Path) -> None:
    # (a guard) '2. Abschlagsrechnung': the work done so far, what the first instalment billed
    # and was paid ('abzgl. 1. Abschlag, gezahlt am …', below zero), and this instalment; its
    # own net, tax and gross are the last row's, the tax reckoned on it
    items = _letter("2. Abschlagsrechnung")
    rows = [["", "Netto", "MwSt. 19 %", "Brutto"]]
    rows += [["Leistungsstand 80 %", "6.080,00", "1.155,20", "7.235,20"]]
    rows += [["abzgl. 1. Abschlag, gezahlt am 02.04.2026", "-3.000,00", "-570,00", "-3.570,00"]]
    rows += [["Abschlagsbetrag", "3.080,00", "585,20", "3.665,20 €"]]
    items += rows_at((130, -380, -460, -540), 330, 14, rows)
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("3080.00", "585.20", "3665.20"), reasons
