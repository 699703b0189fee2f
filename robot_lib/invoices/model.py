"""What extraction returns: a value per field with its source and confidence."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

FIELDS = (
    "invoice_number",
    "issue_date",
    "due_date",
    "seller",
    "currency",
    "net_total",
    "tax_total",
    "gross_total",
)
OPTIONAL_FIELDS = ("po_number", "buyer")
REQUIRED = ("seller", "invoice_number", "issue_date", "gross_total", "currency")


@dataclass
class FieldValue:
    """One extracted value (text: dates ISO, amounts '1234.50', currency ISO code)."""

    value: str | None
    source: str  # xml | template | layout | derived
    confidence: float
    note: str = ""


@dataclass
class LineItem:
    description: str
    quantity: str | None = None
    unit_price: str | None = None
    line_total: str | None = None


@dataclass
class Extraction:
    """The fields of one invoice, its line items, and the verdict of validation."""

    file: str
    fields: dict[str, FieldValue] = field(default_factory=dict)
    lines: list[LineItem] = field(default_factory=list)
    lines_source: str | None = None
    adjustment: str | None = None  # document-level charges minus allowances (net = lines + this)
    # printed between the tax and the gross and part of it: shipping, rounding (gross = net +
    # tax + this)
    after_tax: str | None = None
    # the net, tax and gross the layout rules found those charges with: they count only with
    # these totals, whoever (template, XML, a person) gave the final ones
    after_tax_for: tuple[str | None, ...] = ()
    status: str = "review"  # accepted | review
    reasons: list[str] = field(default_factory=list)
    xml_file: str | None = None
    template: str | None = None
    pages: int = 0
    # income tax the customer withholds (Spain's IRPF, Italy's ritenuta d'acconto), printed
    # after the tax and not part of the gross, and the amount payable after it
    withheld: str | None = None
    payable: str | None = None
    # the tax is printed as included in the gross ('enthaltene MwSt.'), no net printed
    tax_included: bool = False
    # what ties the totals together ('net + tax = gross', 'net = gross, no tax printed')
    totals_evidence: str = ""
    gross_only: bool = False  # its vendor prints no net/tax breakdown (taught by a person)
    # the item table has a tax column ('Tax', 'CGST', 'MwSt'): the lines adding up to the gross
    # do not show that no tax is printed
    tax_column: bool = False
    # where each value is printed: field -> [page, x0, top, x1, bottom] in PDF points
    boxes: dict[str, list[float]] = field(default_factory=dict)

    def value(self, name: str) -> str | None:
        f = self.fields.get(name)
        return f.value if f else None

    def set(
        self, name: str, value: str | None, source: str, confidence: float, note: str = ""
    ) -> None:
        if value is None or value == "":
            return
        self.fields[name] = FieldValue(value, source, confidence, note)

    def charges(self) -> str | None:
        """The charges printed between the tax and the gross (shipping, rounding) when they
        belong to the final totals: net + tax + these = gross. None when there are none."""
        final = tuple(self.value(k) for k in ("net_total", "tax_total", "gross_total"))
        return self.after_tax if self.after_tax and final == self.after_tax_for else None

    def summary(self) -> dict[str, Any]:
        """The JSON-lines shape of ``python -m robot_lib.invoices``."""
        return {
            "file": self.file,
            "fields": {k: self.value(k) for k in (*FIELDS, "po_number")},
            "sources": {k: v.source for k, v in self.fields.items()},
            "confidence": {k: round(v.confidence, 2) for k, v in self.fields.items()},
            "evidence": {k: v.note for k, v in self.fields.items() if v.note},
            "boxes": self.boxes,  # field -> [page, x0, top, x1, bottom]
            "withheld": self.withheld,  # income tax withheld by the customer
            "payable": self.payable,  # the gross less it
            "lines": [asdict(li) for li in self.lines],
            "status": self.status,
            "reasons": self.reasons,
        }
