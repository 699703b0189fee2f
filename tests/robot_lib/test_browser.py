"""robot_lib.browser against local pages and the demo portal, in real headless Chromium."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from robot_lib import browser
from robot_lib.browser.find import find_browser
from robot_lib.errors import BrowserNotFound, BrowserTimeout, ConfigError, PortalError

pytestmark = pytest.mark.browser

FORM = """<!doctype html><html><body><form>
<label for="a1">First Name</label><input id="a1" name="x1">
<label>Last Name <input name="x2"></label>
<input aria-label="Email" name="x3" type="email">
<input placeholder="Phone Number" name="x4">
<div class="row"><span>Company Name:</span><div><input name="x5"></div></div>
<label for="c">Country</label><select id="c" name="x6"><option value="">-</option>
  <option value="de">Germany</option><option value="fr">France</option></select>
<label for="d">Start date</label><input id="d" type="date" name="x7">
<label><input type="checkbox" name="x8"> Newsletter</label>
<label for="n">Notes</label><textarea id="n" name="x9"></textarea>
<label><input type="radio" name="x10" value="card"> Card</label>
<label><input type="radio" name="x10" value="invoice"> Pay by invoice</label>
</form>
<div id="react-state"></div>
<script>
  // what React/Vue do: keep state from input/change events, not from the DOM
  const state = {};
  document.querySelectorAll('input, select, textarea').forEach(el => {
    const ev = (el.type === 'checkbox') ? 'change' : 'input';
    el.addEventListener(ev, e => { state[e.target.name] = e.target.type === 'checkbox' ?
      e.target.checked : e.target.value;
      document.getElementById('react-state').textContent = JSON.stringify(state); });
    if (el.tagName === 'SELECT') el.addEventListener('change', e => { state[e.target.name] = e.target.value;
      document.getElementById('react-state').textContent = JSON.stringify(state); });
  });
