"""A note's total printed with its parts in grids of small heads over their amounts, as every
Brazilian goods invoice prints it (the DANFE: 'VALOR TOTAL DOS PRODUTOS | VALOR DO FRETE | VALOR
DO SEGURO | DESCONTO | OUTRAS DESPESAS ACESSÓRIAS | VALOR DO IPI | VALOR TOTAL DA NOTA' over
their amounts, each amount set flush right in its head's cell). None of the parts is a net:
the taxes in the goods' prices (ICMS, PIS, COFINS) are not added, the IPI and the ICMS paid for
the buyer's state (ST) are added with the freight and the insurance. So the page has no net and
no tax total; its total stands when its parts add up to it: goods (and services) − discount +
freight + insurance + other charges + IPI + ICMS ST (and its poverty fund's share) + import
tax."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices.parse import amounts_in, money_text

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine
    from robot_lib.invoices.model import Extraction

# the heads (folded text), as the package that printed the note words them ('VALOR TOTAL DA
# NOTA', 'V. TOTAL DA NOTA'), and the sign each part adds to the total with; 'total' is the note's
_V = r"\b(?:valor|v\.)\s*"
_HEADS = {
    "total": (re.compile(_V + r"total\s*da\s*(?:nota|nf-?e)\b"), 0),
    "goods": (re.compile(_V + r"total\s*(?:dos\s*)?produtos\b"), 1),
    "services": (re.compile(_V + r"total\s*dos\s*servicos\b"), 1),
    "freight": (re.compile(_V + r"do\s*frete\b"), 1),
    "insurance": (re.compile(_V + r"do\s*seguro\b"), 1),
    # the note's discount ('DESCONTO' alone; not the bill's 'VALOR DO DESCONTO')
    "discount": (re.compile(r"(?<!do )(?<!\w)desconto\b"), -1),
    "other": (re.compile(r"\boutras\s*desp(?:esas\b|\.)(?:\s*acessorias\b)?"), 1),
    # (not an item table's 'V.IPI' column)
    "ipi": (re.compile(r"\bvalor\s*(?:total\s*)?(?:do\s*)?ipi\b(?!\s*devol)"), 1),
    "ipi_returned": (re.compile(_V + r"(?:do\s*)?ipi\s*devolvido\b"), 1),
    "st": (re.compile(_V + r"do\s*icms\s*(?:st\b|s\.\s*t\.|subst\b|substituicao\b)"), 1),
    "fcp_st": (re.compile(_V + r"(?:do\s*)?fcp\s*(?:retido\s*por\s*)?st\b"), 1),
    "import": (re.compile(_V + r"(?:do\s*)?(?:ii\b|imp(?:osto)?\.?\s*(?:de\s*)?importacao\b)"), 1),
}
# the reason a note waits with when its parts do not make its total (validation says no more)
PARTS_OFF = "the note's parts"
# a head's amount lies on the next line, no further down than this many of the head's heights
_BELOW = 6.0


def _cell_amounts(lines: list[TextLine], ln: TextLine) -> dict[str, Decimal]:
    """The parts whose heads *ln* prints, each with the amount under it in its cell: from the
    head's start to the next head's (a head is a cell of the line, or a known head inside a
    cell two heads share)."""
    found = {
        name: m.start() for name, (rx, _sign) in _HEADS.items() for m in rx.finditer(ln.folded)
    }
    if not found:
        return {}
    starts = sorted(
        {ln.span_x(a, b)[0] for a, b in ln.cells} | {ln.span_x(a, a + 1)[0] for a in found.values()}
    )
    nxt = next((x for x in lines[ln.index + 1 : ln.index + 2] if x.page == ln.page), None)
    height = max((w.size or 10) for w in ln.words)
    if nxt is None or nxt.top - ln.top > _BELOW * height:
        return {}
    placed = [(v, *nxt.span_x(a, b)) for v, a, b in amounts_in(nxt.text)]
    out = {}
    for name, at in found.items():
        x0 = ln.span_x(at, at + 1)[0]
        x1 = next((x for x in starts if x > x0 + 1), float("inf"))
        inside = [v for v, a, b in placed if a >= x0 - 1 and b <= x1 + 1]
        if len(inside) == 1:
            out[name] = inside[0]
    return out


def note_total(lines: list[TextLine]) -> tuple[Decimal, Decimal] | None:
    """The note's total and the sum of its parts, or None when the page prints no such grid
    (no total's head over an amount, or no goods')."""
    if not any(_HEADS["total"][0].search(ln.folded) for ln in lines):
        return None  # (most pages: one search a line)
    parts: dict[str, Decimal] = {}
    for ln in lines:
        for name, value in _cell_amounts(lines, ln).items():
            parts.setdefault(name, value)
    if "total" not in parts or "goods" not in parts:
        return None
    total = parts.pop("total")
    return total, sum((value * _HEADS[name][1] for name, value in parts.items()), Decimal(0))


def read(ex: Extraction, lines: list[TextLine], currency: str | None) -> bool:
    """Set *ex*'s gross from such a grid (no net, no tax): checked when the parts add up to
    it. False when the page prints none."""
    found = note_total(lines)
    if found is None:
        return False
    total, parts = found
    ex.tax_included = True  # (the ICMS, PIS and COFINS: the items' tax columns add no tax)
    if parts == total:
        note = "its parts make it: the goods less the discount, plus the charges, IPI and ICMS ST"
        ex.totals_evidence = note
        ex.set("gross_total", money_text(total, currency), "layout", 0.95, note)
        return True
    ex.set("gross_total", money_text(total, currency), "layout", 0.6, "not cross-checked")
    ex.reasons.append(
        f"{PARTS_OFF} (the goods less the discount, plus freight, insurance, other charges, "
        f"IPI, ICMS ST, import tax) add up to {money_text(parts, currency)}, but its total is "
        f"{money_text(total, currency)}"
    )
    return True
