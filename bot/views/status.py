"""What the bot knows about one channel, as the ephemeral replies to `/digest status` and
`/digest who <name>` show it (Block Kit via `slack_sdk.models.blocks`).

Kept apart from `bot.slack.blocks` (the digests and roundups the channel sees) because these are
answers to one person about the channel. Everything that comes from an article or a feed is
escaped; times of past events use Slack's `<!date^...>` markup, so each reader sees them in
their own time zone, while a roundup's next run is shown on its own zone's clock, the one
it was scheduled in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.digesting.person_index import Appearance, PersonLookup
from bot.digesting.schedule import ScheduledRoundup, next_run_in_zone
from bot.slack.blocks import (
    MAX_SECTION_CHARS,
    Message,
    escape,
    link,
    shown_headline,
    slack_date,
    truncate,
)
from bot.storage.records import PostedDigest

# How many appearances `/digest who` lists (each needs a permalink); the rest are counted.
WHO_SHOWN = 20
# How many feeds `/digest status` lists before "and N more".
FEEDS_SHOWN = 15
MAX_TITLE_CHARS = 150


class FeedLike(Protocol):
    """What status shows of a feed subscription (`bot.intake.feed_store.FeedRecord` has it)."""

    url: str
    title: str | None
    last_fetch_at: datetime | None
    failing_since: datetime | None


@dataclass(frozen=True)
class DigestLink:
    """A digest posted in the channel and the permalink to it (None if Slack won't say)."""

    posted: PostedDigest
    permalink: str | None


def _section(mrkdwn: str) -> SectionBlock:
    return SectionBlock(text=MarkdownTextObject(text=truncate(mrkdwn, MAX_SECTION_CHARS)))


def _context(mrkdwn: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=mrkdwn)])


def _title_link(title: str | None, url: str | None, permalink: str | None) -> str:
    shown = truncate(title or "Untitled article", MAX_TITLE_CHARS)
    return link(permalink, shown) if permalink else link(url, shown) if url else escape(shown)


# -- /digest status ------------------------------------------------------------------------


def watching_line(watched: bool) -> str:
    if watched:
        return (
            "*Watching:* yes. Every article link posted here gets its digest in the message's "
            "thread. `/digest unwatch` stops."
        )
    return "*Watching:* no. `/digest watch` digests every article link posted here."


def feed_line(feed: FeedLike) -> str:
    """`• <url|title>: last fetched <date>`, and since when it fails, if it does."""
    shown = link(feed.url, truncate(feed.title or feed.url, MAX_TITLE_CHARS))
    fetched = (
        f"last fetched {slack_date(feed.last_fetch_at)}"
        if feed.last_fetch_at
        else "not fetched yet"
    )
    failing = f", failing since {slack_date(feed.failing_since)}" if feed.failing_since else ""
    return f"• {shown}: {fetched}{failing}"


def feeds_text(feeds: Sequence[FeedLike] | None) -> str | None:
    if feeds is None:
        return None
    if not feeds:
        return "*Feeds:* none. " + escape(
            "`/digest feed add <feed link>` posts a feed's new articles."
        )
    lines = [feed_line(f) for f in feeds[:FEEDS_SHOWN]]
    if len(feeds) > FEEDS_SHOWN:
        lines.append(f"…and {len(feeds) - FEEDS_SHOWN} more: `/digest feed list`")
    return "*Feeds:*\n" + "\n".join(lines)


def schedule_line(scheduled: ScheduledRoundup) -> str:
    """`• daily at 09:00 Europe/Berlin, next Wed 2026-12-02 09:00 CET` (its own zone)."""
    when = next_run_in_zone(scheduled)
    next_run = f", next {when:%a %Y-%m-%d %H:%M %Z}" if when else ", paused"
    return f"• {escape(scheduled.spec.describe())}{next_run}"


def schedules_text(schedules: Sequence[ScheduledRoundup]) -> str:
    if not schedules:
        return "*Roundups:* none. `/digest schedule daily 09:00` sets one."
    return "*Roundups:*\n" + "\n".join(schedule_line(s) for s in schedules)


