"""Pages: fields found by their visible label, clicks by text, waits; every Playwright error
comes out as a :class:`~robot_lib.errors.BrowserError` naming the label and the URL."""

from __future__ import annotations

import re
import secrets as _secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from robot_lib.browser._form_js import CLICK_BY_TEXT, FILL, FIND_FIELDS
from robot_lib.browser.launch import settings
from robot_lib.credentials import mask
from robot_lib.errors import BrowserError, BrowserTimeout, ConfigError


def _as_browser_error(exc: Exception, page: Any, doing: str) -> BrowserError:
    if type(exc).__name__ == "TimeoutError":
        return BrowserTimeout(f"timed out {doing} (at {page.url})")
    return BrowserError(f"{doing} failed at {page.url}: {mask(str(exc).splitlines()[0])}")


@dataclass
class FillResult:
    """What :func:`fill_form` did: the labels filled, the method used, and whether it
    clicked the submit button."""

    filled: list[str]
    method: str
    seconds: float
    submitted: bool = False


class FieldNotFound(BrowserError):
    """One or more labels matched no field; carries the labels the page showed."""

    def __init__(self, missing: list[str], seen: list[str], url: str) -> None:
        self.missing, self.seen = missing, seen
        super().__init__(
            f"no field labelled {', '.join(repr(m) for m in missing)} at {url}; "
            f"labels on the page: {', '.join(seen[:40])}"
        )


def fill_form(
    page: Any,
    values: Mapping[str, Any],
    method: str = "native",
    submit: str | None = None,
    wait: float = 0.0,
) -> FillResult:
    """Fill fields found by their visible label, and click *submit* (a button's text).

    A label matches a ``<label for>``, a wrapping ``<label>``, ``aria-label``/
    ``aria-labelledby``, a placeholder, or the nearest text before the field. Text inputs,
    dates (``YYYY-MM-DD``), selects (option text or value), checkboxes and radios. Each
    label's field is remembered in the page for as long as its nodes live (a form filled
    row after row is not searched again; one rebuilt or reshuffled is).

    Args:
        method: ``native`` fills each field with Playwright (safe for any form);
            ``simulate`` finds the fields, sets every value through the element's native
            setter with the ``input``/``change`` events React, Angular and Vue observe, and
            clicks *submit*, all in one page round trip.
        submit: the text of the button to click once the fields are set.
        wait: seconds to wait for fields that are not on the page yet (the next form still
            rendering after the previous submit); ``simulate`` waits inside the page.

    Raises FieldNotFound (listing the labels seen) when a label matches nothing.
    """
    if method not in ("native", "simulate"):
        raise ConfigError(f"fill_form method must be native or simulate, not {method!r}")
    t0 = time.perf_counter()
    labels = list(values)
    vals = [values[lbl] for lbl in labels]
    if method == "simulate":
        args = [labels, [_js_value(v) for v in vals], submit, int(wait * 1000)]
        try:
            out = page.evaluate(FILL, args)
        except Exception as exc:
            raise _as_browser_error(exc, page, "filling the form") from exc
        if out.get("missing"):
            raise FieldNotFound(out["missing"], out["seen"], page.url)
        bad = [f"{lbl}: {r}" for lbl, r in zip(labels, out["results"], strict=True) if r != "ok"]
        if bad:
            raise BrowserError(f"could not set {'; '.join(bad)} at {page.url}")
        if submit and not out.get("clicked"):
            raise BrowserError(f"no button or link {submit!r} at {page.url}")
    else:
        _fill_native(page, labels, vals, wait)
        if submit:
            click(page, submit)
    # field names only: typed values are personal data (names, e-mails) or secrets
    _log_debug(
        f"filled {', '.join(labels)} ({method})" + (f", clicked {submit!r}" if submit else "")
    )
    return FillResult(labels, method, time.perf_counter() - t0, submitted=bool(submit))


