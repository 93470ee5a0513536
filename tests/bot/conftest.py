"""The real Bolt app on loopback, driven by signed requests, posting to the Slack stand-in.

`bot` gives a running app (HTTP mode on 127.0.0.1, a fresh SQLite file) wired to a fresh
`SlackStandIn`, plus `sender` to play Slack and `site` to serve article pages. Nothing is
mocked: the app fetches the pages over HTTP, digests them with the real engine and posts
through the real WebClient.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from bot.app import Services, create_app, serve_http
from bot.settings import Settings
from tests.slack_standin import SlackSender, SlackStandIn

SIGNING_SECRET = "standin-signing-secret"

# Articles written for these tests: each has a clear quote pattern a decent extractor finds.
ORTIZ_TITLE = "Transit strike talks stall at City Hall"
ORTIZ_ARTICLE = [
    "Mayor Jane Ortiz met union leader Sam Patel on Tuesday at City Hall to discuss the "
    "transit strike that has shut down bus service for a week.",
    '"We will not back down," Ortiz said after the meeting.',
    "Patel urged the mayor to restore the bus routes that the city cut last spring.",
    '"Our drivers deserve a fair contract," Patel said.',
]

HARBOR_TITLE = "Harbor cleanup wins new funding"
HARBOR_ARTICLE = [
    "Governor Luis Romero announced on Friday that the state will pay for the harbor cleanup.",
    '"The harbor belongs to everyone who lives here," Romero said.',
    "Environmental scientist Dana Kim, who has studied the harbor for a decade, welcomed the "
    "decision.",
    '"This is the first good news we have had in years," Kim said.',
]

PING_TITLE = "Council meeting <!here> turns rowdy"
PING_ARTICLE = [
    "Council member Rosa Alvarez interrupted the budget hearing on Monday evening.",
    '"Tell <!channel> and <@U123> that the vote is a sham," Alvarez said.',
    "The hearing will resume next week.",
]


def html_page(title: str, paragraphs: list[str]) -> bytes:
    """A news page as sites serve it: navigation and footer around the article."""
    import html

    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/city'>City</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>\n{body}</article>"
        "<footer>Copyright The Daily Stand-in</footer></body></html>"
    ).encode()


class ArticleSite:
    """A loopback web server for article pages: path -> (status, content type, body)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                site.hits.append(self.path)
                status, ctype, body = site.pages.get(
                    self.path, (404, "text/html", b"<html><body>Not found</body></html>")
                )
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def add(self, path: str, title: str, paragraphs: list[str]) -> str:
        self.pages[path] = (200, "text/html; charset=utf-8", html_page(title, paragraphs))
        return self.url(path)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@dataclass
class Bot:
    """A running app and everything a test needs to talk to it and watch Slack."""

    slack: SlackStandIn
    sender: SlackSender
    site: ArticleSite
    services: Services
    settings: Settings
    app: Any

    @property
    def store(self):
        return self.services.store


def bot_settings(slack: SlackStandIn, tmp_path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "slack_bot_token": slack.bot_token,
        "slack_signing_secret": SIGNING_SECRET,
        "slack_api_url": slack.api_url,
        "database_url": f"sqlite:///{tmp_path / 'bot.db'}",
        "allow_private_urls": True,
        "slack_max_retries": 2,
        "digest_workers": 2,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture
def site() -> Iterator[ArticleSite]:
    s = ArticleSite()
    yield s
    s.close()


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    with SlackStandIn() as standin:
        yield standin


@pytest.fixture
def bot(slack: SlackStandIn, site: ArticleSite, tmp_path) -> Iterator[Bot]:
    settings = bot_settings(slack, tmp_path)
    app = create_app(settings)
    server, _thread = serve_http(app, host="127.0.0.1", port=0)
    sender = SlackSender(
        f"http://127.0.0.1:{server.server_address[1]}/slack/events", SIGNING_SECRET
    )
    yield Bot(slack, sender, site, app.services, settings, app)
    server.shutdown()
    server.server_close()
    app.listener_executor.shutdown(wait=True, cancel_futures=True)
    app.services.store.close()


def mrkdwn_and_fallback_texts(call) -> list[str]:
    """Texts Slack parses for mentions: the fallback `text` and every mrkdwn object."""
    texts = [call.get("text") or ""]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                texts.append(node.get("text", ""))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(call.blocks)
    return texts
