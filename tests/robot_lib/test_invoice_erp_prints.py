"""Invoices as ERPs print them, drawn after their kinds of layout (not copies of their
documents): Odoo's page (the company's block with no legal form at the top left, a tagline
over it, items in sections each closed by its subtotal, one font whose size comes out a hair
different from line to line) and an ERP's header printed in one type, whose reference fields
name other documents ('Lieferschein-Nr :', 'Lieferschein-Datum :'); and the kinds Dolibarr's,
FrontAccounting's and ERPNext's invoices showed (each printed once as a probe, not kept): rows
all at 0 %, the currency named in words, a US address with no comma, a tax the total includes
with the shipping before it, a discount's label wrapped around its amount; and a CRM's
(SuiteCRM's sample invoice, printed once as a probe, not kept): boxes of heads over values, the
customer's under 'Prepared For', amounts in rand with the 'R' glued to them; and Apache OFBiz's
report's (printed once as a probe, not kept): its labels shortened ('Fact.nr', 'Rg.Nr'), the
taxes as rows of the item table, the net under the total; and webERP's (printed once as a probe,
not kept): a bare 'Number' heading a column of labels, the date's label two rows under it, the
company's address in smaller type beside them on lines of its own; and vtiger CRM's (printed
once as a probe, not kept): boxes of a label over its value ('Purchase Order' over the
customer's order number), shipping under the tax with its own tax line, a discount over it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw
from tests.invoice_typeset import text_page

# one font, as two lines of the same PDF report it (10.244563999999968 / 10.244564000000025)
BODY, ITEMS = 10.2445, 10.2446


def _odoo(company: str, tagline: bool, sections: list[list[tuple[str, str]]]) -> list[Text]:
    slug = company.lower().replace(" ", "-")
    items: list[Text] = [
        (30, 50, company, BODY),
        (30, 63, "1200 Harbor Blvd", BODY),
        (30, 76, "Oakland CA 94607", BODY),
        (30, 89, "United States", BODY),
        (350, 140, "Bright Dental Group, Ana Ruiz", BODY),
        (350, 153, "77 Elm St", BODY),
        (350, 166, "Portland OR 97204", BODY),
        (30, 210, "Invoice INV/2026/11/0042", 20),
        (30, 245, "Invoice Date:", BODY),
        (215, 245, "Due Date:", BODY),
        (30, 258, "11/20/2026", BODY),
        (215, 258, "12/05/2026", BODY),
        (32, 295, "Description", BODY),
        (290, 295, "Quantity", BODY),
        (-470, 295, "Unit Price", BODY),
        (-560, 295, "Amount", BODY),
    ]
    if tagline:
        items.append((-560, 40, "Quality for every practice", BODY))
    y, net = 318.0, Decimal(0)
    for k, section in enumerate(sections):
        items.append((32, y, f"--- Section {k + 1} ---", ITEMS))
        y += 18
        part = Decimal(0)
        for name, amount in section:
            items += [
                (32, y, name, ITEMS),
                (290, y, "1.00 Units", ITEMS),
                (-470, y, amount, ITEMS),
                (-560, y, f"$ {amount}", ITEMS),
            ]
            part += Decimal(amount)
            y += 18
        if len(sections) > 1:
            items += [(-470, y, "Subtotal", ITEMS), (-560, y, f"$ {part:.2f}", ITEMS)]
            y += 20
        net += part
    tax = (net * Decimal("0.08")).quantize(Decimal("0.01"))
    items += [
        (300, y + 10, "Subtotal", ITEMS),
        (-560, y + 10, f"$ {net:.2f}", ITEMS),
        (300, y + 28, "Tax 8%", ITEMS),
        (-560, y + 28, f"$ {tax:.2f}", ITEMS),
        (300, y + 46, "Total", ITEMS),
        (-560, y + 46, f"$ {net + tax:.2f}", ITEMS),
        (30, y + 80, "Payment terms: 15 Days", ITEMS),
        (120, 800, f"billing@{slug}.example.com https://www.{slug}.example.com", ITEMS),
    ]
    return items


@pytest.mark.parametrize(
    ("company", "tagline", "sections"),
    [
        ("Harbor Supply", True, [[("Chair", "70.00"), ("Desk", "240.00")], [("Lamp", "35.50")]]),
        (
            "Greenleaf Office",
            False,
            [[("Paper", "12.00")], [("Toner", "88.00")], [("Pens", "4.25")]],
        ),
        ("Nordlicht Studio", True, [[("Design work", "900.00"), ("Printing", "120.00")]]),
    ],
)
def test_an_odoo_invoice_with_sections_and_a_tagline(
    tmp_path: Path, company: str, tagline: bool, sections: list[list[tuple[str, str]]]
) -> None:
    pdf = draw(tmp_path / "odoo.pdf", _odoo(company, tagline, sections))
    ex = extract_invoice(pdf, use_xml=False)
    net = sum(Decimal(a) for s in sections for _n, a in s)
    # the company's block, not the tagline, a section's heading or an item in a hair larger type
    assert ex.value("seller") == company
    assert ex.value("net_total") == f"{net:.2f}"
    assert (ex.value("issue_date"), ex.value("due_date")) == ("2026-11-20", "2026-12-05")
    # every section's items, not only the first's
    assert [i.description for i in ex.lines] == [n for s in sections for n, _a in s]
    assert ex.status == "accepted", ex.reasons


def test_a_subtotal_that_does_not_close_its_section_ends_the_items(tmp_path: Path) -> None:
    # the first section's subtotal is off by a cent: the table ends there, and the items no
    # longer add up to the net, so a person looks
    items = [
        (x, y, "$ 310.01" if t == "$ 310.00" else t, s)
        for x, y, t, s in _odoo(
            "Harbor Supply", False, [[("A", "70.00"), ("B", "240.00")], [("C", "35.50")]]
        )
    ]
    ex = extract_invoice(draw(tmp_path / "off.pdf", items), use_xml=False)
    assert [i.description for i in ex.lines] == ["A", "B"]
    assert ex.status == "review"


def _erp(title: str, reference: str) -> list[Text]:
    # the whole page in one type, as an ERP's spool prints it
    s = 8.0
    return [
        (40, 60, "Lieferant", s),
        (210, 60, "Käufer", s),
        (366, 60, title, s),
        (40, 78, "HOLZWERK KRAUSE GMBH", s),
        (210, 78, "MUSTER-KUNDE GMBH", s),
        (366, 84, "Beleg-Nr", s),
        (457, 84, ": R2026004711", s),
        (366, 94, "Beleg-Datum", s),
        (457, 94, ": 14.11.2026", s),
        (40, 100, "INDUSTRIESTR. 5", s),
        (210, 100, "KUNDENWEG 88", s),
        (40, 110, "99199 MUSTERHAUSEN", s),
        (210, 110, "40235 DUESSELDORF", s),
        (40, 130, "USt-IdNr", s),
        (102, 130, ": DE123456789", s),
        (366, 130, reference, s),
        (457, 130, ": L2026-8812", s),
        (366, 140, "Lieferschein-Datum : 10.11.2026", s),
        (40, 200, "Art-Nr   Artikelbezeichnung        Menge   Nettopreis   Nettowert", s),
        (40, 214, "ZS997    Zitronensäure 100ml", s),
        (300, 214, "100", s),
        (-440, 214, "1,0000", s),
        (-520, 214, "100,00", s),
        (40, 260, "Nettobetrag", s),
        (-520, 260, "100,00", s),
        (40, 272, "MwSt 19,0 %", s),
        (-520, 272, "19,00", s),
        (40, 284, "Endbetrag EUR", s),
        (-520, 284, "119,00", s),
    ]


@pytest.mark.parametrize("reference", ["Lieferschein-Nr", "Lieferschein Nr.", "Delivery note no."])
def test_a_reference_to_a_delivery_note_is_no_title(tmp_path: Path, reference: str) -> None:
    ex = extract_invoice(
        draw(tmp_path / "erp.pdf", _erp("WARENRECHNUNG", reference)), use_xml=False
    )
    assert not any("not an invoice" in r for r in ex.reasons), ex.reasons
    assert ex.value("invoice_number") == "R2026004711"
    assert ex.value("gross_total") == "119.00"
    assert ex.status == "accepted", ex.reasons


def test_a_delivery_note_printed_in_one_type_is_still_one(tmp_path: Path) -> None:
    ex = extract_invoice(
        draw(tmp_path / "ls.pdf", _erp("LIEFERSCHEIN", "Auftrag-Nr")), use_xml=False
    )
    assert ex.status == "review"
    assert any("delivery note" in r for r in ex.reasons), ex.reasons


def test_a_customer_number_label_is_no_heading_of_the_customer_block(tmp_path: Path) -> None:
    # a telecom bill: its header gives the customer's account number ('N° de compte client :'),
    # the customer's company stands in the envelope window, the seller's name nowhere in the
    # text the rules read: the customer must not be taken for the seller and accepted
    s = 9.0
    items: list[Text] = [
        (31, 112, "Date de facture", s),
        (120, 112, ": 02/11/2026", s),
        (31, 125, "N° de facture", s),
        (120, 125, ": 11608848301659", s),
        (31, 189, "N° de compte client : 1.40660897", s),
        (31, 200, "N° de ligne", s),
        (120, 200, ": 06 99 12 34 56", s),
        (318, 200, "M DUPONT JEAN", 10),
        (318, 210, "DUPONT CONSEIL SARL", 10),
        (318, 220, "35 B RUE DES LILAS", 10),
        (318, 230, "69100 VILLEURBANNE", 10),
        (36, 305, "Bonjour, voici votre facture du 2 novembre 2026 :", 11),
        (464, 324, "€ HT", s),
        (524, 324, "€ TTC", s),
        (40, 361, "Vos services mobiles", 11),
        (-480, 361, "10,83", 11),
        (-555, 361, "13,00", 11),
        (40, 409, "Montant de la facture soumis à TVA", 10),
        (-480, 409, "10,83", 10),
        (-555, 409, "13,00", 10),
        (40, 423, "TVA 20,00 %", 8),
        (-555, 423, "2,17", 8),
    ]
    ex = extract_invoice(draw(tmp_path / "telecom.pdf", items), use_xml=False)
    assert ex.value("gross_total") == "13.00"
    assert ex.status == "review"
    assert any(r.startswith("seller") for r in ex.reasons), ex.reasons


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("MVM Musterhafter", "Versicherungsverein Musterstadt a.G."),
        ("Nordstern Hausrat", "Versicherungsverein Kiel VVaG"),
    ],
)
def test_an_insurers_name_wrapped_over_two_lines(tmp_path: Path, first: str, second: str) -> None:
    # an insurer's premium bill: its name over two lines at the top, the policy holder's address
    # under it, the agent's office below; the whole name is the seller
    s = 10.0
    items: list[Text] = [
        (71, 106, first, s),
        (71, 118, second, s),
        (71, 141, "Herrn", s),
        (71, 152, "Max Weber", s),
        (71, 164, "Gartenweg 11", s),
        (71, 175, "12346 Bad Neustadt", s),
        (71, 198, "Versicherungsbüro", s),
        (71, 210, "Kramer", s),
        (71, 221, "Marktstr. 12", s),
        (71, 233, "12345 Neustadt", s),
        (71, 244, "Tel.: 0123/45678", s),
        (71, 325, "Beitragsrechnung", s),
        (460, 325, "24. Januar 2026", s),
        (71, 336, "Haftpflichtversicherung VSNR: 01.234.567.8", s),
        (71, 400, "Privathaftpflicht", s),
        (-480, 400, "50,00 €", s),
        (71, 412, "Gesamtbeitrag", s),
        (-480, 412, "50,00 €", s),
        (71, 424, "Versicherungsteuer 19 %", s),
        (-480, 424, "9,50 €", s),
        (71, 436, "Rechnungsbeitrag", s),
        (-480, 436, "59,50 €", s),
    ]
    ex = extract_invoice(draw(tmp_path / "premium.pdf", items), use_xml=False)
    assert ex.value("seller") == f"{first} {second}"
    # the day of the date beside the title is no invoice number: none is printed
    assert (ex.value("issue_date"), ex.value("invoice_number")) == ("2026-01-24", None)
    assert (ex.value("net_total"), ex.value("gross_total")) == ("50.00", "59.50")


@pytest.mark.parametrize("angle", [90, -90])
@pytest.mark.parametrize(
    ("legal", "seller"),
    [
        (
            "ORANGE SUD - Société Anonyme au capital de 1 000 000 € - RCS Lyon 123 456 789",
            "ORANGE SUD",
        ),
        ("Kabel Nord - Gesellschaft mit beschränkter Haftung - HRB 4711 Kiel", "Kabel Nord"),
    ],
)
def test_a_legal_line_set_sideways_in_the_margin_names_the_seller(
    tmp_path: Path, angle: int, legal: str, seller: str
) -> None:
    # a telecom bill: the customer's company in the window, the seller's name only in the
    # legal line printed up (or down) the right margin, with its legal form written out
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from tests.invoice_languages import register_inter

    path = tmp_path / "sideways.pdf"
    items = [
        (31, 112, "Date de facture : 02/11/2026", 9.0),
        (31, 125, "N° de facture : 11608848301659", 9.0),
        (318, 200, "M DUPONT JEAN", 10.0),
        (318, 212, "DUPONT CONSEIL SARL", 10.0),
        (318, 224, "35 B RUE DES LILAS", 10.0),
        (318, 236, "69100 VILLEURBANNE", 10.0),
        (40, 361, "Montant HT", 11.0),
        (-480, 361, "10,83 €", 11.0),
        (40, 375, "TVA 20,00 %", 11.0),
        (-480, 375, "2,17 €", 11.0),
        (40, 389, "Montant TTC", 11.0),
        (-480, 389, "13,00 €", 11.0),
    ]
    register_inter()
    c = Canvas(str(path), pagesize=A4)
    for x, y, text, size in items:
        c.setFont("Inter", size)
        if x < 0:
            c.drawRightString(-x, A4[1] - y, text)
        else:
            c.drawString(x, A4[1] - y, text)
    c.saveState()  # the legal line, turned in the right margin
    c.translate(580, 150 if angle == 90 else 700)
    c.rotate(angle)
    c.setFont("Inter", 5)
    c.drawString(0, 0, legal)
    c.restoreState()
    c.save()
    ex = extract_invoice(path, use_xml=False)
    assert ex.value("seller") == seller
    assert ex.value("gross_total") == "13.00"


def _dolibarr(
    path: Path, dates: tuple[str, str], rows: list[tuple[str, ...]], totals: list[tuple[str, ...]]
) -> Path:
    """A page where Dolibarr's default invoice PDF draws it (positions in mm from the top
    left): the company's name at the top left and the title with its number at the right on
    its line, over 'Invoice date : …', 'Due date : …', 'Customer code : …'; the sender's block
    under 'Bill from' beside the customer's under 'Bill to'; the currency named in words over
    the items ('Amounts in US Dollars', no symbol on any amount); the payment terms at the
    left beside the totals (rows and totals: their cells, left to right)."""
    mm = 72 / 25.4
    page: list[tuple[float, float, str, float]] = []

    def put(x: float, y: float, text: str, size: float, right: bool = False) -> None:
        page.append(((-x if right else x) * mm, y * mm + size, text, size))

    put(10, 10, "Harbor Lane Analytics LLC", 13)
    put(200, 10, "Invoice FA2611-0042", 13, right=True)
    put(200, 17, f"Invoice date : {dates[0]}", 8, right=True)
    put(200, 20, f"Due date : {dates[1]}", 8, right=True)
    put(200, 23, "Customer code : CU2611-00017", 8, right=True)
    put(10, 37, "Bill from", 8)
    put(102, 37, "Bill to", 8)
    sender = ["455 Pine Street, Suite 210", "Seattle, WA 98101", "Email: billing@harborlane.com"]
    put(12, 45, "Harbor Lane Analytics LLC", 10)
    put(102, 45, "Brightside Dental Group", 10)
    for i, (a, b) in enumerate(
        zip(sender, ["1200 Market St", "Tacoma, WA 98402", ""], strict=True)
    ):
        put(12, 49.5 + 4 * i, a, 9)
        put(102, 49.5 + 4 * i, b, 9)
    put(200, 86, "Amounts in US Dollars", 8, right=True)
    ends = (None, 137, 156, 172, 199)  # each column's right edge; the description's left
    heads = ("Description", "Sales tax", "U.P. (net)", "Qty", "Total (excl.)")
    for i, row in enumerate([heads, *rows]):
        for end, cell in zip(ends, row, strict=True):
            if end is None:
                put(11, 91.5 + 8 * i, cell, 9)
            else:
                put(end, 91.5 + 8 * i, cell, 9, right=True)
    for i, (terms, label, amount) in enumerate(totals):
        put(10, 221 + 4 * i, terms, 8)
        put(120, 221 + 4 * i, label, 9)
        put(200, 221 + 4 * i, amount, 9, right=True)
    return draw(path, page)


def test_an_erp_s_rows_all_at_no_tax_rate(tmp_path: Path) -> None:
    # the items' tax column prints 0% on every row and no tax line is printed: no tax to read
    # (the page had waited, "the item table has a tax column, but no tax total was read");
    # a row at a rate above 0 % still wants its tax read

    rows = [
        ("Strategy workshop (half day)", "0%", "1,200.00", "1", "1,200.00"),
        ("Process review", "0%", "950.00", "1", "950.00"),
    ]
    totals = [
        ("Payment terms: 30 days", "Total (excl. tax)", "2,150.00"),
        ("Payment type: Bank Transfer", "Total (inc. tax)", "2,150.00"),
    ]
    dates = ("11/19/2026", "12/19/2026")
    got, status, reasons = read_page(_dolibarr(tmp_path / "a.pdf", dates, rows, totals))
    assert (got["gross_total"], got["tax_total"], got["currency"]) == ("2150.00", None, "USD")
    assert status == "accepted", reasons
    rows[1] = ("Process review", "8.875%", "950.00", "1", "950.00")
    got, status, reasons = read_page(_dolibarr(tmp_path / "b.pdf", dates, rows, totals))
    assert status == "review" and any("tax column" in r for r in reasons), reasons


def test_us_dollars_named_in_words_put_the_month_first(tmp_path: Path) -> None:
    # 'Amounts in US Dollars' and no '$' anywhere: '11/09/2026' is November 9 (it had been read
    # as 11 September, its due date '12/09/2026' as 12 September, and accepted)

    rows = [("Strategy workshop (half day)", "0%", "1,200.00", "1", "1,200.00")]
    totals = [
        ("Payment terms: 30 days", "Total (excl. tax)", "1,200.00"),
        ("Payment type: Bank Transfer", "Total (inc. tax)", "1,200.00"),
    ]
    pdf = _dolibarr(tmp_path / "a.pdf", ("11/09/2026", "12/09/2026"), rows, totals)
    got, status, reasons = read_page(pdf)
    assert (got["issue_date"], got["due_date"]) == ("2026-11-09", "2026-12-09"), reasons
    assert status == "accepted", reasons


def _frontaccounting(
    path: Path, seller: list[str], dates: tuple[str, str], totals: list[tuple[str, str]]
) -> Path:
    """A page where FrontAccounting's invoice report draws it (points from the top of an A4
    page, 9 pt): the company and its lines at the top left, 'INVOICE' large and grey at the
    right, 'Date:' and 'Invoice No.' under it, the customer under 'Charge To' (its VAT number
    in the grid 'Customers Reference | Our Ref. | Your VAT no. | Our Order No | Due Date'), the
    items, the totals' labels centred over their amounts at the foot, and 'All amounts stated
    in - CUR' under them (*totals*: label, amount; an empty amount, a label printing its own)."""
    page: list[tuple[float, float, str, float]] = [
        (48, 52, seller[0], 13),
        (-545, 52, "INVOICE", 19),
    ]
    page += [(48, 64 + 12 * i, line, 9) for i, line in enumerate(seller[1:])]
    page += [(405, 100, "Date:", 9), (485, 100, dates[0], 9)]
    page += [(405, 112, "Invoice No.", 9), (485, 112, "118", 9)]
    page += [
        (48, 166, "Charge To", 5),
        (48, 183, "Harbour Builders", 9),
        (48, 195, "22 Dock Road", 9),
    ]
    page += [(48, 207, "Hull HU1 2AA", 9)]
    heads = ["Customers Reference", "Our Ref.", "Your VAT no.", "Our Order No", "Due Date"]
    values = ["PO-4471", "Jane Smith", "GB 221 4470 19", "27", dates[1]]
    for i, (head, value) in enumerate(zip(heads, values, strict=True)):
        page += [(50 + 105 * i, 263, head, 9), (50 + 105 * i, 281, value, 9)]
    cols = [(44, "Item Code"), (100, "Item Description"), (-338, "Quantity"), (-423, "Price")]
    page += [(x, 335, head, 9) for x, head in [*cols, (-560, "Total")]]
    page += [(44, 354, "202", 9), (100, 354, "Maintenance", 9), (-338, 354, "4", 9)]
    page += [(-423, 354, "65.00", 9), (-560, 354, "260.00", 9)]
    for i, (label, amount) in enumerate(totals):
        page += [(370, 668 + 12 * i, label, 9)] + (
            [(-560, 668 + 12 * i, amount, 9)] if amount else []
        )
    page += [(150, 734, "Please quote Invoice no. when paying. All amounts stated in - USD", 9)]
    return draw(path, page)


