"""Threads that heal while the bot runs: a digest (or roundup) thread that Slack's errors cut
short (3 x 500 or 5 x 429 on thread replies) is finished by the thread healer, with no
restart, and no reply is ever in the thread twice.

The real app serves signed HTTP on loopback with its background started (the healer among
it, on test-sized intervals); Slack is the stand-in, told to fail thread replies. Tests wait
on the healer's own completion (`wait_healed`) and on the stand-in's recorded calls.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot import background
from bot.app import create_app
from bot.digesting.service import DigestRequest
from bot.digesting.thread_healer import ThreadHealer
from bot.services import build_services
from bot.slack.errors import DigestError
from tests.bot.conftest import (
    BRIDGE,
    NEWS,
    ORTIZ_ARTICLE,
    ORTIZ_TITLE,
    TRAM,
    ArticleSite,
    Bot,
    bot_settings,
    is_parent,
    is_reply,
    roundup_parents,
    serve,
    wait_for,
)
from tests.slack_standin import Call, SlackStandIn

HEAL_TIMEOUT = 60.0


@pytest.fixture
def healing_bot(slack: SlackStandIn, site: ArticleSite, tmp_path) -> Iterator[Bot]:
    """The app as `digest-bot run` starts it (background and all), healing every 50 ms."""
    settings = bot_settings(
        slack,
        tmp_path,
        thread_heal_seconds=0.05,
        thread_heal_max_seconds=0.4,
        digest_processes=0,
    )
    services = build_services(settings)
    app = create_app(settings, services)
    for thread in background.start(services):
        thread.join(60)
    server, sender = serve(app)
    try:
        yield Bot(slack, sender, site, services, settings, app)
    finally:
        server.shutdown()
        server.server_close()
        background.stop(services)
        services.close()


def healer(bot: Bot) -> ThreadHealer:
    assert bot.services.thread_healer is not None
    return bot.services.thread_healer


def names_quote(n: int) -> Any:
    """Matches the thread reply that carries quote `n` (its counter is in the blocks)."""
    return lambda params: is_reply(params) and f"quote {n} of" in json.dumps(params.get("blocks"))


def thread_of(slack: SlackStandIn, channel: str, parent_ts: str) -> list[str]:
    """Every reply Slack holds in the thread (its text and block texts)."""
    return [
        Call("chat.postMessage", m, None).all_text()
        for m in slack.messages(channel)
        if m.get("thread_ts") == parent_ts and m["ts"] != parent_ts
    ]


def assert_whole_thread(bot: Bot, quotes: int) -> None:
    """The one digest parent in NEWS announces `quotes` quotes, and its thread holds each
    exactly once, in order."""
    [parent] = [m for m in bot.slack.messages(NEWS) if not m.get("thread_ts")]
    replies = thread_of(bot.slack, NEWS, parent["ts"])
    markers = [f"quote {i + 1} of {quotes}" for i in range(quotes)]
    assert [[m in r for m in markers].count(True) for r in replies] == [1] * quotes
    assert [next(m for m in markers if m in r) for r in replies] == markers
    assert f"{quotes} quotes" in json.dumps(parent["blocks"])
    assert not bot.store.incomplete_posts()


def command_for(bot: Bot, url: str) -> None:
    delivery = bot.sender.command(url, response_url=bot.slack.response_url())
    assert delivery.status == 200


def test_three_server_errors_on_a_reply_are_healed_without_a_restart(healing_bot: Bot) -> None:
    bot = healing_bot
    url = bot.site.add("/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    # Every attempt the send protocol makes at the second quote's reply gets a 500.
    bot.slack.server_error("chat.postMessage", times=3, when=names_quote(2))
    command_for(bot, url)
    bot.settle()
    # The requester heard that Slack had trouble; the thread broke at quote 2.
    [told] = bot.slack.wait_for_response()
    assert told["text"].startswith(":warning:")
    failed = [c for c in bot.slack.calls_to("chat.postMessage", ok_only=False) if c.status == 500]
    assert len(failed) == 3
    assert healer(bot).wait_healed(HEAL_TIMEOUT)
    assert_whole_thread(bot, 2)


# Slow by its input: the SDK honours each Retry-After (one second) before it retries.
@pytest.mark.slow
def test_a_rate_limit_storm_on_replies_is_healed_without_a_restart(healing_bot: Bot) -> None:
    bot = healing_bot
    url = bot.site.add("/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    # The SDK retries two 429s itself (SLACK_MAX_RETRIES=2 here); the third ends the
    # request, the last two meet the healer.
    bot.slack.rate_limit("chat.postMessage", times=5, retry_after=1, when=is_reply)
    command_for(bot, url)
    bot.settle()
    limited = bot.slack.wait_for(
        "chat.postMessage", count=5, ok_only=False, where=lambda c: c.status == 429
    )
    assert len(limited) == 5
    assert healer(bot).wait_healed(HEAL_TIMEOUT)
    assert_whole_thread(bot, 2)


def test_asking_again_while_the_healer_works_posts_no_reply_twice(healing_bot: Bot) -> None:
    bot = healing_bot
    url = bot.site.add("/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.slack.server_error("chat.postMessage", times=3, when=names_quote(1))
    command_for(bot, url)
    bot.settle()
    # The user asks again at once: the request and the healer race for the same thread.
    command_for(bot, url)
    bot.settle()
    assert healer(bot).wait_healed(HEAL_TIMEOUT)
    assert_whole_thread(bot, 2)
    assert len([c for c in bot.slack.posts(NEWS) if is_parent(c.params)]) == 1


def test_a_broken_roundup_thread_is_healed_too(healing_bot: Bot) -> None:
    bot = healing_bot
    # Posted by the running bot's own service: its locks are the ones the healer takes (a
    # second service on the same SQLite file would be a second process, which SQLite's
    # one-process design rules out).
    bot.store.enable_roundups(NEWS)
    for text in (TRAM, BRIDGE):
        bot.services.digests.digest_and_post(DigestRequest(channel=NEWS, text=text))
    roundup_reply = lambda p: is_reply(p) and str(p.get("text", "")).startswith("Digest:")  # noqa: E731
    bot.slack.server_error("chat.postMessage", times=3, when=roundup_reply)
    with pytest.raises(DigestError):
        bot.services.roundup_poster(NEWS)  # the scheduled run, cut short by Slack
    assert healer(bot).wait_healed(HEAL_TIMEOUT)
    [parent] = roundup_parents(bot.slack)
    replies = thread_of(bot.slack, NEWS, parent.response["ts"])
    assert len(replies) == 2
    assert sum("Tram line reaches the harbour" in r for r in replies) == 1
    assert sum("Old bridge to close for repairs" in r for r in replies) == 1
    assert not bot.store.incomplete_roundups()


def test_the_wait_doubles_while_threads_stay_broken_up_to_the_maximum(slack, tmp_path) -> None:
    settings = bot_settings(
        slack, tmp_path, thread_heal_seconds=30, thread_heal_max_seconds=900, digest_processes=0
    )
    services = build_services(settings)
    try:
        healer = services.thread_healer
        assert healer is not None
        assert [healer.delay(n) for n in range(7)] == [30, 60, 120, 240, 480, 900, 900]
        assert healer.delay(10_000) == 900
    finally:
        services.close()


ARCHIVED = "C0ARCHIVE"


@pytest.fixture
def patient_healer_bot(slack: SlackStandIn, site: ArticleSite, tmp_path) -> Iterator[Bot]:
    """As `healing_bot`, with the long maximum wait the defaults have (relative to the base)."""
    settings = bot_settings(
        slack, tmp_path, thread_heal_seconds=0.05, thread_heal_max_seconds=60, digest_processes=0
    )
    services = build_services(settings)
    app = create_app(settings, services)
    for thread in background.start(services):
        thread.join(60)
    server, sender = serve(app)
    try:
        yield Bot(slack, sender, site, services, settings, app)
    finally:
        server.shutdown()
        server.server_close()
        background.stop(services)
        services.close()


def in_channel(channel: str) -> Any:
    return lambda params: is_reply(params) and params.get("channel") == channel


def test_a_thread_in_an_archived_channel_is_given_up_with_one_line(
    healing_bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    bot = healing_bot
    url = bot.site.add("/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    # The thread breaks (three 500s), then the channel is archived: every reply is refused.
    bot.slack.server_error("chat.postMessage", times=3, when=in_channel(ARCHIVED))
    bot.slack.fail("chat.postMessage", "is_archived", times=1000, when=in_channel(ARCHIVED))
    with caplog.at_level("WARNING", logger="bot.digesting.thread_healer"):
        delivery = bot.sender.command(url, channel=ARCHIVED, response_url=bot.slack.response_url())
        assert delivery.status == 200
        bot.settle()
        assert healer(bot).wait_healed(HEAL_TIMEOUT)
    giving_up = [r for r in caplog.records if "giving up" in r.getMessage()]
    assert len(giving_up) == 1 and ARCHIVED in giving_up[0].getMessage()
    assert not bot.store.incomplete_posts()
    archived_tries = [
        c
        for c in bot.slack.calls_to("chat.postMessage", ok_only=False)
        if in_channel(ARCHIVED)(c.params)
    ]
    assert len(archived_tries) < 10  # not retried forever


@pytest.mark.slow  # the stuck thread must fail a dozen times first
def test_one_thread_that_stays_broken_does_not_slow_another(patient_healer_bot: Bot) -> None:
    bot = patient_healer_bot
    stuck_url = bot.site.add("/stuck", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.slack.server_error("chat.postMessage", times=10_000, when=in_channel(ARCHIVED))
    bot.sender.command(stuck_url, channel=ARCHIVED, response_url=bot.slack.response_url())
    bot.settle()
    # The stuck thread has failed often enough that one shared wait would now be long
    # (0.05 s doubled 8 times: 12.8 s); each thread's own wait is its own.
    bot.slack.wait_for(
        "chat.postMessage",
        count=3 * 9,
        ok_only=False,
        where=lambda c: c.status == 500 and in_channel(ARCHIVED)(c.params),
        timeout=120,
    )
    url = bot.site.add("/strike-two", "Dockers walk out again", ORTIZ_ARTICLE)
    bot.slack.server_error("chat.postMessage", times=3, when=in_channel(NEWS))
    command_for(bot, url)
    bot.settle()
    started = time.monotonic()
    wait_for(
        lambda: [p for p in bot.store.posts_since(NEWS) if p.completed],
        timeout=HEAL_TIMEOUT,
        what="the new thread healed",
    )
    assert time.monotonic() - started < 6.0  # a shared wait would be 12.8 s or more
    bot.slack.clear_faults()
