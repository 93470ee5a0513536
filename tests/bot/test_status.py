"""`/digest status` over signed HTTP: whether the channel is watched, its roundup schedules
with their next run on their own zone's clock, and its last five digests with links; only
for the person who asked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.digesting.service import DigestRequest
from bot.intake.feed_store import FeedStore
from tests.bot.conftest import Bot

CHANNEL = "C0NEWS"
QUIET = "C0QUIET"


def article(n: int) -> str:
    """A short article of its own (invented names), one per number."""
    return (
        f"Pier {n} reopens after repairs\n"
        f'Harbour master Ines Duarte said "pier {n} is safe for walkers again" on Monday.\n'
        f"The repairs to pier {n} took most of the winter."
    )


def command(bot: Bot, text: str, channel: str = CHANNEL) -> dict:
    delivery = bot.sender.command(text, channel=channel, response_url=bot.slack.response_url())
    assert delivery.status == 200 and delivery.elapsed < 3.0
    return delivery.json() or {}


def status(bot: Bot, channel: str = CHANNEL) -> dict:
    before = len(bot.slack.responses)
    command(bot, "status", channel=channel)
    reply = bot.slack.wait_for_response(count=before + 1)[before]
    assert reply["response_type"] == "ephemeral"
    return reply


def sections(reply: dict) -> list[str]:
    return [b["text"]["text"] for b in reply["blocks"] if b["type"] == "section"]


def test_status_shows_watching_schedules_in_their_zone_and_the_last_five_digests(
    bot: Bot,
) -> None:
    assert command(bot, "watch")["response_type"] == "in_channel"
    command(bot, "schedule weekdays 08:30 Europe/Berlin")
    command(bot, "schedule weekly fri 17:00 America/New_York quiet")
    links = []
    for n in range(1, 7):
        result = bot.services.digests.digest_and_post(
            DigestRequest(channel=CHANNEL, text=article(n))
        )
        post = bot.store.post_for(CHANNEL, result.article.id)
        ts = post.parent_ts.replace(".", "")
        links.append(f"https://standin.slack.com/archives/{CHANNEL}/p{ts}")

    feeds = FeedStore(bot.store)
    fetched = datetime(2026, 3, 4, 5, 6, tzinfo=UTC)
    naive = fetched.replace(tzinfo=None)
    ok, _ = feeds.add_feed(
        channel=CHANNEL, url="https://example.org/a.rss", title="A & B", entries=[]
    )
    feeds.record_fetch(ok.id, now=naive, next_poll_at=naive + timedelta(minutes=10))
    bad, _ = feeds.add_feed(
        channel=CHANNEL, url="https://example.org/b.xml", title=None, entries=[]
    )
    feeds.record_failure(bad.id, now=naive, error="HTTP 500", next_poll_at=naive)
    feeds.add_feed(channel=QUIET, url="https://example.org/c.xml", title="Elsewhere", entries=[])

    reply = status(bot)
    when = f"<!date^{int(fetched.timestamp())}^{{date_short_pretty}} {{time}}|2026-03-04 05:06 UTC>"
    assert sections(reply)[1] == (
        "*Feeds:*\n"
        f"• <https://example.org/a.rss|A &amp; B>: last fetched {when}\n"
        f"• <https://example.org/b.xml|https://example.org/b.xml>: last fetched {when}, "
        f"failing since {when}"
    )
    assert reply["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "digest-bot in this channel", "emoji": False},
    }
    watching, roundups, digests = sections(reply)[0], sections(reply)[-2], sections(reply)[-1]
    assert watching.startswith("*Watching:* yes.")

    # Each schedule's next run, on the clock of the zone it was scheduled in.
    expected = []
    for job in bot.services.roundups.for_channel(CHANNEL):
        local = job.next_run.astimezone(ZoneInfo(job.spec.timezone))
        expected.append(f"• {job.spec.describe()}, next {local:%a %Y-%m-%d %H:%M %Z}")
    assert roundups == "*Roundups:*\n" + "\n".join(expected)
    assert "weekdays at 08:30 Europe/Berlin, next " in roundups
    assert " 08:30 CE" in roundups  # CET or CEST: Berlin's own clock
    assert "weekly on Fri at 17:00 America/New_York (quiet), next Fri " in roundups

    lines = digests.splitlines()
    assert lines[0] == "*Latest 5 digests:*"
    newest_first = list(reversed(links))[:5]
    for line, n, link in zip(lines[1:], range(6, 1, -1), newest_first, strict=True):
        assert line.startswith(f"• <{link}|Pier {n} reopens after repairs>, <!date^")
    assert "Pier 1 reopens" not in digests


def test_status_of_a_quiet_channel_says_so(bot: Bot) -> None:
    bot.services.digests.digest_and_post(DigestRequest(channel=CHANNEL, text=article(1)))
    reply = status(bot, channel=QUIET)
    found = sections(reply)
    assert found[0].startswith("*Watching:* no. `/digest watch`")
    assert found[1] == (
        "*Feeds:* none. `/digest feed add &lt;feed link&gt;` posts a feed's new articles."
    )
    assert found[-2] == "*Roundups:* none. `/digest schedule daily 09:00` sets one."
    assert found[-1] == "*Latest digests:* none yet."
    assert reply["text"].startswith("digest-bot in this channel: not watching, 0 roundup")
    bot.settle()
    assert bot.slack.posts(QUIET) == []
