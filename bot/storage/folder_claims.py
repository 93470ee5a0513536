"""Folder files claimed once, and digest attempts counted before each digest (poison
articles).
"""

from __future__ import annotations

from sqlalchemy import (
    select,
)
from sqlalchemy.exc import IntegrityError

from bot.storage.records import (
    DigestAttemptRecord,
    FolderFileRecord,
    record_of,
)
from bot.storage.statements import (
    ATTEMPT_OF,
    COUNT_ATTEMPT,
    END_ATTEMPT,
    FINISH_FOLDER_FILE,
    INSERT_ATTEMPT,
    INSERT_FOLDER_FILE,
)
from bot.storage.store_base import StoreBase
from bot.storage.tables import (
    DigestAttemptRow,
    FolderFileRow,
    utcnow,
)


class FolderClaimsAndAttempts(StoreBase):
    """Folder files claimed once, and digest attempts counted before each digest (poison
    articles)."""

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
