"""RSS and Atom feeds, driven as Slack would: `/digest feed ...` over signed HTTP to the real
app, real feeds served on loopback (`tests/feed_server.py`), the real poller and engine,
posting to the Slack stand-in.

The poller's clock is the test's (`Clock`): a poll is triggered with `poll_now()` and waited
on through its completion event, and "a day of failures" is a clock moved by a day.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from slack_bolt import App

from bot.app import create_app
from bot.intake.feed_documents import FeedError, FeedReader
from bot.intake.feed_store import FeedStore
from bot.services import Services, build_services
from bot.settings import Settings
from bot.storage.tables import utcnow
from tests.bot.conftest import bot_settings, is_parent, serve
from tests.feed_server import FeedServer
from tests.slack_standin import Call, SlackSender, SlackStandIn

CHANNEL = "C0NEWS"


class Clock:
    """The poller's clock: naive UTC, moved by the test."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class FeedBot:
    """The running app with its feed poller started, the feed site, and the clock."""

    slack: SlackStandIn
    sender: SlackSender
    services: Services
    settings: Settings
    app: App
    site: FeedServer
    clock: Clock

    @property
    def feed_store(self) -> FeedStore:
        return self.services.feeds.feed_store

    def command(self, text: str, *, channel: str = CHANNEL) -> str:
        """`/digest <text>`; the ack's text (the app's reply within Slack's 3 seconds)."""
        delivery = self.sender.command(
            text, channel=channel, response_url=self.slack.response_url()
        )
        assert delivery.status == 200, delivery.body
        return (delivery.json() or {}).get("text", "")

    def command_reply(self, text: str, *, channel: str = CHANNEL) -> tuple[str, str]:
        """`/digest <text>` whose answer comes after the ack: (ack text, later reply)."""
        before = len(self.slack.responses)
        ack = self.command(text, channel=channel)
        self.settle()
        replies = self.slack.wait_for_response(count=before + 1)
        return ack, replies[before]["text"]

    def settle(self) -> None:
        assert self.services.listener_executor.wait_idle(60), "listeners still busy"

    def poll(self, **advance: float) -> None:
        """Move the clock on, run one whole poll and wait for it to finish."""
        self.clock.advance(**advance)
        assert self.services.feeds.poll_now().wait(120), "the poll did not finish"


def start_feed_bot(slack: SlackStandIn, settings: Settings, site: FeedServer, clock: Clock):
    services = build_services(settings, feed_clock=clock)
    app = create_app(settings, services)
    server, sender = serve(app)
    services.feeds.start()
    return FeedBot(slack, sender, services, settings, app, site, clock), server


@pytest.fixture
def feed_site() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture
def feed_bot(slack: SlackStandIn, feed_site: FeedServer, tmp_path) -> Iterator[FeedBot]:
    running, server = start_feed_bot(slack, bot_settings(slack, tmp_path), feed_site, Clock())
    yield running
    server.shutdown()
    server.server_close()
    running.services.close()


def digest_parents(slack: SlackStandIn, channel: str = CHANNEL) -> list[Call]:
    """The digests posted at the top of the channel (not thread replies, not notices)."""
    return [
        c
        for c in slack.posts(channel)
        if is_parent(c.params) and c.blocks and c.blocks[0].get("type") == "header"
    ]


def headlines(slack: SlackStandIn, channel: str = CHANNEL) -> list[str]:
    return [c.blocks[0]["text"]["text"] for c in digest_parents(slack, channel)]


def assert_threads_complete(bot: FeedBot) -> None:
    """Every digest posted has each of its quotes once in its thread."""
    store = bot.services.store
    for parent in digest_parents(bot.slack):
        ts = parent.response["ts"]
        [post] = [p for p in store.posts_since(CHANNEL) if p.parent_ts == ts]
        quotes = len(store.article(post.article_id).digest.quotes)
        assert quotes >= 1
        assert len(bot.slack.posts(CHANNEL, thread_ts=ts)) == quotes


def add(bot: FeedBot, url: str) -> str:
    """`/digest feed add <url>` as Slack sends it; the reply after the ack."""
    ack, reply = bot.command_reply(f"feed add <{url}>")
    assert "Checking the feed" in ack
    return reply


