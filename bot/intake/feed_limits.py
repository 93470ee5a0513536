"""How much a feed may post: new entries per poll and per hour, feeds per channel, and how long
entry rows are kept.

Why: a feed that lists fresh entries on every poll (or re-issues its links under new guids)
posted 265 digests in 45 s, and its entry rows were never pruned; 300 feeds were accepted in
one channel. So, per feed:
    - at most `per_poll` new entries are posted from one poll and `per_hour` in an hour (the
      newest ones: a flood's oldest entries are the least news); the rest are recorded as
      `seen` with the reason `throttled`, and the channel gets one summary line (at most
      once an hour per feed);
    - an entry row is deleted once it has been out of the feed document for `retention`
      (never while the feed still lists it, or it would look new and be posted again);
    - a channel has at most `per_channel` feeds.

The store side (`throttle`, `prune`) runs inside `FeedStore.record_fetch`'s transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from bot.slack import blocks
from bot.storage.tables import FeedEntryRow, FeedRow

HOUR = timedelta(hours=1)
# Pruning compares keys with the document's in one IN list; past this, it waits.
MAX_LISTED = 5000
THROTTLED = "throttled"


@dataclass(frozen=True)
class FeedLimits:
    """The limits one poller applies to every feed (settings FEED_*)."""

    per_poll: int = 5
    per_hour: int = 20
    per_channel: int = 50
    retention: timedelta = timedelta(days=30)
    poll_workers: int = 4


def throttle(s: Session, feed_id: int, rows: list[FeedEntryRow], *, now: datetime, limits) -> int:
    """Keep the newest of the feed's unknown entries `rows` (oldest first, not yet added) as
    `new` within the limits; mark the rest `seen`, `throttled`. Returns how many were held."""
    admitted_hour = s.scalar(
        select(func.count())
        .select_from(FeedEntryRow)
        .where(
            FeedEntryRow.feed_id == feed_id,
            FeedEntryRow.seen_at > now - HOUR,
            FeedEntryRow.state != "seen",
        )
    )
    allowed = max(0, min(limits.per_poll, limits.per_hour - int(admitted_hour or 0)))
    held = rows[: max(0, len(rows) - allowed)]
    for row in held:
        row.state, row.reason = "seen", THROTTLED
    return len(held)


def prune(s: Session, feed_id: int, listed: set[str], *, now: datetime, limits) -> int:
    """Delete the feed's finished entry rows that the document no longer lists and that
    were first seen over `retention` ago. Returns how many went."""
    if len(listed) > MAX_LISTED:
        return 0  # a huge document: pruned at a later poll, when it lists fewer
    gone = s.execute(
        delete(FeedEntryRow).where(
            FeedEntryRow.feed_id == feed_id,
            FeedEntryRow.seen_at < now - limits.retention,
            FeedEntryRow.state.in_(("seen", "posted", "skipped", "failed")),
            *((FeedEntryRow.entry_key.not_in(listed),) if listed else ()),
        )
    )
    return gone.rowcount or 0


def claim_throttle_report(s: Session, feed_id: int, *, now: datetime) -> bool:
    """Whether this poll reports the feed's throttling (once an hour at most, one taker)."""
    taken = s.execute(
        update(FeedRow)
        .where(
            FeedRow.id == feed_id,
            or_(FeedRow.throttled_at.is_(None), FeedRow.throttled_at < now - HOUR),
        )
        .values(throttled_at=now)
    )
    return taken.rowcount == 1


def throttled_line(name: str, held: int, limits: FeedLimits) -> str:
    """The one line a channel gets when a feed listed more new entries than it may post."""
    entries = f"{held} more new entr{'y' if held == 1 else 'ies'}"
    return (
        f":information_source: The feed {blocks.escape(name)} listed {entries} than I post "
        f"(at most {limits.per_poll} a poll and {limits.per_hour} an hour); I skipped the "
        "oldest of them."
    )
