"""Two typeset styles written after the rules for the first three, to be scored before any
rule is changed for them:

- ``timesheet`` (en-US, en-GB, de-DE): a contractor's invoice for hours, the dated entries
  of the month in the table (a date on every row, and the period's two dates above it),
  'Total hours 37.5', the hourly rate, the amount, and the tax where one is charged;
- ``zzp`` (nl-NL, en-IE): a Dutch or Irish one-person business, its chamber-of-commerce and
  VAT numbers and IBAN in a column at the top right, the invoice number, date and due date as
  a row of labels over their values, and on odd seeds a customer in another EU country:
  reverse charge, the VAT printed as 0.00 with the words that say why.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.invoice_typeset.letters import BUYERS as _BUYERS
from tests.invoice_typeset.letters import IBAN, _totals
from tests.invoice_typeset.markup import Doc, cells, lines, page, t

BUYERS = {
    **_BUYERS,
    "nl-NL": ("Bakkerij Van der Meer B.V.", "Dorpsstraat 88", "3732 HJ De Bilt"),
    "en-IE": ("Clonmel Outdoor Gear Ltd", "Unit 7, Gashouse Lane", "Clonmel, Co. Tipperary"),
}
FOREIGN = {  # a customer in another EU country (reverse charge)
    "nl-NL": ("Gartenbau Schreiber GmbH", "Lindenstraße 3", "47533 Kleve", "DE 318 554 207"),
    "en-IE": ("Atelier Duval SAS", "8 rue Gambetta", "59000 Lille", "FR 27 824 119 506"),
}
TIMESHEET_SELLERS = {
    "en-US": ("Morgan Lee Consulting", "88 Birch Lane", "Madison, WI 53703"),
    "en-GB": ("Priya Nair Consulting", "41 Harbour Street", "Whitstable CT5 1AH"),
    "de-DE": ("Tobias Kern IT-Beratung", "Rosenstraße 9", "04109 Leipzig"),
}
TIMESHEET = {
    "en-US": dict(
        title="INVOICE",
        no="Invoice #",
        date="Date",
        to="Bill To",
        period="Period",
        heads="Date|Description|Hours",
        hours="Total hours",
        rate="Hourly rate",
        net="Subtotal",
        tax="Tax",
        total="Amount due",
        due="Payment due by {d}",
    ),
    "en-GB": dict(
        title="INVOICE",
        no="Invoice no.",
        date="Invoice date",
        to="Client",
        period="Period",
        heads="Date|Work|Hours",
        hours="Total hours",
        rate="Hourly rate",
        net="Net amount",
        tax="VAT {r}%",
        total="Total",
        due="Payment due by {d}",
    ),
    "de-DE": dict(
        title="RECHNUNG",
        no="Rechnung Nr.",
        date="Datum",
        to="Kunde",
        period="Leistungszeitraum",
        heads="Datum|Tätigkeit|Stunden",
        hours="Stunden gesamt",
        rate="Stundensatz",
        net="Nettobetrag",
        tax="USt. {r} %",
        total="Gesamtbetrag",
        due="Zahlbar bis {d}",
    ),
}


def timesheet(doc: Doc) -> str:
    w = TIMESHEET[doc.code]
    name, street, town = TIMESHEET_SELLERS[doc.code]
    doc.seller = name
    doc.number = (
        str(doc.rng.randint(11, 140)) if doc.seed % 2 else f"2026-{doc.rng.randint(11, 140)}"
    )
    rate = doc.rows[0][2]  # one rate for the month (the invoice's values are set so)
    start = doc.issued.replace(day=1) - dt.timedelta(days=1)
    start = start.replace(day=1)
    end = doc.issued.replace(day=1) - dt.timedelta(days=1)
    entries = []
    for i, (service, hours, _r, _a) in enumerate(doc.rows):
        day = start + dt.timedelta(days=min(3 + 6 * i, (end - start).days))
        entries.append(cells(doc.short(day), service, doc.hours(hours)))
    total_hours = sum((r[1] for r in doc.rows), Decimal(0))
    out = page("a4", "Libertinus Serif", 10.5, doc.lang, "(x: 2.3cm, y: 2.2cm)")
    out += (
        f"#grid(columns: (1fr, auto), {lines(name, street, town, size=10, bold_first=True)},"
        f" align(right, {t(w['title'], 20, bold=True)}))\n#v(1em)\n"
    )
    head = [(w["no"], doc.number), (w["date"], doc.short(doc.issued))]
    flat = ", ".join(cells(a, b) for a, b in head)
    out += (
        f"#grid(columns: (1fr, auto), {lines(w['to'] + ':', *BUYERS[doc.code])},"
        f" grid(columns: (auto, auto), column-gutter: 1em, row-gutter: 0.5em, {flat}))\n"
        f"#v(1em)\n#{t(w['period'] + ': ' + doc.short(start) + ' – ' + doc.short(end))}\n\n"
    )
    out += (
        "#table(columns: (auto, 1fr, auto), stroke: (bottom: 0.3pt), align: (left, left, right),"
        f" table.header({cells(*w['heads'].split('|'), bold=True)}), {', '.join(entries)})\n"
        "#v(0.6em)\n"
    )
    pairs = [(w["hours"], doc.hours(total_hours)), (w["rate"], doc.money(rate))]
    if doc.exempt or doc.code == "en-US":
        doc.tax, doc.gross = Decimal(0), doc.net + doc.off
        doc.exempt, doc.net_printed = True, False
        pairs.append((w["total"], doc.money(doc.gross)))
    else:
        rate_txt = f"{doc.m.rate:g}"
        pairs += [
            (w["net"], doc.money(doc.net)),
            (w["tax"].format(r=rate_txt), doc.money(doc.tax)),
            (w["total"], doc.money(doc.gross)),
        ]
    out += _totals(pairs) + "#v(1.5em)\n"
    if doc.seed % 3 == 0:
        doc.due_printed = False
    else:
        out += f"#{t(w['due'].format(d=doc.long(doc.due)))}\n\n"
    iban = IBAN.get(doc.code) or "routing 121000358, account 4401 2290 77"
    out += f"#{t(('IBAN ' if IBAN.get(doc.code) else 'ACH ') + iban, 9)}\n"
    return out


ZZP_SELLERS = {
    "nl-NL": (
        "Studio Vlinder",
        "Oudegracht 211",
        "3511 NH Utrecht",
        "KvK 74120553",
        "BTW-id NL004512338B01",
        "NL91 ABNA 0417 1643 00",
    ),
    "en-IE": (
        "Aoife Byrne Design",
        "14 Dame Street",
        "Dublin 2, D02 X285",
        "CRO 633190",
        "VAT IE 3319447KH",
        "IE29 AIBK 9311 5212 3456 78",
    ),
}
ZZP = {
    "nl-NL": dict(
        title="Factuur",
        no="Factuurnummer",
        date="Factuurdatum",
        due="Vervaldatum",
        heads="Omschrijving|Uren|Tarief|Bedrag",
        net="Subtotaal",
        tax="BTW {r}%",
        total="Totaal",
        reverse="BTW verlegd",
        reverse_note="Btw verlegd naar afnemer (art. 196 Btw-richtlijn). BTW-nummer afnemer: {v}",
        pay="Wij verzoeken u vriendelijk het bedrag van {a} vóór {d} over te maken op "
        "{i} t.n.v. {n} onder vermelding van het factuurnummer.",
    ),
    "en-IE": dict(
        title="Invoice",
        no="Invoice No.",
        date="Invoice Date",
        due="Due Date",
        heads="Description|Hours|Rate|Amount",
        net="Subtotal",
        tax="VAT @ {r}%",
        total="Total",
        reverse="VAT 0% (reverse charge)",
        reverse_note="Reverse charge: VAT to be accounted for by the recipient "
        "(Art. 196 Directive 2006/112/EC). Customer VAT No. {v}",
        pay="Please pay {a} by {d} to {i}, quoting the invoice number.",
    ),
}


def zzp(doc: Doc) -> str:
    w = ZZP[doc.code]
    name, street, town, coc, vat, iban = ZZP_SELLERS[doc.code]
    doc.seller = name
    doc.number = f"{doc.issued.year}-{doc.rng.randint(1, 99):04d}"
    reverse = doc.seed % 2 == 1
    buyer = FOREIGN[doc.code][:3] if reverse else BUYERS[doc.code]
    if reverse:
        doc.tax, doc.gross = Decimal(0), doc.net + doc.off
    out = page("a4", "Inter", 9.5, doc.lang, "(x: 2cm, y: 2cm)")
    out += (
        f"#grid(columns: (1fr, auto), {t(name, 18, bold=True)},"
        f" align(right, {lines(street, town, coc, vat, 'IBAN ' + iban, size=8.5)}))\n#v(1.2cm)\n"
    )
    out += f"#{lines(*buyer)}\n#v(1cm)\n#{t(w['title'], 16, bold=True)}\n#v(0.4em)\n"
    heads = cells(w["no"], w["date"], w["due"], size=8, bold=True)
    values = cells(doc.number, doc.long(doc.issued), doc.long(doc.due))
    out += f"#grid(columns: (auto, auto, auto), column-gutter: 2.5em, row-gutter: 0.5em, {heads}, {values})\n#v(1em)\n"
    body = [cells(s, doc.hours(h), doc.money(r), doc.money(a)) for s, h, r, a in doc.rows]
    out += (
        "#table(columns: (1fr, auto, auto, auto), stroke: none, align: (left, right, right, right),"
        f" table.hline(), table.header({cells(*w['heads'].split('|'), bold=True)}), table.hline(),"
        f" {', '.join(body)}, table.hline())\n"
    )
    rate = f"{doc.m.rate:g}"
    tax_label = w["reverse"] if reverse else w["tax"].format(r=rate)
    out += (
        _totals(
            [
                (w["net"], doc.money(doc.net)),
                (tax_label, doc.money(doc.tax)),
                (w["total"], doc.money(doc.gross)),
            ]
        )
        + "#v(1em)\n"
    )
    if reverse:
        out += f"#{t(w['reverse_note'].format(v=FOREIGN[doc.code][3]), 8.5)}\n\n"
    pay = w["pay"].format(a=doc.money(doc.gross), d=doc.long(doc.due), i=iban, n=name)
    return out + f"#{t(pay, 9)}\n"
