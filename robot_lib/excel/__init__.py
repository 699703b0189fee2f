"""Spreadsheets: records in and out of .xlsx (openpyxl) and .csv, safely.

Example::

    from robot_lib import excel

    rows = excel.read_records("customers.xlsx", required=["Email"], types={"Age": int})
    excel.update_rows("customers.xlsx", "Email", {"ann@x.com": {"Status": "done"}},
                      dest="customers.result.xlsx")

- Headers are found and normalized (trim, case, spaces); missing required columns raise
  MissingColumns listing the columns found; bad cells are named as ``Sheet!C7``.
- Saves are atomic (temp file + rename): a crash never leaves a half-written workbook.
- Text from untrusted sources that starts with ``= + - @`` is stored as text, never as a
  formula.
- Large reads use python-calamine when installed (about 9x faster than openpyxl); large
  new files are written by rustpy-xlsxwriter (Rust's rust_xlsxwriter).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from robot_lib import files
from robot_lib.errors import ExcelError, MissingColumns, WorkbookLocked
from robot_lib.excel import patch
from robot_lib.excel.reading import Record, col_letter, norm_header, read_records

__all__ = [
    "Record",
    "append_records",
    "append_sheets",
    "check_not_locked",
    "col_letter",
    "norm_header",
    "read_records",
    "update_rows",
    "update_rows_by_number",
    "write_records",
]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LARGE = 5000  # rows from which a new workbook is written by rustpy-xlsxwriter


def check_not_locked(path: Path) -> None:
    """Raise WorkbookLocked if Excel's owner file ``~$name`` sits next to *path*."""
    lock = path.with_name("~$" + path.name)
    if lock.exists():
        raise WorkbookLocked(f"{path} is open in Excel (lock file {lock.name}); close it and retry")


# ------------------------------------------------------------------ writing


def _set(cell: Any, value: Any, untrusted: bool) -> None:
    if isinstance(value, Path):
        value = str(value)
    if isinstance(value, dict | list | tuple):
        value = str(value)
    cell.value = value
    if untrusted and isinstance(value, str) and value.startswith(FORMULA_START):
        cell.data_type = "s"  # text, never a formula


def _atomic_save(save: Callable[[Path], None], path: Path) -> None:
    check_not_locked(path)
    try:
        files.save_atomic(path, save)
    except PermissionError as exc:
        raise WorkbookLocked(f"{path} cannot be written ({exc}); is it open elsewhere?") from None


def _columns(records: Sequence[Mapping[str, Any]], columns: Sequence[str] | None) -> list[str]:
    if columns is not None:
        return list(columns)
    cols: dict[str, None] = {}
    for r in records:
        for k in r:
            cols.setdefault(k, None)
    return list(cols)


def _load(path: Path) -> Any:
    from openpyxl import Workbook, load_workbook

    if path.exists():
        check_not_locked(path)
        try:
            return load_workbook(path)
        except Exception as exc:
            raise ExcelError(f"{path}: cannot be opened ({type(exc).__name__}: {exc})") from None
    wb = Workbook()
    return wb


def _is_empty(ws: Any) -> bool:
    return bool(ws.max_row == 1 and ws.max_column == 1 and ws.cell(1, 1).value is None)


def _sheet(wb: Any, sheet: str, fresh_book: bool) -> Any:
    if sheet in wb.sheetnames:
        return wb[sheet]
    if fresh_book and len(wb.sheetnames) == 1 and _is_empty(wb.active):
        ws = wb.active
        ws.title = sheet
        return ws
    return wb.create_sheet(sheet)


def _write_rows(ws: Any, start: int, rows: Iterable[Sequence[Any]], untrusted: bool) -> None:
    for ri, values in enumerate(rows, start=start):
        for ci, v in enumerate(values, start=1):
            _set(ws.cell(row=ri, column=ci), v, untrusted)


