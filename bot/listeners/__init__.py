"""Slack listeners, one module per kind; each has `register(app, services)`.

Listeners are thin: acknowledge at once, parse the payload, hand the work to
`services.digests` (the one digest-and-post path) in a Bolt lazy listener, and reply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import commands, events, links

if TYPE_CHECKING:
    from slack_bolt import App

    from bot.app import Services


def register_listeners(app: App, services: Services) -> None:
    commands.register(app, services)
    events.register(app, services)
    links.register(app, services)
