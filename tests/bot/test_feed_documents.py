"""Parsing feed documents (no network): dates read as UTC whatever the host's zone, entity
declarations refused before feedparser sees them, and only http(s) entry links kept."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot.intake.feed_documents import FeedError, parse_feed
from tests.hostile_site import entity_bomb_feed

FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour news</title><link>http://127.0.0.1/</link>
<description>d</description>
<item><title>Ferry</title><link>http://127.0.0.1/ferry</link><guid>g1</guid>
<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>
<item><title>Local file</title><link>file:///etc/passwd</link><guid>g2</guid>
<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item>
<item><title>Script</title><link>javascript:alert(1)</link><guid>g3</guid>
<pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item>
</channel></rss>"""


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The host's zone is America/New_York for the test (UTC-5 in March)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_entry_dates_are_utc_whatever_the_hosts_zone(new_york: None) -> None:
    assert time.timezone != 0  # the zone took
    _title, items = parse_feed("http://127.0.0.1/feed", FEED)
    assert items[0].published == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def test_only_http_links_are_kept(new_york: None) -> None:
    _title, items = parse_feed("http://127.0.0.1/feed", FEED)
    assert [i.url for i in items] == ["http://127.0.0.1/ferry", None, None]


@pytest.mark.parametrize(
    "body",
    [
        entity_bomb_feed(entity_kb=1, uses=10),
        entity_bomb_feed(entity_kb=1, uses=10).decode().encode("utf-16"),
        # A prolog expat cannot read: only feedparser's loose parser would read it.
        b'<?xml version="1.0"?>&<!DOCTYPE x [<!ENTITY a "b">]><rss><channel><title>&a;',
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
        b"<rss><channel><title>&x;</title></channel></rss>",
    ],
)
def test_entity_declarations_are_refused_before_parsing(body: bytes) -> None:
    with pytest.raises(FeedError, match="declares XML entities"):
        parse_feed("http://127.0.0.1/feed", body)


def test_a_plain_doctype_still_parses() -> None:
    body = FEED.replace(
        b"<rss",
        b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss',
        1,
    )
    title, items = parse_feed("http://127.0.0.1/feed", body)
    assert title == "Harbour news" and len(items) == 3
