"""Report downloads: log in, export reports for a period, file them, verify them.

Each (report, format, period) is a work item: one that was downloaded and verified before
is skipped (``force=true`` fetches it again). A report is generated on the portal's Reports
page, waited for (polling the page, with a timeout), downloaded under our own name
``{report}_{from}_{to}.{ext}`` in ``reports/YYYY-MM-DD/`` (the server's suggested name is
recorded, never used as a path), and verified: xlsx opens with the expected header, csv
parses with it, pdf has text. A file that fails is kept as ``*.invalid`` with the reason,
and the report is retried.
"""

from __future__ import annotations

import csv
import datetime as dt
import time
import tomllib
from pathlib import Path
from typing import Any, Literal

from robot_lib import ApplicationError, BusinessError, ConfigError, PortalError, RunContext, bot
from robot_lib import config as bots_config

MAPPING = Path(__file__).parent / "mappings" / "portal_reports.toml"
PERIODS = ("yesterday", "last-week", "last-month", "month-to-date", "custom")
TRIES = 3


def _check_formats(formats: list[str] | None) -> None:
    bad = [f for f in formats or [] if f not in ("xlsx", "csv", "pdf")]
    if bad:
        raise ValueError(f"unknown format(s) {', '.join(bad)}: use xlsx, csv or pdf")


def period_dates(
    period: str, today: dt.date, start: dt.date | None = None, end: dt.date | None = None
) -> tuple[dt.date, dt.date]:
    """The first and last day of *period* relative to *today* (both inclusive)."""
    if start or end:
        if not (start and end):
            raise ConfigError("give both date_from and date_to")
        if end < start:
            raise ConfigError(f"date_to {end} is before date_from {start}")
        return start, end
    if period == "yesterday":
        d = today - dt.timedelta(days=1)
        return d, d
    if period == "last-week":
        monday = today - dt.timedelta(days=today.weekday() + 7)
        return monday, monday + dt.timedelta(days=6)
    if period == "last-month":
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    if period == "month-to-date":
        return today.replace(day=1), today
    raise ConfigError(f"period must be one of {', '.join(PERIODS[:-1])} or date_from/date_to")


def verify(path: Path, fmt: str, header: list[str], title: str) -> str | None:
    """None if the file is a good report, else the reason."""
    try:
        if path.stat().st_size == 0:
            return "the file is empty"
        if fmt == "xlsx":
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True)
            try:
                first = next(wb.worksheets[0].iter_rows(values_only=True), ())
            finally:
                wb.close()
            got = [str(c) for c in first if c is not None]
            return None if got == header else f"header is {got}, expected {header}"
        if fmt == "csv":
            with path.open(newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))
            if not rows or rows[0] != header:
                return f"header is {rows[0] if rows else 'missing'}, expected {header}"
            bad = [i + 1 for i, r in enumerate(rows) if len(r) != len(header)]
            return f"rows {bad[:5]} have the wrong number of columns" if bad else None
        if fmt == "pdf":
            from robot_lib.pdf import open_pdf

            with open_pdf(path) as doc:
                text = doc.text()
            return None if title.lower() in text.lower() else f"no {title!r} in the PDF's text"
    except Exception as exc:
        return f"cannot be read as {fmt}: {type(exc).__name__}: {exc}"
    return f"unknown format {fmt}"


class ReportsPage:
    """The portal's Reports page driven through the browser."""

    def __init__(self, ctx: RunContext, m: dict[str, Any]) -> None:
        from robot_lib import browser

        self.ctx, self.m, self.browser = ctx, m, browser
        self.site = browser.open(ctx, m.get("site", "portal"), m["page_url"])

    def options(self) -> list[str]:
        self.site.goto(self.m["page_url"])
        loc = self.site.page.get_by_label(self.m["labels"]["report"], exact=True)
        return [t.strip() for t in loc.locator("option").all_inner_texts()]

    def generate(self, option: str, fmt: str, start: dt.date, end: dt.date, timeout: float) -> Any:
        """Start a job and wait until its Download link shows; returns the link locator."""
        page, labels = self.site.page, self.m["labels"]
        self.site.goto(self.m["page_url"])
        rows = page.locator(self.m["job_row"])
        before = rows.count()
        first_before = rows.first.get_attribute("data-job") if before else None
        self.browser.fill_form(
            page,
            {
                labels["report"]: option,
                labels["from"]: start,
                labels["to"]: end,
                labels["format"]: fmt,
            },
            method="native",
        )
        self.browser.click(page, self.m["generate"])

        def started() -> Any:
            err = page.locator(self.m["error_selector"]).inner_text().strip()
            if err:
                return ("error", err)
            if rows.count() > before or (
                rows.count() and rows.first.get_attribute("data-job") != first_before
            ):
                return ("job", rows.first.get_attribute("data-job"))
            return None

        kind, value = self.browser.wait_until(started, 30, f"the {option} job to start")
        if kind == "error":
            raise PortalError(f"the portal did not start {option} ({fmt}): {value}")
        link = page.locator(f'{self.m["job_row"]}[data-job="{value}"] {self.m["job_link"]}')
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                link.wait_for(state="visible", timeout=max(0.5, min(10.0, left)) * 1000)
                return link
            except Exception:
                if time.monotonic() >= deadline:
                    raise ApplicationError(
                        f"report {option} ({fmt}, job {value}) did not finish within "
                        f"{timeout:g}s at {page.url}"
                    ) from None
            # the page's own polling stops on a 5xx or an expired session: look again
            # (goto logs in again when needed)
            self.site.goto(self.m["page_url"])


