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
    from robot_lib import browser as browser
    from robot_lib import excel as excel
    from robot_lib import mail as mail
    from robot_lib import pdf as pdf
    from robot_lib.context import Item as Item
    from robot_lib.context import Review as Review
    from robot_lib.context import RunContext as RunContext
    from robot_lib.errors import ApplicationError as ApplicationError
    from robot_lib.errors import BrowserError as BrowserError
    from robot_lib.errors import BrowserTimeout as BrowserTimeout
    from robot_lib.errors import BusinessError as BusinessError
    from robot_lib.errors import ConfigError as ConfigError
    from robot_lib.errors import PdfError as PdfError
    from robot_lib.errors import PortalError as PortalError
    from robot_lib.errors import RobotError as RobotError
    from robot_lib.runtime.registry import BotSpec as BotSpec
    from robot_lib.runtime.registry import approves as approves
    from robot_lib.runtime.registry import before_retry as before_retry
    from robot_lib.runtime.registry import bot as bot
    from robot_lib.runtime.registry import rejects as rejects
    from robot_lib.runtime.registry import review_document as review_document

_LAZY = {
    "bot": "robot_lib.runtime.registry",
    "BotSpec": "robot_lib.runtime.registry",
    "RunContext": "robot_lib.context",
    "Item": "robot_lib.context",
    "Review": "robot_lib.context",
    "approves": "robot_lib.runtime.registry",
    "rejects": "robot_lib.runtime.registry",
    "before_retry": "robot_lib.runtime.registry",
    "review_document": "robot_lib.runtime.registry",
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
