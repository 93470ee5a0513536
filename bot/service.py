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

Parents (a digest's, a roundup's) and thread replies (each quote of a digest, each article
of a roundup) are posted by `post_once`, which closes the window between Slack accepting a
message and its ts reaching the store:
    1. the store records the send as in flight, with a unique key (a thread's replies go out
       one after another, so a thread has at most one reply in flight);
    2. chat.postMessage carries the key in the message's metadata (`SEND_EVENT_TYPE`), and
       is never retried blindly: after a dropped connection, a timeout or a 5xx the message
       may exist, so the key is looked up first (429s, which Slack refuses before acting,
       are still retried by the SDK);
    3. the ts is stored and the in-flight mark dropped in one transaction.
A send found in flight later (after a kill, at start-up or on the next request) is looked up
by `recover`: conversations.history for a top-level parent, conversations.replies for a
message inside a thread, newest messages since a little before the send, with
`include_all_metadata`; the bot's message carrying the key is adopted, and only if none is
found is the message posted again. Only sends left in flight are looked up, so a thread
costs one (paginated, bounded) look-up after a kill and none on the normal path. If Slack
refuses the look-up (`missing_scope`: the app lacks channels:history or groups:history,
`not_in_channel`, ...) the message is posted again and the reason is logged once: a
duplicate is then possible. A look-up that fails for a passing reason (5xx, rate limit,
network) leaves the send in flight for the next try instead of guessing.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.client import HTTPException
from typing import Any, Literal

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from digests import Article, ArticleError, Digest, build_digest, load_article
from digests.article import article_from_bytes

from . import blocks
from .blocks import Message
from .store import ArticleRecord, PostRecord, SendRecord, Store, content_hash

log = logging.getLogger(__name__)

Intake = Literal["command", "mention", "watch", "folder", "schedule", "unfurl"]
Status = Literal["posted", "resumed", "already_posted"]
# Parents ("post": a digest, "roundup") and thread replies ("post_reply": a quote,
# "roundup_reply": an article's digest under a roundup), each posted once by `post_once`.
SendKind = Literal["post", "roundup", "post_reply", "roundup_reply"]