def test_a_tax_the_total_includes_with_the_shipping_before_it(tmp_path: Path) -> None:
    # 'Sub-total', 'Shipping', 'Included GST (10%) Amount: 25.00', 'TOTAL INVOICE': the
    # sub-total and the shipping make the total, the tax inside at its rate (it had been read
    # as the total, 'Amount'), and a tax its rate does not make waits

    seller = ["Great Lakes Supply Inc.", "880 W Fulton St", "Chicago, IL 60607"]
    totals = [
        ("Sub-total", "260.00"),
        ("Shipping", "15.00"),
        ("Included GST (10%) Amount: 25.00", ""),
        ("TOTAL INVOICE", "275.00"),
    ]
    dates = ("11/19/2026", "12/19/2026")
    got, status, reasons = read_page(_frontaccounting(tmp_path / "a.pdf", seller, dates, totals))
    assert (got["gross_total"], got["tax_total"]) == ("275.00", "25.00"), reasons
    assert status == "accepted", reasons
    totals[2] = ("Included GST (10%) Amount: 35.00", "")
    got, status, reasons = read_page(_frontaccounting(tmp_path / "b.pdf", seller, dates, totals))
    assert status == "review", reasons


def test_a_us_address_with_no_comma_keeps_a_date_in_doubt(tmp_path: Path) -> None:
    # dollars, the customer's British VAT number, the seller's 'Chicago IL 60607' with no
    # comma: '11/07/2026' may be either order, and is not accepted read day first (it had
    # been, as 11 July)

    seller = ["Great Lakes Supply Inc.", "880 W Fulton St", "Chicago IL 60607"]
    totals = [("Sub-total", "260.00"), ("Shipping", "0.00"), ("Sales Tax (7%)", "18.20")]
    totals += [("TOTAL INVOICE", "278.20")]
    pdf = _frontaccounting(tmp_path / "a.pdf", seller, ("11/07/2026", "11/07/2026"), totals)
    got, status, reasons = read_page(pdf)
    assert got["gross_total"] == "278.20", reasons
    assert status == "review" and any("could be swapped" in r for r in reasons), reasons


