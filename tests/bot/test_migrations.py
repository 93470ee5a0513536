"""The schema goes through Alembic: a database the previous release made (no alembic_version,
`parent_sends`) is upgraded at start-up with its rows intact, and the revisions end exactly
where the table classes are. Each test runs on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from bot.storage.database import MIGRATIONS, make_engine, upgrade_schema
from bot.storage.store import Store
from bot.storage.tables import Base
from digests.model import Digest, Quote

RELEASE_ROWS = [
    (
        "INSERT INTO articles (id, content_hash, url, title, digest_json, created_at) "
        "VALUES (1, 'h1', 'https://x.example/a', 'T', :digest, :now)"
    ),
    (
        "INSERT INTO posts (id, channel, article_id, intake, quotes_total, parent_ts, created_at)"
        " VALUES (7, 'C1', 1, 'command', 1, '1.0001', :now)"
    ),
    (
        "INSERT INTO parent_sends (key, kind, target_id, part, channel, thread_ts, attempts, "
        "started_at) VALUES ('k1', 'post_reply', 7, 0, 'C1', '1.0001', 1, :now)"
    ),
    "INSERT INTO watched_channels (channel, watched_by, created_at) VALUES ('C9', 'U1', :now)",
    "INSERT INTO handled_events (key, created_at) VALUES ('event:Ev1', :now)",
]


def head_revision() -> str:
    """The newest revision in `bot/storage/migrations/` (the one a fresh start ends at)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def make_release_database(url: str) -> None:
    """A database as the release left it: its schema (revision 0001), no alembic_version,
    and a digest whose first quote reply was in flight when the release stopped."""
    digest = Digest(title="T", quotes=[Quote("Hi", "A")])
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            upgrade_schema(connection, "0001")
            connection.execute(text("DROP TABLE alembic_version"))
            params = {"digest": json.dumps(digest.to_dict()), "now": datetime(2026, 1, 1)}
            for statement in RELEASE_ROWS:
                connection.execute(text(statement), params)
            if connection.dialect.name == "postgresql":  # ids were given: move the sequences
                for table in ("articles", "posts"):
                    connection.execute(
                        text(f"SELECT setval('{table}_id_seq', (SELECT MAX(id) FROM {table}))")
                    )
    finally:
        engine.dispose()


def test_a_database_from_the_previous_release_is_upgraded_at_start_up(database_url) -> None:
    make_release_database(database_url)
    store = Store(database_url)
    try:
        tables = set(inspect(store.engine).get_table_names())
        assert "message_sends" in tables and "parent_sends" not in tables
        with store.engine.connect() as connection:
            version = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert version.scalar_one() == head_revision()
        # Every row the release wrote is there, and means what it meant.
        assert store.article_by_url("https://x.example/a").digest.quotes[0].text == "Hi"
        send = store.send_in_flight("post_reply", 7)
        assert send is not None and send.key == "k1" and send.part == 0
        assert store.is_watched("C9") and not store.claim_event("event:Ev1")
        assert store.record_reply(7, 0, "1.0002")  # adopting the reply ends its send
        assert store.send_in_flight("post_reply", 7) is None
        article = store.save_article(content_hash="h2", digest=Digest(title="New"))
        assert article.id == 2  # new rows carry on after the release's
    finally:
        store.close()
    Store(database_url).close()  # opening it again changes nothing


def test_the_revisions_end_where_the_table_classes_are(database_url) -> None:
    store = Store(database_url)
    try:
        with store.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
    finally:
        store.close()
