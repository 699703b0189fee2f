"""Invoices printed by Lino Così, kept as PDFs in ``tests/data/lino_invoices``
(``tests/invoice_lino``): a Belgian and an Estonian accounting site's sales invoices, the
package's own template through WeasyPrint, in English, German, French and Estonian, read as a
new vendor's page is read. And the kinds of layout they showed, drawn on their own with other
names, values and languages."""

from __future__ import annotations

import re
from pathlib import Path

from robot_lib.invoices.model import FIELDS
from tests.invoice_corpus import kept_cases, read_page, same, totals_read
from tests.invoice_lino import FIXTURES, KINDS, SEEDS, SITES
from tests.invoice_typeset import text_page, typeset

CASES = kept_cases(FIXTURES)


def test_the_kept_folder_holds_each_sites_kinds_languages_and_seeds() -> None:
    names = {pdf.stem for pdf, _t in CASES}
    assert {p.stem for p in FIXTURES.glob("*.pdf")} == names
    want = {
        f"{site}_{kind}-{lang}-{seed}"
        for site, langs in SITES.items()
        for kind in KINDS
        for lang in langs.split()
        for seed in range(SEEDS)
    }
    assert names == want
    for _pdf, truth in CASES:  # Lino's own values: the net and the tax make the gross
        net, tax, gross = (float(x) for x in totals_read(truth))  # type: ignore[arg-type]
        assert abs(net + tax - gross) < 0.005 and truth["currency"] is None


def test_every_page_reads_right_and_waits_only_for_the_currency_it_does_not_print() -> None:
    # no page prints a currency: a page waits for it alone ("currency not found"), its seller
    # sure from the line that signs the page at its foot with its address; or, where a
    # customer's VAT id names a country, it takes the euro that country pays in (the page does
    # not print it, so it is scored wrong) and goes through; nothing else is read wrong
    for pdf, truth in CASES:
        got, status, reasons = read_page(pdf)
        wrong = {f for f in FIELDS if not same(f, got[f], truth[f])}
        assert wrong <= {"currency"}, (pdf.name, {f: got[f] for f in wrong})
        if "currency" in wrong:
            assert got["currency"] == "EUR" and re.search(r"VAT id: [A-Z]{2} \d", _text(pdf))
            assert status == "accepted", (pdf.name, reasons)
        else:
            assert reasons == ["currency not found"], (pdf.name, reasons)


def _text(pdf: Path) -> str:
    from robot_lib.pdf import open_pdf

    with open_pdf(pdf) as doc:
        return doc.text()


def _letter(
    path: Path,
    lang: str,
    address: list[str],
    date: str,
    title: str,
    items: list[str],
    totals: list[str],
    foot: str,
) -> Path:
    """A letter's page as Lino prints one: the customer's *address* block at the right, the
    *date* right-aligned, the *title* large, the *items* (four cells a row) and the *totals*
    (two a row, right-aligned) as grids, and the *foot* line small at the bottom of the page."""
    from tests.invoice_typeset.markup import lines, page, t

    def cells(xs: list[str]) -> str:
        return ", ".join(f"[{x}]" for x in xs)

    src = page("a4", "Inter", 11, lang, "2cm") + "\n\n".join(
        [
            "#pad(left: 9cm, " + lines(*address) + ")",
            "#align(right, " + t(date) + ")",
            "#" + t(title, 18, bold=True),
            f"#grid(columns: 4, column-gutter: 2em, {cells(items)})",
            "#align(right, grid(columns: 2, column-gutter: 2em, row-gutter: 0.6em, "
            f"{cells(totals)}))",
            "#place(bottom + left, " + t(foot, 9) + ")",
        ]
    )
    return typeset(src, path)


def test_a_recipients_heading_alone_over_a_block_names_no_payee(tmp_path: Path) -> None:
    # 'Empfänger:' (and 'Recipient:') alone over the addressee's block heads the customer's
    # name, not the payee's: 'Brandt Jana' had been read as the payee (0.8) over the company
    # that signs the page at its foot
    for heading in ("Empfänger:", "Recipient:"):
        page = _letter(
            tmp_path / "a.pdf",
            "de",
            [heading, "Brandt Jana", "Lindenweg 3"],
            "Datum: 12. November 2026",
            "Rechnung 118/2026",
            ["Bezeichnung", "Stückpreis", "Menge", "Betrag", "Beratung", "90,00", "4,00", "360,00"],
            ["Total ohne MwSt.", "360,00", "MwSt.", "68,40", "Total inkl. MwSt.", "428,40"],
            "Holzbau Keller GmbH, Industriestraße 4, 79100 Freiburg",
        )
        got, _status, _reasons = read_page(page)
        assert got["seller"] == "Holzbau Keller GmbH", heading


