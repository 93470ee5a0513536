"""`SharedLocks`: `KeyedLocks` that also hold across processes sharing one PostgreSQL database.

The digest service and the roundup poster run one caller per key at a time (a channel and
article, a channel) so racing requests see each other's store rows before anything is posted.
With replicas, the racing caller may be another process: the same file in a shared folder,
a digest one replica resumes at start-up while another is posting it, a roundup a new
leader finishes while the old one's last reply is on its way. `held(key)` takes the
in-process lock first (threads of one process queue there, not on the database), then a
PostgreSQL session-level advisory lock on the key's 64-bit hash, on a connection of its own,
held for the block. The server drops that lock when the connection ends, so a replica killed
mid-post frees its keys at once and a waiting replica carries on from the store's rows; a
claim is taken over only after its holder is gone.

On SQLite (one process by design) it is exactly `KeyedLocks`.

Not handled: a connection lost while a lock is held (a database restart) frees the lock
without telling the holder; the store's unique keys still refuse a second post of the same
article, and the send protocol looks a message up before posting it again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from bot.ops.leader import is_postgres
from bot.ops.locks import KeyedLocks


def lock_id(namespace: str, key: Hashable) -> int:
    """The advisory lock key (signed 64-bit) for `key` in `namespace`."""
    digest = hashlib.blake2b(f"{namespace}\x00{key!r}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class SharedLocks(KeyedLocks):
    """`with locks.held(key):` runs one caller per key at a time, across every replica."""

    def __init__(
        self, engine: Engine, namespace: str, *, connections: Engine | None = None
    ) -> None:
        super().__init__()
        self.namespace = namespace
        # Connections apart from the store's (`lock_engine`; shared by the bot's locks and
        # disposed with its services): a lock held for a whole digest must not take a
        # connection the store's operations inside the block need.
        self._owns_engine = connections is None
        self._engine = connections if connections is not None else lock_engine(engine)

    @contextmanager
    def held(self, key: Hashable) -> Iterator[None]:
        """Hold the key here and, on PostgreSQL, in every replica, for the block."""
        with super().held(key):
            if self._engine is None:
                yield
                return
            with self._advisory(lock_id(self.namespace, key)):
                yield

    @contextmanager
    def _advisory(self, key: int) -> Iterator[None]:
        assert self._engine is not None
        connection = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
            try:
                yield
            finally:
                try:
                    connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                except DBAPIError:
                    connection.invalidate()  # closing the session frees the lock anyway
        finally:
            connection.close()

    def close(self) -> None:
        """Release the lock connections (unless they were given: their owner does)."""
        if self._engine is not None and self._owns_engine:
            self._engine.dispose()


def lock_engine(engine: Engine) -> Engine | None:
    """A pool of connections for advisory locks on `engine`'s database (None on SQLite).
    Unbounded: each lock held needs its own session, and the threads bound how many are."""
    if not is_postgres(engine):
        return None
    return create_engine(engine.url, pool_size=4, max_overflow=-1, pool_pre_ping=True)


def one_replica_per_file(
    handle: Callable[[Path, str], None], locks: SharedLocks
) -> Callable[[Path, str], None]:
    """The folder watcher's handler, run for one (channel, file name) at a time across every
    replica watching a shared folder. A replica that waited while another handled the file
    finds it moved to processed/ and leaves it; one that waited for a replica that died
    finds it still there and carries on from the dead replica's claim."""

    def handle_once(path: Path, channel: str) -> None:
        with locks.held((channel, path.name)):
            if path.exists() or path.is_symlink():
                handle(path, channel)

    return handle_once
