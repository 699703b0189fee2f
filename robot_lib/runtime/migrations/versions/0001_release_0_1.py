"""Release 0.1: runs, attempts, items, locks.

A database made before migrations existed has these tables already, perhaps without the
columns added during 0.1 (all nullable): they are added, nothing is dropped or rewritten.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def _tables() -> list[sa.Table]:
    md = sa.MetaData()
    return [
        sa.Table(
            "runs",
            md,
            sa.Column("id", sa.String(40), primary_key=True),
            sa.Column("bot", sa.String(200), nullable=False, index=True),
            sa.Column("status", sa.String(20), nullable=False, index=True),
            sa.Column("trigger", sa.String(40), nullable=False),
            sa.Column("schedule_id", sa.String(200)),
            sa.Column("params", sa.Text, nullable=False),
            sa.Column("created_at", TZ, nullable=False),
            sa.Column("started_at", TZ),
            sa.Column("finished_at", TZ),
            sa.Column("attempts", sa.Integer, nullable=False),
            sa.Column("host", sa.String(200)),
            sa.Column("pid", sa.Integer),
            sa.Column("error", sa.Text),
            sa.Column("items_total", sa.Integer),
            sa.Column("items_done", sa.Integer, nullable=False),
            sa.Column("items_failed", sa.Integer, nullable=False),
            sa.Column("items_review", sa.Integer, nullable=False),
            sa.Column("items_skipped", sa.Integer, nullable=False),
            sa.Column("run_dir", sa.Text),
            sa.Column("claimed_by", sa.String(200)),
            sa.Column("heartbeat_at", TZ),
            sa.Column("queue_options", sa.Text),
        ),
        sa.Table(
            "attempts",
            md,
            sa.Column("run_id", sa.String(40), primary_key=True),
            sa.Column("number", sa.Integer, primary_key=True),
            sa.Column("status", sa.String(20), nullable=False),
            sa.Column("started_at", TZ, nullable=False),
            sa.Column("finished_at", TZ),
            sa.Column("pid", sa.Integer),
            sa.Column("error_kind", sa.String(20)),
            sa.Column("error_type", sa.String(200)),
            sa.Column("error", sa.Text),
            sa.Column("traceback", sa.Text),
            sa.Column("retry_in", sa.Float),
        ),
        sa.Table(
            "items",
            md,
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("run_id", sa.String(40), nullable=False, index=True),
            sa.Column("bot", sa.String(200), nullable=False),
            sa.Column("key", sa.String(500), nullable=False),
            sa.Column("status", sa.String(20), nullable=False),
            sa.Column("message", sa.Text),
            sa.Column("data", sa.Text),
            sa.Column("attempt", sa.Integer),
            sa.Column("created_at", TZ, nullable=False),
            sa.Column("updated_at", TZ, nullable=False),
            sa.Index("ix_items_bot_key", "bot", "key"),
        ),
        sa.Table(
            "locks",
            md,
            sa.Column("name", sa.String(200), primary_key=True),
            sa.Column("owner", sa.String(200), nullable=False),
            sa.Column("host", sa.String(200), nullable=False),
            sa.Column("pid", sa.Integer, nullable=False),
            sa.Column("acquired_at", TZ, nullable=False),
            sa.Column("heartbeat_at", TZ),
        ),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    insp = sa.inspect(bind)
    for table in _tables():
        if not insp.has_table(table.name):
            table.create(bind)
            continue
        have = {c["name"] for c in insp.get_columns(table.name)}
        for col in table.columns:
            if col.name not in have:  # a column added during 0.1: nullable, so it can be added
                op.add_column(table.name, col.copy())
