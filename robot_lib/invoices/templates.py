"""Vendor templates: user-written TOML files for vendors whose layout the generic rules miss.

```toml
# bots/invoice_templates/acme.toml
[vendor]
name = "Acme Supplies Ltd"            # reported as the seller
match = ["Acme Supplies", "VAT GB 123 4567 89"]   # every keyword must be on the page
date_order = "dmy"                    # or "mdy" for numeric dates like 11/03/2026

[fields]
invoice_number = { regex = 'Ref\\.\\s*([A-Z]{2}\\d+)' }
issue_date = { anchor = "Dated", direction = "right" }
gross_total = { anchor = "Please pay", direction = "below" }
currency = { value = "GBP" }
```
A field is ``regex`` (first group, or the whole match), ``anchor`` + ``direction``
(right|below: the words next to that label), a fixed ``value``, or, for values printed
without any label (learned from a correction, ``learn.py``), ``box = [page, x0, top, x1,
bottom]`` (the words inside that area, in points) or ``from_end = N`` (the N-th amount
counted from the end of the document: totals come last).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from robot_lib.errors import ConfigError
from robot_lib.invoices.model import FIELDS, OPTIONAL_FIELDS, Extraction
from robot_lib.invoices.parse import dates_in, fold, parse_amount
from robot_lib.pdf import Document

AMOUNT_FIELDS = {"net_total", "tax_total", "gross_total"}
DATE_FIELDS = {"issue_date", "due_date"}


@dataclass
class Template:
    name: str
    path: Path
    vendor: str | None
    match: list[str]
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    month_first: bool = False
    gross_only: bool = False  # the vendor prints no net/tax breakdown (learned)

    @classmethod
    def from_profile(cls, name: str, profile: dict[str, Any]) -> Template:
        """A learned vendor profile (``learn.py``) as a template."""
        v = profile["vendor"]
        return cls(
            name=name,
            path=Path(name),
            vendor=v.get("name"),
            match=list(v["match"]),
            fields=dict(profile["fields"]),
            month_first=v.get("date_order") == "mdy",
            gross_only=bool(v.get("gross_only")),
        )

    def matches(self, folded_text: str) -> bool:
        return bool(self.match) and all(fold(k) in folded_text for k in self.match)

    def apply(self, doc: Document, text: str, ex: Extraction) -> list[str]:
        """Set the fields it can read; returns problems ('field: not found')."""
        problems = []
        if self.vendor:
            ex.set("seller", self.vendor, "template", 0.95, self.name)
        ex.gross_only = self.gross_only
        for name, spec in self.fields.items():
            value = self._convert(name, read_field(doc, text, spec))
            if value is None:
                problems.append(f"template {self.name}: {name} not found")
                continue
            ex.set(name, value, "template", 0.95, self.name)
        return problems

    def _convert(self, name: str, raw: str | None) -> str | None:
        return convert(name, raw, self.month_first)


def read_field(doc: Document, text: str, spec: dict[str, Any]) -> str | None:
    """The raw text one field spec of a template reads on *doc* (None: not found)."""
    if "value" in spec:
        return str(spec["value"])
    if "regex" in spec:
        m = re.search(spec["regex"], text, re.M | re.I)
        return (m.group(1) if m.groups() else m.group(0)) if m else None
    if "anchor" in spec:
        gap = float(spec.get("gap", 40))
        return doc.find_value(spec["anchor"], spec.get("direction", "right"), max_gap=gap)
    if "box" in spec:
        return _in_box(doc, spec["box"])
    if "from_end" in spec:
        return _from_end(doc, int(spec["from_end"]))
    return None


def _in_box(doc: Document, box: list[float]) -> str | None:
    page, x0, top, x1, bottom = int(box[0]), *map(float, box[1:])
    if page >= doc.page_count:
        return None
    inside = [
        w
        for w in doc.words(page)
        if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom
    ]
    return " ".join(w.text for w in inside) or None


def amounts(doc: Document) -> list[Any]:
    """The words that are amounts with decimals, in reading order (for ``from_end``)."""
    return [
        w
        for w in doc.words()
        if re.fullmatch(r"-?[\d.,' ]*\d[.,]\d{2}", w.text) and parse_amount(w.text) is not None
    ]


def _from_end(doc: Document, n: int) -> str | None:
    found = amounts(doc)
    return found[-n].text if 0 < n <= len(found) else None


def convert(name: str, raw: str | None, month_first: bool = False) -> str | None:
    """A printed value as the field holds it: amounts ``1234.50``, dates ISO, currency ISO
    code (None: it is not one)."""
    if raw is None:
        return None
    raw = raw.strip()
    if name in AMOUNT_FIELDS:
        a = parse_amount(raw)
        # a whole amount or one decimal, as a person types it: '12', '0', '12.5', '€ 40'
        m = re.fullmatch(r"[^\d-]{0,4}(-?\d{1,9}(?:[.,]\d)?)\s*[^\d\s]{0,4}", raw)
        if a is None and m:
            a = Decimal(m.group(1).replace(",", "."))
        return f"{a:.2f}" if a is not None else None
    if name in DATE_FIELDS:
        found = dates_in(raw, month_first)
        return found[0][0].isoformat() if found else None
    if name == "currency":
        return raw.upper()[:3] if re.fullmatch(r"[A-Za-z]{3}", raw) else None
    return raw or None


def load_templates(folder: Path | None) -> list[Template]:
    """Every ``*.toml`` template in *folder*; a bad file raises ConfigError naming it."""
    if folder is None or not folder.is_dir():
        return []
    out = []
    known = set(FIELDS) | set(OPTIONAL_FIELDS)
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"invoice template {path}: {exc}") from None
        vendor = data.get("vendor", {})
        fields = data.get("fields", {})
        bad = set(fields) - known
        if bad:
            raise ConfigError(f"invoice template {path}: unknown field(s) {', '.join(sorted(bad))}")
        if not vendor.get("match"):
            raise ConfigError(f"invoice template {path}: [vendor] match = [...] is required")
        for fname, spec in fields.items():
            if not isinstance(spec, dict) or not (
                {"regex", "anchor", "value", "box", "from_end"} & set(spec)
            ):
                raise ConfigError(
                    f"invoice template {path}: field {fname} needs regex, anchor, value, box "
                    f"or from_end"
                )
            if "regex" in spec:
                try:
                    re.compile(spec["regex"])
                except re.error as exc:
                    raise ConfigError(f"invoice template {path}: {fname} regex: {exc}") from None
        out.append(
            Template(
                name=path.stem,
                path=path,
                vendor=vendor.get("name"),
                match=list(vendor["match"]),
                fields=fields,
                month_first=vendor.get("date_order", "dmy") == "mdy",
                gross_only=bool(vendor.get("gross_only")),
            )
        )
    return out
