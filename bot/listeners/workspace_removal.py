"""What the bot keeps for a workspace goes when the workspace lets the bot go: on
`app_uninstalled`, and on `tokens_revoked` naming the bot's token (the bot can no longer
post there, so nothing it would do for that workspace could happen).

`forget_workspace` removes the workspace's watched channels, its roundup schedules (the
scheduler's jobs and the channels collecting for them) and its feed subscriptions (with
their entries). With many workspaces it touches only that team's rows; Bolt's own
listeners delete its installation and bot token from the installation store
(`bot.listeners.workspace` calls them). In single-workspace mode every row is that one
workspace's, so all of them go.

Kept: the digests already posted and the article cache (the history of what was posted,
which `/digest status` of a reinstalled app still shows), and the handled-event ids
(pruned by age).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from bot.services import Services
from bot.storage.tables import FeedRow, RoundupChannelRow, WatchedChannelRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Forgotten:
    """How many of each thing a workspace had were removed."""

    watches: int = 0
    schedules: int = 0
    feeds: int = 0


def forget_workspace(services: Services, team_id: str | None) -> Forgotten:
    """Remove the workspace's watches, roundup schedules and feeds (see the module)."""
    many = services.settings.oauth_on
    if many and not team_id:
        log.warning("a workspace left but the event names no team: nothing removed")
        return Forgotten()

    def of_team(column: Any) -> tuple[Any, ...]:
        return (column == team_id,) if many else ()

    store = services.store
    with store.reading() as s:
        watched = list(
            s.scalars(select(WatchedChannelRow.channel).where(*of_team(WatchedChannelRow.team_id)))
        )
        collecting = list(
            s.scalars(select(RoundupChannelRow.channel).where(*of_team(RoundupChannelRow.team_id)))
        )
        feeds = list(s.scalars(select(FeedRow.id).where(*of_team(FeedRow.team_id))))
    team = team_id if many else None  # a shared channel's other team keeps its own
    for channel in watched:
        store.unwatch(channel, team_id=team)
    schedules = sum(
        services.roundups.remove_channel(channel, team_id=team) for channel in collecting
    )
    removed_feeds = sum(services.feeds.feed_store.remove_feed(feed) for feed in feeds)
    forgotten = Forgotten(watches=len(watched), schedules=schedules, feeds=removed_feeds)
    log.info(
        "workspace %s removed the app: dropped %d watched channel(s), %d roundup schedule(s), "
        "%d feed(s)",
        team_id or "(the one workspace)",
        forgotten.watches,
        forgotten.schedules,
        forgotten.feeds,
    )
    return forgotten
