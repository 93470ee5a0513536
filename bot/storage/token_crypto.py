"""Bot tokens encrypted at rest: Bolt's installation store with every token sealed by Fernet.

Why: `select team_id, bot_token from slack_bots` showed every workspace's token to anyone who
could read the database or a backup of it. With TOKEN_ENCRYPTION_KEY set (one Fernet key, or
several comma-separated: the first seals, all open, so a key can be rotated) tokens are
stored as `fernet:<token>` and opened only when read. Rows stored before a key was set stay
readable (plain text has no prefix) until `digest-bot rotate-key` seals them, which also
re-seals every token under the first key. Without a key tokens stay plain text and the bot
warns at start-up.

Not covered: the OAuth state rows (one-time, minutes long) and incoming-webhook URLs.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from sqlalchemy import select, update
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

PREFIX = "fernet:"
BOT_FIELDS = ("bot_token", "bot_refresh_token")
INSTALLATION_FIELDS = (*BOT_FIELDS, "user_token", "user_refresh_token")


class TokenKeyError(ValueError):
    """TOKEN_ENCRYPTION_KEY is not a list of Fernet keys; the message is one line."""


def parse_keys(value: str) -> list[str]:
    """The comma-separated Fernet keys of TOKEN_ENCRYPTION_KEY, checked."""
    keys = [k.strip() for k in value.split(",") if k.strip()]
    for key in keys:
        try:
            Fernet(key)
        except (ValueError, TypeError) as e:
            raise TokenKeyError(
                "not a Fernet key (32 url-safe base64 bytes; make one with "
                "`python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())'`)"
            ) from e
    return keys


class TokenCipher:
    """Seals and opens stored tokens; None keys: plain text (and a warning at start-up)."""

    def __init__(self, keys: list[str] | None) -> None:
        self._fernet = MultiFernet([Fernet(k) for k in keys]) if keys else None

    @property
    def on(self) -> bool:
        return self._fernet is not None

    def seal(self, token: str | None) -> str | None:
        """The token as stored (sealed once: a sealed one is left as it is)."""
        if not token or self._fernet is None or token.startswith(PREFIX):
            return token
        return PREFIX + self._fernet.encrypt(token.encode()).decode()

    def open(self, stored: str | None) -> str | None:
        """The token from its stored form (plain text from before a key passes through)."""
        if not stored or not stored.startswith(PREFIX):
            return stored
        if self._fernet is None:
            log.error("a stored bot token is encrypted but TOKEN_ENCRYPTION_KEY is not set")
            return None
        try:
            return self._fernet.decrypt(stored[len(PREFIX) :].encode()).decode()
        except InvalidToken:
            log.error("a stored bot token does not open with TOKEN_ENCRYPTION_KEY's keys")
            return None

    def reseal(self, stored: str | None) -> str | None:
        """Sealed under the first key (plain text sealed; for `rotate-key`)."""
        if not stored or self._fernet is None:
            return stored
        if not stored.startswith(PREFIX):
            return self.seal(stored)
        return PREFIX + self._fernet.rotate(stored[len(PREFIX) :].encode()).decode()


def _with(obj: Any, fields: tuple[str, ...], change) -> Any:
    changed = copy.copy(obj)
    for name in fields:
        if hasattr(changed, name):
            setattr(changed, name, change(getattr(changed, name)))
    return changed


class SealedInstallationStore(SQLAlchemyInstallationStore):
    """slack_sdk's SQLAlchemy installation store, tokens sealed on the way in and opened on
    the way out."""

    def __init__(self, *, client_id: str, engine: Engine, cipher: TokenCipher) -> None:
        super().__init__(client_id=client_id, engine=engine)
        self.cipher = cipher

    def save(self, installation: Installation) -> None:
        super().save(_with(installation, INSTALLATION_FIELDS, self.cipher.seal))

    def save_bot(self, bot: Bot) -> None:
        super().save_bot(_with(bot, BOT_FIELDS, self.cipher.seal))

    def find_bot(self, **kwargs: Any) -> Bot | None:
        found = super().find_bot(**kwargs)
        return _with(found, BOT_FIELDS, self.cipher.open) if found is not None else None

    def find_installation(self, **kwargs: Any) -> Installation | None:
        found = super().find_installation(**kwargs)
        if found is None:
            return None
        return _with(found, INSTALLATION_FIELDS, self.cipher.open)


def rotate_tokens(store: SQLAlchemyInstallationStore, cipher: TokenCipher) -> int:
    """Re-seal every stored token under the first key (sealing plain ones); how many."""
    changed = 0
    with store.engine.begin() as connection:
        for table, fields in ((store.bots, BOT_FIELDS), (store.installations, INSTALLATION_FIELDS)):
            columns = [table.c[f] for f in fields if f in table.c]
            for row in connection.execute(select(table.c.id, *columns)).mappings():
                values = {c.name: cipher.reseal(row[c.name]) for c in columns if row[c.name]}
                if values:
                    connection.execute(update(table).where(table.c.id == row["id"]).values(values))
                    changed += len(values)
    return changed
