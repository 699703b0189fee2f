"""A page with a sidebar: a narrow column down the left holding the seller's name and address,
the number and dates each under its label, and the bank; the title, the customer's block, the
items and the totals in the main column beside it. Met when a round of probes' pages was
printed in such a layout through Chromium (not kept): the page's lines had joined each of the
sidebar's lines with whatever of the main column stood at its height, so that a label read the
customer's postcode beside it, and a name wrapped by the sidebar's width was cut."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_html import print_pdf
from tests.invoice_languages import Text, draw, rows_at

_CSS = (
    "body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt;margin:0}.wrap{display:flex}"
    ".side{width:52mm;padding-right:6mm;border-right:0.5px solid #999;font-size:8pt;"
    "min-height:240mm}.side b{font-size:11pt}.side .lab{color:#666;margin-top:4mm}"
    ".main{flex:1;padding-left:6mm}h1{font-size:17pt;margin:0 0 6mm 0}.rcpt{margin-bottom:8mm}"
    "table{border-collapse:collapse}.items{width:100%}.items td{padding:3px}"
    ".tot{margin-left:auto;margin-top:5mm}.tot td{padding:2px 5px}"
)


# a wider sidebar, shaded, no rule, in serif type, on a page printed with its margins
_SHADED = (
    "@page{margin:15mm 15mm 15mm 18mm}body{font-family:'Liberation Serif',serif;font-size:9.5pt;"
    "margin:0}.wrap{display:flex}.side{width:62mm;padding:4mm 5mm;background:#eef2f5;"
    "font-size:8.5pt;min-height:250mm;line-height:1.45}.side b{font-size:12.5pt}"
    ".side .lab{font-variant:small-caps;margin-top:5mm}.main{flex:1;padding:4mm 0 0 9mm}"
    "h1{font-size:20pt;margin:0 0 8mm 0;font-weight:normal}.rcpt{margin-bottom:10mm}"
    "table{border-collapse:collapse}.items{width:100%}.items td{padding:4px}"
    ".tot{margin-left:auto;margin-top:6mm}.tot td{padding:3px 6px}"
)


# the sidebar at the right, a rule at its left
_RIGHT = _CSS.replace(".wrap{display:flex}", ".wrap{display:flex;flex-direction:row-reverse}")
_RIGHT = _RIGHT.replace("padding-right:6mm;border-right", "padding-left:6mm;border-left")
_RIGHT = _RIGHT.replace(".main{flex:1;padding-left:6mm}", ".main{flex:1;padding-right:6mm}")


# ... its text set flush right
_FLUSH = (
    _RIGHT
    + ".side{text-align:right;width:46mm;font-family:'Liberation Sans',sans-serif}.side b{font-size:10.5pt}"
)


def _sidebar_html(
    seller: list[str],
    meta: list[tuple[str, str]],
    title: str,
    customer: list[str],
    rows: list[tuple[str, str]],
    sums: list[tuple[str, str]],
    css: str = _CSS,
) -> str:
    """The sidebar: the seller's name in bold (a line break where it has one), its address,
    each of *meta*'s labels over its value, the bank; the main column: the title in large
    type (a line break where it has one), the customer's block, the items and the totals."""
    e = html.escape
    name, address = seller[0], seller[1:]
    side = f"<b>{'<br>'.join(e(x) for x in name.splitlines())}</b><br>"
    side += "<br>".join(e(x) for x in address)
    side += "".join(f"<div class=lab>{e(k)}</div><div>{e(v)}</div>" for k, v in meta)
    side += "<div class=lab></div>IBAN DE89 3704 0044 0532 0130 00"

    def table(cls: str, rs: list[tuple[str, str]]) -> str:
        return (
            f"<table class={cls}>"
            + "".join(
                f"<tr><td>{e(a)}</td><td style='text-align:right'>{e(b)}</td></tr>" for a, b in rs
            )
            + "</table>"
        )

    main = f"<h1>{'<br>'.join(e(t) for t in title.splitlines())}</h1>"
    main += f"<div class=rcpt>{'<br>'.join(e(x) for x in customer)}</div>"
    main += table("items", [("Leistung", "Betrag"), *rows]) + table("tot", sums)
    return (
        f"<!doctype html><html><head><meta charset=utf-8><style>{css}</style></head><body>"
        f"<div class=wrap><div class=side>{side}</div><div class=main>{main}</div></div>"
        "</body></html>"
    )


