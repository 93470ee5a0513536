"""SIGTERM to a real `digest-bot run`: it stops taking work, finishes what is in flight and
exits within its grace period; past the grace it exits anyway, saying so.

Each test holds an article page half-way (the bot is fetching it, a digest is in flight),
sends a real SIGTERM, and waits on what follows: the bot's log lines, the Socket Mode
connection closing, the process's exit, the stand-in's recorded posts.
"""

from __future__ import annotations

import threading
import urllib.error
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.bot.bot_process import SIGNING_SECRET, after, get, start_bot
from tests.bot.conftest import NEWS, ORTIZ_ARTICLE, ORTIZ_TITLE, html_page
from tests.slack_standin import BOT_USER_ID, SlackSender

READY_LINE = "the spaCy model is loaded: ready"
STOPPING_LINE = "digest-bot: stopping"


class HeldSite:
    """A loopback article site whose answers wait until `release()`: a fetch in flight."""

    def __init__(self, page: bytes) -> None:
        self.hits: list[str] = []
        self._released = threading.Event()
        self._hit = threading.Condition()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                with site._hit:
                    site.hits.append(self.path)
                    site._hit.notify_all()
                site._released.wait(60)
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def wait_hit(self, timeout: float = 30.0) -> None:
        with self._hit:
            assert self._hit.wait_for(lambda: self.hits, timeout), "the bot never fetched"

    def release(self) -> None:
        self._released.set()

    def close(self) -> None:
        self.release()
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def held_site() -> Iterator[HeldSite]:
    site = HeldSite(html_page(ORTIZ_TITLE, ORTIZ_ARTICLE))
    yield site
    site.close()


def digest_parents(slack, thread_ts: str) -> list:
    """The digest parents posted in a mention's thread (a header block opens each)."""
    return [
        c
        for c in slack.posts(NEWS, thread_ts=thread_ts)
        if c.blocks and c.blocks[0].get("type") == "header"
    ]


def test_sigterm_in_http_mode_refuses_new_requests_and_finishes_the_digest_in_flight(
    slack, tmp_path, held_site
) -> None:
    bot = start_bot(slack, tmp_path)
    try:
        url = after(bot.wait_line("listening for Slack on"), "listening for Slack on ")
        bot.wait_line(READY_LINE)
        sender = SlackSender(url, SIGNING_SECRET)
        mention, delivery = sender.mention(f"<{held_site.url('/news/strike')}>")
        assert delivery.status == 200
        held_site.wait_hit()  # the digest is in flight

        bot.terminate()
        bot.wait_line(STOPPING_LINE)
        # No new work: the port is closed (the line comes once it is).
        with pytest.raises((urllib.error.URLError, ConnectionError)):
            sender.command("help", response_url=slack.response_url())
        assert bot.proc.poll() is None  # still finishing the digest

        held_site.release()
        assert bot.wait(timeout=30) == 0
        assert "digest-bot: stopped" in bot.output()
        [parent] = digest_parents(slack, mention["ts"])
        quotes = [c for c in slack.posts(NEWS, thread_ts=mention["ts"]) if c is not parent]
        assert sum("We will not back down" in c.all_text() for c in quotes) == 1
    finally:
        bot.close()


def test_sigterm_in_socket_mode_closes_the_connection_turns_unready_and_finishes(
    slack, tmp_path, held_site
) -> None:
    bot = start_bot(
        slack, tmp_path, SLACK_APP_TOKEN=slack.app_token, SLACK_SIGNING_SECRET="", HEALTH_PORT=0
    )
    try:
        health = after(bot.wait_line("connected to Slack in Socket Mode"), "health checks on ")
        bot.wait_line(READY_LINE)
        slack.socket.wait_connected()
        payloads = SlackSender("unused", "unused")
        ts = payloads.next_ts()
        mention = {
            "type": "app_mention",
            "user": "U0ALICE",
            "text": f"<@{BOT_USER_ID}> <{held_site.url('/news/strike')}>",
            "ts": ts,
            "channel": NEWS,
            "event_ts": ts,
        }
        slack.socket.wait_ack(slack.socket.send("events_api", payloads.event_envelope(mention)))
        held_site.wait_hit()

        bot.terminate()
        bot.wait_line(STOPPING_LINE)
        slack.socket.wait_disconnected()  # Slack sends new events over other connections
        status, body = get(health.replace("/healthz", "/readyz"))
        assert status == 503 and b"shutting down" in body  # load balancers stop sending
        assert get(health) == (200, b"ok")  # still alive while it finishes

        held_site.release()
        assert bot.wait(timeout=30) == 0
        assert len(digest_parents(slack, ts)) == 1
    finally:
        bot.close()


def test_work_still_in_flight_after_the_grace_period_does_not_keep_the_process(
    slack, tmp_path, held_site
) -> None:
    bot = start_bot(slack, tmp_path, SHUTDOWN_GRACE_SECONDS=1)
    try:
        url = after(bot.wait_line("listening for Slack on"), "listening for Slack on ")
        sender = SlackSender(url, SIGNING_SECRET)
        sender.mention(f"<{held_site.url('/news/strike')}>")
        held_site.wait_hit()  # and never answered while the bot runs

        bot.terminate()
        line = bot.wait_line("work still in flight after 1 s")
        assert "resumed at the next start-up" in line
        assert bot.wait(timeout=30) == 1
        assert slack.posts(NEWS) == []
    finally:
        bot.close()
