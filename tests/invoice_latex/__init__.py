"""Invoices freelancers typeset with LaTeX, printed by pdfTeX: a producer whose text layer
has no space characters (pdfTeX places each word; the reader infers the gaps) and, with
LaTeX's default fonts, accents set as separate glyphs ('M¨arz' for 'März'). Written after the
genres' habits (not any template's code):

- ``brief`` (de-DE): a KOMA-Script letter (``scrlttr2``): the sender's name and address in
  the letterhead, the return line over the window address, 'Dresden, 12. März 2026', the
  subject 'Rechnung Nr. 2026-014', a tabularx of services, 'Nettobetrag' / 'zzgl. 19 % USt.'
  / 'Gesamtbetrag' in EUR, the due date in the closing sentence and the bank in the foot; on
  odd seeds LaTeX's default fonts (accents apart), on even ones Latin Modern;
- ``classic`` (en-US, en-GB): an article-class invoice: a huge 'INVOICE', the number and
  dates flush right, 'From' and 'Bill to' in two minipages, a booktabs table of hours, rate
  and amount, 'Subtotal', the tax where one is charged, 'Total Due', and a notes line.

pdfTeX is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/latex_invoices/`` with their values (``python -m tests.invoice_latex [DIR]``
makes them again where ``pdflatex`` is installed).
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import keep_truth
from tests.invoice_pdflib.sheet import cents, grouped

__all__ = ["FIXTURES", "LOCALES", "STYLES", "make", "source"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "latex_invoices"
STYLES = ("brief", "classic")
LOCALES = {"brief": ("de-DE",), "classic": ("en-US", "en-GB")}
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
SERVICES = {
    "de": [
        "Konzeption und Beratung",
        "Umsetzung Website",
        "Fotografie, Tagessatz",
        "Lektorat Jahresbericht",
        "Schulung Redaktionssystem",
        "Pflege und Updates",
    ],
    "en": [
        "Consulting",
        "Website build",
        "Copywriting",
        "Photography (day rate)",
        "Data migration",
        "Maintenance retainer",
    ],
}


def _money(code: str, v: Decimal) -> str:
    sign = "-" if v < 0 else ""  # after the currency sign, as LaTeX templates print it
    if code == "de-DE":
        return sign + grouped(v, ".", ",") + "~EUR"
    return (r"\$" if code == "en-US" else r"\pounds") + sign + grouped(v, ",", ".")


def _day(code: str, d: dt.date) -> str:
    month = MONTHS[code[:2]].split()[d.month - 1]
    if code == "en-US":
        return f"{month} {d.day}, {d.year}"
    return f"{d.day}. {month} {d.year}" if code == "de-DE" else f"{d.day} {month} {d.year}"


def source(
    code: str, style: str, seed: int, off: Decimal = Decimal(0)
) -> tuple[str, dict[str, Any]]:
    """The LaTeX source of one invoice and the values printed on it; *off* is added to the
    printed total."""
    rng = random.Random(f"latex-{code}-{style}-{seed}")
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    due = issued + dt.timedelta(days=rng.choice([14, 30]))
    rows = []
    for name in rng.sample(SERVICES[code[:2]], rng.randint(1, 4)):
        hours = rng.choice([2, 4, 6, 8, 10, 16])
        rate = Decimal(rng.choice([55, 70, 85, 95, 110]))
        rows.append((name, hours, rate, cents(rate * hours)))
    net = sum((r[3] for r in rows), Decimal(0))
    rate = {"de-DE": Decimal(19), "en-GB": Decimal(20), "en-US": Decimal(0)}[code]
    tax = cents(net * rate / 100)
    gross = net + tax + off
    v = dict(
        code=code,
        seed=seed,
        rng=rng,
        rows=rows,
        issued=issued,
        due=due,
        net=net,
        tax=tax,
        gross=gross,
        rate=rate,
    )
    tex, truth = (_brief if style == "brief" else _classic)(v)
    return tex, {
        "issue_date": issued.isoformat(),
        "currency": {"de-DE": "EUR", "en-US": "USD", "en-GB": "GBP"}[code],
        "gross_total": f"{gross:.2f}",
        **truth,
    }


def _brief(v: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    code, rng = v["code"], v["rng"]
    name = rng.choice(["Katrin Vogel", "Atelier Sonnenfeld", "Jan Brenner Mediengestaltung"])
    number = f"2026-{rng.randint(1, 120):03d}"
    fonts = r"\usepackage[T1]{fontenc}\usepackage{lmodern}" if v["seed"] % 2 == 0 else ""
    rows = "\n".join(
        f"{n} & {h} & {_money(code, r)} & {_money(code, a)}\\\\" for n, h, r, a in v["rows"]
    )
    due = _day(code, v["due"])
    tex = rf"""\documentclass[11pt,a4paper,fromalign=right,foldmarks=false]{{scrlttr2}}
\usepackage[utf8]{{inputenc}}{fonts}
\usepackage[ngerman]{{babel}}
\usepackage{{tabularx}}
\setkomavar{{fromname}}{{{name}}}
\setkomavar{{fromaddress}}{{Gartenweg 3\\01067 Dresden}}
\setkomavar{{fromphone}}{{0351 555 0142}}
\setkomavar{{fromemail}}{{post@sonnenfeld-dresden.de}}
\setkomavar{{place}}{{Dresden}}
\setkomavar{{date}}{{{_day(code, v["issued"])}}}
\setkomavar{{subject}}{{Rechnung Nr. {number}}}
\setkomavar{{firstfoot}}{{\footnotesize\centering Ostsächsische Sparkasse Dresden --
IBAN DE21 8505 0300 3120 0456 78 -- Steuernummer 203/245/01234}}
\begin{{document}}
\begin{{letter}}{{Kunstverein Elbe e.\,V.\\z.\,Hd. Herrn Thomas Kühn\\Schlossplatz 1\\01067 Dresden}}
\opening{{Sehr geehrte Damen und Herren,}}
für meine Leistungen im {MONTHS["de"].split()[v["issued"].month - 1]} berechne ich Ihnen:

