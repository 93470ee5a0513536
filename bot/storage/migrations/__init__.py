"""Alembic migrations of the bot's database.

`bot.storage.database.upgrade_schema` applies them at start-up.
"""
