"""The bot's memory: one SQLAlchemy module that every intake writes through.

What lives here (SQLite by default, `DATABASE_URL` to change), and why:
    articles          every article digested: URL, content hash, digest JSON. Asking again
                      for the same URL or the same text re-uses the digest instead of re-running
                      the NLP, and lets us say "already digested" instead of reposting.
    posts             one row per (channel, article): where the digest parent went and how many
                      quotes the thread should get. Unique per channel, so the same article asked
                      for twice in a channel links to the first digest.
    post_replies      one row per threaded quote actually posted. A retry after a crash or a
                      Slack error posts only the missing replies, never the parent again.
    parent_sends      a message on its way to Slack (a digest's or a roundup's parent, or one
                      thread reply of either): written before chat.postMessage with a unique
                      key that rides along in the message's metadata, dropped in the same
                      transaction that stores the message's ts. A row left behind means
                      "maybe posted": the key is looked up in the channel or thread before
                      anything is posted again. (Named for its first use, parents; kept so
                      existing databases keep working.)
    handled_events    Slack delivery keys (event ids, envelope ids) we have already acted on.
                      Slack resends events it believes were lost; the unique key makes the
                      resend a no-op.
    watched_channels  channels where every article link gets a digest.
    folder_files      files taken from the watched folder, keyed by their bytes: claimed, then
                      posted or failed, so a restart recognises a file it already posted.
    roundup_*         scheduled roundups: channels that get them, each run (parent ts, thread
                      progress), and which posts each run covered (a post is in at most one).

Idempotency is expressed as unique constraints, not `if seen:` checks: each `claim_*` / `begin_*`
operation inserts and reports whether it won. Public operations return frozen dataclasses, never
live ORM objects, so callers on any thread can hold them without a session.

Other modules may add their own tables to `Base.metadata`; `Store(...)` creates every table
registered on it at start-up (import the module that defines them before building the Store).
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from digests.model import Digest


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def content_hash(text: str) -> str:
    """Hash of the article text with whitespace normalised, so re-pasted text matches."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class Base(DeclarativeBase):
    """Declarative base shared by every table in the bot's database."""


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str | None] = mapped_column(Text, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    digest_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PostRow(Base):
    __tablename__ = "posts"
    __table_args__ = (UniqueConstraint("channel", "article_id", name="uq_post_channel_article"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    intake: Mapped[str] = mapped_column(String(32), default="command")
    requested_by: Mapped[str | None] = mapped_column(String(32))
    # The thread the request came from (a mention, a watched message); None for top level.
    reply_to_ts: Mapped[str | None] = mapped_column(String(32))
    parent_ts: Mapped[str | None] = mapped_column(String(32))
    quotes_total: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)


class PostReplyRow(Base):
    __tablename__ = "post_replies"
    __table_args__ = (UniqueConstraint("post_id", "quote_index", name="uq_reply_post_quote"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    quote_index: Mapped[int] = mapped_column(Integer)
    ts: Mapped[str] = mapped_column(String(32))


class SendRow(Base):
    """A message being posted: `kind` and the row it is for. Parents are "post" (a digest)
    and "roundup"; thread replies are "post_reply" (a quote, `part` its index in the digest)
    and "roundup_reply" (an article, `part` its position in the roundup). A thread's replies
    go out one after another, so one (kind, target) has at most one message in flight.

    Written before chat.postMessage and deleted when the message's ts is stored, so a row
    that outlives its attempt (a kill, a dropped connection) marks a message that may be in
    Slack already, findable by `key` in its metadata.
    """

    __tablename__ = "parent_sends"
    __table_args__ = (UniqueConstraint("kind", "target_id", name="uq_parent_send_target"),)

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[int] = mapped_column(Integer)
    # Which reply of the thread (None for a parent).
    part: Mapped[int | None] = mapped_column(Integer, default=None)
    channel: Mapped[str] = mapped_column(String(32))
    # The thread the message is posted in (a parent inside a mention's or a watched
    # message's thread, or a reply); None: top level.
    thread_ts: Mapped[str | None] = mapped_column(String(32), default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)


class HandledEventRow(Base):
    __tablename__ = "handled_events"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WatchedChannelRow(Base):
    __tablename__ = "watched_channels"

    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    watched_by: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class FolderFileRow(Base):
    """A file taken from the watched folder: `claimed`, then `posted` or `failed`.

    Keyed by the file's bytes, so the same file seen again after a crash (not yet moved to
    processed/) is recognised before anything is loaded, fetched or posted.
    """

    __tablename__ = "folder_files"
    __table_args__ = (UniqueConstraint("channel", "file_hash", name="uq_folder_file"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    file_hash: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="claimed")
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"), default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)


class RoundupChannelRow(Base):
    """A channel with scheduled roundups; posts before `since` are not rounded up."""

    __tablename__ = "roundup_channels"

    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    since: Mapped[datetime] = mapped_column(default=utcnow)


class RoundupRow(Base):
    """One roundup run: its parent message and how many thread digests went out."""

    __tablename__ = "roundups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), index=True)
    period_start: Mapped[datetime | None] = mapped_column(default=None)
    parent_ts: Mapped[str | None] = mapped_column(String(32), default=None)
    replies_done: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)


class RoundupItemRow(Base):
    """A post included in a roundup; the primary key puts each post in at most one."""

    __tablename__ = "roundup_items"

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), primary_key=True)
    roundup_id: Mapped[int] = mapped_column(ForeignKey("roundups.id"), index=True)


@dataclass(frozen=True)
class SendRecord:
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
class FolderFileRecord:
    id: int
    channel: str
    file_hash: str
    name: str
    status: str
    post_id: int | None


@dataclass(frozen=True)
class RoundupRecord:
    id: int
    channel: str
    period_start: datetime | None
    parent_ts: str | None
    replies_done: int
    post_ids: tuple[int, ...]
    completed: bool


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    content_hash: str
    url: str | None
    title: str | None
    digest: Digest


@dataclass(frozen=True)
class PostRecord:
    id: int
    channel: str
    article_id: int
    intake: str
    requested_by: str | None
    reply_to_ts: str | None
    parent_ts: str | None
    quotes_total: int
    completed: bool

    @property
    def thread_ts(self) -> str | None:
        """Where the quote replies go: the request's thread, else the digest's own thread."""
        return self.reply_to_ts or self.parent_ts


def _article_record(row: ArticleRow) -> ArticleRecord:
    return ArticleRecord(
        id=row.id,
        content_hash=row.content_hash,
        url=row.url,
        title=row.title,
        digest=Digest.from_dict(json.loads(row.digest_json)),
    )


def _post_record(row: PostRow) -> PostRecord:
    return PostRecord(
        id=row.id,
        channel=row.channel,
        article_id=row.article_id,
        intake=row.intake,
        requested_by=row.requested_by,
        reply_to_ts=row.reply_to_ts,
        parent_ts=row.parent_ts,
        quotes_total=row.quotes_total,
        completed=row.completed_at is not None,
    )


def _make_engine(database_url: str) -> Engine:
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:":
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        # One shared connection for in-memory databases, or every session sees an empty DB.
        **({"poolclass": _static_pool()} if url.database in (None, "", ":memory:") else {}),
    )

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        # WAL lets listener threads read while another writes; foreign keys are off by default.
        if url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine


def _static_pool():
    from sqlalchemy.pool import StaticPool

    return StaticPool


class Store:
    """The idempotent operations on the bot's database. Thread-safe: one session per call."""

    def __init__(self, database_url: str = "sqlite:///data/digest-bot.db") -> None:
        self.database_url = database_url
        self.engine = _make_engine(database_url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite allows one writer; serialising our writes avoids "database is locked" churn.
        self._write_lock = threading.RLock()
        Base.metadata.create_all(self.engine)
        _add_new_columns(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error (for other modules' tables)."""
        with self._write_lock, self._sessions() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    # -- Slack deliveries ------------------------------------------------------------------

    def claim_event(self, key: str) -> bool:
        """Record a delivery key; True the first time, False for a resend of the same event."""
        try:
            with self.session() as s:
                s.add(HandledEventRow(key=key))
        except IntegrityError:
            return False
        return True

    # -- articles --------------------------------------------------------------------------

    def article_by_url(self, url: str) -> ArticleRecord | None:
        """The most recent digest of this URL (as requested or as finally fetched)."""
        with self._sessions() as s:
            row = s.scalars(
                select(ArticleRow).where(ArticleRow.url == url).order_by(ArticleRow.id.desc())
            ).first()
            return _article_record(row) if row else None

    def article_by_hash(self, digest_hash: str) -> ArticleRecord | None:
        with self._sessions() as s:
            row = s.scalars(
                select(ArticleRow).where(ArticleRow.content_hash == digest_hash)
            ).first()
            return _article_record(row) if row else None

    def article(self, article_id: int) -> ArticleRecord | None:
        with self._sessions() as s:
            row = s.get(ArticleRow, article_id)
            return _article_record(row) if row else None

    def save_article(
        self, *, content_hash: str, digest: Digest, url: str | None = None, title: str | None = None
    ) -> ArticleRecord:
        """Store a digest under its content hash; an existing row with that hash wins."""
        with self.session() as s:
            row = s.scalars(
                select(ArticleRow).where(ArticleRow.content_hash == content_hash)
            ).first()
            if row is None:
                row = ArticleRow(
                    content_hash=content_hash,
                    url=url,
                    title=title,
                    digest_json=json.dumps(digest.to_dict(), ensure_ascii=False),
                )
                s.add(row)
                s.flush()
            elif url and not row.url:
                row.url = url
            return _article_record(row)

    # -- posts and their threads -----------------------------------------------------------

    def post_for(self, channel: str, article_id: int) -> PostRecord | None:
        with self._sessions() as s:
            row = s.scalars(
                select(PostRow).where(PostRow.channel == channel, PostRow.article_id == article_id)
            ).first()
            return _post_record(row) if row else None

    def post(self, post_id: int) -> PostRecord | None:
        with self._sessions() as s:
            row = s.get(PostRow, post_id)
            return _post_record(row) if row else None

    def begin_post(
        self,
        *,
        channel: str,
        article_id: int,
        quotes_total: int,
        reply_to_ts: str | None = None,
        intake: str = "command",
        requested_by: str | None = None,
    ) -> tuple[PostRecord, bool]:
        """Claim the (channel, article) post. Returns (post, True) if this call created it."""
        try:
            with self.session() as s:
                row = PostRow(
                    channel=channel,
                    article_id=article_id,
                    quotes_total=quotes_total,
                    reply_to_ts=reply_to_ts,
                    intake=intake,
                    requested_by=requested_by,
                )
                s.add(row)
                s.flush()
                return _post_record(row), True
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
            return _post_record(row)

    def set_parent_ts(self, post_id: int, ts: str) -> PostRecord:
        """Record the digest parent's ts; its send is no longer in flight (same transaction)."""
        with self.session() as s:
            row = s.get_one(PostRow, post_id)
            row.parent_ts = ts
            _delete_send(s, "post", post_id)
            return _post_record(row)

    def record_reply(self, post_id: int, quote_index: int, ts: str) -> bool:
        """Note that quote `quote_index` is in the thread; False if it already was. Its send
        is no longer in flight (same transaction)."""
        try:
            with self.session() as s:
                s.add(PostReplyRow(post_id=post_id, quote_index=quote_index, ts=ts))
                _delete_send(s, "post_reply", post_id)
        except IntegrityError:
            with self.session() as s:
                _delete_send(s, "post_reply", post_id)
            return False
        return True

    def posted_replies(self, post_id: int) -> dict[int, str]:
        """quote index -> reply ts for the replies already posted under this digest."""
        with self._sessions() as s:
            rows = s.scalars(select(PostReplyRow).where(PostReplyRow.post_id == post_id))
            return {r.quote_index: r.ts for r in rows}

    def complete_post(self, post_id: int) -> PostRecord:
        with self.session() as s:
            row = s.get_one(PostRow, post_id)
            row.completed_at = row.completed_at or utcnow()
            return _post_record(row)

    def incomplete_posts(self) -> list[PostRecord]:
        """Posts whose parent or some thread replies never made it (to resume after a restart)."""
        with self._sessions() as s:
            rows = s.scalars(select(PostRow).where(PostRow.completed_at.is_(None)))
            return [_post_record(r) for r in rows]

    def posts_since(self, channel: str, since: datetime | None = None) -> list[PostRecord]:
        """Completed posts in a channel, oldest first (for roundups)."""
        with self._sessions() as s:
            query = select(PostRow).where(PostRow.channel == channel)
            if since is not None:
                query = query.where(PostRow.created_at > since)
            return [_post_record(r) for r in s.scalars(query.order_by(PostRow.id))]

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
        with self.session() as s:
            row = _send_row(s, kind, target_id)
            if row is not None and row.part != part:
                s.delete(row)
                s.flush()
                row = None
            if row is None:
                row = SendRow(
                    key=uuid.uuid4().hex,
                    kind=kind,
                    target_id=target_id,
                    part=part,
                    channel=channel,
                    thread_ts=thread_ts,
                )
                s.add(row)
                s.flush()
            else:
                row.channel, row.thread_ts = channel, thread_ts
                row.attempts += 1
            return _send_record(row)

    def send_in_flight(self, kind: str, target_id: int) -> SendRecord | None:
        """The send in flight for (kind, target_id): its message may already be in Slack."""
        with self._sessions() as s:
            row = _send_row(s, kind, target_id)
            return _send_record(row) if row else None

    def drop_send(self, kind: str, target_id: int) -> None:
        """Slack refused the message outright: nothing is in flight any more."""
        with self.session() as s:
            _delete_send(s, kind, target_id)

    # -- watched channels ------------------------------------------------------------------

    def watch(self, channel: str, *, user: str | None = None) -> bool:
        """Start watching a channel; False if it already was watched."""
        try:
            with self.session() as s:
                s.add(WatchedChannelRow(channel=channel, watched_by=user))
        except IntegrityError:
            return False
        return True

    def unwatch(self, channel: str) -> bool:
        """Stop watching a channel; False if it was not watched."""
        with self.session() as s:
            row = s.get(WatchedChannelRow, channel)
            if row is None:
                return False
            s.delete(row)
            return True

    def is_watched(self, channel: str) -> bool:
        with self._sessions() as s:
            return s.get(WatchedChannelRow, channel) is not None

    def watched_channels(self) -> list[str]:
        with self._sessions() as s:
            return list(s.scalars(select(WatchedChannelRow.channel).order_by("channel")))

    # -- folder intake ---------------------------------------------------------------------

    def claim_folder_file(self, *, channel: str, file_hash: str, name: str) -> FolderFileRecord:
        """Record that a folder file is being handled; a file seen before returns its row."""
        try:
            with self.session() as s:
                row = FolderFileRow(channel=channel, file_hash=file_hash, name=name)
                s.add(row)
                s.flush()
                return _folder_file_record(row)
        except IntegrityError:
            with self._sessions() as s:
                row = s.scalars(
                    select(FolderFileRow).where(
                        FolderFileRow.channel == channel, FolderFileRow.file_hash == file_hash
                    )
                ).one()
                return _folder_file_record(row)

    def folder_file(self, channel: str, file_hash: str) -> FolderFileRecord | None:
        with self._sessions() as s:
            row = s.scalars(
                select(FolderFileRow).where(
                    FolderFileRow.channel == channel, FolderFileRow.file_hash == file_hash
                )
            ).first()
            return _folder_file_record(row) if row else None

    def finish_folder_file(
        self, file_id: int, *, status: str, post_id: int | None = None, reason: str | None = None
    ) -> FolderFileRecord:
        with self.session() as s:
            row = s.get_one(FolderFileRow, file_id)
            row.status, row.reason, row.finished_at = status, reason, utcnow()
            row.post_id = post_id if post_id is not None else row.post_id
            return _folder_file_record(row)

    # -- roundups --------------------------------------------------------------------------

    def enable_roundups(self, channel: str) -> None:
        """Start collecting for a channel's roundups (from now on); a no-op if already on."""
        with self.session() as s:
            if s.get(RoundupChannelRow, channel) is None:
                s.add(RoundupChannelRow(channel=channel))

    def disable_roundups(self, channel: str) -> None:
        with self.session() as s:
            row = s.get(RoundupChannelRow, channel)
            if row is not None:
                s.delete(row)

    def begin_roundup(self, channel: str) -> RoundupRecord:
        """The channel's unfinished roundup, else a new one holding every posted digest since
        the last (each post lands in exactly one roundup)."""
        with self.session() as s:
            unfinished = s.scalars(
                select(RoundupRow)
                .where(RoundupRow.channel == channel, RoundupRow.completed_at.is_(None))
                .order_by(RoundupRow.id)
            ).first()
            if unfinished is not None:
                return _roundup_record(s, unfinished)
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
            return _roundup_record(s, row)

    def set_roundup_parent(self, roundup_id: int, ts: str) -> None:
        """Record the roundup parent's ts; its send is no longer in flight (same transaction)."""
        with self.session() as s:
            s.get_one(RoundupRow, roundup_id).parent_ts = ts
            _delete_send(s, "roundup", roundup_id)

    def set_roundup_progress(self, roundup_id: int, replies_done: int) -> None:
        """Record how many thread replies are out; the reply's send is no longer in flight
        (same transaction)."""
        with self.session() as s:
            s.get_one(RoundupRow, roundup_id).replies_done = replies_done
            _delete_send(s, "roundup_reply", roundup_id)

    def complete_roundup(self, roundup_id: int) -> None:
        with self.session() as s:
            row = s.get_one(RoundupRow, roundup_id)
            row.completed_at = row.completed_at or utcnow()

    def incomplete_roundups(self) -> list[RoundupRecord]:
        with self._sessions() as s:
            rows = s.scalars(select(RoundupRow).where(RoundupRow.completed_at.is_(None)))
            return [_roundup_record(s, r) for r in rows]


def _add_new_columns(engine: Engine) -> None:
    """Columns added to a table after it shipped (`create_all` makes tables, not columns)."""
    columns = {c["name"] for c in inspect(engine).get_columns(SendRow.__tablename__)}
    if "part" not in columns:
        with engine.begin() as connection:
            connection.execute(text(f"ALTER TABLE {SendRow.__tablename__} ADD COLUMN part INTEGER"))


def _send_row(session: Session, kind: str, target_id: int) -> SendRow | None:
    return session.scalars(
        select(SendRow).where(SendRow.kind == kind, SendRow.target_id == target_id)
    ).first()


def _delete_send(session: Session, kind: str, target_id: int) -> None:
    row = _send_row(session, kind, target_id)
    if row is not None:
        session.delete(row)


def _send_record(row: SendRow) -> SendRecord:
    return SendRecord(
        key=row.key,
        kind=row.kind,
        target_id=row.target_id,
        part=row.part,
        channel=row.channel,
        thread_ts=row.thread_ts,
        attempts=row.attempts,
        started_at=row.started_at,
    )


def _folder_file_record(row: FolderFileRow) -> FolderFileRecord:
    return FolderFileRecord(
        id=row.id,
        channel=row.channel,
        file_hash=row.file_hash,
        name=row.name,
        status=row.status,
        post_id=row.post_id,
    )


def _roundup_record(session: Session, row: RoundupRow) -> RoundupRecord:
    post_ids = session.scalars(
        select(RoundupItemRow.post_id)
        .where(RoundupItemRow.roundup_id == row.id)
        .order_by(RoundupItemRow.post_id)
    ).all()
    return RoundupRecord(
        id=row.id,
        channel=row.channel,
        period_start=row.period_start,
        parent_ts=row.parent_ts,
        replies_done=row.replies_done,
        post_ids=tuple(post_ids),
        completed=row.completed_at is not None,
    )
