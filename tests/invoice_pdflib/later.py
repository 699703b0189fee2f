"""Two more tools' styles, written after the rules for the first four and scored before any
rule was changed for them:

- ``till``: a till's receipt that is a simplified invoice (a roll 80 mm wide, Courier): the
  shop's name, address and tax number centred at the top, the receipt number, date and time,
  items priced with the tax in them, the total before the tax breakdown (base and tax per
  rate, as a sentence or a small table), then cash given and change; no due date;
- ``fatturapa``: the printout of an Italian electronic invoice as the usual stylesheet
  draws it: 'Cedente/prestatore (fornitore)' and 'Cessionario/committente (cliente)' blocks
  side by side with 'Denominazione:' lines and both parties' VAT numbers, a grid of document
  type / number / date / currency over its values, the items, a VAT summary table
  ('Totale imponibile', 'Totale imposta'), 'Totale documento' in a grid of its own, and the
  payment's due date in a payment table.
"""

from __future__ import annotations

from decimal import Decimal

from tests.invoice_pdflib.sheet import Inv, Sheet, cents
from tests.invoice_pdflib.words import ITEMS, SELLERS, WORDS

TILL_SELLERS = {
    "es-ES": ("Cafetería La Plaza S.L.", "C/ Mayor 12", "28013 Madrid", "NIF: B-84512233"),
    "fr-FR": ("Brasserie du Port SARL", "4 quai Rambaud", "69002 Lyon", "SIRET 512 338 907 00014"),
    "de-DE": ("Bäckerei Sommer GmbH", "Lindenallee 5", "50968 Köln", "St.-Nr. 218/5731/0449"),
    "en-GB": ("The Corner Deli Ltd", "22 High Street", "Oxford OX1 4AA", "VAT No. 294 1187 35"),
}
TILL_RATE = {"es-ES": 10, "fr-FR": 10, "de-DE": 19, "en-GB": 20}
TILL_WORDS = {
    "es-ES": dict(
        title="FACTURA SIMPLIFICADA",
        number="Nº: {n}",
        when="Fecha: {d}  Hora: {t}",
        table="Mesa: {k}",
        cols="Cant Descripción",
        total="TOTAL",
        base="Base imponible",
        tax="IVA {r}%",
        given="Entregado (efectivo)",
        change="Cambio",
        bye="Gracias por su visita",
        items="Café con leche|Tostada|Zumo de naranja|Croissant|Agua mineral|Menú del día",
    ),
    "fr-FR": dict(
        title="TICKET - FACTURE",
        number="N° ticket : {n}",
        when="Le {d} à {t}",
        table="Table {k}",
        cols="Qté Désignation",
        total="TOTAL TTC",
        base="Total HT",
        tax="dont TVA {r}%",
        given="Espèces",
        change="Rendu",
        bye="Merci de votre visite",
        items="Café|Croque-monsieur|Plat du jour|Eau minérale|Tarte fine|Verre de vin",
    ),
    "de-DE": dict(
        title="RECHNUNG",
        number="Beleg-Nr. {n}",
        when="Datum: {d} {t}",
        table="Tisch {k}",
        cols="Menge Artikel",
        total="SUMME",
        base="Netto",
        tax="MwSt {r}%",
        given="Gegeben BAR",
        change="Rückgeld",
        bye="Vielen Dank für Ihren Einkauf",
        items="Roggenbrot|Brezel|Käsekuchen|Kaffee|Franzbrötchen|Apfelschorle",
    ),
    "en-GB": dict(
        title="VAT RECEIPT",
        number="Receipt No: {n}",
        when="{d} {t}",
        table="Till {k}",
        cols="Qty Item",
        total="TOTAL",
        base="Net",
        tax="VAT @ {r}%",
        given="Cash",
        change="Change",
        bye="Thank you for shopping with us",
        items="Sourdough loaf|Flat white|Bacon roll|Orange juice|Brownie|Soup of the day",
    ),
}


