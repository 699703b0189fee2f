"""Kinds of layout a web shop's invoice prints (seen on PrestaShop's PDF templates, WooCommerce's
and Shopware's, filled and printed once as probes and not kept: the templates are not ours to
copy), each drawn here on its own with other names, values and languages: the shop signs only
the foot of the page with its address, the customer's long block under 'Delivery address' /
'Billing address', a grid of the order's details, the tax table beside the totals, the
payment and shipping methods beside them; and VirtueMart's (printed once as a probe, not kept):
the totals as rows of the item table under its 'Tax' and 'Total' heads, no net printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw
from tests.invoice_typeset import text_page, typeset
from tests.invoice_typeset.markup import lines, page, q


def _cells(*texts: str, size: float = 0) -> str:
    """Typst grid cells, one a text (in *size* points when given)."""
    sized = f"size: {size}pt, " if size else ""
    return ", ".join(f"[#text({sized}{q(x)})]" for x in texts)


# the heads the templates print: the customer's blocks, the order's details, the items, the taxes
_HEADS = (
    "Delivery address",
    "Billing address",
    "Invoice Number",
    "Invoice Date",
    "Order Reference",
    "Order date",
)
_ITEM_HEADS = (
    "Reference",
    "Product",
    "Tax Rate",
    "Unit Price (Tax excl.)",
    "Qty",
    "Total (Tax excl.)",
)
_TAX_HEADS = ("Tax Detail", "Tax Rate", "Total (Before tax)", "Total Tax")


def _shop_page(
    path: Path,
    customer: list[str],
    details: tuple[str, ...],
    items: list[tuple[str, ...]],
    taxes: list[tuple[str, ...]],
    totals: list[tuple[str, str]],
    foot: list[str],
    lang: str = "en",
) -> Path:
    """A page as the shop lays it out: the title, date and number at the top right (the logo,
    a picture, at the left), the customer's block twice (delivery, billing), the grid of the
    order's details, the items, the tax table at the left beside the totals at the right, and
    the shop's lines small and centred at the foot."""
    block = lines(*customer, size=11)
    heads, items, taxes = _HEADS, [_ITEM_HEADS, *items], [_TAX_HEADS, *taxes]
    tax_grid = (
        f"grid(columns: 4, column-gutter: 1.2em, row-gutter: 0.7em, "
        f"{_cells(*(c for r in taxes for c in r), size=8)})"
    )
    sums = f"grid(columns: 2, column-gutter: 2em, row-gutter: 0.7em, {_cells(*(x for p in totals for x in p))})"
    source = page("a4", "Inter", 9, lang, "1.5cm") + "\n\n".join(
        [
            f'#align(right, text(size: 14pt, weight: "bold", {q(details[0])}))',
            "#v(4em)",
            "#grid(columns: (1fr, 1fr), row-gutter: 1.2em, "
            + _cells(heads[0], heads[1], size=11)
            + f", {block}, {block})",
            "#v(2em)",
            f"#grid(columns: 4, column-gutter: 2.5em, row-gutter: 0.8em, "
            f"{_cells(*heads[2:], size=8)}, {_cells(*details[1:], size=7)})",
            "#v(2em)",
            "#grid(columns: (auto, 1fr, auto, auto, auto, auto), column-gutter: 1.2em, "
            f"row-gutter: 1em, {_cells(*(c for r in items for c in r))})",
            "#v(1.5em)",
            f"#grid(columns: (1fr, auto), column-gutter: 3em, {tax_grid}, {sums})",
            "#v(1fr)",
            f"#align(center, {lines(*foot, size=6)})",
        ]
    )
    return typeset(source, path)


def test_a_shop_that_signs_only_the_foot_of_its_page(tmp_path: Path) -> None:
    # the shop's name (no legal form) only in the line at the foot, 'Name - Street - Postcode
    # Town - Country'; the customer's company (a legal form) in its block of six lines under
    # 'Billing address'; the order's reference among the details' heads: the customer, an
    # item row or a head of the details' grid had been proposed, and every page waited
    customer = [
        "Nadia Kowalski",
        "Kowalski & Reed LLP",
        "41 Canal Street",
        "Manchester M1 3HE",
        "United Kingdom",
        "0161 496 0722",
    ]
    items = [
        ("BK-014", "Linen apron, natural", "20%", "£24.00", "2", "£48.00"),
        ("BK-202", "Beeswax wraps, set of 3", "20%", "£12.50", "1", "£12.50"),
    ]
    taxes = [
        ("Products", "20.000 %", "£60.50", "£12.10"),
    ]
    totals = [
        ("Total Products", "£60.50"),
        ("Shipping Cost", "Free Shipping"),
        ("Total (Before tax)", "£60.50"),
        ("Total Tax", "£12.10"),
        ("Total (After tax)", "£72.60"),
    ]
    foot = [
        "Wren & Willow Homewares - 9 Abbey Lane - York YO1 7HH - United Kingdom",
        "For more assistance, contact Support:",
        "Tel: 01904 555 210",
    ]
    pdf = _shop_page(
        tmp_path / "a.pdf",
        customer,
        ("INVOICE", "#IN000418", "05/11/2026", "QZKWHRTPE", "04/11/2026"),
        items,
        taxes,
        totals,
        foot,
    )
    ex = extract_invoice(pdf, use_xml=False)
    assert ex.value("seller") == "Wren & Willow Homewares", ex.fields["seller"]
    got = {f: ex.value(f) for f in ("net_total", "tax_total", "gross_total")}
    assert totals_read(got) == ("60.50", "12.10", "72.60"), ex.reasons
    assert ex.status == "accepted", ex.reasons


def test_the_tax_table_beside_the_totals_is_no_charge_and_no_item(tmp_path: Path) -> None:
    # a shipping row in the tax table at the left ('Shipping  20.000 %  €7.00  €1.40') stands
    # between the net and the gross at the right: it had been taken for a charge (the total
    # 'Total (After tax)' then unknown), the tax read from the products' row; and the items'
    # sum over the tax table ('Total Products €85.00') had let its rows count as items
    customer = [
        "Ciarán Doyle",
        "17 Harbour View",
        "Dún Laoghaire A96 K2X3",
        "Ireland",
        "087 555 0192",
    ]
    items = [
        ("WL-08", "Merino scarf, slate", "23%", "€45.00", "1", "€45.00"),
        ("WL-11", "Aran hat", "23%", "€20.00", "2", "€40.00"),
    ]
    taxes = [
        ("Products", "23.000 %", "€85.00", "€19.55"),
        ("Shipping", "23.000 %", "€7.00", "€1.61"),
    ]
    totals = [
        ("Total Products", "€85.00"),
        ("Shipping Cost", "€7.00"),
        ("Total (Before tax)", "€92.00"),
        ("Total Tax", "€21.16"),
        ("Total (After tax)", "€113.16"),
    ]
    foot = [
        "Clew Bay Woollens Ltd - 2 Mill Street - Westport F28 D7K2 - Ireland",
        "VAT IE 3312207KH",
    ]
    pdf = _shop_page(
        tmp_path / "a.pdf",
        customer,
        ("INVOICE", "#IN002207", "12/10/2026", "LKJHGFDSA", "11/10/2026"),
        items,
        taxes,
        totals,
        foot,
    )
    ex = extract_invoice(pdf, use_xml=False)
    got = {f: ex.value(f) for f in ("net_total", "tax_total", "gross_total")}
    assert totals_read(got) == ("92.00", "21.16", "113.16"), ex.reasons
    assert [li.line_total for li in ex.lines] == ["45.00", "40.00"], ex.reasons
    # the company at the foot, its town by its Eircode
    assert ex.value("seller") == "Clew Bay Woollens Ltd", ex.fields["seller"]
    assert ex.status == "accepted", ex.reasons


