"""Invoices made in a word processor: a template filled in by hand and saved as PDF, as many
small businesses do. Their pages come from LibreOffice Writer's PDF export (the same engine
saves Word's .docx), with the habits of word-processor invoice templates, not any template's
code:

- ``office`` (en-US, es-MX): a service-invoice template: the company's name, slogan, address
  and phone at the top left, 'INVOICE' in large grey capitals at the right with 'INVOICE
  #1042' and 'DATE: OCTOBER 3, 2026' in capitals under it; 'TO:' and 'SHIP TO:' side by side;
  a grid of labels over values ('SALESPERSON | JOB | PAYMENT TERMS | DUE DATE'); the item
  table 'QTY | DESCRIPTION | UNIT PRICE | LINE TOTAL'; 'SUBTOTAL', 'SALES TAX', 'TOTAL';
  'Make all checks payable to …' and 'THANK YOU FOR YOUR BUSINESS!'. The Mexican one prints
  its amounts with a bare '$' (pesos) and the seller's RFC;
- ``brief`` (de-DE, nl-NL): a business letter: the letterhead at the right, the sender line
  over the window address, an information block beside it ('Rechnungs-Nr.:', 'Kunden-Nr.:',
  'Datum:'), the subject, a salutation and a sentence, the item table, 'Nettobetrag', 'zzgl.
  19 % USt.', 'Rechnungsbetrag', the due date inside the payment sentence, the closing and
  a three-column footer (address, bank, register and tax numbers).

LibreOffice is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/writer_invoices/`` with their values. ``python -m tests.invoice_writer [DIR]``
makes them again where ``soffice`` is installed (Debian: ``libreoffice-writer-nogui``).
"""

from __future__ import annotations

import datetime as dt
import html
import random
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import keep_truth, kept_names
from tests.invoice_pdflib.sheet import MONEY, Money, cents

