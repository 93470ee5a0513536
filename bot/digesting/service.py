"""Digest-and-post: the one path every intake (slash command, mention, watched channel, folder)
calls, so each step is made right once.

    request -> article (fetched, pasted or loaded from a file; re-used by URL or content hash)
            -> digest (built once per article, stored as JSON)
            -> post: claim (channel, article) in the store, parent message, then one thread
               reply per quote, each recorded as it lands

Because every step is recorded, calling `digest_and_post` again for the same article and
channel never reposts: a finished digest comes back as `already_posted` (with a permalink to
link to), and a digest whose parent went out but whose thread broke half-way (Slack error,
crash) gets only its missing replies. Failures raise `DigestError`, whose message is one plain
sentence for the user; the listener decides where to show it (ephemeral, thread reply, file).

How each message goes out exactly once, even when Slack's answer is lost, is the send
protocol's business (`bot.slack.send`); roundups (`bot.digesting.roundups`) use the same protocol.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from bot.ops.locks import KeyedLocks
from bot.slack import blocks
from bot.slack.errors import DigestError
from bot.slack.send import SlackMessages
from bot.storage.records import ArticleRecord, PostRecord, content_hash
from bot.storage.store import Store
from digests import Article, ArticleError, Digest, article_from_text, load_article
from digests.workers import DigestPool, PoolClosed, WorkerFailure, WorkerStartError

log = logging.getLogger(__name__)

Intake = Literal["command", "mention", "watch", "folder", "schedule", "unfurl", "feed"]
Status = Literal["posted", "resumed", "already_posted"]
# Attempts that stopped a worker (timeout, memory, crash) or the bot (a kill) before an
# article is refused for good.
POISON_ATTEMPTS = 2


@dataclass(frozen=True)
class DigestRequest:
    """One article to digest and where to post it. Give exactly one of url, text, article."""

    channel: str
    url: str | None = None
    text: str | None = None
    article: Article | None = None
    # Post inside this thread (the mention or the watched message); None posts top level.
    reply_to_ts: str | None = None
    requested_by: str | None = None
    intake: Intake = "command"

    def __post_init__(self) -> None:
        given = [x for x in (self.url, self.text, self.article) if x is not None]
        if len(given) != 1:
            raise ValueError("DigestRequest needs exactly one of url, text or article")

    @property
    def lock_key(self) -> tuple[str, str]:
        """(channel, URL or text hash): requests for the same thing run one at a time."""
        if self.url is not None:
            return (self.channel, self.url)
        if self.article is not None:
            return (self.channel, content_hash(self.article.text))
        return (self.channel, content_hash(self.text or ""))


@dataclass(frozen=True)
class DigestResult:
    """What happened: `posted` new, `resumed` a broken thread, or `already_posted` earlier."""

    status: Status
    article: ArticleRecord
    post: PostRecord
    permalink: str | None = None

    @property
    def digest(self) -> Digest:
        """The digest that was (or had been) posted."""
        return self.article.digest


class DigestService:
    """Loads, digests and posts articles; shared by every listener and intake."""

    def __init__(
        self,
        *,
        store: Store,
        messages: SlackMessages,
        allow_private_urls: bool = False,
        locks: KeyedLocks | None = None,
        pool: DigestPool | None = None,
    ) -> None:
        self.store = store
        self.messages = messages
        self.allow_private_urls = allow_private_urls
        # Where digests are built: worker processes (build_services makes the pool from
        # DIGEST_PROCESSES); without one, in this process, one at a time.
        self.pool = pool if pool is not None else DigestPool(0)
        # Replicas pass `SharedLocks` (bot.ops.shared_locks), which also hold across processes.
        self._locks = locks if locks is not None else KeyedLocks()

    # -- the one path ------------------------------------------------------------------------

    def digest_and_post(self, request: DigestRequest) -> DigestResult:
        """Digest the article and post it to the channel, once. Raises DigestError."""
        with self._locks.held(request.lock_key):
            record = self.digest_article(request)
            return self.post_digest(record, request)

    def digest_article(self, request: DigestRequest) -> ArticleRecord:
        """The stored digest for the request's article, building it on first sight."""
        if request.url is not None:
            known = self.store.article_by_url(request.url)
            if known is not None:
                return known
        article = self.load(request)
        digest_hash = content_hash(article.text)
        known = self.store.article_by_hash(digest_hash)
        if known is not None:
            return known
        what = request.url or article.source or "the pasted text"
        digest = self._build_digest(article, source=article.source or request.url, what=what)
        return self.store.save_article(
            content_hash=digest_hash,
            digest=digest,
            url=request.url or _http_source(article.source),
            title=article.title,
        )

    def _build_digest(self, article: Article, *, source: str | None, what: str) -> Digest:
        """The digest, built in the pool, with the article's failed attempts counted.

        Each attempt is counted in the store before it starts (so a kill of the whole bot
        counts too) and forgotten when it ends cleanly. A worker that times out, runs out of
        memory or crashes is tried once more; an article that has stopped a worker (or the
        bot) twice is poison: refused with the reason, now and on every later request.
        """
        key = f"text:{content_hash(article.text)}"
        known = self.store.digest_attempts(key)
        if known is not None and known.attempts >= POISON_ATTEMPTS:
            raise DigestError(poison_message(what, known.reason), code="article")
        while True:
            self.store.begin_digest_attempt(key)
            try:
                digest = self.pool.build(article.text, title=article.title, source=source)
            except WorkerFailure as e:
                attempt = self.store.fail_digest_attempt(key, str(e))
                log.warning("digest of %s stopped its worker: %s (%d)", what, e, attempt.attempts)
                if attempt.attempts >= POISON_ATTEMPTS:
                    raise DigestError(poison_message(what, str(e)), code="article") from e
                continue
            except (WorkerStartError, PoolClosed) as e:  # not the article's doing: try later
                self.store.end_digest_attempt(key)
                log.error("no digest worker for %s: %s", what, e)
                raise DigestError(
                    f"I couldn't digest {what} right now ({e}). Try again in a minute.",
                    code="unavailable",
                ) from e
            except Exception as e:  # an engine bug must not look like a Slack outage to retry
                self.store.end_digest_attempt(key)
                remote = getattr(e, "remote_traceback", "")
                log.error("build_digest failed for %s: %s\n%s", what, e, remote, exc_info=True)
                raise DigestError(
                    f"I couldn't analyse {what}: an internal error, which has been logged.",
                    code="article",
                ) from e
            self.store.end_digest_attempt(key)
            return digest

    def load(self, request: DigestRequest) -> Article:
        """The article itself: fetched, pasted, or as given (the folder loads its files)."""
        try:
            if request.article is not None:
                return request.article
            if request.url is not None:
                return load_article(request.url, allow_private=self.allow_private_urls)
            return article_from_text(request.text or "")
        except ArticleError as e:
            raise DigestError(f"I couldn't digest {e}", code="article") from e

    def post_digest(self, record: ArticleRecord, request: DigestRequest) -> DigestResult:
        """Post a stored digest for the request: parent then quotes, skipping what is out."""
        # Two URLs can lead to the same article: serialise on the article itself too.
        with self._locks.held((request.channel, f"article:{record.id}")):
            return self._post_digest(record, request)

    def _post_digest(self, record: ArticleRecord, request: DigestRequest) -> DigestResult:
        digest = record.digest
        post, created = self.store.begin_post(
            channel=request.channel,
            article_id=record.id,
            quotes_total=len(digest.quotes),
            reply_to_ts=request.reply_to_ts,
            intake=request.intake,
            requested_by=request.requested_by,
        )
        if not created and post.completed:
            return DigestResult("already_posted", record, post, self.permalink(post))
        if not created and post.parent_ts is None:
            # An earlier attempt may have posted the parent before it was killed: adopt it.
            ts = self.messages.recover("post", post.id)
            if ts is not None:
                post = self.store.set_parent_ts(post.id, ts)
            else:
                # It never got its parent out (e.g. not_in_channel): post for this request,
                # in its thread.
                post = self.store.retarget_post(
                    post.id,
                    reply_to_ts=request.reply_to_ts,
                    requested_by=request.requested_by,
                    intake=request.intake,
                )
        if post.parent_ts is None:
            post = self._post_parent_of(post, digest)
        self.complete_thread(post, digest)
        finished = self.store.get_post(post.id) or post
        if created:
            return DigestResult("posted", record, finished)
        return DigestResult("resumed", record, finished, self.permalink(finished))

    def _post_parent_of(self, post: PostRecord, digest: Digest) -> PostRecord:
        message = blocks.digest_message(digest, requested_by=post.requested_by)
        ts = self.messages.post_once(
            "post", post.id, post.channel, message, thread_ts=post.reply_to_ts
        )
        return self.store.set_parent_ts(post.id, ts)

    def complete_thread(self, post: PostRecord, digest: Digest) -> None:
        """Post the quote replies that are not in the thread yet, in article order.

        A reply left in flight (a kill, a lost answer) is looked up first and adopted if
        Slack has it, so no quote is in the thread twice.
        """
        self.messages.recover("post_reply", post.id, adopt=self.store.record_reply)
        done = self.store.posted_replies(post.id)
        total = len(digest.quotes)
        # Article order; `index` stays the quote's position in the stored digest, so a
        # resumed thread skips exactly the replies already posted.
        in_order = sorted(range(total), key=lambda i: digest.quotes[i].start)
        for position, index in enumerate(in_order):
            if index in done:
                continue
            message = blocks.quote_message(digest.quotes[index], index=position, total=total)
            ts = self.messages.post_once(
                "post_reply", post.id, post.channel, message, thread_ts=post.thread_ts, part=index
            )
            self.store.record_reply(post.id, index, ts)
        self.store.complete_post(post.id)

    def resume_incomplete(self) -> int:
        """Finish digests a crash or a Slack outage cut short; returns how many.

        A parent that was on its way when the process died is looked up (and posted if it
        never arrived); one Slack refused outright is left alone: its requester was told.
        """
        resumed = 0
        for stale in self.store.incomplete_posts():
            # The same lock as `post_digest`: a request (or the folder watcher) for this
            # article may be resuming it at this very moment.
            with self._locks.held((stale.channel, f"article:{stale.article_id}")):
                try:
                    resumed += self._resume(stale.id)
                except DigestError as e:
                    log.warning("could not finish digest %s in %s: %s", stale.id, stale.channel, e)
        return resumed

    def resume_post(self, post: PostRecord) -> int:
        """Finish one digest's thread (1) or find nothing to do (0), under the same lock as
        `post_digest`. Raises DigestError (the thread healer reads its code)."""
        with self._locks.held((post.channel, f"article:{post.article_id}")):
            return self._resume(post.id)

    def _resume(self, post_id: int) -> int:
        post = self.store.get_post(post_id)
        if post is None or post.completed:
            return 0
        in_flight = self.store.send_in_flight("post", post.id) is not None
        if post.parent_ts is None and not in_flight:
            return 0  # never announced: nobody is waiting on a thread there
        record = self.store.article(post.article_id)
        if record is None:
            return 0
        if post.parent_ts is None:
            ts = self.messages.recover("post", post.id)
            if ts is not None:
                post = self.store.set_parent_ts(post.id, ts)
            else:
                post = self._post_parent_of(post, record.digest)
        self.complete_thread(post, record.digest)
        return 1

    def permalink(self, post: PostRecord) -> str | None:
        """A link to the post's parent message, when Slack gives one."""
        return self.messages.permalink(post.channel, post.parent_ts)


def poison_message(what: str, reason: str | None) -> str:
    """Why an article that stopped a digest worker (or the bot) twice is refused for good."""
    why = reason or "the bot stopped while digesting it (killed, or out of memory)"
    return f"I couldn't digest {what}: {why}, twice, so I won't try it again."


def _http_source(source: str | None) -> str | None:
    return source if source and source.startswith(("http://", "https://")) else None