def test_a_discount_s_label_wrapped_around_its_amount(tmp_path: Path) -> None:
    # an ERP's totals in a narrow column (seen on ERPNext's 'Sales Invoice Standard'): the
    # discount's label wraps, 'Discount' over '(5.0%):', its amount set between the two lines;
    # the items add up to the subtotal, less that discount to the net (the page had waited on
    # "line totals add up to 840.00, the net total is 798.00")

    items: list[Text] = [
        (40, 60, "Northgate Engineering Ltd", 16),
        (40, 100, "Invoice Number: ACC-SINV-2026-00412", 10.5),
        (300, 100, "Invoice Date: 14-10-2026", 10.5),
        (40, 150, "No", 10.5),
        (70, 150, "Item", 10.5),
        (210, 150, "Item Code", 10.5),
        (-360, 150, "Quantity", 10.5),
        (-440, 150, "Rate", 10.5),
        (-529, 150, "Amount", 10.5),
        (40, 175, "1", 10.5),
        (70, 175, "Servo Motor SM-200", 10.5),
        (210, 175, "SM-200", 10.5),
        (-360, 175, "2 Nos", 10.5),
        (-440, 175, "£ 420.00", 10.5),
        (-529, 175, "£ 840.00", 10.5),
        (-433, 220, "Sub Total:", 10.5),
        (-529, 220, "£ 840.00", 10.5),
        (-433, 243, "Discount", 10.5),
        (-529, 251, "£ 42.00", 10.5),
        (-433, 259, "(5.0%):", 10.5),
        (-433, 282, "VAT (20.0%):", 10.5),
        (-529, 282, "£ 159.60", 10.5),
        (-433, 305, "Grand Total:", 10.5),
        (-529, 305, "£ 957.60", 10.5),
    ]
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", items))
    assert (got["net_total"], got["gross_total"]) == ("798.00", "957.60"), reasons
    assert status == "accepted", reasons