_SUMS = [("Summe netto", "1.200,00 €"), ("USt 19 %", "228,00 €"), ("Gesamtbetrag", "1.428,00 €")]
_META = [("Rechnungsnummer", "SEM-2025-7622"), ("Rechnungsdatum", "12.03.2025")]
_ADDRESS = ["Wandsbeker Chaussee 80", "22089 Hamburg", "USt-IdNr. DE838051097"]


def test_a_label_over_its_value_in_the_sidebar_reads_no_postcode_beside_it(
    chromium: Any, tmp_path: Path
) -> None:
    # 'Rechnungsnummer' stood at the height of the customer's '53111 Bonn' in the main
    # column: the page's line read 'Rechnungsnummer 53111 Bonn', and the postcode was the
    # number (accepted: every other field was right)
    customer = ["Steuerkanzlei Weber", "z. Hd. Frau Lena Weber", "Marktplatz 3", "53111 Bonn"]
    meta = [*_META, ("Fällig am", "26.03.2025")]
    seller = [
        "Akademie für Steuerrecht GmbH",
        "Kaiserstraße 12",
        "50667 Köln",
        "USt-IdNr. DE249593557",
    ]
    page = _sidebar_html(seller, meta, "Rechnung", customer, [("Seminar", "1.200,00")], _SUMS)
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, page)])
    got, status, reasons = read_page(pdf)
    assert (got["invoice_number"], got["issue_date"], got["due_date"]) == (
        "SEM-2025-7622",
        "2025-03-12",
        "2025-03-26",
    ), reasons
    assert got["seller"] == seller[0], reasons
    assert totals_read(got) == ("1200.00", "228.00", "1428.00"), reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("seller", "title"),
    [
        # the name's last words under its first ('Advokatfirmaet Holm &' over 'Partnere'),
        # two lines over its legal form ('Securitas Nord' over 'Sicherheitsdienst' over
        # 'GmbH'), a profession after the name's comma ('Dr. Marie Rossi,' over
        # 'Rechtsanwalt'): each had been cut where the sidebar's width wrapped it
        ("Advokatfirmaet Holm & Partnere", "Faktura"),
        ("Securitas Nord Sicherheitsdienst GmbH", "Rechnung"),
        ("Studio Huber Commercialisti Associati", "Fattura"),
        # ... and a fee note's, an auction house's slip's and a Greek invoice's title (of
        # services, wrapped over two lines) in large type in the main column had been taken
        # for the seller
        ("Dr. Marie Rossi, Rechtsanwalt", "Honorarnote"),
        ("Hôtel des Ventes de Lyon SVV", "Bordereau d'adjudication"),
        ("Δικηγορική Εταιρεία Παπαδόπουλος & Συνεργάτες", "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ\nΥΠΗΡΕΣΙΩΝ"),
    ],
    ids=["partners", "three-lines", "associates", "profession", "slip", "greek"],
)
def test_a_name_the_sidebars_width_wrapped_is_read_whole(
    chromium: Any, tmp_path: Path, seller: str, title: str
) -> None:
    customer = ["Muster Handel GmbH", "Hauptplatz 3", "4051 Linz"]
    page = _sidebar_html(
        [seller, *_ADDRESS], _META, title, customer, [("Beratung", "1.200,00")], _SUMS
    )
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, page)])
    got, status, reasons = read_page(pdf)
    assert got["seller"] == seller, reasons
    assert totals_read(got) == ("1200.00", "228.00", "1428.00"), reasons


