"""Kinds of layout that self-hosted invoicing apps print (seen on InvoiceShelf's templates, the
Crater fork, printed by dompdf, scored once as a probe and not kept: its templates are not
ours to copy), each drawn here on its own with other names, values and languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_typeset import text_page, typeset


def test_a_french_customers_block_under_facturer_a_is_not_the_seller(tmp_path: Path) -> None:
    # 'Facturer à' and 'Expédier à' head the customer's billing and delivery blocks; the
    # customer's company (a legal form, the seller's name having none) had been taken for the
    # seller
    sender = ["Éditions Vauclair", "8 rue Paradis", "Marseille  Bouches-du-Rhône", "France  13001"]
    rest = [
        "Articles | Quantité | Prix | Montant",
        "Mise en page catalogue | 1 | 840,00€ | 840,00€",
        "Sous-total | 840,00€",
        "TVA (20%) | 168,00€",
        "Total TTC | 1.008,00€",
    ]
    details = ("Numéro", "F-2026-118", "Date", "12/10/2026", "Date d'échéance", "11/11/2026")
    for heading in ("Facturer à", "Expédier à"):
        pdf = _banner_page(
            tmp_path / "a.pdf", sender[0], sender, heading, "Garnier SARL", rest, details
        )
        got, status, reasons = read_page(pdf)
        assert got["seller"] == "Éditions Vauclair", (heading, reasons)
        assert status == "accepted", (heading, reasons)


def _banner_page(
    path: Path,
    banner: str,
    sender: list[str],
    heading: str,
    customer: str,
    rest: list[str],
    details: tuple[str, ...] = ("Invoice Number", "QD-0419", "Invoice Date", "03/10/2026"),
) -> Path:
    """A page as a self-hosted invoicing app prints one: the seller's name centred large at the
    top, under it its postal block at the left (its name again first) beside the number and
    dates, the *customer*'s block under *heading*, then the rows of *rest* ('|' parts cells)."""
    from tests.invoice_typeset.markup import cells, lines, page, t

    block = [customer, "2 Dock Road", "Hull  HU1 2AB"]
    parts = [
        "#align(center, " + t(banner, 18, bold=True) + ")",
        f"#grid(columns: (1fr, auto), {lines(*sender, bold_first=True)}, "
        f"grid(columns: 2, column-gutter: 2em, row-gutter: 0.5em, {cells(*details)}))",
        "#v(2em)",
        "#" + lines(heading, *block),
    ]
    for row in rest:
        texts = [c.strip() for c in row.split("|")]
        parts.append(f"#grid(columns: {len(texts)}, column-gutter: 2em, {cells(*texts)})")
    return typeset(page("a4", "Inter", 10, "en", "2cm") + "\n\n".join(parts), path)


def test_a_name_over_its_own_address_block_under_a_banner_of_it_is_the_seller(
    tmp_path: Path,
) -> None:
    # a studio with no legal form prints its name as a banner centred at the top and again
    # over its postal block; the customer's company, under 'Bill to,' (its comma too), has a
    # legal form: it had been taken for the seller (the banner and the block stand closer than
    # the 'printed again further down' the page needs, and the block ends with the country
    # before the postcode, no town after a postcode)
    sender = [
        "Quillfeather Design",
        "71 Harbour Street",
        "Whitby  North Yorkshire",
        "United Kingdom  YO21 3PU",
    ]
    rest = [
        "Items | Quantity | Price | Amount",
        "Brand guidelines | 1 | £1,250.00 | £1,250.00",
        "Icon set | 2 | £180.00 | £360.00",
        "Subtotal | £1,610.00",
        "VAT (20%) | £322.00",
        "Total | £1,932.00",
    ]
    # (and where the customer's name has no legal form either, the banner, the largest text,
    # had been only a guess: nothing printed it again further down)
    for heading, customer in [
        ("Bill to,", "Ashcombe Freight Ltd"),
        ("Billing Address", "Ashcombe Freight Ltd"),
        ("Bill to,", "Ashcombe Freight"),
    ]:
        pdf = _banner_page(
            tmp_path / "a.pdf", "Quillfeather Design", sender, heading, customer, rest
        )
        got, status, reasons = read_page(pdf)
        assert got["seller"] == "Quillfeather Design", (heading, customer, reasons)
        assert status == "accepted", (heading, customer, reasons)


