"""The bot's memory: tables, the idempotent operations on them (`store.Store`, one module per
what it stores), records, migrations, retention.

May import: digests (its data classes), bot.settings, bot.team_scope.
"""