@pytest.mark.parametrize(
    ("seller", "title"),
    [
        # at the right, the name wrapped by the sidebar's width had been cut, its first line
        # joined with the title's or the customer's beside it: a notary's firm after its '&',
        # a name over its legal form, a person's name over her profession after its comma
        ("Étude Schmit & Hoffmann, notaires", "Rechnung"),
        ("Securitas Nord Sicherheitsdienst GmbH", "Rechnung"),
        ("Sofia Almeida, Solicitadora", "Rechnung"),
        # ... and, the name read whole, the title in large type beside it had been taken for
        # the seller: fee notes' ('Note de frais et honoraires', Belgian 'État de frais et
        # honoraires', Dutch 'Declaratie') and an Afrikaans tax invoice's
        ("Étude Schmit & Hoffmann, notaires", "Note de frais et honoraires"),
        ("Maître Anna Lambert, Notaire", "État de frais et honoraires"),
        ("Notariskantoor Van den Berg", "Declaratie"),
        ("Houtwerk Pretorius (Edms) Bpk", "BELASTINGFAKTUUR"),
    ],
    ids=["firm", "legal-form", "profession", "fee-note", "belgian", "dutch", "afrikaans"],
)
def test_a_sidebar_at_the_right_is_read_apart_from_the_main_column(
    chromium: Any, tmp_path: Path, seller: str, title: str
) -> None:
    customer = ["M. Marc Schmit", "Rue de la Gare 5", "L-1611 Luxembourg"]
    meta = [*_META, ("Fällig am", "26.03.2025")]
    page = _sidebar_html(
        [seller, *_ADDRESS], meta, title, customer, [("Beratung", "1.200,00")], _SUMS, _RIGHT
    )
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, page)])
    got, status, reasons = read_page(pdf)
    assert got["seller"] == seller, reasons
    read = (got["invoice_number"], got["issue_date"], got["due_date"], *totals_read(got))
    assert read == ("SEM-2025-7622", "2025-03-12", "2025-03-26", "1200.00", "228.00", "1428.00")
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("block", "seller"),
    [
        # the name's last word of four letters alone under it: the column's width wrapped it
        (["Notariskantoor Van den Berg", "Maliebaan 40", "3581 CP Utrecht"], None),
        # a short name over its firm's kind in its type, broken there by hand: each line ends
        # at the column's edge, but the kind's first word would have fitted after the name (had
        # the edge alone been asked, every line of a text set flush right would have been a
        # wrapped one), so it is read as set flush left
        (["Studio Rossi\nDesign", "Via Po 12", "10123 Torino"], "Studio Rossi"),
    ],
    ids=["wrapped", "broken-by-hand"],
)
def test_a_name_in_a_sidebar_set_flush_right_is_wrapped_by_its_columns_width(
    chromium: Any, tmp_path: Path, block: list[str], seller: str | None
) -> None:
    customer = ["M. Jean Muller", "Rue de Lausanne 12", "1201 Genève"]
    page = _sidebar_html(
        [*block, "BTW NL001234567B01"],
        _META,
        "Rechnung",
        customer,
        [("Advies", "1.200,00")],
        _SUMS,
        _FLUSH,
    )
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, page)])
    got, _status, reasons = read_page(pdf)
    assert got["seller"] == (seller or block[0]), reasons
    assert totals_read(got) == ("1200.00", "228.00", "1428.00"), reasons


