"""Digest-and-post: the one service every intake calls, replies through response URLs, thread
healing, roundups and their schedules, the person index.

May import: digests, bot.settings, bot.team_scope, bot.storage, bot.ops, bot.slack.
"""
