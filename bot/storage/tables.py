"""The bot's tables (SQLAlchemy ORM); `bot.storage.store` holds the operations on them.

What lives here (SQLite by default, `DATABASE_URL` to change), and why:
    articles          every article digested: URL, content hash, digest JSON. Asking again
                      for the same URL or the same text re-uses the digest instead of re-running
                      the NLP, and lets us say "already digested" instead of reposting.
    posts             one row per (channel, article): where the digest parent went and how many
                      quotes the thread should get. Unique per channel, so the same article asked
                      for twice in a channel links to the first digest.
    post_replies      one row per threaded quote actually posted. A retry after a crash or a
                      Slack error posts only the missing replies, never the parent again.
    message_sends     a message on its way to Slack (a digest's or a roundup's parent, or one
                      thread reply of either): written before chat.postMessage with a unique
                      key that rides along in the message's metadata, dropped in the same
                      transaction that stores the message's ts. A row left behind means
                      "maybe posted": the key is looked up in the channel or thread before
                      anything is posted again. (Called `parent_sends` until revision 0002.)
    handled_events    Slack delivery keys (event ids, envelope ids) we have already acted on.
                      Slack resends events it believes were lost; the unique key makes the
                      resend a no-op.
    watched_channels  channels where every article link gets a digest.
    folder_files      files taken from the watched folder, keyed by their bytes: claimed, then
                      posted or failed, so a restart recognises a file it already posted.
    slack_bots, slack_installations, slack_oauth_states
                      Bolt's OAuth stores (many workspaces, bot.slack.oauth): each team's install
                      and bot token, and the install flow's one-time states. Tables as
                      slack_sdk defines them; posts, watched_channels and roundup_channels
                      carry the `team_id` they belong to (None: the single workspace).
    roundup_*         scheduled roundups: channels that get them, each run (parent ts, thread
                      progress), and which posts each run covered (a post is in at most one).
    feeds             RSS/Atom subscriptions, one per (channel, feed URL): the validators for
                      conditional GET (ETag, Last-Modified), when it last fetched and last
                      worked, since when it fails (reported to the channel once, after a day)
                      and when it is next due (backoff on errors).
    feed_entries      every entry of a feed the bot has seen, one per (feed, guid else link):
                      inserted before its digest is posted (the claim), so two processes or a
                      restart never post one twice; `seen` (the back catalogue when the feed
                      was added), `claimed`, `posted`, `failed` (logged, never shown).
    digest_attempts   digests begun and not ended cleanly, per article text or folder file:
                      counted before the work starts, so a kill counts; at two (timeouts,
                      worker crashes, kills) the article is refused with the reason for good.

Schema changes go through Alembic (`bot/storage/migrations/versions/`): change a class here, then
add a revision that makes the same change to a database of the previous release.
"""

from __future__ import annotations

from datetime import UTC, datetime

from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    """Naive UTC, the form every timestamp column stores (SQLite has no time zones)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base shared by every table in the bot's database (one metadata)."""


class ArticleRow(Base):
    """An article digested once: the digest JSON, found again by URL or by content hash."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str | None] = mapped_column(Text, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    digest_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PostRow(Base):
    """A digest posted (or being posted) in a channel: one per (channel, article)."""

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
    # The Slack workspace (bot.slack.oauth); None in single-workspace mode.
    team_id: Mapped[str | None] = mapped_column(String(32), default=None, index=True)


class PostReplyRow(Base):
    """A quote reply that is in the digest's thread: one per (post, quote index)."""

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

    __tablename__ = "message_sends"
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
    """A Slack delivery already acted on; its key makes a resend a no-op."""

    __tablename__ = "handled_events"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The replica (bot.ops.leader) that claimed it; a resend is taken over only once that
    # replica is gone. None: claimed before replicas, never taken over.
    owner: Mapped[int | None] = mapped_column(Integer, default=None)
    # A message event's payload (JSON), kept until its listener has finished with it, so work
    # acknowledged by a replica that died is finished by another (`bot.ops.event_recovery`).
    # None: nothing to finish (other events, or rows from before revision 0006).
    body: Mapped[str | None] = mapped_column(Text, default=None)
    # When the current owner took it (the claim, or a takeover), and when its work ended.
    claimed_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None, index=True)


