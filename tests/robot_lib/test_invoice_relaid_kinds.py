"""Kinds of layout met when the last sessions' kinds were printed in two other layouts (an
app's: the seller's block at the top left, the title in large type at the top right with the
number and dates under it; and a centred letterhead over the customer's block with no sender
line, the number and dates in a row of labels over a row of values), replayed once as probes
through Chromium, not kept: a title or a name wrapped in its box, an auction's charge to the
buyer that names no customer's block, and a grid's bare date word."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import assert_small_firm, read_page, totals_read
from tests.invoice_html import plain_page, print_pdf
from tests.invoice_languages import Text, centred, draw, rows_at


def _app_page(
    name: list[str], address: list[str], title: list[str], meta: list[tuple[str, str]]
) -> list[Text]:
    """The seller's name in two lines at the top left over its address, the title in large
    type at the top right in two lines, the number and dates under it."""
    items: list[Text] = [(60, 56 + 16.5 * i, t, 12) for i, t in enumerate(name)]
    items += [(60, 90 + 11.5 * i, t, 8.5) for i, t in enumerate(address)]
    # (the title's first line as tall as the name's two: their lines read in between)
    items += [(-540, 67 + 25.5 * i, t, 22) for i, t in enumerate(title)]
    return items + rows_at((-470, -540), 120, 11, meta, size=8.5)


def _sums(rows: list[tuple[str, str]], foot: str) -> list[Text]:
    items: list[Text] = [(60, 180 + 11 * i, t, 9) for i, t in enumerate(_CUSTOMER)]
    items += rows_at((60, -540), 240, 14, [("Leistung", "Betrag"), ("Leistungen", rows[0][1])])
    return items + rows_at((330, -540), 290, 14, rows) + [(120, 420, foot, 7)]


_CUSTOMER = ["Müller Logistik GmbH", "Industriestraße 8", "48291 Telgte"]


_APP_CSS = (
    "body{font-family:'Liberation Sans';font-size:9pt;margin:15mm 15mm 15mm 18mm}"
    ".top{display:flex;justify-content:space-between}.seller{font-size:8.5pt;line-height:1.35}"
    ".seller b{font-size:12pt}.tt{text-align:right}table{border-collapse:collapse}"
    ".tt h1{font-size:22pt;margin:0 0 3mm 0;letter-spacing:1px}.tt table{margin-left:auto}"
    ".tt td{padding:1px 0 1px 12px}.items{width:100%;margin-top:8mm}.items td{padding:4px}"
    ".tot{margin-left:auto;margin-top:30mm}.tot td{padding:3px 6px}"
    ".foot{font-size:7.5pt;margin-top:60mm;text-align:center}"
)


def _app_html(
    seller: list[str],
    title: str,
    meta: list[tuple[str, str]],
    rows: list[tuple[str, ...]],
    sums: list[tuple[str, str]],
) -> str:
    """An app's page: the seller's block at the top left, the title in large type at the top
    right over the number and dates, the customer's block, the items, the totals at the right
    and the foot in one line under them, the seller's name first."""
    e = html.escape

    def table(cls: str, rs: list[tuple[str, ...]]) -> str:
        body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rs)
        return f"<table class={cls}>{body}</table>"

    head = "<br>".join(f"<b>{e(x)}</b>" if i == 0 else e(x) for i, x in enumerate(seller))
    return (
        f"<!doctype html><html><head><meta charset=utf-8><style>{_APP_CSS}</style></head><body>"
        f"<div class=top><div class=seller>{head}</div><div class=tt><h1>{e(title)}</h1>"
        f"{table('meta', list(meta))}</div></div>"
        "<div style='margin-top:10mm'>Müller Logistik GmbH<br>Industriestraße 8<br>48291 Telgte</div>"
        f"{table('items', rows)}{table('tot', list(sums))}"
        f"<div class=foot>{e(seller[0])} · HRB 123456 Hamburg · Commerzbank · IBAN DE72 2004 0000 4474 8899 00</div></body></html>"
    )


