"""Two typeset styles written after the rules for the first five, to be scored before any
rule is changed for them:

- ``fees`` (fr-BE, de-AT): a liberal profession's fee note: a lawyer's 'Note d'honoraires'
  or a tax adviser's 'Honorarnote', the practitioner's title before the name ('Maître',
  'Mag.'), a 'Town, le date' line (Austrian months: 'Jänner'), the case or period, dated
  services, the fees and an office-expenses flat rate, 'Total HTVA' / 'TVA 21 %' / 'Total
  TVAC' or 'Honorar netto' / 'zzgl. 20 % USt' / 'Gesamtbetrag', and the payment terms in
  days with a Belgian structured reference '+++090/9337/55493+++';
- ``faktura`` (pl-PL, cs-CZ): a Polish or Czech sole trader's VAT invoice: the seller and
  buyer side by side under 'Sprzedawca' / 'Nabywca' or 'Dodavatel' / 'Odběratel' with their
  tax numbers, the dates as labelled lines, a wide item table with net, rate, tax and gross
  columns, a summary table by rate, 'Do zapłaty' / 'Celkem k úhradě', the amount in words
  ('Słownie: …'), and on the Czech side a seller who is no VAT payer ('Neplátce DPH') on
  one seed in three.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.invoice_typeset.letters import _totals
from tests.invoice_typeset.markup import Doc, cells, lines, page, t

FEE_SELLERS = {
    "fr-BE": (
        "Maître Sophie Lambert",
        "Avocate au barreau de Bruxelles",
        "Avenue Louise 221",
        "1050 Bruxelles",
        "TVA BE 0712.345.678",
        "BE71 0961 2345 6769",
    ),
    "de-AT": (
        "Mag. Florian Gruber",
        "Steuerberater",
        "Praterstraße 38",
        "1020 Wien",
        "UID ATU 6812 4457",
        "AT61 1904 3002 3457 3201",
    ),
}
FEE_CLIENTS = {
    "fr-BE": ("Brasserie Vandeput SRL", "Rue de la Station 12", "1300 Wavre"),
    "de-AT": ("Tischlerei Moser GmbH", "Hauptplatz 4", "4020 Linz"),
}
FEES = {
    "fr-BE": dict(
        title="Note d'honoraires et de frais n° {n}",
        town="Bruxelles, le {d}",
        case="Dossier : {c}",
        heads="Date|Prestation|Durée|Montant",
        fees="Honoraires",
        office="Frais de bureau (forfait 7 %)",
        net="Total HTVA",
        tax="TVA {r} %",
        total="Total TVAC",
        pay="À payer dans les {k} jours sur le compte {i} avec la communication "
        "structurée +++{s}+++.",
        cases=["Vandeput c/ Immo Brabant", "Bail commercial Wavre", "Recouvrement créances 2026"],
    ),
    "de-AT": dict(
        title="Honorarnote Nr. {n}",
        town="Wien, am {d}",
        case="Betreff: {c}",
        heads="Datum|Leistung|Dauer|Betrag",
        fees="Honorar",
        office="Barauslagen pauschal 7 %",
        net="Honorar netto",
        tax="zzgl. {r} % USt",
        total="Gesamtbetrag",
        pay="Zahlbar binnen {k} Tagen ohne Abzug auf das Konto {i}.",
        cases=["Jahresabschluss 2025", "Umsatzsteuervoranmeldungen", "Lohnverrechnung"],
    ),
}


def fees(doc: Doc) -> str:
    w = FEES[doc.code]
    name, role, street, town, vat, iban = FEE_SELLERS[doc.code]
    doc.seller = name.split(" ", 1)[1]  # the person; the title before the name also counts
    doc.aliases = (name,)
    doc.number = (
        f"2026/{doc.rng.randint(10, 400):04d}"
        if doc.lang == "fr"
        else f"2026-{doc.rng.randint(10, 400):03d}"
    )
    # an office-expenses flat rate of 7 % on the fees is part of the net
    office = (doc.items * Decimal("0.07")).quantize(Decimal("0.01"))
    doc.net += office
    doc.tax = (doc.net * doc.m.rate / 100).quantize(Decimal("0.01"))
    doc.gross = doc.net + doc.tax + doc.off
    doc.due_printed = False  # the terms are in days
    out = page(
        "a4",
        "Libertinus Serif",
        10.5,
        doc.lang,
        "(left: 2.5cm, right: 2cm, y: 2cm)",
        footer=lines(f"{street} · {town} · {vat} · IBAN {iban}", size=8),
    )
    out += f"#{lines(name, role, street, town, size=10, bold_first=True)}\n#v(1cm)\n"
    out += f"#pad(left: 9cm, {lines(*FEE_CLIENTS[doc.code])})\n#v(1cm)\n"
    out += f"#align(right, {t(w['town'].format(d=doc.long(doc.issued)))})\n#v(0.6em)\n"
    out += f"#{t(w['title'].format(n=doc.number), 13, bold=True)}\n\n"
    out += f"#{t(w['case'].format(c=doc.rng.choice(w['cases'])))}\n#v(0.6em)\n"
    body = []
    for i, (service, hours, _rate, amount) in enumerate(doc.rows):
        day = doc.issued.replace(day=1) - dt.timedelta(days=25 - 6 * i)
        body.append(cells(doc.short(day), service, doc.hours(hours) + " h", doc.money(amount)))
    out += (
        "#table(columns: (auto, 1fr, auto, auto), stroke: none, align: (left, left, right, right),"
        f" table.hline(), table.header({cells(*w['heads'].split('|'), bold=True)}), table.hline(),"
        f" {', '.join(body)}, table.hline())\n#v(0.4em)\n"
    )
    rate = f"{doc.m.rate:g}"
    out += _totals(
        [
            (w["fees"], doc.money(doc.items)),
            (w["office"], doc.money(office)),
            (w["net"], doc.money(doc.net)),
            (w["tax"].format(r=rate), doc.money(doc.tax)),
            (w["total"], doc.money(doc.gross)),
        ]
    )
    days = (doc.due - doc.issued).days
    ref = f"{doc.rng.randint(100, 999):03d}/{doc.rng.randint(1000, 9999)}/{doc.rng.randint(10000, 99999)}"
    out += f"#v(1em)\n#{t(w['pay'].format(k=days, i=iban, s=ref))}\n"
    return out


FAKTURA_SELLERS = {
    "pl-PL": (
        "Jan Kowalski Usługi Programistyczne",
        "ul. Długa 15/4",
        "31-147 Kraków",
        "NIP: 6793108059",
        "PL61 1090 1014 0000 0712 1981 2874",
    ),
    "cs-CZ": (
        "Petr Novák",
        "Vinohradská 112",
        "130 00 Praha 3",
        "IČ: 74512236  DIČ: CZ8011274419",
        "CZ65 0800 0000 1920 0014 5399",
    ),
}
FAKTURA_BUYERS = {
    "pl-PL": ("Hurtownia Wisła Sp. z o.o.", "ul. Portowa 8", "80-556 Gdańsk", "NIP: 5842719903"),
    "cs-CZ": ("Stavebniny Dvořák s.r.o.", "Průmyslová 21", "602 00 Brno", "IČ: 26915243"),
}
FAKTURA = {
    "pl-PL": dict(
        title="Faktura VAT nr {n}",
        issued="Data wystawienia",
        sold="Data sprzedaży",
        place="Miejsce wystawienia: Kraków",
        seller="Sprzedawca",
        buyer="Nabywca",
        heads="Lp.|Nazwa usługi|Ilość|J.m.|Cena netto|Wartość netto|VAT|Kwota VAT|Wartość brutto",
        unit="godz.",
        sum_heads="Stawka|Netto|VAT|Brutto",
        sum="Razem",
        pay="Do zapłaty",
        words="Słownie: {w}",
        due="Termin płatności",
        method="Forma płatności: przelew",
        account="Numer konta",
    ),
    "cs-CZ": dict(
        title="Faktura – daňový doklad č. {n}",
        issued="Datum vystavení",
        sold="Datum uskutečnění zdanitelného plnění",
        place="Variabilní symbol: {n}",
        seller="Dodavatel",
        buyer="Odběratel",
        heads="Č.|Popis|Množství|MJ|Cena bez DPH|Základ|DPH|Částka DPH|Celkem",
        unit="hod",
        sum_heads="Sazba|Základ|DPH|Celkem",
        sum="Celkem",
        pay="Celkem k úhradě",
        words="",
        due="Datum splatnosti",
        method="Způsob úhrady: převodem",
        account="Bankovní účet",
    ),
}


def faktura(doc: Doc) -> str:
    w = FAKTURA[doc.code]
    name, street, town, ids, iban = FAKTURA_SELLERS[doc.code]
    doc.seller = name
    pl = doc.lang == "pl"
    doc.number = (
        f"{doc.rng.randint(1, 40)}/{doc.issued.month:02d}/2026"
        if pl
        else f"2026{doc.rng.randint(1, 400):04d}"
    )
    payer = pl or doc.seed % 3 != 2  # a Czech sole trader under the VAT threshold
    if not payer:
        doc.tax, doc.gross, doc.exempt, doc.net_printed = Decimal(0), doc.net + doc.off, True, False
    out = page("a4", "Inter", 8.5, doc.lang, "(x: 1.6cm, y: 1.6cm)")
    head = [
        (w["issued"], doc.short(doc.issued)),
        (w["sold"], doc.short(doc.issued)),
        (w["due"], doc.short(doc.due)),
    ]
    flat = ", ".join(cells(a + ":", b) for a, b in head)
    out += (
        f"#grid(columns: (1fr, auto), {t(w['title'].format(n=doc.number), 15, bold=True)},"
        f" grid(columns: (auto, auto), column-gutter: 1em, row-gutter: 0.4em, {flat}))\n"
        f"#{t(w['place'].format(n=doc.number), 8)}\n#v(0.8em)\n"
    )
    seller = [name, street, town, ids] + ([] if payer else ["Neplátce DPH"])
    out += (
        f"#grid(columns: (1fr, 1fr), gutter: 1.5em, {t(w['seller'], 9, bold=True)},"
        f" {t(w['buyer'], 9, bold=True)}, {lines(*seller)}, {lines(*FAKTURA_BUYERS[doc.code])})\n"
        "#v(1em)\n"
    )
    rate = f"{doc.m.rate:g}%"
    heads = w["heads"].split("|")
    if not payer:
        heads = [heads[0], heads[1], heads[2], heads[3], "Cena", heads[8]]
    body = []
    for i, (service, hours, price, amount) in enumerate(doc.rows, 1):
        tax = (amount * doc.m.rate / 100).quantize(Decimal("0.01"))
        row = [str(i), service, doc.hours(hours), w["unit"], doc.plain(price)]
        row += (
            [doc.plain(amount), rate, doc.plain(tax), doc.plain(amount + tax)]
            if payer
            else [doc.plain(amount)]
        )
        body.append(cells(*row, size=8))
    cols = (
        "(auto, 1fr, auto, auto, auto, auto, auto, auto, auto)"
        if payer
        else "(auto, 1fr, auto, auto, auto, auto)"
    )
    out += (
        f"#table(columns: {cols}, stroke: 0.4pt, inset: 4pt, align: (x, y) => if x == 1 {{ left }} else {{ right }},"
        f" table.header({cells(*heads, size=8, bold=True)}), {', '.join(body)})\n#v(0.8em)\n"
    )
    if payer:
        sums = cells(*w["sum_heads"].split("|"), size=8, bold=True)
        row = cells(rate, doc.plain(doc.net), doc.plain(doc.tax), doc.plain(doc.gross), size=8)
        total = cells(
            w["sum"],
            doc.plain(doc.net),
            doc.plain(doc.tax),
            doc.plain(doc.gross),
            size=8,
            bold=True,
        )
        out += (
            "#align(right, table(columns: 4, stroke: 0.4pt, inset: 4pt, align: right,"
            f" {sums}, {row}, {total}))\n#v(0.8em)\n"
        )
    out += f"#{t(w['pay'] + ': ' + doc.money(doc.gross), 13, bold=True)}\n\n"
    if w["words"]:
        spoken = f"{polish_words(int(doc.gross))} złotych {int(doc.gross * 100) % 100:02d}/100"
        out += f"#{t(w['words'].format(w=spoken), 9)}\n\n"
    out += f"#{t(w['method'], 9)}\n\n#{t(w['account'] + ': ' + iban, 9)}\n"
    return out


_UNITS = "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split()
_TEENS = (
    "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście "
    "siedemnaście osiemnaście dziewiętnaście"
).split()
_TENS = (
    "_ _ dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt "
    "osiemdziesiąt dziewięćdziesiąt"
).split()
_HUNDREDS = (
    "_ sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset"
).split()


def _below_1000(n: int) -> list[str]:
    out = [_HUNDREDS[n // 100]] if n >= 100 else []
    rest = n % 100
    if 10 <= rest < 20:
        out.append(_TEENS[rest - 10])
    else:
        if rest >= 20:
            out.append(_TENS[rest // 10])
        if rest % 10:
            out.append(_UNITS[rest % 10])
    return out


def polish_words(n: int) -> str:
    """A whole number of zloty in words, as a Polish invoice spells it ('Słownie: …')."""
    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    out: list[str] = []
    if thousands == 1:
        out.append("tysiąc")
    elif thousands:
        last = thousands % 10
        few = 2 <= last <= 4 and not 12 <= thousands % 100 <= 14
        out += [*_below_1000(thousands), "tysiące" if few else "tysięcy"]
    return " ".join(out + _below_1000(rest))
