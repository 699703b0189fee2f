"""Invoices printed by five more invoice packages from npm, kept as PDFs in
``tests/data/npm_invoices`` (``tests/invoice_npm``): their own templates, read as a new
vendor's page is read. And the kinds of layout they showed, drawn on their own with other
names, values and languages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from robot_lib.invoices.blocks import company
from robot_lib.invoices.model import FIELDS
from robot_lib.invoices.totals import amounts_right
from tests.invoice_corpus import kept_cases, read_page, same, totals_read
from tests.invoice_npm import FIXTURES, LOCALES, NO_OFF, _invoiceit, _jspdftemplate, _storify, more
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)
OFF = kept_cases(FIXTURES, off=True)


def test_every_page_reads_right_and_waits_only_for_what_it_lacks() -> None:
    assert len(CASES) == 3 * sum(len(v) for v in LOCALES.values())
    for pdf, truth in CASES:
        got, status, reasons = read_page(pdf)
        wrong = {f: got[f] for f in FIELDS if not same(f, got[f], truth.get(f))}
        assert not wrong, (pdf.name, wrong)
        if pdf.name.startswith(("storify", "generateinvoice-fi")):
            # Storify's receipt prints no invoice number, the Finnish page only its bank
            # reference ('Viite')
            assert status == "review" and "invoice_number not found" in reasons, pdf.name
        elif pdf.name.startswith("invoicecreator"):
            # the package's tax is 20 % of the price with the tax, a quarter of its base
            assert status == "review" and "is more than 20 % of the net" in reasons[0], pdf.name
        else:
            assert status == "accepted", (pdf.name, reasons)


def test_a_total_one_off_goes_to_review() -> None:
    assert len(OFF) == sum(len(v) for k, v in LOCALES.items() if k not in NO_OFF)
    for pdf, truth in OFF:
        got, status, _reasons = read_page(pdf)
        assert status == "review", pdf.name
        # (on generate-invoice's, nothing adds up, and its 'Brutto', the net, is read as the
        # gross: the page waits all the same)
        if not pdf.name.startswith("generateinvoice"):
            assert got["gross_total"] in (None, truth["gross_total"]), pdf.name


def test_the_kept_folder_holds_what_its_values_name_and_each_page_what_it_was_given() -> None:
    assert {p.name for p in FIXTURES.glob("*.pdf")} == {p.name for p, _t in CASES + OFF}
    for pdf, truth in CASES + OFF:
        style, code, seed = pdf.stem.split("-")
        off = Decimal(1) if seed == "off" else Decimal(0)
        n = 0 if off else int(seed)
        made: tuple[dict[str, Any], dict[str, Any]]
        if style == "storify":
            made = _storify(n)
        elif style == "invoicecreator":
            made = more.invoicecreator(n)
        elif style == "generateinvoice":
            made = more.generateinvoice(code, n, off)
        else:
            made = (_invoiceit if style == "invoiceit" else _jspdftemplate)(code, n, off)
        assert made[1] == truth, pdf.name


def test_a_total_including_or_excluding_the_tax_in_short(tmp_path: Path) -> None:
    # 'exc.' and 'inc.' for excluding and including: the net's and the gross's labels, and
    # 'Total inc.' no company (it was taken for the seller, whose name has no legal form)
    assert company("Total inc. VAT") is None and company("Amount inc. GST") is None
    assert company("Kestrel Labs Inc.") == "Kestrel Labs Inc."
    body = [
        "^Invoice",
        "Ref. : 2026/0311",
        "Invoice date : 14/09/2026",
        "Wrenfield Studio",
        "9 Orchard Lane",
        "OX1 2JD Oxford",
        "Email: accounts@wrenfield.example",
        "Amounts expressed in Euros",
        "Description | VAT | U.P | Qt | Total exc. VAT",
        "Brand guidelines | 20.00% | 1210.40 | 1 | 1210.40",
        "Icon set | 20.00% | 95.50 | 3 | 286.50",
        "",
        "Total exc. VAT | 1496.90",
        "Total VAT | 299.38",
        "Total inc. VAT | 1796.28",
        "",
        "Wrenfield Studio - Registered in England and Wales no. 11223344",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "inc.pdf", body))
    assert got["seller"] == "Wrenfield Studio"
    assert totals_read(got) == ("1496.90", "299.38", "1796.28")
    # 'Amounts expressed in Euros': the currency a sentence names is sure
    assert got["currency"] == "EUR" and status == "accepted", reasons
    body[7] = "Montants exprimés en euros"
    got, status, reasons = read_page(text_page(tmp_path / "fr.pdf", body))
    assert got["currency"] == "EUR" and status == "accepted", reasons


def test_a_brands_title_line_over_the_company_is_no_part_of_its_name(tmp_path: Path) -> None:
    # in the same type as the company's name right under it, as a list's lines
    body = [
        "Paperloop Invoice",
        "Quillstack, Inc",
        "118 Harrison Ave, Boston MA 02111",
        "Invoice Date: June 3, 2026",
        "Invoice number: PL-20817",
        "Bill to: Dana Whitfield",
        "Item | Amount (in U.S. dollars)",
        "Annual Team plan | $ 240.00",
        "Total | $ 240.00",
        "",
        "Questions? billing@quillstack.example",
    ]
    got, _status, _reasons = read_page(text_page(tmp_path / "title.pdf", body, "tight_lines"))
    assert got["seller"] == "Quillstack, Inc"  # not 'Paperloop Invoice Quillstack, Inc'


def test_a_receipt_whose_balance_is_nothing_after_the_payment(tmp_path: Path) -> None:
    # a minus between the symbol and a whole amount is read ('$ -49')
    assert amounts_right("$ -49") == [(Decimal(-49), 0.8)]
    body = [
        "^Paperloop Invoice",
        "Quillstack, Inc",
        "118 Harrison Ave, Boston MA 02111",
        "Invoice Date: June 3, 2026",
        "Invoice number: PL-20817",
        "Bill to: Dana Whitfield",
        "Item | Amount (in U.S. dollars)",
        "Monthly Team plan | $ 29",
        "Payments/credits | $ -29",
        "Invoice balance | $ 0",
    ]
    got, status, _reasons = read_page(text_page(tmp_path / "paid.pdf", body))
    # the balance left after paying is not what was billed: the payment is
    assert got["gross_total"] == "29.00" and status == "review"


def test_the_tax_printed_as_its_rate_alone_checks_the_net_and_the_gross(tmp_path: Path) -> None:
    body = [
        "Vetrerie Lombarde S.r.l.",
        "Via Manzoni 8, 20121 Milano",
        "Spett.le:",
        "Ristorante Da Gino",
        "Fattura n. 2026-088",
        "Data fattura: 21/10/2026",
        "N. | Descrizione | Prezzo | Q.tà | Importo",
        "1 | Calici da vino | 4,50 | 120 | 540,00",
        "2 | Caraffe | 12,00 | 10 | 120,00",
        "",
        "Totale: | 805,20 | EUR",
        "IVA: | 22 | %",
        "Imponibile: | 660,00 | EUR",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "rate.pdf", body))
    assert totals_read(got) == ("660.00", None, "805.20")
    assert status == "accepted", reasons
    body[10] = "Totale: | 806,20 | EUR"  # one euro off: the rate no longer makes the gross
    got, status, _reasons = read_page(text_page(tmp_path / "off.pdf", body))
    assert status == "review"


def test_a_finnish_templates_totals_with_the_net_under_a_gross_word(tmp_path: Path) -> None:
    # 'Vero' is the tax; 'Brutto' over it names the net when the tax and the total under it
    # add up with it
    assert company("Laine Koodaus Tmi") == "Laine Koodaus Tmi"
    body = [
        "^Kallio Puutyö Ky",
        "Satamatie 4, 20100 Turku",
        "IBAN: FI55 1234 5600 0123 45",
        "Y-tunnus: 2765432-1",
        "Laskun numero: 2026-117",
        "Päivämäärä: 12.10.2026",
        "Eräpäivä: 26.10.2026",
        "Kuvaus | Määrä",
        "Keittiön kaapistot | 1 200,00",
        "",
        "Brutto | 1 200,00 €",
        "Alv | 24%",
        "Vero | 288,00 €",
        "Muuta | 0 €",
        "Yhteensä | 1 488,00 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "fi.pdf", body))
    assert got["seller"] == "Kallio Puutyö Ky"
    assert totals_read(got) == ("1200.00", "288.00", "1488.00")
    assert status == "accepted", reasons


def test_a_bare_number_word_under_the_title_in_slovak_and_czech(tmp_path: Path) -> None:
    for title, word, number in [("Faktúra", "Číslo:", "20260417"), ("Faktura", "Číslo:", "FV-88")]:
        body = [
            "Tatra Soft s.r.o.",
            "Hlavná 1, 811 01 Bratislava",
            f"^{title}",
            f"{word} | {number}",
            "Dátum vystavenia: | 3.11.2026",
            "Konzultácia | 100.00€",
            "Základ DPH 20 % | 100.00€",
            "DPH 20% | 20.00€",
            "Celkom | 120.00€",
        ]
        got, _status, _reasons = read_page(text_page(tmp_path / f"{title}.pdf", body))
        assert got["invoice_number"] == number, title


def test_a_discount_after_the_tax_is_taken_off_the_total(tmp_path: Path) -> None:
    for words, sign in [
        (("Základ DPH 20 %", "DPH 20%", "Zľava", "Celkom"), ""),
        (("Subtotal", "VAT 20%", "Discount", "Total"), "-"),
    ]:
        body = [
            "Kestrel Books Ltd",
            "Invoice number: 4471",
            "Invoice date: 09/11/2026",
            "Item | Price",
            "Atlas of birds | 150.00",
            "",
            f"{words[0]} | 150.00",
            f"{words[1]} | 30.00",
            f"{words[2]} | {sign}12.50",
            f"{words[3]} | 167.50",
            "All amounts in EUR",
        ]
        got, status, reasons = read_page(text_page(tmp_path / f"d{sign}.pdf", body))
        assert totals_read(got) == ("150.00", "30.00", "167.50"), words
        assert status == "accepted", (words, reasons)


def test_more_tax_than_the_rate_allows_on_the_net_waits(tmp_path: Path) -> None:
    body = [
        "Kestrel Books Ltd",
        "Invoice number: 4472",
        "Invoice date: 09/11/2026",
        "VAT no. GB 123 4567 89",
        "Net | £400.00",
        "VAT 20% | £100.00",
        "Total | £500.00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "over.pdf", body))
    assert got["tax_total"] == "100.00" and status == "review"
    assert reasons == [
        "the tax 100.00 is more than 20 % of the net 400.00 (80.00): is the rate or the tax "
        "misprinted?"
    ]
    # less tax than the rate gives stands (a part of the net bears none): the page goes through
    body[5:7] = ["VAT 20% | £60.00", "Total | £460.00"]
    got, status, reasons = read_page(text_page(tmp_path / "under.pdf", body))
    assert status == "accepted", reasons


def test_a_large_name_over_the_senders_block_that_repeats_it(tmp_path: Path) -> None:
    # the block under the second printing gives the IBAN and the company's id: the name at
    # the top is the seller's, with no legal form and no web address to back it
    body = [
        "^Harbor Lane Design",
        "Mei Tanaka",
        "Harbor Lane Design",
        "410 Pine Street",
        "98101 Seattle",
        "USA",
        "IBAN: US64 SVBK US6S 3300 9673 86",
        "Company ID: 91-1234567",
        "Invoice#: 2026-031",
        "Date: 14.10.2026",
        "Laura Bennett",
        "Bennett & Co",
        "5 Market Square, Leeds",
        "Description | Amount",
        "Brand workshop | 1200.00",
        "",
        "Subtotal | $1200.00",
        "Tax | $96.00",
        "Total | $1296.00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "block.pdf", body))
    assert got["seller"] == "Harbor Lane Design" and status == "accepted", reasons


def test_a_larger_total_under_the_gross_read_with_no_tax_read_waits(tmp_path: Path) -> None:
    # the Finnish pages' finding, in a language whose tax word no rule knows (Icelandic
    # 'VSK', kept unknown for the demo's page a correction teaches): the items add up to
    # 'Brutto', which was taken as the gross and accepted, while 'Total' under it is larger
    body = [
        "^Dardania Prent ehf.",
        "Laugavegur 12, 101 Reykjavík",
        "IBAN: IS14 0159 2600 7654 5510 7303 39",
        "Invoice No.: 2026-0412",
        "Invoice date: 12.10.2026",
        "Description | Amount",
        "Posters A2, 500 pcs | 700,00",
        "Flyers A5, 2000 pcs | 500,00",
        "",
        "Brutto | 1 200,00 €",
        "VSK | 240,00 €",
        "Total | 1 440,00 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "is.pdf", body))
    assert status == "review"
    assert reasons[0] == (
        "'Total 1 440,00 €' is printed under the gross total 1200.00, and is larger: is a tax "
        "or a charge between them unread?"
    ), reasons
