"""Sellers a page names only in passing: a letterhead that is a picture (no text), the name
in the legal footer; a name wrapped in a narrow cell at a wide line pitch, printed whole on the
payment advice (seen on CiviCRM's contribution invoice, printed once as a probe, not kept); the
sender's and the customer's blocks side by side with no heading, level with an envelope's window,
the customer's contact over its company (seen on Kill Bill's invoice, sparksuite's layout); the
name under 'FROM' with its street in the next narrow column on the same line (seen on Invoice
Ninja v4's 'hipster' design, printed once as a probe, not kept)."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw
from tests.invoice_typeset import text_page


@pytest.mark.parametrize("sender_line", [False, True])
def test_a_picture_letterhead_and_the_name_in_the_legal_footer(
    tmp_path: Path, sender_line: bool
) -> None:
    # the logo is a picture: at the top only the seller's street, phone and e-mail; the
    # customer's company in the envelope window is the largest name with a legal form; the
    # seller's name stands in the legal footer with its register entry, VAT number and IBAN
    items: list[Text] = [
        (400, 60, "Industriestraße 8", 9),
        (400, 72, "73728 Esslingen", 9),
        (400, 84, "info@example-tools.de", 9),
        (60, 160, "Müller & Söhne GmbH", 10),
        (60, 174, "Herrn Peter Müller", 10),
        (60, 188, "Lindenstraße 4", 10),
        (60, 202, "70173 Stuttgart", 10),
        (400, 200, "Rechnungsnummer: 2026-4411", 9),
        (400, 212, "Rechnungsdatum: 12.11.2026", 9),
        (60, 270, "Rechnung", 14),
        (60, 300, "1 Wartung Kompressor", 10),
        (-520, 300, "850,00 €", 10),
        (60, 350, "Nettobetrag", 10),
        (-520, 350, "850,00 €", 10),
        (60, 364, "USt. 19 %", 10),
        (-520, 364, "161,50 €", 10),
        (60, 378, "Gesamtbetrag", 10),
        (-520, 378, "1.011,50 €", 10),
        (60, 780, "Brenner Werkzeug GmbH · Sitz Esslingen · Amtsgericht Stuttgart HRB 731122", 7),
        (60, 790, "USt-IdNr. DE 811 234 567 · IBAN DE44 6115 0020 0100 2233 44", 7),
    ]
    if sender_line:
        items.append((60, 140, "Brenner Werkzeug GmbH · Industriestraße 8 · 73728 Esslingen", 7))
    draw(tmp_path / "logo.pdf", items)
    ex = extract_invoice(tmp_path / "logo.pdf", use_xml=False)
    assert ex.value("seller") == "Brenner Werkzeug GmbH"
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    "name",
    [
        "Outils Durand S.A.S.",
        "Van Dijk BVBA",
        "Ferramentas Lisboa, Lda.",
        "Comercial Azteca S.A. de C.V.",
        "Servicios Norte S. de R.L. de C.V.",
        "Tallinn Tööriistad OÜ",
        "Riga Instrumenti SIA",
        "Vilniaus Įrankiai UAB",
        "Sofia Instrumenti EOOD",
        "PT Maju Jaya",
        "Kedai Alat Sdn. Bhd.",
        "Bangkok Tools Co., Ltd.",
        "Genève Outils Sàrl",
        "Reykjavík Verkfæri ehf.",
        "Amazon EU S.à r.l.",
        "Kanzlei Weber PartG mbB",
        "Coop Genossenschaft eG",
        "Studio Verde SpA",
        "Acme S.r.l.s.",
        "Atelier Blanc SNC",
        "Cabinet Roux SELARL",
        "Verktyg Kommanditbolag",
        # the firm's name, a dash, its trade and form: one name (Portugal names its companies
        # so; a probe's pages had been accepted with the part after the dash)
        "Marés do Sul - Comércio de Pescado, Lda.",
        "Hermanos Ruiz - Construcciones y Reformas, S.L.",
        "Keller – Haustechnik GmbH",
    ],
)
def test_legal_forms_of_more_countries(tmp_path: Path, name: str) -> None:
    # the seller's name with its legal form heads the page, the customer's (with one too)
    # stands under 'Bill to:'; the whole form is part of the name ('S.A. de C.V.', not 'S.A.')
    items: list[Text] = [
        (50, 50, name, 16),
        (50, 68, "Main Street 1, 1000 City", 9),
        (330, 120, "Bill to:", 9),
        (330, 134, "Acme Holding Ltd", 10),
        (50, 180, "Invoice no. BW-2291", 11),
        (50, 194, "Invoice date: 12.10.2026", 10),
        (240, 300, "Net", 10),
        (-520, 300, "100.00 EUR", 10),
        (240, 314, "VAT 20%", 10),
        (-520, 314, "20.00 EUR", 10),
        (240, 328, "Total", 10),
        (-520, 328, "120.00 EUR", 10),
    ]
    draw(tmp_path / "form.pdf", items)
    ex = extract_invoice(tmp_path / "form.pdf", use_xml=False)
    assert ex.value("seller") == name and ex.status == "accepted", ex.reasons


TOTALS: list[Text] = [
    (50, 250, "Invoice no. BW-2291", 11),
    (50, 264, "Invoice date: 14.10.2026", 10),
    (240, 400, "Net", 10),
    (-520, 400, "100.00 EUR", 10),
    (240, 414, "VAT 20%", 10),
    (-520, 414, "20.00 EUR", 10),
    (240, 428, "Total", 10),
    (-520, 428, "120.00 EUR", 10),
]


def test_the_customer_first_and_the_seller_level_with_it_at_the_right(tmp_path: Path) -> None:
    # the customer's block (a legal form, no heading) at the top left; the seller's larger
    # name with no legal form level with it at the right, its VAT number and IBAN under it
    items: list[Text] = [
        (50, 60, "Müller & Söhne GmbH", 12),
        (50, 74, "Lindenstraße 4", 10),
        (50, 86, "70173 Stuttgart", 10),
        (380, 60, "Orbit Labs", 16),
        (380, 78, "Kantstraße 5, 10623 Berlin", 9),
        (380, 90, "VAT DE287554120", 9),
        (380, 102, "IBAN DE12 1001 0010 0123 4567 89", 9),
    ]
    draw(tmp_path / "level.pdf", items + TOTALS)
    ex = extract_invoice(tmp_path / "level.pdf", use_xml=False)
    assert ex.value("seller") == "Orbit Labs" and ex.status == "accepted", ex.reasons


def test_the_seller_named_only_as_the_payee(tmp_path: Path) -> None:
    # 'Please make checks payable to Orbit Labs GmbH' and the legal footer: the payee's name
    # without the sentence
    items: list[Text] = [
        (50, 60, "Bill to: Müller & Söhne GmbH, Lindenstraße 4, 70173 Stuttgart", 10),
        (50, 500, "Please make checks payable to Orbit Labs GmbH", 10),
        (50, 780, "Orbit Labs GmbH · Kantstraße 5 · 10623 Berlin · USt-IdNr. DE 287 554 120", 7),
    ]
    draw(tmp_path / "payee.pdf", items + TOTALS)
    ex = extract_invoice(tmp_path / "payee.pdf", use_xml=False)
    assert ex.value("seller") == "Orbit Labs GmbH" and ex.status == "accepted", ex.reasons


def test_the_only_company_in_the_window_is_no_seller_to_accept(tmp_path: Path) -> None:
    # a picture letterhead, the customer's company in the envelope window, the seller's name
    # only in the bank details (a bank line never names the seller): nothing names a sender,
    # so the window's company is a guess and the invoice waits
    items: list[Text] = [
        (50, 130, "Müller & Söhne GmbH", 10),
        (50, 142, "Lindenstraße 4", 10),
        (50, 154, "70173 Stuttgart", 10),
        (50, 600, "Bankverbindung: Orbit Labs GmbH, IBAN DE12 1001 0010 0123 4567 89", 9),
    ]
    draw(tmp_path / "window.pdf", items + TOTALS)
    ex = extract_invoice(tmp_path / "window.pdf", use_xml=False)
    assert ex.status == "review"
    assert "where the recipient's address goes" in ex.fields["seller"].note


def test_a_customer_printed_larger_than_the_seller(tmp_path: Path) -> None:
    # both names carry a legal form, neither stands under a heading nor in an envelope window;
    # the customer's is printed larger, but only the seller's block gives a VAT number: a block
    # with neither a tax number nor a phone, e-mail or web address is an addressee's
    items: list[Text] = [
        (50, 40, "Orbit Labs GmbH", 10),
        (50, 54, "Kantstraße 5, 10623 Berlin", 9),
        (50, 66, "USt-IdNr. DE 287 554 120", 9),
        (300, 100, "MÜLLER & SÖHNE GMBH", 16),
        (300, 120, "Lindenstraße 4, 70173 Stuttgart", 10),
    ]
    draw(tmp_path / "bigger.pdf", items + TOTALS)
    ex = extract_invoice(tmp_path / "bigger.pdf", use_xml=False)
    assert ex.value("seller") == "Orbit Labs GmbH" and ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("seller_heading", "buyer_heading"),
    [
        ("Auftragnehmer:", "Auftraggeber:"),
        ("Leistungserbringer:", "Leistungsempfänger:"),
        ("Prestataire :", "Client :"),
        ("Service provider", "Client"),
        ("Contractor", "Client"),
    ],
)
def test_role_headings_are_no_names(
    tmp_path: Path, seller_heading: str, buyer_heading: str
) -> None:
    # the two blocks side by side under their role words: the role word is never the name
    items: list[Text] = [
        (50, 40, "RECHNUNG / INVOICE", 16),
        (50, 80, seller_heading, 9),
        (50, 92, "Orbit Labs", 10),
        (50, 104, "Kantstraße 5, 10623 Berlin", 9),
        (330, 80, buyer_heading, 9),
        (330, 92, "Müller & Söhne GmbH", 10),
        (330, 104, "Lindenstraße 4, 70173 Stuttgart", 9),
    ]
    draw(tmp_path / "roles.pdf", items + TOTALS)
    ex = extract_invoice(tmp_path / "roles.pdf", use_xml=False)
    assert ex.value("seller") == "Orbit Labs" and ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("first", "second"),
    [("Kranich Medien UG", "(haftungsbeschränkt)"), ("Cabinet Moreau & Associés", "SARL")],
)
def test_a_name_wrapped_in_a_narrow_letterhead(tmp_path: Path, first: str, second: str) -> None:
    # the letterhead's column wraps the name before (or inside) its legal form; the footer
    # prints it whole, cut again by its own width
    items: list[Text] = [
        (50, 60, first, 16),
        (400, 66, "RECHNUNG", 26),
        (50, 80, second, 16),
        (50, 120, "Rechnung Nr. A06334", 9),
        (50, 132, "Rechnungsdatum: 30. August 2026", 9),
        (50, 200, "Nettobetrag", 9),
        (-520, 200, "3.205,53 €", 9),
        (50, 214, "Umsatzsteuer 19 %", 9),
        (-520, 214, "609,05 €", 9),
        (50, 228, "Gesamt", 9),
        (-520, 228, "3.814,58 €", 9),
        (50, 780, f"{first} {second[:8]}", 7),
        (50, 790, f"{second[8:]} · Hafenstraße 1 · 20457 Hamburg", 7),
    ]
    ex = extract_invoice(draw(tmp_path / "wrapped.pdf", items), use_xml=False)
    assert ex.value("seller") == f"{first} {second}"


WINDOW: list[Text] = [  # a person in the envelope window, no heading over it
    (60, 200, "Alexis de Lattre", 10),
    (60, 214, "35 rue des Lilas", 10),
    (60, 228, "69100 Villeurbanne", 10),
]


@pytest.mark.parametrize("dash", ["-", "–"])
@pytest.mark.parametrize("name", ["Uferwerk Hosting AG", "Kiesel & Sohn KG"])
def test_a_sender_line_parted_by_dashes_over_the_window(
    tmp_path: Path, name: str, dash: str
) -> None:
    # the window's top margin stands between the sender line and the address under it
    items: list[Text] = [
        (60, 140, f"{name} {dash} Uferweg 40-42 {dash} D-63571 Gelnhausen", 7),
        (60, 204, "Brightline Labs Ltd.", 9),
        (60, 216, "93B Sai Yu Chung", 9),
        (60, 228, "Yuen Long, Hong Kong", 9),
    ]
    ex = extract_invoice(draw(tmp_path / "dashes.pdf", items + TOTALS), use_xml=False)
    assert ex.value("seller") == name and ex.status == "accepted", ex.reasons
    assert ex.fields["seller"].note == "the sender line above the address"


@pytest.mark.parametrize("dash", ["−", "–", "-"])
def test_the_legal_footer_parted_by_dashes_names_the_seller(tmp_path: Path, dash: str) -> None:
    # 'Free SAS au capital de … − RCS Paris − Siège social: …': the name before its capital
    footer = (
        f"Lumen Fibre SAS au capital de 3.441.812 Euros {dash} B 421 938 861 RCS Paris "
        f"{dash} Siège social: 8 rue de la Ville 75008 Paris {dash} TVA: FR 60 421938861"
    )
    items = [*WINDOW, (40, 790, footer, 6)]
    ex = extract_invoice(draw(tmp_path / "footer.pdf", items + TOTALS), use_xml=False)
    assert ex.value("seller") == "Lumen Fibre SAS" and ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("detail", "name"),
    [
        ("BRED – Titulaire du compte : NORDPRESSE", "NORDPRESSE"),
        ("Kontoinhaber: Jonas Weber", "Jonas Weber"),
        ("Account name: Hollis Print Works", "Hollis Print Works"),
    ],
)
def test_the_account_holder_is_the_seller_not_the_window(
    tmp_path: Path, detail: str, name: str
) -> None:
    # no letterhead: the largest text at the top is the window's addressee; the payment
    # details name the account the money goes to
    items = [*WINDOW, (60, 600, "Virement", 10), (140, 600, detail, 10)]
    ex = extract_invoice(draw(tmp_path / "holder.pdf", items + TOTALS), use_xml=False)
    assert ex.value("seller") == name and ex.status == "accepted", ex.reasons
    assert ex.fields["seller"].note.startswith("the page names it as the account holder")


def test_a_payee_named_on_the_line_under_the_sentence(tmp_path: Path) -> None:
    items: list[Text] = [
        (50, 60, "PAYMENT RECEIPT", 14),
        (50, 600, "Note : All payment to be made in favor of", 9),
        (50, 612, "Saffron Stays Pvt. Ltd.", 9),
        (50, 780, "Saffron Stays Private Limited", 8),
    ]
    ex = extract_invoice(draw(tmp_path / "favour.pdf", items + TOTALS), use_xml=False)
    assert ex.value("seller") == "Saffron Stays Pvt. Ltd.", ex.reasons
    assert not any(r.startswith("seller") for r in ex.reasons), ex.reasons


def test_a_provider_heading_over_a_remark_and_a_sales_sentence(tmp_path: Path) -> None:
    # 'Service Provider:' over '(Not to be used for payment remittance)' and the name; the
    # fine print: 'All services are sold by …'
    items: list[Text] = [
        (50, 60, "Cloudwise Services Invoice", 16),
        (420, 640, "Service Provider:", 7),
        (420, 649, "(Not to be used for payment remittance)", 7),
        (420, 658, "Cloudwise Services, Inc.", 7),
        (420, 667, "410 Terry Ave North, Seattle, WA 98109", 7),
    ]
    ex = extract_invoice(draw(tmp_path / "provider.pdf", items + TOTALS), use_xml=False)
    assert ex.value("seller") == "Cloudwise Services, Inc."
    items = [
        (50, 60, "Invoice Summary", 16),
        (50, 752, "All services are sold by Nimbus Data, Inc.", 7),
    ]
    ex = extract_invoice(draw(tmp_path / "sold.pdf", items + TOTALS), use_xml=False)
    assert ex.value("seller") == "Nimbus Data, Inc."


@pytest.mark.parametrize("person", ["Sammy Maystone", "Ines Okafor"])
def test_a_name_over_its_own_mailbox_beside_the_title(tmp_path: Path, person: str) -> None:
    # the title at the right, the number '# …' under it in a larger type than the name, a
    # 'Balance Due:' label larger still; the name's own e-mail address under it backs it
    first, last = person.lower().split()
    items: list[Text] = [
        (50, 30, person, 10),
        (50, 42, f"{first[0]}{last}4@example.org", 10),
        (460, 40, "INVOICE", 28),
        (460, 70, "# invoice_7", 12),
        (50, 140, "Bill To:", 10),
        (50, 154, "Taylor Riddel", 10),
        (50, 166, "triddel9@example.net", 10),
        (390, 210, "Balance Due:", 12),
        (-560, 210, "120.00 EUR", 12),
    ]
    ex = extract_invoice(draw(tmp_path / "mailbox.pdf", items + TOTALS), use_xml=False)
    assert ex.value("seller") == person and ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("reach", "backed"),
    [
        ("copperkettlebakery.com", True),
        ("orders@copperkettle.co.uk", True),
        ("www.copperkettlebakery.net", True),
        ("copperkettle-bakery.co.uk/orders", True),
        ("leedsbakes.com", False),  # no word of the name in it
        ("", False),
    ],
)
def test_a_web_address_printed_bare_backs_the_letterhead_name(
    tmp_path: Path, reach: str, backed: bool
) -> None:
    # a name with no legal form at the top: its own web address under it, printed with or
    # without 'www.', is what backs it (not an address naming something else)
    items: list[Text] = [
        (60, 60, "Copper Kettle Bakery", 16),
        (60, 80, f"14 Mill Road, Leeds LS6 2QT · {reach}", 8),
        (60, 150, "Highfield Primary School", 10),
        (60, 162, "Otley Road, Leeds LS16 5AR", 10),
        (380, 150, "Invoice No: CK-2291", 9),
        (380, 162, "Date: 10/11/2026", 9),
        (60, 230, "Birthday cakes (4)", 10),
        (-520, 230, "£96.00", 10),
        (60, 280, "Subtotal", 10),
        (-520, 280, "£96.00", 10),
        (60, 294, "VAT 20%", 10),
        (-520, 294, "£19.20", 10),
        (60, 308, "Total", 10),
        (-520, 308, "£115.20", 10),
    ]
    draw(tmp_path / "bakery.pdf", items)
    ex = extract_invoice(tmp_path / "bakery.pdf", use_xml=False)
    assert ex.value("seller") == "Copper Kettle Bakery"
    assert (ex.status == "accepted") == backed, ex.reasons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name: Holzbau Brenner GmbH", " Holzbau Brenner GmbH"),
        ("Name: Jonas Berg", " Jonas Berg"),  # after a colon, any name
        # without the colon, the label stands only before a company's whole name
        ("Firmenname Wendel Haustechnik GmbH", "Wendel Haustechnik GmbH"),
        ("Company name Nordheide IT Service e.K.", "Nordheide IT Service e.K."),
        ("Denominazione Officine Meccaniche Rossi S.r.l.", "Officine Meccaniche Rossi S.r.l."),
        ("Name Jonas Berg", None),
        ("Firma Hans Weber", None),  # a trader's name, 'Firma' and all
        ("Nameplate Studios Ltd", None),  # a word that starts like the label
        ("Holzbau Brenner GmbH", None),
    ],
)
def test_a_name_line_gives_its_name_with_or_without_the_colon(text: str, name: str | None) -> None:
    from robot_lib.invoices.heading import named

    assert named(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Comercial Andes SpA", "Comercial Andes SpA"),
        ("COMERCIAL ANDES SPA", "COMERCIAL ANDES SPA"),  # the name set in capitals
        ("FERRAMENTA BIANCHI SPA, VIA ROMA 3", "FERRAMENTA BIANCHI SPA"),
        ("Grand Hotel & Spa", None),  # a hotel's spa is no legal form
        ("SPA AND WELLNESS CENTRE", None),  # nor the word at the start of a name
    ],
)
def test_an_italian_or_chilean_spa_is_a_legal_form_in_capitals_too(
    text: str, name: str | None
) -> None:
    from robot_lib.invoices.blocks import company

    assert company(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Canon ist eine eingetragene Marke der Canon Inc.", "Canon Inc."),
        ("Lumio is a registered trademark of Brightwave Ltd", "Brightwave Ltd"),
        ("Zentrix est une marque déposée de Zentrix Europe SAS", "Zentrix Europe SAS"),
        ("Haus der Technik GmbH · Hollestraße 1 · 45127 Essen", "Haus der Technik GmbH"),
        ("Verlag für Technik und Handwerk GmbH", "Verlag für Technik und Handwerk GmbH"),
        ("Comercial de la Costa del Sol S.L.", "Comercial de la Costa del Sol S.L."),
        # a factoring notice: the factor's name, not the sentence
        (
            "Wir haben unsere Forderung an die Nordfactor Finanz GmbH abgetreten.",
            "Nordfactor Finanz GmbH",
        ),
        (
            "Payments are collected by Fieldnote Billing LLC for Marta Ruiz LLC.",
            "Fieldnote Billing LLC",
        ),
        # a company named first, then a sentence about it: the company
        ("Acme SARL est une société au capital de 10 000 €", "Acme SARL"),
        ("Orbit Labs GmbH is registered in the register of Munich", "Orbit Labs GmbH"),
        # the group the seller belongs to is no company of the page's own
        ("Ein Unternehmen der Brenner Industrie Holding AG", None),
        ("A member of the Halden Group plc", None),
        # a firm's name before a dash is part of it; a title, a heading or a sender's street
        # before or after it is not
        ("Marés do Sul - Comércio de Pescado, Lda.", "Marés do Sul - Comércio de Pescado, Lda."),
        ("Rechnung - Muster GmbH", "Muster GmbH"),
        ("Lieferant - Muster GmbH", "Muster GmbH"),
        ("Bill to - Acme Ltd", "Acme Ltd"),
        ("Kunde - Muster GmbH", "Muster GmbH"),
        ("Acme GmbH - Hauptstr. 1 - 12345 Berlin", "Acme GmbH"),
        ("Tel. 0301 - Muster GmbH", "Muster GmbH"),
    ],
)
def test_a_sentence_that_names_a_company_gives_the_name_not_the_sentence(
    text: str, name: str | None
) -> None:
    # a footer's trademark notice is no company name of its own, but names one
    from robot_lib.invoices.blocks import company

    assert company(text) == name


def _advice_page(
    path: Path, halves: tuple[str, str], customer: list[str], amounts: list[str], payee: str
) -> Path:
    """A nonprofit's tax invoice (seen on CiviCRM's): the customer's block beside the date and
    number, the organisation's name wrapped in a narrow cell at the right, one item, the totals,
    then the payment advice whose 'To:' names the organisation whole. *customer* is its name,
    street, town, the invoice's date and number, the due date; *amounts* the item's row and the
    totals' lines, as printed."""
    name, street, town, date, number, due = customer
    lines = [f"^TAX INVOICE | Invoice Date: | {halves[0]}", f"| | {halves[1]}"]
    lines += [f"{name} | {date}", f"{street} | Invoice Number:", f"{town} | {number}", ""]
    lines += [*amounts[:2], "", *amounts[2:], ""]
    lines += [
        f"DUE DATE: {due}",
        "",
        "",
        "",
        "^PAYMENT ADVICE",
        f"To: {payee}",
        f"Customer: {name}",
    ]
    return text_page(path, lines)


