"""The database itself: the engine for a URL (SQLite's pragmas) and the Alembic upgrade
`Store(...)` runs before anything else, so a database made by an older release is brought along.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    Connection,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


DEFAULT_DATABASE_URL = "sqlite:///data/digest-bot.db"


def make_engine(database_url: str) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys and a busy timeout."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    in_memory = url.database in (None, "", ":memory:")
    if not in_memory:
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        # One shared connection for in-memory databases, or every session sees an empty DB.
        **({"poolclass": StaticPool} if in_memory else {}),
    )

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        # WAL lets listener threads read while another writes; foreign keys are off by default.
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            # In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process
            # loses nothing (the WAL is in the OS), only a power cut may lose the newest
            # commits. A burst of folder files makes about 20 commits each, so fsync per
            # commit was the bottleneck.
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine


def upgrade_schema(connection: Connection, revision: str = "head") -> None:
    """Bring the database to `revision` with the Alembic history in `bot/storage/migrations/`.

    A database from before Alembic has no version yet: the first revision (the release
    schema) runs on it too, creating only what is missing.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
