"""`app_uninstalled` and `tokens_revoked` over signed HTTP against the running app: the
workspace's watched channels, roundup schedules and feeds are removed; with many
workspaces Bolt's listeners delete its installation too, and the other workspace keeps
everything.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.app import create_app
from bot.digesting.schedule import ScheduleSpec
from bot.intake.feed_store import FeedStore
from bot.services import Services, build_services
from tests.bot.conftest import Bot, bot_settings, serve
from tests.bot.test_oauth import (
    CLIENT_ID,
    CLIENT_SECRET,
    TEAM_A,
    TEAM_B,
    TOKEN_A,
    TOKEN_B,
    Installer,
    OAuthBot,
)
from tests.slack_standin import SlackStandIn

DAILY = ScheduleSpec(cadence="daily", hour=9, minute=0)


def give_workspace_things(services: Services, channel: str, team: str | None = None) -> None:
    """A watched channel with a daily roundup and a feed, stamped with `team`."""
    services.store.watch(channel, team_id=team)
    services.store.enable_roundups(channel, team_id=team)
    services.roundups.add(channel, DAILY)
    FeedStore(services.store).add_feed(
        channel=channel,
        url=f"https://news.example/{channel}.xml",
        title=None,
        entries=[],
        team_id=team,
    )


def things_of(services: Services, channel: str) -> tuple[bool, int, int]:
    """(watched, roundup schedules, feeds) of the channel."""
    feeds = [f for f in FeedStore(services.store).all_feeds() if f.channel == channel]
    return (
        services.store.is_watched(channel),
        len(services.roundups.for_channel(channel)),
        len(feeds),
    )


def test_app_uninstalled_removes_the_workspace_s_watches_schedules_and_feeds(bot: Bot) -> None:
    for channel in ("C0NEWS", "C0SPORT"):
        give_workspace_things(bot.services, channel)
    assert things_of(bot.services, "C0NEWS") == (True, 1, 1)

    delivery = bot.sender.event({"type": "app_uninstalled"})
    assert delivery.status == 200
    for channel in ("C0NEWS", "C0SPORT"):
        assert things_of(bot.services, channel) == (False, 0, 0)
    assert bot.slack.calls_to("chat.postMessage", ok_only=False) == []  # nothing to say


def test_tokens_revoked_removes_them_only_when_the_bot_token_goes(bot: Bot) -> None:
    give_workspace_things(bot.services, "C0NEWS")
    users_only = {"type": "tokens_revoked", "tokens": {"oauth": ["U0ALICE"], "bot": []}}
    assert bot.sender.event(users_only).status == 200
    assert things_of(bot.services, "C0NEWS") == (True, 1, 1)  # the bot still works there

    bot_token = {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["U0BOT"]}}
    assert bot.sender.event(bot_token).status == 200
    assert things_of(bot.services, "C0NEWS") == (False, 0, 0)


@pytest.fixture
def oauth_bot(slack: SlackStandIn, tmp_path) -> Iterator[OAuthBot]:
    """The app with many workspaces (as tests/bot/test_oauth.py runs it), on SQLite."""
    settings = bot_settings(
        slack,
        tmp_path,
        slack_bot_token=None,
        slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET,
    )
    services = build_services(settings)
    server, sender = serve(create_app(settings, services))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    yield OAuthBot(slack, services, Installer(base), sender.events_url)
    server.shutdown()
    services.close()


def install_both(oauth_bot: OAuthBot) -> None:
    for team, token in ((TEAM_A, TOKEN_A), (TEAM_B, TOKEN_B)):
        code = oauth_bot.slack.add_workspace(team, token)
        state, cookie = oauth_bot.installer.start()
        assert oauth_bot.installer.finish(code, state, cookie).status == 200
    give_workspace_things(oauth_bot.services, "C0AAA", TEAM_A)
    give_workspace_things(oauth_bot.services, "C0BBB", TEAM_B)


def test_with_many_workspaces_app_uninstalled_removes_one_team_and_its_installation(
    oauth_bot: OAuthBot,
) -> None:
    install_both(oauth_bot)
    delivery = oauth_bot.sender(TEAM_A).event({"type": "app_uninstalled"})
    assert delivery.status == 200
    assert oauth_bot.bot_token(TEAM_A) is None  # Bolt's listener emptied the store
    assert things_of(oauth_bot.services, "C0AAA") == (False, 0, 0)
    assert oauth_bot.bot_token(TEAM_B) == TOKEN_B  # the other workspace keeps everything
    assert things_of(oauth_bot.services, "C0BBB") == (True, 1, 1)


def test_with_many_workspaces_tokens_revoked_removes_the_bot_s_team(oauth_bot: OAuthBot) -> None:
    install_both(oauth_bot)
    event = {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["U0BOT"]}}
    assert oauth_bot.sender(TEAM_B).event(event).status == 200
    assert oauth_bot.bot_token(TEAM_B) is None
    assert things_of(oauth_bot.services, "C0BBB") == (False, 0, 0)
    assert oauth_bot.bot_token(TEAM_A) == TOKEN_A
    assert things_of(oauth_bot.services, "C0AAA") == (True, 1, 1)
