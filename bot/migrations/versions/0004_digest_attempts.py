"""Articles that crashed or timed out a digest worker (filled by the poison-article work).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Placeholder until the change lands."""


def downgrade() -> None:
    """Placeholder until the change lands."""