def test_a_crm_s_invoice_prepared_for_a_customer_in_rand(tmp_path: Path) -> None:
    # the company at the top left over 'INVOICE', then boxes of heads over values: 'Prepared
    # For' (the customer's block) beside 'Prepared By' (the user's name), 'Invoice Date' (with
    # the time) beside 'Due Date', 'Invoice Number'; amounts as 'R4,800.00'. The glued rand
    # had read no amount at all, and the company, where a window envelope shows the recipient,
    # waited with no heading naming the customer's block

    page: list[Text] = [
        (51, 100, "Fynbos Software (Pty) Ltd", 11.6),
        (51, 113, "7 Bree Street", 11.6),
        (51, 126, "Cape Town 8001", 11.6),
        (51, 139, "South Africa", 11.6),
        (51, 162, "INVOICE", 23.3),
        (54, 236, "Prepared For", 11.6),
        (303, 236, "Prepared By", 11.6),
        (54, 253, "Lakeside Dental Group", 11.6),
        (303, 253, "Thandi Nkosi", 11.6),
        (54, 266, "88 Pacific Ave", 11.6),
        (54, 279, "Tacoma", 11.6),
        (54, 292, "WA 98402", 11.6),
        (54, 323, "Invoice Date", 11.6),
        (303, 323, "Due Date", 11.6),
        (54, 340, "2026/03/04 09:41", 11.6),
        (303, 340, "2026/04/03", 11.6),
        (54, 366, "Invoice Number", 11.6),
        (54, 382, "218", 11.6),
    ]
    heads = ["Quantity", "Product", "List", "Discount", "Sale Price", "Tax", "Total"]
    xs = [45, 110, 260, 330, 400, 470, 520]
    page += [(x, 410, h, 10) for x, h in zip(xs, heads, strict=True)]
    row = ["2", "Route planner licence", "R4,800.00", "R0.00", "R4,800.00", "15%", "R9,600.00"]
    page += [(x, 428, t, 10) for x, t in zip(xs, row, strict=True)]
    totals = [("Total", "R9,600.00"), ("Discount", "R0.00"), ("Subtotal", "R9,600.00")]
    totals += [("Tax", "R1,440.00"), ("Shipping", "R0.00"), ("Grand Total", "R11,040.00")]
    for i, (label, amount) in enumerate(totals):
        page += [(-505, 455 + 16 * i, label, 10), (520, 455 + 16 * i, amount, 10)]
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
    assert totals_read(got) == ("9600.00", "1440.00", "11040.00"), reasons
    assert (got["currency"], got["seller"]) == ("ZAR", "Fynbos Software (Pty) Ltd"), reasons
    assert (got["issue_date"], got["due_date"]) == ("2026-03-04", "2026-04-03"), reasons
    assert status == "accepted", reasons