def test_swiss_francs_printed_as_fr(tmp_path: Path) -> None:
    # 'Fr.1'250.00', 'Fr. 96.50': the Swiss franc's sign before the amount (a weekday's 'Fr.'
    # before a date is none)
    page = [
        "^Rechnung",
        "Bergwerk Holzbau GmbH, Seestrasse 9, 6003 Luzern",
        "Rechnungsnummer: 2026-311",
        "Rechnungsdatum: Fr. 09.10.2026",
        "",
        "Artikel | Menge | Preis | Summe",
        "Dachlatten | 40 | Fr.12.50 | Fr.500.00",
        "Montage | 8 | Fr.93.75 | Fr.750.00",
        "",
        "Zwischensumme | Fr.1'250.00",
        "MWST (8.1%) | Fr.101.25",
        "Gesamt | Fr.1'351.25",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", page))
    assert got["currency"] == "CHF", reasons
    assert totals_read(got) == ("1250.00", "101.25", "1351.25"), reasons
    assert status == "accepted", reasons


def test_a_greek_invoice_with_its_number_in_a_grid_and_the_amount_to_pay(tmp_path: Path) -> None:
    # a Greek-speaking firm's own template: 'Είδος Παραστατικού | Σειρά | Αριθμός | Ημ/νία
    # Έκδοσης' over the values, 'Συνολική αξία' (the value before the tax), 'ΦΠΑ (24%)', a
    # 'Έκπτωση' line of nothing, and 'Ποσό πληρωμής:' (the amount to pay)
    page = [
        "^Kallisto Software Ltd",
        "ΑΦΤ: 10299911Q · Λεωφ. Μακαρίου 12, 1065 Λευκωσία",
        "",
        "Είδος Παραστατικού | Σειρά | Αριθμός | Ημ/νία Έκδοσης",
        "Τιμολόγιο παροχής υπηρεσιών | Α | 00412 | 14/09/2026",
        "",
        "Στοιχεία πελάτη",
        "Επωνυμία | Dimitriou Marine Ltd",
        "Α.Φ.Μ. | CY10455512K",
        "",
        "# | Υπηρεσία | Ποσ. | Τιμή | Σύνολο",
        "1 | Φιλοξενία ιστοσελίδας | 12 | 25,00€ | 300,00€",
        "2 | Συντήρηση | 3 | 60,00€ | 180,00€",
        "",
        "Συνολική αξία | 480,00€",
        "ΦΠΑ (24%) | 115,20€",
        "Έκπτωση | 0,00€",
        "Ποσό πληρωμής: | 595,20€",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", page))
    assert got["invoice_number"] == "00412", reasons
    assert totals_read(got) == ("480.00", "115.20", "595.20"), reasons
    assert status == "accepted", reasons


def test_a_discount_under_the_subtotal_with_no_tax(tmp_path: Path) -> None:
    # 'Subtotal', 'Discount (10%)', 'Total' and no tax (a small business exempt from VAT):
    # the net is what is left after the discount, the total; the subtotal had been read as
    # the net and the total as not cross-checked
    page = [
        "^Invoice",
        "Fernhill Joinery Ltd, 4 Quarry Lane, Bath BA1 5EE",
        "Invoice Number: FJ-2031",
        "Invoice Date: 21/08/2026",
        "",
        "Items | Quantity | Price | Amount",
        "Oak shelving | 3 | £240.00 | £720.00",
        "Fitting | 4 | £45.00 | £180.00",
        "",
        "Subtotal | £900.00",
        "Discount (10%) | £90.00",
        "Total | £810.00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", page))
    assert totals_read(got) == ("810.00", None, "810.00"), reasons
    assert status == "accepted", reasons


def test_a_discount_after_the_tax_that_the_tax_was_reckoned_without(tmp_path: Path) -> None:
    # 'Subtotal 415.00', 'VAT (19%) 74.91', 'Discount (5%) 20.75', 'Total 469.16': the tax is
    # 19 % of the subtotal less the discount, so the net is 394.25, not the subtotal (which
    # had been accepted as the net); where the tax is the rate of the whole subtotal, the
    # discount comes off the total (a coupon after the tax) and the subtotal is the net
    cases = [
        (
            ["Subtotal | 415,00€", "VAT (19%) | 74,91€", "Discount (5%) | 20,75€"],
            "469,16€",
            "394.25",
        ),
        (["Subtotal | 415,00€", "VAT (19%) | 78,85€", "Discount | 20,75€"], "473,10€", "415.00"),
    ]
    for rows, total, net in cases:
        page = [
            "^Invoice",
            "Ionian Web Works Ltd, 3 Anexartisias, 3036 Limassol, Cyprus",
            "Number: IW-771",
            "Date: 02/11/2026",
            "",
            "Items | Quantity | Price | Total",
            "Website care | 1 | 415,00€ | 415,00€",
            "",
            *rows,
            f"Total | {total}",
        ]
        got, status, reasons = read_page(text_page(tmp_path / "a.pdf", page))
        assert got["net_total"] == net, (rows, reasons)
        assert status == "accepted", (rows, reasons)


def test_a_bare_dollar_of_a_seller_whose_address_is_in_australia(tmp_path: Path) -> None:
    # '$' with the seller's own block in Australia (no ABN printed) is the Australian dollar,
    # and the dates are day first ('04/09/2026' is 4 September): read as US dollars and 9 April
    # they had been accepted; the customer in the United States changes neither
    page = [
        "^Wattlebird Media Pty Ltd",
        "Wattlebird Media Pty Ltd | Invoice Number | WM-0093",
        "12 Kent Street | Invoice Date | 04/09/2026",
        "Sydney NSW | Due Date | 18/09/2026",
        "Australia 2000",
        "",
        "Bill to,",
        "Larkspur Analytics LLC",
        "500 Pine St",
        "Seattle WA",
        "United States 98101",
        "",
        "Items | Quantity | Price | Amount",
        "Video edit | 6 | $120.00 | $720.00",
        "",
        "Subtotal | $720.00",
        "GST (10%) | $72.00",
        "Total | $792.00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", page))
    assert got["currency"] == "AUD", reasons
    assert (got["issue_date"], got["due_date"]) == ("2026-09-04", "2026-09-18"), reasons
    assert status == "accepted", reasons


