"""Alembic migrations of the bot's database.

`bot.storage.store.upgrade_schema` applies them at start-up.
"""