_AT = {
    "seller": ["Alpenglanz Reinigung GmbH", "Industriezeile 36", "4020 Linz", "Österreich"],
    "foot": "office@alpenglanz-reinigung.at https://www.alpenglanz-reinigung.at ATU69328412",
    "customer": ["Hotel Seeblick Betriebs GmbH", "Seestraße 4", "5700 Zell am See"],
    "tax_id": "USt-IdNr.: ATU57311206",
    "labels": [
        "Rechnung",
        "Rechnungsdatum:",
        "Fälligkeitsdatum:",
        "Nettobetrag",
        "MwSt. 20%",
        "Gesamt",
    ],
    "totals": ("1.600,00 €", "320,00 €", "1.920,00 €"),
    "read": ("1600.00", "320.00", "1920.00"),
}
_ES = {
    "seller": ["Talleres Ebro S.L.", "Calle de Miguel Servet 120", "50013 Zaragoza", "España"],
    "foot": "administracion@talleresebro.es www.talleresebro.es ESB50921345",
    "customer": ["Transportes Moncayo S.A.", "Avenida de Navarra 8", "50010 Zaragoza"],
    "tax_id": "NIF: ESA50011122",
    "labels": [
        "Factura",
        "Fecha de factura:",
        "Fecha de vencimiento:",
        "Base imponible",
        "IVA 21%",
        "Total",
    ],
    "totals": ("1.600,00 €", "336,00 €", "1.936,00 €"),
    "read": ("1600.00", "336.00", "1936.00"),
}


