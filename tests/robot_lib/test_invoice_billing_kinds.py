"""Kinds of layout that usage-billing platforms print for subscriptions (seen on Lago's invoice
template in seven languages, filled and printed once as a probe and not kept: its templates are
not ours to copy), each drawn here on its own with other names, values and languages: the
labels and dates of a web framework's locale files, the sender's and the customer's blocks side
by side under 'From' and 'To' in their languages, the subtotal with the tax in it over the
prepaid credits, and a charge's tiers summed under its name among the items."""

from __future__ import annotations

from itertools import zip_longest
from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_typeset import text_page


def _usage_page(
    path: Path,
    title: str,
    details: list[tuple[str, str]],
    heads: tuple[str, str],
    seller: list[str],
    customer: list[str],
    due: str,
    rows: list[str],
    totals: list[tuple[str, str]],
) -> Path:
    """A page as such a platform lays it out: the title, a grid of the number and dates, the
    sender's block beside the customer's under their *heads*, the amount due large with its due
    date under it, the plan's and the usage's rows ('|' parts cells), then the totals."""
    blocks = [f"{a} | {b}" for a, b in zip_longest(seller, customer, fillvalue="")]
    lines = [f"^{title}", *(f"{k} | {v}" for k, v in details), ""]
    lines += [f"{heads[0]} | {heads[1]}", *blocks, "", f"^{totals[-1][1]}", due, ""]
    return text_page(path, [*lines, *rows, "", *(f"{k} | {v}" for k, v in totals)])


_SELLER = ["Brisa Datos S.L.", "Calle de Serrano 41", "28001, Madrid", "Spain", "ESB12345678"]
_CUSTOMER = ["Harbour Lane Ltd", "5 Quay Street", "Cork T12 X2YZ", "Ireland"]


@pytest.mark.parametrize(
    ("details", "due", "want"),
    [
        # a Swedish abbreviation that ends with a point, and the format's own point after it
        (
            [("Fakturanummer", "BRI-7710-002"), ("Fakturadatum", "03 feb.. 2026")],
            "Förfaller 05 mars. 2026",
            ("2026-02-03", "2026-03-05"),
        ),
        # Spanish: the number's label with its article, 'Vence el' (it falls due on)
        (
            [("Número de la factura", "BRI-7710-002"), ("Fecha de emisión", "01 de Nov. de 2026")],
            "Vence el 01 de Dic. de 2026",
            ("2026-11-01", "2026-12-01"),
        ),
        # German 'Ausgabedatum' (date of issue); Norwegian 'Dato', a comma after the month
        (
            [("Rechnungsnummer", "BRI-7710-002"), ("Ausgabedatum", "03. März 2026")],
            "Fälligkeit 02. April 2026",
            ("2026-03-03", "2026-04-02"),
        ),
        (
            [("Fakturanummer", "BRI-7710-002"), ("Dato", "01 Mai, 2026")],
            "Forfallsdato 15 Mai, 2026",
            ("2026-05-01", "2026-05-15"),
        ),
        # ... and its December, 'Des'
        (
            [("Fakturanummer", "BRI-7710-002"), ("Dato", "03 Nov, 2026")],
            "Forfallsdato 03 Des, 2026",
            ("2026-11-03", "2026-12-03"),
        ),
    ],
)
def test_a_locale_s_labels_and_dates(
    tmp_path: Path, details: list[tuple[str, str]], due: str, want: tuple[str, str]
) -> None:
    rows = ["Item | Units | Unit price | Amount", "Pro plan | 1 | €300.00 | €300.00"]
    totals = [("Subtotal", "€300.00"), ("VAT (21%)", "€63.00"), ("Total", "€363.00")]
    pdf = _usage_page(
        tmp_path / "a.pdf", "Invoice", details, ("From", "Bill to"), _SELLER, _CUSTOMER, due, rows,
        totals,
    )  # fmt: skip
    got, status, reasons = read_page(pdf)
    assert (got["invoice_number"], got["issue_date"], got["due_date"]) == ("BRI-7710-002", *want)
    assert status == "accepted", reasons


def test_a_short_month_two_months_share_is_no_date(tmp_path: Path) -> None:
    # French 'Jui' stands for juin and for juillet alike (a locale file's July): read as June, it
    # had been accepted a month early
    details = [("Nº de facture", "BRI-7710-002"), ("Date d'émission", "03 Jui 2026")]
    rows = ["Article | Unités | Prix unitaire | Montant", "Forfait Pro | 1 | 300,00 € | 300,00 €"]
    totals = [("Sous total (HT)", "300,00 €"), ("TVA (20%)", "60,00 €"), ("Total", "360,00 €")]
    pdf = _usage_page(
        tmp_path / "a.pdf", "Facture", details, ("De", "Facturé à"), _SELLER, _CUSTOMER,
        "Date d'échéance le 02 Août 2026", rows, totals,
    )  # fmt: skip
    got, status, _reasons = read_page(pdf)
    assert got["issue_date"] is None
    assert status == "review"


