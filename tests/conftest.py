"""Shared fixtures: an isolated BOTS_HOME per test, one demo portal per session, one headless
Chromium for the tests that print their own pages."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import INVOICES

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# The real invoice corpus is part of the checkout (see tests/data/invoices/README.md). A
# checkout without it is broken: fail loudly rather than skip the tests that need it.
assert (INVOICES / "manifest.json").is_file() and (INVOICES / "dev").is_dir(), (
    f"the real invoice corpus is missing from {INVOICES}; it is part of the repository "
    "(git checkout -- tests/data/invoices)"
)
BIN = Path(sys.executable).parent
# `bots run` here runs in its own process, as it does without a resident runner: a runner per
# test's BOTS_HOME would outlive the test. tests/robot_lib/test_resident.py turns it on.
os.environ["BOTS_RESIDENT"] = "0"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh BOTS_HOME, credentials file and schedules folder for one test."""
    monkeypatch.setenv("BOTS_HOME", str(tmp_path / "var"))
    monkeypatch.setenv("BOTS_CREDENTIALS", str(tmp_path / "credentials.env"))
    monkeypatch.setenv("BOTS_SCHEDULES", str(tmp_path / "schedules"))
    monkeypatch.setenv("BOTS_COLOR", "0")
    monkeypatch.delenv("BOTS_DATABASE_URL", raising=False)
    monkeypatch.delenv("BOTS_VAULT_KEY", raising=False)  # the key file in BOTS_HOME counts
    return tmp_path / "var"


@pytest.fixture
def test_bots(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """BOTS_PATH pointing at the test bots in tests/fixtures/bots."""
    monkeypatch.setenv("BOTS_PATH", str(FIXTURES / "bots"))
    return FIXTURES / "bots"


@pytest.fixture(scope="session")
def portal_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One demo portal for the whole test session (fast reports, no chaos)."""
    from demo.portal.app import PortalServer, PortalSettings

    db = tmp_path_factory.mktemp("portal") / "portal.db"
    settings = PortalSettings(db_path=db, report_delay=0.5)
    with PortalServer(settings) as srv:
        yield srv


@pytest.fixture
def portal(portal_server: object) -> Iterator[object]:
    """The session's portal with chaos switched off again after each test."""
    from demo.portal.app import PortalServer

    assert isinstance(portal_server, PortalServer)
    yield portal_server
    portal_server.admin(
        "settings",
        latency_ms=0,
        error_rate=0.0,
        report_delay=0.5,
        session_ttl=600.0,
        hostile_filenames=False,
        down=False,
    )


@pytest.fixture
def portal_env(portal: object, home: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    """Credentials of the session portal in the environment (as a bot would read them)."""
    from demo.portal.app import PortalServer

    assert isinstance(portal, PortalServer)
    monkeypatch.setenv("PORTAL_URL", portal.url)
    monkeypatch.setenv("PORTAL_USERNAME", portal.settings.username)
    monkeypatch.setenv("PORTAL_PASSWORD", portal.settings.password)
    monkeypatch.setenv("PORTAL_API_TOKEN", portal.settings.api_token)
    return portal


@pytest.fixture(scope="session")
def shared_browser_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One browser for the library's browser tests (a RunContext that stays open)."""
    from robot_lib.context import RunContext

    ctx = RunContext(
        run_id="browser-tests", bot="tests", artifacts=tmp_path_factory.mktemp("browser-run")
    )
    yield ctx
    ctx.close(failed=False)
    from robot_lib import browser

    browser.shutdown()


@pytest.fixture(scope="module")
def chromium(shared_browser_ctx: object) -> Iterator[Any]:
    """The shared headless Chromium, for tests that print their own HTML pages to PDF."""
    from robot_lib.browser.launch import shared_browser

    yield shared_browser()


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
    stdin: str | None = None,
) -> tuple[int, str]:
    """Run the ``bots`` console script; returns (exit code, stdout+stderr)."""
    import subprocess

    proc = subprocess.run(
        [str(BIN / "bots"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )
    return proc.returncode, proc.stdout + proc.stderr


def start_sleeper(pidfile: Path, **popen: Any) -> subprocess.Popen[Any]:
    """``bots run sleeper`` (the test bot that hangs with a grandchild), returned once its bot
    has written its pid and its grandchild's to *pidfile*; stderr goes with stdout."""
    proc = subprocess.Popen(
        [str(BIN / "bots"), "run", "sleeper", "-p", f"pidfile={pidfile}"],
        stderr=subprocess.STDOUT,
        **popen,
    )
    deadline = time.monotonic() + 30
    while not pidfile.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return proc


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL server for the session (fails, naming the package, where none is
    installed: `make test` installs it)."""
    from tests.servers import postgres

    with postgres() as url:
        yield url