def test_a_company_at_the_foot_with_its_town_over_two_parts(tmp_path: Path) -> None:
    # 'Name Inc. - Street - Town, ST 12345 - Country': an American shop, its town and its
    # state's postcode parted by a comma ('Portland, OR 97205'), a Belgian customer's company
    # in its block
    customer = [
        "Marc Dubois",
        "Dubois Conseil SRL",
        "Avenue Louise 231",
        "1050 Ixelles",
        "Belgique",
        "02 555 88 10",
    ]
    items = [
        ("CF-250", "Single origin coffee, 250 g", "0%", "$14.00", "3", "$42.00"),
    ]
    taxes: list[tuple[str, ...]] = []
    totals = [
        ("Total Products", "$42.00"),
        ("Shipping Cost", "$8.00"),
        ("Total (Before tax)", "$50.00"),
        ("Total Tax", "$0.00"),
        ("Total (After tax)", "$50.00"),
    ]
    foot = [
        "Roseline Roasters Inc. - 1420 SW Alder St - Portland, OR 97205 - United States",
        "Tel: (503) 555-0147",
    ]
    pdf = _shop_page(
        tmp_path / "a.pdf",
        customer,
        ("INVOICE", "#IN000077", "03/02/2026", "PLMOKNIJB", "03/01/2026"),
        items,
        taxes,
        totals,
        foot,
    )
    ex = extract_invoice(pdf, use_xml=False)
    assert ex.value("seller") == "Roseline Roasters Inc.", ex.fields["seller"]
    assert ex.status == "accepted", ex.reasons


def test_the_products_before_discounts_is_no_discount(tmp_path: Path) -> None:
    # 'Total Products Before Discounts' (the items' sum), 'Total Discounts - €…', the shipping:
    # the items less the discount plus the shipping make the net ('Before Discounts' had been
    # read as a discount of the whole sum, and the page waited on the items' sum); the tax
    # table's shipping row beside the totals is no second shipping charge
    customer = ["Hannah Becker", "Schillerstraße 12", "10627 Berlin", "Deutschland", "030 555 1234"]
    items = [
        ("TB-01", "Teak cutting board", "19%", "€60.00", "2", "€120.00"),
        ("TB-05", "Board oil, 250 ml", "19%", "€15.00", "2", "€30.00"),
    ]
    taxes = [
        ("Products", "19.000 %", "€135.00", "€25.65"),
        ("Shipping", "19.000 %", "€5.00", "€0.95"),
    ]
    totals = [
        ("Total Products Before Discounts", "€150.00"),
        ("Total Discounts", "- €15.00"),
        ("Total Products", "€135.00"),
        ("Shipping Cost", "€5.00"),
        ("Total (Before tax)", "€140.00"),
        ("Total Tax", "€26.60"),
        ("Total (After tax)", "€166.60"),
    ]
    foot = [
        "Holzwerk Nord GmbH - Hafenstraße 8 - 20457 Hamburg - Deutschland",
        "USt-IdNr. DE 301 447 552",
    ]
    pdf = _shop_page(
        tmp_path / "a.pdf",
        customer,
        ("INVOICE", "#IN000951", "14/09/2026", "WERTZUIOP", "13/09/2026"),
        items,
        taxes,
        totals,
        foot,
    )
    ex = extract_invoice(pdf, use_xml=False)
    got = {f: ex.value(f) for f in ("net_total", "tax_total", "gross_total")}
    assert totals_read(got) == ("140.00", "26.60", "166.60"), ex.reasons
    assert [li.line_total for li in ex.lines] == ["120.00", "30.00"], ex.reasons
    assert ex.adjustment == "-10.00", ex.reasons  # less 15.00, plus 5.00 shipping
    assert ex.status == "accepted", ex.reasons


def test_the_tax_a_total_includes_in_brackets_after_it(tmp_path: Path) -> None:
    # a web shop's prices with the tax in them: 'Total: £58.80 (includes £9.80 VAT)', the
    # bracket wrapped or not; the amount in the bracket had been read as the total (and no tax)

    lines = [
        "^Harbour Lane Prints",
        "6 Harbour Lane, Whitby YO21 3PU",
        "VAT Reg. No. GB 318 2240 57",
        "",
        "Invoice Number: | 1187",
        "Invoice Date: | 2 March 2026",
        "",
        "Product | Quantity | Price",
        "Whitby Abbey print, A3 | 2 | £48.00",
        "",
        "Subtotal: | £48.00",
        "Shipping: | £10.80",
        "Total: | £58.80 (includes £9.80 VAT)",
    ]
    got, _status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert (got["gross_total"], got["tax_total"]) == ("58.80", "9.80"), reasons
    lines[-1] = "Gesamtsumme: | 58,80 € (inkl. 9,39 € MwSt.)"
    got, _status, reasons = read_page(text_page(tmp_path / "b.pdf", lines))
    assert (got["gross_total"], got["tax_total"]) == ("58.80", "9.39"), reasons


def test_the_shop_s_notes_beside_its_totals(tmp_path: Path) -> None:
    # a shop's order invoice (seen on Shopware's document template): the payment and shipping
    # methods at the left of the totals, on their lines ('Gewählte Versandart: Post Paket'
    # beside 'zzgl. 10% MwSt.: € 2,25'); the net under 'Gesamtsumme (Netto)', the tax per
    # rate, the total under 'Gesamtsumme'. The shipping method's word had read through the tax
    # label to its amount (a charge, not the tax), and the net's label had been the total's

    lines = [
        "Alpenglück Feinkost GmbH Marktgasse 3 - 6020 Innsbruck",
        "",
        "Paul Steiner | | Alpenglück Feinkost GmbH",
        "Hauptstraße 12 | | Marktgasse 3",
        "4020 Linz | | 6020 Innsbruck",
        "Österreich | | Datum 14.09.2026",
        " | | Kunden-Nr. 10233",
        " | | Bestell-Nr. 10871",
        "",
        "^Rechnungs-Nr. 1207",
        "",
        "Pos. | Prod.-Nr. | Produkt / Dienst | Anzahl | USt. | Stückpreis | Gesamt",
        "1 | AG-204 | Bergkäse, 500 g | 2 | 10 % | € 12,40 | € 24,80",
        "2 | AG-311 | Geschenkkorb klein | 1 | 20 % | € 39,90 | € 39,90",
        "3 | Versandkosten | Post Paket | 1 | 20 % | € 6,90 | € 6,90",
        "",
        "Gewählte Zahlungsart: Rechnung | Gesamtsumme (Netto): | € 61,55",
        "Gewählte Versandart: Post Paket | zzgl. 10% MwSt.: | € 2,25",
        " | zzgl. 20% MwSt.: | € 7,80",
        " | Gesamtsumme: | € 71,60",
        "",
        "Die Ware bleibt, bis zur vollständigen Bezahlung, unser Eigentum.",
        "Alpenglück Feinkost GmbH | Bankverbindung | Geschäftsführer",
        "USt-IdNr.: ATU 61234578 | IBAN: AT48 3600 0000 0123 4567 | Lena Hofer",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert totals_read(got) == ("61.55", "10.05", "71.60"), reasons
    assert (got["invoice_number"], got["seller"]) == ("1207", "Alpenglück Feinkost GmbH")
    assert status == "accepted", reasons
    # and in English, the same notes beside the totals
    lines[16:20] = [
        "Payment method: Invoice | Net total: | £61.55",
        "Shipping method: Royal Mail Tracked 48 | plus 10% VAT: | £2.25",
        " | plus 20% VAT: | £7.80",
        " | Total: | £71.60",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "b.pdf", lines))
    assert totals_read(got) == ("61.55", "10.05", "71.60"), reasons
    assert status == "accepted", reasons


