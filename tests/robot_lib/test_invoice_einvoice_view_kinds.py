"""Kinds of layout the German e-invoice's official view prints (KoSIT's XRechnung
visualisation, its XSL-FO printed by Apache FOP; replayed once as a probe and not kept), drawn
here with other names and values: sections under boxed headings ('Informationen zum
Verkäufer'), their 'label: value' pairs flowed into two columns ('Firmenname: …   Ländercode:
DE'), the totals as rows of label and amount, a breakdown per VAT category ('Gesamtsumme' over
'Umsatzsteuersatz' over 'Umsatzsteuerbetrag'), an exempt category's tax of 0,00, and each item's
'Gesamtpreis (netto)' in the details; and the same view's HTML form as a browser prints it, the
buyer's and the seller's boxes side by side, a row's label or value wrapped round the other."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, draw_pages

_L, _R = 63.0, 318.0  # the two columns' labels; their values 74 pt further right


def _pairs(y: float, left: list[tuple[str, str]], right: list[tuple[str, str]]) -> list[Text]:
    """'label: value' pairs, the first ones down the left column, the rest down the right."""
    out: list[Text] = []
    for x, pairs in ((_L, left), (_R, right)):
        for k, (label, value) in enumerate(pairs):
            out += [(x, y + 15 * k, f"{label}:", 7), (x + 74, y + 15 * k, value, 9)]
    return out


def _rows(y: float, rows: list[tuple[str, str, str]]) -> list[Text]:
    """A table of rows: the label, the amount's kind ('netto', 'brutto' or nothing) and the
    amount at the right edge."""
    out: list[Text] = []
    for k, (label, kind, amount) in enumerate(rows):
        out += [(_L, y + 12 * k, label, 9), (-567, y + 12 * k, amount, 9)]
        if kind:
            out.append((405, y + 12 * k, kind, 9))
    return out


def _page(
    seller: str,
    totals: list[tuple[str, str, str]],
    categories: list[tuple[str, str, str, str]],
    lines: list[str],
    kind: str = "380",
) -> list[Text]:
    """The view's first page: the note and the header's reference, 'Übersicht', the buyer's
    and the seller's sections, the invoice's data, its totals, the breakdown per category
    (code, base, rate, tax), the payment's data, then 'Details' with each item's net."""
    page: list[Text] = [
        (57, 48, "Bereiche ohne Inhalte werden nicht dargestellt!", 9),
        (-567, 48, "DE287114563/RE-2026-0412", 9),
        (57, 90, "Übersicht", 18),
        (63, 116, "Informationen zum Käufer", 9),
    ]
    page += _pairs(
        134,
        [
            ("Leitweg-ID", "08111-4711-52"),
            ("Name", "Stadtwerke Unterhaching"),
            ("Ort", "Oberhaching"),
        ],
        [("PLZ", "82024"), ("Ländercode", "DE")],
    )
    page.append((63, 190, "Informationen zum Verkäufer", 9))
    page += _pairs(
        208,
        [("Firmenname", seller), ("Adresszeile 1", "Gewerbering 12"), ("PLZ", "33602")],
        [("Ländercode", "DE"), ("Kontaktstelle", "Frau Keller"), ("Ort", "Bielefeld")],
    )
    page.append((63, 264, "Rechnungsdaten", 9))
    page += _pairs(
        282,
        [("Rechnungsnummer", "RE-2026-0412"), ("Rechnungsdatum", "14.3.2026")],
        [("Rechnungsart", kind), ("Währung", "EUR")],
    )
    page.append((63, 326, "Gesamtbeträge der Rechnung", 9))
    page += _rows(344, totals)
    y = 352 + 12 * len(totals)
    page.append((63, y, "Aufschlüsselung der Umsatzsteuer auf Ebene der Rechnung", 9))
    for code, base, rate, tax in categories:
        page.append((63, y + 18, f"Umsatzsteuerkategorie: {code}", 9))
        rows = [("Gesamtsumme", "", base), ("Umsatzsteuersatz", "", rate)]
        page += _rows(y + 30, [*rows, ("Umsatzsteuerbetrag", "", tax)])
        y += 54
    page.append((63, y + 14, "Zahlungsdaten", 9))
    page += _pairs(
        y + 32, [("Fälligkeitsdatum", "28.3.2026")], [("Code für die Zahlungsmittelart", "58")]
    )
    page.append((57, y + 70, "Details", 18))
    for k, net in enumerate(lines):
        at = y + 94 + 58 * k
        page += [(63, at, f"Position {k + 1}", 9), (63, at + 16, "Preiseinzelheiten", 10)]
        page += _rows(at + 30, [("Menge", "", "1"), ("Gesamtpreis (netto)", "", net)])
    return page


_TOTALS = [
    ("Nettosumme aller Positionen", "", "2.480,00"),
    ("Nettobetrag", "", "2.480,00"),
    ("Summe Umsatzsteuer", "", "403,20"),
    ("Bruttobetrag", "", "2.883,20"),
    ("Fälliger Betrag", "", "2.883,20"),
]
_TWO_RATES = [("S", "1.920,00", "19", "364,80"), ("S", "560,00", "7", "39,20")]


def test_the_seller_is_the_firm_name_under_the_sellers_section(tmp_path: Path) -> None:
    # 'Informationen zum Verkäufer' heads the seller's section, its first pair 'Firmenname:'
    # beside the right column's 'Ländercode: DE': a trader's name without a legal form had
    # waited with the page's title 'Übersicht' offered, and a firm's had run on into 'DE'
    for seller in ("Ingenieurbüro Sabine Vogt", "Haustechnik Brandt GmbH"):
        page = _page(seller, _TOTALS, _TWO_RATES, ["1.920,00", "560,00"])
        got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
        assert got["seller"] == seller, reasons
        assert totals_read(got) == ("2480.00", "403.20", "2883.20"), reasons
        assert (got["invoice_number"], got["issue_date"]) == ("RE-2026-0412", "2026-03-14")
        assert got["due_date"] == "2026-03-28", reasons
        assert status == "accepted", reasons


def test_a_credit_notes_type_code_keeps_it_from_being_booked(tmp_path: Path) -> None:
    # the view names no credit note but by its type code ('Rechnungsart: 381'): every amount
    # reads as an invoice's and adds up, and such pages had been accepted as invoices; a
    # self-billed invoice's code (389) says the customer wrote it
    for code, said in (("381", "type code is 381: a credit note"), ("389", "type code 389")):
        page = _page("Haustechnik Brandt GmbH", _TOTALS, _TWO_RATES, ["2.480,00"], code)
        got, status, reasons = read_page(draw(tmp_path / f"{code}.pdf", page))
        assert totals_read(got) == ("2480.00", "403.20", "2883.20"), reasons
        assert status == "review" and any(said in r for r in reasons), reasons


def test_a_categorys_base_over_its_rate_and_tax_is_no_total(tmp_path: Path) -> None:
    # 'Gesamtsumme 1.920,00' over 'Umsatzsteuersatz 19' over 'Umsatzsteuerbetrag 364,80': the
    # 19 % category's base, not a total that says otherwise than 'Bruttobetrag' (the page had
    # waited asking which one is owed)
    page = _page("Druckerei Lindner KG", _TOTALS, _TWO_RATES, ["2.480,00"])
    got, status, reasons = read_page(draw(tmp_path / "b.pdf", page))
    assert totals_read(got) == ("2480.00", "403.20", "2883.20"), reasons
    assert status == "accepted", reasons


def test_an_exempt_traders_total_over_a_rate_of_nothing_stays_the_total(tmp_path: Path) -> None:
    # 'Gesamtbetrag 600,00 €' / 'Steuersatz 0 %' / 'Umsatzsteuer 0,00 €' on a small trader's
    # page that charges no VAT: the total, not a category's base (no other rate's block beside
    # it); the first form of the rule above had lost the page's gross
    page: list[Text] = [(50, 50, "Grafikdesign Jana Roth", 16), (50, 140, "Rechnung", 18)]
    page += [(50, 165, "Rechnungsnummer: 2026-031", 9), (50, 178, "Rechnungsdatum: 12.03.2026", 9)]
    page += [(50, 235, "Logo-Entwurf", 9), (-540, 235, "450,00 €", 9)]
    page += [(50, 248, "Visitenkarten-Layout", 9), (-540, 248, "150,00 €", 9)]
    rows = [("Gesamtbetrag", "600,00 €"), ("Steuersatz", "0 %"), ("Umsatzsteuer", "0,00 €")]
    page += [(300, 280 + 13 * k, label, 10) for k, (label, _v) in enumerate(rows)]
    page += [(-540, 280 + 13 * k, value, 10) for k, (_l, value) in enumerate(rows)]
    got, _status, reasons = read_page(draw(tmp_path / "k.pdf", page))
    assert got["gross_total"] == "600.00", reasons


def test_an_items_net_price_in_the_details_is_no_total(tmp_path: Path) -> None:
    # each item's 'Gesamtpreis (netto)' under 'Details' is its line's net, not an order's total
    # that says otherwise (the page had waited asking which one is owed)
    one = [("S", "2.480,00", "19", "471,20")]
    totals = list(_TOTALS)
    totals[2:] = [
        ("Summe Umsatzsteuer", "", "471,20"),
        ("Bruttobetrag", "", "2.951,20"),
        ("Fälliger Betrag", "", "2.951,20"),
    ]
    page = _page("Druckerei Lindner KG", totals, one, ["1.920,00", "560,00"])
    got, status, reasons = read_page(draw(tmp_path / "c.pdf", page))
    assert totals_read(got) == ("2480.00", "471.20", "2951.20"), reasons
    assert status == "accepted", reasons


def test_an_exempt_categorys_nil_tax_is_not_the_invoices(tmp_path: Path) -> None:
    # the exempt category's 'Umsatzsteuerbetrag 0,00' under 'Summe Umsatzsteuer 364,80' is one
    # category's tax: with it, any amount printed under a net's and a gross's label closed
    # (the exempt base, 560,00, under 'Gesamtsumme netto' and an item's 'Gesamtpreis'), and
    # such a page was accepted with a gross of 560,00
    categories = [("S", "1.920,00", "19", "364,80"), ("E", "560,00", "0", "0,00")]
    totals = [
        ("Summe aller Positionen", "netto", "2.480,00"),
        ("Gesamtsumme", "netto", "2.480,00"),
        ("Summe Umsatzsteuer", "", "364,80"),
        ("Gesamtsumme", "brutto", "2.844,80"),
        ("Fälliger Betrag", "brutto", "2.844,80"),
    ]
    page = _page("Gartenbau Huber e.K.", totals, categories, [])
    page = [t for t in page if t[2] != "Gesamtsumme"] + [
        (t[0], t[1], "Gesamtsumme netto", 9) for t in page if t[2] == "Gesamtsumme"
    ]
    page += [(63, 800, "Porto + Versandkosten", 9), (63, 812, "Gesamtpreis", 9)]
    page.append((-567, 812, "560,00", 9))
    got, status, reasons = read_page(draw(tmp_path / "d.pdf", page))
    assert totals_read(got) == ("2480.00", "364.80", "2844.80"), reasons
    # (it waits: the item's 'Gesamtpreis 560,00' under the totals says otherwise)
    assert status == "review", reasons


# ------------------------------------------------ the same view as a web page, printed
# (its HTML form: the buyer's and the seller's boxes side by side, each row's label at the left
# of its value, set in the middle of the row's height, every row printed even when empty)


def _web_rows(y: float, x: float, rows: list[tuple[str, str]]) -> list[Text]:
    """A box's rows, 26 pt apart: the label 100 pt left of its value."""
    out: list[Text] = []
    for k, (label, value) in enumerate(rows):
        out.append((x, y + 26 * k, f"{label}:", 9.75))
        if value:
            out.append((x + 100, y + 26 * k, value, 10.5))
    return out


