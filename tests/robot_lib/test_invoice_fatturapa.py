"""Italian e-invoices through the three stylesheets OCA's l10n_it_fatturapa ships
(AssoSoftware's, the tax office's, South Tyrol's bilingual one), kept as PDFs in
``tests/data/fatturapa_invoices`` (``tests/invoice_fatturapa``), read as a new vendor's page is
read. And the kinds of layout they showed, drawn on their own with other names, values and
languages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_fatturapa import FIXTURES, SEEDS, STYLES, invoice
from tests.invoice_typeset import text_page, typeset
from tests.invoice_typeset.markup import page, t

CASES = kept_cases(FIXTURES)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(STYLES) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        rows = sum(Decimal(p["base"]) for p in job["summary"])
        assert rows == Decimal(truth["net_total"])
        assert Decimal(job["payment"]) + Decimal(job["withheld"] or 0) == Decimal(
            truth["gross_total"]
        )


def test_every_page_reads_right_and_goes_through() -> None:
    # South Tyrol's bilingual sheet names the lawyer, whose name has no legal form, under a
    # heading in two languages it does not read: those two pages wait (one offers the
    # customer, a company, as the seller)
    waits = {"altoadige-1.pdf": {"seller"}, "altoadige-5.pdf": {"seller"}}
    assert_kept_read(CASES, waits)


def test_a_tables_last_head_over_its_amount_set_flush_right(tmp_path: Path) -> None:
    # 'Importo bollo | Sconto | Totale documento' over the one amount far right of the last
    # head: that head's (it was read as no total); and the rates' rows, an exempt one's tax
    # printed as a bare '0', sum to the net
    body = [
        "^Fattura 2026/0311",
        "Cedente/prestatore (fornitore) | | Cessionario/committente (cliente)",
        "Denominazione: Ceramiche Lodi S.r.l. | | Denominazione: Bar Centrale S.n.c.",
        "",
        "Data documento: 14-05-2026",
        "Divisa: EUR",
        "",
        "Aliquota | | Totale imponibile | | Totale imposta",
        "22,00 | | 1.250,00 | | 275,00",
        "N4 | | 200,00 | | 0",
        "",
        "Importo bollo | Arr. | Totale documento | | | | | | |",
        " | | | | | | | | | 1.725,00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "asso.pdf", body))
    assert totals_read(got) == ("1450.00", "275.00", "1725.00"), reasons
    assert status == "accepted", reasons


def _listing(lines: list[tuple[str, str]]) -> str:
    """The tax office's sheet: sections in large type, then 'label: value' lines indented."""
    out = page("a4", "Inter", 10, "it", "1.5cm")
    for kind, text in lines:
        if kind == "h":
            out += f"#{t(text, 16, bold=True)}\n\n"
        elif kind == "s":
            out += f"#{t(text, 12.5, bold=True)}\n\n"
        elif kind == "v":
            out += f"#pad(left: 1cm, {t(text)})\n\n"
        else:
            out += f"#v({text})\n"
    return out