def test_a_bare_dollar_of_a_seller_in_the_united_states_billing_an_australian_firm(
    tmp_path: Path,
) -> None:
    # the other way round (a merchant of record's invoice): the seller's block in the United
    # States, the customer's under 'Bill to' in Australia with its ABN, the Australian GST
    # charged, '$' throughout: the US dollar. The customer's ABN had made it the Australian
    # dollar, and the page was accepted so
    page = [
        "^Invoice",
        "Invoice number | KR-20417",
        "Date of issue | June 11, 2026",
        "",
        "Bramblecode, Inc. | Bill to",
        "1901 Harrison St | Tidewater Labs Pty Ltd",
        "Oakland, California 94612 | 9 Lower River Tce",
        "United States | Brisbane, Queensland 4169",
        "support@bramblecode.com | ABN 51 824 753 556",
        "",
        "Description | Quantity | Unit Price | Amount",
        "Team plan - Yearly | 1 | $480.00 | $480.00",
        "",
        "Subtotal | $480.00",
        "GST — Australia (10%) | $48.00",
        "Total | $528.00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", page))
    assert got["seller"] == "Bramblecode, Inc.", reasons
    assert got["currency"] == "USD", reasons
    assert got["gross_total"] == "528.00", reasons
    assert status == "accepted", reasons


