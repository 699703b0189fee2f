"""Print the invoices of :mod:`tests.invoice_pyfox` with pyfox-invoice itself: run by a Python
3.12 that has ``pyfox-invoice`` installed, as ``python render.py IN.json OUT.pdf ...``. Each
IN.json names the region (the package's own labels, number and date formats), the style (its
Typst template), and the invoice's data as the package's ``Invoice`` model takes it; the
package's ``PDFTypstRenderer`` prints it (its SEPA, ZBP or NBU payment QR code included).

The templates import the Typst package ``@preview/based:0.2.0`` for one call: decoding the
QR code's PNG from base64. Typst downloads it from its package site, which this machine cannot
reach, and its decoder is a WebAssembly plugin; a stand-in written here in plain Typst (the
same ``base64.decode``, the same bytes out) is put where Typst looks for downloaded packages,
in a temporary cache. Nothing else of the page depends on it."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from pyfox_invoice.models import Invoice
from pyfox_invoice.regions import DERegion, EUEnglishRegion, FRRegion, PLRegion, UARegion
from pyfox_invoice.renderers import PDFTypstRenderer

REGIONS: dict[str, Any] = {
    "en": EUEnglishRegion,
    "de": DERegion,
    "fr": FRRegion,
    "pl": PLRegion,
    "uk": UARegion,
}


BASE64 = """
#let _alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
#let decode(string) = {
  let values = (:)
  for (i, c) in _alphabet.clusters().enumerate() { values.insert(c, i) }
  let string = string.replace("-", "+").replace("_", "/").trim("=", at: end)
  let out = ()
  let (acc, bits) = (0, 0)
  for c in string.clusters() {
    acc = acc * 64 + values.at(c)
    bits += 6
    if bits >= 8 {
      bits -= 8
      let unit = calc.pow(2, bits)
      out.push(calc.quo(acc, unit))
      acc = calc.rem(acc, unit)
    }
  }
  bytes(out)
}
"""


def _stand_in(cache: Path) -> None:
    """The package ``@preview/based:0.2.0``'s base64 decoder, in plain Typst, in *cache*."""
    root = cache / "typst" / "packages" / "preview" / "based" / "0.2.0"
    (root / "src").mkdir(parents=True)
    (root / "typst.toml").write_text(
        '[package]\nname = "based"\nversion = "0.2.0"\nentrypoint = "src/lib.typ"\n'
    )
    (root / "src" / "lib.typ").write_text('#import "base64.typ"\n')
    (root / "src" / "base64.typ").write_text(BASE64)


def main(pairs: list[str]) -> None:
    cache = Path(tempfile.mkdtemp(prefix="pyfox-"))
    _stand_in(cache)
    os.environ["XDG_CACHE_HOME"] = str(cache)  # where Typst finds packages it downloaded
    for src, out in zip(pairs[::2], pairs[1::2], strict=True):
        job = json.loads(Path(src).read_text(encoding="utf-8"))
        invoice = Invoice.model_validate(job["invoice"])
        renderer = PDFTypstRenderer(template_name=job["style"])
        Path(out).write_bytes(
            renderer.render(invoice, REGIONS[job["region"]](), output_format="pdf")
        )


if __name__ == "__main__":
    main(sys.argv[1:])
