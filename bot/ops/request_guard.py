"""What reaches Bolt over HTTP is a request Slack could have sent; anything else gets a 4xx
with one line saying why, so a 500 from /slack/events always means a bug of ours.

Three layers, in the order a request meets them:

The HTTP server (waitress, `bot.ops.http_server`), before the app sees anything:
    * a body over HTTP_MAX_BODY_BYTES (default 1 MiB): 413, unread. Slack's largest
      requests, an event for a 40,000-character message with its blocks and attachments,
      are a few hundred KB; slash commands and interactions are a few KB;
    * a Content-Length that is not a number, a malformed request line or chunked body: 400;
      a chunked body within the cap reaches the app with its length, as any other;
    * a client that sends its request slowly or not at all: closed after
      HTTP_CHANNEL_TIMEOUT, holding no thread meanwhile.

`guard_requests(wsgi_app)` (WSGI, in front of Bolt's adapter, before anything is parsed):
    * a body that is not UTF-8; an `X-Slack-Request-Timestamp` that is not a number; a JSON
      body that is malformed or is not an object (an array, a string); an interaction's
      `payload` field that is not a JSON object; a field Bolt reads before the signature
      check in a shape Slack never sends (`team: 1`, `authorizations: "x"`, `event: null`,
      `actions: []`; see `check_shapes`); JSON nested deeper than MAX_JSON_DEPTH: 400.
  These checks come before the signature check (Bolt's), which needs the parsed body and
  the timestamp as a number; none of them tells an unsigned caller anything about secrets.

`require_fields` (a Bolt middleware, after Bolt has verified the signature):
    a signed payload without a field the listeners read (a slash command's `channel_id`, an
    event's `channel`): 400 naming the field. `COMMAND_FIELDS` and `EVENT_FIELDS` list
    them per payload kind; a listener that starts reading a new field adds it there.
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt import BoltResponse

log = logging.getLogger(__name__)

# The server's default cap (HTTP_MAX_BODY_BYTES), for callers that name it.
MAX_BODY_BYTES = 1024 * 1024
TIMESTAMP = re.compile(r"[0-9]{1,12}")  # ASCII digits: `\d` would take "١٧"

# Per payload kind, the fields a listener reads with `payload[field]` (strings, not empty).
# Slash commands by their `command` field; events by their inner `event.type`.
COMMAND_FIELDS = ("command", "channel_id", "user_id")
EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    "app_mention": ("channel", "ts"),
    "message": ("channel", "ts"),
    "link_shared": ("channel",),
    "app_home_opened": ("user",),
}

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class BadRequest(Exception):
    """A request no Slack client sends: `status` and one line for the caller."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


STATUS_LINES = {400: "400 Bad Request"}


