"""Notices and the error texts users see: every problem escaped and capped to one sentence."""

from __future__ import annotations

import re

from slack_sdk.models.blocks import (
    MarkdownTextObject,
    SectionBlock,
)

from bot.slack.blocks.fitting import (
    Message,
)
from bot.slack.blocks.limits import (
    MAX_ERROR_CHARS,
    MAX_SECTION_CHARS,
)
from bot.slack.blocks.markup import (
    escape,
    link,
    truncate,
)
from bot.slack.errors import DigestError


def notice(mrkdwn: str) -> Message:
    """A short bot notice whose text is already safe mrkdwn (escape any article strings first)."""
    text = truncate(mrkdwn, MAX_SECTION_CHARS)
    return Message(text=text, blocks=[SectionBlock(text=MarkdownTextObject(text=text)).to_dict()])


# A channel reference our own error texts make (`<#C0123>`): a link, never a ping.
_ESCAPED_CHANNEL_LINK = re.compile(r"&lt;#([CDG][A-Z0-9]{2,40})(?:\|[^&<>]*)?&gt;")


def problem_text(error: DigestError | str) -> str:
    """What a user sees when something fails: the one path every error reply takes.

    The whole text is escaped (article errors quote the input; Slack's codes and exception
    texts are not ours either), so nothing in it can ping or link; only the channel links
    our own texts make (`<#C0123>`, see `bot.slack.errors`) are let through. One line, capped, so a
    reply quoting a 65,000-character URL still fits in a message."""
    escaped = escape(" ".join(str(error).split()))
    text = _ESCAPED_CHANNEL_LINK.sub(r"<#\1>", escaped)
    return f":warning: {truncate(text, MAX_ERROR_CHARS)}"


def earlier_digest_text(
    title: str | None, permalink: str | None, *, resumed: bool = False, in_thread: bool = False
) -> str:
    """ "Already digested here" (or "I finished its thread"), linking to the earlier digest."""
    if in_thread:
        shown = f"“{escape(title)}”" if title else "This article"
        where = link(permalink, "the earlier digest") if permalink else "earlier"
        return f"{shown} was already digested here: {where}."
    shown = f"“{escape(title)}”" if title else "That article"
    where = link(permalink, "see the digest") if permalink else "above"
    if resumed:
        return f"{shown} was digested here before; I finished its thread: {where}."
    return f"{shown} was already digested in this channel: {where}."