@pytest.mark.parametrize(
    ("seller", "title", "sums"),
    [
        # 'TankCard Service' over 'GmbH' beside 'Tankkartenabrechnung –' over 'Rechnung': the
        # title's first line had been read as the seller's name
        (
            ["TankCard Service GmbH", "Hansaring 40", "20095 Hamburg", "USt-IdNr. DE558631142"],
            "Tankkartenabrechnung – Rechnung",
            [("Summe", "276,15"), ("USt", "52,47"), ("Rechnungsbetrag", "328,62 €")],
        ),
        # 'Note de frais et' over 'honoraires': the title's second line, read with the first,
        # had been the seller (its word printed again in 'Honoraires HTVA' among the totals)
        (
            ["Étude de Maître Anne Weber, notaire", "Boulevard Royal 20", "L-2449 Luxembourg"],
            "Note de frais et honoraires",
            [
                ("Honoraires HTVA", "276,15 €"),
                ("TVA 17 %", "46,95 €"),
                ("Total à payer", "323,10 €"),
            ],
        ),
    ],
    ids=["german-compound", "french-fee-note"],
)
def test_a_title_wrapped_in_large_type_beside_the_sellers_block_is_no_name(
    chromium: Any, tmp_path: Path, seller: list[str], title: str, sums: list[tuple[str, str]]
) -> None:
    meta = [("Rechnungsnummer", "TK74765419"), ("Rechnungsdatum", "17.01.2025")]
    rows: list[tuple[str, ...]] = [
        ("Datum", "Leistung", "Betrag"),
        ("05.01.2025", "Esso Kassel, Diesel", "276,15"),
    ]
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, _app_html(seller, title, meta, rows, sums))])
    got, _status, reasons = read_page(pdf)
    assert got["seller"] == seller[0], reasons


@pytest.mark.parametrize(
    ("name", "seller"),
    [
        # 'Hôtel des Ventes de Lyon' over 'SVV', '… Παπαδόπουλος' over '& Συνεργάτες': the name
        # had been cut before its wrapped rest, which the page's foot prints with it
        (["Hôtel des Ventes de Lyon", "SVV"], "Hôtel des Ventes de Lyon SVV"),
        (
            ["Δικηγορική Εταιρεία Παπαδόπουλος", "& Συνεργάτες"],
            "Δικηγορική Εταιρεία Παπαδόπουλος & Συνεργάτες",
        ),
        # 'Γεώργιος Νικολάου,' over 'Δικηγόρος': with the comma the foot prints
        (["Γεώργιος Νικολάου,", "Δικηγόρος"], "Γεώργιος Νικολάου, Δικηγόρος"),
    ],
    ids=["acronym", "partners", "profession"],
)
def test_a_names_wrapped_rest_printed_whole_in_the_foot_is_joined(
    tmp_path: Path, name: list[str], seller: str
) -> None:
    meta = [("Rechnungsnummer", "2025-2641"), ("Rechnungsdatum", "17.01.2025")]
    items = _app_page(
        name, ["8 quai de Saône", "69009 Lyon", "TVA FR 12 345678901"], ["RECHNUNG"], meta
    )
    sums = [("Summe netto", "313,91 €"), ("USt 19 %", "59,64 €"), ("Rechnungsbetrag", "373,55 €")]
    items += _sums(sums, f"{seller} · IBAN FR76 3000 4000 0312 3456 7890 143")
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == seller, reasons


@pytest.mark.parametrize(
    ("premium", "vat"),
    [
        ("Buyer's premium 27%", "VAT on premium @ 20%"),
        ("Frais acheteur 25 % HT", "TVA 20 % sur frais"),
    ],
    ids=["english", "french"],
)
def test_an_auctions_charge_to_the_buyer_heads_no_customers_block(
    tmp_path: Path, premium: str, vat: str
) -> None:
    # a centred letterhead, the customer's block under it with no sender line: 'Buyer's
    # premium' and 'Frais acheteur' had been read as the customer's heading, so the foot's
    # seller under them was the customer's and the customer's name the seller
    items: list[Text] = [centred(300, 50, "Hartley & Finch Auctioneers Ltd", 15)]
    items += [centred(300, 64, "14 King Street · London SW1Y 6QT · VAT No. GB 123 4567 89", 7.5)]
    items += [
        (60, 110 + 12 * i, t, 9.5)
        for i, t in enumerate(["Mrs Eleanor Grant", "7 Cheyne Walk", "London SW3 5HL"])
    ]
    heads = [
        ("Invoice No.", "Invoice date", "Payment due"),
        ("2026-4601", "16/08/2026", "23/08/2026"),
    ]
    items += rows_at((60, 160, 260), 170, 12, heads, size=8.5)
    table = [("Lot", "Description", "Hammer £"), ("157", "Meissen coffee pot, c. 1760", "850.00")]
    items += rows_at((60, 110, -540), 210, 14, table)
    sums = [
        ("Total hammer", "£850.00"),
        (premium, "£229.50"),
        (vat, "£45.90"),
        ("Total due", "£1,125.40"),
    ]
    items += rows_at((60, -300), 260, 14, sums)
    items += [(60, 350, "Lots sold under the auctioneers' margin scheme.", 8)]
    items += [
        (60, 364, "Hartley & Finch Auctioneers Ltd", 7.5),
        (-540, 364, "IBAN GB29 NWBK 6016 1331 9268 19", 7.5),
    ]
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Hartley & Finch Auctioneers Ltd", reasons


