"""The scheduler service as real processes with second-level schedules, and cron math with
a controlled clock."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from robot_lib.runtime.store import Run, Store, pid_alive
from robot_lib.scheduling.schedules import load_schedules, next_fire_times, parse_file
from tests.conftest import BIN, run_cli


def _at(seconds: float) -> str:
    return (dt.datetime.now() + dt.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S")


class Scheduler:
    """`bots scheduler start` in its own process group, its output collected."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [str(BIN / "bots"), "scheduler", "start"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
            env={**os.environ, "BOTS_SHUTDOWN_GRACE": "2", **(env or {})},
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)

    def wait_for(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not any(text in ln for ln in self.lines):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise AssertionError(f"no {text!r} in scheduler output:\n{''.join(self.lines)}")
            time.sleep(0.05)

    def started(self) -> Scheduler:
        self.wait_for("scheduler started")
        return self

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=30)

    def kill9(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    @property
    def output(self) -> str:
        return "".join(self.lines)


@pytest.fixture
def schedules(test_bots: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "schedules"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.fixture
def running() -> Iterator[list[Scheduler]]:
    started: list[Scheduler] = []
    yield started
    for s in started:
        if s.proc.poll() is None:
            s.kill9()


def _runs(schedule_id: str) -> list[Run]:
    return sorted(
        (r for r in Store().list_runs(limit=500) if r.schedule_id == schedule_id),
        key=lambda r: r.created_at,
    )


def _wait(pred: Any, timeout: float = 30, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(0.1)
    raise AssertionError(f"{what} not reached in {timeout}s")


# ---------------------------------------------------------------- schedule files


def test_validate_reports_every_problem_with_file_and_line(schedules: Path) -> None:
    (schedules / "bad.toml").write_text(
        '[[schedule]]\nid = "a"\nbot = "noop"\nevery = "1m"\n\n'
        '[[schedule]]\nid = "b"\nbot = "nope"\nevery = "1m"\n\n'
        '[[schedule]]\nid = "c"\nbot = "typed"\nevery = "1m"\nparams = { n = "x" }\n\n'
        '[[schedule]]\nid = "d"\nbot = "noop"\ncron = "61 * * * *"\n\n'
        '[[schedule]]\nid = "e"\nbot = "noop"\nevery = "1m"\ncolour = "red"\n'
    )
    (schedules / "dup.toml").write_text('[[schedule]]\nid = "a"\nbot = "noop"\nevery = "5m"\n')
    (schedules / "broken.toml").write_text('[[schedule]\nid = "x"\n')
    _, problems = load_schedules(schedules, validate_bots=True)
    text = "\n".join(problems)
    assert "broken.toml: TOML syntax error" in text
    assert (
        f"{schedules / 'dup.toml'}:2: duplicate schedule id a (also {schedules / 'bad.toml'}:2)"
        in text
    )
    assert f"{schedules / 'bad.toml'}:7: schedule b: unknown bot 'nope'" in text
    assert f"{schedules / 'bad.toml'}:12: schedule c: parameter n='x'" in text
    assert f"{schedules / 'bad.toml'}:18: schedule d:" in text
    assert f"{schedules / 'bad.toml'}:23: unknown key(s) colour" in text
    code, out = run_cli("schedule", "validate", env={"COLUMNS": "300"})
    assert code == 1 and "unknown bot 'nope'" in out


def test_cron_math_across_daylight_saving_changes(tmp_path: Path) -> None:
    f = tmp_path / "s.toml"
    f.write_text(
        '[[schedule]]\nid = "night"\nbot = "noop"\ncron = "30 2 * * *"\n'
        'timezone = "Europe/Berlin"\n\n'
        '[[schedule]]\nid = "hourly"\nbot = "noop"\ncron = "0 * * * *"\n'
        'timezone = "Europe/Berlin"\n'
    )
    (night, hourly), problems = parse_file(f)
    assert problems == []
    # spring forward 2026-03-29 02:00 -> 03:00: 02:30 does not exist that night
    spring = dt.datetime(2026, 3, 28, 12, tzinfo=dt.UTC)
    fires = next_fire_times(night, 3, spring)
    # compared as instants: that night the fire comes at 03:30 CEST (01:30 UTC), once
    assert [x.astimezone(dt.UTC).isoformat() for x in fires] == [
        "2026-03-29T01:30:00+00:00",
        "2026-03-30T00:30:00+00:00",
        "2026-03-31T00:30:00+00:00",
    ]
    # fall back 2026-10-25 03:00 -> 02:00: hourly fires stay one real hour apart
    autumn = dt.datetime(2026, 10, 24, 23, 30, tzinfo=dt.UTC)
    fires = next_fire_times(hourly, 4, autumn)
    utc = [x.astimezone(dt.UTC) for x in fires]  # same-zone subtraction ignores the fold
    gaps = {(b - a).total_seconds() for a, b in zip(utc, utc[1:], strict=False)}
    assert gaps == {3600.0}
    # 02:00 happens twice that night (CEST, then CET): an hourly job fires in both
    assert [(x.hour, x.utcoffset()) for x in fires] == [
        (2, dt.timedelta(hours=2)),
        (2, dt.timedelta(hours=1)),
        (3, dt.timedelta(hours=1)),
        (4, dt.timedelta(hours=1)),
    ]


def test_schedule_list_shows_next_fires(schedules: Path) -> None:
    (schedules / "a.toml").write_text(
        '[[schedule]]\nid = "hourly-noop"\nbot = "noop"\ncron = "0 * * * *"\ntimezone = "UTC"\n'
    )
    code, out = run_cli("schedule", "list", env={"COLUMNS": "250"})
    assert code == 0 and "hourly-noop" in out and out.count(":00:00 UTC") == 3


# ---------------------------------------------------------------- the service


@pytest.mark.slow
def test_fires_on_time_and_a_hung_bot_does_not_block_others(
    schedules: Path, tmp_path: Path, running: list[Scheduler]
) -> None:
    (schedules / "s.toml").write_text(
        '[[schedule]]\nid = "tick"\nbot = "noop"\nevery = "1s"\n\n'
        f'[[schedule]]\nid = "hang"\nbot = "sleeper"\nat = "{_at(1.5)}"\ntimeout = "3s"\n'
        f'retries = 0\nparams = {{ pidfile = "{tmp_path / "pids"}" }}\n'
    )
    s = Scheduler().started()
    running.append(s)
    hang = _wait(lambda: [r for r in _runs("hang") if r.status == "timed_out"], 30, "timeout")
    time.sleep(1.5)
    s.stop()
    ticks = [r for r in _runs("tick") if r.status == "succeeded"]
    during = [
        r
        for r in ticks
        if hang[0].started_at
        and r.started_at
        and hang[0].started_at <= r.started_at <= (hang[0].finished_at or r.started_at)
    ]
    assert len(during) >= 2, s.output  # the timetable went on while the sleeper hung
    starts = [r.started_at for r in ticks if r.started_at]
    gaps = [(b - a).total_seconds() for a, b in zip(starts, starts[1:], strict=False)]
    assert len(starts) >= 4 and max(gaps) < 2.5
    bot_pid, grandchild = (int(x) for x in (tmp_path / "pids").read_text().split())
    assert not pid_alive(bot_pid) and not pid_alive(grandchild)


@pytest.mark.slow
def test_retries_with_backoff_and_business_errors_not_retried(
    schedules: Path, running: list[Scheduler]
) -> None:
    (schedules / "s.toml").write_text(
        f'[[schedule]]\nid = "flaky"\nbot = "flaky"\nat = "{_at(1)}"\nretries = 3\n\n'
        f'[[schedule]]\nid = "bad"\nbot = "bad_data"\nat = "{_at(1)}"\nretries = 3\n'
    )
    s = Scheduler().started()
    running.append(s)
    flaky = _wait(lambda: [r for r in _runs("flaky") if r.status == "succeeded"], 30, "retries")
    bad = _wait(lambda: [r for r in _runs("bad") if r.status == "failed"], 30, "bad data run")
    s.stop()
    attempts = Store().get_attempts(flaky[0].id)
    assert [a["status"] for a in attempts] == ["failed", "failed", "succeeded"], s.output
    gaps = [
        (b["started_at"] - a["finished_at"]).total_seconds()
        for a, b in zip(attempts, attempts[1:], strict=False)
    ]
    assert 0.15 <= gaps[0] < gaps[1]  # [0.2, 0.4] with jitter: backoff grows
    assert len(Store().get_attempts(bad[0].id)) == 1


@pytest.mark.slow
def test_a_fire_while_the_bot_still_runs_is_recorded_skipped(
    schedules: Path, running: list[Scheduler]
) -> None:
    (schedules / "s.toml").write_text(
        '[[schedule]]\nid = "busy"\nbot = "slow_items"\nevery = "1s"\n'
        "params = { n = 10, delay = 0.3 }\n"
    )
    s = Scheduler().started()
    running.append(s)
    _wait(
        lambda: [r for r in _runs("busy") if "fires refused today" in (r.error or "")],
        30,
        "a second refused fire",
    )
    s.stop()
    skipped = [r for r in _runs("busy") if r.status == "skipped"]
    assert len(skipped) == 1  # refused fires: one record per schedule and day, counted
    assert "still running" in (skipped[0].error or "") and "fires refused today" in (
        skipped[0].error or ""
    )
    ran = [r for r in _runs("busy") if r.status != "skipped"]
    assert ran  # the first fire ran; the ones during it were not queued behind it
    starts = sorted(r.started_at for r in ran if r.started_at)
    assert all((b - a).total_seconds() >= 2.5 for a, b in zip(starts, starts[1:], strict=False))


@pytest.mark.slow
def test_a_second_scheduler_is_refused(schedules: Path, running: list[Scheduler]) -> None:
    first = Scheduler().started()
    running.append(first)
    second = Scheduler()
    running.append(second)
    assert second.proc.wait(timeout=30) == 1
    assert f"lock held by {os.uname().nodename} pid {first.proc.pid} since" in second.output
    code, out = run_cli("scheduler", "status", env={"COLUMNS": "200"})
    assert code == 0 and f"pid {first.proc.pid}" in out
    first.stop()


@pytest.mark.slow
def test_kill_9_then_restart(schedules: Path, running: list[Scheduler]) -> None:
    late = _at(7)  # due while the scheduler is down (it is killed about 2 s in)
    (schedules / "s.toml").write_text(
        f'[[schedule]]\nid = "long"\nbot = "slow_items"\nat = "{_at(0.5)}"\n'
        "params = { n = 60, delay = 0.2 }\n\n"
        f'[[schedule]]\nid = "late-ok"\nbot = "noop"\nat = "{late}"\nmisfire_grace = "1h"\n\n'
        f'[[schedule]]\nid = "late-missed"\nbot = "typed"\nat = "{late}"\nmisfire_grace = "1s"\n\n'
        '[[schedule]]\nid = "every"\nbot = "flaky"\nevery = "2s"\nmisfire_grace = "1h"\n'
        "params = { succeed_on = 1 }\n"
    )
    first = Scheduler().started()
    running.append(first)
    _wait(lambda: [r for r in _runs("long") if r.status == "running"], 20, "long run")
    time.sleep(0.5)
    first.kill9()
    down_at = dt.datetime.now(dt.UTC)
    assert down_at.astimezone() < dt.datetime.fromisoformat(late).astimezone(), (
        "the scheduler was killed after the late fires were due: the test proves nothing"
    )
    time.sleep(9)
    restart = dt.datetime.now(dt.UTC)
    second = Scheduler().started()
    running.append(second)
    _wait(lambda: _runs("late-ok") and _runs("late-missed"), 20, "late fires")
    time.sleep(1.5)
    second.stop()
    assert [r.status for r in _runs("long")] == ["interrupted"]
    ok = _runs("late-ok")
    assert [r.status for r in ok] == ["succeeded"] and ok[0].created_at >= restart  # once
    assert [r.status for r in _runs("late-missed")] == ["missed"]
    every = _runs("every")
    missed = [r for r in every if r.status == "missed"]
    after = [r for r in every if r.status != "missed" and r.created_at >= restart]
    # the fires of the 7 s downtime: all but the last are recorded missed, the last ran once
    assert 2 <= len(missed) <= 6, [(r.status, r.created_at) for r in every]
    assert all(down_at - dt.timedelta(seconds=2) <= r.created_at for r in missed)
    first_after = min(r.created_at for r in after)
    assert (first_after - restart).total_seconds() < 3
    assert not Store().lock_holder("scheduler")


@pytest.mark.slow
def test_reload_after_editing_a_file(schedules: Path, running: list[Scheduler]) -> None:
    s = Scheduler().started()
    running.append(s)
    (schedules / "new.toml").write_text('[[schedule]]\nid = "added"\nbot = "noop"\nevery = "1s"\n')
    _wait(lambda: len(_runs("added")) >= 2, 20, "the added schedule to fire")
    (schedules / "new.toml").unlink()
    s.wait_for('"removed": ["added"]')
    time.sleep(1.5)
    n = len(_runs("added"))
    time.sleep(2)
    assert len(_runs("added")) == n
    (schedules / "x.toml").write_text('[[schedule]]\nid = "hup"\nbot = "noop"\nevery = "1h"\n')
    code, out = run_cli("scheduler", "reload")
    assert code == 0, out
    s.wait_for('"added": ["hup"]')
    s.stop()


@pytest.mark.slow
def test_sigterm_lets_bots_finish_up_to_the_grace_then_interrupts(
    schedules: Path, running: list[Scheduler]
) -> None:
    (schedules / "s.toml").write_text(
        f'[[schedule]]\nid = "long"\nbot = "slow_items"\nat = "{_at(0.5)}"\n'
        "params = { n = 100, delay = 0.2 }\n"
    )
    s = Scheduler({"BOTS_SHUTDOWN_GRACE": "1"}).started()
    running.append(s)
    # under way: an item done (a busy machine may take longer than the grace to start one)
    _wait(lambda: [r for r in _runs("long") if r.items_done], 30, "long run's first item")
    t0 = time.monotonic()
    assert s.stop() == 0
    assert time.monotonic() - t0 < 15
    run = _runs("long")[0]
    assert run.status == "interrupted" and 0 < run.items_done < 100
    assert Store().lock_holder("scheduler") is None


@pytest.mark.slow
def test_bots_run_respects_a_scheduled_run_of_the_same_bot(
    schedules: Path, running: list[Scheduler]
) -> None:
    (schedules / "s.toml").write_text(
        f'[[schedule]]\nid = "long"\nbot = "slow_items"\nat = "{_at(0.5)}"\n'
        "params = { n = 15, delay = 0.5 }\n"
    )
    s = Scheduler().started()
    running.append(s)
    _wait(lambda: [r for r in _runs("long") if r.status == "running"], 20, "long run")
    # (the run lasts 7.5 s: a command line started on a machine busy with other work still
    # finds it running; at 3 s a loaded machine's start-up had outlasted it once)
    code, out = run_cli("run", "slow_items", "-p", "n=1")
    assert code == 1 and "already running" in out and "--wait" in out
    code, out = run_cli("run", "slow_items", "-p", "n=1", "--wait")
    assert code == 0 and "succeeded" in out
    assert _runs("long")[0].status == "succeeded"
    s.stop()


@pytest.mark.slow
def test_final_failure_is_notified(schedules: Path, running: list[Scheduler]) -> None:
    got: list[dict[str, Any]] = []

    class Hook(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            got.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *a: Any) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    (schedules / "s.toml").write_text(
        f'[[schedule]]\nid = "bad"\nbot = "bad_data"\nat = "{_at(0.5)}"\nnotify_webhook = "{url}"\n'
    )
    s = Scheduler().started()
    running.append(s)
    _wait(lambda: got, 20, "the webhook call")
    s.stop()
    server.shutdown()
    assert got[0]["bot"] == "bad_data" and got[0]["status"] == "failed"
    assert "no Email column" in got[0]["error"] and got[0]["report"].endswith("report.html")
    assert Path(got[0]["report"]).exists()


def test_digests_become_daily_jobs_and_bad_ones_are_named(
    schedules: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOTS_RETENTION", "90d")
    from robot_lib.scheduling.schedules import load_digests
    from robot_lib.scheduling.service import SchedulerService

    (schedules / "team.toml").write_text(
        '[[digest]]\nid = "ap-team"\nto = ["ap@example.com"]\nat = "07:30"\n'
        'timezone = "Europe/Berlin"\n\n'
        '[[digest]]\nid = "broken"\nto = "x@example.com"\nat = "25:00"\n\n'
        '[[schedule]]\nid = "nightly"\nbot = "noop"\ncron = "0 2 * * *"\nnotify_on = ["review"]\n'
    )
    digests, problems = load_digests(schedules)
    assert [d.id for d in digests] == ["ap-team"]
    assert len(problems) == 1 and "team.toml" in problems[0] and "HH:MM" in problems[0]
    service = SchedulerService(Store(), schedules, shutdown_grace=0)
    service.start()
    try:
        jobs = {j.id: j for j in service.jobs()}
        assert set(jobs) == {"nightly", "digest:ap-team", "housekeeping:retention"}
        assert jobs["housekeeping:retention"].kwargs == {"older_than": 90 * 86400.0}
        nrt = jobs["digest:ap-team"].next_run_time
        assert (nrt.hour, nrt.minute, str(nrt.tzinfo)) == (7, 30, "Europe/Berlin")
        rule = json.loads(jobs["nightly"].kwargs["notify"])
        assert rule["on"] == ["review"]
    finally:
        service.stop()
    bad = parse_file(
        _write(
            schedules / "bad.toml",
            '[[schedule]]\nid = "x"\nbot = "noop"\nevery = "1h"\nnotify_on = ["sometimes"]\n',
        )
    )[1]
    assert "unknown event(s) ['sometimes']" in bad[0]


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path
