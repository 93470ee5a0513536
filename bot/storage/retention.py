"""Pruning what the bot keeps only for a while: the Slack delivery keys in `handled_events`.

Each event Slack sends (one per message in every channel the bot is in) leaves a key, kept
so that Slack's resends within minutes are recognised. Past the retention period a key
guards nothing, so `EventPruner` deletes the old ones at start-up and then every
`interval_seconds` on its own thread. Replicas may each run one: deleting rows that another
replica already deleted is harmless.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from bot.storage.store import Store
from bot.storage.tables import utcnow

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_SECONDS = 3600.0


class EventPruner:
    """Deletes delivery keys older than `retention`, now and every `interval_seconds`."""

    def __init__(
        self,
        store: Store,
        retention: timedelta,
        *,
        interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
    ) -> None:
        self.store = store
        self.retention = retention
        self.interval_seconds = interval_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def prune(self) -> int:
        """Delete the keys past the retention period once; how many went."""
        gone = self.store.prune_handled_events(utcnow() - self.retention)
        if gone:
            log.info("pruned %d handled Slack event ids older than %s", gone, self.retention)
        return gone

    def start(self) -> None:
        """Prune now (in the caller, so start-up has done it), then periodically."""
        self._prune_logged()
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="event-pruner", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def _loop(self) -> None:
        while not self._stop.wait(self.interval_seconds):
            self._prune_logged()

    def _prune_logged(self) -> None:
        # A database hiccup must not end the loop: the next round tries again.
        try:
            self.prune()
        except Exception:
            log.exception("pruning handled Slack event ids failed; trying again later")
