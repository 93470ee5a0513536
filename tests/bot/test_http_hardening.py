"""Requests no Slack client sends get a 4xx that says why, over real HTTP on loopback
against the running app: a body over the cap (413, before anything is read), malformed
bodies and headers (400, where they used to be 500s), and signed payloads missing a field a
listener reads (400 naming it, where a KeyError used to make a 500). A 500 means a bug.
"""

from __future__ import annotations

import http.client
import itertools
import json
import urllib.parse
from urllib.parse import urlsplit

import pytest

from bot.ops.request_guard import MAX_BODY_BYTES
from tests.bot.conftest import Bot
from tests.slack_standin import Delivery

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


def assert_refused(delivery: Delivery, status: int, says: str) -> None:
    assert delivery.status == status, (delivery.status, delivery.body)
    assert says in delivery.body.decode()


def assert_nothing_done(bot: Bot) -> None:
    """No listener ran: nothing went to Slack, no request reached the response URLs."""
    bot.settle()
    assert bot.slack.calls_to("chat.postMessage", ok_only=False) == []
    assert bot.slack.responses == []


def test_a_body_over_the_cap_gets_413_before_it_is_read(bot: Bot) -> None:
    # Only the headers are sent: an app that tried to read the body would wait forever.
    url = urlsplit(bot.sender.events_url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        connection.putrequest("POST", url.path)
        connection.putheader("Content-Type", FORM)
        connection.putheader("Content-Length", str(MAX_BODY_BYTES + 1))
        connection.putheader("X-Slack-Request-Timestamp", "1700000000")
        connection.putheader("X-Slack-Signature", "v0=" + "0" * 64)
        connection.endheaders()
        response = connection.getresponse()
        assert response.status == 413
        assert b"exceeds max_body" in response.read()  # waitress's words
    finally:
        connection.close()
    assert_nothing_done(bot)


def test_a_large_message_event_slack_could_send_still_gets_through(bot: Bot) -> None:
    # 40,000 characters of text (Slack's limit) plus 50 blocks of 3,000: well under the cap.
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "w" * 3000}}] * 50
    event, delivery = bot.sender.channel_message("x " * 20_000, extra={"blocks": blocks})
    assert delivery.status == 200


@pytest.mark.parametrize(
    ("body", "content_type", "says"),
    [
        (b'{"type": "event_callback", "event": ', JSON, "not valid JSON"),
        (b"[1, 2, 3]", JSON, "not a JSON object"),
        (b'"event_callback"', JSON, "not a JSON object"),
        (b'{"type": "event_callback", "event": "app_mention"}', JSON, "`event` is not"),
        ("payload=" + urllib.parse.quote("{not json"), FORM, "payload field is not valid JSON"),
        ("payload=" + urllib.parse.quote("[]"), FORM, "payload field is not a JSON object"),
        ("text=caf\xe9".encode("latin-1"), FORM, "not UTF-8"),
        (b'{"type": "\xff\xfe"}', JSON, "not UTF-8"),
    ],
    ids=[
        "truncated-json",
        "json-array",
        "json-string",
        "event-not-object",
        "payload-not-json",
        "payload-array",
        "latin-1-form",
        "bad-bytes-json",
    ],
)
def test_a_malformed_body_gets_400_signed_or_not(
    bot: Bot, body: bytes | str, content_type: str, says: str
) -> None:
    raw = body.encode() if isinstance(body, str) else body
    for signed in (True, False):
        assert_refused(bot.sender.post(raw, content_type, signed=signed), 400, says)
    assert_nothing_done(bot)


# Shapes no Slack client sends, in the fields Bolt reads before it checks the signature.
ODD_VALUES = ["x", 7, True, None, [], ["x"], [7], {}, {"id": 7}, [{}], [None]]
TOP_LEVEL_FIELDS = ["team", "enterprise", "user", "channel", "authorizations", "event", "view"]


