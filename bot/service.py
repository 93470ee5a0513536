"""Digest-and-post: the one path every intake (slash command, mention, watched channel, folder,
schedule) calls, so each step is made right once.

    request -> article (fetched or pasted; re-used by URL or content hash)
            -> digest (built once per article, stored as JSON)
            -> post: claim (channel, article) in the store, parent message, then one thread
               reply per quote, each recorded as it lands

Because every step is recorded, calling `digest_and_post` again for the same article and
channel never reposts: a finished digest comes back as `already_posted` (with a permalink to
link to), and a digest whose parent went out but whose thread broke half-way (Slack error,
crash) gets only its missing replies. Failures raise `DigestError`, whose message is one plain
sentence for the user; the listener decides where to show it (ephemeral, thread reply, file).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from digests import Article, ArticleError, Digest, build_digest, load_article
from digests.article import article_from_bytes

from . import blocks
from .blocks import Message
from .store import ArticleRecord, PostRecord, Store, content_hash

log = logging.getLogger(__name__)

Intake = Literal["command", "mention", "watch", "folder", "schedule", "unfurl"]
Status = Literal["posted", "resumed", "already_posted"]

# Slack error codes a user can act on, in plain words. `{channel}` is the channel id.
SLACK_ERROR_MESSAGES = {
    "not_in_channel": (
        "I'm not a member of <#{channel}>, so I can't post there. "
        "Invite me with `/invite @digest-bot` and try again."
    ),
    "channel_not_found": (
        "I can't see this channel (a private channel or a DM I'm not in?). "
        "Invite me with `/invite @digest-bot` and try again."
    ),
    "is_archived": "This channel is archived, so I can't post the digest there.",
    "restricted_action": "This workspace does not let me post in <#{channel}>.",
    "ratelimited": "Slack is rate-limiting me right now. Try again in a minute.",
    "invalid_auth": "My Slack token was refused. An admin needs to check SLACK_BOT_TOKEN.",
    "not_authed": "My Slack token was refused. An admin needs to check SLACK_BOT_TOKEN.",
    "account_inactive": "My Slack token is no longer active. An admin needs to reinstall the app.",
}


class DigestError(Exception):
    """A request that could not be completed; `str(error)` is one sentence for the user."""

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


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
        if self.url is not None:
            return (self.channel, self.url)
        text = self.text if self.text is not None else self.article.text  # type: ignore[union-attr]
        return (self.channel, content_hash(text))


@dataclass(frozen=True)
class DigestResult:
    """What happened: `posted` new, `resumed` a broken thread, or `already_posted` earlier."""

    status: Status
    article: ArticleRecord
    post: PostRecord
    permalink: str | None = None

    @property
    def digest(self) -> Digest:
        return self.article.digest


@dataclass
class _KeyLock:
    lock: threading.Lock = field(default_factory=threading.Lock)
    users: int = 0


class DigestService:
    """Loads, digests and posts articles; shared by every listener and intake."""

    def __init__(
        self,
        *,
        store: Store,
        client: WebClient,
        allow_private_urls: bool = False,
        digest: Callable[..., Digest] = build_digest,
    ) -> None:
        self.store = store
        self.client = client
        self.allow_private_urls = allow_private_urls
        self._build_digest = digest
        self._locks: dict[tuple[str, str], _KeyLock] = {}
        self._locks_guard = threading.Lock()
        # The spaCy pipeline is not documented as thread-safe; one digest at a time.
        self._nlp_lock = threading.Lock()

    # -- the one path ------------------------------------------------------------------------

    def digest_and_post(self, request: DigestRequest) -> DigestResult:
        """Digest the article and post it to the channel, once. Raises DigestError."""
        with self._serialised(request.lock_key):
            record = self.digest_article(request)
            return self.post_digest(
                record,
                channel=request.channel,
                reply_to_ts=request.reply_to_ts,
                requested_by=request.requested_by,
                intake=request.intake,
            )

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
        try:
            with self._nlp_lock:
                digest = self._build_digest(
                    article.text, title=article.title, source=article.source or request.url
                )
        except Exception as e:  # an engine bug must not look like a Slack outage to retry
            log.exception("build_digest failed for %s", request.url or article.source or "text")
            what = request.url or article.source or "the pasted text"
            raise DigestError(
                f"I couldn't analyse {what}: an internal error, which has been logged.",
                code="article",
            ) from e
        return self.store.save_article(
            content_hash=digest_hash,
            digest=digest,
            url=request.url or _http_source(article.source),
            title=article.title,
        )

    def load(self, request: DigestRequest) -> Article:
        """The article itself: fetched, decoded from pasted text, or as given."""
        try:
            if request.article is not None:
                return request.article
            if request.url is not None:
                return load_article(request.url, allow_private=self.allow_private_urls)
            data = (request.text or "").encode("utf-8")
            return article_from_bytes(data, source=None, is_html=False)
        except ArticleError as e:
            raise DigestError(_article_message(str(e), request), code="article") from e

    def post_digest(
        self,
        record: ArticleRecord,
        *,
        channel: str,
        reply_to_ts: str | None = None,
        requested_by: str | None = None,
        intake: Intake = "command",
    ) -> DigestResult:
        """Post a stored digest: parent then quotes, skipping whatever is already posted."""
        # Two URLs can lead to the same article: serialise on the article itself too.
        with self._serialised((channel, f"article:{record.id}")):
            return self._post_digest(
                record,
                channel=channel,
                reply_to_ts=reply_to_ts,
                requested_by=requested_by,
                intake=intake,
            )

    def _post_digest(
        self,
        record: ArticleRecord,
        *,
        channel: str,
        reply_to_ts: str | None,
        requested_by: str | None,
        intake: Intake,
    ) -> DigestResult:
        digest = record.digest
        post, created = self.store.begin_post(
            channel=channel,
            article_id=record.id,
            quotes_total=len(digest.quotes),
            reply_to_ts=reply_to_ts,
            intake=intake,
            requested_by=requested_by,
        )
        if not created and post.completed:
            return DigestResult("already_posted", record, post, self.permalink(post))
        if not created and post.parent_ts is None:
            # An earlier attempt never got its parent out (e.g. not_in_channel): post for
            # this request, in its thread.
            post = self.store.retarget_post(
                post.id, reply_to_ts=reply_to_ts, requested_by=requested_by, intake=intake
            )
        if post.parent_ts is None:
            message = blocks.digest_message(digest, requested_by=post.requested_by)
            ts = self.post(channel, message, thread_ts=post.reply_to_ts)
            post = self.store.set_parent_ts(post.id, ts)
        self.complete_thread(post, digest)
        finished = self.store.post(post.id) or post
        if created:
            return DigestResult("posted", record, finished)
        return DigestResult("resumed", record, finished, self.permalink(finished))

    def complete_thread(self, post: PostRecord, digest: Digest) -> None:
        """Post the quote replies that are not in the thread yet, in article order."""
        done = self.store.posted_replies(post.id)
        total = len(digest.quotes)
        # Article order; `index` stays the quote's position in the stored digest, so a
        # resumed thread skips exactly the replies already posted.
        in_order = sorted(range(total), key=lambda i: digest.quotes[i].start)
        for position, index in enumerate(in_order):
            if index in done:
                continue
            quote = digest.quotes[index]
            message = blocks.quote_message(quote, index=position, total=total)
            ts = self.post(post.channel, message, thread_ts=post.thread_ts)
            self.store.record_reply(post.id, index, ts)
        self.store.complete_post(post.id)

    def resume_incomplete(self) -> int:
        """Finish threads left half-posted by a crash or a Slack outage; returns how many."""
        resumed = 0
        for post in self.store.incomplete_posts():
            if post.parent_ts is None:
                continue  # never announced: nobody is waiting on a thread there
            record = self.store.article(post.article_id)
            if record is None:
                continue
            try:
                self.complete_thread(post, record.digest)
                resumed += 1
            except DigestError as e:
                log.warning("could not finish digest thread %s in %s: %s", post.id, post.channel, e)
        return resumed

    # -- Slack calls, with errors in plain words --------------------------------------------

    def post(self, channel: str, message: Message, *, thread_ts: str | None = None) -> str:
        """chat.postMessage without link previews; returns the message ts."""
        response = self._call(
            "chat_postMessage",
            channel=channel,
            thread_ts=thread_ts,
            unfurl_links=False,
            unfurl_media=False,
            **message.as_kwargs(),
        )
        return response["ts"]

    def post_ephemeral(
        self, channel: str, user: str, message: Message, *, thread_ts: str | None = None
    ) -> None:
        self._call(
            "chat_postEphemeral",
            channel=channel,
            user=user,
            thread_ts=thread_ts,
            **message.as_kwargs(),
        )

    def permalink(self, post: PostRecord) -> str | None:
        if not post.parent_ts:
            return None
        try:
            response = self.client.chat_getPermalink(
                channel=post.channel, message_ts=post.parent_ts
            )
        except SlackApiError:
            return None
        return response.get("permalink")

    def _call(self, method: str, **kwargs: Any) -> Any:
        channel = kwargs.get("channel", "")
        kwargs = {k: v for k, v in kwargs.items() if v is not None}
        try:
            return getattr(self.client, method)(**kwargs)
        except SlackApiError as e:
            raise slack_error(e, channel=channel) from e

    @contextmanager
    def _serialised(self, key: tuple[str, str]) -> Iterator[None]:
        """One request per (channel, article) at a time, so racing requests see each other.

        Locks are reference-counted and dropped when no one holds or waits for them, so a
        long-running bot does not keep one per article it ever saw.
        """
        with self._locks_guard:
            entry = self._locks.setdefault(key, _KeyLock())
            entry.users += 1
        try:
            with entry.lock:
                yield
        finally:
            with self._locks_guard:
                entry.users -= 1
                if entry.users == 0:
                    del self._locks[key]


def slack_error(error: SlackApiError, *, channel: str = "") -> DigestError:
    """Translate a Web API error (after the SDK's retries) into a sentence for the user."""
    code = ""
    status = getattr(error.response, "status_code", None)
    if error.response is not None:
        try:
            code = str(error.response.get("error") or "")
        except Exception:  # a non-JSON body (a proxy's error page) has no error code
            code = ""
    if code in SLACK_ERROR_MESSAGES:
        return DigestError(SLACK_ERROR_MESSAGES[code].format(channel=channel), code=code)
    if status and status >= 500:
        return DigestError("Slack is having trouble right now. Try again in a minute.", code="5xx")
    log.warning("Slack API error %s (HTTP %s)", code or "unknown", status)
    return DigestError(
        f"Slack refused the message ({code or f'HTTP {status}'}).", code=code or None
    )


def _article_message(message: str, request: DigestRequest) -> str:
    """ArticleError lines name their input; for pasted text that label is meaningless."""
    if request.url is None and request.article is None and message.startswith("input:"):
        message = "the pasted text" + message[len("input") :]
    return f"I couldn't digest {message}"


def _http_source(source: str | None) -> str | None:
    return source if source and source.startswith(("http://", "https://")) else None
