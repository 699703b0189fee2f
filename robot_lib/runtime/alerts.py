"""Telling people: one alert per finished run, and a daily digest per team address.

Who is told and when travels with the run (``runs.notify``), so whichever process finishes
it (``bots run``, the scheduler, a worker on another machine) sends the same alert:

- ``on``: the events that alert, of ``failed`` (also timed out, interrupted, missed),
  ``partial``, ``review`` (items wait for a person) and ``succeeded``; default failed and
  partial. Set by a schedule's ``notify_on`` or the bot's ``@bot(notify_on=...)``.
- targets: e-mail addresses and webhook URLs from the schedule (``notify_email``,
  ``notify_webhook``), the bot (``@bot(notify=[...])``) and, for every run,
  ``BOTS_NOTIFY_EMAIL`` / ``BOTS_NOTIFY_WEBHOOK`` (comma-separated).

Mail goes through :mod:`robot_lib.mail` (SMTP settings from the credentials); a webhook gets
JSON, retried three times with backoff. Every message sent, or that could not be sent, is
a row in ``notifications``: the run history shows who was told.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from loguru import logger

from robot_lib.credentials import mask
from robot_lib.runtime.records import Run, now
from robot_lib.runtime.registry import ALERT_EVENTS, BotSpec, alert_events
from robot_lib.runtime.schema import notifications, runs
from robot_lib.runtime.store import Store

EVENTS = ALERT_EVENTS
DEFAULT_ON = ("failed", "partial")
FAILED = ("failed", "timed_out", "interrupted", "missed")
WEBHOOK_TRIES = (0.0, 1.0, 4.0)  # seconds before each try


@dataclass(frozen=True)
class AlertRule:
    """When a run alerts and whom."""

    on: tuple[str, ...] = DEFAULT_ON
    email: tuple[str, ...] = ()
    webhook: tuple[str, ...] = ()

    @classmethod
    def build(
        cls,
        on: Iterable[str] | None = None,
        targets: Iterable[str] = (),
        email: Iterable[str] = (),
        webhook: Iterable[str] = (),
    ) -> AlertRule:
        """A rule from settings; a target starting with http(s):// is a webhook, any other
        an e-mail address. Unknown events are a ``ValueError`` naming the allowed ones."""
        events = DEFAULT_ON if on is None else (alert_events(on) or ())
        mails, hooks = list(email), list(webhook)
        for t in targets:
            (hooks if t.startswith(("http://", "https://")) else mails).append(t)
        return cls(events, tuple(dict.fromkeys(mails)), tuple(dict.fromkeys(hooks)))

    def to_json(self) -> str:
        return json.dumps({"on": self.on, "email": self.email, "webhook": self.webhook})

    @classmethod
    def from_json(cls, text: str | None) -> AlertRule | None:
        if not text:
            return None
        d = json.loads(text)
        return cls(tuple(d.get("on", DEFAULT_ON)), tuple(d.get("email", ())), tuple(d["webhook"]))

    def with_environment(self) -> AlertRule:
        """Add the team-wide targets of ``BOTS_NOTIFY_EMAIL`` / ``BOTS_NOTIFY_WEBHOOK``."""
        mails = _split(os.environ.get("BOTS_NOTIFY_EMAIL"))
        hooks = _split(os.environ.get("BOTS_NOTIFY_WEBHOOK"))
        return AlertRule(
            self.on,
            tuple(dict.fromkeys([*self.email, *mails])),
            tuple(dict.fromkeys([*self.webhook, *hooks])),
        )


def rule_of(spec: BotSpec | None) -> AlertRule:
    """The bot's own rule (``@bot(notify_on=..., notify=...)``)."""
    if spec is None:
        return AlertRule()
    return AlertRule.build(on=spec.notify_on, targets=spec.notify)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def events_of(run: Run) -> set[str]:
    """What a finished run has to say: failed / partial / succeeded, and review."""
    out = set()
    if run.status in FAILED:
        out.add("failed")
    elif run.status in ("partial", "succeeded"):
        out.add(run.status)
    if run.items_review:
        out.add("review")
    return out


def console_url(run_id: str) -> str | None:
    base = os.environ.get("BOTS_CONSOLE_URL")
    return f"{base.rstrip('/')}/runs/{run_id}" if base else None


