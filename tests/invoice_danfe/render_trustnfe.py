"""Print the notes of :mod:`tests.invoice_danfe.trustnfe` with pytrustnfe3's DANFE: ``python
render_trustnfe.py WHEEL IN.json OUT.pdf ...``, *WHEEL* the unpacked wheel's folder. Its
``nfe/danfe.py`` is loaded on its own (it needs only reportlab, pytz and lxml; the package's
``__init__`` pulls its SOAP clients and xmlsec) and given the NF-e :mod:`render` writes."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from lxml import etree
from render import nfe


def main(wheel: str, pairs: list[str]) -> None:
    spec = importlib.util.spec_from_file_location(
        "trustnfe_danfe", Path(wheel) / "pytrustnfe" / "nfe" / "danfe.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for src, out in zip(pairs[::2], pairs[1::2], strict=True):
        job = json.loads(Path(src).read_text(encoding="utf-8"))
        root = etree.fromstring(nfe(job).encode())
        page = module.danfe(list_xml=[root], recibo=job["trust"]["stub"])
        with open(out, "wb") as pdf:
            page.writeto_pdf(pdf)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