@pytest.mark.parametrize(
    "heads",
    [("Emitida por", "Factura destinada a"), ("Avsändare", "Mottagare"), ("Fra", "Til")],
)
def test_the_sender_s_block_beside_the_customer_s_under_their_words(
    tmp_path: Path, heads: tuple[str, str]
) -> None:
    # the sender's block beside the customer's, each a company: the sender had been read with
    # its heading ('Emitida por Nordvik Data AS'), or left to a person
    seller = ["Nordvik Data AS", "Org.nr. 923 456 781", "Akersgata 32", "0180, Oslo", "Norway"]
    seller += ["post@nordvik.example", "Tax ID: NO923456781MVA"]
    customer = ["Harbour Lane", *_CUSTOMER[1:], "ap@harbour.example", "Tax ID: IE6388047V"]
    rows = ["Item | Units | Unit price | Amount", "Pro plan | 1 | €300.00 | €300.00"]
    totals = [("Subtotal", "€300.00"), ("VAT (21%)", "€63.00"), ("Total", "€363.00")]
    details = [("Invoice Number", "NV-0042"), ("Issue Date", "03/02/2026")]
    pdf = _usage_page(
        tmp_path / "a.pdf", "Invoice", details, heads, seller, customer, "Due 05/03/2026", rows,
        totals,
    )  # fmt: skip
    got, status, reasons = read_page(pdf)
    assert got["seller"] == "Nordvik Data AS", reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("words", "money"),
    [
        (("Subtotal (excl. tax)", "Subtotal (incl. tax)", "Prepaid credits"), "£{}"),
        (("Zwischensumme (ohne Steuern)", "Zwischensumme (inkl. Steuern)", "Prepaid-Guthaben"), "€{}"),
        (("Subtotal (impuestos excl.)", "Subtotal (impuestos incl.)", "Créditos prepagados"), "€{}"),
        (("Delsumma (exkl. moms)", "Delsumma (inkl. moms)", "Förbetald kontobalans"), "{} kr"),
        (("Subtotal (excl. tax)", "Subtotal (incl. tax)", "Amount paid"), "${}"),
    ],
)  # fmt: skip
def test_the_subtotal_with_the_tax_over_prepaid_credits(
    tmp_path: Path, words: tuple[str, str, str], money: str
) -> None:
    # the credits the customer paid ahead are taken off under the subtotal with the tax in it:
    # the billed gross is that subtotal ('Total' is what is left to pay); the page had waited
    untaxed, taxed, credits = words
    rows = ["Item | Units | Unit price | Amount", f"Growth plan | 1 | {money.format('1,000.00')} | "
            f"{money.format('1,000.00')}", f"API calls | 1000 | {money.format('0.50')} | "
            f"{money.format('500.00')}"]  # fmt: skip
    totals = [
        (untaxed, money.format("1,500.00")),
        ("VAT (20.0% on " + money.format("1,500.00") + ")", money.format("300.00")),
        (taxed, money.format("1,800.00")),
        (credits, "-" + money.format("20.00")),
        ("Total", money.format("1,780.00")),
    ]
    details = [("Invoice Number", "NV-0042"), ("Issue Date", "03/02/2026")]
    pdf = _usage_page(
        tmp_path / "a.pdf", "Invoice", details, ("From", "Bill to"), _SELLER, _CUSTOMER,
        "Due 05/03/2026", rows, totals,
    )  # fmt: skip
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == ("1500.00", "300.00", "1800.00"), reasons
    assert status == "accepted", reasons


