"""A digest posted through the request's `response_url`, for a conversation the bot is not in.

`/digest` or the message shortcut in a DM between two people (or a group DM) reaches the bot,
but the bot cannot post there: chat.postMessage answers `channel_not_found`, and nobody can
`/invite` a bot into a DM. Slack's answer for this is the `response_url` of the command or
shortcut: with `response_type: in_channel` a message posted to it shows in that conversation
for everyone in it (up to five posts within 30 minutes). So the digest goes there: the digest
message, then its quotes in a second message (a response_url cannot start a thread).

The digest is stored like any other (so a later request re-uses it without re-running the
NLP); no post row is claimed, because the bot cannot find or thread that message later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk.models.blocks import MarkdownTextObject, SectionBlock

from bot.digesting.service import DigestRequest, DigestService
from bot.slack.blocks import Message, digest_message, problem_text, quote_message, split_text
from bot.slack.errors import DigestError
from digests import Digest

log = logging.getLogger(__name__)

# Slack's answers to chat.postMessage for a conversation the bot is not part of.
NOT_THERE_CODES = frozenset({"channel_not_found", "not_in_channel"})
# Conversations nobody can invite the bot into by `/invite` from the command: DMs and group
# DMs (slash command payloads name them "directmessage" and "mpdm-...").
DIRECT_NAMES = ("directmessage", "mpdm-")

Respond = Callable[..., Any]


def is_direct_conversation(channel: str, channel_name: str = "") -> bool:
    """A DM or group DM: D ids, or the names Slack gives them in command payloads."""
    return channel.startswith("D") or channel_name.startswith(DIRECT_NAMES)


def should_use_response_url(error: DigestError, channel: str, channel_name: str = "") -> bool:
    """The post failed because the bot is not in a DM it could never be invited to."""
    return error.code in NOT_THERE_CODES and is_direct_conversation(channel, channel_name)


def quotes_message(digest: Digest) -> Message | None:
    """Every quote with its speaker, in article order, as one message (no thread here)."""
    quotes = sorted(digest.quotes, key=lambda q: q.start)
    if not quotes:
        return None
    lines = [quote_message(q).text for q in quotes]
    sections = split_text("\n".join(f"• {line}" for line in lines))
    blocks = [SectionBlock(text=MarkdownTextObject(text=s)).to_dict() for s in sections[:49]]
    return Message(text=f"{len(quotes)} quote(s) with their speakers", blocks=blocks)


def post_through_response_url(
    digests: DigestService, request: DigestRequest, respond: Respond
) -> str | None:
    """Digest the request and post it to the conversation through `respond` (in_channel).

    Returns the ephemeral reply for the person who asked (a problem in words), or None when
    the digest is out.
    """
    try:
        record = digests.digest_article(request)
    except DigestError as e:
        return problem_text(e)
    messages = [digest_message(record.digest, requested_by=request.requested_by)]
    quotes = quotes_message(record.digest)
    if quotes is not None:
        messages.append(quotes)
    try:
        for message in messages:
            respond(**message.as_kwargs(), response_type="in_channel", replace_original=False)
    except Exception:  # a response_url that expired or was used up
        log.warning("could not post a digest through the response_url", exc_info=True)
        return (
            ":warning: I couldn't post the digest in this conversation. Send me the link in "
            "a direct message (Apps > digest-bot) and I'll digest it there."
        )
    return None
