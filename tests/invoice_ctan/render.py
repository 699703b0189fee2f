"""Typeset the invoices of :mod:`tests.invoice_ctan` with the package each job names, as its
documentation's examples use it: ``python render.py IN.json OUT.pdf ...``, with ``pdflatex``
and TeX Live's ``texlive-latex-extra`` installed. Each job becomes one LaTeX document (the
package's commands with the job's values, TeX's date registers set to the invoice's day so
that the package's own ``\\today`` and deadline are that day's), compiled twice by pdflatex."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

_SPECIAL = {"&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_", "$": r"\$", "×": r"$\times$"}


def tex(text: str) -> str:
    """*text* with LaTeX's special characters escaped."""
    return "".join(_SPECIAL.get(c, c) for c in text)


def simpleinvoice(job: dict[str, Any]) -> str:
    """A simpleinvoice document, as the package's examples write one."""
    day = dt.date.fromisoformat(job["date"])
    sender, receiver = job["sender"], job["receiver"]
    newline = r" \\ "
    lines = [
        rf"\documentclass[a4paper,{job['language']}]{{article}}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[margin=2.5cm]{geometry}",
        r"\usepackage{simpleinvoice}",
        r"\pagestyle{empty}",
        rf"\day={day.day} \month={day.month} \year={day.year}",
        r"\begin{document}",
        rf"\setinvoicenumber{{{tex(job['number'])}}}",
        rf"\setreceivername{{{tex(receiver['name'])}}}",
        rf"\setreceiveraddress{{{newline.join(tex(x) for x in receiver['address'])}}}",
        rf"\setname{{{tex(sender['name'])}}}",
        rf"\setaddress{{{newline.join(tex(x) for x in sender['address'])}}}"
        rf"{{{' / '.join(tex(x) for x in sender['address'])}}}",
        rf"\setphonenumber{{{tex(sender['phone'])}}}",
        rf"\setemail{{{sender['email']}}}",
    ]
    if job["refs"]:
        lines += [
            rf"\setyourref{{{tex(job['refs']['yours'])}}}",
            rf"\setourref{{{tex(job['refs']['ours'])}}}",
        ]
    lines.append(rf"\setdeadline{{{job['deadline']}}}")
    for desc, price, rate, total in job["items"]:
        lines.append(rf"\additem{{{tex(desc)}}}{{{tex(price)}}}{{{rate}}}{{{tex(total)}}}")
    lines += [
        rf"\setsubtotal{{{tex(job['subtotal'])}}}",
        rf"\setvat{{{tex(job['vat'])}}}",
        rf"\settotal{{{tex(job['total'])}}}",
        rf"\setaccountnumber{{{tex(job['account'])}}}",
        r"\makeinvoice",
        r"\end{document}",
    ]
    return "\n".join(lines) + "\n"


PACKAGES = {"simpleinvoice": simpleinvoice}


def main(pairs: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for src, out in zip(pairs[::2], pairs[1::2], strict=True):
            job = json.loads(Path(src).read_text(encoding="utf-8"))
            doc = Path(tmp) / "invoice.tex"
            doc.write_text(PACKAGES[job["package"]](job), encoding="utf-8")
            for _ in range(2):  # (the second run settles what the first wrote down)
                done = subprocess.run(
                    ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", doc.name],
                    cwd=tmp,
                    capture_output=True,
                    text=True,
                )
                if done.returncode:
                    sys.exit(done.stdout[-3000:])
            shutil.copy(doc.with_suffix(".pdf"), out)


if __name__ == "__main__":
    main(sys.argv[1:])
