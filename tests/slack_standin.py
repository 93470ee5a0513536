"""An in-process stand-in for Slack, on 127.0.0.1 only, for tests and benchmarks.

`SlackStandIn` is a real HTTP server in a thread that answers the Web API the bot calls
(`/api/<method>`) in Slack's response shapes, records every call, and can be told to fail:
an error code (`not_in_channel`), HTTP 429 with `Retry-After`, or a 5xx. It can also act on
a call and lose the answer (`lose_response`: drop the connection, answer too late, or hold
the answer while the test kills the caller), the window in which a client cannot know its
message was posted. Posted messages (with their `metadata`) are kept per channel and read
back by `conversations.history` and `conversations.replies`, newest first and paginated like
Slack, metadata only with `include_all_metadata`. It also accepts
`response_url` posts (`/respond/<id>`) and runs a Socket Mode websocket endpoint, so
`apps.connections.open` hands the bot a `ws://127.0.0.1:.../link` URL it can really connect to.

Conversations are modelled as far as the bot looks at them: a channel is public unless it is
in `private` (or its id starts with D, a DM, or G); the bot is a member of every one except
those in `not_member_of`. A private conversation the bot is not in does not exist for it
(`channel_not_found`, as Slack answers); a public one can still be posted to
(`chat:write.public`) but not read (`not_in_channel`). `join(channel, *users)` sets a
channel's people for `conversations.members` and `users.conversations`. `scopes`, when set,
is what the token was granted: a method needing another scope answers `missing_scope` with
`needed` and `provided`, as Slack does. `views.publish` keeps each user's Home view
(`home_views`), `reactions.add` each message's reactions (`reactions`), `users.info` answers
each user's `tz` (`user_tz`, default UTC).

`SlackSender` plays Slack's side of the Events API over HTTP: it signs requests with the
signing secret (or deliberately does not) and builds the payloads Slack sends for slash
commands and events.

Nothing here touches the internet.

    with SlackStandIn() as slack:
        settings = Settings(slack_api_url=slack.api_url, ...)
        ...
        slack.wait_for("chat.postMessage", count=3)
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import itertools
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TEAM_ID = "T0STANDIN"
BOT_USER_ID = "U0BOT"
BOT_ID = "B0BOT"
APP_ID = "A0APP"
DM_CHANNEL = "D0ALICE"  # the bot's DM with U0ALICE (its Messages tab)


@dataclass
class Call:
    """One Web API request as the stand-in received it."""

    method: str
    params: dict[str, Any]
    token: str | None
    at: float = field(default_factory=time.monotonic)
    response: dict[str, Any] | None = None
    status: int = 200
    # False when the stand-in acted on the call but the caller never got the answer.
    delivered: bool = True

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response and self.response.get("ok"))

    @property
    def blocks(self) -> list[dict[str, Any]]:
        return self.params.get("blocks") or []

    def block_texts(self) -> list[str]:
        """Every text string in the blocks (section, header, context and field texts)."""
        return list(_texts(self.blocks))

    def all_text(self) -> str:
        """Fallback text plus every block text, newline-joined: what a reader could see."""
        return "\n".join([self.params.get("text") or "", *self.block_texts()])


def _texts(node: Any) -> Any:
    if isinstance(node, dict):
        if node.get("type") in ("mrkdwn", "plain_text") and isinstance(node.get("text"), str):
            yield node["text"]
        for value in node.values():
            if isinstance(value, dict | list):
                yield from _texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)


@dataclass
class Fault:
    """An injected failure for a Web API method, used `times` times then dropped.

    `lose` makes the call succeed (the message is posted) but loses the answer: "drop"
    closes the connection without a response, "slow" answers after `delay` seconds, "hold"
    answers nothing until `SlackStandIn.release_held()` and then drops the connection.
    """

    method: str
    error: str | None = None
    status: int = 200
    retry_after: int | None = None
    times: int = 1
    when: Callable[[dict[str, Any]], bool] | None = None
    extra: dict[str, Any] | None = None
    lose: str | None = None
    delay: float = 0.0
    # Wait (before acting) until `SlackStandIn.release_paused()`: a call Slack is slow to take.
    pause: bool = False


LOSE_MODES = ("drop", "slow", "hold")
HOLD_LIMIT_SECONDS = 30.0


class SlackStandIn:
    """Slack Web API + response_url + Socket Mode, served on loopback."""

    def __init__(self, *, bot_token: str = "xoxb-standin", app_token: str = "xapp-standin"):
        self.bot_token = bot_token
        self.app_token = app_token
        self.calls: list[Call] = []
        self.responses: list[dict[str, Any]] = []  # bodies posted to response_url
        self.not_member_of: set[str] = set()  # channels where conversations.info says so
        self.private: set[str] = set()  # private channels (D and G ids are private anyway)
        self.channel_members: dict[str, set[str]] = {}  # channel -> people, set by `join`
        self.scopes: set[str] | None = None  # None: every scope granted
        self.user_tz: dict[str, str] = {}  # user -> IANA zone for users.info (default UTC)
        self.home_views: dict[str, dict[str, Any]] = {}  # user -> the view views.publish set
        self.reactions: dict[tuple[str, str], list[str]] = {}  # (channel, ts) -> names
        # Workspaces installed through OAuth (`add_workspace`): bot token -> team id, and
        # the one-time codes oauth.v2.access exchanges for those tokens.
        self.team_tokens: dict[str, str] = {}
        self.paused_calls: list[Call] = []  # calls waiting in `pause_before_acting`
        self._unpaused = threading.Event()
        self.oauth_codes: dict[str, str] = {}
        self.oauth_client: tuple[str, str] = ("standin-client-id", "standin-client-secret")
        self._faults: list[Fault] = []
        self._lock = threading.Condition()
        self._last_ts_us = 0
        self._messages: dict[tuple[str, str], dict[str, Any]] = {}
        self._held = threading.Event()
        self.socket = SocketModeStandIn()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="slack-standin", daemon=True
        )

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> SlackStandIn:
        self.socket.start()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._held.set()
        self._unpaused.set()
        self._server.shutdown()
        self._server.server_close()
        self.socket.stop()

    def __enter__(self) -> SlackStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        """The value for SLACK_API_URL."""
        return self.base_url + "/api/"

    def response_url(self, name: str | None = None) -> str:
        """A response_url for a slash command payload; posts to it land in `self.responses`."""
        return f"{self.base_url}/respond/{name or uuid.uuid4().hex}"

    # -- conversations -----------------------------------------------------------------------

    def join(self, channel: str, *users: str) -> None:
        """These people are in `channel` (for conversations.members / users.conversations)."""
        with self._lock:
            self.channel_members.setdefault(channel, set()).update(users)

    def leave(self, channel: str, user: str) -> None:
        with self._lock:
            self.channel_members.get(channel, set()).discard(user)

    def is_private(self, channel: str) -> bool:
        """DMs (D), group DMs and old private channels (G), and channels marked private."""
        return channel in self.private or channel[:1] in ("D", "G")

    def hidden_from_bot(self, channel: str) -> bool:
        """A private conversation the bot is not in: Slack says it does not exist."""
        return self.is_private(channel) and channel in self.not_member_of

    def kind_of(self, channel: str) -> str:
        """The conversation type, as users.conversations' `types` names it."""
        if channel.startswith("D"):
            return "im"
        if channel.startswith("G") and channel not in self.private:
            return "mpim"
        return "private_channel" if self.is_private(channel) else "public_channel"

    def needed_scope(self, method: str, params: dict[str, Any]) -> str | None:
        """The scope `method` needs for these params that the token lacks (None: granted)."""
        if self.scopes is None:
            return None
        kind = self.kind_of(str(params.get("channel") or "C"))
        read = {"public_channel": "channels", "private_channel": "groups", "im": "im"}
        family = read.get(kind, "mpim")
        needs: list[str] = []
        if method in ("conversations.info", "conversations.members"):
            needs = [f"{family}:read"]
        elif method in ("conversations.history", "conversations.replies"):
            needs = [f"{family}:history"]
        elif method == "users.conversations":
            types = str(params.get("types") or "public_channel").split(",")
            needs = [f"{read.get(t.strip(), 'mpim')}:read" for t in types if t.strip()]
        elif method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
            needs = ["chat:write"]
        elif method == "reactions.add":
            needs = ["reactions:write"]
        elif method == "users.info":
            needs = ["users:read"]
        elif method == "chat.unfurl":
            needs = ["links:write"]
        missing = [n for n in needs if n not in self.scopes]
        return ",".join(missing) or None

    def _members_of(self, channel: str) -> list[str]:
        with self._lock:
            people = set(self.channel_members.get(channel, {"U0ALICE"}))
        if channel not in self.not_member_of:
            people.add(BOT_USER_ID)
        return sorted(people)

    def home_text(self, user: str) -> str:
        """Every text in the user's published Home tab, newline-joined ("" if none)."""
        with self._lock:
            view = self.home_views.get(user) or {}
        return "\n".join(_texts(view.get("blocks") or []))

    # -- failures ----------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        error: str = "internal_error",
        *,
        times: int = 1,
        when: Callable[[dict[str, Any]], bool] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        """The next `times` calls of `method` (matching `when`) answer ok=false with `error`
        (plus `extra` fields, e.g. missing_scope's `needed` and `provided`)."""
        with self._lock:
            self._faults.append(Fault(method, error=error, times=times, when=when, extra=extra))

    def lose_response(
        self,
        method: str = "chat.postMessage",
        *,
        how: str = "drop",
        delay: float = 0.0,
        times: int = 1,
        when: Callable[[dict[str, Any]], bool] | None = None,
    ) -> None:
        """The next `times` calls of `method` take effect but the caller never hears so:
        `how` is "drop" (connection closed, no response), "slow" (the answer comes after
        `delay` s, past the client's timeout) or "hold" (no answer until `release_held()`:
        kill the caller meanwhile)."""
        if how not in LOSE_MODES:
            raise ValueError(f"how must be one of {LOSE_MODES}")
        if how == "hold":
            self._held.clear()
        with self._lock:
            self._faults.append(Fault(method, times=times, when=when, lose=how, delay=delay))

    def release_held(self) -> None:
        """Let every held call go (its connection is then dropped)."""
        self._held.set()

    def rate_limit(
        self,
        method: str,
        *,
        retry_after: int = 1,
        times: int = 1,
        when: Callable[[dict[str, Any]], bool] | None = None,
    ) -> None:
        """The next `times` calls (matching `when`) answer HTTP 429 with a Retry-After header."""
        with self._lock:
            self._faults.append(
                Fault(
                    method,
                    error="ratelimited",
                    status=429,
                    retry_after=retry_after,
                    times=times,
                    when=when,
                )
            )

    def server_error(
        self,
        method: str,
        *,
        status: int = 500,
        times: int = 1,
        when: Callable[[dict[str, Any]], bool] | None = None,
    ) -> None:
        """The next `times` calls (matching `when`) answer HTTP `status`, doing nothing."""
        with self._lock:
            self._faults.append(Fault(method, status=status, times=times, when=when))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    # -- what was called ---------------------------------------------------------------------

    def calls_to(self, method: str, *, ok_only: bool = True) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method and (c.ok or not ok_only)]

    def posts(self, channel: str | None = None, *, thread_ts: str | None = None) -> list[Call]:
        """Successful chat.postMessage calls, optionally in one channel or one thread."""
        return [
            c
            for c in self.calls_to("chat.postMessage")
            if (channel is None or c.get("channel") == channel)
            and (thread_ts is None or c.get("thread_ts") == thread_ts)
        ]

    def wait_for(
        self,
        method: str,
        *,
        count: int = 1,
        timeout: float = 15.0,
        where: Callable[[Call], bool] | None = None,
        ok_only: bool = True,
    ) -> list[Call]:
        """Block until `count` matching calls arrived (bounded); returns them or raises."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [
                    c
                    for c in self.calls
                    if c.method == method and (c.ok or not ok_only) and (where is None or where(c))
                ]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [
                        (c.method, c.status, (c.response or {}).get("error")) for c in self.calls
                    ]
                    raise TimeoutError(
                        f"waited {timeout}s for {count} x {method}, got {len(found)}; calls: {seen}"
                    )
                self._lock.wait(remaining)

    def wait_for_response(self, *, count: int = 1, timeout: float = 15.0) -> list[dict[str, Any]]:
        """Block until `count` bodies were posted to response URLs."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self.responses) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"waited {timeout}s for {count} response_url posts")
                self._lock.wait(remaining)
            return list(self.responses)

    # -- the Web API ------------------------------------------------------------------------

    def _next_ts(self) -> str:
        """Slack's ts: the wall-clock time in microseconds, unique and increasing."""
        with self._lock:
            micros = max(time.time_ns() // 1000, self._last_ts_us + 1)
            self._last_ts_us = micros
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _take_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.method == method and (fault.when is None or fault.when(params)):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def answer(self, method: str, params: dict[str, Any], token: str | None) -> dict[str, Any]:
        """Slack's response body for a successful call (shapes trimmed to what clients read)."""
        if method == "apps.connections.open":
            if token != self.app_token:
                return {"ok": False, "error": "invalid_auth"}
            return {"ok": True, "url": self.socket.url}
        if method == "oauth.v2.access":
            return self._oauth_access(params, token)
        if token != self.bot_token and token not in self.team_tokens:
            return {"ok": False, "error": "invalid_auth" if token else "not_authed"}
        needed = self.needed_scope(method, params)
        if needed:
            provided = ",".join(sorted(self.scopes or ()))
            return {"ok": False, "error": "missing_scope", "needed": needed, "provided": provided}
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://standin.slack.com/",
                "team": "Stand-in",
                "user": "digest-bot",
                "team_id": self.team_tokens.get(token or "", TEAM_ID),
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            }
        if method in ("chat.postMessage", "chat.postEphemeral", "chat.update"):
            problem = block_kit_problem(params.get("blocks") or [])
            if problem:
                return {"ok": False, "error": "invalid_blocks", "errors": [problem]}
            if len(params.get("text") or "") > 40_000:
                return {"ok": False, "error": "msg_too_long"}
        if method == "chat.postMessage":
            channel = params.get("channel")
            if not channel or self.hidden_from_bot(channel):
                return {"ok": False, "error": "channel_not_found"}
            metadata = params.get("metadata")
            if metadata is not None and not _valid_metadata(metadata):
                return {"ok": False, "error": "invalid_metadata_format"}
            ts = self._next_ts()
            message = {
                "type": "message",
                "user": BOT_USER_ID,
                "bot_id": BOT_ID,
                "app_id": APP_ID,
                "ts": ts,
                "text": params.get("text", ""),
                "blocks": params.get("blocks") or [],
            }
            if params.get("thread_ts"):
                message["thread_ts"] = str(params["thread_ts"])
            stored = dict(message, metadata=metadata) if metadata else message
            with self._lock:
                self._messages[(channel, ts)] = stored
            return {"ok": True, "channel": channel, "ts": ts, "message": message}
        if method in ("conversations.history", "conversations.replies"):
            return self._read_messages(method, params)
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self._next_ts()}
        if method == "chat.update":
            return {"ok": True, "channel": params.get("channel"), "ts": params.get("ts")}
        if method == "chat.unfurl":
            return {"ok": True}
        if method == "chat.getPermalink":
            channel, ts = params.get("channel"), str(params.get("message_ts", ""))
            return {
                "ok": True,
                "channel": channel,
                "permalink": f"https://standin.slack.com/archives/{channel}/p{ts.replace('.', '')}",
            }
        if method == "conversations.info":
            channel = params.get("channel")
            if not channel or self.hidden_from_bot(channel):
                return {"ok": False, "error": "channel_not_found"}
            kind = self.kind_of(channel)
            return {
                "ok": True,
                "channel": {
                    "id": channel,
                    "name": f"chan-{channel}".lower(),
                    "is_channel": kind == "public_channel",
                    "is_group": kind == "private_channel",
                    "is_im": kind == "im",
                    "is_mpim": kind == "mpim",
                    "is_private": kind != "public_channel",
                    "is_member": channel not in self.not_member_of,
                },
            }
        if method == "conversations.members":
            channel = params.get("channel")
            if not channel or self.hidden_from_bot(channel):
                return {"ok": False, "error": "channel_not_found"}
            return _paged(self._members_of(channel), "members", params)
        if method == "users.conversations":
            return self._user_conversations(params)
        if method == "users.info":
            user = str(params.get("user") or "")
            if not user.startswith(("U", "W")):
                return {"ok": False, "error": "user_not_found"}
            tz = self.user_tz.get(user, "UTC")
            return {
                "ok": True,
                "user": {"id": user, "name": f"user-{user}", "tz": tz, "tz_label": tz},
            }
        if method == "reactions.add":
            return self._add_reaction(params)
        if method == "views.publish":
            return self._publish_view(params)
        if method == "team.info":
            return {"ok": True, "team": {"id": TEAM_ID, "name": "Stand-in"}}
        return {"ok": False, "error": "unknown_method"}

    def _user_conversations(self, params: dict[str, Any]) -> dict[str, Any]:
        """The conversations a user is in, of the `types` asked for; private ones only where
        the bot is a member too (what a bot token may see), paginated like Slack."""
        user = str(params.get("user") or BOT_USER_ID)
        types = {t.strip() for t in str(params.get("types") or "public_channel").split(",")}
        with self._lock:
            known = sorted(self.channel_members)
        found = []
        for channel in known:
            if self.kind_of(channel) not in types or user not in self._members_of(channel):
                continue
            if self.is_private(channel) and channel in self.not_member_of:
                continue
            found.append({"id": channel, "name": f"chan-{channel}".lower()})
        return _paged(found, "channels", params)

    def _add_reaction(self, params: dict[str, Any]) -> dict[str, Any]:
        channel, ts, name = params.get("channel"), params.get("timestamp"), params.get("name")
        if not channel or self.hidden_from_bot(channel):
            return {"ok": False, "error": "channel_not_found"}
        if not ts:
            return {"ok": False, "error": "no_item_specified"}
        if not name:
            return {"ok": False, "error": "invalid_name"}
        with self._lock:
            names = self.reactions.setdefault((channel, str(ts)), [])
            if name in names:
                return {"ok": False, "error": "already_reacted"}
            names.append(str(name))
        return {"ok": True}

    def _publish_view(self, params: dict[str, Any]) -> dict[str, Any]:
        view = params.get("view")
        if isinstance(view, str):
            try:
                view = json.loads(view)
            except ValueError:
                return {"ok": False, "error": "invalid_arguments"}
        user = str(params.get("user_id") or "")
        if not user.startswith(("U", "W")):
            return {"ok": False, "error": "user_not_found"}
        if not isinstance(view, dict) or view.get("type") != "home":
            return {"ok": False, "error": "invalid_arguments"}
        blocks = view.get("blocks") or []
        problem = view_problem(blocks)
        if problem:
            return {
                "ok": False,
                "error": "invalid_arguments",
                "response_metadata": {"messages": [problem]},
            }
        with self._lock:
            self.home_views[user] = view
        view_id = f"V{uuid.uuid4().hex[:10].upper()}"
        return {"ok": True, "view": {"id": view_id, "team_id": TEAM_ID, **view}}

    def pause_before_acting(
        self, method: str, *, when: Callable[[dict[str, Any]], bool] | None = None
    ) -> None:
        """The next call of `method` (matching `when`) waits, before Slack acts on it, until
        `release_paused()`; meanwhile it is in `paused_calls` (wait on `wait_paused`)."""
        self._unpaused.clear()
        with self._lock:
            self._faults.append(Fault(method, when=when, pause=True))

    def wait_paused(self, timeout: float = 15.0) -> Call:
        """Block until a call is paused; returns it."""
        with self._lock:
            if not self._lock.wait_for(lambda: self.paused_calls, timeout):
                raise TimeoutError(f"no call paused within {timeout}s")
            return self.paused_calls[0]

    def release_paused(self) -> None:
        """Let paused calls go on: Slack acts on them and answers."""
        self._unpaused.set()

    def add_workspace(self, team_id: str, bot_token: str) -> str:
        """A workspace that can install the app over OAuth; returns the code Slack would put
        in the redirect after the user approves (exchanged once by oauth.v2.access)."""
        code = f"code-{team_id}-{uuid.uuid4().hex[:8]}"
        with self._lock:
            self.team_tokens[bot_token] = team_id
            self.oauth_codes[code] = bot_token
        return code

    def _oauth_access(self, params: dict[str, Any], auth: str | None) -> dict[str, Any]:
        """oauth.v2.access: the app's credentials (HTTP Basic) and a code, once."""
        client_id, client_secret = params.get("client_id"), params.get("client_secret")
        if auth and auth.startswith("Basic "):
            decoded = base64.b64decode(auth.removeprefix("Basic ")).decode()
            client_id, _, client_secret = decoded.partition(":")
        if (client_id, client_secret) != self.oauth_client:
            return {"ok": False, "error": "invalid_client_id"}
        with self._lock:
            bot_token = self.oauth_codes.pop(str(params.get("code") or ""), None)
        if bot_token is None:
            return {"ok": False, "error": "invalid_code"}
        team_id = self.team_tokens[bot_token]
        return {
            "ok": True,
            "access_token": bot_token,
            "token_type": "bot",
            "scope": "chat:write,commands,channels:history",
            "bot_user_id": BOT_USER_ID,
            "app_id": APP_ID,
            "team": {"id": team_id, "name": f"Team {team_id}"},
            "enterprise": None,
            "is_enterprise_install": False,
            "authed_user": {"id": "U0INSTALLER"},
        }

    def messages(self, channel: str) -> list[dict[str, Any]]:
        """Every message posted in `channel` (thread replies too), oldest first."""
        with self._lock:
            found = [dict(m) for (c, _), m in self._messages.items() if c == channel]
        return sorted(found, key=lambda m: _ts_key(m["ts"]))

    def _read_messages(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        """conversations.history (top level, newest first) / .replies (parent, then replies
        oldest first), filtered by oldest/latest, `limit` at a time with a cursor."""
        channel = params.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if self.hidden_from_bot(channel):
            return {"ok": False, "error": "channel_not_found"}
        if channel in self.not_member_of:
            return {"ok": False, "error": "not_in_channel"}
        inclusive = _truthy(params.get("inclusive"))
        oldest = _ts_key(params.get("oldest") or "0")
        latest = _ts_key(params.get("latest")) if params.get("latest") else None

        def in_range(message: dict[str, Any]) -> bool:
            ts = _ts_key(message["ts"])
            above = ts >= oldest if inclusive else ts > oldest
            below = latest is None or (ts <= latest if inclusive else ts < latest)
            return above and below

        everything = self.messages(channel)
        head: list[dict[str, Any]] = []
        if method == "conversations.history":
            # Thread replies are not in the history; their parents are.
            pool = [m for m in everything if m.get("thread_ts", m["ts"]) == m["ts"]]
            pool = [m for m in reversed(pool) if in_range(m)]
        else:
            thread_ts = str(params.get("ts") or "")
            head = [m for m in everything if m["ts"] == thread_ts]
            pool = [
                m for m in everything if m.get("thread_ts") == thread_ts and m["ts"] != thread_ts
            ]
            if not head and not pool:
                return {"ok": False, "error": "thread_not_found"}
            pool = [m for m in pool if in_range(m)]
        start = 0
        if params.get("cursor"):
            try:
                start = int(base64.b64decode(str(params["cursor"])).decode().split(":", 1)[1])
            except (ValueError, IndexError):
                return {"ok": False, "error": "invalid_cursor"}
            head = []  # the thread's parent comes with the first page only
        limit = max(1, min(int(params.get("limit") or 100), 999))
        page = (head + pool[start:])[:limit]
        taken = len(page) - len(head)
        has_more = start + max(taken, 0) < len(pool)
        with_metadata = _truthy(params.get("include_all_metadata"))
        if not with_metadata:
            page = [{k: v for k, v in m.items() if k != "metadata"} for m in page]
        body: dict[str, Any] = {"ok": True, "messages": page, "has_more": has_more}
        if method == "conversations.history":
            body["pin_count"] = 0
        if has_more:
            offset = start + max(taken, 0)
            cursor = base64.b64encode(f"offset:{offset}".encode()).decode()
            body["response_metadata"] = {"next_cursor": cursor}
        return body

    def _record(self, call: Call) -> None:
        with self._lock:
            self.calls.append(call)
            self._lock.notify_all()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                path = urllib.parse.urlsplit(self.path).path
                if path.startswith("/respond/"):
                    body = json.loads(raw or b"{}")
                    with standin._lock:
                        standin.responses.append(body)
                        standin._lock.notify_all()
                    self._send(200, b"ok", "text/plain")
                    return
                if not path.startswith("/api/"):
                    self._send(404, b"not found", "text/plain")
                    return
                method = path[len("/api/") :]
                params = _parse_params(raw, self.headers.get("Content-Type", ""))
                query = urllib.parse.urlsplit(self.path).query
                params.update(urllib.parse.parse_qsl(query, keep_blank_values=True))
                auth = self.headers.get("Authorization", "")
                token = auth.removeprefix("Bearer ").strip() or params.pop("token", None)
                call = Call(method=method, params=params, token=token)
                fault = standin._take_fault(method, params)
                if fault is not None and fault.pause:
                    with standin._lock:
                        standin.paused_calls.append(call)
                        standin._lock.notify_all()
                    standin._unpaused.wait(HOLD_LIMIT_SECONDS)
                    fault = None
                if fault is not None and fault.status != 200:
                    call.status = fault.status
                    call.response = {"ok": False, "error": fault.error or "fatal_error"}
                    standin._record(call)
                    extra = {"Retry-After": str(fault.retry_after)} if fault.retry_after else {}
                    body = json.dumps(call.response).encode() if fault.status == 429 else b""
                    self._send(fault.status, body, "application/json", extra)
                    return
                if fault is not None and fault.lose is not None:
                    call.response = standin.answer(method, params, token)
                    call.delivered = fault.lose == "slow"  # maybe, if the client still waits
                    standin._record(call)
                    self._lose(fault, json.dumps(call.response).encode())
                    return
                if fault is not None:
                    call.response = {"ok": False, "error": fault.error, **(fault.extra or {})}
                else:
                    call.response = standin.answer(method, params, token)
                standin._record(call)
                self._send(200, json.dumps(call.response).encode(), "application/json")

            do_GET = do_POST

            def _lose(self, fault: Fault, body: bytes) -> None:
                """The call took effect; the caller does not get to know (see Fault.lose)."""
                self.close_connection = True
                if fault.lose == "slow":
                    time.sleep(fault.delay)
                    with contextlib.suppress(OSError):
                        self._send(200, body, "application/json")
                    return
                if fault.lose == "hold":
                    standin._held.wait(HOLD_LIMIT_SECONDS)
                # No status line at all: the client sees the connection closed under it.
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)

            def _send(
                self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", f"{ctype}; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                for key, value in (extra or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

        return Handler


def block_kit_problem(blocks: list[dict[str, Any]], *, max_blocks: int = 50) -> str | None:
    """The first Block Kit limit a message (or, with `max_blocks=100`, a view) breaks, as
    Slack would refuse it, else None."""
    if len(blocks) > max_blocks:
        return f"must be at most {max_blocks} blocks, got {len(blocks)}"
    for i, block in enumerate(blocks):
        text = (block.get("text") or {}).get("text", "")
        if block.get("type") == "header" and len(text) > 150:
            return f"[{i}] header text over 150 characters"
        if block.get("type") == "section" and len(text) > 3000:
            return f"[{i}] section text over 3000 characters"
        for element in block.get("elements") or []:
            if len(element.get("text") or "") > 3000:
                return f"[{i}] context element over 3000 characters"
        problem = _element_problem(block)
        if problem:
            return f"[{i}] {problem}"
    return None


# Limits Slack holds every block and element to, beyond the ones above (api.slack.com/block-kit).
TEXT_OBJECT_LIMIT = 3000
FIELD_LIMIT = 2000
BUTTON_TEXT_LIMIT = 75
ALT_TEXT_LIMIT = 2000
ID_LIMIT = 255


def _element_problem(node: Any) -> str | None:
    """Over-long text anywhere in a block: any text object, section fields, button text,
    alt text, block and action ids."""
    if isinstance(node, list):
        return next((p for p in map(_element_problem, node) if p), None)
    if not isinstance(node, dict):
        return None
    kind = node.get("type")
    if kind in ("mrkdwn", "plain_text") and len(node.get("text") or "") > TEXT_OBJECT_LIMIT:
        return f"{kind} text over {TEXT_OBJECT_LIMIT} characters"
    if kind == "section":
        for item in node.get("fields") or []:
            if len(item.get("text") or "") > FIELD_LIMIT:
                return f"section field over {FIELD_LIMIT} characters"
    if kind == "button" and len((node.get("text") or {}).get("text") or "") > BUTTON_TEXT_LIMIT:
        return f"button text over {BUTTON_TEXT_LIMIT} characters"
    if kind == "image" and len(node.get("alt_text") or "") > ALT_TEXT_LIMIT:
        return f"alt_text over {ALT_TEXT_LIMIT} characters"
    for key in ("block_id", "action_id"):
        if len(str(node.get(key) or "")) > ID_LIMIT:
            return f"{key} over {ID_LIMIT} characters"
    return next((p for v in node.values() if (p := _element_problem(v))), None)


def view_problem(blocks: list[dict[str, Any]]) -> str | None:
    """The first limit a Home tab view breaks (100 blocks; each block as in messages)."""
    if len(blocks) > 100:
        return f"must be at most 100 blocks, got {len(blocks)}"
    return block_kit_problem(blocks[:50]) or block_kit_problem(blocks[50:])


def _paged(items: list[Any], key: str, params: dict[str, Any]) -> dict[str, Any]:
    """`items` a page at a time (`limit`, `cursor`), with Slack's response_metadata."""
    try:
        start = int(base64.b64decode(str(params.get("cursor") or "")).decode() or 0)
    except ValueError:
        return {"ok": False, "error": "invalid_cursor"}
    limit = max(1, min(int(params.get("limit") or 100), 1000))
    page = items[start : start + limit]
    more = start + limit < len(items)
    cursor = base64.b64encode(str(start + limit).encode()).decode() if more else ""
    return {"ok": True, key: page, "response_metadata": {"next_cursor": cursor}}


def _valid_metadata(metadata: Any) -> bool:
    """Slack's message metadata: an event_type string and an event_payload object."""
    return (
        isinstance(metadata, dict)
        and isinstance(metadata.get("event_type"), str)
        and bool(metadata["event_type"])
        and isinstance(metadata.get("event_payload"), dict)
    )


def _truthy(value: Any) -> bool:
    return value in (True, 1, "1", "true", "True")


def _ts_key(ts: Any) -> tuple[int, int]:
    """A ts ("1712345678.000123") as a sortable pair, without float rounding."""
    seconds, _, fraction = str(ts).partition(".")
    return int(seconds or 0), int((fraction + "000000")[:6])


def _parse_params(raw: bytes, content_type: str) -> dict[str, Any]:
    """Web API bodies come as JSON or form data; JSON-valued form fields are decoded."""
    if not raw:
        return {}
    if "json" in content_type:
        return json.loads(raw)
    params: dict[str, Any] = dict(
        urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True)
    )
    for key, value in list(params.items()):
        if isinstance(value, str) and value[:1] in "[{":
            with contextlib.suppress(ValueError):
                params[key] = json.loads(value)
        elif value in ("true", "false") and key.startswith(("unfurl_", "reply_broadcast")):
            params[key] = value == "true"
    return params


class SocketModeStandIn:
    """The websocket end of Socket Mode: says hello, sends envelopes, records the acks."""

    def __init__(self) -> None:
        self.acks: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        self._connections: list[Any] = []
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("Socket Mode stand-in is not started")
        port = self._server.socket.getsockname()[1]
        return f"ws://127.0.0.1:{port}/link/?ticket=standin"

    def start(self) -> None:
        from websockets.sync.server import serve

        self._server = serve(self._handle, "127.0.0.1", 0)
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="socket-standin", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()

    def _handle(self, connection: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        connection.send(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "connection_info": {"app_id": APP_ID},
                    "debug_info": {"host": "standin", "approximate_connection_time": 18060},
                }
            )
        )
        with self._cond:
            self._connections.append(connection)
            self._cond.notify_all()
        try:
            for message in connection:
                try:
                    data = json.loads(message)
                except (TypeError, ValueError):
                    continue
                with self._cond:
                    self.acks.append(data)
                    self._cond.notify_all()
        except ConnectionClosed:
            pass
        finally:
            with self._cond:
                if connection in self._connections:
                    self._connections.remove(connection)
                self._cond.notify_all()

    def wait_connected(self, timeout: float = 10.0) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: self._connections, timeout):
                raise TimeoutError("the app never opened a Socket Mode connection")

    def wait_disconnected(self, timeout: float = 10.0) -> None:
        """Block until the app has closed every Socket Mode connection (it stopped taking
        events: Slack would send them over another connection)."""
        with self._cond:
            if not self._cond.wait_for(lambda: not self._connections, timeout):
                raise TimeoutError("the app kept its Socket Mode connection open")

    def send(
        self, kind: str, payload: dict[str, Any], *, accepts_response_payload: bool = False
    ) -> str:
        """Deliver an envelope (`events_api`, `slash_commands`, `interactive`); returns its id."""
        self.wait_connected()
        envelope_id = str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": accepts_response_payload,
            "retry_attempt": 0,
            "retry_reason": "",
        }
        with self._cond:
            connection = self._connections[-1]
        connection.send(json.dumps(envelope))
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        """The app's acknowledgement of an envelope (with its response payload, if any)."""

        def find() -> dict[str, Any] | None:
            return next((a for a in self.acks if a.get("envelope_id") == envelope_id), None)

        with self._cond:
            if not self._cond.wait_for(lambda: find() is not None, timeout):
                raise TimeoutError(f"envelope {envelope_id} was not acknowledged in {timeout}s")
            return find()  # type: ignore[return-value]