def test_a_date_alone_under_the_number_under_the_title_beside_the_sellers_name(
    tmp_path: Path,
) -> None:
    # the seller's name at the left and the title 'Rechnung' at the right of one band, the
    # number and the date stacked flush right under the title with no label (the file's own
    # title names the number, as the app writes it): the date is the title's, as sure as a
    # date alone right under a title
    from tests.invoice_typeset.markup import lines, page, t

    rows = [
        "Rechnungsanschrift",
        "Kaltenbach Bau AG",
        "Donaustraße 8, 94032 Passau",
        "Artikel: Sitzbank Eiche, 2 × 480,00€ = 960,00€",
        "Zwischensumme 960,00€",
        "MwSt. (19%) 182,40€",
        "Gesamt 1.142,40€",
    ]
    band = (
        f"#grid(columns: (1fr, auto), {t('Hollerbusch Werkstatt GmbH', 14, bold=True)}, "
        f"align(right, {lines('Rechnung', 'RE-0582', '14.10.2026')}))"
    )
    src = page("a4", "Inter", 10, "de", "2cm") + "\n\n".join(
        [
            '#set document(title: "Rechnung - RE-0582")',
            band,
            "#v(2em)",
            "#" + lines("Hollerbusch Werkstatt GmbH", "Auweg 3", "93047 Regensburg"),
            *("#" + t(r) for r in rows),
        ]
    )
    got, status, reasons = read_page(typeset(src, tmp_path / "a.pdf"))
    assert (got["invoice_number"], got["issue_date"]) == ("RE-0582", "2026-10-14"), reasons
    assert status == "accepted", reasons


def test_a_rows_figures_centred_beside_an_item_over_its_description(tmp_path: Path) -> None:
    # an item's cell holds its name over its description in small type, the quantity, price
    # and total cells centred between the two: their line stands less than a line under the
    # name's; those rows' amounts had not been read, so the lines seemed to add up to the last
    # row alone
    from robot_lib.invoices import extract_invoice
    from tests.invoice_typeset.markup import page, t

    def item(name: str, about: str) -> str:
        return f"[#{t(name)} \\ #{t(about, 7)}]" if about else f"[#{t(name)}]"

    rows = [
        ("Retaining wall", "Dry stone, 6 m", "3", "£420.00", "£1,260.00"),
        ("Site survey", "", "1", "£180.00", "£180.00"),
        ("Turf laying", "Rolled meadow turf", "40", "£12.50", "£500.00"),
    ]
    body = ", ".join(", ".join([item(n, a), *(f"[#{t(x)}]" for x in xs)]) for n, a, *xs in rows)
    heads = ", ".join(f"[#{t(h, bold=True)}]" for h in ("Items", "Quantity", "Price", "Total"))
    src = page("a4", "Inter", 10, "en", "2cm") + "\n\n".join(
        [
            "#" + t("Invoice", 18, bold=True),
            "#" + t("Moorside Landscapes Ltd, 4 Tor Lane, Exeter EX1 2AB"),
            "#" + t("Invoice Number: ML-3307"),
            "#" + t("Invoice Date: 09/10/2026"),
            "#grid(columns: 4, align: horizon, column-gutter: 2em, row-gutter: 1em, "
            f"{heads}, {body})",
            "#" + t("Subtotal £1,940.00"),
            "#" + t("Discount (5%) £97.00"),
            "#" + t("Total £1,843.00"),
        ]
    )
    ex = extract_invoice(typeset(src, tmp_path / "a.pdf"), use_xml=False)
    assert [li.line_total for li in ex.lines] == ["1260.00", "180.00", "500.00"], ex.reasons
    assert ex.status == "accepted", ex.reasons