@pytest.mark.parametrize(
    ("block", "title"),
    [
        # a notary's office, no legal form, a person its customer: the block under its name
        # carries its tax number in its country's words (Romanian 'CIF RO…' and 'CUI …', the
        # Swiss company number before 'TVA'), but the number had not been seen as one, and
        # the page waited for a person
        (
            [
                "Birou Notarial Ionescu Maria",
                "Str. Victoriei 10",
                "010061 București",
                "CIF RO12345678",
            ],
            "Factură",
        ),
        (["Birou Notarial Popa", "Str. Unirii 4", "400015 Cluj-Napoca", "CUI 12345678"], "Factură"),
        (
            [
                "Étude Favre & Associés, notaires",
                "Rue du Rhône 40",
                "1204 Genève",
                "CHE-123.456.789 TVA",
            ],
            "Note d'honoraires",
        ),
    ],
    ids=["cif", "cui", "che"],
)
def test_a_block_with_its_tax_number_in_its_countrys_words_backs_the_name(
    chromium: Any, tmp_path: Path, block: list[str], title: str
) -> None:
    customer = ["M. Jean Muller", "Rue de Lausanne 12", "1201 Genève"]
    page = _sidebar_html(block, _META, title, customer, [("Beratung", "1.200,00")], _SUMS)
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, page)])
    got, status, reasons = read_page(pdf)
    assert got["seller"] == block[0], reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("label", "number", "due"),
    [
        ("Fattura n.", "FV/2025/2387", "Scadenza"),
        ("Fatura-Recibo n.º", "2026/413", "Data de vencimento"),
        ("Facture n°", "2025-230", "Payable jusqu'au"),
    ],
    ids=["italian", "portuguese", "french"],
)
def test_labels_in_small_capitals_are_read(
    chromium: Any, tmp_path: Path, label: str, number: str, due: str
) -> None:
    # the sidebar's labels in small capitals: the text layer parts the capitals from the
    # full stop, the hyphen, the ordinal's mark and the apostrophe set smaller ('FATTURA N'
    # '.', 'FATURA' '-RECIBO' 'N' '.º', 'JUSQU' "'" 'AU'), so the label was not known: the
    # number not found, the due date missed (and accepted without it)
    meta = [(label, number), ("Data", "17.01.2025"), (due, "16.02.2025")]
    customer = ["Tessitura Lombarda S.p.A.", "Via Roma 12", "20121 Milano"]
    seller = ["Autotrasporti Colombo S.r.l.", "Via dell'Artigianato 8", "24040 Stezzano (BG)"]
    page = _sidebar_html(
        seller, meta, "Fattura", customer, [("Trasporto", "1.200,00")], _SUMS, css=_SHADED
    )
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, page)])
    got, _status, reasons = read_page(pdf)
    assert (got["invoice_number"], got["due_date"]) == (number, "2025-02-16"), reasons


def test_a_bare_number_word_over_its_value_in_the_sidebar_is_the_numbers_label(
    chromium: Any, tmp_path: Path
) -> None:
    # 'Numero' over '29976/A' among 'Data' and 'Scadenza' over their dates: no invoice's word
    # beside it, and not under the title (in the main column): the number had not been found
    meta = [("Numero", "29976/A"), ("Data", "01.04.2025"), ("Scadenza", "31.05.2025")]
    seller = ["Unifarma Sud S.p.A.", "Via dell'Industria 40", "20090 Segrate (MI)"]
    customer = ["Farmacia Centrale Dott. Neri", "Piazza Garibaldi 5", "37121 Verona"]
    page = _sidebar_html(
        seller, meta, "Fattura differita", customer, [("Forniture", "1.200,00")], _SUMS
    )
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, page)])
    got, status, reasons = read_page(pdf)
    assert (got["invoice_number"], got["due_date"]) == ("29976/A", "2025-05-31"), reasons
    assert status == "accepted", reasons


