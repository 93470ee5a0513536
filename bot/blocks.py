"""Every Slack message the bot composes (Block Kit via `slack_sdk.models.blocks`), escaped:
digests, quote replies, roundups, unfurls, notices and the error texts users see.

Every string that comes from an article goes through `escape()` before it lands in mrkdwn or
in the notification `text`, so an article quoting `<!channel>` or `<@U123>` pings nobody.
Block Kit limits are respected by trimming or splitting, never by failing:
    header text 150 chars, section text 3,000 chars, 50 blocks per message.
A `Message` is plain data (`text` fallback + block dicts) ready for `chat.postMessage(**...)`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from digests.model import Digest, Meeting, Person, Quote

from .errors import DigestError

MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_HEADER_CHARS = 150
MAX_CONTEXT_ELEMENT_CHARS = 2000
# Slack truncates notification text long before its 40,000-char hard limit; keep it readable.
MAX_FALLBACK_CHARS = 3000
MAX_PEOPLE_LISTED = 8
# A roundup line per article, naming at most this many key people.
MAX_ROUNDUP_LINE_CHARS = 600
MAX_KEY_PEOPLE_IN_LINE = 3
ELLIPSIS = "…"
UNTITLED = "Untitled article"
SOMETHING_WENT_WRONG = ":warning: Something went wrong while digesting that. It has been logged."


@dataclass(frozen=True)
class Message:
    """What to post: the notification fallback and the Block Kit blocks (as dicts)."""

    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)

    def as_kwargs(self) -> dict[str, Any]:
        """The `text` and `blocks` arguments of chat.postMessage."""
        return {"text": self.text, "blocks": self.blocks}


def escape(text: str | None) -> str:
    """Escape the three characters Slack's mrkdwn treats as control: & < >."""
    if not text:
        return ""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def truncate(text: str, limit: int) -> str:
    """Cut to `limit` characters at a word boundary where one is near, ending in an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    # Never leave half an escape entity (&amp;) dangling at the cut.
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + ELLIPSIS


def split_text(text: str, limit: int = MAX_SECTION_CHARS) -> list[str]:
    """Split long mrkdwn into chunks under `limit`, preferring line, then word boundaries."""
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = window.rfind("\n")
        if cut < limit // 2:
            cut = window.rfind(" ")
        if cut < limit // 2:
            cut = limit
        amp = window.rfind("&", 0, cut)
        if amp != -1 and ";" not in window[amp:cut]:
            cut = amp
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        chunks.append(rest)
    return chunks


def link(url: str | None, label: str | None = None) -> str:
    """A mrkdwn link; the label defaults to the URL's host."""
    if not url:
        return escape(label)
    shown = label or urlsplit(url).netloc or url
    # `|` and `>` end the link markup, so they must not appear raw in the URL or the label.
    safe_url = escape(url).replace("|", "%7C")
    return f"<{safe_url}|{escape(shown).replace('|', '¦')}>"


def person_line(person: Person) -> str:
    """`*Name*, role` for the key people list."""
    role = f", {escape(person.role)}" if person.role else ""
    return f"*{escape(person.name)}*{role}"


def meeting_line(meeting: Meeting) -> str:
    """`Jane Ortiz and Sam Patel · when: Tuesday · where: City Hall (upcoming)`."""
    names = [escape(p) for p in meeting.participants]
    who = (
        " and ".join(names)
        if len(names) <= 2
        else ", ".join(names[:-1]) + f" and {names[-1]}"
        if names
        else "unnamed parties"
    )
    parts = [who]
    if meeting.when:
        parts.append(f"_when:_ {escape(meeting.when)}")
    if meeting.where:
        parts.append(f"_where:_ {escape(meeting.where)}")
    status = {"upcoming": "upcoming", "ongoing": "under way"}.get(meeting.status)
    return " · ".join(parts) + (f" ({status})" if status else "")


def quote_words(quote: Quote) -> str:
    """The quoted words for display: without the comma that led into the attribution."""
    return quote.text.strip().rstrip(",").rstrip()


def speaker_label(quote: Quote) -> str:
    """Who said it, with role; says so when the article does not."""
    if not quote.speaker:
        return "speaker not stated"
    role = f", {quote.speaker_role}" if quote.speaker_role else ""
    return f"{quote.speaker}{role}"


def people_for_summary(digest: Digest) -> list[Person]:
    """The key people if the engine marked any, else everyone it found."""
    return digest.key_people or digest.people


def _section(text: str) -> list[SectionBlock]:
    return [SectionBlock(text=MarkdownTextObject(text=chunk)) for chunk in split_text(text)]


def _bullets(title: str, lines: list[str]) -> str:
    return f"*{title}*\n" + "\n".join(f"• {line}" for line in lines)


