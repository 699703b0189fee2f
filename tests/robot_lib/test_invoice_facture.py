"""The kinds of layout facture's pages showed (CTAN's French invoice class, kept with the other
CTAN packages' pages in ``tests/data/ctan_invoices``, read in ``test_invoice_ctan.py``), drawn
on their own with other names, values and languages: a letterhead name in display type that
wraps beside its address column, the customer's blocks under 'Facturation' and 'Livraison'
alone, and the due date after 'À payer avant :'."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page
from tests.invoice_typeset import text_page, typeset
from tests.invoice_typeset.markup import page, q, t


def _letterhead(name: str, address: list[str], size: float) -> str:
    """A framed letterhead: *name* in display type, centred in a narrow box at the left (it
    wraps), the address in small type at the right, its lines closer than the name's."""
    right = " \\ ".join("#" + t(x, 8) for x in address)
    return (
        "#block(stroke: 2pt + luma(110), inset: 8pt, grid(columns: (6cm, 1fr), "
        f'align(center + horizon, text(size: {size}pt, weight: "bold", fill: luma(130), '
        f"{q(name)})), "
        f"[#set par(leading: 0.35em)\n{right}]))\n\n"
    )


def test_a_display_name_that_wraps_beside_its_address_column(tmp_path: Path) -> None:
    # the name's two lines stand in display type with three or four of the address's lines
    # between them in the reading order: the name is both lines (the first alone was taken)
    for name, size, address, body in (
        (
            "Tuilerie Vandamme",
            30,
            [
                "Chaussée de Lille 212",
                "7500 Tournai",
                "contact@vandamme-tuiles.be",
                "Tél. 069 22 41 87",
                "BCE 0654.321.987",
            ],
            [
                "Adresse de facturation | | Date : 4 mars 2026",
                "Toitures Lecomte SRL | | Facture n° 2026-052",
                "Rue Haute 18 |",
                "7700 Mouscron |",
                "",
                "Total HT : | 1 250,00 €",
                "Total TVA : | 262,50 €",
                "Total TTC : | 1 512,50 €",
            ],
        ),
        (
            "Glaserei Brunnhuber",
            28,
            ["Hauptstraße 7", "83022 Rosenheim", "info@brunnhuber-glas.de", "Tel. 08031 44 19 20"],
            [
                "Rechnung an | | Datum: 11.05.2026",
                "Seehotel Wagner GmbH | | Rechnung Nr. 1187",
                "Uferweg 3 |",
                "83209 Prien |",
                "",
                "Nettobetrag | 2.400,00 €",
                "USt. 19 % | 456,00 €",
                "Gesamtbetrag | 2.856,00 €",
            ],
        ),
    ):
        head = page("a4", "Inter", 10, "fr", "2cm") + _letterhead(name, address, size)
        got, status, reasons = read_page(_with_body(head + "#v(1cm)\n", body, tmp_path))
        assert got["seller"] == name, (got["seller"], reasons)
        assert status == "accepted", reasons


def _with_body(source: str, body: list[str], tmp_path: Path) -> Path:
    """*source* (a letterhead) with *body* (:func:`text_page`'s rows) under it, typeset."""
    rows = text_page(tmp_path / "body.pdf", body).with_suffix(".typ").read_text(encoding="utf-8")
    start = rows.index("#grid(")
    return typeset(source + rows[start:], tmp_path / "page.pdf")


def test_the_customers_blocks_under_their_billing_and_delivery_headings(tmp_path: Path) -> None:
    # 'Facturation' and 'Livraison' alone head the customer's two blocks, its company (with its
    # legal form) in each: the customer was taken for the seller (and accepted); the seller is
    # the letterhead, whose web address carries its name. In Italian, 'Fatturazione' and
    # 'Consegna' (read right before too: the headings must not cost the page its seller)
    for lang, body, seller in (
        (
            "fr",
            [
                "^Quincaillerie Martin",
                "12 rue des Forges, 54000 Nancy",
                "contact@quincaillerie-martin.fr",
                "",
                "Facturation | | Livraison | | Date : 9 février 2026",
                "Garage Lefèvre SARL | | Garage Lefèvre SARL | | Facture n° 2026-118",
                "Service comptable | | 3 rue du Pont | | Code client : GL7",
                "3 rue du Pont | | 54100 Nancy | |",
                "",
                "Total HT : | 640,00 €",
                "Total TVA : | 128,00 €",
                "Total TTC : | 768,00 €",
            ],
            "Quincaillerie Martin",
        ),
        (
            "it",
            [
                "^Falegnameria Rinaldi",
                "Via dei Mille 41, 40121 Bologna",
                "info@falegnameria-rinaldi.it",
                "",
                "Fatturazione | | Consegna | | Data: 17/06/2026",
                "Hotel Porta Nova S.r.l. | | Hotel Porta Nova S.r.l. | | Fattura n. 88/2026",
                "Via Indipendenza 9 | | Via Indipendenza 9 | |",
                "40121 Bologna | | 40121 Bologna | |",
                "",
                "Imponibile | 1.500,00 €",
                "IVA 22% | 330,00 €",
                "Totale | 1.830,00 €",
            ],
            "Falegnameria Rinaldi",
        ),
    ):
        got, status, reasons = read_page(text_page(tmp_path / f"{lang}.pdf", body))
        assert got["seller"] == seller, (got["seller"], reasons)
        assert status == "accepted", reasons


def test_a_date_of_invoicing_heads_no_customers_block(tmp_path: Path) -> None:
    # 'Date de facturation' is the invoice's date, no heading: the company under it (the
    # seller, with its legal form) stays the seller
    body = [
        "Date de facturation : 02/03/2026",
        "Imprimerie Vasseur SARL",
        "8 quai de la Fosse, 44000 Nantes",
        "Facture n° V-3391",
        "",
        "Total HT : | 410,00 €",
        "TVA 20 % : | 82,00 €",
        "Total TTC : | 492,00 €",
    ]
    got, _status, _reasons = read_page(text_page(tmp_path / "fr.pdf", body))
    assert got["seller"] == "Imprimerie Vasseur SARL"


def test_the_due_date_after_a_payer_avant_and_a_colon(tmp_path: Path) -> None:
    # 'À payer avant : 13 mars 2026' (no 'le'), and 'À payer avant: 30/04/2026': the due date
    for label, date, want in (
        ("À payer avant :", "13 mars 2026", "2026-03-13"),
        ("A payer avant:", "30/04/2026", "2026-04-30"),
    ):
        body = [
            "^Ébénisterie Roux",
            "5 rue Bonaparte, 20000 Ajaccio",
            "Date : 12/02/2026",
            "Facture n° 2026-014",
            f"{label} {date}",
            "",
            "Total HT : | 300,00 €",
            "Total TVA : | 60,00 €",
            "Total TTC : | 360,00 €",
        ]
        got, _status, reasons = read_page(text_page(tmp_path / "due.pdf", body))
        assert got["due_date"] == want, reasons
