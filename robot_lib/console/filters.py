"""Template filters: times in the viewer's zone without microseconds, durations, numbers."""

from __future__ import annotations

import datetime as dt
from typing import Any


def when(value: Any) -> str:
    if not isinstance(value, dt.datetime):
        return "-"
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return str(value.astimezone().strftime("%Y-%m-%d %H:%M:%S"))


def duration(seconds: Any) -> str:
    if seconds is None:
        return "-"
    s = float(seconds)
    if s < 120:
        return f"{s:.1f} s"
    if s < 7200:
        return f"{s / 60:.1f} min"
    return f"{s / 3600:.1f} h"


def pct(value: Any) -> str:
    return "-" if value is None else f"{value:g} %"


def pageq(params: Any, page: int) -> str:
    """The query string of the current filters with another page number."""
    from urllib.parse import urlencode

    items = [(k, v) for k, v in params.multi_items() if k != "page" and v]
    return urlencode([*items, ("page", str(page))])


ALL = {"when": when, "duration": duration, "pct": pct, "pageq": pageq}
