"""Excel: read and write 100k rows x 10 columns, robot_lib.excel vs rpaframework's
RPA.Excel.Files in the same process. Goal (issue 4): at least 2x faster for both.

    .venv/bin/python benchmarks/excel_speed.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import line  # noqa: E402


def rows(n: int) -> list[dict[str, object]]:
    return [{f"col{c}": (i * c if c % 2 else f"text {i}-{c}") for c in range(10)} for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    n = ap.parse_args().rows
    from RPA.Excel.Files import Files

    from robot_lib import excel

    data = rows(n)
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, rpa_path = Path(tmp) / "ours.xlsx", Path(tmp) / "rpa.xlsx"
        t0 = time.perf_counter()
        excel.write_records(ours_path, data, sheet="Data")
        ours_w = time.perf_counter() - t0

        lib = Files()
        t0 = time.perf_counter()
        lib.create_workbook(str(rpa_path), fmt="xlsx", sheet_name="Data")
        lib.append_rows_to_worksheet(data, header=True)
        lib.save_workbook()
        lib.close_workbook()
        rpa_w = time.perf_counter() - t0

        t0 = time.perf_counter()  # a report bot run twice: the path exists now
        excel.write_records(ours_path, data, sheet="Data")
        ours_again = time.perf_counter() - t0

        t0 = time.perf_counter()
        got = excel.read_records(rpa_path)
        ours_r = time.perf_counter() - t0
        assert len(got) == n

        t0 = time.perf_counter()
        lib.open_workbook(str(ours_path))
        table = lib.read_worksheet_as_table(header=True)
        lib.close_workbook()
        rpa_r = time.perf_counter() - t0
        assert len(table) == n
    line(f"write {n} x 10: RPA.Excel.Files append_rows + save", f"{rpa_w:.2f} s")
    line(
        f"write {n} x 10: robot_lib.excel.write_records",
        f"{ours_w:.2f} s",
        f"{rpa_w / ours_w:.1f}x faster; goal >= 2x",
    )
    line(
        f"write {n} x 10 again over it (one-sheet workbook)",
        f"{ours_again:.2f} s",
        f"{rpa_w / ours_again:.1f}x faster than RPA's write",
    )
    line(f"read {n} x 10: RPA.Excel.Files read_worksheet_as_table", f"{rpa_r:.2f} s")
    line(
        f"read {n} x 10: robot_lib.excel.read_records",
        f"{ours_r:.2f} s",
        f"{rpa_r / ours_r:.1f}x faster; goal >= 2x",
    )


if __name__ == "__main__":
    main()
