"""Kinds of layout the generic rules read (issue 16), each drawn as a real PDF with values
that change per case: summary tables under Net / Tax / Gross headers, seller and buyer side
by side, the sender line of a window envelope, letter-style dates, amounts that read two ways,
an unlabelled gross, and the evidence behind acceptance."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_languages import Text, draw


def totals_block(*lines: str, top: int = 300) -> list[Text]:
    """Lines right-aligned at the foot of the items, one under the other (net, tax, gross)."""
    return [(-520, top + 14 * i, text, 10) for i, text in enumerate(lines)]


def de(v: Decimal) -> str:
    """1234.5 -> '1.234,50'"""
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def header(no: str, seller: str = "Nordlicht Software GmbH") -> list[Text]:
    return [
        (50, 50, seller, 16),
        (50, 66, "Hafenweg 4, 20457 Hamburg", 9),
        (50, 130, "Rechnung", 18),
        (50, 160, f"Rechnungsnummer: {no}", 10),
        (50, 174, "Rechnungsdatum: 03.11.2026", 10),
        (50, 188, "Währung: EUR", 10),
    ]


def rates(rng: random.Random) -> list[tuple[Decimal, Decimal, Decimal]]:
    out = []
    for pct in (Decimal("19"), Decimal("7")):
        net = Decimal(rng.randint(10_000, 900_000)) / 100
        tax = (net * pct / 100).quantize(Decimal("0.01"))
        out.append((pct, net, tax))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("sum_row", [True, False])
def test_summary_table_gives_the_sum_never_a_rate_row(
    tmp_path: Path, seed: int, sum_row: bool
) -> None:
    rng = random.Random(seed)
    rows = rates(rng)
    items = header(f"RE-{seed}") + [
        (50, 300, "Steuersatz", 9),
        (-250, 300, "Nettobetrag", 9),
        (-380, 300, "Steuerbetrag", 9),
        (-520, 300, "Bruttobetrag", 9),
    ]
    y = 316.0
    for pct, net, tax in rows:
        items += [(50, y, f"{pct} %", 9), (-250, y, de(net), 9), (-380, y, de(tax), 9)]
        items.append((-520, y, de(net + tax), 9))
        y += 14
    n = sum((r[1] for r in rows), Decimal(0))
    t = sum((r[2] for r in rows), Decimal(0))
    if sum_row:
        items += [(50, y, "Summe", 9), (-250, y, de(n), 9), (-380, y, de(t), 9)]
        items.append((-520, y, de(n + t), 9))
    ex = extract_invoice(draw(tmp_path / "t.pdf", items), use_xml=False)
    assert (ex.value("net_total"), ex.value("tax_total"), ex.value("gross_total")) == (
        f"{n:.2f}",
        f"{t:.2f}",
        f"{n + t:.2f}",
    )
    assert ex.status == "accepted", ex.reasons
    assert ex.totals_evidence == "net + tax = gross"


@pytest.mark.parametrize(
    ("left", "right", "seller_side"),
    [
        ("Lieferant", "Kunde", 0),
        ("Customer", "Supplier", 1),
        ("Dodavatel", "Odběratel", 0),
    ],
)
def test_seller_and_buyer_side_by_side(
    tmp_path: Path, left: str, right: str, seller_side: int
) -> None:
    names = ["Fjell Maskin AS", "Kowalczyk Handel Sp"]
    items = [
        (50, 60, "Invoice INV-77", 14),
        (50, 120, left, 10),
        (320, 120, right, 10),
        (50, 136, names[0], 10),
        (320, 136, names[1], 10),
        (50, 150, "Storgata 1", 9),
        (320, 150, "ul. Polna 2", 9),
        (50, 200, "Invoice date: 2026-11-03", 10),
        *totals_block("Net total 100.00", "VAT 21.00", "Total EUR 121.00"),
    ]
    ex = extract_invoice(draw(tmp_path / "s.pdf", items), use_xml=False)
    assert ex.value("seller") == names[seller_side]
    assert ex.fields["seller"].note == "under the seller heading"


def test_window_envelope_sender_line_and_letter_date(tmp_path: Path) -> None:
    items = [
        (60, 150, "Kerstin Lindqvist · Seestraße 12 · 14467 Potsdam", 7),
        (60, 170, "Erika Beispiel GmbH", 10),
        (60, 184, "Musterallee 3", 10),
        (60, 198, "12345 Musterstadt", 10),
        (380, 260, "Potsdam, 24. März 2026", 10),
        (60, 290, "Rechnung #2026-014", 12),
        (-520, 400, "Summe: 283,66 €", 10),
        (-520, 414, "19% Mehrwertsteuer: 53,90 €", 10),
        (-520, 428, "Gesamt: 337,56 €", 10),
    ]
    ex = extract_invoice(draw(tmp_path / "w.pdf", items), use_xml=False)
    assert ex.value("seller") == "Kerstin Lindqvist"  # not the addressee's company
    assert ex.value("issue_date") == "2026-03-24"
    assert ex.value("invoice_number") == "2026-014"
    assert (ex.value("net_total"), ex.value("tax_total"), ex.value("gross_total")) == (
        "283.66",
        "53.90",
        "337.56",
    )
    assert ex.status == "accepted", ex.reasons


def test_amounts_that_read_two_ways_and_an_unlabelled_gross(tmp_path: Path) -> None:
    items = [
        (50, 50, "Faktura 2026009", 16),
        (50, 100, "Dodavatel", 9),
        (50, 114, "Petr Novak s.r.o.", 10),
        (50, 160, "Datum vystaveni 03.11.2026", 10),
        (-520, 300, "Cena bez dane: CZK 10.000", 10),
        (-520, 314, "DPH 21 %: CZK 2.100", 10),
        (-520, 340, "12.100,00 CZK", 12),  # the gross, printed without a label
    ]
    ex = extract_invoice(draw(tmp_path / "c.pdf", items), use_xml=False)
    assert (ex.value("net_total"), ex.value("tax_total"), ex.value("gross_total")) == (
        "10000.00",
        "2100.00",
        "12100.00",
    )
    assert ex.value("currency") == "CZK"


def test_totals_that_disagree_in_a_table_go_to_review(tmp_path: Path) -> None:
    items = header("RE-BAD") + [
        (-250, 300, "Nettobetrag", 9),
        (-380, 300, "Steuerbetrag", 9),
        (-520, 300, "Bruttobetrag", 9),
        (-250, 316, "100,00", 9),
        (-380, 316, "19,00", 9),
        (-520, 316, "120,00", 9),  # 100 + 19 is not 120
    ]
    ex = extract_invoice(draw(tmp_path / "b.pdf", items), use_xml=False)
    assert ex.status == "review"
    assert any("gross" in r for r in ex.reasons)


def test_a_guessed_seller_names_the_missing_evidence(tmp_path: Path) -> None:
    items = [
        (50, 50, "Blue Heron Studio", 16),
        (50, 130, "Invoice no. 4471", 10),
        (50, 144, "Invoice date: 2026-11-03", 10),
        *totals_block("Subtotal $200.00", "Tax $20.00", "Total $220.00"),
    ]
    ex = extract_invoice(draw(tmp_path / "g.pdf", items), use_xml=False)
    assert ex.value("seller") == "Blue Heron Studio" and ex.status == "review"
    reason = next(r for r in ex.reasons if r.startswith("seller"))
    assert "the largest text at the top" in reason and "no seller heading" in reason
    # the same page with the studio's web address: the name is corroborated
    ex = extract_invoice(
        draw(tmp_path / "g2.pdf", items + [(50, 800, "www.blueheronstudio.com", 8)]), use_xml=False
    )
    assert ex.status == "accepted", ex.reasons
    assert "web or e-mail address" in ex.fields["seller"].note
    # or with its VAT number in the letterhead block
    ex = extract_invoice(
        draw(tmp_path / "g3.pdf", items + [(50, 64, "VAT No. GB 123 4567 89", 8)]), use_xml=False
    )
    assert ex.status == "accepted", ex.reasons
    assert "tax or company number" in ex.fields["seller"].note


def test_words_a_text_layer_split_still_read_as_labels(tmp_path: Path) -> None:
    """'R echnung', 'T otal': a capital set apart by kerning; the label is still read."""
    items = [
        (50, 50, "Hansen & Berg AG", 16),
        (50, 130, "R", 11),
        (60.0, 130, "echnungsnummer: 88-1021", 11),  # 'R' is 7.9 pt wide: a 2 pt gap
        (50, 144, "Datum: 03.11.2026", 10),
        (50, 158, "Währung: EUR", 10),
        (380, 300, "Nettobetrag", 10),
        (-520, 300, "1.000,00", 10),
        (380, 314, "MwSt 19 %", 10),
        (-520, 314, "190,00", 10),
        (380, 328, "T", 10),
        (388.2, 328, "otal", 10),  # 'T' is 6.1 pt wide
        (-520, 328, "1.190,00", 10),
    ]
    ex = extract_invoice(draw(tmp_path / "k.pdf", items), use_xml=False)
    assert ex.value("invoice_number") == "88-1021"
    assert ex.value("gross_total") == "1190.00" and ex.status == "accepted", ex.reasons


@pytest.mark.parametrize("align", ["left", "right"])
def test_header_grid_labels_over_values(tmp_path: Path, align: str) -> None:
    """A row of labels, the values in the row below, left- or right-aligned in their cells."""
    heads = ["Invoice No.", "Invoice Date", "Due Date", "Currency"]
    values = ["INV-30117", "14 Oct 2026", "13 Nov 2026", "GBP"]
    items: list[Text] = [(50, 50, "Tamarind Design Ltd", 16)]
    for i, (h, v) in enumerate(zip(heads, values, strict=True)):
        x = 50 + i * 120
        items.append((x, 150, h, 9))
        items.append((x if align == "left" else -(x + 100), 164, v, 10))
    items += [
        *totals_block("Subtotal 1,250.00", "VAT 20% 250.00", "Amount due 1,500.00"),
    ]
    ex = extract_invoice(draw(tmp_path / "h.pdf", items), use_xml=False)
    got = [ex.value(f) for f in ("invoice_number", "issue_date", "due_date", "currency")]
    assert got == ["INV-30117", "2026-10-14", "2026-11-13", "GBP"]
    assert ex.status == "accepted", ex.reasons


def test_insurance_wording_and_a_direct_debit_date(tmp_path: Path) -> None:
    items = [
        (50, 50, "Rheinland Versicherung AG", 16),
        (50, 130, "Beitragsrechnung Nr. 7781-2026", 11),
        (50, 144, "Datum: 02.01.2026", 10),
        (330, 300, "Nettobeitrag", 10),
        (-520, 300, "400,00 EUR", 10),
        (330, 314, "Versicherungsteuer 19 %", 10),
        (-520, 314, "76,00 EUR", 10),
        (330, 328, "Gesamtbeitrag", 10),
        (-520, 328, "476,00 EUR", 10),
        (50, 380, "Der Beitrag wird am 15.01.2026 per SEPA-Lastschrift eingezogen.", 10),
    ]
    ex = extract_invoice(draw(tmp_path / "v.pdf", items), use_xml=False)
    assert (ex.value("net_total"), ex.value("tax_total"), ex.value("gross_total")) == (
        "400.00",
        "76.00",
        "476.00",
    )
    assert ex.value("due_date") == "2026-01-15"
    assert ex.status == "accepted", ex.reasons


def test_glued_number_sign_and_a_spaced_comma_in_a_date(tmp_path: Path) -> None:
    items = [
        (50, 50, "Atelier Morel SARL", 16),
        (50, 130, "Facture n°10442", 11),
        (50, 144, "Invoice date: March 3 , 2026", 10),
        *totals_block("Total HT 50,00 €", "TVA 20 % 10,00 €", "Total TTC 60,00 €"),
    ]
    ex = extract_invoice(draw(tmp_path / "n.pdf", items), use_xml=False)
    assert ex.value("invoice_number") == "10442"
    assert ex.value("issue_date") == "2026-03-03"


def test_a_footer_print_date_is_not_the_issue_date(tmp_path: Path) -> None:
    items = [
        (50, 50, "Larkspur Consulting Ltd", 16),
        (50, 130, "Invoice no. LC-5521", 11),
        (380, 150, "3 November 2026", 10),
        *totals_block("Subtotal 400.00", "VAT 20% 80.00", "Total GBP 480.00"),
        (50, 800, "Date: 29/11/2026 printed by the accounts system", 7),
    ]
    ex = extract_invoice(draw(tmp_path / "f.pdf", items), use_xml=False)
    assert ex.value("issue_date") == "2026-11-03"


@pytest.mark.parametrize("title", ["INVOICE", "Invoice No. 4471"])
def test_a_date_beside_the_title(tmp_path: Path, title: str) -> None:
    items = [
        (50, 50, "Quillon Print GmbH", 16),
        (50, 120, title, 14),
        (380, 120, "03.11.2026", 10),
        (50, 140, "Rechnungsnummer: 4471", 10),
        *totals_block("Nettobetrag 100,00 EUR", "MwSt 19 % 19,00 EUR", "Gesamtbetrag 119,00 EUR"),
        (50, 360, "Fällig am 17.11.2026", 10),
    ]
    ex = extract_invoice(draw(tmp_path / "t.pdf", items), use_xml=False)
    assert ex.value("issue_date") == "2026-11-03"
    assert ex.value("due_date") == "2026-11-17"
    assert ex.status == "accepted", ex.reasons


def test_a_seller_name_wrapped_over_two_lines(tmp_path: Path) -> None:
    items = [
        (50, 60, "Invoice INV-88", 14),
        (50, 120, "Seller", 10),
        (320, 120, "Buyer", 10),
        (50, 136, "Bartkowiak, Drozdz and", 10),
        (320, 136, "Kowalski Trading", 10),
        (50, 150, "Gorecki", 10),
        (50, 164, "ul. Polna 2, 00-001 Warszawa", 9),
        (50, 200, "Invoice date: 2026-11-03", 10),
        *totals_block("Net total 100.00", "VAT 23.00", "Total PLN 123.00"),
    ]
    ex = extract_invoice(draw(tmp_path / "w2.pdf", items), use_xml=False)
    assert ex.value("seller") == "Bartkowiak, Drozdz and Gorecki"


def test_a_label_in_the_letterheads_type_is_never_the_seller(tmp_path: Path) -> None:
    """A sole trader (no legal form) whose name is set in the same type as the labels above
    it, the labels and values in two columns: the first text of that type is 'Factuurnr.', a
    label, never the seller."""
    items = [
        (50, 50, "Factuur", 18),
        (50, 90, "Factuurnr.", 10),
        (150, 90, "2026-17", 10),
        (50, 104, "Datum", 10),
        (150, 104, "02-08-2026", 10),
        (50, 150, "Studio Oosterveld", 10),
        (330, 150, "Klant", 10),
        (50, 164, "Prinsengracht 263", 9),
        (330, 164, "Gemeente Zaanstad", 9),
        (50, 178, "Btw-nr. NL8531.92.407.B01", 9),
        *totals_block("Subtotaal 100,00", "Btw 21% 21,00", "Totaal EUR 121,00"),
    ]
    ex = extract_invoice(draw(tmp_path / "sole.pdf", items), use_xml=False)
    assert ex.value("seller") == "Studio Oosterveld"


def test_a_glyph_without_a_character_never_reaches_a_value() -> None:
    from robot_lib.invoices.words import clean_text
    from robot_lib.pdf import Word

    def word(text: str) -> str:
        return clean_text(Word(text, 0, 10, 0, 10, 0)).text

    assert word("87B37C9\x000152") == "87B37C9-0152"  # between two letters or digits: a hyphen
    assert word("\x00Total\x01") == "Total" and word("INV-1") == "INV-1"


def test_a_slashed_number_that_reads_as_a_date(tmp_path: Path) -> None:
    """'Numer faktury: 7/10/2026' (number 7 of October): after an explicit number label it is
    the number; a date label's value never is."""
    items = [
        (50, 50, "Zielony Ogrod Sp. z o.o.", 16),
        (50, 130, "Numer faktury: 7/10/2026", 11),
        (50, 144, "Data wystawienia: 2026-10-31", 10),
        *totals_block("Wartosc netto 100,00", "Kwota VAT 23,00", "Do zaplaty 123,00 PLN"),
    ]
    ex = extract_invoice(draw(tmp_path / "p.pdf", items), use_xml=False)
    assert ex.value("invoice_number") == "7/10/2026"
    assert ex.value("issue_date") == "2026-10-31"


