"""Triggers beyond the clock, with the real scheduler process: files arriving in bursts,
a file written slowly, the schedule keys checked with file and line."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from robot_lib.runtime.store import Store
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
def test_20_invoices_in_3_bursts_give_few_runs_and_each_is_processed_once(
    schedules: Path,
    running: list[Scheduler],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from demo.sample_invoices import generate_invoices
    from robot_lib import excel
    from tests.conftest import ROOT

    monkeypatch.setenv("BOTS_PATH", str(ROOT / "bots"))
    sample, inbox, ledger = tmp_path / "sample", tmp_path / "inbox", tmp_path / "ledger.xlsx"
    generate_invoices(sample, count=3, seed=21, bad=False, tag="-burst")
    pdfs = sorted(sample.glob("*.pdf"))[:20]
    _write(
        schedules / "files.toml",
        f"""
[[schedule]]
id = "on-arrival"
bot = "invoice_processing"
on_file = {{ path = "{inbox}", pattern = "*.pdf", settle = "0.5s" }}
params = {{ inbox = "{inbox}", portal = false, settle = 0.2, ledger = "{ledger}" }}
""",
    )
    sched = Scheduler().started()
    running.append(sched)
    code, out = run_cli("schedule", "list", "--json")
    (entry,) = json.loads(out)["schedules"]
    assert entry["waits_for"].startswith(f"files *.pdf in {inbox} (watched, settle 0.5s)")
    for burst in (pdfs[:7], pdfs[7:14], pdfs[14:]):
        for pdf in burst:
            (inbox / pdf.name).write_bytes(pdf.read_bytes())
        time.sleep(1.0)
    _wait(lambda: len(list((inbox / "processed").rglob("*.pdf"))) == 20, 120, "20 processed")
    _wait(lambda: _runs("on-arrival")[-1].status == "succeeded", 60, "the last run's end")
    rows = excel.read_records(ledger, sheet="Invoices")
    assert len(rows) == 20 and len({r["SHA256"] for r in rows}) == 20  # each exactly once
    runs = _runs("on-arrival")
    assert 1 <= len(runs) <= 4 and {r.trigger for r in runs} == {"file"}
    assert sum(r.items_done for r in runs) == 20
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


@pytest.mark.slow
def test_a_producer_hands_30_items_to_a_consumer_each_taken_once_with_lineage(
    schedules: Path, running: list[Scheduler], tmp_path: Path
) -> None:
    ledger = tmp_path / "consumed.txt"
    _write(
        schedules / "queue.toml",
        f"""
[[schedule]]
id = "consume"
bot = "consumer"
on_queue = {{ batch = 12, every = "0.5s" }}
params = {{ ledger = "{ledger}" }}
""",
    )
    running.append(Scheduler().started())
    code, out = run_cli("run", "producer", "-p", "n=30", "-p", f"folder={tmp_path}")
    assert code == 0, out
    _wait(lambda: ledger.exists() and len(ledger.read_text().split("\n")) == 31, 60, "30 taken")
    _wait(lambda: _runs("consume")[-1].status == "succeeded", 30, "the last run's end")
    orders = [ln.split()[0] for ln in ledger.read_text().splitlines()]
    assert sorted(orders) == [f"order-{k:03d}" for k in range(30)]  # each exactly once
    runs = _runs("consume")
    assert len(runs) == 3 and {r.trigger for r in runs} == {"queue"}  # 12 + 12 + 6
    code, out = run_cli("items", "consumer", "--json", "--limit", "100")
    items = json.loads(out)
    producer_run = next(r for r in Store().list_runs(bot="producer"))
    assert len(items) == 30 and all(
        i["source"] == f"producer run {producer_run.id} item {i['title']}" for i in items
    )
    # the producer run again: nothing handed over twice, nothing consumed twice
    assert run_cli("run", "producer", "-p", "n=30", "-p", f"folder={tmp_path}")[0] == 0
    time.sleep(2)
    assert len(_runs("consume")) == 3 and len(ledger.read_text().splitlines()) == 30


@pytest.mark.slow
def test_a_mail_with_two_invoices_gives_one_run_then_the_message_is_marked(
    schedules: Path, running: list[Scheduler], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from email.message import EmailMessage

    from demo.sample_invoices import generate_invoices
    from tests.conftest import ROOT
    from tests.mailservers import dovecot

    monkeypatch.setenv("BOTS_PATH", str(ROOT / "bots"))
    sample, inbox = tmp_path / "sample", tmp_path / "inbox"
    generate_invoices(sample, count=1, seed=5, bad=False, tag="-mail")
    pdfs = sorted(sample.glob("*.pdf"))[:2]
    with dovecot() as imap:
        (tmp_path / "credentials.env").write_text(
            f"MAIL_IMAP_SERVER={imap.host}\nMAIL_IMAP_PORT={imap.port}\n"
            f"MAIL_ACCOUNT={imap.user}\nMAIL_PASSWORD={imap.password}\n"
            f"MAIL_TLS_CA_FILE={imap.cafile}\n"
        )
        for sender, files in (("billing@supplier.example", pdfs), ("spam@elsewhere.example", [])):
            m = EmailMessage()
            m["From"], m["To"], m["Subject"] = sender, imap.user, "Invoices"
            m["Message-ID"] = f"<{sender.split('@')[0]}-1@test>"
            m.set_content("attached")
            for p in files or pdfs[:1]:
                m.add_attachment(
                    p.read_bytes(), maintype="application", subtype="pdf", filename=p.name
                )
            imap.deliver(m)
        _write(
            schedules / "mail.toml",
            f"""
