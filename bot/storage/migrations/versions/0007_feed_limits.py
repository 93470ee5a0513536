"""Feeds with limits: when a feed's channel was last told it was throttled.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """One nullable column: no feed has been throttled yet."""
    op.add_column("feeds", sa.Column("throttled_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Drop what `upgrade` added."""
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("throttled_at")
