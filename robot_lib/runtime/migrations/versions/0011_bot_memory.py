"""What a bot learns from people's corrections (the invoice bot's vendor profiles), one row
per bot, kind and key: taught again, the row is updated, never duplicated.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bot_memory",
        sa.Column("bot", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(50), primary_key=True),
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("updated_by", sa.String(200)),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("times", sa.Integer, nullable=False),
    )
