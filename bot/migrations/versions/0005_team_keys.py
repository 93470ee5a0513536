"""Replicas and workspaces: who claimed each Slack delivery, one roundup per channel and
period, every stored row keyed by Slack team, and Bolt's OAuth installation and state tables.

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
    """New nullable columns and one unique index; existing rows keep their meaning (no
    owner: a claim never taken over)."""
    op.add_column("handled_events", sa.Column("owner", sa.Integer(), nullable=True))
    op.create_index("uq_roundup_period", "roundups", ["channel", "period_start"], unique=True)


def downgrade() -> None:
    """Drop what `upgrade` added."""
    op.drop_index("uq_roundup_period", table_name="roundups")
    with op.batch_alter_table("handled_events") as batch:
        batch.drop_column("owner")
