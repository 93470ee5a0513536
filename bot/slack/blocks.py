"""Every Slack message the bot composes (Block Kit via `slack_sdk.models.blocks`), escaped:
digests, quote replies, roundups, unfurls, notices and the error texts users see.

Every string that comes from an article goes through `escape()` before it lands in mrkdwn or
in the notification `text`, so an article quoting `<!channel>` or `<@U123>` pings nobody.
Every error a user sees goes through `problem_text` (escaped, capped), whatever raised it.

Block Kit limits are respected by trimming or splitting, never by failing. Two layers:
  * at the source, each article string is clipped to what reads well (`MAX_NAME_CHARS`,
    `MAX_ROLE_CHARS`, ...) before it is escaped, so a line keeps its other parts (a reply's
    "quote 2 of 5" survives a 50,000-character role);
  * in one place, `fit_blocks` (run by every `Message`) trims every string of every block to
    its element's limit: `LIMITS`, taken from slack_sdk's Block Kit models where they carry
    one (header 150, section 3,000, button text 75, alt text 2,000, block_id 255, ...), and
    ours where slack_sdk builds an over-long object without a word and Slack then answers
    `invalid_blocks`: any text object (a context element's text) 3,000, a section field
    2,000. At most 50 blocks; the fallback `text` at most 40,000 characters.
A `Message` is plain data (`text` fallback + block dicts) ready for `chat.postMessage(**...)`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from slack_sdk.models.blocks import (
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    ImageBlock,
    ImageElement,
    InputBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.blocks.basic_components import ConfirmObject, Option

from bot.slack.errors import DigestError
from digests.model import Digest, Meeting, Person, Quote

MAX_BLOCKS = 50
MAX_VIEW_BLOCKS = 100  # an App Home or modal view (views.publish / views.open)
# Limits slack_sdk's models know (and check in to_dict()).
MAX_SECTION_CHARS = SectionBlock.text_max_length  # 3000
MAX_HEADER_CHARS = HeaderBlock.text_max_length  # 150
MAX_BUTTON_TEXT_CHARS = ButtonElement.text_max_length  # 75
MAX_ALT_TEXT_CHARS = ImageElement.alt_text_max_length  # 2000
MAX_BLOCK_ID_CHARS = Block.block_id_max_length  # 255
# Limits slack_sdk does not check (Slack answers invalid_blocks / msg_too_long).
MAX_TEXT_OBJECT_CHARS = 3000  # any text object, a context element's among them
MAX_FIELD_CHARS = 2000  # each of a section's fields
MAX_ACTION_ID_CHARS = 255
MAX_PLACEHOLDER_CHARS = 150
MAX_MESSAGE_TEXT_CHARS = 40_000
# What we show of one context line: well inside the limit, so it reads as one line.
MAX_CONTEXT_ELEMENT_CHARS = 2000
# Slack truncates notification text long before its 40,000-char hard limit; keep it readable.
MAX_FALLBACK_CHARS = 3000
# Article strings, clipped before escaping (names and roles collapse their whitespace too).
MAX_NAME_CHARS = 100
MAX_ROLE_CHARS = 200
MAX_PLACE_CHARS = 200  # a meeting's when / where
MAX_DEMAND_CHARS = 500
MAX_LINK_URL_CHARS = 3000  # longer URLs are shown as clipped text, not as a link
# An error reply: one sentence, even when it quotes a 65,000-character URL.
MAX_ERROR_CHARS = 1000
MAX_PEOPLE_LISTED = 8
# A quote reply shows this many sections (of ~1,400 characters) at most, then its speaker.
MAX_QUOTE_SECTIONS = 20
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

    def __post_init__(self) -> None:
        # Whoever built it, what is posted is within Slack's limits (see `fit_blocks`).
        object.__setattr__(self, "text", truncate(self.text or "", MAX_MESSAGE_TEXT_CHARS))
        object.__setattr__(self, "blocks", fit_blocks(self.blocks))

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
    return _whole_markup(cut).rstrip() + ELLIPSIS


def _whole_markup(cut: str) -> str:
    """`cut` without a half escape entity (`&am`) or half link markup (`<https://a|lab`) at
    its end: in our mrkdwn every raw `&` starts an entity and every `<` starts markup."""
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    lt = cut.rfind("<")
    if lt != -1 and ">" not in cut[lt:]:
        cut = cut[:lt]
    return cut


def clip(text: str | None, limit: int) -> str:
    """An article string for one line (a name, a role, a place): whitespace collapsed and
    cut to `limit`. Clip before escaping, so an entity is never cut."""
    return truncate(" ".join((text or "").split()), limit)


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
        cut = len(_whole_markup(window[:cut])) or cut
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        chunks.append(rest)
    return chunks


def link(url: str | None, label: str | None = None) -> str:
    """A mrkdwn link; the label defaults to the URL's host."""
    if not url:
        return escape(clip(label, MAX_CONTEXT_ELEMENT_CHARS))
    shown = clip(label or urlsplit(url).netloc or url, MAX_HEADER_CHARS)
    if len(url) > MAX_LINK_URL_CHARS:
        return escape(truncate(url, MAX_HEADER_CHARS))  # no element could hold the link
    # `|` and `>` end the link markup, so they must not appear raw in the URL or the label.
    safe_url = escape(url).replace("|", "%7C")
    return f"<{safe_url}|{escape(shown).replace('|', '¦')}>"


def slack_date(when: datetime, fallback_format: str = "%Y-%m-%d %H:%M UTC") -> str:
    """`<!date^...>` markup: Slack shows the moment in the reader's own zone. Naive times
    are UTC (as the store keeps them)."""
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    fallback = aware.astimezone(UTC).strftime(fallback_format)
    return f"<!date^{int(aware.timestamp())}^{{date_short_pretty}} {{time}}|{fallback}>"


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


