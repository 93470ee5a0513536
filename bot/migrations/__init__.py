"""Alembic migrations of the bot's database; `bot.store.upgrade_schema` applies them at start-up."""
