"""`link_shared`: unfurl article links from the manifest's `unfurl_domains` with a one-line
digest (key people, meeting). Slack only sends this event for those domains.

A link that cannot be read simply gets no unfurl: the message is someone else's, and an
error there would be noise.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk.errors import SlackApiError

from bot.digesting.service import DigestRequest
from bot.services import Services, bound
from bot.slack.blocks import unfurl_blocks
from bot.slack.errors import DigestError

log = logging.getLogger(__name__)


def register(app: App, services: Services) -> None:
    """`link_shared`: ack at once, unfurl in a lazy listener."""
    app.event("link_shared")(ack=acknowledge, lazy=[bound(unfurl_articles, services)])


def acknowledge(ack: Ack) -> None:
    """Slack wants its 200 within 3 seconds; the unfurl follows."""
    ack()


def unfurl_articles(event: dict[str, Any], *, services: Services) -> None:
    """Digest each shared article link (stored, not posted) and unfurl it with one line."""
    channel = event.get("channel") or ""
    unfurls: dict[str, Any] = {}
    for item in (event.get("links") or [])[: services.settings.max_links_per_message]:
        url = item.get("url")
        if not url:
            continue
        try:
            record = services.digests.digest_article(
                DigestRequest(channel=channel, url=url, intake="unfurl")
            )
        except DigestError as e:
            log.info("no unfurl for %s: %s", url, e)
            continue
        unfurls[url] = {"blocks": unfurl_blocks(record.digest)}
    if not unfurls:
        return
    where: dict[str, Any]
    if event.get("unfurl_id") and event.get("source") == "composer":
        where = {"unfurl_id": event["unfurl_id"], "source": "composer"}
    else:
        where = {"channel": channel, "ts": event.get("message_ts")}
    try:
        services.client.chat_unfurl(unfurls=unfurls, **where)
    except SlackApiError as e:
        log.warning("chat.unfurl failed: %s", e.response.get("error") if e.response else e)