def _fill_native(page: Any, labels: list[str], vals: list[Any], wait: float) -> None:
    mark = _secrets.token_hex(4)
    deadline = time.monotonic() + wait
    while True:
        try:
            found = page.evaluate(FIND_FIELDS, [labels, mark])
        except Exception as exc:
            raise _as_browser_error(exc, page, "looking up form fields") from exc
        missing = [lbl for lbl, f in zip(labels, found["fields"], strict=True) if f is None]
        if not missing:
            break
        if time.monotonic() >= deadline:
            raise FieldNotFound(missing, found["seen"], page.url)
        time.sleep(0.05)
    for i, (lbl, info, v) in enumerate(zip(labels, found["fields"], vals, strict=True)):
        loc = page.locator(f'[data-bots-field="{mark}-{i}"]')
        try:
            _fill_one(loc, info, v)
        except Exception as exc:
            raise _as_browser_error(exc, page, f"filling {lbl!r}") from exc


_OPTION_JS = """(el, want) => {
  const w = String(want).trim().toLowerCase();
  const o = Array.from(el.options).find(o => o.value.toLowerCase() === w || o.text.trim().toLowerCase() === w);
  return o ? o.value : null;
}"""


def _js_value(v: Any) -> Any:
    if isinstance(v, bool):
        return v
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return "" if v is None else str(v)


def _truthy(v: Any) -> bool:
    return v is True or str(v).strip().lower() in ("1", "true", "yes", "y", "on", "x")


def _fill_one(loc: Any, info: dict[str, str], v: Any) -> None:
    if info["tag"] == "select":
        text = str(_js_value(v))
        value = loc.evaluate(_OPTION_JS, text)
        if value is None:
            options = loc.locator("option").all_inner_texts()
            raise BrowserError(
                f"no option {text!r}; options: {', '.join(o.strip() for o in options)}"
            )
        loc.select_option(value=value)
    elif info["type"] in ("checkbox", "radio"):
        loc.set_checked(_truthy(v))
    else:
        loc.fill(str(_js_value(v)))


def _log_debug(msg: str) -> None:
    from loguru import logger

    logger.debug(msg)


def click(page: Any, text: str, timeout: float | None = None, method: str = "native") -> None:
    """Click the button (or link) whose visible text is *text*.

    ``method="simulate"`` clicks through the element's own ``click()`` in one page round
    trip (no mouse, no waiting for the element to be actionable): for forms filled with
    ``fill_form(..., method="simulate")``.
    """
    if method == "simulate":
        try:
            found = page.evaluate(CLICK_BY_TEXT, text)
        except Exception as exc:
            raise _as_browser_error(exc, page, f"clicking {text!r}") from exc
        if not found:
            raise BrowserError(f"no button or link {text!r} at {page.url}")
        return
    ms = (timeout or settings().timeout) * 1000
    for role in ("button", "link"):
        loc = page.get_by_role(role, name=text, exact=True)
        if loc.count():
            try:
                loc.first.click(timeout=ms)
            except Exception as exc:
                raise _as_browser_error(exc, page, f"clicking {role} {text!r}") from exc
            return
    raise BrowserError(f"no button or link {text!r} at {page.url}")


def wait_for_text(page: Any, text: str | re.Pattern[str], timeout: float | None = None) -> str:
    """Wait until *text* (a string or regex) is visible; return the element's text."""
    ms = (timeout or settings().timeout) * 1000
    loc = page.get_by_text(text).first
    try:
        loc.wait_for(state="visible", timeout=ms)
        return str(loc.inner_text())
    except Exception as exc:
        what = text.pattern if isinstance(text, re.Pattern) else text
        raise BrowserTimeout(
            f"text {what!r} did not appear within {ms / 1000:g}s at {page.url}"
        ) from exc


def wait_for(page: Any, selector: str, timeout: float | None = None, state: str = "visible") -> Any:
    """Wait for *selector* to reach *state*; returns the locator."""
    ms = (timeout or settings().timeout) * 1000
    loc = page.locator(selector).first
    try:
        loc.wait_for(state=state, timeout=ms)
    except Exception as exc:
        raise BrowserTimeout(
            f"selector {selector!r} not {state} within {ms / 1000:g}s at {page.url}"
        ) from exc
    return loc


def wait_until(
    predicate: Callable[[], Any], timeout: float, what: str, interval: float = 0.25
) -> Any:
    """Poll *predicate* until it returns something truthy; BrowserTimeout naming *what*."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise BrowserTimeout(f"{what} did not happen within {timeout:g}s")
        time.sleep(interval)
