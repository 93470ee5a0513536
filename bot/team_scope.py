"""`TeamScope`: which Slack workspace (team) the work on this thread is for.

With one bot token (the default) there is one workspace and the scope stays empty: every
store read and write behaves as it always has. With OAuth (`bot.slack.oauth`) one process serves
many workspaces; a Bolt middleware enters the request's team, the listener pool copies the
context into the lazy listener that does the work (`bot.services.WorkPool`), and so:
    - the store stamps rows it writes with the team and reads only that team's rows
      (`Store(..., teams=scope)`, each method's `team_id` keyword overrides it);
    - the Web API client posts with that team's bot token (`bot.slack.oauth.TeamClient`).

It is a `ContextVar` held by an instance built once in `bot.services.build_services`, not
a module-level "current team": a process could hold two scopes without them meeting.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar


class TeamScope:
    """The team of the work at hand (None: the single workspace, or unknown)."""

    def __init__(self) -> None:
        self._team: ContextVar[str | None] = ContextVar("digest_bot_team", default=None)

    def current(self) -> str | None:
        """The team this thread works for right now."""
        return self._team.get()

    def enter(self, team_id: str | None) -> None:
        """Work for `team_id` from now on in this context (a request's thread)."""
        self._team.set(team_id or None)

    @contextmanager
    def of(self, team_id: str | None) -> Iterator[None]:
        """Work for `team_id` inside the block (background work for a known team)."""
        token = self._team.set(team_id or None)
        try:
            yield
        finally:
            self._team.reset(token)
