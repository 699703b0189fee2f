"""Brazilian goods invoices (NF-e 4.00) as brazilfiscalreport 1.3.1 (PyPI, LGPL-3.0; the library
Odoo's Brazilian localisation and other Python ERPs print their fiscal documents with) prints
them: the DANFE, the "auxiliary document of the electronic invoice" every Brazilian firm hands
over with its goods, drawn by fpdf2 from the authorised NF-e's XML. A real package's page,
which no rule of ours was written for.

The page, as the package prints it: the receipt stub ('RECEBEMOS DE <seller> OS PRODUTOS …
EMISSÃO: 05/03/2026 VALOR TOTAL: 597,49 DESTINATARIO: …', 'NF-e Nº 000.001.234 SÉRIE 1'); the
issuer's box (its name, address, phone) beside 'DANFE', '0-ENTRADA / 1-SAÍDA', 'Nº 000.001.234',
'SÉRIE 1', 'FOLHA 1/1', the access key; then grids of small capital heads over their values:
'NATUREZA DA OPERAÇÃO', 'PROTOCOLO DE AUTORIZAÇÃO DE USO', 'INSCRIÇÃO ESTADUAL … CNPJ / CPF';
'DESTINATÁRIO / REMETENTE' ('NOME / RAZÃO SOCIAL | CNPJ / CPF | DATA DA EMISSÃO' over the
customer's name, its CNPJ and the issue date); 'FATURA / DUPLICATA' (each instalment's number,
due date and amount); the taxes: 'BASE DE CÁLCULO DO ICMS | VALOR DO ICMS | … | VALOR TOTAL DOS
PRODUTOS' over their amounts, 'VALOR DO FRETE | VALOR DO SEGURO | DESCONTO | OUTRAS DESPESAS
ACESSÓRIAS | VALOR DO IPI | VALOR TOTAL DA NOTA' over theirs (amounts with a decimal comma, no
currency sign); the carrier; 'DADOS DO PRODUTO / SERVIÇO' (code, description, NCM, CST, CFOP,
unit, quantity, unit price, total, ICMS base, ICMS, IPI, rates); 'DADOS ADICIONAIS'.

Three issuers, each printed as the package's options let a firm print it: ``industria`` (a
metalworks in São Paulo: ICMS and IPI, the MOC 7.0 layout, Times, the receipt at the top),
``atacado`` (a food wholesaler in Curitiba: no IPI, so the package's layout without IPI fields,
Courier, the receipt at the foot), ``reforma`` (a textile mill in Santa Catarina printing in the
NT 2026.010 layout the tax reform brings: the totals in three blocks, 'TOTAL DOS PRODUTOS E
TOTAL DA NOTA', 'TOTAL DO ICMS / IPI', 'TOTAL DO IBS / CBS / IS', and each item's IBS and CBS of
the 2026 test year). Seed 0: one item; 1: several items with a discount and one instalment (a
due date); 2: freight, insurance and other charges; 3: a person as the customer (CPF), paid in
cash. Seeds 4 to 7 the same kinds with other values (held out while rules for 0 to 3 were
written).

The values recorded as a clerk reads a DANFE (and as the real DANFE of ``tests/data/invoices``'s
second batch records them): the number as printed ('000.001.234'), the issue date, the
instalment's due date, the issuer, the currency (reais), and the note's total ('VALOR TOTAL DA
NOTA': the goods less the discount, plus freight, insurance, other charges and the IPI). No net
and no tax total: the ICMS, PIS and COFINS are in the goods' prices, the IPI is one of several
things added to them, and no line of the page is the total before tax.

brazilfiscalreport is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/danfe_invoices/`` with their values. ``python -m tests.invoice_danfe PYTHON [DIR]``
makes them again with a *PYTHON* that has ``brazilfiscalreport==1.3.1`` installed (it pulls
fpdf2). The access key, protocol and authorisation are drawn (no tax office authorises these
notes); the package prints them as it prints a real one.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import product_jobs, render_kept
from tests.invoice_pdflib.sheet import cents

__all__ = ["FIXTURES", "ISSUERS", "SEEDS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "danfe_invoices"
SEEDS = 8
# the issuer: its name and CNPJ, its address (street, number, district, town's IBGE code, town,
# state, postcode, phone), its state registration, how the package prints it (layout, font,
# the receipt's place, the tax fields), the ICMS and IPI rates, the customers (name, CNPJ or
# CPF, street, district, town code, town, state, postcode), the goods (code, description, NCM,
# unit, unit price)
ISSUERS: dict[str, dict[str, Any]] = {
    "industria": {
        "name": "Metalúrgica Serra Azul Indústria e Comércio Ltda",
        "cnpj": "07345812000160",
        "address": (
            "Av. Lucas Nogueira Garcez",
            "2150",
            "Jardim do Mar",
            "3548708",
            "São Bernardo do Campo",
            "SP",
            "09750000",
            "1143367700",
        ),
        "ie": "635112447118",
        "print": {"layout": "MOC_7_0", "font": "TIMES", "receipt": "TOP", "ipi": True},
        "icms": "18.00",
        "ipi": "5.00",
        "customers": [
            (
                "Auto Peças Ribeirão Comercial Ltda",
                "21554876000132",
                "Rua Garibaldi",
                "1204",
                "Centro",
                "3543402",
                "Ribeirão Preto",
                "SP",
                "14010070",
            ),
            (
                "Serralheria Nova Era Eireli",
                "33127640000108",
                "Rua dos Andradas",
                "455",
                "Vila Industrial",
                "3509502",
                "Campinas",
                "SP",
                "13035300",
            ),
        ],
        "goods": [
            ("SA-1040", "Dobradiça de aço zincado 3 1/2 pol (cx 24)", "83021000", "CX", "86.40"),
            ("SA-2210", "Suporte de prateleira reforçado 30 cm", "73269090", "PC", "12.75"),
            ("SA-3305", "Chapa perfurada galvanizada 1,0 x 2,0 m", "73089090", "PC", "214.90"),
            ("SA-4120", "Trilho para portão deslizante 3 m", "73089010", "BR", "139.00"),
        ],
    },
    "atacado": {
        "name": "Distribuidora Paranaense de Alimentos S.A.",
        "cnpj": "12908477000193",
        "address": (
            "Rua João Bettega",
            "3780",
            "Portão",
            "4106902",
            "Curitiba",
            "PR",
            "81070000",
            "4133298100",
        ),
        "ie": "9055124470",
        "print": {"layout": "MOC_7_0", "font": "COURIER", "receipt": "BOTTOM", "ipi": False},
        "icms": "12.00",
        "ipi": None,
        "customers": [
            (
                "Supermercado Bom Preço de Ponta Grossa Ltda",
                "44806312000125",
                "Av. Vicente Machado",
                "980",
                "Centro",
                "4119905",
                "Ponta Grossa",
                "PR",
                "84010000",
            ),
            (
                "Mercearia Irmãos Kowalski Ltda",
                "18220541000177",
                "Rua XV de Novembro",
                "311",
                "Centro",
                "4104204",
                "Campo Largo",
                "PR",
                "83601030",
            ),
        ],
        "goods": [
            ("7891000", "Arroz agulhinha tipo 1, fardo 6 x 5 kg", "10063021", "FD", "142.80"),
            ("7892210", "Feijão carioca tipo 1, fardo 10 x 1 kg", "07133319", "FD", "79.90"),
            ("7893305", "Óleo de soja refinado, caixa 20 x 900 ml", "15079011", "CX", "168.00"),
            ("7894418", "Café torrado e moído, fardo 10 x 500 g", "09012100", "FD", "189.50"),
        ],
    },
    "reforma": {
        "name": "Tecelagem Vale do Itajaí S.A.",
        "cnpj": "82640155000139",
        "address": (
            "Rua Bahia",
            "5400",
            "Salto Weissbach",
            "4202404",
            "Blumenau",
            "SC",
            "89032001",
            "4733218800",
        ),
        "ie": "251887430",
        "print": {"layout": "NT_2026_010", "font": "TIMES", "receipt": "TOP", "ipi": True},
        "icms": "17.00",
        "ipi": "6.50",
        "customers": [
            (
                "Confecções Maré Alta Ltda",
                "09553218000144",
                "Rua Tenente Silveira",
                "220",
                "Centro",
                "4205407",
                "Florianópolis",
                "SC",
                "88010300",
            ),
            (
                "Malharia Serra Gaúcha Ltda",
                "27331904000150",
                "Rua Sinimbu",
                "1670",
                "Lourdes",
                "4305108",
                "Caxias do Sul",
                "RS",
                "95020002",
            ),
        ],
        "goods": [
            (
                "TV-1180",
                "Tecido brim 100% algodão 280 g/m², azul marinho",
                "52094200",
                "M",
                "24.90",
            ),
            ("TV-2044", "Malha piquet 50/50, branca, rolo 25 kg", "60062200", "KG", "48.30"),
            ("TV-3310", "Tecido tricoline estampado, rolo 50 m", "52083200", "RL", "612.00"),
            ("TV-4402", "Felpa para toalhas 420 g/m²", "58021900", "M", "31.60"),
        ],
    },
}
# customers who are people: name, CPF, street, number, district, town code, town, state,
# postcode
PEOPLE = [
    (
        "Ana Cláudia Ferreira Souza",
        "52998224725",
        "Rua das Palmeiras",
        "77",
        "Boa Vista",
        "3550308",
        "São Paulo",
        "SP",
        "04567010",
    ),
    (
        "Roberto Tavares Lima",
        "11144477735",
        "Av. Sete de Setembro",
        "1890",
        "Batel",
        "4106902",
        "Curitiba",
        "PR",
        "80240000",
    ),
]


def _rate(value: str | None, base: Decimal) -> Decimal:
    return cents(base * Decimal(value) / 100) if value else Decimal(0)


def invoice(issuer: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the NF-e holds for one invoice, and the values its DANFE prints."""
    rng = random.Random(f"danfe-{issuer}-{seed}")
    who = ISSUERS[issuer]
    kind = seed % 4
    items = []
    for code, desc, ncm, unit, price in rng.sample(who["goods"], 1 if kind == 0 else 3):
        count = rng.choice([2, 3, 5, 10, 12, 25])
        total = Decimal(price) * count
        off = cents(total * Decimal(rng.choice([3, 5])) / 100) if kind == 1 else Decimal(0)
        base = total - off
        items.append(
            {
                "code": code,
                "desc": desc,
                "ncm": ncm,
                "unit": unit,
                "count": count,
                "price": price,
                "total": str(total),
                "off": str(off),
                "icms": str(_rate(who["icms"], base)),
                "ipi": str(_rate(who["ipi"], base)),
                # the reform's test year: CBS 0.9 %, the states' IBS 0.1 %
                "cbs": str(_rate("0.90", base)) if issuer == "reforma" else None,
                "ibs": str(_rate("0.10", base)) if issuer == "reforma" else None,
            }
        )
    goods = sum(Decimal(i["total"]) for i in items)
    off = sum(Decimal(i["off"]) for i in items)
    ipi = sum(Decimal(i["ipi"]) for i in items)
    freight = cents(Decimal(rng.uniform(40, 260))) if kind == 2 else Decimal(0)
    insurance = cents(goods * Decimal("0.004")) if kind == 2 else Decimal(0)
    other = Decimal(rng.choice(["12.50", "18.00", "25.00"])) if kind == 2 else Decimal(0)
    gross = goods - off + freight + insurance + other + ipi
    issued = dt.datetime(2026, 1, 5, 8, 0) + dt.timedelta(
        days=39 * seed + rng.randint(0, 30), minutes=rng.randint(0, 600), seconds=rng.randint(0, 59)
    )
    due = (issued + dt.timedelta(days=rng.choice([28, 30, 45]))).date() if kind == 1 else None
    number = rng.randint(1200, 98000)
    customer = rng.choice(PEOPLE) if kind == 3 else rng.choice(who["customers"])
    job = {
        "issuer": {k: who[k] for k in ("name", "cnpj", "address", "ie", "print")},
        "icms_rate": who["icms"],
        "ipi_rate": who["ipi"],
        "customer": customer,
        "items": items,
        "freight": str(freight),
        "insurance": str(insurance),
        "other": str(other),
        "gross": str(gross),
        "number": number,
        "series": rng.choice([1, 1, 2]),
        "date": issued.isoformat(),
        "due": due.isoformat() if due else None,
        "cash": kind == 3,
        "order": str(rng.randint(1000, 9999)),
        "seed": seed,
    }
    values = {
        "invoice_number": ".".join(f"{number:09d}"[i : i + 3] for i in (0, 3, 6)),
        "issue_date": issued.date().isoformat(),
        "due_date": due.isoformat() if due else None,
        "seller": who["name"],
        "currency": "BRL",
        "net_total": None,
        "tax_total": None,
        "gross_total": f"{gross:.2f}",
    }
    return job, values


def make(python: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with brazilfiscalreport (installed for *python*) into
    *folder*."""
    jobs = product_jobs(invoice, ISSUERS, seeds=SEEDS)
    render_kept(folder, [python, str(Path(__file__).with_name("render.py"))], jobs, timeout=1200)
