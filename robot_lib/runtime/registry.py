"""The ``@bot`` decorator, the frozen :class:`BotSpec`, parameter conversion and discovery."""

from __future__ import annotations

import datetime as dt
import enum
import importlib.util
import inspect
import re
import sys
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, overload

from robot_lib.config import parse_duration
from robot_lib.errors import ConfigError

F = TypeVar("F", bound=Callable[..., Any])

_REGISTRY: dict[str, BotSpec] = {}


@dataclass(frozen=True)
class Param:
    """One keyword parameter of a bot."""

    name: str
    type: Any
    default: Any
    required: bool
    help: str = ""  # from the bot's docstring (Args: section, or a "name: ..." line)

    @property
    def type_name(self) -> str:
        return _type_name(self.type)

    @property
    def choices(self) -> tuple[str, ...]:
        """The allowed values of an Enum or ``Literal[...]`` parameter (else empty)."""
        return choices_of(self.type)

    @property
    def expected(self) -> str:
        """What a value must look like, in words a clerk understands."""
        return describe_type(self.type)


@dataclass(frozen=True)
class BotSpec:
    """What ``@bot`` records about a bot function."""

    name: str
    func: Callable[..., Any] = field(repr=False, compare=False)
    module: str
    file: str
    description: str = ""
    retries: int = 0
    retry_delay: float | tuple[float, ...] = 5.0
    timeout: float | None = 3600.0
    tags: tuple[str, ...] = ()
    credentials: tuple[str, ...] = ()
    optional_credentials: tuple[str, ...] = ()
    breaker: int = 3
    notify_on: tuple[str, ...] | None = None  # None: the default (failed, partial)
    notify: tuple[str, ...] = ()  # e-mail addresses and webhook URLs
    manual_minutes: float | None = None  # a person's minutes per item (what a run saves)
    checks: tuple[tuple[str, Callable[[Any], object]], ...] = field(default=(), compare=False)
    params: tuple[Param, ...] = ()
    # what finishes an item a person decided on: approve, reject, retry (see `approves`)
    hooks: dict[str, Callable[..., Any]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def all_credentials(self) -> tuple[str, ...]:
        """Every credential its process may receive: the required, then the optional."""
        return (*self.credentials, *self.optional_credentials)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def convert_params(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """Convert ``--param`` strings to typed values; refuse unknown or ill-typed ones."""
        out: dict[str, Any] = {}
        for key, value in raw.items():
            p = self.param(key)
            if p is None:
                known = ", ".join(q.name for q in self.params) or "none"
                raise ConfigError(f"bot {self.name} has no parameter {key!r} (parameters: {known})")
            try:
                out[key] = convert(value, p.type)
            except (ValueError, TypeError) as exc:
                why = str(exc)
                if re.match(r"invalid literal|could not convert|use true/false", why):
                    why = ""  # Python's wording adds nothing a person can use
                raise ConfigError(
                    f"parameter {key}={value!r} of bot {self.name}: expected {p.expected}"
                    + (f" ({why})" if why and why not in p.expected else "")
                ) from None
        missing = [p.name for p in self.params if p.required and p.name not in out]
        if missing:
            raise ConfigError(f"bot {self.name} needs parameter(s): {', '.join(missing)}")
        for key, check in self.checks:  # the bot's own checks, before anything starts
            if key in out:
                try:
                    check(out[key])
                except (ValueError, TypeError) as exc:
                    raise ConfigError(
                        f"parameter {key}={raw[key]!r} of bot {self.name}: {exc}"
                    ) from None
        return out


ALERT_EVENTS = ("failed", "partial", "review", "succeeded")


def alert_events(value: str | Iterable[str] | None) -> tuple[str, ...] | None:
    """``notify_on`` checked (a bot's, a schedule's, an alert rule's): ValueError naming
    the allowed events; None stays None (the default)."""
    if value is None:
        return None
    events = (value,) if isinstance(value, str) else tuple(value)
    bad = [e for e in events if e not in ALERT_EVENTS]
    if bad:
        raise ValueError(f"notify_on: unknown event(s) {bad}; allowed: {', '.join(ALERT_EVENTS)}")
    return events


def _events(on: list[str] | tuple[str, ...] | None, bot: str) -> tuple[str, ...] | None:
    try:
        return alert_events(on)
    except ValueError as exc:
        raise ConfigError(f"@bot {bot}: {exc}") from None


@overload
def bot(func: F) -> F: ...
@overload
def bot(
    func: None = None,
    *,
    name: str | None = None,
    description: str = "",
    retries: int = 0,
    retry_delay: float | list[float] | tuple[float, ...] = 5.0,
    timeout: str | float | None = "1h",
    tags: list[str] | tuple[str, ...] = (),
    credentials: list[str] | tuple[str, ...] = (),
    optional_credentials: list[str] | tuple[str, ...] = (),
    breaker: int = 3,
    notify_on: list[str] | tuple[str, ...] | None = None,
    notify: list[str] | tuple[str, ...] = (),
    manual_minutes: float | None = None,
    checks: Mapping[str, Callable[[Any], object]] | None = None,
) -> Callable[[F], F]: ...


def bot(
    func: F | None = None,
    *,
    name: str | None = None,
    description: str = "",
    retries: int = 0,
    retry_delay: float | list[float] | tuple[float, ...] = 5.0,
    timeout: str | float | None = "1h",
    tags: list[str] | tuple[str, ...] = (),
    credentials: list[str] | tuple[str, ...] = (),
    optional_credentials: list[str] | tuple[str, ...] = (),
    breaker: int = 3,
    notify_on: list[str] | tuple[str, ...] | None = None,
    notify: list[str] | tuple[str, ...] = (),
    manual_minutes: float | None = None,
    checks: Mapping[str, Callable[[Any], object]] | None = None,
) -> F | Callable[[F], F]:
    """Declare a bot: a plain function ``def my_bot(ctx: RunContext, *, param: type = default)``.

    Example::

        @bot(retries=2, retry_delay=[30, 120], timeout="15m", description="Say hello")
        def hello(ctx: RunContext, *, who: str = "world") -> None:
            ctx.log.info(f"hello {who}")

    Args:
        name: the bot's name (default: the function's name).
        description: one line for ``bots list``.
        retries: how many times a failed attempt (ApplicationError) is tried again.
        retry_delay: seconds: a number is the base of exponential backoff with jitter;
            a list gives each wait explicitly (the last one repeats).
        timeout: hard limit per attempt (``"15m"``, seconds, or None).
        tags: free labels; ``browser`` routes the bot to browser workers.
        credentials: names of the credentials the bot reads (checked by ``bots doctor``).
            Its process receives these and no other secret: reading an undeclared one is
            a ConfigError.
        optional_credentials: credentials it reads only in some runs (a mailbox
            password when ``mailbox=imap``): received when set, not required.
        breaker: after this many items in a row fail the same way (the world is broken:
            connection refused, 5xx), the attempt stops, the other items stay untouched,
            and the run is retried as a whole; 0 switches it off.
        notify_on: the events of a finished run that send an alert, of ``failed``,
            ``partial``, ``review``, ``succeeded`` (default: failed and partial; a
            schedule's ``notify_on`` wins for its runs).
        notify: who gets the alerts: e-mail addresses and webhook URLs (besides the
            schedule's and ``BOTS_NOTIFY_EMAIL`` / ``BOTS_NOTIFY_WEBHOOK``).
        manual_minutes: the minutes a person spends on one item by hand (``bots describe``
            and the console show what the bot saves).
        checks: ``{"param": fn}``; ``fn(value)`` raises ``ValueError("what is wrong")`` to
            refuse a value before the run starts (CLI, schedules, console alike). Choices
            need no check: annotate ``Literal["a", "b"]`` or an Enum.

    Returns the function unchanged; the spec is at ``func.__bot_spec__``.
    Raises ConfigError when another module already declared a bot with the same name.
    """

    def wrap(f: F) -> F:
        spec = BotSpec(
            name=name or f.__name__,
            func=f,
            module=f.__module__,
            file=str(Path(inspect.getfile(f)).resolve()),
            description=description or (inspect.getdoc(f) or "").split("\n")[0],
            retries=int(retries),
            retry_delay=(
                tuple(float(x) for x in retry_delay)
                if isinstance(retry_delay, list | tuple)
                else float(retry_delay)
            ),
            timeout=parse_duration(timeout),
            tags=tuple(tags),
            credentials=tuple(credentials),
            optional_credentials=tuple(optional_credentials),
            breaker=int(breaker),
            notify_on=_events(notify_on, name or f.__name__),
            notify=tuple(notify),
            manual_minutes=None if manual_minutes is None else float(manual_minutes),
            checks=tuple((checks or {}).items()),
            params=_params_of(f),
        )
        unknown = [k for k, _ in spec.checks if spec.param(k) is None]
        if unknown:
            raise ConfigError(f"@bot {spec.name}: checks for unknown parameter(s) {unknown}")
        other = _REGISTRY.get(spec.name)
        if other is not None and other.file != spec.file:
            raise ConfigError(
                f"two bots are named {spec.name!r}: {other.file} and {spec.file}; rename one"
            )
        _REGISTRY[spec.name] = spec
        f.__bot_spec__ = spec  # type: ignore[attr-defined]
        return f

    if func is not None:
        return wrap(func)
    return wrap


def _params_of(f: Callable[..., Any]) -> tuple[Param, ...]:
    sig = inspect.signature(f)
    try:
        hints = typing.get_type_hints(f)
    except Exception:  # unresolvable annotation: fall back to str
        hints = {}
    helps = param_help(inspect.getdoc(f) or "", set(sig.parameters))
    out = []
    for i, (pname, p) in enumerate(sig.parameters.items()):
        if i == 0:  # ctx
            continue
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        required = p.default is inspect.Parameter.empty
        out.append(
            Param(
                pname,
                hints.get(pname, str),
                None if required else p.default,
                required,
                helps.get(pname, ""),
            )
        )
    return tuple(out)


def param_help(doc: str, names: set[str]) -> dict[str, str]:
    """Each parameter's help from a docstring: an ``Args:``/``Parameters:`` section
    (``name: text``, continued on indented lines) or a line ``*name*: text``."""
    out: dict[str, str] = {}
    current: str | None = None
    indent = 0
    for raw in doc.splitlines():
        line = raw.strip()
        m = re.match(r"^\*{0,2}`{0,2}(\w+)`{0,2}\*{0,2}(?: \([^)]*\))?:\s*(.*)$", line)
        if m and m.group(1) in names:
            current, indent = m.group(1), len(raw) - len(raw.lstrip())
            out[current] = m.group(2).strip()
            continue
        if current and line and len(raw) - len(raw.lstrip()) > indent:
            out[current] = f"{out[current]} {line}".strip()
            continue
        current = None
    return out


def choices_of(tp: Any) -> tuple[str, ...]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return choices_of(inner[0]) if inner else ()
    if origin is typing.Literal:
        return tuple(str(a) for a in typing.get_args(tp))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tuple(str(m.value) for m in tp)
    return ()


def describe_type(tp: Any) -> str:
    """What a value of *tp* looks like, for a person typing it."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return describe_type(inner[0]) if inner else "a value"
    choices = choices_of(tp)
    if choices:
        return "one of: " + ", ".join(choices)
    if origin in (list, tuple, set, frozenset) or tp in (list, tuple):
        (inner,) = typing.get_args(tp)[:1] or (str,)
        return f"a comma-separated list of {describe_type(inner)}"
    return {
        str: "text",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        Path: "a file or folder path",
        dt.date: "a date as YYYY-MM-DD, e.g. 2026-11-30",
        dt.datetime: "a date and time as YYYY-MM-DDTHH:MM, e.g. 2026-11-30T07:30",
    }.get(tp, _type_name(tp))


def _type_name(tp: Any) -> str:
    if isinstance(tp, type):
        return tp.__name__
    return str(tp).replace("typing.", "")


_TRUE = {"1", "true", "yes", "y", "on"}
_FALSE = {"0", "false", "no", "n", "off"}


def convert(value: Any, tp: Any) -> Any:
    """Convert a ``--param`` string (or an already typed value) to *tp*.

    Supports str, int, float, bool, Path, date, datetime, Enum, list[X] (comma-separated)
    and Optional[X].
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None or (isinstance(value, str) and value.lower() in ("", "none", "null")):
            return None
        return convert(value, args[0])
    if origin in (list, tuple, set, frozenset) or tp in (list, tuple):
        (inner,) = typing.get_args(tp)[:1] or (str,)
        items = value if isinstance(value, list | tuple) else str(value).split(",")
        conv = [convert(v.strip() if isinstance(v, str) else v, inner) for v in items]
        conv = [c for c in conv if c != ""]
        return (origin or list)(conv)
    if tp is Any or tp is inspect.Parameter.empty:
        return value
    if origin is typing.Literal:
        allowed = typing.get_args(tp)
        for a in allowed:
            if str(value) == str(a):
                return a
        raise ValueError("")
    if isinstance(value, tp) if isinstance(tp, type) else False:
        return value
    s = str(value)
    if tp is bool:
        if s.lower() in _TRUE:
            return True
        if s.lower() in _FALSE:
            return False
        raise ValueError("use true/false")
    if tp is int:
        return int(s)
    if tp is float:
        return float(s)
    if tp is str:
        return s
    if tp is Path:
        return Path(s)
    if tp is dt.date:
        return dt.date.fromisoformat(s)
    if tp is dt.datetime:
        return dt.datetime.fromisoformat(s)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        for member in tp:
            if s in (member.name, str(member.value)) or s.lower() == member.name.lower():
                return member
        raise ValueError("one of " + ", ".join(str(m.value) for m in tp))
    return tp(s)


# ---------------------------------------------------------------- discovery


@dataclass
class Discovery:
    """What discovery found: bots by name, and modules that failed to import."""

    bots: dict[str, BotSpec]
    broken: dict[str, str]  # module file or entry point -> error


def _import_file(path: Path, package: str = "bots") -> None:
    modname = f"{package}.{path.stem}"
    if modname in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(modname, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[modname] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(modname, None)
        raise


def _ensure_package(directory: Path, package: str = "bots") -> None:
    """Make ``bots`` importable as the package at *directory* (for ``bots.x`` imports)."""
    pkg = sys.modules.get(package)
    paths = list(getattr(pkg, "__path__", []) or [])
    if pkg is None or str(directory) not in [str(Path(p).resolve()) for p in paths]:
        init = directory / "__init__.py"
        if pkg is None:
            if init.exists():
                spec = importlib.util.spec_from_file_location(
                    package, init, submodule_search_locations=[str(directory)]
                )
                assert spec and spec.loader
                pkg = importlib.util.module_from_spec(spec)
                sys.modules[package] = pkg
                spec.loader.exec_module(pkg)
            else:
                pkg = types.ModuleType(package)
                pkg.__path__ = [str(directory)]
                sys.modules[package] = pkg
        else:
            pkg.__path__ = [str(directory), *paths]


def import_bot_file(path: Path) -> None:
    """Import one bot module file (used by the child process)."""
    _ensure_package(path.parent)
    _import_file(path)


def discover(directory: Path | None = None, entry_points: bool = True) -> Discovery:
    """Import every module of the bots folder and of the ``backoffice_bots.bots`` entry points.

    A module that fails to import is reported in ``broken`` and hides no other bot.
    """
    from robot_lib import config

    directory = directory if directory is not None else config.bots_dir()
    broken: dict[str, str] = {}
    if directory is not None and directory.is_dir():
        _ensure_package(directory)
        for path in sorted(directory.glob("*.py")):
            if path.name.startswith("_"):
                continue
            try:
                _import_file(path)
            except Exception as exc:
                broken[str(path)] = f"{type(exc).__name__}: {exc}"
    if entry_points:
        for ep in _ENTRY_POINTS if _ENTRY_POINTS is not None else _bot_entry_points():
            try:
                ep.load()
            except Exception as exc:
                broken[f"entry point {ep.name} ({ep.value})"] = f"{type(exc).__name__}: {exc}"
    return Discovery(dict(sorted(_REGISTRY.items())), broken)


_ENTRY_POINTS: list[Any] | None = None


def _bot_entry_points() -> list[Any]:
    from importlib.metadata import entry_points

    return list(entry_points(group="backoffice_bots.bots"))


def remember_entry_points() -> None:
    """Read the installed packages' bot entry points once, for every later discovery in this
    process and its forks (the resident runner: its name changes when packages change)."""
    global _ENTRY_POINTS
    _ENTRY_POINTS = _bot_entry_points()


def registry() -> dict[str, BotSpec]:
    return dict(_REGISTRY)


def get_spec(name: str, directory: Path | None = None) -> BotSpec:
    """Find a bot by name (discovering if needed). Raises ConfigError if there is none."""
    if name not in _REGISTRY:
        found = discover(directory)
        if name not in found.bots:
            extra = ""
            if found.broken:
                extra = "; modules that failed to import: " + "; ".join(
                    f"{k}: {v}" for k, v in found.broken.items()
                )
            known = ", ".join(found.bots) or "none"
            raise ConfigError(f"no bot named {name!r} (bots: {known}){extra}")
    return _REGISTRY[name]


H = TypeVar("H", bound=Callable[..., Any])


def _review_hook(decision: str, doc: str) -> Callable[[Callable[..., Any]], Callable[[H], H]]:
    def for_bot(bot_func: Callable[..., Any]) -> Callable[[H], H]:
        spec = getattr(bot_func, "__bot_spec__", None)
        if spec is None:
            raise ConfigError(f"@{doc}(...) takes a function declared with @bot")

        def wrap(fn: H) -> H:
            spec.hooks[decision] = fn
            return fn

        return wrap

    for_bot.__doc__ = f"Register the function a person's {decision} of an item runs."
    return for_bot


# A person resolves an item in review (bots review ..., the console's Review page); the bot
# finishes it in a run of its own (trigger "review"), through these:
#   @approves(my_bot)      def enter(ctx, item, review): ...  # the corrected values, once
#   @rejects(my_bot)       def set_aside(ctx, review): ...    # e.g. move the file away
#   @before_retry(my_bot)  def put_back(ctx, review): ...     # then the bot runs that item
#   @review_document(my_bot) def pdf(params, key) -> Path | None  # shown beside the fields
approves = _review_hook("approve", "approves")
review_document = _review_hook("document", "review_document")
rejects = _review_hook("reject", "rejects")
before_retry = _review_hook("retry", "before_retry")