def _order_invoice(path: Path, dates: list[str], totals: list[tuple[str, str]]) -> Path:
    """A web shop's invoice for an order, drawn where Magento's invoice PDF draws it: the
    store's address at the top right, the invoice's and the order's numbers and *dates* in a
    box, the customer's blocks side by side under 'Sold to:' / 'Ship to:', the payment and
    shipping boxes under their headings (as large as those, larger than the rest), the
    shipping charges in their box, the items, then *totals* right-aligned."""

    page: list[Text] = [
        (-565, 27, "Copper Kettle Provisions", 10),
        (-565, 37, "310 Elm Street", 10),
        (-565, 47, "Burlington, VT 05401", 10),
        (-565, 57, "(802) 555-0175", 10),
        (35, 82, "Invoice # 000000418", 10),
        (35, 97, "Order # 000000412", 10),
    ]
    page += [(35, 112 + 12 * i, d, 10) for i, d in enumerate(dates)]
    page += [(35, 137, "Sold to:", 12), (285, 137, "Ship to:", 12)]
    customer = ["Ruth Bennett", "92 Harbor Road", "Salem, Massachusetts, 01970", "United States"]
    for i, line in enumerate([*customer, "T: 978-555-0142"]):
        page += [(35, 162 + 15 * i, line, 10), (285, 162 + 15 * i, line, 10)]
    page += [(35, 267, "Payment Method", 12), (285, 267, "Shipping Method:", 12)]
    page += [(35, 292, "Check / Money order", 10), (285, 292, "Flat Rate - Fixed", 10)]
    page += [(285, 322, "(Total Shipping Charges $7.50)", 10)]
    heads = [(35, "Products"), (-290, "SKU"), (-360, "Price"), (-435, "Qty"), (-495, "Tax")]
    page += [(x, 362, h, 10) for x, h in [*heads, (-565, "Subtotal")]]
    items = [
        ("Maple syrup, grade A, 1 qt", "CK-MS1", "$18.00", "2", "$2.16", "$36.00"),
        ("Cast iron skillet 10in", "CK-SK10", "$42.00", "1", "$2.52", "$42.00"),
    ]
    for i, row in enumerate(items):
        xs = (35, -290, -395, -435, -495, -565)
        page += [(x, 387 + 20 * i, t, 10) for x, t in zip(xs, row, strict=True)]
    for i, (label, amount) in enumerate(totals):
        page += [(-475, 447 + 15 * i, label, 10), (-565, 447 + 15 * i, amount, 10)]
    return draw(path, page)


def test_an_order_s_invoice_with_shipping_before_the_tax(tmp_path: Path) -> None:
    # shipping and a discount between the subtotal and the tax ('Subtotal', 'Discount',
    # 'Shipping & Handling', 'Tax', 'Grand Total'): subtotal - discount + shipping + tax = the
    # total, what the tax is added to the net. The box's '(Total Shipping Charges $7.50)' over
    # the items is no adjustment of them, and 'Payment Method', the largest text with 'Sold
    # to:', no seller. The order's date, the invoice's only date, is proposed as the issue
    # date for a person to confirm (the order may have been invoiced later)

    totals = [
        ("Subtotal:", "$78.00"),
        ("Discount (SPRING5):", "-$5.00"),
        ("Shipping & Handling:", "$7.50"),
        ("Tax:", "$4.38"),
        ("Grand Total:", "$84.88"),
    ]
    dates = ["Order Date: Mar 3, 2026"]
    got, status, reasons = read_page(_order_invoice(tmp_path / "a.pdf", dates, totals))
    assert (got["issue_date"], got["invoice_number"]) == ("2026-03-03", "000000418"), reasons
    assert totals_read(got) == ("80.50", "4.38", "84.88"), reasons
    # (a name with no legal form heading its own postal address at the top right, the
    # customer's under 'Sold to:': the sender's, as on Wave's pages; it had waited too)
    assert got["seller"] == "Copper Kettle Provisions", reasons
    assert status == "review", reasons
    assert [r.split(" ")[0] for r in reasons] == ["issue_date"], reasons
    assert "its order's date" in reasons[0], reasons
    # a tax a cent off: nothing adds up, nothing is accepted
    totals[3] = ("Tax:", "$4.39")
    got, status, reasons = read_page(_order_invoice(tmp_path / "b.pdf", dates, totals))
    assert status == "review" and any("gross" in r for r in reasons), reasons


def test_shipping_free_in_words_takes_no_amount_from_under_it(tmp_path: Path) -> None:
    # 'Shipping: Free shipping' between the subtotal and the tax (seen on WooCommerce's
    # invoices): the value's word 'shipping' had been read as a second label, the tax under it
    # as its charge, and net + tax = gross then left out for the charge between them

    totals = [("Subtotal:", "$87.80"), ("Shipping:", "Free shipping")]
    totals += [("Tax:", "$6.37"), ("Total:", "$94.17")]
    dates = ["Invoice Date: Mar 9, 2026"]
    got, _status, reasons = read_page(_order_invoice(tmp_path / "a.pdf", dates, totals))
    assert totals_read(got) == ("87.80", "6.37", "94.17"), reasons
    assert not any(r.startswith("gross_total") for r in reasons), reasons


def test_an_order_s_date_is_no_issue_date_beside_the_invoice_s(tmp_path: Path) -> None:
    # the invoice's own date printed too, or two orders' dates: the order's date is not read

    totals = [("Subtotal:", "$78.00"), ("Tax:", "$4.68"), ("Grand Total:", "$82.68")]
    dates = ["Order Date: Mar 3, 2026", "Invoice Date: Mar 9, 2026"]
    got, _status, reasons = read_page(_order_invoice(tmp_path / "a.pdf", dates, totals))
    assert got["issue_date"] == "2026-03-09", reasons
    dates[1] = "Order Date: Feb 27, 2026"
    got, status, reasons = read_page(_order_invoice(tmp_path / "b.pdf", dates, totals))
    assert got["issue_date"] is None and status == "review", reasons


