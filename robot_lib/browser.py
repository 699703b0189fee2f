"""The browser (Playwright, sync API): launch, site login and sessions, forms by label,
downloads, waits and evidence.

Example::

    from robot_lib import browser

    site = browser.open(ctx, "portal")             # logged in, session reused
    site.goto("/customers/new")
    browser.fill_form(site.page, {"First Name": "Ann", "Email": "ann@example.com"})
    browser.click(site.page, "Save customer")
    number = browser.wait_for_text(site.page, "Confirmation number")

Playwright is imported on first use only; everything it raises comes out as a
:class:`~robot_lib.errors.BrowserError` naming the selector/label and the URL.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import re
import secrets as _secrets
import time
import tomllib
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from robot_lib import config
from robot_lib._form_js import CLICK_BY_TEXT, FIND_FIELDS, HIDE_SECRETS, SIMULATE
from robot_lib.browser_path import find_browser
from robot_lib.credentials import MASK, mask
from robot_lib.credentials import _secrets as _registered_secrets
from robot_lib.errors import BrowserError, BrowserTimeout, ConfigError, PortalError

ROOT_SAFE_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
)


@dataclass(frozen=True)
class BrowserConfig:
    """How browsers are launched; change with :func:`configure`."""

    headless: bool = True
    slow_mo: float = 0
    timeout: float = 30.0
    browser_path: str | None = None
    trace: str = "off"  # off | on | on-failure
    screenshot: str = "only-on-failure"  # only-on-failure | off
    viewport: tuple[int, int] = (1280, 900)
    extra_args: tuple[str, ...] = ()


_config = BrowserConfig()


def configure(**options: Any) -> BrowserConfig:
    """Change browser settings for this process; unknown keys are refused.

    Example: ``browser.configure(headless=False, slow_mo=200, timeout="20s")``
    """
    global _config
    known = {f.name for f in fields(BrowserConfig)}
    unknown = set(options) - known
    if unknown:
        raise ConfigError(
            f"unknown browser option(s): {', '.join(sorted(unknown))} "
            f"(known: {', '.join(sorted(known))})"
        )
    if "timeout" in options:
        options["timeout"] = config.parse_duration(options["timeout"])
    if options.get("trace", "off") not in ("off", "on", "on-failure"):
        raise ConfigError("trace must be off, on or on-failure")
    _config = replace(_config, **options)
    return _config


# ------------------------------------------------------------------ sites


@dataclass(frozen=True)
class SiteProfile:
    """How to reach and log in to a web application."""

    name: str
    base_url: str
    login_path: str = "/login"
    username_label: str = "Username"
    password_label: str = "Password"
    submit_text: str = "Sign in"
    username_credential: str = "PORTAL_USERNAME"
    password_credential: str = "PORTAL_PASSWORD"
    login_error_selector: str = "[role=alert]"


def site_profile(ctx: Any, name: str) -> SiteProfile:
    """Site profiles come from ``sites.toml`` (``BOTS_SITES``); ``portal`` has a built-in
    default whose base URL is the ``PORTAL_URL`` credential/setting."""
    path = Path(os.environ.get("BOTS_SITES", "sites.toml"))
    if path.is_file():
        data = tomllib.loads(path.read_text(encoding="utf-8")).get("site", {})
        if name in data:
            entry = dict(data[name])
            known = {f.name for f in fields(SiteProfile)}
            bad = set(entry) - known
            if bad:
                raise ConfigError(f"{path}: site {name}: unknown key(s) {', '.join(sorted(bad))}")
            return SiteProfile(name=name, **entry)
    if name == "portal":
        url = ctx.secrets.get("PORTAL_URL") if ctx is not None else None
        return SiteProfile("portal", (url or "http://127.0.0.1:8765").rstrip("/"))
    raise ConfigError(f"no site profile {name!r}: add [site.{name}] to {path.resolve()}")


# ------------------------------------------------------------------ session


class _Driver:
    """One Playwright driver and one browser per process, shared by every run's context."""

    pw: Any = None
    browser: Any = None
    key: tuple[Any, ...] | None = None
    how: str = ""


