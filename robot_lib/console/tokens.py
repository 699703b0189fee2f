"""API tokens: how another system (an ERP, a script, a workflow tool) calls the HTTP API.

``bots token create --name erp --bot invoice_processing --role operator`` prints the token
once. Only its SHA-256 is stored: a token is 256 random bits, so a fast hash is as safe as a
slow one here (argon2 is for passwords people choose). A token has a role (``viewer`` reads,
``operator`` also starts runs) and a scope (the bots it may touch; none listed: every bot),
and can be revoked. Each use updates ``last_used_at``.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from robot_lib.console.auth import ROLES
from robot_lib.errors import ConfigError
from robot_lib.runtime.records import now
from robot_lib.runtime.schema import api_tokens
from robot_lib.runtime.store import Store

PREFIX = "bots_"
TOKEN_ROLES = ("viewer", "operator")


@dataclass(frozen=True)
class Token:
    id: int
    name: str
    role: str
    bots: tuple[str, ...]

    @property
    def user(self) -> str:
        return f"token:{self.name}"

    def can(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)

    def may_touch(self, bot: str) -> bool:
        return not self.bots or bot in self.bots


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create(store: Store, name: str, role: str, bots: list[str], by: str) -> tuple[int, str]:
    """A new token; returns (id, the token), the token shown this once."""
    if role not in TOKEN_ROLES:
        raise ConfigError(f"--role {role!r}: a token is one of {', '.join(TOKEN_ROLES)}")
    if not name or len(name) > 100:
        raise ConfigError("a token needs a name (who uses it), up to 100 characters")
    token = PREFIX + secrets.token_urlsafe(32)
    with store.tx() as c:
        res = c.execute(
            api_tokens.insert().values(
                name=name,
                token_hash=_hash(token),
                role=role,
                bots=json.dumps(sorted(set(bots))),
                created_by=by,
                created_at=now(),
            )
        )
        pk = res.inserted_primary_key
    assert pk is not None
    return int(pk[0]), token


def check(store: Store, token: str | None) -> Token | None:
    """The live token behind *token* (None: unknown, malformed or revoked)."""
    if not token or not token.startswith(PREFIX) or len(token) > 200:
        return None
    with store.tx() as c:
        row = c.execute(
            sa.select(api_tokens).where(
                api_tokens.c.token_hash == _hash(token), api_tokens.c.revoked_at.is_(None)
            )
        ).first()
        if row is None:
            return None
        c.execute(api_tokens.update().where(api_tokens.c.id == row.id).values(last_used_at=now()))
    return Token(row.id, row.name, row.role, tuple(json.loads(row.bots)))


def revoke(store: Store, token_id: int) -> bool:
    with store.tx() as c:
        n = c.execute(
            api_tokens.update()
            .where(api_tokens.c.id == token_id, api_tokens.c.revoked_at.is_(None))
            .values(revoked_at=now())
        ).rowcount
    return bool(n)


def listing(store: Store) -> list[dict[str, Any]]:
    """Every token without its secret: id, name, role, bots, who made it, when, last use."""
    q = sa.select(
        api_tokens.c.id,
        api_tokens.c.name,
        api_tokens.c.role,
        api_tokens.c.bots,
        api_tokens.c.created_by,
        api_tokens.c.created_at,
        api_tokens.c.last_used_at,
        api_tokens.c.revoked_at,
    ).order_by(api_tokens.c.id)
    with store.engine.connect() as c:
        return [{**r._mapping, "bots": json.loads(r.bots)} for r in c.execute(q)]
