"""A digest as Slack shows it: the parent (people, meetings, demands), each quote's threaded
reply, and the one-line unfurl.
"""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.slack.blocks.fitting import (
    Message,
    fit_blocks,
)
from bot.slack.blocks.limits import (
    ELLIPSIS,
    MAX_BLOCKS,
    MAX_CONTEXT_ELEMENT_CHARS,
    MAX_DEMAND_CHARS,
    MAX_FALLBACK_CHARS,
    MAX_HEADER_CHARS,
    MAX_NAME_CHARS,
    MAX_PEOPLE_LISTED,
    MAX_PLACE_CHARS,
    MAX_QUOTE_SECTIONS,
    MAX_ROLE_CHARS,
    MAX_SECTION_CHARS,
)
from bot.slack.blocks.markup import (
    as_dicts,
    clip,
    context_block,
    escape,
    link,
    section_blocks,
    split_text,
    truncate,
)
from digests.model import Digest, Meeting, Person, Quote


def person_line(person: Person) -> str:
    """`*Name*, role` for the key people list."""
    role = f", {escape(clip(person.role, MAX_ROLE_CHARS))}" if person.role else ""
    return f"*{escape(clip(person.name, MAX_NAME_CHARS))}*{role}"


def meeting_line(meeting: Meeting) -> str:
    """`Jane Ortiz and Sam Patel · when: Tuesday · where: City Hall (upcoming)`."""
    names = [escape(clip(p, MAX_NAME_CHARS)) for p in meeting.participants]
    who = (
        " and ".join(names)
        if len(names) <= 2
        else ", ".join(names[:-1]) + f" and {names[-1]}"
        if names
        else "unnamed parties"
    )
    parts = [who]
    if meeting.when:
        parts.append(f"_when:_ {escape(clip(meeting.when, MAX_PLACE_CHARS))}")
    if meeting.where:
        parts.append(f"_where:_ {escape(clip(meeting.where, MAX_PLACE_CHARS))}")
    status = {"upcoming": "upcoming", "ongoing": "under way"}.get(meeting.status)
    return " · ".join(parts) + (f" ({status})" if status else "")


def quote_words(quote: Quote) -> str:
    """The quoted words for display: without the comma that led into the attribution."""
    return quote.text.strip().rstrip(",").rstrip()


def speaker_label(quote: Quote) -> str:
    """Who said it, with role; says so when the article does not."""
    if not quote.speaker:
        return "speaker not stated"
    role = f", {clip(quote.speaker_role, MAX_ROLE_CHARS)}" if quote.speaker_role else ""
    return f"{clip(quote.speaker, MAX_NAME_CHARS)}{role}"


def people_for_summary(digest: Digest) -> list[Person]:
    """The key people if the engine marked any, else everyone it found."""
    return digest.key_people or digest.people


def _bullets(title: str, lines: list[str]) -> str:
    return f"*{title}*\n" + "\n".join(f"• {line}" for line in lines)


def digest_message(digest: Digest, *, requested_by: str | None = None) -> Message:
    """The parent digest: headline, source, key people, meetings, demands, quote count."""
    headline = clip(digest.title, MAX_HEADER_CHARS) or "Article digest"
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text=headline, emoji=False))]
    context = []
    if digest.source and digest.source.startswith(("http://", "https://")):
        context.append(f"Source: {link(digest.source)}")
    elif digest.source:
        context.append(f"Source: {escape(clip(digest.source, MAX_HEADER_CHARS))}")
    if requested_by:
        context.append(f"requested by <@{requested_by}>")
    if context:
        blocks.append(
            ContextBlock(
                elements=[
                    MarkdownTextObject(
                        text=truncate(" · ".join(context), MAX_CONTEXT_ELEMENT_CHARS)
                    )
                ]
            )
        )

    head = len(blocks)
    people = people_for_summary(digest)
    if people:
        text = _bullets("Key people", [person_line(p) for p in people])
        others = [p for p in digest.people if p not in people]
        if others:
            shown = ", ".join(
                escape(clip(p.name, MAX_NAME_CHARS)) for p in others[:MAX_PEOPLE_LISTED]
            )
            extra = len(others) - MAX_PEOPLE_LISTED
            text += f"\n_Also named:_ {shown}" + (f" and {extra} more" if extra > 0 else "")
        blocks += section_blocks(text)
    if digest.meetings:
        blocks += section_blocks(_bullets("Meetings", [meeting_line(m) for m in digest.meetings]))
    if digest.demands:
        lines = [demand_line(d.by, d.of, d.text) for d in digest.demands]
        blocks += section_blocks(_bullets("Demands", lines))
    if digest.is_empty():
        blocks += section_blocks("_No people, meetings, demands or quotes found in this article._")

    n = len(digest.quotes)
    quotes_note = (
        f"{n} quote{'s' if n != 1 else ''}, each with its speaker, in the thread"
        if n
        else "No direct quotes in this article"
    )
    footer = [context_block(f":speech_balloon: {quotes_note}")]
    cut = digest.truncation_note()
    if cut:  # the article was longer than the engine reads: say so, in one short line
        footer.insert(
            0, context_block(f":scissors: {escape(clip(cut, MAX_CONTEXT_ELEMENT_CHARS))}")
        )
    # The quote count the thread is checked against always shows: the body gives way.
    room = MAX_BLOCKS - head - len(footer)
    if len(blocks) - head > room:
        dropped = len(blocks) - head - (room - 1)
        blocks = blocks[: head + room - 1] + [
            context_block(f"…{dropped} more section(s) not shown")
        ]
    return Message(text=digest_fallback(digest), blocks=as_dicts([*blocks, *footer]))


