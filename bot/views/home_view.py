"""The App Home tab, laid out with slack_sdk's Block Kit models: `home_view(content)` -> the
view `views.publish` takes. Pure: what to show is gathered in `bot.views.home_content`.

Three parts: the person's last digests (headline linked to the digest, where and when), the
watched channels they are in with their roundups and feeds, and a short how-to. Times are
Slack date tokens, so each reader sees them in their own time zone. Every article string is
escaped for mrkdwn, like everything else the bot shows.
"""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.slack.blocks import MAX_VIEW_BLOCKS, escape, fit_blocks, link, slack_date, truncate
from bot.views.home_content import HomeChannel, HomeContent, HomeDigest

# A Home tab holds at most 100 blocks; this layout stays well inside that.
MAX_SECTION_CHARS = 3000
MAX_TITLE_CHARS = 200
MAX_RECURRING_SHOWN = 8

HOW_TO = "\n".join(
    [
        "• *Here, in Messages:* send me a link and I post its digest, quotes in the thread.",
        "• *In a channel:* `/digest <link>`, or mention me with links: `@digest-bot <link>`.",
        "• *On any message:* choose *More actions (⋯) > Digest this article* to digest its "
        "links in that message's thread.",
        "• `/digest watch` in a channel (public or private, invite me first): every article "
        "link posted there gets its digest in the thread.",
        "• `/digest schedule daily 09:00`: a roundup of the channel's digests. "
        "`/digest help` lists everything.",
    ]
)
NO_DIGESTS = "_No digests yet. Send me a link in Messages, or use `/digest <link>` anywhere._"
NO_CHANNELS = "_None of the channels you're in is watched. `/digest watch` in one starts._"


def home_view(content: HomeContent) -> dict[str, Any]:
    """The Home tab view for `views.publish`."""
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text="digest-bot", emoji=False)),
        _section(
            "I read news articles and post digests: the key people and their roles, the "
            "meetings, the demands, and every quote with its speaker."
        ),
        DividerBlock(),
        HeaderBlock(text=PlainTextObject(text="Your latest digests", emoji=False)),
    ]
    blocks += [_digest_block(d) for d in content.digests] or [_section(NO_DIGESTS)]
    if content.recurring:
        shown = ", ".join(
            f"{escape(name)} ({count} articles)"
            for name, count in content.recurring[:MAX_RECURRING_SHOWN]
        )
        blocks.append(_context(f"In more than one of them: {shown}"))
    blocks += [
        DividerBlock(),
        HeaderBlock(text=PlainTextObject(text="Channels I watch that you're in", emoji=False)),
    ]
    if content.channels_unknown:
        blocks.append(
            _section(
                ":warning: I couldn't check with Slack which channels you're in "
                f"({escape(content.channels_unknown)}), so none are shown."
            )
        )
    else:
        blocks += [_channel_block(c) for c in content.channels] or [_section(NO_CHANNELS)]
    blocks += [
        DividerBlock(),
        HeaderBlock(text=PlainTextObject(text="How to use me", emoji=False)),
        _section(HOW_TO),
    ]
    # Many watched channels or long titles must not make views.publish refuse the view:
    # fitted like every message (at most 100 blocks, each string within its limit).
    return View(type="home", blocks=fit_blocks(blocks, max_blocks=MAX_VIEW_BLOCKS)).to_dict()


def _digest_block(digest: HomeDigest) -> SectionBlock:
    title = truncate(digest.title or digest.url or "Untitled article", MAX_TITLE_CHARS)
    headline = link(digest.permalink, title) if digest.permalink else f"*{escape(title)}*"
    where = f"<#{digest.channel}>" if not digest.channel.startswith("D") else "our DM"
    return _section(f"{headline}\n{where} · {slack_date(digest.posted_at)}")


def _channel_block(channel: HomeChannel) -> SectionBlock:
    lines = [f"*<#{channel.channel}>*: every article link gets its digest in the thread"]
    if channel.schedules:
        for schedule in channel.schedules:
            nxt = f" (next {slack_date(schedule.next_run)})" if schedule.next_run else ""
            lines.append(f"• Roundup {escape(schedule.description)}{nxt}")
    else:
        lines.append("• No roundups scheduled")
    if channel.feeds is not None:
        for feed in channel.feeds:
            lines.append(f"• Feed {link(feed.url, feed.title or feed.url)}")
        if not channel.feeds:
            lines.append("• No feeds")
    return _section("\n".join(lines))


def _section(mrkdwn: str) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=truncate(mrkdwn, MAX_SECTION_CHARS)))


def _context(mrkdwn: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=truncate(mrkdwn, 2000))])
