"""Bot tokens encrypted at rest (issue 19.6): with TOKEN_ENCRYPTION_KEY the installation's
token is stored sealed (the database never shows it) and still posts; `digest-bot rotate-key`
re-seals under a new key and seals tokens stored in plain text; without a key the bot warns
at start-up; a malformed key stops start-up with one line.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from cryptography.fernet import Fernet
from pydantic import ValidationError
from sqlalchemy import select, update

from bot.app import create_app
from bot.ops.rotate_key import rotate_key
from bot.services import build_services
from bot.settings import Settings
from bot.storage.tables import SLACK_BOTS, SLACK_INSTALLATIONS
from bot.storage.token_crypto import PREFIX, TokenCipher
from tests.bot.conftest import NEWS, bot_settings, serve
from tests.bot.test_oauth import (
    CLIENT_ID,
    CLIENT_SECRET,
    FERRY_TEXT,
    FERRY_TITLE,
    Installer,
    OAuthBot,
)
from tests.slack_standin import SlackStandIn

TEAM, TOKEN = "T0AAAAAAA", "xoxb-team-a-secret"
OLD_KEY, NEW_KEY = Fernet.generate_key().decode(), Fernet.generate_key().decode()


def sealed_bot(slack: SlackStandIn, tmp_path, key: str | None) -> tuple[OAuthBot, object]:
    settings = bot_settings(
        slack,
        tmp_path,
        slack_bot_token=None,
        slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET,
        token_encryption_key=key,
    )
    services = build_services(settings)
    app = create_app(settings, services)
    server, sender = serve(app)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    return OAuthBot(slack, services, Installer(base), sender.events_url), server


@pytest.fixture
def sealed(slack: SlackStandIn, tmp_path) -> Iterator[OAuthBot]:
    running, server = sealed_bot(slack, tmp_path, OLD_KEY)
    yield running
    server.shutdown()  # type: ignore[attr-defined]
    server.server_close()  # type: ignore[attr-defined]
    running.services.close()


def stored_tokens(running: OAuthBot) -> list[str]:
    with running.services.store.engine.connect() as c:
        bots = c.execute(select(SLACK_BOTS.c.bot_token)).scalars().all()
        installs = c.execute(select(SLACK_INSTALLATIONS.c.bot_token)).scalars().all()
    return [t for t in (*bots, *installs) if t]


def install(running: OAuthBot) -> None:
    code = running.slack.add_workspace(TEAM, TOKEN)
    state, cookie = running.installer.start()
    assert running.installer.finish(code, state, cookie).status == 200


def test_a_token_is_stored_sealed_and_still_posts(slack: SlackStandIn, sealed: OAuthBot) -> None:
    install(sealed)
    stored = stored_tokens(sealed)
    assert stored and all(t.startswith(PREFIX) and TOKEN not in t for t in stored)
    sealed.sender(TEAM).command(FERRY_TEXT, channel=NEWS, response_url=slack.response_url())
    [parent] = slack.wait_for(
        "chat.postMessage", where=lambda c: FERRY_TITLE in c.all_text(), timeout=60
    )
    assert parent.token == TOKEN  # opened from its sealed form to post


def test_rotate_key_reseals_under_the_new_key_and_seals_plain_tokens(
    sealed: OAuthBot, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    install(sealed)
    engine = sealed.services.store.engine
    with engine.begin() as c:  # a row from before a key was set
        c.execute(update(SLACK_INSTALLATIONS).values(bot_token=TOKEN))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", sealed.services.store.database_url)
    monkeypatch.setenv("TOKEN_ENCRYPTION_KEY", f"{NEW_KEY},{OLD_KEY}")
    out = io.StringIO()
    assert rotate_key(out=out, err=out) == 0, out.getvalue()
    assert "re-sealed" in out.getvalue()
    only_new = TokenCipher([NEW_KEY])
    stored = stored_tokens(sealed)
    assert len(stored) >= 2
    assert all(only_new.open(t) == TOKEN for t in stored)


def test_without_a_key_start_up_warns(
    slack: SlackStandIn, tmp_path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.slack.oauth"):
        running, server = sealed_bot(slack, tmp_path, None)
    try:
        assert any("TOKEN_ENCRYPTION_KEY is not set" in r.getMessage() for r in caplog.records)
    finally:
        server.shutdown()  # type: ignore[attr-defined]
        server.server_close()  # type: ignore[attr-defined]
        running.services.close()


def test_a_malformed_key_is_one_line_at_start_up() -> None:
    with pytest.raises(ValidationError) as refused:
        Settings(token_encryption_key="not-a-key", _env_file=None)
    [error] = refused.value.errors()
    assert "not a Fernet key" in error["msg"] and "\n" not in error["msg"]
    assert "not-a-key" not in error["msg"]
