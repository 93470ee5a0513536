"""Folder intake: what happens to a stable file the `FolderWatcher` hands over.

Steps, each recorded so a restart resumes instead of repeating: the file is claimed by its
bytes (a file already posted is just moved on), the digest service stores the digest, posts
the parent and then each thread reply. Article problems raise `ArticleError` (the watcher
moves the file to failed/); Slack problems raise `DigestError` and the watcher tries again.
Reading the file is the article loader's job (`digests.text.article`), `.url` files included.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from bot.digesting.service import POISON_ATTEMPTS, DigestRequest, DigestService
from bot.slack.errors import DigestError
from bot.storage.store import Store
from digests import Article, ArticleError, load_article
from digests.text.article import URL_FILE_SUFFIX, headline_from_text, url_from_file

log = logging.getLogger(__name__)

# Files an HTML parser reads (trafilatura): the reading itself may run away with time or
# memory, so it is counted like a digest. Plain text is only decoded.
PARSED_SUFFIXES = frozenset({".html", ".htm"})


def folder_article(path: Path) -> Article:
    """The article a folder file holds, titled by its headline (else the file's name).

    The source is the file name: the inbox path stops being true once the file moves.
    """
    article = load_article(path)
    title = article.title or headline_from_text(article.text) or path.stem
    return Article(text=article.text, title=title, source=path.name)


def file_sha256(path: Path) -> str:
    """The file's bytes as a key: the same file seen again after a crash is recognised."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


class FolderIntake:
    """Sends folder files down the one digest-and-post path; give `handle` and `gave_up` to
    the `FolderWatcher`."""

    def __init__(self, store: Store, service: DigestService) -> None:
        self.store = store
        self.service = service

    def handle(self, path: Path, channel: str) -> None:
        """Digest and post one file to `channel`; returns once it is posted (or was), or
        when the file was deleted before it could be read (nothing to move, no note)."""
        try:
            file_hash = file_sha256(path)
        except FileNotFoundError:
            log.info("%s: deleted before it could be read", path.name)
            return
        claim = self.store.claim_folder_file(channel=channel, file_hash=file_hash, name=path.name)
        if claim.status == "posted":
            log.info("%s: already posted to %s before a restart", path.name, channel)
            return
        if path.suffix.lower() in PARSED_SUFFIXES:
            request = self._read(path, channel, claim.id, f"file:{file_hash}")
        else:
            request = self._load(path, channel, claim.id)
        if request is None:
            return
        try:
            result = self.service.digest_and_post(request)
        except ArticleError as e:
            self.store.finish_folder_file(claim.id, status="failed", reason=str(e))
            raise
        except DigestError as e:
            if e.code != "article":
                raise  # Slack trouble: worth another try
            self.store.finish_folder_file(claim.id, status="failed", reason=str(e))
            raise ArticleError(str(e)) from e
        self.store.finish_folder_file(claim.id, status="posted", post_id=result.post.id)

    def _read(self, path: Path, channel: str, claim_id: int, key: str) -> DigestRequest | None:
        """An HTML file's request, its reading counted like a digest (`DigestService`): a
        bot killed while reading a file twice (a parser that ran away with the memory)
        refuses the file the next time. None: the file was deleted between hashing and
        reading."""
        known = self.store.digest_attempts(key)
        if known is not None and known.attempts >= POISON_ATTEMPTS:
            reason = (
                f"{path.name}: the bot stopped while reading it (killed, or out of memory), "
                "twice, so it will not be tried again"
            )
            self.store.finish_folder_file(claim_id, status="failed", reason=reason)
            raise ArticleError(reason)
        self.store.begin_digest_attempt(key)
        try:
            return self._load(path, channel, claim_id)
        finally:
            self.store.end_digest_attempt(key)

    def _load(self, path: Path, channel: str, claim_id: int) -> DigestRequest | None:
        """The file's request; a file that cannot be read fails its claim (and raises),
        one deleted meanwhile just ends it (None)."""
        try:
            return self._request(path, channel)
        except ArticleError as e:
            if not self._vanished(path, claim_id):
                self.store.finish_folder_file(claim_id, status="failed", reason=str(e))
                raise
            return None

    def _vanished(self, path: Path, claim_id: int) -> bool:
        """Whether the file was deleted by someone while we read it: then there is nothing
        to move aside or explain, and its claim just ends."""
        if path.exists() or path.is_symlink():
            return False
        log.info("%s: deleted before it could be read", path.name)
        self.store.finish_folder_file(claim_id, status="failed", reason="deleted")
        return True

    def gave_up(self, path: Path, channel: str, reason: str) -> None:
        """The watcher stopped retrying: a file still `claimed` is now honestly `failed`."""
        claim = self.store.folder_file(channel, file_sha256(path))
        if claim is not None and claim.status == "claimed":
            self.store.finish_folder_file(claim.id, status="failed", reason=reason)

    @staticmethod
    def _request(path: Path, channel: str) -> DigestRequest:
        if path.suffix.lower() == URL_FILE_SUFFIX:
            # A link: fetched (and re-used by URL) like `/digest <url>`.
            return DigestRequest(channel=channel, url=url_from_file(path), intake="folder")
        return DigestRequest(channel=channel, article=folder_article(path), intake="folder")
