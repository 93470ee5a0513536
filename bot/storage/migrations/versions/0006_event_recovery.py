"""At-least-once across replicas: a Slack event's claim keeps its payload until its work is
finished, so another replica finishes what a dead one acknowledged.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nullable columns: existing claims have no payload and are never taken over."""
    op.add_column("handled_events", sa.Column("body", sa.Text(), nullable=True))
    op.add_column("handled_events", sa.Column("claimed_at", sa.DateTime(), nullable=True))
    op.add_column("handled_events", sa.Column("finished_at", sa.DateTime(), nullable=True))
    op.create_index("ix_handled_events_finished_at", "handled_events", ["finished_at"])


def downgrade() -> None:
    """Drop what `upgrade` added."""
    op.drop_index("ix_handled_events_finished_at", table_name="handled_events")
    with op.batch_alter_table("handled_events") as batch:
        batch.drop_column("finished_at")
        batch.drop_column("claimed_at")
        batch.drop_column("body")
