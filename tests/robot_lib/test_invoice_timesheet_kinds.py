"""Kinds of layout a time tracker's invoice templates produce (seen on Kimai's templates,
rendered and printed once as a probe and not kept: the templates are not ours to copy), each
drawn here on its own with other names, values and languages: the sender's line as the page's
running header, a column of the invoice's details beside the customer's block, German compound
words over the item table's amounts, a footer of the sender's details under their headings."""

from __future__ import annotations

from pathlib import Path

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import read_page, totals_read
from tests.invoice_typeset import text_page, typeset
from tests.invoice_typeset.markup import page, q

_DETAILS = [
    ("Datum", "06.01.26"),
    ("Leistungsdatum", "Dezember 2025"),
    ("Rechnungsnummer", "2026/014"),
    ("Zahlungsziel", "20.01.26"),
]


def _cells(*texts: str) -> str:
    """Typst grid cells, one a text."""
    return ", ".join(f"[#text({q(x)})]" for x in texts)


def _timesheet_page(path: Path, sender: str, details: list[tuple[str, str]]) -> Path:
    """A page as the templates lay it out: *sender* small at the top with the page's number
    at the right, the customer's block (no heading) beside a column of *details*, the title,
    the items under German heads, the totals, the sender's details in the footer."""
    cells = _cells(*(x for pair in details for x in pair))
    rows = [
        ("Schnittstelle Lagerverwaltung", "95,00 €", "6,50", "617,50 €"),
        ("Abstimmung mit der IT", "95,00 €", "2,00", "190,00 €"),
    ]
    body = _cells(*(c for r in rows for c in r))
    heads = _cells("Beschreibung", "Einzelbetrag", "Anzahl", "Gesamtpreis")
    totals = [
        ("Rechnungsbetrag (netto)", "807,50 €"),
        ("Umsatzsteuer (19%)", "153,43 €"),
        ("Rechnungsendbetrag", "960,93 €"),
    ]
    sums = _cells(*(x for pair in totals for x in pair))
    source = page("a4", "Inter", 10, "de", "2cm") + "\n\n".join(
        [
            f"#text(size: 7pt, {q(sender)}) #h(1fr) #text(size: 7pt)[Seite 1 von 1]",
            "#v(4em)",
            "#grid(columns: (1fr, auto), "
            "[Ostsee Logistik GmbH \\ Werftstraße 5 \\ 24143 Kiel], "
            f"grid(columns: 2, column-gutter: 3em, row-gutter: 0.65em, {cells}))",
            "#v(4em)",
            '#text(size: 15pt, weight: "bold")[Rechnung]',
            f"#grid(columns: (1fr, auto, auto, auto), column-gutter: 2em, row-gutter: 1em, "
            f"{heads}, {body})",
            "#v(1em)",
            f"#align(right, grid(columns: 2, column-gutter: 2em, row-gutter: 0.8em, {sums}))",
            "#v(4em)",
            "#grid(columns: (1fr, 1fr, 1fr), row-gutter: 0.5em, [Adresse], [Bankverbindung], "
            "[Kontakt], [Hafenstraße 12 \\ 24103 Kiel], "
            "[Förde Sparkasse \\ IBAN DE41 2105 0170 0012 3344 55], [jonas\\@brandt-dev.de])",
        ]
    )
    return typeset(source, path)


def test_the_senders_line_at_the_top_with_its_tax_number_after_the_town(tmp_path: Path) -> None:
    # 'Name – Street – Postcode Town – USt-IdNr.: …' as the page's running header, over the
    # customer's block with no heading: the town stands before the tax number, not last (a
    # word of the details' column had been taken for the seller, the largest name near the
    # tax number, and accepted)
    sender = (
        "Jonas Brandt Softwareentwicklung – Hafenstraße 12 – 24103 Kiel – USt-IdNr.: DE 298 771 430"
    )
    ex = extract_invoice(_timesheet_page(tmp_path / "a.pdf", sender, _DETAILS), use_xml=False)
    assert ex.value("seller") == "Jonas Brandt Softwareentwicklung", ex.fields["seller"]
    got = {f: ex.value(f) for f in ("net_total", "tax_total", "gross_total")}
    assert totals_read(got) == ("807.50", "153.43", "960.93"), ex.reasons
    assert (ex.value("issue_date"), ex.value("due_date")) == ("2026-01-06", "2026-01-20")
    assert ex.status == "accepted", ex.reasons


def test_a_label_we_do_not_know_in_the_details_column_is_no_name(tmp_path: Path) -> None:
    # the sender's line without a postcode is no sender line, and 'Leistungsdatum' (the
    # service date's label, between 'Datum' and 'Rechnungsnummer', its value beside it) stood
    # nearest the tax number at the top: it had been accepted as the seller; now the page
    # waits for a person
    sender = "Jonas Brandt Softwareentwicklung – Hafenstraße 12 – Kiel – USt-IdNr.: DE 298 771 430"
    ex = extract_invoice(_timesheet_page(tmp_path / "a.pdf", sender, _DETAILS), use_xml=False)
    assert ex.value("seller") != "Leistungsdatum"
    assert ex.status == "review", ex.fields["seller"]


