"""``on_mail = { mailbox = "INBOX", from = "*@supplier.example", attachments = "*.pdf",
every = "1m", save_to = "var/inbox/invoices", move_to = "Processed" }``: the mailbox is
polled through ``robot_lib.mail``; the attachments of unseen messages from a matching sender
are saved into *save_to* (default: the schedule's ``params.inbox``), the bot runs on them,
and only after the run has taken its items are the messages marked seen (or moved to
*move_to*). A run the scheduler was stopped under leaves them unseen: they come again.
"""

from __future__ import annotations

from pathlib import Path

from loguru import logger

from robot_lib.scheduling.triggers.base import EventTrigger


class MailTrigger(EventTrigger):
    def setup(self) -> None:
        from robot_lib.mail import MailSettings
        from robot_lib.runtime.vault import open_secrets

        a = self.schedule.event_args
        self.interval = float(a["every"])
        self.settings = MailSettings.from_secrets(open_secrets("scheduler", self.service.store))
        self.pending: list[str] = []

    def check(self, run_id: str) -> str | None:
        from robot_lib.mail import collect_attachments

        a = self.schedule.event_args
        saved = collect_attachments(
            self.settings,
            Path(a["save_to"]),
            folder=a["mailbox"],
            sender=a["from"],
            patterns=[p.strip() for p in a["attachments"].split(",")],
        )
        if not saved:
            return None
        self.pending = [s.message_id for s in saved]
        n = len(set(self.pending))
        return f"{len(saved)} attachment(s) from {n} message(s) saved into {a['save_to']}"

    def after(self, run_id: str, status: str) -> None:
        from robot_lib.mail import mark_handled

        if status in ("interrupted", "skipped") or not self.pending:
            return
        a = self.schedule.event_args
        mark_handled(self.settings, self.pending, a["mailbox"], a["move_to"])
        logger.info(f"{self.schedule.id}: {len(set(self.pending))} message(s) marked handled")
        self.pending = []
