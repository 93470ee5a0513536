"""The bot's memory: the idempotent operations every intake writes through (SQLAlchemy).

The tables and why each exists are in `bot.storage.tables`; this module is what may be done with
them. SQLite by default, PostgreSQL (or any SQLAlchemy URL) through `DATABASE_URL`. The
schema is Alembic's (`bot/storage/migrations/`): `Store(...)` upgrades the database to the newest
revision before anything else, so a database made by an older release is brought along.

Idempotency is expressed as unique constraints, not `if seen:` checks: each `claim_*` / `begin_*`
operation inserts and reports whether it won. Public operations return frozen records, never
live ORM objects, so callers on any thread can hold them without a session; one function,
`record_of`, maps a row to its record.

Over 450 lines on purpose: the architecture wants one module that every side (listeners,
folder intake, roundups) writes through, so each idempotency rule has exactly one home. The
tables themselves are in `bot.storage.tables` and the migrations in `bot/storage/migrations/`.
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    Connection,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from bot.storage.tables import (
    ArticleRow,
    DigestAttemptRow,
    FeedRow,
    FolderFileRow,
    HandledEventRow,
    PostReplyRow,
    PostRow,
    RoundupChannelRow,
    RoundupItemRow,
    RoundupRow,
    SendRow,
    WatchedChannelRow,
    utcnow,
)
from bot.team_scope import TeamScope
from digests.model import Digest

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_DATABASE_URL = "sqlite:///data/digest-bot.db"

Record = TypeVar("Record")


def content_hash(text: str) -> str:
    """Hash of the article text with whitespace normalised, so re-pasted text matches."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SendRecord:
    """A message on its way to Slack; `key` rides in its metadata so it can be found again."""

    key: str
    kind: str
    target_id: int
    part: int | None
    channel: str
    thread_ts: str | None
    attempts: int
    started_at: datetime

    @property
    def started_epoch(self) -> float:
        """`started_at` (stored as naive UTC) in Unix seconds, the unit of Slack's ts."""
        return self.started_at.replace(tzinfo=UTC).timestamp()


@dataclass(frozen=True)
class DigestAttemptRecord:
    """Digests of one article (or folder file) begun and not ended cleanly, and the last
    reason a worker gave up on it ("took longer than 120 s"); None: a kill, or not known."""

    key: str
    attempts: int
    reason: str | None


@dataclass(frozen=True)
class FolderFileRecord:
    """A folder file's claim: `claimed`, then `posted` or `failed`."""

    id: int
    channel: str
    file_hash: str
    name: str
    status: str
    post_id: int | None


@dataclass(frozen=True)
class RoundupRecord:
    """One roundup run: which posts it covers and how far its thread got."""

    id: int
    channel: str
    period_start: datetime | None
    parent_ts: str | None
    replies_done: int
    post_ids: tuple[int, ...]
    completed_at: datetime | None

    @property
    def completed(self) -> bool:
        """Whether the parent and every thread reply are out."""
        return self.completed_at is not None


@dataclass(frozen=True)
class ArticleRecord:
    """A stored article and its digest (built once, re-used by URL or content hash)."""

    id: int
    content_hash: str
    url: str | None
    title: str | None
    digest: Digest


@dataclass(frozen=True)
class PostRecord:
    """A digest in a channel: where its parent went and whether its thread is complete."""

    id: int
    channel: str
    article_id: int
    intake: str
    requested_by: str | None
    reply_to_ts: str | None
    parent_ts: str | None
    quotes_total: int
    completed_at: datetime | None

    @property
    def completed(self) -> bool:
        """Whether the parent and every quote reply are out."""
        return self.completed_at is not None

    @property
    def thread_ts(self) -> str | None:
        """Where the quote replies go: the request's thread, else the digest's own thread."""
        return self.reply_to_ts or self.parent_ts


@dataclass(frozen=True)
class PostedDigest:
    """A digest as posted in a channel: the post, its article, and when it was posted
    (naive UTC, like every stored timestamp)."""

    post: PostRecord
    article: ArticleRecord
    posted_at: datetime