def test_amount_heads_in_german_compounds_and_only_the_total_printed(tmp_path: Path) -> None:
    # 'Einzelbetrag' and 'Gesamtpreis' over the amounts (no 'Betrag' or 'Preis' alone), and a
    # small trader's page with no tax: the items make the total (the table had not been found,
    # and the total alone could not be checked)
    lines = [
        "^Praxis für Ergotherapie Anna Wolff",
        "Lindenallee 7, 50968 Köln",
        "Steuernummer 217/5120/3344",
        "",
        "Rechnungsnummer | 2026-0071",
        "Datum | 14.04.2026",
        "",
        "Beschreibung | Einzelbetrag | Anzahl | Gesamtpreis",
        "Ergotherapie, Einzelbehandlung | 62,00 € | 6 | 372,00 €",
        "Hausbesuch | 18,50 € | 2 | 37,00 €",
        "",
        "Rechnungsendbetrag | 409,00 €",
        "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
    ]
    ex = extract_invoice(text_page(tmp_path / "a.pdf", lines), use_xml=False)
    assert [li.line_total for li in ex.lines] == ["372.00", "37.00"], ex.reasons
    assert ex.value("gross_total") == "409.00"
    assert ex.status == "accepted", ex.reasons


def test_the_net_invoice_amount_in_brackets_is_the_net(tmp_path: Path) -> None:
    # 'Rechnungsbetrag (netto)': the invoice's amount without the tax (it had been read as a
    # gross total beside 'Rechnungsendbetrag'), here with no items to sum and no tax charged:
    # the net had been missing, and the page waited
    lines = [
        "^Kanzlei Richter & Vogt PartG mbB",
        "Domplatz 3, 99084 Erfurt",
        "USt-IdNr. DE 301 228 475",
        "",
        "Rechnungsnummer | RV-26-118",
        "Datum | 02.03.2026",
        "",
        "Beratung im Februar laut beiliegendem Tätigkeitsnachweis",
        "",
        "Rechnungsbetrag (netto) | 1.250,00 €",
        "Umsatzsteuer (0%) | 0,00 €",
        "Rechnungsendbetrag | 1.250,00 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert totals_read(got) == ("1250.00", "0.00", "1250.00"), reasons
    assert status == "accepted", reasons
    # with the tax charged, the same labels
    lines[-2:] = ["Umsatzsteuer (19%) | 237,50 €", "Rechnungsendbetrag | 1.487,50 €"]
    got, status, reasons = read_page(text_page(tmp_path / "b.pdf", lines))
    assert totals_read(got) == ("1250.00", "237.50", "1487.50"), reasons
    assert status == "accepted", reasons


def test_the_payment_target_is_the_due_date(tmp_path: Path) -> None:
    # 'Payment target', German 'Zahlungsziel' put word for word into English
    lines = [
        "^Fenwick Translation Services Ltd",
        "9 Market Hill, Cambridge CB2 3NJ",
        "VAT GB 289 4410 63",
        "",
        "Invoice number | 2026/052",
        "Date | 17/03/2026",
        "Payment target | 31/03/2026",
        "",
        "Subtotal | £600.00",
        "Tax (20%) | £120.00",
        "Total | £720.00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert (got["issue_date"], got["due_date"]) == ("2026-03-17", "2026-03-31"), reasons
    assert status == "accepted", reasons


def test_a_footers_address_heading_is_no_part_of_the_name_under_it(tmp_path: Path) -> None:
    # the sender's details in the footer under 'Address | Bank account | Contact': the company
    # under 'Address' had been read as 'Address Larkspur Studio LLC'
    foot = ", ".join(
        f"[#text(size: 8pt, {q(c)})]"
        for c in (
            "Address",
            "Bank account",
            "Contact",
            "Larkspur Studio LLC",
            "First Harbor Bank",
            "billing@larkspurstudio.com",
            "310 Alder Street",
            "Account 4471 0092 18",
            "(503) 555-0126",
            "Portland, OR 97204",
            "",
            "",
        )
    )
    rows = [
        ("Brand workshop", "$1,200.00", "1", "$1,200.00"),
        ("Logo system", "$95.00", "12", "$1,140.00"),
    ]
    body = _cells(*(c for r in rows for c in r))
    source = page("us-letter", "Inter", 10, "en", "2cm") + "\n\n".join(
        [
            "#grid(columns: (1fr, auto), [Cobalt Ridge Outfitters \\ 88 Summit Road \\ "
            "Bend, OR 97701], grid(columns: 2, column-gutter: 3em, row-gutter: 0.65em, "
            "[Date], [3/14/26], [Invoice number], [2026-0031], [Payment target], [3/28/26]))",
            "#v(3em)",
            '#text(size: 15pt, weight: "bold")[Invoice]',
            "#grid(columns: (1fr, auto, auto, auto), column-gutter: 2em, row-gutter: 1em, "
            + _cells("Description", "Unit price", "Quantity", "Total price")
            + f", {body})",
            '#align(right, grid(columns: 2, column-gutter: 2em, [Total], [#text("$2,340.00")]))',
            "#v(1fr)",
            f"#grid(columns: (1fr, 1fr, 1fr), row-gutter: 0.4em, {foot})",
        ]
    )
    ex = extract_invoice(typeset(source, tmp_path / "a.pdf"), use_xml=False)
    assert ex.value("seller") == "Larkspur Studio LLC", ex.fields["seller"]
