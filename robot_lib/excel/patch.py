"""Edits of a saved workbook made in its XML, without loading the cells they do not touch:
rows appended under a sheet, cells set in chosen rows, a sheet replaced or added.

openpyxl loads every cell of every sheet to change one (RPA.Excel.Files does the same); on a
100,000-row workbook that is most of the time of an edit. Here the package's parts are kept
as they are and only the rows concerned are written, so formatting, other sheets, macros
and everything this module does not understand stay byte for byte.

Anything unexpected (a row or cell without its reference, a formula in a cell to be
overwritten, a sheet to replace that has drawings or tables, strict OOXML) raises
:class:`Unsupported`, and the caller takes the openpyxl path instead. Text is always written
as text (an inline string): it never becomes a formula.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from robot_lib.excel.reading import col_letter as zero_based_letter
from robot_lib.excel.reading import norm_header

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EPOCH = dt.datetime(1899, 12, 30)
_ROW = re.compile(r'<row\b[^>]*?\br="(\d+)"[^>]*?(/>|>)')
_CELL = re.compile(r"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_FORMATS = {"date": "yyyy\\-mm\\-dd", "datetime": "yyyy\\-mm\\-dd\\ hh:mm:ss"}


class Unsupported(Exception):
    """The workbook holds something this module does not edit: use openpyxl."""


def col_index(ref: str) -> int:
    """'C7' -> 3 (1-based column)."""
    n = 0
    for ch in ref:
        if not ch.isalpha():
            break
        n = n * 26 + ord(ch.upper()) - 64
    return n


def col_letter(index: int) -> str:
    """3 -> 'C' (1-based, as cell references count)."""
    return zero_based_letter(index - 1)


class Package:
    """An .xlsx as its zip members; :meth:`save` writes them back in their order."""

    def __init__(self, path: Path) -> None:
        try:
            with zipfile.ZipFile(path) as z:
                self.members = {i.filename: z.read(i) for i in z.infolist()}
        except (OSError, zipfile.BadZipFile, KeyError) as exc:
            raise Unsupported(str(exc)) from None
        self.path = path
        wb = self.text("xl/workbook.xml")
        if "purl.oclc.org" in wb:
            raise Unsupported("strict OOXML")
        rels = self.text("xl/_rels/workbook.xml.rels")
        targets = {
            a.get("Id"): a.get("Target", "")
            for a in (dict(_ATTR.findall(m)) for m in re.findall(r"<Relationship\b([^>]*)>", rels))
        }
        self.sheets: dict[str, str] = {}  # name -> part
        for m in re.finditer(r"<(?:\w+:)?sheet\b([^>]*?)/?>", wb):
            attrs = dict(re.findall(r'([\w:]+)="([^"]*)"', m.group(1)))
            rid = next((v for k, v in attrs.items() if k.endswith(":id")), None)
            target = targets.get(rid, "")
            part = target.lstrip("/") if target.startswith("/") else "xl/" + target
            self.sheets[html.unescape(attrs.get("name", ""))] = part
        self._styles: dict[str, int] = {}

    def text(self, name: str) -> str:
        if name not in self.members:
            raise Unsupported(f"no part {name}")
        return self.members[name].decode("utf-8")

    def put(self, name: str, text: str) -> None:
        self.members[name] = text.encode("utf-8")

    def save(self, path: Path) -> None:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            for name, data in self.members.items():
                z.writestr(name, data)

    # ------------------------------------------------------------ styles

    def date_style(self, kind: str) -> int:
        """The index of a cell format showing dates (or date-times), added once."""
        if kind in self._styles:
            return self._styles[kind]
        xml = self.text("xl/styles.xml")
        code = _FORMATS[kind]
        ids = [int(i) for i in re.findall(r'numFmtId="(\d+)"', xml)]
        fmt_id = max([163, *ids]) + 1
        numfmt = f'<numFmt numFmtId="{fmt_id}" formatCode="{code}"/>'
        if "</numFmts>" in xml:
            xml = xml.replace("</numFmts>", numfmt + "</numFmts>", 1)
        else:
            head = re.search(r"<styleSheet\b[^>]*>", xml)
            if head is None:
                raise Unsupported("no styleSheet")
            block = f'<numFmts count="0">{numfmt}</numFmts>'
            xml = xml[: head.end()] + block + xml[head.end() :]
        m = re.search(r"<cellXfs\b[^>]*>(.*?)</cellXfs>", xml, re.S)
        if m is None:
            raise Unsupported("no cellXfs")
        index = len(re.findall(r"<xf\b", m.group(1)))
        xf = f'<xf numFmtId="{fmt_id}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>'
        xml = xml[: m.end(1)] + xf + xml[m.end(1) :]
        count = len(re.findall(r"<numFmt\b", xml))
        xml = re.sub(r'<numFmts count="\d+"', lambda _m: f'<numFmts count="{count}"', xml)
        xml = re.sub(r'(<cellXfs\b[^>]*count=")\d+', lambda x: f"{x.group(1)}{index + 1}", xml)
        self.put("xl/styles.xml", xml)
        self._styles[kind] = index
        return index

    def drop_calc_chain(self) -> None:
        """Cells were rewritten: Excel rebuilds its formula order (calcChain) on open."""
        if "xl/calcChain.xml" not in self.members:
            return
        del self.members["xl/calcChain.xml"]
        rels = self.text("xl/_rels/workbook.xml.rels")
        self.put(
            "xl/_rels/workbook.xml.rels", re.sub(r"<Relationship\b[^>]*calcChain[^>]*/>", "", rels)
        )
        ct = self.text("[Content_Types].xml")
        self.put("[Content_Types].xml", re.sub(r"<Override\b[^>]*calcChain[^>]*/>", "", ct))

    # ------------------------------------------------------------ cells

    def cell(self, ref: str, v: Any, style: str | None = None) -> str:
        """One ``<c>`` element; *style* is the old cell's ``s`` kept for values that are not
        dates. None gives an empty cell that keeps its style."""
        s = f' s="{style}"' if style else ""
        if v is None or v == "":
            return f'<c r="{ref}"{s}/>' if style else ""
        if isinstance(v, bool):
            return f'<c r="{ref}"{s} t="b"><v>{int(v)}</v></c>'
        if isinstance(v, int | float | Decimal):
            return f'<c r="{ref}"{s}><v>{v}</v></c>'
        if isinstance(v, dt.datetime):
            serial = (v.replace(tzinfo=None) - _EPOCH).total_seconds() / 86400
            return f'<c r="{ref}" s="{self.date_style("datetime")}"><v>{serial}</v></c>'
        if isinstance(v, dt.date):
            serial = (dt.datetime(v.year, v.month, v.day) - _EPOCH).days
            return f'<c r="{ref}" s="{self.date_style("date")}"><v>{serial}</v></c>'
        text = escape(_BAD_XML.sub("", str(v)))
        return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


class Sheet:
    """One worksheet part: its rows located, read and rewritten."""

    def __init__(self, pkg: Package, name: str) -> None:
        if name not in pkg.sheets:
            raise Unsupported(f"no sheet {name!r}")
        self.pkg, self.part = pkg, pkg.sheets[name]
        self.xml = pkg.text(self.part)
        start = self.xml.find("<sheetData")
        end = self.xml.rfind("</sheetData>")
        if start < 0:
            raise Unsupported("no sheetData")
        if end < 0:  # '<sheetData/>': an empty sheet
            raise Unsupported("empty sheet")
        self.data_start, self.data_end = self.xml.index(">", start) + 1, end
        self.rows: dict[int, tuple[int, int]] = {}  # row number -> span in xml
        n_rows = self.xml.count("<row", self.data_start, self.data_end)
        for m in _ROW.finditer(self.xml, self.data_start, self.data_end):
            s = m.start()
            e = m.end() if m.group(2) == "/>" else self.xml.index("</row>", m.end()) + 6
            self.rows[int(m.group(1))] = (s, e)
        if len(self.rows) != n_rows:
            raise Unsupported("rows without a reference")
        self._sst: list[str] | None = None

    @property
    def last_row(self) -> int:
        return max(self.rows, default=0)

    def cells(self, row: int) -> dict[int, tuple[dict[str, str], str]]:
        """Column -> (attributes, inner xml) of one row's cells."""
        if row not in self.rows:
            return {}
        s, e = self.rows[row]
        out = {}
        for m in _CELL.finditer(self.xml, s, e):
            attrs = dict(_ATTR.findall(m.group(1)))
            if "r" not in attrs:
                raise Unsupported("a cell without a reference")
            out[col_index(attrs["r"])] = (attrs, m.group(2) or "")
        return out

    def value(self, attrs: Mapping[str, str], inner: str) -> Any:
        t = attrs.get("t", "n")
        if t == "inlineStr":
            return _unescape("".join(re.findall(r"<t\b[^>]*>(.*?)</t>", inner, re.S)))
        v = re.search(r"<v>(.*?)</v>", inner, re.S)
        if v is None:
            return None
        raw = v.group(1)
        if t == "s":
            return self.shared()[int(raw)]
        if t in ("str", "e"):
            return _unescape(raw)
        if t == "b":
            return raw == "1"
        n = float(raw)
        return int(n) if n.is_integer() else n

    def shared(self) -> list[str]:
        if self._sst is None:
            xml = self.pkg.members.get("xl/sharedStrings.xml", b"").decode("utf-8")
            self._sst = [
                _unescape("".join(re.findall(r"<t\b[^>]*>(.*?)</t>", si, re.S)))
                for si in re.findall(r"<si>(.*?)</si>", xml, re.S)
            ]
        return self._sst

    def row_values(self, row: int) -> dict[int, Any]:
        return {c: self.value(a, i) for c, (a, i) in self.cells(row).items()}

    def column_values(self, col: int, after: int) -> dict[int, Any]:
        """Row -> value of one column, for the rows below *after*."""
        letters = col_letter(col)
        rx = re.compile(r'<c\b([^>]*?\br="' + letters + r'\d+"[^>]*?)(?:/>|>(.*?)</c>)', re.S)
        out = {}
        for r, (s, e) in self.rows.items():
            if r > after:
                m = rx.search(self.xml, s, e)
                if m:
                    out[r] = self.value(dict(_ATTR.findall(m.group(1))), m.group(2) or "")
        return out

    def set_cells(self, changes: Mapping[int, Mapping[int, Any]]) -> None:
        """Write values into cells: row -> {column -> value}. Rows below the last one are
        added; rows in between must exist. A cell holding a formula is never overwritten."""
        pieces: list[tuple[int, int, str]] = []  # (start, end, replacement) in self.xml
        added: list[str] = []
        last = self.last_row
        width = 0
        for r in sorted(changes):
            cols = changes[r]
            width = max([width, *cols])
            if r > last:
                cells = (self.pkg.cell(f"{col_letter(c)}{r}", cols[c]) for c in sorted(cols))
                added.append(f'<row r="{r}">{"".join(cells)}</row>')
                continue
            if r not in self.rows:
                raise Unsupported(f"row {r} is not in the sheet")
            old = self.cells(r)
            merged: dict[int, str] = {}
            for c, (attrs, inner) in old.items():
                if c in cols:
                    if "<f" in inner:
                        raise Unsupported("a formula in a cell to be written")
                    continue
                tag = _attrs(attrs)
                merged[c] = f"<c {tag}>{inner}</c>" if inner else f"<c {tag}/>"
            for c, v in cols.items():
                style = old[c][0].get("s") if c in old else None
                merged[c] = self.pkg.cell(f"{col_letter(c)}{r}", v, style)
            s, e = self.rows[r]
            head = _ROW.match(self.xml, s)
            assert head is not None
            open_tag = re.sub(r'\s*spans="[^"]*"', "", head.group(0))
            open_tag = open_tag[:-2] + ">" if open_tag.endswith("/>") else open_tag
            pieces.append((s, e, open_tag + "".join(merged[c] for c in sorted(merged)) + "</row>"))
        pieces.sort()
        pieces.append((self.data_end, self.data_end, "".join(added)))
        out, pos = [], 0
        for s, e, text in pieces:
            out.append(self.xml[pos:s])
            out.append(text)
            pos = e
        out.append(self.xml[pos:])
        self.xml = "".join(out)
        self._grow_dimension(max(last, max(changes, default=0)), width)
        self.pkg.put(self.part, self.xml)
        self.pkg.drop_calc_chain()

    def _grow_dimension(self, rows: int, cols: int) -> None:
        m = re.search(r'<dimension ref="(?:[A-Z]+\d+:)?([A-Z]+)(\d+)"', self.xml)
        if m is None:
            return
        width = max(col_index(m.group(1)), cols)
        height = max(int(m.group(2)), rows)
        ref = f'<dimension ref="A1:{col_letter(width)}{height}"'
        self.xml = self.xml[: m.start()] + ref + self.xml[m.end() :]


