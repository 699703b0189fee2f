"""A summary table's heads wrapped over two or three lines in narrow columns ('Total excl.'
over 'VAT', 'Total ohne' over 'MwSt.', 'VAT' over 'category'), a column's head set in the
middle of the others' two lines: each column's words joined top to bottom and read as one
label, which must be the whole of the column's head ('VAT category' heads no tax)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from robot_lib.invoices.blocks import segments
from robot_lib.invoices.labels import TOTAL_RX
from robot_lib.invoices.parse import amounts_in

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine


def wrapped_spans(
    lines: list[TextLine], idx: int, keys: tuple[str, ...], item_heads: Callable[[int], bool]
) -> dict[str, tuple[float, float]]:
    """The columns (field of *keys* -> x extent) that line *idx* and the lines right under it,
    with no amount on them, head together, when two or more of them are a total's and one head
    at least runs over more than one line; else nothing. Nothing either when one of the lines
    heads an item table (*item_heads*: 'Jednotková | Sazba | Celkem' over 'Množství …')."""
    head = lines[idx]
    block = [head]
    for ln in lines[idx + 1 : idx + 3]:
        size = max(w.size for w in block[-1].words) or 10.0
        if ln.page != head.page or ln.top - block[-1].top > 1.8 * size or amounts_in(ln.text):
            break
        block.append(ln)
    if len(block) == 1 or any(item_heads(ln.index) for ln in block):
        return {}
    cols: list[tuple[list[float], list[str]]] = []  # ([x0, x1], the words top to bottom)
    for ln in block:
        for sg in segments(ln, tight=True):
            col = next((c for c in cols if sg.x0 < c[0][1] and c[0][0] < sg.x1), None)
            if col is None:
                cols.append(([sg.x0, sg.x1], [sg.folded]))
            else:
                col[0][:] = [min(col[0][0], sg.x0), max(col[0][1], sg.x1)]
                col[1].append(sg.folded)
    out: dict[str, tuple[float, float]] = {}
    wrapped = False
    for (x0, x1), texts in cols:
        text = " ".join(texts).strip(" :.")
        best: tuple[float, str] | None = None
        for f in keys:
            for rx, w in TOTAL_RX[f]:
                m = rx.match(text)
                if m and not text[m.end() :].strip(" :.") and (best is None or w > best[0]):
                    best = (w, f)
        if best is not None and best[1] not in out:
            out[best[1]] = (x0, x1)
            wrapped = wrapped or len(texts) > 1
    return out if len(out) >= 2 and wrapped else {}
