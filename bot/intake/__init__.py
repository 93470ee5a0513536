"""Where articles come from besides Slack: the folder watcher and its intake, RSS/Atom feeds
(poller, store, documents).

May import: digests, bot.settings, bot.team_scope, bot.storage, bot.ops, bot.slack,
bot.digesting.
"""