def till(inv: Inv) -> None:
    """A till's receipt: tax-inclusive prices, the total first, then base and tax."""
    rng, m, d = inv.rng, inv.m, inv.d
    w = TILL_WORDS[inv.code]
    seller, street, town, register = inv.seller = TILL_SELLERS[inv.code]
    inv.no_due = True
    inv.number = f"T{rng.randint(1, 9):03d}-{rng.randint(1, 99999):06d}"
    rate = TILL_RATE[inv.code]
    rows = []
    for name in rng.sample(w["items"].split("|"), rng.randint(2, 5)):
        qty = rng.choice([1, 1, 2, 3])
        rows.append((name, qty, cents(Decimal(rng.randint(120, 1450)) / 100 * qty)))
    gross = sum((r[2] for r in rows), Decimal(0))
    inv.net = cents(gross * 100 / (100 + rate))
    inv.tax = gross - inv.net
    inv.gross = gross + inv.off
    n = m.number
    cur = "£" if inv.code == "en-GB" else "EUR"
    width = 34
    given = (inv.gross // 10 + 1) * 10
    lines = [
        seller.upper().center(width),
        street.center(width),
        town.center(width),
        register.center(width),
        "-" * width,
        w["title"],
        w["number"].format(n=inv.number),
        w["when"].format(d=d(inv.issued), t=f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"),
        w["table"].format(k=rng.randint(1, 20)),
        "-" * width,
        w["cols"],
        *(f"{q:<3}{name[:20]:<21}{n(a):>10}" for name, q, a in rows),
        "-" * width,
        f"{w['total']:<18}{cur:>6}{n(inv.gross):>10}",
        "-" * width,
    ]
    if inv.code == "de-DE":  # the tax as a small table: rate, net, tax, gross
        lines += [
            "MwSt%     Netto    MwSt   Brutto",
            f"A {rate}%{n(inv.net):>10}{n(inv.tax):>8}{n(inv.gross):>9}",
        ]
    else:
        lines += [
            f"{w['base']:<24}{n(inv.net):>10}",
            f"{w['tax'].format(r=rate):<24}{n(inv.tax):>10}",
        ]
    lines += [
        "-" * width,
        f"{w['given']:<24}{n(given):>10}",
        f"{w['change']:<24}{n(given - inv.gross):>10}",
        "",
        w["bye"].center(width),
    ]
    inv.sheet = s = Sheet(mono=True, page=(80, 40 + 4.2 * len(lines)))
    for i, text in enumerate(lines):
        s.put(3, 8 + 4.2 * i, text, size=8.5, bold=i == 0)


FATTURA_SELLERS = (
    ("Pastificio Bruni S.r.l.", "Via dei Mulini 21", "Bologna", "BO", "40121", "03318770372"),
    ("Ceramiche Ferri S.p.A.", "Viale Europa 140", "Sassuolo", "MO", "41049", "01822570364"),
    (
        "Studio Tecnico Galli S.r.l.",
        "Corso Vittorio Emanuele 8",
        "Torino",
        "TO",
        "10121",
        "09912430015",
    ),
)
FATTURA_BUYER = (
    "Trattoria Da Elena S.n.c.",
    "Corso Italia 9",
    "Milano",
    "MI",
    "20122",
    "08817730963",
)


def fatturapa(inv: Inv) -> None:
    """The printout of an Italian e-invoice: parties side by side, grids of labels over values."""
    rng, s = inv.rng, inv.sheet
    name, street, town, prov, cap, piva = FATTURA_SELLERS[inv.seed % len(FATTURA_SELLERS)]
    inv.seller = (name, street, f"{cap} {town}", f"IT{piva}")
    inv.number = f"{rng.randint(1, 480)}/{inv.issued.year}"
    n = inv.m.number
    d = lambda day: day.strftime("%d-%m-%Y")  # noqa: E731
    for x, head, party in (
        (15, "Cedente/prestatore (fornitore)", (name, street, town, prov, cap, piva)),
        (110, "Cessionario/committente (cliente)", FATTURA_BUYER),
    ):
        s.put(x, 14, head, size=9, bold=True, w=85, fill=225, border=1)
        rows = [
            f"Identificativo fiscale ai fini IVA: IT{party[5]}",
            f"Codice fiscale: {party[5]}",
            f"Denominazione: {party[0]}",
            *(["Regime fiscale: RF01 (ordinario)"] if x == 15 else []),
            f"Indirizzo: {party[1]}",
            f"Comune: {party[2]} Provincia: {party[3]}",
            f"Cap: {party[4]} Nazione: IT",
        ]
        for i, text in enumerate(rows):
            s.put(x, 20 + 4.5 * i, text, size=8)
    heads = ["Tipologia documento", "Art. 73", "Numero documento", "Data documento", "Divisa"]
    values = ["TD01 fattura", "", inv.number, d(inv.issued), "EUR"]
    widths = [45, 20, 40, 40, 35]
    s.row(15, 60, widths, heads, "LCCCC", size=7.5, bold=True, fill=225, border=1)
    s.row(15, 65, widths, values, "LCCCC", size=8, border=1)
    cols = [
        "Cod. articolo",
        "Descrizione",
        "Quantità",
        "Prezzo unitario",
        "UM",
        "%IVA",
        "Prezzo totale",
    ]
    widths = [22, 58, 18, 26, 10, 16, 30]
    y = 78.0
    s.row(15, y, widths, cols, "LLRRCRR", size=7, bold=True, fill=225, border=1)
    for desc, qty, unit, amount in inv.rows:
        y += 5.5
        code = f"A{rng.randint(100, 999)}"
        vals = [code, desc, f"{qty},00", n(unit), "pz", "22,00", n(amount)]
        s.row(15, y, widths, vals, "LLRRCRR", size=8, border=1)
    y += 12
    s.put(15, y, "RIEPILOGHI IVA E TOTALI", size=8, bold=True)
    heads = ["esigibilità iva / riferimenti normativi", "%IVA", "Spese accessorie", "Arr.",
             "Totale imponibile", "Totale imposta"]  # fmt: skip
    widths = [58, 16, 26, 12, 34, 34]
    s.row(15, y + 5, widths, heads, "LRRRRR", size=7, bold=True, fill=225, border=1)
    vals = ["I (esigibilità immediata)", "22,00", "", "", n(inv.net), n(inv.tax)]
    s.row(15, y + 10, widths, vals, "LRRRRR", size=8, border=1)
    heads = ["Importo bollo", "Sconto/Maggiorazione", "Arr.", "Totale documento"]
    widths = [40, 50, 30, 60]
    s.row(15, y + 20, widths, heads, "LRRR", size=7, bold=True, fill=225, border=1)
    s.row(15, y + 25, widths, ["", "", "", n(inv.gross)], "LRRR", size=8, border=1)
    heads = ["Modalità pagamento", "IBAN", "Data scadenza", "Importo"]
    widths = [45, 75, 30, 30]
    iban = f"IT60X0542811101000000{rng.randint(100000, 999999)}"
    s.row(15, y + 36, widths, heads, "LLCR", size=7, bold=True, fill=225, border=1)
    vals = ["MP05 bonifico", iban, d(inv.due), n(inv.gross)]
    s.row(15, y + 41, widths, vals, "LLCR", size=8, border=1)
    s.put(15, 286, f"Fattura elettronica {inv.number} del {d(inv.issued)}", size=6.5)


CARRY = {  # the running sum at a page's foot and the next page's head
    "de-DE": ("Übertrag", "Seite {p} von 2"),
    "en-US": ("Carried forward", "Page {p} of 2"),
    "it-IT": ("Riporto", "Pagina {p} di 2"),
    "nl-NL": ("Transport", "Pagina {p} van 2"),
}


def carry(inv: Inv) -> None:
    """A print spool two pages long: the sum so far printed at the foot of the first page and
    again at the head of the second, under the repeated title, number and column heads."""
    rng, m, d = inv.rng, inv.m, inv.d
    w = WORDS["spool"][inv.code]
    seller, street, town, register = inv.seller = SELLERS["spool"][inv.code]
    forward, page = CARRY[inv.code]
    inv.number = number = str(90_000_000 + rng.randint(1, 999_999))
    rows = []
    for i in range(rng.randint(46, 60)):
        qty = rng.choice([1, 2, 4, 10, 25])
        unit = Decimal(rng.randint(150, 24_000)) / 100
        rows.append(
            (f"{ITEMS[i % len(ITEMS)].format(rng.randint(10, 99))}", qty, unit, cents(unit * qty))
        )
    inv.net = sum((r[3] for r in rows), Decimal(0))
    inv.tax = cents(inv.net * m.rate / 100)
    inv.gross = inv.net + inv.tax + inv.off
    n, s = m.number, inv.sheet
    rate = f"{m.rate:.3f}" if inv.code.startswith("en") else f"{m.rate:.3f}".replace(".", ",")
    s.put(12, 40, f"{seller} · {street} · {town}", size=6.5)
    head = [
        f"{inv.buyer[0]:<44}{w['title']}",
        f"{inv.buyer[1]:<44}{w['number']:<12}{number}",
        f"{inv.buyer[2]:<44}{w['date']:<12}{d(inv.issued)}",
        f"{'':<44}{w['customer']:<12}{rng.randint(100000, 199999)}",
        f"{'':<44}{page.format(p=1)}",
        "",
    ]
    rule, so_far, y = "-" * 80, Decimal(0), 45.0
    lines = [*head, rule, w["cols"], rule]
    for i, (desc, qty, unit, amount) in enumerate(rows):
        if len(lines) == 52:  # the page is full: carry the sum to the next one
            lines += [rule, f"{'':<30}{forward:<36}{n(so_far):>14}"]
            for k, text in enumerate(lines):
                s.put(12, y + 4.2 * k, text, size=8.5)
            s.put(12, 282, f"{seller}, {street}, {town}, {register}", size=6.5)
            s.pdf.add_page()
            y = 20.0
            lines = [
                f"{w['title']} {number}{'':<20}{page.format(p=2)}",
                "",
                rule,
                w["cols"],
                rule,
                f"{'':<30}{forward:<36}{n(so_far):>14}",
            ]
        mat = f"{rng.randint(100, 999)}-{rng.randint(100, 999)}"
        lines.append(
            f"{(i + 1) * 10:<5}{mat:<11}{desc:<24}{qty:>6} {w['unit']:<4}{n(unit):>12}{n(amount):>14}"
        )
        so_far += amount
    lines += [
        rule,
        f"{'':<30}{w['items']:<36}{n(inv.net):>14}",
        f"{'':<30}{w['tax'].format(r=rate):<36}{n(inv.tax):>14}",
        f"{'':<30}{w['total']:<28}{m.currency:<8}{n(inv.gross):>14}",
        "",
        w["terms"].format(d=d(inv.due)),
    ]
    for k, text in enumerate(lines):
        s.put(12, y + 4.2 * k, text, size=8.5)
    s.put(12, 282, f"{seller}, {street}, {town}, {register}", size=6.5)
