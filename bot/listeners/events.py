"""Events: `app_mention` with links, `message.channels` / `message.groups` in watched public
and private channels, and `message.im`, a message to the bot in its Messages tab.

Mentions and watched messages get their digests in the thread of the message that carried
the links, quotes under each; a DM gets its digests in the DM, each with its quotes in its
own thread. Messages from other bots count in watched channels (a channel fed by an RSS app
is the common case) but not in DMs; the bot's own messages, edits, deletions and other
housekeeping subtypes never do. Slack's resends are dropped by event id (`bot.app`), and
each (conversation, article) is posted once (`bot.digesting.service`), so a digest never
appears twice.

Who hears about a failure: a person who asked (a mention, a DM) gets the reason in words, in
the thread or the DM. Nobody asked for a watched channel's message: a page that cannot be
digested leaves no message there, only a log line and one reaction on the source message.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk.errors import SlackApiError

from bot.digesting.service import DigestRequest, Intake
from bot.ops.event_recovery import finishing
from bot.services import Services, bound
from bot.slack.blocks import (
    SOMETHING_WENT_WRONG,
    Message,
    earlier_digest_text,
    notice,
    problem_text,
)
from bot.slack.errors import DigestError, error_code
from bot.slack.text import article_links, links_in_message

log = logging.getLogger(__name__)

# Message subtypes that are new content; everything else (message_changed, message_deleted,
# channel_join, ...) is housekeeping and never digested.
DIGESTIBLE_SUBTYPES = frozenset({None, "bot_message", "file_share", "thread_broadcast"})
# In a DM only a person's own message asks for something (an app posting there does not).
DM_SUBTYPES = frozenset({None, "file_share"})
# The one reaction a watched message gets when its page cannot be digested.
CANNOT_DIGEST_REACTION = "warning"

MENTION_HELP = (
    "Mention me with a link to a news article and I'll post its digest in this thread. "
    "`/digest help` shows everything I can do."
)
DM_HELP = (
    "Send me a link to a news article and I'll post its digest here, with every quote and "
    "its speaker in the thread. `/digest help` shows everything else I can do."
)


def register(app: App, services: Services) -> None:
    """`app_mention` and `message` (DMs first, then channels): ack at once, digest in
    lazy listeners, each marking its event's claim finished when done (`bot.ops.event_recovery`)."""
    app.event("app_mention")(ack=acknowledge, lazy=[bound(mentioned, services)])
    app.event("message", matchers=[in_direct_message])(
        ack=acknowledge, lazy=[bound(direct_message, services)]
    )
    app.event("message")(ack=acknowledge, lazy=[bound(watched_message, services)])


def mentioned(event: dict[str, Any], context: BoltContext, *, services: Services) -> None:
    """An `app_mention`, its claim finished after."""
    with finishing(services.store, context):
        digest_mentioned_links(event, services=services)


def direct_message(event: dict[str, Any], context: BoltContext, *, services: Services) -> None:
    """A DM, its claim finished after."""
    with finishing(services.store, context):
        digest_direct_message(event, context, services=services)


def watched_message(event: dict[str, Any], context: BoltContext, *, services: Services) -> None:
    """A channel message, its claim finished after."""
    with finishing(services.store, context):
        digest_watched_message(event, context, services=services)


def acknowledge(ack: Ack) -> None:
    """Slack wants its 200 within 3 seconds; the digests follow in the thread."""
    ack()


def in_direct_message(event: dict[str, Any]) -> bool:
    """message.im: the event comes from a DM with the bot (its Messages tab)."""
    return event.get("channel_type") == "im"


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


