"""robot_lib.files: atomic saves, and the leftovers of saves killed with -9."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from robot_lib.files import save_atomic, write_atomic

SAVER = """
import sys, time
from pathlib import Path
from robot_lib.files import save_atomic

def slow(tmp):
    tmp.write_bytes(b"half a workbook")
    print("writing", flush=True)
    time.sleep(60)

save_atomic(Path(sys.argv[1]), slow)
"""


def _start_saver(target: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    return proc


def _temps(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(".invoices.tmp-"))


def test_a_save_killed_mid_way_leaves_a_temp_the_next_save_removes(tmp_path: Path) -> None:
    ledger = tmp_path / "invoices.xlsx"
    write_atomic(ledger, b"version 1")
    live = _start_saver(ledger)  # another process saving right now: its temp stays
    killed = _start_saver(ledger)
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    try:
        assert len(_temps(tmp_path)) == 2
        assert ledger.read_bytes() == b"version 1"  # the kill never reached the real file
        write_atomic(ledger, b"version 2")
        left = _temps(tmp_path)
        assert len(left) == 1 and f"-{live.pid}." in left[0].name
        assert ledger.read_bytes() == b"version 2"
    finally:
        live.kill()
        live.wait()
    time.sleep(0.05)
    save_atomic(ledger, lambda tmp: tmp.write_bytes(b"version 3"))
    assert _temps(tmp_path) == [] and ledger.read_bytes() == b"version 3"
