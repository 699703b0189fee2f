"""Print the invoices of :mod:`tests.invoice_invoicer` with invoicer 0.1.0's own PDF writer:
run by Debian's ``/usr/bin/python3`` (with ``python3-reportlab`` and ``python3-yaml``) as
``python3 render.py IN.json OUT.pdf ...``. The package is fetched from PyPI (``pip download``)
and imported from its unpacked source, never installed.

The package was written for Python 2: its command reads a month's records and a YAML file of
clients (with ``dict.iteritems``) and its resource loader calls ``yaml.load`` without a loader
(PyYAML 6 wants one). Both are left aside: each job's document is built here from the
package's own model classes, and its resources (its Slovak strings, its Roboto fonts, its
images) are read from its ``res`` folder as its ``ResourceManager`` reads them. The page is
then the package's ``PdfWriter``'s, unchanged."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from reportlab.lib.utils import ImageReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run alone, by Debian's Python
from tests.invoice_corpus import unpacked_sdist  # noqa: E402


class Resources:
    """The package's ``ResourceManager``, reading the same files (its strings with a loader)."""

    def __init__(self, root: Path) -> None:
        self.root = root / "res"
        self.data = yaml.safe_load((self.root / "values" / "strings.yaml").read_text("utf-8"))

    def get_string(self, key: str, value: Any = None) -> str:
        text = str(self.data.get(key, ""))
        return text if value is None else text % value

    def get_image(self, name: str) -> ImageReader:
        return ImageReader(str(self.root / "imgs" / f"{name}.png"))

    def get_font(self, name: str) -> str:
        return str(self.root / "fonts" / f"{name}.ttf")


def main(pairs: list[str]) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="invoicer-"))
    root = unpacked_sdist("invoicer==0.1.0", tmp) / "src" / "invoicer"
    sys.path.insert(0, str(root))  # the package imports its modules by their bare names
    import model
    from pdf_writer import PdfWriter

    resources = Resources(root)
    for src, out in zip(pairs[::2], pairs[1::2], strict=True):
        job = json.loads(Path(src).read_text(encoding="utf-8"))
        contractor = model.Contractor(
            {**job["contractor"], "signature": resources.get_image("white")}
        )
        client = model.Client.__new__(model.Client)  # its __init__ reads projects (Python 2)
        for key, value in job["client"].items():
            setattr(client, key, value)
        items = [
            model.Item(
                name=resources.get_string(f"item_name_{i['kind']}", i["project"]),
                amount=float(i["amount"]),
                unit=i["unit"],
                price=float(i["price"]),
            )
            for i in job["items"]
        ]
        document = model.Document(
            number=job["number"],
            due_date=job["due_date"],
            issue_date=job["issue_date"],
            delivery_date=job["delivery_date"],
            contractor=contractor,
            bank_account=model.BankAccount(job["bank_account"]),
            currency=model.Currency.EUR,
            client=client,
            items=items,
            discount=float(job["discount"]),
        )
        PdfWriter(resources, os.path.abspath(out), document).write()


if __name__ == "__main__":
    main(sys.argv[1:])
