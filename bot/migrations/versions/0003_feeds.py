"""RSS/Atom feed subscriptions and the entries seen (filled by the feeds work).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Placeholder until the change lands."""


def downgrade() -> None:
    """Placeholder until the change lands."""
