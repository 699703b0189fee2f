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


# the class's own German example's preamble (its labels in German, the euro, its rates),
# with the due date's label, which the example leaves in Spanish, in German too
_GERMAN = r"""\documentclass[prefactura,nospanish]{factura}
\usepackage[utf8]{inputenc}
\usepackage[official]{eurosym}
\usepackage[ngerman]{babel}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\Moneda{\euro{}}
\makeatletter
\def\@AlicuotaG{0.19}
\def\@AlicuotaR{0.07}
\def\@SimboloAlicuotaG{A}
\def\@SimboloAlicuotaR{C}
\def\@SimboloAlicuotaE{B}
\def\@@Datos{Kundenidentifikation}
\def\@@Resumen{Zusammenfassung}
\def\@@Fecha{Datum:}
\def\@@FechaVencimiento{F\"allig am:}
\def\@@Nombre{Kunde:} \def\@@RazonSocial{Kunde:}
\def\@@RIF{USt-IdNr:} \def\@@CT{USt-IdNr:}
\def\@@Contacto{Kontactperson:}
\def\@@Direccion{Adresse:}
\def\@@Telefono{Telefon:}
\def\@@Email{E-mail:}
\def\@@Cliente{Kunde:}
\def\@@Proveedor{Lieferant:}
\def\@@Cantidad{Menge}
\def\@@Descripcion{Beschreibung}
\def\@@PrecioU{Einzelpreis}
\def\@@PrecioT{Gesamt}
\def\@@Precio{Preis}
\def\@@AlicuotaG{MwSt A}
\def\@@AlicuotaR{MwSt C}
\def\@@BIG{Netto 19\%}
\def\@@BIR{Netto 7\%}
\def\@@BIE{Mwst-befreit}
\def\@@Total{Brutto}
\def\@@Conforme{der Kunde}
\def\@@DenominacionFactura{Rechnung}
\def\@@DenominacionCotizacion{Voranschlag}
\renewcommand{\@EstiloDenominacion}{\@LetraDenominacion\@Denominacion-\ifsinnumero\else\@LetraNumeracion Nr:\space\@Num\fi}
\renewcommand{\@EstiloNumControl}{}
\renewcommand{\@EstiloFormalibre}{}
\makeatother
"""
_SPANISH = r"""\documentclass{factura}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
"""
_ITEM = {"G": r"\Item", "R": r"\ItemR", "E": r"\ItemE"}


def factura(job: dict[str, Any]) -> str:
    """A factura document, as the class's examples write one."""
    day = dt.date.fromisoformat(job["date"])
    name, tax_id, address = job["customer"]
    head, *rest = job["letterhead"]
    newline = r" \\ "
    lines = [
        (_GERMAN if job["language"] == "german" else _SPANISH).rstrip("\n"),
        rf"\Membrete{{\textbf{{{tex(head)}}}{newline}{newline.join(tex(x) for x in rest)}}}",
        rf"\Num{{{job['number']}}}",
        rf"\RazonSocial{{{tex(name)}}}",
        rf"\RIF{{{tex(tax_id)}}}",
        rf"\Direccion{{{tex(address)}}}",
        rf"\Fecha{{{day:%d-%m-%Y}}}",
    ]
    if job["credit"]:
        lines.append(rf"\Credito{{{job['credit']}}}")
    lines += [r"\begin{document}", r"\begin{factura}"]
    for i in job["items"]:
        lines.append(rf" {_ITEM[i['rate']]}{{{i['qty']}}}{{{tex(i['desc'])}}}{{{i['price']}}}")
    lines += [r"\end{factura}", r"\end{document}"]
    return "\n".join(lines) + "\n"


def koma_letter(job: dict[str, Any]) -> str:
    """A KOMA-Script letter holding the invoice package's table, as the package's
    documentation bills a consultant's projects; or invoice2's table of items."""
    day = dt.date.fromisoformat(job["date"])
    name, street, town = job["sender"]
    to = r" \\ ".join(tex(x) for x in job["client"])
    opening, closing = job["opening"]
    table = _fees(job) if job["package"] == "invoice" else _items(job)
    lines = [
        r"\documentclass[paper=a4,fromalign=right,refline=wide]{scrlttr2}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{lmodern}",
        rf"\usepackage[{job['language']}]{{babel}}",
        table[0],
        rf"\day={day.day} \month={day.month} \year={day.year}",
        rf"\setkomavar{{fromname}}{{{tex(name)}}}",
        rf"\setkomavar{{fromaddress}}{{{tex(street)}\\{tex(town)}}}",
        rf"\setkomavar{{customer}}{{{tex(job['customer'])}}}",
        rf"\setkomavar{{invoice}}{{{tex(job['number'])}}}",
        rf"\setkomavar{{subject}}{{{tex(job['subject'])}}}",
        r"\begin{document}",
        rf"\begin{{letter}}{{{to}}}",
        rf"\opening{{{tex(opening)}}}",
        *table[1:],
        r"\end{invoice}",
        rf"\closing{{{tex(closing)}}}",
        r"\end{letter}",
        r"\end{document}",
    ]
    return "\n".join(lines) + "\n"