def _attrs(attrs: Mapping[str, str]) -> str:
    return " ".join(f'{k}="{v}"' for k, v in attrs.items())


def _unescape(text: str) -> str:
    text = html.unescape(text)
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def sheet_xml(pkg: Package, rows: Iterable[Sequence[Any]]) -> str:
    """A whole worksheet part of *rows* (row 1 first)."""
    body, width, n = [], 0, 0
    for n, values in enumerate(rows, start=1):
        width = max(width, len(values))
        cells = "".join(pkg.cell(f"{col_letter(c)}{n}", v) for c, v in enumerate(values, 1))
        body.append(f'<row r="{n}">{cells}</row>')
    ref = f"A1:{col_letter(max(width, 1))}{max(n, 1)}"
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}"><dimension ref="{ref}"/>'
        f"<sheetData>{''.join(body)}</sheetData></worksheet>"
    )


def replace_sheet(pkg: Package, name: str, rows: Iterable[Sequence[Any]]) -> None:
    """Replace the content of sheet *name*, or add it as the last sheet."""
    if name in pkg.sheets:
        part = pkg.sheets[name]
        rels = part.replace("worksheets/", "worksheets/_rels/") + ".rels"
        if rels in pkg.members:
            raise Unsupported("the sheet has drawings, tables or comments")
        pkg.put(part, sheet_xml(pkg, rows))
        pkg.drop_calc_chain()
        return
    taken = set(pkg.members)
    n = 1
    while f"xl/worksheets/sheet{n}.xml" in taken:
        n += 1
    part = f"xl/worksheets/sheet{n}.xml"
    rels = pkg.text("xl/_rels/workbook.xml.rels")
    rid_n = 1
    while f'Id="rId{rid_n}"' in rels:
        rid_n += 1
    rels = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rId{rid_n}" Type="{_REL}/worksheet" '
        f'Target="worksheets/sheet{n}.xml"/></Relationships>',
    )
    wb = pkg.text("xl/workbook.xml")
    ids = [int(i) for i in re.findall(r'<(?:\w+:)?sheet\b[^>]*?sheetId="(\d+)"', wb)]
    prefix = re.search(r"<(\w+:)?sheets>", wb)
    if prefix is None:
        raise Unsupported("no sheets element")
    ns = prefix.group(1) or ""
    entry = (
        f'<{ns}sheet xmlns:r="{_REL}" name="{escape(name, {chr(34): "&quot;"})}" '
        f'sheetId="{max(ids, default=0) + 1}" r:id="rId{rid_n}"/>'
    )
    wb = wb.replace(f"</{ns}sheets>", entry + f"</{ns}sheets>", 1)
    ct = pkg.text("[Content_Types].xml")
    ct = ct.replace("</Types>", f'<Override PartName="/{part}" ContentType="{_CT}"/></Types>', 1)
    pkg.put(part, sheet_xml(pkg, rows))
    pkg.put("xl/_rels/workbook.xml.rels", rels)
    pkg.put("xl/workbook.xml", wb)
    pkg.put("[Content_Types].xml", ct)
    pkg.sheets[name] = part


