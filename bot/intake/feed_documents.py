"""Reading an RSS or Atom feed: fetched through the engine's safe fetcher, parsed by feedparser.

`FeedReader.read(url, etag=..., last_modified=...)` returns a `FeedDocument` (its title and
entries, oldest first, or "not modified" after a 304) or raises `FeedError` with one line
fit to show in Slack: the address guard's refusal, the byte cap, an HTTP error, or a
document that is no feed (feedparser's `bozo` with no entries).

Each entry is keyed by its guid (Atom `id`), else its link: the key the store claims so an
entry is posted once. feedparser is handed the bytes as a stream, never as a string, since
it would read a string naming a file or URL from there.

It does not handle: JSON Feed, feeds behind a login, podcasts' enclosures (an entry is its
link).
"""

from __future__ import annotations

import calendar
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.sax import SAXParseException

import feedparser

from bot.intake.feed_xml import DeclarationsRefused, refuse_declarations
from digests.text.fetch import MAX_FEED_BYTES, TIMEOUT, FetchError, fetch_feed


class FeedError(Exception):
    """A feed that could not be read; the message is one line naming the feed."""


@dataclass(frozen=True)
class FeedItem:
    """One entry as the feed gives it: the key it is known by, its link and title."""

    key: str
    url: str | None
    title: str | None
    published: datetime | None = None


@dataclass(frozen=True)
class FeedDocument:
    """A feed as fetched: its title and entries (oldest first), and the validators to send
    next time. `not_modified`: the server answered 304, so there are no entries to read."""

    url: str
    title: str | None
    items: tuple[FeedItem, ...]
    etag: str | None
    last_modified: str | None
    not_modified: bool = False

    @property
    def newest(self) -> FeedItem | None:
        """The entry a new subscription posts (the last of `items`)."""
        return self.items[-1] if self.items else None


class FeedReader:
    """Fetches and parses feeds with one set of limits (the guard, the cap, the timeout)."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        trusted_addresses: frozenset[str] = frozenset(),
        max_bytes: int = MAX_FEED_BYTES,
        timeout: float = TIMEOUT,
    ) -> None:
        self.allow_private = allow_private
        self.trusted_addresses = frozenset(trusted_addresses)
        self.max_bytes = max_bytes
        self.timeout = timeout

    def read(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FeedDocument:
        """The feed at `url`, fetched conditionally. Raises FeedError."""
        try:
            response = fetch_feed(
                url,
                etag=etag,
                last_modified=last_modified,
                allow_private=self.allow_private,
                trusted_addresses=self.trusted_addresses,
                max_bytes=self.max_bytes,
                timeout=self.timeout,
            )
        except FetchError as e:
            raise FeedError(one_line(str(e))) from e
        if response.not_modified:
            return FeedDocument(
                response.url, None, (), response.etag, response.last_modified, not_modified=True
            )
        title, items = parse_feed(url, response.body, base=response.url)
        return FeedDocument(response.url, title, items, response.etag, response.last_modified)


def parse_feed(url: str, body: bytes, *, base: str | None = None) -> tuple[str | None, tuple]:
    """(title, entries oldest first) of an RSS/Atom document. Raises FeedError."""
    # application/xml: the document's own XML declaration names its encoding.
    headers = {"content-location": base or url, "content-type": "application/xml"}
    try:
        refuse_declarations(body)  # before feedparser: its loose parser expands entities
    except DeclarationsRefused as e:
        raise FeedError(f"{url}: {e}") from e
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    items = [item for entry in parsed.entries if (item := _item(entry, base or url))]
    if not items and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception")
        # An XML error says where the document breaks; anything else is just "not a feed".
        why = f" ({one_line(str(reason))})" if isinstance(reason, SAXParseException) else ""
        raise FeedError(f"{url}: not an RSS or Atom feed{why}")
    # Feeds list newest first, mostly; dates decide when every entry has one.
    if items and all(i.published for i in items):
        items.sort(key=lambda i: i.published)  # type: ignore[arg-type,return-value]
    else:
        items.reverse()
    title = one_line(parsed.feed.get("title") or "") or None
    return title, tuple(_unique(items))


def _item(entry: Any, base: str) -> FeedItem | None:
    link = (entry.get("link") or "").strip()
    url = urljoin(base, link) if link else None
    if url is not None and urlsplit(url).scheme.lower() not in ("http", "https"):
        url = None  # file:, ftp:, javascript: ... only web pages are fetched
    key = (entry.get("id") or "").strip() or url
    if not key:
        return None  # neither guid nor link: nothing to know it by
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    # feedparser's struct_time is UTC: timegm reads it as such (mktime would take the host's
    # zone and shift every date by its offset).
    published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
    title = one_line(entry.get("title") or "") or None
    return FeedItem(key=key[:2000], url=url, title=title, published=published)


def _unique(items: list[FeedItem]) -> list[FeedItem]:
    """One item per key (a feed repeating a guid keeps its last copy's place)."""
    by_key = {item.key: item for item in items}
    return [item for item in items if by_key[item.key] is item]


def one_line(text: str, limit: int = 300) -> str:
    """Whitespace collapsed, cut at `limit` characters: errors and titles stay one line."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
