"""Kinds of layout a typesetting template for freelancers prints (seen on invoice-maker's Typst
template, compiled once as a probe and not kept: its template is not ours to copy), each drawn
here with other names and values: the title centred over a centred table of the number and the
dates; the recipient's block and the issuer's side by side under their headings
('Empfänger | Aussteller', 'Destinatario | Emisor'), the recipient first; a section's heading
('Leistungen') in larger type than any name; the sums right-aligned, a discount over the tax
('Total parcial', 'Descuento de 10 %', 'IVA de 21 %') and the tax reckoned on the subtotal
before the discount; the due date inside the payment sentence, its verb in another person
('Bitte überweise den Betrag bis …', 'transfiera el dinero … antes de …'). And a heading whose
value stands in the next cell ('Biller:   Harbor Point Consulting', Simple Invoices' page)."""

from __future__ import annotations

from pathlib import Path

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw


def _page(
    words: dict[str, str], sums: list[tuple[str, str]], sentence: str, biller: str = "Jonas Keller"
) -> list[Text]:
    """The template's page: the title, the number and dates, the two parties' blocks under
    their headings, the items' heading and table, the sums, the payment sentence, the owner
    and IBAN."""
    page: list[Text] = [(262, 60, words["title"], 22)]
    page += [(-290, 100, f"{words['number']}:", 11), (296, 100, "2026-071", 11)]
    page += [(-290, 116, f"{words['issued']}:", 11), (296, 116, "2026-05-08", 11)]
    page += [(-290, 132, f"{words['delivered']}:", 11), (296, 132, "2026-04-30", 11)]
    page += [(71, 180, words["recipient"], 11), (312, 180, words["biller"], 11)]
    customer = ["Hafenkontor Lemke OHG", "Deutschland", "Bremen 28195", "Schlachte 12"]
    mine = [biller, "Übersetzer", "Deutschland", "Leipzig 04109", "Karl-Heine-Str. 8"]
    page += [(71, 200 + 15 * i, t, 11) for i, t in enumerate(customer + ["DE811234567"])]
    page += [(312, 200 + 15 * i, t, 11) for i, t in enumerate(mine + ["USt-IdNr.: DE298765432"])]
    page += [(71, 320, words["items"], 13.2)]
    heads = [
        (71, "Nr"),
        (95, "Datum"),
        (160, words["desc"]),
        (330, "Menge"),
        (400, "Preis"),
        (470, "Gesamt"),
    ]
    page += [(x, 350, t, 11) for x, t in heads]
    rows = [("1", "2026-04-22", "Übersetzung Katalog", "1", "640.00", "640.00")]
    rows += [("2", "2026-04-28", "Lektorat", "2", "180.00", "360.00")]
    for i, row in enumerate(rows):
        y = 372 + 18 * i
        page += [(x, y, t, 11) for (x, _h), t in zip(heads[:3], row[:3], strict=True)]
        page += [(-360, y, row[3], 11), (-440, y, row[4], 11), (-524, y, row[5], 11)]
    for i, (label, amount) in enumerate(sums):
        page += [(-440, 430 + 18 * i, label, 11), (-524, 430 + 18 * i, amount, 11)]
    y = 450 + 18 * len(sums)
    page += [(71, y, sentence, 11), (200, y + 40, f"{words['owner']}:  {biller}", 11)]
    return page + [(200, y + 60, "IBAN:  DE89370400440532013000", 11)]


_DE = {
    "title": "Rechnung", "number": "Rechnungsnummer", "issued": "Ausstellungsdatum",
    "delivered": "Lieferdatum", "recipient": "Empfänger", "biller": "Aussteller",
    "items": "Leistungen", "desc": "Beschreibung", "owner": "Inhaber",
}  # fmt: skip
_DE_SUMS = [("Zwischensumme:", "1000.00 €"), ("Umsatzsteuer von 19 %:", "190.00 €")]
_DE_SUMS += [("Gesamt:", "1190.00 €")]


def test_the_issuer_under_its_heading_beside_the_recipient_s(tmp_path: Path) -> None:
    # 'Empfänger | Aussteller', the recipient's block first; the freelancer's name (no legal
    # form) under 'Aussteller', the items' heading in larger type than any name. And the due
    # date in the payment sentence, its verb in the familiar person ('überweise')
    sentence = "Bitte überweise den Betrag bis 2026-05-22 auf folgendes Konto:"
    path = draw(tmp_path / "a.pdf", _page(_DE, _DE_SUMS, sentence))
    got, status, reasons = read_page(path)
    assert got["seller"] == "Jonas Keller", reasons
    seller = extract_invoice(path, use_xml=False).fields["seller"]
    assert seller.note == "under the seller heading", seller
    assert (got["invoice_number"], got["issue_date"]) == ("2026-071", "2026-05-08"), reasons
    assert got["due_date"] == "2026-05-22", reasons
    assert totals_read(got) == ("1000.00", "190.00", "1190.00"), reasons
    assert status == "accepted", reasons