def test_an_item_tables_heads_of_two_lines_around_its_one_line_heads_are_read(
    tmp_path: Path,
) -> None:
    # in a narrow column the heads 'Menge l' and 'Brutto €' wrap over two lines, the others'
    # one line set in the middle of their row: the gross's head had been lost, the sum row
    # under the heads read as the net alone and the page accepted with no tax (the tax's
    # column printed)
    items: list[Text] = [
        (60, 50, "TankCard Service GmbH", 12),
        (60, 66, "Hansaring 40 · 20095 Hamburg · USt-IdNr. DE119671779", 8),
        *[(60, 110 + 11 * i, t, 9) for i, t in enumerate(_CUSTOMER)],
        (60, 180, "Tankkartenabrechnung", 16),
        *rows_at((60, 200), 205, 12, [_META[0], _META[1]]),
        (330, 262, "Menge", 9),
        (-540, 262, "Brutto", 9),
        *rows_at(
            (60, 120, 220, -430, -480),
            268,
            0,
            [("Datum", "Station", "Produkt", "Netto €", "USt €")],
        ),
        (330, 274, "l", 9),
        (-540, 274, "€", 9),
        *rows_at(
            (60, 120, 220, -360, -430, -480, -540),
            292,
            14,
            [
                ("20.04.2026", "Esso Kassel", "AdBlue", "27,00", "24,03", "4,57", "28,60"),
                ("04.05.2026", "Esso Kassel", "Diesel", "593,30", "878,08", "166,84", "1.044,92"),
            ],
        ),
        *rows_at((60, -430, -480, -540), 326, 0, [("Summe", "902,11", "171,41", "1.073,52")]),
        *rows_at((330, -540), 350, 0, [("Rechnungsbetrag", "1.073,52 €")]),
    ]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("902.11", "171.41", "1073.52"), reasons
    assert got["seller"] == "TankCard Service GmbH", reasons
    assert status == "accepted", reasons


_CUSTOMER = ["Müller Logistik GmbH", "Industriestraße 8", "48291 Telgte"]


def test_a_narrow_column_of_labels_beside_their_values_is_no_sidebar(tmp_path: Path) -> None:
    # the labels down the left, each value at its label's height a gutter to the right, and
    # nothing across: two columns, but level, read line by line (as a sidebar the labels
    # would stand apart from their values); the blocks side by side above them, each at its
    # own pitch, do not make it one
    items: list[Text] = [
        (60, 50, "Kaffeerösterei Lind GmbH", 10),
        (60, 64, "Hafenweg 2, 18055 Rostock", 8),
        (60, 75, "USt-IdNr. DE811244076", 8),
        *[(250, 52 + 10.5 * i, t, 8) for i, t in enumerate(["Kundennr. 40231", "Filiale 7"])],
        (250, 73, "Lieferung 02.11.2026", 8),
        *rows_at(
            (60, 250),
            110,
            14,
            [
                ("Rechnungsnummer", "KL-2026-0412"),
                ("Rechnungsdatum", "03.11.2026"),
                ("Fällig am", "17.11.2026"),
                ("Espresso 1 kg", "64,00 €"),
                ("Summe netto", "64,00 €"),
                ("USt 7 %", "4,48 €"),
                ("Gesamtbetrag", "68,48 €"),
            ],
        ),
    ]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    read = (got["invoice_number"], got["issue_date"], got["due_date"], *totals_read(got))
    assert read == ("KL-2026-0412", "2026-11-03", "2026-11-17", "64.00", "4.48", "68.48"), reasons
    assert got["seller"] == "Kaffeerösterei Lind GmbH", reasons


@pytest.mark.parametrize(
    ("seller", "customer"),
    [
        # a firm with no legal form in the sidebar, the customer's with one in the main
        # column: the sidebar's address block (its tax number under its town) had been taken
        # for the envelope's window, so the customer's company was the seller
        (
            [
                "Advokatfirmaet Holm & Partnere",
                "Amaliegade 22",
                "1256 København K",
                "CVR-nr. 12345678",
            ],
            ["Nordisk Ejendomme ApS", "Vesterbrogade 40", "1620 København V"],
        ),
        # a name wrapped after its comma, its legal form alone under it: the comma had been
        # lost ('Escuela de Negocios Levante S.L.')
        (
            [
                "Escuela de Negocios Levante, S.L.",
                "Av. del Puerto 20",
                "46021 Valencia",
                "CIF B46123456",
            ],
            ["Asesoría Pérez, S.L.", "Calle Colón 14", "46004 Valencia"],
        ),
        # a name that fills the sidebar's width, its text running past two fifths of the
        # page: the sidebar had not been seen, so the number's label read the customer's
        # postcode beside it (accepted)
        (
            [
                "Securitas Nord Sicherheitsdienst GmbH",
                "Amaliegade 22",
                "1256 København K",
                "CVR-nr. 12345678",
            ],
            [
                "Steuerkanzlei Weber",
                "z. Hd. Frau Lena Weber",
                "Abteilung Buchhaltung",
                "Marktplatz 3",
                "53111 Bonn",
            ],
        ),
    ],
    ids=["no-legal-form", "comma", "full-width"],
)
def test_a_wider_shaded_sidebar_holds_the_seller_beside_the_customers_block(
    chromium: Any, tmp_path: Path, seller: list[str], customer: list[str]
) -> None:
    page = _sidebar_html(
        seller, _META, "Faktura", customer, [("Bistand", "1.200,00")], _SUMS, css=_SHADED
    )
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, page)])
    got, status, reasons = read_page(pdf)
    assert got["seller"] == seller[0], reasons
    assert got["invoice_number"] == "SEM-2025-7622", reasons
    assert totals_read(got) == ("1200.00", "228.00", "1428.00"), reasons