def test_an_items_amount_that_closes_the_fees_to_the_total_is_no_tax(tmp_path: Path) -> None:
    # 'Deposition transcript $202.00' among the items, 'Total fees $2,952.00', 'Total expenses
    # $202.00', 'Total for this invoice $3,154.00': the item above the fees, equal to the
    # expenses, had been taken for a tax that closes the fees to the total, and accepted
    items: list[Text] = [
        (60, 50, "Whitman & Ortiz LLP", 14),
        (60, 64, "One Liberty Plaza · New York, NY 10006", 8),
    ]
    items += [
        (60, 110 + 12 * i, t, 9)
        for i, t in enumerate(["Acme Robotics, Inc.", "500 Market St", "San Francisco, CA 94105"])
    ]
    items += rows_at(
        (380, -540), 110, 12, [("Invoice No.", "316019"), ("Invoice Date", "May 2, 2026")]
    )
    table = [("Description", "Amount"), ("Professional services, 7.2 hrs", "$2,952.00")]
    table += [("Deposition transcript", "$202.00")]
    items += rows_at((60, -540), 180, 14, table)
    sums = [("Total fees (7.2 hours)", "$2,952.00"), ("Total expenses", "$202.00")]
    sums += [("Total for this invoice", "$3,154.00"), ("Previous balance", "$1,663.00")]
    sums += [("Payments received", "($1,663.00)"), ("Total amount due", "$3,154.00")]
    items += rows_at((300, -540), 240, 14, sums)
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["tax_total"] is None and got["gross_total"] == "3154.00", reasons


_GRIDS = [
    (
        "persian",
        True,
        "صورتحساب فروش",
        ["شرکت بازرگانی پارس", "خیابان ولیعصر، پلاک ۱۲، تهران"],
        [("شماره صورتحساب", "۲۰۲۶/۴۷۵"), ("تاریخ", "۲۰۲۶-۰۴-۱۲"), ("مهلت پرداخت", "۲۰۲۶-۰۵-۱۲")],
        [
            ("جمع قبل از مالیات", "۱۴,۳۷۳,۰۰۰.۰۰ ریال"),
            ("مالیات بر ارزش افزوده", "۱,۴۳۷,۳۰۰.۰۰ ریال"),
            ("مبلغ قابل پرداخت", "۱۵,۸۱۰,۳۰۰.۰۰ ریال"),
        ],
        ("2026/475", "2026-04-12", "2026-05-12", "IRR", "14373000.00", "1437300.00", "15810300.00"),
    ),
    (
        "greek",
        False,
        "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ",
        ["Δικηγορική Εταιρεία Παπαδόπουλος", "Ακαδημίας 20, 106 71 Αθήνα · ΑΦΜ 123456789"],
        [("Αριθμός", "982"), ("Ημερομηνία", "18/02/2026"), ("Ημερομηνία λήξης", "20/03/2026")],
        [("Αμοιβή", "1.200,00 €"), ("ΦΠΑ 24%", "288,00 €"), ("Σύνολο πληρωτέο", "1.488,00 €")],
        ("982", "2026-02-18", "2026-03-20", "EUR", "1200.00", "288.00", "1488.00"),
    ),
    (
        "uzbek",
        False,
        "HISOB-FAKTURA",
        ['"Toshkent Savdo" MChJ', "Amir Temur ko'chasi 12, Toshkent · STIR 301234567"],
        [("Hisob-faktura №", "2026/650"), ("Sana", "14.03.2026"), ("To'lov muddati", "29.03.2026")],
        [
            ("QQSsiz summa", "25 204 000,00 so'm"),
            ("QQS 12%", "3 024 480,00 so'm"),
            ("Jami to'lov", "28 228 480,00 so'm"),
        ],
        ("2026/650", "2026-03-14", "2026-03-29", "UZS", "25204000.00", "3024480.00", "28228480.00"),
    ),
    (
        "french",
        False,
        "Note d'honoraires",
        ["Favre & Associés Notaires SA", "Rue du Rhône 40, 1204 Genève · CHE-123.456.789 TVA"],
        [("Facture n°", "2026-234"), ("Date", "24.03.2026"), ("Payable jusqu'au", "23.04.2026")],
        [
            ("Honoraires HT", "CHF 2'050.00"),
            ("TVA 8,1 %", "CHF 166.05"),
            ("Total TTC", "CHF 2'216.05"),
        ],
        ("2026-234", "2026-03-24", "2026-04-23", "CHF", "2050.00", "166.05", "2216.05"),
    ),
]


