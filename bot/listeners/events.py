"""Events: `app_mention` with links, and `message.channels` in watched channels.

Both reply in the thread of the message that carried the links: one digest per link, quotes
under it. Messages from other bots count (a channel fed by an RSS app is the common case);
the bot's own messages, edits, deletions and other housekeeping subtypes do not.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot.blocks import Message, escape, link, notice
from bot.service import DigestError, DigestRequest, Intake
from bot.slack_text import article_links, links_in_message

if TYPE_CHECKING:
    from slack_bolt import Ack, App, BoltContext

    from bot.app import Services

log = logging.getLogger(__name__)

# Message subtypes that are new content; everything else (message_changed, message_deleted,
# channel_join, ...) is housekeeping and never digested.
DIGESTIBLE_SUBTYPES = frozenset({None, "bot_message", "file_share", "thread_broadcast"})

MENTION_HELP = (
    "Mention me with a link to a news article and I'll post its digest in this thread. "
    "`/digest help` shows everything I can do."
)


def register(app: App, services: Services) -> None:
    settings = services.settings

    def acknowledge(ack: Ack) -> None:
        ack()

    def digest_mentioned_links(event: dict[str, Any], client: Any) -> None:
        channel = event["channel"]
        thread = event.get("thread_ts") or event["ts"]
        links = article_links(links_in_message(event))[: settings.max_links_per_message]
        if not links:
            try:
                services.digests.post(channel, Message(text=MENTION_HELP), thread_ts=thread)
            except DigestError as e:
                log.warning("could not answer a mention in %s: %s", channel, e)
            return
        digest_links_into_thread(services, event, links, intake="mention")

    def digest_watched_message(event: dict[str, Any], context: BoltContext) -> None:
        if not is_new_content(event, context):
            return
        channel = event.get("channel")
        if not channel or not services.store.is_watched(channel):
            return
        if context.bot_user_id and f"<@{context.bot_user_id}>" in (event.get("text") or ""):
            return  # a mention: the app_mention event handles it
        links = article_links(links_in_message(event), skip_media=True)
        digest_links_into_thread(
            services, event, links[: settings.max_links_per_message], intake="watch"
        )

    app.event("app_mention")(ack=acknowledge, lazy=[digest_mentioned_links])
    app.event("message")(ack=acknowledge, lazy=[digest_watched_message])


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
        digest_into_thread(
            services,
            DigestRequest(
                channel=event["channel"],
                url=url,
                reply_to_ts=thread,
                requested_by=event.get("user"),
                intake=intake,
            ),
        )


def digest_into_thread(services: Services, request: DigestRequest) -> None:
    """Digest one link into the request's thread; problems are said there, in plain words."""
    assert request.reply_to_ts is not None
    try:
        result = services.digests.digest_and_post(request)
    except DigestError as e:
        text = escape(str(e)) if e.code == "article" else str(e)
        _say(services, request, notice(f":warning: {text}"))
        return
    except Exception:
        log.exception("digest failed for %s in %s", request.url, request.channel)
        _say(services, request, notice(":warning: Something went wrong digesting that link."))
        return
    elsewhere = result.post.reply_to_ts != request.reply_to_ts
    if result.status in ("already_posted", "resumed") and elsewhere:
        title = f"“{escape(result.article.title)}”" if result.article.title else "This article"
        where = link(result.permalink, "the earlier digest") if result.permalink else "earlier"
        _say(services, request, notice(f"{title} was already digested here: {where}."))


def _say(services: Services, request: DigestRequest, message: Message) -> None:
    try:
        services.digests.post(request.channel, message, thread_ts=request.reply_to_ts)
    except DigestError as e:
        log.warning("could not reply in %s: %s", request.channel, e)
