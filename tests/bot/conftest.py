"""The real Bolt app on loopback, driven by signed requests, posting to the Slack stand-in,
and the setup the bot tests share.

`bot` gives a running app (HTTP mode on 127.0.0.1, a fresh SQLite file) wired to a fresh
`SlackStandIn`, plus `sender` to play Slack and `site` to serve article pages. Nothing is
mocked: the app fetches the pages over HTTP, digests them with the real engine and posts
through the real WebClient.

Below it: a digest service without the app (`new_service`), the folder pipeline as one
'process' (`start_folder_bot`), a restarted app (`restarted_app`), and real kills: a
subprocess running the pipeline or a roundup gets SIGKILL while the stand-in holds the
answer to a message it has accepted (`kill_when_held`).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from slack_bolt import App
from slack_sdk import WebClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bot import background
from bot.app import create_app, serve_http
from bot.digesting.roundups import RoundupPoster
from bot.digesting.service import DigestRequest, DigestService
from bot.intake.folder import FolderIntake
from bot.intake.watcher import FolderWatcher
from bot.services import Services, build_services
from bot.settings import Settings
from bot.slack.send import SlackMessages, once_only_client
from bot.storage.store import Store
from bot.storage.tables import SendRow
from digests.workers import DigestPool
from tests import postgres_server
from tests.slack_standin import Call, SlackSender, SlackStandIn

SIGNING_SECRET = "standin-signing-secret"
ROOT = Path(__file__).resolve().parents[2]
NEWS = "C0NEWS"  # the SlackSender's default channel
FOLDER = "C0FOLDER"  # the folder pipeline's channel

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
    "Governor Luis Romaris announced on Friday that the state will pay for the harbor cleanup.",
    '"The harbor belongs to everyone who lives here," Romaris said.',
    "Environmental scientist Dorota Kim, who has studied the harbor for a decade, welcomed the "
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
    app: App

    @property
    def store(self) -> Store:
        return self.services.store

    def settle(self, timeout: float = 30.0) -> None:
        """Wait until every listener's work (the lazy listeners) has finished: then the
        stand-in has recorded every call the app will make for what was sent so far."""
        assert self.services.listener_executor.wait_idle(timeout), "listeners still busy"


# -- databases: SQLite files and a real PostgreSQL server ---------------------------------------

# A PostgreSQL server the tests may create databases on. Unset: the session starts its own
# (tests/postgres_server.py) from the installed binaries; if there are none the PostgreSQL
# variants skip, unless REQUIRE_POSTGRES says they must run (.ci/run sets it).
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "")
REQUIRE_POSTGRES = os.environ.get("REQUIRE_POSTGRES", "") not in ("", "0")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """An admin URL of a real PostgreSQL server: TEST_POSTGRES_URL, else one started for this
    session (on a free loopback port, stopped and deleted at the end)."""
    if POSTGRES_URL:
        yield POSTGRES_URL
        return
    try:
        server = postgres_server.start()
    except postgres_server.PostgresUnavailable as e:
        if REQUIRE_POSTGRES:
            pytest.fail(f"REQUIRE_POSTGRES is set but no PostgreSQL server: {e}")
        pytest.skip(f"no PostgreSQL server: {e}")
    try:
        yield server.url
    finally:
        server.stop()


@contextmanager
def postgres_database(server_url: str) -> Iterator[str]:
    """A fresh, empty database on the server at `server_url` for one test (dropped
    afterwards); its URL."""
    name = f"digest_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_database_url(postgres_url: str) -> Iterator[str]:
    """A fresh PostgreSQL database for one test (for tests that need PostgreSQL itself)."""
    with postgres_database(postgres_url) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The bot's database URL, once on a SQLite file and once on a PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bot.db'}"
        return
    with postgres_database(request.getfixturevalue("postgres_url")) as url:
        yield url


def bot_settings(slack: SlackStandIn, tmp_path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "slack_bot_token": slack.bot_token,
        "slack_signing_secret": SIGNING_SECRET,
        "slack_api_url": slack.api_url,
        "database_url": f"sqlite:///{tmp_path / 'bot.db'}",
        "allow_private_urls": True,
        "slack_max_retries": 2,
        "digest_workers": 2,
        # build_services without a pool digests in-process; the `bot` fixture passes the
        # session's shared worker pool instead (one set of model-loading workers per run).
        "digest_processes": 0,
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


def serve(app: App) -> tuple[ThreadingHTTPServer, SlackSender]:
    """The app in HTTP mode on loopback, and a sender that signs requests to it."""
    server, _thread = serve_http(app, host="127.0.0.1", port=0)
    url = f"http://127.0.0.1:{server.server_address[1]}/slack/events"
    return server, SlackSender(url, SIGNING_SECRET)


@pytest.fixture(scope="session")
def digest_pool() -> Iterator[DigestPool]:
    """Two digest worker processes shared by every test that wants real workers: each
    loads the model once for the whole run. Tests that kill workers make their own."""
    pool = DigestPool(2, time_limit=60)
    yield pool
    pool.close()


@pytest.fixture
def bot(slack: SlackStandIn, site: ArticleSite, tmp_path, digest_pool: DigestPool) -> Iterator[Bot]:
    settings = bot_settings(slack, tmp_path)
    services = build_services(settings, pool=digest_pool)
    app = create_app(settings, services)
    server, sender = serve(app)
    yield Bot(slack, sender, site, services, settings, app)
    server.shutdown()
    server.server_close()
    services.close()


@dataclass
class RunningApp:
    """An app as `digest-bot run` builds it, with its services."""

    app: App
    services: Services


@contextmanager
def restarted_app(settings: Settings, **build: Any) -> Iterator[RunningApp]:
    """The real app after a restart: services built, app created and the background started
    (no server); yields once the start-up resumption of digests and roundups is over."""
    services = build_services(settings, **build)
    try:
        app = create_app(settings, services)
        for thread in background.start(services):
            thread.join(60)
        yield RunningApp(app, services)
    finally:
        services.close()


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


# -- waiting ------------------------------------------------------------------------------------


def wait_for(condition: Callable[[], bool], timeout: float = 15.0, what: str = "") -> None:
    """Poll `condition` until it holds; fail after `timeout` seconds saying `what`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what or condition}")