def test_a_date_under_the_title(tmp_path: Path) -> None:
    items = [
        (50, 50, "Ostrava Tooling s.r.o.", 16),
        (50, 120, "FAKTURA 2026-118", 14),
        (50, 138, "3. listopadu 2026", 10),
        *totals_block(
            "Celkem bez DPH 1 000,00 CZK", "DPH 21 % 210,00 CZK", "Celkem k úhradě 1 210,00 CZK"
        ),
    ]
    ex = extract_invoice(draw(tmp_path / "u.pdf", items), use_xml=False)
    assert ex.value("issue_date") == "2026-11-03"
    assert ex.fields["issue_date"].confidence >= 0.7


@pytest.mark.parametrize(("paid", "accepted"), [("$42.50", True), ("$20.00", False)])
def test_a_receipt_whose_total_is_printed_again_as_paid(
    tmp_path: Path, paid: str, accepted: bool
) -> None:
    items = [
        (50, 50, "Harbour Makerspace Inc.", 16),
        (50, 130, "Invoice number 5521-0007", 10),
        (50, 144, "Invoice date November 3, 2026", 10),
        (50, 200, "Workshop membership 1 $42.50 $42.50", 10),
        (-520, 300, "Total $42.50", 10),
        (-520, 314, f"Amount paid {paid}", 10),
    ]
    ex = extract_invoice(draw(tmp_path / "r.pdf", items), use_xml=False)
    assert ex.value("gross_total") == "42.50"
    assert (ex.status == "accepted") is accepted, ex.reasons


