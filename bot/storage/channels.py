"""Watched channels and roundups: which channels are watched, and each roundup's progress."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    select,
)
from sqlalchemy.exc import IntegrityError

from bot.storage.records import (
    RoundupRecord,
    _roundup,
)
from bot.storage.statements import (
    _end_send,
)
from bot.storage.store_base import StoreBase
from bot.storage.tables import (
    PostRow,
    RoundupChannelRow,
    RoundupItemRow,
    RoundupRow,
    WatchedChannelRow,
    utcnow,
)


class ChannelsAndRoundups(StoreBase):
    """Watched channels and roundups: which channels are watched, and each roundup's progress."""

    def watch(self, channel: str, *, user: str | None = None, team_id: str | None = None) -> bool:
        """Start watching a channel; False if it already was watched."""
        try:
            with self.session() as s:
                s.add(
                    WatchedChannelRow(channel=channel, watched_by=user, team_id=self.team(team_id))
                )
        except IntegrityError:
            return False
        return True

    def unwatch(self, channel: str, *, team_id: str | None = None) -> bool:
        """Stop watching a channel; False if it was not watched (by this team: in a channel
        two workspaces share, one team's `unwatch` leaves the other's watch alone)."""
        with self.session() as s:
            row = s.get(WatchedChannelRow, channel)
            if row is None or not self._owns(row.team_id, team_id):
                return False
            s.delete(row)
            return True

    def is_watched(self, channel: str) -> bool:
        """Whether `/digest watch` is on in the channel."""
        with self._sessions() as s:
            return s.get(WatchedChannelRow, channel) is not None

    def watched_channels(self) -> list[str]:
        """Every watched channel, in the order they were first watched (App Home)."""
        with self._sessions() as s:
            query = select(WatchedChannelRow.channel).order_by(WatchedChannelRow.created_at)
            return list(s.scalars(query))

    def enable_roundups(
        self, channel: str, *, since: datetime | None = None, team_id: str | None = None
    ) -> None:
        """Start collecting for a channel's roundups, from `since` (naive UTC; default now);
        a no-op if already on."""
        with self.session() as s:
            if s.get(RoundupChannelRow, channel) is None:
                s.add(
                    RoundupChannelRow(
                        channel=channel, since=since or utcnow(), team_id=self.team(team_id)
                    )
                )

    def disable_roundups(self, channel: str, *, team_id: str | None = None) -> None:
        """Stop collecting posts for the channel's roundups (if this team collects them)."""
        with self.session() as s:
            row = s.get(RoundupChannelRow, channel)
            if row is not None and self._owns(row.team_id, team_id):
                s.delete(row)

    def begin_roundup(self, channel: str) -> RoundupRecord:
        """The channel's unfinished roundup, else a new one holding every posted digest since
        the last (each post lands in exactly one roundup). The (channel, period) is claimed
        by a unique index: a replica that loses the race gets the winner's run."""
        try:
            return self._begin_roundup(channel)
        except IntegrityError:
            return self._begin_roundup(channel)

    def _begin_roundup(self, channel: str) -> RoundupRecord:
        with self.session() as s:
            unfinished = s.scalars(
                select(RoundupRow)
                .where(RoundupRow.channel == channel, RoundupRow.completed_at.is_(None))
                .order_by(RoundupRow.id)
            ).first()
            if unfinished is not None:
                return _roundup(s, unfinished)
            enabled = s.get(RoundupChannelRow, channel)
            if enabled is None:
                enabled = RoundupChannelRow(channel=channel)
                s.add(enabled)
                s.flush()
            last = s.scalars(
                select(RoundupRow.created_at)
                .where(RoundupRow.channel == channel)
                .order_by(RoundupRow.id.desc())
            ).first()
            rounded_up = select(RoundupItemRow.post_id)
            post_ids = s.scalars(
                select(PostRow.id)
                .where(
                    PostRow.channel == channel,
                    PostRow.parent_ts.is_not(None),
                    PostRow.created_at >= enabled.since,
                    PostRow.id.not_in(rounded_up),
                )
                .order_by(PostRow.id)
            ).all()
            row = RoundupRow(channel=channel, period_start=last or enabled.since)
            s.add(row)
            s.flush()
            s.add_all(RoundupItemRow(post_id=pid, roundup_id=row.id) for pid in post_ids)
            s.flush()
            return _roundup(s, row)

    def set_roundup_parent(self, roundup_id: int, ts: str) -> None:
        """Record the roundup parent's ts; its send is no longer in flight (same transaction)."""
        with self.session() as s:
            s.get_one(RoundupRow, roundup_id).parent_ts = ts
            _end_send(s, "roundup", roundup_id)

    def set_roundup_progress(self, roundup_id: int, replies_done: int) -> None:
        """Record how many thread replies are out; the reply's send is no longer in flight
        (same transaction)."""
        with self.session() as s:
            s.get_one(RoundupRow, roundup_id).replies_done = replies_done
            _end_send(s, "roundup_reply", roundup_id)

    def complete_roundup(self, roundup_id: int) -> None:
        """Mark the roundup complete: parent and every thread reply are out."""
        with self.session() as s:
            row = s.get_one(RoundupRow, roundup_id)
            row.completed_at = row.completed_at or utcnow()

    def incomplete_roundups(self) -> list[RoundupRecord]:
        """Roundups a crash or a Slack outage cut short (to finish at start-up)."""
        with self._sessions() as s:
            rows = s.scalars(select(RoundupRow).where(RoundupRow.completed_at.is_(None)))
            return [_roundup(s, r) for r in rows]