[[schedule]]
id = "invoices-by-mail"
bot = "invoice_processing"
on_mail = {{ from = "*@supplier.example", attachments = "*.pdf", every = "5s" }}
params = {{ inbox = "{inbox}", portal = false, settle = 0.2, ledger = "{tmp_path / "ledger.xlsx"}" }}
""",
        )
        running.append(Scheduler().started())
        _wait(lambda: _runs("invoices-by-mail"), 60, "a run")
        _wait(lambda: _runs("invoices-by-mail")[0].status == "succeeded", 120, "the run's end")
        _wait(lambda: sum("\\Seen" in f for f in imap.flags()) == 1, 30, "the message marked")
        (run,) = _runs("invoices-by-mail")
        assert (run.trigger, run.items_done, run.items_review) == ("mail", 2, 0)
        flags = imap.flags()
        assert len(flags) == 2 and "\\Seen" not in flags[1]  # the other sender's is untouched
        time.sleep(6)  # a poll later: nothing new, no second run
        assert len(_runs("invoices-by-mail")) == 1


@pytest.mark.slow
def test_files_left_in_the_folder_are_not_run_again_after_a_restart(
    schedules: Path, running: list[Scheduler], tmp_path: Path
) -> None:
    inbox, ledger = tmp_path / "inbox", tmp_path / "ledger.txt"
    _write(
        schedules / "files.toml",
        f"""
[[schedule]]
id = "keeps-files"
bot = "file_eater"
on_file = {{ path = "{inbox}", settle = "0.3s" }}
params = {{ inbox = "{inbox}", ledger = "{ledger}", keep = true }}
""",
    )
    sched = Scheduler().started()
    running.append(sched)
    for name in ("a.txt", "b.txt"):
        _write(inbox / name, "END")
    _wait(lambda: _runs("keeps-files") and _runs("keeps-files")[-1].status == "succeeded", 30)
    time.sleep(2)  # a fire may start for each file (a run can start before b.txt settles)
    _wait(lambda: all(r.status == "succeeded" for r in _runs("keeps-files")), 30)
    before = len(_runs("keeps-files"))
    assert before in (1, 2) and ledger.read_text().count("b.txt") == 1
    assert sched.stop() == 0
    sched = Scheduler().started()
    running.append(sched)
    time.sleep(3)  # it looked at the folder on start: both files are known
    assert len(_runs("keeps-files")) == before
    _write(inbox / "c.txt", "END")  # a new one, and b.txt changed: both count as new
    _write(inbox / "b.txt", "changed END")
    _wait(lambda: len(_runs("keeps-files")) == before + 1, 30, "a run for the new files")
    # stopped when its run has ended: the attempt's temporary folder went with the attempt (a
    # scheduler killed with -9 leaves it to the next run of its home, which never comes here)
    _wait(lambda: _runs("keeps-files")[-1].status == "succeeded", 30, "the run's end")
    assert sched.stop() == 0