def test_indian_digit_grouping_and_central_plus_state_tax(tmp_path: Path) -> None:
    """'1,18,000.00' (lakh grouping), 'dd-Mon-yyyy' dates, CGST and SGST on two lines."""
    items = [
        (50, 50, "Sharma Traders Pvt. Ltd.", 16),
        (50, 66, "GSTIN: 27AAACS1234F1Z5", 9),
        (50, 120, "TAX INVOICE", 16),
        (50, 150, "Invoice No: INV/2026/0042", 10),
        (50, 164, "Invoice Date: 03-Nov-2026", 10),
        (330, 120, "Bill To:", 9),
        (330, 134, "Mehta Exports LLP", 10),
        (300, 270, "Taxable Value", 10),
        (-520, 270, "1,00,000.00", 10),
        (300, 284, "CGST @ 9%", 10),
        (-520, 284, "9,000.00", 10),
        (300, 298, "SGST @ 9%", 10),
        (-520, 298, "9,000.00", 10),
        (300, 312, "Total", 10),
        (-520, 312, "₹ 1,18,000.00", 10),
    ]
    ex = extract_invoice(draw(tmp_path / "in.pdf", items), use_xml=False)
    got = [ex.value(f) for f in ("issue_date", "currency", "net_total", "tax_total", "gross_total")]
    assert got == ["2026-11-03", "INR", "100000.00", "18000.00", "118000.00"]
    assert ex.status == "accepted", ex.reasons