_driver = _Driver()


def _shared_browser() -> Any:
    from playwright.sync_api import sync_playwright

    cfg = _config
    exe, how = find_browser(cfg.browser_path)
    key = (exe, cfg.headless, cfg.slow_mo, cfg.extra_args)
    if _driver.browser is not None and (_driver.key != key or not _driver.browser.is_connected()):
        try:
            _driver.browser.close()
        except Exception:
            pass
        _driver.browser = None
    if _driver.pw is None:
        _driver.pw = sync_playwright().start()
        atexit.register(shutdown)
    if _driver.browser is None:
        try:
            _driver.browser = _driver.pw.chromium.launch(
                executable_path=exe,
                headless=cfg.headless,
                slow_mo=cfg.slow_mo,
                args=[*ROOT_SAFE_ARGS, *cfg.extra_args],
            )
        except Exception as exc:
            raise BrowserError(
                f"could not launch the browser {exe or '(playwright)'} ({how}): {exc}"
            ) from exc
        _driver.key, _driver.how = key, f"{exe or 'playwright chromium'} ({how})"
    return _driver.browser


def shutdown() -> None:
    """Close the process's browser and Playwright driver (also done at exit)."""
    try:
        if _driver.browser is not None:
            _driver.browser.close()
        if _driver.pw is not None:
            _driver.pw.stop()
    except Exception:
        pass
    _driver.browser = _driver.pw = None


class _Session:
    """One browser context per run (cookies, downloads, tracing), closed at the end."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.context: Any = None
        self.pages: list[Any] = []
        self.sites: dict[str, Site] = {}
        self.shots = 0

    def start(self, storage_state: Path | None = None) -> None:
        self.browser = _shared_browser()
        self._new_context(storage_state)
        if self.ctx is not None:
            self.ctx.log.debug(f"browser: {_driver.how}")

    def _new_context(self, storage_state: Path | None) -> None:
        cfg = _config
        downloads = self.artifacts / "downloads"
        kwargs: dict[str, Any] = {
            "accept_downloads": True,
            "viewport": {"width": cfg.viewport[0], "height": cfg.viewport[1]},
        }
        if storage_state is not None and storage_state.is_file():
            kwargs["storage_state"] = str(storage_state)
        downloads.mkdir(parents=True, exist_ok=True)
        self.context = self.browser.new_context(**kwargs)
        self.context.set_default_timeout(cfg.timeout * 1000)
        if cfg.trace != "off":
            self.context.tracing.start(screenshots=True, snapshots=True)

    @property
    def artifacts(self) -> Path:
        return Path(self.ctx.artifacts) if self.ctx is not None else Path(".")

    def new_page(self) -> Any:
        page = self.context.new_page()
        self.pages.append(page)
        return page

    def evidence(self, label: str) -> None:
        if _config.screenshot == "off" or self.context is None:
            return
        folder = self.artifacts / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        safe = sanitize_filename(label, max_len=60)
        secrets = sorted(_registered_secrets)
        for page in list(self.pages):
            if page.is_closed():
                continue
            self.shots += 1
            stem = folder / f"{self.shots:03d}-{safe}"
            try:
                page.evaluate(HIDE_SECRETS, secrets)
                page.screenshot(path=str(stem.with_suffix(".png")), full_page=True, timeout=10000)
                stem.with_suffix(".html").write_text(mask(page.content()), encoding="utf-8")
                if self.ctx is not None:
                    self.ctx.log.info(f"evidence saved: {stem.with_suffix('.png')} ({page.url})")
            except Exception as exc:
                if self.ctx is not None:
                    self.ctx.log.debug(f"no screenshot of {page.url}: {exc}")

    def close(self, failed: bool) -> None:
        if self.context is None:
            return
        try:
            if _config.trace == "on" or (_config.trace == "on-failure" and failed):
                self.context.tracing.stop(path=str(self.artifacts / "trace.zip"))
            elif _config.trace != "off":
                self.context.tracing.stop()
        finally:
            self.context.close()
            self.context = None


def _session(ctx: Any) -> _Session:
    sess: _Session | None = ctx.state.get("browser")
    if sess is None:
        sess = _Session(ctx)
        sess.start()
        ctx.state["browser"] = sess
        ctx.on_close(lambda failed: _close(ctx, failed))
        ctx.on_failure(sess.evidence)
    return sess


def _close(ctx: Any, failed: bool) -> None:
    sess = ctx.state.pop("browser", None)
    if sess is not None:
        sess.close(failed)


def page(ctx: Any) -> Any:
    """The run's page (a Playwright ``Page``); the first call launches the browser."""
    sess = _session(ctx)
    return sess.pages[0] if sess.pages else sess.new_page()