@bot(
    retries=2,
    retry_delay=[30, 120],
    timeout="1h",
    tags=["browser"],
    credentials=["PORTAL_URL", "PORTAL_USERNAME", "PORTAL_PASSWORD"],
    description="Fetch the portal's reports for a period, file and verify them",
    manual_minutes=4,
    checks={"formats": lambda fs: _check_formats(fs)},
)
def report_download(
    ctx: RunContext,
    *,
    reports: list[str] | None = None,
    period: Literal["yesterday", "last-week", "last-month", "month-to-date"] = "yesterday",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    formats: list[str] | None = None,
    dest: Path | None = None,
    pattern: str = "{report}_{from}_{to}.{ext}",
    force: bool = False,
    summary: bool = True,
    job_timeout: float = 120.0,
) -> None:
    """Fetch the portal's reports for a period, check each file, and file it by date.

    Args:
        reports: report names (default: every report the portal offers that the mapping knows).
        period: the days covered, relative to today (or give date_from and date_to).
        date_from: first day of a custom period (with date_to).
        date_to: last day of a custom period.
        formats: xlsx, csv and/or pdf.
        dest: the reports folder (default: $BOTS_HOME/reports).
        pattern: the file name, from {report}, {from}, {to}, {ext}.
        force: download again even if an earlier run fetched and verified it.
        summary: also write a summary workbook of what was fetched.
        job_timeout: seconds to wait for one report job.
    """
    m = tomllib.loads(MAPPING.read_text(encoding="utf-8"))
    known: dict[str, dict[str, Any]] = m["reports"]
    start, end = period_dates(period, dt.date.today(), date_from, date_to)
    fmts = formats or ["xlsx"]
    for f in fmts:
        if f not in ("xlsx", "csv", "pdf"):
            raise ConfigError(f"format {f!r}: use xlsx, csv or pdf")
    folder = (dest or bots_config.bots_home() / "reports") / dt.date.today().isoformat()
    page: ReportsPage | None = None
    wanted = reports
    if wanted is None:  # all the portal offers
        page = ReportsPage(ctx, m)
        offered = page.options()
        wanted = [k for k, r in known.items() if r["option"] in offered]
        unknown = [o for o in offered if o not in {r["option"] for r in known.values()}]
        if unknown:
            ctx.log.warning(f"the portal offers reports this bot does not know: {unknown}")
    bad = [r for r in wanted if r not in known]
    if bad:
        raise ConfigError(f"unknown report(s) {bad}; known: {', '.join(known)}")
    ctx.log.info(f"reports {wanted} as {fmts} for {start}..{end} -> {folder}")
    jobs = [(r, f) for r in wanted for f in fmts]
    ctx.progress(len(jobs))
    done_files: dict[str, Path] = {}
    for report, fmt in jobs:
        key = f"{report}:{fmt}:{start}:{end}"
        name = pattern.format(report=report, ext=fmt, **{"from": start, "to": end})
        target = folder / name
        item = ctx.item(key, force=force, title=name)
        if item.skipped:
            ctx.log.info(f"{name}: already downloaded and verified")
            if target.exists():
                done_files[f"{report}:{fmt}"] = target
            continue
        with item:
            if page is None:
                page = ReportsPage(ctx, m)
            spec = known[report]
            last: Exception | None = None
            for attempt in range(1, TRIES + 1):
                try:
                    link = page.generate(spec["option"], fmt, start, end, job_timeout)
                    dl = page.browser.download(
                        page.site.page,
                        link.click,
                        folder,
                        filename=f".partial-{name}",
                        overwrite=True,
                    )
                    break
                except (PortalError, ApplicationError) as exc:
                    last = exc
                    ctx.log.warning(f"{key}: {exc} (try {attempt}/{TRIES})")
            else:
                assert last is not None
                raise last
            reason = verify(dl.path, fmt, spec["header"], spec["option"])
            if reason:
                invalid = folder / (name + ".invalid")
                dl.path.replace(invalid)
                invalid.with_name(invalid.name + ".reason.txt").write_text(reason + "\n")
                raise ApplicationError(f"{name} failed verification: {reason} (kept as {invalid})")
            dl.path.replace(target)
            done_files[f"{report}:{fmt}"] = target
            item.output.update(
                file=str(target), suggested_name=dl.suggested_name, size=dl.size, sha256=dl.sha256
            )
            ctx.log.info(
                f"{key}: saved {target} ({dl.size} bytes; server named it {dl.suggested_name!r})"
            )
    if summary and done_files:
        _write_summary(folder / f"summary_{start}_{end}.xlsx", done_files, known)
        ctx.log.info(f"summary: {folder / f'summary_{start}_{end}.xlsx'}")
    if not jobs:
        raise BusinessError("no report to fetch: the portal offers none this bot knows")


def _write_summary(path: Path, files: dict[str, Path], known: dict[str, Any]) -> None:
    """One sheet per report (from its xlsx or csv download) in one workbook."""
    from robot_lib import excel

    sheets: dict[str, list[dict[str, Any]]] = {}
    for key, file in sorted(files.items()):
        report, fmt = key.split(":")
        if fmt == "pdf" or report in sheets:
            continue
        records: list[dict[str, Any]] = [dict(r) for r in excel.read_records(file)]
        sheets[report] = records or [{h: None for h in known[report]["header"]}]
    if not sheets:
        return
    if path.exists():
        path.unlink()  # the summary is ours and rebuilt from the verified files
    for report, rows in sheets.items():
        excel.write_records(path, rows, sheet=report[:31], columns=known[report]["header"])