@pytest.mark.parametrize("case", [_AT, _ES], ids=["de-AT", "es-ES"])
def test_the_page_s_own_address_in_its_foot_names_the_sender_over_a_customer_s_tax_number(
    tmp_path: Path, case: dict[str, Any]
) -> None:
    # an ERP's page (Odoo's light layout, its header short): the company's block at the top left
    # gives only its name and address; the customer's block just under it at the right (above
    # an envelope's window) carries the customer's VAT
    # number (an EU business's, printed as the law asks); the company's phone, e-mail, web
    # address and VAT number stand in one line at the foot. The tax number in a block had made
    # the customer the seller, accepted
    title, issued, due, net_label, tax_label, total_label = case["labels"]
    net, tax, gross = case["totals"]
    page: list[Text] = [(34, 30 + 12 * i, text, 9) for i, text in enumerate(case["seller"])]
    page += [(330, 88 + 13 * i, text, 10) for i, text in enumerate(case["customer"])]
    page += [
        (330, 127, case["tax_id"], 10),
        (34, 230, f"{title} INV/2026/00318", 20),
        (34, 262, issued, 9),
        (160, 262, due, 9),
        (34, 275, "14.09.2026", 9),
        (160, 275, "14.10.2026", 9),
        (34, 330, "Grundreinigung Lobby", 10),
        (-400, 330, "1,00", 10),
        (-561, 330, "1.240,00 €", 10),
        (34, 348, "Fensterreinigung", 10),
        (-400, 348, "2,00", 10),
        (-561, 348, "360,00 €", 10),
        (330, 380, net_label, 10),
        (-561, 380, net, 10),
        (330, 396, tax_label, 10),
        (-561, 396, tax, 10),
        (330, 412, total_label, 10),
        (-561, 412, gross, 10),
        (34, 780, f"+43 732 555 010 {case['foot']}", 8),
        (-561, 780, "1 / 1", 8),
    ]
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
    assert got["seller"] == case["seller"][0], reasons
    assert totals_read(got) == case["read"], reasons
    assert status == "accepted", reasons