def close(ctx: Any) -> None:
    """Close the run's browser now (it is closed at the end of the run anyway)."""
    _close(ctx, failed=False)


# ------------------------------------------------------------------ sites and login


@dataclass
class Site:
    """A logged-in web application: ``page`` is the raw Playwright page (escape hatch)."""

    ctx: Any
    profile: SiteProfile
    page: Any
    session_file: Path
    logins: int = 0

    def url(self, path: str = "/") -> str:
        return path if path.startswith("http") else self.profile.base_url + path

    def on_login_page(self) -> bool:
        from urllib.parse import urlparse

        path = urlparse(str(self.page.url)).path
        return path.rstrip("/") == self.profile.login_path.rstrip("/")

    def goto(self, path: str = "/", wait_until: str = "domcontentloaded", tries: int = 4) -> Any:
        """Open *path*, logging in again if the session expired. A 5xx answer is retried
        (*tries* times in all, with a short backoff: a GET is safe to repeat), then raises
        PortalError."""
        url = self.url(path)
        logins = 0
        failures = 0
        while True:
            try:
                resp = self.page.goto(url, wait_until=wait_until)
            except Exception as exc:
                raise _as_browser_error(exc, self.page, f"opening {url}") from exc
            if self.on_login_page():
                logins += 1
                if logins > 2:
                    raise PortalError(
                        f"{self.profile.name}: still sent to the login page after logging in "
                        f"(opening {url})"
                    )
                self.ctx.log.info(
                    f"{self.profile.name}: not signed in (session expired?); logging in"
                )
                self.login()
                continue
            try:
                check_response(resp, self.page)
                return resp
            except PortalError as exc:
                failures += 1
                if failures >= tries:
                    raise
                self.ctx.log.warning(f"{exc}; trying again")
                time.sleep(0.3 * 2**failures)

    def login(self) -> None:
        """Log in with the profile's credentials and store the session (file mode 0600)."""
        p = self.profile
        user = self.ctx.secrets[p.username_credential]
        password = self.ctx.secrets[p.password_credential]
        if not self.on_login_page():
            self.page.goto(self.url(p.login_path), wait_until="domcontentloaded")
        fill_form(self.page, {p.username_label: user, p.password_label: password})
        click(self.page, p.submit_text)
        self.page.wait_for_load_state("domcontentloaded")
        if self.on_login_page():
            msg = ""
            alert = self.page.locator(p.login_error_selector)
            if alert.count():
                msg = alert.first.inner_text().strip()
            raise ConfigError(
                f"{p.name}: login as {user} failed at {self.page.url}: {msg or 'no message'} "
                f"(check {p.username_credential}/{p.password_credential})"
            )
        self.logins += 1
        save_session(self.page.context, self.session_file)
        self.ctx.log.info(f"{p.name}: logged in as {user}")


