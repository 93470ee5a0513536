"""The bot's memory: tables, the idempotent operations on them, migrations, retention.

May import: digests (its data classes), bot.settings, bot.team_scope.
"""
