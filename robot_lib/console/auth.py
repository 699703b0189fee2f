"""Console users, sessions and sign-in throttling.

Passwords are hashed with argon2 (``argon2-cffi``, the maintained binding of the Password
Hashing Competition winner); a session is a random token in an ``HttpOnly``,
``SameSite=Lax`` cookie of which only the SHA-256 is stored, with its own CSRF token.
Roles: a viewer reads; an operator also runs, cancels, pauses and resolves; an admin also
manages users.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import secrets
import threading
import time
from dataclasses import dataclass

import sqlalchemy as sa

from robot_lib.errors import ConfigError
from robot_lib.runtime.records import now
from robot_lib.runtime.schema import users, web_sessions
from robot_lib.runtime.store import Store

ROLES = ("viewer", "operator", "admin")
SESSION_HOURS = 12
MAX_FAILURES = 5  # sign-in failures per user and address before a pause
FAILURE_WINDOW = 600.0
LOCKOUT = 60.0


@dataclass(frozen=True)
class User:
    name: str
    role: str

    def can(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)

    @property
    def user(self) -> str:
        """The name the audit log gives (an API token says ``token:NAME``)."""
        return self.name

    def may_touch(self, bot: str) -> bool:
        """A person's reach is their role; only API tokens are scoped to bots."""
        return True


def add_user(store: Store, name: str, password: str, role: str) -> None:
    if role not in ROLES:
        raise ConfigError(f"role {role!r}: use one of {', '.join(ROLES)}")
    if not name or len(name) > 100 or not name.replace("-", "").replace(".", "").isalnum():
        raise ConfigError(f"user name {name!r}: letters, digits, '-' and '.' only")
    if len(password) < 10:
        raise ConfigError("a password needs at least 10 characters")
    from argon2 import PasswordHasher

    digest = PasswordHasher().hash(password)
    with store.tx() as c:
        exists = c.execute(sa.select(users.c.name).where(users.c.name == name)).first()
        if exists:
            c.execute(
                users.update()
                .where(users.c.name == name)
                .values(password_hash=digest, role=role, disabled=False)
            )
        else:
            c.execute(
                users.insert().values(
                    name=name, password_hash=digest, role=role, created_at=now(), disabled=False
                )
            )


def list_users(store: Store) -> list[dict[str, object]]:
    with store.engine.connect() as c:
        rows = c.execute(
            sa.select(users.c.name, users.c.role, users.c.created_at, users.c.disabled)
        )
        return [dict(r._mapping) for r in rows]


def disable_user(store: Store, name: str) -> bool:
    with store.tx() as c:
        n = c.execute(users.update().where(users.c.name == name).values(disabled=True)).rowcount
        c.execute(web_sessions.delete().where(web_sessions.c.user == name))
    return bool(n)


def check_password(store: Store, name: str, password: str) -> User | None:
    from argon2 import PasswordHasher
    from argon2.exceptions import VerificationError, VerifyMismatchError

    with store.engine.connect() as c:
        row = c.execute(sa.select(users).where(users.c.name == name)).first()
    hasher = PasswordHasher()
    if row is None or row.disabled:
        # spend the same time as a real check: timing does not tell which names exist
        try:
            hasher.verify(_dummy_hash(), password)
        except VerificationError:
            pass
        return None
    try:
        hasher.verify(row.password_hash, password)
    except (VerifyMismatchError, VerificationError):
        return None
    return User(row.name, row.role)


@functools.cache
def _dummy_hash() -> str:
    from argon2 import PasswordHasher

    return str(PasswordHasher().hash(secrets.token_hex(8)))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_session(store: Store, user: User) -> tuple[str, str]:
    """A session for *user*: returns (cookie token, CSRF token)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    with store.tx() as c:
        c.execute(web_sessions.delete().where(web_sessions.c.expires_at < now()))
        c.execute(
            web_sessions.insert().values(
                token_hash=_digest(token),
                user=user.name,
                csrf=csrf,
                created_at=now(),
                expires_at=now() + dt.timedelta(hours=SESSION_HOURS),
            )
        )
    return token, csrf


def session_user(store: Store, token: str | None) -> tuple[User, str] | None:
    """The signed-in user of a cookie token and the session's CSRF token."""
    if not token:
        return None
    with store.engine.connect() as c:
        row = c.execute(
            sa.select(web_sessions.c.user, web_sessions.c.csrf, users.c.role, users.c.disabled)
            .join(users, users.c.name == web_sessions.c.user)
            .where(web_sessions.c.token_hash == _digest(token), web_sessions.c.expires_at > now())
        ).first()
    if row is None or row.disabled:
        return None
    return User(row.user, row.role), row.csrf


def end_session(store: Store, token: str | None) -> None:
    if token:
        with store.tx() as c:
            c.execute(web_sessions.delete().where(web_sessions.c.token_hash == _digest(token)))


class Throttle:
    """Sign-in failures per (user, address): after ``MAX_FAILURES`` within the window, the
    pair waits ``LOCKOUT`` seconds (a password cannot be guessed at speed)."""

    def __init__(self) -> None:
        self._fails: dict[tuple[str, str], list[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, name: str, address: str) -> float:
        """Seconds left to wait (0: may try)."""
        with self._lock:
            fails = [
                t
                for t in self._fails.get((name, address), [])
                if time.monotonic() - t < FAILURE_WINDOW
            ]
            self._fails[(name, address)] = fails
            if len(fails) >= MAX_FAILURES:
                return max(0.0, LOCKOUT - (time.monotonic() - fails[-1]))
            return 0.0

    def failed(self, name: str, address: str) -> None:
        with self._lock:
            self._fails.setdefault((name, address), []).append(time.monotonic())

    def succeeded(self, name: str, address: str) -> None:
        with self._lock:
            self._fails.pop((name, address), None)