def _fees(job: dict[str, Any]) -> list[str]:
    """The invoice package, and its table of a consultant's fees by project."""
    lines = [r"\usepackage{invoice}", rf"\begin{{invoice}}{{{job['currency']}}}{{{job['vat']}}}"]
    for project in job["projects"]:
        lines.append(rf"\ProjectTitle{{{tex(project['title'])}}}%")
        for fee in project["fees"]:
            lines.append(rf"\Fee{{{tex(fee['activity'])}}}{{{fee['rate']}}}{{{fee['count']}}}")
    return lines


def _items(job: dict[str, Any]) -> list[str]:
    """The invoice2 package with the letter's currency and VAT, and its table of items."""
    options = f"currency-symbol={{{job['currency']}}},vat={job['vat']}"
    if job["included"]:
        options += ",included-vat"
    packages = r"\usepackage[official]{eurosym}" + "\n" + rf"\usepackage[{options}]{{invoice2}}"
    lines = [packages, r"\begin{invoice}"]
    for i in job["items"]:
        vat = f"[{i['vat']}]" if i["vat"] != job["vat"] else ""
        lines.append(rf"\invoiceitem{vat}{{{i['count']}}}{{{tex(i['desc'])}}}{{{i['price']}}}")
    return lines


def _isodoc_total(i: int, word: str | None, amount: str) -> str:
    """A row under the items: the first under its own word ('Subtotal', 'Nettobetrag'), the
    taxes as rows, the last (no word) under the language's 'Total'."""
    if word is None:
        return rf"  \itotal{{{amount}}}"
    if i == 0:
        return rf"  \itotal[{tex(word)}]{{{amount}}}"
    return rf"  \iitem{{{tex(word)}}}{{{amount}}}"


def isodoc(job: dict[str, Any]) -> str:
    """An isodoc invoice, as the class's documentation writes one: the sender's data in
    ``\\setupdocument`` (what a style file holds), the invoice's in ``\\invoice``'s options, the
    table and the payment details as its body."""
    day = dt.date.fromisoformat(job["date"])
    seller = job["seller"]
    setup = [
        f"language={job['language']}",
        "return,footer,fold3,footorder={website;phone;email}",
        *(
            f"{key}={{{tex(seller[key])}}}"
            for key in ("company", "who", "street", "zip", "city", "country")
        ),
        f"returnaddress={{{tex(seller['company'])}\\\\{tex(seller['street'])}\\\\"
        f"{tex(seller['city'])}}}",
        "phone={20\\,7946\\,0321}",
        f"email={{info@{seller['who'].split()[-1].lower()}.example}}",
        f"website={{www.{seller['who'].split()[-1].lower()}.example}}",
        f"term={job['term']}",
        *(
            [f"routingno={job['bank'][0]}", f"accountno={job['bank'][1]}"]
            if job["bank"][0].isdigit()
            else [f"iban={{\\scshape {job['bank'][0]}}}", f"bic={{\\scshape {job['bank'][1]}}}"]
        ),
        f"accountname={{{tex(seller['who'])}}}",
    ]
    if job["vatno"]:
        setup.append(f"vatno={{{job['vatno']}}}")
    if job["currency"]:
        setup.append(f"currency={{{job['currency']}}}")
    to = r" \\ ".join(tex(x) for x in job["to"])
    options = [
        f"to={{{to}}}",
        f"ourref={{{tex(job['number'])}}}",
        f"date={day:%Y%m%d}",
    ]
    if job["yourref"]:
        options += [f"yourref={{{tex(job['yourref'])}}}", f"yourletter={{{job['yourletter']}}}"]
    rows = [f"  \\iitem{{{tex(desc)}}}{{{amount}}}" for desc, amount in job["rows"]]
    rows += [_isodoc_total(i, word, amount) for i, (word, amount) in enumerate(job["totals"])]
    note = f"\\\\[2ex]{tex(job['note'])}" if job["note"] else ""
    lines = [
        r"\documentclass{isodoc}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage{lmodern}",
        r"\setupdocument{" + ",\n  ".join(setup) + "}",
        r"\begin{document}",
        r"\invoice[" + ",\n  ".join(options) + "]{",
        r"\itable{",
        *rows,
        "}" + note,
        r"\\[3ex]\paymentdata",
        "}",
        r"\end{document}",
    ]
    return "\n".join(lines) + "\n"