def digest_line(item: DigestLink) -> str:
    article = item.posted.article
    title = article.title or shown_headline(article.digest)
    return (
        f"• {_title_link(title, article.url, item.permalink)}, {slack_date(item.posted.posted_at)}"
    )


def digests_text(digests: Sequence[DigestLink]) -> str:
    if not digests:
        return "*Latest digests:* none yet."
    return f"*Latest {len(digests)} digests:*\n" + "\n".join(digest_line(d) for d in digests)


def channel_status_message(
    *,
    watched: bool,
    feeds: Sequence[FeedLike] | None,
    schedules: Sequence[ScheduledRoundup],
    digests: Sequence[DigestLink],
) -> Message:
    """The `/digest status` reply. `feeds` None: this build has no feeds, so no line."""
    parts = [watching_line(watched), feeds_text(feeds), schedules_text(schedules)]
    parts.append(digests_text(digests))
    shown = [p for p in parts if p is not None]
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text="digest-bot in this channel", emoji=False)),
        *(_section(p) for p in shown),
    ]
    summary = (
        f"digest-bot in this channel: {'watching' if watched else 'not watching'}, "
        f"{len(schedules)} roundup schedule{'s' if len(schedules) != 1 else ''}, "
        f"{len(digests)} recent digest{'s' if len(digests) != 1 else ''}"
    )
    if feeds is not None:
        summary += f", {len(feeds)} feed{'s' if len(feeds) != 1 else ''}"
    return Message(text=summary, blocks=[b.to_dict() for b in blocks])


# -- /digest who -----------------------------------------------------------------------------


def who_usage_message() -> Message:
    text = escape("Say whose name: `/digest who <name>`, like `/digest who Jane Ortiz`.")
    return Message(text=text, blocks=[_section(text).to_dict()])


def appearance_line(appearance: Appearance, permalink: str | None) -> str:
    """`• <permalink|Title>: mayor, 2 quotes, <date>` (as that article names them)."""
    bits = [escape(appearance.role)] if appearance.role else []
    n = appearance.quotes
    bits.append(f"{n} quote{'s' if n != 1 else ''}" if n else "not quoted")
    bits.append(slack_date(appearance.posted_at))
    title = _title_link(appearance.title, appearance.url, permalink)
    return f"• {title}: {', '.join(bits)}"


def who_message(found: PersonLookup, permalinks: Mapping[int, str | None]) -> Message:
    """The `/digest who` reply: the person's articles here, newest first, each linking its
    digest (`permalinks` by post id), or who an ambiguous name could be, or "none"."""
    asked = escape(truncate(found.query, MAX_TITLE_CHARS))
    if found.ambiguous:
        names = ", ".join(f"*{escape(n)}*" for n in found.candidates)
        text = (
            f"“{asked}” could be more than one person in this channel's articles: {names}. "
            "Ask with a full name."
        )
        return Message(text=text, blocks=[_section(text).to_dict()])
    if not found.appearances:
        text = f"No article in this channel mentions “{asked}”."
        return Message(text=text, blocks=[_section(text).to_dict()])
    count = len(found.appearances)
    head = (
        f"*{escape(found.name)}* appears in {count} article{'s' if count != 1 else ''} "
        "in this channel, newest first:"
    )
    blocks: list[Block] = [_section(head)]
    shown = found.appearances[:WHO_SHOWN]
    lines = [appearance_line(a, permalinks.get(a.post.id)) for a in shown]
    chunk: list[str] = []
    for line in lines:  # as few sections as fit (3,000 characters each)
        if chunk and sum(len(x) + 1 for x in chunk) + len(line) > MAX_SECTION_CHARS:
            blocks.append(_section("\n".join(chunk)))
            chunk = []
        chunk.append(line)
    blocks.append(_section("\n".join(chunk)))
    if count > len(shown):
        blocks.append(_context(f"…and {count - len(shown)} older articles."))
    text = f"{escape(found.name)} appears in {count} article{'s' if count != 1 else ''} here."
    return Message(text=text, blocks=[b.to_dict() for b in blocks])
