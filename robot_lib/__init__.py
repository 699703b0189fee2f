"""backoffice-bots' robot library: the public API.

Everything is imported lazily, so ``import robot_lib`` (and ``bots --help``) stays fast and
loads neither Playwright, pdfplumber nor openpyxl until a bot uses them.

Example::

    from robot_lib import bot, RunContext, BusinessError

    @bot(retries=2, timeout="15m", description="Say hello")
    def hello(ctx: RunContext, *, who: str = "world") -> None:
        ctx.log.info(f"hello {who}")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from robot_lib import browser, excel, mail, pdf
    from robot_lib.context import Item, RunContext
    from robot_lib.errors import (
        ApplicationError,
        BrowserError,
        BrowserTimeout,
        BusinessError,
        ConfigError,
        PdfError,
        PortalError,
        RobotError,
    )
    from robot_lib.registry import BotSpec, bot

_LAZY = {
    "bot": "robot_lib.registry",
    "BotSpec": "robot_lib.registry",
    "RunContext": "robot_lib.context",
    "Item": "robot_lib.context",
    "RobotError": "robot_lib.errors",
    "BusinessError": "robot_lib.errors",
    "ApplicationError": "robot_lib.errors",
    "ConfigError": "robot_lib.errors",
    "BrowserError": "robot_lib.errors",
    "BrowserTimeout": "robot_lib.errors",
    "PortalError": "robot_lib.errors",
    "PdfError": "robot_lib.errors",
}
_MODULES = ("browser", "pdf", "excel", "mail")

__all__ = sorted([*_LAZY, *_MODULES])


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    if name in _MODULES:
        return importlib.import_module(f"robot_lib.{name}")
    raise AttributeError(f"module 'robot_lib' has no attribute {name!r}")
