"""At-least-once for Slack events across replicas: work a replica acknowledged and then died
on is finished by another.

Slack resends an event only when it got no 200; a replica that acked a message and was
killed before digesting its links took them with it (4 of 24 articles were lost in a
kill -9 test). So a message event's claim (`Store.claim_event`) keeps its payload, and its
listener marks the claim finished when it is done (`finishing`). The replica that leads
sweeps now and then (each leader beat, and when it is elected): a claim with work left
whose owner is gone (its presence lock is free: `Replica.is_alive`), or on SQLite one
claimed before this process started, is taken over with a conditional update (one taker)
and dispatched through the app again. The digest service keeps one post per (channel,
article) and finds a message whose answer was lost, so a digest is still posted once.

A re-dispatched request carries this process's random token in a header, so the claim
middleware lets it through to the listeners instead of dropping it as a resend; nobody
outside the process can forge it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from bot.ops.leader import Replica
from bot.storage.event_claims import EventClaims
from bot.storage.store import Store
from bot.storage.tables import utcnow

log = logging.getLogger(__name__)

# The context key a claimed event's listener finds its claim under, and the header that
# marks a re-dispatched event.
CLAIM_KEY = "digest_bot_event_claim"
RECOVERY_HEADER = "x-digest-bot-recovery"
# Event types whose work is worth finishing elsewhere (the ones that digest links).
RECOVERABLE = frozenset({"message", "app_mention"})

Dispatch = Callable[[dict[str, Any], dict[str, str]], object]


@contextlib.contextmanager
def finishing(store: Store, context: Any) -> Iterator[None]:
    """Run a listener's work, then mark its event's claim finished (even on an error: the
    error is logged by the listener, and a poison event must not come back forever)."""
    try:
        yield
    finally:
        key = context.get(CLAIM_KEY) if context is not None else None
        if key:
            EventClaims(store).finish(key)


class EventRecovery:
    """Finds claims whose owner is gone and dispatches their events again, here."""

    def __init__(self, store: Store, replica: Replica | None, dispatch: Dispatch) -> None:
        self.store = store
        self.claims = EventClaims(store)
        self.replica = replica
        self.dispatch = dispatch
        self.token = secrets.token_hex(16)
        self.started_at: datetime = utcnow()
        self._sweeping = threading.Lock()

    def is_recovery(self, headers: dict[str, Any]) -> bool:
        """Whether a request is one of this process's re-dispatches."""
        value = headers.get(RECOVERY_HEADER) or [""]
        value = value[0] if isinstance(value, list | tuple) else value
        return secrets.compare_digest(str(value), self.token)

    @property
    def owner(self) -> int:
        return self.replica.id if self.replica is not None and self.replica.id else 0

    def sweep_soon(self) -> None:
        """Sweep on a thread of its own, unless a sweep is running already."""
        if self._sweeping.acquire(blocking=False):
            threading.Thread(target=self._sweep_then_release, name="event-recovery").start()

    def _sweep_then_release(self) -> None:
        try:
            self.sweep()
        except Exception:  # a database hiccup: the next beat sweeps again
            log.exception("event recovery sweep failed")
        finally:
            self._sweeping.release()

    def sweep(self) -> int:
        """Take over and dispatch every orphaned claim; how many were taken."""
        taken = 0
        verdicts: dict[int | None, bool] = {}
        shared = self.replica is not None and self.replica.shared
        others = self.claims.unfinished(not_owner=self.owner if shared else None)
        for key, owner, claimed_at in others:
            if owner not in verdicts:
                verdicts[owner] = self._gone(owner)
            if not verdicts[owner] and not self._left_by_earlier_run(claimed_at):
                continue
            if not self.store.take_over_event(key, owner, self.owner):
                continue  # another replica took it first
            body = self.claims.body(key)
            if body is None:
                continue  # finished meanwhile
            taken += 1
            log.info("finishing event %s that replica %s acknowledged", key, owner)
            answer = self.dispatch(json.loads(body), {RECOVERY_HEADER: self.token})
            if getattr(answer, "status", 200) >= 400:  # no listener took it: nothing to do
                self.claims.finish(key)
        return taken

    def _gone(self, owner: int | None) -> bool:
        if owner is None or self.replica is None or not self.replica.shared:
            return False
        return not self.replica.is_alive(owner)

    def _left_by_earlier_run(self, claimed_at: datetime) -> bool:
        """On SQLite (one process) a claim older than this process was left by a process
        that stopped before finishing it."""
        shared = self.replica is not None and self.replica.shared
        return not shared and claimed_at < self.started_at
