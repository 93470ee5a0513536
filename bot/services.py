"""The composition root: `build_services(settings)` builds every long-lived part once, and
`Services` hands them to whoever needs them (the app's listeners, the background intakes).

Nothing else in bot/ constructs a store, a Slack client or a scheduler, and nothing reaches
for a module-level "current bot": every part gets what it uses as arguments here. To add a
part, build it here and add it to `Services`; to give a listener a part, it takes
`services` (see `bound`).
"""

from __future__ import annotations

import contextvars
import functools
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from sqlalchemy.engine import Engine

from bot.digesting.person_index import PersonIndex
from bot.digesting.roundups import RoundupPoster
from bot.digesting.schedule import RoundupScheduler, parse_timezone
from bot.digesting.service import DigestService
from bot.digesting.thread_healer import ThreadHealer
from bot.intake.feed_documents import FeedReader
from bot.intake.feed_limits import FeedLimits
from bot.intake.feed_store import FeedStore
from bot.intake.feeds import FeedPoller
from bot.intake.folder import FolderIntake
from bot.intake.watcher import FolderWatcher
from bot.ops.event_recovery import EventRecovery
from bot.ops.leader import Replica
from bot.ops.shared_locks import SharedLocks, lock_engine, one_replica_per_file
from bot.settings import Settings, secret
from bot.slack.oauth import TeamTokens, team_client
from bot.slack.send import SlackMessages, once_only_client, retrying_client
from bot.storage.store import Store
from bot.team_scope import TeamScope
from digests.text.fetch import MEGABYTE
from digests.workers import DigestPool


