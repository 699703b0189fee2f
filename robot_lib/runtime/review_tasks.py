"""Review tasks: one row per (bot, key) a person must look at, kept beside the items (the
store calls :func:`track` in the transaction that finishes an item)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from robot_lib.runtime.schema import reviews


def track(c: Connection, row: Any, item_id: int, status: str, reason: str | None, at: Any) -> None:
    """Keep the review task of an item's key: opened (or reopened) when it goes to review,
    resolved when any later run does it."""
    where = (reviews.c.bot == row.bot, reviews.c.key == row.key)
    if status == "done":
        c.execute(
            reviews.update()
            .where(*where, reviews.c.resolved_at.is_(None))
            .values(resolved_at=at, resolution="done", resolved_by=f"run {row.run_id}")
        )
        return
    task = dict(
        run_id=row.run_id,
        item_id=item_id,
        title=row.title,
        reason=reason,
        opened_at=at,
        resolved_at=None,
        resolution=None,
        resolved_by=None,
        note=None,
    )
    if not c.execute(reviews.update().where(*where).values(**task)).rowcount:
        c.execute(reviews.insert().values(bot=row.bot, key=row.key, **task))


# ---------------------------------------------------------------- the review queue
DECISIONS = ("approve", "reject", "retry")


def open_tasks(
    store: Any,
    bot: str | None = None,
    reason: str | None = None,
    older_than: float | None = None,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """Open review tasks, oldest first (*reason*: a part of the reason; *older_than*:
    seconds waiting at least)."""
    import datetime as dt

    import sqlalchemy as sa

    from robot_lib.runtime.records import now

    q = sa.select(reviews).where(reviews.c.resolved_at.is_(None)).order_by(reviews.c.opened_at)
    if bot:
        q = q.where(reviews.c.bot == bot)
    if reason:
        q = q.where(reviews.c.reason.ilike(f"%{reason}%"))
    if older_than:
        q = q.where(reviews.c.opened_at <= now() - dt.timedelta(seconds=older_than))
    with store.engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(q.limit(limit))]


def task(store: Any, task_id: int) -> dict[str, Any] | None:
    """One task with what its item recorded (``data``) and its run's parameters."""
    import json

    import sqlalchemy as sa

    from robot_lib.runtime.schema import items

    with store.engine.connect() as c:
        row = c.execute(sa.select(reviews).where(reviews.c.id == task_id)).first()
        if row is None:
            return None
        data = c.execute(sa.select(items.c.data).where(items.c.id == row.item_id)).scalar()
    run = store.get_run(row.run_id)
    return {
        **row._mapping,
        "data": json.loads(data) if data else {},
        "params": run.params if run is not None else {},
    }


def decide(
    store: Any,
    task_id: int,
    decision: str,
    by: str,
    values: dict[str, str] | None = None,
    note: str = "",
    on_line: Any = None,
    run_id: str | None = None,
) -> Any:
    """Resolve a task: the bot finishes it in a run of its own (trigger ``review``) with
    its ``@approves`` / ``@rejects`` / ``@before_retry`` function and the parameters of the
    run that sent it; the task is resolved when that run did it. Returns the run.
    ConfigError: no such open task, or a decision the bot cannot take."""
    from robot_lib.errors import ConfigError
    from robot_lib.runtime import audit
    from robot_lib.runtime.registry import get_spec
    from robot_lib.runtime.runner import Runner, RunOptions

    if decision not in DECISIONS:
        raise ConfigError(f"decision {decision!r}: one of {', '.join(DECISIONS)}")
    t = task(store, task_id)
    if t is None or t["resolved_at"] is not None:
        raise ConfigError(f"no open review task {task_id} (bots review list)")
    spec = get_spec(t["bot"])
    if decision == "approve" and "approve" not in spec.hooks:
        raise ConfigError(
            f"bot {spec.name} has no @approves function: retry the item, or add one "
            f"(see the README's 'Review queue')"
        )
    if decision == "reject" and not note.strip():
        raise ConfigError("a rejection needs a reason (--reason / the note)")
    doc = {
        "task": task_id,
        "key": t["key"],
        "title": t["title"] or t["key"],
        "decision": decision,
        "reason": t["reason"] or "",
        "data": t["data"],
        "values": dict(values or {}),
        "note": note,
        "by": by,
    }
    runner = Runner(store, on_line=on_line or (lambda _line: None))
    run = runner.run(
        spec.name,
        t["params"],
        RunOptions(trigger="review", review=doc, wait=True, run_id=run_id, retries=0),
    )
    done = store.is_done(spec.name, t["key"])
    outcome = {"approve": "approved", "reject": "rejected", "retry": "retried"}[decision]
    if (decision == "reject" and run.status == "succeeded") or (decision != "reject" and done):
        resolve(store, task_id, outcome, by, note)
    fields = f"; corrected: {', '.join(sorted(values))}" if values else ""
    audit.record(
        store,
        by,
        f"{decision} review",
        f"{spec.name} {doc['title']}",
        f"task {task_id}, run {run.id} {run.status}{fields}" + (f"; {note}" if note else ""),
    )
    return run


def resolve(store: Any, task_id: int, resolution: str, by: str, note: str = "") -> None:
    from robot_lib.credentials import mask
    from robot_lib.runtime.records import now

    with store.tx() as c:
        c.execute(
            reviews.update()
            .where(reviews.c.id == task_id)
            .values(
                resolved_at=now(), resolution=resolution, resolved_by=by, note=mask(note) or None
            )
        )


def perform(ctx: Any, spec: Any, params: dict[str, Any], doc: dict[str, Any]) -> None:
    """In the attempt's process: carry out a person's decision through the bot's code."""
    from robot_lib.context import Review
    from robot_lib.errors import ConfigError

    review = Review(**doc)
    hook = spec.hooks.get(review.decision)
    ctx.log.info(f"{review.title}: {review.decision} by {review.by}")
    if review.decision == "retry":
        if hook is not None:
            hook(ctx, review)
        ctx.only_keys = {review.key}
        spec.func(ctx, **params)
        return
    if review.decision == "reject":
        if hook is not None:
            hook(ctx, review)
        ctx.log.info(f"{review.title}: rejected: {review.note}")
        return
    if hook is None:
        raise ConfigError(f"bot {spec.name} has no @approves function")
    item = ctx.item(review.key, title=review.title)
    if item.skipped:  # done meanwhile (another approval, a later run): never twice
        ctx.log.info(f"{review.title}: already done; nothing entered again")
        return
    with item:
        item.message = f"reviewed by {review.by}"
        # what the task showed (never the person's corrections: those are not kept): if the
        # approval is refused, the reopened task still shows its fields, not an empty form
        item.output.update(review.data or {})
        item.output["reviewed_by"] = review.by
        hook(ctx, item, review)


def forget(store: Any, bot: str, key: str) -> int:
    """*key* no longer counts as done for *bot* (its rows say ``forgotten``: the history
    stays); returns how many rows changed."""
    from robot_lib.credentials import mask
    from robot_lib.runtime.schema import items

    with store.tx() as c:
        return int(
            c.execute(
                items.update()
                .where(items.c.bot == bot, items.c.key == mask(key), items.c.status == "done")
                .values(status="forgotten")
            ).rowcount
        )
