"""Alembic environment: runs revisions on the connection `upgrade_schema` hands in.

(`bot.storage.database.upgrade_schema`.)

There is no alembic.ini and no URL here: the bot always migrates its own database, at
start-up, inside the transaction it opened (`config.attributes["connection"]`).
"""

from __future__ import annotations

from alembic import context

from bot.storage.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place; batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