@pytest.mark.parametrize(
    ("rtl", "title", "seller", "head", "sums", "want"),
    [c[1:] for c in _GRIDS],
    ids=[c[0] for c in _GRIDS],
)
def test_a_grid_of_labels_over_values_with_a_bare_date_word(
    chromium: Any,
    tmp_path: Path,
    rtl: bool,
    title: str,
    seller: list[str],
    head: list[tuple[str, str]],
    sums: list[tuple[str, str]],
    want: tuple[str, ...],
) -> None:
    # the number, the date and the due date in a row of labels over a row of values: the bare
    # 'تاریخ' and 'Ημερομηνία' had been read only with the date beside them, the Uzbek
    # 'Hisob-faktura №' only through the title's word beside its number, and 'Payable
    # jusqu'au' only in a sentence, so each page waited or went through without its due date
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, plain_page(rtl, seller, title, head, sums, grid=True))])
    assert_small_firm(pdf, seller[0], want)


def test_a_one_word_name_over_the_title_in_its_type_is_still_the_name(tmp_path: Path) -> None:
    # (the guard of the rule above: 'Kestrel' over 'Invoice' in one type is a name over the
    # title, not a title's half: its line ends in no dash or joining word)
    items: list[Text] = [(60, 50, "Kestrel", 20), (60, 74, "Invoice", 20)]
    items += [(60, 90, "14 Harbour Road · Bristol BS1 4QA · VAT No. GB 123 4567 89", 8)]
    cust = ["Meridian Foods Ltd", "22 Mill Lane", "Bath BA1 1AA"]
    items += [(60, 130 + 12 * i, t, 9) for i, t in enumerate(cust)]
    head = [("Invoice No.", "2041"), ("Date", "12 May 2026"), ("Due", "11 June 2026")]
    items += rows_at((380, -540), 130, 12, head)
    sums = [("Subtotal", "£1,250.00"), ("VAT 20%", "£250.00"), ("Total", "£1,500.00")]
    items += rows_at((300, -540), 220, 14, sums)
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Kestrel", reasons


def _footed(title: str, customer: list[str], foot: list[list[str]]) -> list[Text]:
    """A page with no letterhead: the title at the top left, the number and dates at the
    right, the customer's block under them, the totals, and the sender only in the foot's
    columns under a rule."""
    items: list[Text] = [(60, 60, title, 18)]
    head = [("Rechnungs-Nr.", "2026-118"), ("Datum", "14.05.2026"), ("Fällig am", "28.05.2026")]
    items += rows_at((400, -540), 50, 12, head)
    items += [(60, 120 + 12 * i, t, 9) for i, t in enumerate(customer)]
    table = [("Leistung", "Betrag"), ("Beratung und Vertretung", "1.200,00")]
    items += rows_at((60, -540), 200, 14, table)
    sums = [("Netto", "1.200,00 €"), ("USt 20 %", "240,00 €"), ("Gesamtbetrag", "1.440,00 €")]
    items += rows_at((330, -540), 250, 14, sums)
    for k, col in enumerate(foot):
        items += [(60 + 170 * k, 770 + 10 * i, t, 7) for i, t in enumerate(col)]
    return items


