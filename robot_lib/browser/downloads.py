"""Downloads: click, wait for the file, save it under a safe name that never overwrites."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from robot_lib.browser.forms import _as_browser_error, click
from robot_lib.browser.launch import settings
from robot_lib.errors import BrowserError, BrowserTimeout, PortalError
from robot_lib.files import free_path, safe_name, save_atomic


@dataclass(frozen=True)
class Download:
    """A saved download."""

    path: Path
    suggested_name: str
    size: int
    sha256: str
    url: str = ""


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
    limit = timeout or settings().timeout
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
    target = dest_dir / safe_name(filename or suggested)
    if target.resolve().parent != dest_dir.resolve():
        raise BrowserError(f"refusing to save {target} outside {dest_dir}")
    if not overwrite:
        target = free_path(target)
    save_atomic(target, lambda tmp: dl.save_as(str(tmp)))
    data = target.read_bytes()
    return Download(target, suggested, len(data), hashlib.sha256(data).hexdigest(), dl.url)
