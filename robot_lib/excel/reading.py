"""Reading records from .xlsx (python-calamine, else openpyxl) and .csv: headers found
and normalised, cells converted and checked, bad cells named as ``Sheet!C7``."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gc
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, ParamSpec

from robot_lib.errors import BadCell, ExcelError, MissingColumns

P = ParamSpec("P")


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


def _without_cycle_collection(fn: Callable[P, list[Record]]) -> Callable[P, list[Record]]:
    """A read makes a million new objects and no cycle among them: the cycle collector would
    walk them again and again while they are made (a third of a 100,000-row read)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> list[Record]:
        collecting = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if collecting:
                gc.enable()

    return wrapper


@_without_cycle_collection
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
