"""Kinds of layout of Dutch and Belgian bills (KPN's, bol.com's, Coolblue's and Proximus', replayed
once as probes through Chromium, not kept): the direct debit announced in a sentence, 'Wij
schrijven het bedrag … rond 19 april 2026 af van uw rekening', and the tax printed per rate
with its base, 'Btw 21% over € 192,12  € 40,34', no net total."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _shop(rates: list[tuple[str, str]], total: str) -> list[Text]:
    items: list[Text] = [(50, 40, "winkel.", 20), (-545, 40, "Factuur", 16)]
    items += [
        (50, 90 + 12 * i, t, 9)
        for i, t in enumerate(["Dhr. J. de Vries", "Kerkstraat 12", "3511 LK Utrecht"])
    ]
    items += rows_at(
        (330, 420), 90, 12, [("Factuurnummer", "5457002025"), ("Factuurdatum", "14-07-2026")]
    )
    items += [(50, 150, "Verkocht door winkel.nl b.v., Papendorpseweg 100, 3528 BJ Utrecht", 9)]
    items += [(50, 800, "winkel.nl b.v. · KvK 32059461 · Btw-nummer NL8104.24.790.B01", 7)]
    items += rows_at((300, -545), 240, 13, [*rates, ("Totaal te betalen", total)])
    return items


def test_one_rate_with_its_base_gives_the_net(tmp_path: Path) -> None:
    # 'Btw 21% over € 192,12  € 40,34': the base had been read as no net, the gross not
    # cross-checked, and the page waited; the tax is the rate's share of it
    items = _shop([("Btw 21% over € 192,12", "€ 40,34")], "€ 232,46")
    items += rows_at(
        (50, -545), 180, 14, [("Artikel", "Totaal"), ("Philips Airfryer XXL", "€ 232,46")]
    )
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "winkel.nl b.v.", reasons
    assert totals_read(got) == ("192.12", "40.34", "232.46"), reasons
    assert status == "accepted", reasons


def test_two_rates_with_their_bases_give_the_tax(tmp_path: Path) -> None:
    # 'Btw 9% over € 21,09  € 1,90' and 'Btw 21% over € 10,32  € 2,17': the tax is their sum
    # (one rate's had been read), bases and taxes making the gross; no net is printed
    rates = [("Btw 9% over € 21,09", "€ 1,90"), ("Btw 21% over € 10,32", "€ 2,17")]
    items = _shop(rates, "€ 35,48")
    rows = [("Artikel", "Totaal"), ("Kinderpuzzel", "€ 12,49"), ("Boek", "€ 22,99")]
    items += rows_at((50, -545), 180, 14, rows)
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == (None, "4.07", "35.48"), reasons


def test_a_direct_debit_around_a_date_off_the_account(tmp_path: Path) -> None:
    # 'Wij schrijven het bedrag van € 39,98 rond 19 april 2026 af van uw rekening': the day
    # the bill is taken, its due date (it had been read as none, and the page accepted)
    items: list[Text] = [(-545, 40, "netlink", 20)]
    items += [(60, 110, "Netlink B.V. · Postbus 30000 · 2500 GA Den Haag", 7)]
    items += [
        (60, 124 + 12 * i, t, 9)
        for i, t in enumerate(["Dhr. J. de Vries", "Kerkstraat 12", "3511 LK Utrecht"])
    ]
    items += rows_at(
        (60, 200), 190, 12, [("Factuurnummer", "Factuurdatum"), ("4096117385", "5 april 2026")]
    )
    items += rows_at(
        (60, -545), 240, 14, [("Omschrijving", "Bedrag"), ("Internet + TV", "€ 33,04")]
    )
    sums = [("Totaal excl. btw", "€ 33,04"), ("Btw 21%", "€ 6,94"), ("Totaal incl. btw", "€ 39,98")]
    items += rows_at((330, -545), 290, 13, sums)
    sentence = "Wij schrijven het bedrag van € 39,98 rond 19 april 2026 af van uw rekening NL** 12."
    items += [(60, 350, sentence, 9)]
    foot = (
        "Netlink B.V. · Wilhelminakade 123 · 3072 AP Rotterdam · KvK 27124701 · Btw NL009292056B01"
    )
    items += [(60, 800, foot, 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert (got["issue_date"], got["due_date"]) == ("2026-04-05", "2026-04-19"), reasons
    assert totals_read(got) == ("33.04", "6.94", "39.98"), reasons
    assert status == "accepted", reasons