def test_a_sidebar_at_the_right_leaves_a_gap_in_the_main_column_alone(tmp_path: Path) -> None:
    # the sidebar at the right, the items' names wrapped in the main column at the left, their
    # amounts set in the middle of their rows a gap to the right: the gap is no sidebar's (on a
    # probe's forwarder's pages, read apart there, the customer's company had been taken for
    # the seller, and accepted)
    from robot_lib.invoices.lines import build_lines
    from robot_lib.pdf import open_pdf

    side = ["ul. Logistyczna 5", "62-080 Tarnowo Podgórne", "NIP 781-123-45-67"]
    items: list[Text] = [
        (51, 45, "Faktura VAT", 17),
        *[(51, 79 + 10 * i, t, 8.5) for i, t in enumerate(_CUSTOMER)],
        *rows_at((53, 219, -330, -370), 140, 0, [("Nazwa usługi", "Ilość", "Cena", "Wartość")]),
        (407, 44, "Trans-Pol Spedycja", 11),
        (407, 57, "Sp. z o.o.", 11),
        *[(407, 69 + 9.6 * i, t, 8) for i, t in enumerate(side)],
        *rows_at((407,), 109, 10, [("Faktura nr",), ("F/2026/6677",)], size=8),
        *rows_at((407,), 140, 10, [("Data wystawienia",), ("17.07.2026",)], size=8),
        *rows_at((407,), 171, 10, [("Termin płatności",), ("31.08.2026",)], size=8),
    ]
    for k, (name, rest, qty, price, value) in enumerate(
        [
            ("Transport Poznań -", "Warszawa", "2", "2 400,00", "4 800,00"),
            ("Postój pojazdu", "(godziny)", "5", "90,00", "450,00"),
            ("Rozładunek", "windą", "5", "120,00", "600,00"),
        ]
    ):
        y = 160 + 24 * k
        items += [(53, y, name, 8.5), (53, y + 9, rest, 8.5)]
        items += rows_at((219, -330, -370), y + 4.5, 0, [(qty, price, value)], size=8.5)
    items += rows_at(
        (205, -370),
        245,
        14,
        [("Razem netto", "5 850,00"), ("VAT 23%", "1 345,50"), ("Do zapłaty", "7 195,50")],
        size=8.5,
    )
    pdf = draw(tmp_path / "f.pdf", items)
    with open_pdf(pdf) as doc:
        lines = build_lines(doc)
    # the sidebar read apart at the right; the main column's gap left alone
    assert {ln.text for ln in lines if ln.column is not None} >= {"Trans-Pol Spedycja"}
    assert all(ln.column is None for ln in lines if ln.words[0].x0 < 400)
    got, _status, reasons = read_page(pdf)
    assert (got["seller"], got["invoice_number"]) == (
        "Trans-Pol Spedycja Sp. z o.o.",
        "F/2026/6677",
    )
    assert totals_read(got) == ("5850.00", "1345.50", "7195.50"), reasons
