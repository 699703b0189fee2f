"""The browser (Playwright, sync API): launch, site login and sessions, forms by label,
downloads, waits and evidence.

- ``launch``: settings, finding Chromium (``find``), one browser per process;
- ``session``: a browser context per run, site profiles, login, stored sessions, evidence;
- ``forms``: fields by visible label (``_form_js`` runs in the page), clicks, waits;
- ``downloads``: saved under safe names that never overwrite.

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

from robot_lib.browser.downloads import Download, download
from robot_lib.browser.forms import (
    FieldNotFound,
    FillResult,
    click,
    fill_form,
    wait_for,
    wait_for_text,
    wait_until,
)
from robot_lib.browser.launch import BrowserConfig, configure, shutdown
from robot_lib.browser.session import (
    Site,
    SiteProfile,
    _session,
    check_response,
    close,
    open,
    page,
    save_session,
    site_profile,
)
from robot_lib.errors import BrowserError, BrowserTimeout, PortalError
from robot_lib.files import safe_name as sanitize_filename

__all__ = [
    "BrowserConfig",
    "BrowserError",
    "BrowserTimeout",
    "Download",
    "FieldNotFound",
    "FillResult",
    "PortalError",
    "Site",
    "SiteProfile",
    "_session",
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
    "shutdown",
    "site_profile",
    "wait_for",
    "wait_for_text",
    "wait_until",
]
