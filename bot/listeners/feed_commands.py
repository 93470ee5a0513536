"""`/digest feed add <url>`, `/digest feed list`, `/digest feed remove <url|n>`.

As easy as Slack's own RSS app (`/feed subscribe`, `/feed list`, `/feed remove`), plus the
digest: `add` reads the feed before subscribing (a bad link or a page that is no feed is
refused in one line, nothing stored), says its title and how many entries it has, and posts
the newest entry's digest; the back catalogue is not posted. `list` numbers the channel's
feeds with their last fetch; `remove` takes a number from `list` or the feed's link.

`commands.py` routes `/digest feed ...` here: `acknowledge_feed` answers in the ack (list and
remove are a few rows; add says "checking..."), `feed_requested` runs in the lazy listener (add
fetches and digests). Every reply is ephemeral: only the person who asked sees it.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Respond

from bot.intake.feed_documents import FeedError
from bot.intake.feed_store import FeedRecord
from bot.intake.feeds import NOT_IN_CHANNEL, AlreadySubscribed, Subscribed
from bot.services import Services
from bot.slack.blocks import (
    SOMETHING_WENT_WRONG,
    earlier_digest_text,
    escape,
    link,
    problem_text,
    slack_date,
)
from bot.slack.text import links_in_text, split_command_text

log = logging.getLogger(__name__)

USAGE = (
    "`/digest feed add <feed link>` digests every new entry of an RSS or Atom feed here; "
    "`/digest feed list` shows this channel's feeds; `/digest feed remove <number or link>` "
    "stops one."
)
REMOVE_WORDS = ("remove", "rm", "delete", "unsubscribe")
# `feed list` pages: feeds and characters per page (far under Slack's 40,000-character
# text limit), and how much of a title or link one line shows.
LIST_PAGE_FEEDS = 20
LIST_PAGE_CHARS = 12_000
LIST_TITLE_CHARS = 150
LIST_LINK_CHARS = 500
ADD_WORDS = ("add", "subscribe")


def acknowledge_feed(services: Services, args: str, *, channel: str) -> dict[str, Any]:
    """The ack's reply to `/digest feed <args>`: list and remove in full, add "checking..."."""
    word, rest = split_command_text(args)
    if word in ADD_WORDS:
        url = feed_link(rest)
        if url is None:
            return _ephemeral(f"Give the feed's link: `/digest feed add https://…`. {USAGE}")
        return _ephemeral(f":hourglass_flowing_sand: Checking the feed {link(url, url)}…")
    if word in ("", "list", "ls"):
        page = int(rest.strip()) if rest.strip().isdigit() else 1
        return _ephemeral(list_text(services.feeds.feed_store.feeds_for(channel), page=page))
    if word in REMOVE_WORDS:
        return _ephemeral(remove_text(services, channel, rest))
    return _ephemeral(f"I don't know `/digest feed {escape(word)}`. {USAGE}")


def feed_requested(
    services: Services, args: str, command: dict[str, Any], respond: Respond
) -> None:
    """After the ack: `add` reads the feed, subscribes the channel and posts the newest entry."""
    word, rest = split_command_text(args)
    url = feed_link(rest)
    if word not in ADD_WORDS or url is None:
        return
    channel = command["channel_id"]
    try:
        subscribed = services.feeds.subscribe(
            channel, url, user=command.get("user_id"), team_id=command.get("team_id")
        )
    except FeedError as e:
        _respond(respond, f":warning: I couldn't add that feed: {escape(str(e))}")
        return
    except AlreadySubscribed as e:
        _respond(respond, f"{escape(str(e))} `/digest feed list` shows this channel's feeds.")
        return
    except Exception:
        log.exception("/digest feed add failed for %s in %s", url, channel)
        _respond(respond, SOMETHING_WENT_WRONG)
        return
    _respond(respond, added_text(subscribed, services.settings.feed_poll_minutes))


def feed_link(text: str) -> str | None:
    """The one link in `add`/`remove` arguments (Slack sends `<url>` or `<url|label>`)."""
    links = links_in_text(text)
    return links[0] if links else None


