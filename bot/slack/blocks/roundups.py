"""A channel's roundup: the parent listing each article digested since the last one, and its
thread messages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from slack_sdk.models.blocks import (
    Block,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.slack.blocks.digest_messages import (
    digest_message,
    people_for_summary,
)
from bot.slack.blocks.fitting import (
    Message,
)
from bot.slack.blocks.limits import (
    MAX_BLOCKS,
    MAX_FALLBACK_CHARS,
    MAX_HEADER_CHARS,
    MAX_KEY_PEOPLE_IN_LINE,
    MAX_NAME_CHARS,
    MAX_PLACE_CHARS,
    MAX_ROLE_CHARS,
    MAX_ROUNDUP_LINE_CHARS,
    MAX_SECTION_CHARS,
    UNTITLED,
)
from bot.slack.blocks.markup import (
    as_dicts,
    clip,
    context_block,
    escape,
    link,
    section_blocks,
    truncate,
)
from digests.model import Digest


@dataclass(frozen=True)
class RoundupItem:
    """One article posted in the channel during the roundup's period."""

    digest: Digest
    permalink: str | None = None


def shown_headline(digest: Digest) -> str:
    """What a roundup shows as a digest's headline: its title, else its source, else "Untitled".

    Whether a first line *is* a headline is decided once, in `digests.text.headline`."""
    return (digest.title or digest.source or UNTITLED).strip() or UNTITLED


def _person_label(digest: Digest, name: str) -> str:
    person = digest.person(name)
    shown = clip(name, MAX_NAME_CHARS)
    return f"{shown} ({clip(person.role, MAX_ROLE_CHARS)})" if person and person.role else shown


def roundup_line(item: RoundupItem) -> str:
    """`• *Headline* — key people — meeting`, escaped, on one line."""
    digest = item.digest
    # Clip the plain text, then escape: an entity (`&amp;`) is never cut in half.
    headline = escape(truncate(shown_headline(digest), MAX_HEADER_CHARS))
    if item.permalink:
        headline = link(item.permalink, truncate(shown_headline(digest), MAX_HEADER_CHARS))
    parts = [f"*{headline}*"]
    people = people_for_summary(digest)
    if people:
        labels = [_person_label(digest, p.name) for p in people[:MAX_KEY_PEOPLE_IN_LINE]]
        more = len(people) - MAX_KEY_PEOPLE_IN_LINE
        parts.append(", ".join(labels) + (f" and {more} more" if more > 0 else ""))
    if digest.meetings:
        meeting = digest.meetings[0]
        bits = [" and ".join(clip(p, MAX_NAME_CHARS) for p in meeting.participants) or "a meeting"]
        bits += [clip(b, MAX_PLACE_CHARS) for b in (meeting.when, meeting.where) if b]
        parts.append("meeting: " + ", ".join(bits))
    # The headline part is escaped already (it may carry link markup); the rest is not.
    line = parts[0] + "".join(f" — {escape(p)}" for p in parts[1:])
    return "• " + truncate(line, MAX_ROUNDUP_LINE_CHARS)


def compose_roundup(
    items: Sequence[RoundupItem],
    *,
    recurring: Sequence[tuple[str, int]],
    since: datetime | None = None,
) -> Message:
    """The roundup's parent message: one line per article (in as many sections as fit in 50
    blocks, the rest counted) and who recurs; each article's digest goes in its thread.
    `recurring` (name, articles) is who recurs, as the person index
    (`bot.digesting.person_index.recurring_people`) says."""
    count = len(items)
    title = f"Roundup: {count} new article{'s' if count != 1 else ''}"
    period = f"since {since:%Y-%m-%d %H:%M} UTC" if since else "so far"
    head: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=truncate(title, MAX_HEADER_CHARS), emoji=False)),
        context_block(f"Everything posted {period}"),
    ]
    footer: list[Block] = []
    if recurring:
        names = ", ".join(f"{escape(clip(name, MAX_NAME_CHARS))} ({n})" for name, n in recurring)
        footer += section_blocks(
            truncate(f"*In more than one article:* {names}", MAX_SECTION_CHARS)
        )[:1]
    footer.append(context_block("Full digests in the thread."))
    room = MAX_BLOCKS - len(head) - len(footer) - 1  # one spare for the "and N more" line
    sections: list[list[str]] = [[]]
    for item in items:
        line = roundup_line(item)
        if sum(len(x) + 1 for x in sections[-1]) + len(line) > MAX_SECTION_CHARS:
            sections.append([])
        sections[-1].append(line)
    shown_sections = [lines for lines in sections if lines][:room]
    body: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text="\n".join(lines))) for lines in shown_sections
    ]
    shown = sum(len(lines) for lines in shown_sections)
    if shown < count:
        body += section_blocks(f"…and {count - shown} more in the thread.")
    headlines = "; ".join(escape(truncate(shown_headline(i.digest), 80)) for i in items[:10])
    text = truncate(f"{title} {period}: {headlines}", MAX_FALLBACK_CHARS)
    return Message(text=text, blocks=as_dicts([*head, *body, *footer]))


def nothing_new_message(since: datetime | None = None) -> Message:
    """The roundup when nothing was posted in the period (unless the schedule is quiet)."""
    period = f" since {since:%Y-%m-%d %H:%M} UTC" if since else ""
    return Message(text=f"Roundup: nothing new{period}.")


def roundup_thread_message(item: RoundupItem) -> Message:
    """An article's full digest for the roundup thread, pointing at its original post."""
    message = digest_message(item.digest)
    if not item.permalink or len(message.blocks) >= MAX_BLOCKS:
        return message
    note = context_block(link(item.permalink, "Original digest and quotes")).to_dict()
    return Message(text=message.text, blocks=[*message.blocks, note])
