"""Slack's mrkdwn made safe and the small block builders: escaping, clipping and splitting
article text, links, dates, section and context blocks.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.slack.blocks.limits import (
    ELLIPSIS,
    MAX_CONTEXT_ELEMENT_CHARS,
    MAX_HEADER_CHARS,
    MAX_LINK_URL_CHARS,
    MAX_SECTION_CHARS,
)


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


def section_blocks(text: str) -> list[SectionBlock]:
    return [SectionBlock(text=MarkdownTextObject(text=chunk)) for chunk in split_text(text)]


def context_block(mrkdwn: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=mrkdwn)])


def as_dicts(blocks: list[Block]) -> list[dict[str, Any]]:
    """The blocks as dicts: to_dict() runs slack_sdk's own validation (a builder here that
    breaks a limit slack_sdk knows is a bug to hear about); `Message` then fits the rest."""
    return [b.to_dict() for b in blocks]