@pytest.mark.parametrize(
    ("title", "customer", "name"),
    [
        # the customer's block holds the page's only company at the top: it had been the seller,
        # waiting as one that stands where the recipient's address goes
        (
            "Honorarnote",
            ["Muster GmbH", "Ringstraße 5", "1010 Wien"],
            "Dr. Marie Rossi, Rechtsanwältin",
        ),
        # no company at the top: the title had been the largest text and the seller
        (
            "Honorarnote",
            ["Herrn Paul Berger", "Ringstraße 5", "1010 Wien"],
            "Kanzlei Berger & Rossi",
        ),
        # nothing at the top names anyone (a title's word, a person): no seller had been read
        (
            "RECHNUNG",
            ["Herrn Paul Berger", "Ringstraße 5", "1010 Wien"],
            "Tischlerei Holzmann GmbH",
        ),
    ],
    ids=["company-in-window", "title-only", "nothing-at-the-top"],
)
def test_the_sellers_block_only_in_the_foot_under_a_rule(
    tmp_path: Path, title: str, customer: list[str], name: str
) -> None:
    foot = [[name, "Kärntner Straße 12", "1010 Wien"], ["UID ATU12345678"]]
    foot += [["IBAN AT61 1904 3002 3457 3201"]]
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", _footed(title, customer, foot)))
    assert got["seller"] == name, reasons


def test_a_towns_name_in_the_customers_block_is_no_name_printed_again(tmp_path: Path) -> None:
    # 'Kampuni ya Ujenzi Pwani' over 'S.L.P. 1234' over 'Mombasa', the foot's 'Duka la Vifaa
    # Mombasa Ltd' and 'Mombasa, Kenya': the town had been read as a name printed again further
    # down, the seller, and the page accepted with it
    customer = ["Kampuni ya Ujenzi Pwani", "S.L.P. 1234", "Mombasa"]
    foot = [["Duka la Vifaa Mombasa Ltd", "Barabara ya Moi 14", "Mombasa, Kenya"]]
    foot += [["PIN P051234567X"], ["IBAN KE12 0123 4567 8901 2345 67"]]
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", _footed("ANKARA", customer, foot)))
    assert got["seller"] == "Duka la Vifaa Mombasa Ltd", reasons


def _row_of_totals(heads: tuple[str, ...], amounts: tuple[str, ...]) -> list[Text]:
    """A page whose totals are a row of their labels over a row of their amounts."""
    items: list[Text] = [(-540, 50, "Vognmand Jensen & Søn ApS", 15)]
    items += [(-540, 64, "Havnegade 4 · 8000 Aarhus C · CVR-nr. 12345678", 8)]
    cust = ["Byg & Bolig A/S", "Vestergade 4", "7100 Vejle"]
    items += [(60, 100 + 12 * i, t, 9) for i, t in enumerate(cust)]
    grid = [("Fakturanr.", "Fakturadato", "Forfaldsdato"), ("52629", "28.11.2026", "28.12.2026")]
    items += rows_at((330, 400, 480), 100, 12, grid, size=8)
    table = [
        ("Ydelse", "Antal", "Pris", "Beløb"),
        ("Kørsel, hel trailer", "4", "4.200,00", "16.800,00"),
    ]
    table += [("Palletransport", "3", "950,00", "2.850,00")]
    items += rows_at((60, 300, -450, -540), 170, 14, table)
    xs = (
        (-120, -200, -310, -430, -540)
        if len(heads) == 5
        else (-150, -250, -430, -540)[-len(heads) :]
    )
    return items + rows_at(xs, 240, 14, [heads, amounts], size=8)


