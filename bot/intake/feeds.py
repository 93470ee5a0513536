"""RSS/Atom feeds: subscribing a channel, and the poller that digests each new entry there.

    subscribe: read the feed (title, entries) -> store it with every entry it has now, all
               `seen` but the newest -> post the newest one's digest (not the back catalogue)
    poll:      every FEED_POLL_MINUTES, each feed due is fetched with a conditional GET
               (ETag / Last-Modified) -> entries never seen become `new`, in the same
               transaction as the new validators -> each new entry, oldest first, is claimed
               and digested with `DigestService.digest_and_post(... intake="feed")`

Never twice, never lost: an entry is a unique row before anything is posted, and only the
process that claims it posts it (`bot.intake.feed_store`). A claim left by a process that was killed
is taken again once it is `CLAIM_LEASE` old, by whichever process polls next (a restart or
another replica); its digest is then finished, not reposted, because the digest service keeps
one post per (channel, article) and looks up a message whose answer was lost.

Quiet failures: nobody asked for a feed entry, so an entry whose page cannot be digested
(paywall, 403, no article text) leaves no message in the channel. It is logged and marked
`failed`, and tried again at later polls while it has attempts left. Errors reading the
feed itself back off exponentially from the poll interval; a feed failing for a day is
reported to its channel once, in one line, and the report resets when the feed works again.

The poller is one thread waiting on an Event: `poll_now()` wakes it and returns an Event set
when a complete pass has run, so tests and start-up wait on the pass, never on time. The
clock is a parameter, so a test can make a day pass.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.digesting.service import DigestRequest, DigestResult, DigestService
from bot.intake.feed_documents import FeedDocument, FeedError, FeedItem, FeedReader
from bot.intake.feed_limits import FeedLimits, throttled_line
from bot.intake.feed_store import FeedEntryRecord, FeedRecord, FeedStore, NewEntry, PendingEntry
from bot.slack import blocks
from bot.slack.errors import DigestError
from bot.slack.send import SlackMessages
from bot.storage.tables import utcnow

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# How long a claimed entry belongs to the process that claimed it (a digest takes seconds;
# a claim this old was left by a process that died), and how long a poll does.
CLAIM_LEASE = timedelta(minutes=15)
POLL_LEASE = timedelta(minutes=5)
# A failing feed is reported to its channel once it has failed for this long.
REPORT_AFTER = timedelta(days=1)
# Backoff on errors doubles from the poll interval up to this (or the interval, if longer).
MAX_BACKOFF = timedelta(hours=2)
# Entries whose digests are built side by side before they are posted, in feed order.
PREFETCH = 4
# Tries at digesting one entry (a timeout may pass; a paywall will not).
ENTRY_ATTEMPTS = 3
# Slack codes that mean the bot cannot post in the channel at all.
NOT_IN_CHANNEL = ("not_in_channel", "channel_not_found", "is_archived")


@dataclass(frozen=True)
class Subscribed:
    """The outcome of subscribing a channel: the feed, how many entries it has, and the
    newest entry's digest (None: no entries) or why it could not be posted."""

    feed: FeedRecord
    entries: int
    newest: DigestResult | None = None
    newest_error: DigestError | None = None


class AlreadySubscribed(Exception):
    """The channel has this feed already; the message says so in one line."""


class TooManyFeeds(AlreadySubscribed):
    """The channel has as many feeds as it may (FEED_MAX_PER_CHANNEL); one line."""


@dataclass
class PassReport:
    """What one pass of the poller did (for logs, tests and the benchmark)."""

    polled: int = 0
    posted: int = 0
    failed: int = 0
    feed_errors: int = 0