def test_a_name_wrapped_at_a_wide_pitch_and_printed_whole_elsewhere(tmp_path: Path) -> None:
    # the association's name in small type in a narrow cell, its first half a wide line pitch
    # above its legal form's line: 'Naturpark e.V.' alone had been taken for the name and
    # accepted (its words printed again further down, inside the whole name)
    customer = ["Dr. Katrin Vogel", "Elbchaussee 18", "22763 Hamburg", "November 17, 2026"]
    customer += ["INV_3826", "November 27, 2026"]
    amounts = ["Description | Quantity | Unit Price | VAT | Amount EUR"]
    amounts += ["Membership - Annual | 1 | € 60.00 | 19% | € 60.00", "Sub Total | € 60.00"]
    amounts += ["TOTAL VAT 19% | € 11.40", "TOTAL EUR | € 71.40"]
    name = "Freunde des Elbtals Naturpark e.V."
    pdf = _advice_page(tmp_path / "a.pdf", ("Freunde des Elbtals", "Naturpark e.V."), customer,
                       amounts, name)  # fmt: skip
    got, status, reasons = read_page(pdf)
    assert got["seller"] == name, reasons
    assert status == "accepted", reasons


def test_the_payee_on_a_payment_advice(tmp_path: Path) -> None:
    # a charity with no legal form in its name, its name wrapped in a narrow cell at the top;
    # the payment advice at the foot names it whole as its 'To:': the page had waited on a
    # seller it guessed from the largest text ('Hollin Wildlife', or the customer's street)
    customer = ["Mr. David Okafor", "22 Mill Road", "Leeds LS6 2AB", "March 3, 2026", "INV_2210"]
    customer += ["April 2, 2026"]
    amounts = ["Description | Quantity | Unit Price | VAT | Amount GBP"]
    amounts += ["Membership - Family | 1 | £ 95.00 | 20% | £ 95.00", "Sub Total | £ 95.00"]
    amounts += ["TOTAL VAT 20% | £ 19.00", "TOTAL GBP | £ 114.00"]
    name = "Hollin Wildlife Trust"
    pdf = _advice_page(tmp_path / "a.pdf", ("Hollin Wildlife", "Trust"), customer, amounts, name)
    got, status, reasons = read_page(pdf)
    assert got["seller"] == name, reasons
    assert status == "accepted", reasons


