"""What every part of the store shares: one engine, one write lock, sessions, the team at hand."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Connection,
    select,
)
from sqlalchemy.orm import Session, sessionmaker

from bot.storage.database import (
    DEFAULT_DATABASE_URL,
    make_engine,
    upgrade_schema,
)
from bot.storage.tables import (
    FeedRow,
    PostRow,
    RoundupChannelRow,
    WatchedChannelRow,
)
from bot.team_scope import TeamScope


class StoreBase:
    """The engine, sessions, the write lock and the team at hand, which every part of the
    store shares."""

    def __init__(
        self, database_url: str = DEFAULT_DATABASE_URL, *, teams: TeamScope | None = None
    ) -> None:
        self.database_url = database_url
        # Many workspaces (bot.slack.oauth): rows are stamped with, and read for, the scope's team.
        self.teams = teams
        self.engine = make_engine(database_url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite allows one writer; serialising our writes avoids "database is locked" churn.
        self._write_lock = threading.RLock()
        with self.engine.begin() as connection:
            upgrade_schema(connection)

    def close(self) -> None:
        """Release the database connections (the store is not used after this)."""
        self.engine.dispose()

    def team(self, team_id: str | None = None) -> str | None:
        """`team_id`, else the team the work at hand is for (None: the single workspace)."""
        if team_id is not None:
            return team_id
        return self.teams.current() if self.teams is not None else None

    def _of_team(self, column: Any, team_id: str | None) -> tuple[Any, ...]:
        """The WHERE clause keeping one team's rows (none: the single workspace sees all)."""
        team = self.team(team_id)
        return (column == team,) if team is not None else ()

    def _owns(self, row_team: str | None, team_id: str | None) -> bool:
        """Whether the team at hand may change a row stamped `row_team` (a row with no team,
        or no team at hand: the single workspace, yes)."""
        team = self.team(team_id)
        return team is None or row_team is None or row_team == team

    def team_of(self, channel: str) -> str | None:
        """The team a channel's rows were stamped with (background work posts for it)."""
        with self._sessions() as s:
            for column, where in (
                (RoundupChannelRow.team_id, RoundupChannelRow.channel),
                (WatchedChannelRow.team_id, WatchedChannelRow.channel),
                (PostRow.team_id, PostRow.channel),
                (FeedRow.team_id, FeedRow.channel),
            ):
                found = s.scalars(
                    select(column).where(where == channel, column.is_not(None)).limit(1)
                ).first()
                if found:
                    return found
        return None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write session that commits on success and rolls back on error."""
        with self._write_lock, self._sessions() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: no write lock, so a read never waits behind a writer
        (other modules' stores, e.g. `bot.intake.feed_store`, read through this)."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction on a Core connection, under the same lock as `session`.

        For the writes made for every article and message (a folder claim, a digest attempt,
        the article, its post, each send begun and each ts recorded): there the ORM's unit of
        work costs several times the SQL itself, and a burst of folder files spent most of
        the bot's own CPU in it. The statements are built once, below the class.
        """
        with self._write_lock, self.engine.begin() as connection:
            yield connection
