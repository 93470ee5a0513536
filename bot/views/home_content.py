"""What one person's App Home shows, gathered from the store, the roundup scheduler, the
feeds and Slack: `gather_home(...)` -> `HomeContent`, which `bot.views.home_view` lays out.

The rule it keeps: nothing from a conversation the person is not in. The channels come
from `users.conversations` for that person (public channels, and private ones the bot is
in too) at the moment the tab is opened, so someone who left a channel stops seeing its
digests there; if Slack will not say (a missing scope, an outage), no channel is shown at
all, with the reason, rather than a guess. The person's own DM with the bot is theirs by
construction: a digest the bot posted in a DM went to its conversation with the person who
asked (DMs have two members), so those stay.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from slack_sdk import WebClient

from bot.digesting.person_index import PersonIndex
from bot.digesting.schedule import RoundupScheduler
from bot.slack.membership import user_channels
from bot.slack.send import SlackMessages
from bot.storage.store import Store

RECENT_DIGESTS = 10
MAX_CHANNELS = 20
MAX_FEEDS_PER_CHANNEL = 10

# FeedStore.feeds_for(channel) -> records with `url` and `title` (bot/intake/feed_store.py).
FeedsFor = Callable[[str], Sequence[Any]]


@dataclass(frozen=True)
class HomeDigest:
    """One of the person's digests: what, where, when, and a link to it."""

    title: str | None
    url: str | None
    channel: str
    permalink: str | None
    posted_at: datetime


@dataclass(frozen=True)
class HomeSchedule:
    """A channel's roundup as listings show it."""

    description: str
    next_run: datetime | None


@dataclass(frozen=True)
class HomeFeed:
    """A feed that posts its new entries to a channel."""

    url: str
    title: str | None


@dataclass(frozen=True)
class HomeChannel:
    """A watched channel the person is in, with what the bot does there."""

    channel: str
    schedules: tuple[HomeSchedule, ...]
    feeds: tuple[HomeFeed, ...] | None  # None: this bot runs without feeds


@dataclass(frozen=True)
class HomeContent:
    """Everything one person's Home tab shows (all of it from conversations they are in)."""

    user: str
    digests: tuple[HomeDigest, ...]
    channels: tuple[HomeChannel, ...]
    # People in more than one of those digests, with how many (the person index's answer).
    recurring: tuple[tuple[str, int], ...] = ()
    # Why channels could not be checked (then none are shown); None when they were.
    channels_unknown: str | None = None


@dataclass(frozen=True)
class HomeSources:
    """Where a Home tab's content comes from (the running bot's parts)."""

    store: Store
    client: WebClient
    messages: SlackMessages
    roundups: RoundupScheduler
    people: PersonIndex
    feeds_for: FeedsFor | None = None


def gather_home(sources: HomeSources, user: str) -> HomeContent:
    """The person's Home tab content, from conversations they are in only."""
    membership = user_channels(sources.client, user)
    in_channels = membership.channels
    posted = sources.store.digests_requested_by(
        user, limit=RECENT_DIGESTS, channels=in_channels, with_dms=True
    )
    digests = tuple(
        HomeDigest(
            title=p.article.title or p.article.digest.title,
            url=p.article.url,
            channel=p.post.channel,
            permalink=sources.messages.permalink(p.post.channel, p.post.parent_ts),
            posted_at=p.posted_at,
        )
        for p in posted
    )
    watched = [c for c in sources.store.watched_channels() if c in in_channels]
    channels = tuple(_channel(sources, c) for c in watched[:MAX_CHANNELS])
    recurring = tuple(sources.people.recurring([p.article.digest for p in posted]))
    return HomeContent(
        user=user,
        digests=digests,
        channels=channels,
        recurring=recurring,
        channels_unknown=membership.problem,
    )


def _channel(sources: HomeSources, channel: str) -> HomeChannel:
    schedules = tuple(
        HomeSchedule(r.spec.describe(), r.next_run) for r in sources.roundups.for_channel(channel)
    )
    feeds: tuple[HomeFeed, ...] | None = None
    if sources.feeds_for is not None:
        feeds = tuple(
            HomeFeed(url=f.url, title=getattr(f, "title", None))
            for f in sources.feeds_for(channel)[:MAX_FEEDS_PER_CHANNEL]
        )
    return HomeChannel(channel=channel, schedules=schedules, feeds=feeds)
