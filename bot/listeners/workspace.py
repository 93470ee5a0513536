"""`app_uninstalled` and `tokens_revoked`: the workspace let the bot go.

Both are handled inline (a few deletes, well within Slack's 3 seconds). With many
workspaces Bolt's own listeners run first and delete the installation (or the revoked
bot/user tokens) from the installation store; then `bot.listeners.workspace_removal` removes the
workspace's watches, schedules and feeds. `tokens_revoked` for user tokens only leaves
everything else alone: the bot posts with its bot token.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot.listeners.workspace_removal import forget_workspace
from bot.services import Services

log = logging.getLogger(__name__)


def register(app: App, services: Services) -> None:
    """Both events; in OAuth mode behind Bolt's installation-store clean-up."""
    oauth = services.settings.oauth_on
    uninstalled = app.default_app_uninstalled_event_listener() if oauth else None
    revoked = app.default_tokens_revoked_event_listener() if oauth else None
    app.event("app_uninstalled")(with_bolt(app_uninstalled, services, uninstalled))
    app.event("tokens_revoked")(with_bolt(tokens_revoked, services, revoked))


def with_bolt(
    listener: Callable[..., Any], services: Services, bolt: Callable[..., Any] | None
) -> Callable[..., Any]:
    """`listener` with its keyword-only `services` and `bolt` filled in (see
    `bot.services.bound`: Bolt injects only the positional parameters by name)."""
    filled = functools.partial(listener, services=services, bolt=bolt)
    return functools.update_wrapper(filled, listener)


def app_uninstalled(
    ack: Ack,
    context: BoltContext,
    *,
    services: Services,
    bolt: Callable[..., Any] | None = None,
) -> None:
    """The app was removed from the workspace: its installation (`bolt`, Bolt's listener,
    in OAuth mode) and its rows go."""
    ack()
    if bolt is not None:
        bolt(context=context)
    forget_workspace(services, context.team_id)


def tokens_revoked(
    ack: Ack,
    event: dict[str, Any],
    context: BoltContext,
    *,
    services: Services,
    bolt: Callable[..., Any] | None = None,
) -> None:
    """Tokens were revoked: the store forgets them; if the bot's was among them, the
    workspace's rows go too (nothing could be posted there any more)."""
    ack()
    if bolt is not None:
        bolt(event=event, context=context)
    revoked_bots = (event.get("tokens") or {}).get("bot") or []
    if revoked_bots:
        forget_workspace(services, context.team_id)
    else:
        log.info("user tokens revoked in %s: the bot's own token is unaffected", context.team_id)