def record_of(cls: type[Record], row: Any, **derived: Any) -> Record:
    """The frozen record `cls` of an ORM row: each field is the row's attribute of the same
    name, unless `derived` gives it (a value the row stores in another form)."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    return cls(**{n: derived[n] if n in derived else getattr(row, n) for n in names})


def _article(row: Any, **derived: Any) -> ArticleRecord:
    digest = Digest.from_dict(json.loads(row.digest_json))
    return record_of(ArticleRecord, row, digest=digest, **derived)


def _roundup(session: Session, row: RoundupRow) -> RoundupRecord:
    post_ids = session.scalars(
        select(RoundupItemRow.post_id)
        .where(RoundupItemRow.roundup_id == row.id)
        .order_by(RoundupItemRow.post_id)
    ).all()
    return record_of(RoundupRecord, row, post_ids=tuple(post_ids))


def make_engine(database_url: str) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys and a busy timeout."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    in_memory = url.database in (None, "", ":memory:")
    if not in_memory:
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        # One shared connection for in-memory databases, or every session sees an empty DB.
        **({"poolclass": StaticPool} if in_memory else {}),
    )

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        # WAL lets listener threads read while another writes; foreign keys are off by default.
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            # In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process
            # loses nothing (the WAL is in the OS), only a power cut may lose the newest
            # commits. A burst of folder files makes about 20 commits each, so fsync per
            # commit was the bottleneck.
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine


def upgrade_schema(connection: Connection, revision: str = "head") -> None:
    """Bring the database to `revision` with the Alembic history in `bot/storage/migrations/`.

    A database from before Alembic has no version yet: the first revision (the release
    schema) runs on it too, creating only what is missing.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


