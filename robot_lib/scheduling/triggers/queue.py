"""``on_queue = { batch = 50 }``: the bot runs when items another bot handed to it wait
(``ctx.hand_over``); each run takes up to *batch* of them (taken for it before it starts),
and a follow-up run takes the rest."""

from __future__ import annotations

from robot_lib.runtime.work_queue import claim, waiting
from robot_lib.scheduling.triggers.base import EventTrigger


class QueueTrigger(EventTrigger):
    def setup(self) -> None:
        a = self.schedule.event_args
        self.interval = float(a["every"])
        self.batch = int(a["batch"])
        self.kw = {**self.kw, "batch": self.batch}

    def check(self, run_id: str) -> str | None:
        store, bot = self.service.store, self.schedule.bot
        if not waiting(store, bot):
            return None
        with store.tx() as c:
            n = claim(c, bot, run_id, self.batch)
        return f"{n} item(s) handed to {bot}" if n else None