__all__ = ["FIXTURES", "LOCALES", "make", "page"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "writer_invoices"
LOCALES = {"office": ("en-US", "es-MX"), "brief": ("de-DE", "nl-NL")}
MX = Money("MXN", "${}", ",", ".", "%d/%m/%Y", Decimal(16))
MONTHS = {
    "en": "JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER",
    "es": "ENERO FEBRERO MARZO ABRIL MAYO JUNIO JULIO AGOSTO SEPTIEMBRE OCTUBRE NOVIEMBRE DICIEMBRE",
}
OFFICE = {
    "en-US": dict(
        seller=(
            "Coastal Print Co.",
            "Where ideas take shape",
            "1450 Harbor Blvd, Ventura, CA 93001",
            "Phone 805-555-0134 | billing@coastalprint.com",
        ),
        buyer=("Rosa Delgado", "Sunrise Dental Group", "88 Main Street", "Oxnard, CA 93030"),
        title="INVOICE",
        no="INVOICE #{n}",
        date="DATE: {d}",
        to="TO:",
        ship="SHIP TO:",
        grid=["SALESPERSON", "JOB", "PAYMENT TERMS", "DUE DATE"],
        people=["Mike Chen", "Dana Ortiz"],
        jobs=["Brochures", "Signage", "Reprint"],
        terms="Net {k}",
        heads=["QTY", "DESCRIPTION", "UNIT PRICE", "LINE TOTAL"],
        items=[
            "Tri-fold brochures, full colour",
            "Business cards (box of 500)",
            "Vinyl banner 3 x 6 ft",
            "Graphic design (hours)",
            "Delivery and installation",
        ],
        sub="SUBTOTAL",
        tax="SALES TAX",
        total="TOTAL",
        checks="Make all checks payable to Coastal Print Co.",
        thanks="THANK YOU FOR YOUR BUSINESS!",
    ),
    "es-MX": dict(
        seller=(
            "Imprenta del Bajío",
            "Calidad que se nota",
            "Av. Juárez 214, Col. Centro, 37000 León, Gto.",
            "Tel. 477 555 0192 | RFC: IBA120304KL5",
        ),
        buyer=(
            "Lic. Jorge Ramírez",
            "Clínica Dental Sonrisa",
            "Blvd. López Mateos 1502",
            "León, Gto.",
        ),
        title="FACTURA",
        no="FACTURA N.º {n}",
        date="FECHA: {d}",
        to="PARA:",
        ship="ENVIAR A:",
        grid=["VENDEDOR", "TRABAJO", "CONDICIONES DE PAGO", "FECHA DE VENCIMIENTO"],
        people=["Laura Méndez", "Carlos Ruiz"],
        jobs=["Folletos", "Señalización", "Reimpresión"],
        terms="{k} días",
        heads=["CANT.", "DESCRIPCIÓN", "PRECIO UNITARIO", "TOTAL DE LÍNEA"],
        items=[
            "Folletos tríptico a color",
            "Tarjetas de presentación (caja de 500)",
            "Lona impresa 1 x 2 m",
            "Diseño gráfico (horas)",
            "Entrega e instalación",
        ],
        sub="SUBTOTAL",
        tax="IVA (16%)",
        total="TOTAL",
        checks="Haga todos los cheques pagaderos a Imprenta del Bajío.",
        thanks="¡GRACIAS POR SU PREFERENCIA!",
    ),
}
BRIEF = {
    "de-DE": dict(
        seller=("Elektro Schneider GmbH", "Hauptstraße 5", "79098 Freiburg im Breisgau"),
        buyer=("Bäckerei Kaiser", "Frau Anna Kaiser", "Schwarzwaldstraße 140", "79117 Freiburg"),
        info=["Rechnungs-Nr.:", "Kunden-Nr.:", "Datum:"],
        subject="Rechnung",
        hello="Sehr geehrte Frau Kaiser,",
        intro="für die ausgeführten Arbeiten erlauben wir uns, wie folgt zu berechnen:",
        heads=["Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamtpreis"],
        items=[
            "Austausch Unterverteilung",
            "Installation Beleuchtung Verkaufsraum",
            "E-Check ortsveränderliche Geräte",
            "Arbeitszeit Geselle (Std.)",
            "Material laut Aufstellung",
        ],
        net="Nettobetrag",
        tax="zzgl. {r} % USt.",
        total="Rechnungsbetrag",
        pay="Bitte überweisen Sie den Rechnungsbetrag bis zum {d} auf unten stehendes Konto.",
        bye="Mit freundlichen Grüßen",
        signer="Thomas Schneider",
        footer=(
            "Elektro Schneider GmbH · Hauptstraße 5 · 79098 Freiburg · Tel. 0761 555 204",
            "Sparkasse Freiburg · IBAN DE12 6805 0101 0012 3456 78 · BIC FRSPDE66XXX",
            "Amtsgericht Freiburg HRB 7012 · Geschäftsführer: Thomas Schneider · "
            "USt-IdNr. DE 142 556 780",
        ),
    ),
    "nl-NL": dict(
        seller=("Installatiebedrijf De Vries B.V.", "Industrieweg 12", "3542 AD Utrecht"),
        buyer=("Bakkerij Jansen", "t.a.v. de heer P. Jansen", "Oudegracht 77", "3511 AE Utrecht"),
        info=["Factuurnummer:", "Klantnummer:", "Factuurdatum:"],
        subject="Factuur",
        hello="Geachte heer Jansen,",
        intro="Hierbij ontvangt u de factuur voor de uitgevoerde werkzaamheden:",
        heads=["Nr.", "Omschrijving", "Aantal", "Prijs", "Bedrag"],
        items=[
            "Vervangen groepenkast",
            "Aanleg verlichting winkel",
            "Keuring elektrische installatie",
            "Arbeidsuren monteur",
            "Materiaal volgens opgave",
        ],
        net="Subtotaal",
        tax="BTW {r}%",
        total="Totaal",
        pay="Wij verzoeken u het totaalbedrag vóór {d} over te maken op het onderstaande "
        "rekeningnummer o.v.v. het factuurnummer.",
        bye="Met vriendelijke groet,",
        signer="Jeroen de Vries",
        footer=(
            "Installatiebedrijf De Vries B.V. · Industrieweg 12 · 3542 AD Utrecht",
            "IBAN NL91 ABNA 0417 1643 00 · BIC ABNANL2A",
            "KvK 30123456 · BTW NL8123.45.678.B01",
        ),
    ),
}
_CSS = (
    "body { font-family: 'Liberation Sans'; font-size: 10pt; }"
    " td, th { font-size: 10pt; } .small { font-size: 7pt; } .title { font-size: 28pt;"
    " color: #7f7f7f; } .big { font-size: 16pt; font-weight: bold; }"
)


def _office(code: str, rng: random.Random, off: Decimal) -> tuple[str, dict[str, Any]]:
    w = OFFICE[code]
    m = MX if code == "es-MX" else MONEY[code]
    rate = Decimal(16) if code == "es-MX" else Decimal("8.25")
    esc = html.escape
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    k = rng.choice([15, 30])
    due = issued + dt.timedelta(days=k)
    number = str(rng.randint(1000, 4999))
    month = MONTHS[code[:2]].split()[issued.month - 1]
    day = (
        f"{month} {issued.day}, {issued.year}"
        if code == "en-US"
        else f"{issued.day} DE {month} DE {issued.year}"
    )
    rows, net = [], Decimal(0)
    for item in rng.sample(w["items"], rng.randint(1, 4)):
        qty = rng.choice([1, 2, 5, 10, 25])
        unit = Decimal(rng.randint(1500, 60000)) / 100
        amount = cents(unit * qty)
        net += amount
        rows.append((str(qty), item, m(unit), m(amount)))
    tax = cents(net * rate / 100)
    gross = net + tax + off
    s = w["seller"]
    top = (
        f"<table width='100%'><tr><td valign='top'><span class='big'>{esc(s[0])}</span><br>"
        f"<i>{esc(s[1])}</i><br>{esc(s[2])}<br>{esc(s[3])}</td>"
        f"<td align='right' valign='top'><span class='title'>{esc(w['title'])}</span><br>"
        f"{esc(w['no'].format(n=number))}<br>{esc(w['date'].format(d=day))}</td></tr></table>"
    )
    b = w["buyer"]
    block = "<br>".join(map(esc, b))
    parties = (
        f"<table width='100%'><tr><td valign='top' width='50%'><b>{esc(w['to'])}</b><br>{block}</td>"
        f"<td valign='top'><b>{esc(w['ship'])}</b><br>{block}</td></tr></table><br>"
    )
    values = [rng.choice(w["people"]), rng.choice(w["jobs"]), w["terms"].format(k=k)]
    values.append(due.strftime("%m/%d/%Y" if code == "en-US" else m.date))
    grid = (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>"
        + "".join(f"<th>{esc(h)}</th>" for h in w["grid"])
        + "</tr><tr>"
        + "".join(f"<td align='center'>{esc(v)}</td>" for v in values)
        + "</tr></table><br>"
    )
    body = "".join(
        f"<tr><td align='center'>{q}</td><td>{esc(d)}</td><td align='right'>{esc(u)}</td>"
        f"<td align='right'>{esc(a)}</td></tr>"
        for q, d, u, a in rows
    )
    sums = "".join(
        f"<tr><td colspan='3' align='right'><b>{esc(label)}</b></td>"
        f"<td align='right'>{esc(m(v))}</td></tr>"
        for label, v in ((w["sub"], net), (w["tax"], tax), (w["total"], gross))
    )
    items = (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>"
        + "".join(f"<th>{esc(h)}</th>" for h in w["heads"])
        + f"</tr>{body}{sums}</table>"
    )
    end = f"<p>{esc(w['checks'])}</p><p align='center'><b>{esc(w['thanks'])}</b></p>"
    truth = {
        "invoice_number": number,
        "issue_date": issued.isoformat(),
        "due_date": due.isoformat(),
        "seller": s[0],
        "currency": m.currency,
        "net_total": f"{net:.2f}",
        "tax_total": f"{tax:.2f}",
        "gross_total": f"{gross:.2f}",
    }
    return top + parties + grid + items + end, truth


def _brief(code: str, rng: random.Random, off: Decimal) -> tuple[str, dict[str, Any]]:
    w, m = BRIEF[code], MONEY[code]
    esc = html.escape
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    due = issued + dt.timedelta(days=rng.choice([14, 30]))
    number = f"{issued.year}-{rng.randint(100, 999)}"
    rows, net = [], Decimal(0)
    for i, item in enumerate(rng.sample(w["items"], rng.randint(1, 4)), 1):
        qty = rng.choice([1, 2, 3, 8])
        unit = Decimal(rng.randint(2500, 95000)) / 100
        amount = cents(unit * qty)
        net += amount
        rows.append((str(i), item, str(qty), m(unit), m(amount)))
    tax = cents(net * m.rate / 100)
    gross = net + tax + off
    s, b = w["seller"], w["buyer"]
    head = f"<p align='right'><span class='big'>{esc(s[0])}</span></p><br>"
    sender = f"<span class='small'><u>{esc(' · '.join(s))}</u></span><br>"
    address = sender + "<br>".join(map(esc, b))
    info = "".join(
        f"<tr><td>{esc(label)}</td><td>{esc(v)}</td></tr>"
        for label, v in zip(
            w["info"],
            (number, str(rng.randint(10000, 19999)), issued.strftime(m.date)),
            strict=True,
        )
    )
    block = (
        f"<table width='100%'><tr><td valign='top' width='60%'>{address}</td>"
        f"<td valign='top'><table>{info}</table></td></tr></table><br><br>"
    )
    text = f"<p><b>{esc(w['subject'])}</b></p><p>{esc(w['hello'])}</p><p>{esc(w['intro'])}</p>"
    body = "".join(
        "<tr>"
        + "".join(f"<td{' align=right' if j >= 2 else ''}>{esc(c)}</td>" for j, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    sums = "".join(
        f"<tr><td colspan='4' align='right'>{'<b>' if last else ''}{esc(label)}"
        f"{'</b>' if last else ''}</td><td align='right'>{'<b>' if last else ''}{esc(m(v))}"
        f"{'</b>' if last else ''}</td></tr>"
        for label, v, last in (
            (w["net"], net, False),
            (w["tax"].format(r=f"{m.rate:g}"), tax, False),
            (w["total"], gross, True),
        )
    )
    table = (
        "<table cellspacing='0' cellpadding='3' width='100%'><tr>"
        + "".join(f"<th align='left'>{esc(h)}</th>" for h in w["heads"])
        + f"</tr>{body}{sums}</table>"
    )
    close = (
        f"<p>{esc(w['pay'].format(d=due.strftime(m.date)))}</p><p>{esc(w['bye'])}</p>"
        f"<p>{esc(w['signer'])}</p><br>"
    )
    foot = (
        "<table width='100%'><tr>"
        + "".join(f"<td class='small' valign='top'>{esc(f)}</td>" for f in w["footer"])
        + "</tr></table>"
    )
    truth = {
        "invoice_number": number,
        "issue_date": issued.isoformat(),
        "due_date": due.isoformat(),
        "seller": s[0],
        "currency": "EUR",
        "net_total": f"{net:.2f}",
        "tax_total": f"{tax:.2f}",
        "gross_total": f"{gross:.2f}",
    }
    return head + block + text + table + close + foot, truth


def page(style: str, code: str, seed: int, off: Decimal = Decimal(0)) -> tuple[str, dict[str, Any]]:
    """The HTML the word processor opens for one invoice, and the values printed on it;
    *off* is added to the printed total."""
    rng = random.Random(f"writer-{style}-{code}-{seed}")
    content, truth = (_office if style == "office" else _brief)(code, rng, off)
    doc = (
        f"<html><head><meta charset='utf-8'><style>{_CSS}</style></head>"
        f"<body>{content}</body></html>"
    )
    return doc, truth


def make(folder: Path = FIXTURES, seeds: int = 3) -> None:
    """Every style and locale, *seeds* invoices each and one whose total is one unit off:
    the PDFs and their values (``NAME.truth.json``) in *folder*."""
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    truths = {}
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for style, code, seed, off, name in kept_names(LOCALES, seeds):
            doc, truths[name] = page(style, code, seed, off)
            (Path(tmp) / f"{name}.html").write_text(doc, encoding="utf-8")
            files.append(str(Path(tmp) / f"{name}.html"))
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(folder),
                *files,
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    for name, truth in truths.items():
        keep_truth(folder, name, truth)
