"""Feed subscriptions and their entries in the bot's database (tables `feeds`, `feed_entries`).

Every rule that keeps an entry from being posted twice or lost is a unique key or a
compare-and-set here, so it holds across threads, restarts and replicas on one database:
    - one subscription per (channel, feed URL);
    - one row per (feed, entry key), inserted as `new` (or `seen`, for the back catalogue a
      new subscription does not post) before anything is posted, and in the same
      transaction as the feed's new validators, so a 304 can never hide an entry not yet
      recorded;
    - an entry is worked on only after `claim_entry` moved it from the exact state and
      attempt count that were read to `claimed`: one process wins. `posted`, `failed`
      (retried a few times, then left) and `skipped` (no link) end it. A claim older than
      the lease was left by a process that died and is claimed again; the digest post itself
      never repeats (`DigestService.digest_and_post` finds its post);
    - a poll is claimed the same way, by moving `next_poll_at` on from the value read, and a
      failing feed's report to its channel by setting `failure_reported_at` once.

Times are naive UTC and given by the caller (the poller's clock), so tests can move time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.intake.feed_limits import FeedLimits, claim_throttle_report, prune, throttle
from bot.storage.records import record_of
from bot.storage.store import Store
from bot.storage.tables import FeedEntryRow, FeedRow, utcnow

EntryState = str  # "seen", "new", "claimed", "posted", "failed", "skipped"
# States an entry ends in: nothing more is done with it (a `failed` one is retried while it
# has attempts left).
DONE_STATES = ("seen", "posted", "skipped")


@dataclass(frozen=True)
class FeedRecord:
    """A channel's subscription to one feed, and how its polling goes."""

    id: int
    channel: str
    url: str
    title: str | None
    last_fetch_at: datetime | None
    last_ok_at: datetime | None
    failing_since: datetime | None
    team_id: str | None
    etag: str | None
    last_modified: str | None
    added_by: str | None
    created_at: datetime
    failure_reported_at: datetime | None
    last_error: str | None
    consecutive_errors: int
    next_poll_at: datetime | None

    @property
    def name(self) -> str:
        """What to call the feed in a message: its title, else its URL."""
        return self.title or self.url


@dataclass(frozen=True)
class FeedEntryRecord:
    """One entry of a feed and where it stands."""

    id: int
    feed_id: int
    entry_key: str
    url: str | None
    title: str | None
    state: EntryState
    post_id: int | None
    attempts: int
    reason: str | None
    seen_at: datetime
    claimed_at: datetime | None


@dataclass(frozen=True)
class NewEntry:
    """An entry as read from the feed: its key (guid, else link), link and title."""

    key: str
    url: str | None
    title: str | None = None


@dataclass(frozen=True)
class Recorded:
    """What a fetch recorded: the entries to post, how many the limits held back, and
    whether this poll is the one to tell the channel so."""

    new: list[FeedEntryRecord]
    held: int
    report_held: bool


@dataclass(frozen=True)
class PendingEntry:
    """An entry to post, with the channel its feed posts to."""

    entry: FeedEntryRecord
    channel: str
    feed_title: str | None
    # The workspace the feed belongs to (None: the single one): its digests are stored
    # and posted for that team.
    team_id: str | None = None


