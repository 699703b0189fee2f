"""Brazilian goods invoices printed by brazilfiscalreport, kept as PDFs in
``tests/data/danfe_invoices`` (``tests/invoice_danfe``): the DANFE every Brazilian firm hands
over with its goods, read as a new vendor's page is read; the same notes printed by two more
real packages, pytrustnfe3 and node-pdf-nfe. And the kinds of layout they showed, drawn on
their own with other names and values: the note's total whose parts stand in a grid of heads
over amounts set flush right (no net, no tax total), in each printer's words; the number sign
under the document's title (before a bill's 'Nº Fatura'); the receipt stub that names the
issuer; the instalments under 'FATURA / DUPLICATAS', in rows or as a card; the freight's
'(CIF)', no tax number; and a CNPJ that says the amounts are reais."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from robot_lib.invoices.ids import read_id
from robot_lib.invoices.parse import currencies_in
from tests.invoice_corpus import (
    Case,
    assert_kept_read,
    kept_cases,
    kept_jobs,
    read_page,
    totals_read,
)
from tests.invoice_danfe import FIXTURES, ISSUERS, SEEDS, invoice, nodenfe, trustnfe
from tests.invoice_typeset import typeset
from tests.invoice_typeset.markup import page, t

CASES = kept_cases(FIXTURES)
PRINTERS = ["brazilfiscalreport", "pytrustnfe3", "node-pdf-nfe"]


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(ISSUERS) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        items = job["items"]
        parts = sum(Decimal(i["total"]) - Decimal(i["off"]) + Decimal(i["ipi"]) for i in items)
        parts += sum(Decimal(job[k]) for k in ("freight", "insurance", "other"))
        assert parts == Decimal(truth["gross_total"]) == Decimal(job["gross"])
        assert truth["net_total"] is None and truth["tax_total"] is None


# the same notes printed by pytrustnfe3 (``tests/invoice_danfe/trustnfe.py``) and by
# node-pdf-nfe (``tests/invoice_danfe/nodenfe.py``), given each note's XML
TRUST_CASES = kept_cases(trustnfe.FIXTURES)
NODE_CASES = kept_cases(nodenfe.FIXTURES)


def test_the_other_printers_folders_hold_the_same_notes() -> None:
    assert len(TRUST_CASES) == len(NODE_CASES) == len(CASES)
    # (kept_jobs: each page's values are those the note's generator makes again)
    for job, _truth in kept_jobs(trustnfe.FIXTURES, TRUST_CASES, trustnfe.invoice):
        name = next(k for k, v in ISSUERS.items() if v["name"] == job["issuer"]["name"])
        assert job["trust"] == trustnfe.PRINT[name]
    for job, _truth in kept_jobs(nodenfe.FIXTURES, NODE_CASES, nodenfe.invoice):
        assert job["xml"].startswith("<?xml") and "<nfeProc" in job["xml"]


@pytest.mark.parametrize("cases", [CASES, TRUST_CASES, NODE_CASES], ids=PRINTERS)
def test_every_page_reads_right_and_goes_through(cases: list[Case]) -> None:
    assert_kept_read(cases, {})


def _box(head: str, value: str) -> str:
    """A DANFE's cell: its head in small capitals at the top left, its value under it."""
    return (
        f"[#align(left, {t(head, 5)}) #v(-0.6em) "
        f"#align({'right' if value[-3:-2] == ',' else 'left'}, {t(value, 7)})]"
    )


def _grid(*rows: list[tuple[str, str]]) -> str:
    """Rows of cells in boxes, as many columns as the longest row."""
    n = max(len(r) for r in rows)
    body = ", ".join(
        _box(h, v) if i < len(r) else "[]"
        for r in rows
        for i, (h, v) in enumerate(r + [("", "")] * (n - len(r)))
    )
    return f"#table(columns: (1fr,) * {n}, inset: 3pt, {body})\n"


