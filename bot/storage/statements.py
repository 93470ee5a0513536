"""The Core statements for the writes made for every article and message, built once (only
their values are bound per call): there the ORM's unit of work cost several times the SQL.
"""

from __future__ import annotations

from sqlalchemy import (
    Connection,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from bot.storage.tables import (
    ArticleRow,
    DigestAttemptRow,
    FolderFileRow,
    PostReplyRow,
    PostRow,
    SendRow,
)

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