# -- the digest service and the folder pipeline, without the app ---------------------------------

# Clear attribution patterns, so whatever the extraction quality there are quotes to thread.
FOLDER_ARTICLE = (
    "Harbour tram line approved\n"
    'Mayor Jane Ortiz said "the tram will reach the harbour by spring" on Monday.\n'
    '"We will hold the council to that date," union leader Toma Reyes said.\n'
    "The council voted eleven to four in favour of the plan."
)


def roundup_article(headline: str, body: str) -> str:
    return f"{headline}\n{body}\nThe council will meet again next month to review the plan."


TRAM = roundup_article(
    "Tram line reaches the harbour",
    'Mayor Jane Ortiz said "the tram will reach the harbour by spring" at a press briefing.',
)
BUDGET = roundup_article(
    "Budget talks stall over parks",
    'Mayor Jane Ortiz said "we cannot close the parks" after the budget vote on Tuesday.',
)
BRIDGE = roundup_article(
    "Old bridge to close for repairs",
    'Engineer Sam Okafor said "the bridge needs a new deck" during the inspection.',
)


def slack_messages(slack: SlackStandIn, store: Store, *, timeout: int = 30) -> SlackMessages:
    """The send protocol posting to the stand-in: look-ups through a WebClient with the SDK's
    default retries and `timeout`, posts through one that never resends."""
    client = WebClient(token=slack.bot_token, base_url=slack.api_url, timeout=timeout)
    once = once_only_client(slack.bot_token, slack.api_url, retries=0, timeout=timeout)
    return SlackMessages(store, client, once)


def new_service(slack: SlackStandIn, db_url: str, *, timeout: int = 30, **kw: Any) -> DigestService:
    """A digest service on its own store (close `service.store`), posting to the stand-in."""
    store = Store(db_url)
    return DigestService(store=store, messages=slack_messages(slack, store, timeout=timeout), **kw)


def roundup_poster(service: DigestService) -> RoundupPoster:
    """The roundup poster beside a digest service, on the same store and Slack client."""
    return RoundupPoster(service.store, service.messages)


def folder_watcher(
    inbox: Path, service: DigestService, *, channel: str = FOLDER, **kw: Any
) -> FolderWatcher:
    """The real watcher on `inbox`, posting through `service`, with test-sized timings."""
    kw.setdefault("stable_seconds", 0.1)
    kw.setdefault("poll_seconds", 0.03)
    intake = FolderIntake(service.store, service)
    return FolderWatcher(
        inbox, intake.handle, gave_up=intake.gave_up, default_channel=channel, **kw
    )


@dataclass
class FolderBot:
    """One 'process' worth of the folder pipeline: store, service, watcher."""

    store: Store
    service: DigestService
    watcher: FolderWatcher

    def stop(self) -> None:
        self.watcher.stop()
        self.store.close()


def start_folder_bot(slack: SlackStandIn, inbox: Path, db_url: str, **watch: Any) -> FolderBot:
    service = new_service(slack, db_url)
    watch.setdefault("stable_seconds", 0.15)
    watcher = folder_watcher(inbox, service, **watch)
    watcher.start()
    return FolderBot(service.store, service, watcher)


@contextmanager
def restarted_folder_bot(
    slack: SlackStandIn, inbox: Path, db_url: str, *, moved: str = "tram.txt"
) -> Iterator[FolderBot]:
    """The folder pipeline started again on the same folder and database; yields once
    `moved` is in processed/ and the watcher is idle, and stops it afterwards."""
    bot = start_folder_bot(slack, inbox, db_url)
    try:
        wait_for(lambda: (inbox / "processed" / moved).exists(), what=f"processed/{moved}")
        wait_for(bot.watcher.idle, what="watcher idle")
        yield bot
    finally:
        bot.stop()