class Store:
    """The idempotent operations on the bot's database. Thread-safe: one session per call."""

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

    # -- Slack deliveries ------------------------------------------------------------------

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

    def claim_event(
        self,
        key: str,
        *,
        owner: int | None = None,
        alive: Callable[[int], bool] | None = None,
        body: str | None = None,
    ) -> bool:
        """Record a delivery key; True the first time, False for a resend of the same event.

        With replicas (`owner`: this replica's id, `alive`: whether a replica id still runs,
        see `bot.ops.leader`) a resend whose claim belongs to a replica that died (before acting
        on it, or before its ack reached Slack) is taken over: True for exactly one taker.
        `body` (the payload, JSON) stays with the claim until its work is finished, so work a
        dead replica acknowledged is finished elsewhere (`bot.ops.event_recovery.EventClaims`).
        """
        try:
            with self.session() as s:
                s.add(HandledEventRow(key=key, owner=owner, body=body, claimed_at=utcnow()))
        except IntegrityError:
            return owner is not None and alive is not None and self._take_over(key, owner, alive)
        return True

    def _take_over(self, key: str, owner: int, alive: Callable[[int], bool]) -> bool:
        with self._sessions() as s:
            row = s.get(HandledEventRow, key)
            held_by = row.owner if row is not None else None
        if held_by is None or held_by == owner or alive(held_by):
            return False
        return self.take_over_event(key, held_by, owner)

    def take_over_event(self, key: str, held_by: int | None, owner: int) -> bool:
        """Move a claim from `held_by` to `owner`; True for exactly one of several takers."""
        with self.session() as s:  # the conditional update lets one taker win
            taken = s.execute(
                update(HandledEventRow)
                .where(HandledEventRow.key == key, HandledEventRow.owner == held_by)
                .values(owner=owner, claimed_at=utcnow())
            )
            return taken.rowcount == 1

    def prune_handled_events(self, before: datetime) -> int:
        """Forget the delivery keys recorded before `before` (naive UTC); how many went.

        Slack resends an event within minutes (three tries at most), so a key older than the
        retention period (HANDLED_EVENT_RETENTION_DAYS) no longer guards against anything, and
        there is one for every message in every channel the bot is in.
        """
        with self.session() as s:
            gone = s.execute(delete(HandledEventRow).where(HandledEventRow.created_at < before))
            return gone.rowcount or 0

    # -- articles --------------------------------------------------------------------------

    def article_by_url(self, url: str) -> ArticleRecord | None:
        """The most recent digest of this URL (as requested or as finally fetched)."""
        with self._sessions() as s:
            row = s.scalars(
                select(ArticleRow).where(ArticleRow.url == url).order_by(ArticleRow.id.desc())
            ).first()
            return _article(row) if row else None

    def article_by_hash(self, digest_hash: str) -> ArticleRecord | None:
        """The digest of this exact text (whitespace aside), whatever URL it came from."""
        with self.engine.connect() as c:
            row = c.execute(ARTICLE_BY_HASH, {"content_hash": digest_hash}).first()
            return _article(row) if row else None

    def article(self, article_id: int) -> ArticleRecord | None:
        """The article by id."""
        with self._sessions() as s:
            row = s.get(ArticleRow, article_id)
            return _article(row) if row else None

    def save_article(
        self, *, content_hash: str, digest: Digest, url: str | None = None, title: str | None = None
    ) -> ArticleRecord:
        """Store a digest under its content hash; an existing row with that hash wins."""
        with self._writing() as c:
            row = c.execute(ARTICLE_BY_HASH, {"content_hash": content_hash}).first()
            if row is not None:
                if url and not row.url:
                    c.execute(SET_ARTICLE_URL, {"article_id": row.id, "new_url": url})
                    return _article(row, url=url)
                return _article(row)
            digest_json = json.dumps(digest.to_dict(), ensure_ascii=False)
            values = {"content_hash": content_hash, "url": url, "title": title}
            added = c.execute(INSERT_ARTICLE, {**values, "digest_json": digest_json})
            return ArticleRecord(
                id=added.inserted_primary_key[0],
                **values,
                digest=Digest.from_dict(json.loads(digest_json)),
            )

    # -- posts and their threads -----------------------------------------------------------

    def post_for(self, channel: str, article_id: int) -> PostRecord | None:
        """The post of this article in this channel, if it was ever begun."""
        with self._sessions() as s:
            row = s.scalars(
                select(PostRow).where(PostRow.channel == channel, PostRow.article_id == article_id)
            ).first()
            return record_of(PostRecord, row) if row else None

    def get_post(self, post_id: int) -> PostRecord | None:
        """The post by id (None once it is gone)."""
        with self.engine.connect() as c:
            row = c.execute(POST_BY_ID, {"post_id": post_id}).first()
            return record_of(PostRecord, row) if row else None

    def begin_post(
        self,
        *,
        channel: str,
        article_id: int,
        quotes_total: int,
        reply_to_ts: str | None = None,
        intake: str = "command",
        requested_by: str | None = None,
        team_id: str | None = None,
    ) -> tuple[PostRecord, bool]:
        """Claim the (channel, article) post. Returns (post, True) if this call created it."""
        values = {
            **{"channel": channel, "article_id": article_id, "quotes_total": quotes_total},
            **{"reply_to_ts": reply_to_ts, "intake": intake, "requested_by": requested_by},
        }
        try:
            with self._writing() as c:
                added = c.execute(INSERT_POST, {**values, "team_id": self.team(team_id)})
            post = PostRecord(
                id=added.inserted_primary_key[0], parent_ts=None, completed_at=None, **values
            )
            return post, True
        except IntegrityError:
            existing = self.post_for(channel, article_id)
            assert existing is not None  # the unique key that refused us belongs to it
            return existing, False

    def retarget_post(
        self,
        post_id: int,
        *,
        reply_to_ts: str | None,
        requested_by: str | None,
        intake: str,
    ) -> PostRecord:
        """Point a post whose parent never went out at a newer request (its thread, its user)."""
        with self.session() as s:
            row = s.get_one(PostRow, post_id)
            if row.parent_ts is None:
                row.reply_to_ts, row.requested_by, row.intake = reply_to_ts, requested_by, intake
            return record_of(PostRecord, row)

    def set_parent_ts(self, post_id: int, ts: str) -> PostRecord:
        """Record the digest parent's ts; its send is no longer in flight (same transaction)."""
        with self._writing() as c:
            c.execute(SET_PARENT_TS, {"post_id": post_id, "new_ts": ts})
            _end_send(c, "post", post_id)
            return record_of(PostRecord, c.execute(POST_BY_ID, {"post_id": post_id}).one())

    def record_reply(self, post_id: int, quote_index: int, ts: str) -> bool:
        """Note that quote `quote_index` is in the thread; False if it already was. Its send
        is no longer in flight (same transaction)."""
        try:
            with self._writing() as c:
                c.execute(INSERT_REPLY, {"post_id": post_id, "quote_index": quote_index, "ts": ts})
                _end_send(c, "post_reply", post_id)
        except IntegrityError:
            with self._writing() as c:
                _end_send(c, "post_reply", post_id)
            return False
        return True

    def posted_replies(self, post_id: int) -> dict[int, str]:
        """quote index -> reply ts for the replies already posted under this digest."""
        with self.engine.connect() as c:
            return {index: ts for index, ts in c.execute(REPLIES_OF, {"post_id": post_id})}

    def complete_post(self, post_id: int) -> None:
        """Mark the post complete: parent and every quote reply are out."""
        with self._writing() as c:
            c.execute(COMPLETE_POST, {"post_id": post_id, "now": utcnow()})

    def incomplete_posts(self) -> list[PostRecord]:
        """Posts whose parent or some thread replies never made it (to resume after a restart)."""
        with self._sessions() as s:
            rows = s.scalars(select(PostRow).where(PostRow.completed_at.is_(None)))
            return [record_of(PostRecord, r) for r in rows]

    def posts_since(self, channel: str, since: datetime | None = None) -> list[PostRecord]:
        """Completed posts in a channel, oldest first (for roundups)."""
        with self._sessions() as s:
            query = select(PostRow).where(PostRow.channel == channel)
            if since is not None:
                query = query.where(PostRow.created_at > since)
            return [record_of(PostRecord, r) for r in s.scalars(query.order_by(PostRow.id))]

    def posted_digests_version(
        self, channel: str, *, team_id: str | None = None
    ) -> tuple[int, int]:
        """(how many, newest id) of the channel's posted digests: changes whenever one is
        posted or goes, so a reader of `posted_digests` knows when to read again."""
        with self._sessions() as s:
            count, newest = s.execute(
                select(func.count(PostRow.id), func.max(PostRow.id)).where(
                    PostRow.channel == channel,
                    PostRow.parent_ts.is_not(None),
                    *self._of_team(PostRow.team_id, team_id),
                )
            ).one()
            return int(count), int(newest or 0)

    def posted_digests(
        self, channel: str, *, limit: int | None = None, team_id: str | None = None
    ) -> list[PostedDigest]:
        """The digests whose parent is in the channel, newest first, each with its article
        (for `/digest status`, `/digest who` and the person index)."""
        with self._sessions() as s:
            query = (
                select(PostRow, ArticleRow)
                .join(ArticleRow, ArticleRow.id == PostRow.article_id)
                .where(PostRow.channel == channel, PostRow.parent_ts.is_not(None))
                .where(*self._of_team(PostRow.team_id, team_id))
                .order_by(PostRow.created_at.desc(), PostRow.id.desc())
            )
            if limit is not None:
                query = query.limit(limit)
            return [
                PostedDigest(record_of(PostRecord, post), _article(article), post.created_at)
                for post, article in s.execute(query)
            ]

    def digests_requested_by(
        self,
        user: str,
        *,
        limit: int | None = None,
        channels: Iterable[str] | None = None,
        with_dms: bool = False,
    ) -> list[PostedDigest]:
        """The digests `user` asked for whose parent is out, newest first (App Home);
        `channels` keeps only those in these conversations (the ones the user is in), plus
        DMs (D ids) `with_dms`."""
        with self._sessions() as s:
            query = (
                select(PostRow, ArticleRow)
                .join(ArticleRow, ArticleRow.id == PostRow.article_id)
                .where(PostRow.requested_by == user, PostRow.parent_ts.is_not(None))
                .order_by(PostRow.created_at.desc(), PostRow.id.desc())
            )
            if channels is not None:
                allowed = PostRow.channel.in_(list(channels))
                if with_dms:
                    allowed = allowed | PostRow.channel.like("D%")
                query = query.where(allowed)
            if limit is not None:
                query = query.limit(limit)
            return [
                PostedDigest(record_of(PostRecord, post), _article(article), post.created_at)
                for post, article in s.execute(query)
            ]

    # -- messages in flight ----------------------------------------------------------------

    def begin_send(
        self,
        kind: str,
        target_id: int,
        *,
        channel: str,
        thread_ts: str | None = None,
        part: int | None = None,
    ) -> SendRecord:
        """Note that message (kind, target_id, part) is about to be posted; returns its key.

        The same message already in flight keeps its key and start time (so a later look-up
        covers every attempt) and takes the new destination. A different part in flight
        (never the case while replies go out in order) is replaced: a new message, a new key.
        """
        with self._writing() as c:
            row = c.execute(SEND_OF, {"kind": kind, "target_id": target_id}).first()
            if row is not None and row.part == part:
                attempts = row.attempts + 1
                c.execute(
                    update(SENDS)
                    .where(SENDS.c.key == row.key)
                    .values(channel=channel, thread_ts=thread_ts, attempts=attempts)
                )
                return record_of(
                    SendRecord, row, channel=channel, thread_ts=thread_ts, attempts=attempts
                )
            if row is not None:
                c.execute(delete(SENDS).where(SENDS.c.key == row.key))
            send = {
                "key": uuid.uuid4().hex,
                **{"kind": kind, "target_id": target_id, "part": part, "channel": channel},
                **{"thread_ts": thread_ts, "attempts": 1, "started_at": utcnow()},
            }
            c.execute(INSERT_SEND, send)
            return SendRecord(**send)

    def send_in_flight(self, kind: str, target_id: int) -> SendRecord | None:
        """The send in flight for (kind, target_id): its message may already be in Slack."""
        with self.engine.connect() as c:
            row = c.execute(SEND_OF, {"kind": kind, "target_id": target_id}).first()
            return record_of(SendRecord, row) if row else None

    def drop_send(self, kind: str, target_id: int) -> None:
        """Slack refused the message outright: nothing is in flight any more."""
        with self._writing() as c:
            _end_send(c, kind, target_id)

    # -- watched channels ------------------------------------------------------------------

    def watch(self, channel: str, *, user: str | None = None, team_id: str | None = None) -> bool:
        """Start watching a channel; False if it already was watched."""
        try:
            with self.session() as s:
                s.add(
                    WatchedChannelRow(channel=channel, watched_by=user, team_id=self.team(team_id))
                )
        except IntegrityError:
            return False
        return True

    def unwatch(self, channel: str, *, team_id: str | None = None) -> bool:
        """Stop watching a channel; False if it was not watched (by this team: in a channel
        two workspaces share, one team's `unwatch` leaves the other's watch alone)."""
        with self.session() as s:
            row = s.get(WatchedChannelRow, channel)
            if row is None or not self._owns(row.team_id, team_id):
                return False
            s.delete(row)
            return True

    def is_watched(self, channel: str) -> bool:
        """Whether `/digest watch` is on in the channel."""
        with self._sessions() as s:
            return s.get(WatchedChannelRow, channel) is not None

    def watched_channels(self) -> list[str]:
        """Every watched channel, in the order they were first watched (App Home)."""
        with self._sessions() as s:
            query = select(WatchedChannelRow.channel).order_by(WatchedChannelRow.created_at)
            return list(s.scalars(query))

    # -- folder intake ---------------------------------------------------------------------

    def claim_folder_file(self, *, channel: str, file_hash: str, name: str) -> FolderFileRecord:
        """Record that a folder file is being handled; a file seen before returns its row."""
        values = {"channel": channel, "file_hash": file_hash, "name": name}
        try:
            with self._writing() as c:
                added = c.execute(INSERT_FOLDER_FILE, {**values, "status": "claimed"})
            return FolderFileRecord(
                id=added.inserted_primary_key[0], status="claimed", post_id=None, **values
            )
        except IntegrityError:
            with self._sessions() as s:
                row = s.scalars(
                    select(FolderFileRow).where(
                        FolderFileRow.channel == channel, FolderFileRow.file_hash == file_hash
                    )
                ).one()
                return record_of(FolderFileRecord, row)

    def folder_file(self, channel: str, file_hash: str) -> FolderFileRecord | None:
        """The claim on a folder file (by its bytes), if any."""
        with self._sessions() as s:
            row = s.scalars(
                select(FolderFileRow).where(
                    FolderFileRow.channel == channel, FolderFileRow.file_hash == file_hash
                )
            ).first()
            return record_of(FolderFileRecord, row) if row else None

    def finish_folder_file(
        self, file_id: int, *, status: str, post_id: int | None = None, reason: str | None = None
    ) -> None:
        """Record how a folder file ended: `posted` (with its post) or `failed` (why)."""
        with self._writing() as c:
            c.execute(
                FINISH_FOLDER_FILE,
                {"file_id": file_id, "new_status": status, "new_reason": reason}
                | {"new_post_id": post_id, "now": utcnow()},
            )

    # -- digest attempts (poison articles) -------------------------------------------------

    def digest_attempts(self, key: str) -> DigestAttemptRecord | None:
        """The unfinished digests of `key` ("text:<hash>", "file:<hash>"), if any."""
        with self.engine.connect() as c:
            row = c.execute(ATTEMPT_OF, {"attempt_key": key}).first()
            return record_of(DigestAttemptRecord, row) if row else None

    def begin_digest_attempt(self, key: str) -> DigestAttemptRecord:
        """Count a digest of `key` as begun, before the work starts: a kill during it stays
        counted. Returns the count including this attempt."""
        for _ in range(2):  # another process may insert the same key first
            try:
                with self._writing() as c:
                    row = c.execute(ATTEMPT_OF, {"attempt_key": key}).first()
                    if row is None:
                        c.execute(INSERT_ATTEMPT, {"key": key, "attempts": 1, "reason": None})
                        return DigestAttemptRecord(key=key, attempts=1, reason=None)
                    c.execute(COUNT_ATTEMPT, {"attempt_key": key, "now": utcnow()})
                    return record_of(DigestAttemptRecord, row, attempts=row.attempts + 1)
            except IntegrityError:
                continue
        raise RuntimeError(f"could not count a digest attempt for {key}")

    def fail_digest_attempt(self, key: str, reason: str) -> DigestAttemptRecord:
        """The attempt ended with its worker stopped (`reason`): it stays counted."""
        with self.session() as s:
            row = s.get(DigestAttemptRow, key)
            if row is None:
                row = DigestAttemptRow(key=key, attempts=1)
                s.add(row)
            row.reason, row.updated_at = reason, utcnow()
            s.flush()
            return record_of(DigestAttemptRecord, row)

    def end_digest_attempt(self, key: str) -> None:
        """The attempt ended cleanly (a digest, or an ordinary error): forget the count."""
        with self._writing() as c:
            c.execute(END_ATTEMPT, {"attempt_key": key})

    # -- roundups --------------------------------------------------------------------------

    def enable_roundups(
        self, channel: str, *, since: datetime | None = None, team_id: str | None = None
    ) -> None:
        """Start collecting for a channel's roundups, from `since` (naive UTC; default now);
        a no-op if already on."""
        with self.session() as s:
            if s.get(RoundupChannelRow, channel) is None:
                s.add(
                    RoundupChannelRow(
                        channel=channel, since=since or utcnow(), team_id=self.team(team_id)
                    )
                )

    def disable_roundups(self, channel: str, *, team_id: str | None = None) -> None:
        """Stop collecting posts for the channel's roundups (if this team collects them)."""
        with self.session() as s:
            row = s.get(RoundupChannelRow, channel)
            if row is not None and self._owns(row.team_id, team_id):
                s.delete(row)

    def begin_roundup(self, channel: str) -> RoundupRecord:
        """The channel's unfinished roundup, else a new one holding every posted digest since
        the last (each post lands in exactly one roundup). The (channel, period) is claimed
        by a unique index: a replica that loses the race gets the winner's run."""
        try:
            return self._begin_roundup(channel)
        except IntegrityError:
            return self._begin_roundup(channel)

    def _begin_roundup(self, channel: str) -> RoundupRecord:
        with self.session() as s:
            unfinished = s.scalars(
                select(RoundupRow)
                .where(RoundupRow.channel == channel, RoundupRow.completed_at.is_(None))
                .order_by(RoundupRow.id)
            ).first()
            if unfinished is not None:
                return _roundup(s, unfinished)
            enabled = s.get(RoundupChannelRow, channel)
            if enabled is None:
                enabled = RoundupChannelRow(channel=channel)
                s.add(enabled)
                s.flush()
            last = s.scalars(
                select(RoundupRow.created_at)
                .where(RoundupRow.channel == channel)
                .order_by(RoundupRow.id.desc())
            ).first()
            rounded_up = select(RoundupItemRow.post_id)
            post_ids = s.scalars(
                select(PostRow.id)
                .where(
                    PostRow.channel == channel,
                    PostRow.parent_ts.is_not(None),
                    PostRow.created_at >= enabled.since,
                    PostRow.id.not_in(rounded_up),
                )
                .order_by(PostRow.id)
            ).all()
            row = RoundupRow(channel=channel, period_start=last or enabled.since)
            s.add(row)
            s.flush()
            s.add_all(RoundupItemRow(post_id=pid, roundup_id=row.id) for pid in post_ids)
            s.flush()
            return _roundup(s, row)

    def set_roundup_parent(self, roundup_id: int, ts: str) -> None:
        """Record the roundup parent's ts; its send is no longer in flight (same transaction)."""
        with self.session() as s:
            s.get_one(RoundupRow, roundup_id).parent_ts = ts
            _end_send(s, "roundup", roundup_id)

    def set_roundup_progress(self, roundup_id: int, replies_done: int) -> None:
        """Record how many thread replies are out; the reply's send is no longer in flight
        (same transaction)."""
        with self.session() as s:
            s.get_one(RoundupRow, roundup_id).replies_done = replies_done
            _end_send(s, "roundup_reply", roundup_id)

    def complete_roundup(self, roundup_id: int) -> None:
        """Mark the roundup complete: parent and every thread reply are out."""
        with self.session() as s:
            row = s.get_one(RoundupRow, roundup_id)
            row.completed_at = row.completed_at or utcnow()

    def incomplete_roundups(self) -> list[RoundupRecord]:
        """Roundups a crash or a Slack outage cut short (to finish at start-up)."""
        with self._sessions() as s:
            rows = s.scalars(select(RoundupRow).where(RoundupRow.completed_at.is_(None)))
            return [_roundup(s, r) for r in rows]


