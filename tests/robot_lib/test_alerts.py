"""Alerts and the daily digest: a real SMTP server (aiosmtpd) and a local webhook receiver
that fails its first call."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from robot_lib.runtime import alerts
from robot_lib.runtime.runner import Runner
from robot_lib.runtime.store import Store
from tests.conftest import run_cli
from tests.mailservers import Smtp, smtp_server


class Hook:
    """A webhook receiver on a free port; answers 500 to its first *fail_first* calls."""

    def __init__(self, fail_first: int = 0) -> None:
        self.got: list[dict[str, Any]] = []
        self.calls = 0
        hook = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                hook.calls += 1
                if hook.calls <= fail_first:
                    self.send_response(500)
                else:
                    hook.got.append(json.loads(body))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *a: Any) -> None:
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"


@pytest.fixture
def hook() -> Iterator[Hook]:
    h = Hook(fail_first=1)
    yield h
    h.server.shutdown()


@pytest.fixture
def smtp(home: Path, tmp_path: Path) -> Iterator[Smtp]:
    with smtp_server() as box:
        (tmp_path / "credentials.env").write_text(
            f"MAIL_SMTP_SERVER={box.host}\nMAIL_SMTP_PORT={box.port}\n"
            "MAIL_FROM=bots@example.com\nMAIL_SMTP_AUTH=false\n"
        )
        yield box


def _run(name: str, params: dict[str, str] | None = None) -> tuple[Any, list[str]]:
    lines: list[str] = []
    return Runner(Store(), on_line=lines.append).run(name, params or {}), lines


def test_a_run_whose_items_all_failed_alerts_once_with_titles_and_links(
    test_bots: Path, tmp_path: Path, hook: Hook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two attempts, every item failed: one message for the run (not per attempt or item),
    delivered although the receiver failed the first call."""
    monkeypatch.setenv("BOTS_NOTIFY_WEBHOOK", hook.url)
    monkeypatch.setenv("BOTS_CONSOLE_URL", "http://ops.example:8780")
    marks = tmp_path / "marks"
    marks.mkdir()
    run, lines = _run("noisy_items", {"n": "3"})
    assert run.status == "failed"
    assert hook.calls == 2 and len(hook.got) == 1  # retried after the 500
    msg = hook.got[0]
    assert (msg["kind"], msg["bot"], msg["status"], msg["event"]) == (
        "run",
        "noisy_items",
        "failed",
        ["failed"],
    )
    assert msg["counts"]["failed"] == 3
    assert [f["item"] for f in msg["failed_items"]] == ["file-0.pdf", "file-1.pdf", "file-2.pdf"]
    assert msg["report_url"].startswith("file://") and msg["report_url"].endswith("report.html")
    assert msg["console_url"] == f"http://ops.example:8780/runs/{run.id}"
    sent = alerts.sent_for(Store(), run.id)
    assert [(s["channel"], s["status"]) for s in sent] == [("webhook", "sent")]
    assert any("alert sent to" in ln for ln in lines)


def test_review_alerts_only_bots_that_ask_and_mail_goes_through_smtp(
    test_bots: Path, smtp: Smtp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("BOTS_NOTIFY_EMAIL", "ap-team@example.com")
    quiet, _ = _run("items_bot", {"keys": "a,b", "review": "b", "marker_dir": str(tmp_path)})
    assert quiet.status == "succeeded" and quiet.items_review == 1
    assert smtp.received == []  # default rule: failed and partial only
    run, _ = _run("needs_review")
    assert run.status == "succeeded" and run.items_review == 2
    assert len(smtp.received) == 1
    mail = smtp.received[0]
    assert mail["To"] == "ap-team@example.com"
    assert "needs_review succeeded: 1 done, 0 failed, 2 in review" in mail["Subject"]
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert "scan-r1.pdf: r1: totals do not add up" in body and "report.html" in body
    assert [s["status"] for s in alerts.sent_for(Store(), run.id)] == ["sent"]


def test_an_unreachable_target_is_recorded_and_never_changes_the_run(
    test_bots: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(alerts, "WEBHOOK_TRIES", (0.0, 0.1))
    monkeypatch.setenv("BOTS_NOTIFY_WEBHOOK", "http://127.0.0.1:9/nothing-listens")
    run, lines = _run("noisy_items", {"n": "1"})
    assert run.status == "failed"
    sent = alerts.sent_for(Store(), run.id)
    assert [(s["status"], "Connection refused" in (s["error"] or "")) for s in sent] == [
        ("failed", True)
    ]
    assert any("alert FAILED for" in ln for ln in lines)


def test_digest_counts_runs_failures_and_reviews_waiting(
    test_bots: Path, smtp: Smtp, hook: Hook
) -> None:
    _run("needs_review")
    _run("noisy_items", {"n": "2"})
    d = alerts.digest(Store(), hours=1)
    assert d["bots"]["needs_review"]["runs"] == {"succeeded": 1}
    assert d["bots"]["noisy_items"]["failed"] == 2
    assert [f["bot"] for f in d["failures"]] == ["noisy_items"]
    assert d["review_waiting"] == {"needs_review": 2}
    code, out = run_cli("digest", "--hours", "1", "--send", "team@example.com", "--send", hook.url)
    assert code == 0, out
    assert "1 failed or partial, 2 item(s) waiting for review" in out
    assert "needs_review: 1 succeeded" in out
    assert [m["To"] for m in smtp.received] == ["team@example.com"]
    assert hook.got[-1]["kind"] == "digest" and hook.got[-1]["review_waiting"] == {
        "needs_review": 2
    }
