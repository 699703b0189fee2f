"""Data entry: spreadsheet rows typed into a web form, each exactly once.

Reads an .xlsx or .csv, checks every row, fills the form found by visible labels (field
order and ids may change on every load), reads the confirmation, and writes Status,
Confirmation, Message, Run and Time into ``<name>.result.xlsx`` next to the input (the
input itself is never modified). A submit whose answer was lost (HTTP 500, timeout) is
looked up in the application before it is typed again, so no record is entered twice.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from robot_lib import ApplicationError, BusinessError, ConfigError, RunContext, bot
from robot_lib import config as bots_config

DEFAULT_MAPPING = Path(__file__).parent / "mappings" / "portal_customers.toml"
RESULT_COLUMNS = ("Status", "Confirmation", "Message", "Run", "Time")
SUBMIT_TRIES = 3


@dataclass
class FormMapping:
    """A form mapping (see ``bots/mappings/portal_customers.toml``)."""

    path: Path
    site: str
    form_url: str
    submit: str
    key_column: str
    fields: dict[str, str]
    method: str = "native"
    required: list[str] = field(default_factory=list)
    patterns: dict[str, tuple[str, str]] = field(default_factory=dict)
    success_selector: str = ""
    failure_selector: str = ".error, [role=alert]"
    lookup_url: str | None = None
    lookup_row_selector: str = "table tr"
    lookup_confirmation_cell: int = 0
    lookup_match: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> FormMapping:
        try:
            d = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"mapping {path}: {exc}") from None
        try:
            v = d.get("validate", {})
            return cls(
                path=path,
                site=d.get("site", "portal"),
                form_url=d["form_url"],
                submit=d["submit"],
                key_column=d.get("key_column", "Email"),
                fields=dict(d["fields"]),
                method=d.get("method", "native"),
                required=list(v.get("required", [])),
                patterns={k: (p[0], p[1]) for k, p in v.get("patterns", {}).items()},
                success_selector=d["success"]["selector"],
                failure_selector=d.get("failure", {}).get("selector", ".error, [role=alert]"),
                lookup_url=d.get("lookup", {}).get("url"),
                lookup_row_selector=d.get("lookup", {}).get("row_selector", "table tr"),
                lookup_confirmation_cell=int(d.get("lookup", {}).get("confirmation_cell", 0)),
                lookup_match=list(d.get("lookup", {}).get("match", [])),
            )
        except (KeyError, IndexError, TypeError) as exc:
            raise ConfigError(f"mapping {path}: missing or bad entry {exc}") from None


def check_row(row: dict[str, Any], m: FormMapping) -> list[str]:
    """Problems of one row (empty list: fine to type)."""
    problems = []
    for col in m.required:
        if row.get(col) in (None, ""):
            problems.append(f"{col} is empty")
    for col, (pattern, message) in m.patterns.items():
        value = row.get(col)
        if value not in (None, "") and not re.match(pattern, str(value)):
            problems.append(f"{col} {value!r}: {message}")
    return problems


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return str(value)


class FormRobot:
    """Types rows into one form of one site, checking what landed."""

    def __init__(self, ctx: RunContext, m: FormMapping) -> None:
        from robot_lib import browser

        self.ctx, self.m, self.browser = ctx, m, browser
        self.site = browser.open(ctx, m.site, m.form_url)

    def lookup(self, key: str, values: dict[str, str]) -> str | None:
        """The confirmation of the record with *key* if it is there, or None.

        A record with the key but other values (the mapping's ``lookup.match`` columns) is
        somebody else's: BusinessError rather than claiming it as ours.
        """
        if not self.m.lookup_url:
            return None
        from urllib.parse import quote

        self.site.goto(self.m.lookup_url.format(key=quote(key)))
        for row in self.site.page.locator(self.m.lookup_row_selector).all():
            cells = [c.strip() for c in row.locator("td").all_inner_texts()]
            if not any(c.lower() == key.lower() for c in cells):
                continue
            i = self.m.lookup_confirmation_cell
            found = cells[i] if i < len(cells) else "found"
            lowered = {c.lower() for c in cells}
            differ = [
                col for col in self.m.lookup_match
                if values.get(self.m.fields.get(col, col), "").strip().lower() not in lowered
            ]
            if differ:
                raise BusinessError(
                    f"{self.m.site} already has a different record with {key} ({found}): "
                    f"{', '.join(differ)} differ"
                )
            return found
        return None

    def submit(self, key: str, values: dict[str, str], check_first: bool) -> str:
        """Enter one record; returns its confirmation. BusinessError if the form refuses."""
        page = self.site.page
        unknown_outcome = check_first
        last_error = ""
        for _ in range(SUBMIT_TRIES):
            if unknown_outcome:
                found = self.lookup(key, values)
                if found:
                    self.ctx.log.info(f"{key}: already in {self.m.site} ({found}); not typing again")
                    return found
            self.site.goto(self.m.form_url)
            self.browser.fill_form(page, values, method=self.m.method)
            try:
                with page.expect_navigation(wait_until="domcontentloaded") as nav:
                    self.browser.click(page, self.m.submit)
                status = nav.value.status if nav.value is not None else 200
            except Exception as exc:  # timeout or connection reset: outcome unknown
                last_error = f"submit failed: {str(exc).splitlines()[0]}"
                unknown_outcome = True
                continue
            if self.site.on_login_page():
                self.ctx.log.info(f"{key}: session expired during submit; logging in again")
                self.site.login()
                unknown_outcome = True
                continue
            if status >= 500:
                last_error = f"HTTP {status} after submit at {page.url}"
                self.ctx.log.warning(f"{key}: {last_error}; checking whether it landed")
                unknown_outcome = True
                continue
            conf = page.locator(self.m.success_selector)
            if conf.count():
                return str(conf.first.inner_text()).strip()
            messages = [
                t.strip() for t in page.locator(self.m.failure_selector).all_inner_texts()
                if t.strip()
            ]
            if messages:
                raise BusinessError("; ".join(dict.fromkeys(messages)))
            last_error = f"no confirmation and no message after submit (HTTP {status}, {page.url})"
            unknown_outcome = True
        raise ApplicationError(f"{key}: {last_error} ({SUBMIT_TRIES} tries)")


@bot(
    retries=2,
    retry_delay=[10, 60],
    timeout="2h",
    tags=["browser"],
    credentials=["PORTAL_USERNAME", "PORTAL_PASSWORD"],
    description="Type spreadsheet rows into a web form, each exactly once",
)
def data_entry(
    ctx: RunContext,
    *,
    workbook: Path | None = None,
    sheet: str | None = None,
    mapping: Path | None = None,
    key_column: str | None = None,
    method: str | None = None,
) -> None:
    from robot_lib import excel

    src = workbook or bots_config.bots_home() / "inbox" / "customers.xlsx"
    m = FormMapping.load(mapping or DEFAULT_MAPPING)
    if key_column:
        m.key_column = key_column
    if method:
        m.method = method
    if not src.is_file():
        raise ConfigError(f"workbook {src} not found (param workbook=...)")
    rows = excel.read_records(src, sheet=sheet, required=[m.key_column])
    missing = [c for c in m.fields if rows and c not in rows[0]]
    if missing:
        raise BusinessError(
            f"{src}: column(s) {', '.join(missing)} missing; columns: {', '.join(rows[0])}"
        )
    ctx.log.info(f"{len(rows)} row(s) from {src} -> {m.site}{m.form_url} ({m.method})")
    results: dict[int, dict[str, Any]] = {}
    first_row: dict[str, int] = {}
    robot: FormRobot | None = None
    ctx.progress(len(rows))

    for row in rows:
        key = _text(row.get(m.key_column)).strip() or f"row {row.row}"
        item_key = key if key not in first_row else f"{key} (row {row.row})"
        first_row.setdefault(key, row.row)
        item = ctx.item(item_key, row)
        if item.skipped:
            results[row.row] = _result("done", _earlier(ctx, item_key), "done earlier", ctx)
            continue
        check_first = ctx.tried_before(item_key)
        with item:
            if item_key != key:
                item.output["status"] = "duplicate"
                raise BusinessError(f"duplicate {m.key_column}: same as row {first_row[key]}")
            problems = [*row.errors, *check_row(row, m)]
            if problems:
                item.output["status"] = "invalid"
                raise BusinessError("; ".join(problems))
            if robot is None:
                robot = FormRobot(ctx, m)
            values = {label: _text(row.get(col)) for col, label in m.fields.items()}
            item.output["status"] = "rejected"
            conf = robot.submit(key, values, check_first=check_first)
            item.output.update(status="done", confirmation=conf)
            ctx.log.info(f"{key}: saved, confirmation {conf}")
        status = item.output.get("status", "failed") if item.status == "review" else item.status
        results[row.row] = _result(
            str(status), item.output.get("confirmation"), item.message, ctx
        )

    out = _write_results(src, rows, results, sheet, ctx)
    ctx.log.info(f"results written to {out}")


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
    src: Path, rows: list[Any], results: dict[int, dict[str, Any]], sheet: str | None,
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
