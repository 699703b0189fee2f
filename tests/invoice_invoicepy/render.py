"""Print the invoices of :mod:`tests.invoice_invoicepy` with invoicepy 0.1.2 itself: run by
Debian's ``/usr/bin/python3`` (with ``weasyprint``, ``python3-pydantic``,
``python3-email-validator``, ``python3-jinja2``, ``python3-click``) as ``python3 render.py
IN.json OUT.pdf ...``. The package's wheel is fetched from PyPI (``pip download``) and imported
from where it is unpacked, never installed; each job becomes the package's own ``Invoice``
model (its company, customer and lines, as its configuration file stores them), and the
package's ``write_pdf`` fills the job's template and prints it with WeasyPrint, as its ``print``
command does."""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run alone, by Debian's Python
from tests.invoice_corpus import unpacked_sdist  # noqa: E402


def main(pairs: list[str]) -> None:
    root = unpacked_sdist("invoicepy==0.1.2", Path(tempfile.mkdtemp(prefix="invoicepy-")), True)
    sys.path.insert(0, str(root))
    from invoicepy.models import Invoice
    from invoicepy.render import write_pdf

    for src, out in zip(pairs[::2], pairs[1::2], strict=True):
        job = json.loads(Path(src).read_text(encoding="utf-8"))
        invoice = Invoice(
            series=job["series"],
            number=job["number"],
            create_date=dt.date.fromisoformat(job["date"]),
            currency=job["currency"],
            company=job["company"],
            customer=job["customer"],
            lines=job["lines"],
        )
        write_pdf(invoice, Path(out), None, job["template"])


if __name__ == "__main__":
    main(sys.argv[1:])