# a US shop's name, its address's lines, the day printed, the items' prices, its web domain
_JUNIPER = (
    "Juniper Row Pottery",
    "310 Alberta St",
    "Portland OR 97211",
    "11/14/26",
    "$28.00",
    "$64.00",
    "juniperrowpottery.com",
)


def _printed_order(
    path: Path, title: str, rows: list[tuple[str, str]], shop: tuple[str, ...]
) -> Path:
    """A web shop's printed order, drawn where Shopify's Order Printer template draws it: the
    *shop* large at the left, its day and *title* at the top right, its address under it, the
    items, 'Payment Details' with the totals' *rows*, the shop's e-mail address at the foot."""

    name, street, town, day, price_a, price_b, domain = shop
    items: list[Text] = [
        (19, 36, name, 19.5),
        (-592, 36, day, 9.7),
        (-592, 46, title, 9.7),
        (19, 64, street, 9.7),
        (19, 76, town, 9.7),
        (19, 120, "Item Details", 11.4),
        (22, 146, "Quantity", 9.7),
        (80, 146, "Item", 9.7),
        (490, 146, "Price", 9.7),
        (22, 164, "2 x", 9.7),
        (80, 164, "Speckled mug", 9.7),
        (490, 164, price_a, 9.7),
        (22, 181, "1 x", 9.7),
        (80, 181, "Serving bowl", 9.7),
        (490, 181, price_b, 9.7),
        (19, 228, "Payment Details", 11.4),
    ]
    for i, (label, amount) in enumerate(rows):
        items += [(22, 255 + 17 * i, label, 9.7), (360, 255 + 17 * i, amount, 9.7)]
    mail = f"If you have any questions, please send an email to hello@{domain}"
    return draw(path, [*items, (19, 330, mail, 9.7)])


def test_an_invoice_for_an_order_s_number(tmp_path: Path) -> None:
    # a web shop's printed order (seen on Shopify's Order Printer template): the day printed
    # and 'Invoice for #1042' under it at the top right, the shop large at the left, 'Payment
    # Details' with the shipping after the tax, the shop's e-mail address at the foot; the
    # order's number is the invoice's (it had been missed). 'Invoice for: Harbour Cafe' names
    # a customer, no number

    rows = [("Subtotal price:", "$120.00"), ("Total tax:", "$9.90")]
    rows += [("Shipping:", "$12.00"), ("Total price:", "$141.90")]

    def page(path: Path, title: str) -> Path:
        return _printed_order(path, title, rows, _JUNIPER)

    got, status, reasons = read_page(page(tmp_path / "a.pdf", "Invoice for #1042"))
    assert (got["invoice_number"], got["issue_date"]) == ("1042", "2026-11-14"), reasons
    assert totals_read(got) == ("120.00", "9.90", "141.90"), reasons
    assert status == "accepted", reasons
    got, _status, _reasons = read_page(page(tmp_path / "b.pdf", "Invoice for: Harbour Cafe"))
    assert got["invoice_number"] is None, got


