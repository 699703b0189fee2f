"""The runner, end to end through real child processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from robot_lib.runtime import scratch
from robot_lib.runtime.runner import Runner, RunOptions, backoff_delay
from robot_lib.runtime.store import Run, Store, pid_alive
from tests.conftest import BIN, start_sleeper

pytestmark = pytest.mark.slow


def _runner(lines: list[str]) -> Runner:
    return Runner(Store(), on_line=lines.append)


def test_backoff_is_exponential_with_jitter_or_explicit() -> None:
    for attempt, base in ((1, 2.0), (2, 4.0), (3, 8.0)):
        d = backoff_delay(2.0, attempt, jitter=0.2)
        assert base * 0.8 <= d <= base * 1.2
    assert backoff_delay([5, 30], 1, jitter=0) == 5
    assert backoff_delay([5, 30], 7, jitter=0) == 30


def test_business_error_is_not_retried(test_bots: Path) -> None:
    lines: list[str] = []
    run = _runner(lines).run("bad_data")
    assert run.status == "failed"
    attempts = Store().get_attempts(run.id)
    assert len(attempts) == 1
    assert attempts[0]["error_kind"] == "business"
    assert "no Email column" in (run.error or "")


def test_application_error_is_retried_with_backoff(test_bots: Path) -> None:
    lines: list[str] = []
    run = _runner(lines).run("flaky", {"succeed_on": "3"})
    assert run.status == "succeeded"
    attempts = Store().get_attempts(run.id)
    assert [a["status"] for a in attempts] == ["failed", "failed", "succeeded"]
    assert all(a["error_kind"] == "application" for a in attempts[:2])
    # explicit list [0.2, 0.4, ...] with +/-20% jitter
    assert 0.16 <= attempts[0]["retry_in"] <= 0.24
    assert 0.32 <= attempts[1]["retry_in"] <= 0.48
    gap = (attempts[1]["started_at"] - attempts[0]["finished_at"]).total_seconds()
    assert gap >= 0.15


def test_retries_are_bounded(test_bots: Path) -> None:
    run = _runner([]).run("flaky", {"succeed_on": "9"}, RunOptions(retries=1))
    assert run.status == "failed"
    assert run.attempts == 2


def test_timeout_kills_the_bot_and_its_grandchild(test_bots: Path, tmp_path: Path) -> None:
    pidfile = tmp_path / "pids.txt"
    t0 = time.monotonic()
    run = _runner([]).run("sleeper", {"pidfile": str(pidfile)}, RunOptions(timeout=2, retries=0))
    assert time.monotonic() - t0 < 30
    assert run.status == "timed_out"
    bot_pid, grandchild = (int(x) for x in pidfile.read_text().split())
    deadline = time.monotonic() + 5
    while (pid_alive(bot_pid) or pid_alive(grandchild)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not pid_alive(bot_pid)
    assert not pid_alive(grandchild)
    # its temporary files were the attempt's own, and went with it
    made = Path((tmp_path / "pids.txt.tmpfile").read_text())
    assert made.parent.name.startswith("bots-") and f"-{run.id}-1-" in made.parent.name, made
    assert not made.parent.exists() and scratch.folders() == []


def test_an_attempt_s_folder_goes_even_if_its_process_s_home_changed_meanwhile(
    test_bots: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a run in a thread (the console's, a scheduler's) whose process moved on to another
    # BOTS_HOME before the attempt ended (a test's teardown): the folder is removed all the same
    pidfile = tmp_path / "p"
    ended: list[Run] = []
    thread = threading.Thread(
        target=lambda: ended.append(
            _runner([]).run("sleeper", {"pidfile": str(pidfile)}, RunOptions(timeout=3, retries=0))
        )
    )
    thread.start()
    told = tmp_path / "p.tmpfile"
    deadline = time.monotonic() + 30
    while not (told.exists() and told.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    made = Path(told.read_text())
    assert made.exists()
    monkeypatch.setenv("BOTS_HOME", str(tmp_path / "another-home"))
    thread.join(timeout=60)
    assert [r.status for r in ended] == ["timed_out"]
    assert not made.parent.exists()


def _stopped_and_gone(pidfile: Path) -> tuple[bool, bool]:
    """(the writer of *pidfile* has stopped, its attempt's folder is gone), the writer killed
    after (a failing test leaves nothing behind)."""
    pid, folder = pidfile.read_text().split()
    found = (not pid_alive(int(pid)), not Path(folder).exists())
    if not found[0]:
        os.kill(int(pid), signal.SIGKILL)
    return found


def test_what_an_attempt_left_running_is_stopped_before_its_folder_goes(
    test_bots: Path, tmp_path: Path
) -> None:
    # the bot ends, leaving a process of its own session (as a browser it did not close)
    # writing in its temporary folder: the process is stopped before the folder is removed,
    # or its next write would make the folder again (a browser's profile left in /tmp)
    run = _runner([]).run("leaves_a_writer", {"pidfile": str(tmp_path / "p")})
    assert run.status == "succeeded"
    assert _stopped_and_gone(tmp_path / "p") == (True, True)
    assert scratch.folders() == []


def test_what_a_killed_runner_s_attempt_left_running_is_stopped_at_the_next_run(
    test_bots: Path, tmp_path: Path
) -> None:
    pidfile = tmp_path / "p"
    proc = subprocess.Popen(
        [
            str(BIN / "bots"),
            "run",
            "leaves_a_writer",
            "-p",
            f"pidfile={pidfile}",
            "-p",
            "hang=true",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while not (pidfile.exists() and pidfile.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # `bots run` and its attempt, not the writer
    proc.wait(timeout=30)
    assert _runner([]).run("flaky", {"succeed_on": "1"}).status == "succeeded"
    assert _stopped_and_gone(pidfile) == (True, True)
    assert scratch.folders() == []


def test_timed_out_attempt_is_retried(test_bots: Path, tmp_path: Path) -> None:
    run = _runner([]).run("sleeper", {"pidfile": str(tmp_path / "p")}, RunOptions(timeout=1.5))
    assert run.status == "timed_out"
    assert [a["status"] for a in Store().get_attempts(run.id)] == ["timed_out", "timed_out"]


def test_items_are_idempotent_across_runs(test_bots: Path, tmp_path: Path) -> None:
    params = {"keys": "a,b,c", "marker_dir": str(tmp_path)}
    first = _runner([]).run("items_bot", params)
    assert first.status == "succeeded"
    assert (first.items_done, first.items_skipped) == (3, 0)
    second = _runner([]).run("items_bot", {**params, "keys": "a,b,c,d"})
    assert (second.items_done, second.items_skipped) == (1, 3)
    done_files = sorted(p.name.split("-")[1] for p in tmp_path.glob("done-*"))
    assert done_files == ["a", "b", "c", "d"]  # each key handled exactly once


def test_review_items_leave_a_run_succeeded_and_failed_items_are_retried(
    test_bots: Path, tmp_path: Path
) -> None:
    run = _runner([]).run(
        "items_bot",
        {"keys": "a,b,c", "review": "b", "fail_once": "c", "marker_dir": str(tmp_path)},
    )
    # done + review only: succeeded (a review is the bot doing its job), its count shown
    assert run.status == "succeeded"
    assert (run.items_done, run.items_review, run.items_failed) == (2, 1, 0)
    attempts = Store().get_attempts(run.id)
    assert len(attempts) == 2  # the failed item 'c' (application error) made a retry
    assert attempts[0]["status"] == "partial"  # some done, one failed
    items = Store().get_items(run.id)
    # one row per item and run: the retry does not record 'a' again (it was done)
    assert [(i["status"], i["attempt"]) for i in items if i["key"] == "a"] == [("done", 1)]
    assert [(i["status"], i["attempt"]) for i in items if i["key"] == "c"] == [("done", 2)]
    assert any(i["key"] == "b" and "totals do not add up" in i["message"] for i in items)


def test_interrupted_run_is_found_at_next_start(home: Path) -> None:
    store = Store()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    store.create_run("run-dead", "x", {}, status="running")
    store.update_run("run-dead", pid=dead.pid)
    store.create_run("run-alive", "x", {}, status="running")
    found = store.mark_interrupted()
    assert found == ["run-dead"]
    assert store.get_run("run-dead").status == "interrupted"  # type: ignore[union-attr]
    assert store.get_run("run-alive").status == "running"  # type: ignore[union-attr]


def test_a_killed_runner_s_temporary_files_go_at_the_next_run(
    test_bots: Path, tmp_path: Path
) -> None:
    # `bots run` and its attempt killed with -9: the attempt's temporary files (a browser's
    # profile, its cookies and history, would be there) stay in its own folder, never in the
    # machine's, and the next run on this machine removes them
    proc = start_sleeper(tmp_path / "p", stdout=subprocess.DEVNULL, start_new_session=True)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    time.sleep(0.5)  # (the attempt sees its parent gone and takes its tree down)
    left = Path((tmp_path / "p.tmpfile").read_text())
    assert left.exists() and [p for *_x, p in scratch.folders()] == [left.parent]
    assert _runner([]).run("flaky", {"succeed_on": "1"}).status == "succeeded"
    assert not left.parent.exists() and scratch.folders() == []


def test_secrets_never_reach_any_output(test_bots: Path, home: Path, tmp_path: Path) -> None:
    secret = "hunter2-Zq9-very-secret"
    (tmp_path / "credentials.env").write_text(f"TEST_SECRET={secret}\n")
    lines: list[str] = []
    run = _runner(lines).run("leaker")
    assert run.status == "failed"
    console = "".join(lines)
    assert "****" in console and secret not in console
    from robot_lib.runtime.report import render

    assert secret not in render(Store(), run.id)
    for path in home.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), f"secret leaked into {path}"
    row = Store().get_run(run.id)
    assert row is not None and secret not in repr(row)
    assert secret not in repr(Store().get_attempts(run.id))
    assert secret not in repr(Store().get_items(run.id))


def test_missing_credential_is_a_config_error_naming_variable_bot_and_file(
    test_bots: Path, tmp_path: Path
) -> None:
    run = _runner([]).run("needs_cred")
    assert run.status == "failed"
    assert run.attempts == 1
    err = run.error or ""
    assert "MISSING_CREDENTIAL_XYZ" in err and "needs_cred" in err
    assert str(tmp_path / "credentials.env") in err


def test_report_html_is_self_contained(test_bots: Path, tmp_path: Path) -> None:
    run = _runner([]).run("items_bot", {"keys": "a,b", "review": "b", "marker_dir": str(tmp_path)})
    html = (Path(run.run_dir or "") / "report.html").read_text()
    assert "items_bot" in html and "review" in html and "totals do not add up" in html
    assert "<link" not in html and "src='http" not in html
    log = (Path(run.run_dir or "") / "run.log").read_text()
    assert run.id in log and "items_bot #1" in log
    events = (Path(run.run_dir or "") / "events.jsonl").read_text().splitlines()
    import json

    first = json.loads(events[0])
    assert (first["run_id"], first["bot"], first["attempt"]) == (run.id, "items_bot", 1)


def test_one_at_a_time_per_bot(test_bots: Path) -> None:
    from robot_lib.runtime.runner import BotBusy

    store = Store()
    assert store.acquire_lock("bot:noop", "other-run", pid=os.getpid()) is None
    with pytest.raises(BotBusy, match="already running"):
        _runner([]).run("noop")
    store.release_lock("bot:noop", "other-run")
    assert _runner([]).run("noop").status == "succeeded"


def test_ctrl_c_cancels_the_run_and_exits_130(test_bots: Path, tmp_path: Path) -> None:
    proc = start_sleeper(tmp_path / "p", stdout=subprocess.PIPE, text=True)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 130, out
    run = Store().list_runs(bot="sleeper", limit=1)[0]
    assert run.status == "cancelled"
    bot_pid, grandchild = (int(x) for x in (tmp_path / "p").read_text().split())
    time.sleep(0.5)
    assert not pid_alive(bot_pid) and not pid_alive(grandchild)


def test_an_older_database_is_upgraded_in_place(home: Path) -> None:
    import sqlite3

    db = home / "bots.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(db)
    con.execute(
        "CREATE TABLE runs (id VARCHAR(40) PRIMARY KEY, bot VARCHAR(200) NOT NULL, "
        'status VARCHAR(20) NOT NULL, "trigger" VARCHAR(40) NOT NULL, schedule_id VARCHAR(200), '
        "params TEXT NOT NULL, created_at DATETIME NOT NULL, started_at DATETIME, "
        "finished_at DATETIME, attempts INTEGER NOT NULL, host VARCHAR(200), pid INTEGER, "
        "error TEXT, items_total INTEGER, items_done INTEGER NOT NULL, items_failed INTEGER "
        "NOT NULL, items_review INTEGER NOT NULL, items_skipped INTEGER NOT NULL, run_dir TEXT)"
    )
    con.execute(
        "INSERT INTO runs VALUES ('old-1','noop','succeeded','cli',NULL,'{}',"
        "'2026-01-01 00:00:00',NULL,NULL,1,'h',1,NULL,NULL,0,0,0,0,NULL)"
    )
    con.commit()
    con.close()
    store = Store(f"sqlite:///{db}")
    old = store.get_run("old-1")
    assert old is not None and old.status == "succeeded" and old.claimed_by is None


def test_only_secret_like_credentials_are_masked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from robot_lib.credentials import Secrets, is_secret_name, mask

    f = tmp_path / "c.env"
    f.write_text("PORTAL_USERNAME=someuser\nPORTAL_PASSWORD=Pw-9f8e7d\nAPI_TOKEN=tok-123456\n")
    secrets = Secrets("b", f)
    assert secrets["PORTAL_USERNAME"] == "someuser"
    assert mask("someuser Pw-9f8e7d tok-123456") == "someuser **** ****"
    assert [is_secret_name(n) for n in ("MAIL_PASSWORD", "AWS_SECRET_KEY", "PORTAL_URL")] == [
        True,
        True,
        False,
    ]


def test_items_failing_the_same_way_stop_the_attempt_and_leave_the_rest(
    test_bots: Path, tmp_path: Path
) -> None:
    """A broken world (the portal is down): after 3 items fail alike the attempt stops with
    one message, the other items are not touched, and the run is retried as a whole."""
    marks = tmp_path / "marks"
    marks.mkdir()
    run = _runner([]).run("portal_down", {"n": "10", "marks": str(marks)})
    assert run.status == "failed"
    attempts = Store().get_attempts(run.id)
    assert [a["status"] for a in attempts] == ["failed", "failed"]  # retried once, as a whole
    assert attempts[0]["error_type"] == "CircuitOpen"
    assert "3 items in a row failed the same way; 7 not attempted" in attempts[0]["error"]
    assert "connection refused" in attempts[0]["error"]
    touched = sorted(p.name for p in marks.iterdir())
    assert touched == ["i0-1", "i0-2", "i1-1", "i1-2", "i2-1", "i2-2"]  # i3..i9 untouched
    items = Store().get_items(run.id)
    assert sorted((i["key"], i["status"], i["attempt"]) for i in items) == [
        ("i0", "failed", 2),
        ("i1", "failed", 2),
        ("i2", "failed", 2),
    ]


def test_a_success_between_failures_keeps_the_breaker_closed(
    test_bots: Path, tmp_path: Path
) -> None:
    marks = tmp_path / "marks"
    marks.mkdir()
    run = _runner([]).run("portal_down", {"n": "6", "marks": str(marks), "up": "i2,i4"})
    first = Store().get_attempts(run.id)[0]
    assert first["status"] == "partial"  # i0 i1 fail, i2 done, i3 fails, i4 done, i5 fails
    assert {f"i{k}-1" for k in range(6)} <= {p.name for p in marks.iterdir()}  # all tried
    assert run.items_done == 2


def test_a_missing_setting_inside_an_item_fails_the_run_at_once(test_bots: Path) -> None:
    lines: list[str] = []
    run = _runner(lines).run("cred_in_item", {"n": "5"})
    assert run.status == "failed"
    attempts = Store().get_attempts(run.id)
    assert len(attempts) == 1 and attempts[0]["error_kind"] == "config"  # no retry
    assert "MISSING_CREDENTIAL_XYZ is not set" in attempts[0]["error"]
    items = Store().get_items(run.id)
    assert [(i["key"], i["status"]) for i in items] == [("c0", "failed")]  # c1..c4 untouched


def test_bad_data_between_failures_does_not_hide_a_broken_world(
    test_bots: Path, tmp_path: Path
) -> None:
    marks = tmp_path / "marks"
    marks.mkdir()
    run = _runner([]).run("portal_down", {"n": "10", "marks": str(marks), "bad": "i1"})
    first = Store().get_attempts(run.id)[0]
    assert first["error_type"] == "CircuitOpen"  # i0 fails, i1 to review, i2 i3 fail: stop
    assert "3 items in a row failed the same way; 6 not attempted" in first["error"]


def test_the_console_shows_one_line_per_failed_item_by_title(test_bots: Path) -> None:
    """Tracebacks and Playwright call logs stay in run.log and the report; the console names
    each item by its title, with the failing step."""
    lines: list[str] = []
    run = _runner(lines).run("noisy_items")
    assert run.status == "failed"
    out = "".join(lines).splitlines()
    failed = [ln for ln in out if ": failed: " in ln]
    assert [ln.split(": failed:")[0].split()[-1] for ln in failed] == [
        f"file-{k}.pdf" for k in range(4)
    ]
    assert all("last step: element is not visible" in ln for ln in failed)
    assert not any("Traceback" in ln or "waiting for locator" in ln for ln in out)
    assert len(out) <= 2 * 4 + 6, "\n".join(out)  # a few lines for the attempt itself
    log = (Path(run.run_dir or "") / "run.log").read_text()
    assert "Traceback" in log and "waiting for locator('#f39')" in log
    items = Store().get_items(run.id)
    assert [i["title"] for i in items] == [f"file-{k}.pdf" for k in range(4)]
    assert all(len(i["message"]) < 200 for i in items)


def test_a_crash_in_the_bots_own_code_names_its_file_and_line(test_bots: Path) -> None:
    lines: list[str] = []
    run = _runner(lines).run("crashy")
    out = "".join(lines)
    assert "NameError: name 'undefined_name' is not defined" in out
    src = (test_bots / "sample_bots.py").read_text().splitlines()
    line = next(i for i, s in enumerate(src, 1) if "undefined_name + 1" in s)
    assert f"sample_bots.py:{line} in crashy" in out
    assert "Traceback" not in out
    assert f"sample_bots.py:{line}" in (run.error or "")
    assert "Traceback" in (Store().get_attempts(run.id)[0]["traceback"] or "")


def test_warm_children_run_one_attempt_each_and_none_is_left(test_bots: Path) -> None:
    """The scheduler's and workers' warm children: each takes one attempt, a new one is
    started for the next, and stopping leaves no process behind."""
    from robot_lib.runtime.process import WARM

    store = Store()
    WARM.enable(store.url)
    try:
        pids = []
        for _ in range(2):
            deadline = time.monotonic() + 30
            while store.url not in WARM._ready and time.monotonic() < deadline:
                time.sleep(0.05)  # the refill runs in the background
            ready = WARM._ready[store.url].pid
            run = Runner(store).run("noop")
            assert run.status == "succeeded"
            (attempt,) = store.get_attempts(run.id)
            assert attempt["pid"] == ready  # the warm child ran it
            pids.append(ready)
        assert pids[0] != pids[1]  # never one process for two runs
    finally:
        WARM.stop()
    time.sleep(0.5)
    assert WARM._ready == {}
    assert not any(pid_alive(p) for p in pids)


def test_an_items_outcome_is_recorded_whole_when_ctrl_c_comes() -> None:
    from robot_lib.context import signals_held

    # Python's own Ctrl-C handler, whatever the test process inherited (a shell's background
    # job starts with SIGINT ignored, and then Python installs none)
    inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
    steps = []
    try:
        with pytest.raises(KeyboardInterrupt):
            with signals_held():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.05)  # the signal has arrived: it waits
                steps.append("recorded")
            steps.append("not reached")
        assert steps == ["recorded"]
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, inherited)