def _web_view(name_rows: list[Text], lang: str = "de") -> tuple[list[Text], list[Text]]:
    """The view's two pages: the tabs, the note, the boxes of the buyer and of the seller
    (*name_rows*: the seller's name row as the test sets it, at y 176), the invoice's data;
    on the second page its date and the totals (in English the data box breaks across)."""
    de = lang == "de"
    buyer = "Informationen zum Käufer" if de else "Information about the buyer"
    seller = "Informationen zum Verkäufer" if de else "Information about the seller"
    one: list[Text] = [
        (40, 40, "Übersicht Details Zusätze Anlagen Laufzettel", 16),
        (150, 82, "Wir übernehmen keine Haftung für die Richtigkeit der Daten.", 10.5),
        (50, 122, buyer, 10.5),
        (320, 122, seller, 10.5),
    ]
    one += _web_rows(150, 60, [("Käuferreferenz", "56523-78911-31"), ("Name", "Stadtwerke Trier")])
    one += _web_rows(202, 60, [("PLZ", "54290"), ("Ort", "Trier"), ("Ländercode", "DE")])
    one += name_rows
    one += _web_rows(202, 330, [("PLZ", "24103"), ("Ort", "Kiel"), ("Ländercode", "DE")])
    one += [(50, 300, "Rechnungsdaten" if de else "Invoice data", 10.5)]
    number = "Rechnungsnummer" if de else "Invoice number"
    one += _web_rows(330, 60, [(number, "R424848")])
    one += _web_rows(330, 330, [("Währung" if de else "Currency", "EUR")])
    date = ("Rechnungsdatum", "20.08.2026") if de else ("Invoice date", "2026-08-20")
    two = _web_rows(40, 60, [date, ("Rechnungsart" if de else "Invoice type", "380")])
    two += _web_rows(40, 330, [("Vertragsreferenz" if de else "Contract reference", "")])
    rows = [("Nettobetrag", "netto", "1.250,00"), ("Summe Umsatzsteuer", "", "237,50")]
    rows += [("Bruttobetrag", "brutto", "1.487,50"), ("Fälliger Betrag", "brutto", "1.487,50")]
    if not de:
        rows = [("Total amount", "net", "1,250.00"), ("Total VAT", "", "237.50")]
        rows += [("Total amount", "gross", "1,487.50"), ("Amount due", "gross", "1,487.50")]
    for k, (label, kind, amount) in enumerate(rows):
        two += [
            (60, 120 + 20 * k, label, 12),
            (400, 120 + 20 * k, kind, 10),
            (-540, 120 + 20 * k, amount, 12),
        ]
    return one, two


