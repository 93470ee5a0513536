"""A channel two workspaces share (Slack Connect: one channel id in both) with the app
installed in each (issue 19.7): one team's `unwatch` and `schedule off` leave the other
team's watch and roundup alone, and a feed's digests, posted by the background poller, are
stored with the team that added the feed, so that team's `/digest status` shows them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import update

from bot.storage.tables import FeedRow
from tests.bot.conftest import NEWS
from tests.bot.test_oauth import OAuthBot
from tests.bot.test_token_encryption import sealed_bot
from tests.feed_server import FeedServer
from tests.slack_standin import SlackStandIn

TEAM_A, TOKEN_A = "T0AAAAAAA", "xoxb-shared-a"
TEAM_B, TOKEN_B = "T0BBBBBBB", "xoxb-shared-b"


@pytest.fixture
def two_teams(slack: SlackStandIn, tmp_path) -> Iterator[OAuthBot]:
    running, server = sealed_bot(slack, tmp_path, None)
    try:
        for team, token in ((TEAM_A, TOKEN_A), (TEAM_B, TOKEN_B)):
            code = slack.add_workspace(team, token)
            state, cookie = running.installer.start()
            assert running.installer.finish(code, state, cookie).status == 200
        yield running
    finally:
        server.shutdown()  # type: ignore[attr-defined]
        server.server_close()  # type: ignore[attr-defined]
        running.services.close()


def ack(running: OAuthBot, team: str, text: str) -> str:
    delivery = running.sender(team).command(text, channel=NEWS)
    assert delivery.status == 200, delivery.body
    return (delivery.json() or {}).get("text", "")


def test_one_teams_unwatch_and_schedule_off_leave_the_other_teams_alone(
    two_teams: OAuthBot,
) -> None:
    ack(two_teams, TEAM_A, "watch")
    assert two_teams.services.store.is_watched(NEWS)
    assert "Roundup scheduled" in ack(two_teams, TEAM_A, "schedule daily 09:00 UTC")
    ack(two_teams, TEAM_B, "unwatch")
    ack(two_teams, TEAM_B, "schedule off")
    services = two_teams.services
    assert services.store.is_watched(NEWS)
    assert len(services.roundups.for_channel(NEWS, team_id=TEAM_A)) == 1
    # B's own schedule in the same channel is its own job; A's off removes only A's.
    assert "Roundup scheduled" in ack(two_teams, TEAM_B, "schedule daily 09:00 UTC")
    ack(two_teams, TEAM_A, "schedule off")
    assert services.roundups.for_channel(NEWS, team_id=TEAM_A) == []
    assert len(services.roundups.for_channel(NEWS, team_id=TEAM_B)) == 1
    ack(two_teams, TEAM_A, "unwatch")
    assert not services.store.is_watched(NEWS)


def test_the_pollers_digests_are_stored_with_the_feeds_team(two_teams: OAuthBot) -> None:
    with FeedServer() as site:
        url = site.add_feed("/courier.xml", "Harbour Courier", entries=1)
        assert "Subscribed" in two_teams.reply(TEAM_A, f"feed add {url}")
        entry = site.publish("/courier.xml")
        with two_teams.services.store.engine.begin() as c:  # the feed is due now
            c.execute(update(FeedRow).values(next_poll_at=datetime(2020, 1, 1)))
        report = two_teams.services.feeds.run_once()
        assert report.posted == 1
    assert entry.title in two_teams.reply(TEAM_A, "status")
    assert entry.title not in two_teams.reply(TEAM_B, "status")
