"""`/digest schedule` without a zone, over signed HTTP: the roundup runs in the requester's
Slack time zone (`users.info` -> `tz`) and the confirmation names it; when Slack won't say,
SCHEDULE_TIMEZONE, with a note. A named zone asks Slack nothing and answers in the ack."""

from __future__ import annotations

from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest

from bot.app import create_app
from bot.services import build_services
from tests.bot.conftest import Bot, bot_settings, serve
from tests.slack_standin import SlackStandIn

CHANNEL = "C0NEWS"
ALICE = "U0ALICE"


@pytest.fixture
def tokyo_bot(slack: SlackStandIn, site, tmp_path) -> Iterator[Bot]:
    """The app with SCHEDULE_TIMEZONE=Asia/Tokyo, the zone of last resort."""
    settings = bot_settings(slack, tmp_path, schedule_timezone="Asia/Tokyo")
    services = build_services(settings)
    app = create_app(settings, services)
    server, sender = serve(app)
    yield Bot(slack, sender, site, services, settings, app)
    server.shutdown()
    server.server_close()
    services.close()


def schedule(bot: Bot, args: str) -> tuple[dict, dict]:
    """`/digest schedule <args>` from Alice: (the ack's body, the reply via response_url)."""
    before = len(bot.slack.responses)
    delivery = bot.sender.command(
        f"schedule {args}", channel=CHANNEL, user=ALICE, response_url=bot.slack.response_url()
    )
    assert delivery.status == 200 and delivery.elapsed < 3.0
    reply = bot.slack.wait_for_response(count=before + 1)[before]
    return delivery.json() or {}, reply


def next_run_text(bot: Bot) -> str:
    [job] = bot.services.roundups.for_channel(CHANNEL)
    local = job.next_run.astimezone(ZoneInfo(job.spec.timezone))
    return f"(next: {local:%a %Y-%m-%d %H:%M %Z})"


def test_a_schedule_without_a_zone_runs_in_the_requesters_slack_zone(bot: Bot) -> None:
    bot.slack.user_tz[ALICE] = "America/Chicago"
    ack, reply = schedule(bot, "daily 09:00")
    assert ack == {}  # the answer waits for users.info, after the ack
    [lookup] = bot.slack.calls_to("users.info")
    assert lookup["user"] == ALICE
    [job] = bot.services.roundups.for_channel(CHANNEL)
    assert job.spec.timezone == "America/Chicago" and (job.spec.hour, job.spec.minute) == (9, 0)
    assert job.next_run.astimezone(ZoneInfo("America/Chicago")).hour == 9
    assert reply["response_type"] == "in_channel"
    assert reply["text"] == (
        f"Roundup scheduled: daily at 09:00 America/Chicago {next_run_text(bot)}.\n"
        "America/Chicago is your Slack time zone."
    )


def test_a_named_zone_wins_and_asks_slack_nothing(bot: Bot) -> None:
    bot.slack.user_tz[ALICE] = "America/Chicago"
    delivery = bot.sender.command("schedule weekly mon 07:15 Europe/Berlin", channel=CHANNEL)
    body = delivery.json()
    assert body["text"].startswith("Roundup scheduled: weekly on Mon at 07:15 Europe/Berlin")
    bot.settle()
    assert bot.slack.calls_to("users.info", ok_only=False) == []


def test_when_slack_wont_say_the_zone_the_default_is_used_and_the_reply_says_so(
    tokyo_bot: Bot,
) -> None:
    bot = tokyo_bot
    bot.slack.fail(
        "users.info", "missing_scope", extra={"needed": "users:read", "provided": "commands"}
    )
    _, reply = schedule(bot, "weekdays 08:30 quiet")
    [job] = bot.services.roundups.for_channel(CHANNEL)
    assert job.spec.timezone == "Asia/Tokyo"
    assert reply["text"] == (
        f"Roundup scheduled: weekdays at 08:30 Asia/Tokyo (quiet) {next_run_text(bot)}.\n"
        "I couldn't read your Slack time zone, so it runs in Asia/Tokyo. Name a zone to "
        "change it: `/digest schedule weekdays 08:30 quiet Europe/Berlin`."
    )


def test_a_zone_slack_gives_that_we_dont_know_falls_back_too(tokyo_bot: Bot) -> None:
    tokyo_bot.slack.user_tz[ALICE] = "Mars/Olympus_Mons"
    _, reply = schedule(tokyo_bot, "daily 18:00")
    assert "so it runs in Asia/Tokyo" in reply["text"]
    [job] = tokyo_bot.services.roundups.for_channel(CHANNEL)
    assert job.spec.timezone == "Asia/Tokyo"
