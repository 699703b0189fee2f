"""Invoices made in a word processor and saved by LibreOffice Writer, kept as PDFs in
``tests/data/writer_invoices`` (``tests/invoice_writer``); and the bare '$' of Latin America."""

from __future__ import annotations

from pathlib import Path

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import kept_cases
from tests.invoice_typeset import typeset
from tests.invoice_typeset.markup import page as typst_page
from tests.invoice_typeset.markup import t
from tests.invoice_writer import FIXTURES, page


def _truth(name: str) -> dict[str, str]:
    return next(t for p, t in kept_cases(FIXTURES) if p.name == name)


def test_a_mexican_template_prints_pesos_with_a_bare_dollar_sign() -> None:
    # '$3,864.11' with the seller's RFC and a Spanish page: Mexican pesos, day-first dates
    # ('11/07/2026' is the 11th of July), and 'VENDEDOR' over the salesperson's name in a
    # grid of labels is no seller heading
    for name in ("office-es-MX-0.pdf", "office-es-MX-2.pdf"):
        truth = _truth(name)
        ex = extract_invoice(FIXTURES / name, use_xml=False)
        assert ex.value("currency") == "MXN", name
        assert "tax number or address" in ex.fields["currency"].note
        assert ex.value("due_date") == truth["due_date"], name
        assert ex.value("seller") == truth["seller"], name
        assert ex.status == "accepted", (name, ex.reasons)


def test_a_dollar_sign_on_a_spanish_page_with_no_country_waits(tmp_path: Path) -> None:
    # a Spanish page with neither a tax number nor an address that names a country: a peso
    # or the US dollar? to review, saying why
    lines = [
        "Imprenta del Bajío",
        "FACTURA N.º 2638",
        "FECHA: 26/06/2026",
        "FECHA DE VENCIMIENTO: 11/07/2026",
        "CANTIDAD DESCRIPCIÓN PRECIO UNITARIO",
        "SUBTOTAL $3,331.13",
        "IVA (16%) $532.98",
        "TOTAL $3,864.11",
    ]
    source = typst_page("a4", "Inter", 10, "es", "2cm") + "".join(f"#{t(x)}\n\n" for x in lines)
    ex = extract_invoice(typeset(source, tmp_path / "sin-rfc.pdf"), use_xml=False)
    assert ex.value("currency") == "USD" and ex.status == "review"
    assert any("a peso or the US dollar" in r for r in ex.reasons), ex.reasons
    assert ex.value("due_date") == "2026-07-11"  # day first all the same


def test_the_due_date_before_the_verb_of_the_payment_sentence() -> None:
    # 'Wij verzoeken u het totaalbedrag vóór 17-05-2026 over te maken …'
    for pdf, truth in kept_cases(FIXTURES):
        if pdf.name.startswith("brief-nl-NL"):
            ex = extract_invoice(pdf, use_xml=False)
            assert ex.value("due_date") == truth["due_date"], pdf.name
            assert "sentence" in ex.fields["due_date"].note


def test_the_kept_pdfs_are_what_the_generator_makes() -> None:
    for pdf, truth in kept_cases(FIXTURES):
        style, lang, country, seed = pdf.stem.split("-")
        html, made = page(style, f"{lang}-{country}", int(seed))
        assert made == truth, pdf.name
        assert truth["invoice_number"] in html
