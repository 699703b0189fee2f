"""Credentials from the environment, the vault and ``credentials.env``, and the masking
registry.

Every value of a secret-like name (password, token, secret, key ...) read from the
credentials file or through :class:`Secrets` is registered with :func:`register_secret`
(user names and URLs are settings, not secrets); :func:`mask` replaces those
values with ``****`` wherever text leaves the process: log sinks, the run database, the
HTML report and exception messages.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from robot_lib import config
from robot_lib.errors import ConfigError

MASK = "****"
# names whose values are secrets; other credentials (user names, URLs) are settings
SECRET_NAME = re.compile(r"PASS|PWD|SECRET|TOKEN|API_?KEY|_KEY$|PRIVATE|CREDENTIAL|COOKIE", re.I)
_MIN_SECRET_LEN = 3
_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(value: str | None) -> None:
    """Hide *value* from every output from now on."""
    if value and len(value) >= _MIN_SECRET_LEN:
        with _lock:
            _secrets.add(value)


def registered_secrets() -> list[str]:
    """The secret values registered so far (to hide them in a page before a screenshot)."""
    return sorted(_secrets)


def mask(text: str) -> str:
    """Return *text* with every registered secret replaced by ``****`` (longest first)."""
    if not text or not _secrets:
        return text
    for value in sorted(_secrets, key=len, reverse=True):
        if value in text:
            text = text.replace(value, MASK)
    return text


def mask_data(data: object) -> object:
    """Mask strings inside nested dicts/lists (for JSON going to the DB or a report)."""
    if isinstance(data, str):
        return mask(data)
    if isinstance(data, dict):
        return {k: mask_data(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [mask_data(v) for v in data]
    return data


def is_secret_name(name: str) -> bool:
    """``PORTAL_PASSWORD``, ``API_TOKEN``, ``AWS_SECRET_KEY`` ... (not ``PORTAL_USERNAME``)."""
    return bool(SECRET_NAME.search(name))


def load_file(path: Path | None = None) -> dict[str, str]:
    """Read a dotenv file; the values of secret-like names become registered secrets."""
    path = path or config.credentials_path()
    if not path.is_file():
        return {}
    from dotenv import dotenv_values

    values = {k: v for k, v in dotenv_values(path).items() if v is not None}
    for k, v in values.items():
        if is_secret_name(k):
            register_secret(v)
    return values


class Secrets(Mapping[str, str]):
    """Read-only access to credentials.

    >>> ctx.secrets["PORTAL_PASSWORD"]  # ConfigError naming variable, bot and file if unset

    Open (the CLI, the console, alerts): the environment, then *lookup* (the vault, given by
    the runtime), then ``credentials.env``. A bot's attempt (*declared* given): the values its
    process was handed for the credentials the bot declares; reading a secret it did not
    declare is a ConfigError naming the declaration to add. Settings that are not secrets
    (URLs, user names, servers) are read from the environment and the file as always.
    """

    def __init__(
        self,
        bot: str = "?",
        path: Path | None = None,
        *,
        declared: Iterable[str] | None = None,
        handed: Mapping[str, str] | None = None,
        lookup: Callable[[str], str | None] | None = None,
        bot_file: str | None = None,
    ) -> None:
        self._bot = bot
        self._path = path or config.credentials_path()
        self._file = load_file(self._path)
        self._declared = None if declared is None else frozenset(declared)
        self._handed = dict(handed or {})
        self._lookup = lookup
        self._bot_file = bot_file

    def __getitem__(self, name: str) -> str:
        if self._declared is not None and name in self._declared:
            value: str | None = self._handed.get(name)
        elif self._declared is not None and is_secret_name(name):
            where = f" in {self._bot_file}" if self._bot_file else ""
            raise ConfigError(
                f"bot {self._bot} reads credential {name} but does not declare it: add "
                f'"{name}" to @bot(credentials=[...]){where}'
            )
        else:
            value = os.environ.get(name)
            if not value and self._lookup is not None:
                value = self._lookup(name)
            if not value:
                value = self._file.get(name)
        if value is None or value == "":
            raise ConfigError(
                f"credential {name} is not set (bot {self._bot}): add `{name}=...` to "
                f"{self._path} (see credentials.example.env), store it with `bots secret set "
                f"{name}`, or set it in the environment"
            )
        if is_secret_name(name):
            register_secret(value)
        return value

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        """The value, or *default* when it is not set; an undeclared secret still raises."""
        if self._declared is not None and name not in self._declared and is_secret_name(name):
            return self[name]
        try:
            return self[name]
        except ConfigError:
            return default

    def __iter__(self) -> Iterator[str]:
        names = set(self._file) | {k for k in os.environ if k in self._file} | set(self._handed)
        if self._declared is not None:
            names = {n for n in names if n in self._declared or not is_secret_name(n)}
        return iter(names)

    def __len__(self) -> int:
        return len(set(self))

    def __repr__(self) -> str:
        return f"Secrets(file={str(self._path)!r}, names={sorted(self)})"
