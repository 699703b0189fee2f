"""The audit log: who did what to which run, schedule, user or secret, and when.

Written by every way in (the CLI records the operating-system user, the console its signed-in
user); read with ``bots audit`` and on the console's Audit page.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from robot_lib.credentials import mask
from robot_lib.runtime.records import now
from robot_lib.runtime.schema import audit
from robot_lib.runtime.store import Store


def record(store: Store, user: str, action: str, target: str = "", detail: str = "") -> None:
    with store.tx() as c:
        c.execute(
            audit.insert().values(
                at=now(), user=user, action=action, target=target, detail=mask(detail) or None
            )
        )


def entries(
    store: Store, limit: int = 100, user: str | None = None, action: str | None = None
) -> list[dict[str, Any]]:
    q = sa.select(audit).order_by(audit.c.id.desc()).limit(limit)
    if user:
        q = q.where(audit.c.user == user)
    if action:
        q = q.where(audit.c.action == action)
    with store.engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(q)]


def os_user() -> str:
    """``user@host`` of the person at the command line."""
    import getpass

    from robot_lib.runtime.records import HOST

    return f"{getpass.getuser()}@{HOST}"