def save_session(context: Any, path: Path) -> None:
    """Save cookies/storage to *path* readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    context.storage_state(path=str(tmp))
    os.chmod(tmp, 0o600)
    tmp.replace(path)


def open(ctx: Any, site: str, path: str = "/") -> Site:  # noqa: A001 - the natural name
    """Open *site* (a profile name) logged in, reusing a stored session when it is valid."""
    prof = site_profile(ctx, site)
    sess: _Session | None = ctx.state.get("browser")
    session_file = config.bots_home() / "sessions" / f"{site}.json"
    if sess is None:
        sess = _Session(ctx)
        sess.start(storage_state=session_file)
        ctx.state["browser"] = sess
        ctx.on_close(lambda failed: _close(ctx, failed))
        ctx.on_failure(sess.evidence)
    if site in sess.sites:
        s = sess.sites[site]
    else:
        pg = sess.pages[0] if sess.pages else sess.new_page()
        s = Site(ctx, prof, pg, session_file)
        sess.sites[site] = s
    s.goto(path)
    return s


def check_response(resp: Any, page: Any) -> None:
    """Raise PortalError for an HTTP 5xx answer."""
    if resp is not None and resp.status >= 500:
        title = ""
        try:
            title = page.locator("h1").first.inner_text(timeout=1000)
        except Exception:
            pass
        raise PortalError(f"HTTP {resp.status} {title} at {page.url}".strip())


def _as_browser_error(exc: Exception, page: Any, doing: str) -> BrowserError:
    if type(exc).__name__ == "TimeoutError":
        return BrowserTimeout(f"timed out {doing} (at {page.url})")
    return BrowserError(f"{doing} failed at {page.url}: {mask(str(exc).splitlines()[0])}")


# ------------------------------------------------------------------ forms


@dataclass
class FillResult:
    """What :func:`fill_form` did: the labels filled and the method used."""

    filled: list[str]
    method: str
    seconds: float


class FieldNotFound(BrowserError):
    """One or more labels matched no field; carries the labels the page showed."""

    def __init__(self, missing: list[str], seen: list[str], url: str) -> None:
        self.missing, self.seen = missing, seen
        super().__init__(
            f"no field labelled {', '.join(repr(m) for m in missing)} at {url}; "
            f"labels on the page: {', '.join(seen[:40])}"
        )


def fill_form(page: Any, values: Mapping[str, Any], method: str = "native") -> FillResult:
    """Fill fields found by their visible label.

    A label matches a ``<label for>``, a wrapping ``<label>``, ``aria-label``/
    ``aria-labelledby``, a placeholder, or the nearest text before the field. Text inputs,
    dates (``YYYY-MM-DD``), selects (option text or value), checkboxes and radios.

    Args:
        method: ``native`` fills each field with Playwright (safe for any form);
            ``simulate`` sets every value in one page round trip through the element's
            native setter and fires ``input``/``change`` (React, Angular and Vue see them).

    Raises FieldNotFound (listing the labels seen) when a label matches nothing.
    """
    if method not in ("native", "simulate"):
        raise ConfigError(f"fill_form method must be native or simulate, not {method!r}")
    t0 = time.perf_counter()
    labels = list(values)
    mark = _secrets.token_hex(4)
    try:
        found = page.evaluate(FIND_FIELDS, [labels, mark])
    except Exception as exc:
        raise _as_browser_error(exc, page, "looking up form fields") from exc
    missing = [lbl for lbl, f in zip(labels, found["fields"], strict=True) if f is None]
    if missing:
        raise FieldNotFound(missing, found["seen"], page.url)
    vals = [values[lbl] for lbl in labels]
    if method == "simulate":
        results = page.evaluate(SIMULATE, [mark, [_js_value(v) for v in vals]])
        bad = [f"{lbl}: {r}" for lbl, r in zip(labels, results, strict=True) if r != "ok"]
        if bad:
            raise BrowserError(f"could not set {'; '.join(bad)} at {page.url}")
    else:
        for i, (lbl, info, v) in enumerate(zip(labels, found["fields"], vals, strict=True)):
            loc = page.locator(f'[data-bots-field="{mark}-{i}"]')
            try:
                _fill_one(loc, info, v)
            except Exception as exc:
                raise _as_browser_error(exc, page, f"filling {lbl!r}") from exc
    shown = {
        lbl: (MASK if f["type"] == "password" else mask(str(v)))
        for lbl, f, v in zip(labels, found["fields"], vals, strict=True)
    }
    _log_debug(f"filled {shown} ({method})")
    return FillResult(labels, method, time.perf_counter() - t0)


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
    ms = (timeout or _config.timeout) * 1000
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
    ms = (timeout or _config.timeout) * 1000
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
    ms = (timeout or _config.timeout) * 1000
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


# ------------------------------------------------------------------ downloads


@dataclass(frozen=True)
class Download:
    """A saved download."""

    path: Path
    suggested_name: str
    size: int
    sha256: str
    url: str = ""


_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def sanitize_filename(name: str, max_len: int = 150, default: str = "download") -> str:
    """Make a server-suggested filename safe: no path parts, no ``..``, no control
    characters, no leading dots, at most *max_len* characters (the extension kept)."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").split("/")[-1]
    name = _UNSAFE.sub("_", name)
    name = re.sub(r"\.{2,}", ".", name).strip(" ._")
    if not name:
        name = default
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:
        stem, ext = name, ""
    ext = ext[:10]
    room = max_len - (len(ext) + 1 if ext else 0)
    stem = stem[:room].rstrip(" ._") or default
    return f"{stem}.{ext}" if ext else stem


