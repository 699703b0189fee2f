"""Invoices typeset by CTAN packages (in TeX Live), kept as PDFs in ``tests/data/ctan_invoices``
(``tests/invoice_ctan``): simpleinvoice's whole invoice in English and Norwegian, factura's
Venezuelan invoice in Spanish and in its German example's words, the invoice package's table in
a KOMA-Script letter in seven languages (and invoice2's table in three), isodoc's letter-style
invoice in eight, facture's French invoice in three countries, read as a new vendor's page is
read. And the kinds of layout they showed, drawn on their own with other names, values and
languages (isodoc's in ``test_invoice_isodoc.py``, TeX's signs and math comma in
``test_invoice_tex_signs.py``, facture's in ``test_invoice_facture.py``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_ctan import FIXTURES, PACKAGES, SEEDS, facture, invoice, isodoc
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


def _amount(text: str) -> Decimal:
    """'£1,250.00' or '1 250,00 kr' as a number."""
    digits = "".join(c for c in text if c.isdigit() or c in ",.")
    if text.endswith("kr"):
        digits = digits.replace(",", ".")
    return Decimal(digits.replace(",", ""))


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == sum(len(languages) for languages in PACKAGES.values()) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        if job["package"] == "factura":  # the class computes the totals from the items
            items = sum(Decimal(i["price"]) * i["qty"] for i in job["items"])
            assert items == Decimal(str(truth["net_total"]))
            continue
        if job["package"] == "invoice":  # and so does the invoice package, its fees
            fees = [f for p in job["projects"] for f in p["fees"]]
            total = sum(Decimal(f["rate"]) * Decimal(f["count"]) for f in fees)
            assert total == Decimal(str(truth["net_total"]))
            continue
        if job["package"] == "invoice2":  # the package computes the totals from the items
            prices = [i["count"] * Decimal(i["price"]) for i in job["items"]]
            gross = Decimal(str(truth["gross_total"]))
            assert (
                job["included"]
                or truth["net_total"] is None
                or sum(prices) == Decimal(str(truth["net_total"]))
            )
            assert not job["included"] or sum(prices) == gross
            continue
        if job["package"] == "facture":  # the class computes the lines and their sums
            lines = [(facture.number(i["price"]) * i["count"], i) for i in job["lines"]]
            net = sum(amount - facture.number(i["off"]) for amount, i in lines)
            assert net == Decimal(str(truth["net_total"] or truth["gross_total"]))
            continue
        if job["package"] == "isodoc":  # the writer gives every amount: they add up
            language = job["language"]
            rows = sum(isodoc.as_number(language, a) for _d, a in job["rows"])
            sums = [isodoc.as_number(language, a) for _w, a in job["totals"]]
            assert sums[-1] == Decimal(str(truth["gross_total"])) == rows + sum(sums[1:-1])
            assert truth["net_total"] is None or Decimal(str(truth["net_total"])) == rows
            continue
        given = (job["subtotal"], job["vat"], job["total"])
        assert tuple(_amount(v) for v in given) == tuple(
            Decimal(str(v)) for v in totals_read(truth)
        )


def test_every_page_reads_right_and_goes_through() -> None:
    # KOMA-Script's Dutch letter labels the invoice's number 'Rekening No.', which in Dutch
    # names a bank account as often: not read, those pages wait
    dutch = {p.name: {"invoice_number"} for p, _t in CASES if "-dutch-" in p.name}
    assert_kept_read(CASES, dutch)


def test_a_bare_addressee_company_beside_a_sender_its_mail_names(tmp_path: Path) -> None:
    # the customer, a company with its legal form, stands with its street and town alone; the
    # sender, a name with no legal form, stands beside it with a phone and an e-mail address
    # that carries its name: the sender is the seller (the customer was taken, and accepted)
    body = [
        "| ^Rechnung",
        "| Atelier Sonnenberg",
        "| Lindenstraße 4, 79098 Freiburg",
        "| Tel. 0761 288 410",
        "| info@atelier-sonnenberg.de",
        "^Müller Haustechnik GmbH |",
        "Industriestraße 22 | Rechnungsnummer: 118",
        "79110 Freiburg | Rechnungsdatum: 12.11.2026",
        "| Zahlbar bis: 26.11.2026",
        "",
        "Leistung | Menge | Preis | Betrag",
        "Wandgestaltung Empfang | 1 | 1.450,00 € | 1.450,00 €",
        "",
        "Nettobetrag | 1.450,00 €",
        "USt. 19 % | 275,50 €",
        "Gesamtbetrag | 1.725,50 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "de.pdf", body))
    assert got["seller"] == "Atelier Sonnenberg"
    assert status == "accepted", reasons


def test_a_deadline_among_the_invoices_dates(tmp_path: Path) -> None:
    # 'Deadline: 4 December 2026' under the invoice's date: the due date (not read)
    body = [
        "^Invoice 2026-077",
        "Harrow Lane Joinery Ltd",
        "8 Harrow Lane, Leeds LS6 2QT",
        "Invoice date: 20 November 2026",
        "Deadline: 4 December 2026",
        "",
        "Net | £500.00",
        "VAT 20% | £100.00",
        "Total | £600.00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "en.pdf", body))
    assert got["due_date"] == "2026-12-04"
    assert status == "accepted", reasons


def test_the_vats_base_as_the_nordic_pages_name_it(tmp_path: Path) -> None:
    # 'Momsgrundlag' (Danish: the VAT's base), with no VAT charged: the net (not read; the
    # gross could not be checked)
    body = [
        "^Faktura 3318",
        "Tømrerfirma Holm ApS",
        "Søndergade 12, 8000 Aarhus C",
        "Fakturadato: | 03.11.2026",
        "",
        "Momsgrundlag: | 4.800,00 kr.",
        "Moms 0 %: | 0,00 kr.",
        "I alt: | 4.800,00 kr.",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "da.pdf", body))
    assert totals_read(got) == ("4800.00", "0.00", "4800.00")
    assert status == "accepted", reasons


def test_latex_euro_sign_read_as_a_letter_before_the_amounts(tmp_path: Path) -> None:
    # eurosym's euro glyph, which a text layer reads as 'e' glued to the amount ('e1.240,00'):
    # the amounts were not read at all (no total)
    body = [
        "^Rechnung Nr. 2026-31",
        "Tischlerei Ebner KG",
        "Hauptplatz 6, 4020 Linz",
        "Rechnungsdatum: | 05.11.2026",
        "",
        "Leistung | Menge | Einzelpreis | Gesamt",
        "Küchenfront lackiert | 1 | e1.200,00 | e1.200,00",
        "",
        "Summe netto | e1.200,00",
        "USt. 20 % | e240,00",
        "Gesamtbetrag | e1.440,00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "at.pdf", body))
    assert totals_read(got) == ("1200.00", "240.00", "1440.00")
    assert status == "accepted", reasons


def test_a_base_free_of_vat_beside_one_rates_net(tmp_path: Path) -> None:
    # 'Base imponible 21 %' is one rate's base; 'Exento' the rest of the items, printed, and
    # the items and the tax make the total: the net is the items' sum (the net was read as
    # the one rate's base and the page waited). In German, 'USt-befreit' names such a base,
    # not a tax (its amount was added to the tax)
    for lang, body in (
        (
            "es",
            [
                "^Factura F-2026-204",
                "Librería Cervantes S.L.",
                "Calle Mayor 12, 28013 Madrid",
                "Fecha: | 10/11/2026",
                "",
                "Concepto | Cantidad | Precio | Importe",
                "Estantería de roble | 1 | 1.000,00 € | 1.000,00 €",
                "Libro de texto | 2 | 100,00 € | 200,00 €",
                "",
                "Base imponible 21 % | 1.000,00 €",
                "Exento | 200,00 €",
                "IVA 21 % | 210,00 €",
                "Total | 1.410,00 €",
            ],
        ),
        (
            "de",
            [
                "^Rechnung 2026-118",
                "Schreinerei Vogt GmbH",
                "Talstraße 9, 79102 Freiburg",
                "Rechnungsdatum: | 10.11.2026",
                "",
                "Leistung | Menge | Einzelpreis | Gesamt",
                "Einbauregal | 1 | 1.000,00 € | 1.000,00 €",
                "Prüfgebühr Bauamt | 1 | 200,00 € | 200,00 €",
                "",
                "Netto 19 % | 1.000,00 €",
                "USt-befreit | 200,00 €",
                "USt. 19 % | 190,00 €",
                "Gesamt | 1.390,00 €",
            ],
        ),
    ):
        got, status, reasons = read_page(text_page(tmp_path / f"{lang}.pdf", body))
        assert totals_read(got)[1:] == (
            ("210.00", "1410.00") if lang == "es" else ("190.00", "1390.00")
        ), lang
        assert got["net_total"] == "1200.00", lang
        assert status == "accepted", (lang, reasons)


def test_an_items_sum_with_its_vat_is_no_total_that_makes_the_others_add_up(
    tmp_path: Path,
) -> None:
    # 'Description | Item price | VAT | Sum' heads the items with no quantity: each row's sum
    # with its VAT is an item's, not a totals table's gross. A page whose total is printed one
    # unit off waits (the item's sum, which net + tax make, was taken for the gross, and the
    # page was accepted against the total it prints twice)
    body = [
        "^Lasku 2026-51",
        "Saaristo Design Oy",
        "Linnankatu 14, 20100 Turku",
        "Invoice date: 3 November 2026",
        "",
        "Description | Item price | VAT | Sum",
        "Brand guidelines, 40 pages | €2,400.00 | 25.5 % | €3,012.00",
        "",
        "Subtotal: | €2,400.00",
        "VAT: | €612.00",
        "Total: | €3,013.00",
        "",
        "Payment info",
        "Total: | €3,013.00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "fi.pdf", body))
    assert status == "review", got


def test_the_currency_the_amounts_column_head_names(tmp_path: Path) -> None:
    # 'Beløb (DKK)' heads the amounts, which carry no code: the currency is sure (it was read
    # as the one code printed once, and the page waited)
    body = [
        "^Faktura 2026-1107",
        "Nørrebro Tegnestue ApS",
        "Jægersborggade 41, 2200 København N",
        "Fakturadato: | 12.11.2026",
        "",
        "Ydelse | Antal | Pris | Beløb (DKK)",
        "Skitseprojekt | 1 | 18.000,00 | 18.000,00",
        "",
        "Subtotal | 18.000,00",
        "Moms 25 % | 4.500,00",
        "I alt | 22.500,00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "da.pdf", body))
    assert got["currency"] == "DKK"
    assert status == "accepted", reasons


def test_a_date_whose_ordinal_is_set_apart(tmp_path: Path) -> None:
    # '1 er décembre 2026': the ordinal raised and set apart from its day (no date was read)
    body = [
        "^Facture F-2026-88",
        "Atelier Brunet SARL",
        "3 rue des Carmes, 84000 Avignon",
        "Date | 1 er décembre 2026",
        "",
        "Total HT | 400,00 €",
        "TVA 20 % | 80,00 €",
        "Total TTC | 480,00 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "fr.pdf", body))
    assert got["issue_date"] == "2026-12-01"
    assert status == "accepted", reasons


def test_sections_each_with_its_heads_tax_and_total_then_the_sums(tmp_path: Path) -> None:
    # two projects, each with its own heads, subtotal, VAT and total, then 'Totale onorario',
    # 'Totale IVA', 'Totale': the items of both are the invoice's, the sums its totals (the
    # second project's items were lost, the net taken from a project's total)
    section = [
        "Attività | Prezzo | Quantità | Importo (EUR)",
        "{a} | 500.00 | 2 | 1000.00",
        "Subtotale onorario | | | 1000.00",
        "IVA (22%) | | | 220.00",
        "Subtotale {p} | | | 1220.00",
        "",
    ]
    body = [
        "^Fattura 2026/41",
        "Studio Conti Consulenze S.r.l.",
        "Via Dante 7, 20121 Milano",
        "Data: | 3 novembre 2026",
        "",
    ]
    for p, a in (("Analisi costi", "Interviste"), ("Piano vendite", "Workshop")):
        body += [p, ""] + [x.format(a=a, p=p) for x in section]
    body += ["Totale onorario | 2000.00", "Totale IVA | 440.00", "Totale | 2440.00"]
    got, status, reasons = read_page(text_page(tmp_path / "it.pdf", body))
    assert totals_read(got) == ("2000.00", "440.00", "2440.00")
    assert status == "accepted", reasons
