"""What the store hands out: frozen records, never live ORM rows, so callers on any thread
can hold them without a session; `record_of` maps a row to its record.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import (
    select,
)
from sqlalchemy.orm import Session

from bot.storage.tables import (
    RoundupItemRow,
    RoundupRow,
)
from digests.model import Digest

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