</script></body></html>"""

VALUES: dict[str, Any] = {
    "First Name": "Ann",
    "Last Name": "Lee",
    "Email": "ann@example.com",
    "Phone Number": "+49 1234",
    "Company Name": "Acme",
    "Country": "France",
    "Start date": "2026-11-03",
    "Newsletter": True,
    "Notes": "multi\nline",
    "Pay by invoice": True,
}
EXPECTED_STATE = {
    "x1": "Ann",
    "x2": "Lee",
    "x3": "ann@example.com",
    "x4": "+49 1234",
    "x5": "Acme",
    "x6": "fr",
    "x7": "2026-11-03",
    "x8": True,
    "x9": "multi\nline",
    "x10": "invoice",  # the selected radio's value, as a React state would hold it
}


@pytest.fixture
def page(shared_browser_ctx: Any) -> Iterator[Any]:
    sess = browser._session(shared_browser_ctx)
    pg = sess.new_page()
    yield pg
    sess.pages.remove(pg)
    pg.close()


def test_find_browser_order_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "my-chrome"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("BOTS_BROWSER_PATH", str(fake))
    assert find_browser() == (str(fake), "BOTS_BROWSER_PATH")
    monkeypatch.setenv("BOTS_BROWSER_PATH", str(tmp_path / "missing"))
    with pytest.raises(BrowserNotFound, match="not an executable"):
        find_browser()
    monkeypatch.delenv("BOTS_BROWSER_PATH")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr("robot_lib.browser.find.SYSTEM_PATHS", ())
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "none"))
    with pytest.raises(BrowserNotFound, match="tried: chromium on PATH"):
        find_browser()


def test_configure_refuses_unknown_keys() -> None:
    with pytest.raises(ConfigError, match="unknown browser option.*colour"):
        browser.configure(colour="blue")
    cfg = browser.configure(timeout="20s")
    assert cfg.timeout == 20.0
    browser.configure(timeout="30s")


@pytest.mark.parametrize("method", ["native", "simulate"])
def test_fill_form_by_every_kind_of_label(page: Any, method: str) -> None:
    import json

    page.set_content(FORM)
    result = browser.fill_form(page, VALUES, method=method)
    assert result.filled == list(VALUES)
    state = json.loads(page.locator("#react-state").inner_text())
    assert state == EXPECTED_STATE
    assert page.locator("[name=x6]").input_value() == "fr"
    assert page.locator("[name=x8]").is_checked()
    assert (
        page.locator("[value=invoice]").is_checked()
        and not page.locator("[value=card]").is_checked()
    )


@pytest.mark.parametrize("method", ["native", "simulate"])
def test_a_rebuilt_shuffled_form_row_after_row_with_submit(page: Any, method: str) -> None:
    """RPA-Challenge style: fields reshuffled and rebuilt as new nodes after every submit,
    labels without for=. Each row is filled and submitted in one call; every value lands."""
    from demo.form_challenge import page_html, rows

    people = rows(6)
    page.set_content(page_html(rounds=6))
    for person in people:
        result = browser.fill_form(page, person, method=method, submit="Submit")
        assert result.submitted
    assert page.evaluate("window.challenge.submitted") == people
    assert page.locator("#status").inner_text().startswith("Done: 6 forms")


def test_simulate_lets_focus_and_blur_handlers_hear_every_field(page: Any) -> None:
    """Validate-on-blur and 'touched' states (Angular, Formik) still see each field."""
    page.set_content(
        "<label>Name <input name=a></label><label>City <input name=b></label>"
        "<script>window.heard = []; document.addEventListener('focusin', e =>"
        " heard.push('in:' + e.target.name)); document.addEventListener('focusout', e =>"
        " heard.push('out:' + e.target.name));</script>"
    )
    browser.fill_form(page, {"Name": "Ann", "City": "Oslo"}, method="simulate")
    assert page.evaluate("window.heard") == ["in:a", "out:a", "in:b", "out:b"]


def test_remembered_fields_follow_labels_that_move(page: Any) -> None:
    """The page keeps the same inputs but swaps their labels: the remembered field of a
    label is checked, never trusted blindly."""
    page.set_content(
        "<form><div><span>Alpha</span><input name=a></div>"
        "<div><span>Beta</span><input name=b></div></form>"
    )
    browser.fill_form(page, {"Alpha": "1", "Beta": "2"}, method="simulate")
    page.evaluate(
        "() => { const s = document.querySelectorAll('span'); s[0].textContent = 'Beta';"
        " s[1].textContent = 'Alpha'; }"
    )
    browser.fill_form(page, {"Alpha": "x", "Beta": "y"}, method="simulate")
    assert page.locator("[name=a]").input_value() == "y"
    assert page.locator("[name=b]").input_value() == "x"


@pytest.mark.parametrize("method", ["native", "simulate"])
def test_fields_still_rendering_are_waited_for(page: Any, method: str) -> None:
    page.set_content(
        "<div id=box></div><script>setTimeout(() => { document.getElementById('box')"
        ".innerHTML = '<label>Late field <input name=late></label>'; }, 1500);</script>"
    )
    with pytest.raises(browser.FieldNotFound):
        browser.fill_form(page, {"Late field": "now"}, method=method)
    browser.fill_form(page, {"Late field": "now"}, method=method, wait=5)
    assert page.locator("[name=late]").input_value() == "now"


def test_missing_labels_are_reported_with_the_labels_seen(page: Any) -> None:
    page.set_content(FORM)
    with pytest.raises(browser.FieldNotFound) as info:
        browser.fill_form(page, {"First Name": "x", "Surname": "y"})
    assert info.value.missing == ["Surname"]
    assert "first name" in info.value.seen and "company name" in info.value.seen
    assert "Surname" in str(info.value)


def test_select_without_such_option(page: Any) -> None:
    page.set_content(FORM)
    with pytest.raises(
        browser.BrowserError, match="no option 'Spain'; options: -, Germany, France"
    ):
        browser.fill_form(page, {"Country": "Spain"})


def test_wait_for_text_times_out_naming_text_and_url(page: Any) -> None:
    page.set_content("<p>hello</p>")
    assert browser.wait_for_text(page, "hello", timeout=2) == "hello"
    with pytest.raises(
        BrowserTimeout, match=r"text 'Saved' did not appear within 0.5s at about:blank"
    ):
        browser.wait_for_text(page, "Saved", timeout=0.5)
    with pytest.raises(BrowserTimeout, match=r"selector '#nope' not visible"):
        browser.wait_for(page, "#nope", timeout=0.3)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\boot.ini", "boot.ini"),
        ("a\x00b\x1f.pdf", "a_b.pdf"),
        ("..", "download"),
        (".hidden", "hidden"),
        ("report:2026?.xlsx", "report_2026.xlsx"),
    ],
)
def test_sanitize_filename(name: str, expected: str) -> None:
    assert browser.sanitize_filename(name) == expected


def test_sanitize_caps_length_and_keeps_extension() -> None:
    out = browser.sanitize_filename("A" * 500 + ".xlsx")
    assert len(out) <= 150 and out.endswith(".xlsx")


def _login_env(monkeypatch: pytest.MonkeyPatch, portal: Any) -> None:
    monkeypatch.setenv("PORTAL_URL", portal.url)
    monkeypatch.setenv("PORTAL_USERNAME", portal.settings.username)
    monkeypatch.setenv("PORTAL_PASSWORD", portal.settings.password)


def test_site_login_session_file_and_expiry(
    portal: Any, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from robot_lib.context import RunContext

    _login_env(monkeypatch, portal)
    ctx = RunContext(run_id="t-site", bot="t", artifacts=tmp_path / "run")
    try:
        site = browser.open(ctx, "portal", "/customers")
        assert site.page.url.endswith("/customers") and site.logins == 1
        session_file = home / "sessions" / "portal.json"
        assert stat.S_IMODE(session_file.stat().st_mode) == 0o600
        assert portal.settings.password not in session_file.read_text()
        portal.admin("expire-sessions")
        site.goto("/invoices")
        assert site.page.url.endswith("/invoices") and site.logins == 2
    finally:
        ctx.close(False)
    # a new run reuses the stored session: no login
    ctx2 = RunContext(run_id="t-site2", bot="t", artifacts=tmp_path / "run2")
    try:
        site2 = browser.open(ctx2, "portal", "/customers")
        assert site2.logins == 0
    finally:
        ctx2.close(False)


def test_wrong_password_is_a_config_error_without_the_password(
    portal: Any, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from robot_lib.context import RunContext

    _login_env(monkeypatch, portal)
    monkeypatch.setenv("PORTAL_USERNAME", "someone-else")
    monkeypatch.setenv("PORTAL_PASSWORD", "Wr0ng-Pa55word")
    ctx = RunContext(run_id="t-bad", bot="t", artifacts=tmp_path / "run")
    try:
        with pytest.raises(ConfigError) as info:
            browser.open(ctx, "portal", "/customers")
    finally:
        ctx.close(False)
    assert "Invalid username or password" in str(info.value)
    assert "Wr0ng-Pa55word" not in str(info.value)


def test_download_safe_name_no_overwrite_and_error_pages(
    portal: Any, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from robot_lib.context import RunContext

    _login_env(monkeypatch, portal)
    portal.admin("settings", hostile_filenames=True, report_delay=0.2)
    ctx = RunContext(run_id="t-dl", bot="t", artifacts=tmp_path / "run")
    try:
        site = browser.open(ctx, "portal", "/reports")
        pg = site.page
        browser.fill_form(pg, {"Format": "csv"})
        earlier = set(
            pg.locator("#jobs tr[data-job]").evaluate_all("rs => rs.map(r => r.dataset.job)")
        )
        browser.click(pg, "Generate")
        ours = browser.wait_until(  # the row of the job this click started (not an older one)
            lambda: [
                j
                for j in pg.locator("#jobs tr[data-job]").evaluate_all(
                    "rs => rs.map(r => r.dataset.job)"
                )
                if j not in earlier
            ],
            10,
            "the new report job",
        )[0]
        link = pg.locator(f'#jobs tr[data-job="{ours}"] a')
        link.wait_for(timeout=10000)
        dest = tmp_path / "dl"
        first = browser.download(pg, link.click, dest)
        second = browser.download(pg, link.click, dest)
        assert first.path.parent == dest and second.path.parent == dest
        assert first.path != second.path and second.path.name.endswith("(1).csv")
        assert ".." not in first.path.name and "/" not in first.path.name
        assert not re.search(r"[\x00-\x1f]", first.path.name) and len(first.path.name) <= 150
        assert "etc" in first.suggested_name  # recorded as the server (and Chromium) gave it
        assert first.size == first.path.stat().st_size > 0 and len(first.sha256) == 64
        assert not (tmp_path / "etc").exists() and sorted(os.listdir(dest)) == sorted(
            [first.path.name, second.path.name]
        )
        portal.admin("settings", error_rate=1.0)
        with pytest.raises(PortalError, match="HTTP 500 instead of a download"):
            browser.download(pg, link.click, dest, timeout=5)
    finally:
        portal.admin("settings", error_rate=0.0, hostile_filenames=False)
        ctx.close(False)


def test_evidence_on_failure_hides_typed_secrets(tmp_path: Path) -> None:
    from robot_lib.context import RunContext
    from robot_lib.credentials import register_secret

    secret = "s3cret-typed-Value"
    register_secret(secret)
    ctx = RunContext(run_id="t-ev", bot="t", artifacts=tmp_path / "run")
    try:
        pg = browser.page(ctx)
        pg.set_content(FORM)
        browser.fill_form(pg, {"Notes": f"token {secret}", "First Name": secret})
        ctx._evidence("failure")
    finally:
        ctx.close(True)
    shots = list((tmp_path / "run" / "screenshots").glob("*.png"))
    html = list((tmp_path / "run" / "screenshots").glob("*.html"))
    assert shots and html
    assert secret not in html[0].read_text()


def test_trace_on_failure_is_saved(tmp_path: Path) -> None:
    from robot_lib.context import RunContext

    browser.configure(trace="on-failure")
    try:
        for failed in (False, True):
            ctx = RunContext(run_id=f"t-trace-{failed}", bot="t", artifacts=tmp_path / str(failed))
            browser.page(ctx).set_content("<p>traced</p>")
            ctx.close(failed)
            assert (tmp_path / str(failed) / "trace.zip").exists() is failed
    finally:
        browser.configure(trace="off")


def test_a_trace_of_a_login_holds_no_password_in_any_member(
    portal: Any, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trace records typed values, the login form's POST and the network log: every
    member of trace.zip is unpacked (the zip is compressed: a plain grep would miss it)."""
    import zipfile
    from urllib.parse import quote_plus

    from robot_lib.context import RunContext

    _login_env(monkeypatch, portal)
    password = portal.settings.password
    browser.configure(trace="on-failure")
    ctx = RunContext(run_id="t-trace-login", bot="t", artifacts=tmp_path / "run")
    try:
        site = browser.open(ctx, "portal", "/customers")
        assert site.logins == 1
    finally:
        ctx.close(True)
        browser.configure(trace="off")
    trace = tmp_path / "run" / "trace.zip"
    with zipfile.ZipFile(trace) as z:
        members = {n: z.read(n) for n in z.namelist()}
    assert any(n.endswith(".trace") for n in members) and len(members) > 3
    leaks = [
        n
        for n, data in members.items()
        for form in (password, quote_plus(password))
        if form.encode() in data
    ]
    assert leaks == []
    assert any(b"****" in data for data in members.values())  # it was there, and masked
    assert not (tmp_path / "run" / ".trace-unmasked.zip").exists()


def test_fill_form_logs_field_names_never_values(page: Any) -> None:
    from loguru import logger

    seen: list[str] = []
    sink = logger.add(lambda m: seen.append(str(m)), level="DEBUG")
    try:
        page.set_content(FORM)
        browser.fill_form(page, {"First Name": "Ada-Lovelace-1815", "Notes": "call 555-0199"})
    finally:
        logger.remove(sink)
    filled = [s for s in seen if "filled" in s]
    assert filled and "First Name" in filled[0] and "Notes" in filled[0]
    assert not any("Ada-Lovelace-1815" in s or "555-0199" in s for s in seen)
