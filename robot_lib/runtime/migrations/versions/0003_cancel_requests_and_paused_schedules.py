"""A cancel asked for from another process (``bots cancel``, the console), and schedules
paused by an operator (kept across scheduler restarts).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("runs", sa.Column("cancel_requested_at", sa.DateTime(timezone=True)))
    op.add_column("runs", sa.Column("cancel_requested_by", sa.String(200)))
    op.create_table(
        "schedule_state",
        sa.Column("schedule_id", sa.String(200), primary_key=True),
        sa.Column("paused", sa.Boolean, nullable=False),
        sa.Column("changed_by", sa.String(200)),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
    )
