"""Scheduled roundups end to end: the real scheduler (SQLite job store) fires the job, the
roundup is composed from what the store says was posted, and posted to the Slack stand-in.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.digesting.person_index import recurring_people
from bot.digesting.roundups import RoundupPoster
from bot.digesting.schedule import RoundupScheduler
from bot.digesting.service import DigestRequest, DigestService
from bot.slack.blocks import (
    MAX_BLOCKS,
    MAX_SECTION_CHARS,
    RoundupItem,
    compose_roundup,
    roundup_line,
)
from bot.slack.errors import DigestError
from bot.storage.store import Store
from bot.storage.tables import PostRow, RoundupRow
from digests.model import Digest, Person
from tests.bot.conftest import (
    BRIDGE,
    BUDGET,
    TRAM,
    folder_watcher,
    new_service,
    roundup_article,
    roundup_poster,
    wait_for,
)
from tests.slack_standin import Call, SlackStandIn

CHANNEL = "C0ROUND"


@dataclass
class Bot:
    slack: SlackStandIn
    store: Store
    service: DigestService
    poster: RoundupPoster
    scheduler: RoundupScheduler
    # (channel, outcome) for each roundup run the scheduler finished, in order.
    finished: queue.Queue = field(default_factory=queue.Queue)

    def digest_text(self, text: str, intake: str = "command") -> None:
        self.service.digest_and_post(DigestRequest(channel=CHANNEL, text=text, intake=intake))

    def fire(self, command: str) -> object:
        """Run the channel's scheduled job now, through APScheduler and its job store, and
        return once the roundup it started is over (its completion event: `finished`).

        Waiting for APScheduler to move `next_run_time` is not enough: it moves when the job
        is submitted, before the roundup has posted anything."""
        [job] = [j for j in self.scheduler.for_channel(CHANNEL) if command in j.spec.describe()]
        self.scheduler.scheduler.modify_job(job.job_id, next_run_time=datetime.now(UTC))
        channel, outcome = self.finished.get(timeout=30)
        assert channel == CHANNEL
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def roundups(self) -> list[Call]:
        return [
            c
            for c in self.slack.posts(CHANNEL)
            if not c.get("thread_ts") and str(c.get("text", "")).startswith("Roundup")
        ]


def posted_at(store: Store, post_id: int, when: datetime) -> None:
    """Move a post back in time (naive UTC), as if it had been digested then."""
    with store.session() as s:
        s.get_one(PostRow, post_id).created_at = when


@pytest.fixture
def bot(database_url: str) -> Iterator[Bot]:
    """Roundups on the real scheduler, its job store and the bot's tables in `database_url`
    (a SQLite file, then PostgreSQL)."""
    with SlackStandIn() as slack:
        service = new_service(slack, database_url)
        store = service.store
        poster = roundup_poster(service)
        finished: queue.Queue = queue.Queue()
        scheduler = RoundupScheduler(
            store.engine, poster, store=store, on_finished=lambda *run: finished.put(run)
        )
        scheduler.start()
        try:
            yield Bot(slack, store, service, poster, scheduler, finished)
        finally:
            scheduler.shutdown()
            store.close()


def test_roundup_lists_every_article_from_every_intake_and_threads_the_digests(
    bot: Bot, tmp_path: Path
) -> None:
    bot.digest_text("Posted two days before the schedule existed, so not part of any roundup.")
    [old] = bot.store.posts_since(CHANNEL)
    posted_at(bot.store, old.id, datetime.now(UTC).replace(tzinfo=None) - timedelta(days=2))
    assert bot.scheduler.handle_command("daily 09:00", CHANNEL).startswith("Roundup scheduled")
    inbox = tmp_path / "inbox"
    watcher = folder_watcher(inbox, bot.service, channel=CHANNEL)
    with watcher:
        (inbox / "tram.txt").write_text(TRAM, encoding="utf-8")
        (inbox / "budget.md").write_text(BUDGET, encoding="utf-8")
        wait_for(lambda: len(list((inbox / "processed").glob("*"))) == 2, what="two files")
    bot.digest_text(BRIDGE)  # as `/digest <pasted text>` would

    bot.fire("daily")
    [roundup] = bot.roundups()
    text = roundup.all_text()
    assert "3 new articles" in text
    for headline in ("Tram line reaches the harbour", "Budget talks stall over parks"):
        assert headline in text
    assert "not part of any roundup" not in text
    digests = [bot.store.article(p.article_id).digest for p in bot.store.posts_since(CHANNEL)]
    if sum(any(p.name == "Jane Ortiz" for p in d.people) for d in digests) >= 2:
        assert "In more than one article" in text and "Jane Ortiz (2)" in text
    thread = bot.slack.posts(CHANNEL, thread_ts=roundup.response["ts"])
    assert len(thread) == 3  # each article's full digest, once
    assert any("Old bridge to close for repairs" in c.all_text() for c in thread)


def test_an_empty_period_says_nothing_new_or_stays_quiet(bot: Bot) -> None:
    bot.scheduler.handle_command("daily 09:00", CHANNEL)
    bot.digest_text(TRAM)
    bot.fire("daily")
    assert len(bot.roundups()) == 1
    bot.fire("daily")  # nothing since the last roundup
    [nothing] = [c for c in bot.slack.posts(CHANNEL) if "nothing new" in str(c.get("text"))]
    assert not nothing.get("thread_ts")

    bot.scheduler.handle_command("daily 09:00 quiet", CHANNEL)  # same slot, now quiet
    before = len(bot.slack.posts(CHANNEL))
    bot.fire("quiet")
    assert len(bot.slack.posts(CHANNEL)) == before


def test_a_roundup_cut_short_resumes_without_reposting(bot: Bot) -> None:
    bot.scheduler.handle_command("weekly mon 09:00", CHANNEL)
    for text in (TRAM, BUDGET, BRIDGE):
        bot.digest_text(text)
    replies_seen: list[str] = []

    def second_roundup_reply(params: dict) -> bool:
        roundups = bot.roundups()
        if not roundups or params.get("thread_ts") != roundups[0].response["ts"]:
            return False
        replies_seen.append(str(params.get("text")))
        return len(replies_seen) == 2

    bot.slack.fail("chat.postMessage", "internal_error", times=1, when=second_roundup_reply)
    with pytest.raises(DigestError):
        bot.poster(CHANNEL)
    [roundup] = bot.roundups()
    assert len(bot.slack.posts(CHANNEL, thread_ts=roundup.response["ts"])) == 1

    # A restarted bot finishes it: no second parent, each digest in the thread once.
    resumed = roundup_poster(bot.service)
    assert resumed.resume_incomplete() == 1
    [roundup] = bot.roundups()
    thread = bot.slack.posts(CHANNEL, thread_ts=roundup.response["ts"])
    assert len(thread) == 3
    headlines = ["Tram line", "Budget talks", "Old bridge"]
    assert [sum(h in c.all_text() for c in thread) for h in headlines] == [1, 1, 1]


@pytest.mark.parametrize(
    ("schedule", "covered"),
    [
        ("daily 09:00", ["Tram line"]),
        ("weekdays 07:00", ["Tram line"]),
        ("weekly mon 09:00", ["Tram line", "Budget talks"]),
    ],
)
def test_the_first_roundup_covers_one_period_back(
    bot: Bot, schedule: str, covered: list[str]
) -> None:
    # Digested before the schedule existed: 3 hours, 3 days and 9 days before.
    now = datetime.now(UTC).replace(tzinfo=None)
    for text, age in (
        (TRAM, timedelta(hours=3)),
        (BUDGET, timedelta(days=3)),
        (BRIDGE, timedelta(days=9)),
    ):
        bot.digest_text(text)
        newest = bot.store.posts_since(CHANNEL)[-1]
        posted_at(bot.store, newest.id, now - age)
    bot.scheduler.handle_command(schedule, CHANNEL)
    bot.fire(schedule.split()[0])
    [roundup] = bot.roundups()
    text = roundup.all_text()
    count = len(covered)
    assert f"Roundup: {count} new article{'s' if count > 1 else ''}" in text
    for headline in ("Tram line", "Budget talks", "Old bridge"):
        assert (headline in text) == (headline in covered), headline
    # The period it covers, said in the roundup: from one period before the schedule.
    period = timedelta(days=7 if schedule.startswith("weekly") else 1)
    with bot.store.session() as s:
        [start] = s.scalars(select(RoundupRow.period_start)).all()
    assert abs(start - (now - period)) < timedelta(minutes=5)
    assert f"since {start:%Y-%m-%d %H:%M} UTC" in text


SURNAME_ONLY = roundup_article(
    "Tram fares to rise in spring",
    '"Fares have not moved in six years," Ortiz told the council on Wednesday.',
)
OTHER_ORTIZ = roundup_article(
    "Harbour pilots threaten a strike",
    'Harbour pilot Carlos Ortiz said "the pilots will stop work next week" on Thursday.',
)


def test_who_recurs_is_the_person_index_answer(bot: Bot) -> None:
    # "Ortiz" alone is Jane Ortiz while she is the only Ortiz the roundup has ...
    bot.scheduler.handle_command("daily 09:00", CHANNEL)
    for text in (TRAM, SURNAME_ONLY, BRIDGE):
        bot.digest_text(text)
    digests = [bot.store.article(p.article_id).digest for p in bot.store.posts_since(CHANNEL)]
    assert [p.name for p in digests[1].people if "Ortiz" in p.name] == ["Ortiz"]
    bot.fire("daily")
    [first] = bot.roundups()
    assert "*In more than one article:* Jane Ortiz (2)" in first.all_text()

    # ... and no one once a second Ortiz makes it ambiguous.
    for text in (BUDGET, SURNAME_ONLY.replace("six", "seven"), OTHER_ORTIZ):
        bot.digest_text(text)
    bot.fire("daily")
    second = bot.roundups()[1].all_text()
    assert "Carlos Ortiz" in second and "In more than one article" not in second


def test_off_stops_the_roundups_and_collecting(bot: Bot) -> None:
    bot.scheduler.handle_command("daily 09:00", CHANNEL)
    assert "Stopped 1 scheduled roundup" in bot.scheduler.handle_command("off", CHANNEL)
    assert bot.scheduler.for_channel(CHANNEL) == []


def _digest(title: str, *names: str) -> Digest:
    return Digest(title=title, people=[Person(name=n, role="mayor", key=True) for n in names])


def test_compose_roundup_keeps_to_block_kit_limits_with_200_articles() -> None:
    items = [
        RoundupItem(_digest(f"Headline number {i} " + "x" * 100, "Jane Ortiz")) for i in range(200)
    ]
    message = compose_roundup(items, recurring=recurring_people([i.digest for i in items]))
    message = message.as_kwargs()
    assert len(message["blocks"]) <= MAX_BLOCKS
    for block in message["blocks"]:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_CHARS
    text = " ".join(b["text"]["text"] for b in message["blocks"] if b["type"] == "section")
    assert "Jane Ortiz (200)" in text
    assert "more in the thread" in text or text.count("Headline number") == 200


def test_compose_roundup_escapes_article_text() -> None:
    items = [RoundupItem(_digest("<!channel> alert & <@U123>", "Eve <!here>"))]
    message = compose_roundup(items, recurring=recurring_people([i.digest for i in items]))
    message = message.as_kwargs()
    rendered = str(message)
    assert "<!channel>" not in rendered and "<@U123>" not in rendered and "<!here>" not in rendered
    assert "&lt;!channel&gt;" in rendered


def test_recurring_people_are_counted_once_per_article() -> None:
    digests = [
        _digest("a", "Jane Ortiz", "Toma Reyes"),
        _digest("b", "jane  ortiz"),
        _digest("c", "Jane Ortiz", "Jane Ortiz"),
        _digest("d", "Sam Okafor"),
    ]
    assert recurring_people(digests) == [("Jane Ortiz", 3)]


def test_a_long_headline_is_clipped_before_it_is_escaped() -> None:
    # Clipping after escaping could cut `&amp;` in half and leave a bare `&` in the mrkdwn.
    headline = "Dock & harbour " * 20
    line = roundup_line(RoundupItem(_digest(headline.strip())))
    assert "&amp;" in line and "&am…" not in line and "&a…" not in line
    assert all(part.startswith(("amp;", "lt;", "gt;")) for part in line.split("&")[1:])
