"""Many workspaces: Bolt's OAuth flow, and a Web API client that posts with each team's token.

`SLACK_CLIENT_ID` and `SLACK_CLIENT_SECRET` turn it on (`Settings.oauth_on`); without them the
bot runs on its one `SLACK_BOT_TOKEN` exactly as before. With them:
    - `oauth_settings` gives Bolt its install flow: `GET /slack/install` sends the installer
      to Slack with a one-time state (kept in `slack_oauth_states` and in a browser cookie),
      `GET /slack/oauth_redirect` checks both, exchanges the code (oauth.v2.access) and keeps
      the installation and its bot token in `slack_installations` / `slack_bots`. Both are
      slack_sdk's SQLAlchemy stores on the bot's own database; their tables come from
      migration 0005 like every other table.
    - Bolt authorizes each request from the installation store and hands listeners a
      `context.client` with that team's token. Our own parts post through one shared client
      (`Services.client`, the send protocol's clients), so those are `TeamClient`s: each call
      picks the bot token of the team the work is for (`TeamScope`, entered per request by
      `enter_team` and carried into the lazy listeners), or for background work (roundups,
      resumed digests, the folder) the team the channel's rows were stamped with, or the
      only installed team.

Tokens are sealed at rest with TOKEN_ENCRYPTION_KEY (`bot.storage.token_crypto`).

Not handled: Enterprise Grid org-wide installs (the store keys bots by team, not org), token
rotation, and uninstall events (`app_uninstalled`, `tokens_revoked`) clearing the store.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from slack_bolt import BoltContext
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import delete, select
from sqlalchemy.engine import Engine

from bot.settings import Settings, secret
from bot.storage.store import Store
from bot.storage.tables import SLACK_BOTS
from bot.storage.token_crypto import SealedInstallationStore, TokenCipher
from bot.team_scope import TeamScope

log = logging.getLogger(__name__)

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
# How long a bot token read from the store is re-used before it is read again.
TOKEN_CACHE_SECONDS = 60.0


def oauth_settings(settings: Settings, engine: Engine) -> OAuthSettings:
    """Bolt's OAuth flow on the bot's database (SLACK_CLIENT_ID / SLACK_CLIENT_SECRET)."""
    client_id = settings.slack_client_id
    cipher = settings.token_cipher()
    if not cipher.on:
        log.warning(
            "TOKEN_ENCRYPTION_KEY is not set: installed workspaces' bot tokens are stored in "
            "plain text (see .env.example)"
        )
    return OAuthSettings(
        client_id=client_id,
        client_secret=secret(settings.slack_client_secret),
        scopes=settings.oauth_scopes,
        user_scopes=[],  # explicit: else Bolt reads SLACK_USER_SCOPES from the environment
        redirect_uri=settings.slack_redirect_uri or None,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        installation_store=SealedInstallationStore(
            client_id=client_id, engine=engine, cipher=cipher
        ),
        state_store=PruningStateStore(
            expiration_seconds=settings.oauth_state_seconds, engine=engine
        ),
        # Straight on to Slack's consent screen: no intermediate page of ours to style.
        install_page_rendering_enabled=False,
    )


class PruningStateStore(SQLAlchemyOAuthStateStore):
    """slack_sdk's state store that deletes expired states whenever it issues one: every
    anonymous `GET /slack/install` writes a state, and unused ones were never deleted, so
    the table holds at most the states of one expiry window."""

    def issue(self, *args: Any, **kwargs: Any) -> str:
        now = datetime.now(UTC).replace(tzinfo=None)  # the store's naive UTC
        with self.engine.begin() as connection:
            table = self.oauth_states
            connection.execute(delete(table).where(table.c.expire_at < now))
        return super().issue(*args, **kwargs)


class TeamTokens:
    """Each installed team's bot token, read from Bolt's installation store (cached a little)."""

    def __init__(self, store: Store, client_id: str, cipher: TokenCipher | None = None) -> None:
        self.store = store
        self.installations = SealedInstallationStore(
            client_id=client_id, engine=store.engine, cipher=cipher or TokenCipher(None)
        )
        self._cache: dict[str | None, tuple[float, str | None]] = {}
        self._lock = threading.Lock()

    def bot_token(self, team_id: str | None) -> str | None:
        """The team's bot token; for None, the only installed team's (else None)."""
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(team_id)
            if cached is not None and now - cached[0] < TOKEN_CACHE_SECONDS and cached[1]:
                return cached[1]
        token = self._read(team_id)
        with self._lock:
            self._cache[team_id] = (now, token)
        return token

    def _read(self, team_id: str | None) -> str | None:
        if team_id is None:
            with self.store.engine.connect() as connection:
                teams = connection.execute(select(SLACK_BOTS.c.team_id).distinct()).scalars().all()
            if len(teams) != 1:
                return None
            team_id = teams[0]
        bot = self.installations.find_bot(enterprise_id=None, team_id=team_id)
        return bot.bot_token if bot is not None else None


class TeamClient(WebClient):
    """A WebClient whose every call carries the bot token of the team the work is for."""

    def __init__(
        self, *, tokens: TeamTokens, teams: TeamScope, team_of: Callable[[str], str | None], **kw
    ) -> None:
        super().__init__(token=None, **kw)
        self.tokens = tokens
        self.teams = teams
        self.team_of = team_of

    def api_call(self, api_method: str, *, headers: dict | None = None, **kwargs: Any) -> Any:
        """WebClient.api_call with the team's `Authorization` header (a request's own header
        wins over the client's, see slack_sdk's `_get_headers`)."""
        token = self.tokens.bot_token(self._team(kwargs))
        if token:
            headers = {**(headers or {}), "Authorization": f"Bearer {token}"}
        return super().api_call(api_method, headers=headers, **kwargs)

    def _team(self, kwargs: dict[str, Any]) -> str | None:
        team = self.teams.current()
        if team is not None:
            return team
        for part in ("json", "params", "data"):
            channel = (kwargs.get(part) or {}).get("channel")
            if isinstance(channel, str) and channel:
                return self.team_of(channel)
        return None


def team_client(
    client: WebClient, tokens: TeamTokens, teams: TeamScope, store: Store
) -> TeamClient:
    """`client`'s settings (base URL, timeout, retry handlers), posting per team."""
    return TeamClient(
        tokens=tokens,
        teams=teams,
        team_of=store.team_of,
        base_url=client.base_url,
        timeout=client.timeout,
        retry_handlers=client.retry_handlers,
        logger=client.logger,
    )


def enter_team(teams: TeamScope):
    """Bolt middleware: the request's team is the scope of everything it starts."""

    def team_of_request(context: BoltContext, next: Callable[[], None]) -> None:  # noqa: A002
        teams.enter(context.team_id)
        next()

    return team_of_request
