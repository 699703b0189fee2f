"""A bot's memory: what it learned from people (``ctx.memory``), kept in the run database so
every worker machine reads it. The invoice bot keeps a vendor profile per vendor here."""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from robot_lib.runtime.records import now
from robot_lib.runtime.schema import bot_memory
from robot_lib.runtime.store import Store


class BotMemory:
    def __init__(self, store: Store, bot: str) -> None:
        self.store, self.bot = store, bot

    def put(self, kind: str, key: str, doc: dict[str, Any], by: str | None = None) -> bool:
        """Keep *doc* under *key* (True: new; False: the earlier one was updated)."""
        where = (bot_memory.c.bot == self.bot, bot_memory.c.kind == kind, bot_memory.c.key == key)
        body = json.dumps(doc, ensure_ascii=False, default=str)
        with self.store.tx() as c:
            n = c.execute(
                bot_memory.update()
                .where(*where)
                .values(doc=body, updated_by=by, updated_at=now(), times=bot_memory.c.times + 1)
            ).rowcount
            if not n:
                c.execute(
                    bot_memory.insert().values(
                        bot=self.bot,
                        kind=kind,
                        key=key,
                        doc=body,
                        updated_by=by,
                        updated_at=now(),
                        times=1,
                    )
                )
        return not n

    def all(self, kind: str) -> dict[str, dict[str, Any]]:
        q = sa.select(bot_memory.c.key, bot_memory.c.doc).where(
            bot_memory.c.bot == self.bot, bot_memory.c.kind == kind
        )
        with self.store.engine.connect() as c:
            return {r.key: json.loads(r.doc) for r in c.execute(q.order_by(bot_memory.c.key))}

    def entries(self, kind: str) -> list[dict[str, Any]]:
        """With who taught it, when and how often (``bots vendors``)."""
        q = sa.select(bot_memory).where(bot_memory.c.bot == self.bot, bot_memory.c.kind == kind)
        with self.store.engine.connect() as c:
            return [
                {**r._mapping, "doc": json.loads(r.doc)}
                for r in c.execute(q.order_by(bot_memory.c.key))
            ]
