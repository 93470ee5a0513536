"""At-least-once across replicas (issue 19.3): work a replica acknowledged and then died on is
finished by the other, and still posted once.

Two real `digest-bot run` replicas on one PostgreSQL database, a burst of 24 watched-channel
messages, each delivered to one replica only (Slack got its 200, so it never resends), and
article pages that answer slowly: most are held until the test lets them go. One replica is
killed with SIGKILL while it has acknowledged messages it has not digested; the survivor
finds their claims (their owner's presence lock is free), takes them over and digests them.
In the end each of the 24 articles has exactly one digest, its thread complete.

Also here, on SQLite (one process): a message acknowledged by a bot killed before digesting
it is digested by the bot's next start.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.storage.store import Store
from tests.bot.bot_process import SIGNING_SECRET, after, bot_env
from tests.bot.bot_process import BotProcess as ProcessBot
from tests.bot.conftest import NEWS, wait_for
from tests.bot.test_replicas import BotProcess, digest_parents, start_bot
from tests.feed_server import page, story
from tests.hostile_site import HostileSite
from tests.slack_standin import SlackSender, SlackStandIn

ARTICLES = 24
HELD = 16  # pages that answer only once the test releases them


@pytest.fixture
def bots() -> Iterator[list[BotProcess]]:
    started: list[BotProcess] = []
    yield started
    for bot in started:
        if bot.process.poll() is None:
            bot.process.kill()
            bot.process.wait(10)


@pytest.fixture
def slow_site() -> Iterator[tuple[HostileSite, threading.Event, list[tuple[str, str]]]]:
    """24 article pages, the last HELD of them held behind one Event: (site, release,
    [(title, url)])."""
    site = HostileSite()
    release = threading.Event()
    articles = []
    for n in range(ARTICLES):
        title, paragraphs = story(100 + n)
        held = release if n >= ARTICLES - HELD else None
        articles.append((title, site.serve(f"/story/{n}", page(title, paragraphs), hold=held)))
    yield site, release, articles
    release.set()
    site.close()


def held_requests(site: HostileSite) -> int:
    return sum(site.hits.get(f"/story/{n}", 0) for n in range(ARTICLES - HELD, ARTICLES))


def test_messages_a_killed_replica_acknowledged_are_digested_once_by_the_other(
    slack: SlackStandIn,
    postgres_database_url: str,
    tmp_path: Path,
    bots: list[BotProcess],
    slow_site: tuple[HostileSite, threading.Event, list[tuple[str, str]]],
) -> None:
    site, release, articles = slow_site
    inbox = tmp_path / "inbox"
    first = start_bot(slack, postgres_database_url, inbox, tmp_path / "a")
    bots.append(first)
    first.wait_line("leads")
    second = start_bot(slack, postgres_database_url, inbox, tmp_path / "b")
    bots.append(second)
    second.wait_line("joined the database")
    assert first.sender.command("watch", channel=NEWS).status == 200

    # The burst: each message to one replica, alternately; every delivery gets its 200.
    for n, (_title, url) in enumerate(articles):
        bot = (first, second)[n % 2]
        ts = bot.sender.next_ts()
        event = {
            "type": "message",
            "channel": NEWS,
            "text": f"Worth a read <{url}>",
            "user": "U0EDITOR",
            "ts": ts,
            "event_ts": ts,
            "channel_type": "channel",
        }
        assert bot.sender.event(event, event_id=f"EvTake{n:03d}{ts[-6:]}").status == 200

    # Both replicas are stuck on held pages: the first dies with messages it acknowledged.
    wait_for(lambda: held_requests(site) >= 4, timeout=120, what="both replicas fetching")
    first.process.send_signal(signal.SIGKILL)
    assert first.process.wait(10) == -signal.SIGKILL
    release.set()

    store = Store(postgres_database_url)
    try:

        def all_posted() -> bool:
            posts = store.posts_since(NEWS)
            return len(posts) == ARTICLES and all(p.completed for p in posts)

        try:
            wait_for(all_posted, timeout=240, what="every article digested and threaded")
        except AssertionError as e:
            raise AssertionError(
                f"{e}; {len(store.posts_since(NEWS))} posts; survivor's log:\n"
                + "".join(second.lines[-60:])
            ) from None
        for title, _url in articles:
            assert len(digest_parents(slack, title)) == 1, title  # exactly once
    finally:
        store.close()
    second.process.send_signal(signal.SIGTERM)
    assert second.process.wait(30) == 0


def test_a_message_acknowledged_before_a_kill_is_digested_after_the_restart(
    slack: SlackStandIn, tmp_path: Path, slow_site
) -> None:
    site, release, articles = slow_site
    title, url = articles[-1]  # a held page: the bot is stuck on it when it is killed
    env = bot_env(slack, tmp_path, SLACK_MAX_RETRIES="3", DIGEST_WORKERS="2")
    first = ProcessBot(env, tmp_path)
    try:
        sender = SlackSender(listening(first), SIGNING_SECRET)
        assert sender.command("watch", channel=NEWS).status == 200
        _event, delivery = sender.channel_message(f"Worth a read <{url}>", channel=NEWS)
        assert delivery.status == 200  # Slack got its 200: it will never resend this one
        wait_for(lambda: held_requests(site) >= 1, timeout=60, what="the bot fetching")
        first.proc.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        first.close()
    release.set()
    second = ProcessBot(env, tmp_path)
    try:
        listening(second)
        wait_for(lambda: digest_parents(slack, title), timeout=120, what="the digest")
        store = Store(env["DATABASE_URL"])
        try:
            wait_for(lambda: all(p.completed for p in store.posts_since(NEWS)), what="thread")
        finally:
            store.close()
        assert len(digest_parents(slack, title)) == 1
    finally:
        second.close()


def listening(bot: ProcessBot) -> str:
    """The events URL the bot printed once it serves."""
    return after(bot.wait_line("listening for Slack on", timeout=120), "listening for Slack on ")
