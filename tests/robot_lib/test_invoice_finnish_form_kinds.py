"""Kinds of layout a Finnish invoice prints when it carries the bank transfer form at its foot
('tilisiirtolomake'), as MLInvoice (a Finnish web invoicing app, PHP and TCPDF; replayed once as
a probe at its own millimetres in Finnish, Swedish and English and not kept) and most Finnish
invoicing programs print it, drawn here with other names and values: the sender small at the top
left, the customer's address larger under it where the envelope's window goes, the form naming
the payee ('Saaja', 'Mottagare', 'Recipient') with the seller's address and the payer ('Maksajan
nimi ja osoite', 'Betalarens namn och adress', "Payer's name and address") with the customer's,
each label small beside the first line of its block."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw

_MM = 72 / 25.4


def _mm(x: float, y: float, text: str, size: float) -> Text:
    return (x * _MM, y * _MM, text, size)  # (x < 0: right-aligned there)


_WORDS = {
    "fi": {
        "title": "LASKU",
        "info": (
            "Asiakkaan Y-tunnus",
            "Laskun numero",
            "Laskun päivämäärä",
            "Eräpäivä",
            "Viitenumero",
        ),
        "totals": (
            "Arvonlisäveroton hinta yhteensä:",
            "Arvonlisävero yhteensä:",
            "Arvonlisäverollinen hinta yhteensä EUR:",
            "Maksettavaa:",
        ),
        "payee": ("Saaja", "Mottagare"),
        "payer": ("Maksajan", "nimi ja", "osoite", "Betalarens", "namn och", "address"),
        "due": ("Eräpäivä", "Förfallodag"),
    },
    "sv": {
        "title": "FAKTURA",
        "info": (
            "Kundens FO-nummer",
            "Faktura nr",
            "Faktura datum",
            "Förfallodag",
            "Referensnummer",
        ),
        "totals": (
            "Totalt pris (exkl. moms):",
            "Moms totalt:",
            "Slutsumma totalt (inkl. moms) EUR:",
            "Maksettavaa:",
        ),
        "payee": ("Mottagare", "Saaja"),
        "payer": ("Betalarens", "namn och", "address", "Maksajan", "nimi ja", "osoite"),
        "due": ("Förfallodag", "Eräpäivä"),
    },
    "en": {
        "title": "INVOICE",
        "info": (
            "Customer VAT ID",
            "Invoice Number",
            "Invoice Date",
            "Due Date",
            "Reference Number",
        ),
        "totals": (
            "Total Excluding VAT:",
            "Total VAT:",
            "Total Including VAT (EUR):",
            "Total to Pay:",
        ),
        "payee": ("Recipient", ""),
        "payer": ("Payer's", "name and", "address", "", "", ""),
        "due": ("Due date", ""),
    },
}

_SELLER = ("Valokuvaamo Eeva Salo", "Puistokatu 12 B 5", "70110 Kuopio")
_BUYER = ("Kuopion Lämpö Oy", "Kallantie 4", "70150 Kuopio")


def _page(
    lang: str,
    seller: tuple[str, str, str] = _SELLER,
    buyer: tuple[str, str, str] = _BUYER,
    totals: tuple[str, str, str, str] = ("1200,00", "306,00", "1506,00", "1506,00"),
    labels: tuple[str, ...] | None = None,
) -> list[Text]:
    """The page: the sender small at the top left, the customer's address under it in larger
    type, the invoice's details right, one item row, the totals, and the bank transfer form."""
    w = _WORDS[lang]
    dates = ("12.03.2026", "26.03.2026") if lang != "en" else ("03/12/2026", "03/26/2026")
    page = [
        _mm(-154, 12, w["title"], 12),
        _mm(11, 22, seller[0], 10),
        _mm(11, 27, seller[1], 10),
        _mm(11, 32, seller[2], 10),
        _mm(11, 42, buyer[0], 12),
        _mm(11, 47.3, buyer[1], 12),
        _mm(11, 52.6, buyer[2], 12),
    ]
    values = ("0123456-7", "4711", *dates, "47112")
    for k, (label, value) in enumerate(zip(w["info"], values, strict=True)):
        page += [_mm(-154, 20 + 4 * k, f"{label}:", 10), _mm(156, 20 + 4 * k, value, 10)]
    page += [_mm(11, 72, "Valokuvaus, hääpaketti", 10), _mm(-196, 72, totals[2], 10)]
    for k, (label, amount) in enumerate(zip(labels or w["totals"], totals, strict=True)):
        page += [_mm(-171, 82 + 5 * k, label, 10), _mm(-196, 82 + 5 * k, amount, 10)]
    # the form: the payee's block and the payer's, each with its label small at its left
    page += [
        _mm(4, 188, f"{seller[0]} (Y-tunnus: 2345678-1, ALV-rek.)", 7),
        _mm(25.6, 199, "Nordea   FI21 1234 5600 0007 85", 10),
        _mm(-22.6, 214, w["payee"][0], 7),
        _mm(-22.6, 218, w["payee"][1], 7),
        _mm(25.6, 213, seller[0], 10),
        _mm(25.6, 217, seller[1], 10),
        _mm(25.6, 221, seller[2], 10),
    ]
    for k, label in enumerate(w["payer"]):
        page.append(_mm(-22.6, 231 + 3.1 * k + (4 if k > 2 else 0), label, 7))
    page += [_mm(25.6, 231, buyer[0], 10), _mm(25.6, 235, buyer[1], 10)]
    page += [_mm(25.6, 239, buyer[2], 10)]
    page += [_mm(116, 263, w["due"][0], 7), _mm(116, 266, w["due"][1], 7)]
    page += [_mm(135, 264, dates[1], 10), _mm(165, 263, "Euro", 7), _mm(-194, 264, totals[3], 10)]
    return [t for t in page if t[2]]


