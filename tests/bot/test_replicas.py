"""Replicas on one PostgreSQL database (issue 10.3): two real `digest-bot run` processes in
HTTP mode, one Slack stand-in, one shared watched folder.

The whole-system test plays a busy morning: a burst of watched-channel messages, each
delivered to both replicas (as Slack's retries and several connections do), articles
dropped into the shared folder, and a scheduled roundup. The replica that leads is killed
with SIGKILL midway, while Slack holds the answer to a digest it has accepted from it; the
other takes over the scheduler, finds that digest in Slack instead of posting it again,
Slack resends the events the dead one may have swallowed, and in the end every article has
exactly one digest with each quote once in its thread, and the roundup is posted once.

The smaller tests pin the parts: leadership moves when the leader's session ends, a Slack
delivery is taken over only from a replica that is gone, and a per-key lock holds across
processes and is freed by a kill.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from bot.digesting.job_store import JOB_TABLE
from bot.digesting.schedule import JOB_PREFIX
from bot.ops.leader import Replica
from bot.ops.shared_locks import SharedLocks
from bot.storage.store import Store
from bot.storage.tables import RoundupRow
from tests.bot.bot_process import bot_env
from tests.bot.conftest import FOLDER, NEWS, SIGNING_SECRET, ArticleSite, wait_for
from tests.slack_standin import Call, SlackSender, SlackStandIn

ROOT = Path(__file__).resolve().parents[2]

# Articles written for this test; each has quotes a decent extractor attributes.
EVENT_ARTICLES = {
    "/city/ferry-fares": (
        "Ferry fares frozen for a year",
        [
            "Transport chief Mirela Vanc announced on Monday that ferry fares will not rise.",
            '"Nobody should pay more to cross the bay," Vanc said.',
        ],
    ),
    "/city/library-hours": (
        "Library opens on Sundays",
        [
            "Librarian Tomas Whitcombe said the central library will open every Sunday.",
            '"Sunday is when families have time to read," Whitcombe said.',
        ],
    ),
    "/city/market-square": (
        "Market square gets new trees",
        [
            "Gardener Ayla Brenning planted twelve oaks in the market square on Friday.",
            '"In ten years this will be the shadiest square in town," Brenning said.',
        ],
    ),
    "/city/night-buses": (
        "Night buses return to the east side",
        [
            "Councillor Pavel Ostrem said on Thursday that night buses will run again.",
            '"Shift workers asked for this for two years," Ostrem said.',
        ],
    ),
}
FOLDER_ARTICLES = {
    "bakery.txt": (
        "Old bakery becomes a school",
        'Architect Rina Solberg said "the ovens stay as a museum" at the opening on Tuesday.',
    ),
    "pool.txt": (
        "Outdoor pool reopens after repairs",
        'Lifeguard Emil Strand said "the water is warmer than ever" on the first morning.',
    ),
    "tower.txt": (
        "Clock tower keeps time again",
        'Clockmaker Inga Lund said "it had not chimed since the winter storm" on Wednesday.',
    ),
}


@dataclass
class BotProcess:
    """`digest-bot run` in its own process, its log lines read as they come."""

    process: subprocess.Popen
    lines: list[str] = field(default_factory=list)
    url: str = ""
    sender: SlackSender | None = None
    _seen: threading.Condition = field(default_factory=threading.Condition)

    def read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._seen:
                self.lines.append(line)
                self._seen.notify_all()

    def wait_line(self, text: str, timeout: float = 60.0) -> str:
        """Block until the bot logged a line containing `text`; returns it."""

        def found() -> str | None:
            return next((line for line in self.lines if text in line), None)

        with self._seen:
            if not self._seen.wait_for(lambda: found() is not None, timeout):
                raise AssertionError(f"no {text!r} in the log:\n{''.join(self.lines[-40:])}")
            return found() or ""


def start_bot(slack: SlackStandIn, db_url: str, inbox: Path, workdir: Path) -> BotProcess:
    """A replica: HTTP mode on a free port, the shared database and folder."""
    env = bot_env(
        slack,
        workdir,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_MAX_RETRIES="3",
        DATABASE_URL=db_url,
        WATCH_DIR=str(inbox),
        DIGEST_CHANNEL=FOLDER,
        WATCH_STABLE_SECONDS="0.1",
        DIGEST_WORKERS="2",
        DIGEST_PROCESSES="0",  # digests in the replica's own process: SIGKILL takes it all
        LEADER_RETRY_SECONDS="0.2",
        LOG_LEVEL="INFO",
    )
    workdir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=workdir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    bot = BotProcess(process)
    threading.Thread(target=bot.read, daemon=True).start()
    line = bot.wait_line("listening for Slack on")
    bot.url = line.split("listening for Slack on ")[1].split()[0]
    bot.sender = SlackSender(bot.url, SIGNING_SECRET)
    return bot


def digest_parents(slack: SlackStandIn, title: str) -> list[Call]:
    """Digest messages headed `title` (not the copies in a roundup's thread)."""
    roundup_threads = {c.response["ts"] for c in roundups(slack)}
    return [
        c
        for c in slack.posts()
        if (c.blocks or [{}])[0].get("type") == "header"
        and (c.blocks[0].get("text") or {}).get("text") == title
        and c.get("thread_ts") not in roundup_threads
    ]


def roundups(slack: SlackStandIn) -> list[Call]:
    return [c for c in slack.posts(NEWS) if str(c.get("text", "")).startswith("Roundup")]


def quote_replies(slack: SlackStandIn, parent: Call) -> list[str]:
    """The quote replies of a digest: in its own thread, or the thread it was posted in."""
    thread = parent.get("thread_ts") or parent.response["ts"]
    return [
        c.all_text()
        for c in slack.posts(parent["channel"], thread_ts=thread)
        if c.response["ts"] != parent.response["ts"] and "quote " in c.all_text()
    ]


def make_roundups_due(db_url: str) -> None:
    """What the clock does at the scheduled minute: every roundup job is due now. Written
    straight into the job store (a scheduler of the test's own could run the job itself);
    the leader's next beat wakes its scheduler, which finds the job due."""
    engine = create_engine(db_url)
    jobs = SQLAlchemyJobStore(engine=engine, tablename=JOB_TABLE)
    jobs.start(BackgroundScheduler(timezone=UTC), "default")  # never started: lends its zone
    try:
        for job in jobs.get_all_jobs():
            if job.id.startswith(JOB_PREFIX):
                job._modify(next_run_time=datetime.now(UTC))
                jobs.update_job(job)
    finally:
        engine.dispose()


@pytest.fixture
def db_url(postgres_database_url: str) -> str:
    return postgres_database_url


@pytest.fixture
def bots() -> Iterator[list[BotProcess]]:
    started: list[BotProcess] = []
    yield started
    for bot in started:
        if bot.process.poll() is None:
            bot.process.kill()
            bot.process.wait(10)


def test_two_replicas_post_every_article_and_roundup_once_when_one_is_killed(
    slack: SlackStandIn, db_url: str, tmp_path: Path, bots: list[BotProcess]
) -> None:
    site = ArticleSite()
    inbox = tmp_path / "inbox"
    urls = {path: site.add(path, title, body) for path, (title, body) in EVENT_ARTICLES.items()}
    first = start_bot(slack, db_url, inbox, tmp_path / "a")
    bots.append(first)
    first.wait_line("leads")  # the first replica up runs the scheduler
    watch = first.sender.command("watch", channel=NEWS)
    assert watch.status == 200

    # The first replica takes a file; Slack takes its digest but the answer is held, so the
    # replica will be killed with that message on its way (posted, its ts never stored).
    def folder_parent(params: dict) -> bool:
        return params.get("channel") == FOLDER and not params.get("thread_ts")

    slack.lose_response(how="hold", when=folder_parent)
    for name, (headline, body) in FOLDER_ARTICLES.items():
        (inbox / name).write_text(f"{headline}\n{body}\nMore follows next week.\n", "utf-8")
    [held] = slack.wait_for(
        "chat.postMessage", where=lambda c: folder_parent(c.params) and not c.delivered
    )

    second = start_bot(slack, db_url, inbox, tmp_path / "b")
    bots.append(second)
    second.wait_line("joined the database")
    assert not any("leads" in line for line in second.lines)
    scheduled = second.sender.command("schedule daily 23:59 UTC", channel=NEWS)  # on the standby
    assert "Roundup scheduled" in scheduled.json()["text"]
    # The burst: each message delivered to both replicas at once.
    events = []
    for url in urls.values():
        ts = first.sender.next_ts()
        event = {
            "type": "message",
            "channel": NEWS,
            "text": f"Worth a read <{url}>",
            "user": "U0EDITOR",
            "ts": ts,
            "event_ts": ts,
            "channel_type": "channel",
        }
        events.append((event, f"Ev{ts.replace('.', '')}"))

    def deliver(bot: BotProcess, event: dict, event_id: str, retry: int | None = None) -> None:
        with contextlib.suppress(OSError):  # the replica is gone: Slack retries elsewhere
            bot.sender.event(event, event_id=event_id, retry_num=retry)

    deliveries = [
        threading.Thread(target=deliver, args=(bot, event, event_id))
        for event, event_id in events
        for bot in (first, second)
    ]
    for thread in deliveries:
        thread.start()

    # Midway: the burst is being digested, a folder digest is in flight. The leader dies.
    slack.wait_for("chat.postMessage", where=lambda c: c.get("channel") == NEWS, timeout=60)
    first.process.send_signal(signal.SIGKILL)
    assert first.process.wait(10) == -signal.SIGKILL
    slack.release_held()
    for thread in deliveries:
        thread.join(30)
    second.wait_line("leads", timeout=30)  # the standby took the scheduler over
    # Slack resends what the dead replica may not have acknowledged.
    for event, event_id in events:
        deliver(second, event, event_id, retry=1)

    titles = [title for title, _ in EVENT_ARTICLES.values()]
    titles += [headline for headline, _ in FOLDER_ARTICLES.values()]
    store = Store(db_url)
    try:

        def all_posted() -> bool:
            posts = store.posts_since(NEWS) + store.posts_since(FOLDER)
            return len(posts) == len(titles) and all(p.completed for p in posts)

        try:
            wait_for(all_posted, timeout=180, what="every article digested and threaded")
        except AssertionError as e:
            posts = store.posts_since(NEWS) + store.posts_since(FOLDER)
            raise AssertionError(
                f"{e}; posts {posts}; survivor's log:\n{''.join(second.lines[-80:])}"
                f"\nfirst's log:\n{''.join(first.lines[-50:])}"
            ) from None
        wait_for(lambda: second.process.poll() is None and inbox_empty(inbox), what="inbox")

        make_roundups_due(db_url)
        [roundup] = slack.wait_for(
            "chat.postMessage",
            where=lambda c: str(c.get("text", "")).startswith("Roundup"),
            timeout=60,
        )
        roundup_ts = roundup.response["ts"]
        wait_for(lambda: store.incomplete_roundups() == [], what="roundup thread done")
        assert len(slack.posts(NEWS, thread_ts=roundup_ts)) == len(EVENT_ARTICLES)
        assert len(roundups(slack)) == 1

        # The digest whose answer never reached the dead replica was found, not reposted.
        [adopted] = digest_parents(slack, held.blocks[0]["text"]["text"])
        assert adopted is held
        for title in titles:
            [parent] = digest_parents(slack, title)  # exactly one digest per article
            replies = quote_replies(slack, parent)
            quotes = len(replies)
            assert quotes >= 1, title
            for i in range(quotes):  # each quote once, none twice
                assert sum(f"quote {i + 1} of {quotes}" in r for r in replies) == 1, title
    finally:
        store.close()
        site.close()

    second.process.send_signal(signal.SIGTERM)
    assert second.process.wait(30) == 0


def test_a_file_both_replicas_notice_is_digested_by_one(
    slack: SlackStandIn, db_url: str, tmp_path: Path, bots: list[BotProcess]
) -> None:
    inbox = tmp_path / "inbox"
    for name in ("a", "b"):
        bots.append(start_bot(slack, db_url, inbox, tmp_path / name))
        bots[-1].wait_line("joined the database")
    # Slack is slow to take the first replica's digest: the other sees the same file then.
    slack.pause_before_acting("chat.postMessage", when=lambda p: p.get("channel") == FOLDER)
    headline, body = FOLDER_ARTICLES["pool.txt"]
    (inbox / "pool.txt").write_text(f"{headline}\n{body}\n", "utf-8")
    slack.wait_paused(timeout=60)
    store = Store(db_url)
    try:
        # The other replica queues on the file's lock instead of digesting it again.
        wait_for(lambda: waiting_for_a_lock(store), timeout=30, what="the other replica waits")
        slack.release_paused()
        wait_for(lambda: (inbox / "processed" / "pool.txt").exists(), what="file processed")
        wait_for(lambda: all(p.completed for p in store.posts_since(FOLDER)), what="thread")
        wait_for(lambda: not waiting_for_a_lock(store), what="the waiter let go")
        [parent] = digest_parents(slack, headline)
        assert len(store.posts_since(FOLDER)) == 1
        assert len(slack.posts(FOLDER, thread_ts=parent.response["ts"])) >= 1
    finally:
        store.close()


def inbox_empty(inbox: Path) -> bool:
    return not any(p.is_file() for p in inbox.iterdir())


# -- the parts -------------------------------------------------------------------------------


def test_leadership_moves_when_the_leaders_session_ends(db_url: str) -> None:
    store = Store(db_url)
    try:
        elected: queue.Queue = queue.Queue()
        leader = Replica(store.engine, retry_seconds=0.05)
        standby = Replica(store.engine, retry_seconds=0.05)
        leader.start(on_elected=lambda: elected.put("leader"))
        standby.start(on_elected=lambda: elected.put("standby"))
        assert elected.get(timeout=5) == "leader"
        assert leader.is_leader and not standby.is_leader
        assert standby.is_alive(leader.id) and leader.is_alive(standby.id)
        leader.stop()  # its connection closes, as a killed process's does
        assert elected.get(timeout=10) == "standby"
        assert standby.wait_leader(5) and not standby.is_alive(leader.id)
        standby.stop()
    finally:
        store.close()


def test_a_delivery_is_taken_over_only_from_a_replica_that_is_gone(db_url: str) -> None:
    store = Store(db_url)
    try:
        gone, here = Replica(store.engine), Replica(store.engine)
        gone.start()
        here.start()
        claim = {"owner": gone.id, "alive": gone.is_alive}
        assert store.claim_event("event:Ev1", **claim)
        assert not store.claim_event("event:Ev1", owner=here.id, alive=here.is_alive)
        gone.stop()
        assert store.claim_event("event:Ev1", owner=here.id, alive=here.is_alive)
        assert not store.claim_event("event:Ev1", owner=here.id, alive=here.is_alive)
        assert not store.claim_event("event:Ev1")  # the single-process path: a resend
        here.stop()
    finally:
        store.close()


def waiting_for_a_lock(store: Store) -> bool:
    """Whether some session waits for an advisory lock (one not granted yet)."""
    query = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
    with store.engine.connect() as connection:
        return connection.execute(query).scalar() > 0


def test_one_period_of_a_channel_is_one_roundup_run(db_url: str) -> None:
    first, second = Store(db_url), Store(db_url)  # two replicas' stores
    try:
        first.enable_roundups(NEWS)
        run = first.begin_roundup(NEWS)
        assert second.begin_roundup(NEWS).id == run.id  # the unfinished run is resumed
        with pytest.raises(IntegrityError), second.session() as s:  # never a second run
            s.add(RoundupRow(channel=NEWS, period_start=run.period_start))
        first.complete_roundup(run.id)
        later = second.begin_roundup(NEWS)  # the next period is a new run
        assert later.id != run.id and later.period_start != run.period_start
    finally:
        first.close()
        second.close()


LOCK_SCRIPT = """
import sys, time
from bot.ops.shared_locks import SharedLocks
from bot.storage.store import Store
store = Store(sys.argv[1])
with SharedLocks(store.engine, "test").held(("C1", "story.txt")):
    print("held", flush=True)
    time.sleep(600)
"""


def test_a_per_key_lock_holds_across_processes_until_its_holder_is_killed(db_url: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_SCRIPT, db_url],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    store = Store(db_url)
    locks = SharedLocks(store.engine, "test")
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        acquired = threading.Event()

        def take() -> None:
            with locks.held(("C1", "story.txt")):
                acquired.set()

        with locks.held(("C1", "other.txt")):  # another key is free
            pass
        waiter = threading.Thread(target=take, daemon=True)
        waiter.start()
        wait_for(lambda: waiting_for_a_lock(store), what="the waiter queued on the lock")
        assert not acquired.is_set()  # still held by the other process
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        assert acquired.wait(10)  # the kill freed it
        waiter.join(5)
    finally:
        if holder.poll() is None:
            holder.kill()
        locks.close()
        store.close()
