"""Settings an admin changes for a bot on the console: the minutes a person needs per item
(what the Value page counts as saved), overriding the bot's declaration.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bot_settings",
        sa.Column("bot", sa.String(200), primary_key=True),
        sa.Column("manual_minutes", sa.Float),
        sa.Column("changed_by", sa.String(200)),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
    )
