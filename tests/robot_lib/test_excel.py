"""robot_lib.excel: files it writes are opened again and checked."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from robot_lib import excel
from robot_lib.errors import BadCell, ExcelError, MissingColumns, WorkbookLocked


def _book(path: Path, rows: list[list[object]], title: str = "Data") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_read_finds_the_header_normalizes_and_converts(tmp_path: Path) -> None:
    p = _book(
        tmp_path / "in.xlsx",
        [
            ["Customer export", None, None],
            [None, None, None],
            ["  e-MAIL ", "Amount", "Due   date"],
            ["a@x.com", 12.5, dt.datetime(2026, 3, 1)],
            [None, None, None],
            ["b@x.com", "7", "2026-04-02"],
        ],
    )
    rows = excel.read_records(p, required=["E-mail"], types={"amount": float, "due date": dt.date})
    assert [dict(r) for r in rows] == [
        {"E-mail": "a@x.com", "amount": 12.5, "due date": dt.date(2026, 3, 1)},
        {"E-mail": "b@x.com", "amount": 7.0, "due date": dt.date(2026, 4, 2)},
    ]
    assert [r.row for r in rows] == [4, 6]


def test_missing_columns_name_the_columns_found(tmp_path: Path) -> None:
    p = _book(tmp_path / "in.xlsx", [["Name", "Phone"], ["Ann", "1"]])
    with pytest.raises(
        MissingColumns, match=r"missing column\(s\) Email; columns found: Name, Phone"
    ):
        excel.read_records(p, required=["Email"])


def test_bad_cells_are_named_by_address(tmp_path: Path) -> None:
    p = _book(tmp_path / "in.xlsx", [["Name", "Qty"], ["Ann", 3], ["Bob", "lots"]], title="Orders")
    with pytest.raises(BadCell, match=r"Orders!B3: Qty 'lots' is not a whole number"):
        excel.read_records(p, types={"Qty": int})
    rows = excel.read_records(p, types={"Qty": int}, errors="collect")
    assert rows[0].errors == [] and rows[1].errors and "Orders!B3" in rows[1].errors[0]


def test_csv_with_semicolons(tmp_path: Path) -> None:
    p = tmp_path / "in.csv"
    p.write_text("Email;Name\nann@x.com;Ann\n;\nbob@x.com;Bob\n", encoding="utf-8")
    assert [r["email"] for r in excel.read_records(p, required=["email"])] == [
        "ann@x.com",
        "bob@x.com",
    ]


def test_write_append_update_keep_other_sheets_and_formatting(tmp_path: Path) -> None:
    p = tmp_path / "out.xlsx"
    excel.write_records(p, [{"Key": "a", "V": 1}, {"Key": "b", "V": 2}], sheet="Main")
    wb = load_workbook(p)
    wb["Main"]["A1"].font = Font(bold=True)
    wb.create_sheet("Notes")["A1"] = "keep me"
    wb.save(p)
    excel.append_records(p, [{"Key": "c", "V": 3, "Extra": "x"}], sheet="Main")
    dest = tmp_path / "out.result.xlsx"
    excel.update_rows(p, "key", {"b": {"Status": "done"}}, sheet="Main", dest=dest)
    src = load_workbook(p)
    assert src["Notes"]["A1"].value == "keep me"
    assert src["Main"]["A1"].font.bold
    assert [c.value for c in src["Main"][1]] == ["Key", "V", "Extra"]
    assert "Status" not in [c.value for c in src["Main"][1]]  # the source is untouched
    got = excel.read_records(dest, sheet="Main")
    assert [(r["Key"], r["V"], r.get("Extra"), r["Status"]) for r in got] == [
        ("a", 1, None, None),
        ("b", 2, None, "done"),
        ("c", 3, "x", None),
    ]


def test_formula_injection_is_written_as_text(tmp_path: Path) -> None:
    p = tmp_path / "inj.xlsx"
    excel.write_records(p, [{"Name": '=HYPERLINK("http://evil","x")', "N": "+1"}])
    ws = load_workbook(p).active
    assert ws is not None
    assert ws["A2"].data_type == "s" and ws["B2"].data_type == "s"
    assert ws["A2"].value.startswith("=HYPERLINK")
    csv_path = tmp_path / "inj.csv"
    excel.write_records(csv_path, [{"Name": "=1+1"}])
    assert csv_path.read_text().splitlines()[1] == "'=1+1"


def test_a_workbook_open_in_excel_is_refused(tmp_path: Path) -> None:
    p = _book(tmp_path / "book.xlsx", [["A"], [1]])
    (tmp_path / "~$book.xlsx").write_bytes(b"lock")
    with pytest.raises(WorkbookLocked, match="open in Excel"):
        excel.append_records(p, [{"A": 2}])
    assert excel.read_records(p) == [{"A": 1}]


def test_a_failing_save_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = _book(tmp_path / "book.xlsx", [["A"], [1]])
    before = p.read_bytes()

    def boom(self: object, filename: object) -> None:
        Path(str(filename)).write_bytes(b"half a workb")
        raise OSError("disk full")

    # both ways of saving: the XML patch, and openpyxl (a formula-capable, trusted write)
    monkeypatch.setattr("robot_lib.excel.patch.Package.save", boom)
    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", boom)
    with pytest.raises(OSError, match="disk full"):
        excel.append_records(p, [{"A": 2}])
    with pytest.raises(OSError, match="disk full"):
        excel.append_records(p, [{"A": "=1+1"}], untrusted=False)
    assert p.read_bytes() == before
    assert [f.name for f in tmp_path.iterdir()] == ["book.xlsx"]  # no temp file left


def test_large_new_workbooks_round_trip_every_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large new workbooks go through rustpy-xlsxwriter: every type comes back through
    openpyxl and calamine, text stays text, dates stay dates."""
    monkeypatch.setattr(excel, "LARGE", 10)
    when = dt.datetime(2026, 1, 2, 3, 4, 5)
    rows = [
        {
            "N": i,
            "F": i + 0.25,
            "Text": f"=row {i}",
            "Day": dt.date(2026, 1, 1),
            "At": when,
            "Ok": i % 2 == 0,
            "Price": Decimal("12.30"),
            "Note": None if i % 3 else "Zürich ✓ 東京 +49",
        }
        for i in range(25)
    ]
    rows[5] = {"Text": "@SUM(A1)", "N": 5}  # keys in another order, some missing
    p = excel.write_records(tmp_path / "big.xlsx", rows, sheet="Big")
    got = excel.read_records(p, sheet="Big", types={"Day": dt.date})  # calamine
    assert len(got) == 25 and got[24]["N"] == 24 and got[3]["Text"] == "=row 3"
    assert got[0]["Day"] == dt.date(2026, 1, 1) and got[0]["At"] == when
    assert got[0]["Ok"] is True and got[1]["Ok"] is False and got[0]["F"] == 0.25
    assert got[0]["Price"] == 12.3 and got[0]["Note"] == "Zürich ✓ 東京 +49"
    assert got[5] == {
        "N": 5,
        "F": None,
        "Text": "@SUM(A1)",
        "Day": None,
        "At": None,
        "Ok": None,
        "Price": None,
        "Note": None,
    }
    ws = load_workbook(p)["Big"]  # openpyxl reads it too, text stays text
    assert [c.value for c in ws[1]] == ["N", "F", "Text", "Day", "At", "Ok", "Price", "Note"]
    assert ws["C4"].value == "=row 2" and ws["C4"].data_type == "s"
    assert ws["D2"].is_date and ws["D2"].number_format == "yyyy-mm-dd"
    assert ws["E2"].value == when and ws["E2"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert ws["F2"].value is True and ws.max_row == 26
    with pytest.raises(ExcelError, match="32,767"):  # Excel's limit: a clear error, file kept
        excel.write_records(p, [*rows, {"Text": "x" * 40_000}], sheet="Big")
    assert excel.read_records(p, sheet="Big")[24]["N"] == 24


def test_writing_a_report_again_replaces_a_one_sheet_workbook_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from robot_lib.excel import _sheet_names

    p = excel.write_records(tmp_path / "report.xlsx", [{"A": 1, "B": "x"}], sheet="R & D")
    assert _sheet_names(p) == ["R & D"]
    excel.write_records(p, [{"C": 2}, {"C": 3}], sheet="R & D")  # run twice: small
    assert excel.read_records(p, sheet="R & D") == [{"C": 2}, {"C": 3}]
    monkeypatch.setattr(excel, "LARGE", 10)
    rows = [{"N": i, "T": f"=t{i}"} for i in range(12)]
    excel.write_records(p, rows, sheet="R & D")  # run twice: streamed
    wb = load_workbook(p)
    assert wb.sheetnames == ["R & D"] and wb["R & D"]["B2"].data_type == "s"
    assert excel.read_records(p, sheet="R & D")[11] == {"N": 11, "T": "=t11"}
    (tmp_path / "~$report.xlsx").write_bytes(b"lock")
    with pytest.raises(WorkbookLocked):
        excel.write_records(p, rows, sheet="R & D")


def test_plain_read_cleans_column_by_column(tmp_path: Path) -> None:
    """The untyped read: text trimmed, '' and blanks as None, whole numbers as int, mixed
    columns cell by cell, empty rows skipped (their numbers kept), short rows padded."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Qty", "Mixed", None, "Day"])
    ws.append(["  Ann ", 3, "x", "no header", dt.date(2026, 1, 2)])
    ws.append([None, None, None, None, None])
    ws.append(["Bob", 2.5, 7, None, None])
    ws.append(["", 4, "   ", None])
    wb.save(tmp_path / "m.xlsx")
    got = excel.read_records(tmp_path / "m.xlsx")
    assert got == [
        {"Name": "Ann", "Qty": 3, "Mixed": "x", "Day": dt.date(2026, 1, 2)},
        {"Name": "Bob", "Qty": 2.5, "Mixed": 7, "Day": None},
        {"Name": None, "Qty": 4, "Mixed": None, "Day": None},
    ]
    assert [r.row for r in got] == [2, 4, 5] and got[0].errors == []
    assert isinstance(got[0]["Qty"], int) and isinstance(got[1]["Mixed"], int)


def _parts_parse(p: Path) -> None:
    """Every XML part of the package is well-formed."""
    import zipfile
    from xml.etree import ElementTree as ET

    with zipfile.ZipFile(p) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                ET.fromstring(z.read(name))


def _styled_book(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws.append(["Id", "Customer", "Amount", "Due", "Check"])
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.column_dimensions["B"].width = 33
    for i in range(1, 6):
        ws.append([i, f"cust {i}", i * 10.5])
    ws["E2"] = "=SUM(C2:C6)"
    other = wb.create_sheet("Notes")
    other.append(["keep me", dt.date(2025, 5, 6)])
    wb.save(path)
    return path


def test_append_and_update_edit_the_xml_and_keep_everything_else(tmp_path: Path) -> None:
    p = _styled_book(tmp_path / "orders.xlsx")
    excel.append_records(
        p,
        [
            {"Id": 6, "Customer": "=HYPERLINK(evil)", "Amount": 1.25, "Due": dt.date(2026, 2, 3)},
            {"Id": 7, "Customer": "Zoë & <Co>", "Amount": None},
        ],
        sheet="Orders",
    )
    excel.update_rows(p, "Id", {"2": {"Amount": 99, "Status": "done"}, "7": {"Status": "new"}})
    _parts_parse(p)
    wb = load_workbook(p)
    ws = wb["Orders"]
    assert [c.value for c in ws[1]] == ["Id", "Customer", "Amount", "Due", "Check", "Status"]
    assert ws["A1"].font.b and ws.column_dimensions["B"].width == 33  # formatting kept
    assert ws["E2"].value == "=SUM(C2:C6)"  # the formula kept
    assert ws["B7"].value == "=HYPERLINK(evil)" and ws["B7"].data_type == "s"  # text stays text
    assert ws["D7"].is_date and ws["D7"].value == dt.datetime(2026, 2, 3)
    assert ws["B8"].value == "Zoë & <Co>" and ws["C8"].value is None
    assert ws["C3"].value == 99 and ws["F3"].value == "done" and ws["F8"].value == "new"
    assert wb["Notes"]["A1"].value == "keep me"  # the other sheet untouched
    got = excel.read_records(p, sheet="Orders")  # calamine reads it the same
    assert [r["Id"] for r in got] == [1, 2, 3, 4, 5, 6, 7] and got[6]["Status"] == "new"


def test_write_records_replaces_or_adds_one_sheet_of_a_workbook(tmp_path: Path) -> None:
    p = _styled_book(tmp_path / "book.xlsx")
    excel.write_records(
        p, [{"Note": "first", "When": dt.datetime(2026, 1, 2, 3, 4)}], sheet="Notes"
    )
    excel.write_records(p, [{"Total": 52.5}], sheet="Summary & Totals")
    _parts_parse(p)
    wb = load_workbook(p)
    assert wb.sheetnames == ["Orders", "Notes", "Summary & Totals"]
    assert [c.value for c in wb["Notes"][2]] == ["first", dt.datetime(2026, 1, 2, 3, 4)]
    assert wb["Notes"].max_row == 2  # the old content is gone
    assert wb["Orders"]["A1"].font.b and wb["Orders"]["E2"].value == "=SUM(C2:C6)"
    assert excel.read_records(p, sheet="Summary & Totals") == [{"Total": 52.5}]


def test_edits_the_xml_patch_does_not_make_go_through_openpyxl(tmp_path: Path) -> None:
    """A formula in a cell to overwrite, a trusted write (formulas wanted): openpyxl."""
    p = _styled_book(tmp_path / "orders.xlsx")
    excel.update_rows_by_number(p, {2: {"Check": 1}}, sheet="Orders")  # E2 holds a formula
    assert load_workbook(p)["Orders"]["E2"].value == 1
    excel.append_records(p, [{"Id": 6, "Customer": "=1+1"}], sheet="Orders", untrusted=False)
    assert load_workbook(p)["Orders"]["B7"].data_type == "f"