def _danfe(
    *,
    seller: str | None = "Cerâmica Terra Roxa Indústria Ltda",
    number: str = "000.412.087",
    sign: str = "Nº ",
    stub: bool = True,
    parts: dict[str, str],
    total: str,
    total_head: str = "VALOR TOTAL DA NOTA",
    instalments: tuple[tuple[str, str, str], ...] = (),
    carrier: bool = False,
    bill: tuple[str, str] | None = None,
) -> str:
    """A DANFE's source: the receipt stub (when *stub*), the issuer's box (its name, when
    *seller*, beside the document's box: 'DANFE', its subtitle, entry or exit, the number),
    the customer's grid, the instalments (in rows; or *bill*'s number and one instalment's due
    date as a card), the taxes' grid with *parts* and the *total*, the carrier's block (when
    *carrier*)."""
    out = page("a4", "DejaVu Sans", 7, "pt", "1cm")
    if stub:
        said = f"RECEBEMOS DE {seller or 'Vidraçaria Horizonte Ltda'} OS PRODUTOS CONSTANTES"
        out += (
            "#grid(columns: (1fr, 5em), column-gutter: 1em, "
            f"[#{t(said + ' DA NOTA FISCAL ELETRÔNICA INDICADA AO LADO', 5)}], "
            f"align(center)[#{t('NF-e', 10)} \\ #{t('Nº' + number, 10)} \\ #{t('SÉRIE 3', 10)}])\n"
        )
    left = f"#{t(seller, 12)} \\ " if seller else ""
    left += f"#{t('Rodovia SP-191, km 12', 8)} \\ #{t('Rio Claro - SP', 8)}"
    right = " \\ ".join(
        f"#{t(x, s)}"
        for x, s in (
            ("DANFE", 12),
            ("DOCUMENTO AUXILIAR", 7),
            ("DA NOTA FISCAL", 7),
            ("ELETRÔNICA", 7),
            ("0 - ENTRADA", 8),
            ("1 - SAÍDA", 8),
            (f"{sign}{number}", 10),
            ("SÉRIE 3", 8),
        )
    )
    out += f"#grid(columns: (1fr, 14em, 1fr), [{left}], align(center)[{right}], [])\n"
    out += f"#{t('DESTINATÁRIO / REMETENTE', 6)}\n\n"
    out += _grid(
        [
            ("NOME / RAZÃO SOCIAL", "Construtora Alvorada do Sul Ltda"),
            ("CNPJ / CPF", "61.204.377/0001-90"),
            ("DATA DA EMISSÃO", "14/07/2026"),
        ],
        [("ENDEREÇO", "Rua Tiradentes, 88"), ("MUNICÍPIO", "Limeira"), ("UF", "SP")],
    )
    if bill is not None:
        out += f"#{t('FATURA / DUPLICATA', 6)}\n\n"
        out += f"#{t(f'Nº Fatura: {bill[0]} | Orig: {total} | Liq: {total}', 7)}\n\n"
        for line in ("Num. 001", f"Venc. {bill[1]}", f"Valor R$ {total}"):
            out += f"#{t(line, 7)}\n\n"
    if instalments:
        out += f"#{t('FATURA / DUPLICATAS', 6)}\n\n"
        for n, day, amount in instalments:
            out += f"#{t(f'{n} {day} {amount}', 7)}\n\n"
    out += f"#{t('CÁLCULO DO IMPOSTO', 6)}\n\n"
    heads = [*parts.items(), (total_head, total)]
    half = (len(heads) + 1) // 2
    out += _grid(heads[:half], heads[half:])
    if carrier:
        out += f"#{t('TRANSPORTADOR / VOLUMES TRANSPORTADOS', 6)}\n\n"
        out += _grid(
            [
                ("NOME / RAZÃO SOCIAL", "Expresso Araguaia Transportes Ltda"),
                ("FRETE POR CONTA", "0 - Por conta do Remetente (CIF)"),
                ("CNPJ / CPF", "33.441.205/0001-77"),
            ],
            [
                ("ENDEREÇO", "Av. Anhanguera, 5120"),
                ("MUNICÍPIO", "Goiânia"),
                ("INSCRIÇÃO ESTADUAL", "104227361"),
            ],
        )
    out += f"#{t('QUANTIDADE', 5)} #h(2em) #{t('ESPÉCIE', 5)} #h(2em) #{t('CAIXAS', 7)}\n\n"
    return out


