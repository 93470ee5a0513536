"""Reading text that comes from Slack: entity-decoding and pulling links out of messages.

Slack sends message text with `&`, `<`, `>` entity-encoded and links, mentions and channels
as angle-bracket markup: `<https://example.com/a|label>`, `<https://example.com/a>`,
`<@U123|alice>`, `<#C123|general>`, `<!here>`. Pasted article text must be decoded before
it is digested, and links must be found in both the markup and the bare `https://...` form.

It does not handle: rich-text blocks (the plain `text` field carries the same links),
links inside file uploads, or mailto/tel links (not articles).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

# <target|label> or <target>; the target cannot contain '>' or '|'.
SLACK_MARKUP = re.compile(r"<([^<>|\s]+)(?:\|([^<>]*))?>")
BARE_URL = re.compile(r"https?://[^\s<>\"']+", re.I)
TRAILING_PUNCTUATION = ".,;:!?)]}'\""
# Attachment fields where feed bots (Slack's RSS app among them) put the article link.
ATTACHMENT_LINK_FIELDS = ("title_link", "original_url", "from_url")
# Links to Slack itself (message permalinks, files) are never articles.
SLACK_HOST_SUFFIXES = ("slack.com", "slack-gov.com", "slack-edge.com", "slack-files.com")
# In a watched channel, links to media are shared for themselves, not as articles to digest.
MEDIA_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".mp4", ".mov", ".mp3", ".zip", ".pdf"}
)


def unescape_entities(text: str) -> str:
    """Undo Slack's three entity escapes (order matters: &amp; last)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def decode_slack_text(text: str) -> str:
    """Slack message markup -> the plain text a reader sees (links become their labels)."""

    def plain(match: re.Match[str]) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith("@"):
            return "@" + (label or target[1:])
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            special = label or target[1:].split("^", 1)[0]
            return "@" + special
        return label or target

    return unescape_entities(SLACK_MARKUP.sub(plain, text or ""))


def _clean_url(url: str) -> str | None:
    url = unescape_entities(url.strip()).rstrip(TRAILING_PUNCTUATION)
    return url if BARE_URL.fullmatch(url) else None


def links_in_text(text: str) -> list[str]:
    """http(s) links in Slack text: `<url|label>`, `<url>` and bare URLs, in order, once each."""
    found: list[str] = []
    text = text or ""
    for match in SLACK_MARKUP.finditer(text):
        url = _clean_url(match.group(1))
        if url:
            found.append(url)
    remainder = SLACK_MARKUP.sub(" ", text)
    for match in BARE_URL.finditer(unescape_entities(remainder)):
        url = _clean_url(match.group(0))
        if url:
            found.append(url)
    return list(dict.fromkeys(found))


def links_in_message(message: Mapping[str, Any]) -> list[str]:
    """Links in a message event: its text, then its attachments (how feed bots post)."""
    found = links_in_text(message.get("text") or "")
    for attachment in message.get("attachments") or []:
        for key in ATTACHMENT_LINK_FIELDS:
            value = attachment.get(key)
            if isinstance(value, str):
                url = _clean_url(value)
                if url:
                    found.append(url)
    return list(dict.fromkeys(found))


def split_command_text(text: str) -> tuple[str, str]:
    """`watch now` -> ("watch", "now"); the first word lower-cased, the rest as given."""
    stripped = (text or "").strip()
    if not stripped:
        return "", ""
    head, _, rest = stripped.partition(" ")
    return head.lower(), rest.strip()


def only_links(text: str) -> list[str] | None:
    """The links if the text is nothing but links (a `/digest <url> <url>`), else None."""
    links = links_in_text(text)
    if not links:
        return None
    leftover = BARE_URL.sub(" ", unescape_entities(SLACK_MARKUP.sub(" ", text)))
    return links if not leftover.strip() else None


def is_slack_link(url: str) -> bool:
    """Links to Slack itself (permalinks, files): never an article to digest."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in SLACK_HOST_SUFFIXES)


def is_media_link(url: str) -> bool:
    """Links to images, video, archives: shared for themselves, not as articles."""
    path = urlsplit(url).path.lower()
    return any(path.endswith(suffix) for suffix in MEDIA_SUFFIXES)


def article_links(links: list[str], *, skip_media: bool = False) -> list[str]:
    """The links worth digesting: never Slack's own; in passing, not media files either."""
    return [u for u in links if not is_slack_link(u) and not (skip_media and is_media_link(u))]