# ------------------------------------------------------------------ the edits excel offers


def append(
    pkg: Package,
    sheets: Mapping[str, Sequence[Mapping[str, Any]]],
    columns: Mapping[str, Sequence[str] | None],
) -> None:
    """Rows under each sheet's header (row 1); new columns join the header."""
    for name, recs in sheets.items():
        cols: dict[str, None] = dict.fromkeys(columns.get(name) or [])
        for r in recs:
            cols.update(dict.fromkeys(r))
        if name not in pkg.sheets:
            replace_sheet(pkg, name, [list(cols), *([r.get(c) for c in cols] for r in recs)])
            continue
        sh = Sheet(pkg, name)
        head = sh.row_values(1)
        header = [head.get(i) for i in range(1, max(head, default=0) + 1)]
        changes: dict[int, dict[int, Any]] = {}
        for c in cols:
            if c not in header:
                header.append(c)
                changes.setdefault(1, {})[len(header)] = c
        index = {norm_header(h): i for i, h in enumerate(header, start=1) if h is not None}
        row = sh.last_row
        for r in recs:
            row += 1
            changes[row] = {index[norm_header(k)]: v for k, v in r.items()}
        sh.set_cells(changes)


def update(
    pkg: Package,
    updates: Mapping[Any, Mapping[str, Any]],
    key_column: str | None,
    sheet: str | None,
    header_row: int | None,
) -> dict[int, Mapping[str, Any]]:
    """Values into the rows whose key matches (or into rows by number); returns what was
    written where. Raises LookupError naming the columns when the key column is missing."""
    name = sheet if sheet is not None else next(iter(pkg.sheets), "")
    sh = Sheet(pkg, name)
    hr = header_row or 1
    if header_row is None and key_column is not None:
        for r in range(1, min(sh.last_row, 20) + 1):
            if any(norm_header(v) == norm_header(key_column) for v in sh.row_values(r).values()):
                hr = r
                break
    head = sh.row_values(hr)
    header = [head.get(i) for i in range(1, max(head, default=0) + 1)]
    index = {norm_header(h): i for i, h in enumerate(header, start=1) if h is not None}
    if key_column is not None and norm_header(key_column) not in index:
        raise LookupError(", ".join(str(h) for h in header if h))
    changes: dict[int, dict[int, Any]] = {}
    for change in updates.values():
        for col in change:
            if norm_header(col) not in index:
                header.append(col)
                index[norm_header(col)] = len(header)
                changes.setdefault(hr, {})[len(header)] = col
    if key_column is None:
        targets = {int(r): v for r, v in updates.items()}
    else:
        wanted = {str(k): v for k, v in updates.items()}
        keys = sh.column_values(index[norm_header(key_column)], hr)
        targets = {
            r: wanted[str(k).strip()]
            for r, k in keys.items()
            if k is not None and str(k).strip() in wanted
        }
    for r, change in targets.items():
        changes.setdefault(r, {}).update({index[norm_header(c)]: v for c, v in change.items()})
    sh.set_cells(changes)
    return targets
