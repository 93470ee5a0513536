"""Replicas and workspaces: who claimed each Slack delivery, one roundup per channel and
period, every stored row keyed by Slack team, and Bolt's OAuth installation and state tables.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TEAM_KEYED = ("posts", "watched_channels", "roundup_channels")


def oauth_tables() -> sa.MetaData:
    """Bolt's OAuth tables as slack_sdk defines them (the stores read them by these names)."""
    metadata = sa.MetaData()
    SQLAlchemyInstallationStore.build_installations_table(metadata, "slack_installations")
    SQLAlchemyInstallationStore.build_bots_table(metadata, "slack_bots")
    SQLAlchemyOAuthStateStore.build_oauth_states_table(metadata, "slack_oauth_states")
    return metadata


def upgrade() -> None:
    """New nullable columns and one unique index; existing rows keep their meaning (no
    owner: a claim never taken over)."""
    op.add_column("handled_events", sa.Column("owner", sa.Integer(), nullable=True))
    op.create_index("uq_roundup_period", "roundups", ["channel", "period_start"], unique=True)
    for table in TEAM_KEYED:
        op.add_column(table, sa.Column("team_id", sa.String(length=32), nullable=True))
        op.create_index(f"ix_{table}_team_id", table, ["team_id"])
    oauth_tables().create_all(op.get_bind())


def downgrade() -> None:
    """Drop what `upgrade` added (installations are lost)."""
    oauth_tables().drop_all(op.get_bind())
    for table in TEAM_KEYED:
        op.drop_index(f"ix_{table}_team_id", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("team_id")
    op.drop_index("uq_roundup_period", table_name="roundups")
    with op.batch_alter_table("handled_events") as batch:
        batch.drop_column("owner")
