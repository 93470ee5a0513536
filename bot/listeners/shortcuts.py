"""The message shortcut "Digest this article" (`digest_message`): on any message, digest its
links into that message's thread. The natural way to digest a link someone else posted.

The ack goes back at once; the digest runs in a lazy listener. Everything said to the person
who chose the shortcut (no link in the message, a page that cannot be read, the bot not in
the channel, an article digested here before) is ephemeral, through the shortcut's
`response_url`: the message is someone else's, its thread is not the place. In a DM the bot
is not part of, the digest itself goes out through the `response_url`
(`bot.digesting.response_url`).
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.digesting.response_url import post_through_response_url, should_use_response_url
from bot.digesting.service import DigestRequest
from bot.services import Services, bound
from bot.slack.blocks import SOMETHING_WENT_WRONG, earlier_digest_text, problem_text
from bot.slack.errors import DigestError
from bot.slack.text import article_links, links_in_message

log = logging.getLogger(__name__)

# manifest.yml: features.shortcuts[].callback_id
DIGEST_MESSAGE = "digest_message"

NO_LINK = (
    "That message has no link to an article, so there is nothing for me to digest. "
    "Choose *Digest this article* on a message with a link, or paste the text after `/digest`."
)
NOT_THERE = (
    ":warning: I'm not in this conversation, so I can't post the digest in the message's "
    "thread. Invite me with `/invite @digest-bot` and try again."
)


def register(app: App, services: Services) -> None:
    """The message shortcut: ack at once, digest in a lazy listener."""
    app.message_shortcut(DIGEST_MESSAGE)(
        ack=acknowledge, lazy=[bound(digest_shortcut_message, services)]
    )


def acknowledge(ack: Ack) -> None:
    """Slack wants its 200 within 3 seconds; the digest follows in the thread."""
    ack()


def digest_shortcut_message(
    shortcut: dict[str, Any], respond: Respond, *, services: Services
) -> None:
    """Digest the message's links into its thread; tell the person what went wrong."""
    message = shortcut.get("message") or {}
    channel = (shortcut.get("channel") or {}).get("id") or ""
    # A group DM's name ("mpdm-...") tells it from a private channel whatever its id.
    channel_name = (shortcut.get("channel") or {}).get("name") or ""
    user = (shortcut.get("user") or {}).get("id")
    limit = services.settings.max_links_per_message
    links = article_links(links_in_message(message))[:limit]
    if not links or not message.get("ts"):
        _tell(respond, NO_LINK)
        return
    thread = message.get("thread_ts") or message["ts"]
    for url in links:
        request = DigestRequest(
            channel=channel, url=url, reply_to_ts=thread, requested_by=user, intake="command"
        )
        reply = shortcut_outcome(services, request, respond, channel_name=channel_name)
        if reply:
            _tell(respond, reply)


def shortcut_outcome(
    services: Services, request: DigestRequest, respond: Respond, *, channel_name: str = ""
) -> str | None:
    """Run one digest; the ephemeral reply for the person, or None when the post is out."""
    try:
        result = services.digests.digest_and_post(request)
    except DigestError as e:
        if should_use_response_url(e, request.channel, channel_name):
            return post_through_response_url(services.digests, request, respond)
        if e.code in ("not_in_channel", "channel_not_found"):
            return NOT_THERE
        return problem_text(e)
    except Exception:
        log.exception("shortcut digest failed for %s in %s", request.url, request.channel)
        return SOMETHING_WENT_WRONG
    if result.status == "posted":
        return None
    if result.post.reply_to_ts == request.reply_to_ts and result.status == "resumed":
        return None  # its thread was this message's all along, now complete
    resumed = result.status == "resumed"
    return earlier_digest_text(result.article.title, result.permalink, resumed=resumed)


def _tell(respond: Respond, text: str) -> None:
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except Exception:  # the reply is a courtesy; never let it mask the result
        log.warning("could not send the ephemeral reply to a shortcut", exc_info=True)