def test_an_erp_s_shortened_labels(tmp_path: Path) -> None:
    # Dutch 'Fact.nr' (factuurnummer) as an ERP's report shortens it: unknown, the number had
    # not been read and the page had waited; the taxes are rows of the item table, the net is
    # printed under the total
    lines = [
        "Noordkaap Pompen B.V. | ^Verkoopfactuur",
        "Havenkade 9 | Fact.datum: | 09 januari 2026",
    ]
    lines += [
        "Vlissingen 4381 PB | Klantnr: | 49755",
        "btw NL 8612.33.902.B01 | Fact.nr: | CI73691",
    ]
    lines += ["", "Aan:", "Jachtwerf De Schelde B.V.", "Kaaistraat 11", "Middelburg 4331 KS", ""]
    lines += ["Regelnr | Product | Omschrijving | Aantal | Stukprijs | Bedrag"]
    lines += ["00010 | GZ-2644 | Flow sensor DN25 | 2 | 189,00 € | 378,00 €"]
    lines += ["00020 | | Verzending | | | 12,50 €", "00030 | | BTW 21% | | | 81,90 €"]
    lines += ["| | | TOTAAL | | 472,40 €", "| | | Totaal excl. btw | | 390,50 €"]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert got["invoice_number"] == "CI73691", reasons
    assert totals_read(got) == ("390.50", "81.90", "472.40"), reasons
    assert status == "accepted", reasons


def _column_of_labels(date_x: float) -> list[Text]:
    """A page headed 'TAX INVOICE': the company's name and address at the top left (its
    address in 8 pt on lines of its own, between the rows of labels beside it), a column of
    labels at the right ('Number', 'Customer Code', 'Date' at *date_x*, 'Order No', 'Order
    Date') with their values, the customer under 'Sold To:', one item and the totals."""
    page: list[Text] = [(238, 40, "TAX INVOICE", 15), (40, 62, "Kauri Point Supplies Ltd", 10)]
    address = ["Unit 4, 27 Fanshawe Street", "Auckland Central", "Auckland 1010"]
    address += ["Phone: +64 9 555 0142", "Email: accounts@kauripoint.example"]
    page += [(40, 72 + 10 * i, t, 8) for i, t in enumerate(address + ["GST No: 112-493-806"])]
    rows = [("Number", "29459"), ("Customer Code", "TUICREEK"), ("Date", "21/08/2026")]
    rows += [("Order No", "27529"), ("Order Date", "15/08/2026")]
    for i, (label, value) in enumerate(rows):
        page += [
            (date_x if label == "Date" else 328, 62 + 13 * i, label, 10),
            (416, 62 + 13 * i, value, 10),
        ]
    page += [(40, 150, "Sold To:", 8), (60, 164, "Tui Creek Joinery Ltd", 10)]
    page += [(60, 177, "18 Sockburn Road", 10), (60, 190, "Christchurch 8042", 10)]
    page += [(40, 228, "All amounts stated in: NZD New Zealand Dollars", 8)]
    heads = [
        (46, "Item Code"),
        (121, "Description"),
        (311, "Unit Price"),
        (391, "Qty"),
        (490, "Price"),
    ]
    page += [(x, 276, t, 10) for x, t in heads]
    page += [(46, 294, "PUMP-2HP", 10), (121, 294, "Centrifugal pump 2HP", 10)]
    page += [(-386, 294, "1,245.00", 10), (-405, 294, "1", 10), (-555, 294, "1,245.00", 10)]
    sums = [("Sub Total", "1,245.00"), ("Freight", "35.00"), ("Tax", "192.00")]
    page += [(40, 752, "Payment Terms: Due in 30 days", 10)]
    for i, (label, amount) in enumerate(sums + [("TOTAL INVOICE", "1,472.00")]):
        page += [(345, 752 + 16 * i, label, 10), (-555, 752 + 16 * i, amount, 10)]
    return page


def test_a_bare_number_heading_a_column_of_labels_over_the_date(tmp_path: Path) -> None:
    # the number's word alone and the date's label two rows under it, the address's lines
    # beside them between the rows: the number had been read only beside a date's label on
    # the next line, and the page had waited for it
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", _column_of_labels(328)))
    assert (got["invoice_number"], got["issue_date"]) == ("29459", "2026-08-21"), reasons
    assert totals_read(got) == ("1280.00", "192.00", "1472.00"), reasons
    assert status == "accepted", reasons


