"""Two more kinds, written after the rules for the seven styles before them and scored before
any rule was changed for them:

- ``boxed``: desktop accounting software's classic invoice: the seller's letterhead top left,
  the title in a box top right over a box of labels and values (number, date, account
  reference, order number; the German one also a delivery date), lines with a tax column, the
  totals in boxes ('Total Net Amount', 'Carriage', 'Total VAT Amount', 'Invoice Total'; the US
  one 'Payments/Credits' and 'Balance Due'), the registration line in the footer;
- ``statement``: a utility or telephone bill: the amount to pay in a box at the top, the
  account number, bill date, billing period and the date it is collected or due, the previous
  balance and the payment received, then the current charges, their tax and total.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.invoice_pdflib.sheet import Inv, cents

BOXED = {
    "en-GB": dict(
        seller=("Pennine Office Supplies Ltd", "Unit 7, Calder Park", "Wakefield WF2 7AW"),
        footer="VAT Registration No. 305 7719 42 · Registered in England No. 04477812",
        title="INVOICE",
        box="Invoice No.|Invoice/Tax Date|Account Ref|Order No.",
        cols="Quantity|Details|Unit Price|Net Amt|VAT",
        sums="Total Net Amount|Total VAT Amount|Invoice Total",
        to="Invoice Address",
        carriage="Carriage",
    ),
    "en-US": dict(
        seller=("Lakeshore Plumbing Supply, Inc.", "4410 N Clark St", "Chicago, IL 60640"),
        footer="Thank you for your business.",
        title="Invoice",
        box="Invoice #|Date|P.O. Number|Terms",
        cols="Qty|Description|Rate|Amount|Tax",
        sums="Subtotal|Sales Tax (10.25%)|Shipping|Total|Payments/Credits|Balance Due",
        to="Bill To",
        carriage="Shipping",
    ),
    "de-DE": dict(
        seller=("Elektro Brandt GmbH & Co. KG", "Gewerbering 14", "48155 Münster"),
        footer="Amtsgericht Münster HRA 9921 · USt-IdNr. DE 263 557 180 · Sparkasse Münsterland",
        title="Rechnung",
        box="Rechnungs-Nr.|Datum|Kunden-Nr.|Leistungsdatum",
        cols="Menge|Bezeichnung|Einzelpreis|Gesamtpreis|USt.",
        sums="Nettobetrag|zzgl. 19 % USt.|Rechnungsbetrag",
        to="Rechnungsanschrift",
        carriage="Fracht und Verpackung",
    ),
    "fr-FR": dict(
        seller=("Papeterie Lemaire SARL", "27 rue Nationale", "59000 Lille"),
        footer="SARL au capital de 8 000 € · RCS Lille 442 118 903 · TVA FR 17 442 118 903",
        title="FACTURE",
        box="N° facture|Date|Code client|Échéance",
        cols="Qté|Désignation|P.U. HT|Montant HT|TVA",
        sums="Total HT|Total TVA|Net à payer",
        to="Adresse de facturation",
        carriage="Frais de port",
    ),
}


def boxed(inv: Inv) -> None:
    """Desktop accounting software's invoice: boxes of labels and values, totals in boxes."""
    rng, m, s, d = inv.rng, inv.m, inv.sheet, inv.d
    w = BOXED[inv.code]
    name, street, town = w["seller"]
    inv.seller = (name, street, town, "")
    us, de = inv.code == "en-US", inv.code == "de-DE"
    inv.number = {
        "en-GB": str(rng.randint(100, 9999)),
        "fr-FR": f"FA{rng.randint(100, 9999):05d}",
    }.get(inv.code, str(rng.randint(1000, 99999)))
    rate = Decimal("10.25") if us else m.rate
    # carriage: the US adds shipping after the tax; elsewhere it is one more taxed line
    carriage = Decimal(rng.choice([0, 750, 1295])) / 100
    rows = list(inv.rows)
    if carriage and not us:
        rows.append((w["carriage"], 1, carriage, carriage))
    inv.net = sum((r[3] for r in rows), Decimal(0))
    inv.tax = cents(inv.net * rate / 100)
    inv.gross = inv.net + inv.tax + (carriage if us else 0) + inv.off
    n = m.number
    s.put(15, 14, name, size=15, bold=True)
    s.put(15, 21, f"{street}, {town}", size=8)
    s.put(140, 12, w["title"], size=16, bold=True, w=55, align="C", border=1)
    heads = w["box"].split("|")
    ref = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + "01"
    terms = "Net 30" if us else ""
    fourth = d(inv.issued - dt.timedelta(days=rng.randint(1, 9))) if de else terms
    values = [inv.number, d(inv.issued), ref if not us else f"PO-{rng.randint(100, 999)}", fourth]
    if inv.code == "fr-FR":
        values[3] = d(inv.due)
    else:
        inv.no_due = not us
    for i, (head, value) in enumerate(zip(heads, values, strict=True)):
        s.put(140, 22 + 6 * i, head, size=8, w=27, border=1, fill=235)
        s.put(167, 22 + 6 * i, value or "", size=8, w=28, border=1, align="R")
    if us:
        s.put(140, 48, f"Due Date {d(inv.due)}", size=8, w=55, align="R")
    s.put(15, 40, w["to"], size=8, bold=True)
    for i, text in enumerate(inv.buyer):
        s.put(15, 45 + 4.5 * i, text, size=9)
    cols = w["cols"].split("|")
    widths = [18, 92, 25, 30, 15]
    y = 70.0
    s.row(15, y, widths, cols, "RLRRC", size=8, bold=True, fill=225, border=1)
    code = "T1" if inv.code == "en-GB" else f"{m.rate:g}%" if not us else "Tax"
    for desc, qty, unit, amount in rows:
        y += 6
        s.row(15, y, widths, [str(qty), desc, n(unit), n(amount), code], "RLRRC", size=9, border=1)
    sums = w["sums"].split("|")
    values = [inv.net, inv.tax, inv.gross]
    if us:  # the subtotal, the tax on it, shipping, the total, nothing paid yet
        values = [inv.net, inv.tax, carriage, inv.gross, Decimal(0), inv.gross]
    y = max(y + 14, 190)
    for i, (label, v) in enumerate(zip(sums, values, strict=True)):
        last = i == len(sums) - 1
        s.put(120, y + 7 * i, label, size=9, bold=last, w=45, border=1, fill=235)
        cur = "" if us else f"{m.currency} " if inv.code != "en-GB" else "£"
        s.put(165, y + 7 * i, f"{cur}{n(v)}", size=9, bold=last, w=30, border=1, align="R")
    s.put(15, 284, w["footer"], size=7, w=180, align="C")