def test_two_sales_taxes_and_a_dollar_the_page_names(tmp_path: Path) -> None:
    """Canada: GST and QST on two lines, amounts with a bare '$' and the total in CAD."""
    items = [
        (50, 50, "Érablière Tremblay Inc.", 16),
        (50, 120, "INVOICE / FACTURE", 16),
        (50, 150, "Invoice #: 10442", 10),
        (50, 164, "Date: 2026-11-03", 10),
        *totals_block("Subtotal $1,000.00", "GST 5% $50.00", "QST 9.975% $99.75"),
        (-520, 342, "Total CAD $1,149.75", 10),
    ]
    ex = extract_invoice(draw(tmp_path / "ca.pdf", items), use_xml=False)
    assert (ex.value("currency"), ex.value("tax_total")) == ("CAD", "149.75")
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("charge", "amount"),
    [("Shipping", Decimal("25.00")), ("Öresavrundning", Decimal("0.40"))],
)
def test_a_charge_between_the_tax_and_the_total(
    tmp_path: Path, charge: str, amount: Decimal
) -> None:
    """Shipping after the tax (US style) or a rounding line: net + tax + it = gross. With a
    total that does not add up, the invoice goes to review."""
    net, tax = Decimal("1200.00"), Decimal("99.00")
    for gross, status in ((net + tax + amount, "accepted"), (net + tax + amount + 1, "review")):
        items = [
            (50, 50, "Lone Star Signs LLC", 16),
            (50, 120, "Invoice # 2026-118", 10),
            (50, 134, "Invoice date: 11/03/2026", 10),
            *totals_block(f"Subtotal {net}", f"Sales Tax {tax}", f"{charge} {amount}"),
            (-520, 342, f"Total USD {gross}", 10),
        ]
        ex = extract_invoice(draw(tmp_path / f"{status}.pdf", items), use_xml=False)
        assert ex.value("gross_total") == f"{gross}"
        assert ex.status == status, ex.reasons
        if status == "accepted":
            assert (ex.value("net_total"), ex.value("tax_total")) == (f"{net}", f"{tax}")