def test_a_charge_s_tiers_summed_under_its_name_among_the_items(tmp_path: Path) -> None:
    # a usage charge's name on a line of its own, its tiers under it and their 'Subtotal', then
    # more items: the subtotal sums the charge's tiers, not the table so far (the plan's row
    # above them), and the items go on under it; the page had waited, the items read only to it
    rows = [
        "Item | Units | Unit price | Tax rate | Amount",
        "Monthly subscription - Team | 1 | $640.00 | 0.0% | $640.00",
        "Build minutes",
        "Fee per unit for the first 2000 | 2000.0 | $0.00 | 0.0% | $0.00",
        "Fee per unit for 2001 and above | 14210.0 | $0.008 | 0.0% | $113.68",
        "Subtotal | | | | $113.68",
        "Seats | 12.0 | $9.00 | 0.0% | $108.00",
    ]
    totals = [("Subtotal (excl. tax)", "$861.68"), ("Tax (0%)", "$0.00"), ("Total", "$861.68")]
    details = [("Invoice Number", "NV-0042"), ("Issue Date", "Mar 03, 2026")]
    pdf = _usage_page(
        tmp_path / "a.pdf", "Invoice", details, ("From", "Bill to"), _SELLER, _CUSTOMER,
        "Due Apr 02, 2026", rows, totals,
    )  # fmt: skip
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == ("861.68", "0.00", "861.68"), reasons
    assert status == "accepted", reasons


def _hosting_page(path: Path, details: list[str], seller: list[str], rows: list[str],
                  totals: list[tuple[str, str]], foot: list[str]) -> Path:  # fmt: skip
    """A page as a hosting company's billing system lays it out: the number and dates at the
    top right, the sender's block beside the customer's under 'Company' and 'Client', the
    items with no subtotal under them (the tax's row, then the total), the sender again in the
    foot."""
    customer = ["Kite & Mercer Ltd", "Ada Fenwick", "9 Tanner Row", "York", "YO1 6JP"]
    blocks = [f"{a} | {b}" for a, b in zip_longest(seller, customer, fillvalue="")]
    lines = [*details, "", "Company | Client", *blocks, "", *rows, ""]
    return text_page(path, [*lines, *(f"{k} | {v}" for k, v in totals), "", *foot])


_HOST = ["Fellgate Hosting Ltd", "2 Wharf Street", "Leeds LS2 7EQ", "United Kingdom"]


@pytest.mark.parametrize(
    ("tax", "money", "want"),
    [
        ("VAT 20% Tax:", "£{}", ("60.00", "12.00", "72.00")),
        ("MwSt. 19% Tax:", "{} €", ("60.00", "11.40", "71.40")),
        ("IVA 21 % Tax:", "{} €", ("60.00", "12.60", "72.60")),
    ],
)
def test_the_tax_s_name_and_rate_before_a_second_tax_word(
    tmp_path: Path, tax: str, money: str, want: tuple[str, str, str]
) -> None:
    # the tax's name and its rate, then 'Tax:' and the amount: the first word had read up to the
    # rate only (its number stopped it) while the second was taken as part of the first label;
    # neither read the tax, and with no subtotal printed the page had waited
    details = ["Invoice number: FG00412", "Invoice date: 4 Feb 2026", "Due date: 18 Feb 2026"]
    rows = ["# | Product | Quantity & Price | Total",
            f"1 | Cloud VPS 2 GB (fg-web01) | 2x {money.format('15.00')} | {money.format('30.00')}",
            f"2 | Managed backup | 1x {money.format('30.00')} | {money.format('30.00')}"]  # fmt: skip
    totals = [(tax, money.format(want[1])), ("Total:", money.format(want[2]))]
    foot = ["Fellgate Hosting Ltd 2 Wharf Street, Leeds LS2 7EQ", "VAT ID: GB 318 4471 26"]
    pdf = _hosting_page(tmp_path / "a.pdf", details, [*_HOST, "VAT Number : GB 318 4471 26"],
                        rows, totals, foot)  # fmt: skip
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == want, reasons
    assert status == "accepted", reasons


def test_a_mailbox_named_as_the_invoice_is_no_label(tmp_path: Path) -> None:
    # the sender's mailbox bears the Dutch word for invoices ('facturen@…') and its VAT number
    # stands under it: the number had been read as a second invoice number, and the page waited
    mailbox = "facturen"
    details = ["Invoice number: FG00412", "Invoice date: 4 Feb 2026", "Due date: 18 Feb 2026"]
    seller = [*_HOST, f"{mailbox}@fellgate.example", "VAT Number : NL 8612.44.219.B01"]
    rows = ["# | Product | Quantity & Price | Total",
            "1 | Cloud VPS 2 GB (fg-web01) | 1x £60.00 | £60.00"]  # fmt: skip
    totals = [("VAT (20%):", "£12.00"), ("Total:", "£72.00")]
    foot = [f"Email: {mailbox}@fellgate.example | Website: www.fellgate.example"]
    pdf = _hosting_page(tmp_path / "a.pdf", details, seller, rows, totals, foot)
    got, status, reasons = read_page(pdf)
    assert got["invoice_number"] == "FG00412", reasons
    assert status == "accepted", reasons