\medskip
\begin{{tabularx}}{{\textwidth}}{{Xrrr}}
\hline
Leistung & Stunden & Satz & Betrag\\
\hline
{rows}
\hline
\multicolumn{{3}}{{l}}{{Nettobetrag}} & {_money(code, v["net"])}\\
\multicolumn{{3}}{{l}}{{zzgl. {v["rate"]:g}\,\% USt.}} & {_money(code, v["tax"])}\\
\multicolumn{{3}}{{l}}{{\textbf{{Gesamtbetrag}}}} & \textbf{{{_money(code, v["gross"])}}}\\
\hline
\end{{tabularx}}

\medskip
Bitte überweisen Sie den Gesamtbetrag bis zum {due} auf das unten genannte Konto.
\closing{{Mit freundlichen Grüßen}}
\end{{letter}}
\end{{document}}
"""
    return tex, {
        "invoice_number": number,
        "seller": name,
        "due_date": v["due"].isoformat(),
        "net_total": f"{v['net']:.2f}",
        "tax_total": f"{v['tax']:.2f}",
    }


def _classic(v: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    code, rng = v["code"], v["rng"]
    us = code == "en-US"
    name, street, town = (
        ("Riley Chen", "415 Maple Ave, Apt 3", "Austin, TX 78704")
        if us
        else ("Oakfield Digital", "12 Tanner Row", "Bristol BS1 6QA")
    )
    number = f"{v['issued'].year}-{rng.randint(1, 60):02d}"
    rows = "\n".join(
        f"{n} & {h} & {_money(code, r)} & {_money(code, a)} \\\\" for n, h, r, a in v["rows"]
    )
    if us:  # a freelancer in a state without tax on services: no tax line
        totals = rf"\textbf{{Total Due}} & \textbf{{{_money(code, v['gross'])}}} \\"
        net_total = tax_total = None
    else:
        totals = (
            rf"Subtotal & {_money(code, v['net'])} \\"
            "\n"
            rf"VAT ({v['rate']:g}\%) & {_money(code, v['tax'])} \\"
            "\n"
            rf"\textbf{{Total Due}} & \textbf{{{_money(code, v['gross'])}}} \\"
        )
        net_total, tax_total = f"{v['net']:.2f}", f"{v['tax']:.2f}"
    tex = rf"""\documentclass[11pt]{{article}}
\usepackage[{"letterpaper" if us else "a4paper"},margin=2.2cm]{{geometry}}
\usepackage[T1]{{fontenc}}\usepackage{{lmodern}}
\usepackage{{booktabs,tabularx}}
\pagestyle{{empty}}
\setlength{{\parindent}}{{0pt}}
\begin{{document}}
{{\Huge\bfseries INVOICE}}\hfill
\begin{{tabular}}{{@{{}}r@{{}}}}
Invoice \#: {number}\\
Date: {_day(code, v["issued"])}\\
Due: {_day(code, v["due"])}
\end{{tabular}}

\vspace{{1.5em}}
\begin{{minipage}}[t]{{0.48\textwidth}}
\textbf{{From}}\\
{name}\\
{street}\\
{town}\\
{"riley@rileychen.dev" if us else "VAT Reg. No. GB 318 5527 90"}
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.48\textwidth}}
\textbf{{Bill to}}\\
{"Lone Star Outfitters LLC" if us else "Harbourside Events Ltd"}\\
{"2100 E 6th Street" if us else "Canon's Way 4"}\\
{"Austin, TX 78702" if us else "Bristol BS1 5UH"}
\end{{minipage}}

\vspace{{2em}}
\begin{{tabularx}}{{\textwidth}}{{Xrrr}}
\toprule
Description & Hours & Rate & Amount \\
\midrule
{rows}
\bottomrule
\end{{tabularx}}

\vspace{{1em}}
\hfill\begin{{tabular}}{{lr}}
{totals}
\end{{tabular}}

\vspace{{2em}}
Please pay by bank transfer within {(v["due"] - v["issued"]).days} days. Thank you for your business!
\end{{document}}
"""
    return tex, {
        "invoice_number": number,
        "seller": name,
        "due_date": v["due"].isoformat(),
        "net_total": net_total,
        "tax_total": tax_total,
    }


def make(folder: Path = FIXTURES, seeds: int = 3) -> None:
    """Every style in each of its locales, *seeds* invoices each and one whose total is one
    unit off: the PDFs and their values (``NAME.truth.json``) in *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for style in STYLES:
            for code in LOCALES[style]:
                for seed, off in [(s, Decimal(0)) for s in range(seeds)] + [(0, Decimal(1))]:
                    name = f"{style}-{code}-{'off' if off else seed}"
                    tex, truth = source(code, style, seed, off)
                    (Path(tmp) / f"{name}.tex").write_text(tex, encoding="utf-8")
                    subprocess.run(
                        ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"],
                        cwd=tmp,
                        check=True,
                        capture_output=True,
                        timeout=300,
                        env={
                            "PATH": "/usr/bin:/bin",
                            "HOME": tmp,
                            "SOURCE_DATE_EPOCH": "1767225600",
                            "FORCE_SOURCE_DATE": "1",
                        },
                    )
                    (folder / f"{name}.pdf").write_bytes((Path(tmp) / f"{name}.pdf").read_bytes())
                    keep_truth(folder, name, truth)