def test_the_payers_block_names_the_customer(tmp_path: Path) -> None:
    # the customer's company (a legal form) in the window and again beside the form's payer's
    # label, the sender's name without one: the customer's had been taken for the seller and
    # the page accepted, in every language
    for lang in ("fi", "sv", "en"):
        got, status, reasons = read_page(draw(tmp_path / f"{lang}.pdf", _page(lang)))
        assert got["seller"] == _SELLER[0], (lang, reasons)
        assert status == "accepted", (lang, reasons)
    # ... and a housing company, its name cut after its form ('Asunto Oy', its street after
    # it), its manager's 'c/o' under it; and a town's own office, whose name is its postal
    # address's last line too
    for buyer in (
        ("Asunto Oy Koivurinne 3", "c/o Isännöinti Virta Oy", "70100 Kuopio"),
        ("Kuopion kaupunki", "PL 228", "70101 Kuopion kaupunki"),
    ):
        for lang in ("fi", "en"):
            page = _page(lang, buyer=buyer)
            got, status, reasons = read_page(draw(tmp_path / "k.pdf", page))
            assert got["seller"] == _SELLER[0], (buyer, lang, reasons)
            assert status == "accepted", (buyer, lang, reasons)


def test_the_forms_recipient_is_the_payee(tmp_path: Path) -> None:
    # "Recipient" over the seller's address on the form is the payment's, not the invoice's
    # recipient: read as the customer's heading, the seller's letterhead had had its street
    # 'again in the customer's block' and waited
    seller = ("Kuljetus Rantanen Oy", "Satamakatu 8", "20100 Turku")
    got, status, reasons = read_page(draw(tmp_path / "r.pdf", _page("en", seller=seller)))
    assert got["seller"] == seller[0], reasons
    assert status == "accepted", reasons


def test_finnish_companies_legal_forms(tmp_path: Path) -> None:
    # a company's form in both languages ('Oy Ab') is the name's end, whole; a sole trader's
    # trade name opens with its form ('Tmi Eeva Salo')
    for name in ("Kuopion Tilitoimisto Oy Ab", "Tmi Eeva Salo"):
        seller = (name, *_SELLER[1:])
        got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page("fi", seller=seller)))
        assert got["seller"] == name, reasons
        assert status == "accepted", reasons


def test_the_price_in_all_with_no_tax(tmp_path: Path) -> None:
    # a seller not registered for VAT prints its total as 'Hinta yhteensä' (the price in all)
    # and 'Maksettavaa' (to pay): neither had been read as a total
    labels = ("", "", "Hinta yhteensä:", "Maksettavaa:")
    page = _page("fi", totals=("", "", "980,00", "980,00"), labels=labels)
    got, status, reasons = read_page(draw(tmp_path / "n.pdf", page))
    assert got["gross_total"] == "980.00", reasons
    assert status == "accepted", reasons
    # ... and with tax, 'Arvonlisäverollinen hinta yhteensä' over 'Maksettavaa' is the gross
    got, status, reasons = read_page(draw(tmp_path / "v.pdf", _page("fi")))
    assert totals_read(got) == ("1200.00", "306.00", "1506.00"), reasons
