"""Socket Mode: the real app connects to the stand-in's websocket and answers envelopes."""

from __future__ import annotations

import pytest

from bot.app import create_app, start_socket_mode
from bot.services import build_services
from tests.bot.conftest import ORTIZ_ARTICLE, ORTIZ_TITLE, bot_settings
from tests.slack_standin import BOT_USER_ID, SlackSender


@pytest.fixture
def socket_app(slack, tmp_path):
    settings = bot_settings(
        slack, tmp_path, slack_app_token=slack.app_token, slack_signing_secret=None
    )
    assert settings.socket_mode and settings.missing_credentials() == []
    services = build_services(settings)
    app = create_app(settings, services)
    handler = start_socket_mode(app, settings)
    yield app
    handler.close()
    services.close()


def test_slash_command_and_mention_round_trip_over_socket_mode(slack, site, socket_app):
    url = site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    slack.socket.wait_connected()
    assert slack.calls_to("apps.connections.open")[0].token == slack.app_token

    payloads = SlackSender("unused", "unused")
    command = payloads.command_payload("help", response_url=slack.response_url())
    envelope = slack.socket.send("slash_commands", command, accepts_response_payload=True)
    ack = slack.socket.wait_ack(envelope)
    assert "/digest watch" in ack["payload"]["text"]

    ts = payloads.next_ts()
    mention = {
        "type": "app_mention",
        "user": "U0ALICE",
        "text": f"<@{BOT_USER_ID}> <{url}>",
        "ts": ts,
        "channel": "C0NEWS",
        "event_ts": ts,
    }
    envelope = slack.socket.send("events_api", payloads.event_envelope(mention))
    slack.socket.wait_ack(envelope)
    slack.wait_for(
        "chat.postMessage",
        where=lambda c: c.get("thread_ts") == ts and c.blocks[0]["type"] == "header",
    )
    slack.wait_for(
        "chat.postMessage", where=lambda c: "We will not back down" in (c.get("text") or "")
    )
