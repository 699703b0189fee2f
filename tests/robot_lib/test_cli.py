"""The ``bots`` command line, run as a user would run it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BIN, FIXTURES, ROOT, run_cli

pytestmark = pytest.mark.slow


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys, runpy; sys.argv=['bots','--help']\n"
        "try:\n    runpy.run_module('robot_lib.cli', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "heavy=[m for m in ('playwright','pdfplumber','openpyxl','sqlalchemy','loguru','RPA')"
        " if m in sys.modules]\nprint('HEAVY', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "HEAVY []" in out


def test_list_shows_bots_and_broken_modules(home: Path) -> None:
    code, out = run_cli("list", env={"BOTS_PATH": str(FIXTURES / "broken_bots"), "COLUMNS": "200"})
    assert code == 0
    assert "good" in out and "a good bot" in out
    assert "broken" in out and "module_that_does_not_exist" in out


def test_duplicate_names_are_reported_with_both_files(home: Path) -> None:
    _, out = run_cli("list", env={"BOTS_PATH": str(FIXTURES / "dup_bots"), "COLUMNS": "300"})
    assert "one.py" in out and "two.py" in out and "twin" in out


def test_run_exit_codes_and_summary(test_bots: Path) -> None:
    code, out = run_cli("run", "noop")
    assert code == 0, out
    assert "noop ran" in out and "succeeded" in out and "report:" in out
    code, out = run_cli("run", "bad_data")
    assert code == 1 and "failed" in out and "no Email column" in out
    code, out = run_cli("run", "noop", "--param", "nope=1")
    assert code == 2 and "no parameter 'nope'" in out
    code, out = run_cli("run", "no_such_bot")
    assert code == 2 and "no bot named" in out
    code, out = run_cli("run", "typed", "-p", "n=x")
    assert code == 2 and "n='x' of bot typed: expected a whole number" in out
    assert "invalid literal" not in out  # Python's wording is not for a clerk


def test_typed_params_reach_the_bot(test_bots: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "t.txt"
    code, out = run_cli(
        "run",
        "typed",
        "-p",
        "n=3",
        "-p",
        "ratio=0.1",
        "-p",
        "flag=yes",
        "-p",
        "day=2026-02-03",
        "-p",
        "mode=slow",
        "-p",
        "names=a,b",
        "-p",
        f"out={out_file}",
    )
    assert code == 0, out
    assert out_file.read_text() == (
        "(3, 0.1, True, datetime.date(2026, 2, 3), <Mode.SLOW: 'slow'>, ['a', 'b'])"
    )


def test_runs_show_logs_report(test_bots: Path) -> None:
    run_cli("run", "noop")
    code, out = run_cli("runs", "--bot", "noop", env={"COLUMNS": "200"})
    assert code == 0 and "noop" in out and "succeeded" in out
    from robot_lib.runtime.store import Store

    run = Store().list_runs(bot="noop", limit=1)[0]
    code, out = run_cli("show", run.id, env={"COLUMNS": "200"})
    assert code == 0 and run.id in out
    code, out = run_cli("logs", run.id)
    assert "noop ran" in out
    code, out = run_cli("report", run.id)
    assert out.strip().endswith("report.html") and Path(out.strip()).exists()
    code, out = run_cli("show", "no-such-run")
    assert code == 1


def test_retries_and_timeout_options(test_bots: Path, tmp_path: Path) -> None:
    code, out = run_cli(
        "run", "sleeper", "-p", f"pidfile={tmp_path / 'p'}", "--timeout", "1s", "--retries", "0"
    )
    assert code == 1 and "timed_out" in out


def test_new_scaffolds_a_bot_whose_test_passes(tmp_path: Path, home: Path) -> None:
    code, out = run_cli("new", "invoice_chaser", "--directory", str(tmp_path))
    assert code == 0, out
    bot_file = tmp_path / "bots" / "invoice_chaser.py"
    test_file = tmp_path / "tests" / "bots" / "test_invoice_chaser.py"
    assert bot_file.exists() and test_file.exists()
    code, out = run_cli("new", "invoice_chaser", "--directory", str(tmp_path))
    assert code == 2 and "already exists" in out
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(test_file),
            "--rootdir",
            str(tmp_path),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PATH": str(BIN), "PYTHONPATH": str(tmp_path), "HOME": str(tmp_path)},
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "1 passed" in res.stdout
    code, out = run_cli(
        "run",
        "invoice_chaser",
        "-p",
        "names=Zoe",
        cwd=tmp_path,
        env={"BOTS_PATH": str(tmp_path / "bots")},
    )
    assert code == 0 and "Hello, Zoe!" in out


def test_new_refuses_bad_names(tmp_path: Path) -> None:
    code, out = run_cli("new", "Bad-Name", "--directory", str(tmp_path))
    assert code == 2 and "not a valid bot name" in out


def test_doctor_reports_problems_with_fixes(home: Path) -> None:
    code, out = run_cli("doctor", env={"BOTS_PATH": str(ROOT / "bots"), "COLUMNS": "250"})
    assert "browser" in out and "database" in out and "disk" in out
