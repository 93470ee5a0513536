"""The release schema (0.1.x, before Alembic): every table as the release's `Store` made it.

The tables below were rendered by Alembic's autogenerate from the release's own table
classes, so the database this revision makes and the one the release made are the same.
Databases the release made carry no `alembic_version`, so this revision also runs on them:
it creates only the tables that are missing, and adds `parent_sends.part` (reply sends) to a
database from before 0.1.0 gained it. From here on every change is a revision of its own.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

RELEASE = sa.MetaData()

sa.Table(
    "articles",
    RELEASE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("content_hash", sa.String(length=64), nullable=False),
    sa.Column("url", sa.Text(), index=True, nullable=True),
    sa.Column("title", sa.Text(), nullable=True),
    sa.Column("digest_json", sa.Text(), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("content_hash"),
)

sa.Table(
    "handled_events",
    RELEASE,
    sa.Column("key", sa.String(length=255), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint("key"),
)

sa.Table(
    "parent_sends",
    RELEASE,
    sa.Column("key", sa.String(length=64), nullable=False),
    sa.Column("kind", sa.String(length=16), nullable=False),
    sa.Column("target_id", sa.Integer(), nullable=False),
    sa.Column("part", sa.Integer(), nullable=True),
    sa.Column("channel", sa.String(length=32), nullable=False),
    sa.Column("thread_ts", sa.String(length=32), nullable=True),
    sa.Column("attempts", sa.Integer(), nullable=False),
    sa.Column("started_at", sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint("key"),
    sa.UniqueConstraint("kind", "target_id", name="uq_parent_send_target"),
)

sa.Table(
    "roundup_channels",
    RELEASE,
    sa.Column("channel", sa.String(length=32), nullable=False),
    sa.Column("since", sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint("channel"),
)

sa.Table(
    "roundups",
    RELEASE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("channel", sa.String(length=32), index=True, nullable=False),
    sa.Column("period_start", sa.DateTime(), nullable=True),
    sa.Column("parent_ts", sa.String(length=32), nullable=True),
    sa.Column("replies_done", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.Column("completed_at", sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint("id"),
)

sa.Table(
    "watched_channels",
    RELEASE,
    sa.Column("channel", sa.String(length=32), nullable=False),
    sa.Column("watched_by", sa.String(length=32), nullable=True),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint("channel"),
)

sa.Table(
    "posts",
    RELEASE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("channel", sa.String(length=32), nullable=False),
    sa.Column("article_id", sa.Integer(), index=True, nullable=False),
    sa.Column("intake", sa.String(length=32), nullable=False),
    sa.Column("requested_by", sa.String(length=32), nullable=True),
    sa.Column("reply_to_ts", sa.String(length=32), nullable=True),
    sa.Column("parent_ts", sa.String(length=32), nullable=True),
    sa.Column("quotes_total", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.Column("completed_at", sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(
        ["article_id"],
        ["articles.id"],
    ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("channel", "article_id", name="uq_post_channel_article"),
)

sa.Table(
    "folder_files",
    RELEASE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("channel", sa.String(length=32), nullable=False),
    sa.Column("file_hash", sa.String(length=64), nullable=False),
    sa.Column("name", sa.Text(), nullable=False),
    sa.Column("status", sa.String(length=16), nullable=False),
    sa.Column("post_id", sa.Integer(), nullable=True),
    sa.Column("reason", sa.Text(), nullable=True),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.Column("finished_at", sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(
        ["post_id"],
        ["posts.id"],
    ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("channel", "file_hash", name="uq_folder_file"),
)

sa.Table(
    "post_replies",
    RELEASE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("post_id", sa.Integer(), index=True, nullable=False),
    sa.Column("quote_index", sa.Integer(), nullable=False),
    sa.Column("ts", sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(
        ["post_id"],
        ["posts.id"],
    ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("post_id", "quote_index", name="uq_reply_post_quote"),
)

sa.Table(
    "roundup_items",
    RELEASE,
    sa.Column("post_id", sa.Integer(), nullable=False),
    sa.Column("roundup_id", sa.Integer(), index=True, nullable=False),
    sa.ForeignKeyConstraint(
        ["post_id"],
        ["posts.id"],
    ),
    sa.ForeignKeyConstraint(
        ["roundup_id"],
        ["roundups.id"],
    ),
    sa.PrimaryKeyConstraint("post_id"),
)


def upgrade() -> None:
    """Create the release's tables that are missing; give old `parent_sends` its `part`."""
    bind = op.get_bind()
    RELEASE.create_all(bind, checkfirst=True)
    columns = {c["name"] for c in sa.inspect(bind).get_columns("parent_sends")}
    if "part" not in columns:
        op.add_column("parent_sends", sa.Column("part", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Drop them all (an empty database)."""
    RELEASE.drop_all(op.get_bind())