def test_a_vat_categories_table_whose_heads_wrap_in_narrow_columns(tmp_path: Path) -> None:
    # 'VAT' over 'category', 'Total excl.' over 'VAT', the tax's 'VAT' set between the two
    # lines, 'Total incl.' over 'VAT': each column's words make its head; the tax and the net
    # had been read swapped (the category's 'VAT' taken for the tax's column)
    page = [
        "^Northfield Supplies Ltd",
        "8 Mill Lane, York YO1 7HH · VAT GB 284 1177 06",
        "",
        "Invoice no. | NS-5520",
        "Invoice date | 14/10/2026",
        "",
        "Description | Unit price | Quantity | Amount",
        "Notebooks | 2,50 | 40,00 | 100,00",
        "Printer paper | 4,20 | 25,00 | 105,00",
        "",
        "Due date: 13/11/2026 | VAT | Total excl. | | Total incl.",
        "Terms: 30 days | | | VAT |",
        "| category | VAT | | VAT",
        "| S (20%) | 100,00 | 20,00 | 120,00",
        "| Z (0%) | 105,00 | 0,00 | 105,00",
        "| Totals | 205,00 | 20,00 | 225,00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", page))
    assert totals_read(got) == ("205.00", "20.00", "225.00"), reasons
    assert status == "accepted", reasons


def test_belgian_french_heads_without_and_with_the_vat(tmp_path: Path) -> None:
    # 'Total HTVA' (hors TVA) and 'Total TVAC' (TVA comprise) head a table of the rates: the
    # net had not been read and the net's sum had been taken for the gross
    page = [
        "^Atelier Dewaele SRL",
        "Chaussée de Wavre 210, 1050 Ixelles · TVA BE 0456.789.034",
        "",
        "Facture n° | 2026-0412",
        "Date | 17/11/2026",
        "",
        "Désignation | Prix unitaire | Quantité | Montant",
        "Rénovation de chaises | 45,00 | 6,00 | 270,00",
        "Tissu, le mètre | 18,50 | 4,00 | 74,00",
        "",
        "Échéance : 17/12/2026 | Catégorie | Total HTVA | TVA | Total TVAC",
        "| S (21%) | 270,00 | 56,70 | 326,70",
        "| R (6%) | 74,00 | 4,44 | 78,44",
        "| Totaux | 344,00 | 61,14 | 405,14",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "a.pdf", page))
    assert totals_read(got) == ("344.00", "61.14", "405.14"), reasons
    assert status == "accepted", reasons


def test_an_estonian_invoices_words(tmp_path: Path) -> None:
    # 'Kuupäev: 9. aprill 2026' (Estonian months), 'Makse tähtpäev', 'Kokku käibemaksuta',
    # 'KM' alone before the tax, 'Kokku käibemaksuga'
    page = [
        "^Põhjala Puit OÜ",
        "Tartu mnt 80, 10112 Tallinn · KMKR EE101234567",
        "",
        "Arve nr | 2026-118",
        "Kuupäev: 9. aprill 2026",
        "Makse tähtpäev : 23.04.2026",
        "",
        "Nimetus | Tükihind | Kogus | Summa",
        "Laudis, mänd | 12,50 | 40,00 | 500,00",
        "Transport | 45,00 | 1,00 | 45,00",
        "",
        "| Kokku käibemaksuta | 545,00",
        "| KM | 119,90",
        "| Kokku käibemaksuga | 664,90",
    ]
    got, _status, reasons = read_page(text_page(tmp_path / "a.pdf", page))
    assert (got["issue_date"], got["due_date"]) == ("2026-04-09", "2026-04-23"), reasons
    assert totals_read(got) == ("545.00", "119.90", "664.90"), reasons


def test_the_only_company_signing_the_foot_of_the_page_with_its_address(tmp_path: Path) -> None:
    # a firm whose letterhead is an image signs its pages at the foot: its name, street and
    # town on one line is its sender's line (the page's only company); its name alone there
    # backs nothing and waits, the reason saying what would have backed it
    def read(foot: str) -> tuple[str | None, str, list[str]]:
        page = _letter(
            tmp_path / "a.pdf",
            "it",
            ["Destinatario:", "Bianchi Marco", "Corso Italia 8"],
            "Data: 12/11/2026",
            "Fattura 118/2026",
            ["Descrizione", "Prezzo", "Quantità", "Importo"]
            + ["Progetto grafico", "450,00 €", "1", "450,00 €"],
            ["Imponibile", "450,00 €", "IVA 22%", "99,00 €", "Totale", "549,00 €"],
            foot,
        )
        got, status, reasons = read_page(page)
        return got["seller"], status, reasons

    signed = read("Studio Verde S.r.l., Via Garibaldi 12, 40121 Bologna")
    assert signed == ("Studio Verde S.r.l.", "accepted", [])
    seller, status, reasons = read("Studio Verde S.r.l.")
    assert (seller, status) == ("Studio Verde S.r.l.", "review")
    assert len(reasons) == 1 and "its street and town beside it" in reasons[0], reasons
