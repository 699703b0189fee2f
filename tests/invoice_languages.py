"""Invoices in languages the real corpus does not hold (Swedish, Danish, Norwegian, Finnish,
Hungarian, Romanian, Turkish, Slovak, Croatian, Slovenian; and in Cyrillic and Greek letters,
Russian, Ukrainian, Bulgarian, Greek), drawn as real PDFs with each language's own words,
number and date notation and legal forms; shared by the tests and
``benchmarks/invoice_accuracy.py --languages``.

Each language has three ways of printing the same words: a letterhead with ``label: value``
lines and totals right-aligned (``letter``); seller/buyer blocks under headings with the
labels in one column and the values in another (``columns``); a right-aligned letterhead over
a window-envelope address, a header grid (labels in a row, values in the row below) and the
totals as a table under Net / Tax / Gross column headers (``grid``, added after the rules for
the first two were written, and scored before any rule was changed for it). Values change
with the seed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

Text = tuple[float, float, str, float]  # x, y from the top, text, size (x < 0: right-aligned)


@dataclass(frozen=True)
class Language:
    code: str
    title: str
    number: str
    issued: str
    due: str
    net: str
    tax: str  # with {rate}
    gross: str
    seller_head: str
    buyer_head: str
    sellers: tuple[str, ...]
    buyer: str
    currency: str
    symbol: str  # as printed after the amounts in the columns layout
    rate: int
    group: str  # thousands separator ('.' or ' ')
    months: tuple[str, ...]  # for the written date, in the form used after a day
    date_style: str  # numeric notation: dmy. | dmy/ | ymd- | ymd. | d.m.y
    written: str  # written date: '{d}. {month} {y}' and the like


LANGUAGES = [
    Language(
        "sv",
        "Faktura",
        "Fakturanummer",
        "Fakturadatum",
        "Förfallodatum",
        "Summa exkl. moms",
        "Moms {rate} %",
        "Att betala",
        "Säljare",
        "Kund",
        ("Nordisk Verktyg AB", "Lövholmens Bageri AB"),
        "Kvarnby Fastigheter AB",
        "SEK",
        "kr",
        25,
        " ",
        (
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ),
        "ymd-",
        "{d} {month} {y}",
    ),
    Language(
        "da",
        "Faktura",
        "Fakturanr.",
        "Fakturadato",
        "Forfaldsdato",
        "Subtotal ekskl. moms",
        "Moms {rate}%",
        "I alt inkl. moms",
        "Sælger",
        "Kunde",
        ("Fjordlys ApS", "Bølgeværk A/S"),
        "Havnens Kontor ApS",
        "DKK",
        "kr.",
        25,
        ".",
        (
            "januar",
            "februar",
            "marts",
            "april",
            "maj",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "december",
        ),
        "dmy.",
        "{d}. {month} {y}",
    ),
    Language(
        "nb",
        "Faktura",
        "Fakturanummer",
        "Fakturadato",
        "Forfallsdato",
        "Sum eks. mva",
        "Mva {rate} %",
        "Å betale",
        "Selger",
        "Kunde",
        ("Nordkapp Regnskap AS", "Fjellstue Drift AS"),
        "Bryggen Eiendom AS",
        "NOK",
        "kr",
        25,
        " ",
        (
            "januar",
            "februar",
            "mars",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "desember",
        ),
        "dmy.",
        "{d}. {month} {y}",
    ),
    Language(
        "fi",
        "Lasku",
        "Laskun numero",
        "Laskun päivämäärä",
        "Eräpäivä",
        "Veroton yhteensä",
        "ALV {rate} %",
        "Maksettava yhteensä",
        "Myyjä",
        "Asiakas",
        ("Saimaan Puu Oy", "Kuusamon Kalastus Oy"),
        "Tampereen Kiinteistöt Oy",
        "EUR",
        "€",
        24,
        " ",
        (
            "tammikuuta",
            "helmikuuta",
            "maaliskuuta",
            "huhtikuuta",
            "toukokuuta",
            "kesäkuuta",
            "heinäkuuta",
            "elokuuta",
            "syyskuuta",
            "lokakuuta",
            "marraskuuta",
            "joulukuuta",
        ),
        "d.m.y",
        "{d}. {month} {y}",
    ),
    Language(
        "hu",
        "Számla",
        "Számla sorszáma",
        "Számla kelte",
        "Fizetési határidő",
        "Nettó összesen",
        "ÁFA {rate}%",
        "Bruttó végösszeg",
        "Eladó",
        "Vevő",
        ("Duna Szerviz Kft.", "Balaton Nyomda Zrt."),
        "Pécsi Irodaház Kft.",
        "HUF",
        "Ft",
        27,
        " ",
        (
            "január",
            "február",
            "március",
            "április",
            "május",
            "június",
            "július",
            "augusztus",
            "szeptember",
            "október",
            "november",
            "december",
        ),
        "ymd.",
        "{y}. {month} {d}.",
    ),
    Language(
        "ro",
        "Factură",
        "Număr factură",
        "Data emiterii",
        "Data scadenței",
        "Total fără TVA",
        "TVA {rate}%",
        "Total de plată",
        "Furnizor",
        "Cumpărător",
        ("Carpați Logistic SRL", "Dunărea Tehnic S.A."),
        "Brașov Birouri SRL",
        "RON",
        "lei",
        19,
        ".",
        (
            "ianuarie",
            "februarie",
            "martie",
            "aprilie",
            "mai",
            "iunie",
            "iulie",
            "august",
            "septembrie",
            "octombrie",
            "noiembrie",
            "decembrie",
        ),
        "dmy.",
        "{d} {month} {y}",
    ),
    Language(
        "tr",
        "Fatura",
        "Fatura No",
        "Fatura Tarihi",
        "Son Ödeme Tarihi",
        "Ara Toplam",
        "Hesaplanan KDV (%{rate})",
        "Genel Toplam",
        "Satıcı",
        "Alıcı",
        ("Anadolu Yazılım A.Ş.", "Ege Tekstil Ltd. Şti."),
        "Marmara Ofis A.Ş.",
        "TRY",
        "TL",
        20,
        ".",
        (
            "Ocak",
            "Şubat",
            "Mart",
            "Nisan",
            "Mayıs",
            "Haziran",
            "Temmuz",
            "Ağustos",
            "Eylül",
            "Ekim",
            "Kasım",
            "Aralık",
        ),
        "dmy.",
        "{d} {month} {y}",
    ),
    Language(
        "sk",
        "Faktúra",
        "Číslo faktúry",
        "Dátum vyhotovenia",
        "Dátum splatnosti",
        "Základ dane",
        "DPH {rate} %",
        "Celkom k úhrade",
        "Dodávateľ",
        "Odberateľ",
        ("Tatra Systémy s.r.o.", "Váh Stavby a.s."),
        "Košické Kancelárie s.r.o.",
        "EUR",
        "€",
        20,
        " ",
        (
            "januára",
            "februára",
            "marca",
            "apríla",
            "mája",
            "júna",
            "júla",
            "augusta",
            "septembra",
            "októbra",
            "novembra",
            "decembra",
        ),
        "d.m.y",
        "{d}. {month} {y}",
    ),
    Language(
        "hr",
        "Račun",
        "Broj računa",
        "Datum računa",
        "Datum dospijeća",
        "Ukupno bez PDV-a",
        "PDV {rate}%",
        "Ukupno za platiti",
        "Prodavatelj",
        "Kupac",
        ("Jadran Usluge d.o.o.", "Kvarner Brodogradnja d.d."),
        "Zagrebački Ured d.o.o.",
        "EUR",
        "€",
        25,
        ".",
        (
            "siječnja",
            "veljače",
            "ožujka",
            "travnja",
            "svibnja",
            "lipnja",
            "srpnja",
            "kolovoza",
            "rujna",
            "listopada",
            "studenoga",
            "prosinca",
        ),
        "dmy.",
        "{d}. {month} {y}.",
    ),
    Language(
        "sl",
        "Račun",
        "Račun št.",
        "Datum izdaje",
        "Rok plačila",
        "Znesek brez DDV",
        "DDV {rate} %",
        "Za plačilo",
        "Dobavitelj",
        "Kupec",
        ("Alpska Oprema d.o.o.", "Soča Tehnika d.d."),
        "Ljubljanski Urad d.o.o.",
        "EUR",
        "€",
        22,
        ".",
        (
            "januar",
            "februar",
            "marec",
            "april",
            "maj",
            "junij",
            "julij",
            "avgust",
            "september",
            "oktober",
            "november",
            "december",
        ),
        "dmy.",
        "{d}. {month} {y}",
    ),
    # written after the rules for the ten above, and scored before any rule was changed for
    # them: languages in Cyrillic and Greek letters
    Language(
        "ru",
        "Счет",
        "Счет №",
        "Дата счета",
        "Оплатить до",
        "Сумма без НДС",
        "НДС {rate}%",
        "Итого к оплате",
        "Поставщик",
        "Покупатель",
        ("ООО «Северный Ветер»", "АО «Техносфера»"),
        "ООО «Ладога Логистик»",
        "RUB",
        "₽",
        20,
        " ",
        (
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ),
        "dmy.",
        "{d} {month} {y} г.",
    ),
    Language(
        "uk",
        "Рахунок",
        "Рахунок №",
        "Дата рахунку",
        "Сплатити до",
        "Сума без ПДВ",
        "ПДВ {rate}%",
        "Всього до сплати",
        "Постачальник",
        "Покупець",
        ("ТОВ «Дніпро Софт»", "ПрАТ «Карпати Буд»"),
        "ТОВ «Полтава Агро»",
        "UAH",
        "грн",
        20,
        " ",
        (
            "січня",
            "лютого",
            "березня",
            "квітня",
            "травня",
            "червня",
            "липня",
            "серпня",
            "вересня",
            "жовтня",
            "листопада",
            "грудня",
        ),
        "dmy.",
        "{d} {month} {y} р.",
    ),
    Language(
        "bg",
        "Фактура",
        "Фактура №",
        "Дата на издаване",
        "Срок за плащане",
        "Данъчна основа",
        "ДДС {rate}%",
        "Сума за плащане",
        "Доставчик",
        "Получател",
        ("Балкан Трейд ЕООД", "Родопа Инженеринг ООД"),
        "Варна Логистик АД",
        "BGN",
        "лв.",
        20,
        " ",
        (
            "януари",
            "февруари",
            "март",
            "април",
            "май",
            "юни",
            "юли",
            "август",
            "септември",
            "октомври",
            "ноември",
            "декември",
        ),
        "dmy.",
        "{d} {month} {y} г.",
    ),
    Language(
        "el",
        "Τιμολόγιο",
        "Αριθμός τιμολογίου",
        "Ημερομηνία έκδοσης",
        "Ημερομηνία λήξης",
        "Καθαρή αξία",
        "ΦΠΑ {rate}%",
        "Σύνολο πληρωτέο",
        "Εκδότης",
        "Πελάτης",
        ("Αιγαίο Τεχνική Α.Ε.", "Όλυμπος Λογισμικό Ε.Π.Ε."),
        "Κρήτη Τρόφιμα Ι.Κ.Ε.",
        "EUR",
        "€",
        24,
        ".",
        (
            "Ιανουαρίου",
            "Φεβρουαρίου",
            "Μαρτίου",
            "Απριλίου",
            "Μαΐου",
            "Ιουνίου",
            "Ιουλίου",
            "Αυγούστου",
            "Σεπτεμβρίου",
            "Οκτωβρίου",
            "Νοεμβρίου",
            "Δεκεμβρίου",
        ),
        "dmy/",
        "{d} {month} {y}",
    ),
]


LAYOUTS = ("letter", "columns", "grid")


def money(v: Decimal, group: str) -> str:
    """1234.5 -> '1 234,50' or '1.234,50' (every language here writes a decimal comma)."""
    whole, cents = f"{v:.2f}".split(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return f"{group.join(parts)},{cents}"


def numeric(d: dt.date, style: str) -> str:
    return {
        "ymd-": f"{d:%Y-%m-%d}",
        "ymd.": f"{d:%Y.%m.%d}.",
        "dmy.": f"{d:%d.%m.%Y}",
        "dmy/": f"{d:%d/%m/%Y}",
        "d.m.y": f"{d.day}.{d.month}.{d.year}",
    }[style]


def written(d: dt.date, lang: Language) -> str:
    return lang.written.format(d=d.day, month=lang.months[d.month - 1], y=d.year)


def invoice(lang: Language, layout: str, seed: int) -> tuple[list[Text], dict[str, Any]]:
    """The drawing of one invoice and the values printed on it."""
    rng = random.Random(f"{lang.code}-{layout}-{seed}")
    seller = lang.sellers[seed % len(lang.sellers)]
    number = rng.choice(["{}", "{}/2026", "F-{}", "2026-{}"]).format(rng.randint(100, 99999))
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    due = issued + dt.timedelta(days=rng.choice([14, 30, 45]))
    lines = [(f"Item {i + 1}", Decimal(rng.randint(2_000, 400_000)) / 100) for i in range(2)]
    net = sum((v for _d, v in lines), Decimal(0))
    tax = (net * lang.rate / 100).quantize(Decimal("0.01"))
    gross = net + tax
    issued_text = written(issued, lang) if seed % 2 else numeric(issued, lang.date_style)
    due_text = numeric(due, lang.date_style)
    truth = {
        "invoice_number": number,
        "issue_date": issued.isoformat(),
        "due_date": due.isoformat(),
        "seller": seller,
        "currency": lang.currency,
        "net_total": f"{net:.2f}",
        "tax_total": f"{tax:.2f}",
        "gross_total": f"{gross:.2f}",
    }
    tax_label = lang.tax.format(rate=lang.rate)
    items: list[Text] = []
    if layout == "letter":
        items += [
            (50, 50, seller, 16),
            (50, 66, "Storgatan 12, 111 22", 9),
            (330, 110, f"{lang.buyer_head}:", 9),
            (330, 124, lang.buyer, 10),
            (50, 160, lang.title, 18),
            (50, 190, f"{lang.number}: {number}", 10),
            (50, 204, f"{lang.issued}: {issued_text}", 10),
            (50, 218, f"{lang.due}: {due_text}", 10),
        ]
        top = 260
        for i, (desc, v) in enumerate(lines):
            items += [(50, top + 14 * i, desc, 10), (-520, top + 14 * i, money(v, lang.group), 10)]
        amounts = [money(v, lang.group) for v in (net, tax, gross)]
        labels = [lang.net, tax_label, lang.gross]
        for i, (label, amount) in enumerate(zip(labels, amounts, strict=True)):
            code = f" {lang.currency}" if i == 2 else ""
            items.append((-520, 310 + 14 * i, f"{label} {amount}{code}", 10))
    elif layout == "grid":
        items += [
            (-545, 40, seller, 14),
            (-545, 56, "Org. 556677-8899", 8),
            (50, 130, lang.buyer, 10),
            (50, 144, "Box 118", 10),
            (50, 220, lang.title, 18),
        ]
        cells = [(lang.number, number), (lang.issued, issued_text), (lang.due, due_text)]
        for i, (label, value) in enumerate(cells):
            items += [(50 + 170 * i, 250, label, 9), (50 + 170 * i, 264, value, 10)]
        top = 300
        for i, (desc, v) in enumerate(lines):
            items += [(50, top + 14 * i, desc, 10), (-520, top + 14 * i, money(v, lang.group), 10)]
        heads = [lang.net, tax_label, f"{lang.gross} ({lang.currency})"]
        for x, head, v in zip((-300, -410, -520), heads, (net, tax, gross), strict=True):
            items += [(x, 350, head, 9), (x, 364, money(v, lang.group), 10)]
    else:
        items += [
            (50, 40, lang.title, 18),
            (50, 80, lang.seller_head, 9),
            (50, 94, seller, 11),
            (50, 108, "Industrivägen 7", 9),
            (330, 80, lang.buyer_head, 9),
            (330, 94, lang.buyer, 11),
            (330, 108, "Hamngatan 3", 9),
        ]
        for i, (label, value) in enumerate(
            [(lang.number, number), (lang.issued, issued_text), (lang.due, due_text)]
        ):
            items += [(50, 150 + 14 * i, label, 10), (200, 150 + 14 * i, value, 10)]
        top = 230
        for i, (desc, v) in enumerate(lines):
            amount = f"{money(v, lang.group)} {lang.symbol}"
            items += [(50, top + 14 * i, desc, 10), (-520, top + 14 * i, amount, 10)]
        labels = [lang.net, tax_label, lang.gross]
        for i, (label, v) in enumerate(zip(labels, (net, tax, gross), strict=True)):
            items += [
                (330, 280 + 14 * i, label, 10),
                (-520, 280 + 14 * i, f"{money(v, lang.group)} {lang.symbol}", 10),
            ]
    return items, truth


def rows_at(
    xs: Sequence[float], y: float, step: float, rows: Sequence[Sequence[str]], size: float = 9
) -> list[Text]:
    """The texts of *rows*, one row a line from *y* down by *step*, each cell at its x in *xs*
    (x < 0: set flush right there), as :func:`draw` takes them."""
    return [
        (x, y + step * i, t, size)
        for i, row in enumerate(rows)
        for x, t in zip(xs, row, strict=True)
    ]


def centred(x: float, y: float, s: str, size: float = 9) -> Text:
    """*s* centred on *x*, as :func:`draw` takes it."""
    from reportlab.pdfbase import pdfmetrics

    register_inter()
    return (x - pdfmetrics.stringWidth(s, "Inter", size) / 2, y, s, size)


def register_inter() -> None:
    """Inter (:func:`_font`) for reportlab, once per process."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "Inter" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Inter", _font()))