def _section(text: str) -> list[SectionBlock]:
    return [SectionBlock(text=MarkdownTextObject(text=chunk)) for chunk in split_text(text)]


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
    footer = [_context(f":speech_balloon: {quotes_note}")]
    cut = digest.truncation_note()
    if cut:  # the article was longer than the engine reads: say so, in one short line
        footer.insert(0, _context(f":scissors: {escape(clip(cut, MAX_CONTEXT_ELEMENT_CHARS))}"))
    # The quote count the thread is checked against always shows: the body gives way.
    room = MAX_BLOCKS - head - len(footer)
    if len(blocks) - head > room:
        dropped = len(blocks) - head - (room - 1)
        blocks = blocks[: head + room - 1] + [_context(f"…{dropped} more section(s) not shown")]
    return Message(text=digest_fallback(digest), blocks=_fit([*blocks, *footer]))


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
    return Message(text=text, blocks=_fit(blocks))


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


# -- roundups ----------------------------------------------------------------------------------


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


def _context(mrkdwn: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=mrkdwn)])


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
        _context(f"Everything posted {period}"),
    ]
    footer: list[Block] = []
    if recurring:
        names = ", ".join(f"{escape(clip(name, MAX_NAME_CHARS))} ({n})" for name, n in recurring)
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
    """The blocks as dicts: to_dict() runs slack_sdk's own validation (a builder here that
    breaks a limit slack_sdk knows is a bug to hear about); `Message` then fits the rest."""
    return [b.to_dict() for b in blocks]


# -- the limits, in one place ------------------------------------------------------------------

# For each Block Kit type: field -> limit. A field holds a string, a text object (its `text`
# is cut) or a list of text objects (section fields). Nested elements (an accessory, a
# context's or an actions block's elements) are fitted by their own type's entry.
_TEXT = {"text": MAX_TEXT_OBJECT_CHARS}
LIMITS: dict[str, dict[str, int]] = {
    "header": {"text": MAX_HEADER_CHARS},
    "section": {"text": MAX_SECTION_CHARS, "fields": MAX_FIELD_CHARS},
    "image": {
        "alt_text": MAX_ALT_TEXT_CHARS,
        "image_url": ImageBlock.image_url_max_length,
        "title": ImageBlock.title_max_length,
    },
    "button": {
        "text": MAX_BUTTON_TEXT_CHARS,
        "value": ButtonElement.value_max_length,
        "url": ButtonElement.url_max_length,
    },
    "input": {"label": InputBlock.label_max_length, "hint": InputBlock.hint_max_length},
    "mrkdwn": _TEXT,
    "plain_text": _TEXT,
}
# On any node that has them.
COMMON_LIMITS = {
    "block_id": MAX_BLOCK_ID_CHARS,
    "action_id": MAX_ACTION_ID_CHARS,
    "placeholder": MAX_PLACEHOLDER_CHARS,
}
# Objects without a `type`, known by the field that holds them.
_CONFIRM = {
    "title": ConfirmObject.title_max_length,
    "text": ConfirmObject.text_max_length,
    "confirm": ConfirmObject.confirm_max_length,
    "deny": ConfirmObject.deny_max_length,
}
_OPTION = {"text": Option.label_max_length, "value": Option.value_max_length}
UNTYPED_LIMITS = {
    "confirm": _CONFIRM,
    "options": _OPTION,
    "initial_option": _OPTION,
    "initial_options": _OPTION,
}


def fit_blocks(
    blocks: Sequence[Block | Mapping[str, Any]], *, max_blocks: int = MAX_BLOCKS
) -> list[dict[str, Any]]:
    """Blocks (models or dicts) as dicts within every Block Kit limit in `LIMITS`: at most
    `max_blocks` (50 in a message, `MAX_VIEW_BLOCKS` in a view; the last slot says how many
    were left out), each string cut to its limit at a word, never inside an escape entity
    or link markup. Never raises for length."""
    dicts = [b.to_dict() if isinstance(b, Block) else dict(b) for b in blocks]
    if len(dicts) > max_blocks:
        dropped = len(dicts) - (max_blocks - 1)
        note = _context(f"…{dropped} more section(s) not shown").to_dict()
        dicts = [*dicts[: max_blocks - 1], note]
    return [_fit_node(d) for d in dicts]


def _fit_node(node: Any, untyped: Mapping[str, int] | None = None) -> Any:
    if isinstance(node, list):
        return [_fit_node(item, untyped) for item in node]
    if not isinstance(node, Mapping):
        return node
    kind = node.get("type")
    own = LIMITS.get(str(kind), {}) if kind else (untyped or {})
    limits = {**COMMON_LIMITS, **own}
    fitted: dict[str, Any] = {}
    for key, value in node.items():
        limit = limits.get(key)
        if limit is not None:
            value = _cut(value, limit)
        fitted[key] = _fit_node(value, UNTYPED_LIMITS.get(key))
    return fitted


def _cut(value: Any, limit: int) -> Any:
    """A string, a text object's text or each of a list of text objects, cut to `limit`."""
    if isinstance(value, str):
        return truncate(value, limit)
    if isinstance(value, Mapping) and isinstance(value.get("text"), str):
        return {**value, "text": truncate(value["text"], limit)}
    if isinstance(value, list):
        return [_cut(item, limit) for item in value]
    return value


__all__ = [
    "Message",
    "RoundupItem",
    "clip",
    "compose_roundup",
    "digest_message",
    "earlier_digest_text",
    "escape",
    "fit_blocks",
    "notice",
    "nothing_new_message",
    "problem_text",
    "quote_message",
    "roundup_thread_message",
    "split_text",
    "truncate",
    "unfurl_blocks",
    "unfurl_line",
]
