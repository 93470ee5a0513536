"""Talking to Slack: the send protocol, Block Kit messages, Slack text, errors in words,
membership and OAuth.

May import: digests, bot.settings, bot.team_scope, bot.storage.
"""
