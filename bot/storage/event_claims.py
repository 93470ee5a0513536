"""The store side of finishing Slack events (`handled_events`): marking a claim's work done,
listing claims with work left, and reading a claim's payload. `Store.claim_event` makes the
claim and `Store.take_over_event` moves it; `bot.ops.event_recovery` decides when.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select, update

from bot.storage.store import Store
from bot.storage.tables import HandledEventRow, utcnow


class EventClaims:
    """The claims' work on the bot's store (one session per call, like `Store`)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def finish(self, key: str) -> None:
        """The event's work is over (done, or failed and logged): nothing left to take over."""
        with self.store.session() as s:
            s.execute(
                update(HandledEventRow)
                .where(HandledEventRow.key == key)
                .values(finished_at=utcnow(), body=None)
            )

    def unfinished(self, *, not_owner: int | None = None) -> list[tuple[str, int | None, datetime]]:
        """(key, owner, claimed at) of every claim with work left whose owner is not
        `not_owner` (None: whoever owns it), oldest first."""
        mine = () if not_owner is None else (HandledEventRow.owner == not_owner,)
        with self.store.reading() as s:
            rows = s.execute(
                select(HandledEventRow.key, HandledEventRow.owner, HandledEventRow.claimed_at)
                .where(
                    HandledEventRow.finished_at.is_(None),
                    HandledEventRow.body.is_not(None),
                    *(or_(HandledEventRow.owner.is_(None), ~m) for m in mine),
                )
                .order_by(HandledEventRow.created_at)
            )
            return [(r.key, r.owner, r.claimed_at or utcnow()) for r in rows]

    def body(self, key: str) -> str | None:
        """A claimed event's payload (None once finished)."""
        with self.store.reading() as s:
            row = s.get(HandledEventRow, key)
            return row.body if row is not None else None