def guard_requests(application: WsgiApp, *, path: str = "/slack/events") -> WsgiApp:
    """`application` behind the checks above, for POSTs to `path` (others pass through)."""

    def guarded(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST" or environ.get("PATH_INFO") != path:
            return application(environ, start_response)
        try:
            body = read_body(environ)
            check_request(body, environ)
        except BadRequest as e:
            log.info("refused a request to %s: HTTP %d, %s", path, e.status, e.reason)
            return _refuse(start_response, e)
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return application(environ, start_response)

    return guarded


def read_body(environ: Mapping[str, Any]) -> bytes:
    """The request body: the server has read it whole, within its cap, and says its length
    (a length that is not a number never gets this far; refused all the same)."""
    declared = str(environ.get("CONTENT_LENGTH") or "0").strip() or "0"
    if not declared.isdigit():
        raise BadRequest(400, "Content-Length is not a number")
    length = int(declared)
    stream = environ.get("wsgi.input")
    return stream.read(length) if stream is not None and length else b""


def check_request(body: bytes, environ: Mapping[str, Any]) -> None:
    """Raise BadRequest for a body or header Bolt would fail on (see the module docstring)."""
    timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
    if timestamp is not None and not TIMESTAMP.fullmatch(str(timestamp).strip()):
        raise BadRequest(400, "X-Slack-Request-Timestamp is not a number")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadRequest(400, "the body is not UTF-8") from e
    if not text:
        return
    content_type = str(environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
    # Bolt reads JSON when the content type says so or the body starts with `{`.
    if content_type == "application/json" or text.startswith("{"):
        _json_object(text, "the body")
    elif "payload" in text:
        payload = dict(parse_qsl(text, keep_blank_values=True)).get("payload")
        if payload is not None:
            _json_object(payload, "the payload field")


def _json_object(text: str, what: str) -> dict[str, Any]:
    if json_depth(text) > MAX_JSON_DEPTH:
        raise BadRequest(400, f"{what} is nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise BadRequest(400, f"{what} is not valid JSON") from e
    if not isinstance(value, dict):
        raise BadRequest(400, f"{what} is not a JSON object")
    check_shapes(value)
    return value


# Slack's deepest payloads (rich text lists in blocks) nest a few dozen levels; a body nested
# 100,000 levels made the JSON parser raise RecursionError (a 500). Counted before parsing.
MAX_JSON_DEPTH = 100
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def json_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest (brackets inside strings aside)."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_JSON_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


# Fields Bolt reads while it builds the request, before the signature check, with the shapes
# Slack sends; any other shape (a number, a list, null) crashed it with a 500.
ID_OR_OBJECT = ("team", "enterprise", "user", "channel")
OBJECTS = ("event", "view")
LISTS_OF_OBJECTS = ("authorizations", "actions")


def check_shapes(payload: Mapping[str, Any]) -> None:
    """Raise BadRequest when a field Bolt reads has a shape Slack never sends."""
    event = payload.get("event")
    for part, prefix in ((payload, ""), (event if isinstance(event, dict) else {}, "event.")):
        for name in ID_OR_OBJECT:
            if part.get(name) is not None and not isinstance(part[name], str | dict):
                raise BadRequest(400, f"`{prefix}{name}` is neither an id nor an object")
    for name in OBJECTS:
        if name in payload and not isinstance(payload[name], dict):
            raise BadRequest(400, f"`{name}` is not a JSON object")
    for name in LISTS_OF_OBJECTS:
        items = payload.get(name)
        if items is None and name not in payload:
            continue
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise BadRequest(400, f"`{name}` is not a list of objects")
        if name == "actions" and not items:
            raise BadRequest(400, "`actions` is empty")


def _refuse(start_response: Callable[..., Any], error: BadRequest) -> list[bytes]:
    body = f"{error.reason}\n".encode()
    start_response(
        STATUS_LINES.get(error.status, f"{error.status} Bad Request"),
        [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))],
    )
    return [body]


# -- after the signature: the fields listeners read ----------------------------------------------


def missing_field(body: Any) -> str | None:
    """The first field a listener needs that the payload lacks, as `kind.field`; None if
    nothing is missing (or the payload is of a kind no listener here reads)."""
    if not isinstance(body, dict):
        return "body"
    if "command" in body:
        return _first_missing(body, COMMAND_FIELDS, "slash command")
    if body.get("type") == "event_callback":
        event = body.get("event")
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            return "event.type"
        needed = EVENT_FIELDS.get(event["type"], ())
        return _first_missing(event, needed, f"{event['type']} event")
    return None


def _first_missing(payload: Mapping[str, Any], fields: Iterable[str], kind: str) -> str | None:
    for name in fields:
        value = payload.get(name)
        if not isinstance(value, str) or not value:
            return f"{kind} without `{name}`"
    return None


def require_fields(body: dict[str, Any], next: Callable[[], Any], logger: Any) -> Any:  # noqa: A002
    """Bolt middleware: a signed payload missing a field the listeners read gets a 400."""
    problem = missing_field(body)
    if problem is None:
        return next()
    logger.info("refused a signed request: %s", problem)
    return BoltResponse(status=400, body=f"{problem}\n")