def run_message(store: Store, run: Run, limit: int = 5) -> dict[str, Any]:
    """The alert's content: counts, the first errors and reviews (by title), links."""
    rows = store.get_items(run.id)
    failed = [r for r in rows if r["status"] == "failed"][:limit]
    review = [r for r in rows if r["status"] == "review"][:limit]
    report = Path(run.run_dir) / "report.html" if run.run_dir else None
    errors = [a["error"] for a in store.get_attempts(run.id) if a["error"]]
    return {
        "event": sorted(events_of(run)),
        "bot": run.bot,
        "run_id": run.id,
        "status": run.status,
        "trigger": run.trigger,
        "schedule": run.schedule_id,
        "started_at": run.started_at.isoformat() if run.started_at else None,
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "counts": {
            "total": run.items_total,
            "done": run.items_done,
            "failed": run.items_failed,
            "review": run.items_review,
            "skipped": run.items_skipped,
        },
        "error": run.error,
        "attempt_errors": errors[-3:],
        "failed_items": [{"item": r["title"] or r["key"], "error": r["message"]} for r in failed],
        "review_items": [{"item": r["title"] or r["key"], "reason": r["message"]} for r in review],
        "report": str(report) if report else None,
        "report_url": report.resolve().as_uri() if report else None,
        "console_url": console_url(run.id),
        "host": run.host,
    }


def render_text(msg: dict[str, Any]) -> tuple[str, str]:
    """(subject, body) of a run alert for mail."""
    c = msg["counts"]
    counts = f"{c['done']} done, {c['failed']} failed, {c['review']} in review"
    subject = f"[backoffice-bots] {msg['bot']} {msg['status']}: {counts}"
    lines = [
        f"Bot:      {msg['bot']}",
        f"Run:      {msg['run_id']} ({msg['trigger']}"
        + (f", schedule {msg['schedule']})" if msg["schedule"] else ")"),
        f"Status:   {msg['status']}",
        f"Items:    {counts}, {c['skipped']} skipped" + (f" of {c['total']}" if c["total"] else ""),
    ]
    if msg["error"]:
        lines.append(f"Error:    {msg['error']}")
    if msg["failed_items"]:
        lines += ["", "First failures:"]
        lines += [f"  - {f['item']}: {f['error']}" for f in msg["failed_items"]]
    if msg["review_items"]:
        lines += ["", "Waiting for a person (review):"]
        lines += [f"  - {r['item']}: {r['reason']}" for r in msg["review_items"]]
    lines += ["", f"Report:   {msg['report_url'] or '(no run folder)'}"]
    if msg["console_url"]:
        lines.append(f"Console:  {msg['console_url']}")
    return subject, "\n".join(lines) + "\n"


def after_run(store: Store, run_id: str, default: AlertRule | None = None) -> list[dict[str, Any]]:
    """Send the alert for a finished run if its rule asks for one; returns what was sent."""
    run = store.get_run(run_id)
    if run is None:
        return []
    rule = (AlertRule.from_json(run.notify) or default or AlertRule()).with_environment()
    if not (events_of(run) & set(rule.on)) or not (rule.email or rule.webhook):
        return []
    msg = run_message(store, run)
    subject, body = render_text(msg)
    return deliver(store, "run", run.id, run.bot, rule.email, rule.webhook, subject, body, msg)


def deliver(
    store: Store,
    kind: str,
    run_id: str | None,
    bot: str | None,
    emails: Sequence[str],
    webhooks: Sequence[str],
    subject: str,
    body: str,
    payload: dict[str, Any],
) -> list[dict[str, Any]]:
    """Mail *emails* and post *payload* to *webhooks*; each outcome recorded and logged (a
    notification that cannot go out never changes the run's outcome)."""
    sent: list[dict[str, Any]] = []
    for hook in webhooks:
        error = _post(hook, {"kind": kind, **payload})
        sent.append(_record(store, kind, run_id, "webhook", hook, error))
    if emails:
        try:
            from robot_lib import mail
            from robot_lib.runtime.vault import open_secrets

            settings = mail.MailSettings.from_secrets(open_secrets(bot or "alerts", store))
            mail.send(settings, emails, subject, body)
            error = None
        except Exception as exc:
            error = mask(f"{type(exc).__name__}: {exc}")
        for address in emails:
            sent.append(_record(store, kind, run_id, "mail", address, error))
    return sent


