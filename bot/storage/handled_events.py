"""Slack deliveries handled once: an event's claim, its take-over, pruning."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import (
    delete,
    update,
)
from sqlalchemy.exc import IntegrityError

from bot.storage.store_base import StoreBase
from bot.storage.tables import (
    HandledEventRow,
    utcnow,
)


class HandledEvents(StoreBase):
    """Slack deliveries handled once: an event's claim, its take-over, pruning."""

    def claim_event(
        self,
        key: str,
        *,
        owner: int | None = None,
        alive: Callable[[int], bool] | None = None,
        body: str | None = None,
    ) -> bool:
        """Record a delivery key; True the first time, False for a resend of the same event.

        With replicas (`owner`: this replica's id, `alive`: whether a replica id still runs,
        see `bot.ops.leader`) a resend whose claim belongs to a replica that died (before acting
        on it, or before its ack reached Slack) is taken over: True for exactly one taker.
        `body` (the payload, JSON) stays with the claim until its work is finished, so work a
        dead replica acknowledged is finished elsewhere (`bot.ops.event_recovery.EventClaims`).
        """
        try:
            with self.session() as s:
                s.add(HandledEventRow(key=key, owner=owner, body=body, claimed_at=utcnow()))
        except IntegrityError:
            return owner is not None and alive is not None and self._take_over(key, owner, alive)
        return True

    def _take_over(self, key: str, owner: int, alive: Callable[[int], bool]) -> bool:
        with self._sessions() as s:
            row = s.get(HandledEventRow, key)
            held_by = row.owner if row is not None else None
        if held_by is None or held_by == owner or alive(held_by):
            return False
        return self.take_over_event(key, held_by, owner)

    def take_over_event(self, key: str, held_by: int | None, owner: int) -> bool:
        """Move a claim from `held_by` to `owner`; True for exactly one of several takers."""
        with self.session() as s:  # the conditional update lets one taker win
            taken = s.execute(
                update(HandledEventRow)
                .where(HandledEventRow.key == key, HandledEventRow.owner == held_by)
                .values(owner=owner, claimed_at=utcnow())
            )
            return taken.rowcount == 1

    def prune_handled_events(self, before: datetime) -> int:
        """Forget the delivery keys recorded before `before` (naive UTC); how many went.

        Slack resends an event within minutes (three tries at most), so a key older than the
        retention period (HANDLED_EVENT_RETENTION_DAYS) no longer guards against anything, and
        there is one for every message in every channel the bot is in.
        """
        with self.session() as s:
            gone = s.execute(delete(HandledEventRow).where(HandledEventRow.created_at < before))
            return gone.rowcount or 0
