"""The HTTP trigger: a system with a token starts a bot, follows its run and reads its items;
wrong, revoked, viewer and out-of-scope tokens are refused; the page /api describes it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from robot_lib.runtime.store import Store
from tests.conftest import run_cli
from tests.console.conftest import ConsoleServer, sign_in

pytestmark = pytest.mark.slow


def _token(*args: str) -> str:
    code, out = run_cli("token", "create", *args)
    assert code == 0, out
    return next(ln for ln in out.splitlines() if ln.startswith("bots_"))


def _api(console: ConsoleServer, token: str | None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=console.url, headers=headers, timeout=30)


def test_a_system_starts_a_bot_and_follows_its_run(console: ConsoleServer, tmp_path: Path) -> None:
    token = _token("--name", "erp", "--bot", "items_bot", "--role", "operator")
    assert token.startswith("bots_") and token not in run_cli("token", "list")[1]
    api = _api(console, token)
    r = api.post(
        "/api/bots/items_bot/runs",
        json={"params": {"keys": ["a", "b", "c"], "review": "c", "marker_dir": str(tmp_path)}},
    )
    assert r.status_code == 201, r.text
    run_id = r.json()["run_id"]
    deadline = time.monotonic() + 60
    while (doc := api.get(f"/api/runs/{run_id}").json())["status"] not in ("succeeded", "failed"):
        assert time.monotonic() < deadline, doc
        time.sleep(0.2)
    assert (doc["status"], doc["trigger"], doc["items"]["done"], doc["items"]["review"]) == (
        "succeeded",
        "api",
        2,
        1,
    )
    assert "folder" not in doc  # no path of the server's disk
    items = api.get(f"/api/runs/{run_id}/items", params={"status": "review"}).json()
    assert [i["key"] for i in items] == ["c"]
    run = Store().get_run(run_id)
    assert run is not None and run.trigger == "api"
    # refused before anything is recorded, with the reason
    r = api.post("/api/bots/items_bot/runs", json={"params": {"keys": "a", "bogus": "1"}})
    assert r.status_code == 422 and "bogus" in r.json()["error"]
    assert len(Store().list_runs(bot="items_bot")) == 1
    assert api.post("/api/bots/items_bot/runs", content=b"{not json").status_code == 400
    code, out = run_cli("audit", "--json")
    assert '"token:erp"' in out and '"run bot"' in out


def test_wrong_revoked_viewer_and_out_of_scope_tokens_are_refused(
    console: ConsoleServer,
) -> None:
    assert _api(console, None).get("/api/runs/x").status_code == 401
    assert _api(console, "bots_not-a-real-token").get("/api/runs/x").status_code == 401
    viewer = _token("--name", "dashboard", "--role", "viewer")
    r = _api(console, viewer).post("/api/bots/noop/runs", json={})
    assert r.status_code == 403 and "operator" in r.json()["error"]
    scoped = _token("--name", "erp", "--bot", "items_bot")
    r = _api(console, scoped).post("/api/bots/noop/runs", json={})
    assert r.status_code == 403 and "not scoped" in r.json()["error"]
    r = _api(console, scoped).post("/api/bots/nope/runs", json={})
    assert r.status_code == 404
    token_id = run_cli("token", "list", "--json")[1].split('"id": ')[2].split(",")[0]
    assert run_cli("token", "revoke", token_id)[0] == 0
    r = _api(console, scoped).post("/api/bots/items_bot/runs", json={})
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert Store().list_runs() == []
    # a signed-in console session may call it too, with its CSRF token
    session = console.client("olga")
    assert session.post("/api/bots/noop/runs", json={}).status_code == 403
    r = session.post(
        "/api/bots/noop/runs", json={}, headers={"X-CSRF-Token": console.csrf(session)}
    )
    assert r.status_code == 201


def test_the_api_page_describes_the_endpoints(console: ConsoleServer, page: Any) -> None:
    sign_in(page, console, "vic")
    page.goto(console.url + "/api")
    text = page.inner_text("table")
    for path in ("/api/bots/{name}/runs", "/api/runs/{run_id}", "/api/runs/{run_id}/items"):
        assert path in text
    page.screenshot(path=str(console.shots / "api.png"), full_page=True)
    spec = console.client("vic").get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.") and "/api/runs/{run_id}" in spec["paths"]
