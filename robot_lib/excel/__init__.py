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
from robot_lib.errors import BadCell, ExcelError, MissingColumns, WorkbookLocked

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LARGE = 5000  # rows from which a new workbook is written by rustpy-xlsxwriter


class Record(dict[str, Any]):
    """A row as a dict (header -> value), with its sheet row number and any bad cells.
    Built by dict's own constructor (no Python step per record): ``row`` and ``errors`` are
    set after."""

    __slots__ = ("_errors", "_row")

    @property
    def row(self) -> int:
        return getattr(self, "_row", 0)

    @row.setter
    def row(self, value: int) -> None:
        self._row = value

    @property
    def errors(self) -> list[str]:
        """Bad cells of this row (``Sheet!C7: ...``) when read with ``errors="collect"``."""
        try:
            return self._errors
        except AttributeError:
            self._errors: list[str] = []
            return self._errors


def norm_header(text: Any) -> str:
    """``"  First   name "`` -> ``"first name"``: how headers are compared."""
    return re.sub(r"\s+", " ", str(text or "")).strip().lower()


def _clean_header(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


def col_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


def check_not_locked(path: Path) -> None:
    """Raise WorkbookLocked if Excel's owner file ``~$name`` sits next to *path*."""
    lock = path.with_name("~$" + path.name)
    if lock.exists():
        raise WorkbookLocked(f"{path} is open in Excel (lock file {lock.name}); close it and retry")


# ------------------------------------------------------------------ reading


def _rows_csv(path: Path) -> tuple[str, list[list[Any]]]:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    return path.stem, [row for row in csv.reader(text.splitlines(), dialect)]


def _rows_xlsx(path: Path, sheet: str | None) -> tuple[str, list[list[Any]]]:
    try:
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(path))
        name = sheet or wb.sheet_names[0]
        if name not in wb.sheet_names:
            raise ExcelError(f"{path}: no sheet {name!r} (sheets: {', '.join(wb.sheet_names)})")
        return name, wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except ImportError:
        pass
    from openpyxl import load_workbook

    wb2 = load_workbook(path, read_only=True, data_only=True)
    try:
        if sheet and sheet not in wb2.sheetnames:
            raise ExcelError(f"{path}: no sheet {sheet!r} (sheets: {', '.join(wb2.sheetnames)})")
        ws = wb2[sheet] if sheet else wb2.worksheets[0]
        return ws.title, [list(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb2.close()


def _convert(value: Any, tp: Callable[..., Any]) -> Any:
    if value is None or value == "":
        return None
    if tp is str:
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()
    if tp is int:
        if isinstance(value, float) and not value.is_integer():
            raise ValueError("not a whole number")
        return int(float(str(value).replace(",", "").strip()))
    if tp is float:
        if isinstance(value, int | float):
            return float(value)
        return float(str(value).replace(",", "").strip())
    if tp is dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(str(value).strip()[:10])
    if tp is bool:
        if isinstance(value, bool):
            return value
        s = str(value).strip().lower()
        if s in ("1", "true", "yes", "y", "x"):
            return True
        if s in ("0", "false", "no", "n", ""):
            return False
        raise ValueError("not yes/no")
    return tp(value)


def read_records(
    path: str | Path,
    sheet: str | None = None,
    header_row: int | None = None,
    required: Sequence[str] = (),
    types: Mapping[str, Callable[..., Any]] | None = None,
    errors: str = "raise",
) -> list[Record]:
    """Read a sheet (or CSV) as a list of dicts keyed by header.

    Args:
        header_row: 1-based row of the header; default: the first of the first 20 rows that
            holds every required column (or, with none required, the first non-empty row).
        required: columns that must exist (compared trimmed and case-insensitively); the
            record keys use these spellings.
        types: column -> str/int/float/bool/date (or any callable) to convert cells.
        errors: ``raise`` (BadCell on the first bad cell) or ``collect`` (bad cells go to
            ``record.errors`` as ``Sheet!C7: ...`` and the value stays as read).

    Raises MissingColumns naming the columns found; BadCell naming the cell.
    """
    p = Path(path)
    if not p.is_file():
        raise ExcelError(f"{p}: file not found")
    try:
        name, rows = _rows_csv(p) if p.suffix.lower() == ".csv" else _rows_xlsx(p, sheet)
    except ExcelError:
        raise
    except Exception as exc:
        raise ExcelError(f"{p}: cannot be read ({type(exc).__name__}: {exc})") from None
    wanted = {norm_header(c): c for c in [*required, *(types or {})]}
    req = [norm_header(c) for c in required]
    if header_row is None:
        header_row = 0
        for i, r in enumerate(rows[:20]):
            heads = {norm_header(c) for c in r if c not in (None, "")}
            if heads and (not req or all(c in heads for c in req)):
                header_row = i + 1
                break
        if header_row == 0:
            header_row = 1
    if header_row > len(rows):
        raise MissingColumns(f"{p} [{name}]: no header row (the sheet is empty)")
    header = rows[header_row - 1]
    keys: list[str | None] = []
    for c in header:
        if c in (None, ""):
            keys.append(None)
        else:
            keys.append(wanted.get(norm_header(c), _clean_header(c)))
    found = [k for k in keys if k]
    missing = [c for c in required if norm_header(c) not in {norm_header(k) for k in found}]
    if missing:
        raise MissingColumns(
            f"{p} [{name}] row {header_row}: missing column(s) {', '.join(missing)}; "
            f"columns found: {', '.join(found) or 'none'}"
        )
    conv = {norm_header(k): v for k, v in (types or {}).items()}
    if not conv:
        return _plain_records(rows, header_row, keys)
    out: list[Record] = []
    for rn, r in enumerate(rows[header_row:], start=header_row + 1):
        if all(v in (None, "") for v in r):
            continue
        rec = Record()
        rec.row = rn
        for ci, key in enumerate(keys):
            if key is None:
                continue
            value = r[ci] if ci < len(r) else None
            if isinstance(value, str):
                value = value.strip()
            tp = conv.get(norm_header(key))
            if tp is not None:
                try:
                    value = _convert(value, tp)
                except (ValueError, TypeError) as exc:
                    msg = (
                        f"{name}!{col_letter(ci)}{rn}: {key} {value!r} is not {_tname(tp)} ({exc})"
                    )
                    if errors == "raise":
                        raise BadCell(f"{p}: {msg}") from None
                    rec.errors.append(msg)
            elif value == "":
                value = None
            elif isinstance(value, float) and value.is_integer() and not isinstance(value, bool):
                value = int(value)  # calamine reads every number as float; openpyxl does not
            rec[key] = value
        out.append(rec)
    return out


def _plain_records(rows: list[list[Any]], header_row: int, keys: list[str | None]) -> list[Record]:
    """Records without type conversion, cleaned column by column (C loops, not a Python
    step per cell): text trimmed, '' as None, whole floats as int (calamine reads every
    number as a float). Fully empty rows are skipped."""
    body = rows[header_row:]
    if not body:
        return []
    width = len(keys)
    if any(len(r) != width for r in body):
        body = [(list(r) + [None] * width)[:width] for r in body]
    cols: list[list[Any]] = [list(c) for c in zip(*body, strict=True)]
    blank: list[bool] | None = None
    for ci, col in enumerate(cols):
        kinds = set(map(type, col))
        if kinds <= {str}:
            col = list(map(str.strip, col))
        elif kinds <= {float}:
            if all(map(float.is_integer, col)):
                col = list(map(int, col))
        else:
            col = [_clean(v) for v in col]
        if "" in col:
            col = [None if v == "" else v for v in col]
        cols[ci] = col
        empty = [v is None for v in col]
        blank = empty if blank is None else list(map(bool.__and__, blank, empty))
    live = [ci for ci, k in enumerate(keys) if k is not None]
    names = [str(keys[ci]) for ci in live]
    numbers = range(header_row + 1, header_row + 1 + len(body))
    values = zip(*(cols[ci] for ci in live), strict=True)
    if blank is not None and any(blank):
        kept = [(rn, v) for rn, v, skip in zip(numbers, values, blank, strict=True) if not skip]
        numbers, values = (x[0] for x in kept), iter([x[1] for x in kept])  # type: ignore[assignment]
    out = [Record(zip(names, v, strict=True)) for v in values]
    for rec, rn in zip(out, numbers, strict=False):
        rec._row = rn
    return out


def _clean(v: Any) -> Any:
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _tname(tp: Any) -> str:
    return {int: "a whole number", float: "a number", dt.date: "a date", bool: "yes/no"}.get(
        tp, getattr(tp, "__name__", str(tp))
    )


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


def _sheet_names(path: Path) -> list[str] | None:
    """The sheet names of an .xlsx from its ``xl/workbook.xml`` alone (None: not a workbook
    that can be read so), without loading any sheet."""
    import html
    import re
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
