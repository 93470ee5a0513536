"""`user_channels` reads every page of users.conversations through the SDK's own paging
(the response iterates its cursor), against the stand-in, which pages like Slack."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.slack.membership import MAX_PAGES, PAGE_SIZE, user_channels
from tests.slack_standin import SlackStandIn


def test_every_page_of_a_person_s_channels_is_read(slack: SlackStandIn) -> None:
    channels = [f"C{n:06d}" for n in range(2 * PAGE_SIZE + 50)]  # three pages
    for channel in channels:
        slack.join(channel, "U0ALICE")
    slack.join("C0ELSEWHERE", "U0BOB")
    client = WebClient(token=slack.bot_token, base_url=slack.api_url)
    found = user_channels(client, "U0ALICE")
    assert found.problem is None
    assert found.channels == frozenset(channels)
    calls = slack.calls_to("users.conversations")
    assert len(calls) == 3
    assert "cursor" not in calls[0].params and all(c["cursor"] for c in calls[1:])


def test_a_refused_question_shows_no_channel_and_says_why(slack: SlackStandIn) -> None:
    assert MAX_PAGES * PAGE_SIZE < 10_000  # the bound is what keeps a huge workspace cheap
    client = WebClient(token=slack.bot_token, base_url=slack.api_url)
    slack.scopes = {"channels:read"}  # groups:read missing: refused, said so, nothing shown
    refused = user_channels(client, "U0ALICE")
    assert refused.channels == frozenset() and "groups:read" in (refused.problem or "")