def test_the_due_date_in_a_spanish_payment_sentence(tmp_path: Path) -> None:
    words = dict(_DE, title="Factura", recipient="Destinatario", biller="Emisor")
    sentence = "Por favor, transfiera el dinero a la siguiente cuenta antes de 2026-05-29:"
    got, status, reasons = read_page(draw(tmp_path / "b.pdf", _page(words, _DE_SUMS, sentence)))
    assert got["due_date"] == "2026-05-29", reasons
    assert got["seller"] == "Jonas Keller", reasons
    assert status == "accepted", reasons


def test_a_tax_reckoned_before_the_discount_over_it_waits(tmp_path: Path) -> None:
    # 'Total parcial 1000.00', 'Descuento de 10 % -100.00', 'IVA de 21 %: 210.00', 'Total
    # 1110.00': the tax is 21 % of the subtotal, not of the net after the discount (189.00).
    # The figures add up, so the page had been accepted; its net, 900.00, bears 189.00 of tax
    sums = [("Total parcial:", "1000.00 €"), ("Descuento de 10 %", "-100.00 €")]
    sums += [("IVA de 21 %:", "210.00 €"), ("Total:", "1110.00 €")]
    sentence = "Por favor, transfiera el dinero antes de 2026-05-29:"
    words = dict(_DE, title="Factura", recipient="Destinatario", biller="Emisor")
    # (with no subtotal printed too: the net then worked out from the items and the discount)
    for i, shown in enumerate((sums, sums[1:])):
        got, status, reasons = read_page(
            draw(tmp_path / f"c{i}.pdf", _page(words, shown, sentence))
        )
        assert got["gross_total"] == "1110.00", reasons
        assert status == "review", reasons
        assert any("21 %" in r for r in reasons), reasons
    # the same page with its tax reckoned on the net after the discount goes through, its
    # subtotal read as 'Total parcial'
    sums[2:] = [("IVA de 21 %:", "189.00 €"), ("Total:", "1089.00 €")]
    path = draw(tmp_path / "d.pdf", _page(words, sums, sentence))
    got, status, reasons = read_page(path)
    assert totals_read(got) == ("900.00", "189.00", "1089.00"), reasons
    assert status == "accepted", reasons
    net = extract_invoice(path, use_xml=False).fields["net_total"]
    assert "the subtotal 1000.00" in net.note, net


def test_a_heading_s_value_in_the_next_cell(tmp_path: Path) -> None:
    # 'Biller:' and the name in the cell right of it, the address under 'Address:' below: the
    # name, not the next line's label ('Address' had been taken for the seller and accepted).
    # Not the other party's heading beside it ('Seller:   Buyer:')
    page: list[Text] = [
        (260, 50, "Invoice", 14),
        (40, 80, "Biller:", 12),
        (120, 80, "Tern Loft Studio", 12),
    ]
    page += [(330, 80, "Invoice Summary", 12), (40, 95, "Address: 14 Wharf Road", 12)]
    page += [(330, 95, "Invoice No.: 512", 12), (120, 108, "Nelson 7010", 12)]
    page += [(330, 108, "Invoice Date: 18/05/2026", 12), (120, 121, "New Zealand", 12)]
    page += [(40, 160, "Customer: Moana Surf Co", 12), (40, 175, "Address: 3 Beach Road", 12)]
    page += [
        (40, 215, "Qty", 11),
        (90, 215, "Item", 11),
        (360, 215, "Unit Cost", 11),
        (-540, 215, "Price", 11),
    ]
    page += [(40, 232, "2", 11), (90, 232, "Brand workshop", 11), (360, 232, "$400.00", 11)]
    page += [(-540, 232, "$800.00", 11), (360, 260, "Sub-total", 11), (-540, 260, "$800.00", 11)]
    page += [(360, 275, "GST 15%", 11), (-540, 275, "$120.00", 11)]
    page += [(360, 290, "Invoice Amount", 11), (-540, 290, "$920.00", 11)]
    got, status, reasons = read_page(draw(tmp_path / "e.pdf", page))
    assert got["seller"] == "Tern Loft Studio", reasons
    assert got["gross_total"] == "920.00", reasons


def _two_lines(tmp_path: Path, first: str, second: str) -> tuple[dict[str, str | None], str]:
    """The template's page, its payment paragraph printed as the two lines *first* over
    *second*."""
    page = _page(_DE, _DE_SUMS, first)
    x, y, _text, size = next(t for t in page if t[2] == first)
    got, status, _reasons = read_page(draw(tmp_path / "f.pdf", [*page, (x, y + 13, second, size)]))
    return got, status


def test_the_due_date_in_a_payment_sentence_the_paragraphs_width_wrapped(tmp_path: Path) -> None:
    # the verb at the end of a full line, the deadline on the next, which starts with a capital
    # ('Sie', as German writes it): read as one sentence (a narrow column had wrapped it so,
    # and the page had been accepted with no due date)
    first = "Die Leistungen wurden nach Aufwand abgerechnet, wie vereinbart. Bitte überweisen"
    got, status = _two_lines(tmp_path, first, "Sie den Betrag bis zum 2026-05-22 auf das Konto:")
    assert got["due_date"] == "2026-05-22"
    assert status == "accepted"
    # (guard) a short line over the next, whose first word would have fitted after it: two
    # sentences, the service period's end no deadline
    got, _status = _two_lines(tmp_path, "Zahlbar sofort ohne Abzug", "Leistung bis zum 2026-05-31")
    assert got["due_date"] is None