def is_parent(params: dict[str, Any]) -> bool:
    return not params.get("thread_ts")


def is_reply(params: dict[str, Any]) -> bool:
    return bool(params.get("thread_ts"))


def parents(slack: SlackStandIn, channel: str = FOLDER) -> list[Call]:
    return [c for c in slack.posts(channel) if is_parent(c.params)]


def roundup_parents(slack: SlackStandIn, channel: str = NEWS) -> list[Call]:
    return [c for c in parents(slack, channel) if str(c.get("text", "")).startswith("Roundup")]


def expected_quotes(store: Store) -> int:
    [record] = [store.article(p.article_id) for p in store.posts_since(FOLDER)]
    return len(record.digest.quotes)


def assert_posted_exactly_once(slack: SlackStandIn, store: Store) -> None:
    """The folder channel's one article: its parent once, each quote once in its thread."""
    [parent] = parents(slack)
    quotes = expected_quotes(store)
    thread = slack.posts(FOLDER, thread_ts=parent.response["ts"])
    assert len(thread) == quotes
    # Each quote once, in article order: the replies say "quote i of n".
    if quotes:
        counters = [c.all_text() for c in thread]
        for i in range(quotes):
            assert sum(f"quote {i + 1} of {quotes}" in t for t in counters) == 1


def lookups(slack: SlackStandIn, method: str = "conversations.history") -> list[Call]:
    return slack.calls_to(method, ok_only=False)


def in_flight(db_url: str) -> int:
    """How many messages the store still has on their way to Slack."""
    store = Store(db_url)
    try:
        with store.session() as s:
            return s.query(SendRow).count()
    finally:
        store.close()


def digest_for_roundup(slack: SlackStandIn, db_url: str, *texts: str) -> None:
    """Roundups on in NEWS, then each text digested and posted there (quotes and all)."""
    service = new_service(slack, db_url)
    try:
        service.store.enable_roundups(NEWS)
        for text in texts:
            service.digest_and_post(DigestRequest(channel=NEWS, text=text))
    finally:
        service.store.close()


# -- real kills ----------------------------------------------------------------------------------

PIPELINE_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from bot.intake.folder import FolderIntake
    from bot.digesting.service import DigestService
    from bot.slack.send import SlackMessages, once_only_client, retrying_client
    from bot.storage.store import Store
    from bot.intake.watcher import FolderWatcher

    inbox, db_url, api_url, token, channel = sys.argv[1:6]
    store = Store(db_url)
    messages = SlackMessages(
        store,
        retrying_client(token, api_url, retries=1),
        once_only_client(token, api_url, retries=0),
    )
    service = DigestService(store=store, messages=messages)
    intake = FolderIntake(store, service)
    watcher = FolderWatcher(
        inbox, intake.handle, gave_up=intake.gave_up, default_channel=channel,
        stable_seconds=0.1, poll_seconds=0.03, retry_seconds=3600, max_attempts=99,
    )
    watcher.start()
    print("ready", flush=True)
    while True:
        time.sleep(1)
    """
)

ROUNDUP_SCRIPT = textwrap.dedent(
    """
    import sys
    from bot.digesting.roundups import RoundupPoster
    from bot.slack.send import SlackMessages, once_only_client, retrying_client
    from bot.storage.store import Store

    db_url, api_url, token, channel = sys.argv[1:5]
    store = Store(db_url)
    messages = SlackMessages(
        store,
        retrying_client(token, api_url, retries=1),
        once_only_client(token, api_url, retries=0),
    )
    print("ready", flush=True)
    RoundupPoster(store, messages)(channel)
    """
)


def spawn(script: str, *args: str) -> subprocess.Popen:
    """Run `script` in a fresh interpreter on this checkout; returns once it says ready."""
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"ready"
    return proc


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)


def spawn_pipeline(slack: SlackStandIn, inbox: Path, db_url: str) -> subprocess.Popen:
    """The folder pipeline in its own process, watching `inbox` for FOLDER."""
    return spawn(PIPELINE_SCRIPT, str(inbox), db_url, slack.api_url, slack.bot_token, FOLDER)


def spawn_roundup(slack: SlackStandIn, db_url: str) -> subprocess.Popen:
    """One roundup of NEWS in its own process."""
    return spawn(ROUNDUP_SCRIPT, db_url, slack.api_url, slack.bot_token, NEWS)


def kill_when_held(
    slack: SlackStandIn,
    held: Callable[[dict[str, Any]], bool],
    start: Callable[[], subprocess.Popen],
    then: Callable[[], object] = lambda: None,
) -> Call:
    """Start a process (`start`, then `then`), let Slack take its first chat.postMessage
    matching `held` but hold the answer, SIGKILL the process meanwhile; returns that call."""
    slack.lose_response(how="hold", when=held)
    proc = start()
    try:
        then()
        [call] = slack.wait_for(
            "chat.postMessage", where=lambda c: held(c.params) and not c.delivered
        )
    finally:
        kill(proc)  # Slack has the message; the store has no ts
    slack.release_held()
    return call
