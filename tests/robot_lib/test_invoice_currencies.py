"""Currencies of Africa, Asia, the Middle East and Latin America as their invoices print them:
symbols before the amount ('₦', 'KSh', 'RM', 'Tk', 'S/', 'R', 'NT$'), after it ('FCFA', 'DH',
'DA', 'DT', '₸'), codes, the same sign in another country ('Rs.' in Pakistan, a bare '$' in
Chile or Colombia), and currencies printed without cents ('118 000 FCFA', '$ 119.000' in Chile:
never 119.00)."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_languages import draw, plain_page
from tests.invoice_typeset import text_page

EN = ("INVOICE", ["Invoice No: INV-118", "Invoice date: 14/10/2026"], ("Subtotal", "Tax", "Total"))
FR = ("FACTURE", ["Facture N° 2026-118", "Date : 14/10/2026"], ("Total HT", "TVA", "Total TTC"))
ES = ("FACTURA", ["Factura N° F001-118", "Fecha: 14/10/2026"], ("Base imponible", "IVA", "Total"))
# currency: (seller lines, words, net, tax, gross as printed, the gross)
CASES = {
    "XOF": (
        ["Imprimerie Sahel SARL", "NINEA 004512378 · Dakar, Sénégal"],
        FR,
        ("100 000 FCFA", "18 000 FCFA", "118 000 FCFA"),
        "118000.00",
    ),
    "XAF": (
        ["Douala Services SARL", "NIU M012345678901A · Douala, Cameroun"],
        FR,
        ("100 000 FCFA", "19 250 FCFA", "119 250 FCFA"),
        "119250.00",
    ),
    "MAD": (
        ["Atlas Conseil SARL", "ICE 001234567000089 · Casablanca, Maroc"],
        FR,
        ("1 000,00 DH", "200,00 DH", "1 200,00 DH"),
        "1200.00",
    ),
    "DZD": (
        ["Numidia Services SARL", "NIF 000016001234567 · Alger, Algérie"],
        FR,
        ("10 000,00 DA", "1 900,00 DA", "11 900,00 DA"),
        "11900.00",
    ),
    "NGN": (
        ["Lagos Print Ltd", "TIN 12345678-0001 · Lagos, Nigeria"],
        EN,
        ("₦100,000.00", "₦7,500.00", "₦107,500.00"),
        "107500.00",
    ),
    "KES": (
        ["Nairobi Tech Ltd", "PIN P051234567X · Nairobi, Kenya"],
        EN,
        ("KSh 10,000.00", "KSh 1,600.00", "KSh 11,600.00"),
        "11600.00",
    ),
    "ZAR": (
        ["Cape Design (Pty) Ltd", "VAT No. 4123456789 · Cape Town"],
        EN,
        ("R 1 000,00", "R 150,00", "R 1 150,00"),
        "1150.00",
    ),
    "PKR": (
        ["Karachi Traders (Pvt) Ltd", "NTN 1234567-8 · Karachi, Pakistan"],
        EN,
        ("Rs. 10,000.00", "Rs. 1,800.00", "Rs. 11,800.00"),
        "11800.00",
    ),
    "BDT": (
        ["Dhaka Soft Ltd", "BIN 000123456-0101 · Dhaka, Bangladesh"],
        EN,
        ("Tk 10,000.00", "Tk 1,500.00", "Tk 11,500.00"),
        "11500.00",
    ),
    "PHP": (
        ["Manila Works Inc.", "TIN 123-456-789-000 · Makati City"],
        EN,
        ("₱10,000.00", "₱1,200.00", "₱11,200.00"),
        "11200.00",
    ),
    "MYR": (
        ["Kuala Lumpur Tech Sdn. Bhd.", "Kuala Lumpur, Malaysia"],
        EN,
        ("RM 1,000.00", "RM 80.00", "RM 1,080.00"),
        "1080.00",
    ),
    "TWD": (
        ["Taipei Design Co., Ltd.", "Taipei, Taiwan"],
        EN,
        ("NT$10,000.00", "NT$500.00", "NT$10,500.00"),
        "10500.00",
    ),
    "KZT": (
        ["Almaty Soft LLP", "BIN 123456789012 · Almaty"],
        EN,
        ("100 000 ₸", "12 000 ₸", "112 000 ₸"),
        "112000.00",
    ),
    "PEN": (
        ["Lima Consultores S.A.C.", "RUC 20123456789 · Lima, Perú"],
        ES,
        ("S/ 1,000.00", "S/ 180.00", "S/ 1,180.00"),
        "1180.00",
    ),
    "COP": (
        ["Bogotá Digital S.A.S.", "NIT 900.123.456-7 · Bogotá, Colombia"],
        ES,
        ("$ 1.000.000", "$ 190.000", "$ 1.190.000"),
        "1190000.00",
    ),
    "CLP": (
        ["Santiago Tech SpA", "RUT 76.123.456-7 · Santiago, Chile"],
        ES,
        ("$ 100.000", "$ 19.000", "$ 119.000"),
        "119000.00",
    ),
    # the bolívar and the boliviano both print 'Bs': the country's words tell them apart
    "VES": (
        ["Distribuidora Caribe C.A.", "RIF J-12345678-9 · Caracas, Venezuela"],
        ES,
        ("Bs.1.000,00", "Bs.160,00", "Bs.1.160,00"),
        "1160.00",
    ),
    "BOB": (
        ["Andina Servicios S.R.L.", "NIT 1023456789 · La Paz, Bolivia"],
        ES,
        ("Bs 1.000,00", "Bs 130,00", "Bs 1.130,00"),
        "1130.00",
    ),
}


@pytest.mark.parametrize("currency", list(CASES))
def test_a_currency_as_its_country_prints_it(tmp_path: Path, currency: str) -> None:
    seller, (title, header, labels), amounts, gross = CASES[currency]
    items = plain_page(seller, title, header, list(zip(labels, amounts, strict=True)))
    ex = extract_invoice(draw(tmp_path / "c.pdf", items), use_xml=False)
    assert (ex.value("currency"), ex.value("gross_total")) == (currency, gross)
    assert ex.status == "accepted", ex.reasons


def test_new_mexico_is_no_peso_country(tmp_path: Path) -> None:
    seller = ["Mesa Verde Supply LLC", "412 Central Ave, Albuquerque, New Mexico 87102"]
    items = plain_page(
        seller, *EN[:2], [("Subtotal", "$1,000.00"), ("Tax", "$78.75"), ("Total", "$1,078.75")]
    )
    ex = extract_invoice(draw(tmp_path / "nm.pdf", items), use_xml=False)
    assert ex.value("currency") == "USD"


WHOLE = {
    # '10.000 + 1.900 = 11.900' adds up read as three decimals too: only a currency with three
    # decimals (the Kuwaiti dinar) is read so
    "EUR": (
        ["Bau Meier GmbH", "USt-IdNr. DE 123 456 789"],
        ["10.000 €", "1.900 €", "11.900 €"],
        "11900.00",
    ),
    "IDR": (
        ["PT Maju Jaya", "NPWP 01.234.567.8-012.000 · Jakarta"],
        ["Rp 100.000", "Rp 11.000", "Rp 111.000"],
        "111000.00",
    ),
    "USD": (["Acme Widgets LLC", "Austin, TX 78701"], ["$10,000", "$1,000", "$11,000"], "11000.00"),
    "KWD": (
        ["Kuwait Trading Co. W.L.L.", "Kuwait City"],
        ["KWD 10.000", "KWD 0.500", "KWD 10.500"],
        "10.500",
    ),
}


@pytest.mark.parametrize("currency", list(WHOLE))
def test_whole_amounts_with_one_thousands_group(tmp_path: Path, currency: str) -> None:
    seller, amounts, gross = WHOLE[currency]
    labels = ("Subtotal", "Tax", "Total")
    items = plain_page(seller, *EN[:2], list(zip(labels, amounts, strict=True)))
    ex = extract_invoice(draw(tmp_path / "w.pdf", items), use_xml=False)
    assert (ex.value("currency"), ex.value("gross_total")) == (currency, gross)
    assert ex.status == "accepted", ex.reasons


def test_whole_item_amounts_add_up_to_the_net(tmp_path: Path) -> None:
    # the items' '10.000 €' are ten thousand too: their sum is the net, no reason to wait
    totals = [("Netto", "12.000 €"), ("MwSt. 19 %", "2.280 €"), ("Gesamtbetrag", "14.280 €")]
    head = ["Rechnung Nr. 118", "Datum: 14.10.2026"]
    items = plain_page(["Bau Meier GmbH", "USt-IdNr. DE 123 456 789"], "Rechnung", head, totals)
    items += [
        (50, 200, "Pos Beschreibung Menge Preis Betrag", 9),
        (50, 214, "1 Dachsanierung 1 10.000 € 10.000 €", 9),
        (50, 228, "2 Gerüst 2 1.000 € 2.000 €", 9),
    ]
    ex = extract_invoice(draw(tmp_path / "items.pdf", items), use_xml=False)
    assert [i.line_total for i in ex.lines] == ["10000.00", "2000.00"]
    assert ex.value("gross_total") == "14280.00" and ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    "town", ["Winnipeg, MB R3C 0B1", "Montréal (QC) H2X 1Y4", "Halifax NS B3J 1S9"]
)
def test_a_canadian_province_and_postal_code_make_the_dollar_canadian(
    tmp_path: Path, town: str
) -> None:
    # a web app's invoice (AdminLTE's page, copied by many): the seller's block names its
    # province and postal code but not 'Canada'; the bare '$' had been read as US dollars and
    # the page accepted so
    lines = [
        "Aurora Bay Supplies Inc.",
        "220 Portage Ave",
        town,
        "Email: ar@aurorabay.example",
        "",
        "Invoice #004412",
        "Date: 2026-03-04",
        "Payment Due: 2026-04-03",
        "",
        "Qty | Product | Subtotal",
        "2 | Trail camera | $100.00",
        "",
        " | Subtotal: | $100.00",
        " | GST (5%) | $5.00",
        " | Total: | $105.00",
    ]
    ex = extract_invoice(text_page(tmp_path / "ca.pdf", lines), use_xml=False)
    assert (ex.value("currency"), ex.value("gross_total")) == ("CAD", "105.00")
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize("sign", ["$", "$ "])
def test_whole_money_after_its_sign_is_an_amount(tmp_path: Path, sign: str) -> None:
    # a US freelancer's page in whole dollars: '$800' (under a thousand: no group, no cents)
    # after the currency's sign is money. Its item row had not been read, and the page waited
    # with the items adding up to less than the net
    totals = [("Subtotal", f"{sign}2,050"), ("Sales Tax (8%)", f"{sign}164")]
    totals.append(("Total", f"{sign}2,214"))
    items = plain_page(["Brightwater Studio LLC", "88 Pine St, Portland OR 97204"], *EN[:2], totals)
    items += [
        (50, 200, "Description Qty Rate Amount", 9),
        (50, 214, f"Brand workshop 1 {sign}1,250 {sign}1,250", 9),
        (50, 228, f"Logo refresh 1 {sign}800 {sign}800", 9),
    ]
    ex = extract_invoice(draw(tmp_path / "whole.pdf", items), use_xml=False)
    assert [i.line_total for i in ex.lines] == ["1250.00", "800.00"]
    assert ex.value("gross_total") == "2214.00" and ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("currency", "amounts", "gross"),
    [
        ("KWD", ["KWD 10.125", "KWD 0.506", "KWD 10.631"], "10.631"),
        ("TND", ["1 000,125 DT", "190,024 DT", "1 190,149 DT"], "1190.149"),
    ],
)
def test_a_currency_with_three_decimals_keeps_them(
    tmp_path: Path, currency: str, amounts: list[str], gross: str
) -> None:
    # the Kuwaiti and Tunisian dinars have three decimals: 10.631 is never booked as 10.63
    items = plain_page(
        ["Gulf Trading Co. W.L.L.", "Kuwait City"], *EN[:2], list(zip(EN[2], amounts, strict=True))
    )
    ex = extract_invoice(draw(tmp_path / "d.pdf", items), use_xml=False)
    assert (ex.value("currency"), ex.value("gross_total")) == (currency, gross)
    assert ex.status == "accepted", ex.reasons