def digest_message(digest: Digest, *, requested_by: str | None = None) -> Message:
    """The parent digest: headline, source, key people, meetings, demands, quote count."""
    headline = digest.title or "Article digest"
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=truncate(headline, MAX_HEADER_CHARS), emoji=False))
    ]
    context = []
    if digest.source and digest.source.startswith(("http://", "https://")):
        context.append(f"Source: {link(digest.source)}")
    elif digest.source:
        context.append(f"Source: {escape(digest.source)}")
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

    people = people_for_summary(digest)
    if people:
        text = _bullets("Key people", [person_line(p) for p in people])
        others = [p for p in digest.people if p not in people]
        if others:
            shown = ", ".join(escape(p.name) for p in others[:MAX_PEOPLE_LISTED])
            extra = len(others) - MAX_PEOPLE_LISTED
            text += f"\n_Also named:_ {shown}" + (f" and {extra} more" if extra > 0 else "")
        blocks += _section(text)
    if digest.meetings:
        blocks += _section(_bullets("Meetings", [meeting_line(m) for m in digest.meetings]))
    if digest.demands:
        lines = [demand_line(d.by, d.of, d.text) for d in digest.demands]
        blocks += _section(_bullets("Demands", lines))
    if digest.is_empty():
        blocks += _section("_No people, meetings, demands or quotes found in this article._")

    n = len(digest.quotes)
    quotes_note = (
        f"{n} quote{'s' if n != 1 else ''}, each with its speaker, in the thread"
        if n
        else "No direct quotes in this article"
    )
    blocks.append(
        ContextBlock(elements=[MarkdownTextObject(text=f":speech_balloon: {quotes_note}")])
    )
    return Message(text=digest_fallback(digest), blocks=_fit(blocks))


def demand_line(by: str | None, of: str | None, text: str) -> str:
    """`*Who* → of whom: what`, escaped."""
    who = escape(by) if by else "Someone"
    target = f" → {escape(of)}" if of else ""
    return f"*{who}*{target}: {escape(text)}"


def digest_fallback(digest: Digest) -> str:
    """The notification text: headline, key people and the quote count, escaped."""
    parts = [f"Digest: {escape(digest.title or digest.source or 'article')}"]
    people = people_for_summary(digest)[:MAX_PEOPLE_LISTED]
    if people:
        parts.append("Key people: " + ", ".join(escape(p.name) for p in people))
    if digest.meetings:
        parts.append(f"{len(digest.meetings)} meeting(s)")
    parts.append(f"{len(digest.quotes)} quote(s) in thread")
    return truncate(" — ".join(parts), MAX_FALLBACK_CHARS)


def quote_message(quote: Quote, *, index: int | None = None, total: int | None = None) -> Message:
    """One threaded reply: the quote as a blockquote, then its speaker and role."""
    chunks = split_text(escape(quote_words(quote)) or ELLIPSIS, MAX_SECTION_CHARS // 2 - 100)
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=">" + chunk.replace("\n", "\n>")))
        for chunk in chunks
    ]
    attribution = f"— *{escape(speaker_label(quote))}*"
    counter = f" · quote {index + 1} of {total}" if index is not None and total else ""
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=attribution + counter)]))
    text = truncate(
        f"“{escape(quote_words(quote))}” — {escape(speaker_label(quote))}", MAX_FALLBACK_CHARS
    )
    return Message(text=text, blocks=_fit(blocks))


def unfurl_line(digest: Digest) -> str:
    """One line for a link unfurl: key people with roles, and the first meeting."""
    parts = []
    people = people_for_summary(digest)[:4]
    if people:
        parts.append(
            "Key people: "
            + ", ".join(escape(p.name) + (f" ({escape(p.role)})" if p.role else "") for p in people)
        )
    if digest.meetings:
        parts.append("Meeting: " + meeting_line(digest.meetings[0]))
    if digest.quotes:
        parts.append(f"{len(digest.quotes)} quote(s)")
    return truncate(" · ".join(parts) or "No key people or meetings found", 1000)


def unfurl_blocks(digest: Digest) -> list[dict[str, Any]]:
    """The blocks chat.unfurl shows under a link: the headline and `unfurl_line`."""
    title = f"*{escape(truncate(digest.title, 200))}*\n" if digest.title else ""
    return [SectionBlock(text=MarkdownTextObject(text=title + unfurl_line(digest))).to_dict()]


def notice(mrkdwn: str) -> Message:
    """A short bot notice whose text is already safe mrkdwn (escape any article strings first)."""
    text = truncate(mrkdwn, MAX_SECTION_CHARS)
    return Message(text=text, blocks=[SectionBlock(text=MarkdownTextObject(text=text)).to_dict()])


def problem_text(error: DigestError) -> str:
    """What a user sees when a digest fails. Article errors quote the input, so are escaped;
    Slack error texts are ours and may carry channel links."""
    text = escape(str(error)) if error.code == "article" else str(error)
    return f":warning: {text}"


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


