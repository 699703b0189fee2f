"""Invoices freelancers and small firms typeset with Typst: a one-page template, a business
letter from a sole trader, a Swiss invoice with its QR-bill payment part
(``tests/invoice_typeset``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from robot_lib.invoices import extract_invoice
from robot_lib.invoices.model import FIELDS
from tests.invoice_corpus import same
from tests.invoice_typeset import LOCALES, STYLES, invoice, typeset, typeset_cases


@pytest.fixture(scope="module")
def typeset_pdfs(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, dict[str, Any]]]:
    return typeset_cases(tmp_path_factory.mktemp("typeset-invoices"), seeds=3)


def _wrong(ex: Any, truth: dict[str, Any]) -> dict[str, Any]:
    aliases = tuple(truth.get("_seller_aliases", ()))
    return {
        f: ex.value(f)
        for f in FIELDS
        if not same(f, ex.value(f), truth.get(f), aliases if f == "seller" else ())
    }


@pytest.mark.parametrize("style", STYLES)
def test_every_locale_reads_right_and_goes_straight_through(
    typeset_pdfs: list[tuple[Path, dict[str, Any]]], style: str
) -> None:
    cases = [(p, t) for p, t in typeset_pdfs if p.name.startswith(f"{style}-")]
    assert len(cases) == 3 * len(LOCALES[style])
    for pdf, truth in cases:
        ex = extract_invoice(pdf, use_xml=False)
        wrong = _wrong(ex, truth)
        net = ex.fields.get("net_total")
        if truth["net_total"] is None and net is not None and net.source == "derived":
            # no net printed (a subtotal, then a discount): derived, and it closes the total
            gross, tax = Decimal(truth["gross_total"]), Decimal(truth["tax_total"] or 0)
            assert Decimal(wrong.pop("net_total")) == gross - tax, pdf.name
        assert not wrong, (pdf.name, wrong)
        assert ex.status == "accepted", (pdf.name, ex.reasons)


def test_the_customer_in_the_window_is_never_the_seller(tmp_path: Path) -> None:
    # a studio with no legal form writes to a company: the only legal form on the page is the
    # customer's, in the envelope window. With the sender line above the address, and without
    for seed in (0, 1):  # a British letter prints the sender line on even seeds only
        source, truth = invoice("en-GB", "letter", seed)
        ex = extract_invoice(typeset(source, tmp_path / f"letter-{seed}.pdf"), use_xml=False)
        assert ex.value("seller") != "Thornbury Estates Ltd"
        assert same("seller", ex.value("seller"), truth["seller"], tuple(truth["_seller_aliases"]))
        evidence = ex.fields["seller"].note
        assert ("sender line" in evidence) if seed == 0 else ("printed again" in evidence)
    # the sender line's name in full, as the letterhead gives it
    source, truth = invoice("de-DE", "letter", 1)
    ex = extract_invoice(typeset(source, tmp_path / "brief.pdf"), use_xml=False)
    assert ex.value("seller") == "Jonas Weber Softwareentwicklung"


def test_a_subtotal_over_a_discount_is_not_the_net(tmp_path: Path) -> None:
    # 'Subtotal', 'Discount of 10%', 'Sales tax (8.875%)', 'Total': the net is the subtotal
    # less the discount, found because together with the tax they make the total exactly; where
    # the tax's line prints its base ('VAT of 20% on £486.00 £97.20', 'Umsatzsteuer 19 % auf
    # 1.890,00 €', 'TVA 20 % sur 864,00 €'), the net is read there
    for code in ("en-GB", "de-DE", "fr-FR", "en-US"):
        source, truth = invoice(code, "maker", 1)
        assert "{" not in source and truth["tax_total"]
        ex = extract_invoice(typeset(source, tmp_path / f"{code}.pdf"), use_xml=False)
        net = Decimal(truth["gross_total"]) - Decimal(truth["tax_total"])
        assert Decimal(ex.value("net_total") or 0) == net, code
        if code == "en-US":
            assert ex.fields["net_total"].source == "derived"
            assert "the subtotal" in ex.fields["net_total"].note
        else:
            assert ex.fields["net_total"].source == "layout", code
        assert ex.status == "accepted", (code, ex.reasons)
        # one cent off, and nothing is derived: to review
        source, _t = invoice(code, "maker", 1, off=Decimal("0.01"))
        ex = extract_invoice(typeset(source, tmp_path / f"{code}-off.pdf"), use_xml=False)
        assert ex.status == "review", code
        assert ex.fields["net_total"].source != "derived"


def test_the_due_date_inside_the_closing_sentence(tmp_path: Path) -> None:
    # 'Please transfer the total … by 15 May 2026.', 'Merci de régler le total par virement
    # avant le 19 août 2026.', 'Payable jusqu'au 25.07.2026'
    for code, style, seed in (("en-GB", "maker", 1), ("fr-FR", "maker", 1), ("fr-CH", "qrbill", 1)):
        source, truth = invoice(code, style, seed)
        assert truth["due_date"], (code, style)
        ex = extract_invoice(typeset(source, tmp_path / f"{code}.pdf"), use_xml=False)
        assert ex.value("due_date") == truth["due_date"], (code, style)
        assert "sentence" in ex.fields["due_date"].note


def test_a_business_exempt_from_vat_prints_no_tax(tmp_path: Path) -> None:
    # '§ 19 UStG', 'TVA non applicable, art. 293 B du CGI': no tax is read, and the services
    # adding up to the total are the evidence
    for code, style in (("de-DE", "maker"), ("de-DE", "letter"), ("fr-FR", "maker")):
        source, truth = invoice(code, style, 2)
        assert truth["tax_total"] is None
        ex = extract_invoice(typeset(source, tmp_path / f"{style}-{code}.pdf"), use_xml=False)
        assert ex.value("tax_total") is None and ex.value("gross_total") == truth["gross_total"]
        assert ex.status == "accepted", (code, style, ex.reasons)


def test_a_total_that_does_not_add_up_goes_to_review(tmp_path: Path) -> None:
    for style in STYLES:
        for code in LOCALES[style][:2]:
            source, _t = invoice(code, style, 0, off=Decimal(1))
            ex = extract_invoice(typeset(source, tmp_path / f"{style}-{code}.pdf"), use_xml=False)
            assert ex.status == "review", (style, code)


def test_a_letterhead_without_a_legal_form_beats_the_customers_company(tmp_path: Path) -> None:
    # the customer's name is the only one with a legal form. The contractor's is the largest
    # name at the top with its own address under it (the customer's under 'Kunde:'), or
    # beside a column with its VAT number and IBAN (the customer's address has no postcode)
    for code, style in (("de-DE", "timesheet"), ("en-US", "timesheet"), ("en-IE", "zzp")):
        source, truth = invoice(code, style, 0)
        ex = extract_invoice(typeset(source, tmp_path / f"{style}-{code}.pdf"), use_xml=False)
        assert ex.value("seller") == truth["seller"], (code, style)
        assert "the largest name at the top" in ex.fields["seller"].note
    # 'op NL91 ABNA 0417 1643 00 t.n.v. Studio Vlinder': 'n.v.' inside 't.n.v.' (for the
    # attention of) is no legal form
    from robot_lib.invoices.blocks import company

    assert company("00 t.n.v. Studio Vlinder onder vermelding van het factuurnummer.") is None
    assert company("Hoogland Hosting N.V.") == "Hoogland Hosting N.V."
    # a foundation, before or after its name; not 'Die Stiftung dankt Ihnen'
    assert company("Stiftung Warentest") == "Stiftung Warentest"
    assert company("Bertelsmann Stiftung") == "Bertelsmann Stiftung"
    assert company("Die Stiftung dankt Ihnen") is None


def test_hours_times_the_rate_is_the_evidence_for_a_total_without_tax(tmp_path: Path) -> None:
    # 'Total hours 6', 'Hourly rate $80.00', 'Amount due $480.00': no tax, no amounts per row
    source, truth = invoice("en-US", "timesheet", 0)
    ex = extract_invoice(typeset(source, tmp_path / "hours.pdf"), use_xml=False)
    assert ex.value("tax_total") is None and ex.value("gross_total") == truth["gross_total"]
    assert "hourly rate" in ex.fields["gross_total"].note
    assert ex.status == "accepted", ex.reasons
    source, _t = invoice("en-US", "timesheet", 0, off=Decimal("0.01"))
    ex = extract_invoice(typeset(source, tmp_path / "hours-off.pdf"), use_xml=False)
    assert ex.status == "review"


def test_reverse_charge_prints_a_tax_of_nothing(tmp_path: Path) -> None:
    # a customer in another EU country: 'BTW verlegd € 0,00', 'VAT 0% (reverse charge) €0.00'
    for code in ("nl-NL", "en-IE"):
        source, truth = invoice(code, "zzp", 1)
        assert truth["tax_total"] == "0.00" and truth["net_total"] == truth["gross_total"]
        ex = extract_invoice(typeset(source, tmp_path / f"{code}.pdf"), use_xml=False)
        assert not _wrong(ex, truth), (code, _wrong(ex, truth))
        assert ex.status == "accepted", (code, ex.reasons)


def test_a_fee_note_and_a_client_window_at_the_right(tmp_path: Path) -> None:
    # 'Note d'honoraires et de frais n° 2026/0049', 'Honorarnote Nr. 2026-338': a fee note's
    # number; the client's company in a window at the right is not the seller, 'Maître
    # Sophie Lambert' is (her block heads the page with its own address)
    for code in ("fr-BE", "de-AT"):
        source, truth = invoice(code, "fees", 0)
        ex = extract_invoice(typeset(source, tmp_path / f"{code}.pdf"), use_xml=False)
        assert ex.value("invoice_number") == truth["invoice_number"], code
        assert same("seller", ex.value("seller"), truth["seller"], tuple(truth["_seller_aliases"]))
        assert ex.status == "accepted", (code, ex.reasons)


def test_a_polish_number_that_reads_as_a_date_and_a_wide_item_table(tmp_path: Path) -> None:
    # 'Faktura VAT nr 15/05/2026' is the number; the item rows carry net, rate, tax and gross:
    # a row's total is the one under 'Wartość netto', so the lines add up to the net
    source, truth = invoice("pl-PL", "faktura", 1)
    assert truth["invoice_number"].count("/") == 2
    ex = extract_invoice(typeset(source, tmp_path / "pl.pdf"), use_xml=False)
    assert ex.value("invoice_number") == truth["invoice_number"]
    lines = sum((Decimal(li.line_total or 0) for li in ex.lines), Decimal(0))
    assert ex.lines and lines == Decimal(truth["net_total"])
    assert ex.status == "accepted", ex.reasons
    # a Czech seller under the VAT threshold: no tax, the lines make the total
    source, truth = invoice("cs-CZ", "faktura", 2)
    assert truth["tax_total"] is None
    ex = extract_invoice(typeset(source, tmp_path / "cs.pdf"), use_xml=False)
    assert ex.value("tax_total") is None and ex.status == "accepted", ex.reasons


def test_a_price_net_column_is_not_the_rows_total(tmp_path: Path) -> None:
    # 'Preis netto' names the unit price: the row's total stays its last amount
    from tests.invoice_typeset.markup import cells, page, t

    rows = [
        ("Beratung", "2", "100,00 €", "19 %", "200,00 €"),
        ("Schulung", "3", "50,00 €", "19 %", "150,00 €"),
    ]
    body = ", ".join(cells(*r) for r in rows)
    source = page("a4", "Inter", 10, "de", "2cm") + (
        f"#table(columns: 5, stroke: none, {cells('Leistung', 'Menge', 'Preis netto', 'MwSt', 'Betrag')}, {body})\n"
        f"#{t('Nettobetrag 350,00 €')}\n\n#{t('MwSt 19 % 66,50 €')}\n\n#{t('Gesamtbetrag 416,50 €')}\n"
    )
    ex = extract_invoice(typeset(source, tmp_path / "preis.pdf"), use_xml=False)
    assert [li.line_total for li in ex.lines] == ["200.00", "150.00"]


def test_income_tax_withheld_is_not_taken_off_the_gross(tmp_path: Path) -> None:
    # 'Retención IRPF (15 %) -180,00 €', 'Ritenuta d'acconto 20% su € 1.040,00', 'Retenção
    # na fonte IRS (23%)': the last total is what the freelancer is paid; the gross is the
    # total with VAT, whether printed ('Totale documento') or not ('TOTAL' after the IRPF)
    for code, seed in (("es-ES", 0), ("es-ES", 1), ("it-IT", 1), ("pt-PT", 0)):
        source, truth = invoice(code, "withholding", seed)
        ex = extract_invoice(typeset(source, tmp_path / f"{code}-{seed}.pdf"), use_xml=False)
        assert not _wrong(ex, truth), (code, seed, _wrong(ex, truth))
        assert ex.status == "accepted", (code, seed, ex.reasons)
        gross = Decimal(truth["gross_total"])
        assert ex.withheld and Decimal(ex.withheld) > 0, (code, seed)
        assert Decimal(ex.payable or 0) == gross - Decimal(ex.withheld), (code, seed)
        assert ex.summary()["payable"] == ex.payable
    # printed only after the withholding, the gross is found by the arithmetic, which it says
    source, truth = invoice("es-ES", "withholding", 0)
    ex = extract_invoice(typeset(source, tmp_path / "es.pdf"), use_xml=False)
    assert ex.fields["gross_total"].note == "net + tax - withholding = amount payable"
    # the amount paid one unit off: to review, and where the gross is printed before the
    # withholding, the reason says which sum does not hold
    for code in ("es-ES", "it-IT", "pt-PT"):
        source, _t = invoice(code, "withholding", 0, off=Decimal(1))
        ex = extract_invoice(typeset(source, tmp_path / f"{code}-off.pdf"), use_xml=False)
        assert ex.status == "review", code
        if code == "it-IT":
            assert any("but the amount payable is" in r for r in ex.reasons), ex.reasons


def test_withheld_taxes_are_not_the_tax_and_no_vat_leaves_the_net_as_gross(tmp_path: Path) -> None:
    from tests.invoice_typeset.markup import page, t

    def pdf(name: str, *totals: str) -> Any:
        source = page("a4", "Inter", 10, "es", "2cm")
        source += f"#{t('Factura nº 2026-071', 14, bold=True)}\n\n#{t('Fecha: 14/09/2026')}\n\n"
        source += "".join(f"#{t(x)}\n\n" for x in totals)
        return extract_invoice(typeset(source, tmp_path / name), use_xml=False)

    # Mexico: 'IVA retenido' and 'ISR retenido' are withheld, not the VAT
    ex = pdf(
        "mx.pdf",
        "Subtotal $10,000.00",
        "IVA 16% $1,600.00",
        "IVA retenido $1,066.67",
        "ISR retenido $1,000.00",
        "Total $9,533.33",
    )
    assert (ex.value("net_total"), ex.value("tax_total")) == ("10000.00", "1600.00")
    assert (ex.value("gross_total"), ex.withheld, ex.payable) == ("11600.00", "2066.67", "9533.33")
    # a service exempt from VAT with IRPF withheld: the gross is the net
    ex = pdf("exento.pdf", "Base imponible 800,00 €", "IRPF (15 %) -120,00 €", "Total 680,00 €")
    assert ex.value("tax_total") is None and ex.value("gross_total") == "800.00"
    assert ex.fields["gross_total"].note == "net - withholding = amount payable"
