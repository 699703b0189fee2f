"""Learning a vendor from one corrected invoice: where each value a person approved is
printed, relative to its label, becomes a vendor profile (the same shape as a template file,
``templates.py``), applied to that vendor's next invoices before they are validated.

- ``match``: what identifies the vendor on the page: its name as printed, and a VAT ID or
  IBAN when one is printed (every keyword must be on a page for the profile to apply);
- each field: the label words left of its value on the same line (``direction = "right"``),
  else the label right above it (``"below"``); a value with no label near it, and the
  currency, are kept as they are (``value``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from robot_lib.invoices.locate import locate
from robot_lib.invoices.parse import dates_in, fold, squashed
from robot_lib.invoices.templates import AMOUNT_FIELDS, amounts, convert, read_field
from robot_lib.pdf import Document, Word, open_pdf

IDENTITY = re.compile(
    r"\b(?:[A-Z]{2}\s?\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?"  # IBAN
    r"|[A-Z]{2}\s?[0-9A-Z]{8,12}"  # EU VAT ID
    r"|\d{9}\s?MVA|CHE[-\s]?\d{3}\.\d{3}\.\d{3})\b"
)
MAX_GAP = 40.0  # points: a wider gap ends a label (as pdf.find_value reads it)


def _labelish(text: str) -> bool:
    """Words that can be a label: letters, and no more digits than a rate ("VAT 20 %")."""
    bare = re.sub(r"\d+(?:[.,]\d+)?\s?%", "", text)
    return bool(re.search(r"[^\W\d_]{2,}", bare)) and sum(c.isdigit() for c in bare) < 3


def _label_left(
    line: list[Word], box: tuple[int, float, float, float, float]
) -> tuple[str, float] | None:
    """The nearest group of label words left of the value on its line, and the gap."""
    left = [w for w in line if w.x1 <= box[1] + 0.5]
    if not left or box[1] - left[-1].x1 > 320:
        return None
    label = [left[-1]]
    for w in reversed(left[:-1]):
        if label[0].x0 - w.x1 > MAX_GAP or len(label) == 5:
            break
        label.insert(0, w)
    text = " ".join(w.text for w in label)
    # values are often right-aligned: a shorter one starts further right
    return (text, round(box[1] - label[-1].x1 + 80, 1)) if _labelish(text) else None


def _label_above(
    lines: list[list[Word]], at: int, box: tuple[int, float, float, float, float]
) -> str | None:
    for line in reversed(lines[max(0, at - 2) : at]):
        over = [w for w in line if w.page == box[0] and w.x1 >= box[1] - 2 and w.x0 <= box[3] + 2]
        text = " ".join(w.text for w in over)
        if over and _labelish(text):
            return text
    return None


def _reads(doc: Document, text: str, name: str, spec: dict[str, Any], want: Any) -> bool:
    """Whether *spec* reads the approved value back from this very page."""
    got = convert(name, read_field(doc, text, spec))
    return got is not None and fold(str(got)) == fold(str(want))


def _position(
    doc: Document, name: str, box: tuple[int, float, float, float, float]
) -> dict[str, Any]:
    """A value with no label: an amount by its place counted from the end (totals come
    last, after however many lines), anything else by the area it is printed in."""
    if name in AMOUNT_FIELDS:
        found = amounts(doc)
        for n, w in enumerate(reversed(found), 1):
            if w.page == box[0] and abs(w.top - box[2]) < 1.5 and abs(w.x0 - box[1]) < 1:
                return {"from_end": n}
    page, x0, top, x1, bottom = box
    pad = 60.0  # values of another length start further left or right
    return {
        "box": [
            page,
            round(x0 - pad, 1),
            round(top - 4, 1),
            round(x1 + pad, 1),
            round(bottom + 4, 1),
        ]
    }


def learn_profile(doc: Document, values: dict[str, Any]) -> dict[str, Any]:
    """A profile of the vendor of *doc* from the approved *values* (the fields' final
    values): ``{"vendor": {"name", "match"}, "fields": {name: {anchor, direction} | {value}}}``."""
    boxes = locate(doc, values)
    lines = doc.lines()
    text = doc.text()
    fields: dict[str, dict[str, str]] = {}
    for name, value in values.items():
        if value in (None, "") or name in ("seller", "buyer"):
            continue
        if name == "currency":  # printed as €, $, EUR ...: a vendor bills in one currency
            fields[name] = {"value": str(value)}
            continue
        box = boxes.get(name)
        if box is None:
            continue
        at = next(
            (
                i
                for i, ln in enumerate(lines)
                if any(
                    w.page == box[0] and abs(w.top - box[2]) < 1.5 and w.x0 >= box[1] - 0.5
                    for w in ln
                )
            ),
            None,
        )
        if at is None:
            continue
        candidates: list[dict[str, Any]] = []
        left = _label_left(lines[at], box)
        if left:
            candidates.append({"anchor": left[0], "direction": "right", "gap": left[1]})
        above = _label_above(lines, at, box)
        if above:
            candidates.append({"anchor": above, "direction": "below"})
        candidates.append(_position(doc, name, box))
        spec = next((c for c in candidates if _reads(doc, text, name, c, value)), None)
        if spec is not None:
            fields[name] = spec
    seller = str(values.get("seller") or "").strip()
    printed = bool(seller) and fold(seller) in fold(text)
    own = {squashed(str(v)) for v in values.values() if v}  # not this invoice's
    ids = [
        m.group(0)
        for m in IDENTITY.finditer(text)
        if squashed(m.group(0)) not in own and sum(c.isdigit() for c in m.group(0)) >= 6
    ]
    ids = list(dict.fromkeys(ids))
    match = [seller] if printed else ids[:2]  # every keyword must be on the page: few
    if not match:  # nothing names the vendor: its first printed line does
        first = next((ln for ln in lines if ln), [])
        match = [" ".join(w.text for w in first)] if first else []
    vendor: dict[str, Any] = {"name": seller or None, "match": match}
    if _month_first(doc, values, boxes):
        vendor["date_order"] = "mdy"
    if values.get("gross_total") and not (values.get("net_total") and values.get("tax_total")):
        vendor["gross_only"] = True
    return {"vendor": vendor, "fields": fields}


def _month_first(doc: Document, values: dict[str, Any], boxes: dict[str, Any]) -> bool:
    """Whether the vendor prints numeric dates month first: an approved date that is the
    printed one read month first only (01/02/2022 as January 2), or a printed date whose
    second part is over 12 (10/18/18)."""
    for name in ("issue_date", "due_date"):
        box = boxes.get(name)
        if not values.get(name) or box is None:
            continue
        printed = " ".join(
            w.text
            for w in doc.words(box[0])
            if w.x0 >= box[1] - 0.5 and w.x1 <= box[3] + 0.5 and abs(w.top - box[2]) < 1.5
        )
        m = re.search(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b", printed)
        if m and int(m.group(1)) <= 12 < int(m.group(2)):
            return True
        dmy = [d.isoformat() for d, _s, _e in dates_in(printed, False)]
        mdy = [d.isoformat() for d, _s, _e in dates_in(printed, True)]
        if values[name] in mdy and values[name] not in dmy:
            return True
    return False


def learn_from_file(path: Path, values: dict[str, Any]) -> dict[str, Any]:
    doc = open_pdf(path)
    try:
        return learn_profile(doc, values)
    finally:
        doc.close()


def identity(profile: dict[str, Any]) -> str:
    """What makes two profiles the same vendor: its VAT ID / IBAN, else its name."""
    match = profile["vendor"]["match"]
    ids = [m for m in match if IDENTITY.fullmatch(m)]
    name = profile["vendor"].get("name") or (match[0] if match else "?")
    return fold(ids[0] if ids else name)


def to_toml(profile: dict[str, Any], comment: str = "") -> str:
    """The profile as a template file (``bots/invoice_templates/*.toml``)."""
    import json

    def q(s: str) -> str:
        return json.dumps(s, ensure_ascii=False)

    v = profile["vendor"]
    out = [f"# {comment}" if comment else "# learned from a corrected invoice", "[vendor]"]
    if v.get("name"):
        out.append(f"name = {q(v['name'])}")
    out.append("match = [" + ", ".join(q(m) for m in v["match"]) + "]")
    out += ["", "[fields]"]
    for name, spec in profile["fields"].items():
        inner = ", ".join(
            f"{k} = {x}" if isinstance(x, int | list) else f"{k} = {q(str(x))}"
            for k, x in spec.items()
        )
        out.append(f"{name} = {{ {inner} }}")
    return "\n".join(out) + "\n"
