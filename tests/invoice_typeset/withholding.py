"""A typeset style written after the rules for the first seven, to be scored before any rule
is changed for it: ``withholding`` (es-ES, it-IT, pt-PT), a self-employed professional's
invoice with income tax withheld by the customer.

In Spain, Italy and Portugal a business that pays a freelancer withholds part of the fee as
income tax and pays it to the tax office; the invoice prints the withholding below the VAT and
ends with the smaller amount the freelancer is paid:

- es-ES: 'Base imponible', 'IVA (21 %)', 'Retención IRPF (15 %)' or 'IRPF -7 %' as a negative
  amount, then 'TOTAL' or 'Total a pagar'; on one seed in three the total with VAT is printed
  before the withholding ('Total factura') and the last line is 'Líquido a percibir';
- it-IT: 'Totale compensi', the professional's pension contribution charged on top ('Contributo
  integrativo 4%' or 'Rivalsa INPS 4%'), 'Imponibile', 'IVA 22%', 'Totale documento', the
  'Ritenuta d'acconto 20% su € …' and 'Netto a pagare';
- pt-PT: a 'Fatura-Recibo', 'Valor base', 'IVA (23%)', 'Retenção na fonte IRS (23%)' and
  'Total a receber'.

The truth's gross is the total with VAT, before the withholding (as the corpus defines it: the
total including VAT, not the amount payable), whether the page prints it or not.
"""

from __future__ import annotations

from decimal import Decimal

from tests.invoice_pdflib.sheet import cents
from tests.invoice_typeset.letters import _totals
from tests.invoice_typeset.markup import Doc, cells, lines, page, t

SELLERS = {
    "es-ES": (
        "Laura Martín Ortega",
        "Diseño gráfico y web",
        "C/ Alcalá 145, 3º B",
        "28009 Madrid",
        "NIF: 50123456K",
        "ES91 2100 0418 4502 0005 1332",
    ),
    "it-IT": (
        "Dott. Marco Bianchi",
        "Consulente informatico",
        "Via Torino 45",
        "20123 Milano (MI)",
        "P.IVA 12345678903 – C.F. BNCMRC80A01F205X",
        "IT60 X054 2811 1010 0000 0123 456",
    ),
    "pt-PT": (
        "Ana Sofia Pereira",
        "Consultora de marketing",
        "Rua Augusta 100, 2.º Esq.",
        "1100-053 Lisboa",
        "NIF 212345678",
        "PT50 0002 0123 1234 5678 9015 4",
    ),
}
CLIENTS = {
    "es-ES": (
        "Construcciones Ebro S.L.",
        "Paseo Independencia 8",
        "50004 Zaragoza",
        "CIF: B50123456",
    ),
    "it-IT": ("Ferramenta Rossi S.r.l.", "Via Roma 1", "10121 Torino (TO)", "P.IVA 09876543217"),
    "pt-PT": (
        "Tecnologias Atlântico, Lda.",
        "Avenida da Boavista 1200",
        "4100-130 Porto",
        "NIF 509876543",
    ),
}
WORDS = {
    "es-ES": dict(
        title="FACTURA",
        number=["Nº de factura", "Factura nº", "Número"],
        issued=["Fecha de emisión", "Fecha"],
        due=["Fecha de vencimiento", "Vencimiento"],
        client=["Cliente", "Facturar a", "Datos del cliente"],
        heads="Concepto|Horas|Precio/hora|Importe",
        pay="Forma de pago: transferencia bancaria a {i}",
    ),
    "it-IT": dict(
        title="FATTURA",
        number=["Fattura n.", "Numero fattura", "N. fattura"],
        issued=["Data", "Data fattura", "Data emissione"],
        due=["Scadenza", "Data scadenza", "Scadenza pagamento"],
        client=["Spett.le", "Cliente", "Destinatario"],
        heads="Descrizione|Ore|Tariffa|Importo",
        pay="Pagamento: bonifico bancario su IBAN {i}",
    ),
    "pt-PT": dict(
        title="FATURA-RECIBO",
        number=["Fatura-Recibo n.º", "N.º", "Número"],
        issued=["Data de emissão", "Data"],
        due=["Data de vencimento", "Vencimento"],
        client=["Adquirente", "Cliente", "Exmo(s). Sr(s)."],
        heads="Descrição|Horas|Preço/hora|Valor",
        pay="Pagamento por transferência bancária para o IBAN {i}",
    ),
}


