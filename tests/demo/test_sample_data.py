"""The sample data: every generated file is opened and compared with its ground truth."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from demo.invoice_layouts import VENDORS
from demo.invoice_model import fmt_amount
from demo.sample_data import generate
from robot_lib import excel, pdf
from robot_lib.errors import CorruptPdf, EmptyPdf, EncryptedPdf, NotAPdf, ScannedPdf


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    generate(folder, rows=30, count=2, seed=3)
    return folder


def test_good_invoices_print_their_ground_truth(sample: Path) -> None:
    truths = sorted((sample / "invoices").glob("*.truth.json"))
    assert len(truths) == 2 * len(VENDORS)
    styles = {v.key: v for v in VENDORS}
    pages = set()
    for t in truths:
        data = json.loads(t.read_text())
        f, v = data["fields"], styles[data["vendor"]]
        with pdf.open_pdf(sample / "invoices" / data["file"]) as doc:
            text = doc.text()
            pages.add(doc.page_count)
            has_xml = any(a.name == "factur-x.xml" for a in doc.attachments())
        assert f["invoice_number"] in text
        assert f["seller"] in text
        for k in ("net_total", "tax_total", "gross_total"):
            assert fmt_amount(Decimal(f[k]), v.amount_style) in text, (data["file"], k)
        assert sum(Decimal(li["line_total"]) for li in f["lines"]) == Decimal(f["net_total"])
        assert has_xml == v.facturx
    assert pages == {1, 2}  # single- and multi-page invoices
    assert {v.currency for v in VENDORS} == {"EUR", "USD", "GBP", "CHF"}
    assert {v.language for v in VENDORS} >= {"en", "de", "fr", "nl"}


def test_bad_documents_are_bad_in_the_way_they_claim(sample: Path) -> None:
    folder = sample / "invoices"
    expected = {
        "bad_corrupt.pdf": CorruptPdf,
        "bad_empty.pdf": EmptyPdf,
        "bad_not_a_pdf.pdf": NotAPdf,
        "bad_encrypted.pdf": EncryptedPdf,
        "bad_scan.pdf": ScannedPdf,
    }
    listed = json.loads((folder / "bad_documents.json").read_text())
    assert set(expected) | {"bad_totals.pdf", "bad_duplicate.pdf"} == set(listed)
    for name, err in expected.items():
        with pytest.raises(err):
            pdf.open_pdf(folder / name)
    with pdf.open_pdf(folder / "bad_duplicate.pdf") as dup:
        original = listed["bad_duplicate.pdf"].split()[-1]
        with pdf.open_pdf(folder / original) as orig:
            assert dup.text() == orig.text()
    assert (folder / "bad_duplicate.pdf").read_bytes() != (folder / original).read_bytes()


def test_customers_workbook(sample: Path) -> None:
    rows = excel.read_records(sample / "customers.xlsx", required=["Email"])
    assert len(rows) == 30
    emails = [r["Email"] for r in rows]
    assert len(set(emails)) == 29  # one duplicate
    assert "not-an-email" in emails
    assert any(not r["Last Name"] for r in rows)


def test_deterministic_by_seed(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", rows=10, count=1, seed=9, bad=False)
    b = generate(tmp_path / "b", rows=10, count=1, seed=9, bad=False)
    assert a["invoices"] == b["invoices"]
    for t in (tmp_path / "a" / "invoices").glob("*.truth.json"):
        assert t.read_text() == (tmp_path / "b" / "invoices" / t.name).read_text()
