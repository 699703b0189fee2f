"""Kinds of layout of a freelancer's invoice as Spanish invoicing services print it (after
Holded's published samples, replayed once as a probe through Chromium with sevDesk's,
Pennylane's and Fiken's, not kept): 'FACTURA' over three columns, the freelancer's own block at
the top left with no heading (a person's name, no legal form, street, postcode and town, 'NIF:'),
the customer's block under 'CLIENTE' beside it, and 'NÚMERO', 'FECHA', 'VENCIMIENTO' over their
values at the right."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw


def _page(heading: str) -> list[Text]:
    items: list[Text] = [(-555, 60, "FACTURA", 20)]
    seller = ["Lucía Fernández Gil", "Carrer de Balmes 120", "08008 Barcelona", "NIF: 12345678Z"]
    customer = [heading, "Restaurante El Puerto S.L.", "Paseo Marítimo 5", "29016 Málaga"]
    customer += ["NIF: B29876543"]
    items += [(43, 120 + 10.5 * i, t, 9) for i, t in enumerate(seller)]
    items += [(222, 120 + 10.5 * i, t, 9 if i else 7) for i, t in enumerate(customer)]
    for i, (label, value) in enumerate(
        [("NÚMERO", "F260127"), ("FECHA", "11/05/2026"), ("VENCIMIENTO", "10/07/2026")]
    ):  # fmt: skip
        items += [(402, 120 + 12 * i, label, 7), (470, 120 + 12 * i, value, 9)]
    items += [(43, 210, "CONCEPTO", 9), (-470, 210, "UNIDADES", 9), (-555, 210, "TOTAL", 9)]
    items += [(43, 226, "Diseño de identidad corporativa", 9), (-470, 226, "1", 9)]
    items += [(-555, 226, "1.210,00€", 9)]
    for i, (label, value) in enumerate(
        [("BASE IMPONIBLE", "1.000,00€"), ("IVA 21%", "210,00€"), ("TOTAL", "1.210,00€")]
    ):  # fmt: skip
        items += [(400, 260 + 14 * i, label, 9), (-555, 260 + 14 * i, value, 9)]
    return items + [(43, 330, "Forma de pago: Transferencia bancaria", 9)]


def test_the_block_beside_the_customer_s_heading_is_the_sender_s(tmp_path: Path) -> None:
    # the freelancer's block stands where a window envelope's address goes, and its 'NIF:' under
    # the town reads as a recipient's tax number: the customer's block under 'CLIENTE' beside it
    # was then the only company and was proposed as the seller (2 of the probe's 10 held-out
    # Holded pages, both a freelancer's, waited so)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page("CLIENTE")))
    assert got["seller"] == "Lucía Fernández Gil", (status, reasons)
    assert status == "accepted", reasons


def test_a_delivery_heading_beside_it_says_nothing_of_the_sender(tmp_path: Path) -> None:
    # the block beside is headed as where goods go: the block at the window's place may be the
    # bill's addressee, and the page is not accepted with it as the seller
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page("DIRECCIÓN DE ENTREGA")))
    assert not (status == "accepted" and got["seller"] == "Lucía Fernández Gil"), reasons
