"""Never twice, never lost, for feed entries: the bot killed with SIGKILL while it posts an
entry's digest, then started again; and two bots polling one database at the same moment.

The kill is real: the bot runs in its own process (`build_services` + `background.start`,
as `digest-bot run` does) and the stand-in holds Slack's answer to the entry's parent while
the test kills it, so Slack has the message and the store has no ts.
"""

from __future__ import annotations

import json
import textwrap
import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest

from bot.intake.feed_store import NewEntry
from bot.intake.feeds import CLAIM_LEASE
from tests.bot.conftest import bot_settings, is_parent, kill_when_held, spawn
from tests.bot.test_feeds import (
    CHANNEL,
    Clock,
    add,
    assert_threads_complete,
    digest_parents,
    headlines,
    start_feed_bot,
)
from tests.feed_server import FeedServer

BOT_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from datetime import timedelta
    from bot import background
    from bot.services import build_services
    from bot.settings import Settings
    from bot.storage.tables import utcnow

    db_url, api_url, token, ahead_minutes = sys.argv[1:5]
    settings = Settings(
        _env_file=None, slack_bot_token=token, slack_signing_secret="unused",
        slack_api_url=api_url, database_url=db_url, allow_private_urls=True,
        slack_max_retries=1, digest_processes=0,
    )
    ahead = timedelta(minutes=float(ahead_minutes))
    services = build_services(settings, feed_clock=lambda: utcnow() + ahead)
    background.start(services)
    print("ready", flush=True)
    while True:
        time.sleep(1)
    """
)


@pytest.fixture
def feed_site() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


def test_sigkill_while_posting_a_feed_entry_then_restart_posts_every_entry_once(
    slack, feed_site, tmp_path
) -> None:
    site = feed_site
    settings = bot_settings(slack, tmp_path)
    first, server = start_feed_bot(slack, settings, site, Clock())
    try:
        add(first, site.add_feed("/city.rss", "City", entries=2))
    finally:
        server.shutdown()
        server.server_close()
        first.services.close()
    grown = [site.publish("/city.rss") for _ in range(3)]
    first_new = grown[0]

    def held_parent(params: dict) -> bool:
        return is_parent(params) and first_new.title in json.dumps(params)

    # The bot, in its own process, polls (its clock 11 minutes on: the feed is due) and is
    # killed while Slack holds its answer to the first new entry's digest.
    held = kill_when_held(
        slack,
        held_parent,
        lambda: spawn(BOT_SCRIPT, settings.database_url, slack.api_url, slack.bot_token, "11"),
    )
    assert not held.delivered

    # Started again once the dead process's claim has outlived its lease.
    clock = Clock()
    clock.advance(minutes=11, seconds=CLAIM_LEASE.total_seconds() + 60)
    second, server = start_feed_bot(slack, settings, site, clock)
    try:
        second.poll()
        titles = headlines(slack)
        assert sorted(titles) == sorted({*titles})  # none twice
        assert set(titles) >= {e.title for e in grown}  # none lost
        assert len(titles) == 4  # the newest at subscription, then the three new ones
        assert len([c for c in digest_parents(slack) if first_new.title in c.all_text()]) == 1
        assert_threads_complete(second)
        [feed] = second.feed_store.feeds_for(CHANNEL)
        states = [e.state for e in second.feed_store.entries_of(feed.id)]
        assert sorted(states) == ["posted"] * 4 + ["seen"]
    finally:
        server.shutdown()
        server.server_close()
        second.services.close()


def test_two_bots_polling_one_database_at_once_post_each_entry_once(
    slack, feed_site, tmp_path, database_url
) -> None:
    site = feed_site
    settings = bot_settings(slack, tmp_path, database_url=database_url)
    clock = Clock()
    one, server_one = start_feed_bot(slack, settings, site, clock)
    two, server_two = start_feed_bot(slack, settings, site, clock)
    try:
        add(one, site.add_feed("/city.rss", "City", entries=1))
        grown = [site.publish("/city.rss") for _ in range(4)]
        clock.advance(minutes=11)
        start = threading.Barrier(2)
        done = []

        def poll(bot) -> None:
            start.wait()
            done.append(bot.services.feeds.poll_now().wait(120))

        threads = [threading.Thread(target=poll, args=(b,)) for b in (one, two)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(150)
        assert done == [True, True]
        titles = headlines(slack)
        assert len(titles) == 5 and len(set(titles)) == 5
        assert set(titles) >= {e.title for e in grown}
        assert_threads_complete(one)
    finally:
        for server in (server_one, server_two):
            server.shutdown()
            server.server_close()
        one.services.close()
        two.services.close()


def test_a_claim_younger_than_the_lease_is_left_to_its_process(slack, feed_site, tmp_path) -> None:
    site = feed_site
    # A replica busy with an entry is not overtaken by another's poll.
    settings = bot_settings(slack, tmp_path)
    clock = Clock()
    bot, server = start_feed_bot(slack, settings, site, clock)
    try:
        add(bot, site.add_feed("/city.rss", "City", entries=1))
        site.publish("/city.rss")
        [feed] = bot.feed_store.feeds_for(CHANNEL)
        bot.feed_store.record_fetch(
            feed.id,
            now=clock.now,
            next_poll_at=clock.now + timedelta(hours=1),
            entries=[],
        )
        entry = site.feeds["/city.rss"].entries[0]
        [new] = bot.feed_store.record_fetch(
            feed.id,
            now=clock.now,
            next_poll_at=clock.now + timedelta(hours=1),
            entries=[NewEntry(entry.guid, site.url(entry.path), entry.title)],
        ).new
        assert bot.feed_store.claim_entry(new, now=clock.now) is not None  # "another replica"
        posts = len(slack.posts())
        bot.poll(minutes=5)
        assert len(slack.posts()) == posts
        bot.poll(seconds=CLAIM_LEASE.total_seconds())
        assert headlines(slack)[-1] == entry.title
    finally:
        server.shutdown()
        server.server_close()
        bot.services.close()