class WatchedChannelRow(Base):
    """A channel where every article link gets its digest in the message's thread."""

    __tablename__ = "watched_channels"

    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    watched_by: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The Slack workspace (bot.slack.oauth); None in single-workspace mode.
    team_id: Mapped[str | None] = mapped_column(String(32), default=None, index=True)


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
    # The Slack workspace (bot.slack.oauth); None in single-workspace mode.
    team_id: Mapped[str | None] = mapped_column(String(32), default=None, index=True)


class RoundupRow(Base):
    """One roundup run: its parent message and how many thread digests went out."""

    __tablename__ = "roundups"
    # One run per channel and period: replicas (or a takeover) never post a period twice.
    __table_args__ = (Index("uq_roundup_period", "channel", "period_start", unique=True),)

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


class FeedRow(Base):
    """An RSS/Atom feed a channel subscribed to (`/digest feed add`); polled by bot.intake.feeds.

    `next_poll_at` doubles as the poll claim: a process polls a feed only after moving it
    forward from the value it read, so two replicas never poll one feed at the same time.
    """

    __tablename__ = "feeds"
    __table_args__ = (UniqueConstraint("channel", "url", name="uq_feed_channel_url"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The Slack workspace (many-workspace mode); None in single-workspace mode.
    team_id: Mapped[str | None] = mapped_column(String(32), default=None)
    channel: Mapped[str] = mapped_column(String(32))
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text, default=None)
    etag: Mapped[str | None] = mapped_column(Text, default=None)
    last_modified: Mapped[str | None] = mapped_column(Text, default=None)
    added_by: Mapped[str | None] = mapped_column(String(32), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_fetch_at: Mapped[datetime | None] = mapped_column(default=None)
    last_ok_at: Mapped[datetime | None] = mapped_column(default=None)
    failing_since: Mapped[datetime | None] = mapped_column(default=None)
    failure_reported_at: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    consecutive_errors: Mapped[int] = mapped_column(Integer, default=0)
    next_poll_at: Mapped[datetime | None] = mapped_column(default=None)
    # When the channel was last told this feed listed more new entries than it may post.
    throttled_at: Mapped[datetime | None] = mapped_column(default=None)


class FeedEntryRow(Base):
    """An entry of a feed, keyed by its guid (else its link): the claim on posting it.

    `claimed_at` is when the current attempt began: a claim older than the lease was left
    by a process that died, and is taken over (the digest post itself never repeats).
    """

    __tablename__ = "feed_entries"
    __table_args__ = (UniqueConstraint("feed_id", "entry_key", name="uq_feed_entry_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id"), index=True)
    entry_key: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, default=None)
    title: Mapped[str | None] = mapped_column(Text, default=None)
    state: Mapped[str] = mapped_column(String(16), default="seen")
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"), default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(default=None)


class DigestAttemptRow(Base):
    """Digests of one article begun and not ended cleanly: by `key`, "text:<content hash>"
    (the digest itself) or "file:<file hash>" (reading a folder file).

    Written (attempts + 1) BEFORE the work starts, so a process killed during it leaves its
    count behind; a clean end (a digest, or an ordinary error) deletes the row. A worker
    timeout, crash or memory failure keeps the count and notes `reason`. At two the article
    is poison: refused with its reason, never taken up again (a restart included).
    """

    __tablename__ = "digest_attempts"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


# Bolt's OAuth stores (bot.slack.oauth), in this metadata so the migrations are checked against
# them too: installations and their bot tokens per team, and the install flow's states.
SLACK_BOTS = SQLAlchemyInstallationStore.build_bots_table(Base.metadata, "slack_bots")
SLACK_INSTALLATIONS = SQLAlchemyInstallationStore.build_installations_table(
    Base.metadata, "slack_installations"
)
SLACK_OAUTH_STATES = SQLAlchemyOAuthStateStore.build_oauth_states_table(
    Base.metadata, "slack_oauth_states"
)
