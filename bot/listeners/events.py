"""Events: `app_mention` with links, and `message.channels` in watched channels.

Both reply in the thread of the message that carried the links: one digest per link, quotes
under it. Messages from other bots count (a channel fed by an RSS app is the common case);
the bot's own messages, edits, deletions and other housekeeping subtypes do not.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext

from ..blocks import SOMETHING_WENT_WRONG, Message, earlier_digest_text, notice, problem_text
from ..errors import DigestError
from ..service import DigestRequest, Intake
from ..services import Services, bound
from ..slack_text import article_links, links_in_message

log = logging.getLogger(__name__)

# Message subtypes that are new content; everything else (message_changed, message_deleted,
# channel_join, ...) is housekeeping and never digested.
DIGESTIBLE_SUBTYPES = frozenset({None, "bot_message", "file_share", "thread_broadcast"})

MENTION_HELP = (
    "Mention me with a link to a news article and I'll post its digest in this thread. "
    "`/digest help` shows everything I can do."
)


def register(app: App, services: Services) -> None:
    """`app_mention` and `message`: ack at once, digest in lazy listeners."""
    app.event("app_mention")(ack=acknowledge, lazy=[bound(digest_mentioned_links, services)])
    app.event("message")(ack=acknowledge, lazy=[bound(digest_watched_message, services)])


def acknowledge(ack: Ack) -> None:
    """Slack wants its 200 within 3 seconds; the digests follow in the thread."""
    ack()


def digest_mentioned_links(event: dict[str, Any], *, services: Services) -> None:
    """A mention: digest its links into its thread, or say how mentions work."""
    limit = services.settings.max_links_per_message
    links = article_links(links_in_message(event))[:limit]
    if not links:
        thread = event.get("thread_ts") or event["ts"]
        try:
            services.messages.say(event["channel"], Message(text=MENTION_HELP), thread_ts=thread)
        except DigestError as e:
            log.warning("could not answer a mention in %s: %s", event["channel"], e)
        return
    digest_links_into_thread(services, event, links, intake="mention")


def digest_watched_message(
    event: dict[str, Any], context: BoltContext, *, services: Services
) -> None:
    """A message in a watched channel: digest its article links into its thread."""
    if not is_new_content(event, context):
        return
    channel = event.get("channel")
    if not channel or not services.store.is_watched(channel):
        return
    if context.bot_user_id and f"<@{context.bot_user_id}>" in (event.get("text") or ""):
        return  # a mention: the app_mention event handles it
    links = article_links(links_in_message(event), skip_media=True)
    limit = services.settings.max_links_per_message
    digest_links_into_thread(services, event, links[:limit], intake="watch")


def is_new_content(event: dict[str, Any], context: BoltContext) -> bool:
    """A fresh message from a person or another bot: not ours, not an edit or deletion."""
    if event.get("subtype") not in DIGESTIBLE_SUBTYPES:
        return False
    if "ts" not in event:
        return False
    own_bot = context.bot_id and event.get("bot_id") == context.bot_id
    own_user = context.bot_user_id and event.get("user") == context.bot_user_id
    return not (own_bot or own_user)


def digest_links_into_thread(
    services: Services, event: dict[str, Any], links: list[str], *, intake: Intake
) -> None:
    """One digest per link, each in the thread of the message that carried the links."""
    thread = event.get("thread_ts") or event["ts"]
    for url in links:
        request = DigestRequest(
            channel=event["channel"],
            url=url,
            reply_to_ts=thread,
            requested_by=event.get("user"),
            intake=intake,
        )
        digest_into_thread(services, request)


def digest_into_thread(services: Services, request: DigestRequest) -> None:
    """Digest one link into the request's thread; problems are said there, in plain words."""
    try:
        result = services.digests.digest_and_post(request)
    except DigestError as e:
        _say(services, request, notice(problem_text(e)))
        return
    except Exception:
        log.exception("digest failed for %s in %s", request.url, request.channel)
        _say(services, request, notice(SOMETHING_WENT_WRONG))
        return
    elsewhere = result.post.reply_to_ts != request.reply_to_ts
    if result.status in ("already_posted", "resumed") and elsewhere:
        text = earlier_digest_text(result.article.title, result.permalink, in_thread=True)
        _say(services, request, notice(text))


def _say(services: Services, request: DigestRequest, message: Message) -> None:
    try:
        services.messages.say(request.channel, message, thread_ts=request.reply_to_ts)
    except DigestError as e:
        log.warning("could not reply in %s: %s", request.channel, e)
