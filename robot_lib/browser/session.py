"""Sessions: one browser context per run (cookies, downloads, tracing, evidence on
failure), site profiles (``sites.toml``) and logging in, with the session stored and reused."""

from __future__ import annotations

import os
import time
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from robot_lib import config
from robot_lib.browser._form_js import HIDE_SECRETS
from robot_lib.browser.forms import _as_browser_error, click, fill_form
from robot_lib.browser.launch import _driver, settings, shared_browser
from robot_lib.credentials import mask, registered_secrets
from robot_lib.errors import ConfigError, PortalError
from robot_lib.files import safe_name


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
    if name == "portal":  # its address is a setting: no default outside the demo
        if ctx is None:
            raise ConfigError("the portal site needs PORTAL_URL (a run's credentials)")
        return SiteProfile("portal", ctx.secrets["PORTAL_URL"].rstrip("/"))
    raise ConfigError(f"no site profile {name!r}: add [site.{name}] to {path.resolve()}")


class _Session:
    """One browser context per run (cookies, downloads, tracing), closed at the end."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.context: Any = None
        self.pages: list[Any] = []
        self.sites: dict[str, Site] = {}
        self.shots = 0

    def start(self, storage_state: Path | None = None) -> None:
        self.browser = shared_browser()
        self._new_context(storage_state)
        if self.ctx is not None:
            self.ctx.log.debug(f"browser: {_driver.how}")

    def _new_context(self, storage_state: Path | None) -> None:
        cfg = settings()
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
        if settings().screenshot == "off" or self.context is None:
            return
        folder = self.artifacts / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        safe = safe_name(label, max_len=60)
        secrets = registered_secrets()
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
                    self.ctx.log.debug(f"evidence saved: {stem.with_suffix('.png')} ({page.url})")
            except Exception as exc:
                if self.ctx is not None:
                    self.ctx.log.debug(f"no screenshot of {page.url}: {exc}")

    def close(self, failed: bool) -> None:
        if self.context is None:
            return
        try:
            if settings().trace == "on" or (settings().trace == "on-failure" and failed):
                raw = self.artifacts / ".trace-unmasked.zip"
                self.context.tracing.stop(path=str(raw))
                try:  # typed values, form posts, network logs: no secret leaves unmasked
                    mask_zip(raw, self.artifacts / "trace.zip")
                finally:
                    raw.unlink(missing_ok=True)
            elif settings().trace != "off":
                self.context.tracing.stop()
        finally:
            self.context.close()
            self.context = None


def _secret_forms(value: str) -> list[bytes]:
    """A secret as it can appear in a trace: as typed, URL-encoded (a form post),
    JSON-escaped (an action's parameters), HTML-escaped (a DOM snapshot)."""
    import html
    import json
    from urllib.parse import quote, quote_plus

    forms = {value, quote(value, safe=""), quote_plus(value), json.dumps(value)[1:-1]}
    forms.add(html.escape(value))
    return sorted((f.encode() for f in forms if f), key=len, reverse=True)


def mask_zip(src: Path, dest: Path) -> Path:
    """Copy a Playwright trace (or any zip) with every registered secret replaced by
    ``****`` in every member: trace events, network log, resources, snapshots."""
    import zipfile

    from robot_lib.files import save_atomic

    forms = [f for s in registered_secrets() for f in _secret_forms(s)]

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info)
                for form in forms:
                    if form in data:
                        data = data.replace(form, b"****")
                zout.writestr(info.filename, data)

    return save_atomic(dest, write)


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
                # run.log keeps each try; the console shows only what the item comes to
                self.ctx.log.debug(f"{exc}; trying again")
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
