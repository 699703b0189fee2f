"""Kinds of layout of Spanish and Italian service providers' bills (Movistar's, Renfe's,
Vodafone Italia's and Amazon.es', replayed once as probes through Chromium, not kept): the
invoice's number and, under it, its date after 'del', a larger letterhead level with them; and
a brand at the top that is the first word of the registered name in the legal footer."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _bill(brand: str) -> list[Text]:
    # the number's block at the right, set a little higher than the brand's baseline
    items: list[Text] = [(50, 47, brand, 20), (-545, 36, "Fattura n. AM71657638", 9)]
    items += [(-545, 50, "del 16/05/2026", 9), (-545, 62, "Codice cliente 2687514", 9)]
    items += [
        (320, 110 + 12 * i, t, 9)
        for i, t in enumerate(["Sig. Marco Rossi", "Via Garibaldi 8", "20121 Milano MI"])
    ]
    items += [(50, 170, "Totale da pagare € 44,98", 10), (50, 184, "Scadenza 05/06/2026", 9)]
    items += rows_at((50, -545), 220, 14, [("Descrizione", "Importo"), ("Casa Fibra", "36,87")])
    sums = [("Totale imponibile", "36,87"), ("IVA 22%", "8,11"), ("Totale fattura", "44,98")]
    items += rows_at((330, -545), 270, 13, sums)
    foot = "Telefonia Lirica S.p.A. · Via Jervis 13, 10015 Ivrea (TO) · Registro Imprese di Torino · P. IVA 08539010010"
    items += [(50, 805, foot, 7)]
    return items


def test_the_date_after_del_under_the_number_a_letterhead_between(tmp_path: Path) -> None:
    # 'Fattura n. AM71657638' over 'del 16/05/2026', the larger 'telefonia' read as a line
    # between them: the date had been looked for on the next line only (the page waited)
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", _bill("telefonia")))
    assert (got["invoice_number"], got["issue_date"]) == ("AM71657638", "2026-05-16"), reasons
    assert got["due_date"] == "2026-06-05", reasons
    assert totals_read(got) == ("36.87", "8.11", "44.98"), reasons


def test_a_brand_that_begins_the_registered_name_in_the_footer(tmp_path: Path) -> None:
    # 'telefonia' at the top, 'Telefonia Lirica S.p.A. … P. IVA …' in the legal footer: the
    # brand is the company's own short name (the page had waited on the seller); another
    # brand still asks a person
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _bill("telefonia")))
    assert got["seller"] == "Telefonia Lirica S.p.A.", reasons
    assert status == "accepted", reasons
    got, status, reasons = read_page(draw(tmp_path / "g.pdf", _bill("movimento")))
    assert got["seller"] == "Telefonia Lirica S.p.A.", reasons
    assert status == "review", reasons