def test_the_tax_offices_listing(tmp_path: Path) -> None:
    # 'Dati del cedente / prestatore' heads the seller's block, whose 'Dati anagrafici' (a part
    # of it in larger type) is no name: 'Denominazione:' is; each rate's block has its own
    # 'Totale imponibile' and 'Totale imposta' (their sums are the totals: the last block's
    # were read, and an item's 'Valore totale' made them the gross, accepted); a rate's
    # '(%)' value is no amount; an item's 'Valore totale' smaller than the net says nothing
    # against the total the payment prints; the document's date low on the first page is
    # still its date
    lines = [
        ("h", "FATTURA ELETTRONICA"),
        ("h", "Dati relativi alla trasmissione"),
        ("v", "Progressivo di invio: 00817"),
        ("h", "Dati del cedente / prestatore"),
        ("s", "Dati anagrafici"),
        ("v", "Identificativo fiscale ai fini IVA: IT05566778899"),
        ("v", "Denominazione: Vetreria Artistica Moretti"),
        ("s", "Dati della sede"),
        ("v", "Comune: Murano"),
        ("h", "Dati del cessionario / committente"),
        ("s", "Dati anagrafici"),
        ("v", "Denominazione: Albergo Canal Grande S.p.A."),
        ("gap", "14cm"),
        ("h", "Dati generali del documento"),
        ("v", "Data documento: 2026-06-03 (03 Giugno 2026)"),
        ("v", "Numero documento: 77/2026"),
        ("h", "Dati relativi alle linee di dettaglio della fornitura"),
        ("v", "Nr. linea: 1"),
        ("v", "Descrizione bene/servizio: Lampadario in vetro soffiato"),
        ("v", "Valore totale: 1800.00"),
        ("v", "IVA (%): 22.00"),
        ("v", "Nr. linea: 2"),
        ("v", "Descrizione bene/servizio: Restauro specchiera antica"),
        ("v", "Valore totale: 650.00"),
        ("v", "IVA (%): 10.00"),
        ("h", "Dati di riepilogo per aliquota IVA e natura"),
        ("v", "Aliquota IVA (%): 22.00"),
        ("v", "Totale imponibile/importo: 1800.00"),
        ("v", "Totale imposta: 396.00"),
        ("v", "Aliquota IVA (%): 10.00"),
        ("v", "Totale imponibile/importo: 650.00"),
        ("v", "Totale imposta: 65.00"),
        ("h", "Dati relativi al pagamento"),
        ("v", "Data scadenza pagamento: 2026-07-03 (03 Luglio 2026)"),
        ("v", "Importo: 2911.00"),
    ]
    got, status, reasons = read_page(typeset(_listing(lines), tmp_path / "ade.pdf"))
    assert got["seller"] == "Vetreria Artistica Moretti", reasons
    assert got["issue_date"] == "2026-06-03"
    assert totals_read(got) == ("2450.00", "461.00", "2911.00"), reasons
    assert status == "accepted", reasons


def test_a_withholding_listed_with_its_rate_and_its_flag(tmp_path: Path) -> None:
    # 'Importo ritenuta: 400.00', 'Aliquota ritenuta (%): 20.00' (a rate, no amount), an
    # item 'Soggetta a ritenuta: SI' (its value beside it: nothing under it is withheld), the
    # payment's amount after them: the total before the withholding is the gross, the page
    # goes through (the rate and an item's quantity had been added to the withholding, and
    # the net taken for the amount paid)
    lines = [
        ("h", "Dati del cedente / prestatore"),
        ("s", "Dati anagrafici"),
        ("v", "Identificativo fiscale ai fini IVA: IT01928374650"),
        ("v", "Denominazione: Studio Tecnico Ing. Ferri"),
        ("h", "Dati generali del documento"),
        ("v", "Data documento: 2026-09-10 (10 Settembre 2026)"),
        ("v", "Numero documento: 31"),
        ("v", "Importo totale documento: 2440.00"),
        ("s", "Ritenuta"),
        ("v", "Importo ritenuta: 400.00"),
        ("v", "Aliquota ritenuta (%): 20.00"),
        ("h", "Dati relativi alle linee di dettaglio della fornitura"),
        ("v", "Descrizione bene/servizio: Progettazione impianto elettrico"),
        ("v", "Soggetta a ritenuta: SI"),
        ("v", "Quantità: 1.00"),
        ("v", "Valore totale: 2000.00"),
        ("h", "Dati di riepilogo per aliquota IVA e natura"),
        ("v", "Aliquota IVA (%): 22.00"),
        ("v", "Totale imponibile/importo: 2000.00"),
        ("v", "Totale imposta: 440.00"),
        ("h", "Dati relativi al pagamento"),
        ("v", "Importo: 2040.00"),
    ]
    got, status, reasons = read_page(typeset(_listing(lines), tmp_path / "ritenuta.pdf"))
    assert totals_read(got) == ("2000.00", "440.00", "2440.00"), reasons
    assert not any("withheld" in r for r in reasons), reasons
    assert status == "accepted", reasons


