"""The demo portal over HTTP (httpx) and, where the page's script matters, in Chromium."""

from __future__ import annotations

import csv
import io
import re
import time
from typing import Any

import httpx
import pytest

from demo.portal.app import PortalServer


def _csrf(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, html[:500]
    return m.group(1)


def login(
    portal: PortalServer, user: str | None = None, password: str | None = None
) -> httpx.Client:
    c = httpx.Client(base_url=portal.url, follow_redirects=True, timeout=10)
    r = c.get("/login")
    c.post(
        "/login",
        data={
            "csrf_token": _csrf(r.text),
            "username": user or portal.settings.username,
            "password": password or portal.settings.password,
            "next": "/",
        },
    )
    return c


def form_post(c: httpx.Client, path: str, values: dict[str, str]) -> httpx.Response:
    """Fill a (shuffled) form by its labels, as a browser user would see them."""
    page = c.get(path).text
    data = {
        "csrf_token": _csrf(page),
        "form_token": re.search(r'name="form_token" value="([^"]+)"', page).group(1),
    }  # type: ignore[union-attr]
    for label, value in values.items():
        # the label text is followed (within its field div) by the control with its name
        m = re.search(re.escape(label) + r'.{0,300}?name="([^"]+)"', page, re.S)
        assert m, label
        data[m.group(1)] = value
    return c.post(path, data=data)


def post_report(c: httpx.Client, report: str, fmt: str, start: str, end: str) -> Any:
    """Ask the portal for *report* over [start, end] in *fmt*: the job it started."""
    page = c.get("/reports").text
    data = {"csrf_token": _csrf(page), "report": report, "format": fmt}
    return c.post("/reports", data={**data, "date_from": start, "date_to": end}).json()


def test_login_wrong_password_and_csrf(portal: PortalServer) -> None:
    c = httpx.Client(base_url=portal.url, follow_redirects=True)
    r = c.get("/customers")
    assert r.url.path == "/login" and "Sign in" in r.text
    r2 = c.post(
        "/login", data={"csrf_token": _csrf(r.text), "username": "demo", "password": "nope"}
    )
    assert r2.status_code == 401 and "Invalid username or password." in r2.text
    r3 = c.post(
        "/login",
        data={"csrf_token": "forged", "username": "demo", "password": portal.settings.password},
    )
    assert r3.status_code == 400 and "expired" in r3.text
    assert login(portal).get("/customers").url.path == "/customers"


def test_lockout_after_five_wrong_tries(portal: PortalServer) -> None:
    c = httpx.Client(base_url=portal.url, follow_redirects=True)
    for _ in range(5):
        r = c.post(
            "/login",
            data={
                "csrf_token": _csrf(c.get("/login").text),
                "username": "mallory",
                "password": "guess",
            },
        )
        assert r.status_code == 401
    r = c.post(
        "/login",
        data={
            "csrf_token": _csrf(c.get("/login").text),
            "username": "mallory",
            "password": "guess",
        },
    )
    assert r.status_code == 429 and "Too many failed sign-in attempts" in r.text


def test_session_expiry_sends_back_to_login(portal: PortalServer) -> None:
    c = login(portal)
    assert c.get("/invoices").url.path == "/invoices"
    portal.admin("expire-sessions")
    r = c.get("/invoices")
    assert r.url.path == "/login" and "Your session has expired" in r.text


def test_customer_form_is_shuffled_unless_stable(portal: PortalServer) -> None:
    c = login(portal)
    pages = [c.get("/customers/new").text for _ in range(4)]
    orders = {
        tuple(
            re.findall(
                r"(First Name|Last Name|Company Name|Role in Company|Address|"
                r"Email|Phone Number)",
                p,
            )
        )
        for p in pages
    }
    names = [set(re.findall(r'name="(f_[0-9a-f]+)"', p)) for p in pages]
    assert len(orders) > 1 and not (names[0] & names[1])
    stable = [c.get("/customers/new?stable=1").text for _ in range(2)]
    assert stable[0].count('name="email"') == 1
    assert re.findall(r'id="(id_\w+)"', stable[0]) == re.findall(r'id="(id_\w+)"', stable[1])


def test_customer_validation_duplicate_and_success(portal: PortalServer) -> None:
    c = login(portal)
    bad = form_post(
        c,
        "/customers/new",
        {
            "First Name": "Ann",
            "Last Name": "",
            "Email": "nope",
            "Company Name": "X",
            "Phone Number": "call me",
        },
    )
    assert bad.status_code == 422
    assert "Last Name is required." in bad.text and "Enter a valid email address." in bad.text
    assert "Phone Number may contain only digits" in bad.text
    email = f"portal-test-{time.time_ns()}@example.com"
    ok = form_post(
        c,
        "/customers/new",
        {
            "First Name": "Ann",
            "Last Name": "Lee",
            "Email": email,
            "Company Name": "X",
            "Phone Number": "+49 (30) 1234-56",
        },
    )
    conf = re.search(r'id="confirmation-number">(CN-\d+)<', ok.text)
    assert ok.status_code == 200 and conf
    again = form_post(
        c,
        "/customers/new",
        {"First Name": "Ann", "Last Name": "Lee", "Email": email.upper(), "Company Name": "X"},
    )
    assert again.status_code == 422 and f"already exists ({conf.group(1)})" in again.text
    listed = c.get("/customers", params={"q": email}).text
    assert conf.group(1) in listed and "1 result(s)" in listed
    assert any(x["email"] == email for x in portal.api("customers"))


def test_invoice_validation(portal: PortalServer) -> None:
    c = login(portal)
    base = {
        "Vendor": "Portal Test GmbH",
        "Invoice Number": f"T-{time.time_ns()}",
        "Issue Date": "2026-11-03",
        "Due Date": "2026-11-01",
        "Currency": "EUR",
        "Net Amount": "100.00",
        "Tax Amount": "19.00",
        "Gross Amount": "120.00",
    }
    r = form_post(c, "/invoices/new", base)
    assert r.status_code == 422
    assert "Gross Amount must equal" in r.text and "Due Date must not be before" in r.text
    ok = form_post(c, "/invoices/new", {**base, "Due Date": "2026-12-03", "Gross Amount": "119.00"})
    rec = re.search(r'id="confirmation-number">(INV-\d+)<', ok.text)
    assert rec
    dup = form_post(
        c, "/invoices/new", {**base, "Due Date": "2026-12-03", "Gross Amount": "119.00"}
    )
    assert dup.status_code == 409 and f"already recorded ({rec.group(1)})" in dup.text
    # shipping printed after the tax: gross = net + tax + other charges
    freight = {**base, "Due Date": "2026-12-03", "Other Charges": "1.00"}
    freight["Invoice Number"] += "-S"
    assert form_post(c, "/invoices/new", {**freight, "Gross Amount": "119.00"}).status_code == 422
    shipped = form_post(c, "/invoices/new", freight)
    assert re.search(r'id="confirmation-number">(INV-\d+)<', shipped.text), shipped.text[:300]
    (row,) = [i for i in portal.api("invoices") if i["invoice_number"] == freight["Invoice Number"]]
    assert (row["charges"], row["gross"]) == ("1.00", "120.00")


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "pdf"])
def test_reports_are_real_files_with_the_periods_data(portal: PortalServer, fmt: str) -> None:
    c = login(portal)
    job = post_report(c, "invoice_register", fmt, "2000-01-01", "2099-12-31")
    assert job["status"] == "running"
    assert c.get(f"/reports/jobs/{job['id']}/download").status_code == 409
    time.sleep(portal.settings.report_delay + 0.2)
    assert c.get(f"/reports/jobs/{job['id']}").json()["status"] == "ready"
    dl = c.get(f"/reports/jobs/{job['id']}/download")
    assert "attachment; filename*=UTF-8''Invoice%20register" in dl.headers["content-disposition"]
    invoices = portal.api("invoices")
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(dl.text)))
        assert rows[0][:3] == ["Record ID", "Vendor", "Invoice Number"]
        assert {r[0] for r in rows[1:]} == {i["record_id"] for i in invoices}
    elif fmt == "xlsx":
        from openpyxl import load_workbook

        ws = load_workbook(io.BytesIO(dl.content)).active
        assert ws is not None and ws.max_row == len(invoices) + 1
    else:
        assert dl.content.startswith(b"%PDF")


