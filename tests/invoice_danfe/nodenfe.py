"""The same Brazilian notes (:mod:`tests.invoice_danfe`) printed by a third real package, from
npm: @alexssmusica/node-pdf-nfe 1.2.21 (MIT; "Danfe NF-e/NFC-e for node.js applications", the
library behind danfenfeonline.com.br; pdfkit), given each note's authorised NF-e XML as a web
shop's or ERP's Node back end gives it. One layout for every issuer (the package has no options
but a logo and the cancelled stamp).

The values are those :func:`tests.invoice_danfe.invoice` records. ``python -m
tests.invoice_danfe.nodenfe [DIR]`` prints them again with ``node`` and the package on
``NODE_PATH`` (``npm install @alexssmusica/node-pdf-nfe@1.2.21``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.invoice_corpus import product_jobs, render_kept
from tests.invoice_danfe import ISSUERS, SEEDS
from tests.invoice_danfe import invoice as note
from tests.invoice_danfe.render import nfe

__all__ = ["FIXTURES", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "nodenfe_invoices"


def invoice(issuer: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The note of :func:`tests.invoice_danfe.invoice` as the package is given it: its XML."""
    job, values = note(issuer, seed)
    return {"xml": nfe(job)}, values


def make(folder: Path = FIXTURES) -> None:
    """Print every kept note with node-pdf-nfe into *folder*."""
    jobs = product_jobs(invoice, ISSUERS, seeds=SEEDS)
    render_kept(folder, ["node", str(Path(__file__).with_name("render_nodenfe.js"))], jobs)


if __name__ == "__main__":
    make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