def test_a_bare_number_over_a_date_of_another_column(tmp_path: Path) -> None:
    # the date's label starts elsewhere than the column the word heads: no label of the same
    # column names a date, so the bare word names some other number
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", _column_of_labels(318)))
    assert got["invoice_number"] is None, reasons
    assert status != "accepted", reasons


def _crm_page(items: list[tuple[str, str, str]], summary: list[tuple[str, str]]) -> list[Text]:
    """A CRM's invoice: the company's block at the left, boxes of a label over its value in the
    middle ('Customer Name', 'Purchase Order', 'Contact Name'), 'Invoice: INV1942' at the top
    right over the dates and the addresses, the items (code, name, total) and the summary's
    labels and amounts at the foot of the item table, in one type."""
    page: list[Text] = [(390, 34, "Invoice: INV1942", 9), (420, 70, "Issued Date: 19-11-2026", 9)]
    page += [(430, 88, "Due Date: 03-12-2026", 9), (420, 112, "Billing Address", 9)]
    page += [(420, 124, "545 Kerkstraat", 9), (420, 136, "Seattle ,WA 98003", 9)]
    boxes = [("Customer Name", "Northwind Traders"), ("Purchase Order", "PO-3484")]
    for i, (label, value) in enumerate(boxes + [("Contact Name", "Andrew Fuller")]):
        page += [(260, 55 + 45 * i, label, 9), (255, 75 + 45 * i, value, 9)]
    company = ["Saffron Cloud Solutions Pvt. Ltd.", "4th Floor, Prestige Towers, MG Road"]
    company += ["Bengaluru ,Karnataka 560001", "India", "Phone: +91 80 5555 0123"]
    page += [(30, 120 + 11 * i, t, 9) for i, t in enumerate(company)]
    heads = [(32, "Product Code"), (117, "Product Name"), (302, "Quantity"), (360, "Price")]
    page += [(x, 280, t, 9) for x, t in heads + [(430, "Discount"), (487, "Total")]]
    for i, (code, name, total) in enumerate(items):
        y = 304 + 28 * i
        page += [(32, y, code, 9), (117, y, name, 9), (302, y, "1.000", 9)]
        page += [(360, y, total, 9), (430, y, "0.00", 9), (487, y, total, 9)]
    for i, (label, amount) in enumerate(summary):
        page += [(272, 565 + 17 * i, label, 9), (-566, 565 + 17 * i, amount, 9)]
    return page


@pytest.mark.parametrize("title", ["Invoice: INV1942", "Order: SO1942"])
def test_a_purchase_order_s_box_over_its_number_is_no_title(tmp_path: Path, title: str) -> None:
    # 'Purchase Order' in the page's one type, over 'PO-3484' in its box: the document had
    # been taken for a purchase order and waited; under no invoice's title it still is one
    items = [("SER9", "Data migration service", "420.00")]
    summary = [("Net Total", "420.00"), ("Discount", "0.00"), ("Tax:(18%)", "75.60")]
    summary += [("Shipping & Handling Charges", "0.00"), ("Shipping & Handling Tax:(0%)", "0.00")]
    summary += [("Adjustment", "0.00"), ("Grand Total : (in ₹)", "495.60")]
    page = [(390.0, 34.0, title, 9.0)] + _crm_page(items, summary)[1:]
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
    assert totals_read(got) == ("420.00", "75.60", "495.60"), reasons
    invoiced = title.startswith("Invoice")
    assert (status == "accepted") == invoiced, reasons
    assert any("a purchase order" in r for r in reasons) != invoiced, reasons


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        # shipping under the tax, taxed on its own line at its rate: in the net, its tax in
        # the tax (read as charges after the tax, the net and the tax had been short of them)
        (
            ["70.00", "0.00", "18", "12.60", "40.00", "18", "7.20", "129.80"],
            ("110.00", "19.80", "129.80"),
        ),
        # ... with a discount over the tax (the net had been derived with all of them in it)
        (
            ["420.00", "21.00", "8.25", "32.92", "40.00", "8.25", "3.30", "475.22"],
            ("439.00", "36.22", "475.22"),
        ),
        # a discount over the tax, shipping under it with no tax of its own: outside the net
        (
            ["2,370.00", "118.50", "21", "472.82", "25.00", "0", "0.00", "2,749.32"],
            ("2251.50", "472.82", "2749.32"),
        ),
    ],
)
def test_shipping_under_the_tax_with_its_own_tax_line(
    tmp_path: Path, rows: list[str], want: tuple[str, str, str]
) -> None:
    net, discount, rate, tax, shipping, shipping_rate, shipping_tax, gross = rows
    summary = [("Net Total", net), ("Discount", discount), (f"Tax:({rate}%)", tax)]
    summary += [("Shipping & Handling Charges", shipping)]
    summary += [(f"Shipping & Handling Tax:({shipping_rate}%)", shipping_tax)]
    summary += [("Adjustment", "0.00"), ("Grand Total : (in $)", gross)]
    page = _crm_page([("SER9", "Data migration service", net)], summary)
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
    assert totals_read(got) == want, reasons
    assert status == "accepted", reasons
