"""Slack listeners, one module per kind, each with one `register(app, services)`:

    commands.py   /digest (links, pasted text, watch, unwatch, schedule, status, who, feed, help)
    events.py     app_mention, message.channels / message.groups (watched channels),
                  message.im (the bot's Messages tab)
    links.py      link_shared (unfurls)
    shortcuts.py  the message shortcut "Digest this article"
    home.py       app_home_opened (the App Home tab)
    workspace.py  app_uninstalled, tokens_revoked (the workspace's rows removed)

Each listener is a plain top-level function taking Bolt's injected arguments (`ack`,
`command`, `event`, `respond`, `context`, ...) and, keyword-only, `services`; `register`
binds `services` in (`bot.services.bound`). Listeners are thin: acknowledge at once, parse
the payload, hand the work to `services.digests` (the one digest-and-post path) in a Bolt
lazy listener, and reply. A new Slack command or event gets a module here and a line below.
(`workspace_removal.py` holds what `workspace.py` removes when a workspace lets the bot go.)

May import: digests, bot.settings, bot.team_scope, bot.services, bot.storage, bot.ops,
bot.slack, bot.digesting, bot.intake, bot.views.
"""

from __future__ import annotations

from slack_bolt import App

from bot.listeners import commands, events, home, links, shortcuts, workspace
from bot.services import Services


def register_listeners(app: App, services: Services) -> None:
    """Register every listener module's listeners on the app."""
    commands.register(app, services)
    events.register(app, services)
    links.register(app, services)
    shortcuts.register(app, services)
    home.register(app, services)
    workspace.register(app, services)
