"""Headings set down the side of a box, one character a line, as Chinese forms print them:
'销 / 售 / 方' (seller) beside the seller's box of a VAT invoice, '销售方信息' on the newer
one. The seller is the name in that box, after its name label ('名称：')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from robot_lib.invoices.blocks import Segment, clean_name, segments, size
from robot_lib.invoices.envelope import HEADING
from robot_lib.invoices.parse import fold
from robot_lib.invoices.parties import NAME_LABEL

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine


def vertical_seller(first: list[TextLine]) -> str | None:
    """The name in the box whose side carries the seller's heading, one character a line."""
    if not any(ln.other_script for ln in first):
        return None  # only forms in East Asian letters set their headings so
    singles: list[tuple[TextLine, Segment]] = [
        (ln, sg) for ln in first for sg in segments(ln) if len(sg.text.strip()) == 1
    ]
    for i, (ln, sg) in enumerate(singles):
        column, reach = [(ln, sg)], 2.5 * size(sg)
        for nxt, other in singles[i + 1 :]:
            step = nxt.top - column[-1][0].top
            if abs(other.x0 - sg.x0) < 3 and 0 < step < reach:
                column.append((nxt, other))
        word = "".join(o.text.strip() for _l, o in column)
        if len(column) < 3 or not HEADING.fullmatch(fold(word)):
            continue
        top, bottom = column[0][0].top - 15, column[-1][0].top + 15
        for box in (x for x in first if top <= x.top <= bottom):
            # the box's part of the line: its words right of the heading (a label spaced out
            # over the box's width, '名        称：', comes apart into cells)
            text = " ".join(w.text for w in box.words if w.x0 > sg.x1)
            if NAME_LABEL.match(fold(text)):
                return clean_name(text.split(":", 1)[1])
    return None
