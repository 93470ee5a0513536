"""The feed store's claims, on a SQLite file and on PostgreSQL: each rule that keeps an entry
from being posted twice or lost is a unique row or a compare-and-set, so it must hold on both."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.intake.feed_store import FeedStore, NewEntry
from bot.storage.store import Store
from bot.storage.tables import utcnow

LEASE = timedelta(minutes=15)


@pytest.fixture
def feeds(database_url):
    store = Store(database_url)
    yield FeedStore(store)
    store.close()


def entries(*keys: str) -> list[NewEntry]:
    return [NewEntry(key=k, url=f"https://news.example/{k}", title=k.title()) for k in keys]


def pending(feeds: FeedStore, now, **kw):
    kw.setdefault("lease", LEASE)
    kw.setdefault("retry_after", timedelta(minutes=10))
    kw.setdefault("max_attempts", 3)
    return [p.entry.entry_key for p in feeds.pending_entries(now=now, **kw)]


def test_a_channel_subscribes_to_a_feed_once_with_only_the_newest_to_post(feeds) -> None:
    now = utcnow()
    added = feeds.add_feed(
        channel="C1", url="https://news.example/rss", title="News", entries=entries("a", "b", "c")
    )
    assert added is not None
    feed, newest = added
    assert newest is not None and newest.entry_key == "c" and newest.state == "new"
    assert [e.state for e in feeds.entries_of(feed.id)] == ["seen", "seen", "new"]
    again = feeds.add_feed(channel="C1", url="https://news.example/rss", title="N", entries=[])
    assert again is None
    other = feeds.add_feed(channel="C2", url="https://news.example/rss", title="N", entries=[])
    assert other is not None  # another channel may have it too
    assert [f.title for f in feeds.feeds_for("C1")] == ["News"]
    assert pending(feeds, now) == ["c"]


def test_an_entry_is_claimed_by_one_taker_only(feeds) -> None:
    now = utcnow()
    _feed, newest = feeds.add_feed(channel="C1", url="u", title=None, entries=entries("a"))
    first = feeds.claim_entry(newest, now=now)
    second = feeds.claim_entry(newest, now=now)  # read at the same moment, lost the race
    assert first is not None and first.state == "claimed" and first.attempts == 1
    assert second is None
    assert pending(feeds, now + timedelta(minutes=5)) == []  # a live claim is left alone


def test_a_claim_left_by_a_dead_process_is_taken_again_after_the_lease(feeds) -> None:
    now = utcnow()
    feed, newest = feeds.add_feed(channel="C1", url="u", title=None, entries=entries("a"))
    feeds.claim_entry(newest, now=now)
    [stale] = feeds.pending_entries(
        now=now + LEASE + timedelta(seconds=1),
        lease=LEASE,
        retry_after=timedelta(minutes=10),
        max_attempts=3,
    )
    assert stale.channel == "C1" and stale.entry.state == "claimed"
    taken = feeds.claim_entry(stale.entry, now=now + LEASE)
    assert taken is not None and taken.attempts == 2
    feeds.finish_entry(taken.id, "posted", post_id=None)
    assert pending(feeds, now + 10 * LEASE) == []
    assert [e.state for e in feeds.entries_of(feed.id)] == ["posted"]


def test_failed_entries_are_tried_again_while_they_have_attempts_left(feeds) -> None:
    now = utcnow()
    _feed, entry = feeds.add_feed(channel="C1", url="u", title=None, entries=entries("a"))
    for attempt in range(3):
        when = now + timedelta(hours=attempt)
        assert pending(feeds, when) == ["a"]
        [item] = feeds.pending_entries(
            now=when, lease=LEASE, retry_after=timedelta(minutes=10), max_attempts=3
        )
        claimed = feeds.claim_entry(item.entry, now=when)
        assert claimed is not None
        feeds.finish_entry(claimed.id, "failed", reason="HTTP 403")
        assert pending(feeds, when + timedelta(minutes=5)) == []  # not at once
    assert pending(feeds, now + timedelta(days=1)) == []  # three tries, then left


def test_new_entries_and_the_validators_are_stored_together(feeds) -> None:
    now = utcnow()
    feed, _ = feeds.add_feed(channel="C1", url="u", title="T", entries=entries("a"))
    new = feeds.record_fetch(
        feed.id,
        now=now,
        next_poll_at=now + timedelta(minutes=10),
        entries=entries("a", "b", "c", "b"),
        etag='"v2"',
        last_modified="Mon, 02 Mar 2026 10:00:00 GMT",
    ).new
    assert [e.entry_key for e in new] == ["b", "c"]
    [stored] = feeds.feeds_for("C1")
    assert stored.etag == '"v2"' and stored.last_fetch_at == now


def test_a_poll_and_a_failure_report_are_each_taken_once(feeds) -> None:
    now = utcnow()
    feeds.add_feed(channel="C1", url="u", title="T", entries=[])
    [due] = feeds.due_feeds(now)
    assert feeds.claim_poll(due, until=now + timedelta(minutes=5))
    assert not feeds.claim_poll(due, until=now + timedelta(minutes=5))
    assert feeds.due_feeds(now) == []

    assert not feeds.claim_failure_report(due.id, now=now)  # not failing: nothing to report
    feeds.record_failure(due.id, now=now, error="HTTP 503", next_poll_at=now)
    assert feeds.claim_failure_report(due.id, now=now)
    assert not feeds.claim_failure_report(due.id, now=now)
    [failing] = feeds.feeds_for("C1")
    assert failing.consecutive_errors == 1 and failing.failure_reported_at == now


def test_removing_a_feed_removes_its_entries(feeds) -> None:
    feed, _ = feeds.add_feed(channel="C1", url="u", title="T", entries=entries("a", "b"))
    assert feeds.remove_feed(feed.id)
    assert not feeds.remove_feed(feed.id)
    assert feeds.entries_of(feed.id) == [] and feeds.feeds_for("C1") == []