def _totals_es(doc: Doc) -> list[tuple[str, str]]:
    rate = Decimal(7) if doc.seed % 3 == 2 else Decimal(15)
    held = cents(doc.net * rate / 100)
    pairs = [
        ("Base imponible", doc.money(doc.net)),
        (f"IVA ({doc.m.rate:g} %)", doc.money(doc.tax)),
    ]
    if doc.seed % 3 == 1:
        pairs.append(("Total factura", doc.money(doc.gross)))
    label = f"Retención IRPF ({rate:g} %)" if doc.seed % 2 == 0 else f"IRPF -{rate:g} %"
    pairs.append((label, doc.money(-held)))
    last = "Líquido a percibir" if doc.seed % 3 == 1 else doc.rng.choice(["TOTAL", "Total a pagar"])
    pairs.append((last, doc.money(doc.gross - held + doc.off)))
    return pairs


def _totals_it(doc: Doc) -> list[tuple[str, str]]:
    """The fees, the contribution on top, the taxable base, VAT, the document's total, the
    withholding on the fees (and the INPS surcharge, which bears it too) and what is paid."""
    cassa = cents(doc.items * 4 / 100)
    inps = doc.seed % 2 == 1
    base = doc.items + (cassa if inps else 0)
    held = cents(base * 20 / 100)
    pairs = [
        ("Totale compensi", doc.money(doc.items)),
        ("Rivalsa INPS 4%" if inps else "Contributo integrativo 4%", doc.money(cassa)),
        ("Imponibile", doc.money(doc.net)),
        (f"IVA {doc.m.rate:g}%", doc.money(doc.tax)),
        ("Totale documento", doc.money(doc.gross)),
        (f"Ritenuta d'acconto 20% su {doc.money(base)}", doc.money(-held)),
        ("Netto a pagare", doc.money(doc.gross - held + doc.off)),
    ]
    return pairs


def _totals_pt(doc: Doc) -> list[tuple[str, str]]:
    held = cents(doc.net * 23 / 100)
    pairs = [("Valor base", doc.money(doc.net)), (f"IVA ({doc.m.rate:g}%)", doc.money(doc.tax))]
    if doc.seed % 2:
        pairs.append(("Total com IVA", doc.money(doc.gross)))
    pairs.append(("Retenção na fonte IRS (23%)", doc.money(-held)))
    pairs.append(("Total a receber", doc.money(doc.gross - held + doc.off)))
    return pairs


def withholding(doc: Doc) -> str:
    w = WORDS[doc.code]
    name, trade, street, town, ids, iban = SELLERS[doc.code]
    doc.seller = name.removeprefix("Dott. ")
    doc.aliases = (name,)
    number = {
        "es-ES": f"2026-{doc.rng.randint(1, 300):04d}",
        "it-IT": f"{doc.rng.randint(1, 90)}/2026",
        "pt-PT": f"2026/{doc.rng.randint(1, 120)}",
    }[doc.code]
    doc.number = number
    if doc.code == "it-IT":  # the pension contribution is part of the taxable base
        doc.net = doc.items + cents(doc.items * 4 / 100)
        doc.tax = cents(doc.net * doc.m.rate / 100)
    # the truth's gross is the total with VAT; *off* goes into the last amount printed only
    doc.gross = doc.net + doc.tax
    pairs = {"es-ES": _totals_es, "it-IT": _totals_it, "pt-PT": _totals_pt}[doc.code](doc)
    pick = doc.rng.choice
    head = [
        (pick(w["number"]), number),
        (pick(w["issued"]), doc.short(doc.issued)),
        (pick(w["due"]), doc.short(doc.due)),
    ]
    grid = ", ".join(cells(a + ":", b) for a, b in head)
    out = page("a4", "Inter", 9.5, doc.lang, "(x: 2cm, y: 2cm)")
    out += (
        f"#grid(columns: (1fr, auto), {lines(name, trade, street, town, ids, bold_first=True)},"
        f" [#align(right, {t(w['title'], 20, bold=True)}) #v(0.4em)"
        f" #grid(columns: (auto, auto), column-gutter: 1em, row-gutter: 0.5em, {grid})])\n"
        "#v(1.2em)\n"
    )
    out += f"#{t(pick(w['client']), 9, bold=True, gray=True)}\n\n"
    out += f"#{lines(*CLIENTS[doc.code])}\n#v(1.2em)\n"
    body = [
        cells(service, doc.hours(hours), doc.money(price), doc.money(amount))
        for service, hours, price, amount in doc.rows
    ]
    out += (
        "#table(columns: (1fr, auto, auto, auto), stroke: none, align: (left, right, right, right),"
        f" table.hline(), table.header({cells(*w['heads'].split('|'), bold=True)}), table.hline(),"
        f" {', '.join(body)}, table.hline())\n#v(0.6em)\n"
    )
    out += _totals(pairs)
    out += f"#v(1.5em)\n#{t(w['pay'].format(i=iban), 9)}\n"
    return out
