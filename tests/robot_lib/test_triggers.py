"""Triggers beyond the clock, with the real scheduler process: files arriving in bursts,
a file written slowly, the schedule keys checked with file and line."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from robot_lib.scheduling.schedules import parse_file
from tests.conftest import run_cli
from tests.robot_lib.test_scheduler import Scheduler, _runs, _wait, running, schedules

__all__ = ["running", "schedules"]  # fixtures


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_event_keys_are_checked_with_file_and_line(tmp_path: Path) -> None:
    f = _write(
        tmp_path / "events.toml",
        """
[[schedule]]
id = "ok"
bot = "file_eater"
on_file = { path = "in", pattern = "*.txt", settle = "1s" }

[[schedule]]
id = "two-whens"
bot = "file_eater"
cron = "* * * * *"
on_file = { path = "in" }

[[schedule]]
id = "typo"
bot = "file_eater"
on_file = { path = "in", patern = "*.pdf" }

[[schedule]]
id = "no-path"
bot = "file_eater"
on_file = { pattern = "*.pdf" }

[[schedule]]
id = "mail-too-often"
bot = "file_eater"
on_mail = { every = "1s", save_to = "in" }

[[schedule]]
id = "queue-batch"
bot = "file_eater"
on_queue = { batch = 0 }
""",
    )
    found, problems = parse_file(f)
    assert [s.id for s in found] == ["ok"]
    assert found[0].kind == "file" and found[0].event_args["settle"] == 1.0
    assert found[0].event_args["path"] == str((Path.cwd() / "in").resolve())
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in problems] == [
        "8",
        "14",
        "19",
        "24",
        "29",
    ]
    assert "exactly one of cron, every, at, on_file, on_mail, on_queue" in problems[0]
    assert "unknown key(s) patern" in problems[1] and "path (the folder to watch)" in problems[2]
    assert "at least 5s" in problems[3] and "batch is a whole number" in problems[4]


@pytest.mark.slow
def test_files_in_bursts_give_few_runs_and_each_file_is_taken_once(
    schedules: Path, running: list[Scheduler], tmp_path: Path
) -> None:
    inbox, ledger = tmp_path / "inbox", tmp_path / "ledger.txt"
    _write(
        schedules / "files.toml",
        f"""
[[schedule]]
id = "on-arrival"
bot = "file_eater"
on_file = {{ path = "{inbox}", pattern = "*.txt", settle = "0.5s" }}
params = {{ inbox = "{inbox}", ledger = "{ledger}", delay = "0.2" }}
""",
    )
    sched = Scheduler().started()
    running.append(sched)
    code, out = run_cli("schedule", "list", "--json")
    (entry,) = json.loads(out)["schedules"]
    assert entry["waits_for"].startswith(f"files *.txt in {inbox} (watched, settle 0.5s)")
    names = []
    for burst in range(3):
        for k in range(7 if burst < 2 else 6):
            name = f"b{burst}-{k}.txt"
            _write(inbox / name, f"invoice {name} END")
            names.append(name)
        time.sleep(1.5 if burst == 0 else 0.3)
    _wait(lambda: len(list((inbox / "done").glob("*.txt"))) == 20, 60, "20 files taken")
    _wait(lambda: _runs("on-arrival") and _runs("on-arrival")[-1].status == "succeeded", 30)
    taken = ledger.read_text().split("\n")
    assert sorted(ln.split()[0] for ln in taken if ln) == sorted(names)  # each exactly once
    runs = _runs("on-arrival")
    assert 1 <= len(runs) <= 4 and {r.trigger for r in runs} == {"file"}
    sched.stop()
    # restarted: nothing handled runs again
    sched = Scheduler().started()
    running.append(sched)
    time.sleep(2)
    assert len(_runs("on-arrival")) == len(runs)


@pytest.mark.slow
def test_a_file_written_slowly_is_not_read_before_it_is_whole(
    schedules: Path, running: list[Scheduler], tmp_path: Path
) -> None:
    inbox, ledger = tmp_path / "inbox", tmp_path / "ledger.txt"
    _write(
        schedules / "files.toml",
        f"""
[[schedule]]
id = "slow-copy"
bot = "file_eater"
on_file = {{ path = "{inbox}", settle = "1s" }}
params = {{ inbox = "{inbox}", ledger = "{ledger}" }}
""",
    )
    running.append(Scheduler().started())
    inbox.mkdir(exist_ok=True)

    def copy_slowly() -> None:
        with (inbox / "big.txt").open("w") as f:
            for k in range(12):
                f.write(f"chunk {k}\n")
                f.flush()
                time.sleep(0.3)
            f.write("END")

    writer = threading.Thread(target=copy_slowly)
    writer.start()
    writer.join()
    _wait(lambda: (inbox / "done" / "big.txt").exists(), 30, "the file taken")
    _wait(lambda: _runs("slow-copy")[-1].status == "succeeded", 30, "the run's end")
    (run,) = _runs("slow-copy")
    assert run.items_done == 1 and run.trigger == "file"