def _bilingual(rows: list[tuple[str, str, str, str]]) -> str:
    """South Tyrol's sheet: each label in German over the Italian, the field's number at the
    left and the value right of the label, half a line under the German."""
    out = page("a4", "Inter", 9, "de", "1.2cm")
    for number, german, italian, value in rows:
        if not value:
            out += f"#v(4pt)\n#{t(german, 11, bold=True)}\n\n"
            continue
        out += (
            "#grid(columns: (2.2cm, 4.2cm, 1fr), align: horizon, "
            f"[#{t(number)}], [#{t(german)} \\ #{t(italian)}], [#{t(value, 10)}])\n\n"
        )
    return out


def test_bilingual_labels_with_their_values_between(tmp_path: Path) -> None:
    # 'Dok.-nummer und -datum' over 'Numero e data doc.', the value '58 - 2026-10-02' beside
    # them half a line down, the field's number at the left: the number and the date; the
    # total and the due date alike (none of them was read)
    rows = [
        ("", "Daten zum Lieferanten - Dati del cedente", "", ""),
        ("1.2.1.3", "Benennung", "Nominativo", "Schreinerei Pichler GmbH"),
        ("", "Generelle Rechnungsdaten - Dati generali del documento", "", ""),
        ("2.1.1.[4|3]", "Dok.-nummer und -datum", "Numero e data doc.", "58 - 2026-10-02"),
        ("2.1.1.9", "Gesamtbetrag Dokument", "Importo totale documento", "EUR 1.586,00"),
        ("", "Daten zur MwSt. - Dati di riepilogo", "", ""),
        ("2.2.2.5", "Grundlage", "Imponibile", "1.300,00"),
        ("2.2.2.6", "Steuer", "Imposta", "286,00"),
        ("", "Daten zur Bezahlung - Dati relativi al pagamento", "", ""),
        ("2.4.2.5", "Ende Zahlungsziel", "Data scadenza pagamento", "2026-11-01"),
    ]
    got, _status, reasons = read_page(typeset(_bilingual(rows), tmp_path / "bz.pdf"))
    assert (got["invoice_number"], got["issue_date"]) == ("58", "2026-10-02"), reasons
    assert got["due_date"] == "2026-11-01", reasons
    assert totals_read(got) == ("1300.00", "286.00", "1586.00"), reasons


def test_a_summary_tables_rows_with_a_cell_wrapped_round_them(tmp_path: Path) -> None:
    # each rate's row has a text cell wrapped over and under its amounts ('I (esigibilità'
    # over '22 | 955,00 | 210,10' over 'immediata)'): the table goes on past them (it ended
    # at the first row), and with no total printed, the payment's amount closes the rows'
    # sums
    cell = "[#" + t("I (esigibilità") + " \\ #" + t("immediata)") + "]"
    rows = [
        ("22", "1.480,00", "325,60"),
        ("10", "600,00", "60,00"),
    ]
    source = page("a4", "Inter", 9, "it", "1.5cm")
    source += f"#{t('Fattura', 14, bold=True)}\n\n#{t('Cedente/prestatore (fornitore)')}\n\n"
    source += f"#{t('Denominazione: Tipografia Rossi S.r.l.')}\n\n#{t('Valuta: EUR')}\n\n"
    source += f"#{t('Numero documento: 2026/0451')}\n\n#{t('Data documento: 08-04-2026')}\n\n"
    source += (
        "#grid(columns: (1.5cm, 4cm, 3cm, 3cm, 3cm), align: horizon, row-gutter: 6pt, "
        + ", ".join(f"[#{t(x)}]" for x in ("Aliq.", "", "Imponibile", "Imposta", "Esigibilita"))
        + ", "
        + ", ".join(f"[#{t(a)}], [], [#{t(b)}], [#{t(c)}], {cell}" for a, b, c in rows)
        + ")\n\n"
    )
    source += f"#{t('Modalità: MP05 (bonifico)')}\n\n#{t('Importo: 2.465,60')}\n\n"
    got, status, reasons = read_page(typeset(source, tmp_path / "rows.pdf"))
    assert totals_read(got) == ("2080.00", "385.60", "2465.60"), reasons
    assert status == "accepted", reasons