def _free_path(path: Path) -> Path:
    if not path.exists():
        return path
    for n in range(1, 10000):
        cand = path.with_name(f"{path.stem} ({n}){path.suffix}")
        if not cand.exists():
            return cand
    raise BrowserError(f"too many files named like {path}")


def _describe(trigger: Any) -> str:
    if callable(trigger):
        return getattr(trigger, "__qualname__", "the trigger")
    return repr(trigger)


def download(
    page: Any,
    trigger: str | Callable[[], Any],
    dest_dir: Path,
    filename: str | None = None,
    timeout: float | None = None,
    overwrite: bool = False,
) -> Download:
    """Click *trigger* (a button/link text, or a callable) and save what it downloads.

    The file goes to *dest_dir* / *filename* (or the sanitized suggested name). An existing
    file is never overwritten silently: without ``overwrite=True`` a `` (1)`` suffix is
    added. Returns a :class:`Download` with size and SHA-256.
    """
    limit = timeout or _config.timeout
    dest_dir.mkdir(parents=True, exist_ok=True)
    got: list[Any] = []
    refused: list[Any] = []

    def on_download(d: Any) -> None:
        got.append(d)

    def on_response(r: Any) -> None:
        if r.status >= 400 and r.request.is_navigation_request():
            refused.append(r)

    page.on("download", on_download)
    page.on("response", on_response)
    try:
        if callable(trigger):
            trigger()
        else:
            click(page, trigger, timeout=timeout)
        deadline = time.monotonic() + limit
        while not got:
            if refused:
                r = refused[0]
                raise PortalError(f"HTTP {r.status} instead of a download at {r.url}")
            if time.monotonic() > deadline:
                raise BrowserTimeout(
                    f"no download started within {limit:g}s after {_describe(trigger)} "
                    f"(at {page.url})"
                )
            page.wait_for_timeout(100)
        dl = got[0]
    except (BrowserError, PortalError):
        raise
    except Exception as exc:
        raise _as_browser_error(exc, page, f"downloading via {_describe(trigger)}") from exc
    finally:
        page.remove_listener("download", on_download)
        page.remove_listener("response", on_response)
    failure = dl.failure()
    if failure:
        raise BrowserError(f"download from {dl.url} failed: {failure}")
    suggested = dl.suggested_filename
    target = dest_dir / sanitize_filename(filename or suggested)
    if target.resolve().parent != dest_dir.resolve():
        raise BrowserError(f"refusing to save {target} outside {dest_dir}")
    if not overwrite:
        target = _free_path(target)
    tmp = target.with_name(f".{target.name}.part")
    dl.save_as(str(tmp))
    tmp.replace(target)
    data = target.read_bytes()
    return Download(target, suggested, len(data), hashlib.sha256(data).hexdigest(), dl.url)


__all__ = [
    "BrowserConfig",
    "Download",
    "FieldNotFound",
    "FillResult",
    "Site",
    "SiteProfile",
    "check_response",
    "click",
    "close",
    "configure",
    "download",
    "fill_form",
    "open",
    "page",
    "sanitize_filename",
    "save_session",
    "site_profile",
    "wait_for",
    "wait_for_text",
    "wait_until",
]
