"""Feed polling speed, against the local Slack stand-in (nothing leaves 127.0.0.1).

The real app's services (`build_services`, default digest processes) with a temporary SQLite
store; an RSS 2.0 feed and its article pages served on loopback (`tests/feed_server.py`).
The channel subscribes (which loads the model and posts the newest entry), then each round
publishes 20 entries and measures one poll, from the trigger to the last thread reply of the
last entry's digest: fetch and parse of the feed, 20 page fetches, 20 digests, every
parent and quote reply through the send protocol.

    .venv/bin/python -c "import benchmarks.feeds as b; b.run()"     (or: make bench)
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

NEW_ENTRIES = 20
ROUNDS = 3
CHANNEL = "C0BENCHFEED"


class _Clock:
    """The poller's clock, moved a poll interval on before each round."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def run() -> None:
    from bot.services import build_services
    from bot.settings import Settings
    from bot.storage.tables import utcnow
    from tests.feed_server import FeedServer
    from tests.slack_standin import SlackStandIn

    clock = _Clock(utcnow())
    with tempfile.TemporaryDirectory() as tmp, SlackStandIn() as slack, FeedServer() as site:
        settings = Settings(
            _env_file=None,
            slack_bot_token=slack.bot_token,
            slack_signing_secret="bench-signing-secret",
            slack_api_url=slack.api_url,
            database_url=f"sqlite:///{Path(tmp) / 'bench.db'}",
            allow_private_urls=True,
            # The poll's cost, not the flood limits: every new entry of a round is posted.
            feed_max_new_per_poll=NEW_ENTRIES,
            feed_max_new_per_hour=NEW_ENTRIES * ROUNDS,
        )
        services = build_services(settings, feed_clock=clock)
        poller = services.feeds
        try:
            url = site.add_feed("/bench.rss", "Bench desk", entries=5)
            t0 = time.monotonic()
            poller.subscribe(CHANNEL, url)
            first = time.monotonic() - t0
            poller.start()
            timings, replies = [], []
            for _ in range(ROUNDS):
                for _ in range(NEW_ENTRIES):
                    site.publish("/bench.rss")
                clock.now += poller.interval + timedelta(seconds=1)
                calls_before = len(slack.calls)
                t0 = time.monotonic()
                assert poller.poll_now().wait(600), "the poll did not finish"
                posted = [c for c in slack.calls[calls_before:] if c.method == "chat.postMessage"]
                parents = [c for c in posted if not c.get("thread_ts")]
                assert len(parents) == NEW_ENTRIES, f"{len(parents)} digests posted"
                timings.append(max(c.at for c in posted) - t0)
                replies.append(len(posted) - len(parents))
        finally:
            services.close()

    print("Feeds (stand-in and feed site on 127.0.0.1, real fetch + parse + engine + Web API)")
    print(f"  subscribing (reads the feed, loads the model, posts the newest): {first:.2f} s")
    print(
        f"  feed poll -> last thread reply, {NEW_ENTRIES} new entries "
        f"({statistics.mean(replies) / NEW_ENTRIES:.1f} quote replies each), {ROUNDS} rounds: "
        + ", ".join(f"{t:.2f} s" for t in timings)
        + f" (median {statistics.median(timings):.2f} s, "
        f"{NEW_ENTRIES / statistics.median(timings):.1f} entries/s)"
    )


if __name__ == "__main__":
    run()