def test_a_tax_the_total_includes_at_its_country_s_rate(tmp_path: Path) -> None:
    # a shop's prices with the tax in them and no rate printed (seen on WooCommerce's and
    # Shopify's invoices): 'Total: £102.10 (includes £17.02 VAT)' under the subtotal and the
    # shipping that make it; or 'Total tax' printed between the subtotal and the total and not
    # added to them. The tax to the cent a rate of the country's (20 % in Britain) and the
    # printed lines that make the gross back both: the page goes through (it had waited, the
    # gross not cross-checked)

    lines = [
        "^Moorland Knits",
        "12 Market Place, Hexham NE46 3NX",
        "",
        "Invoice Number: | INV-8807",
        "Invoice Date: | 3 April 2026",
        "",
        "Product | Quantity | Price",
        "Espresso Blend, 1 kg | 3 | £80.70",
        "Notebook A5, dotted | 1 | £14.50",
        "",
        "Subtotal: | £95.20",
        "Shipping: | £6.90 via Flat rate",
        "Total: | £102.10 (includes £17.02 VAT)",
        "",
        "Moorland Knits · VAT Reg. No. GB 221 4470 19 · hello@moorlandknits.example",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert (got["gross_total"], got["tax_total"]) == ("102.10", "17.02"), reasons
    assert status == "accepted", reasons
    # a tax no rate makes (17.20 of 102.10), a subtotal and shipping that do not make the
    # total, or a US shop's '$' (a sales tax, no country's one rate): the page waits
    dollars = [ln.replace("£", "$").replace("VAT Reg. No. GB 221 4470 19 · ", "") for ln in lines]
    for i, changed in enumerate(
        [
            [*lines[:12], "Total: | £102.10 (includes £17.20 VAT)", *lines[13:]],
            [*lines[:11], "Shipping: | £6.80 via Flat rate", *lines[12:]],
            [*dollars[:12], "Total: | $102.10 (includes $17.02 tax)", *dollars[13:]],
        ]
    ):
        got, status, reasons = read_page(text_page(tmp_path / f"b{i}.pdf", changed))
        assert status == "review", (changed, reasons)

    shop = ("Bramble & Thistle Teas", "8 Stonegate", "York YO1 8AS", "14/11/26")
    shop += ("£28.00", "£65.00", "brambleteas.co.uk")
    rows = [("Subtotal price:", "£111.00"), ("Total tax:", "£20.50")]
    rows += [("Shipping:", "£12.00"), ("Total price:", "£123.00")]
    got, status, reasons = read_page(
        _printed_order(tmp_path / "c.pdf", "Invoice for #3070", rows, shop)
    )
    assert (got["gross_total"], got["tax_total"]) == ("123.00", "20.50"), reasons
    assert status == "accepted", reasons
    # no shipping: the total printed over it as the subtotal
    rows = [("Subtotal price:", "£93.00"), ("Total tax:", "£15.50")]
    rows += [("Shipping:", "£0.00"), ("Total price:", "£93.00")]
    got, status, reasons = read_page(
        _printed_order(tmp_path / "d.pdf", "Invoice for #3071", rows, shop)
    )
    assert (got["gross_total"], got["tax_total"]) == ("93.00", "15.50"), reasons
    assert status == "accepted", reasons
    # items at two rates, their tax no one rate's share of the total: it waits
    rows[1] = ("Total tax:", "£11.20")
    got, status, reasons = read_page(
        _printed_order(tmp_path / "e.pdf", "Invoice for #3072", rows, shop)
    )
    assert status == "review", reasons
    # a discount the subtotal says it includes is no adjustment under it
    rows = [("Subtotal price:", "£32.50"), ('Includes discount "WELCOME5"', "£5.00")]
    rows += [("Total tax:", "£6.74"), ("Shipping:", "£7.95"), ("Total price:", "£40.45")]
    got, status, reasons = read_page(
        _printed_order(tmp_path / "f.pdf", "Invoice for #3073", rows, shop)
    )
    assert (got["gross_total"], got["tax_total"], status) == ("40.45", "6.74", "accepted"), reasons
    # a German shop's discount taken off the subtotal, free shipping in words, the tax at the
    # reduced 7 % of the country whose VAT number the page prints
    lines[10:13] = [
        "Zwischensumme: | 87,00 €",
        "Rabatt: | -5,00 €",
        "Versand: | Kostenloser Versand",
        "Gesamtsumme: | 82,00 € (inkl. 5,36 € MwSt.)",
    ]
    lines[-1] = "Moorland Knits GmbH · USt-IdNr. DE 301 224 558"
    got, status, reasons = read_page(text_page(tmp_path / "g.pdf", lines))
    assert (got["gross_total"], got["tax_total"], status) == ("82.00", "5.36", "accepted"), reasons


def test_shipping_under_a_subtotal_with_no_tax_printed(tmp_path: Path) -> None:
    # a US shop that charges no sales tax (seen on WooCommerce's invoices): 'Subtotal: $24.00',
    # 'Shipping: $6.90 via Flat rate', 'Total: $30.90'; the sum closes, no tax is printed

    totals = [("Subtotal:", "$24.00"), ("Shipping:", "$6.90 via Flat rate")]
    totals += [("Discount:", "-$2.00"), ("Total:", "$28.90")]
    dates = ["Invoice Date: Mar 9, 2026"]
    got, _status, reasons = read_page(_order_invoice(tmp_path / "a.pdf", dates, totals))
    assert totals_read(got) == ("28.90", None, "28.90"), reasons
    assert not any(r.startswith("gross_total") for r in reasons), reasons
    # a total the subtotal and the shipping do not make: it waits on it
    totals[-1] = ("Total:", "$29.90")
    got, _status, reasons = read_page(_order_invoice(tmp_path / "b.pdf", dates, totals))
    assert any(r.startswith("gross_total") for r in reasons), reasons


@pytest.mark.parametrize(
    ("header", "rows", "totals", "want"),
    [
        (
            ["Fernhill Outdoor Ltd", "12 Quay Street, Bristol BS1 4DJ", "Invoice Date: 12/05/2026"],
            [
                "Trail tent 2p | TT-200 | 1 | £150.00 | £150.00",
                "Head torch | HT-45 | 3 | £24.00 | £72.00",
            ],
            [("Sub-Total", "£222.00"), ("Eco Tax (-2.00)", "£8.00"), ("VAT (20%)", "£44.40")],
            ("£274.40", ("230.00", "44.40", "274.40")),
        ),
        (
            ["Bergblick Sport GmbH", "Marktplatz 3, 87435 Kempten", "Rechnungsdatum: 12.05.2026"],
            ["Wanderstock | WS-2 | 2 | 39,00 € | 78,00 €"],
            [
                ("Zwischensumme", "78,00 €"),
                ("Eco-Tax (-0.50)", "1,00 €"),
                ("MwSt. (19%)", "14,82 €"),
            ],
            ("93,82 €", ("79.00", "14.82", "93.82")),
        ),
    ],
    ids=["gbp", "eur"],
)
def test_an_eco_tax_among_the_totals_is_a_charge_not_the_vat(
    tmp_path: Path,
    header: list[str],
    rows: list[str],
    totals: list[tuple[str, str]],
    want: tuple[str, tuple[str, str, str]],
) -> None:
    # a web shop's fixed levy per item (seen on OpenCart's invoices: 'Eco Tax (-2.00)' beside
    # 'VAT (20%)'): a charge the total includes, outside the VAT (the net is the total without
    # the VAT, as EN 16931 counts it), and no item. It had been summed with the VAT as a
    # second rate's tax and read as an item row, and the page waited
    total, read = want
    lines = [
        *header,
        "Invoice No. INV-2026-0311",
        "",
        "Product | Model | Quantity | Unit Price | Total",
    ]
    lines += rows + [f" | | | {label} | {amount}" for label, amount in [*totals, ("Total", total)]]
    pdf = text_page(tmp_path / "a.pdf", lines)
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == read, reasons
    assert status == "accepted", reasons
    # the items are the products alone, the levy's line none of them
    items = extract_invoice(pdf, use_xml=False).lines
    assert [r.description.split()[0] for r in items] == [row.split()[0] for row in rows]


def test_the_billing_address_where_a_letterhead_goes_is_no_seller(tmp_path: Path) -> None:
    # a web shop's invoice template that prints no seller (seen on Saleor's: a logo's place,
    # then the order's billing address, its company first, beside 'INVOICE INFORMATION'): the
    # block's street, phone and e-mail stand again under 'BILLING ADDRESS', so the company is
    # the customer's. It had been accepted as the seller; it waits now. A shop's own block
    # there (its own street and e-mail) is still the seller

    def page(path: Path, top: list[str]) -> Path:
        lines = [
            f"{top[0]} | INVOICE INFORMATION",
            f"{top[1]} | Invoice number: INV-0042",
            f"{top[2]} | Date: 11 Mar 2026",
            f"{top[3]} | Amount: $61.50",
            "",
            "BILLING ADDRESS | SHIPMENT ADDRESS",
        ]
        customer = ["Ann Lee", "12 Dock St", "Portland OR 97204", "+1 503 555 0101"]
        lines += [f"{x} | {x}" for x in [*customer, "ann@harborfreight.example"]]
        lines += [
            "",
            "Products | Price | Quantity | Total Price",
            "Monospace Tee | $25.00 | 2 | $50.00",
        ]
        totals = [("Subtotal", "$50.00"), ("Delivery Cost", "$5.00"), ("Tax", "$6.50")]
        lines += [
            f" | | {label} | {amount}" for label, amount in [*totals, ("Grand Total", "$61.50")]
        ]
        return text_page(path, lines)

    billing = ["Harbor Freight Partners LLC", "12 Dock St", "+1 503 555 0101"]
    got, status, reasons = read_page(
        page(tmp_path / "a.pdf", [*billing, "ann@harborfreight.example"])
    )
    assert status == "review" and any(r.startswith("seller") for r in reasons), reasons
    assert got["gross_total"] == "61.50", reasons
    shop = [
        "Cascade Apparel Inc.",
        "900 Pine St",
        "+1 206 555 0190",
        "orders@cascade-apparel.example",
    ]
    got, status, reasons = read_page(page(tmp_path / "b.pdf", shop))
    assert (got["seller"], status) == ("Cascade Apparel Inc.", "accepted"), reasons


def test_a_number_shaped_as_a_date_under_its_label_is_no_date(tmp_path: Path) -> None:
    # Saleor numbers its invoices 'N/MM/YYYY': 'Invoice number:' over '19/03/2026', 'Date:'
    # over '11 Mar 2026' further down. The number had been read as the date under the title
    lines = [
        " | INVOICE INFORMATION",
        " | Invoice number:",
        " | 19/03/2026",
        "Cascade Apparel Inc. | Order:",
        "900 Pine St | 555",
        "Seattle WA 98101 | Date:",
        "+1 206 555 0190 | 11 Mar 2026",
        "orders@cascade-apparel.example | Amount: $55.00",
        "",
        "Products | Price | Quantity | Total Price",
        "Monospace Tee | $25.00 | 2 | $50.00",
        " | | Subtotal | $50.00",
        " | | Tax | $5.00",
        " | | Grand Total | $55.00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert (got["invoice_number"], got["issue_date"]) == ("19/03/2026", "2026-03-11"), reasons
    assert status == "accepted", reasons


def test_the_day_a_shop_s_invoice_was_added(tmp_path: Path) -> None:
    # a shop's printed invoice (seen on OpenCart's): boxes of a label over its value, three a
    # row, 'Invoice' | 'Order ID' | 'Date Added' over 'INV-2026-0090' | '119' | '28/04/2026':
    # the day added is the invoice's date (no date had been read)

    lines = [
        "^Invoice #119",
        "",
        "Invoice | Order ID | Date Added",
        "INV-2026-0090 | 119 | 28/04/2026",
        "",
        "Product | Model | Quantity | Unit Price | Total",
        "iPod Classic | product 20 | 1 | £100.00 | £100.00",
        " | | | Sub-Total | £100.00",
        " | | | VAT (20%) | £20.00",
        " | | | Total | £120.00",
    ]
    got, _status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert got["issue_date"] == "2026-04-28", reasons


def test_a_shop_s_boxes_of_a_label_over_its_value(tmp_path: Path) -> None:
    # a shop's printed invoice (seen on OpenCart's): boxes of a label over its value, three a
    # row; the heading 'Invoice #119' prints the order's id, the 'Invoice' box the invoice's
    # own number; 'Store' heads the shop's name (the seller; its label had been taken for
    # it), its address in the next box names an Australian state, so '$' is the Australian
    # dollar and the date is read day first

    def page(path: Path, number: str) -> Path:
        customer = ["Jane Doe", "12 High Street", "Bristol BS1 4DJ"]
        boxes: list[list[tuple[str, list[str]]]] = [
            [("Invoice", [number]), ("Order ID", ["119"]), ("Date Added", ["09/04/2026"])],
            [
                ("Store", ["Bondi Board Co"]),
                ("Address", ["12 Campbell Pde", "Bondi Beach NSW 2026"]),
                ("Telephone", ["02 5550 1234"]),
            ],
            [
                ("E-Mail", ["info@bondiboard.example"]),
                ("Payment Method", ["Bank Transfer"]),
                ("Shipping Method", ["Flat Shipping Rate"]),
            ],
            [("Payment Address", customer), ("Shipping Address", customer)],
        ]
        items: list[Text] = [(40, 50, "Invoice #119", 20)]
        for r, row in enumerate(boxes):
            for c, (label, values) in enumerate(row):
                items += [(40 + 180 * c, 90 + 70 * r, label, 10)]
                items += [
                    (40 + 180 * c, 104 + 70 * r + 12 * i, v, 10) for i, v in enumerate(values)
                ]
        heads = [(40, "Product"), (200, "Model"), (-400, "Quantity"), (-480, "Unit Price")]
        items += [(x, 380, h, 10) for x, h in [*heads, (-560, "Total")]]
        row = [(40, "iPod Classic"), (200, "product 20"), (-400, "1"), (-480, "$100.00")]
        items += [(x, 398, t, 10) for x, t in [*row, (-560, "$100.00")]]
        totals = [("Sub-Total", "$100.00"), ("Flat Shipping Rate", "$5.00")]
        totals += [("GST (10%)", "$10.50"), ("Total", "$115.50")]
        for i, (label, amount) in enumerate(totals):
            items += [(-480, 416 + 18 * i, label, 10), (-560, 416 + 18 * i, amount, 10)]
        return draw(path, items)

    got, status, reasons = read_page(page(tmp_path / "a.pdf", "INV-2026-0090"))
    assert (got["invoice_number"], got["seller"]) == ("INV-2026-0090", "Bondi Board Co"), reasons
    assert (got["currency"], got["issue_date"]) == ("AUD", "2026-04-09"), reasons
    assert status == "accepted", reasons
    # the 'Invoice' box left empty: the heading's number is the only one, the order's
    got, _status, reasons = read_page(page(tmp_path / "b.pdf", ""))
    assert got["invoice_number"] == "119", reasons


def test_a_polish_shop_s_issued_at_with_its_time(tmp_path: Path) -> None:
    # 'Wystawiono: 2026-07-21 14:34:29' at the top right (seen on Sylius' invoicing plugin in
    # Polish): the day the invoice was issued (it had been missed)

    lines = [
        " | Wystawiono: 2026-07-21 14:34:29",
        "",
        "Nabywca | Sprzedawca",
        "Anna Kowalczyk | Sklep Jantar Sp. z o.o.",
        "ul. Morska 3 | ul. Długa 45",
        "Gdynia | Gdańsk",
        "POLSKA 81-323 | PL 5842731909",
        "",
        "^Faktura #2026/07/000000518",
        "",
        "No. | Nazwa | Ilość | Net value | Tax rate | Tax amount | Gross value",
        "1 | Bursztynowy naszyjnik | 1 | 240.00 | 23% | 55.20 | 295.20",
        "Net total: | 240.00 PLN",
        "Taxes total: | 55.20 PLN",
        "Razem: | 295.20 PLN",
    ]
    got, _status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert got["issue_date"] == "2026-07-21", reasons


def test_a_receipt_s_store_branch_is_no_seller(tmp_path: Path) -> None:
    # 'Store' heads a shop's name in a box over it (OpenCart's), but 'Store: Pike Place' on a
    # receipt names the seller's branch: no seller is read from it

    lines = [
        "^Harbor Coffee Roasters",
        "Store: Pike Place",
        "Receipt No. 20881 | 14/03/2026",
        "",
        "Flat white | 2 | £7.00",
        "Subtotal | £7.00",
        "VAT 20% | £1.40",
        "Total | £8.40",
    ]
    got, _status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert got["seller"] != "Pike Place", reasons


def test_a_line_s_subtotal_before_its_tax_and_its_grand_total(tmp_path: Path) -> None:
    # a shop's rows print each line's subtotal, its tax and its total with the tax ('Subtotal |
    # Tax Amount | Grand Total', as Bagisto's invoice does): the line's net is the subtotal's
    # column; the rows had been read at their gross, so the items never matched the net
    lines = [
        "^Invoice",
        "Lantern & Pine",
        "7 Harbour Street, Whitby YO21 3PU",
        "Vat Number: GB 402 1187 36",
        "Invoice ID - #1184",
        "Invoice Date - 14-09-2026",
        "",
        "Bill To | Ship To",
        "Ada Brightwell | Ada Brightwell",
        "2 Mill Lane, York YO1 7HH | 2 Mill Lane, York YO1 7HH",
        "",
        "SKU | Product Name | Price | Qty | Subtotal | Tax Amount | Grand Total",
        "LP-CND-3 | Beeswax candle set | £12.50 | 2 | £25.00 | £5.00 | £30.00",
        "LP-BLK-1 | Wool blanket | £64.00 | 1 | £64.00 | £12.80 | £76.80",
        "",
        "Subtotal | - | £89.00",
        "Shipping & Handling | - | £0.00",
        "Tax | - | £17.80",
        "Grand Total | - | £106.80",
    ]
    pdf = text_page(tmp_path / "a.pdf", lines)
    ex = extract_invoice(pdf, use_xml=False)
    assert [li.line_total for li in ex.lines] == ["25.00", "64.00"], ex.reasons
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == ("89.00", "17.80", "106.80"), reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    "words",
    [
        ("Gesamtpreis exkl. Steuern", "Taxe", "Gesamtpreis inkl. Steuern", "Porto", "Gesamtsumme"),
        ("Total HT", "Taxes", "Total TTC", "Frais de livraison", "Total"),  # a bare 'Total' last
    ],
)
def test_postage_after_the_goods_total_then_the_bill_s_total(
    tmp_path: Path, words: tuple[str, ...]
) -> None:
    # the goods' total with their tax, then the postage with its own tax in it, then the bill's
    # total (Thelia's invoice): the goods' net, tax and total add up, but they are not the
    # bill's; the page had been accepted at the goods' total
    untaxed, taxes, taxed, postage, total = words
    lines = [
        "^RECHNUNG",
        "Rechnungsdatum : 14.05.2026",
        "Rechnungs REF : ORD000000418207",
        "Kundennummer : CUS000002291",
        "",
        "Lieferadresse | Rechungsadresse",
        "Frau Anna Keller | Frau Anna Keller",
        "Gartenweg 3 | Gartenweg 3",
        "79098 Freiburg | 79098 Freiburg",
        "",
        "Produkt | Einzelpreis | Taxe | Besteuert Einzelpreis | Menge | Gesamtsumme",
        "Reisebuch Alpen | 28,00 € | 1,96 € | 29,96 € | 1 | 29,96 €",
        "",
        f"{untaxed} | 28,00 €",
        f"{taxes} | 3,24 €",
        "Ermäßigte MwSt. 7% | 1,96 €",
        f"{postage} | 1,28 €",
        "Deutsche MwSt. 19%",
        f"{taxed} | 29,96 €",
        f"{postage} | 7,99 €",
        f"{total} | 37,95 €",
        "",
        "Papierhaus Linde - Marktplatz 2 - 79098 Freiburg - Deutschland - HRB 712345",
    ]
    pdf = text_page(tmp_path / "a.pdf", lines)
    got, status, reasons = read_page(pdf)
    assert got["invoice_number"] == "ORD000000418207", reasons
    assert status == "review", (got["gross_total"], reasons)


@pytest.mark.parametrize(
    ("included", "postage", "money"),
    [
        ("MwSt. 19% (im Preis enthalten)", "DHL Paket", "{} €"),
        ("VAT 20% (Included in Price)", "Royal Mail Tracked 48", "£{}"),
    ],
)
def test_the_postage_after_a_tax_the_prices_include_is_no_tax(
    tmp_path: Path, included: str, postage: str, money: str
) -> None:
    # prices with the VAT in them, the tax they include under its label, then the postage and
    # the total (spree_print_invoice's totals): the postage closes 'Subtotal + x = Total' and
    # had been accepted as the tax
    lines = [
        "^Rechnung",
        "Rechnungsnummer: R482910377 | Rechnungsdatum: 14.05.2026",
        "",
        "Billing Address | Shipping Address",
        "Lena Hoffmann | Lena Hoffmann",
        "Ahornweg 12 | Ahornweg 12",
        "04109 Leipzig | 04109 Leipzig",
        "",
        "SKU | Item Description | Price | Qty | Total",
        "KV-JKT-01 | Regenjacke | " + money.format("89,00") + " | 2 | " + money.format("178,00"),
        "KV-BTL-02 | Trinkflasche | " + money.format("24,00") + " | 2 | " + money.format("48,00"),
        "",
        "Zwischensumme | " + money.format("226,00"),
        f"{included} | " + money.format("36,87"),
        f"{postage} | " + money.format("4,90"),
        "Gesamtsumme | " + money.format("230,90"),
        "",
        "Kranich Versand GmbH · Lindenstraße 5 · 10969 Berlin",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert got["gross_total"] == "230.90", reasons
    assert status == "review" or got["tax_total"] == "36.87", (got["tax_total"], reasons)


def test_an_order_s_rows_under_price_and_total_heads_with_no_quantity_head(
    tmp_path: Path,
) -> None:
    # the rows' heads name prices and totals but no quantity ('2 x' stands before each name:
    # Zen Cart's invoice): the first row's 'Total (inc)' had been read as the gross; and the
    # order's date, a weekday before it, is the invoice's only date
    lines = [
        "Lantern Row Supply",
        "41 Quarry Lane",
        "Bend, OR 97701",
        "",
        "SOLD TO: | SHIP TO:",
        "Casey Morgan | Casey Morgan",
        "18 Birch Ct | 18 Birch Ct",
        "Boise, ID 83702 | Boise, ID 83702",
        "",
        "Invoice No. 2217",
        "Date Ordered: | Tuesday 24 November, 2026",
        "Payment Method: | Credit Card",
        "",
        "Products | Model | Tax | Price (ex) | Price (inc) | Total (ex) | Total (inc)",
        "2 x | Brass Hose Nozzle | HN-200 | 6.0% | $18.00 | $19.08 | $36.00 | $38.16",
        "1 x | Cedar Planter Box | PB-CED | 6.0% | $64.50 | $68.37 | $64.50 | $68.37",
        "",
        "Sub-Total: | $100.50",
        "Flat Rate (Best Way): | $8.00",
        "ID TAX 6.0%: | $6.03",
        "Total: | $114.53",
    ]
    got, _status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert got["gross_total"] == "114.53", reasons
    assert got["issue_date"] == "2026-11-24", reasons


def _cms_shop_page(path: Path, heads: tuple[str, ...], totals: list[tuple[str, str]],
                   foot: list[str]) -> Path:  # fmt: skip
    """A page as a content-management system's shop prints it (seen on Drupal Commerce's
    invoice template): the number as the title, the customer under 'Billed to' beside a grid
    of the number and date, the items, the totals at the right, then the payment terms and
    the shop's own line at the foot."""
    billed, inv, date, desc, unit, qty, total = heads
    lines = [f"^{inv} 2291", f"{billed} | {inv} | 2291", f"Cobalt Dental Lab | {date} | 2026-04-09"]
    lines += ["Noor Haddad", "118 Birch Avenue", "Asheville, NC 28801", ""]
    lines += [f"{desc} | {unit} | {qty} | {total}", "Ceramic Mug | 18,00 | 2 | 36,00", ""]
    rows = [*lines, *(f"{k} | {v}" for k, v in totals), "", *foot]
    return text_page(path, rows, style="tight_lines")  # its lines as close as a browser sets them


_EN = ("Billed to", "Invoice", "Date", "Description", "Unit price", "Quantity", "Total")


@pytest.mark.parametrize(
    ("terms", "seller"),
    [
        ("Payment is due within 30 days of the invoice date.", "Marigold Pottery Co."),
        ("Zahlbar innerhalb von 14 Tagen ohne Abzug.", "Töpferei Ringelblume GmbH"),
        ("Paiement à 30 jours à compter de la date de facture.", "Poterie du Souci SARL"),
    ],
)
def test_the_shop_s_line_under_its_payment_terms(tmp_path: Path, terms: str, seller: str) -> None:
    # the shop's name opens its own line at the foot, under a sentence of payment terms: the
    # sentence had been taken for the first half of a name wrapped over two lines, and the
    # page accepted with 'Payment is due within 30 days of the invoice date. Marigold …'
    totals = [("Subtotal", "36,00 €"), ("VAT 20%", "7,20 €"), ("Invoice Total", "43,20 €")]
    foot = [terms, f"{seller} · 41 Kiln Road, 44000 Nantes · TVA FR 58 812447219"]
    got, status, reasons = read_page(_cms_shop_page(tmp_path / "a.pdf", _EN, totals, foot))
    assert got["seller"] == seller, reasons
    assert status == "accepted", reasons


def test_the_dutch_invoice_total(tmp_path: Path) -> None:
    # Dutch 'Factuurtotaal' (the invoice's total) under the shipping and the VAT: unknown, the
    # page had found no gross and waited
    heads = (
        "Gefactureerd aan",
        "Factuur",
        "Datum",
        "Omschrijving",
        "Stukprijs",
        "Aantal",
        "Totaal",
    )
    totals = [("Subtotaal", "€ 36,00"), ("Verzending", "€ 6,95"), ("BTW", "€ 9,02")]
    totals.append(("Factuurtotaal", "€ 51,97"))
    foot = [
        "Kleibakkerij Goudsbloem B.V. · Binnenweg 4, 2101 JH Heemstede · btw NL 8593.22.118.B01"
    ]
    got, status, reasons = read_page(_cms_shop_page(tmp_path / "a.pdf", heads, totals, foot))
    assert totals_read(got) == ("42.95", "9.02", "51.97"), reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize("promotion", ["15% off your order", "Spring sale: 15 % off"])
def test_a_promotion_named_by_what_it_takes_off(tmp_path: Path, promotion: str) -> None:
    # a promotion's own name on the discount's line, under the subtotal ('15% off your order
    # -$5.40'): no allowance word in it, the tax had been added to the subtotal before the
    # discount, the sum had not closed and the page had waited
    totals = [("Subtotal", "$36.00"), (promotion, "-$5.40"), ("Sales tax 8%", "$2.45")]
    totals.append(("Invoice Total", "$33.05"))
    foot = ["Marigold Pottery Co. · 41 Kiln Road, Asheville, NC 28801 · hello@marigold.example"]
    got, status, reasons = read_page(_cms_shop_page(tmp_path / "a.pdf", _EN, totals, foot))
    assert totals_read(got) == ("30.60", "2.45", "33.05"), reasons
    assert status == "accepted", reasons


def test_an_included_tax_printed_twice_its_total_and_its_one_rate(tmp_path: Path) -> None:
    # prices with the VAT in them (seen on nopCommerce's PDF invoice): the subtotal and the
    # shipping make the total, the tax printed as the total tax and again as its one rate's
    # line; two tax lines had kept the tax from being read as included, the subtotal had been
    # taken for the net, and the page had waited on a sum that did not close
    heads = ("Rechnung an", "Rechnung", "Datum", "Beschreibung", "Preis", "Menge", "Gesamt")
    totals = [("Zwischensumme:", "36,00 €"), ("Versand:", "4,95 €"), ("Steuer:", "6,54 €")]
    totals += [("Steuer 19%:", "6,54 €"), ("Gesamtsumme:", "40,95 €")]
    foot = [
        "Töpferei Ringelblume GmbH · Bergstraße 21, 69120 Heidelberg · USt-IdNr. DE 318 224 017"
    ]
    got, status, reasons = read_page(_cms_shop_page(tmp_path / "a.pdf", heads, totals, foot))
    assert totals_read(got) == (None, "6.54", "40.95"), reasons
    assert status == "accepted", reasons


def _rows_of_totals(grand_tax: str) -> list[Text]:
    """A shop's invoice whose totals are rows of its item table: 'Product prices result',
    'Shipment', 'Payment' and 'Total' right-aligned in the description's columns, each with its
    tax under 'Tax' and its sum under 'Total' (prices with the tax in them, no net printed);
    the last row's tax *grand_tax*."""
    page: list[Text] = [(50, 50, "Wrenfield Tea Company Ltd", 14), (50, 66, "3 Abbey Courtyard", 9)]
    page += [(50, 78, "Bath BA1 1LY", 9), (50, 110, "Invoice 4kqv052", 14)]
    grid = [("Invoice Date", "2026-03-18"), ("Order Number", "9c2e41aa"), ("Total", "£70.75")]
    for i, (label, value) in enumerate(grid):
        page += [(50, 134 + 12 * i, label, 9), (250, 134 + 12 * i, value, 9)]
    page += [
        (50, 180, "Bill To", 9),
        (50, 192, "Company Name", 9),
        (150, 192, "Hartley Grocers Ltd", 9),
    ]
    page += [(50, 204, "City", 9), (150, 204, "Harrogate", 9)]
    heads = [(45, "SKU"), (75, "Qty"), (100, "Product Name"), (300, "Status")]
    page += [(x, 240, t, 9) for x, t in heads]
    page += [(-400, 240, "Price", 9), (-450, 240, "Tax", 9), (-505, 240, "Discount", 9)]
    page += [(-550, 240, "Total", 9)]
    items = [("KT-220", "2", "Kettle, enamel 1.5 l", "£20.75", "£4.15", "£49.80")]
    items += [("TC-9", "1", "Tea caddy, tin", "£12.50", "£2.50", "£15.00")]
    for i, (sku, qty, name, price, tax, total) in enumerate(items):
        y = 256 + 14 * i
        page += [(45, y, sku, 9), (75, y, qty, 9), (100, y, name, 9), (300, y, "Confirmed", 9)]
        page += [(-400, y, price, 9), (-450, y, tax, 9), (-505, y, "£0.00", 9)]
        page += [(-550, y, total, 9)]
    sums = [
        ("Product prices result", "£10.80", "£0.00", "£64.80"),
        ("Shipment", "£0.99", "", "£5.95"),
    ]
    sums += [("Payment", "£0.00", "", "£0.00"), ("Total", grand_tax, "£0.00", "£70.75")]
    for i, (label, tax, discount, total) in enumerate(sums):
        y = 300 + 12 * i
        page += [(-400, y, label, 9), (-450, y, tax, 9), (-550, y, total, 9)]
        page += [(-505, y, discount, 9)] if discount else []
    return page + [(200, 780, "VAT Reg. No. GB 302 4471 66", 7)]


def test_the_totals_as_rows_of_the_item_table(tmp_path: Path) -> None:
    # the last row's tax and total, the rows over it adding up to them (the items to the first):
    # the tax had not been read (the page waited on it), one page of the probe's had been
    # accepted with a charge's tax
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", _rows_of_totals("£11.79")))
    assert totals_read(got) == (None, "11.79", "70.75"), reasons
    assert status == "accepted", reasons


def test_rows_of_totals_that_do_not_add_up_wait(tmp_path: Path) -> None:
    # the last row's tax is not the taxes over it: read, but nothing backs it
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", _rows_of_totals("£11.97")))
    assert totals_read(got) == (None, "11.97", "70.75"), reasons
    assert status != "accepted", reasons