STATEMENT = {
    "en-GB": dict(
        seller=("Northern Fibre Broadband Ltd", "PO Box 4410", "Manchester M60 1QD"),
        pay="Amount to pay",
        by="Pay by {d}",
        account="Account number",
        bill="Bill date",
        number="Bill number",
        period="Billing period {a} - {b}",
        previous="Previous balance",
        received="Payment received - thank you",
        net="Current charges (excl. VAT)",
        tax="VAT at {r}%",
        total="Total current charges",
        due="Total amount due",
        debit="We will collect this by Direct Debit on or after {d}.",
        footer="VAT Reg No. GB 771 2294 18",
    ),
    "de-DE": dict(
        seller=("Stadtwerke Kronau GmbH", "Am Wasserturm 2", "76709 Kronau"),
        pay="Zu zahlender Betrag",
        by="Fällig am {d}",
        account="Kundennummer",
        bill="Rechnungsdatum",
        number="Rechnungsnummer",
        period="Abrechnungszeitraum {a} - {b}",
        previous="Saldo Vormonat",
        received="Zahlung erhalten, vielen Dank",
        net="Summe Leistungen netto",
        tax="Umsatzsteuer {r} %",
        total="Rechnungsbetrag brutto",
        due="Offener Betrag",
        debit="Wir buchen den Betrag am {d} von Ihrem Konto ab.",
        footer="USt-IdNr. DE 143 009 287 · Amtsgericht Mannheim HRB 701234",
    ),
    "fr-FR": dict(
        seller=("Énergies du Rhône SA", "18 cours Lafayette", "69003 Lyon"),
        pay="Montant à payer",
        by="À payer avant le {d}",
        account="Référence client",
        bill="Date de facture",
        number="N° de facture",
        period="Période du {a} au {b}",
        previous="Solde précédent",
        received="Paiement reçu, merci",
        net="Total hors TVA",
        tax="TVA {r} %",
        total="Total TTC de la facture",
        due="Total à payer",
        debit="Prélevé le {d} sur votre compte.",
        footer="SA au capital de 1 200 000 € · RCS Lyon 318 552 447 · TVA FR 55 318 552 447",
    ),
    "es-ES": dict(
        seller=("Aguas del Turia S.A.", "Avenida del Puerto 60", "46023 Valencia"),
        pay="Importe a pagar",
        by="Fecha de cargo: {d}",
        account="Número de contrato",
        bill="Fecha de emisión",
        number="Nº de factura",
        period="Periodo de facturación {a} - {b}",
        previous="Saldo anterior",
        received="Pago recibido, gracias",
        net="Base imponible",
        tax="IVA {r}%",
        total="Total factura",
        due="Total a pagar",
        debit="Se cargará en su cuenta el {d}.",
        footer="CIF A-46 118 207 · Registro Mercantil de Valencia",
    ),
}