# -- Slack's side of the Events API over HTTP -----------------------------------------------


@dataclass
class Delivery:
    """What the app answered to one signed request."""

    status: int
    body: bytes
    elapsed: float
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class SlackSender:
    """Signs and POSTs Slack's requests (slash commands, events) to the app under test."""

    def __init__(self, events_url: str, signing_secret: str, *, team_id: str = TEAM_ID):
        self.events_url = events_url
        self.signing_secret = signing_secret
        self.team_id = team_id
        self._event_ids = itertools.count(1)
        self._ts = itertools.count(1)
        self._ts_base = int(time.time()) - 1000

    def next_ts(self) -> str:
        """A fresh message ts for messages 'users' post in the test."""
        return f"{self._ts_base}.{next(self._ts):06d}"

    def sign(self, body: bytes, *, timestamp: int | None = None) -> dict[str, str]:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        base = b"v0:" + ts.encode() + b":" + body
        digest = hmac.new(self.signing_secret.encode(), base, hashlib.sha256).hexdigest()
        return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}

    def post(
        self,
        body: bytes,
        content_type: str,
        *,
        headers: dict[str, str] | None = None,
        signed: bool = True,
        timestamp: int | None = None,
        timeout: float = 10.0,
    ) -> Delivery:
        all_headers = {"Content-Type": content_type}
        if signed:
            all_headers.update(self.sign(body, timestamp=timestamp))
        all_headers.update(headers or {})
        request = urllib.request.Request(
            self.events_url, data=body, headers=all_headers, method="POST"
        )
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                data = response.read()
                return Delivery(
                    response.status, data, time.perf_counter() - start, dict(response.headers)
                )
        except urllib.error.HTTPError as e:
            return Delivery(e.code, e.read(), time.perf_counter() - start, dict(e.headers))

    # -- slash commands ----------------------------------------------------------------------

    def command_payload(
        self,
        text: str,
        *,
        channel: str = "C0NEWS",
        user: str = "U0ALICE",
        command: str = "/digest",
        response_url: str = "",
        channel_name: str = "news",
    ) -> dict[str, str]:
        """A slash command as Slack posts it; in a DM `channel_name` is "directmessage",
        in a group DM "mpdm-..."."""
        return {
            "token": "deprecated-verification-token",
            "team_id": self.team_id,
            "team_domain": "standin",
            "channel_id": channel,
            "channel_name": channel_name,
            "user_id": user,
            "user_name": "alice",
            "command": command,
            "text": text,
            "api_app_id": APP_ID,
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": f"{next(self._event_ids)}.trigger",
        }

    def command(self, text: str, **kwargs: Any) -> Delivery:
        headers = kwargs.pop("headers", None)
        signed = kwargs.pop("signed", True)
        timestamp = kwargs.pop("timestamp", None)
        body = urllib.parse.urlencode(self.command_payload(text, **kwargs)).encode()
        return self.post(
            body,
            "application/x-www-form-urlencoded",
            headers=headers,
            signed=signed,
            timestamp=timestamp,
        )

    # -- events ------------------------------------------------------------------------------

    def event_envelope(self, event: dict[str, Any], *, event_id: str | None = None) -> dict:
        return {
            "token": "deprecated-verification-token",
            "team_id": self.team_id,
            "api_app_id": APP_ID,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(self._event_ids):08d}",
            "event_time": int(time.time()),
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": self.team_id,
                    "user_id": BOT_USER_ID,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
        }

    def event(
        self,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        retry_num: int | None = None,
        **kwargs: Any,
    ) -> Delivery:
        envelope = self.event_envelope(event, event_id=event_id)
        headers = dict(kwargs.pop("headers", None) or {})
        if retry_num is not None:
            headers["X-Slack-Retry-Num"] = str(retry_num)
            headers["X-Slack-Retry-Reason"] = "http_timeout"
        return self.post(
            json.dumps(envelope).encode(), "application/json", headers=headers, **kwargs
        )

    def mention(self, text: str, *, channel: str = "C0NEWS", user: str = "U0ALICE", **kw: Any):
        ts = kw.pop("ts", None) or self.next_ts()
        event = {
            "type": "app_mention",
            "user": user,
            "text": f"<@{BOT_USER_ID}> {text}",
            "ts": ts,
            "channel": channel,
            "event_ts": ts,
        }
        if "thread_ts" in kw:
            event["thread_ts"] = kw.pop("thread_ts")
        return event, self.event(event, **kw)

    def channel_message(
        self,
        text: str,
        *,
        channel: str = "C0NEWS",
        user: str | None = "U0ALICE",
        subtype: str | None = None,
        bot_id: str | None = None,
        extra: dict[str, Any] | None = None,
        channel_type: str = "channel",
        **kw: Any,
    ) -> tuple[dict[str, Any], Delivery]:
        """A `message` event: message.channels by default; `channel_type` "group" is
        message.groups (a private channel), "im" message.im (the bot's Messages tab)."""
        ts = kw.pop("ts", None) or self.next_ts()
        event: dict[str, Any] = {
            "type": "message",
            "channel": channel,
            "text": text,
            "ts": ts,
            "event_ts": ts,
            "channel_type": channel_type,
        }
        if user:
            event["user"] = user
        if subtype:
            event["subtype"] = subtype
        if bot_id:
            event["bot_id"] = bot_id
        event.update(extra or {})
        return event, self.event(event, **kw)

    def link_shared(
        self, urls: list[str], *, channel: str = "C0NEWS", user: str = "U0ALICE", **kw: Any
    ) -> tuple[dict[str, Any], Delivery]:
        ts = self.next_ts()
        event = {
            "type": "link_shared",
            "channel": channel,
            "is_bot_user_member": True,
            "user": user,
            "message_ts": ts,
            "unfurl_id": f"{ts}.unfurl",
            "source": "conversations_history",
            "links": [{"domain": urllib.parse.urlsplit(u).hostname, "url": u} for u in urls],
            "event_ts": ts,
        }
        return event, self.event(event, **kw)

    def private_message(
        self, text: str, *, channel: str = "C0PRIVATE", **kw: Any
    ) -> tuple[dict[str, Any], Delivery]:
        """message.groups: a message in a private channel."""
        return self.channel_message(text, channel=channel, channel_type="group", **kw)

    def direct_message(
        self, text: str, *, channel: str = DM_CHANNEL, user: str | None = "U0ALICE", **kw: Any
    ) -> tuple[dict[str, Any], Delivery]:
        """message.im: a message in the bot's Messages tab (its DM with `user`)."""
        return self.channel_message(text, channel=channel, user=user, channel_type="im", **kw)

    def app_home_opened_event(
        self, *, user: str = "U0ALICE", tab: str = "home", channel: str = DM_CHANNEL
    ) -> dict[str, Any]:
        ts = self.next_ts()
        event: dict[str, Any] = {
            "type": "app_home_opened",
            "user": user,
            "channel": channel,
            "tab": tab,
            "event_ts": ts,
        }
        if tab == "home":
            event["view"] = {"id": "V0HOME", "team_id": self.team_id, "type": "home"}
        return event

    def app_home_opened(
        self, *, user: str = "U0ALICE", tab: str = "home", **kw: Any
    ) -> tuple[dict[str, Any], Delivery]:
        """The user opened the app's Home (or Messages / About) tab."""
        event = self.app_home_opened_event(user=user, tab=tab)
        return event, self.event(event, **kw)

    # -- shortcuts ---------------------------------------------------------------------------

    def message_shortcut_payload(
        self,
        message: dict[str, Any],
        *,
        channel: str = "C0NEWS",
        user: str = "U0ALICE",
        callback_id: str = "digest_message",
        response_url: str = "",
        channel_name: str = "news",
    ) -> dict[str, Any]:
        """The `message_action` payload Slack sends when a message shortcut is chosen (in a
        DM `channel_name` is "directmessage", in a group DM "mpdm-...")."""
        return {
            "type": "message_action",
            "token": "deprecated-verification-token",
            "action_ts": self.next_ts(),
            "team": {"id": self.team_id, "domain": "standin"},
            "user": {"id": user, "username": "alice", "team_id": self.team_id, "name": "alice"},
            "channel": {"id": channel, "name": channel_name},
            "is_enterprise_install": False,
            "enterprise": None,
            "callback_id": callback_id,
            "trigger_id": f"{next(self._event_ids)}.trigger",
            "response_url": response_url,
            "message_ts": message.get("ts"),
            "message": {"type": "message", **message},
        }

    def message_shortcut(
        self, message: dict[str, Any], *, signed: bool = True, **kwargs: Any
    ) -> Delivery:
        """POST a message shortcut (form field `payload`, JSON) as Slack does."""
        payload = self.message_shortcut_payload(message, **kwargs)
        body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
        return self.post(body, "application/x-www-form-urlencoded", signed=signed)
