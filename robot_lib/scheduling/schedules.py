"""Schedule files (``schedules/*.toml``): parsing and validation with file and line."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from robot_lib import config
from robot_lib.runtime.registry import alert_events

KEYS = {
    "id",
    "bot",
    "cron",
    "every",
    "at",
    "timezone",
    "params",
    "retries",
    "jitter",
    "misfire_grace",
    "enabled",
    "timeout",
    "notify_email",
    "notify_webhook",
    "notify_on",
    "description",
    "on_file",
    "on_mail",
    "on_queue",
}
# what starts a schedule: one of the clock's keys or one event
WHENS = ("cron", "every", "at", "on_file", "on_mail", "on_queue")
EVENT_KEYS = {
    "on_file": {"path", "pattern", "settle", "poll"},
    "on_mail": {"mailbox", "from", "attachments", "every", "save_to", "move_to"},
    "on_queue": {"bot", "batch", "every"},
}
DIGEST_KEYS = {"id", "to", "at", "timezone", "bots", "hours", "enabled"}


@dataclass(frozen=True)
class Schedule:
    id: str
    bot: str
    file: str
    line: int
    cron: str | None = None
    every: float | None = None
    at: dt.datetime | None = None
    timezone: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    retries: int | None = None
    jitter: float | None = None
    misfire_grace: float = 600.0
    enabled: bool = True
    timeout: float | None = None
    notify_email: str | None = None
    notify_webhook: str | None = None
    notify_on: tuple[str, ...] | None = None
    description: str = ""
    event: str | None = None  # on_file | on_mail | on_queue (None: the clock)
    event_args: dict[str, Any] = field(default_factory=dict)  # checked, with defaults

    @property
    def kind(self) -> str:
        """The run's trigger: ``schedule`` for the clock, else ``file``, ``mail``, ``queue``."""
        return self.event[3:] if self.event else "schedule"

    def waits_for(self) -> str:
        """What an event schedule waits for, in words (``bots schedule list``)."""
        a = self.event_args
        if self.event == "on_file":
            how = "polled" if a["poll"] else "watched"
            return f"files {a['pattern']} in {a['path']} ({how}, settle {a['settle']:g}s)"
        if self.event == "on_mail":
            return (
                f"mail in {a['mailbox']} from {a['from']} with {a['attachments']} "
                f"(every {a['every']:g}s)"
            )
        if self.event == "on_queue":
            return f"items handed to {a['bot']} (up to {a['batch']} per run)"
        return ""

    def alert_rule(self, spec_on: tuple[str, ...] | None, spec_targets: tuple[str, ...]) -> str:
        """The runs' alert rule (JSON): the schedule's events win over the bot's; targets
        are the schedule's and the bot's."""
        from robot_lib.runtime.alerts import AlertRule

        targets = [t for t in (self.notify_email, self.notify_webhook) if t]
        on = self.notify_on if self.notify_on is not None else spec_on
        return AlertRule.build(on=on, targets=[*targets, *spec_targets]).to_json()

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def fingerprint(self) -> str:
        """A stable text of everything that defines the job (to detect changes)."""
        import json

        d = {k: getattr(self, k) for k in self.__dataclass_fields__ if k not in ("file", "line")}
        return json.dumps(d, sort_keys=True, default=str)

    def trigger(self) -> Any:
        """The APScheduler 3 trigger for this schedule (None: started by an event)."""
        from apscheduler.triggers.cron import CronTrigger
        from apscheduler.triggers.date import DateTrigger
        from apscheduler.triggers.interval import IntervalTrigger

        if self.event:
            return None
        tz = self.timezone or _local_zone()
        if self.cron:
            return CronTrigger.from_crontab(self.cron, timezone=tz)
        if self.every:
            return IntervalTrigger(seconds=self.every, timezone=tz)
        assert self.at is not None
        return DateTrigger(run_date=self.at, timezone=tz)


def _local_zone() -> Any:
    from tzlocal import get_localzone

    return get_localzone()


def _line_of(text: str, sched_id: str, index: int) -> int:
    m = re.search(r'^\s*id\s*=\s*["\']' + re.escape(sched_id) + r'["\']', text, re.M)
    if m:
        return text.count("\n", 0, m.start()) + 1
    starts = [m.start() for m in re.finditer(r"^\s*\[\[schedule\]\]", text, re.M)]
    if index < len(starts):
        return text.count("\n", 0, starts[index]) + 1
    return 1


