"""Kinds of layout a Swedish association's or small firm's invoice prints when it asks for payment
by plusgiro, as Eutaxia (Open End's accounting service, Python and reportlab; replayed once as a
probe at its own millimetres, in Swedish and untranslated, and not kept) prints it, drawn here
with other names and values: the sender's block small at the top left and again in the footer,
'Faktura' large at the right with its date, number and due date, the recipient in the envelope's
window, a payment box in larger bold type ('Betalas till' / 'Pg 48 03 31-2', 'OCR / referens',
'Att betala'), the items, 'Summa' and the tax the total includes ('Varav moms 25%')."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw

_MM = 72 / 25.4


def _mm(x: float, y: float, text: str, size: float) -> Text:
    return (x * _MM, y * _MM, text, size)  # (x < 0: right-aligned there)


_SENDER = ["Göteborgs Segelsällskap", "Box 5012", "426 05 Västra Frölunda"]


def _page(
    tax_label: str | None, vat_number: bool = True, sender: list[str] = _SENDER
) -> list[Text]:
    page = [_mm(20, 22 + 3.2 * k, line, 8) for k, line in enumerate(sender)]
    page += [_mm(118, 15, "Faktura", 24), _mm(168, 15, "sida 1", 10)]
    facts = [
        ("Fakturadatum", "2026-03-12"),
        ("Fakturanummer:", "4711236"),
        ("Förfallodatum", "2026-04-11"),
    ]
    for k, (label, value) in enumerate(facts):
        page += [_mm(118, 21 + 4.2 * k, label, 10), _mm(168, 21 + 4.2 * k, value, 10)]
    page += [
        _mm(118, 48 + 4.2 * k, t, 10)
        for k, t in enumerate(["Anna Svensson", "Tallvägen 3", "433 31 Partille"])
    ]
    page += [_mm(20, 79, "Betalas till", 10), _mm(20, 84, "Pg 48 03 31-2", 12)]
    page += [_mm(55, 79, "OCR / referens", 10), _mm(55, 84, "4711236", 12)]
    page += [_mm(85, 79, "Att betala", 10), _mm(85, 84, "1 250,00", 12)]
    page += [_mm(20, 90, "Förfallodatum", 10), _mm(20, 95, "2026-04-11", 12)]
    page += [_mm(15, 115, "Vara", 10), _mm(-150, 115, "Pris", 10), _mm(-170, 115, "Antal", 10)]
    page += [_mm(-195, 115, "Summa", 10), _mm(15, 120, "Kursavgift Segling nybörjare", 10)]
    page += [
        _mm(-150, 120, "1 250,00", 10),
        _mm(-170, 120, "1", 10),
        _mm(-195, 120, "1 250,00", 10),
    ]
    page += [_mm(-170, 125, "Summa", 10), _mm(-195, 125, "1 250,00", 10)]
    if tax_label:
        page += [_mm(-170, 129.5, tax_label, 10), _mm(-195, 129.5, "250,00", 10)]
    page += [_mm(15, 280 + 3.2 * k, line, 8) for k, line in enumerate(sender)]
    bank = ["Pg: 48 03 31-2", "Org nr: 857201-3314"]
    bank += ["Momsreg. nr: SE857201331401"] if vat_number else []
    page += [_mm(140, 285 + 3.2 * k, line, 8) for k, line in enumerate(bank)]
    return page


def test_a_sender_printed_small_at_the_top_and_again_at_the_foot(tmp_path: Path) -> None:
    # no legal form, the name in 8 pt at the top left and again in the footer; the payment
    # box's plusgiro number in 12 pt bold had been taken for the seller
    got, _status, reasons = read_page(draw(tmp_path / "s.pdf", _page(None, vat_number=False)))
    assert got["seller"] == _SENDER[0], reasons
    # ... and a club's, its treasurer's address under it ('c/o Lindqvist'): a 'c/o' line in
    # the letterhead, above where any envelope's window goes, marks no addressee's block
    club = ["Malmö Schackklubb", "c/o Lindqvist", "Ystadvägen 44", "214 45 Malmö"]
    page = _page(None, vat_number=False, sender=club)
    got, _status, reasons = read_page(draw(tmp_path / "c.pdf", page))
    assert got["seller"] == club[0], reasons


def test_the_tax_the_total_includes(tmp_path: Path) -> None:
    # 'Varav moms 25%' (of which VAT), and untranslated 'Including 25% VAT' (its rate between
    # the word and the tax), had not been read as the tax the total includes: the total stood
    # alone, not cross-checked, and the page waited; so too the Danish and Norwegian words
    for label in ("Varav moms 25%", "Including 25% VAT", "Heraf moms 25%", "Herav mva 25%"):
        got, status, reasons = read_page(draw(tmp_path / "t.pdf", _page(label)))
        assert (got["tax_total"], got["gross_total"]) == ("250.00", "1250.00"), (label, reasons)
        assert status == "accepted", (label, reasons)
