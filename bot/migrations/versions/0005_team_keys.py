"""Every stored row keyed by Slack team; Bolt's OAuth installation and state tables.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Placeholder until the change lands."""


def downgrade() -> None:
    """Placeholder until the change lands."""