class FeedStore:
    """The feed operations on the bot's store (one session per call, like `Store`)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- subscriptions -----------------------------------------------------------------------

    def add_feed(
        self,
        *,
        channel: str,
        url: str,
        title: str | None,
        entries: Sequence[NewEntry],
        post_newest: bool = True,
        etag: str | None = None,
        last_modified: str | None = None,
        added_by: str | None = None,
        team_id: str | None = None,
        now: datetime | None = None,
        next_poll_at: datetime | None = None,
    ) -> tuple[FeedRecord, FeedEntryRecord | None] | None:
        """Subscribe the channel: the feed and every entry it has now, in one transaction.

        `entries` are oldest first; all are `seen` except the newest, which is `new` (to be
        posted) when `post_newest`. Returns (feed, the newest entry's row), or None if the
        channel already has this feed.
        """
        now = now or utcnow()
        try:
            with self.store.session() as s:
                feed = FeedRow(
                    team_id=team_id,
                    channel=channel,
                    url=url,
                    title=title,
                    etag=etag,
                    last_modified=last_modified,
                    added_by=added_by,
                    created_at=now,
                    last_fetch_at=now,
                    last_ok_at=now,
                    consecutive_errors=0,
                    next_poll_at=next_poll_at,
                )
                s.add(feed)
                s.flush()
                rows = [
                    FeedEntryRow(
                        feed_id=feed.id,
                        entry_key=e.key,
                        url=e.url,
                        title=e.title,
                        state="seen",
                        attempts=0,
                        seen_at=now,
                    )
                    for e in _unique(entries)
                ]
                if rows and post_newest:
                    rows[-1].state = "new"
                s.add_all(rows)
                s.flush()
                newest = record_of(FeedEntryRecord, rows[-1]) if rows and post_newest else None
                return record_of(FeedRecord, feed), newest
        except IntegrityError:
            return None

    def feeds_for(self, channel: str, *, team_id: str | None = None) -> list[FeedRecord]:
        """The channel's feeds in the order they were added (the numbers `list` shows)."""
        with self.store.reading() as s:
            query = select(FeedRow).where(FeedRow.channel == channel)
            team_id = self.store.team(team_id)  # many workspaces: the asking team's feeds
            if team_id is not None:
                query = query.where(FeedRow.team_id == team_id)
            return [record_of(FeedRecord, r) for r in s.scalars(query.order_by(FeedRow.id))]

    def all_feeds(self) -> list[FeedRecord]:
        """Every subscription, in every channel."""
        with self.store.reading() as s:
            rows = s.scalars(select(FeedRow).order_by(FeedRow.id))
            return [record_of(FeedRecord, r) for r in rows]

    def feed(self, feed_id: int) -> FeedRecord | None:
        """The subscription by id (None once removed)."""
        with self.store.reading() as s:
            row = s.get(FeedRow, feed_id)
            return record_of(FeedRecord, row) if row else None

    def remove_feed(self, feed_id: int) -> bool:
        """Unsubscribe: the feed and its entries go; False if it was already gone."""
        with self.store.session() as s:
            s.execute(delete(FeedEntryRow).where(FeedEntryRow.feed_id == feed_id))
            return s.execute(delete(FeedRow).where(FeedRow.id == feed_id)).rowcount > 0

    # -- polling -----------------------------------------------------------------------------

    def due_feeds(self, now: datetime) -> list[FeedRecord]:
        """Feeds whose next poll is due."""
        with self.store.reading() as s:
            query = select(FeedRow).where(
                or_(FeedRow.next_poll_at.is_(None), FeedRow.next_poll_at <= now)
            )
            return [record_of(FeedRecord, r) for r in s.scalars(query.order_by(FeedRow.id))]

    def next_poll_at(self) -> datetime | None:
        """When the soonest feed is due (None: no feeds)."""
        with self.store.reading() as s:
            # A feed never polled (NULL) is due now: the soonest of all.
            if s.scalar(select(FeedRow.id).where(FeedRow.next_poll_at.is_(None)).limit(1)):
                return None
            return s.scalar(select(func.min(FeedRow.next_poll_at)))

    def claim_poll(self, feed: FeedRecord, *, until: datetime) -> bool:
        """Take this poll of `feed`: move its next poll to `until` from the value it was read
        with. False if another process (or thread) took it first."""
        same = (
            FeedRow.next_poll_at.is_(None)
            if feed.next_poll_at is None
            else FeedRow.next_poll_at == feed.next_poll_at
        )
        with self.store.session() as s:
            result = s.execute(
                update(FeedRow).where(FeedRow.id == feed.id, same).values(next_poll_at=until)
            )
            return result.rowcount == 1

    def record_fetch(
        self,
        feed_id: int,
        *,
        now: datetime,
        next_poll_at: datetime,
        entries: Iterable[NewEntry] = (),
        etag: str | None = None,
        last_modified: str | None = None,
        title: str | None = None,
        limits: FeedLimits | None = None,
    ) -> Recorded:
        """A fetch that worked: the entries not known yet become `new` (within `limits`:
        the rest `seen`, throttled; old rows the feed no longer lists pruned), and the
        feed's validators, title and health are stored, in one transaction."""
        listed = _unique(entries)
        with self.store.session() as s:
            feed = s.get(FeedRow, feed_id)
            if feed is None:
                return Recorded([], 0, False)  # removed meanwhile
            known = set(
                s.scalars(select(FeedEntryRow.entry_key).where(FeedEntryRow.feed_id == feed_id))
            )
            rows = [
                FeedEntryRow(
                    feed_id=feed_id,
                    entry_key=e.key,
                    url=e.url,
                    title=e.title,
                    state="new",
                    attempts=0,
                    seen_at=now,
                )
                for e in listed
                if e.key not in known
            ]
            held, report = 0, False
            if limits is not None:
                held = throttle(s, feed_id, rows, now=now, limits=limits)
                report = held > 0 and claim_throttle_report(s, feed_id, now=now)
                prune(s, feed_id, {e.key for e in listed}, now=now, limits=limits)
            s.add_all(rows)
            feed.etag, feed.last_modified = etag, last_modified
            feed.title = title or feed.title
            feed.last_fetch_at = feed.last_ok_at = now
            feed.failing_since = feed.failure_reported_at = feed.last_error = None
            feed.consecutive_errors = 0
            feed.next_poll_at = next_poll_at
            s.flush()
            new = [record_of(FeedEntryRecord, r) for r in rows if r.state == "new"]
            return Recorded(new, held, report)

    def record_failure(
        self, feed_id: int, *, now: datetime, error: str, next_poll_at: datetime
    ) -> FeedRecord | None:
        """A fetch that failed: count it, note since when the feed fails, and when to retry."""
        with self.store.session() as s:
            feed = s.get(FeedRow, feed_id)
            if feed is None:
                return None
            feed.last_fetch_at = now
            feed.failing_since = feed.failing_since or now
            feed.last_error = error
            feed.consecutive_errors += 1
            feed.next_poll_at = next_poll_at
            return record_of(FeedRecord, feed)

    def claim_failure_report(self, feed_id: int, *, now: datetime) -> bool:
        """Take the one report of this failing spell; False if it was made already."""
        with self.store.session() as s:
            result = s.execute(
                update(FeedRow)
                .where(
                    FeedRow.id == feed_id,
                    FeedRow.failing_since.is_not(None),
                    FeedRow.failure_reported_at.is_(None),
                )
                .values(failure_reported_at=now)
            )
            return result.rowcount == 1

    def release_failure_report(self, feed_id: int) -> None:
        """The report could not be posted: let a later poll make it."""
        with self.store.session() as s:
            s.execute(update(FeedRow).where(FeedRow.id == feed_id).values(failure_reported_at=None))

    # -- entries -----------------------------------------------------------------------------

    def entries_of(self, feed_id: int) -> list[FeedEntryRecord]:
        """Every entry of the feed the bot has seen, in the order it first saw them."""
        with self.store.session() as s:
            query = select(FeedEntryRow).where(FeedEntryRow.feed_id == feed_id)
            rows = s.scalars(query.order_by(FeedEntryRow.id))
            return [record_of(FeedEntryRecord, r) for r in rows]

    def pending_entries(
        self,
        *,
        now: datetime,
        lease: timedelta,
        retry_after: timedelta,
        max_attempts: int,
        feed_id: int | None = None,
    ) -> list[PendingEntry]:
        """Entries to work on (of one feed, or all), oldest first: `new` ones, claims older
        than `lease` (their process died), and failed ones with attempts left whose last try
        is `retry_after` old."""
        of_feed = () if feed_id is None else (FeedEntryRow.feed_id == feed_id,)
        with self.store.session() as s:
            query = (
                select(FeedEntryRow, FeedRow.channel, FeedRow.title, FeedRow.team_id)
                .join(FeedRow, FeedRow.id == FeedEntryRow.feed_id)
                .where(
                    *of_feed,
                    or_(
                        FeedEntryRow.state == "new",
                        and_(
                            FeedEntryRow.state == "claimed",
                            FeedEntryRow.claimed_at < now - lease,
                        ),
                        and_(
                            FeedEntryRow.state == "failed",
                            FeedEntryRow.attempts < max_attempts,
                            FeedEntryRow.claimed_at < now - retry_after,
                        ),
                    ),
                )
                .order_by(FeedEntryRow.id)
            )
            return [
                PendingEntry(record_of(FeedEntryRecord, row), channel, title, team)
                for row, channel, title, team in s.execute(query)
            ]

    def claim_entry(self, entry: FeedEntryRecord, *, now: datetime) -> FeedEntryRecord | None:
        """Take the entry from the state and attempt count it was read with; None if another
        process (or thread) took it first or it is gone."""
        with self.store.session() as s:
            result = s.execute(
                update(FeedEntryRow)
                .where(
                    FeedEntryRow.id == entry.id,
                    FeedEntryRow.state == entry.state,
                    FeedEntryRow.attempts == entry.attempts,
                )
                .values(state="claimed", claimed_at=now, attempts=entry.attempts + 1)
            )
            if result.rowcount != 1:
                return None
            return record_of(FeedEntryRecord, s.get_one(FeedEntryRow, entry.id))

    def entry_state(self, entry_id: int) -> EntryState | None:
        """Where the entry stands now (None: its feed was removed)."""
        with self.store.session() as s:
            row = s.get(FeedEntryRow, entry_id)
            return row.state if row else None

    def finish_entry(
        self,
        entry_id: int,
        state: EntryState,
        *,
        post_id: int | None = None,
        reason: str | None = None,
    ) -> None:
        """How the claimed entry ended: `posted` (its post), `failed` or `skipped` (why)."""
        with self.store.session() as s:
            row = s.get(FeedEntryRow, entry_id)
            if row is None:
                return  # its feed was removed meanwhile
            row.state, row.reason = state, reason
            row.post_id = post_id if post_id is not None else row.post_id


def _unique(entries: Iterable[NewEntry]) -> list[NewEntry]:
    """One entry per key, the first seen kept (a feed may repeat a guid)."""
    seen: set[str] = set()
    unique = []
    for entry in entries:
        if entry.key not in seen:
            seen.add(entry.key)
            unique.append(entry)
    return unique
