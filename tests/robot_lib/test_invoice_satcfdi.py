"""Mexican CFDIs printed by satcfdi, kept as PDFs in ``tests/data/satcfdi_invoices``
(``tests/invoice_satcfdi``): the package's "representación impresa" of a stamped CFDI 4.0, read
as a new vendor's page is read. And the kinds of layout it showed, drawn on their own with other
names, values and languages: the series and the folio in a grid of heads, the rows a
withholdings' heading heads, and each item's details (keys, its own taxes) in small type under
its row."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_satcfdi import FIXTURES, ISSUERS, SEEDS, invoice
from tests.invoice_typeset import text_page, typeset
from tests.invoice_typeset.markup import cells, page, t

CASES = kept_cases(FIXTURES)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(ISSUERS) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        items = sum(Decimal(i["price"]) * i["count"] for i in job["lines"])
        off = sum(Decimal(i["off"] or 0) for i in job["lines"])
        assert items - off == Decimal(truth["net_total"])


def test_every_page_reads_right_and_goes_through() -> None:
    assert_kept_read(CASES, {})


def _cfdi_head(series: str, folio: str) -> list[str]:
    """A CFDI's head as satcfdi prints it: a grid of heads over their values (the empty
    cells keep its columns apart)."""
    return [
        "^CFDI de Ingreso",
        "Serie | | Folio | | Emisor | | Receptor",
        f"{series} | | {folio} | | TALLERES GARZA HERMANOS | | PANIFICADORA LA ESPIGA",
        "Fecha de Emisión | | | | RFC: TGH120304QW1 | | RFC: PES090512RT7",
        "2026-07-14 12:05:44 | | | | | |",
        "",
        "Moneda | | Método de Pago",
        "MXN - Peso Mexicano | | Pago en una sola exhibición",
        "",
    ]


def test_the_series_and_the_folio_in_a_grid_of_heads(tmp_path: Path) -> None:
    # 'Serie | Folio' over 'B | 5521': the invoice's number is both ('5521' alone was read);
    # Spanish 'Serie | Número' over 'FV | 1042' too, and 'Serie: C  Folio: 77' on one line
    for head, want in (
        (_cfdi_head("B", "5521"), "B 5521"),
        ([line.replace("Folio", "Número") for line in _cfdi_head("FV", "1042")], "FV 1042"),
        (["^CFDI de Ingreso", "Serie: C Folio: 77", *_cfdi_head("C", "77")[3:]], "C 77"),
    ):
        body = [
            *head,
            "Subtotal | 1,000.00",
            "IVA 16% | 160.00",
            "Total | 1,160.00",
        ]
        got, _status, reasons = read_page(text_page(tmp_path / "serie.pdf", body))
        assert got["invoice_number"] == want, reasons


def test_the_rows_a_withholdings_heading_heads(tmp_path: Path) -> None:
    # '- Retenciones | ISR | 1,000.00' over '| IVA | 1,066.67': both are withheld (the second
    # row's 'IVA' was read as the tax, and the payable total as the gross)
    for net, vat, isr, iva, tail in (
        ("10,000.00", "1,600.00", "1,000.00", "1,066.67", "9,533.33"),
        ("4,250.00", "680.00", "425.00", "453.33", "4,051.67"),
    ):
        body = [
            *_cfdi_head("H", "88"),
            "Subtotal | | " + net,
            "+ Traslados | IVA 16.0000% | " + vat,
            "- Retenciones | ISR | " + isr,
            " | IVA | " + iva,
            "Total | | " + tail,
        ]
        got, status, reasons = read_page(text_page(tmp_path / "ret.pdf", body))
        gross = Decimal(net.replace(",", "")) + Decimal(vat.replace(",", ""))
        assert totals_read(got) == (net.replace(",", ""), vat.replace(",", ""), f"{gross}")
        assert status == "accepted", reasons


def test_each_items_details_in_small_type_under_its_row(tmp_path: Path) -> None:
    # each item row is followed by its keys and its own taxes in smaller type ('Base |
    # Impuesto | Tasa o Cuota | Importe' over '+ Traslados | 2,379.00 | IVA | 16.0000% |
    # 380.64'): the table goes on after them (it ended at the first item's tax row, and the
    # page waited: the items did not make the net); and their amounts are no totals. With a
    # discount under the subtotal and no net printed, the items less the discount are the net
    items = [
        ("Bomba sumergible 1 HP", "2", "1,450.00", "2,900.00", "464.00"),
        ("Tubo PVC hidráulico 2 in", "10", "189.90", "1,899.00", "303.84"),
        ("Mano de obra, instalación", "1", "1,200.00", "1,200.00", "192.00"),
    ]
    rows = [cells("Descripción", "Cantidad", "Valor Unitario", "Importe", bold=True)]
    for desc, qty, price, amount, tax in items:
        rows.append(cells(desc, qty, price, amount))
        rows.append(cells("Clave SAT: 40151500 - Bombas", "H87 - Pieza", "", "", size=7))
        rows.append(cells("Base  Impuesto  Tasa o Cuota  Importe", "", "", "", size=7))
        rows.append(cells(f"+ Traslados  {amount}  IVA  16.0000%  {tax}", "", "", "", size=7))
    source = page("a4", "Inter", 9, "es", "2cm")
    source += "".join(
        f"#{t(x, 13 if i == 0 else 9)}\n\n"
        for i, x in enumerate(
            [
                "CFDI de Ingreso",
                "Emisor: HIDRAULICA DEL BAJIO",
                "Serie: K Folio: 2210",
                "Fecha de Emisión: 2026-08-19 10:41:02",
                "Moneda: MXN - Peso Mexicano",
            ]
        )
    )
    source += (
        "#grid(columns: (7cm, 2cm, 3cm, 3cm), align: (left, right, right, right), "
        "column-gutter: 1em, row-gutter: 0.5em, " + ", ".join(rows) + ")\n\n"
    )
    for sums, want in (
        (
            [
                ("Subtotal", "5,999.00"),
                ("+ Traslados IVA 16.0000%", "959.84"),
                ("Total", "6,958.84"),
            ],
            ("5999.00", "959.84", "6958.84"),
        ),
        (
            [
                ("Subtotal", "5,999.00"),
                ("Descuento", "599.90"),
                ("+ Traslados IVA 16.0000%", "863.86"),
                ("Total", "6,262.96"),
            ],
            ("5399.10", "863.86", "6262.96"),
        ),
    ):
        whole = source + "".join(
            f"#grid(columns: (10cm, 5cm), align: (right, right), {cells(a, b)})\n" for a, b in sums
        )
        got, status, reasons = read_page(typeset(whole, tmp_path / "items.pdf"))
        assert totals_read(got) == want, reasons
        assert status == "accepted", reasons