# Message metadata on every parent and reply: {"event_type": SEND_EVENT_TYPE,
# "event_payload": {"post_key": <the store's key for this send>}}. (The name dates from when
# only parents carried it; messages already in Slack carry it, so it stays.)
SEND_EVENT_TYPE = PARENT_EVENT_TYPE = "digest_bot_parent"
# Looking a message up: from this long before its send started (clock skew between us and
# Slack), PAGE messages at a time (Slack recommends at most 200), at most PAGES pages.
LOOKUP_MARGIN_SECONDS = 120
LOOKUP_PAGE_SIZE = 200
LOOKUP_MAX_PAGES = 5
# Attempts at posting one message when the answer is lost, each after a look-up.
SEND_ATTEMPTS = 3
SEND_RETRY_SECONDS = 0.5
SLACK_TROUBLE = "Slack is having trouble right now. Try again in a minute."

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
        # Parents and thread replies go through a client that never resends after an
        # answer was lost; see `post_once`.
        self.once_client = without_blind_retries(client)
        self.allow_private_urls = allow_private_urls
        self._bot_id: str | None = None
        self._lookup_warned: set[str] = set()
        self._warn_lock = threading.Lock()
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
            # An earlier attempt may have posted the parent before it was killed: adopt it.
            ts = self.recover("post", post.id)
            if ts is not None:
                post = self.store.set_parent_ts(post.id, ts)
            else:
                # It never got its parent out (e.g. not_in_channel): post for this request,
                # in its thread.
                post = self.store.retarget_post(
                    post.id, reply_to_ts=reply_to_ts, requested_by=requested_by, intake=intake
                )
        if post.parent_ts is None:
            post = self._post_parent_of(post, digest)
        self.complete_thread(post, digest)
        finished = self.store.post(post.id) or post
        if created:
            return DigestResult("posted", record, finished)
        return DigestResult("resumed", record, finished, self.permalink(finished))

    def _post_parent_of(self, post: PostRecord, digest: Digest) -> PostRecord:
        message = blocks.digest_message(digest, requested_by=post.requested_by)
        ts = self.post_once("post", post.id, post.channel, message, thread_ts=post.reply_to_ts)
        return self.store.set_parent_ts(post.id, ts)

    def complete_thread(self, post: PostRecord, digest: Digest) -> None:
        """Post the quote replies that are not in the thread yet, in article order.

        A reply left in flight (a kill, a lost answer) is looked up first and adopted if
        Slack has it, so no quote is in the thread twice.
        """
        self.recover("post_reply", post.id, adopt=self.store.record_reply)
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
            ts = self.post_once(
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
            with self._serialised((stale.channel, f"article:{stale.article_id}")):
                post = self.store.post(stale.id)
                if post is None or post.completed:
                    continue
                in_flight = self.store.send_in_flight("post", post.id) is not None
                if post.parent_ts is None and not in_flight:
                    continue  # never announced: nobody is waiting on a thread there
                record = self.store.article(post.article_id)
                if record is None:
                    continue
                try:
                    if post.parent_ts is None:
                        ts = self.recover("post", post.id)
                        if ts is not None:
                            post = self.store.set_parent_ts(post.id, ts)
                        else:
                            post = self._post_parent_of(post, record.digest)
                    self.complete_thread(post, record.digest)
                    resumed += 1
                except DigestError as e:
                    log.warning("could not finish digest %s in %s: %s", post.id, post.channel, e)
        return resumed

    # -- parents and thread replies: posted once, even across a kill -------------------------

    def post_once(
        self,
        kind: SendKind,
        target_id: int,
        channel: str,
        message: Message,
        *,
        thread_ts: str | None = None,
        part: int | None = None,
    ) -> str:
        """Post a parent (`part` None) or a thread's reply number `part` once; returns its
        ts. The caller stores the ts (which also ends the send's in-flight mark). Raises
        DigestError.

        The send is recorded before the call. When the answer is lost (connection dropped,
        timeout, 5xx) the message may be in Slack anyway, so it is looked up by its key
        before any new attempt; a plain refusal (ok=false) ends the send.
        """
        send = self.store.begin_send(
            kind, target_id, channel=channel, thread_ts=thread_ts, part=part
        )
        kwargs: dict[str, Any] = {
            "channel": channel,
            "unfurl_links": False,
            "unfurl_media": False,
            "metadata": {
                "event_type": SEND_EVENT_TYPE,
                "event_payload": {"post_key": send.key},
            },
            **message.as_kwargs(),
        }
        if thread_ts is not None:
            kwargs["thread_ts"] = thread_ts
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                return self.once_client.chat_postMessage(**kwargs)["ts"]
            except SlackApiError as e:
                if not answer_was_lost(e):
                    self.store.drop_send(kind, target_id)
                    raise slack_error(e, channel=channel) from e
                why = f"HTTP {getattr(e.response, 'status_code', '?')}"
            except (OSError, HTTPException) as e:
                why = type(e).__name__
            log.warning(
                "%s %s: the answer to its %s in %s was lost (%s); looking for it",
                kind,
                target_id,
                "parent" if part is None else f"reply {part}",
                channel,
                why,
            )
            found = self.find_sent(send)
            if found is not None:
                return found
            if attempt < SEND_ATTEMPTS:
                time.sleep(SEND_RETRY_SECONDS * attempt)
        raise DigestError(SLACK_TROUBLE, code="5xx")

    def recover(
        self,
        kind: SendKind,
        target_id: int,
        *,
        adopt: Callable[[int, int, str], object] | None = None,
    ) -> str | None:
        """The ts of a message an interrupted send already posted, if Slack has it; None
        when nothing is in flight (the normal path: no Slack call) or Slack lacks it.

        For a reply, `adopt(target_id, part, ts)` stores it (ending the send in flight).
        """
        send = self.store.send_in_flight(kind, target_id)
        if send is None:
            return None
        ts = self.find_sent(send)
        if ts is None:
            return None
        log.info("%s %s: adopting %s posted before an interruption", kind, target_id, ts)
        if adopt is not None and send.part is not None:
            adopt(target_id, send.part, ts)
        return ts

    def find_sent(self, send: SendRecord) -> str | None:
        """Look for the bot's message carrying `send.key` in its metadata; its ts, or None.

        None also when Slack refuses the look-up itself (a missing scope, not in the
        channel): the caller then posts again, and the reason is logged once. A look-up that
        fails for a passing reason raises DigestError and leaves the send in flight.
        """
        method = "conversations_replies" if send.thread_ts else "conversations_history"
        kwargs: dict[str, Any] = {
            "channel": send.channel,
            "oldest": f"{max(send.started_epoch - LOOKUP_MARGIN_SECONDS, 0):.6f}",
            "include_all_metadata": True,
            "limit": LOOKUP_PAGE_SIZE,
        }
        if send.thread_ts:
            kwargs["ts"] = send.thread_ts
        bot_id = self.own_bot_id()
        for _page in range(LOOKUP_MAX_PAGES):
            try:
                response = getattr(self.client, method)(**kwargs)
            except SlackApiError as e:
                code = _error_code(e)
                if answer_was_lost(e) or code == "ratelimited":
                    raise slack_error(e, channel=send.channel) from e
                self._warn_lookup_refused(method, code or "unknown", e)
                return None
            except (OSError, HTTPException) as e:
                raise DigestError(SLACK_TROUBLE, code="5xx") from e
            for item in response.get("messages") or []:
                if _carries_key(item, send.key, bot_id):
                    return str(item["ts"])
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not response.get("has_more") or not cursor:
                return None
            kwargs["cursor"] = cursor
        log.warning(
            "%s %s: not among the %d newest messages of %s; posting it again",
            send.kind,
            send.target_id,
            LOOKUP_MAX_PAGES * LOOKUP_PAGE_SIZE,
            send.channel,
        )
        return None

    def own_bot_id(self) -> str | None:
        """The bot's `bot_id` (auth.test, once); None if Slack would not say."""
        if self._bot_id is None:
            try:
                self._bot_id = self.client.auth_test().get("bot_id") or None
            except (SlackApiError, OSError, HTTPException):
                return None
        return self._bot_id

    def _warn_lookup_refused(self, method: str, code: str, error: SlackApiError) -> None:
        needed = ""
        if code == "missing_scope":
            try:
                needed = str(error.response.get("needed") or "")
            except Exception:  # a non-JSON body
                needed = ""
            needed = f" (needs {needed or 'channels:history / groups:history'})"
        with self._warn_lock:
            first = code not in self._lookup_warned
            self._lookup_warned.add(code)
        (log.warning if first else log.debug)(
            "cannot check Slack for a message that may already be posted: %s refused with %s%s; "
            "posting it again, which can duplicate it. Add the scope in manifest.yml and "
            "reinstall the app to close this.",
            method.replace("_", "."),
            code,
            needed,
        )

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


def without_blind_retries(client: WebClient) -> WebClient:
    """A copy of `client` that retries only HTTP 429s (which Slack refuses before acting).

    The SDK's connection-error and 5xx handlers resend a request whose answer was lost; for
    chat.postMessage that posts the message a second time. `DigestService.post_once` looks
    the message up instead.
    """
    handlers = [h for h in client.retry_handlers if isinstance(h, RateLimitErrorRetryHandler)]
    copy = WebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=client.timeout,
        ssl=client.ssl,
        proxy=client.proxy,
        headers={k: v for k, v in client.headers.items() if k.lower() != "user-agent"},
        logger=client.logger,
        retry_handlers=handlers,
    )
    copy.default_params = dict(client.default_params)
    return copy


