"""Triggers beyond the clock: a schedule with ``on_file``, ``on_mail`` or ``on_queue``
starts its bot when work arrives, through the same ``run_fire`` (runner, lock, executor,
retries, alerts) as the clock, and the run records which trigger it was.

- ``base``: one thread per event schedule; one run at a time, and one follow-up for what
  arrived during it;
- ``files``: a folder watched with ``watchdog`` (inotify; polling on network shares);
- ``mail``: a mailbox polled through ``robot_lib.mail``;
- ``queue``: items one bot handed to another (``ctx.hand_over``).
"""

from __future__ import annotations

from typing import Any

from robot_lib.scheduling.schedules import Schedule
from robot_lib.scheduling.triggers.base import EventTrigger


def make(service: Any, schedule: Schedule, kw: dict[str, Any]) -> EventTrigger:
    """The trigger of an event schedule."""
    if schedule.event == "on_file":
        from robot_lib.scheduling.triggers.files import FileTrigger

        return FileTrigger(service, schedule, kw)
    if schedule.event == "on_mail":
        from robot_lib.scheduling.triggers.mail import MailTrigger

        return MailTrigger(service, schedule, kw)
    from robot_lib.scheduling.triggers.queue import QueueTrigger

    return QueueTrigger(service, schedule, kw)


def reconcile_events(
    service: Any, wanted: dict[str, Schedule], jobs: dict[str, Any], changes: dict[str, list[str]]
) -> None:
    """Start, replace or stop the scheduler's event triggers as the schedule files say."""
    from loguru import logger

    from robot_lib.scheduling.service import _job_kwargs
    from robot_lib.scheduling.triggers.files import Watchers

    events = {sid: s for sid, s in wanted.items() if s.event}
    for sid in [sid for sid in service.events if sid not in events]:
        service.events.pop(sid).stop()
        changes["removed"].append(sid)
    for sid, s in events.items():
        if sid in jobs:  # it was a clock schedule before
            jobs.pop(sid).remove()
        kw = _job_kwargs(s)
        old = service.events.get(sid)
        if old is not None and old.fingerprint == kw["fingerprint"]:
            continue
        if old is not None:
            old.stop()
        if s.event == "on_file" and service.watchers is None:
            service.watchers = Watchers()
        trigger = make(service, s, kw)
        try:
            trigger.start()
        except Exception as exc:  # a folder that cannot be watched: said, the rest run
            logger.error(f"schedule {sid} not started: {exc}")
            continue
        service.events[sid] = trigger
        changes["changed" if old is not None else "added"].append(sid)


__all__ = ["EventTrigger", "make", "reconcile_events"]
