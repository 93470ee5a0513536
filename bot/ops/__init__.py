"""Running it: health, leadership among replicas, locks, logging, the HTTP front.

May import: bot.settings, bot.team_scope, bot.storage.
"""