def answer_was_lost(error: SlackApiError) -> bool:
    """True when the call may have taken effect: a 5xx, or a 2xx without Slack's verdict.

    An ok=false with an error code, a 429 and other 4xx answers mean Slack did nothing.
    """
    status = getattr(error.response, "status_code", None) or 0
    return status >= 500 or (status < 400 and not _error_code(error))


def _error_code(error: SlackApiError) -> str:
    if error.response is None:
        return ""
    try:
        return str(error.response.get("error") or "")
    except Exception:  # a non-JSON body (a proxy's error page) has no error code
        return ""


def _carries_key(message: dict[str, Any], key: str, bot_id: str | None) -> bool:
    metadata = message.get("metadata") or {}
    if metadata.get("event_type") != SEND_EVENT_TYPE:
        return False
    if (metadata.get("event_payload") or {}).get("post_key") != key:
        return False
    return bot_id is None or message.get("bot_id") == bot_id


def slack_error(error: SlackApiError, *, channel: str = "") -> DigestError:
    """Translate a Web API error (after the SDK's retries) into a sentence for the user."""
    code = _error_code(error)
    status = getattr(error.response, "status_code", None)
    if code in SLACK_ERROR_MESSAGES:
        return DigestError(SLACK_ERROR_MESSAGES[code].format(channel=channel), code=code)
    if status and status >= 500:
        return DigestError(SLACK_TROUBLE, code="5xx")
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
