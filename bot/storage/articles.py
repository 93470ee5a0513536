"""Articles, their posts in a conversation, and the thread replies of each post."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import (
    func,
    select,
)
from sqlalchemy.exc import IntegrityError

from bot.storage.records import (
    ArticleRecord,
    PostedDigest,
    PostRecord,
    _article,
    record_of,
)
from bot.storage.statements import (
    ARTICLE_BY_HASH,
    COMPLETE_POST,
    INSERT_ARTICLE,
    INSERT_POST,
    INSERT_REPLY,
    POST_BY_ID,
    REPLIES_OF,
    SET_ARTICLE_URL,
    SET_PARENT_TS,
    _end_send,
)
from bot.storage.store_base import StoreBase
from bot.storage.tables import (
    ArticleRow,
    PostRow,
    utcnow,
)
from digests.model import Digest


class ArticlesAndPosts(StoreBase):
    """Articles, their posts in a conversation, and the thread replies of each post."""

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
