"""Sends in flight: a message recorded before it goes to Slack, dropped once its ts is kept."""

from __future__ import annotations

import uuid

from sqlalchemy import (
    delete,
    update,
)

from bot.storage.records import (
    SendRecord,
    record_of,
)
from bot.storage.statements import (
    INSERT_SEND,
    SEND_OF,
    SENDS,
    _end_send,
)
from bot.storage.store_base import StoreBase
from bot.storage.tables import (
    utcnow,
)


class Sends(StoreBase):
    """Sends in flight: a message recorded before it goes to Slack, dropped once its ts is kept."""

    def begin_send(
        self,
        kind: str,
        target_id: int,
        *,
        channel: str,
        thread_ts: str | None = None,
        part: int | None = None,
    ) -> SendRecord:
        """Note that message (kind, target_id, part) is about to be posted; returns its key.

        The same message already in flight keeps its key and start time (so a later look-up
        covers every attempt) and takes the new destination. A different part in flight
        (never the case while replies go out in order) is replaced: a new message, a new key.
        """
        with self._writing() as c:
            row = c.execute(SEND_OF, {"kind": kind, "target_id": target_id}).first()
            if row is not None and row.part == part:
                attempts = row.attempts + 1
                c.execute(
                    update(SENDS)
                    .where(SENDS.c.key == row.key)
                    .values(channel=channel, thread_ts=thread_ts, attempts=attempts)
                )
                return record_of(
                    SendRecord, row, channel=channel, thread_ts=thread_ts, attempts=attempts
                )
            if row is not None:
                c.execute(delete(SENDS).where(SENDS.c.key == row.key))
            send = {
                "key": uuid.uuid4().hex,
                **{"kind": kind, "target_id": target_id, "part": part, "channel": channel},
                **{"thread_ts": thread_ts, "attempts": 1, "started_at": utcnow()},
            }
            c.execute(INSERT_SEND, send)
            return SendRecord(**send)

    def send_in_flight(self, kind: str, target_id: int) -> SendRecord | None:
        """The send in flight for (kind, target_id): its message may already be in Slack."""
        with self.engine.connect() as c:
            row = c.execute(SEND_OF, {"kind": kind, "target_id": target_id}).first()
            return record_of(SendRecord, row) if row else None

    def drop_send(self, kind: str, target_id: int) -> None:
        """Slack refused the message outright: nothing is in flight any more."""
        with self._writing() as c:
            _end_send(c, kind, target_id)