def parse_file(path: Path) -> tuple[list[Schedule], list[str]]:
    """Parse one file; returns (schedules, problems as 'file:line: message')."""
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], [f"{path}: TOML syntax error: {exc}"]
    problems: list[str] = []
    out: list[Schedule] = []
    unknown_top = set(data) - {"schedule", "digest"}
    if unknown_top:
        problems.append(f"{path}:1: unknown top-level key(s): {', '.join(sorted(unknown_top))}")
    for i, entry in enumerate(data.get("schedule", [])):
        sid = str(entry.get("id", ""))
        line = _line_of(text, sid, i) if sid else _line_of(text, "\0", i)
        where = f"{path}:{line}"
        unknown = set(entry) - KEYS
        if unknown:
            problems.append(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
            continue
        if not sid:
            problems.append(f"{where}: schedule without an id")
            continue
        if not entry.get("bot"):
            problems.append(f"{where}: schedule {sid} names no bot")
            continue
        whens = [k for k in WHENS if k in entry]
        if len(whens) != 1:
            problems.append(f"{where}: schedule {sid} needs exactly one of {', '.join(WHENS)}")
            continue
        event = whens[0] if whens[0].startswith("on_") else None
        try:
            event_args = _event_args(event, entry) if event else {}
        except ValueError as exc:
            problems.append(f"{where}: schedule {sid}: {event}: {exc}")
            continue
        try:
            at = entry.get("at")
            if isinstance(at, str):
                at = dt.datetime.fromisoformat(at)
            elif isinstance(at, dt.date) and not isinstance(at, dt.datetime):
                at = dt.datetime.combine(at, dt.time())
            sched = Schedule(
                id=sid,
                bot=str(entry["bot"]),
                file=str(path),
                line=line,
                cron=entry.get("cron"),
                every=config.parse_duration(entry.get("every")),
                at=at,
                timezone=entry.get("timezone"),
                params={k: _param_text(v) for k, v in dict(entry.get("params", {})).items()},
                retries=int(entry["retries"]) if "retries" in entry else None,
                jitter=config.parse_duration(entry.get("jitter")),
                misfire_grace=config.parse_duration(entry.get("misfire_grace", "10m")) or 0.0,
                enabled=bool(entry.get("enabled", True)),
                timeout=config.parse_duration(entry.get("timeout")),
                notify_email=entry.get("notify_email"),
                notify_webhook=entry.get("notify_webhook"),
                notify_on=alert_events(entry.get("notify_on")),
                description=str(entry.get("description", "")),
                event=event,
                event_args=event_args,
            )
            sched.trigger()  # validates cron expressions and time zones
        except Exception as exc:
            problems.append(f"{where}: schedule {sid}: {exc}")
            continue
        out.append(sched)
    return out, problems


def _event_args(event: str, entry: dict[str, Any]) -> dict[str, Any]:
    """The keys of an ``on_*`` table, checked, with their defaults (ValueError: what is
    wrong)."""
    raw = entry[event]
    if not isinstance(raw, dict):
        raise ValueError('is a table: on_file = { path = "..." }')
    unknown = set(raw) - EVENT_KEYS[event]
    if unknown:
        raise ValueError(
            f"unknown key(s) {', '.join(sorted(unknown))} "
            f"(known: {', '.join(sorted(EVENT_KEYS[event]))})"
        )

    def duration(key: str, default: str) -> float:
        value = config.parse_duration(raw.get(key, default))
        if value is None or value < 0:
            raise ValueError(f"{key} must be a duration like 5s or 1m")
        return value

    if event == "on_file":
        if not raw.get("path"):
            raise ValueError("path (the folder to watch) is required")
        path = Path(str(raw["path"])).expanduser()
        poll = raw.get("poll", "auto")
        if poll not in (True, False, "auto"):
            raise ValueError('poll is true, false or "auto" (network shares are polled)')
        if poll == "auto":
            from robot_lib.scheduling.triggers.files import on_network_share

            poll = on_network_share(path)
        return {
            "path": str(path.resolve()),
            "pattern": str(raw.get("pattern", "*")),
            "settle": duration("settle", "5s"),
            "poll": bool(poll),
        }
    if event == "on_mail":
        every = duration("every", "1m")
        if every < 5:
            raise ValueError("every is at least 5s (a mail server is not to be hammered)")
        save_to = raw.get("save_to") or entry.get("params", {}).get("inbox")
        if not save_to:
            raise ValueError("save_to (the folder for the attachments) is required")
        return {
            "mailbox": str(raw.get("mailbox", "INBOX")),
            "from": str(raw.get("from", "*")),
            "attachments": str(raw.get("attachments", "*")),
            "every": every,
            "save_to": str(Path(str(save_to)).expanduser().resolve()),
            "move_to": str(raw["move_to"]) if raw.get("move_to") else None,
        }
    batch = raw.get("batch", 50)
    if not isinstance(batch, int) or isinstance(batch, bool) or batch < 1:
        raise ValueError("batch is a whole number of items, at least 1")
    if raw.get("bot", entry["bot"]) != entry["bot"]:
        raise ValueError(f"bot is the schedule's bot ({entry['bot']}): a bot takes its own queue")
    return {
        "bot": str(raw.get("bot") or entry["bot"]),
        "batch": batch,
        "every": duration("every", "2s"),
    }


@dataclass(frozen=True)
class Digest:
    """A daily summary for a team (``[[digest]]`` in a schedule file)."""

    id: str
    to: tuple[str, ...]
    at: str  # HH:MM
    file: str
    line: int
    timezone: str | None = None
    bots: tuple[str, ...] = ()
    hours: float = 24.0
    enabled: bool = True

    def trigger(self) -> Any:
        from apscheduler.triggers.cron import CronTrigger

        hour, minute = self.at.split(":")
        return CronTrigger(
            hour=int(hour), minute=int(minute), timezone=self.timezone or _local_zone()
        )

    def fingerprint(self) -> str:
        import json

        d = {k: getattr(self, k) for k in self.__dataclass_fields__ if k not in ("file", "line")}
        return json.dumps(d, sort_keys=True, default=str)


def _digests(path: Path, text: str, data: dict[str, Any]) -> tuple[list[Digest], list[str]]:
    out, problems = [], []
    for i, entry in enumerate(data.get("digest", [])):
        did = str(entry.get("id", ""))
        line = _line_of(text, did, 10_000 + i) if did else 1
        where = f"{path}:{line}"
        unknown = set(entry) - DIGEST_KEYS
        if unknown:
            problems.append(f"{where}: digest: unknown key(s) {', '.join(sorted(unknown))}")
            continue
        to = entry.get("to")
        to = [to] if isinstance(to, str) else list(to or [])
        at = str(entry.get("at", ""))
        if not did or not to or not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", at):
            problems.append(
                f'{where}: a digest needs id, to (addresses or webhook URLs) and at = "HH:MM"'
            )
            continue
        try:
            d = Digest(
                id=did,
                to=tuple(str(t) for t in to),
                at=at,
                file=str(path),
                line=line,
                timezone=entry.get("timezone"),
                bots=tuple(entry.get("bots", ())),
                hours=float(entry.get("hours", 24)),
                enabled=bool(entry.get("enabled", True)),
            )
            d.trigger()
        except Exception as exc:
            problems.append(f"{where}: digest {did}: {exc}")
            continue
        out.append(d)
    return out, problems


def load_digests(directory: Path | None = None) -> tuple[list[Digest], list[str]]:
    """Every ``[[digest]]`` of every schedule file."""
    directory = directory or config.schedules_dir()
    found: list[Digest] = []
    problems: list[str] = []
    for path in sorted(directory.glob("*.toml")) if directory.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            continue  # parse_file reports it
        d, p = _digests(path, text, data)
        found += d
        problems += p
    return found, problems


def _param_text(v: Any) -> str:
    if isinstance(v, list):
        return ",".join(str(x) for x in v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def load_schedules(
    directory: Path | None = None, validate_bots: bool = False
) -> tuple[list[Schedule], list[str]]:
    """Every schedule of every ``*.toml`` file; problems include duplicate ids and, with
    *validate_bots*, unknown bots and parameters the bot refuses."""
    directory = directory or config.schedules_dir()
    schedules: list[Schedule] = []
    problems: list[str] = []
    seen: dict[str, Schedule] = {}
    for path in sorted(directory.glob("*.toml")) if directory.is_dir() else []:
        found, probs = parse_file(path)
        problems += probs
        for s in found:
            if s.id in seen:
                problems.append(
                    f"{s.where}: duplicate schedule id {s.id} (also {seen[s.id].where})"
                )
                continue
            seen[s.id] = s
            schedules.append(s)
    if validate_bots:
        from robot_lib.runtime.registry import discover

        bots = discover().bots
        ok = []
        for s in schedules:
            spec = bots.get(s.bot)
            if spec is None:
                problems.append(f"{s.where}: schedule {s.id}: unknown bot {s.bot!r}")
                continue
            try:
                spec.convert_params(s.params)
            except Exception as exc:
                problems.append(f"{s.where}: schedule {s.id}: {exc}")
                continue
            ok.append(s)
        schedules = ok
    return schedules, problems


def schedules_by_bot() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    try:
        found, _ = load_schedules()
    except OSError:
        return out
    for s in found:
        out.setdefault(s.bot, []).append(s.id)
    return out


def next_fire_times(s: Schedule, n: int, start: dt.datetime) -> list[dt.datetime]:
    """The next *n* fire times of *s* after *start* (jitter not applied; none for a schedule
    started by an event)."""
    trig = s.trigger()
    out: list[dt.datetime] = []
    if trig is None:
        return out
    prev = None
    t = start
    while len(out) < n:
        nxt = trig.get_next_fire_time(prev, t)
        if nxt is None:
            break
        out.append(nxt)
        # step in UTC: local wall-clock arithmetic goes wrong across a DST fold
        prev, t = nxt, nxt.astimezone(dt.UTC) + dt.timedelta(seconds=1)
    return out
