"""The :class:`RunContext` handed to every bot, and work items."""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from robot_lib.credentials import Secrets, mask
from robot_lib.errors import BusinessError, CircuitOpen, ConfigError, is_retryable, summary

T = TypeVar("T")


class Item:
    """One work item: ``with item:`` records done / review / failed.

    - a clean exit marks it ``done`` (or ``review`` if :meth:`review` was called);
    - a :class:`BusinessError` marks it ``review`` with the message;
    - any other exception marks it ``failed``; the exception is recorded (and evidence taken)
      and not re-raised, so the other items go on. A run with failed or review items ends
      ``partial``; failed items with a retryable error make the runner try again, and the
      retry skips the items already done.
    """

    def __init__(
        self,
        ctx: RunContext,
        key: str,
        value: Any = None,
        skipped: bool = False,
        title: str | None = None,
    ):
        self.ctx = ctx
        self.key = str(key)
        # for people (logs, console, report): a file name, "row 12: key"; the key by default
        self.title = str(title) if title else self.key
        self.value = value
        self.skipped = skipped
        self.status: str | None = "skipped" if skipped else None
        self.message: str | None = None
        self.output: dict[str, Any] = {}
        self._id: int | None = None
        self.retryable = False
        self.source: str | None = None  # lineage: who handed it over (ctx.work_items)

    def review(self, message: str) -> None:
        """Send this item to review with *message* (the with-block ends normally)."""
        self.status = "review"
        self.message = message

    def __enter__(self) -> Item:
        if self.skipped:
            return self
        self._id = self.ctx._start_item(self.key, self.title, self.source)
        self.ctx._current = self
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        if self.skipped:
            return False
        self.ctx._current = None
        if exc is None:
            status = self.status or "done"
        elif isinstance(exc, BusinessError):
            status, self.message = "review", str(exc)
        elif isinstance(exc, ConfigError):  # a setting is missing: no other item can do better
            status, self.message = "failed", summary(exc)
        elif isinstance(exc, Exception):
            status = "failed"
            self.message = summary(exc)
            self.retryable = is_retryable(exc)
            # one line on the console; the traceback goes to run.log and the report
            self.ctx.log.opt(exception=exc).error(f"{self.title}: failed: {self.message}")
            self.ctx._evidence(f"item-{self.title}")
        else:  # KeyboardInterrupt, SystemExit: leave the item running, stop the run
            return False
        with signals_held():  # what the bot is told and what is recorded never disagree
            self.status = status
            self.ctx._finish_item(self, status)
        if isinstance(exc, ConfigError):
            return False  # the attempt stops here and the run fails at once
        if status == "review":
            self.ctx.log.warning(f"{self.title}: to review: {self.message}")
        if status == "failed" and self.retryable and exc is not None:
            self.ctx._breaker_check(exc)
        return exc is not None


@contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C or SIGTERM arriving in the block takes effect at its end (an item's outcome
    being recorded: stopped half-way, the bot would count it done and the run record not)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield  # signals only ever reach the main thread
        return
    caught: list[int] = []
    kept = {
        sig: handler
        for sig in (signal.SIGINT, signal.SIGTERM)
        if (handler := signal.getsignal(sig)) is not None  # None: not set from Python
    }
    for sig in kept:
        signal.signal(sig, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        for sig, handler in kept.items():
            signal.signal(sig, handler)
        if caught:  # now, as it would have been
            handler = kept[signal.Signals(caught[0])]
            if callable(handler):
                handler(caught[0], None)
            else:
                signal.raise_signal(caught[0])


@dataclass(frozen=True)
class Review:
    """What a person decided about an item in review, handed to the bot's ``@approves``,
    ``@rejects`` or ``@before_retry`` function (``robot_lib.runtime.registry``)."""

    task: int  # the review task's number (bots review show N)
    key: str
    title: str
    decision: str  # approve | reject | retry
    reason: str  # why it came to review
    data: dict[str, Any]  # what the bot recorded for the item then (its item.output)
    values: dict[str, str]  # the person's corrections (approve); never stored in the history
    note: str  # the person's note (for a rejection: why)
    by: str  # who decided


@dataclass
class RunContext:
    """Everything a bot gets: identity, params, log, secrets, artifacts folder, work items."""

    run_id: str
    bot: str
    attempt: int = 1
    params: dict[str, Any] = field(default_factory=dict)
    artifacts: Path = field(default_factory=lambda: Path("."))
    log: Any = None
    secrets: Secrets = field(default_factory=Secrets)
    store: Any = None  # robot_lib.runtime.store.Store | None (None: items kept in memory only)
    queue: Any = None  # robot_lib.runtime.work_queue.WorkQueue (hand_over, work_items)
    queue_batch: int = 50  # items a run takes from its queue (a schedule's on_queue batch)
    memory: Any = None  # robot_lib.runtime.memory.BotMemory: what the bot learned (None: none)
    _close: list[Callable[[bool], None]] = field(default_factory=list, repr=False)
    _failure: list[Callable[[str], None]] = field(default_factory=list, repr=False)
    _done_keys: set[str] = field(default_factory=set, repr=False)
    _run_done: set[str] | None = field(default=None, repr=False)
    counts: dict[str, int] = field(default_factory=dict)
    items_total: int | None = None
    retryable_failures: int = 0
    breaker: int = 3  # items failing the same way in a row before the attempt stops (0: off)
    _streak: tuple[str, int] = field(default=("", 0), repr=False)
    state: dict[str, Any] = field(default_factory=dict, repr=False)
    _current: Item | None = field(default=None, repr=False)
    only_keys: set[str] | None = None  # a retry of some items: the others are left alone
    _handed: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.log is None:
            from loguru import logger

            self.log = logger.bind(run_id=self.run_id, bot=self.bot, attempt=self.attempt)
        self.artifacts.mkdir(parents=True, exist_ok=True)

    @classmethod
    def for_test(cls, tmp_path: Path, bot: str = "test", **params: Any) -> RunContext:
        """A context for calling a bot function directly in a test (items in memory)."""
        return cls(run_id="test", bot=bot, params=params, artifacts=tmp_path / "run")

    # -------------------------------------------------------------- items
    def already_done(self, key: str) -> bool:
        """True if an earlier successful item of this bot had this key."""
        key = str(key)
        if key in self._done_keys:
            return True
        return bool(self.store is not None and self.store.is_done(self.bot, key))

    def tried_before(self, key: str) -> bool:
        """True if an earlier attempt handled *key* without finishing it (failed, or killed
        mid-way): its outcome is unknown, so check before doing it again."""
        return bool(self.store is not None and self.store.tried_before(self.bot, str(key)))

    def item(
        self, key: str, value: Any = None, force: bool = False, title: str | None = None
    ) -> Item:
        """A work item for *key* (what makes it the same item again: a hash, an id), shown to
        people as *title* (a file name, "row 12: key"; the key if not given). If the key was
        done before, ``item.skipped`` is True (recorded as skipped): check it, or iterate with
        :meth:`items`, which skips for you. ``force=True`` does it again even if it was done."""
        if not force and self.already_done(key):
            self._record_skip(str(key), title)
            return Item(self, key, value, skipped=True, title=title)
        return Item(self, key, value, title=title)

    def items(
        self,
        values: Iterable[T],
        key: Callable[[T], Any] | str | None = None,
        title: Callable[[T], Any] | None = None,
    ) -> Iterator[Item]:
        """Yield a work item for each value whose key is not done yet; record the others
        as skipped. *key* is a function, a dict key, or None (the value itself); *title*
        a function giving the name people see (the key if None).

        Example::

            for item in ctx.items(rows, key="Email"):
                with item:
                    submit(item.value)
        """
        vals = list(values)
        if self.items_total is None:
            self.progress(len(vals))
        for v in vals:
            if key is None:
                k = v
            elif callable(key):
                k = key(v)
            else:
                k = v[key]  # type: ignore[index]
            if self.only_keys is not None and str(k) not in self.only_keys:
                continue  # not part of this retry: untouched, not recorded
            it = self.item(str(k), v, title=str(title(v)) if title is not None else None)
            if it.skipped:
                continue
            yield it

    def progress(self, total: int) -> None:
        """Announce how many items this run will handle (for live progress and ETA)."""
        self.items_total = total
        if self.store is not None:
            self.store.update_run(self.run_id, items_total=total)

    def _record_skip(self, key: str, title: str | None = None) -> None:
        shown = title or key
        if self.store is not None:
            if self._run_done is None:  # keys an earlier attempt of this run did
                self._run_done = self.store.done_keys(self.bot, self.run_id, self.attempt)
            if mask(key) in self._run_done:  # its row already says done: no second row
                self.counts["done_before"] = self.counts.get("done_before", 0) + 1
                self.log.info(f"{shown}: done by an earlier attempt of this run")
                return
        self.counts["skipped"] = self.counts.get("skipped", 0) + 1
        if self.store is not None:
            item_id = self.store.start_item(self.run_id, self.bot, key, self.attempt, title)
            self.store.finish_item(item_id, "skipped", "already done", None)
            self._push_counts()
        self.log.info(f"{shown}: already done, skipped")

    def _start_item(
        self, key: str, title: str | None = None, source: str | None = None
    ) -> int | None:
        if self.store is not None:
            return int(
                self.store.start_item(self.run_id, self.bot, key, self.attempt, title, source)
            )
        return None

    # -------------------------------------------------------------- work handed on
    def hand_over(
        self,
        bot: str,
        payload: dict[str, Any],
        files: Iterable[Path | str] = (),
        key: str | None = None,
        title: str | None = None,
    ) -> int:
        """Put an item in *bot*'s queue (its ``ctx.work_items()``; a schedule with
        ``on_queue`` starts it). *files* are copied along. Handing over the same thing twice
        (a retry of this item) keeps one: the key is, by default, this bot, the current
        item's key and the hand-over's number within it. Returns the queue item's id."""
        if self.queue is None:
            raise ConfigError("hand_over needs a run with a run history (bots run)")
        source = self._current.key if self._current is not None else None
        n = self._handed[source or ""] = self._handed.get(source or "", 0) + 1
        key = key or f"{self.bot}:{source or self.run_id}:{n}"
        queue_id = int(self.queue.hand_over(bot, payload, list(files), key, title, source))
        self.log.info(f"handed over to {bot}: {title or key}")
        return queue_id

    def work_items(self, batch: int | None = None) -> Iterator[Item]:
        """The items other bots handed to this one, as work items (done ones skipped):
        ``item.value`` is ``{"payload": {...}, "files": [Path, ...], "source": "..."}``.
        Takes up to *batch* (default: the schedule's ``on_queue`` batch, else 50)."""
        if self.queue is None:
            raise ConfigError("work_items needs a run with a run history (bots run)")
        taken = self.queue.take(batch or self.queue_batch)
        by_key = {w["key"]: w for w in taken}
        for it in self.items(taken, key=lambda w: w["key"], title=lambda w: w["title"]):
            it.source = by_key[it.key]["source"]
            yield it
            if it.status in ("done", "review"):
                self.queue.finish(by_key[it.key]["id"])
        for w in taken:  # done before (skipped): they leave the queue as well
            if self.already_done(w["key"]):
                self.queue.finish(w["id"])

    def _breaker_check(self, exc: BaseException) -> None:
        """Count items failing the same way in a row; at ``breaker`` of them, stop the
        attempt with one :class:`CircuitOpen` instead of failing every other item too."""
        what = _failure_kind(exc)
        n = self._streak[1] + 1 if self._streak[0] == what else 1
        self._streak = (what, n)
        if not self.breaker or n < self.breaker:
            return
        handled = sum(self.counts.get(s, 0) for s in ("done", "failed", "review", "skipped"))
        left = (
            ""
            if self.items_total is None
            else f"; {max(0, self.items_total - handled)} not attempted"
        )
        raise CircuitOpen(f"{summary(exc)}: {n} items in a row failed the same way{left}") from exc

    def _finish_item(self, item: Item, status: str) -> None:
        if status == "done":  # the world works (a review is about the data, not the world)
            self._streak = ("", 0)
        self.counts[status] = self.counts.get(status, 0) + 1
        if status == "done":
            self._done_keys.add(item.key)
        if status == "failed" and item.retryable:
            self.retryable_failures += 1
        if self.store is not None and item._id is not None:
            self.store.finish_item(item._id, status, item.message, item.output or None)
            self._push_counts()
        self.state.setdefault("items", []).append(
            {
                "key": item.key,
                "title": item.title,
                "status": status,
                "message": item.message,
                "data": item.output,
            }
        )

    def _push_counts(self) -> None:
        if self.store is not None:
            self.store.refresh_counts(self.run_id)

    # -------------------------------------------------------------- hooks
    def on_close(self, fn: Callable[[bool], None]) -> None:
        """Call ``fn(failed)`` when the attempt ends (the browser closes itself here)."""
        self._close.append(fn)

    def on_failure(self, fn: Callable[[str], None]) -> None:
        """Call ``fn(label)`` to collect evidence (screenshots) when something fails."""
        self._failure.append(fn)

    def _evidence(self, label: str) -> None:
        for fn in list(self._failure):
            try:
                fn(label)
            except Exception as exc:  # evidence must never hide the real error
                self.log.debug(f"evidence for {label} failed: {exc}")

    def close(self, failed: bool) -> None:
        for fn in reversed(self._close):
            try:
                fn(failed)
            except Exception as exc:
                self.log.warning(f"cleanup failed: {mask(str(exc))}")
        self._close.clear()

    def path(self, *parts: str) -> Path:
        """A path inside the run folder (parent folders created)."""
        p = self.artifacts.joinpath(*parts)
        p.parent.mkdir(parents=True, exist_ok=True)
        return p


def format_exception(exc: BaseException) -> str:
    return mask("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


def _failure_kind(exc: BaseException) -> str:
    """What two failures must share to count as 'the same way': the error class and its
    message with the parts that name the item (numbers, quoted text, URL paths) taken out."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    # where it failed (a URL, about:blank, chrome-error://...) does not make it another way
    text = re.sub(r"\b([a-z][a-z0-9+.-]*://|about:)[^\s'\"]+", "URL", text)
    text = re.sub(r"'[^']*'|\"[^\"]*\"|\d+", "#", text)
    return f"{type(exc).__name__}: {text[:120]}"
