"""The CLI as scripts and operators use it: never a terminal here (a subprocess with a
pipe), so tables are tab-separated with full values; --json parsed and checked against the
store; bad option values refused; cancel, pause/resume/trigger, items, prune, describe."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from robot_lib.runtime.store import Store
from tests.conftest import BIN, ROOT, run_cli

pytestmark = pytest.mark.slow


@pytest.fixture
def schedules_dir(test_bots: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "schedules"
    folder.mkdir(exist_ok=True)
    return folder


def _json(*args: str, env: dict[str, str] | None = None) -> Any:
    code, out = run_cli(*args, "--json", env=env)
    assert code in (0, 1), out
    return json.loads(out)


def test_piped_tables_keep_whole_ids_and_json_matches_the_store(
    test_bots: Path, tmp_path: Path
) -> None:
    for _ in range(2):
        run_cli("run", "noop")
    run_cli("run", "items_bot", "-p", "keys=a,b", "-p", "review=b", "-p", f"marker_dir={tmp_path}")
    store = Store()
    runs = store.list_runs(limit=10)
    code, out = run_cli("runs", env={"COLUMNS": "40"})  # narrow, and not a terminal
    lines = out.splitlines()
    assert code == 0 and lines[0].split("\t")[:3] == ["run", "bot", "status"]
    assert [ln.split("\t")[0] for ln in lines[1:]] == [r.id for r in runs]
    assert {ln.split("\t")[2] for ln in lines[1:]} == {"succeeded"}
    docs = _json("runs", "--limit", "2")
    assert [d["id"] for d in docs] == [r.id for r in runs[:2]]
    first = docs[0]
    assert first["bot"] == "items_bot" and first["items"] == {
        "total": 2,
        "done": 1,
        "failed": 0,
        "review": 1,
        "skipped": 0,
    }
    assert dt.datetime.fromisoformat(first["created_at"]) == runs[0].created_at
    shown = _json("show", runs[0].id)
    assert shown["attempts"][0]["status"] == "succeeded"
    assert [i["title"] for i in shown["item_list"]] == ["a", "b"]
    items = _json("items", "items_bot", "--status", "review")
    assert [(i["key"], i["run"]) for i in items] == [("b", runs[0].id)]
    listed = _json("list")
    by_name = {b["name"]: b for b in listed["bots"]}
    assert by_name["noop"]["last_run"]["id"] == runs[1].id


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("runs", "--status", "bogus"), "--status 'bogus' is not one of: queued, running"),
        (("run", "noop", "--retries", "-1"), "--retries"),
        (("runs", "--limit", "0"), "--limit"),
        (("items", "noop", "--status", "later"), "is not one of: running, done"),
        (("prune", "--older-than", "soon"), "not a duration"),
        (("run", "typed", "-p", "day=2026-13-01"), "a date as YYYY-MM-DD"),
    ],
)
def test_bad_option_values_are_refused_with_what_is_allowed(
    test_bots: Path, args: tuple[str, ...], says: str
) -> None:
    code, out = run_cli(*args)
    assert code == 2 and says in out, out
    assert Store().list_runs() == []  # refused before anything was recorded


def test_describe_shows_params_choices_help_and_credentials() -> None:
    env = {"BOTS_PATH": str(ROOT / "bots")}
    doc = _json("describe", "report_download", env=env)
    period = next(p for p in doc["params"] if p["name"] == "period")
    assert period["choices"] == ["yesterday", "last-week", "last-month", "month-to-date"]
    assert period["default"] == "yesterday" and "relative to today" in period["help"]
    assert [c["name"] for c in doc["credentials"]] == [
        "PORTAL_URL",
        "PORTAL_USERNAME",
        "PORTAL_PASSWORD",
    ]
    assert doc["manual_minutes"] == 4
    code, out = run_cli("run", "report_download", "-p", "formats=xlsx,doc", env=env)
    assert code == 2 and "unknown format(s) doc" in out  # the bot's own check, before a run
    code, out = run_cli("describe", "data_entry", env=env)
    assert code == 0 and "one of: native, simulate" in out and "workbook" in out


def _pids_under(pid: int) -> set[int]:
    from robot_lib.runtime.process import _descendants

    return set(_descendants(pid))


@pytest.mark.browser
def test_cancel_stops_a_run_and_its_browser(test_bots: Path) -> None:
    proc = subprocess.Popen(
        [str(BIN / "bots"), "run", "browsing_slowly"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if "browser open" in line:
                break
        tree = _pids_under(proc.pid)
        chromium = [p for p in tree if "chrom" in Path(f"/proc/{p}/comm").read_text()]
        assert chromium
        run = Store().list_runs(bot="browsing_slowly", limit=1)[0]
        code, out = run_cli("cancel", run.id)
        assert code == 0 and "cancelled" in out, out
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    final = Store().get_run(run.id)
    assert (
        final is not None and final.status == "cancelled" and "cancelled by" in (final.error or "")
    )
    from tests.servers import running

    assert running(chromium) == []
    code, out = run_cli("cancel", run.id)
    assert code == 1 and "already ended" in out


def test_schedule_pause_resume_trigger(schedules_dir: Path) -> None:
    from robot_lib.scheduling.service import SchedulerService

    (schedules_dir / "s.toml").write_text(
        '[[schedule]]\nid = "hourly"\nbot = "noop"\ncron = "0 * * * *"\n'
    )
    service = SchedulerService(Store(), schedules_dir, shutdown_grace=0)
    service.start()
    try:
        code, out = run_cli("schedule", "pause", "hourly")
        assert code == 0 and "paused" in out
        _until(lambda: service.sched.get_job("hourly").next_run_time is None)
        code, out = run_cli("schedule", "resume", "hourly")
        assert code == 0
        _until(lambda: service.sched.get_job("hourly").next_run_time is not None)
        run_cli("schedule", "pause", "hourly")
    finally:
        service.stop()
    again = SchedulerService(Store(), schedules_dir, shutdown_grace=0)
    again.start()
    try:  # the pause outlives the scheduler
        _until(lambda: again.sched.get_job("hourly").next_run_time is None)
    finally:
        again.stop()
    code, out = run_cli("schedule", "trigger", "hourly")
    assert code == 0, out
    run = Store().list_runs(bot="noop", limit=1)[0]
    assert (run.status, run.schedule_id) == ("succeeded", "hourly")
    code, out = run_cli("schedule", "trigger", "nope")
    assert code == 2 and "no schedule 'nope' (schedules: hourly)" in out
    doc = _json("scheduler", "status")
    assert doc == {"running": False, "holder": None, "jobs": []}


def _until(check: Any, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "not in time"
        time.sleep(0.1)


def test_prune_keeps_recent_runs_and_runs_with_items_in_review(
    test_bots: Path, tmp_path: Path
) -> None:

    from robot_lib.runtime.schema import runs

    run_cli("run", "noop")
    run_cli("run", "items_bot", "-p", "keys=x,y", "-p", "review=y", "-p", f"marker_dir={tmp_path}")
    run_cli("run", "noop")
    store = Store()
    newest, reviewed, oldest = store.list_runs(limit=3)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=100)
    with store.tx() as c:
        c.execute(
            runs.update().where(runs.c.id.in_([reviewed.id, oldest.id])).values(created_at=old)
        )
    code, out = run_cli("prune", "--older-than", "90d", "--dry-run")
    assert code == 0 and "would remove 1 run(s)" in out and "kept 1 with items in review" in out
    assert Path(oldest.run_dir or "").is_dir()
    code, out = run_cli("prune", "--older-than", "90d")
    assert "removed 1 run(s)" in out and "1 run folder(s)" in out
    assert store.get_run(oldest.id) is None and not Path(oldest.run_dir or "").exists()
    assert store.get_run(reviewed.id) is not None and store.get_run(newest.id) is not None
    # once a later run has done the key, nobody waits on the old run any more
    run_cli("run", "items_bot", "-p", "keys=y", "-p", f"marker_dir={tmp_path}")
    assert store.reviews_waiting() == {}
    code, out = run_cli("prune", "--older-than", "90d")
    assert "removed 1 run(s)" in out and store.get_run(reviewed.id) is None


def test_the_portal_address_is_a_setting_not_a_guess(home: Path, tmp_path: Path) -> None:
    from robot_lib.browser.session import site_profile
    from robot_lib.context import RunContext
    from robot_lib.errors import ConfigError

    os.environ.pop("PORTAL_URL", None)
    ctx = RunContext(run_id="t", bot="t", artifacts=tmp_path / "run")
    with pytest.raises(ConfigError, match="PORTAL_URL is not set") as info:
        site_profile(ctx, "portal")
    assert str(tmp_path / "credentials.env") in str(info.value)


def test_demo_data_inbox_puts_files_where_the_bots_read(home: Path) -> None:
    code, out = run_cli("demo", "data", "--inbox", "--rows", "5", "--count", "1")
    assert code == 0, out
    assert list((home / "inbox" / "invoices").glob("*.pdf"))
    assert (home / "inbox" / "customers.xlsx").is_file()
    assert str(home / "inbox" / "invoices") in out


def test_a_paused_schedule_does_not_fire_until_resumed(schedules_dir: Path) -> None:
    from robot_lib.scheduling.service import SchedulerService

    (schedules_dir / "s.toml").write_text(
        '[[schedule]]\nid = "often"\nbot = "noop"\nevery = "1s"\n'
    )
    code, out = run_cli("schedule", "pause", "often")
    assert code == 0, out
    service = SchedulerService(Store(), schedules_dir, shutdown_grace=0)
    service.start()
    try:
        time.sleep(3.5)
        assert Store().list_runs(bot="noop") == []  # paused before the first fire: none
        run_cli("schedule", "resume", "often")
        _until(lambda: Store().list_runs(bot="noop") != [], timeout=15)
    finally:
        service.stop()


def test_retry_only_the_failed_items_then_forget_a_key(test_bots: Path, tmp_path: Path) -> None:
    marks = f"marker_dir={tmp_path}"
    code, out = run_cli(
        "run", "items_bot", "--retries", "0", "-p", "keys=a,b,c", "-p", "fail_once=b", "-p", marks
    )
    first = Store().list_runs(bot="items_bot", limit=1)[0]
    assert (first.status, first.items_done, first.items_failed) == ("partial", 2, 1), out
    code, out = run_cli("retry", first.id, "--failed")
    assert code == 0, out
    again = Store().list_runs(bot="items_bot", limit=1)[0]
    assert again.id != first.id and again.params == first.params
    assert [(i["key"], i["status"]) for i in Store().get_items(again.id)] == [("b", "done")]
    assert not list(tmp_path.glob(f"done-a-{again.id}-*"))  # a and c were left alone
    code, out = run_cli("items", "forget", "items_bot", "a", "--yes")
    assert code == 0 and "forgotten" in out, out
    assert run_cli("items", "forget", "items_bot", "zzz", "--yes")[0] == 1
    code, out = run_cli("run", "items_bot", "-p", "keys=a,b", "-p", marks)
    latest = Store().list_runs(bot="items_bot", limit=1)[0]
    assert {i["key"]: i["status"] for i in Store().get_items(latest.id)} == {
        "a": "done",
        "b": "skipped",
    }
    actions = [e["action"] for e in json.loads(run_cli("audit", "--json")[1])]
    assert actions == ["forget item", "retry run"]