def test_api_needs_the_token(portal: PortalServer) -> None:
    assert httpx.get(f"{portal.url}/api/invoices").status_code == 401
    assert (
        httpx.get(
            f"{portal.url}/api/invoices", headers={"Authorization": "Bearer wrong"}
        ).status_code
        == 401
    )
    assert isinstance(portal.api("reports"), list)


def test_chaos_switches(portal: PortalServer) -> None:
    c = login(portal)
    portal.admin("settings", error_rate=1.0)
    assert c.get("/customers").status_code == 500
    portal.admin("settings", error_rate=0.0, latency_ms=300)
    t0 = time.monotonic()
    assert c.get("/customers").status_code == 200
    assert time.monotonic() - t0 >= 0.3


def test_lost_answer_after_a_save(portal: PortalServer) -> None:
    """The 'did my submit land?' case: the server saves, then answers 500."""
    c = login(portal)
    form = c.get("/customers/new").text  # fetched before chaos is on
    portal.admin("settings", error_rate=1.0)
    email = f"lost-{time.time_ns()}@example.com"
    data: dict[str, Any] = {
        "csrf_token": _csrf(form),
        "form_token": re.search(r'name="form_token" value="([^"]+)"', form).group(1),
    }  # type: ignore[union-attr]
    for label, value in {
        "First Name": "Lo",
        "Last Name": "St",
        "Email": email,
        "Company Name": "X",
    }.items():
        data[re.search(re.escape(label) + r'.{0,300}?name="([^"]+)"', form, re.S).group(1)] = value  # type: ignore[union-attr]
    saved = 0
    for _ in range(20):  # half of the 500s come after the save
        r = c.post("/customers/new", data=data)
        assert r.status_code == 500
        saved = sum(1 for x in portal.api("customers") if x["email"] == email)
        if saved:
            break
    assert saved == 1


def test_an_invoice_paid_on_the_spot_has_no_due_date(portal: PortalServer) -> None:
    # a receipt or a shop's order prints no due date: recorded, and the aging report counts
    # it as due when issued
    c = login(portal)
    vendor = f"Kaffeerösterei {time.time_ns()}"
    paid = {
        "Vendor": vendor,
        "Invoice Number": f"R-{time.time_ns()}",
        "Issue Date": "2026-11-03",
        "Currency": "EUR",
        "Net Amount": "100.00",
        "Tax Amount": "7.00",
        "Gross Amount": "107.00",
    }
    ok = form_post(c, "/invoices/new", paid)
    assert re.search(r'id="confirmation-number">(INV-\d+)<', ok.text), ok.text[:300]
    job = post_report(c, "ar_aging", "csv", "2026-11-01", "2026-11-30")
    time.sleep(portal.settings.report_delay + 0.2)
    assert c.get(f"/reports/jobs/{job['id']}").json()["status"] == "ready"
    rows = list(csv.reader(io.StringIO(c.get(f"/reports/jobs/{job['id']}/download").text)))
    assert any(r[0] == vendor for r in rows[1:]), rows