def facture(job: dict[str, Any]) -> str:
    """A facture document, as the class's examples write one: the seller, the customer and
    the footer in the preamble, ``\\entete`` and the ``facture`` table of ``\\ligne`` in the
    body (the quantity, the discount and the rate in the class's optional arguments)."""
    day = dt.date.fromisoformat(job["date"])
    newline = r"\\" + "\n"
    options = ",".join(job["options"])
    lines = [
        rf"\documentclass[{options}]{{facture}}",
        r"\usepackage[top=2 cm, bottom=2 cm, left=1.5 cm, right=2.5 cm]{geometry}",
    ]
    if job["font"]:
        lines.append(rf"\setmainfont[Mapping=tex-text]{{{job['font']}}}")
    if job["unit"] != "€":
        lines.append(rf"\renewcommand{{\unite}}{{{job['unit']}}}")
    if job["exempt"]:
        lines.append(rf"\renewcommand{{\postTotaux}}{{\hfill {tex(job['exempt'])}}}")
    lines += [
        rf"\TVAdefaut{{{job['rate']}}}",
        rf"\day={day.day} \month={day.month} \year={day.year}",
    ]
    if job["term"]:
        lines.append(rf"\datelimite{{{job['term']}}}")
    lines.append(rf"\dest{{{newline.join(tex(x) for x in job['dest'])}}}")
    if job["fact"]:
        lines.append(rf"\fact{{{newline.join(tex(x) for x in job['fact'])}}}")
    lines += [
        rf"\nomemet{{{tex(job['seller'])}}}",
        rf"\adresseemet{{{newline.join(tex(x) for x in job['address'])}}}",
    ]
    if job["code"]:
        lines.append(rf"\codedest{{{tex(job['code'])}}}")
    lines += [
        rf"\numero{{{tex(job['number'])}}}",
        rf"\pied{{{tex(job['footer'])}}}",
        r"\begin{document}",
        r"\entete",
        "",
        r"\begin{facture}",
    ]
    for i in job["lines"]:
        count = f"[{i['count']}]" if i["count"] != 1 else ""
        if "sansremise" in job["options"]:  # (the rate is then the fourth argument)
            extra = f"[{i['rate']}]"
        elif i["rate"] != job["rate"]:
            extra = f"[{i['off']}][{i['rate']}]"
        else:
            extra = f"[{i['off']}]" if i["off"] != "0" else ""
        lines.append(rf"\ligne{{{tex(i['desc'])}}}{count}{{{i['price']}}}{extra}")
    lines += [r"\end{facture}", r"\end{document}"]
    return "\n".join(lines) + "\n"


PACKAGES = {
    "simpleinvoice": simpleinvoice,
    "factura": factura,
    "invoice": koma_letter,
    "invoice2": koma_letter,
    "isodoc": isodoc,
    "facture": facture,
}
# the engine each package is written for (facture is XeLaTeX's: fontspec, polyglossia)
ENGINES = {"facture": "xelatex"}


def main(pairs: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for src, out in zip(pairs[::2], pairs[1::2], strict=True):
            job = json.loads(Path(src).read_text(encoding="utf-8"))
            doc = Path(tmp) / "invoice.tex"
            doc.write_text(PACKAGES[job["package"]](job), encoding="utf-8")
            for _ in range(2):  # (the second run settles what the first wrote down)
                done = subprocess.run(
                    [
                        ENGINES.get(job["package"], "pdflatex"),
                        "-interaction=nonstopmode",
                        "-halt-on-error",
                        doc.name,
                    ],
                    cwd=tmp,
                    capture_output=True,
                    encoding="utf-8",
                    errors="replace",  # (TeX writes its messages in 8-bit)
                )
                if done.returncode:
                    sys.exit(done.stdout[-3000:])
            shutil.copy(doc.with_suffix(".pdf"), out)


if __name__ == "__main__":
    main(sys.argv[1:])