def added_text(subscribed: Subscribed, poll_minutes: float) -> str:
    """What the person who added a feed is told: what it is, and what happens next."""
    feed = subscribed.feed
    count = subscribed.entries
    entries = f"{count} entr{'y' if count == 1 else 'ies'}" if count else "no entries yet"
    error = subscribed.newest_error
    if error is not None and error.code in NOT_IN_CHANNEL:
        return f"{problem_text(error)} Then add the feed again."
    lines = [
        f"Subscribed this channel to {feed_name(feed)} ({entries}). Every new entry gets "
        f"its digest here; I check every {poll_minutes:g} minutes."
    ]
    if error is not None:
        reason = problem_text(error).removeprefix(":warning: ")
        lines.append(f":warning: Its newest entry could not be digested: {reason}")
    elif subscribed.newest is not None and subscribed.newest.status != "posted":
        result = subscribed.newest
        lines.append(
            "Its newest entry: "
            + earlier_digest_text(result.article.title, result.permalink, in_thread=True)
        )
    elif subscribed.newest is not None:
        lines.append("Its newest entry is digested above; older ones are not posted.")
    return "\n".join(lines)


def list_text(feeds: list[FeedRecord], *, page: int = 1) -> str:
    """One page of the channel's feeds, numbered for `remove`, each with its last fetch or
    its trouble. A page has at most LIST_PAGE_FEEDS feeds and LIST_PAGE_CHARS characters
    (Slack cuts a message's text at 40,000), and says how to see the next."""
    if not feeds:
        return f"This channel has no feeds. {USAGE}"
    pages = list_pages(feeds)
    page = min(max(page, 1), len(pages))
    first, last = pages[page - 1]
    head = (
        "Feeds in this channel:"
        if len(pages) == 1
        else f"Feeds in this channel ({page} of {len(pages)}):"
    )
    lines = [head]
    lines += [f"{n}. {list_line(feeds[n - 1])}" for n in range(first, last + 1)]
    if page < len(pages):
        lines.append(f"`/digest feed list {page + 1}` shows the next page.")
    lines.append("`/digest feed remove <number>` stops one.")
    return "\n".join(lines)


def list_pages(feeds: list[FeedRecord]) -> list[tuple[int, int]]:
    """(first, last) feed numbers of each page: at most LIST_PAGE_FEEDS feeds and about
    LIST_PAGE_CHARS characters each."""
    pages, first, size = [], 1, 0
    for number, feed in enumerate(feeds, start=1):
        length = len(list_line(feed)) + 8
        if number > first and (
            number - first >= LIST_PAGE_FEEDS or size + length > LIST_PAGE_CHARS
        ):
            pages.append((first, number - 1))
            first, size = number, 0
        size += length
    pages.append((first, len(feeds)))
    return pages


def list_line(feed: FeedRecord) -> str:
    """A feed in `list`: its name (a long title cut, a very long link not linked) and health."""
    title = (feed.title or "")[:LIST_TITLE_CHARS] or None
    if len(feed.url) > LIST_LINK_CHARS:
        name = escape(title or feed.url[:LIST_LINK_CHARS] + "…")
    else:
        name = link(feed.url, title or feed.url)
    return f"{name}: {feed_health(feed)[: LIST_TITLE_CHARS * 2]}"


def feed_name(feed: FeedRecord) -> str:
    """The feed as a link labelled with its title (safe mrkdwn)."""
    return link(feed.url, feed.title or feed.url)


def feed_health(feed: FeedRecord) -> str:
    """`last fetched <when>`, or since when it fails and why."""
    if feed.failing_since is not None:
        why = escape(feed.last_error or "unknown error")
        return f":warning: failing since {slack_date(feed.failing_since)} ({why})"
    if feed.last_fetch_at is None:
        return "not fetched yet"
    return f"last fetched {slack_date(feed.last_fetch_at)}"


def remove_text(services: Services, channel: str, what: str) -> str:
    """`remove <n|link>`: unsubscribe and say which feed, or say why not."""
    feeds = services.feeds.feed_store.feeds_for(channel)
    target = pick_feed(feeds, what)
    if target is None:
        if not what.strip():
            return f"Which feed? `/digest feed list` numbers them. {USAGE}"
        return f"This channel has no feed `{escape(what.strip())}`. `/digest feed list` shows them."
    services.feeds.unsubscribe(target)
    return f"Removed {feed_name(target)} from this channel: its new entries are not posted here."


def pick_feed(feeds: list[FeedRecord], what: str) -> FeedRecord | None:
    """The feed numbered `what` in `list`, or whose link it is (a trailing / aside)."""
    what = what.strip()
    if what.isdigit():
        number = int(what)
        return feeds[number - 1] if 1 <= number <= len(feeds) else None
    url = feed_link(what)
    if url is None:
        return None
    for feed in feeds:
        if feed.url.rstrip("/") == url.rstrip("/"):
            return feed
    return None


def _ephemeral(text: str) -> dict[str, Any]:
    return {"text": text, "response_type": "ephemeral"}


def _respond(respond: Respond, text: str) -> None:
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except Exception:  # the reply is a courtesy; never let it mask the result
        log.warning("could not send the ephemeral reply", exc_info=True)
