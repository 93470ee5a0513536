"""Socket Mode: the real app connects to the stand-in's websocket and answers envelopes
(slash commands, events, the message shortcut, message.im, app_home_opened)."""

from __future__ import annotations

import pytest

from bot.app import create_app, start_socket_mode
from bot.services import build_services
from tests.bot.conftest import (
    HARBOR_ARTICLE,
    HARBOR_TITLE,
    ORTIZ_ARTICLE,
    ORTIZ_TITLE,
    bot_settings,
)
from tests.slack_standin import BOT_USER_ID, DM_CHANNEL, SlackSender


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


def test_shortcut_dm_and_home_tab_over_socket_mode(slack, site, socket_app):
    url = site.add("/news/strike", ORTIZ_TITLE, ORTIZ_ARTICLE)
    slack.socket.wait_connected()
    payloads = SlackSender("unused", "unused")

    # The message shortcut arrives as an `interactive` envelope, acked at once.
    message = {"ts": payloads.next_ts(), "user": "U0BOB", "text": f"<{url}>"}
    shortcut = payloads.message_shortcut_payload(message, response_url=slack.response_url())
    slack.socket.wait_ack(slack.socket.send("interactive", shortcut))
    slack.wait_for(
        "chat.postMessage",
        where=lambda c: c.get("thread_ts") == message["ts"] and c.blocks[0]["type"] == "header",
    )

    # A link sent in the bot's Messages tab (message.im) is digested in that DM.
    dm_ts = payloads.next_ts()
    dm = {
        "type": "message",
        "channel": DM_CHANNEL,
        "channel_type": "im",
        "user": "U0ALICE",
        "text": f"<{site.add('/news/harbor', HARBOR_TITLE, HARBOR_ARTICLE)}>",
        "ts": dm_ts,
        "event_ts": dm_ts,
    }
    slack.socket.wait_ack(slack.socket.send("events_api", payloads.event_envelope(dm)))
    slack.wait_for(
        "chat.postMessage",
        where=lambda c: c.get("channel") == DM_CHANNEL and c.blocks[0]["type"] == "header",
    )

    # Opening the Home tab publishes it.
    home = payloads.event_envelope(payloads.app_home_opened_event(user="U0ALICE"))
    slack.socket.wait_ack(slack.socket.send("events_api", home))
    [publish] = slack.wait_for("views.publish")
    assert publish["user_id"] == "U0ALICE"
    assert "How to use me" in slack.home_text("U0ALICE")
