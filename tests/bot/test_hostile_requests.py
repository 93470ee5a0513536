"""Requests nobody should be able to pile up or crash the bot with (issue 19.7): an unsigned
body nested 100,000 levels deep gets a 400 before any parser sees it, and the OAuth states
anonymous `GET /slack/install` requests write are pruned once they expire.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update

from bot.storage.tables import SLACK_OAUTH_STATES
from tests.bot.conftest import Bot
from tests.bot.test_token_encryption import sealed_bot
from tests.slack_standin import SlackStandIn


def test_a_body_nested_too_deep_gets_400_before_parsing(bot: Bot) -> None:
    deep = b'{"type": "event_callback", "event": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    for signed in (False, True):
        delivery = bot.sender.post(deep, "application/json", signed=signed)
        assert delivery.status == 400, delivery.body[:200]
        assert b"nested deeper than" in delivery.body
    form = b"payload=" + b"%5B" * 5_000 + b"%5D" * 5_000
    delivery = bot.sender.post(form, "application/x-www-form-urlencoded", signed=False)
    assert delivery.status == 400 and b"nested deeper than" in delivery.body
    # A payload as deep as Slack's own still passes the guard (and is then Bolt's to judge).
    nested = b'{"type": "event_callback", "x": ' + b"[" * 30 + b"]" * 30 + b"}"
    assert bot.sender.post(nested, "application/json", signed=False).status == 401


def test_expired_install_states_are_pruned(slack: SlackStandIn, tmp_path) -> None:
    running, server = sealed_bot(slack, tmp_path, None)
    try:
        engine = running.services.store.engine

        def states() -> int:
            with engine.connect() as c:
                return c.execute(select(func.count()).select_from(SLACK_OAUTH_STATES)).scalar()

        for _ in range(20):  # anonymous visitors who never finish installing
            running.installer.start()
        assert states() == 20
        with engine.begin() as c:  # their states' time passes
            c.execute(update(SLACK_OAUTH_STATES).values(expire_at=datetime(2020, 1, 1)))
        running.installer.start()
        assert states() == 1
    finally:
        server.shutdown()  # type: ignore[attr-defined]
        server.server_close()  # type: ignore[attr-defined]
        running.services.close()