def _side_by_side(extra: list[Text]) -> list[Text]:
    """The number and date at the top right, then two blocks side by side with no heading: the
    sender's at the left (where a window envelope shows the addressee), the customer's at the
    right, set flush right, its contact's name over its company; *extra* lines under the
    sender's."""
    items: list[Text] = [
        (-530, 69, "Invoice INV#5120", 12),
        (-530, 87, "Invoice Date:3 Mar 2026", 12),
    ]
    left = ["Harrowgate Analytics Ltd", "5 Mill Street", "Leeds LS1 4AB", "United Kingdom"]
    right = ["Owen Price", "Tidemark Surveys Ltd", "18 Dock Road", "Hull HU1 2AB", "GB"]
    items += [
        (66, 135 + 18 * k, t, 12) for k, t in enumerate(left + [e for _x, _y, e, _s in extra])
    ]
    items += [(-530, 135 + 18 * k, t, 12) for k, t in enumerate(right)]
    items += [(61, 264, "Service Period", 12), (258, 264, "Plan", 12), (-535, 264, "Amount", 12)]
    items += [(61, 290, "1 Mar 2026 - 1 Apr 2026", 12), (258, 290, "Team Monthly", 12)]
    items += [(-535, 290, "£400.00", 12), (-535, 317, "Subtotal: £400.00", 12)]
    items += [(-535, 344, "VAT 20%: £80.00", 12), (-535, 371, "Total: £480.00", 12)]
    return items