# the parts of a note: 2.480,00 of goods less 124,00 off, 95,50 freight, 12,40 insurance,
# 30,00 other charges, 117,80 IPI and 0,00 ICMS ST make 2.611,70
_PARTS = {
    "BASE DE CÁLCULO DO ICMS": "2.356,00",
    "VALOR DO ICMS": "424,08",
    "VALOR DO ICMS ST": "0,00",
    "VALOR TOTAL DOS PRODUTOS": "2.480,00",
    "VALOR DO FRETE": "95,50",
    "VALOR DO SEGURO": "12,40",
    "DESCONTO": "124,00",
    "OUTRAS DESPESAS ACESSÓRIAS": "30,00",
    "VALOR DO IPI": "117,80",
}


def test_a_notes_total_stands_when_its_parts_add_up(tmp_path: Path) -> None:
    # the goods less the discount, the freight, insurance, other charges and the IPI make the
    # note's total: it goes through with no net and no tax (the ICMS 'BASE DE CÁLCULO' and
    # 'VALOR DO ICMS' were read as the net and the tax, the IPI as the gross)
    got, status, reasons = read_page(
        typeset(_danfe(parts=_PARTS, total="2.611,70"), tmp_path / "a.pdf")
    )
    assert totals_read(got) == (None, None, "2611.70"), reasons
    assert status == "accepted", reasons
    # the total printed one real off: its parts do not make it, it waits
    got, status, reasons = read_page(
        typeset(_danfe(parts=_PARTS, total="2.612,70"), tmp_path / "b.pdf")
    )
    assert got["gross_total"] == "2612.70" and status == "review"
    # (one reason, naming both figures: not also "uncertain" and "cannot be cross-checked")
    assert len(reasons) == 1 and "add up to 2611.70, but its total is 2612.70" in reasons[0]


# the same kinds of parts as other printers word them ('V. TOTAL PRODUTOS', 'OUTRAS DESPESAS',
# 'VALOR TOTAL IPI', 'VALOR DO ICMS SUBST.'), with an import tax, and the approximate taxes
# ('V. TOT. TRIB.') that are no part: 1.850,00 − 18,50 + 66,60 + 40,00 + 92,50 = 2.030,60
_WORDED_OTHERWISE = {
    "BASE DE CÁLC. DO ICMS": "1.831,50",
    "VALOR DO ICMS": "329,67",
    "BASE DE CÁLC. ICMS S.T.": "370,00",
    "VALOR DO ICMS SUBST.": "66,60",
    "V. IMP. IMPORTAÇÃO": "40,00",
    "V. TOTAL PRODUTOS": "1.850,00",
    "VALOR DO FRETE": "0,00",
    "VALOR DO SEGURO": "0,00",
    "DESCONTO": "18,50",
    "OUTRAS DESPESAS": "0,00",
    "VALOR TOTAL IPI": "92,50",
    "V. TOT. TRIB.": "412,35",
}


def test_the_parts_as_other_printers_word_them(tmp_path: Path) -> None:
    src = _danfe(parts=_WORDED_OTHERWISE, total="2.030,60", total_head="V. TOTAL DA NOTA")
    got, status, reasons = read_page(typeset(src, tmp_path / "w.pdf"))
    assert totals_read(got) == (None, None, "2030.60"), reasons
    assert status == "accepted", reasons
    # 'OUTRAS DESP. ACESSÓRIAS' (30,00 of other charges: the parts did not add up)
    short = {k.replace("DESPESAS", "DESP."): v for k, v in _PARTS.items()}
    got, status, reasons = read_page(
        typeset(_danfe(parts=short, total="2.611,70"), tmp_path / "o.pdf")
    )
    assert got["gross_total"] == "2611.70" and status == "accepted", reasons


