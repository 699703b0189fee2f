"""Mapping-driven web form entry that never enters a record twice.

A :class:`FormMapping` (TOML) says where a form is, which column goes to which visible
label, how success and failure show, and how to look a record up. :class:`FormRobot` fills
and submits it; when the answer to a submit is lost (HTTP 5xx, timeout, session expiry) it
looks the record up before typing again.

Example::

    m = FormMapping.load(Path("bots/mappings/portal_customers.toml"))
    robot = FormRobot(ctx, m)
    confirmation = robot.submit("ann@example.com", {"First Name": "Ann", ...}, check_first=False)
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from robot_lib.errors import ApplicationError, BusinessError, ConfigError

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


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return str(value)


class FormRobot:
    """Types rows into one form of one site, checking what landed."""

    def __init__(self, ctx: Any, m: FormMapping) -> None:
        self.ctx, self.m = ctx, m

    @functools.cached_property
    def site(self) -> Any:
        """The logged-in site, opened on first use (a run with nothing to type opens none)."""
        from robot_lib import browser

        return browser.open(self.ctx, self.m.site, self.m.form_url)

    def enter(self, key: str, record: Mapping[str, Any], check_first: bool) -> str:
        """:meth:`submit` a record given by the mapping's column names; returns its
        confirmation."""
        values = {label: text_of(record.get(col)) for col, label in self.m.fields.items()}
        return self.submit(key, values, check_first)

    def lookup(self, key: str, values: dict[str, str]) -> str | None:
        """The confirmation of the record with *key* if it is there, or None.

        A record with the key but other values (the mapping's ``lookup.match`` columns) is
        somebody else's: BusinessError rather than claiming it as ours.
        """
        if not self.m.lookup_url:
            return None
        from urllib.parse import quote

        self.site.goto(self.m.lookup_url.format(key=quote(key)))
        others: list[str] = []
        for row in self.site.page.locator(self.m.lookup_row_selector).all():
            cells = [c.strip() for c in row.locator("td").all_inner_texts()]
            if not any(c.lower() == key.lower() for c in cells):
                continue
            i = self.m.lookup_confirmation_cell
            found = cells[i] if i < len(cells) else "found"
            lowered = {c.lower() for c in cells}
            differ = [
                col
                for col in self.m.lookup_match
                if text_of(values.get(self.m.fields.get(col, col))).strip().lower() not in lowered
            ]
            if not differ:
                return found
            others.append(f"{found} ({', '.join(differ)} differ)")
        if others:
            raise BusinessError(
                f"{self.m.site} already has a different record with {key}: {'; '.join(others)}"
            )
        return None

    def submit(self, key: str, values: dict[str, str], check_first: bool) -> str:
        """Enter one record; returns its confirmation. BusinessError if the form refuses."""
        from robot_lib import browser

        page = self.site.page
        unknown_outcome = check_first
        last_error = ""
        for _ in range(SUBMIT_TRIES):
            if unknown_outcome:
                found = self.lookup(key, values)
                if found:
                    self.ctx.log.info(f"{key}: already in {self.m.site} ({found}); not typed again")
                    return found
            self.site.goto(self.m.form_url)
            browser.fill_form(page, values, method=self.m.method)
            try:
                with page.expect_navigation(wait_until="domcontentloaded") as nav:
                    browser.click(page, self.m.submit, method=self.m.method)
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
                t.strip()
                for t in page.locator(self.m.failure_selector).all_inner_texts()
                if t.strip()
            ]
            if messages:
                raise BusinessError("; ".join(dict.fromkeys(messages)))
            last_error = f"no confirmation and no message after submit (HTTP {status}, {page.url})"
            unknown_outcome = True
        raise ApplicationError(f"{key}: {last_error} ({SUBMIT_TRIES} tries)")