def write_records(
    path: str | Path,
    records: Iterable[Mapping[str, Any]],
    sheet: str = "Sheet1",
    columns: Sequence[str] | None = None,
    untrusted: bool = True,
) -> Path:
    """Write *records* (header + rows) to *sheet*, replacing that sheet's content and keeping
    the workbook's other sheets. A new file of many rows is written by rustpy-xlsxwriter.
    CSV when *path* ends in .csv. Atomic."""
    p = Path(path)
    recs = list(records)
    cols = _columns(recs, columns)
    if p.suffix.lower() == ".csv":

        def save_csv(tmp: Path) -> None:
            with tmp.open("w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(cols)
                for r in recs:
                    w.writerow([_csv_safe(r.get(c), untrusted) for c in cols])

        _atomic_save(save_csv, p)
        return p
    # a workbook whose only sheet is the one being replaced (a report written again) is a
    # new file: nothing of it is parsed, nothing of it is kept
    replaced = p.exists() and set(_sheet_names(p) or ["?"]) <= {sheet}
    if replaced:
        check_not_locked(p)
    if (replaced or not p.exists()) and len(recs) >= LARGE:
        _write_large(p, recs, cols, sheet, untrusted)
        return p
    if (
        p.exists()
        and not replaced
        and untrusted
        and _patched(
            p,
            p,
            lambda pkg: patch.replace_sheet(
                pkg, sheet, [cols, *([r.get(c) for c in cols] for r in recs)]
            ),
        )
    ):
        return p
    fresh = replaced or not p.exists()
    if replaced:
        from openpyxl import Workbook

        wb = Workbook()
    else:
        wb = _load(p)
    if sheet in wb.sheetnames:
        idx = wb.sheetnames.index(sheet)
        wb.remove(wb[sheet])
        ws = wb.create_sheet(sheet, idx)
    else:
        ws = _sheet(wb, sheet, fresh)
    _write_rows(ws, 1, [cols, *([r.get(c) for c in cols] for r in recs)], untrusted)
    _atomic_save(lambda tmp: wb.save(tmp), p)
    return p


def _patched(src: Path, out: Path, edit: Callable[[patch.Package], object]) -> bool:
    """Make an edit in the workbook's XML (``excel.patch``) and save it to *out* atomically;
    False, with nothing written, when the workbook holds something the patch does not edit
    (the caller then uses openpyxl)."""
    check_not_locked(src)
    try:
        pkg = patch.Package(src)
        edit(pkg)
    except patch.Unsupported:
        return False
    _atomic_save(pkg.save, out)
    return True


def _sheet_names(path: Path) -> list[str] | None:
    """The sheet names of an .xlsx from its ``xl/workbook.xml`` alone (None: not a workbook
    that can be read so), without loading any sheet."""
    import html
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read("xl/workbook.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return None
    return [html.unescape(n) for n in re.findall(r'<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"', xml)]


def _csv_safe(v: Any, untrusted: bool) -> Any:
    if untrusted and isinstance(v, str) and v.startswith(FORMULA_START):
        return "'" + v
    return v


def _write_large(
    path: Path, recs: list[Mapping[str, Any]], cols: list[str], sheet: str, untrusted: bool
) -> None:
    """A new workbook of many rows, written by rustpy-xlsxwriter (the Rust rust_xlsxwriter):
    1.7x faster than the streaming writer of our own it replaced, maintained elsewhere, and
    every string is a string (never a formula, a number or a link)."""
    import rustpy_xlsxwriter as rx

    key = tuple(cols)
    rows = (r if tuple(r) == key else {c: r.get(c) for c in cols} for r in recs)
    dates = {}
    for c in cols:  # a column of dates (not datetimes) shows the date alone
        first = next((r.get(c) for r in recs if r.get(c) is not None), None)
        if isinstance(first, dt.date) and not isinstance(first, dt.datetime):
            dates[c] = rx.Format().set_num_format("yyyy-mm-dd")

    def save(tmp: Path) -> None:
        try:
            rx.write_worksheet(
                rows,
                str(tmp),
                sheet_name=sheet,
                datetime_format="yyyy-mm-dd hh:mm:ss",
                column_formats=dates or None,
            )
        except (RuntimeError, ValueError) as exc:  # e.g. a text over Excel's 32,767 characters
            raise ExcelError(f"{path}: cannot be written ({exc})") from None

    _atomic_save(save, path)


def append_records(
    path: str | Path,
    records: Iterable[Mapping[str, Any]],
    sheet: str = "Sheet1",
    columns: Sequence[str] | None = None,
    untrusted: bool = True,
) -> Path:
    """Append rows under the sheet's header (new columns are added to the header);
    formatting and other sheets are kept. Creates the file or sheet when missing. Atomic."""
    return append_sheets(
        path, {sheet: list(records)}, {sheet: columns} if columns else None, untrusted
    )


def append_sheets(
    path: str | Path,
    sheets: Mapping[str, Sequence[Mapping[str, Any]]],
    columns: Mapping[str, Sequence[str] | None] | None = None,
    untrusted: bool = True,
) -> Path:
    """:func:`append_records` to several sheets of one workbook in one atomic save."""
    p = Path(path)
    if p.exists() and untrusted:
        cols = dict(columns or {})
        if _patched(p, p, lambda pkg: patch.append(pkg, sheets, cols)):
            return p
    fresh = not p.exists()
    wb = _load(p)
    for sheet, recs in sheets.items():
        ws = _sheet(wb, sheet, fresh)
        fresh = False
        header = [] if _is_empty(ws) else [c.value for c in ws[1]]
        for c in _columns(recs, (columns or {}).get(sheet)):
            if c not in header:
                header.append(c)
                ws.cell(row=1, column=len(header), value=c)
        index = {norm_header(h): i for i, h in enumerate(header, start=1) if h is not None}
        row = 1 if _is_empty(ws) else ws.max_row
        for r in recs:
            row += 1
            for k, v in r.items():
                _set(ws.cell(row=row, column=index[norm_header(k)]), v, untrusted)
    _atomic_save(lambda tmp: wb.save(tmp), p)
    return p


def update_rows(
    path: str | Path,
    key_column: str,
    updates: Mapping[str, Mapping[str, Any]],
    sheet: str | None = None,
    dest: str | Path | None = None,
    header_row: int | None = None,
    untrusted: bool = True,
) -> Path:
    """Write values into the rows whose *key_column* matches, adding columns as needed.

    Saves to *dest* (default: *path* itself) atomically; the source is never modified when a
    *dest* is given. Rows and formatting otherwise stay as they were. Returns the saved path.
    """
    return _update(path, updates, key_column, sheet, dest, header_row, untrusted)


def update_rows_by_number(
    path: str | Path,
    updates: Mapping[int, Mapping[str, Any]],
    sheet: str | None = None,
    dest: str | Path | None = None,
    header_row: int | None = None,
    untrusted: bool = True,
) -> Path:
    """Like :func:`update_rows`, with rows given by their sheet row number (``Record.row``)."""
    return _update(path, updates, None, sheet, dest, header_row, untrusted)


def _update(
    path: str | Path,
    updates: Mapping[Any, Mapping[str, Any]],
    key_column: str | None,
    sheet: str | None,
    dest: str | Path | None,
    header_row: int | None,
    untrusted: bool,
) -> Path:
    p = Path(path)
    out = Path(dest) if dest else p
    if untrusted and p.suffix.lower() in (".xlsx", ".xlsm") and p.exists():
        try:
            done = _patched(
                p,
                out,
                lambda pkg: patch.update(pkg, updates, key_column, sheet, header_row),
            )
        except LookupError as exc:
            raise MissingColumns(
                f"{p} [{sheet or 'first sheet'}]: no key column {key_column!r}; columns: {exc}"
            ) from None
        if done:
            return out
    wb = _load(p)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    hr = header_row or 1
    if header_row is None and key_column is not None:
        for r in range(1, min(ws.max_row, 20) + 1):
            if any(norm_header(c.value) == norm_header(key_column) for c in ws[r]):
                hr = r
                break
    header = [c.value for c in ws[hr]]
    index = {norm_header(h): i for i, h in enumerate(header, start=1) if h is not None}
    if key_column is not None and norm_header(key_column) not in index:
        found = ", ".join(str(h) for h in header if h)
        raise MissingColumns(f"{p} [{ws.title}]: no key column {key_column!r}; columns: {found}")
    for change in updates.values():
        for col in change:
            if norm_header(col) not in index:
                header.append(col)
                index[norm_header(col)] = len(header)
                ws.cell(row=hr, column=len(header), value=col)
    if key_column is None:
        targets = {int(r): v for r, v in updates.items()}
    else:
        kc = index[norm_header(key_column)]
        wanted = {str(k): v for k, v in updates.items()}
        targets = {}
        for r in range(hr + 1, ws.max_row + 1):
            key = ws.cell(row=r, column=kc).value
            if key is not None and str(key).strip() in wanted:
                targets[r] = wanted[str(key).strip()]
    for r, change in targets.items():
        for col, v in change.items():
            _set(ws.cell(row=r, column=index[norm_header(col)]), v, untrusted)
    _atomic_save(lambda tmp: wb.save(tmp), out)
    return out