def test_the_number_sign_under_the_documents_title(tmp_path: Path) -> None:
    # 'Nº 000.412.087' six lines under 'DANFE' (its subtitle and the entry / exit boxes
    # between), and glued under the stub's 'NF-e': the note's number (none was read)
    # ('Nº. 000.000.517' as other printers write it)
    for stub, number, sign in (
        (False, "000.412.087", "Nº "),
        (True, "001.020.304", "Nº "),
        (False, "000.000.517", "Nº. "),
    ):
        src = _danfe(stub=stub, number=number, sign=sign, parts=_PARTS, total="2.611,70")
        got, _status, reasons = read_page(typeset(src, tmp_path / "n.pdf"))
        assert got["invoice_number"] == number, reasons
    # (an amount's first group of thousands never starts with a nought: such a number is an id)
    assert read_id("000.412.087") == "000.412.087" and read_id("1.412,08") is None


def test_the_receipt_stub_names_the_issuer(tmp_path: Path) -> None:
    # the letterhead is a logo (no name at the top): 'RECEBEMOS DE Vidraçaria Horizonte Ltda
    # OS PRODUTOS …' names the issuer, not the customer's company in its grid
    got, _status, reasons = read_page(
        typeset(_danfe(seller=None, parts=_PARTS, total="2.611,70"), tmp_path / "s.pdf")
    )
    assert got["seller"] == "Vidraçaria Horizonte Ltda", reasons


def test_the_freights_cif_is_no_tax_number(tmp_path: Path) -> None:
    # no stub, the carrier's name in its block beside who pays the freight, '(CIF)': the
    # incoterm, not Spain's tax number (the carrier, its block "carrying a tax number", was
    # taken for the seller: a company the page backs beats a letterhead nothing backs)
    src = _danfe(stub=False, carrier=True, parts=_PARTS, total="2.611,70")
    got, _status, reasons = read_page(typeset(src, tmp_path / "t.pdf"))
    assert got["seller"] == "Cerâmica Terra Roxa Indústria Ltda", reasons


def test_the_bills_number_and_its_instalment_as_a_card(tmp_path: Path) -> None:
    # 'Nº Fatura: 412087' (the bill, further down) is not the note's number: 'Nº. 000.412.087'
    # under its title is (the bill's was read); 'Num. 001' / 'Venc. 21/08/2026' / 'Valor R$
    # 2.611,70', the one instalment for the whole total, gives the due date (none was read)
    for stub in (True, False):
        src = _danfe(
            stub=stub, sign="Nº. ", bill=("412087", "21/08/2026"), parts=_PARTS, total="2.611,70"
        )
        got, status, reasons = read_page(typeset(src, tmp_path / "f.pdf"))
        assert got["invoice_number"] == "000.412.087", reasons
        assert got["due_date"] == "2026-08-21" and status == "accepted", reasons


def test_a_cnpj_says_the_amounts_are_reais(tmp_path: Path) -> None:
    # no currency printed, the parties' CNPJs ('61.204.377/0001-90'): reais ('ESPÉCIE', the
    # volumes' kind, was read as the Spanish peseta's code)
    got, _status, reasons = read_page(
        typeset(_danfe(parts=_PARTS, total="2.611,70"), tmp_path / "c.pdf")
    )
    assert got["currency"] == "BRL", reasons
    assert currencies_in("ESPÉCIE") == [] and currencies_in("BRL 10,00") == ["BRL"]


def test_the_one_instalment_under_fatura_duplicatas_is_the_due_date(tmp_path: Path) -> None:
    # one instalment for the whole total: its date is the due date; two give none
    one = (("001", "13/08/2026", "2.611,70"),)
    two = (("001", "13/08/2026", "1.305,85"), ("002", "12/09/2026", "1.305,85"))
    for instalments, due in ((one, "2026-08-13"), (two, None)):
        src = _danfe(parts=_PARTS, total="2.611,70", instalments=instalments)
        got, _status, reasons = read_page(typeset(src, tmp_path / "d.pdf"))
        assert got["due_date"] == due, reasons