def draw(path: Path, items: list[Text]) -> Path:
    """Draw with a TrueType font that has every letter these languages use."""
    return draw_pages(path, [items])


def draw_pages(path: Path, pages: list[list[Text]], marks: list[str] | None = None) -> Path:
    """*pages* drawn one after the other, as :func:`draw` draws one; with *marks*, each page's
    watermark across its middle at 45 degrees, in large pale type ('ORIGINAL FOR RECIPIENT')."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    register_inter()
    c = Canvas(str(path), pagesize=A4)
    h = A4[1]
    for k, items in enumerate(pages):
        for x, y, s, size in items:
            c.setFont("Inter", size)
            if x < 0:
                c.drawRightString(-x, h - y, s)
            else:
                c.drawString(x, h - y, s)
        if marks:
            c.saveState()
            c.setFont("Inter", 40)
            c.setFillGray(0.85)
            c.translate(A4[0] / 2, h / 2)
            c.rotate(45)
            c.drawCentredString(0, 0, marks[k])
            c.restoreState()
        c.showPage()
    c.save()
    return path


def plain_page(
    letterhead: list[str], title: str, header: list[str], totals: list[tuple[str, str]]
) -> list[Text]:
    """A plain invoice page: the letterhead's lines at the top (the first in large type), the
    title, the header's lines under it, and the totals' labels with their amounts at the
    right."""
    items: list[Text] = [
        (50, 50 + 16 * i, t, 16 if i == 0 else 9) for i, t in enumerate(letterhead)
    ]
    items.append((50, 120, title, 18))
    items += [(50, 150 + 14 * i, line, 10) for i, line in enumerate(header)]
    for i, (label, amount) in enumerate(totals):
        items += [(50, 240 + 14 * i, label, 10), (-520, 240 + 14 * i, amount, 10)]
    return items


def _font() -> str:
    """Inter, shipped with rpaframework (a dependency): it has the Latin letters of every
    language here (reportlab's own Vera lacks 'ő', 'ș', 'ț')."""
    import importlib.util

    spec = importlib.util.find_spec("RPA")
    assert spec is not None and spec.submodule_search_locations
    return str(Path(spec.submodule_search_locations[0]) / "PDF" / "assets" / "Inter-Regular.ttf")


def language_cases(folder: Path, seeds: int = 2) -> list[tuple[Path, dict[str, Any]]]:
    """Every language in both layouts, *seeds* invoices each, drawn into *folder*."""
    out = []
    for lang in LANGUAGES:
        for layout in LAYOUTS:
            for seed in range(seeds):
                items, truth = invoice(lang, layout, seed)
                out.append((draw(folder / f"{lang.code}-{layout}-{seed}.pdf", items), truth))
    return out
