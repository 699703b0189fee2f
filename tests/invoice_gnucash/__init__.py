"""Invoices printed by GnuCash, the free accounting program many sole traders, clubs and small
firms keep their books in: a real product's invoice layouts, which no rule of ours was written
for. We give GnuCash a book as such a firm keeps it (its company's name, address and tax ID in
the book's options, a customer, tax tables, an invoice with its entries, posted) and GnuCash's
own invoice reports print it, in its own translations, with the money and dates written as the
locale writes them; Chromium prints the report's HTML to PDF, as GnuCash's own print dialog
prints it through its web view.

The five invoice reports GnuCash 4.13 ships (``gnucash/reports/standard``):

- ``printable``: 'Invoice #…' over 'Date:' and 'Due Date:', the customer's address at the left
  and the company's (name, address, phone, e-mail, web, tax ID) at the right, then the day it
  is printed; the entries with a date, quantity, unit price, discount, a taxable mark and a
  total each; 'Net Price', 'Tax', 'Total Price', 'Amount Due';
- ``easy``: the same, with the company's block again beside the title;
- ``fancy``: the same grid under the company's name in large type;
- ``tax``: 'Tax Invoice' with the company's block and its phone, e-mail and web labelled, 'To:'
  over the customer, 'Invoice number:', 'Invoice date:', 'Due date:' in a grid, entries with a
  net amount, a tax rate, a tax amount and a total each, a 'Subtotal' row of three sums and
  'Amount due, EUR';
- ``australian``: the same report with its Australian defaults ('Tax Invoice', ABN).

Seed 0 bills at one tax rate and is printed the day it is posted; seed 1 adds a line at a
reduced rate and a line with a discount, and is printed some days after it was posted (the
page shows both days); seed 2 is seed 1's kind again, with other values (made after the rules
for seeds 0 and 1, and scored before any rule for it); seed 3 is part paid: a payment is
applied to the posted invoice the next day, and the page prints it and a smaller amount due.
GnuCash computes every total itself; ``render.py`` checks that they are the values recorded
here.

GnuCash is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/gnucash_invoices/`` with their values. ``python -m tests.invoice_gnucash [DIR]``
makes them again on a Debian machine with ``gnucash``, ``python3-gnucash``, ``faketime``,
``chromium`` and the locales below generated: it runs ``render.py`` beside this file with
Debian's ``/usr/bin/python3``, which has GnuCash's Python bindings.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "LOCALES", "REPORTS", "SEEDS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "gnucash_invoices"
# the report's name in GnuCash and its template's GUID
REPORTS = {
    "printable": ("Printable Invoice", "5123a759ceb9483abf2182d01c140e8d"),
    "easy": ("Easy Invoice", "67112f318bef4fc496bdc27d106bbda4"),
    "fancy": ("Fancy Invoice", "3ce293441e894423a2425d7a22dd1ac6"),
    "tax": ("Tax Invoice", "0769e242be474010b4acf264a5512e6e"),
    "australian": ("Australian Tax Invoice", "3dbbc2584da64e7a8674355bc3fbfe3d"),
}
SEEDS = 4
CENT = Decimal("0.01")
# locale: (currency, the standard rate, the reduced rate)
LOCALES = {
    "en_US": ("USD", "8.25", "4"),
    "en_GB": ("GBP", "20", "5"),
    "en_AU": ("AUD", "10", "0"),
    "de_DE": ("EUR", "19", "7"),
    "fr_FR": ("EUR", "20", "5.5"),
    "nl_NL": ("EUR", "21", "9"),
    "es_ES": ("EUR", "21", "10"),
    "it_IT": ("EUR", "22", "10"),
    "pt_BR": ("BRL", "17", "7"),
    "sv_SE": ("SEK", "25", "12"),
    "pl_PL": ("PLN", "23", "5"),
    "da_DK": ("DKK", "25", "0"),
    "cs_CZ": ("CZK", "21", "12"),
    "fi_FI": ("EUR", "25.5", "14"),
    "hu_HU": ("HUF", "27", "5"),
    "ro_RO": ("RON", "19", "9"),
    "tr_TR": ("TRY", "20", "10"),
    "sk_SK": ("EUR", "23", "5"),
    "nb_NO": ("NOK", "25", "15"),
}
# (company name, address lines, tax ID as the firm types it, phone, e-mail, web)
SELLERS: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "en_US": [
        (
            "Cedar Ridge Web Studio LLC",
            "418 Maple Avenue\nBoulder, CO 80302",
            "EIN 84-2291736",
            "(303) 555-0142",
            "accounts@cedarridge.example",
            "www.cedarridge.example",
        ),
        (
            "Lakeshore Plumbing & Heating Inc.",
            "2250 North Shore Drive\nDuluth, MN 55812",
            "Tax ID 41-8827364",
            "(218) 555-0199",
            "office@lakeshoreph.example",
            "lakeshoreph.example",
        ),
    ],
    "en_GB": [
        (
            "Thistledown Joinery Ltd",
            "Unit 7, Riverside Works\nPerth PH2 8DY\nScotland",
            "VAT Reg. GB 318 4420 76",
            "01738 555 210",
            "hello@thistledown.example",
            "www.thistledown.example",
        ),
        (
            "Marlowe & Finch Bookkeeping",
            "22 Castle Street\nShrewsbury SY1 2BQ",
            "VAT No. GB 271 9934 58",
            "01743 555 876",
            "info@marlowefinch.example",
            "marlowefinch.example",
        ),
    ],
    "en_AU": [
        (
            "Bluegum Landscaping Pty Ltd",
            "31 Wattle Road\nBallarat VIC 3350",
            "ABN 53 004 085 616",
            "03 5555 0187",
            "admin@bluegum.example",
            "www.bluegum.example",
        ),
        (
            "Coral Coast IT Services",
            "8/140 Esplanade\nCairns QLD 4870",
            "ABN 71 118 264 309",
            "07 5555 0321",
            "billing@coralcoastit.example",
            "coralcoastit.example",
        ),
    ],
    "de_DE": [
        (
            "Holzwerkstatt Brandt GmbH",
            "Sägewerkstraße 4\n79111 Freiburg im Breisgau",
            "USt-IdNr. DE287654310",
            "0761 555 4410",
            "rechnung@holzwerkstatt-brandt.example",
            "www.holzwerkstatt-brandt.example",
        ),
        (
            "Sabine Kröger Übersetzungen",
            "Lindenallee 23\n04109 Leipzig",
            "Steuernummer 231/245/67890",
            "0341 555 2231",
            "kontakt@kroeger-uebersetzungen.example",
            "kroeger-uebersetzungen.example",
        ),
    ],
    "fr_FR": [
        (
            "Atelier Verrier du Rhône SARL",
            "12 quai Saint-Vincent\n69001 Lyon",
            "TVA FR 61 512 345 678",
            "04 78 55 51 20",
            "compta@atelier-verrier.example",
            "www.atelier-verrier.example",
        ),
        (
            "Camille Morel Conseil",
            "7 rue des Tanneurs\n67000 Strasbourg",
            "SIRET 812 334 556 00021",
            "03 88 55 40 12",
            "camille@morel-conseil.example",
            "morel-conseil.example",
        ),
    ],
    "nl_NL": [
        (
            "Fietsmakerij De Spaak B.V.",
            "Oudegracht 144\n3511 AZ Utrecht",
            "Btw-nr. NL853412907B01",
            "030 555 1290",
            "administratie@despaak.example",
            "www.despaak.example",
        ),
        (
            "Van Dijk Tuinontwerp",
            "Dorpsstraat 19\n2361 AK Warmond",
            "KvK 68123459",
            "071 555 8812",
            "info@vandijktuin.example",
            "vandijktuin.example",
        ),
    ],
    "es_ES": [
        (
            "Carpintería Hermanos Ruiz S.L.",
            "Calle del Pez 18\n28004 Madrid",
            "CIF B86543217",
            "915 550 142",
            "facturas@hermanosruiz.example",
            "www.hermanosruiz.example",
        ),
        (
            "Lucía Navarro Diseño Gráfico",
            "Avinguda Diagonal 401\n08008 Barcelona",
            "NIF 47123456Q",
            "934 550 987",
            "hola@lucianavarro.example",
            "lucianavarro.example",
        ),
    ],
    "it_IT": [
        (
            "Officina Meccanica Bassi S.r.l.",
            "Via Emilia Est 212\n41121 Modena",
            "P.IVA IT03456780361",
            "059 555 2210",
            "amministrazione@officinabassi.example",
            "www.officinabassi.example",
        ),
        (
            "Studio Ferraro Architetti",
            "Corso Vittorio Emanuele 88\n10121 Torino",
            "P.IVA 09876540012",
            "011 555 7654",
            "studio@ferraroarch.example",
            "ferraroarch.example",
        ),
    ],
    "pt_BR": [
        (
            "Marcenaria Ipê Ltda.",
            "Rua das Palmeiras 250\nCuritiba - PR\n80010-030",
            "CNPJ 12.345.678/0001-95",
            "(41) 5555-0198",
            "financeiro@marcenariaipe.example",
            "www.marcenariaipe.example",
        ),
        (
            "Oliveira Consultoria Contábil ME",
            "Av. Paulista 1578, sala 42\nSão Paulo - SP\n01310-200",
            "CNPJ 98.765.432/0001-10",
            "(11) 5555-4321",
            "contato@oliveiracontabil.example",
            "oliveiracontabil.example",
        ),
    ],
    "sv_SE": [
        (
            "Snickeri Norrsken AB",
            "Storgatan 41\n903 26 Umeå",
            "Org.nr 556712-3456",
            "090-555 12 34",
            "faktura@norrsken.example",
            "www.norrsken.example",
        ),
        (
            "Lindqvist Redovisning HB",
            "Drottninggatan 9\n111 51 Stockholm",
            "Momsreg.nr SE969712345601",
            "08-555 432 10",
            "info@lindqvistredovisning.example",
            "lindqvistredovisning.example",
        ),
    ],
    "pl_PL": [
        (
            "Stolarnia Kowalski Sp. z o.o.",
            "ul. Długa 15\n31-147 Kraków",
            "NIP 676-123-45-67",
            "12 555 40 20",
            "faktury@stolarnia-kowalski.example",
            "www.stolarnia-kowalski.example",
        ),
        (
            "Anna Wiśniewska Tłumaczenia",
            "ul. Piotrkowska 104\n90-926 Łódź",
            "NIP 7251234567",
            "42 555 31 08",
            "biuro@wisniewska-tlumaczenia.example",
            "wisniewska-tlumaczenia.example",
        ),
    ],
    "da_DK": [
        (
            "Nordlys Tømrer ApS",
            "Havnegade 14\n8000 Aarhus C",
            "CVR 31456782",
            "86 55 12 40",
            "faktura@nordlystomrer.example",
            "www.nordlystomrer.example",
        ),
        (
            "Mette Holm Grafisk Design",
            "Vestergade 22\n5000 Odense C",
            "CVR-nr. 38291746",
            "66 55 23 19",
            "mette@holmgrafisk.example",
            "holmgrafisk.example",
        ),
    ],
    "cs_CZ": [
        (
            "Truhlářství Novák s.r.o.",
            "Husova 12\n602 00 Brno",
            "DIČ CZ27182934",
            "541 555 210",
            "fakturace@truhlarstvi-novak.example",
            "www.truhlarstvi-novak.example",
        ),
        (
            "Jana Dvořáková Účetnictví",
            "Vinohradská 48\n120 00 Praha 2",
            "IČO 71234567",
            "222 555 876",
            "info@dvorakova-ucetnictvi.example",
            "dvorakova-ucetnictvi.example",
        ),
    ],
    "fi_FI": [
        (
            "Puusepänliike Virtanen Oy",
            "Hämeenkatu 20\n33200 Tampere",
            "Y-tunnus 2345678-9",
            "03 555 1234",
            "laskutus@virtanenpuu.example",
            "www.virtanenpuu.example",
        ),
        (
            "Laaksonen Kirjanpito Tmi",
            "Aleksanterinkatu 15\n00100 Helsinki",
            "ALV-rek. FI23456789",
            "09 555 4321",
            "info@laaksonenkirjanpito.example",
            "laaksonenkirjanpito.example",
        ),
    ],
    "hu_HU": [
        (
            "Kovács Asztalosműhely Kft.",
            "Fő utca 12\n1011 Budapest",
            "Adószám: 12345678-2-41",
            "+36 1 555 1234",
            "szamla@kovacsasztalos.example",
            "www.kovacsasztalos.example",
        ),
        (
            "Nagy Éva Fordítóiroda",
            "Kossuth Lajos utca 8\n6720 Szeged",
            "Adószám: 87654321-1-06",
            "+36 62 555 876",
            "info@nagyeva.example",
            "nagyeva.example",
        ),
    ],
    "ro_RO": [
        (
            "Tâmplăria Popescu S.R.L.",
            "Strada Lipscani 21\n030031 București",
            "CUI RO12345678",
            "021 555 1234",
            "facturi@tamplariapopescu.example",
            "www.tamplariapopescu.example",
        ),
        (
            "Ioana Marin Traduceri",
            "Bulevardul Eroilor 5\n400129 Cluj-Napoca",
            "CIF 34567812",
            "0264 555 876",
            "contact@ioanamarin.example",
            "ioanamarin.example",
        ),
    ],
    "tr_TR": [
        (
            "Yılmaz Marangozluk Ltd. Şti.",
            "İstiklal Caddesi 45\n34433 Beyoğlu/İstanbul",
            "VKN 1234567890",
            "0212 555 12 34",
            "fatura@yilmazmarangoz.example",
            "www.yilmazmarangoz.example",
        ),
        (
            "Ayşe Demir Çeviri",
            "Atatürk Bulvarı 101\n06680 Çankaya/Ankara",
            "VKN 9876543210",
            "0312 555 43 21",
            "bilgi@aysedemir.example",
            "aysedemir.example",
        ),
    ],
    "sk_SK": [
        (
            "Stolárstvo Horváth s.r.o.",
            "Obchodná 12\n811 06 Bratislava",
            "IČ DPH SK2021234567",
            "02 555 1234",
            "faktury@stolarstvohorvath.example",
            "www.stolarstvohorvath.example",
        ),
        (
            "Mária Kováčová Účtovníctvo",
            "Hlavná 44\n040 01 Košice",
            "IČO 45678912",
            "055 555 8765",
            "info@kovacova.example",
            "kovacova.example",
        ),
    ],
    "nb_NO": [
        (
            "Fjellheim Snekkeri AS",
            "Storgata 12\n0155 Oslo",
            "Org.nr. 912 345 678 MVA",
            "22 55 12 34",
            "faktura@fjellheim.example",
            "www.fjellheim.example",
        ),
        (
            "Ingrid Berg Regnskap",
            "Kongens gate 8\n7011 Trondheim",
            "Org.nr. 987 654 321",
            "73 55 43 21",
            "post@ingridberg.example",
            "ingridberg.example",
        ),
    ],
}
# the customer: (name, address lines)
BUYERS = [
    ("Harbor View Dental Group", "1200 Pier Road\nSuite 4"),
    ("Greenfield Primary School", "School Lane 3"),
    ("Kestrel Freight Services", "Industrial Estate, Unit 12"),
    ("Oakmont Property Management", "55 Elm Court"),
    ("Vista Print & Copy", "Market Square 9"),
]
CITIES = {
    "en_US": "Denver, CO 80204",
    "en_GB": "Inverness IV2 3HX",
    "en_AU": "Geelong VIC 3220",
    "de_DE": "70173 Stuttgart",
    "fr_FR": "13002 Marseille",
    "nl_NL": "2514 EJ Den Haag",
    "es_ES": "46002 Valencia",
    "it_IT": "40121 Bologna",
    "pt_BR": "Porto Alegre - RS",
    "sv_SE": "411 19 Göteborg",
    "pl_PL": "00-950 Warszawa",
    "da_DK": "2100 København Ø",
    "cs_CZ": "110 00 Praha 1",
    "fi_FI": "20100 Turku",
    "hu_HU": "4025 Debrecen",
    "ro_RO": "300001 Timișoara",
    "tr_TR": "35210 Konak/İzmir",
    "sk_SK": "010 01 Žilina",
    "nb_NO": "5003 Bergen",
}
# what a small firm bills, in the locale's language: (description, unit price, reduced rate)
GOODS = {
    "en": [
        ("Site visit and measurements", 85, False),
        ("Labour, hours", 62, False),
        ("Materials as quoted", 418, False),
        ("Annual maintenance contract", 1250, False),
        ("Printed manuals", 24, True),
        ("Delivery", 45, False),
    ],
    "de": [
        ("Aufmaß vor Ort", 85, False),
        ("Arbeitsstunden Geselle", 58, False),
        ("Material laut Angebot", 418, False),
        ("Wartungsvertrag jährlich", 1250, False),
        ("Fachbücher", 24, True),
        ("Anfahrt", 45, False),
    ],
    "fr": [
        ("Déplacement et métré", 85, False),
        ("Main-d'œuvre, heures", 55, False),
        ("Fournitures selon devis", 418, False),
        ("Contrat d'entretien annuel", 1250, False),
        ("Livres techniques", 24, True),
        ("Livraison", 45, False),
    ],
    "nl": [
        ("Inmeten op locatie", 85, False),
        ("Arbeidsuren", 57, False),
        ("Materiaal volgens offerte", 418, False),
        ("Onderhoudscontract per jaar", 1250, False),
        ("Vakboeken", 24, True),
        ("Bezorging", 45, False),
    ],
    "es": [
        ("Visita y mediciones", 85, False),
        ("Mano de obra, horas", 38, False),
        ("Material según presupuesto", 418, False),
        ("Contrato de mantenimiento anual", 1250, False),
        ("Libros técnicos", 24, True),
        ("Transporte", 45, False),
    ],
    "it": [
        ("Sopralluogo e misure", 85, False),
        ("Manodopera, ore", 42, False),
        ("Materiale come da preventivo", 418, False),
        ("Contratto di manutenzione annuale", 1250, False),
        ("Manuali tecnici", 24, True),
        ("Trasporto", 45, False),
    ],
    "pt": [
        ("Visita técnica e medição", 180, False),
        ("Mão de obra, horas", 95, False),
        ("Material conforme orçamento", 1418, False),
        ("Contrato de manutenção anual", 3250, False),
        ("Manuais impressos", 64, True),
        ("Frete", 120, False),
    ],
    "sv": [
        ("Platsbesök och uppmätning", 850, False),
        ("Arbetstimmar", 595, False),
        ("Material enligt offert", 4180, False),
        ("Serviceavtal per år", 12500, False),
        ("Facklitteratur", 240, True),
        ("Frakt", 450, False),
    ],
    "pl": [
        ("Pomiar na miejscu", 340, False),
        ("Robocizna, godziny", 180, False),
        ("Materiał wg oferty", 1680, False),
        ("Umowa serwisowa roczna", 5000, False),
        ("Podręczniki techniczne", 96, True),
        ("Dostawa", 180, False),
    ],
    "da": [
        ("Opmåling på stedet", 650, False),
        ("Arbejdstimer", 475, False),
        ("Materialer efter tilbud", 3100, False),
        ("Serviceaftale, årlig", 9400, False),
        ("Aviser og tidsskrifter", 180, True),
        ("Levering", 350, False),
    ],
    "cs": [
        ("Zaměření na místě", 1800, False),
        ("Práce, hodiny", 650, False),
        ("Materiál dle nabídky", 9500, False),
        ("Servisní smlouva roční", 28000, False),
        ("Odborné knihy", 540, True),
        ("Doprava", 990, False),
    ],
    "fi": [
        ("Mittaus paikan päällä", 85, False),
        ("Työtunnit", 58, False),
        ("Materiaalit tarjouksen mukaan", 418, False),
        ("Huoltosopimus vuodeksi", 1250, False),
        ("Ammattikirjat", 24, True),
        ("Toimitus", 45, False),
    ],
    "hu": [
        ("Helyszíni felmérés", 25000, False),
        ("Munkadíj, óra", 12000, False),
        ("Anyag árajánlat szerint", 98000, False),
        ("Éves karbantartási szerződés", 350000, False),
        ("Szakkönyvek", 6500, True),
        ("Szállítás", 9900, False),
    ],
    "ro": [
        ("Măsurători la fața locului", 350, False),
        ("Manoperă, ore", 120, False),
        ("Materiale conform ofertei", 2100, False),
        ("Contract anual de întreținere", 6200, False),
        ("Cărți tehnice", 90, True),
        ("Transport", 150, False),
    ],
    "tr": [
        ("Yerinde ölçüm", 2500, False),
        ("İşçilik, saat", 850, False),
        ("Teklife göre malzeme", 14000, False),
        ("Yıllık bakım sözleşmesi", 42000, False),
        ("Teknik kitaplar", 600, True),
        ("Nakliye", 1200, False),
    ],
    "sk": [
        ("Zameranie na mieste", 85, False),
        ("Práca, hodiny", 38, False),
        ("Materiál podľa ponuky", 418, False),
        ("Ročná servisná zmluva", 1250, False),
        ("Odborné knihy", 24, True),
        ("Doprava", 45, False),
    ],
    "nb": [
        ("Oppmåling på stedet", 850, False),
        ("Arbeidstimer", 595, False),
        ("Materialer etter tilbud", 4180, False),
        ("Serviceavtale, årlig", 12500, False),
        ("Matvarer til møte", 240, True),
        ("Frakt", 450, False),
    ],
}
PREFIXES = ("", "INV-", "2026-", "F")


def _round(v: Decimal) -> Decimal:
    return v.quantize(CENT, ROUND_HALF_UP)


def invoice(report: str, code: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What GnuCash's book holds for one invoice, and the values its page prints."""
    rng = random.Random(f"gnucash-{report}-{code}-{seed}")
    currency, standard, reduced = LOCALES[code]
    s = SELLERS[code][(seed + len(report)) % 2]
    name, street = rng.choice(BUYERS)
    goods = GOODS[code[:2]]
    picked = rng.sample([g for g in goods if not g[2]], rng.randint(2, 3))
    if seed >= 1:
        picked.append(next(g for g in goods if g[2]))
    lines, net, tax = [], Decimal(0), Decimal(0)
    for n, (desc, price, low) in enumerate(picked):
        cents = Decimal(rng.choice([0, 0, 50, 95])) / 100
        qty = Decimal(rng.choice([1, 1, 2, 3, 4, 7, 12]))
        discount = Decimal(rng.choice([5, 10, 15])) if seed >= 1 and n == 0 else Decimal(0)
        rate = Decimal(reduced if low else standard)
        value = qty * (price + cents) * (100 - discount) / 100
        net += _round(value)
        tax += value * rate / 100  # as GnuCash: summed per tax account, then rounded
        lines.append(
            {
                "description": desc,
                "quantity": f"{qty}",
                "price": f"{price + cents:.2f}",
                "discount": f"{discount}",
                "rate": f"{rate}",
            }
        )
    tax = _round(tax)
    issued = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = issued + dt.timedelta(days=rng.choice([14, 30]))
    printed_on = issued + dt.timedelta(days=rng.randint(2, 20) if seed >= 1 else 0)
    number = f"{rng.choice(PREFIXES)}{rng.randint(1, 999):04d}"
    job = {
        "report": REPORTS[report],
        "locale": f"{code}.UTF-8",
        "currency": currency,
        "seller": dict(zip(("name", "address", "id", "phone", "email", "url"), s, strict=True)),
        "buyer": {"name": name, "address": f"{street}\n{CITIES[code]}"},
        "number": number,
        "issued": issued.isoformat(),
        "due": due.isoformat(),
        "printed": printed_on.isoformat(),
        "lines": lines,
        "net": f"{net:.2f}",
        "tax": f"{tax:.2f}",
        "gross": f"{net + tax:.2f}",
    }
    if seed == 3:  # part paid: a round sum, the day after it was posted
        job["paid"] = f"{((net + tax) / 2).quantize(Decimal(10)):.2f}"
        job["paid_on"] = (issued + dt.timedelta(days=1)).isoformat()
    return job, printed(number, issued, due, s[0], currency, net, tax, net + tax)


def make(folder: Path = FIXTURES) -> None:
    """Print every kept invoice with GnuCash into *folder*."""
    jobs = product_jobs(invoice, REPORTS, LOCALES, seeds=SEEDS)
    command = ["/usr/bin/python3", str(Path(__file__).with_name("render.py"))]
    render_kept(folder, command, jobs, timeout=1800)  # about 2 s a page