class FeedPoller:
    """Polls every subscribed feed and posts each new entry's digest once."""

    def __init__(
        self,
        *,
        feed_store: FeedStore,
        reader: FeedReader,
        digests: DigestService,
        messages: SlackMessages,
        interval: timedelta = timedelta(minutes=10),
        clock: Clock | None = None,
        limits: FeedLimits | None = None,
    ) -> None:
        self.limits = limits or FeedLimits()
        self._report_lock = threading.Lock()
        self.feed_store = feed_store
        self.reader = reader
        self.digests = digests
        self.messages = messages
        self.interval = interval
        self.clock = clock or utcnow
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._waiters: list[threading.Event] = []
        self._waiters_lock = threading.Lock()
        self._thread: threading.Thread | None = None

    # -- subscribing -------------------------------------------------------------------------

    def subscribe(
        self, channel: str, url: str, *, user: str | None = None, team_id: str | None = None
    ) -> Subscribed:
        """Add the feed to the channel and post its newest entry's digest.

        Raises FeedError (the feed cannot be read: nothing is stored) or AlreadySubscribed.
        """
        known_feeds = self.feed_store.feeds_for(channel, team_id=team_id)
        for known in known_feeds:
            if known.url == url:
                raise AlreadySubscribed(f"This channel already gets {known.name}.")
        if len(known_feeds) >= self.limits.per_channel:
            raise TooManyFeeds(
                f"This channel has {len(known_feeds)} feeds, the most it may have; "
                "`/digest feed remove` one first."
            )
        document = self.reader.read(url)
        now = self.clock()
        added = self.feed_store.add_feed(
            channel=channel,
            url=url,
            title=document.title,
            entries=_new_entries(document),
            etag=document.etag,
            last_modified=document.last_modified,
            added_by=user,
            team_id=team_id,
            now=now,
            next_poll_at=now + self.interval,
        )
        if added is None:
            raise AlreadySubscribed("This channel already gets that feed.")
        feed, newest = added
        subscribed = Subscribed(feed, len(document.items))
        if newest is None:
            return subscribed
        claimed = self.feed_store.claim_entry(newest, now=now)
        if claimed is None:  # the poller took it meanwhile and posts it
            return subscribed
        try:
            result = self._digest_entry(claimed, channel)
        except DigestError as e:
            if e.code in NOT_IN_CHANNEL:
                self.feed_store.remove_feed(feed.id)  # a feed the bot cannot post from helps no one
            return Subscribed(feed, len(document.items), newest_error=e)
        return Subscribed(feed, len(document.items), newest=result)

    def unsubscribe(self, feed: FeedRecord) -> bool:
        """Remove the feed from its channel; False if it was gone already."""
        return self.feed_store.remove_feed(feed.id)

    # -- the thread --------------------------------------------------------------------------

    def start(self) -> None:
        """Poll in the background: one pass now (finishing what a crash left), then as due."""
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="feed-poller", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the entry being posted (if any); waiters are released."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._release_waiters()

    def poll_now(self) -> threading.Event:
        """Wake the poller; the Event is set once a whole pass begun after this call is over
        (at once if the poller is not running)."""
        done = threading.Event()
        if self._thread is None:
            done.set()
            return done
        with self._waiters_lock:
            self._waiters.append(done)
        self._wake.set()
        return done

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            with self._waiters_lock:
                waiters, self._waiters = self._waiters, []
            try:
                self.run_once()
            except Exception:  # a database hiccup must not end polling for good
                log.exception("feed poll failed")
            for waiter in waiters:
                waiter.set()
            self._wake.wait(self._seconds_until_due())
        self._release_waiters()

    def _release_waiters(self) -> None:
        with self._waiters_lock:
            waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            waiter.set()

    def _seconds_until_due(self) -> float:
        interval = self.interval.total_seconds()
        due = self.feed_store.next_poll_at()
        if due is None:
            return interval
        return min(interval, max(1.0, (due - self.clock()).total_seconds()))

    # -- one pass ----------------------------------------------------------------------------

    def run_once(self) -> PassReport:
        """Poll every feed that is due, then post every entry waiting (new ones, claims a
        dead process left, failures worth another try), oldest first."""
        report = PassReport()
        now = self.clock()
        due = self.feed_store.due_feeds(now)
        # Feeds are polled side by side on a small pool, each posting its own new entries
        # right after its fetch: a slow feed holds one worker, not every other channel.
        with (
            ThreadPoolExecutor(PREFETCH, thread_name_prefix="feed-prefetch") as prefetch,
            ThreadPoolExecutor(self.limits.poll_workers, thread_name_prefix="feed-poll") as pool,
        ):
            polls = [pool.submit(self._poll_and_post, feed, now, prefetch, report) for feed in due]
            for poll in polls:
                poll.result()
        pending = self.feed_store.pending_entries(
            now=self.clock(),
            lease=CLAIM_LEASE,
            retry_after=self.interval,
            max_attempts=ENTRY_ATTEMPTS,
        )
        with ThreadPoolExecutor(PREFETCH, thread_name_prefix="feed-prefetch") as prefetch:
            for start in range(0, len(pending), PREFETCH):
                if self._stopping.is_set():
                    break
                self._post_batch(pending[start : start + PREFETCH], prefetch, report)
        return report

    def _poll_and_post(
        self, feed: FeedRecord, now: datetime, prefetch: ThreadPoolExecutor, report: PassReport
    ) -> None:
        """One due feed: claim its poll, fetch it, post what it has new."""
        if self._stopping.is_set() or not self.feed_store.claim_poll(feed, until=now + POLL_LEASE):
            return
        with self._report_lock:
            report.polled += 1
        if not self.poll_feed(feed):
            with self._report_lock:
                report.feed_errors += 1
            return
        pending = self.feed_store.pending_entries(
            now=self.clock(),
            lease=CLAIM_LEASE,
            retry_after=self.interval,
            max_attempts=ENTRY_ATTEMPTS,
            feed_id=feed.id,
        )
        for start in range(0, len(pending), PREFETCH):
            if self._stopping.is_set():
                break
            self._post_batch(pending[start : start + PREFETCH], prefetch, report)

    def poll_feed(self, feed: FeedRecord) -> bool:
        """Fetch one feed and record its new entries (posted by the pass); False on error."""
        now = self.clock()
        try:
            document = self.reader.read(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        except FeedError as e:
            self._feed_failed(feed, now, str(e))
            return False
        recorded = self.feed_store.record_fetch(
            feed.id,
            now=now,
            next_poll_at=now + self.interval,
            entries=_new_entries(document),
            etag=document.etag,
            last_modified=document.last_modified,
            title=document.title,
            limits=self.limits,
        )
        if recorded.held:
            log.info(
                "feed %s in %s: %d new entries held back", feed.url, feed.channel, recorded.held
            )
        if recorded.report_held:
            line = throttled_line(document.title or feed.name, recorded.held, self.limits)
            try:
                self.messages.say(feed.channel, blocks.notice(line))
            except DigestError as e:
                log.warning("could not report throttled feed %s: %s", feed.url, e)
        return True

    def _feed_failed(self, feed: FeedRecord, now: datetime, error: str) -> None:
        errors = feed.consecutive_errors + 1
        backoff = self.interval * (2 ** min(errors - 1, 12))
        delay = max(self.interval, min(backoff, MAX_BACKOFF))
        log.warning("feed %s in %s failed (%d in a row): %s", feed.url, feed.channel, errors, error)
        failing = self.feed_store.record_failure(
            feed.id, now=now, error=error, next_poll_at=now + delay
        )
        if failing is None or failing.failing_since is None:
            return
        if now - failing.failing_since < REPORT_AFTER or failing.failure_reported_at:
            return
        if not self.feed_store.claim_failure_report(feed.id, now=now):
            return
        try:
            self.messages.say(feed.channel, blocks.notice(failure_line(failing, error)))
        except DigestError as e:
            log.warning("could not report failing feed %s in %s: %s", feed.url, feed.channel, e)
            self.feed_store.release_failure_report(feed.id)

    def _post_batch(
        self, batch: list[PendingEntry], prefetch: ThreadPoolExecutor, report: PassReport
    ) -> None:
        """Claim a few entries, build their digests side by side (fetches and the digest
        processes overlap), then post them one by one in feed order."""
        claimed = []
        teams: dict[int, str | None] = {}
        for item in batch:
            entry = self.feed_store.claim_entry(item.entry, now=self.clock())
            if entry is not None:  # else another process (or thread) has it
                claimed.append((entry, item.channel))
                teams[entry.id] = item.team_id
        built = {
            entry.id: prefetch.submit(
                self.digests.digest_article,
                DigestRequest(channel=channel, url=entry.url, intake="feed"),
            )
            for entry, channel in claimed
            if entry.url
        }
        for entry, channel in claimed:
            try:
                if entry.id in built:
                    built[entry.id].result()  # the stored digest; posting finds it by URL
                with self._of_team(teams.get(entry.id)):  # stored and posted for its team
                    self._digest_entry(entry, channel)
            except DigestError as e:
                if self.feed_store.entry_state(entry.id) == "claimed":  # failed building
                    self._entry_failed(entry, channel, e)
                self._count(report, failed=1)  # nobody asked: logged, nothing in the channel
            except Exception as e:
                log.exception("feed entry %s failed in %s", entry.url, channel)
                self._entry_failed(entry, channel, e)
                self._count(report, failed=1)
            else:
                self._count(report, posted=1 if entry.url else 0)

    def _of_team(self, team_id: str | None) -> contextlib.AbstractContextManager:
        """Work for the feed's workspace (many workspaces), else as it is."""
        teams = self.feed_store.store.teams
        return teams.of(team_id) if teams is not None and team_id else contextlib.nullcontext()

    def _count(self, report: PassReport, *, posted: int = 0, failed: int = 0) -> None:
        """Add to the pass's report (polls run on several threads)."""
        with self._report_lock:
            report.posted += posted
            report.failed += failed

    def _entry_failed(self, entry: FeedEntryRecord, channel: str, error: Exception) -> None:
        reason = str(error) if isinstance(error, DigestError) else "internal error (logged)"
        log.info("feed entry %s not digested in %s: %s", entry.url, channel, reason)
        self.feed_store.finish_entry(entry.id, "failed", reason=reason)

    def _digest_entry(self, entry: FeedEntryRecord, channel: str) -> DigestResult | None:
        """Digest and post a claimed entry, recording how it ended. Raises DigestError
        (recorded as `failed`) for the caller to show or not."""
        if not entry.url:
            self.feed_store.finish_entry(entry.id, "skipped", reason="the entry has no link")
            return None
        request = DigestRequest(channel=channel, url=entry.url, intake="feed")
        try:
            result = self.digests.digest_and_post(request)
        except DigestError as e:
            log.info("feed entry %s not digested in %s: %s", entry.url, channel, e)
            self.feed_store.finish_entry(entry.id, "failed", reason=str(e))
            raise
        except Exception as e:
            log.exception("feed entry %s failed in %s", entry.url, channel)
            self.feed_store.finish_entry(entry.id, "failed", reason="internal error (logged)")
            raise DigestError(blocks.SOMETHING_WENT_WRONG.removeprefix(":warning: ")) from e
        self.feed_store.finish_entry(entry.id, "posted", post_id=result.post.id)
        return result


def _new_entries(document: FeedDocument) -> list[NewEntry]:
    return [_entry(item) for item in document.items]


def _entry(item: FeedItem) -> NewEntry:
    return NewEntry(key=item.key, url=item.url, title=item.title)


def failure_line(feed: FeedRecord, error: str) -> str:
    """The one line a channel gets when its feed has failed for a day (safe mrkdwn)."""
    name = blocks.escape(feed.title) if feed.title else blocks.link(feed.url, feed.url)
    return (
        f":warning: The feed {name} has not worked for a day: {blocks.escape(error.rstrip('.'))}. "
        "I'll keep trying; `/digest feed list` shows it, `/digest feed remove` stops it."
    )
