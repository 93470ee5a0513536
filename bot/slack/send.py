"""The send protocol: every message the bot puts in Slack goes out through `SlackMessages`.

Parents (a digest's, a roundup's) and thread replies (each quote of a digest, each article
of a roundup) are posted by `post_once`, which closes the window between Slack accepting a
message and its ts reaching the store:
    1. the store records the send as in flight, with a unique key (a thread's replies go out
       one after another, so a thread has at most one reply in flight);
    2. chat.postMessage carries the key in the message's metadata (`SEND_EVENT_TYPE`), and
       is never retried blindly: after a dropped connection, a timeout or a 5xx the message
       may exist, so the key is looked up first. The client `post_once` uses retries only
       429s (Slack refuses those before acting): see `once_only_client`;
    3. the caller stores the ts, which drops the in-flight mark in the same transaction.
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

Short notices (`say`: a help text, "already digested here") are not worth a store row: they
go through the ordinary client, whose SDK retry handlers resend after 5xx and dropped
connections.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from http.client import HTTPException
from typing import Any, Literal

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.slack.blocks import Message
from bot.slack.errors import SLACK_TROUBLE, DigestError, error_code, slack_error
from bot.storage.records import SendRecord
from bot.storage.store import Store

log = logging.getLogger(__name__)

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
SLACK_TIMEOUT_SECONDS = 30


def retrying_client(
    token: str | None, base_url: str, *, retries: int, timeout: int = SLACK_TIMEOUT_SECONDS
) -> WebClient:
    """The ordinary Web API client: the SDK's handlers retry connection errors, 429s
    (honouring Retry-After) and 5xx. For look-ups, permalinks, notices and unfurls."""
    return WebClient(
        token=token,
        base_url=base_url,
        timeout=timeout,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=retries),
            RateLimitErrorRetryHandler(max_retry_count=retries),
            ServerErrorRetryHandler(max_retry_count=retries),
        ],
    )


def once_only_client(
    token: str | None, base_url: str, *, retries: int, timeout: int = SLACK_TIMEOUT_SECONDS
) -> WebClient:
    """The client `post_once` posts with: it retries only 429s, which Slack refuses before
    acting. A connection error or 5xx may hide a posted message; resending it blindly (what
    the SDK's other handlers do) would post it twice, so `post_once` looks it up instead."""
    return WebClient(
        token=token,
        base_url=base_url,
        timeout=timeout,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=retries)],
    )


def answer_was_lost(error: SlackApiError) -> bool:
    """True when the call may have taken effect: a 5xx, or a 2xx without Slack's verdict.

    An ok=false with an error code, a 429 and other 4xx answers mean Slack did nothing.
    """
    status = getattr(error.response, "status_code", None) or 0
    return status >= 500 or (status < 400 and not error_code(error))


def carries_key(message: dict[str, Any], key: str, bot_id: str | None) -> bool:
    """Whether a message from conversations.history/replies is the bot's send `key`."""
    metadata = message.get("metadata") or {}
    if metadata.get("event_type") != SEND_EVENT_TYPE:
        return False
    if (metadata.get("event_payload") or {}).get("post_key") != key:
        return False
    return bot_id is None or message.get("bot_id") == bot_id


class SlackMessages:
    """Posts to Slack for every intake: `post_once` for parents and thread replies, `say`
    for notices; `recover` and `find_sent` find a message whose answer was lost."""

    def __init__(self, store: Store, client: WebClient, once_client: WebClient) -> None:
        self.store = store
        self.client = client
        self.once_client = once_client
        self._bot_id: str | None = None
        self._lookup_warned: set[str] = set()
        self._warn_lock = threading.Lock()

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
            which = "parent" if part is None else f"reply {part}"
            log.warning(
                "%s %s: the answer to its %s in %s was lost (%s); looking for it",
                *(kind, target_id, which, channel, why),
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
                code = error_code(e)
                if answer_was_lost(e) or code == "ratelimited":
                    raise slack_error(e, channel=send.channel) from e
                self._warn_lookup_refused(method, code or "unknown", e)
                return None
            except (OSError, HTTPException) as e:
                raise DigestError(SLACK_TROUBLE, code="5xx") from e
            for item in response.get("messages") or []:
                if carries_key(item, send.key, bot_id):
                    return str(item["ts"])
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not response.get("has_more") or not cursor:
                return None
            kwargs["cursor"] = cursor
        log.warning(
            "%s %s: not among the %d newest messages of %s; posting it again",
            *(send.kind, send.target_id, LOOKUP_MAX_PAGES * LOOKUP_PAGE_SIZE, send.channel),
        )
        return None

    def own_bot_id(self) -> str | None:
        """The bot's `bot_id` (auth.test, once), to tell its messages from others'."""
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
            *(method.replace("_", "."), code, needed),
        )

    def say(self, channel: str, message: Message, *, thread_ts: str | None = None) -> str:
        """Post a notice (no link previews); returns its ts. Raises DigestError."""
        kwargs: dict[str, Any] = {"channel": channel, "unfurl_links": False}
        if thread_ts is not None:
            kwargs["thread_ts"] = thread_ts
        try:
            response = self.client.chat_postMessage(
                **kwargs, unfurl_media=False, **message.as_kwargs()
            )
        except SlackApiError as e:
            raise slack_error(e, channel=channel) from e
        return response["ts"]

    def permalink(self, channel: str, ts: str | None) -> str | None:
        """A link to the message, for "already digested here"; None when Slack won't say."""
        if not ts:
            return None
        try:
            response = self.client.chat_getPermalink(channel=channel, message_ts=ts)
        except SlackApiError:
            return None
        return response.get("permalink")
