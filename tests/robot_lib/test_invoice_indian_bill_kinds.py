"""Kinds of layout of Indian bills (Jio's, Airtel's, a food delivery's restaurant invoice and
Amazon.in's, replayed once as probes through Chromium, not kept): a brand that begins the
registered name in the footer, 'Bill date', the restaurant named under 'Restaurant:', and an
item row's tax type after its rate ('18% IGST')."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_a_brand_that_begins_the_registered_name_and_a_bill_date(tmp_path: Path) -> None:
    # 'skytel' at the top, 'Skytel Bharati Limited … GSTIN …' at the foot: the seller (it had
    # waited on a brand at the top); 'Bill date' is the issue date's label (it had been read
    # at 'date' alone, and waited)
    items: list[Text] = [(50, 50, "skytel", 20), (-545, 50, "Statement", 14)]
    items += [
        (50, 100 + 12 * i, t, 9)
        for i, t in enumerate(["Rahul Sharma", "Andheri East, Mumbai 400069"])
    ]
    head = [("Bill no.", "BM4410982231"), ("Bill date", "05 Apr 2026"), ("Pay by", "19 Apr 2026")]
    items += rows_at((330, 420), 100, 12, head)
    rows = [
        ("Monthly rentals", "999.00"),
        ("Total taxable amount", "999.00"),
        ("Tax - CGST 9%", "89.91"),
    ]
    rows += [("Tax - SGST 9%", "89.91"), ("Total amount due", "1,178.82")]
    items += rows_at((50, -545), 180, 14, [("Your bill summary", "Amount (₹)"), *rows])
    foot = (
        "Skytel Bharati Limited · Plot No. 16, Udyog Vihar, Gurugram 122015 · GSTIN 06AAACB2894G1ZR"
    )
    items += [(50, 805, foot, 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Skytel Bharati Limited", reasons
    assert (got["issue_date"], got["due_date"]) == ("2026-04-05", "2026-04-19"), reasons
    assert totals_read(got) == ("999.00", "179.82", "1178.82"), reasons
    assert status == "accepted", reasons


def test_the_restaurant_named_under_its_label(tmp_path: Path) -> None:
    # 'Restaurant: Spice Garden Foods Pvt. Ltd.' on a food delivery's tax invoice: the seller
    # (its name had been read after 'a label the rules do not know', and waited)
    items: list[Text] = [(230, 40, "Tax Invoice", 14)]
    items += [
        (50, 80, "Restaurant: Spice Garden Foods Pvt. Ltd.", 9),
        (50, 92, "No. 45, Koramangala, Bengaluru 560034", 9),
    ]
    items += [(50, 104, "GSTIN: 29AAKCS1234F1Z5", 9)]
    head = [("Invoice No.:", "4410982-7712093311"), ("Invoice Date:", "05/04/2026")]
    items += rows_at((330, 410), 80, 12, head)
    items += [(50, 130, "Customer: Rahul Sharma, Andheri East, Mumbai 400069", 9)]
    rows = [["Item", "Qty", "Rate", "Amount"], ["Veg Biryani", "1", "240.00", "240.00"]]
    items += rows_at((50, -380, -460, -545), 160, 14, rows)
    sums = [
        ("Item Total", "240.00"),
        ("CGST (2.5%)", "6.00"),
        ("SGST (2.5%)", "6.00"),
        ("Invoice Total", "₹252.00"),
    ]
    items += rows_at((330, -545), 210, 13, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Spice Garden Foods Pvt. Ltd.", reasons
    assert totals_read(got) == ("240.00", "12.00", "252.00"), reasons
    assert status == "accepted", reasons


def test_an_item_row_s_tax_type_after_its_rate_is_no_tax_line(tmp_path: Path) -> None:
    # '1 | boAt Airdopes 141 | ₹1,100.85 | 1 | ₹1,100.85 | 18% IGST | ₹198.15 | ₹1,299.00': the
    # tax's type in the row had been read as a tax's label, the rows' totals as a net and a tax
    items: list[Text] = [
        (50, 50, "shop.in", 18),
        (-545, 50, "Tax Invoice/Bill of Supply/Cash Memo", 10),
    ]
    items += [(50, 80, "Sold By :", 9), (50, 92, "Cloudtail India Private Limited", 9)]
    items += [(50, 104, "GST Registration No: 29AAQCS4259Q1ZI", 9)]
    items += rows_at(
        (330, 440), 80, 12, [("Invoice Number :", "BLR7-551021"), ("Invoice Date :", "05.04.2026")]
    )
    # (the columns where the probe's page set them: the rate and the type a space apart)
    xs = (38, 72, -250, -273, -334, -381, 388, -490, -557)
    heads = ["Sl. No", "Description", "Unit Price", "Qty", "Net Amount", "Tax Rate", "Tax Type"]
    heads += ["Tax Amount", "Total Amount"]
    rows = [["1", "boAt Airdopes 141", "₹1,100.85", "1", "₹1,100.85", "18%", "IGST", "₹198.15"]]
    rows[0] += ["₹1,299.00"]
    rows += [["2", "Pressure Cooker 5 L", "₹1,963.39", "1", "₹1,963.39", "12%", "IGST", "₹235.61"]]
    rows[1] += ["₹2,199.00"]
    items += rows_at(xs, 150, 15, [heads, *rows])
    items += rows_at((38, -490, -557), 200, 14, [("TOTAL:", "₹433.76", "₹3,498.00")])
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["net_total"] is None, reasons
    assert got["tax_total"] in (None, "433.76"), reasons
