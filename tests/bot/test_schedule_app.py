"""Issue 4 through the real app: `/digest schedule` as Slack sends it (signed HTTP), the
start-up hooks running the folder watcher and the scheduler, and a roundup that covers a
folder article, a `/digest` of pasted text and a mention with a link alike.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import background
from bot.app import create_app
from bot.services import build_services
from tests.bot.conftest import NEWS, bot_settings, serve
from tests.bot.conftest import wait_for as wait_briefly
from tests.slack_standin import SlackStandIn

CHANNEL = NEWS  # the SlackSender's default channel for commands


def wait_for(condition, timeout: float = 20.0, what: str = "") -> None:
    """`wait_for` with room for the whole app's start-up (the first digest loads spaCy)."""
    wait_briefly(condition, timeout=timeout, what=what)


class RunningBot:
    def __init__(self, slack: SlackStandIn, tmp_path: Path) -> None:
        self.slack = slack
        self.inbox = tmp_path / "inbox"
        self.settings = bot_settings(
            slack,
            tmp_path,
            watch_dir=str(self.inbox),
            digest_channel=CHANNEL,
            watch_stable_seconds=0.1,
        )
        # (channel, outcome) of each roundup the scheduler finished: its completion event.
        self.roundups_finished: queue.Queue = queue.Queue()
        self.services = build_services(
            self.settings, on_roundup_finished=lambda *run: self.roundups_finished.put(run)
        )
        self.app = create_app(self.settings, self.services)
        self.server, self.sender = serve(self.app)
        background.start(self.services)

    def command(self, text: str) -> dict:
        delivery = self.sender.command(text, channel=CHANNEL)
        assert delivery.status == 200
        assert delivery.elapsed < 3.0  # Slack's limit for the ack
        return delivery.json() or {}

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.services.close()


@pytest.fixture
def running(tmp_path: Path) -> Iterator[RunningBot]:
    with SlackStandIn() as slack:
        bot = RunningBot(slack, tmp_path)
        try:
            yield bot
        finally:
            bot.close()


def test_schedule_commands_answer_in_the_ack(running: RunningBot) -> None:
    reply = running.command("schedule weekdays 08:30 Europe/Berlin")
    assert reply["response_type"] == "in_channel"
    assert reply["text"].startswith("Roundup scheduled: weekdays at 08:30 Europe/Berlin")
    listing = running.command("schedule list")
    assert listing["response_type"] == "ephemeral"
    assert "weekdays at 08:30 Europe/Berlin" in listing["text"]
    wrong = running.command("schedule fortnightly 09:00")
    assert wrong["response_type"] == "ephemeral" and "don't know" in wrong["text"]
    assert "/digest schedule" in running.command("help")["text"]
    assert "Stopped 1" in running.command("schedule off")["text"]
    assert "No roundups" in running.command("schedule list")["text"]


def test_folder_command_and_mention_articles_meet_in_one_roundup(running: RunningBot) -> None:
    from tests.bot.conftest import ArticleSite

    site = ArticleSite()
    url = site.add(
        "/news/pier",
        "Pier repairs finish early",
        [
            'Harbour master Ines Duarte said "the pier reopens to walkers on Saturday" today.',
            "The repairs cost less than the council had budgeted for, officials said.",
        ],
    )
    running.command("schedule daily 18:00")
    (running.inbox / "ferry.txt").write_text(
        "Night ferry service returns\n"
        'Harbour master Ines Duarte said "the night ferry runs again from Friday" on Monday.\n'
        "The service was suspended in the spring after a fuel shortage.",
        encoding="utf-8",
    )
    wait_for(lambda: (running.inbox / "processed" / "ferry.txt").exists(), what="folder post")
    pasted = (
        'Harbour master Ines Duarte told reporters "the timetable will be posted online" after '
        "a meeting with ferry operators on Tuesday at the port office."
    )
    running.command(pasted)
    running.sender.mention(f"<{url}>", channel=CHANNEL)  # digested in the mention's thread
    store = running.services.store
    wait_for(lambda: len(store.posts_since(CHANNEL)) == 3, what="three digests")
    site.close()
    wait_for(lambda: all(p.completed for p in store.posts_since(CHANNEL)), what="threads done")

    [job] = running.services.roundups.for_channel(CHANNEL)
    running.services.roundups.scheduler.modify_job(job.job_id, next_run_time=datetime.now(UTC))
    channel, outcome = running.roundups_finished.get(timeout=30)  # the roundup is over
    assert channel == CHANNEL and not isinstance(outcome, BaseException), outcome
    [roundup] = [
        c for c in running.slack.posts(CHANNEL) if str(c.get("text", "")).startswith("Roundup")
    ]
    assert "3 new articles" in roundup.all_text()
    assert "Night ferry service returns" in roundup.all_text()
    assert "Pier repairs finish early" in roundup.all_text()
    if "In more than one article" in roundup.all_text():
        assert "Ines Duarte" in roundup.all_text()
    assert len(running.slack.posts(CHANNEL, thread_ts=roundup.response["ts"])) == 3
