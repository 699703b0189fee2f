"""Month names of every language the invoice reader knows, folded (lower case, no accents),
and the few short forms that are safe: 'sept', 'okt', 'janv'. Full names only for most
languages: their short forms collide (Czech 'cer' is June and July)."""

from __future__ import annotations

import re
import unicodedata

MONTHS: dict[str, int] = {}
for _lang_months in (
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    [
        "januar",
        "februar",
        "marz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ],
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
):
    _short: dict[str, set[int]] = {}
    for _i, _name in enumerate(_lang_months, start=1):
        MONTHS.setdefault(_name, _i)
        if len(_name) > 3:
            for _cut in (_name[:3], _name[:4]):
                _short.setdefault(_cut, set()).add(_i)
    for _cut, _which in _short.items():
        if len(_which) == 1:  # not a short form two months share: French 'jui' (juin, juillet)
            MONTHS.setdefault(_cut, _which.pop())
# more languages, full names only (their short forms collide: Czech 'cer' is June and July)
for _names in (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maret april mei juni juli agustus september oktober november desember",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada "
    "grudnia",
    "ledna unora brezna dubna kvetna cervna cervence srpna zari rijna listopadu prosince",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar marts april maj juni juli august september oktober november december",
    "januar februar mars april mai juni juli august september oktober november desember",
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesakuuta heinakuuta elokuuta "
    "syyskuuta lokakuuta marraskuuta joulukuuta",
    "januar februar marcius aprilis majus junius julius augusztus szeptember oktober november "
    "december",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
    "decembrie",
    "ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik",
    "januara februara marca aprila maja juna jula augusta septembra oktobra novembra decembra",
    "januar februar marec april maj junij julij avgust september oktober november december",
    # Croatian 'listopada' is October; Polish 'listopada' (November) was listed first and stays
    # (a Croatian page reads it as October: page_language)
    "sijecnja veljace ozujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga "
    "prosinca",
    "jaanuar veebruar marts aprill mai juuni juuli august september oktoober november detsember",
):
    for _i, _name in enumerate(_names.split(), start=1):
        MONTHS.setdefault(_name, _i)
MONTHS.update(
    {
        "jänner": 1,
        "janner": 1,
        "sept": 9,
        "okt": 10,
        "dez": 12,
        "des": 12,  # Norwegian and Danish: '03 des. 2026', a locale file's 'Des'
        "mrt": 3,
        "ene": 1,
        "dic": 12,
        "juil": 7,
        "janv": 1,
        "fevr": 2,
        "avr": 4,
        "setiembre": 9,
        # Portuguese and Italian short forms as CLDR writes them: '16 de set. de 2026',
        # '3 giu 2026' (only where a day and a year stand around them)
        "set": 9,
        "out": 10,
        "gen": 1,
        "mag": 5,
        "giu": 6,
        "lug": 7,
        "ott": 10,
        # Polish short forms as CLDR writes them ('9 kwi 2026'; 'mar' and 'maj' are already
        # March and May; Croatian reads 'lip' and 'lis' otherwise: parse._MONTHS_OF)
        "sty": 1,
        "lut": 2,
        "kwi": 4,
        "cze": 6,
        "lip": 7,
        "sie": 8,
        "wrz": 9,
        "paz": 10,
        "lis": 11,
        "gru": 12,
    }
)
# Russian, Ukrainian and Bulgarian (the form after a day: '14 октября 2026 г.', and the
# name alone), Greek (after a day: '20 Ιουνίου 2026', and alone); folded here as the reader
# folds the page ('й' -> 'и', accents off)
for _names in (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад "
    "грудень",
    "януари февруари март април май юни юли август септември октомври ноември декември",
    "ιανουαριου φεβρουαριου μαρτιου απριλιου μαιου ιουνιου ιουλιου αυγουστου σεπτεμβριου "
    "οκτωβριου νοεμβριου δεκεμβριου",
    # the short forms CLDR writes after a day ('24 січ. 2026 р.', '3 февр. 2026 г.')
    "січ лют бер квіт трав черв лип серп вер жовт лист груд",
    "янв февр март апр мая июн июл авг сент окт нояб дек",
    "ιανουαριος φεβρουαριος μαρτιος απριλιος μαιος ιουνιος ιουλιος αυγουστος σεπτεμβριος "
    "οκτωβριος νοεμβριος δεκεμβριος",
):
    for _i, _name in enumerate(_names.split(), start=1):
        _folded = "".join(
            c for c in unicodedata.normalize("NFKD", _name) if not unicodedata.combining(c)
        )
        MONTHS.setdefault(_folded, _i)

# the word for days in a term of payment, in the languages read, folded ('30 days', '14 Tage',
# '30 jours', '60 dias', '30 gg', '14 dni', '8 napot', '30 zile', '30 hari'); a regex alternation
DAY_WORDS = r"days?|tage?n?|jours?|dias|giorni|gg|dagen|dage|dagar|dni|dnu|paivaa|napo?t?|zile|hari"

# the weekday some templates print before a date ('Freitag, 14. November 2026', 'le lundi 12
# octobre 2026', 'Wed, 14 Oct 2026'), folded; English's short forms too, not German's two
# letters ('Fr. 12.50' is an amount in Swiss francs)
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miercoles jueves viernes sabado domingo "
    "lunedi martedi mercoledi giovedi venerdi sabato domenica "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "segunda-feira terca-feira quarta-feira quinta-feira sexta-feira "
    "poniedzialek wtorek sroda czwartek piatek sobota niedziela "
    "pondeli utery streda ctvrtek patek nedele "
    "mandag tirsdag onsdag torsdag fredag lordag sondag tisdag "
    "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai"
)
# the month names' and the weekdays' alternations, the longest first
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_ALT = "|".join(sorted(set(_WEEKDAYS.split()), key=len, reverse=True))
_WEEKDAY_BEFORE_DATE = re.compile(
    r"\b(?:" + WEEKDAY_ALT + r")\b\.?,?(?=\s*(?:\d|(?:" + MONTH_ALT + r")\b))"
)


def weekday_spans(folded: str) -> list[tuple[int, int]]:
    """Where a weekday stands before a date in *folded* text (its comma or point with it)."""
    return [m.span() for m in _WEEKDAY_BEFORE_DATE.finditer(folded)]


def no_weekdays(folded: str, spans: list[tuple[int, int]] | None = None) -> str:
    """*folded* text with a weekday before a date as spaces, the same length, so that the date
    reads as if printed alone and spans hold: 'datum: mittwoch, 14. oktober 2026' -> 'datum:'
    followed by nine spaces and '14. oktober 2026'. *spans*: :func:`weekday_spans`, if known."""
    for s, e in weekday_spans(folded) if spans is None else spans:
        folded = folded[:s] + " " * (e - s) + folded[e:]
    return folded