@pytest.mark.parametrize(
    ("charge", "due", "total"),
    [("Porto", "Zu zahlen", "Summe"), ("Shipping", "Amount due", "Total")],
)
def test_a_charge_after_the_total_and_the_amount_due_with_it(
    tmp_path: Path, charge: str, due: str, total: str
) -> None:
    """'Total 1 299,00', then a charge, then what is owed with it: the gross is the amount
    owed (it was read as the total before the charge, and accepted). One unit off, it waits."""
    net, tax, fee = Decimal("1200.00"), Decimal("99.00"), Decimal("12.50")
    for owed, status in ((net + tax + fee, "accepted"), (net + tax + fee + 1, "review")):
        items = [
            (50, 50, "Lone Star Signs LLC", 16),
            (50, 120, "Invoice # 2026-119", 10),
            (50, 134, "Invoice date: 11/03/2026", 10),
            *totals_block(f"Subtotal {net}", f"Sales Tax {tax}", f"{total} {net + tax}"),
            (-520, 342, f"{charge} {fee}", 10),
            (-520, 356, f"{due} USD {owed}", 10),
        ]
        ex = extract_invoice(draw(tmp_path / f"{status}.pdf", items), use_xml=False)
        assert ex.status == status, ex.reasons
        if status == "accepted":
            got = tuple(ex.value(k) for k in ("net_total", "tax_total", "gross_total"))
            assert got == (f"{net}", f"{tax}", f"{owed}")


