"""Data entry: spreadsheet rows typed into a web form, each exactly once.

Reads an .xlsx or .csv, checks every row, fills the form found by visible labels (field
order and ids may change on every load), reads the confirmation, and writes Status,
Confirmation, Message, Run and Time into ``<name>.result.xlsx`` next to the input (the
input itself is never modified). A submit whose answer was lost (HTTP 500, timeout) is
looked up in the application before it is typed again, so no record is entered twice.
"""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Literal

from robot_lib import BusinessError, ConfigError, Review, RunContext, approves, bot
from robot_lib import config as bots_config
from robot_lib.context import signals_held
from robot_lib.forms import FormMapping, FormRobot, check_row, text_of

DEFAULT_MAPPING = Path(__file__).parent / "mappings" / "portal_customers.toml"
RESULT_COLUMNS = ("Status", "Confirmation", "Message", "Run", "Time")


@bot(
    retries=2,
    retry_delay=[10, 60],
    timeout="2h",
    tags=["browser"],
    credentials=["PORTAL_URL", "PORTAL_USERNAME", "PORTAL_PASSWORD"],
    description="Type spreadsheet rows into a web form, each exactly once",
    manual_minutes=2,
)
def data_entry(
    ctx: RunContext,
    *,
    workbook: Path | None = None,
    sheet: str | None = None,
    mapping: Path | None = None,
    key_column: str | None = None,
    method: Literal["native", "simulate"] | None = None,
) -> None:
    """Type each row of a workbook into the portal's form, exactly once.

    Args:
        workbook: the .xlsx or .csv to enter (default: $BOTS_HOME/inbox/customers.xlsx).
        sheet: the sheet to read (default: the first).
        mapping: the form mapping TOML (default: bots/mappings/portal_customers.toml).
        key_column: the column that identifies a row (default: the mapping's).
        method: native (real typing) or simulate (all fields in one script).
    """
    from robot_lib import excel

    src = workbook or bots_config.bots_home() / "inbox" / "customers.xlsx"
    m = FormMapping.load(mapping or DEFAULT_MAPPING)
    if key_column:
        m.key_column = key_column
    if method:
        m.method = method
    if not src.is_file():
        raise ConfigError(f"workbook {src.absolute()} not found (set the param workbook=PATH)")
    rows = excel.read_records(src, sheet=sheet, required=[m.key_column])
    missing = [c for c in m.fields if rows and c not in rows[0]]
    if missing:
        raise BusinessError(
            f"{src}: column(s) {', '.join(missing)} missing; columns: {', '.join(rows[0])}"
        )
    ctx.log.info(f"{len(rows)} row(s) from {src} -> {m.site}{m.form_url} ({m.method})")
    results: dict[int, dict[str, Any]] = {}
    first_row: dict[str, int] = {}
    robot = FormRobot(ctx, m)  # the browser opens with the first row to type
    ctx.progress(len(rows))

    try:  # the results workbook is written whatever stops the loop
        for row in rows:
            key = text_of(row.get(m.key_column)).strip() or f"row {row.row}"
            item_key = key if key not in first_row else f"{key} (row {row.row})"
            first_row.setdefault(key, row.row)
            item = ctx.item(item_key, row, title=f"row {row.row}: {key}")
            if item.skipped:
                results[row.row] = _result("done", _earlier(ctx, item_key), "done earlier", ctx)
                continue
            check_first = ctx.tried_before(item_key)
            # a stop held once the row is in the portal takes effect when this ends: after the
            # history and the results workbook's row both say it is done
            with ExitStack() as saved:
                try:
                    with item:
                        if item_key != key:
                            item.output["status"] = "duplicate"
                            raise BusinessError(
                                f"duplicate {m.key_column}: same as row {first_row[key]}"
                            )
                        problems = [*row.errors, *check_row(row, m)]
                        if problems:
                            item.output["status"] = "invalid"
                            raise BusinessError("; ".join(problems))
                        item.output["status"] = "rejected"
                        conf = robot.enter(key, row, check_first=check_first)
                        saved.enter_context(signals_held())  # the row is in the portal
                        item.output.update(status="done", confirmation=conf)
                        ctx.log.info(f"{key}: saved, confirmation {conf}")
                finally:  # also for the item that stopped the attempt (a setting, a breaker)
                    if item.status is not None:
                        status = (
                            item.output.get("status", "failed")
                            if item.status == "review"
                            else item.status
                        )
                        confirmation = item.output.get("confirmation")
                        results[row.row] = _result(str(status), confirmation, item.message, ctx)
    finally:  # rows the loop never reached say so: none is silently left blank
        for row in rows:
            results.setdefault(row.row, _result("not attempted", None, "run stopped before", ctx))
        out = _write_results(src, rows, results, sheet, ctx)
        ctx.log.info(f"results written to {out}")


@approves(data_entry)
def enter_corrected(ctx: RunContext, item: Any, review: Review) -> None:
    """A row a person corrected (``bots review approve N --set Email=ann@example.com``): read
    again from the workbook, the corrections win over its cells, checked, typed once. The
    row's values are read here, never kept in the run history."""
    from robot_lib import excel

    p = ctx.params
    src = Path(p.get("workbook") or bots_config.bots_home() / "inbox" / "customers.xlsx")
    m = FormMapping.load(Path(p["mapping"]) if p.get("mapping") else DEFAULT_MAPPING)
    if p.get("key_column"):
        m.key_column = p["key_column"]
    if p.get("method"):
        m.method = p["method"]
    rows = excel.read_records(src, sheet=p.get("sheet"), required=[m.key_column])
    key = review.key.split(" (row ")[0]
    row = next((r for r in rows if text_of(r.get(m.key_column)).strip() == key), None)
    if row is None:
        raise BusinessError(f"{review.title}: no row with {m.key_column} {key} in {src}")
    unknown = set(review.values) - set(row)
    if unknown:
        raise BusinessError(f"no column(s) {', '.join(sorted(unknown))} in {src}")
    record = {**row, **review.values}
    problems = check_row(record, m)
    if problems:
        raise BusinessError("; ".join(problems))
    conf = FormRobot(ctx, m).enter(key, record, check_first=True)
    item.output.update(status="done", confirmation=conf)
    ctx.log.info(f"{review.title}: saved after review, confirmation {conf}")


def _result(status: str, conf: Any, message: Any, ctx: RunContext) -> dict[str, Any]:
    return {
        "Status": status,
        "Confirmation": conf,
        "Message": message,
        "Run": ctx.run_id,
        "Time": dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
    }


def _earlier(ctx: RunContext, key: str) -> Any:
    data = ctx.store.last_done_data(ctx.bot, key) if ctx.store is not None else None
    return (data or {}).get("confirmation")


def _write_results(
    src: Path,
    rows: list[Any],
    results: dict[int, dict[str, Any]],
    sheet: str | None,
    ctx: RunContext,
) -> Path:
    """``<name>.result.xlsx`` next to the input (or in the run folder if that fails)."""
    from robot_lib import excel

    out = src.with_name(f"{src.stem}.result.xlsx")

    def write(target: Path) -> Path:
        if src.suffix.lower() == ".csv":
            records = [{**row, **results.get(row.row, {})} for row in rows]
            return excel.write_records(target, records, sheet="Results")
        return excel.update_rows_by_number(src, results, sheet=sheet, dest=target)

    try:
        return write(out)
    except Exception as exc:  # the results copy must not undo the entries already made
        ctx.log.warning(f"could not write {out} ({exc}); writing into the run folder")
        return write(ctx.path(out.name))
