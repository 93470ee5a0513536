"""The bot's memory: the idempotent operations every intake writes through (SQLAlchemy).

The tables and why each exists are in `bot.storage.tables`; `Store` is what may be done with
them. SQLite by default, PostgreSQL (or any SQLAlchemy URL) through `DATABASE_URL`. The
schema is Alembic's (`bot/storage/migrations/`): `Store(...)` upgrades the database to the
newest revision before anything else, so a database made by an older release is brought along.

Idempotency is expressed as unique constraints, not `if seen:` checks: each `claim_*` /
`begin_*` operation inserts and reports whether it won. Public operations return frozen records
(`bot.storage.records`), never live ORM objects, so callers on any thread can hold them.

Callers see one `Store`; it is written by what it stores, one module each: handled events,
articles and posts, sends in flight, folder claims and digest attempts, channels and
roundups. Every part shares `StoreBase`'s engine, sessions and write lock, so each
idempotency rule still has exactly one home.
"""

from __future__ import annotations

from bot.storage.articles import ArticlesAndPosts
from bot.storage.channels import ChannelsAndRoundups
from bot.storage.folder_claims import FolderClaimsAndAttempts
from bot.storage.handled_events import HandledEvents
from bot.storage.sends import Sends


class Store(HandledEvents, ArticlesAndPosts, Sends, FolderClaimsAndAttempts, ChannelsAndRoundups):
    """The idempotent operations on the bot's database. Thread-safe: one session per call."""
