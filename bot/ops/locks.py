"""`KeyedLocks`: one lock per key (a channel, a channel and article), freed when unused.

Digests and roundups both serialise work per key so racing requests see each other's store
rows; a long-running bot must not keep a lock for every key it ever saw, so each lock is
reference-counted and dropped when no one holds or waits for it.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class _Entry:
    lock: threading.Lock = field(default_factory=threading.Lock)
    users: int = 0


class KeyedLocks:
    """`with locks.held(key):` runs one caller per key at a time."""

    def __init__(self) -> None:
        self._entries: dict[Hashable, _Entry] = {}
        self._guard = threading.Lock()

    @contextmanager
    def held(self, key: Hashable) -> Iterator[None]:
        """Hold the key's lock for the block; the lock is forgotten when its last user leaves."""
        with self._guard:
            entry = self._entries.setdefault(key, _Entry())
            entry.users += 1
        try:
            with entry.lock:
                yield
        finally:
            with self._guard:
                entry.users -= 1
                if entry.users == 0:
                    del self._entries[key]

    def __len__(self) -> int:
        """How many keys have a lock right now (held or waited for)."""
        with self._guard:
            return len(self._entries)
