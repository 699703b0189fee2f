"""Kinds of layout the Peppol BIS Billing 3 reference view prints (SFTI's stylesheet, the one
Swedish and other Nordic receivers read a Peppol invoice through: its HTML with Swedish or
English labels, replayed once as a probe through Chromium and not kept), drawn here with other
names and values: the document's kind and the seller's name in large type at the top left, the
dates and references as labels over their values at the right, and the seller's details at the
foot under the heading 'SÄLJAREN' ('SELLER')."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw


def _page(title: str, due: tuple[str, str], seller: str) -> list[Text]:
    """The view's page: the kind and the name at the top left, two columns of labels over
    values at the right, the customer, one line, the totals' rows and the seller at the foot."""
    return [
        (40, 42, title, 14),
        # (the name wraps in its half of the page)
        (40, 80, seller.rsplit(" ", 2)[0], 18),
        (40, 100, " ".join(seller.rsplit(" ", 2)[1:]), 18),
        (300, 50, "Fakturadatum", 7),
        (300, 60, "2026-03-09", 7),
        (300, 76, due[0], 7),
        (300, 86, due[1], 7),
        (430, 50, "Fakturanummer", 7),
        (430, 60, "20417", 7),
        (430, 76, "Beställarreferens", 7),
        (430, 86, "4711", 7),
        (430, 102, "Belopp att betala", 7),
        (430, 112, "5 937.50 SEK", 7),
        (40, 140, "KÖPAREN", 7),
        (40, 150, "Uppsala kommun", 7),
        (40, 160, "Adress", 7),
        (40, 170, "Stationsgatan 12", 7),
        (40, 180, "753 75 Uppsala", 7),
        (40, 200, "Radnr", 7),
        (100, 200, "Benämning", 7),
        (300, 200, "Fakturerad kvantitet", 7),
        (400, 200, "Á-pris", 7),
        (-555, 200, "Radbelopp", 7),
        (40, 214, "1", 7),
        (100, 214, "Elinstallation", 7),
        (300, 214, "5 HUR", 7),
        (400, 214, "950.00 SEK", 7),
        (-555, 214, "4 750.00", 7),
        (40, 240, "Summa radbelopp:", 7),
        (-555, 240, "4 750.00 SEK", 7),
        (40, 264, "Totalt momsbelopp:", 7),
        (-555, 264, "1 187.50 SEK", 7),
        (40, 280, "Totalbelopp exkl moms:", 7),
        (-555, 280, "4 750.00", 7),
        (40, 296, "Totalbelopp inkl moms:", 7),
        (-555, 296, "5 937.50", 7),
        (40, 560, "SÄLJAREN", 7),
        (40, 570, seller, 7),
        (40, 580, "Adress", 7),
        (40, 590, "Verkstadsvägen 2", 7),
        (40, 600, "791 72 Falun", 7),
        (40, 610, "Momsregistreringsnummer: SE556677889901", 6),
    ]


_SELLER = "Svensson Elektriska Ekonomisk förening"


def test_the_last_day_to_pay_is_the_due_date(tmp_path: Path) -> None:
    # Swedish 'Sista betaldatum' (the view's label for the due date) had been read as nothing
    # on every Swedish page; Danish and Norwegian say it alike
    for label in ("Sista betaldatum", "Sidste rettidige betalingsdag", "Siste betalingsdato"):
        page = _page("Faktura", (label, "2026-04-08"), _SELLER)
        got, _status, reasons = read_page(draw(tmp_path / "d.pdf", page))
        assert got["due_date"] == "2026-04-08", (label, reasons)
        assert got["issue_date"] == "2026-03-09", (label, reasons)
        assert totals_read(got) == ("4750.00", "1187.50", "5937.50"), reasons


def test_the_seller_under_the_swedish_heading_at_the_foot(tmp_path: Path) -> None:
    # the name in large type at the top is printed again at the foot under 'SÄLJAREN' ('the
    # seller'): with no legal form the page had waited, its seller uncertain
    page = _page("Faktura", ("Sista betaldatum", "2026-04-08"), _SELLER)
    got, status, reasons = read_page(draw(tmp_path / "s.pdf", page))
    assert got["seller"] == _SELLER, reasons
    assert status == "accepted", reasons
    # (with neither the heading nor the name at the foot, the name at the top backs nothing,
    # and the page waits; the name printed again at the foot alone backs it: a second printing)
    page = [t for t in page if t[2] not in ("SÄLJAREN", _SELLER)]
    got, status, reasons = read_page(draw(tmp_path / "n.pdf", page))
    assert status == "review" and any("seller" in r for r in reasons), reasons


def test_a_kreditnota_waits_as_a_credit_note(tmp_path: Path) -> None:
    # a Swedish, Danish or Norwegian credit note prints its amounts positive under the same
    # labels; only its head names it: every such page had been booked as an invoice
    page = _page("Kreditnota", ("Sista betaldatum", ""), _SELLER)
    got, status, reasons = read_page(draw(tmp_path / "k.pdf", page))
    assert status == "review", reasons
    assert any("credit note" in r for r in reasons), reasons
    assert totals_read(got) == ("4750.00", "1187.50", "5937.50"), reasons
