"""Print the invoices of :mod:`tests.invoice_sqlledger` with SQL-Ledger's own code: ``python
render.py ROOT IN.json OUT.pdf ...``, ROOT being Debian's ``sql-ledger`` package unpacked (its
``usr/share/sql-ledger``). For each invoice, ``render.pl`` (Debian's perl) fills SQL-Ledger's
print form and has its ``Form->parse_template`` write the page from the language's template set
(``doc/templates/LANGUAGE``): as a PDF, the LaTeX template typeset by pdflatex (Debian's
TeX Live), as SQL-Ledger makes it; as HTML (the template's Latin-1 made UTF-8: SQL-Ledger sends
the page with its character set in the HTTP header, given here in the page), printed by
Chromium as the browser does."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run alone
from tests.chromium_pdf import print_html  # noqa: E402


def _templates(root: Path, name: str, into: Path) -> None:
    """Copy SQL-Ledger's template set *name* into *into*/templates, its HTML files made UTF-8."""
    folder = into / "templates" / name
    folder.mkdir(parents=True)
    for src in (root / "doc" / "templates" / name).iterdir():
        data = src.read_bytes()
        if src.suffix == ".html":  # (LaTeX reads its own: the templates name their encoding)
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                data = data.decode("latin-1").encode("utf-8")
        (folder / src.name).write_bytes(data)
    # the German LaTeX invoice includes a letterhead its set does not ship: its users write one
    # from the default set's, as here (its company, address, telephone and fax)
    for own in ("letterhead.tex", "logo.png"):
        if not (folder / own).exists():
            (folder / own).write_bytes((root / "doc" / "templates" / "Default" / own).read_bytes())


def main(root: Path, pairs: list[str]) -> None:
    script = Path(__file__).with_name("render.pl")
    with tempfile.TemporaryDirectory() as tmp:
        # run where SQL-Ledger runs: its 'templates' and 'users' folders side by side
        (Path(tmp) / "users").mkdir()
        copied: set[str] = set()
        html = Path(tmp) / "invoice.html"
        for src, out in zip(pairs[::2], pairs[1::2], strict=True):
            job = json.loads(Path(src).read_text(encoding="utf-8"))
            name = job["template"]
            if name not in copied:
                _templates(root, name, Path(tmp))
                copied.add(name)
            target = html if job["format"] == "html" else Path(out).resolve()
            done = subprocess.run(
                ["perl", str(script), str(root), f"templates/{name}", "users", src, str(target)],
                check=True,
                capture_output=True,
                text=True,
                cwd=tmp,
            )
            total = done.stdout.split()[-1]
            if total != job["gross"]:
                raise SystemExit(f"{src}: SQL-Ledger's total {total} is not {job['gross']}")
            if job["format"] == "pdf":  # SQL-Ledger's own PDF, typeset by pdflatex
                if not target.exists():
                    raise SystemExit(f"{src}: SQL-Ledger made no PDF")
                continue
            page = html.read_text(encoding="utf-8")
            html.write_text('<meta charset="utf-8">\n' + page, encoding="utf-8")
            print_html(html, out)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve(), sys.argv[2:])
