"""Kinds of layout of professionals' bills that pass on what they paid for the client without
VAT: a Swiss trustee's register fees '(ohne MWST)' under the VAT, a Belgian notary's fees
'HTVA' and registration duties, an Italian accountant's 'spese anticipate' under art. 15
beside the withholding (replayed once as a probe through Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _page(
    seller: list[tuple[str, float]],
    title: str,
    head: list[tuple[str, str]],
    table: list[tuple[str, str]],
    sums: list[tuple[str, str]],
    foot: str,
) -> list[Text]:
    items: list[Text] = [(330, 50 + 16 * i, t, size) for i, (t, size) in enumerate(seller)]
    items += [(60, 120, "Muster Immobilien GmbH", 9), (60, 132, "Seestrasse 5, 6300 Zug", 9)]
    items += [(60, 170, title, 14)]
    items += rows_at((60, 200), 190, 12, head)
    items += rows_at((60, -540), 250, 14, table)
    items += rows_at((300, -540), 264 + 14 * len(table), 14, sums)
    items += [(60, 520, foot, 7)]
    return items


def test_register_fees_without_vat_under_a_swiss_trustees_vat_are_no_second_net(
    tmp_path: Path,
) -> None:
    # 'Honorar (ohne MwSt.)' is the net; 'Auslagen Handelsregisteramt (ohne MWST)' under the
    # VAT, in the same words, is an outlay outside it: the two had been added up as the net
    # (1 320,00 against the lines' 1 260,00 and the VAT's 8,1 % of 1 260,00)
    seller = [("Gruber Treuhand AG", 13), ("Bahnhofstrasse 12, 3011 Bern", 8)]
    seller += [("CHE-112.334.556 MWST", 8)]
    head = [("Rechnungsnummer", "2026-145"), ("Datum", "15.07.2026")]
    head += [("Zahlbar bis", "14.08.2026")]
    table = [("Leistung", "Betrag"), ("Buchhaltung und Jahresabschluss 2025", "1'260.00")]
    sums = [("Honorar (ohne MwSt.)", "1'260.00"), ("MWST 8,1 %", "102.06")]
    sums += [("Auslagen Handelsregisteramt (ohne MWST)", "60.00")]
    sums += [("Total CHF", "1'422.06")]
    foot = "Gruber Treuhand AG · IBAN CH93 0076 2011 6238 5295 7"
    got, status, reasons = read_page(
        draw(tmp_path / "f.pdf", _page(seller, "Rechnung", head, table, sums, foot))
    )
    assert totals_read(got) == ("1260.00", "102.06", "1422.06"), reasons
    assert status == "accepted", reasons


def test_a_geneva_notarys_outlays_hors_tva_under_the_vat_are_no_second_net(tmp_path: Path) -> None:
    # 'Émoluments (hors TVA)', 'TVA 8,1 %', 'Débours : Registre foncier (hors TVA)': the outlay's
    # word read its 'hors TVA' through and neither gave an amount, the page waited
    seller = [("Étude Favre & Associés, notaires", 12), ("Rue du Rhône 40, 1204 Genève", 8)]
    seller += [("CHE-123.456.789 TVA", 8)]
    head = [("Facture n°", "2026-234"), ("Date", "24.10.2026"), ("Payable jusqu'au", "23.11.2026")]
    table = [("Prestation", "Montant"), ("Acte de vente immobilière", "2'050.00")]
    sums = [("Émoluments (hors TVA)", "2'050.00"), ("TVA 8,1 %", "166.05")]
    sums += [("Débours : Registre foncier (hors TVA)", "309.00"), ("Total CHF", "2'525.05")]
    items = _page(seller, "Note d'honoraires", head, table, sums, "IBAN CH93 0076 2011 6238 5295 7")
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("2050.00", "166.05", "2525.05"), reasons
    assert status == "accepted", reasons


def test_a_net_said_without_vat_under_the_vat_with_no_net_over_it_stays_the_net(
    tmp_path: Path,
) -> None:
    # the VAT printed first, the amount without it under it: that is the net, whatever its place
    seller = [("Keller Treuhand AG", 13), ("Bahnhofstrasse 12, 3011 Bern", 8)]
    head = [("Rechnungsnummer", "2026-146"), ("Datum", "15.07.2026")]
    table = [("Leistung", "Betrag"), ("Lohnbuchhaltung Juni", "1'260.00")]
    sums = [("MWST 8,1 %", "102.06"), ("Betrag ohne MWST", "1'260.00")]
    sums += [("Total CHF", "1'362.06")]
    foot = "Keller Treuhand AG · IBAN CH93 0076 2011 6238 5295 7"
    got, status, reasons = read_page(
        draw(tmp_path / "f.pdf", _page(seller, "Rechnung", head, table, sums, foot))
    )
    assert totals_read(got) == ("1260.00", "102.06", "1362.06"), reasons
    assert status == "accepted", reasons


def test_a_belgian_notarys_fees_htva_are_the_net_beside_the_registration_duties(
    tmp_path: Path,
) -> None:
    # 'Honoraires HTVA' had been read as no net: the page waited with its gross uncrossed
    seller = [("Maître Claire Dubois, Notaire", 12), ("Rue de la Loi 66, 1040 Bruxelles", 8)]
    seller += [("TVA BE 0841.990.690", 8)]
    head = [("Facture n°", "2026/1016"), ("Date", "30/10/2026"), ("Échéance", "14/11/2026")]
    table = [("Désignation", "Montant"), ("Acte de vente — honoraires", "1 273,00")]
    sums = [("Honoraires HTVA", "1 273,00 €"), ("TVA 21 %", "267,33 €")]
    sums += [("Débours (droits d'enregistrement)", "1 472,00 €"), ("Total à payer", "3 012,33 €")]
    foot = "Étude Dubois · IBAN BE68 5390 0754 7034"
    items = _page(seller, "État de frais et honoraires", head, table, sums, foot)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("1273.00", "267.33", "3012.33"), reasons
    assert status == "accepted", reasons


def test_an_italian_accountants_outlays_under_art_15_are_in_the_invoices_total(
    tmp_path: Path,
) -> None:
    # 'Spese anticipate art. 15 DPR 633/72' between the VAT and 'Totale fattura', the
    # withholding under it: net + VAT had been checked against the total without them
    seller = [("Studio Bianchi Commercialisti", 12), ("Via Roma 67, 20134 Milano", 8)]
    seller += [("P.IVA IT09230787554", 8)]
    head = [("Fattura n.", "214/2026"), ("Data", "02/09/2026"), ("Scadenza", "02/10/2026")]
    table = [("Descrizione", "Importo"), ("Tenuta contabilità e dichiarazioni", "1.412,00")]
    sums = [("Onorario", "1.412,00"), ("Cassa previdenza 4%", "56,48")]
    sums += [("Imponibile", "1.468,48"), ("IVA 22%", "323,07")]
    sums += [("Spese anticipate art. 15 DPR 633/72", "289,00"), ("Totale fattura", "2.080,55")]
    sums += [("Ritenuta d'acconto 20%", "-282,40"), ("Netto a pagare", "1.798,15")]
    foot = "Studio Bianchi Commercialisti · IBAN IT60 X054 2811 1010 0000 0568448"
    items = _page(seller, "Fattura", head, table, sums, foot)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("1468.48", "323.07", "2080.55"), reasons
    assert status == "accepted", reasons


def test_a_firms_name_wrapped_at_the_top_is_read_whole_where_the_page_prints_it_so(
    tmp_path: Path,
) -> None:
    # 'Studio Huber Commercialisti' over 'Associati' in the letterhead, the name whole in the
    # return line over the address: the name had been cut after its first line
    seller = [("Studio Huber Commercialisti", 12), ("Associati", 12)]
    seller += [("Via Roma 67, 20134 Verona", 8), ("P.IVA IT09230787554", 8)]
    head = [("Fattura n.", "215/2026"), ("Data", "02/09/2026"), ("Scadenza", "02/10/2026")]
    table = [("Descrizione", "Importo"), ("Tenuta contabilità", "1.000,00")]
    sums = [("Imponibile", "1.000,00"), ("IVA 22%", "220,00"), ("Totale fattura", "1.220,00")]
    items = _page(seller, "Fattura", head, table, sums, "IBAN IT60 X054 2811 1010 0000 0568448")
    items += [(60, 108, "Studio Huber Commercialisti Associati, Via Roma 67, Verona", 6)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Studio Huber Commercialisti Associati", reasons
    assert status == "accepted", reasons


def test_a_word_under_a_firms_name_not_printed_with_it_elsewhere_stays_apart(
    tmp_path: Path,
) -> None:
    # (a guard) the department under the name, printed nowhere with it: no part of the name
    seller = [("Studio Huber Commercialisti", 12), ("Contabilità", 12)]
    seller += [("Via Roma 67, 20134 Verona", 8), ("P.IVA IT09230787554", 8)]
    head = [("Fattura n.", "216/2026"), ("Data", "02/09/2026"), ("Scadenza", "02/10/2026")]
    table = [("Descrizione", "Importo"), ("Tenuta contabilità", "1.000,00")]
    sums = [("Imponibile", "1.000,00"), ("IVA 22%", "220,00"), ("Totale fattura", "1.220,00")]
    items = _page(seller, "Fattura", head, table, sums, "Studio Huber Commercialisti · Verona")
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Studio Huber Commercialisti", reasons


_OUTLAYS = {
    # a Dutch notary's 'Declaratie': its number's and due date's words, 'Honorarium' alone, the
    # land registry's fees '(niet met BTW belast)' had been read as the tax, the outlays
    # ('Verschotten') and the transfer tax '(geen BTW)'
    "nl": (
        ("Notariskantoor Van den Berg", "Declaratie", "BTW NL001234567B02"),
        [("Declaratienummer", "2026/851"), ("Datum", "02-09-2026")],
        [("Te voldoen vóór", "16-09-2026")],
        [("Honorarium", "€ 1.250,00"), ("BTW 21% over honorarium", "€ 262,50")],
        [
            ("Kadasterrechten (niet met BTW belast)", "€ 187,00"),
            ("Verschotten: inschrijving hypotheek", "€ 144,00"),
        ],
        [("Overdrachtsbelasting (geen BTW)", "€ 8.400,00"), ("Totaal te voldoen", "€ 10.243,50")],
        ("1250.00", "262.50", "10243.50"),
    ),
    # a Portuguese solicitor's fees alone as 'Honorários', the refunded expenses '(isento …)'
    # and a registry's emoluments '(não sujeito)'
    "pt": (
        ("Sofia Almeida, Solicitadora", "Fatura-Recibo", "NIF 212345678"),
        [("Fatura-Recibo n.º", "2026/204"), ("Data", "02/09/2026")],
        [("Data de vencimento", "02/10/2026")],
        [("Honorários", "500,00 €"), ("IVA 23%", "115,00 €")],
        [("Despesas reembolsáveis (isento, art. 16.º n.º 6 CIVA)", "85,00 €")],
        [("Emolumentos registo predial (não sujeito)", "250,00 €"), ("Total a pagar", "950,00 €")],
        ("500.00", "115.00", "950.00"),
    ),
    # a Polish notary collects the tax on civil-law transactions as the tax office's payer:
    # 'Podatek …' had been read as the tax, the page accepted with a wrong tax
    "pl": (
        ("Kancelaria Notarialna Anna Nowak", "Faktura VAT", "NIP 525-123-45-67"),
        [("Faktura nr", "2026/118"), ("Data wystawienia", "2026-09-02")],
        [("Termin płatności", "2026-09-16")],
        [("Taksa notarialna netto", "1 500,00 zł"), ("VAT 23%", "345,00 zł")],
        [("Podatek PCC pobrany jako płatnik", "4 000,00 zł")],
        [
            ("Opłata sądowa (nie podlega VAT)", "200,00 zł"),
            ("Razem do zapłaty", "6 045,00 zł"),
        ],
        ("1500.00", "345.00", "6045.00"),
    ),
    # a Czech lawyer's fee as 'Odměna advokáta', the court fee '(není předmětem DPH)' had been
    # read as the tax; the office fees re-invoiced 'bez DPH' under the VAT are no second net
    "cz": (
        ("Advokátní kancelář Novák", "Faktura – daňový doklad", "DIČ CZ7501011234"),
        [("Číslo faktury", "2026/312"), ("Datum vystavení", "02.09.2026")],
        [("Datum splatnosti", "16.09.2026")],
        [("Odměna advokáta", "10 000,00 Kč"), ("DPH 21 %", "2 100,00 Kč")],
        [("Soudní poplatek (není předmětem DPH)", "2 000,00 Kč")],
        [
            ("Správní poplatky – přefakturace bez DPH", "300,00 Kč"),
            ("Celkem k úhradě", "14 400,00 Kč"),
        ],
        ("10000.00", "2100.00", "14400.00"),
    ),
    # a Greek lawyer's fee 'Αμοιβή' and a court stamp '(εκτός ΦΠΑ)', read as the tax; a Romanian
    # notary's 'Onorariu', the registry's fees '(neimpozabile)' and the transfer tax 'încasat
    # pentru buget' (probes scored last, then written)
    "gr": (
        ("Γεώργιος Νικολάου, Δικηγόρος", "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ", "ΑΦΜ 123456789"),
        [("Αριθμός", "412"), ("Ημερομηνία", "02/09/2026")],
        [("Ημερομηνία λήξης", "02/10/2026")],
        [("Αμοιβή", "1.200,00 €"), ("ΦΠΑ 24%", "288,00 €")],
        [("Δικαστικό ένσημο (εκτός ΦΠΑ)", "158,00 €")],
        [("Σύνολο πληρωτέο", "1.646,00 €")],
        ("1200.00", "288.00", "1646.00"),
    ),
    "ro": (
        ("Birou Notarial Ionescu Maria", "FACTURĂ", "CIF RO12345678"),
        [("Factura nr.", "BN4417"), ("Data", "02.09.2026")],
        [("Scadență", "17.09.2026")],
        [("Onorariu", "1.700,00 lei"), ("TVA 19%", "323,00 lei")],
        [("Taxe ANCPI (neimpozabile)", "413,00 lei")],
        [("Impozit încasat pentru buget", "2.000,00 lei"), ("Total de plată", "4.436,00 lei")],
        ("1700.00", "323.00", "4436.00"),
    ),
    # Nordic lawyers: the fee alone as 'Arvode', 'Salær', 'Palkkio'; the outlays ('Utlägg',
    # 'Udlæg', 'Utlegg', 'Kulut') free of VAT, whose VAT's word had been read as the tax; the
    # Norwegian 'Merverdiavgift' had been no tax's word; a registration's fee no identifier
    "se": (
        ("Advokatfirman Lindqvist AB", "Faktura", "Momsreg.nr SE556123456701"),
        [("Fakturanummer", "83471"), ("Fakturadatum", "2026-01-03")],
        [("Förfallodatum", "2026-01-17")],
        [("Arvode enligt bilaga", "12 600,00 kr"), ("Moms 25 %", "3 150,00 kr")],
        [("Utlägg: registreringsavgift Bolagsverket", "1 380,00 kr")],
        [("Utlägg: ansökningsavgift (momsfritt)", "2 687,00 kr"), ("Att betala", "19 817,00 kr")],
        ("12600.00", "3150.00", "19817.00"),
    ),
    "dk": (
        ("Advokatfirmaet Holm & Partnere", "Faktura", "CVR-nr. 12345678"),
        [("Fakturanr.", "83472"), ("Fakturadato", "03.01.2026")],
        [("Forfaldsdato", "17.01.2026")],
        [("Salær", "10.250,00 kr."), ("Moms 25 %", "2.562,50 kr.")],
        [("Udlæg: retsafgift (momsfri)", "746,00 kr.")],
        [("I alt at betale", "13.558,50 kr.")],
        ("10250.00", "2562.50", "13558.50"),
    ),
    "no": (
        ("Advokatfirmaet Berg AS", "Faktura", "Org.nr. 912 345 678 MVA"),
        [("Fakturanummer", "83473"), ("Fakturadato", "03.01.2026")],
        [("Forfallsdato", "17.01.2026")],
        [("Salær", "2 500,00 kr"), ("Merverdiavgift 25 %", "625,00 kr")],
        [("Utlegg: rettsgebyr (mva-fritt)", "2 595,00 kr")],
        [("Å betale", "5 720,00 kr")],
        ("2500.00", "625.00", "5720.00"),
    ),
    "fi": (
        ("Asianajotoimisto Virtanen Oy", "Lasku", "Y-tunnus 1234567-8"),
        [("Laskun numero", "83474"), ("Laskun päivä", "03.01.2026")],
        [("Eräpäivä", "17.01.2026")],
        [("Palkkio", "2 000,00 €"), ("ALV 25,5 %", "510,00 €")],
        [("Kulut: oikeudenkäyntimaksu (ei alv)", "427,00 €")],
        [("Maksettava yhteensä", "2 937,00 €")],
        ("2000.00", "510.00", "2937.00"),
    ),
}


@pytest.mark.parametrize("country", sorted(_OUTLAYS))
def test_what_a_notary_or_lawyer_paid_for_the_client_is_no_tax_and_in_the_total(
    tmp_path: Path, country: str
) -> None:
    (seller, title, tax_id), head, due, fee, outlay, rest, totals = _OUTLAYS[country]
    lines = [(seller, 12.0), ("Hoofdstraat 1", 8.0), (tax_id, 8.0)]
    items = _page(lines, title, head + due, [("Omschrijving", "")], fee + outlay + rest, tax_id)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == totals, reasons
    assert (got["invoice_number"], got["due_date"]) == (head[0][1], _iso(due[0][1])), reasons
    assert status == "accepted", reasons


def _iso(day: str) -> str:
    """A day printed d.m.Y, d/m/Y, d-m-Y or Y-m-d, as ISO."""
    parts = day.replace("/", ".").replace("-", ".").split(".")
    return day if len(parts[0]) == 4 else f"{parts[2]}-{parts[1]}-{parts[0]}"