def test_a_firm_name_wrapped_round_its_label_is_read_whole(tmp_path: Path) -> None:
    # the value's cell wraps the name over two lines, the label set between them in the middle
    # of the row: 'Nordlicht IT-Service' / 'Firmenname:' / 'GmbH & Co. KG' (the first line alone
    # had been accepted as the seller)
    rows: list[Text] = [(430, 170, "Nordlicht IT-Service", 10.5), (330, 176, "Firmenname:", 9.75)]
    rows.append((430, 182, "GmbH & Co. KG", 10.5))
    # ... measured in the seller's column: the buyer's box beside it on the same lines starts
    # them elsewhere ('Gewerbe-' at its value's edge over 'Name:', 'hof Süd' at its label's)
    beside: list[Text] = [(160, 170, "Gewerbe-", 10.5), (60, 182, "hof Süd", 10.5)]
    for k, extra in enumerate(([], beside)):
        pages = list(_web_view(rows + extra))
        got, status, reasons = read_page(draw_pages(tmp_path / f"e{k}.pdf", pages))
        assert got["seller"] == "Nordlicht IT-Service GmbH & Co. KG", reasons
        assert totals_read(got) == ("1250.00", "237.50", "1487.50"), reasons
        assert status == "accepted", reasons


def test_a_name_label_wrapped_round_its_value_gives_the_value(tmp_path: Path) -> None:
    # the label's cell wraps 'Company name:' round the value set in the middle of the row:
    # 'Company' / 'Ingenieurbüro Sabine Vogt' / 'name:' (the label's first word had been offered
    # as the seller); and the page breaks inside the invoice's data, so its only 'Invoice date:'
    # stands on page 2 (it had been too weak to accept)
    rows: list[Text] = [(330, 170, "Company", 9.75), (430, 176, "Ingenieurbüro Sabine Vogt", 10.5)]
    rows.append((330, 182, "name:", 9.75))
    got, status, reasons = read_page(draw_pages(tmp_path / "f.pdf", list(_web_view(rows, "en"))))
    assert got["seller"] == "Ingenieurbüro Sabine Vogt", reasons
    assert got["issue_date"] == "2026-08-20", reasons
    assert status == "accepted", reasons


def test_a_date_on_page_two_under_a_date_label_of_page_one_stays_weak(tmp_path: Path) -> None:
    # page 1's own 'Rechnungsdatum' stands: a later page's 'Invoice date: …' (an earlier
    # document's, a copy's) is no stronger than it
    rows: list[Text] = [(330, 176, "Firmenname:", 9.75), (430, 176, "Druckerei Lindner KG", 10.5)]
    one, two = _web_view(rows)
    one += _web_rows(356, 60, [("Rechnungsdatum", "20.08.2026")])
    two = [t for t in two if t[2] not in ("Rechnungsdatum:", "20.08.2026")]
    two += _web_rows(250, 60, [("Invoice date", "2025-01-31")])
    got, _status, reasons = read_page(draw_pages(tmp_path / "g.pdf", [one, two]))
    assert got["issue_date"] == "2026-08-20", reasons
