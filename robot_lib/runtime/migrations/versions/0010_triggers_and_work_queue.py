"""Triggers beyond the clock: the files an ``on_file`` trigger started runs for (so a
restart does not run them again), the work queue between bots (``ctx.hand_over``), and each
item's lineage (``items.source``).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.add_column("items", sa.Column("source", sa.String(600)))
    op.create_table(
        "trigger_files",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("schedule_id", sa.String(200), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("run_id", sa.String(40), nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_index("ix_trigger_files_schedule", "trigger_files", ["schedule_id", "run_id"])
    op.create_table(
        "work_queue",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("bot", sa.String(200), nullable=False),
        sa.Column("key", sa.String(500), nullable=False),
        sa.Column("title", sa.String(500)),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("files", sa.Text, nullable=False),
        sa.Column("source_bot", sa.String(200), nullable=False),
        sa.Column("source_run", sa.String(40), nullable=False),
        sa.Column("source_item", sa.String(500)),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("taken_by", sa.String(40)),
        sa.Column("taken_at", TZ),
        sa.Column("done_at", TZ),
        sa.UniqueConstraint("bot", "key", name="uq_work_queue_bot_key"),
    )
    op.create_index("ix_work_queue_waiting", "work_queue", ["bot", "done_at"])
