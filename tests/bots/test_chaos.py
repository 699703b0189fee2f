"""The chaos suite, small: the real bots against the real portal in real Chromium while
the world breaks. Full-size figures: ``benchmarks/chaos.py`` (``benchmarks/RESULTS.md``)."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from tests import chaos
from tests.conftest import BIN

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_portal_down_from_the_start(
    bots_env: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Connection refused: three rows in a row fail, the attempt stops, the other rows are
    untouched and reported `not attempted`, the run is retried as a whole, then fails."""
    monkeypatch.setenv("PORTAL_URL", f"http://127.0.0.1:{_closed_port()}")
    o = chaos.data_entry(bots_env, tmp_path, "down", rows=8, seed=601, retries=1, delay=0.2)
    assert o.status == "failed" and (o.lost, o.twice) == (0, 0), o.output
    assert o.failed_items == 6, o.output  # 3 per attempt, 2 attempts: the breaker
    assert "3 items in a row failed the same way; 5 not attempted" in o.output
    assert o.lines_per_failed_item <= 2, o.output
    assert "Traceback" not in o.output and "Call log" not in o.output
    assert o.stop_seconds is not None


def test_portal_down_mid_run_comes_back(bots_env: Any, tmp_path: Path) -> None:
    """The portal answers 503 for a few seconds after two rows: the attempt stops, the
    run's next attempt finishes the rest; each row entered exactly once."""
    from demo.sample_customers import customer_rows

    emails = [r["Email"] for r in customer_rows(8, 602, "x602")]
    bots_env.admin("settings", latency_ms=150)
    o = chaos.data_entry(
        bots_env,
        tmp_path,
        "blip",
        rows=8,
        seed=602,
        retries=3,
        delay=2.0,
        during=chaos.down_after(2, lambda: emails, 2.5),
    )
    assert o.status == "succeeded" and (o.lost, o.twice) == (0, 0), o.output + str(o.notes)
    log = (Path(o.run_dir) / "run.log").read_text()
    assert "HTTP 503" in log  # the outage happened; its tries are in run.log, not the console


def test_wrong_password_stops_at_once_without_locking_the_account(
    bots_env: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PORTAL_PASSWORD", "not-the-Password-1")
    o = chaos.data_entry(bots_env, tmp_path, "wrongpw", rows=6, seed=603, retries=2)
    assert o.status == "failed" and (o.lost, o.twice) == (0, 0)
    assert "login as demo failed" in o.output and "not-the-Password-1" not in o.output
    assert o.output.count("attempt 1 failed (config error)") == 1
    assert "attempt 2" not in o.output  # no retry until the credential changes
    monkeypatch.setenv("PORTAL_PASSWORD", bots_env.settings.password)
    ok = chaos.data_entry(bots_env, tmp_path, "rightpw", rows=2, seed=604)
    assert ok.status == "succeeded", ok.output  # one wrong try did not lock the account


def test_missing_credential_fails_at_once_naming_the_file(
    bots_env: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PORTAL_PASSWORD")
    o = chaos.data_entry(bots_env, tmp_path, "nocred", rows=5, seed=605, retries=2)
    assert o.status == "failed" and (o.lost, o.twice) == (0, 0)
    assert "credential PORTAL_PASSWORD is not set" in o.output
    assert str(tmp_path / "credentials.env") in o.output
    assert "attempt 2" not in o.output and len(o.output.splitlines()) <= 8, o.output


def test_flaky_slow_portal_loses_nothing_and_enters_nothing_twice(
    bots_env: Any, home: Path, tmp_path: Path
) -> None:
    """20% of requests answer 500 (half of the failed POSTs after saving), 200 ms each."""
    bots_env.admin("settings", error_rate=0.2, latency_ms=200)
    rows = chaos.data_entry(bots_env, tmp_path, "flaky", rows=8, seed=606, retries=3)
    inv = chaos.invoices(bots_env, home, tmp_path, "flaky invoices", count=3, seed=607, retries=3)
    bots_env.admin("settings", error_rate=0.0, latency_ms=0)
    for o in (rows, inv):
        assert (o.lost, o.twice) == (0, 0), o.output + str(o.notes)
        assert o.status == "succeeded", o.output


def test_invoice_bot_killed_at_random_moments(bots_env: Any, home: Path, tmp_path: Path) -> None:
    bots_env.admin("settings", latency_ms=100)
    o = chaos.invoices_killed(
        bots_env, home, tmp_path, count=4, kills=2, seed=608, bots=BIN / "bots"
    )
    bots_env.admin("settings", latency_ms=0)
    assert o.status == "succeeded" and (o.lost, o.twice) == (0, 0), o.output + str(o.notes)
    # the killed attempts' browser profiles (cookies, history) were in their own folders, and
    # the run to the end removed them with its own
    from robot_lib.runtime import scratch

    assert scratch.folders() == []
