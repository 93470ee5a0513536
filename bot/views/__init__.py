"""What people see on request: the App Home, `/digest status` and `/digest who`.

May import: digests, bot.settings, bot.team_scope, bot.storage, bot.slack, bot.digesting,
bot.intake.
"""