# -- adding a feed ---------------------------------------------------------------------------


def test_adding_a_feed_says_what_it_is_and_posts_only_its_newest_entry(feed_bot) -> None:
    url = feed_bot.site.add_feed("/city.rss", "Harbour Courier: City", entries=4)
    newest = feed_bot.site.feeds["/city.rss"].entries[0]

    reply = add(feed_bot, url)

    assert "Harbour Courier: City" in reply and "4 entries" in reply
    assert "\n" not in reply.split("\n")[0]
    assert headlines(feed_bot.slack) == [newest.title]  # not the back catalogue
    assert_threads_complete(feed_bot)
    [feed] = feed_bot.feed_store.feeds_for(CHANNEL)
    states = [e.state for e in feed_bot.feed_store.entries_of(feed.id)]
    assert sorted(states) == ["posted", "seen", "seen", "seen"]
    [post] = feed_bot.services.store.posts_since(CHANNEL)
    assert post.intake == "feed"


def test_an_atom_feed_works_the_same(feed_bot) -> None:
    url = feed_bot.site.add_feed("/atom.xml", "Courier in Atom", kind="atom", entries=2)
    reply = add(feed_bot, url)
    assert "Courier in Atom" in reply and "2 entries" in reply
    assert headlines(feed_bot.slack) == [feed_bot.site.feeds["/atom.xml"].entries[0].title]

    entry = feed_bot.site.publish("/atom.xml")
    feed_bot.poll(minutes=11)
    assert headlines(feed_bot.slack)[-1] == entry.title


def test_the_same_feed_twice_in_a_channel_is_refused(feed_bot) -> None:
    url = feed_bot.site.add_feed("/city.rss", "City", entries=1)
    add(feed_bot, url)
    reply = add(feed_bot, url)
    assert "already gets" in reply
    assert len(feed_bot.feed_store.feeds_for(CHANNEL)) == 1
    assert len(digest_parents(feed_bot.slack)) == 1


def test_a_malformed_feed_is_refused_in_one_line_and_nothing_is_stored(feed_bot) -> None:
    url = feed_bot.site.raw("/broken.rss", b"<rss><channel><title>Half</title><item><title>x")
    reply = add(feed_bot, url)
    assert reply.startswith(":warning: I couldn't add that feed:")
    assert "not an RSS or Atom feed" in reply and "\n" not in reply
    html = feed_bot.site.raw("/page.html", b"<html><body>Hi</body></html>", ctype="text/html")
    assert "not an RSS or Atom feed" in add(feed_bot, html)
    assert feed_bot.feed_store.feeds_for(CHANNEL) == []
    assert feed_bot.slack.posts() == []


def test_a_20_mb_feed_is_capped_with_a_clear_error(feed_bot) -> None:
    url = feed_bot.site.huge("/huge.rss", megabytes=20)
    reply = add(feed_bot, url)
    assert "over the 10 MB limit" in reply and "\n" not in reply
    assert feed_bot.feed_store.feeds_for(CHANNEL) == []


def test_adding_a_feed_where_the_bot_cannot_post_says_how_to_invite_it(feed_bot) -> None:
    feed_bot.slack.fail("chat.postMessage", "not_in_channel", times=5)
    reply = add(feed_bot, feed_bot.site.add_feed("/city.rss", "City", entries=2))
    assert "/invite @digest-bot" in reply and "add the feed again" in reply
    assert feed_bot.feed_store.feeds_for(CHANNEL) == []  # nothing left half-subscribed
    feed_bot.slack.clear_faults()
    assert "Subscribed" in add(feed_bot, feed_bot.site.url("/city.rss"))
    assert len(digest_parents(feed_bot.slack)) == 1


def test_a_missing_link_or_an_unknown_word_gets_the_usage(feed_bot) -> None:
    assert "Give the feed's link" in feed_bot.command("feed add")
    assert "don't know `/digest feed subscribee`" in feed_bot.command("feed subscribee")
    assert "/digest feed add" in feed_bot.command("help")


# -- polling ---------------------------------------------------------------------------------


