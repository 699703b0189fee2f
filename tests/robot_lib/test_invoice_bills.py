"""Bills that carry more than this invoice's goods and tax: a utility bill's previous balance
and payment, a hotel's city tax, an Italian freelancer's stamp duty; a postal box beside the
address, a direct debit 'on or after' a date."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_typeset import typeset
from tests.invoice_typeset.markup import page, t


def bill(tmp_path: Path, seed: int) -> tuple[Path, dict[str, Decimal]]:
    rng = random.Random(seed)
    energy = [Decimal(rng.randint(2000, 20000)) / 100 for _ in range(3)]
    net = sum(energy, Decimal(0))
    tax = (net * 5 / 100).quantize(Decimal("0.01"))
    previous = Decimal(rng.randint(5000, 30000)) / 100
    paid = previous - Decimal(rng.randint(0, 4000)) / 100  # some of it still open
    owed = previous - paid + net + tax
    lines = [
        "Northern Power & Gas Ltd",
        "PO Box 4120, Leeds LS1 9AA",
        "VAT Reg. No. GB 123 4567 89",
        "Your energy bill",
        f"Bill number {40077000 + seed}",
        "Bill date 14 October 2026",
        f"Previous balance £{previous:,.2f}",
        f"Payment received, thank you -£{paid:,.2f}",
        f"Balance brought forward £{previous - paid:,.2f}",
        f"Electricity charges £{energy[0]:,.2f}",
        f"Gas charges £{energy[1]:,.2f}",
        f"Standing charges £{energy[2]:,.2f}",
        f"Total charges before VAT £{net:,.2f}",
        f"VAT at 5% £{tax:,.2f}",
        f"Total charges this bill £{net + tax:,.2f}",
        f"Amount to pay £{owed:,.2f}",
        f"We will collect £{owed:,.2f} by Direct Debit on or after 28 October 2026.",
    ]
    source = page("a4", "Inter", 10, "en", "2cm") + "".join(f"#{t(x)}\n\n" for x in lines)
    pdf = typeset(source, tmp_path / f"bill-{seed}.pdf")
    return pdf, {"net": net, "tax": tax, "gross": net + tax, "owed": owed}


@pytest.mark.parametrize("seed", [1, 2])
def test_a_utility_bill_with_a_balance_brought_forward(tmp_path: Path, seed: int) -> None:
    # the gross is this bill's charges with VAT, never the amount to pay (which carries what
    # was left open from the last bill); 'PO Box 4120' is no purchase order; the direct
    # debit's date is the due date
    pdf, want = bill(tmp_path, seed)
    ex = extract_invoice(pdf, use_xml=False)
    assert want["owed"] != want["gross"]  # something was left open
    assert ex.value("gross_total") == f"{want['gross']:.2f}"
    assert ex.value("net_total") == f"{want['net']:.2f}"
    assert ex.value("po_number") is None
    assert ex.value("due_date") == "2026-10-28"
    assert ex.status == "accepted", ex.reasons


def de(v: Decimal) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


@pytest.mark.parametrize("seed", [3, 4])
def test_a_hotel_folio_with_a_city_tax_outside_the_vat(tmp_path: Path, seed: int) -> None:
    # the folio's lines add up to 'Summe', the payment takes it to a balance of nil; the VAT
    # summary's 'Gesamt' leaves out the city tax ('Ortstaxe ohne MwSt'): the gross is the
    # folio's total, the net and tax the summary's. No currency is printed anywhere: the
    # hotel's Austrian VAT number says euros
    from tests.invoice_languages import draw

    rng = random.Random(seed)
    nights = rng.randint(1, 4)
    room, city = Decimal(rng.randint(9000, 25000)) / 100, Decimal("3.20") * nights
    food = Decimal(rng.randint(1000, 9000)) / 100
    lodging, meals = room * nights, food
    tax10 = (lodging - lodging / Decimal("1.1")).quantize(Decimal("0.01"))
    tax20 = (meals - meals / Decimal("1.2")).quantize(Decimal("0.01"))
    rows = [("Übernachtung", lodging), ("Restaurant", meals), ("Ortstaxe", city)]
    total = lodging + meals + city
    items = [
        (50, 50, "Hotel Adler Wien GmbH", 16),
        (50, 68, "Kärntner Straße 12, 1010 Wien", 9),
        (50, 80, "UID: ATU12345678", 9),
        (350, 130, "Herr Martin Huber", 10),
        (350, 144, "4020 Linz", 10),
        (50, 200, f"Rechnung Nr. 2026/{48000 + seed}", 14),
        (50, 220, "Datum: 12.10.2026", 10),
        (50, 270, "Leistung", 9),
        (-520, 270, "Betrag", 9),
    ]
    y = 286
    for what, amount in rows:
        items += [(50, y, what, 10), (-520, y, de(amount), 10)]
        y += 14
    items += [(50, y + 4, "Summe", 10), (-520, y + 4, de(total), 10)]
    items += [(50, y + 18, "Zahlung Visa", 10), (-520, y + 18, "-" + de(total), 10)]
    items += [(50, y + 32, "Saldo", 10), (-520, y + 32, "0,00", 10)]
    y += 62
    summary = [
        ("MwSt-Satz", "Netto", "MwSt", "Brutto"),
        ("10 %", de(lodging - tax10), de(tax10), de(lodging)),
        ("20 %", de(meals - tax20), de(tax20), de(meals)),
        ("Gesamt", de(total - city - tax10 - tax20), de(tax10 + tax20), de(total - city)),
    ]
    for i, row in enumerate(summary):
        items += [(50, y + 13 * i, row[0], 9)]
        items += [(-x, y + 13 * i, v, 9) for x, v in zip((330, 420, 520), row[1:], strict=True)]
    items += [(50, y + 60, "Ortstaxe ohne MwSt", 9), (-520, y + 60, de(city), 9)]
    pdf = tmp_path / f"folio-{seed}.pdf"
    draw(pdf, items)
    ex = extract_invoice(pdf, use_xml=False)
    assert ex.value("gross_total") == f"{total:.2f}"
    assert ex.value("tax_total") == f"{tax10 + tax20:.2f}"
    assert ex.value("currency") == "EUR" and ex.charges() == f"{city:.2f}"
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize("seed", [5, 6])
def test_an_italian_flat_rate_freelancer_charges_no_vat_and_a_stamp_duty(
    tmp_path: Path, seed: int
) -> None:
    # 'Regime forfettario': no VAT, the pension surcharge and the stamp duty ('Imposta di
    # bollo 2,00 €', which is not a tax total) on top of the fees; the lines and the two
    # charges make the total. The trade under the name ('Web designer · Via …') is the
    # letterhead's second line, not a sender line; 'bonifico entro il …' is the due date
    from tests.invoice_languages import draw

    rng = random.Random(seed)
    fee = Decimal(rng.randint(30000, 250000)) / 100
    inps = (fee * 4 / 100).quantize(Decimal("0.01"))
    total = fee + inps + 2

    def it(v: Decimal) -> str:
        return de(v) + " €"

    items = [
        (50, 50, "Giulia Ferri", 14),
        (50, 66, "Web designer · Via Garibaldi 12 · 40121 Bologna (BO)", 9),
        (50, 78, "P.IVA 03456780127 - C.F. FRRGLI85M41A944K", 9),
        (330, 120, "Spett.le", 9),
        (330, 134, "Studio Associato Conti", 10),
        (330, 148, "Via Indipendenza 3, 40121 Bologna", 10),
        (50, 200, f"FATTURA N. {seed}/2026", 14),
        (50, 220, "Data: 15/03/2026", 10),
        (50, 260, "Descrizione", 9),
        (300, 260, "Quantità", 9),
        (-440, 260, "Prezzo", 9),
        (-520, 260, "Importo", 9),
        (50, 276, "Realizzazione sito web", 10),
        (300, 276, "1", 10),
        (-440, 276, it(fee), 10),
        (-520, 276, it(fee), 10),
        (300, 310, "Rivalsa INPS 4%", 10),
        (-520, 310, it(inps), 10),
        (300, 324, "Imposta di bollo", 10),
        (-520, 324, "2,00 €", 10),
        (300, 338, "Totale documento", 10),
        (-520, 338, it(total), 10),
        (50, 380, "Operazione senza applicazione dell'IVA, art. 1 c. 54-89 L. 190/2014.", 8),
        (
            50,
            400,
            "Pagamento: bonifico entro il 14/04/2026 su IBAN IT60 X054 2811 1010 0000 0123 456",
            9,
        ),
    ]
    draw(tmp_path / "forfettario.pdf", items)
    ex = extract_invoice(tmp_path / "forfettario.pdf", use_xml=False)
    assert ex.value("gross_total") == f"{total:.2f}" and ex.value("tax_total") is None
    assert ex.value("seller") == "Giulia Ferri" and ex.value("due_date") == "2026-04-14"
    assert ex.adjustment == f"{inps + 2:.2f}"
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("rows", "charges"),
    [
        (
            [
                ("Subtotal", "$45.00"),
                ("Sales Tax 10%", "$4.50"),
                ("Tip", "$5.00"),
                ("Total", "$54.50"),
            ],
            "5.00",
        ),
        (
            [
                ("Netto", "45,00 €"),
                ("MwSt 19 %", "8,55 €"),
                ("Trinkgeld", "5,00 €"),
                ("Gesamt", "58,55 €"),
            ],
            "5.00",
        ),
    ],
)
def test_a_tip_after_the_tax_is_part_of_the_total(
    tmp_path: Path, rows: list[tuple[str, str]], charges: str
) -> None:
    from tests.invoice_languages import draw

    items = [
        (50, 50, "Harbor Bistro LLC", 16),
        (50, 130, "Invoice no. BW-2291", 11),
        (50, 144, "Invoice date: 14.10.2026", 10),
    ]
    for i, (label, value) in enumerate(rows):
        items += [(240, 300 + 14 * i, label, 10), (-520, 300 + 14 * i, value, 10)]
    draw(tmp_path / "tip.pdf", items)
    ex = extract_invoice(tmp_path / "tip.pdf", use_xml=False)
    assert ex.charges() == charges and ex.status == "accepted", ex.reasons