def test_two_blocks_level_with_the_window_and_no_heading_wait(tmp_path: Path) -> None:
    # nothing on the page says which block is the sender's: the company at the right, beside
    # the window's block, had been accepted as the seller, its contact's name joined to its
    # name ('Owen Price Tidemark Surveys Ltd')
    draw(tmp_path / "a.pdf", _side_by_side([]))
    got, status, reasons = read_page(tmp_path / "a.pdf")
    assert "Owen Price" not in (got["seller"] or ""), reasons
    assert status == "review", (got, reasons)


def test_the_block_beside_the_window_whose_e_mail_spells_its_name(tmp_path: Path) -> None:
    # the sender's block carries its e-mail address: that backs its name, beside or not
    draw(tmp_path / "a.pdf", _side_by_side([(0, 0, "accounts@harrowgate-analytics.co.uk", 12)]))
    got, status, reasons = read_page(tmp_path / "a.pdf")
    assert got["seller"] == "Harrowgate Analytics Ltd", reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("name", "street"),
    [
        ("Kranich Softwarehaus GmbH", "Torstraße 140"),
        ("Larkspur Consulting Ltd", "27 Old Gloucester Street"),
        ("Olivo Digital S.L.", "Calle de Fuencarral 45"),
        # no legal form: the street's figure across the gap ends the name
        ("Brightline Web Studio", "1120 SW Morrison St"),
        ("Atelier Lumière", "18 rue de Charonne"),
    ],
)
def test_the_name_under_its_heading_beside_the_next_column_s_street(
    tmp_path: Path, name: str, street: str
) -> None:
    # 'FROM' over the name, the street in a narrow column right of it on the name's line (a
    # gap of some six spaces), 'TO' over the customer's block: the street had been read as
    # part of the name, and the page accepted with it
    page: list[Text] = [(50, 50, "FROM", 9), (300, 50, "TO", 9), (50, 62, name, 9)]
    page += [(180, 62, street, 9), (300, 62, "Lindner & Söhne KG", 9)]
    page += [(50, 74, "hello@example-firm.example", 9), (180, 74, "10119 Berlin", 9)]
    page += [(300, 74, "Marktplatz 3", 9), (300, 86, "04109 Leipzig", 9)]
    page += [(50, 130, "INVOICE", 30), (50, 160, "Invoice No. 1801", 10)]
    page += [(150, 160, "Invoice Date 20.03.2026", 10), (290, 160, "Balance Due 4.641,00 €", 10)]
    page += [(50, 200, "Item", 10), (150, 200, "Description", 10), (-480, 200, "Quantity", 10)]
    page += [(-550, 200, "Line Total", 10), (50, 216, "SEO", 10), (150, 216, "SEO audit", 10)]
    page += [(-480, 216, "6", 10), (-550, 216, "3.900,00 €", 10)]
    page += [(350, 250, "Subtotal", 10), (-550, 250, "3.900,00 €", 10)]
    page += [(350, 264, "MwSt. 19%", 10), (-550, 264, "741,00 €", 10)]
    page += [(350, 278, "Balance Due", 10), (-550, 278, "4.641,00 €", 10)]
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
    assert got["seller"] == name, reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize("name_at", [78, 82, 88])