def demand_line(by: str | None, of: str | None, text: str) -> str:
    """`*Who* → of whom: what`, escaped."""
    who = escape(clip(by, MAX_NAME_CHARS)) if by else "Someone"
    target = f" → {escape(clip(of, MAX_NAME_CHARS))}" if of else ""
    return f"*{who}*{target}: {escape(clip(text, MAX_DEMAND_CHARS))}"


def digest_fallback(digest: Digest) -> str:
    """The notification text: headline, key people and the quote count, escaped."""
    parts = [
        f"Digest: {escape(clip(digest.title or digest.source or 'article', MAX_HEADER_CHARS))}"
    ]
    people = people_for_summary(digest)[:MAX_PEOPLE_LISTED]
    if people:
        parts.append(
            "Key people: " + ", ".join(escape(clip(p.name, MAX_NAME_CHARS)) for p in people)
        )
    if digest.meetings:
        parts.append(f"{len(digest.meetings)} meeting(s)")
    parts.append(f"{len(digest.quotes)} quote(s) in thread")
    return truncate(" — ".join(parts), MAX_FALLBACK_CHARS)


def quote_message(quote: Quote, *, index: int | None = None, total: int | None = None) -> Message:
    """One threaded reply: the quote as a blockquote, then its speaker and role."""
    chunks = split_text(escape(quote_words(quote)) or ELLIPSIS, MAX_SECTION_CHARS // 2 - 100)
    shortened = len(chunks) > MAX_QUOTE_SECTIONS
    if shortened:  # the attribution below must stay in the message
        chunks = chunks[:MAX_QUOTE_SECTIONS]
        chunks[-1] += ELLIPSIS
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=">" + chunk.replace("\n", "\n>")))
        for chunk in chunks
    ]
    attribution = f"— *{escape(speaker_label(quote))}*"
    counter = f" · quote {index + 1} of {total}" if index is not None and total else ""
    counter += " · shortened" if shortened else ""
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=attribution + counter)]))
    text = truncate(
        f"“{escape(quote_words(quote))}” — {escape(speaker_label(quote))}", MAX_FALLBACK_CHARS
    )
    return Message(text=text, blocks=as_dicts(blocks))


def unfurl_line(digest: Digest) -> str:
    """One line for a link unfurl: key people with roles, and the first meeting."""
    parts = []
    people = people_for_summary(digest)[:4]
    if people:
        parts.append(
            "Key people: "
            + ", ".join(
                escape(clip(p.name, MAX_NAME_CHARS))
                + (f" ({escape(clip(p.role, MAX_ROLE_CHARS))})" if p.role else "")
                for p in people
            )
        )
    if digest.meetings:
        parts.append("Meeting: " + meeting_line(digest.meetings[0]))
    if digest.quotes:
        parts.append(f"{len(digest.quotes)} quote(s)")
    return truncate(" · ".join(parts) or "No key people or meetings found", 1000)


def unfurl_blocks(digest: Digest) -> list[dict[str, Any]]:
    """The blocks chat.unfurl shows under a link: the headline and `unfurl_line`."""
    title = f"*{escape(truncate(digest.title, 200))}*\n" if digest.title else ""
    return fit_blocks([SectionBlock(text=MarkdownTextObject(text=title + unfurl_line(digest)))])
