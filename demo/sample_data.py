"""``bots demo data``: every sample file the demo and the tests use, deterministic by seed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from demo.sample_customers import write_customers
from demo.sample_invoices import generate_invoices


def generate(
    folder: Path, rows: int = 50, count: int = 2, seed: int = 7, bad: bool = True
) -> dict[str, Any]:
    """Write ``invoices/`` (PDF + truth JSON, bad documents) and ``customers.xlsx``."""
    inv = generate_invoices(folder / "invoices", count=count, seed=seed, bad=bad)
    wb = write_customers(folder / "customers.xlsx", rows=rows, seed=seed)
    return {
        "invoices": inv["invoices"],
        "bad documents": inv["bad documents"],
        "invoice folder": inv["folder"],
        "customers workbook": str(wb),
        "customer rows": rows,
    }