def _window_letter(brand: str | None) -> list[Text]:
    """A German letter: the customer's address in the envelope window, the seller only in
    the legal footer (with its register entry and VAT ID), perhaps a brand at the top."""
    items: list[Text] = [
        (57, 140, "Müller Bau GmbH", 10),
        (57, 154, "Herrn Klaus Müller", 10),
        (57, 168, "Lindenstraße 4", 10),
        (57, 182, "80331 München", 10),
        (57, 260, "Rechnung Nr. 2026-0815", 14),
        (400, 260, "Datum: 03.11.2026", 10),
        *totals_block(
            "Nettobetrag 1.000,00 EUR", "USt 19 % 190,00 EUR", "Gesamtbetrag 1.190,00 EUR"
        ),
        (57, 780, "Elektro Sonnenschein GmbH · Am Markt 2 · 90402 Nürnberg", 7),
        (57, 790, "Amtsgericht Nürnberg HRB 12345 · USt-IdNr. DE123456789", 7),
    ]
    return [(57, 60, brand, 20), *items] if brand else items


def test_the_window_address_is_the_recipient_and_the_footer_names_the_seller(
    tmp_path: Path,
) -> None:
    ex = extract_invoice(draw(tmp_path / "w.pdf", _window_letter(None)), use_xml=False)
    assert ex.value("seller") == "Elektro Sonnenschein GmbH"
    assert ex.status == "accepted", ex.reasons
    # a brand at the top that is not the footer's registered name: a person decides
    ex = extract_invoice(draw(tmp_path / "b.pdf", _window_letter("SONNENSCHEIN")), use_xml=False)
    assert ex.value("seller") != "Müller Bau GmbH"
    assert ex.status == "review"
    assert any(r.startswith("seller") for r in ex.reasons), ex.reasons


def test_dot_leaders_and_ordinal_dates(tmp_path: Path) -> None:
    """'Total .........1,080.00' (a leader glued to the amount), '3rd November 2026'."""
    items = [
        (50, 50, "Harbor Light Studio LLC", 16),
        (50, 120, "Invoice No.: HL-2207", 10),
        (50, 134, "Invoice date: 3rd November 2026", 10),
        (50, 148, "Due date: 1st December 2026", 10),
        (300, 300, "Subtotal ..................1,000.00", 10),
        (300, 314, "Tax 8% .......................80.00", 10),
        (300, 328, "Total USD ...............1,080.00", 10),
    ]
    ex = extract_invoice(draw(tmp_path / "l.pdf", items), use_xml=False)
    got = [ex.value(f) for f in ("issue_date", "due_date", "net_total", "gross_total")]
    assert got == ["2026-11-03", "2026-12-01", "1000.00", "1080.00"]
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("All amounts in euros.", "EUR"),
        ("Alle Beträge in CHF", "CHF"),
        ("Montants en euros", "EUR"),
    ],
)
def test_a_sentence_that_names_the_currency(tmp_path: Path, sentence: str, code: str) -> None:
    items = [
        (50, 50, "Bright Pixel Ltd", 16),
        (50, 130, "Invoice no: 4471", 11),
        (50, 144, "Date: 03/03/2021", 10),
        (50, 160, sentence, 9),
        *totals_block("Net 100.00", "VAT 20.00", "Total 120.00"),
    ]
    ex = extract_invoice(draw(tmp_path / "c.pdf", items), use_xml=False)
    assert ex.value("currency") == code
    assert ex.status == "accepted", ex.reasons
