"""Find a Chromium/Chrome to drive, without importing Playwright (used by doctor and setup)."""

from __future__ import annotations

import glob
import os
import shutil
from pathlib import Path

from robot_lib.errors import BrowserNotFound

SYSTEM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
SYSTEM_PATHS = (
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/opt/google/chrome/chrome",
    "/snap/bin/chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
)


def find_browser(explicit: str | None = None) -> tuple[str | None, str]:
    """Return ``(executable or None, how it was found)``.

    Order: *explicit*, ``BOTS_BROWSER_PATH``, a system Chromium/Chrome, Playwright's own
    download (then the path is None: Playwright launches its bundled browser).
    Raises BrowserNotFound listing every place it looked.
    """
    tried: list[str] = []
    for label, value in (
        ("browser_path", explicit),
        ("BOTS_BROWSER_PATH", os.environ.get("BOTS_BROWSER_PATH")),
    ):
        if value:
            if Path(value).is_file() and os.access(value, os.X_OK):
                return value, label
            raise BrowserNotFound(f"{label}={value} is not an executable file")
    for name in SYSTEM_NAMES:
        found = shutil.which(name)
        tried.append(f"{name} on PATH")
        if found:
            return found, "system"
    for p in SYSTEM_PATHS:
        tried.append(p)
        if Path(p).is_file():
            return p, "system"
    cache = os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or str(Path.home() / ".cache/ms-playwright")
    pattern = f"{cache}/chromium*-*/chrome-*/chrome"
    tried.append(pattern)
    if glob.glob(pattern) or glob.glob(f"{cache}/chromium_headless_shell-*/*/headless_shell"):
        return None, "playwright"
    raise BrowserNotFound(
        "no Chromium/Chrome found; tried: " + ", ".join(tried) + ". Install one "
        "(apt-get install -y chromium), set BOTS_BROWSER_PATH, or run "
        "`python -m playwright install chromium`"
    )
