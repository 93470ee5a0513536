"""`app_home_opened`: publish the person's App Home tab (`views.publish`).

The view is built fresh each time the Home tab is opened: the person's last digests, the
watched channels they are in with their roundups and feeds, a how-to
(`bot.views.home_content` gathers, `bot.views.home_view` lays out). Opening the Messages or
About tab publishes nothing.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk.errors import SlackApiError

from bot.services import Services, bound
from bot.slack.errors import error_code
from bot.views.home_content import HomeSources, gather_home
from bot.views.home_view import home_view

log = logging.getLogger(__name__)


def register(app: App, services: Services) -> None:
    """`app_home_opened`: ack at once, publish the view in a lazy listener."""
    app.event("app_home_opened")(ack=acknowledge, lazy=[bound(publish_home, services)])


def acknowledge(ack: Ack) -> None:
    """Slack wants its 200 within 3 seconds; the view follows."""
    ack()


def home_sources(services: Services) -> HomeSources:
    """The running bot's parts a Home tab reads."""
    return HomeSources(
        store=services.store,
        client=services.client,
        messages=services.messages,
        roundups=services.roundups,
        people=services.people,
        feeds_for=services.feeds.feed_store.feeds_for,
    )


def publish_home(event: dict[str, Any], *, services: Services) -> None:
    """Build and publish the Home tab of the person who opened it."""
    if event.get("tab") != "home" or not event.get("user"):
        return
    user = event["user"]
    try:
        view = home_view(gather_home(home_sources(services), user))
        services.client.views_publish(user_id=user, view=view)
    except SlackApiError as e:
        log.warning("views.publish for %s failed: %s", user, error_code(e) or e)
    except Exception:
        log.exception("building the Home tab for %s failed", user)