def test_a_feed_that_grows_gets_only_its_new_entries_posted_oldest_first(feed_bot) -> None:
    url = feed_bot.site.add_feed("/city.rss", "City", entries=3)
    add(feed_bot, url)
    first = headlines(feed_bot.slack)

    feed_bot.poll(minutes=5)  # not due yet: nothing fetched
    assert len(feed_bot.site.hits_to("/city.rss")) == 1

    a, b = feed_bot.site.publish("/city.rss"), feed_bot.site.publish("/city.rss")
    feed_bot.poll(minutes=6)
    assert headlines(feed_bot.slack) == first + [a.title, b.title]
    assert_threads_complete(feed_bot)

    c = feed_bot.site.publish("/city.rss")
    feed_bot.poll(minutes=11)
    assert headlines(feed_bot.slack) == first + [a.title, b.title, c.title]


def test_an_unchanged_feed_is_asked_with_its_etag_and_answers_304(feed_bot) -> None:
    url = feed_bot.site.add_feed("/city.rss", "City", entries=2)
    add(feed_bot, url)
    posted = len(feed_bot.slack.posts())

    feed_bot.poll(minutes=11)

    last = feed_bot.site.hits_to("/city.rss")[-1]
    feed = feed_bot.site.feeds["/city.rss"]
    assert (last.if_none_match, last.if_modified_since) == (feed.etag, feed.last_modified)
    assert last.status == 304
    assert len(feed_bot.slack.posts()) == posted
    [record] = feed_bot.feed_store.feeds_for(CHANNEL)
    assert record.last_fetch_at == feed_bot.clock.now and record.failing_since is None


def test_an_entry_whose_page_cannot_be_digested_leaves_no_message(feed_bot, caplog) -> None:
    url = feed_bot.site.add_feed("/city.rss", "City", entries=1)
    add(feed_bot, url)
    posts_before = len(feed_bot.slack.posts())
    paywalled = feed_bot.site.publish("/city.rss", status=403)
    fine = feed_bot.site.publish("/city.rss")

    with caplog.at_level(logging.INFO, logger="bot.intake.feeds"):
        feed_bot.poll(minutes=11)

    new_posts = feed_bot.slack.posts()[posts_before:]
    assert paywalled.title not in " ".join(p.all_text() for p in new_posts)
    assert not any("couldn't" in p.all_text() for p in new_posts)
    assert headlines(feed_bot.slack)[-1] == fine.title
    assert feed_bot.slack.calls_to("chat.postEphemeral") == []
    [feed] = feed_bot.feed_store.feeds_for(CHANNEL)
    [failed] = [e for e in feed_bot.feed_store.entries_of(feed.id) if e.state == "failed"]
    assert failed.url == feed_bot.site.url(paywalled.path) and "403" in (failed.reason or "")
    assert any(paywalled.path in r.getMessage() for r in caplog.records)


def test_a_feed_failing_for_a_day_is_reported_once_in_one_line(feed_bot) -> None:
    url = feed_bot.site.add_feed("/city.rss", "City desk", entries=1)
    add(feed_bot, url)
    posts_before = len(feed_bot.slack.posts())
    feed_bot.site.fail("/city.rss", 503)

    feed_bot.poll(minutes=11)
    [feed] = feed_bot.feed_store.feeds_for(CHANNEL)
    assert feed.consecutive_errors == 1 and feed.failing_since == feed_bot.clock.now
    first_wait = feed.next_poll_at - feed_bot.clock.now
    feed_bot.poll(minutes=21)
    [feed] = feed_bot.feed_store.feeds_for(CHANNEL)
    assert feed.next_poll_at - feed_bot.clock.now == 2 * first_wait  # backing off
    assert len(feed_bot.slack.posts()) == posts_before  # nothing said before a day

    for _ in range(14):  # two-hourly polls: past a day of failing
        feed_bot.poll(hours=2, minutes=1)
    feed_bot.poll(hours=3)
    notices = feed_bot.slack.posts()[posts_before:]
    assert len(notices) == 1
    text = notices[0]["text"]
    assert "City desk" in text and "not worked for a day" in text and "503" in text
    assert "\n" not in text

    feed_bot.site.recover("/city.rss")
    feed_bot.poll(hours=3)
    [feed] = feed_bot.feed_store.feeds_for(CHANNEL)
    assert feed.failing_since is None and feed.failure_reported_at is None
    assert len(feed_bot.slack.posts()) == posts_before + 1
    assert "last fetched" in feed_bot.command("feed list")