def test_the_window_s_first_line_a_few_points_over_its_field(tmp_path: Path, name_at: int) -> None:
    # the customer's block at the right, no heading, ending with its country and its VAT
    # number (the Gulf's addresses have no postcode), its company's name a few points over a
    # tenth of the page and its street inside: where the field starts depends on the font the
    # page was printed with. The block was taken for a letterhead running into the field and
    # the customer accepted as the seller (Odoo's Gulf page printed with Liberation Sans)
    items: list[Text] = [
        (34, 30, "Desert Rose Interiors", 10),
        (34, 42, "Office 1204, Al Moosa Tower", 10),
        (34, 54, "Dubai", 10),
        (34, 66, "United Arab Emirates", 10),
        (300, name_at, "Emirates Retail Group PJSC", 10),
        (300, 94, "Sheikh Zayed Road", 10),
        (300, 106, "Dubai", 10),
        (300, 118, "United Arab Emirates", 10),
        (300, 130, "VAT: 312178871406603", 10),
        (34, 180, "Tax Invoice INV/2026/00012", 20),
        (34, 210, "Invoice Date: 19/03/2026", 10),
        (34, 250, "Description", 10),
        (-560, 250, "Amount", 10),
        (34, 270, "Consulting Services", 10),
        (-560, 270, "1,000.00 AED", 10),
        (380, 300, "Untaxed Amount", 10),
        (-560, 300, "1,000.00 AED", 10),
        (380, 315, "VAT 5%", 10),
        (-560, 315, "50.00 AED", 10),
        (380, 330, "Total", 10),
        (-560, 330, "1,050.00 AED", 10),
    ]
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", items))
    assert got["seller"] == "Desert Rose Interiors", (status, reasons)