def test_one_rates_block_is_never_the_invoices_totals(tmp_path: Path) -> None:
    # the document's total typed one euro off: the rates' blocks' sums no longer make it, and
    # the exempt rate's block (300.00, tax 0.00) with an item's 'Valore totale: 300.00' made a
    # triple of their own, accepted with a gross of 300.00 (the real total 1,520.00): the page
    # must wait, and no single block is its totals
    lines = [
        ("h", "Dati del cedente / prestatore"),
        ("s", "Dati anagrafici"),
        ("v", "Identificativo fiscale ai fini IVA: IT04433221100"),
        ("v", "Denominazione: Centro Formazione Adriatica S.r.l."),
        ("h", "Dati generali del documento"),
        ("v", "Data documento: 2026-10-20 (20 Ottobre 2026)"),
        ("v", "Numero documento: 2026/118"),
        ("v", "Importo totale documento: 1521.00"),
        ("h", "Dati relativi alle linee di dettaglio della fornitura"),
        ("v", "Descrizione bene/servizio: Noleggio aula attrezzata"),
        ("v", "Valore totale: 1000.00"),
        ("v", "Descrizione bene/servizio: Corso antincendio (esente art. 10)"),
        ("v", "Valore totale: 300.00"),
        ("h", "Dati di riepilogo per aliquota IVA e natura"),
        ("v", "Aliquota IVA (%): 22.00"),
        ("v", "Totale imponibile/importo: 1000.00"),
        ("v", "Totale imposta: 220.00"),
        ("v", "Aliquota IVA (%): 0.00"),
        ("v", "Totale imponibile/importo: 300.00"),
        ("v", "Totale imposta: 0.00"),
        ("h", "Dati relativi al pagamento"),
        ("v", "Importo: 1520.00"),
    ]
    got, status, _reasons = read_page(typeset(_listing(lines), tmp_path / "off.pdf"))
    assert status == "review"
    assert got["gross_total"] != "300.00" and got["net_total"] != "300.00"


def test_a_value_wrapped_round_its_labels_line(tmp_path: Path) -> None:
    # the number in a narrow cell wraps round the label's line ('2026-' above, '0943' below,
    # as GnuCash's Italian invoice prints it): the whole number (none, then its end alone,
    # had been read)
    source = page("a4", "Inter", 10, "it", "2cm")
    source += f"#{t('Officina Grafica Sereni S.r.l.', 16, bold=True)}\n\n"
    source += (
        "#align(right, grid(columns: (8cm, 1.2cm), column-gutter: 6pt, align: (right + horizon, "
        f"right), [#{t('Numero del documento di vendita:', 13)}], "
        f"[#{t('2026-', 13)} \\ #{t('0517', 13)}]))\n\n"
    )
    source += f"#align(right, {t('Data documento di vendita: 14/02/2026')})\n\n"
    source += "".join(
        f"#grid(columns: (5cm, 3cm), {', '.join(f'[#{t(x)}]' for x in row)})\n"
        for row in (("Imponibile", "€ 500,00"), ("IVA 22%", "€ 110,00"), ("Totale", "€ 610,00"))
    )
    got, _status, reasons = read_page(typeset(source, tmp_path / "wrapped.pdf"))
    assert got["invoice_number"] == "2026-0517", reasons