def test_a_redirect_into_a_private_address_is_refused(feed_bot) -> None:
    port = feed_bot.site.url("/").split(":")[2].rstrip("/")
    url = feed_bot.site.redirect("/moved.rss", f"http://127.0.0.2:{port}/city.rss")
    feed_bot.site.add_feed("/city.rss", "City", entries=1)
    # The bot's own settings trust loopback (the tests' sites); this reader trusts only the
    # feed site's address, as a deployment trusting one intranet host would.
    guarded = FeedReader(trusted_addresses=frozenset({"127.0.0.1"}))
    assert guarded.read(feed_bot.site.url("/city.rss")).title == "City"
    with pytest.raises(FeedError, match="private or local address") as info:
        guarded.read(url)
    assert "\n" not in str(info.value)

    # A subscribed feed that starts redirecting there fails like any broken feed: no post.
    add(feed_bot, feed_bot.site.url("/city.rss"))
    feed_bot.services.feeds.reader = guarded
    feed_bot.site.redirect("/city.rss", f"http://127.0.0.2:{port}/elsewhere.rss")
    posts_before = len(feed_bot.slack.posts())
    feed_bot.poll(minutes=11)
    [feed] = feed_bot.feed_store.feeds_for(CHANNEL)
    assert "private or local address" in (feed.last_error or "")
    assert len(feed_bot.slack.posts()) == posts_before


# -- list and remove -------------------------------------------------------------------------


def test_list_numbers_the_feeds_and_remove_takes_a_number_or_a_link(feed_bot) -> None:
    assert "no feeds" in feed_bot.command("feed list")
    first = feed_bot.site.add_feed("/a.rss", "Alpha desk", entries=1)
    second = feed_bot.site.add_feed("/b.rss", "Beta desk", kind="atom", entries=1)
    add(feed_bot, first)
    add(feed_bot, second)

    listed = feed_bot.command("feed list")
    assert "1. <" in listed and "Alpha desk" in listed
    assert "2. <" in listed and "Beta desk" in listed and "last fetched" in listed

    removed = feed_bot.command("feed remove 1")
    assert "Removed" in removed and "Alpha desk" in removed
    assert "Alpha desk" not in feed_bot.command("feed list")
    assert "no feed `7`" in feed_bot.command("feed remove 7")
    assert "Beta desk" in feed_bot.command(f"feed remove <{second}>")
    assert feed_bot.feed_store.feeds_for(CHANNEL) == []

    feed_bot.site.publish("/a.rss")
    posts = len(feed_bot.slack.posts())
    feed_bot.poll(minutes=11)
    assert len(feed_bot.slack.posts()) == posts  # removed feeds are not polled


# -- restarts --------------------------------------------------------------------------------


def test_a_restart_neither_loses_nor_reposts_an_entry(slack, feed_site, tmp_path) -> None:
    site = feed_site
    settings = bot_settings(slack, tmp_path)
    clock = Clock()
    first, server = start_feed_bot(slack, settings, site, clock)
    try:
        add(first, site.add_feed("/city.rss", "City", entries=2))
        site.publish("/city.rss")
        first.poll(minutes=11)
        assert len(digest_parents(slack)) == 2
    finally:
        server.shutdown()
        server.server_close()
        first.services.close()

    # Published while the bot was down: found by the next poll after the restart.
    late = site.publish("/city.rss")
    second, server = start_feed_bot(slack, settings, site, clock)
    try:
        assert [f.title for f in second.feed_store.feeds_for(CHANNEL)] == ["City"]
        second.poll(minutes=11)
        titles = headlines(slack)
        assert len(titles) == 3 and len(set(titles)) == 3 and titles[-1] == late.title
        assert_threads_complete(second)
    finally:
        server.shutdown()
        server.server_close()
        second.services.close()