def _side_by_side(path: Path, customer: list[str], seller: list[str]) -> Path:
    """An invoicing app's page: the customer's block at the left and the seller's at the
    right, neither under a heading, then the dates, the title with the number, the items and
    the sums."""
    from tests.invoice_typeset.markup import lines, page, t

    rows = [
        "Invoice Date: 06/10/2026",
        "Due Date: 05/11/2026",
        "Amount Due: £1,140.00",
        "Invoice 2041",
        "Item Description Qty Price Total",
        "Business cards 500 pieces 2.00 £475.00 £950.00",
        "Subtotal £950.00",
        "VAT (20.00%) £190.00",
        "Total £1,140.00",
        "Paid £0.00",
        "Balance £1,140.00",
    ]
    src = page("a4", "Inter", 10, "en", "2cm") + "\n\n".join(
        [
            f"#grid(columns: (1fr, auto), {lines(*customer, bold_first=True)}, "
            f"align(right, {lines(*seller, bold_first=True)}))",
            "#v(2em)",
            *("#" + t(r) for r in rows),
        ]
    )
    return typeset(src, path)


def test_two_parties_blocks_side_by_side_with_no_heading(tmp_path: Path) -> None:
    # the customer's block at the left, the seller's at the right, no heading over either:
    # the customer's company (a legal form, at the left) had been accepted as the seller. The
    # block that alone carries a tax number is the sender's when its country bills in the
    # page's currency (a British VAT number, pounds); otherwise (a German number on a page in
    # pounds: a customer's, maybe, its seller abroad printing none), with none or with both,
    # the page waits, proposing the block with the number and naming the other
    customer = ["Harbourside Dental Ltd", "14 Quay Street", "Plymouth PL1 2AB", "Ph: 01752 555 019"]
    seller = ["Kestrel Print Works", "8 Mill Yard", "Exeter EX2 4QQ", "Ph: 01392 555 118"]
    with_vat = [seller[0], "VAT ID: GB 284 1177 06", *seller[1:]]
    got, status, reasons = read_page(_side_by_side(tmp_path / "a.pdf", customer, with_vat))
    assert (got["seller"], status) == ("Kestrel Print Works", "accepted"), reasons
    # ('UST: DE …': a German app's word for the VAT number alone before it)
    german = [seller[0], "UST: DE 301 552 908", *seller[1:]]
    got, status, reasons = read_page(_side_by_side(tmp_path / "a.pdf", customer, german))
    assert (got["seller"], status) == ("Kestrel Print Works", "review"), reasons
    assert any("'Harbourside Dental Ltd' heads a block beside it" in r for r in reasons)
    theirs = [customer[0], "VAT ID: GB 310 5521 77", *customer[1:]]
    for left, right in [(customer, seller), (theirs, with_vat)]:
        got, status, reasons = read_page(_side_by_side(tmp_path / "a.pdf", left, right))
        assert status == "review" and any("beside" in r for r in reasons), (left, got, reasons)
    # nor does the customer's e-mail address in its block (its domain spells its name) say
    # it: it had been accepted as the seller, "its name is in the e-mail address"
    contact = ["Harbourside Dental Ltd", "Attn. Mia Lowe", "mia@harbourside-dental.co.uk"]
    got, status, reasons = read_page(_side_by_side(tmp_path / "a.pdf", seller, contact))
    assert status == "review", (got, reasons)