class WorkPool(ThreadPoolExecutor):
    """The listeners' thread pool, which can say when all work handed to it is done: a
    graceful stop, and tests asserting that nothing more gets posted, wait on `wait_idle`."""

    def __init__(self, max_workers: int, thread_name_prefix: str = "") -> None:
        super().__init__(max_workers=max_workers, thread_name_prefix=thread_name_prefix)
        self._unfinished = 0
        self._idle = threading.Condition()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        """ThreadPoolExecutor.submit, counting the task until it has finished."""
        with self._idle:
            self._unfinished += 1
        try:
            # In the submitter's context: a lazy listener works for the request's team.
            future = super().submit(contextvars.copy_context().run, fn, *args, **kwargs)
        except BaseException:
            self._task_done(None)
            raise
        future.add_done_callback(self._task_done)
        return future

    def _task_done(self, _future: Future | None) -> None:
        with self._idle:
            self._unfinished -= 1
            self._idle.notify_all()

    @property
    def unfinished(self) -> int:
        """How many tasks are queued or running (a shutdown that gives up reports it)."""
        with self._idle:
            return self._unfinished

    def wait_idle(self, timeout: float) -> bool:
        """Block until no task is queued or running; False if that took over `timeout`."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._unfinished:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._idle.wait(remaining)
        return True


@dataclass
class Services:
    """What the app and the background intakes share, built once by `build_services`."""

    settings: Settings
    store: Store
    client: WebClient
    messages: SlackMessages
    digests: DigestService
    roundup_poster: RoundupPoster
    roundups: RoundupScheduler
    # None when no channel for folder files is set (DIGEST_CHANNEL / WATCH_CHANNELS).
    folder_watcher: FolderWatcher | None
    # Where Bolt runs listeners' work after the ack (the lazy listeners).
    listener_executor: WorkPool
    # Who appears in which of a channel's digests (`/digest who`, roundups, App Home).
    people: PersonIndex
    # Polls the channels' RSS/Atom feeds and posts each new entry's digest once.
    feeds: FeedPoller
    # This process among the replicas of the database (leadership, claims' owners).
    replica: Replica | None = None
    # Which workspace the work at hand is for (many workspaces: bot.slack.oauth).
    teams: TeamScope | None = None
    # The connections the replicas' advisory locks are held on (None on SQLite).
    lock_engine: Engine | None = None
    # The digest worker processes built here (closed by `close`); None when the caller
    # passed its own pool to `build_services` (it is the caller's to close).
    owned_pool: DigestPool | None = None
    # Finishes digest and roundup threads Slack errors cut short, while the bot runs.
    thread_healer: ThreadHealer | None = None
    # Finishes events a dead replica acknowledged (set by `bot.app.create_app`).
    event_recovery: EventRecovery | None = None

    def stop_background(self) -> None:
        """Stop the thread healer, the folder intake, the feeds and the scheduler (a file or
        roundup in progress finishes)."""
        if self.thread_healer is not None:
            self.thread_healer.stop()
        if self.folder_watcher is not None:
            self.folder_watcher.stop()
        self.feeds.stop()
        self.roundups.shutdown(wait=True)

    def close(self) -> None:
        """Stop what runs in the background, then let go of the pool and the database."""
        self.stop_background()
        self.listener_executor.shutdown(wait=True, cancel_futures=True)
        if self.owned_pool is not None:
            self.owned_pool.close()
        if self.replica is not None:
            self.replica.stop()
        if self.lock_engine is not None:
            self.lock_engine.dispose()
        self.store.close()


def build_services(
    settings: Settings,
    *,
    on_roundup_finished: Any = None,
    feed_clock: Callable[[], datetime] | None = None,
    pool: DigestPool | None = None,
) -> Services:
    """Every part of the running bot, wired together (nothing started yet: see background).

    `on_roundup_finished(channel, outcome)` is told when a scheduled roundup is over;
    `feed_clock` (naive UTC now) is the feed poller's clock, for tests that move time.
    `pool` is a ready digest pool to use (tests share one); else one is built from
    DIGEST_PROCESSES, DIGEST_TIME_LIMIT and DIGEST_MEMORY_LIMIT_MB, and closed with the rest.
    """
    token, base_url = secret(settings.slack_bot_token), settings.slack_api_url
    retries = settings.slack_max_retries
    client = retrying_client(token, base_url, retries=retries)
    teams = TeamScope()
    store = Store(settings.database_url, teams=teams)
    once_client = once_only_client(token, base_url, retries=retries)
    if settings.oauth_on:  # many workspaces: each call with its team's token
        tokens = TeamTokens(store, settings.slack_client_id, settings.token_cipher())
        client = team_client(client, tokens, teams, store)
        once_client = team_client(once_client, tokens, teams, store)
    messages = SlackMessages(store, client, once_client)
    replica = Replica(store.engine, retry_seconds=settings.leader_retry_seconds)
    locks_db = lock_engine(store.engine)  # advisory locks across replicas (PostgreSQL)
    owned_pool = None
    if pool is None:
        pool = owned_pool = DigestPool(
            settings.digest_processes,
            time_limit=settings.digest_time_limit,
            memory_limit_mb=settings.digest_memory_limit_mb or None,
            model=settings.spacy_model or None,
        )
    digests = DigestService(
        store=store,
        messages=messages,
        allow_private_urls=settings.allow_private_urls,
        locks=SharedLocks(store.engine, "digest", connections=locks_db),
        pool=pool,
    )
    people = PersonIndex(store)
    feeds = FeedPoller(
        feed_store=FeedStore(store),
        reader=FeedReader(
            allow_private=settings.allow_private_urls,
            max_bytes=int(settings.feed_max_mb * MEGABYTE),
        ),
        digests=digests,
        messages=messages,
        interval=timedelta(minutes=settings.feed_poll_minutes),
        clock=feed_clock,
        limits=FeedLimits(
            per_poll=settings.feed_max_new_per_poll,
            per_hour=settings.feed_max_new_per_hour,
            per_channel=settings.feed_max_per_channel,
            retention=timedelta(days=settings.feed_entry_retention_days),
            poll_workers=settings.feed_poll_workers,
        ),
    )
    poster = RoundupPoster(
        store, messages, people, locks=SharedLocks(store.engine, "roundup", connections=locks_db)
    )
    roundups = RoundupScheduler(
        store.engine,
        poster,
        misfire_grace_seconds=settings.roundup_grace_seconds,
        default_timezone=parse_timezone(settings.schedule_timezone),
        store=store,
        on_finished=on_roundup_finished,
    )
    watcher = None
    if settings.folder_intake_on:
        intake = FolderIntake(store, digests)
        watcher = FolderWatcher(
            settings.watch_dir,
            one_replica_per_file(
                intake.handle, SharedLocks(store.engine, "folder", connections=locks_db)
            ),
            gave_up=intake.gave_up,
            default_channel=settings.digest_channel or None,
            channels=settings.folder_channels,
            stable_seconds=settings.watch_stable_seconds,
            # Enough threads that every digest process has a file while others post theirs.
            workers=max(settings.digest_workers, 2 * pool.processes),
        )
    executor = WorkPool(max_workers=settings.digest_workers * 2, thread_name_prefix="digest-bot")
    return Services(
        settings=settings,
        store=store,
        client=client,
        messages=messages,
        digests=digests,
        roundup_poster=poster,
        roundups=roundups,
        folder_watcher=watcher,
        listener_executor=executor,
        people=people,
        feeds=feeds,
        replica=replica,
        teams=teams,
        lock_engine=locks_db,
        owned_pool=owned_pool,
        thread_healer=ThreadHealer(
            store=store,
            digests=digests,
            roundups=poster,
            base_seconds=settings.thread_heal_seconds,
            max_seconds=settings.thread_heal_max_seconds,
            leads=lambda: replica.is_leader,
        ),
    )


def bound(listener: Callable[..., Any], services: Services) -> Callable[..., Any]:
    """`listener` with its keyword-only `services` argument filled in, for Bolt.

    Bolt injects a listener's arguments by their names (`ack`, `command`, `event`, ...),
    reading the names of the positional parameters. `services` is keyword-only, so Bolt does
    not look for it; the partial supplies it. The name stays the listener's for Bolt's logs.
    """
    return functools.update_wrapper(functools.partial(listener, services=services), listener)