# -- roundups ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundupItem:
    """One article posted in the channel during the roundup's period."""

    digest: Digest
    permalink: str | None = None


def shown_headline(digest: Digest) -> str:
    """What a roundup shows as a digest's headline: its title, else its source, else "Untitled".

    Whether a first line *is* a headline is decided once, in `digests.headline`."""
    return (digest.title or digest.source or UNTITLED).strip() or UNTITLED


def _person_label(digest: Digest, name: str) -> str:
    person = digest.person(name)
    return f"{name} ({person.role})" if person and person.role else name


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
        bits = [" and ".join(meeting.participants) or "a meeting"]
        bits += [b for b in (meeting.when, meeting.where) if b]
        parts.append("meeting: " + ", ".join(bits))
    # The headline part is escaped already (it may carry link markup); the rest is not.
    line = parts[0] + "".join(f" — {escape(p)}" for p in parts[1:])
    return "• " + truncate(line, MAX_ROUNDUP_LINE_CHARS)


def recurring_people(digests: Sequence[Digest]) -> list[tuple[str, int]]:
    """People named in more than one digest, most articles first (names compared casefolded)."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for digest in digests:
        seen = set()
        for person in digest.people:
            key = " ".join(person.name.split()).casefold()
            if key and key not in seen:
                seen.add(key)
                counts[key] += 1
                spelling.setdefault(key, person.name)
    repeated = [(spelling[k], n) for k, n in counts.items() if n > 1]
    return sorted(repeated, key=lambda item: (-item[1], item[0]))


def _context(mrkdwn: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=mrkdwn)])


def compose_roundup(
    items: Sequence[RoundupItem],
    *,
    since: datetime | None = None,
    recurring: Sequence[tuple[str, int]] | None = None,
) -> Message:
    """The roundup's parent message: one line per article (in as many sections as fit in 50
    blocks, the rest counted) and who recurs; each article's digest goes in its thread.
    `recurring` (name, articles) is who recurs as the person index says; without it, by name."""
    count = len(items)
    title = f"Roundup: {count} new article{'s' if count != 1 else ''}"
    period = f"since {since:%Y-%m-%d %H:%M} UTC" if since else "so far"
    head: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=truncate(title, MAX_HEADER_CHARS), emoji=False)),
        _context(f"Everything posted {period}"),
    ]
    footer: list[Block] = []
    repeated = recurring_people([i.digest for i in items]) if recurring is None else recurring
    if repeated:
        names = ", ".join(f"{escape(name)} ({n})" for name, n in repeated)
        footer += _section(truncate(f"*In more than one article:* {names}", MAX_SECTION_CHARS))[:1]
    footer.append(_context("Full digests in the thread."))
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
        body += _section(f"…and {count - shown} more in the thread.")
    headlines = "; ".join(escape(truncate(shown_headline(i.digest), 80)) for i in items[:10])
    text = truncate(f"{title} {period}: {headlines}", MAX_FALLBACK_CHARS)
    return Message(text=text, blocks=_fit([*head, *body, *footer]))


def nothing_new_message(since: datetime | None = None) -> Message:
    """The roundup when nothing was posted in the period (unless the schedule is quiet)."""
    period = f" since {since:%Y-%m-%d %H:%M} UTC" if since else ""
    return Message(text=f"Roundup: nothing new{period}.")


def roundup_thread_message(item: RoundupItem) -> Message:
    """An article's full digest for the roundup thread, pointing at its original post."""
    message = digest_message(item.digest)
    if not item.permalink or len(message.blocks) >= MAX_BLOCKS:
        return message
    note = _context(link(item.permalink, "Original digest and quotes")).to_dict()
    return Message(text=message.text, blocks=[*message.blocks, note])


def _fit(blocks: list[Block]) -> list[dict[str, Any]]:
    """Keep within 50 blocks: the last slot says how much was left out."""
    if len(blocks) > MAX_BLOCKS:
        dropped = len(blocks) - (MAX_BLOCKS - 1)
        blocks = blocks[: MAX_BLOCKS - 1] + [
            ContextBlock(
                elements=[MarkdownTextObject(text=f"…{dropped} more section(s) not shown")]
            )
        ]
    # to_dict() runs slack_sdk's own validation of each block's limits.
    return [b.to_dict() for b in blocks]


__all__ = [
    "Message",
    "RoundupItem",
    "compose_roundup",
    "digest_message",
    "earlier_digest_text",
    "escape",
    "notice",
    "nothing_new_message",
    "problem_text",
    "quote_message",
    "recurring_people",
    "roundup_thread_message",
    "split_text",
    "truncate",
    "unfurl_blocks",
    "unfurl_line",
]
