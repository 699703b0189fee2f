"""A real console server on a free port (uvicorn in a thread) over a fresh run history."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

PASSWORDS = {"ada": "admin-password-1", "olga": "operator-pass-2", "vic": "viewer-pass-33"}


@dataclass
class ConsoleServer:
    url: str
    shots: Path

    def client(self, user: str | None = None) -> httpx.Client:
        c = httpx.Client(base_url=self.url, follow_redirects=False, timeout=30)
        if user:
            r = c.get("/login")
            token = re.search(r'name="csrf" value="([^"]+)"', r.text)
            assert token
            r = c.post(
                "/login?next=/",
                data={"csrf": token.group(1), "name": user, "password": PASSWORDS[user]},
            )
            assert r.status_code == 303, r.text
        return c

    @staticmethod
    def csrf(c: httpx.Client, path: str = "/") -> str:
        m = re.search(r'name="csrf" value="([^"]+)"', c.get(path).text)
        assert m
        return m.group(1)


@pytest.fixture
def console(test_bots: Path, home: Path, tmp_path: Path) -> Iterator[ConsoleServer]:
    import uvicorn

    from robot_lib.console.app import create_app
    from robot_lib.console.auth import add_user
    from robot_lib.runtime.store import Store

    store = Store()
    add_user(store, "ada", PASSWORDS["ada"], "admin")
    add_user(store, "olga", PASSWORDS["olga"], "operator")
    add_user(store, "vic", PASSWORDS["vic"], "viewer")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    shots = Path(__file__).resolve().parents[2] / "var" / "test-screenshots" / "console"
    shots.mkdir(parents=True, exist_ok=True)
    yield ConsoleServer(f"http://127.0.0.1:{port}", shots)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(console: ConsoleServer) -> Iterator[Any]:
    from robot_lib.browser.launch import shared_browser

    context = shared_browser().new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()


def sign_in(page: Any, console: ConsoleServer, user: str) -> None:
    page.goto(console.url + "/")
    page.fill("input[name=name]", user)
    page.fill("input[name=password]", PASSWORDS[user])
    with page.expect_navigation():
        page.click("button[type=submit]")