# The statements made for every article and message (`Store._writing`), built once:
# building a statement and its cache key costs more than SQLite takes to run it, so each
# call only binds its values. (Bound names differ from column names where SQLAlchemy
# reserves those for an UPDATE's SET clause.)
POSTS, REPLIES, SENDS = PostRow.__table__, PostReplyRow.__table__, SendRow.__table__
ARTICLES, FOLDER_FILES = ArticleRow.__table__, FolderFileRow.__table__
ATTEMPTS = DigestAttemptRow.__table__
ARTICLE_BY_HASH = select(ARTICLES).where(ARTICLES.c.content_hash == bindparam("content_hash"))
INSERT_ARTICLE = insert(ARTICLES)
SET_ARTICLE_URL = (
    update(ARTICLES)
    .where(ARTICLES.c.id == bindparam("article_id"))
    .values(url=bindparam("new_url"))
)
INSERT_POST = insert(POSTS)
INSERT_FOLDER_FILE = insert(FOLDER_FILES)
FINISH_FOLDER_FILE = (
    update(FOLDER_FILES)
    .where(FOLDER_FILES.c.id == bindparam("file_id"))
    .values(
        status=bindparam("new_status"),
        reason=bindparam("new_reason"),
        finished_at=bindparam("now"),
        post_id=func.coalesce(bindparam("new_post_id"), FOLDER_FILES.c.post_id),
    )
)
ATTEMPT_OF = select(ATTEMPTS).where(ATTEMPTS.c.key == bindparam("attempt_key"))
INSERT_ATTEMPT = insert(ATTEMPTS)
COUNT_ATTEMPT = (
    update(ATTEMPTS)
    .where(ATTEMPTS.c.key == bindparam("attempt_key"))
    .values(attempts=ATTEMPTS.c.attempts + 1, updated_at=bindparam("now"))
)
END_ATTEMPT = delete(ATTEMPTS).where(ATTEMPTS.c.key == bindparam("attempt_key"))
_SEND_TARGET = (SENDS.c.kind == bindparam("kind"), SENDS.c.target_id == bindparam("target_id"))
SEND_OF = select(SENDS).where(*_SEND_TARGET)
INSERT_SEND = insert(SENDS)
END_SEND = delete(SENDS).where(*_SEND_TARGET)
INSERT_REPLY = insert(REPLIES)
REPLIES_OF = select(REPLIES.c.quote_index, REPLIES.c.ts).where(
    REPLIES.c.post_id == bindparam("post_id")
)
POST_BY_ID = select(POSTS).where(POSTS.c.id == bindparam("post_id"))
SET_PARENT_TS = (
    update(POSTS).where(POSTS.c.id == bindparam("post_id")).values(parent_ts=bindparam("new_ts"))
)
COMPLETE_POST = (
    update(POSTS)
    .where(POSTS.c.id == bindparam("post_id"), POSTS.c.completed_at.is_(None))
    .values(completed_at=bindparam("now"))
)


def _end_send(connection: Connection | Session, kind: str, target_id: int) -> None:
    """The send (kind, target_id) is over: its ts is stored, or Slack refused it."""
    connection.execute(END_SEND, {"kind": kind, "target_id": target_id})
