"""loguru sinks for a run: one line per event on the console, ``run.log`` (with tracebacks)
for people, ``events.jsonl`` for tools.

Every line carries run id, bot and attempt, and passes through :func:`credentials.mask`,
tracebacks included (loguru's ``diagnose`` is off so local variables are never printed).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from loguru import logger

from robot_lib.credentials import mask

CONSOLE_FORMAT = (
    "<green>{time:HH:mm:ss}</green> <level>{level: <7}</level> "
    "<cyan>{extra[bot]}#{extra[attempt]}</cyan> {message}"
)
FILE_FORMAT = (
    "{time:YYYY-MM-DD HH:mm:ss.SSS} | {level: <7} | {extra[run_id]} | {extra[bot]} "
    "#{extra[attempt]} | {message}"
)


def _console_format(record: Any) -> str:
    """The console shows one line per event: a traceback goes to ``run.log``, the events
    and the report, never to the screen (loguru appends it only to a string format)."""
    return CONSOLE_FORMAT + "\n"


class _MaskedStream:
    """A loguru sink that masks secrets, then writes to a text stream."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, message: str) -> None:
        self.stream.write(mask(str(message)))
        self.stream.flush()


class _JsonEvents:
    """A loguru sink writing one JSON object per log line."""

    def __init__(self, path: Path) -> None:
        self.file = path.open("a", encoding="utf-8")

    def write(self, message: Any) -> None:
        r = message.record
        event = {
            "time": r["time"].isoformat(),
            "level": r["level"].name,
            "message": r["message"],
            **{k: v for k, v in r["extra"].items()},
            "module": r["name"],
            "line": r["line"],
        }
        if r["exception"] is not None:
            exc = r["exception"]
            event["exception"] = f"{exc.type.__name__ if exc.type else ''}: {exc.value}"
        self.file.write(mask(json.dumps(event, default=str, ensure_ascii=False)) + "\n")
        self.file.flush()


def setup_run_logging(
    run_dir: Path | None, run_id: str, bot: str, attempt: int, console: bool = True
) -> Any:
    """Configure loguru for one attempt; returns the bound logger used as ``ctx.log``."""
    with _paths_asked_once():
        return _setup(run_dir, run_id, bot, attempt, console)


@contextmanager
def _paths_asked_once() -> Iterator[None]:
    """loguru works out the installation's library folders for each sink it adds, asking
    ``sysconfig.get_path`` 36 times (8 ms a sink, a third of an attempt's logging set-up):
    while the sinks are added, each answer is worked out once."""
    import functools
    import sysconfig

    original = sysconfig.get_path
    sysconfig.get_path = functools.cache(original)  # type: ignore[assignment]
    try:
        yield
    finally:
        sysconfig.get_path = original


def _setup(run_dir: Path | None, run_id: str, bot: str, attempt: int, console: bool) -> Any:
    logger.remove()
    logger.configure(extra={"run_id": run_id, "bot": bot, "attempt": attempt})
    if console:
        colorize = _want_color()
        logger.add(
            _MaskedStream(sys.stdout),
            format=_console_format,
            colorize=colorize,
            level="INFO",
            backtrace=False,
            diagnose=False,
        )
    if run_dir is not None:
        run_dir.mkdir(parents=True, exist_ok=True)
        logger.add(
            _MaskedStream((run_dir / "run.log").open("a", encoding="utf-8")),
            format=FILE_FORMAT,
            colorize=False,
            level="DEBUG",
            backtrace=False,
            diagnose=False,
        )
        logger.add(_JsonEvents(run_dir / "events.jsonl"), level="DEBUG", format="{message}")
    return logger.bind(run_id=run_id, bot=bot, attempt=attempt)


def _want_color() -> bool:
    import os

    flag = os.environ.get("BOTS_COLOR")
    if flag is not None:
        return flag == "1"
    return sys.stdout.isatty()
