"""Private channels over signed HTTP: watching (message.groups), roundups, and a membership
check that tells "not a member" from "not allowed to ask" (missing_scope)."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot import background
from bot.app import create_app
from bot.services import build_services
from tests.bot.conftest import ORTIZ_ARTICLE, ORTIZ_TITLE, bot_settings, serve

PRIVATE = "C0PRIVATE"
QUOTE = "We will not back down"
# Every scope the manifest declares except groups:read.
WITHOUT_GROUPS_READ = {
    "app_mentions:read", "channels:history", "groups:history", "im:history", "channels:read",
    "chat:write", "chat:write.public", "commands", "links:read", "links:write",
    "reactions:write", "users:read",
}  # fmt: skip


def watch(bot, channel: str = PRIVATE) -> dict:
    delivery = bot.sender.command("watch", channel=channel, response_url=bot.slack.response_url())
    assert delivery.status == 200
    return delivery.json()


def test_a_watched_private_channel_gets_digests_in_the_thread(bot):
    bot.slack.private.add(PRIVATE)
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    ack = watch(bot)
    assert "asked me to watch" in ack["text"]
    message, delivery = bot.sender.private_message(f"for the desk <{url}>")
    assert delivery.status == 200
    bot.slack.wait_for("chat.postMessage", where=lambda c: QUOTE in (c.get("text") or ""))
    bot.settle()
    posts = bot.slack.posts(PRIVATE)
    assert posts and all(p.get("thread_ts") == message["ts"] for p in posts)
    assert posts[0].blocks[0]["text"]["text"] == ORTIZ_TITLE
    assert bot.slack.responses == []  # the membership check found the bot in the channel


def test_watch_in_a_private_channel_the_bot_is_not_in_says_to_invite_it(bot):
    bot.slack.private.add(PRIVATE)
    bot.slack.not_member_of.add(PRIVATE)  # Slack: channel_not_found
    watch(bot)
    [reply] = bot.slack.wait_for_response()
    assert reply["response_type"] == "ephemeral"
    assert "I'm not in this conversation" in reply["text"]
    assert "/invite @digest-bot" in reply["text"]


def test_a_refused_membership_check_is_not_taken_for_yes(bot):
    bot.slack.private.add(PRIVATE)
    bot.slack.scopes = WITHOUT_GROUPS_READ
    watch(bot)
    [reply] = bot.slack.wait_for_response()
    [check] = bot.slack.calls_to("conversations.info", ok_only=False)
    assert check.response["error"] == "missing_scope"
    assert "`groups:read`" in reply["text"]
    assert "permission" in reply["text"] and "reinstall" in reply["text"]
    assert "invite" not in reply["text"].lower()  # not the "not a member" answer


def test_watch_in_a_public_channel_the_bot_is_not_in_still_says_so(bot):
    bot.slack.not_member_of.add("C0OPEN")
    watch(bot, "C0OPEN")
    [reply] = bot.slack.wait_for_response()
    assert "not a member of this channel" in reply["text"]


def test_an_unreadable_page_in_a_watched_private_channel_only_gets_a_reaction(bot):
    bot.slack.private.add(PRIVATE)
    watch(bot)
    message, _ = bot.sender.private_message(f"<{bot.site.url('/news/gone')}>")
    [reaction] = bot.slack.wait_for("reactions.add")
    bot.settle()
    assert (reaction["channel"], reaction["timestamp"]) == (PRIVATE, message["ts"])
    assert bot.slack.posts() == []


def test_slash_digest_in_a_private_channel_posts_there_or_says_to_invite(bot):
    url = bot.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    bot.slack.private.update({PRIVATE, "C0LOCKED"})
    bot.slack.not_member_of.add("C0LOCKED")
    for channel in (PRIVATE, "C0LOCKED"):
        delivery = bot.sender.command(url, channel=channel, response_url=bot.slack.response_url())
        assert delivery.status == 200
        bot.settle()
    [parent] = [p for p in bot.slack.posts(PRIVATE) if not p.get("thread_ts")]
    assert parent.blocks[0]["text"]["text"] == ORTIZ_TITLE
    [reply] = bot.slack.responses
    assert reply["response_type"] == "ephemeral" and "/invite @digest-bot" in reply["text"]
    assert bot.slack.posts("C0LOCKED") == []


class RunningBot:
    """The app with its background running (scheduler included), and each finished roundup."""

    def __init__(self, slack, site, tmp_path) -> None:
        self.slack, self.site = slack, site
        self.finished: queue.Queue = queue.Queue()
        self.settings = bot_settings(slack, tmp_path)
        self.services = build_services(
            self.settings, on_roundup_finished=lambda *run: self.finished.put(run)
        )
        self.server, self.sender = serve(create_app(self.settings, self.services))
        background.start(self.services)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.services.close()


@pytest.fixture
def running(slack, site, tmp_path) -> Iterator[RunningBot]:
    bot = RunningBot(slack, site, tmp_path)
    try:
        yield bot
    finally:
        bot.close()


def test_a_private_channel_gets_its_scheduled_roundup(running):
    running.slack.private.add(PRIVATE)
    url = running.site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    for text in ("watch", "schedule daily 18:00 UTC"):
        delivery = running.sender.command(
            text, channel=PRIVATE, response_url=running.slack.response_url()
        )
        assert delivery.status == 200
    running.sender.private_message(f"<{url}>")
    running.slack.wait_for("chat.postMessage", where=lambda c: QUOTE in (c.get("text") or ""))
    assert running.services.listener_executor.wait_idle(30)

    [job] = running.services.roundups.for_channel(PRIVATE)
    running.services.roundups.scheduler.modify_job(job.job_id, next_run_time=datetime.now(UTC))
    channel, outcome = running.finished.get(timeout=30)
    assert channel == PRIVATE and not isinstance(outcome, BaseException), outcome
    [roundup] = [
        c for c in running.slack.posts(PRIVATE) if str(c.get("text", "")).startswith("Roundup")
    ]
    assert ORTIZ_TITLE in roundup.all_text()
