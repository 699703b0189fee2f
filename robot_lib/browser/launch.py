"""Launching Chromium: settings (:func:`configure`), finding the executable, one browser
per process shared by every run's context."""

from __future__ import annotations

import atexit
from dataclasses import dataclass, fields, replace
from typing import Any

from robot_lib import config
from robot_lib.browser.find import find_browser
from robot_lib.errors import BrowserError, ConfigError

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


def settings() -> BrowserConfig:
    """The settings in force (as changed by :func:`configure`)."""
    return _config


class _Driver:
    """One Playwright driver and one browser per process, shared by every run's context."""

    pw: Any = None
    browser: Any = None
    key: tuple[Any, ...] | None = None
    how: str = ""


_driver = _Driver()


def shared_browser() -> Any:
    from playwright.sync_api import sync_playwright

    cfg = settings()
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
