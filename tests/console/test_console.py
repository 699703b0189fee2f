"""The web console in real Chromium against a real server: sign in, run a bot from its
form and watch it finish, cancel a long run, pause a schedule, the Value page's numbers,
and the security rules (roles, CSRF, throttling, files, secrets). Each page's screenshot
goes to var/test-screenshots/console/ for people to look at."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from robot_lib.runtime.store import Store
from tests.conftest import run_cli
from tests.console.conftest import ConsoleServer, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _shot(page: Any, console: ConsoleServer, name: str) -> None:
    page.screenshot(path=str(console.shots / f"{name}.png"), full_page=True)


def test_run_a_bot_from_its_form_and_watch_it_finish(console: ConsoleServer, page: Any) -> None:
    sign_in(page, console, "olga")
    _shot(page, console, "overview-empty")
    page.goto(console.url + "/bots/slow_items")
    page.fill("input[name=n]", "6")
    page.fill("input[name=delay]", "0.4")
    _shot(page, console, "bot-form")
    with page.expect_navigation():
        page.click("button:has-text('Run slow_items now')")
    assert "/runs/" in page.url
    run_id = page.url.rsplit("/", 1)[1]
    page.wait_for_selector("[data-field=done]:text-is('6')", timeout=30000)  # live, no reload
    page.wait_for_selector(".badge.succeeded", timeout=30000)
    _shot(page, console, "run-finished")
    run = Store().get_run(run_id)
    assert run is not None and (run.status, run.trigger, run.items_done) == ("succeeded", "web", 6)
    page.goto(console.url + "/audit")
    assert "run bot" in page.content() and "slow_items" in page.content()


def test_a_bad_parameter_is_refused_on_the_form(console: ConsoleServer, page: Any) -> None:
    sign_in(page, console, "olga")
    page.goto(console.url + "/bots/typed")
    page.fill("input[name=day]", "2026-13-01")
    page.click("button:has-text('Run typed now')")
    page.wait_for_selector(".error")
    assert "a date as YYYY-MM-DD" in page.inner_text(".error")
    assert Store().list_runs(bot="typed") == []


def test_cancel_a_long_run_and_its_browser_goes(console: ConsoleServer, page: Any) -> None:
    sign_in(page, console, "olga")
    page.goto(console.url + "/bots/browsing_slowly")
    with page.expect_navigation():
        page.click("button:has-text('Run browsing_slowly now')")
    run_id = page.url.rsplit("/", 1)[1]
    deadline = time.monotonic() + 60
    while (Store().get_run(run_id).items_done or 0) < 2:  # type: ignore[union-attr]
        assert time.monotonic() < deadline
        time.sleep(0.2)
    run_browser = _chromium_of(run_id)
    assert run_browser  # the run's own Chromium, started by its attempt
    page.reload()
    _shot(page, console, "run-live")
    with page.expect_navigation():
        page.click("button:has-text('Cancel this run')")
    page.wait_for_selector(".badge.cancelled", timeout=30000)
    run = Store().get_run(run_id)
    assert run is not None and run.status == "cancelled" and "olga" in (run.error or "")
    from tests.servers import running

    assert running(run_browser) == []


def _chromium_of(run_id: str) -> list[int]:
    """Chromium processes started for *run_id* (its job is in their environment)."""
    out = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if "chrom" not in Path(f"/proc/{pid}/comm").read_text():
                continue
            if run_id.encode() in Path(f"/proc/{pid}/environ").read_bytes():
                out.append(int(pid))
        except OSError:
            continue
    return out


def test_pause_a_schedule_from_the_page(console: ConsoleServer, page: Any, tmp_path: Path) -> None:
    from robot_lib.scheduling.state import paused_schedules

    (tmp_path / "schedules").mkdir(exist_ok=True)
    (tmp_path / "schedules" / "s.toml").write_text(
        '[[schedule]]\nid = "nightly"\nbot = "noop"\ncron = "0 2 * * *"\n'
    )
    sign_in(page, console, "olga")
    page.goto(console.url + "/schedules")
    with page.expect_navigation():
        page.click("button:has-text('Pause')")
    assert "paused" in page.inner_text("table")
    _shot(page, console, "schedules-paused")
    assert "nightly" in paused_schedules(Store())
    code, out = run_cli("schedule", "list", "--json")
    assert code == 0


def test_value_page_numbers_equal_a_hand_count(
    console: ConsoleServer, page: Any, tmp_path: Path
) -> None:
    for _ in range(2):
        run_cli(
            "run", "items_bot", "-p", "keys=a,b,c", "-p", "review=c", "-p", f"marker_dir={tmp_path}"
        )
    runs = Store().list_runs(bot="items_bot")
    done = sum(r.items_done for r in runs)
    review = sum(r.items_review for r in runs)
    sign_in(page, console, "vic")
    page.goto(console.url + "/value")
    _shot(page, console, "value")
    row = page.locator("tr", has_text="items_bot").first.inner_text().split("\t")
    cells = [c.strip() for c in row]
    assert cells[2] == str(len(runs)) and cells[3] == str(done + review)
    csv = console.client("vic").get("/value?format=csv")
    assert csv.headers["content-type"].startswith("text/csv")
    assert f",{len(runs)},{done + review}," in csv.text


def test_security_rules(
    console: ConsoleServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anon = console.client()
    assert anon.get("/runs").status_code == 303  # sign in first
    assert anon.get("/api/runs/x/live").status_code == 401
    viewer = console.client("vic")
    token = console.csrf(viewer)
    r = viewer.post("/bots/noop", data={"csrf": token})
    assert r.status_code == 403 and "operator" in r.text
    operator = console.client("olga")
    r = operator.post("/bots/noop", data={})
    assert r.status_code == 403 and "CSRF" in r.text
    assert Store().list_runs(bot="noop") == []
    admin = console.client("ada")  # signed in before someone guesses at its password
    # throttled after five wrong passwords
    import re

    c = console.client()
    for _ in range(5):
        page = c.get("/login").text
        tok = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        r = c.post("/login", data={"csrf": tok, "name": "ada", "password": "guess"})
        assert r.status_code == 401
    tok = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)  # type: ignore[union-attr]
    r = c.post("/login", data={"csrf": tok, "name": "ada", "password": "admin-password-1"})
    assert r.status_code == 429 and "Too many failed sign-ins" in r.text
    # files only from inside a run folder
    (tmp_path / "credentials.env").write_text("TEST_SECRET=sup3r-s3cret-value\n")
    run_cli("run", "leaker")
    run = Store().list_runs(bot="leaker", limit=1)[0]
    (tmp_path / "outside.txt").write_text("not yours")
    os.symlink(tmp_path / "outside.txt", Path(run.run_dir or "") / "link.txt")
    for bad in ("../../outside.txt", "..%2F..%2Foutside.txt", "%2Fetc%2Fpasswd", "link.txt"):
        assert viewer.get(f"/runs/{run.id}/files/{bad}").status_code == 404, bad
    assert viewer.get(f"/runs/{run.id}/files/run.log").status_code == 200
    # secrets appear in no page (the admin's session outlives the guessing)
    for path in (
        "/",
        "/runs",
        f"/runs/{run.id}",
        f"/runs/{run.id}/report",
        "/bots/leaker",
        f"/api/runs/{run.id}/live",
        f"/runs/{run.id}/files/run.log",
        "/audit",
    ):
        body = admin.get(path).text
        assert "sup3r-s3cret-value" not in body, path
    headers = admin.get("/").headers
    assert "default-src 'self'" in headers["content-security-policy"]
    cookie = next(h for h in console.client().get("/login").headers.get_list("set-cookie"))
    assert "HttpOnly" in cookie


def test_every_page_renders_for_a_viewer_and_is_saved(
    console: ConsoleServer, page: Any, tmp_path: Path
) -> None:
    run_cli("run", "items_bot", "-p", "keys=a,b", "-p", "review=b", "-p", f"marker_dir={tmp_path}")
    run_cli("run", "noisy_items", "-p", "n=2")
    run = Store().list_runs(limit=1)[0]
    sign_in(page, console, "ada")
    for name, path in [
        ("overview", "/"),
        ("runs", "/runs"),
        ("run", f"/runs/{run.id}"),
        ("bots", "/bots"),
        ("bot", "/bots/items_bot"),
        ("value-by-month", "/value?by=month"),
        ("schedules", "/schedules"),
        ("audit", "/audit"),
        ("users", "/users"),
        ("reviews-one-waiting", "/reviews"),
        ("review-without-document", "/reviews/1"),
        ("secrets-empty", "/secrets"),
        ("api-page", "/api"),
    ]:
        resp = page.goto(console.url + path)
        assert resp.status == 200, path
        _shot(page, console, name)
    page.goto(console.url + "/")
    assert "bot(s) failing now" in page.content() and "noisy_items" in page.inner_text("table")


def test_an_admin_sets_the_manual_minutes_the_value_page_counts(
    console: ConsoleServer, tmp_path: Path
) -> None:
    run_cli("run", "items_bot", "-p", "keys=a,b,c,d", "-p", f"marker_dir={tmp_path}")
    operator = console.client("olga")
    r = operator.post(
        "/bots/items_bot/settings", data={"csrf": console.csrf(operator), "manual_minutes": "30"}
    )
    assert r.status_code == 403  # an admin's setting
    admin = console.client("ada")
    r = admin.post(
        "/bots/items_bot/settings", data={"csrf": console.csrf(admin), "manual_minutes": "30"}
    )
    assert r.status_code == 303
    csv = admin.get("/value?format=csv").text
    row = next(ln for ln in csv.splitlines() if ln.startswith("items_bot,"))
    assert row.endswith(",2.0")  # 4 items done x 30 min = 2 hours
    assert "set manual minutes" in admin.get("/audit").text


def test_an_admin_sets_a_secret_that_no_page_shows_and_the_bot_uses(
    console: ConsoleServer, page: Any, tmp_path: Path
) -> None:
    import hashlib

    value = "console-vault-value-981"
    sign_in(page, console, "ada")
    page.goto(console.url + "/secrets")
    page.fill("input[name=name]", "TEST_SECRET")
    page.fill("input[name=value]", value)
    with page.expect_navigation():
        page.click("button:has-text('Save')")
    assert "TEST_SECRET" in page.inner_text("table") and value not in page.content()
    assert "leaker" in page.inner_text("table")  # the bots that declare it
    _shot(page, console, "secrets")
    (tmp_path / "go").write_text("x")
    code, out = run_cli("run", "slow_secret", "-p", f"marks={tmp_path}")
    assert code == 0, out
    assert (tmp_path / "used").read_text().split()[0] == hashlib.sha256(value.encode()).hexdigest()
    operator = console.client("olga")
    assert operator.get("/secrets").status_code == 403
    admin = console.client("ada")
    for path in ("/secrets", "/bots/slow_secret", "/audit", f"/runs/{Store().list_runs()[0].id}"):
        assert value not in admin.get(path).text, path
    assert "set secret" in admin.get("/audit").text
