"""Kinds of layout of software services' monthly bills (Google Workspace's, DigitalOcean's,
Apple's and Zoom's, replayed once as probes through Chromium, not kept): a product's name in
large type at the top where the seller's name would stand, the seller's registered name in a
block at the foot over its address and VAT number, and a details column so narrow that its
dates wrap, the year under the month and day."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _bill(logo: list[Text]) -> list[Text]:
    items: list[Text] = [
        *logo,
        (-550, 40, "Invoice", 20),
        (-550, 64, "Invoice number: 4814293600", 9),
    ]
    items += [(45, 110, "Bill to", 9), (300, 110, "Details", 9)]
    block = ["ACME Trading GmbH", "Friedrichstraße 123", "10117 Berlin", "Germany"]
    items += [(45, 122 + 12 * i, t, 9) for i, t in enumerate(block)]
    details = [("Invoice number", "4814293600"), ("Invoice date", "May 31, 2026")]
    details += [("Billing ID", "9684-6866-3134")]
    items += rows_at((300, 400), 122, 12, details)
    items += [(45, 200, "Summary for May 1, 2026 - May 31, 2026", 12)]
    sums = [("Subtotal in EUR", "€41.40"), ("VAT (0%)", "€0.00"), ("Total in EUR", "€41.40")]
    items += rows_at((45, -550), 220, 13, sums)
    items += [
        (45, 265, "Reverse charge", 9),
        (45, 280, "You will be charged for any amount due.", 9),
    ]
    heads = ["Description", "Interval", "Quantity", "Amount(€)"]
    row = ["Cloudly Workspace Business Standard", "May 1 - May 31, 2026", "3", "41.40"]
    items += rows_at((45, 250, -450, -550), 310, 14, [heads, row])
    foot = ["Cloudly EMEA Limited", "Velasco", "Clanwilliam Place", "Dublin 2", "Ireland"]
    foot += ["VAT Number: IE3668997OH"]
    items += [(45, 720 + 9 * i, t, 7) for i, t in enumerate(foot)]
    return items


def test_a_product_at_the_top_and_the_registered_name_at_the_foot(tmp_path: Path) -> None:
    # 'Cloudly Workspace' at the top and an item 'Cloudly Workspace Business Standard … 41.40':
    # the product had been accepted as the seller, its name 'printed again' in the item; the
    # registered name at the foot, over its address and VAT number, is the seller's, and with
    # a brand at the top a person confirms it
    got, status, reasons = read_page(
        draw(tmp_path / "f.pdf", _bill([(45, 40, "Cloudly Workspace", 16)]))
    )
    assert got["seller"] == "Cloudly EMEA Limited", reasons
    assert status != "accepted"


def test_a_registered_name_over_its_address_and_vat_number_at_the_foot(tmp_path: Path) -> None:
    # the logo a picture: the name at the foot, its address under it and its VAT number under
    # that, is the seller's, however far down the number stands in its block; 'Reverse charge'
    # in the body's type is no brand at the top (it had waited on both)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _bill([])))
    assert got["seller"] == "Cloudly EMEA Limited", reasons
    assert totals_read(got) == ("41.40", "0.00", "41.40"), reasons
    assert status == "accepted", reasons


def test_dates_wrapped_in_a_narrow_details_column(tmp_path: Path) -> None:
    # three blocks side by side, the last a column of labels and values so narrow that each
    # date wraps: 'September 1,' over '2026' around 'Date of issue:' (its cell centred between
    # them), and level with 'Payment due' over 'on:' (the issue date had not been found, the
    # page waited; then the due date was missing)
    items: list[Text] = [(45, 40, "Nimbus Hosting", 18)]
    items += [(45, 70, "Final invoice for the August 2026 billing period", 14)]
    items += [(45, 110, "From", 9), (200, 110, "Bill to", 9), (360, 110, "Invoice number:", 9)]
    items += [(440, 110, "382389718", 9)]
    left = ["Nimbus Hosting LLC", "101 6th Avenue", "New York, NY 10013", "United States"]
    left += ["EU VAT: EU528002224"]
    right = ["ACME Trading GmbH", "Friedrichstraße 123", "10117 Berlin", "Germany"]
    items += [(45, 124 + 12 * i, t, 9) for i, t in enumerate(left)]
    items += [(200, 124 + 12 * i, t, 9) for i, t in enumerate(right)]
    # (the label level with the addresses' second lines)
    items += [(440, 130, "September 1,", 9), (360, 136, "Date of issue:", 9), (440, 142, "2026", 9)]
    items += [(360, 160, "Payment due", 9), (440, 160, "September 1,", 9)]
    items += [(360, 172, "on:", 9), (440, 172, "2026", 9)]
    sums = [
        ("Total usage charges", "$24.00"),
        ("Taxes (19% VAT)", "$4.56"),
        ("Total due", "$28.56"),
    ]
    items += rows_at((45, -550), 220, 13, sums)
    items += rows_at((45, -550), 280, 13, [("Product", "Amount"), ("Droplets", "$24.00")])
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert (got["issue_date"], got["due_date"]) == ("2026-09-01", "2026-09-01"), reasons
    assert totals_read(got) == ("24.00", "4.56", "28.56"), reasons
    assert status == "accepted", reasons


def test_a_name_over_its_address_in_the_body_s_type_is_still_a_brand(tmp_path: Path) -> None:
    # 'LE COMPTOIR' over its street and town, in the body's type, and 'COMPTOIR C SARL … RCS'
    # in the legal footer: the name at the top is a brand the footer's does not begin with, so
    # a person says which is the seller (a remark in that type, 'Reverse charge', is none)
    items: list[Text] = [(60, 40, "FACTURE N° : F20260023", 11), (60, 56, "Date : 31/01/2026", 9)]
    block = ["LE COMPTOIR", "35 rue d'ici", "75018 PARIS, FR", "SIRET : 12345678200077"]
    items += [(60, 80 + 10 * i, t, 9) for i, t in enumerate(block)]
    items += [
        (330, 80 + 10 * i, t, 9)
        for i, t in enumerate(["LE CLIENT", "MON ADRESSE", "06000 NICE, FR"])
    ]
    items += rows_at((60, -530), 180, 14, [("Désignation", "Montant HT"), ("Prestation", "87,42")])
    sums = [("Total HT", "87,42"), ("TVA 20 %", "17,48"), ("NET A PAYER", "104,90 EUR")]
    items += rows_at((360, -530), 230, 13, sums)
    foot = "COMPTOIR C SARL au capital de 50 000 EUR - RCS PARIS 123 456 782 - N° TVA : FR32 123 456 789"
    items += [(60, 800, foot, 6)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("87.42", "17.48", "104.90"), reasons
    assert got["seller"] in ("LE COMPTOIR", "COMPTOIR C SARL"), reasons
    assert status == "review", reasons