def test_a_charge_in_a_row_of_totals_the_tax_is_reckoned_on_is_in_the_net(tmp_path: Path) -> None:
    # 'Subtotal | Brændstoftillæg 9,5 % | Moms 25 % | Ialt DKK' over their amounts: the
    # subtotal had been taken for the net, the surcharge for a charge outside it, and the page
    # accepted with that net; the VAT is 25 % of the subtotal with the surcharge
    heads = ("Subtotal", "Brændstoftillæg 9,5 %", "Moms 25 %", "Ialt DKK")
    amounts = ("19.650,00 kr.", "1.866,75 kr.", "5.379,19 kr.", "26.895,94 kr.")
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _row_of_totals(heads, amounts)))
    assert totals_read(got) == ("21516.75", "5379.19", "26895.94"), reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("heads", "amounts", "tax"),
    [
        (
            ("Odměna advokáta", "DPH 21 %", "Soudní poplatek (není předmětem DPH)", "Celkem"),
            ("3 328,00 Kč", "698,88 Kč", "1 597,00 Kč", "5 623,88 Kč"),
            "698.88",
        ),
        (
            ("Palkkio", "ALV 25,5 %", "Kulut: oikeudenkäyntimaksu (ei alv)", "Yhteensä"),
            ("9 400,00 €", "2 397,00 €", "279,00 €", "12 076,00 €"),
            "2397.00",
        ),
        (
            ("Taksa notarialna netto", "VAT 23%", "Opłata sądowa (nie podlega VAT)", "Razem"),
            ("466,00 zł", "107,18 zł", "292,00 zł", "865,18 zł"),
            "107.18",
        ),
        (
            ("Αμοιβή", "ΦΠΑ 24%", "Δικαστικό ένσημο (εκτός ΦΠΑ)", "Σύνολο πληρωτέο"),
            ("1.200,00 €", "288,00 €", "158,00 €", "1.646,00 €"),
            "288.00",
        ),
    ],
    ids=["czech", "finnish", "polish", "greek"],
)
def test_an_amount_outside_the_vat_in_a_row_of_totals_is_no_second_tax(
    tmp_path: Path, heads: tuple[str, ...], amounts: tuple[str, ...], tax: str
) -> None:
    # 'Odměna advokáta | DPH 21 % | Soudní poplatek (není předmětem DPH) | Celkem', 'Kulut: …
    # (ei alv)': the column of a fee outside the VAT, its head naming the tax it is not subject
    # to, had been added to the tax as a second tax's column, and the page accepted with it
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", _row_of_totals(heads, amounts)))
    assert got["tax_total"] == tax, reasons


@pytest.mark.parametrize(
    ("heads", "amounts", "want"),
    [
        # 'Udlæg: retsafgift (momsfri)' (outlay: court fee, free of VAT): the words after its
        # colon had been taken for its value ('Soggetta a ritenuta: SI'), and its amount, set
        # flush right under the head's end, stood too far right of the word 'Udlæg' to be its
        (
            ("Salær ekskl. moms", "Moms 25 %", "Udlæg: retsafgift (momsfri)", "Total"),
            ("19.650,00 kr.", "4.912,50 kr.", "746,00 kr.", "25.308,50 kr."),
            ("19650.00", "4912.50", "25308.50"),
        ),
        # a duty 'hors TVA' right of the tax's head, right of the net's: outside the VAT as it
        # is under the tax's line in a column of totals (it had been a second net)
        (
            ("Honoraires HTVA", "TVA 17 %", "Droits d'enregistrement (hors TVA)", "Total à payer"),
            ("19.650,00 €", "3.340,50 €", "3.059,00 €", "26.049,50 €"),
            ("19650.00", "3340.50", "26049.50"),
        ),
        # two of them, each under its own head: both outside the VAT ('Έξοδα επίδοσης (εκτός
        # ΦΠΑ) | Δικαστικό ένσημο (εκτός ΦΠΑ)'; only one had been counted)
        (
            ("Αμοιβή", "ΦΠΑ 24%", "Έξοδα (εκτός ΦΠΑ)", "Ένσημο (εκτός ΦΠΑ)", "Σύνολο"),
            ("19.650,00 €", "4.716,00 €", "69,00 €", "158,00 €", "24.593,00 €"),
            ("19650.00", "4716.00", "24593.00"),
        ),
    ],
    ids=["outlay", "duty", "two-outlays"],
)
def test_an_amount_outside_the_vat_in_a_row_of_totals_is_in_the_total(
    tmp_path: Path, heads: tuple[str, ...], amounts: tuple[str, ...], want: tuple[str, ...]
) -> None:
    # ... the amount outside the VAT lost, the sums had not added up, and the page waited
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _row_of_totals(heads, amounts)))
    assert totals_read(got) == want, reasons
    assert status == "accepted", reasons


