"""Every page of ``tests/invoice_pages`` reads right and goes straight through, or waits for a
person with only its listed fields read otherwise; and what each round showed must never
happen: the balance accepted as the total, a total that includes its tax read as the net, a
name after an unknown label accepted, dollars deciding a date beside a European VAT number, a
shipping line read as a tax, a credit note or a cancellation paid as an invoice, a net made of
the lines above the tax without the tax's rate to back it. And invoice numbers as printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import misread
from tests.invoice_pages import ROUNDS, assert_reads_as_drawn, page
from tests.invoice_rewritten import rewritten
from tests.invoice_typeset import read_text_page

PAGES = [(r, name) for r, module in ROUNDS.items() for name in module.PAGES]


@pytest.mark.parametrize(("round_", "name"), PAGES, ids=[f"{r}-{n}" for r, n in PAGES])
def test_a_page_reads_right_and_goes_straight_through(
    tmp_path: Path, round_: str, name: str
) -> None:
    ex = read_text_page(tmp_path / f"{name}.pdf", page(round_, name)[0])
    assert_reads_as_drawn(ex, round_, name)


@pytest.mark.parametrize(
    ("name", "total"), [("contoso", "TOTAL | $110.00"), ("zoho_partial", "Total | ₹45,430.00")]
)
def test_the_balance_is_never_accepted_as_the_total(tmp_path: Path, name: str, total: str) -> None:
    # the total line left out: the amount due after a previous balance or a payment remains
    lines, _truth = page("balances", name)
    ex = read_text_page(tmp_path / "balance.pdf", [x for x in lines if x != total])
    assert ex.status == "review", (ex.value("gross_total"), ex.reasons)


@pytest.mark.parametrize(
    ("lines", "rates"),
    [
        (
            [
                "Gasthaus Lindenhof GmbH",
                "Rechnung Nr. 2207 vom 03.11.2026",
                "Netto 7 % | 186,92 €",
                "MwSt 7 % | 13,08 €",
                "Brutto 7 % | 200,00 €",
                "Netto 19 % | 84,03 €",
                "MwSt 19 % | 15,97 €",
                "Brutto 19 % | 100,00 €",
                "Kassenbeleg gesamt | 300,00 €",  # a label no vocabulary knows
            ],
            ("19", "7"),
        ),
        (
            [
                "Harbour Deli Ltd",
                "Invoice No. HD-5521  Date 03/11/2026",
                "Net 20% | £250.00",
                "VAT 20% | £50.00",
                "Gross 20% | £300.00",
                "Net 5% | £40.00",
                "VAT 5% | £2.00",
                "Gross 5% | £42.00",
                "All in | £342.00",
            ],
            ("5", "20"),
        ),
    ],
    ids=["de", "en"],
)
def test_one_rates_rows_are_never_accepted_as_the_invoices_totals(
    tmp_path: Path, lines: list[str], rates: tuple[str, str]
) -> None:
    # the total over all rates under a label nobody knows: one rate's net, tax and gross add up,
    # but the page prints another rate's rows too, so they are not the invoice's
    ex = read_text_page(tmp_path / "rates.pdf", lines)
    assert ex.status == "review"
    assert any(f"{rates[0]} % rate's alone" in r and f"the {rates[1]} %" in r for r in ex.reasons)


@pytest.mark.parametrize(
    ("net_label", "gross_label"),
    [("Rechnungsbetrag netto", "Rechnungssumme"), ("Rechnungssumme netto", "Rechnungsbetrag")],
)
def test_a_german_invoice_sum_is_the_gross_and_with_netto_the_net(
    tmp_path: Path, net_label: str, gross_label: str
) -> None:
    lines = [
        "Malerbetrieb Kuhn GmbH",
        "Rechnung Nr. 8841 vom 05.11.2026",
        "Fassadenanstrich | 1.500,00 €",
        f"{net_label} | 1.500,00 €",
        "zzgl. 19 % MwSt. | 285,00 €",
        f"{gross_label} | 1.785,00 €",
    ]
    ex = read_text_page(tmp_path / "sum.pdf", lines)
    assert (ex.value("net_total"), ex.value("gross_total")) == ("1500.00", "1785.00")
    assert ex.status == "accepted", ex.reasons


def test_a_total_printed_over_and_under_its_included_tax_is_no_net(tmp_path: Path) -> None:
    # 'Summe' and 'Gesamtpreis' print the same amount around the tax it includes: no net is
    # printed, and the tax is no zero; with the tax one cent off its rate, the page waits
    lines, _truth = page("services", "bahn")
    ex = read_text_page(tmp_path / "bahn.pdf", lines)
    assert (ex.value("net_total"), ex.value("tax_total")) == (None, "9.87")
    assert ex.tax_included
    off = [x.replace("9,87", "9,97") for x in lines]
    ex = read_text_page(tmp_path / "off.pdf", off)
    assert ex.status == "review" and ex.value("net_total") != "150.80"


def test_a_name_after_a_label_no_rule_knows_is_read_and_confirmed(tmp_path: Path) -> None:
    # 'Handelsname:' is no name label the rules know: the name after it is read, and a person
    # confirms it before the invoice goes on
    lines, truth = page("viewers", "xrechnung_de")
    other = [x.replace("Firmenname: Wendel", "Handelsname: Wendel") for x in lines]
    ex = read_text_page(tmp_path / "label.pdf", other)
    assert ex.value("seller") == truth["seller"]
    assert ex.status == "review"
    assert any(r.startswith("seller") and "label" in r for r in ex.reasons), ex.reasons


def test_dollars_a_british_vat_number_and_a_us_address_leave_the_date_in_doubt(
    tmp_path: Path,
) -> None:
    # the seller's British VAT number, the customer in Texas: '09/11/2026' may be either
    lines, _truth = page("exchange", "uk_usd")
    texas = "Lone Star Audio LLC, Austin, TX 78701"
    ex = read_text_page(
        tmp_path / "us.pdf", [x.replace("Soundstage Productions Ltd, London", texas) for x in lines]
    )
    assert ex.status == "review"
    assert any("day and month could be swapped" in r for r in ex.reasons), ex.reasons


_US_SELLER = [
    "Invoice N7",
    "Service Provider: | Bill To:",
    "Harbor Lane Consulting LLC | Officine Sartori S.r.l.",
    "14 Mill Pond Road | Via Solferino 22",
    "Concord, MA 01742 | 20121 Milano, Italy",
    "United States | VAT No: IT04455660961",
    "Date 03/04/2026",
    "Description | Hours | Rate (USD) | Amount (USD)",
    "Data migration | 40 | 150.00 | 6000.00",
    "Total (USD) | | | 6000.00",
    "According to the reverse charge system, tax liability transfers to the recipient.",
]


@pytest.mark.parametrize(
    ("period", "issued"), [("", "2026-03-04"), ("Period: 2/1 - 2/28", "2026-03-04")]
)
def test_a_us_seller_billing_in_usd_columns_puts_the_month_first(
    tmp_path: Path, period: str, issued: str
) -> None:
    # 'USD' only in brackets ('Total (USD)'), the customer's Italian VAT number: the seller's
    # US address and dollars put the month first; a period without its year ('2/1 - 2/28')
    # proves it
    ex = read_text_page(tmp_path / "us.pdf", [*_US_SELLER, period] if period else _US_SELLER)
    assert ex.value("issue_date") == issued and ex.value("currency") == "USD"
    doubt = any("day and month could be swapped" in r for r in ex.reasons)
    assert doubt == (not period), ex.reasons


@pytest.mark.parametrize(("reference", "accepted"), [("3307", True), ("3309", False)])
def test_a_payment_reference_naming_another_invoice_number_waits(
    tmp_path: Path, reference: str, accepted: bool
) -> None:
    # the title says Nr. 3307; a payment reference that names the invoice number again is
    # evidence when it agrees, and a contradiction for a person when it does not
    lines, truth = page("viewer_kinds", "progress_invoice")
    ref = f"Zahlungsreferenz: Kundennummer: 88812 Rechnungsnummer: {reference}"
    ex = read_text_page(tmp_path / "ref.pdf", [*lines[:4], ref, *lines[4:]])
    assert (ex.status == "accepted") == accepted, ex.reasons
    # every other value read right; which number is meant, a person decides
    assert set(misread(ex, truth)) <= (set() if accepted else {"invoice_number"})
    if not accepted:
        assert any(r.startswith("two invoice numbers are printed") for r in ex.reasons)
        assert "3307" in " ".join(ex.reasons) and "3309" in " ".join(ex.reasons)


def test_a_credit_notes_negative_amounts_are_cross_checked(tmp_path: Path) -> None:
    # -120,00 + -22,80 = -142,80: the totals agree, and the credit waits for that reason only
    lines, _truth = page("viewer_kinds", "credit_note")
    ex = read_text_page(tmp_path / "credit.pdf", lines)
    assert ex.fields["gross_total"].note == "net + tax = gross"
    assert ex.reasons == ["gross total -142.80 is not positive (a credit note?)"]


def test_a_shops_order_invoice_never_reads_its_shipping_as_a_tax(tmp_path: Path) -> None:
    lines, truth = page("web_templates", "bootstrap_order")
    ex = read_text_page(tmp_path / "order.pdf", lines)
    assert (ex.value("seller"), ex.value("gross_total")) == (truth["seller"], truth["gross_total"])
    assert ex.value("tax_total") is None  # 'Shipping $15' closes nothing


@pytest.mark.parametrize(
    ("title", "number", "kind"),
    [
        ("CREDIT NOTE", "Credit Note No: CN-0042", "a credit note"),
        ("Stornorechnung", "Rechnungsnummer: ST-2026-17", "a credit note"),
        ("AVOIR", "Avoir n° AV-2026-003", "a credit note"),
        ("Faktura korygująca nr FK/3/2026", "Do faktury nr FV/112/2026", "a credit note"),
        ("NOTA DE CRÉDITO", "Nº NC-2026-08", "a credit note"),
        ("Cancellation Invoice", "Invoice No: CX-2026-3", "a credit note"),
        ("VOID INVOICE", "Invoice No: INV-1187", "a credit note"),
        # a dunning letter prints the invoice's number and totals again: paying it pays twice
        ("1. Mahnung", "Rechnungsnummer: 2026-1045", "a payment reminder"),
        ("Letzte Mahnung", "Rechnungsnummer: 2026-1045", "a payment reminder"),
        ("1st Reminder", "Invoice No: INV-1187", "a payment reminder"),
        ("Final reminder", "Invoice No: INV-1187", "a payment reminder"),
        ("Second payment reminder", "Invoice No: INV-1187", "a payment reminder"),
    ],
)
def test_a_credit_note_a_cancellation_or_a_reminder_is_never_paid_as_an_invoice(
    tmp_path: Path, title: str, number: str, kind: str
) -> None:
    # amounts printed positive, as most of them print them: the title says what it is
    lines = [
        "Northwind Traders Ltd",
        "1 High Street, Leeds LS1 4AB",
        title,
        number,
        "Date: 12/11/2026",
        "Subtotal | 100.00 EUR",
        "VAT 20% | 20.00 EUR",
        "Total | 120.00 EUR",
    ]
    ex = read_text_page(tmp_path / "titled.pdf", lines)
    assert ex.status == "review"
    assert any(f"{kind}, not an invoice" in r for r in ex.reasons), ex.reasons


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        (["Rechnungsnummer: 2026/11/05"], "2026/11/05"),  # reads as a date: it is the number
        (["Rechnungsnummer: RE 2026 0042"], "RE20260042"),
        (["Rechnung Nr.2026-17"], "2026-17"),  # the label glued to its number
        (["Rechnungsnummer: INV-2026-0042-A"], "INV-2026-0042-A"),
        (["Rechnungsnummer: 100004512"], "100004512"),
        (
            ["Kundennummer | Rechnungsnummer | Auftragsnummer", "K-4711 | R-2026-0815 | A-99"],
            "R-2026-0815",
        ),
        (["Rechnungsnummer", "2026-0815"], "2026-0815"),  # the label alone, its value under it
    ],
)
def test_invoice_numbers_as_they_are_printed(tmp_path: Path, printed: list[str], want: str) -> None:
    lines = [
        "Kestrel Data GmbH",
        "Hafenweg 4, 20457 Hamburg",
        "USt-IdNr. DE287554120",
        "Rechnung",
        *printed,
        "",
        "Rechnungsdatum: 05.11.2026",
        "Nettobetrag | 100,00 EUR",
        "USt 19 % | 19,00 EUR",
        "Gesamtbetrag | 119,00 EUR",
    ]
    ex = read_text_page(tmp_path / "number.pdf", lines)
    assert "".join((ex.value("invoice_number") or "").split()) == want
    assert ex.value("issue_date") == "2026-11-05"
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("vat_line", "accepted"),
    [
        ("VAT 20% | £148.50", True),
        ("VAT 20% | £148.51", False),  # the rate does not make the tax: the lines prove nothing
        ("VAT | £148.50", False),  # no rate printed to check the tax against
    ],
)
def test_a_service_charge_before_the_vat_and_no_net_printed(
    tmp_path: Path, vat_line: str, accepted: bool
) -> None:
    # a restaurant's bill: the dinner, the wine and a service charge, then the VAT on all
    # three; the lines above the tax make the total less the tax, the tax is 20 % of them
    total = "£891.00" if vat_line.endswith("148.50") else "£891.01"
    lines = [
        "The Anchor Kitchen Ltd",
        "12 Quay Street, Bristol BS1 4DJ",
        "VAT Reg No GB 284 1163 52",
        "INVOICE",
        "Invoice No: AK-2291",
        "Date: 12/11/2026",
        "Private dining, 12 covers | £480.00",
        "Wine pairing | £180.00",
        "Service charge 12.5% | £82.50",
        vat_line,
        f"Total | {total}",
    ]
    ex = read_text_page(tmp_path / "dinner.pdf", lines)
    assert (ex.status == "accepted") is accepted, ex.reasons
    assert ex.value("net_total") == ("742.50" if accepted else None)


def test_an_item_tables_total_row_counts_only_when_it_adds_up(tmp_path: Path) -> None:
    lines, _truth = page("vendors", "flipkart")
    # the row's taxable value one rupee off: net + CGST + SGST no longer make its total
    broken = [x.replace("626.27", "625.27") if x.startswith("Total |") else x for x in lines]
    ex = read_text_page(tmp_path / "off.pdf", broken)
    assert ex.value("net_total") != "625.27" and ex.status == "review"


def test_one_rates_sum_printed_above_is_never_the_gross(tmp_path: Path) -> None:
    lines, _truth = page("rates", "de_two_rates")
    # without the bill's own total, nothing on the page is its gross: review, not 238,00
    lines = [x for x in lines if not x.startswith("Summe")]
    ex = read_text_page(tmp_path / "no_total.pdf", lines)
    assert ex.status == "review"
    assert ex.value("gross_total") not in ("238.00", "420.00")


@pytest.mark.parametrize(
    "title",
    ["Facture du 14/12/2026 n° 30098877", "Rechnung vom 14.12.2026 Nr. 30098877"],
)
def test_the_title_then_its_date_then_its_number(tmp_path: Path, title: str) -> None:
    # 'Facture du 14/12/2026 n° 30098877': the date right after the title, the number after
    # the date; neither the day nor the street number below is the invoice's number
    lines, truth = page("fr_household", "electricity_ttc_only")
    ex = read_text_page(
        tmp_path / "title.pdf", [title if x.startswith("Facture du") else x for x in lines]
    )
    assert (ex.value("invoice_number"), ex.value("issue_date")) == ("30098877", truth["issue_date"])


@pytest.mark.parametrize(
    ("heading", "rows", "due"),
    [
        ("Vencimientos", ["Fecha | Importe", "15/01/2027 | 1.452,00 €"], "2027-01-15"),
        ("Échéances", ["Date | Montant", "15/01/2027 | 1.452,00 €"], "2027-01-15"),
        ("Payment terms", ["Due | Amount", "15/01/2027 | €1,452.00"], "2027-01-15"),
        # instalments, or one row that asks for part of the total: no due date
        ("Vencimientos", ["15/01/2027 | 726,00 €", "15/02/2027 | 726,00 €"], None),
        ("Vencimientos", ["15/01/2027 | 500,00 €"], None),
    ],
)
def test_a_payment_schedule_with_one_row_for_the_whole_total_gives_the_due_date(
    tmp_path: Path, heading: str, rows: list[str], due: str | None
) -> None:
    # an ERP's invoice report (a Tryton sample in the corpus prints 'Payment Term' over
    # 'Date | Amount' over one row): the schedule is the only place the due date stands
    lines = [
        "^Talleres Ibarra S.L.",
        "Polígono Júndiz, Calle Lermandabide 8, 01015 Vitoria-Gasteiz · NIF B01234567",
        "",
        "Factura | FV-2026-1204",
        "Fecha | 16/12/2026",
        "",
        "Concepto | Importe",
        "Mecanizado de piezas | 1.200,00 €",
        "",
        "| Base imponible | 1.200,00 €",
        "| IVA 21 % | 252,00 €",
        "| Total | 1.452,00 €",
        "",
        heading,
        *rows,
    ]
    ex = read_text_page(tmp_path / "schedule.pdf", lines)
    assert ex.value("gross_total") == "1452.00"
    assert ex.value("due_date") == due


_FRAME = (
    ["Kestrel Data GmbH", "Hafenweg 4, 20457 Hamburg", "USt-IdNr. DE287554120"],
    [
        "",
        "Nettobetrag | 100,00 EUR",
        "USt 19 % | 19,00 EUR",
        "Gesamtbetrag | 119,00 EUR",
    ],
)


@pytest.mark.parametrize(
    ("header", "want"),
    [
        # a column of labels under the title: the number's label a bare word over the date's
        (
            [
                "Rechnung",
                "",
                "An: | Nummer | 2026-0042",
                "Bäckerei Vogt KG | Datum | 05.11.2026",
                "Dorfstraße 8, 24103 Kiel | Fällig am | 19.11.2026",
            ],
            "2026-0042",
        ),
        # a row of labels over their values, the number's beside the date's
        (
            [
                "Invoice",
                "",
                "Bill To | Number | Date",
                "Fenwick Logistics AG | INV-2026-77 | 05.11.2026",
            ],
            "INV-2026-77",
        ),
        # under a letter's date line, the title under both
        (["Kiel, 5. November 2026", "Nummer 26-1187", "", "Rechnung"], "26-1187"),
        # a number word beside no date of the invoice's: a customer's grid
        (
            [
                "Ihre Rechnung für November 2026",
                "Datum | 05.11.2026",
                "Kundennummer | 1234567",
                "Nr. | 998877",
            ],
            None,
        ),
        # ... and an item table's head: its first row's position is no invoice number
        (
            [
                "Rechnung für November 2026",
                "Datum: 05.11.2026",
                "",
                "Nr. | Datum | Leistung | Betrag",
                "1 | 03.11.2026 | Beratung | 100,00 EUR",
            ],
            None,
        ),
        # the invoice's own label wins over a delivery note's number word beside its date
        (
            [
                "Rechnung",
                "Rechnungsnummer: R-2026-0815",
                "Rechnungsdatum: 05.11.2026",
                "",
                "Lieferschein | Nr. | L-55",
                "| Datum | 01.11.2026",
            ],
            "R-2026-0815",
        ),
    ],
    ids=["column", "row", "letter", "customer_grid", "item_head", "labelled"],
)
def test_a_number_word_alone_names_the_invoices_number_beside_its_date(
    tmp_path: Path, header: list[str], want: str | None
) -> None:
    ex = read_text_page(tmp_path / "bare.pdf", _FRAME[0] + header + _FRAME[1])
    assert ex.value("invoice_number") == want
    assert ex.value("issue_date") == "2026-11-05"
    assert (ex.status == "accepted") == (want is not None), ex.reasons


# a joiner's page: its letterhead, then (after the dates) its totals
_KIEL = (
    ["Tischlerei Brandt GmbH", "Hafenweg 4, 24103 Kiel", "USt-IdNr. DE287554120", ""],
    ["", "Nettobetrag | 100,00 EUR", "USt 19 % | 19,00 EUR", "Gesamtbetrag | 119,00 EUR", ""],
)


@pytest.mark.parametrize(
    ("dated", "due"),
    [
        # the weekday before the date, at its label and in a direct debit's sentence
        (
            ["Rechnung Nr. 2026-118", "Datum: Mittwoch, 14. Oktober 2026"],
            "Der Betrag wird am Freitag, 23. Oktober 2026 von Ihrem Konto abgebucht.",
        ),
        # ... on a letter's date line, and after a deadline's words
        (
            ["Kiel, Mittwoch, 14. Oktober 2026", "", "Rechnung Nr. 2026-118"],
            "Zahlbar bis zum Freitag, 23. Oktober 2026 ohne Abzug.",
        ),
        # a date cut by the end of a line of running text, its month and year on the next
        (
            ["Rechnung Nr. 2026-118", "Rechnungsdatum: 14.10.2026"],
            "Zahlung: Überweisung · IBAN DE89 3704 0044 0532 0130 00 · fällig am Freitag, 23.\n"
            "Oktober 2026",
        ),
    ],
    ids=["label_and_debit", "letter_and_deadline", "cut_date"],
)
def test_a_weekday_before_a_date_reads_as_the_date(
    tmp_path: Path, dated: list[str], due: str
) -> None:
    lines = [*_KIEL[0], *dated, *_KIEL[1], *due.split("\n")]
    ex = read_text_page(tmp_path / "weekday.pdf", lines)
    assert (ex.value("issue_date"), ex.value("due_date")) == ("2026-10-14", "2026-10-23")
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    "terms",
    [
        # the sentence over two lines, the net's deadline on the second (kivitendo's terms)
        [
            "Zahlbar innerhalb von 8 Tagen mit 3 % Skonto (bis 22.10.2026) oder",
            "innerhalb von 21 Tagen netto (bis 04.11.2026).",
        ],
        # ... only its bracketed deadline on the second
        [
            "Zahlbar in 8 Tagen mit 3 % Skonto (bis 22.10.2026) oder in 21 Tagen netto",
            "(bis 04.11.2026).",
        ],
        # one line, the discount's date first, 'oder' before the net's
        ["Zahlbar bis 22.10.2026 mit 3 % Skonto oder bis 04.11.2026 netto."],
    ],
    ids=["two_lines", "bracket_alone", "one_line"],
)
def test_the_net_deadline_after_a_cash_discount_s_is_the_due_date(
    tmp_path: Path, terms: list[str]
) -> None:
    # terms of payment with a cash discount (Skonto) until one date or the net amount until a
    # later one: the due date is the net's. The discount's date had been read as the due date,
    # accepted, where the net's stood on the next line or after 'oder'
    lines = [*_KIEL[0], "Rechnung Nr. 2026-118", "Rechnungsdatum: 14.10.2026", *_KIEL[1], *terms]
    ex = read_text_page(tmp_path / "skonto.pdf", lines)
    assert (ex.value("issue_date"), ex.value("due_date")) == ("2026-10-14", "2026-11-04")
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    "header",
    [
        # dot leaders between each label and its value, the bare 'Datum' too
        [
            "Rechnungsnummer ............ 2026-0815",
            "Datum ............ 05.11.2026",
            "Zahlbar ohne Abzug ............ 19.11.2026",
        ],
        # each label over its value, the value wider than its label
        ["Rechnung Nr.", "2026-0815 vom 05.11.2026", "Fällig am:", "19. November 2026"],
    ],
    ids=["leaders", "stacked"],
)
def test_a_label_and_its_value_apart_by_leaders_or_lines(tmp_path: Path, header: list[str]) -> None:
    lines = [
        "Kestrel Data GmbH",
        "Hafenweg 4, 20457 Hamburg",
        "USt-IdNr. DE287554120",
        "",
        *header,
        "",
        "Nettobetrag ............ 100,00 EUR",
        "USt 19 % ............ 19,00 EUR",
        "Gesamtbetrag ............ 119,00 EUR",
    ]
    ex = read_text_page(tmp_path / "apart.pdf", lines)
    got = [ex.value(f) for f in ("invoice_number", "issue_date", "due_date", "gross_total")]
    assert got == ["2026-0815", "2026-11-05", "2026-11-19", "119.00"]
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(("after", "checked"), [("Euro", True), ("EUR", True), ("pro Tag", False)])
def test_lines_with_the_currencys_name_after_their_amounts_back_the_total(
    tmp_path: Path, after: str, checked: bool
) -> None:
    # no item table, no tax: the lines right above the total back it when each ends with its
    # amount and nothing else but the currency's code, sign or name
    lines = [
        "Declan Byrne Audio",
        "Unit 4, Marina Commercial Park, Cork",
        "",
        "Bill No. 0442",
        "14 October 2026",
        "",
        f"Sound and lighting for the autumn fair | 950.00 {after}",
        f"Equipment hire | 250.00 {after}",
        "",
        "Total | 1,200.00 Euro",
        "",
        "Please make cheques payable to Declan Byrne Audio.",
        "Declan Byrne Audio · Unit 4, Marina Commercial Park, Cork · declan@byrneaudio.example",
    ]
    ex = read_text_page(tmp_path / "named.pdf", lines)
    assert ex.value("gross_total") == "1200.00"
    assert (len(ex.lines) == 2) == checked
    assert (ex.status == "accepted") == checked, ex.reasons


@pytest.mark.parametrize(
    ("round_", "name", "style"),
    [
        ("premiums", "discounts_and_shipping", "dash_cents"),
        ("world", "south_africa", "dash_cents"),
        ("seller_traps", "reseller_brand", "dash_cents"),
        ("viewer_kinds", "credit_note", "minus_after"),
        ("viewer_kinds", "credit_note", "parentheses"),
        ("swiss", "de_rounding", "minus_after"),
        ("swiss", "de_rounding", "parentheses"),
        ("services", "azure", "dashes"),
        ("discounts", "terms_us", "dashes"),
        ("discounts", "skonto_first", "dashes"),
    ],
)
def test_amounts_and_dates_written_otherwise_read_as_drawn(
    tmp_path: Path, round_: str, name: str, style: str
) -> None:
    # '389,–' for '389,00' wherever a whole amount stands: a discount line between the items
    # ('-8,–') still closes them to the net, the rand's 'R 25 875.–' still names the currency,
    # and the first item row still ends the letterhead's part of the page (a brand's owner in
    # a short page's footer, 'Canon Inc.', is not the seller). A credit note's totals with
    # their sign after them ('142,80-') or in brackets are negative, never accepted as an
    # invoice's, and a rounding line '0.02-' is taken off. A US page's dates with dashes
    # ('11-05-2026') put the month first as its slashes do; 'Bis zum 06-12-2026 netto' is
    # the date the whole is due.
    lines, truth = page(round_, name)
    written = rewritten(lines, truth, style)
    assert written is not None
    assert_reads_as_drawn(read_text_page(tmp_path / f"{name}.pdf", written), round_, name)
