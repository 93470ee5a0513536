"""Feeds with limits (issue 19.4): a flooding feed posts at most FEED_MAX_NEW_PER_POLL a poll
and FEED_MAX_NEW_PER_HOUR an hour with one summary line, old entry rows are pruned, a channel
has at most FEED_MAX_PER_CHANNEL feeds, `feed list` pages stay far inside Slack's limits, and
a slow feed does not hold up another channel's (feeds are polled side by side).

Real app over signed HTTP, real feeds on loopback, the poller's clock moved by the test.
"""

from __future__ import annotations

import threading
import urllib.request
from collections.abc import Iterator
from datetime import timedelta

import pytest

from bot.intake.feed_limits import FeedLimits
from bot.intake.feed_store import FeedStore, NewEntry
from bot.storage.store import Store
from bot.storage.tables import utcnow
from tests.bot.conftest import bot_settings, wait_for
from tests.bot.test_feeds import Clock, FeedBot, headlines, start_feed_bot
from tests.feed_server import FeedServer
from tests.hostile_site import HostileSite
from tests.slack_standin import SlackStandIn

CHANNEL = "C0NEWS"
OTHER = "C0SPORT"


@pytest.fixture
def limited_bot(slack: SlackStandIn, tmp_path) -> Iterator[FeedBot]:
    settings = bot_settings(
        slack,
        tmp_path,
        feed_max_new_per_poll=2,
        feed_max_new_per_hour=3,
        feed_max_per_channel=3,
    )
    with FeedServer() as site:
        running, server = start_feed_bot(slack, settings, site, Clock())
        yield running
        server.shutdown()
        server.server_close()
        running.services.close()


def summaries(slack: SlackStandIn, channel: str = CHANNEL) -> list[str]:
    return [c.all_text() for c in slack.posts(channel) if "than I post" in c.all_text()]


def test_a_flooding_feed_is_held_to_its_limits_with_one_summary_line(
    slack: SlackStandIn, limited_bot: FeedBot
) -> None:
    url = limited_bot.site.add_feed("/flood.xml", "Flood Daily", entries=1)
    _ack, reply = limited_bot.command_reply(f"feed add {url}")
    assert "Subscribed" in reply
    assert len(headlines(slack)) == 1  # the newest entry, at once (1 of 3 this hour)

    newest = [limited_bot.site.publish("/flood.xml") for _ in range(5)][-2:]
    limited_bot.poll(minutes=10)
    assert headlines(slack)[1:] == [e.title for e in newest]  # the newest two, in order
    [line] = summaries(slack)
    assert "3 more new entries" in line and "Flood Daily" in line

    for _ in range(5):
        limited_bot.site.publish("/flood.xml")
    limited_bot.poll(minutes=10)  # the hour's 3 are used up: nothing, and no second line
    assert len(headlines(slack)) == 3
    assert len(summaries(slack)) == 1

    last = limited_bot.site.publish("/flood.xml")
    limited_bot.poll(minutes=61)  # a new hour
    assert headlines(slack)[-1] == last.title and len(headlines(slack)) == 4
    assert len(summaries(slack)) == 1


def test_a_channel_has_at_most_its_feeds(slack: SlackStandIn, limited_bot: FeedBot) -> None:
    for n in range(3):
        url = limited_bot.site.add_feed(f"/f{n}.xml", f"Feed {n}")
        assert "Subscribed" in limited_bot.command_reply(f"feed add {url}")[1]
    url = limited_bot.site.add_feed("/f3.xml", "Feed 3")
    _ack, reply = limited_bot.command_reply(f"feed add {url}")
    assert "the most it may have" in reply
    assert len(limited_bot.feed_store.feeds_for(CHANNEL)) == 3


def test_feed_list_pages_stay_within_slacks_limits(limited_bot: FeedBot) -> None:
    store = limited_bot.feed_store
    for n in range(45):  # added straight to the store: more than the cap allows by command
        long_url = f"http://127.0.0.1/{n}/" + "p" * 3000
        store.add_feed(channel=CHANNEL, url=long_url, title="T" * 400, entries=[])
    seen: list[str] = []
    page, texts = 1, []
    while page < 10:  # bounded: 45 feeds fit in a few pages
        text = limited_bot.command(f"feed list {page}")
        texts.append(text)
        seen += [line.split(".", 1)[0] for line in text.splitlines() if line[:1].isdigit()]
        if f"feed list {page + 1}" not in text:
            break
        page += 1
    assert seen == [str(n) for n in range(1, 46)]
    assert all(len(t) < 40_000 for t in texts) and len(texts) >= 3


def test_entry_rows_the_feed_no_longer_lists_are_pruned(tmp_path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    try:
        feeds = FeedStore(store)
        now = utcnow()
        old = [NewEntry(key=f"old-{n}", url=f"http://127.0.0.1/{n}", title=None) for n in range(30)]
        feed, _ = feeds.add_feed(
            channel=CHANNEL,
            url="http://127.0.0.1/f",
            title=None,
            entries=old,
            post_newest=False,
            now=now,
        )
        limits = FeedLimits(retention=timedelta(days=30))
        still = [old[0], NewEntry(key="fresh", url="http://127.0.0.1/fresh", title=None)]
        feeds.record_fetch(
            feed.id, now=now + timedelta(days=31), next_poll_at=now, entries=still, limits=limits
        )
        keys = {e.entry_key for e in feeds.entries_of(feed.id)}
        assert keys == {"old-0", "fresh"}  # still listed: kept; gone for 30 days: pruned
    finally:
        store.close()


def test_a_slow_feed_does_not_hold_up_another_channel(
    slack: SlackStandIn, limited_bot: FeedBot
) -> None:
    slow_site = HostileSite()
    try:
        # The slow feed: a real document from the feed server, served by a site that holds it.
        copy = limited_bot.site.add_feed("/copy.xml", "Slow Gazette", entries=1)
        with urllib.request.urlopen(copy, timeout=10) as response:
            document = response.read()
        slow_url = slow_site.serve("/slow.xml", document, "application/rss+xml")
        assert "Subscribed" in limited_bot.command_reply(f"feed add {slow_url}", channel=OTHER)[1]
        fast_url = limited_bot.site.add_feed("/fast.xml", "Fast Times", entries=1)
        assert "Subscribed" in limited_bot.command_reply(f"feed add {fast_url}")[1]

        release = threading.Event()
        slow_site.routes["/slow.xml"].hold = release
        entry = limited_bot.site.publish("/fast.xml")
        limited_bot.clock.advance(minutes=10)
        done = limited_bot.services.feeds.poll_now()
        # The fast feed's new entry is posted while the slow feed is still held.
        wait_for(lambda: entry.title in headlines(slack), timeout=60, what="the fast entry")
        wait_for(lambda: slow_site.hits.get("/slow.xml", 0) == 2, what="the slow feed asked")
        assert not done.is_set()  # the pass still waits for the slow feed
        release.set()
        assert done.wait(60)
    finally:
        slow_site.close()