def statement(inv: Inv) -> None:
    """A utility bill: the amount to pay up front, a period, the previous balance settled."""
    rng, m, s, d = inv.rng, inv.m, inv.sheet, inv.d
    w = STATEMENT[inv.code]
    name, street, town = w["seller"]
    inv.seller = (name, street, town, "")
    inv.number = f"{rng.randint(10, 99)}{rng.randint(10**7, 10**8 - 1)}"
    # the month's charges are small: a quarter of the items' sum
    inv.net = cents(inv.items / 4)
    inv.tax = cents(inv.net * m.rate / 100)
    inv.gross = inv.net + inv.tax + inv.off
    start = inv.issued.replace(day=1) - dt.timedelta(days=1)
    period = (start.replace(day=1), start)
    previous = cents(inv.gross * Decimal(rng.randint(80, 120)) / 100)
    s.put(15, 14, name, size=14, bold=True)
    s.put(15, 21, f"{street} · {town}", size=8)
    s.put(130, 14, w["pay"], size=9, w=65, align="C", fill=230)
    s.put(130, 20, m(inv.gross), size=16, bold=True, w=65, align="C", fill=230)
    s.put(130, 28, w["by"].format(d=d(inv.due)), size=9, w=65, align="C", fill=230)
    for i, text in enumerate(inv.buyer):
        s.put(15, 48 + 4.5 * i, text, size=9)
    facts = [
        (w["account"], f"{rng.randint(10**8, 10**9 - 1)}"),
        (w["bill"], d(inv.issued)),
        (w["number"], inv.number),
    ]
    for i, (label, value) in enumerate(facts):
        s.put(120, 48 + 5 * i, label, size=8, w=40)
        s.put(160, 48 + 5 * i, value, size=8, w=35, align="R")
    s.put(120, 63, w["period"].format(a=d(period[0]), b=d(period[1])), size=8, w=75, align="R")
    rows = [
        (w["previous"], previous, False),
        (w["received"], -previous, False),
        (w["net"], inv.net, False),
        (w["tax"].format(r=f"{m.rate:g}"), inv.tax, False),
        (w["total"], inv.gross, True),
        (w["due"], inv.gross, True),
    ]
    y = 90.0
    for label, v, bold in rows:
        s.put(15, y, label, size=10, bold=bold, w=120)
        s.put(135, y, m(v), size=10, bold=bold, w=60, align="R")
        y += 8 if label != w["received"] else 12
    s.put(15, y + 6, w["debit"].format(d=d(inv.due)), size=8)
    s.put(15, 284, w["footer"], size=7, w=180, align="C")
