"""`parent_sends` becomes `message_sends`: it has held thread replies too since 0.1.0.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Rename the table; rows, keys and the unique (kind, target_id) constraint stay."""
    op.rename_table("parent_sends", "message_sends")


def downgrade() -> None:
    """Back to the release's name."""
    op.rename_table("message_sends", "parent_sends")