def test_an_auctions_premium_between_the_hammer_prices_and_the_tax_is_in_the_net(
    tmp_path: Path,
) -> None:
    # 'Summe Zuschläge | Aufgeld 30 % | 19 % USt. auf das Aufgeld | Rechnungsbetrag': the tax's
    # head goes on past its word, its amount under the head's end (it had been read as under
    # the premium's words, no tax's, and the page waited); the premium between the hammer
    # prices and the tax is in the net, as it is when the same totals stand in a column
    items: list[Text] = [(-540, 50, "Kunstauktionshaus Weber GmbH", 15)]
    items += [(-540, 64, "Maximilianstraße 20 · 80539 München · USt-IdNr. DE129876543", 8)]
    items += [
        (60, 100 + 12 * i, t, 9) for i, t in enumerate(["Herr Dr. Klaus Meier", "80802 München"])
    ]
    grid = [("Rechnungsnummer", "Rechnungsdatum"), ("2025-6180", "03.07.2025")]
    items += rows_at((330, 430), 100, 12, grid, size=8)
    table = [("Los", "Beschreibung", "Zuschlag €"), ("157", "Biedermeier-Sekretär", "1.850,00")]
    table += [("61", "Silberleuchter, Paar", "1.450,00")]
    items += rows_at((60, 100, -540), 170, 14, table)
    heads = ("Summe Zuschläge", "Aufgeld 30 %", "19 % USt. auf das Aufgeld", "Rechnungsbetrag")
    amounts = ("3.300,00 €", "990,00 €", "188,10 €", "4.478,10 €")
    items += rows_at((-150, -250, -430, -540), 240, 14, [heads, amounts], size=8)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("4290.00", "188.10", "4478.10"), reasons
    assert status == "accepted", reasons


def test_an_exempt_parts_column_before_the_taxed_parts_is_in_the_net(tmp_path: Path) -> None:
    # 'Total isento (art. 9.º CIVA) | Total sujeito a IVA | IVA 23% | Total a pagar': the net
    # had been the taxed part alone, and the page waited
    heads = ("Total isento (art. 9.º CIVA)", "Total sujeito a IVA", "IVA 23%", "Total a pagar")
    amounts = ("15.000,00 €", "4.650,00 €", "1.069,50 €", "20.719,50 €")
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _row_of_totals(heads, amounts)))
    assert totals_read(got) == ("19650.00", "1069.50", "20719.50"), reasons
    assert status == "accepted", reasons


def test_the_currency_on_a_row_of_totals_amounts_alone(tmp_path: Path) -> None:
    # 'Netto | MwSt. 19 % | Gesamt' over '19.650,00 € | 3.733,50 € | 23.383,50 €', the items'
    # amounts bare: the row of amounts had counted as one line among the items', not as the
    # totals' line, and the currency was uncertain
    heads = ("Nettobetrag", "MwSt. 19 %", "Gesamtbetrag")
    amounts = ("19.650,00 €", "3.733,50 €", "23.383,50 €")
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _row_of_totals(heads, amounts)))
    assert got["currency"] == "EUR" and status == "accepted", reasons


def test_one_items_row_under_the_amounts_heads_is_not_the_totals(tmp_path: Path) -> None:
    # a fuel card's statement: 'Date | Site | Product | Litres | Net £ | VAT £ | Gross £' over its
    # purchases, the sidebar's lines between them setting the rows apart, 'Total 1,858.89 371.78
    # 2,230.67' under them: the first purchase alone had been read as the table's totals, and
    # the page accepted with its gross
    items: list[Text] = [(60, 50, "Fleetline Fuel Cards Ltd", 14)]
    items += [(60, 64, "Unit 4, Meridian Park · Leicester LE19 1WZ · VAT Reg No GB 591 5567 19", 8)]
    cust = ["Midlands Haulage Ltd", "Canal Street 9", "Walsall WS2 8LP"]
    items += [(60, 100 + 12 * i, t, 9) for i, t in enumerate(cust)]
    items += rows_at(
        (380, -540), 100, 12, [("Invoice No", "FC37199902"), ("Invoice Date", "13/02/2025")]
    )
    xs = (60, 120, 250, -330, -400, -460, -540)
    table = [("Date", "Site", "Product", "Litres", "Net £", "VAT £", "Gross £")]
    table += [("12/02/2025", "BP Cobham", "Diesel", "157.20", "234.23", "46.85", "281.08")]
    items += rows_at(xs, 170, 14, table)
    items += [
        (120, 196, "Services", 9),
        (60, 210, "Account No AC359127", 8),
        (60, 224, "Payment Due", 8),
    ]
    rows = [("08/02/2025", "Texaco Stafford", "Diesel", "770.00", "1,285.90", "257.18", "1,543.08")]
    rows += [("07/02/2025", "Esso Leeds Road", "Diesel", "163.60", "338.76", "67.75", "406.51")]
    items += rows_at(xs, 240, 14, rows)
    items += rows_at((60, -400, -460, -540), 276, 14, [("Total", "1,858.89", "371.78", "2,230.67")])
    items += [(60, 300, "Amount payable by Direct Debit £2,230.67", 9)]
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("1858.89", "371.78", "2230.67"), reasons
