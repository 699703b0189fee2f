"""Invoices printed by SQL-Ledger, kept as PDFs in ``tests/data/sqlledger_invoices``
(``tests/invoice_sqlledger``): an ERP's own invoice templates in five languages and six
locales, read as a new vendor's page is read. And the kinds of layout it showed, drawn on their
own with other names, values and languages."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_sqlledger import FIXTURES, LOCALES, OUTPUTS, SEEDS, invoice
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


def test_every_page_reads_right_and_goes_through() -> None:
    assert len(CASES) == len(OUTPUTS) * len(LOCALES) * SEEDS
    assert_kept_read(CASES, {})


def test_the_kept_folder_holds_what_its_values_name() -> None:
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        assert job["gross"] == truth["gross_total"]


def test_a_bare_number_word_in_a_column_of_labels_set_flush_right(tmp_path: Path) -> None:
    # 'Date de facture', 'Échéance' and a bare 'Numéro' set flush right beside their values,
    # right of the title: the number word ends where the date's label ends (only a column
    # of labels starting together was known, and the page waited for its number)
    body = [
        "^Facture",
        "Ébénisterie Roussel SARL",
        "5 rue des Forges, 21000 Dijon",
        "",
        " | Date de facture | 07/10/2026",
        " | Échéance | 21/10/2026",
        " | Numéro | 2026-118",
        "",
        "Désignation | Montant",
        "Table en chêne | 1 200,00 €",
        "Total HT | 1 200,00 €",
        "TVA 20 % | 240,00 €",
        "Total TTC | 1 440,00 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "fr.pdf", body, style="right"))
    assert got["invoice_number"] == "2026-118" and got["due_date"] == "2026-10-21"
    assert status == "accepted", reasons


def test_bezahlbar_bis_is_the_due_date(tmp_path: Path) -> None:
    # 'Bezahlbar bis' (payable by), as 'zahlbar bis'; it was not known
    body = [
        "^Rechnung 4471",
        "Elektro Sommer GmbH",
        "Hauptstraße 7, 73728 Esslingen",
        "Rechnungsdatum: 09.10.2026",
        "Bezahlbar bis: 23.10.2026",
        "",
        "Beschreibung | Betrag",
        "Zählerschrank montiert | 880,00 €",
        "Nettobetrag | 880,00 €",
        "MwSt. 19 % | 167,20 €",
        "Gesamtbetrag | 1.047,20 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "de.pdf", body))
    assert got["due_date"] == "2026-10-23"
    assert status == "accepted", reasons


def test_the_balance_to_pay_under_two_tax_lines_is_the_gross(tmp_path: Path) -> None:
    # 'Solde à régler' (French) and 'Openstaand' (Dutch), the balance to pay under a tax line
    # per rate: the gross, and the two tax lines together the tax (no gross was read, and
    # the second tax line alone was taken)
    pages = {
        "fr": (
            "Librairie Martin SARL / 8 place Kléber, 67000 Strasbourg",
            ["Books | 5,5 % | 100,00", "Stationery | 20 %  | 200,00"],
            [
                "Sous-total | 300,00",
                "TVA 20% | 40,00",
                "TVA 5,5% | 5,50",
                "Solde à régler | 345,50",
            ],
            ("300.00", "45.50", "345.50"),
        ),
        "nl": (
            "Boekhandel De Lezer B.V. / Diezerstraat 41, 8011 RD Zwolle",
            ["Books | 9 % | 100,00", "Stationery | 21 % | 200,00"],
            ["Subtotaal | 300,00", "BTW 21% | 42,00", "BTW 9% | 9,00", "Openstaand | 351,00"],
            ("300.00", "51.00", "351.00"),
        ),
    }
    for code, (seller, rows, totals, want) in pages.items():
        name, address = seller.split(" / ")
        body = [
            "^Invoice 2026-0931",
            name,
            address,
            "Date: 12.10.2026",
            "",
            "Description | Rate | Amount",
            *rows,
            *totals,
            "Amounts in EUR",
        ]
        got, status, reasons = read_page(text_page(tmp_path / f"{code}.pdf", body))
        assert totals_read(got) == want, code
        assert status == "accepted", (code, reasons)


def test_a_scandinavian_sentence_names_the_currency(tmp_path: Path) -> None:
    # 'Alle priser er i DKK' (Danish: all prices are in DKK), the amounts bare: the currency
    # was left uncertain
    body = [
        "^Faktura 10482",
        "Tømrerfirma Lund ApS",
        "Vestergade 18, 8000 Aarhus C",
        "Fakturadato: 02.11.2026",
        "",
        "Beskrivelse | Beløb",
        "Nye vinduer monteret | 12.400,00",
        "Subtotal | 12.400,00",
        "Moms 25 % | 3.100,00",
        "I alt | 15.500,00",
        "Alle priser er i DKK",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "dk.pdf", body))
    assert got["currency"] == "DKK"
    assert status == "accepted", reasons


def test_accents_drawn_apart_are_put_back_on_their_letters() -> None:
    # TeX's classic fonts draw 'ř', 'ñ', 'ç' as the letter and a spacing accent over it (a
    # cedilla under it), the accent before or after its letter in the text layer: joined, the
    # words read whole ('Dodavatel Dvořák', 'Señor', 'Façade'); an accent over no letter stays
    from robot_lib.pdf_accents import composed

    def letter(text: str, x0: float, width: float = 5.0) -> dict[str, float | str]:
        return {"text": text, "x0": x0, "x1": x0 + width, "top": 100.0, "bottom": 110.0}

    word = [letter("r", 10), letter("\u02c7", 10.5, 4), letter("a", 15)]  # caron over 'r'
    assert [c["text"] for c in composed(word)] == ["ř", "a"]
    word = [letter("S", 10), letter("e", 15), letter("\u02dc", 20.5, 4), letter("n", 20)]
    assert [c["text"] for c in composed(word)] == ["S", "e", "ñ"]  # the tilde after its box
    word = [letter("c", 10), letter("\u00b8", 11, 3), letter("a", 15)]
    assert [c["text"] for c in composed(word)] == ["ç", "a"]
    word = [letter("\u00b4", 10, 4), letter("\u0131", 10.5, 3)]  # over a dotless i: 'í'
    assert [c["text"] for c in composed(word)] == ["í"]
    apart = [letter("a", 10), letter("\u00b4", 30, 4), letter("b", 50)]
    assert [c["text"] for c in composed(apart)] == ["a", "\u00b4", "b"]


def test_labels_that_start_alike_are_no_label_wrapped_over_two_lines(tmp_path: Path) -> None:
    # 'Numéro de facture | 4410' over 'Numéro de commande': two rows of a column of labels
    # that start alike, the second with no value (read as one label wrapped over two lines,
    # 'facture Numéro', and the number lost)
    body = [
        "^Facture",
        "Atelier Garnier SARL",
        "9 quai Saint-Vincent, 69001 Lyon",
        "",
        " | Date de facturation | 05/10/2026",
        " | Numéro de facture | 4410",
        " | Numéro de commande |",
        "",
        "Désignation | Montant",
        "Reliure de 12 registres | 540,00 €",
        "Total HT | 540,00 €",
        "TVA 20 % | 108,00 €",
        "Total TTC | 648,00 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "fr.pdf", body, style="close"))
    assert got["invoice_number"] == "4410"
    assert status == "accepted", reasons
    # ... nor 'Fakturanr. | 4471' over 'Ordernr.': the label's stop and space after it read
    # no further
    body = [
        "^Faktura",
        "Dalarnas Tryckeri AB",
        "Stationsgatan 2, 791 71 Falun",
        "",
        " | Datum | 2026-11-02",
        " | Fakturanr. | 4471",
        " | Ordernr. |",
        "",
        "Beskrivning | Belopp",
        "Affischer | 2 000,00 kr",
        "Summa exkl. moms | 2 000,00 kr",
        "Moms 25% | 500,00 kr",
        "Att betala | 2 500,00 kr",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "sv.pdf", body, style="close"))
    assert got["invoice_number"] == "4471"
    assert status == "accepted", reasons


def test_the_letterhead_over_the_customers_address(tmp_path: Path) -> None:
    # the sender's name, street and town as the page's first lines, 3 cm down (where a window
    # envelope's field may begin), the customer's address under them with its town before
    # its postcode ('Bergen 5013', as US-made ERPs print it): the first block was taken for
    # the envelope's address, and the customer's company for the seller
    from tests.invoice_typeset import typeset
    from tests.invoice_typeset.markup import cells, lines, page, t

    source = page("a4", "Inter", 10, "en", "3cm") + "\n\n".join(
        [
            "#" + lines("Nordvik Verktøy AS", "Kongens gate 14", "7011 Trondheim"),
            "#v(2cm)",
            "#" + lines("Fjordtre Snekkeri AS", "Strandgata 12", "Bergen 5013", "Norge"),
            "#v(2cm)",
            "#" + t("Faktura 20261207", 14, bold=True),
            "#" + t("Fakturadato: 09.11.2026"),
            "#grid(columns: 2, column-gutter: 3em, row-gutter: 0.6em, "
            + cells(
                "Beskrivelse",
                "Beløp",
                "Høvelbenk",
                "8 400,00 kr",
                "Sum eks. mva",
                "8 400,00 kr",
                "Mva 25 %",
                "2 100,00 kr",
                "Å betale",
                "10 500,00 kr",
            )
            + ")",
        ]
    )
    got, status, reasons = read_page(typeset(source, tmp_path / "no.pdf"))
    assert got["seller"] == "Nordvik Verktøy AS"
    assert status == "accepted", reasons


def test_a_total_over_the_tax_lines_is_the_net(tmp_path: Path) -> None:
    # 'Total' over a tax line per rate and the amount asked under them: the first total is
    # the net, the two tax lines the tax (no net was read, and the page waited)
    body = [
        "^Invoice 7718",
        "Harbour Print Ltd",
        "21 Quay Street, Galway H91 X2C4",
        "Invoice date: 12/10/2026",
        "",
        "Description | Amount",
        "Posters | 600.00",
        "Booklets | 400.00",
        "Total | 1,000.00",
        "VAT 23% on 600.00 | 138.00",
        "VAT 13.5% on 400.00 | 54.00",
        "Balance due | 1,192.00",
        "All amounts in EUR",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "ie.pdf", body))
    assert totals_read(got) == ("1000.00", "192.00", "1192.00")
    assert status == "accepted", reasons


def test_a_weaker_total_over_the_amount_asked_with_no_tax_is_the_net(tmp_path: Path) -> None:
    # no tax: 'Total' and, under it, 'Balance due', the same amount: the net is the gross
    # (it was left unread: a receipt's total and payment print so too, the payment's word
    # weaker than the total's)
    body = [
        "^Invoice 2291",
        "Kestrel Translations Ltd",
        "4 Castle Street, Edinburgh EH2 3AH",
        "Invoice date: 02/11/2026",
        "",
        "Description | Amount",
        "Translation, 6,000 words | £720.00",
        "Total | £720.00",
        "Balance due | £720.00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "uk.pdf", body))
    assert totals_read(got) == ("720.00", None, "720.00")
    assert status == "accepted", reasons


def test_words_of_the_latex_templates(tmp_path: Path) -> None:
    # the older Dutch 'Faktuurnummer'; Swedish 'Pris ex moms' (the net) and 'Skyldig' (owed:
    # the gross); German 'Geforderter Betrag'; 'Tous les prix indiqués sont en EUR'
    nl = [
        "^Faktuur",
        "Drukkerij Smit B.V.",
        "Havenweg 3, 1621 AB Hoorn",
        "Faktuurnummer: 2026-0077",
        "Datum: 02-11-2026",
        "",
        "Omschrijving | Bedrag",
        "Folders | € 250,00",
        "Subtotaal | € 250,00",
        "BTW 21% | € 52,50",
        "Totaal | € 302,50",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "nl.pdf", nl))
    assert got["invoice_number"] == "2026-0077", reasons
    sv = [
        "^Faktura 4471",
        "Dalarnas Tryckeri AB",
        "Stationsgatan 2, 791 71 Falun",
        "Fakturadatum: 2026-11-02",
        "",
        "Beskrivning | Belopp",
        "Affischer | 2 000,00 kr",
        "Pris ex moms | 2 000,00 kr",
        "Moms 25% | 500,00 kr",
        "Skyldig | 2 500,00 kr",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "sv.pdf", sv))
    assert totals_read(got) == ("2000.00", "500.00", "2500.00")
    assert status == "accepted", reasons
    de = [
        "^Rechnung 2026-310",
        "Druckerei Albers GmbH",
        "Lindenstraße 5, 49074 Osnabrück",
        "Rechnungsdatum: 02.11.2026",
        "",
        "Beschreibung | Betrag",
        "Plakate | 800,00",
        "Nettobetrag | 800,00",
        "MwSt. 19 % | 152,00",
        "Geforderter Betrag | 952,00",
        "Tous les prix indiqués sont en EUR.",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "de.pdf", de))
    assert totals_read(got) == ("800.00", "152.00", "952.00") and got["currency"] == "EUR"
    assert status == "accepted", reasons