def _post(url: str, payload: dict[str, Any]) -> str | None:
    """POST JSON with retries; None when delivered, else the last error."""
    data = json.dumps(payload, default=str).encode()
    error = None
    for wait in WEBHOOK_TRIES:
        time.sleep(wait)
        try:
            import urllib.request  # only when a webhook is posted (http.client, email)

            req = urllib.request.Request(
                url, data=data, headers={"Content-Type": "application/json"}, method="POST"
            )
            with urllib.request.urlopen(req, timeout=10) as resp:
                if 200 <= resp.status < 300:
                    return None
                error = f"HTTP {resp.status}"
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
    return mask(error or "not delivered")


def _record(
    store: Store, kind: str, run_id: str | None, channel: str, target: str, error: str | None
) -> dict[str, Any]:
    row = {
        "run_id": run_id,
        "kind": kind,
        "channel": channel,
        "target": target,
        "status": "failed" if error else "sent",
        "error": error,
        "created_at": now(),
    }
    with store.tx() as c:
        c.execute(notifications.insert().values(**row))
    where = f"run {run_id}" if run_id else kind
    if error:
        logger.error(f"{where}: {channel} alert to {target} failed: {error}")
    else:
        logger.info(f"{where}: {channel} alert sent to {target}")
    return row


def sent_for(store: Store, run_id: str) -> list[dict[str, Any]]:
    with store.engine.connect() as c:
        q = notifications.select().where(notifications.c.run_id == run_id)
        return [dict(r._mapping) for r in c.execute(q.order_by(notifications.c.id))]


# ------------------------------------------------------------------ digest
def digest(store: Store, hours: float = 24, bots: Sequence[str] | None = None) -> dict[str, Any]:
    """What happened in the last *hours* per bot (runs by status, items), the failures,
    and the items waiting for a person now (in review, not done since)."""
    since = now() - dt.timedelta(hours=hours)
    per_bot: dict[str, dict[str, Any]] = {}
    failures = []
    with store.engine.connect() as c:
        q = sa.select(runs).where(runs.c.created_at >= since).order_by(runs.c.created_at)
        if bots:
            q = q.where(runs.c.bot.in_(list(bots)))
        for r in c.execute(q):
            b = per_bot.setdefault(
                r.bot, {"runs": {}, "done": 0, "failed": 0, "review": 0, "skipped": 0}
            )
            b["runs"][r.status] = b["runs"].get(r.status, 0) + 1
            for k in ("done", "failed", "review", "skipped"):
                b[k] += getattr(r, f"items_{k}") or 0
            if r.status in (*FAILED, "partial"):
                failures.append(
                    {"bot": r.bot, "run_id": r.id, "status": r.status, "error": r.error}
                )
    waiting = store.reviews_waiting(bots)
    return {
        "since": since.isoformat(),
        "hours": hours,
        "bots": per_bot,
        "failures": failures,
        "review_waiting": waiting,
    }


def render_digest(d: dict[str, Any]) -> tuple[str, str]:
    runs_n = sum(sum(b["runs"].values()) for b in d["bots"].values())
    waiting = sum(d["review_waiting"].values())
    subject = (
        f"[backoffice-bots] daily digest: {runs_n} run(s), {len(d['failures'])} failed or "
        f"partial, {waiting} item(s) waiting for review"
    )
    lines = [f"Since {d['since']} ({d['hours']:g} h)", ""]
    if not d["bots"]:
        lines.append("No runs.")
    for bot, b in sorted(d["bots"].items()):
        statuses = ", ".join(f"{n} {s}" for s, n in sorted(b["runs"].items()))
        lines.append(
            f"{bot}: {statuses}; items {b['done']} done, {b['failed']} failed, "
            f"{b['review']} to review, {b['skipped']} skipped"
        )
    if d["failures"]:
        lines += ["", "Failed or partial runs:"]
        lines += [
            f"  - {f['bot']} {f['run_id']} {f['status']}: {f['error'] or ''}" for f in d["failures"]
        ]
    lines += ["", "Waiting for a person (review):"]
    lines += [f"  - {bot}: {n}" for bot, n in sorted(d["review_waiting"].items())] or ["  none"]
    base = os.environ.get("BOTS_CONSOLE_URL")
    if base:
        lines += ["", f"Console: {base.rstrip('/')}/"]
    return subject, "\n".join(lines) + "\n"


def send_digest(
    store: Store, targets: Sequence[str], hours: float = 24, bots: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    d = digest(store, hours, bots)
    subject, body = render_digest(d)
    rule = AlertRule.build(targets=targets)
    return deliver(store, "digest", None, None, rule.email, rule.webhook, subject, body, d)
