"""Replicas on one PostgreSQL database: which ones are alive, and which one leads.

Any number of bot processes may share one PostgreSQL database. Two things need to know about
the others, and both use PostgreSQL's session-level advisory locks, which the server drops
the moment the holding connection ends, so a replica killed with SIGKILL (its socket closed
by the kernel) lets go of everything it held without anyone cleaning up after it:

    presence   each replica holds the lock (PRESENCE_CLASS, its id) for as long as it runs.
               A claim stamped with a replica's id (a Slack delivery) is taken over only
               once that lock is free: `is_alive`.
    leadership one replica holds LEADER_LOCK and runs the roundup scheduler. APScheduler 3
               must never have two schedulers working one job store, so the others start
               theirs paused (they still add and list jobs in the shared store) and retry
               the lock every `retry_seconds`; when the leader dies, one of them gets it and
               resumes its scheduler (`on_elected`). The leader checks its connection on the
               same beat and steps down (`on_deposed`) if it is lost, since the server has
               then let go of its lock; each beat also wakes its scheduler, so a job added
               by another replica is seen within a beat.

Both locks sit on one dedicated connection, used only by this module's thread (and by
`start` before the thread runs). SQLite is one process by design: that process is the
leader from the start, and every claim's owner counts as alive (claims are permanent, as
they always were).

Not handled here: per-key locks across replicas (`bot.ops.shared_locks`), or what leading means
(`bot.background` wires the scheduler to `on_elected`/`on_deposed`).
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable

from sqlalchemy import Connection, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

# Advisory lock keys (two int4 form: classid, objid). Picked to be unlikely in other apps.
PRESENCE_CLASS = 0x44420001
LEADER_LOCK = (0x44420002, 1)
DEFAULT_RETRY_SECONDS = 5.0

Hook = Callable[[], object]


def is_postgres(engine: Engine) -> bool:
    """Whether the database can coordinate replicas (advisory locks): PostgreSQL only."""
    return engine.dialect.name == "postgresql"


class Replica:
    """This process among the replicas of one database: its id, whether it leads, and
    whether another replica (by id) is still alive."""

    def __init__(self, engine: Engine, *, retry_seconds: float = DEFAULT_RETRY_SECONDS) -> None:
        self.engine = engine
        self.retry_seconds = retry_seconds
        self.shared = is_postgres(engine)
        self.id = 0
        self._connection: Connection | None = None
        self._leader = False
        self._on_elected: Hook | None = None
        self._on_deposed: Hook | None = None
        self._on_beat: Hook | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._state = threading.Condition()

    # -- lifecycle ---------------------------------------------------------------------------

    def start(
        self,
        *,
        on_elected: Hook | None = None,
        on_deposed: Hook | None = None,
        on_beat: Hook | None = None,
    ) -> None:
        """Announce this replica and try for leadership; `on_elected` runs (on this thread
        the first time, on the standby thread after a takeover) whenever it becomes leader,
        `on_deposed` when it loses the lock, `on_beat` on every beat while it leads."""
        self._on_elected, self._on_deposed, self._on_beat = on_elected, on_deposed, on_beat
        self._stop.clear()
        if not self.shared:
            self.id = 1
            self._become_leader()
            return
        self._connect()
        self._try_to_lead()
        self._thread = threading.Thread(target=self._beat_loop, name="replica-beat", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop retrying and let go of both locks (closing their connection)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None
        self._disconnect()
        with self._state:
            self._leader = False
            self._state.notify_all()

    # -- what others ask ---------------------------------------------------------------------

    @property
    def is_leader(self) -> bool:
        """Whether this replica runs the scheduler right now."""
        with self._state:
            return self._leader

    def wait_leader(self, timeout: float) -> bool:
        """Block until this replica leads (False after `timeout`)."""
        with self._state:
            return self._state.wait_for(lambda: self._leader, timeout)

    def is_alive(self, replica_id: int) -> bool:
        """Whether replica `replica_id` still runs (holds its presence lock). On SQLite every
        replica counts as alive: claims there are never taken over."""
        if not self.shared or replica_id == self.id:
            return True
        query = text(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' "
            "AND classid = :cls AND objid = :obj AND objsubid = 2 AND granted)"
        )
        with self.engine.connect() as connection:
            return bool(
                connection.execute(query, {"cls": PRESENCE_CLASS, "obj": replica_id}).scalar()
            )

    # -- inside ------------------------------------------------------------------------------

    def _connect(self) -> None:
        connection = self.engine.connect()
        # Autocommit: the locks are session-level, and no transaction stays open for hours.
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        while True:  # a random id whose presence lock is free is ours
            candidate = random.randint(1, 2**31 - 1)
            taken = connection.execute(
                text("SELECT pg_try_advisory_lock(:cls, :obj)"),
                {"cls": PRESENCE_CLASS, "obj": candidate},
            ).scalar()
            if taken:
                break
        self.id, self._connection = candidate, connection
        log.info("replica %d joined the database", self.id)

    def _disconnect(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.invalidate()  # the server ends the session: every lock goes with it
                connection.close()
            except DBAPIError:
                pass

    def _try_to_lead(self) -> None:
        assert self._connection is not None
        won = self._connection.execute(
            text("SELECT pg_try_advisory_lock(:cls, :obj)"),
            {"cls": LEADER_LOCK[0], "obj": LEADER_LOCK[1]},
        ).scalar()
        if won:
            self._become_leader()

    def _become_leader(self) -> None:
        with self._state:
            self._leader = True
            self._state.notify_all()
        log.info("replica %d leads: it runs the roundup scheduler", self.id)
        if self._on_elected is not None:
            self._on_elected()

    def _step_down(self, why: str) -> None:
        with self._state:
            was_leader, self._leader = self._leader, False
        if was_leader:
            log.warning("replica %d no longer leads (%s): scheduler paused", self.id, why)
            if self._on_deposed is not None:
                self._on_deposed()

    def _beat_loop(self) -> None:
        while not self._stop.wait(self.retry_seconds):
            try:
                self._beat()
            except Exception as e:  # the database went away: retry on the next beat
                self._step_down(type(e).__name__)
                self._disconnect()

    def _beat(self) -> None:
        if self._connection is None:
            self._connect()
        assert self._connection is not None
        if self.is_leader:
            self._connection.execute(text("SELECT 1"))  # still connected: still holding it
            if self._on_beat is not None:
                self._on_beat()
        else:
            self._try_to_lead()