def test_another_systems_invoice_number_beside_a_bare_number_head(tmp_path: Path) -> None:
    # 'Doc Type | Stripe Invoice # | Number | Date' over 'Invoice | 7F3A11C2-0004 | 2026-118 |
    # 12/10/2026': the payment platform's invoice number had been accepted as the invoice's,
    # the firm's own standing under the bare 'Number' beside it; the page waits naming both.
    # A reference's head beside it ('Ref') names no second invoice number
    def page(head: str, value: str) -> list[str]:
        return [
            "^Northgate Analytics Ltd",
            "VAT: GB 318 4410 22 · 5 Quay Road, Bristol BS1 4DJ",
            "",
            f"Doc Type | {head} | Number | Date",
            f"Invoice | {value} | 2026-118 | 12/10/2026",
            "",
            "Bill To",
            "Name | Larchfield Homes Ltd",
            "",
            "# | Items | Quantity | Price | Total",
            "1 | Dashboard licence | 1 | £400.00 | £400.00",
            "",
            "Subtotal | £400.00",
            "VAT (20%) | £80.00",
            "Total | £480.00",
        ]

    got, status, reasons = read_page(
        text_page(tmp_path / "a.pdf", page("Stripe Invoice #", "7F3A11C2-0004"))
    )
    assert status == "review" and any("two invoice numbers" in r for r in reasons), reasons
    assert any("'2026-118'" in r and "'7F3A11C2-0004'" in r for r in reasons), reasons
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", page("Ref", "PO-5512")))
    assert not any("two invoice numbers" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("printed", "status", "read"),
    [("6/9/2026", "review", "2026-09-06"), ("06/09/2026", "accepted", "2026-09-06")],
)
def test_a_us_style_date_on_a_page_billed_in_euros_is_a_guess(
    tmp_path: Path, printed: str, status: str, read: str
) -> None:
    # a web shop's plugin prints its date with JavaScript's default ('6/9/2026', the month
    # first) on a German shop's English page in euros: read day first, as a European page is,
    # it had been accepted as 6 September, where the program meant 9 June; a date of one digit
    # with no leading zero is how a US program writes, so the order is a guess and a person
    # says. Padded ('06/09/2026') it is the European's, read day first
    page = [
        "^Invoice",
        "Kaffeerösterei Lindner GmbH",
        "Bergmannstraße 61, 10961 Berlin",
        "VAT ID: DE318776541",
        "",
        "Invoice Number: | 000417",
        f"Invoice Date: | {printed}",
        "",
        "Bill to: | Jonas Weber, Mönckebergstraße 7, 20095 Hamburg",
        "",
        "Item | Quantity | Line Total",
        "Espresso blend 1 kg | 2 | 49.80 EUR",
        "",
        "Subtotal | 49.80 EUR",
        "VAT 19% | 9.46 EUR",
        "Total | 59.26 EUR",
    ]
    got, got_status, reasons = read_page(text_page(tmp_path / "a.pdf", page))
    assert got["issue_date"] == read, reasons
    assert totals_read(got) == ("49.80", "9.46", "59.26"), reasons
    assert got_status == status, reasons
    if status == "review":
        assert "day and month could be swapped" in reasons[0], reasons


def test_a_number_that_reads_as_a_date_beside_the_date_under_the_title(tmp_path: Path) -> None:
    # a command-line tool's default number is the day's date in digits, printed beside the date
    # under the title ('#20260224  ·  Feb 24, 2026'): the line's two dates had left the date
    # unread; the digits after '#' are the number, the date is the other
    page = [
        "Paper Crane Studio",
        "41 Grove Street",
        "Brooklyn, NY 11201",
        "^INVOICE",
        "#20260224  ·  Feb 24, 2026",
        "BILL TO",
        "Marlow & Finch LLP",
        "2 Temple Place, London WC2R 3BD",
        "",
        "ITEM | QTY | RATE | AMOUNT",
        "Logo design | 2 | $450.00 | $900.00",
        "",
        "Subtotal | $900.00",
        "Tax | $117.00",
        "Total | $1017.00",
        "Due Date | Mar 10, 2026",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", page))
    assert (got["invoice_number"], got["issue_date"]) == ("20260224", "2026-02-24"), reasons
    assert got["due_date"] == "2026-03-10", reasons
    assert status == "accepted", reasons