def digest_direct_message(
    event: dict[str, Any], context: BoltContext, *, services: Services
) -> None:
    """A person's message to the bot in its DM: one digest per link, in the DM."""
    if not is_new_content(event, context) or event.get("subtype") not in DM_SUBTYPES:
        return
    if event.get("bot_id"):
        return  # another app writing in the DM: nobody asked
    channel = event["channel"]
    limit = services.settings.max_links_per_message
    links = article_links(links_in_message(event))[:limit]
    if not links:
        _say_in(services, channel, notice(DM_HELP), thread_ts=event.get("thread_ts"))
        return
    for url in links:
        request = DigestRequest(
            channel=channel,
            url=url,
            # Inside a DM thread the digest stays in it; otherwise it is a message of its own.
            reply_to_ts=event.get("thread_ts"),
            requested_by=event.get("user"),
            intake="mention",
        )
        digest_into_thread(services, request, asked_here=True)


def digest_watched_message(
    event: dict[str, Any], context: BoltContext, *, services: Services
) -> None:
    """A message in a watched channel (public or private): digest its article links into
    its thread; a page that cannot be digested only gets a reaction."""
    if not is_new_content(event, context):
        return
    channel = event.get("channel")
    if not channel or not services.store.is_watched(channel):
        return
    if context.bot_user_id and f"<@{context.bot_user_id}>" in (event.get("text") or ""):
        return  # a mention: the app_mention event handles it
    links = article_links(links_in_message(event), skip_media=True)
    limit = services.settings.max_links_per_message
    digest_links_into_thread(services, event, links[:limit], intake="watch", quiet=True)


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
    services: Services,
    event: dict[str, Any],
    links: list[str],
    *,
    intake: Intake,
    quiet: bool = False,
) -> None:
    """One digest per link, each in the thread of the message that carried the links.

    `quiet`: nobody asked (a watched channel), so a failure is logged and marked with a
    reaction on the message instead of said in its thread.
    """
    thread = event.get("thread_ts") or event["ts"]
    for url in links:
        request = DigestRequest(
            channel=event["channel"],
            url=url,
            reply_to_ts=thread,
            requested_by=event.get("user"),
            intake=intake,
        )
        failed = digest_into_thread(services, request, quiet=quiet)
        if failed and quiet:
            mark_undigested(services, event["channel"], event["ts"])


def digest_into_thread(
    services: Services, request: DigestRequest, *, quiet: bool = False, asked_here: bool = False
) -> bool:
    """Digest one link into the request's thread; True if it failed. Problems are said
    there in plain words, unless `quiet` (then only logged). An article digested before
    elsewhere is linked to; `asked_here` links to it even from the same place (a DM, where
    asking again means the person lost sight of it)."""
    try:
        result = services.digests.digest_and_post(request)
    except DigestError as e:
        if quiet:
            log.info("not digested (%s) in %s: %s", request.url, request.channel, e)
        else:
            _say(services, request, notice(problem_text(e)))
        return True
    except Exception:
        log.exception("digest failed for %s in %s", request.url, request.channel)
        if not quiet:
            _say(services, request, notice(SOMETHING_WENT_WRONG))
        return True
    elsewhere = result.post.reply_to_ts != request.reply_to_ts or asked_here
    if result.status in ("already_posted", "resumed") and elsewhere:
        text = earlier_digest_text(result.article.title, result.permalink, in_thread=True)
        _say(services, request, notice(text))
    return False


def mark_undigested(services: Services, channel: str, ts: str) -> None:
    """One reaction on a watched message whose page could not be digested (once: a second
    failing link on the same message finds it there already)."""
    try:
        services.client.reactions_add(channel=channel, timestamp=ts, name=CANNOT_DIGEST_REACTION)
    except SlackApiError as e:
        code = error_code(e)
        if code != "already_reacted":
            log.info("could not react to %s in %s: %s", ts, channel, code or e)
    except OSError as e:
        log.info("could not react to %s in %s: %s", ts, channel, e)


def _say(services: Services, request: DigestRequest, message: Message) -> None:
    _say_in(services, request.channel, message, thread_ts=request.reply_to_ts)


def _say_in(services: Services, channel: str, message: Message, *, thread_ts: str | None) -> None:
    try:
        services.messages.say(channel, message, thread_ts=thread_ts)
    except DigestError as e:
        log.warning("could not reply in %s: %s", channel, e)