def test_no_shape_of_a_payload_field_makes_a_500(bot: Bot) -> None:
    statuses: dict[tuple[str, str, str], int] = {}
    for name, value in itertools.product(TOP_LEVEL_FIELDS, ODD_VALUES):
        envelope = bot.sender.event_envelope({"type": "reaction_added", "user": "U0ALICE"})
        envelope[name] = value
        event = bot.sender.post(json.dumps(envelope).encode(), JSON)
        statuses[("event", name, repr(value))] = event.status
        action = {"type": "block_actions", "user": {"id": "U0ALICE"}, "actions": [{}]}
        action[name] = value
        body = ("payload=" + urllib.parse.quote(json.dumps(action))).encode()
        statuses[("block_actions", name, repr(value))] = bot.sender.post(body, FORM).status
    for value in ODD_VALUES:
        event = {"type": "reaction_added", "user": value, "channel": value}
        statuses[("event.user", "user", repr(value))] = bot.sender.event(event).status
        action = {"type": "block_actions", "user": {"id": "U0ALICE"}, "actions": value}
        body = ("payload=" + urllib.parse.quote(json.dumps(action))).encode()
        statuses[("actions", "actions", repr(value))] = bot.sender.post(body, FORM).status
    bot.settle()
    assert {k: v for k, v in statuses.items() if v >= 500} == {}
    # The shapes Bolt used to fail on are refused, saying which field.
    envelope = bot.sender.event_envelope({"type": "reaction_added"})
    envelope["authorizations"] = "x"
    refused = bot.sender.post(json.dumps(envelope).encode(), JSON)
    assert_refused(refused, 400, "`authorizations` is not a list of objects")


@pytest.mark.parametrize("timestamp", ["soon", "1.7e9", "-5", "", "0x65"])
def test_a_timestamp_that_is_not_a_number_gets_400(bot: Bot, timestamp: str) -> None:
    body = urllib.parse.urlencode(bot.sender.command_payload("help")).encode()
    headers = {"X-Slack-Request-Timestamp": timestamp}
    assert_refused(bot.sender.post(body, FORM, headers=headers), 400, "Timestamp")
    assert_nothing_done(bot)


def test_a_length_that_is_not_a_number_gets_400(bot: Bot) -> None:
    url = urlsplit(bot.sender.events_url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        connection.putrequest("POST", url.path)
        connection.putheader("Content-Type", FORM)
        connection.putheader("Content-Length", "lots")
        connection.endheaders()
        response = connection.getresponse()
        assert response.status == 400
        assert b"Content-Length" in response.read()
    finally:
        connection.close()


@pytest.mark.parametrize("field", ["channel_id", "user_id", "command"])
def test_a_signed_command_missing_a_field_gets_a_clear_400(bot: Bot, field: str) -> None:
    payload = bot.sender.command_payload("help", response_url=bot.slack.response_url())
    del payload[field]
    body = urllib.parse.urlencode(payload).encode()
    delivery = bot.sender.post(body, FORM)
    if field == "command":  # then it is no command at all: nothing listens, nothing breaks
        assert delivery.status == 404 or 400 <= delivery.status < 500, delivery.status
    else:
        assert_refused(delivery, 400, f"without `{field}`")
    assert_nothing_done(bot)


def test_a_signed_event_missing_a_field_gets_a_clear_400(bot: Bot) -> None:
    event = {"type": "app_mention", "user": "U0ALICE", "text": "<@U0BOT> hi", "ts": "1.000001"}
    delivery = bot.sender.event(event)
    assert_refused(delivery, 400, "app_mention event without `channel`")
    envelope = bot.sender.event_envelope({"channel": "C0NEWS"})  # an event without a type
    delivery = bot.sender.post(json.dumps(envelope).encode(), JSON)
    assert_refused(delivery, 400, "event.type")
    assert_nothing_done(bot)


def test_well_formed_requests_are_answered_as_before(bot: Bot) -> None:
    help_reply = bot.sender.command("help")
    assert help_reply.status == 200 and "/digest" in help_reply.json()["text"]
    unsigned = bot.sender.command("help", signed=False)
    assert unsigned.status == 401  # Bolt's signature check still decides
    challenge = {"type": "url_verification", "challenge": "c-123", "token": "t"}
    verified = bot.sender.post(json.dumps(challenge).encode(), JSON)
    assert verified.status == 200 and b"c-123" in verified.body
