"""The Bolt app: `create_app(settings)` wires the Web API client, the store, the digest service
and every listener; `serve_http` and `start_socket_mode` connect it to Slack.

Listeners only parse Slack payloads and reply; the work lives in `DigestService`. Slow work
never runs before `ack()`: every listener acknowledges at once and digests in a Bolt lazy
listener, on the app's thread pool.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from .service import DigestService
from .settings import Settings, secret
from .store import Store

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"

# Called once the app is built, before it starts serving: background intakes (the folder
# watcher, scheduled roundups) hook in here with `STARTUP_HOOKS.append(fn)`; fn(app, services).
STARTUP_HOOKS: list[Callable[[App, Services], Any]] = []


@dataclass
class Services:
    """What listeners share: settings, the store, the Web API client and the digest service."""

    settings: Settings
    store: Store
    client: WebClient
    digests: DigestService


def build_client(settings: Settings) -> WebClient:
    """A WebClient on SLACK_API_URL that retries 429s (honouring Retry-After) and 5xx."""
    retries = settings.slack_max_retries
    return WebClient(
        token=secret(settings.slack_bot_token),
        base_url=settings.slack_api_url,
        timeout=30,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=retries),
            RateLimitErrorRetryHandler(max_retry_count=retries),
            ServerErrorRetryHandler(max_retry_count=retries),
        ],
    )


def build_services(settings: Settings, *, store: Store | None = None) -> Services:
    client = build_client(settings)
    store = store or Store(settings.database_url)
    digests = DigestService(
        store=store, client=client, allow_private_urls=settings.allow_private_urls
    )
    return Services(settings=settings, store=store, client=client, digests=digests)


def create_app(settings: Settings, *, services: Services | None = None) -> App:
    """The Bolt app with every listener registered. `app.services` holds the shared parts."""
    from .listeners import register_listeners

    services = services or build_services(settings)
    executor = ThreadPoolExecutor(
        max_workers=settings.digest_workers * 2, thread_name_prefix="digest-bot"
    )
    app = App(
        client=services.client,
        signing_secret=secret(settings.slack_signing_secret) or "",
        # Socket Mode messages arrive over an authenticated websocket and carry no signature.
        request_verification_enabled=not settings.socket_mode,
        # Each ack function runs inline in the request's own thread (HTTP server thread or
        # Socket Mode worker), so acks never queue behind digests; the slow part of every
        # listener is a lazy listener, run on this pool after the ack has been sent.
        process_before_response=True,
        listener_executor=executor,
        logger=logging.getLogger("digest_bot.bolt"),
    )
    app.services = services  # type: ignore[attr-defined]
    app.listener_executor = executor  # type: ignore[attr-defined]  # shut down on exit
    app.middleware(_drop_resent_events(services.store))
    register_listeners(app, services)
    # Folder intake and scheduled roundups: `/digest schedule` and their start-up hooks.
    from . import schedule, watcher

    schedule.install()
    watcher.install()
    return app


def _drop_resent_events(store: Store):
    """Slack resends events it thinks we missed (X-Slack-Retry-Num); act on each event once."""

    def drop_resent_events(body: dict[str, Any], next, logger) -> BoltResponse | None:  # noqa: A002
        event_id = body.get("event_id") if isinstance(body, dict) else None
        is_event = event_id and body.get("type") == "event_callback"
        if is_event and not store.claim_event(f"event:{event_id}"):
            logger.info("ignoring a resent event %s", event_id)
            return BoltResponse(status=200, body="")
        return next()

    return drop_resent_events


def run_startup_hooks(app: App) -> None:
    """Finish digest threads a crash left half-posted, then start the registered hooks."""
    services: Services = app.services  # type: ignore[attr-defined]
    threading.Thread(
        target=services.digests.resume_incomplete, name="digest-bot-resume", daemon=True
    ).start()
    for hook in STARTUP_HOOKS:
        hook(app, services)


# -- HTTP mode -------------------------------------------------------------------------------


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("%s - %s", self.address_string(), format % args)


def wsgi_app(app: App):
    """Bolt's WSGI adapter on /slack/events, plus GET /healthz for load balancers."""
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    bolt = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: Any):
        if environ.get("PATH_INFO") == "/healthz" and environ.get("REQUEST_METHOD") == "GET":
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok"]
        return bolt(environ, start_response)

    return application


def serve_http(app: App, *, host: str, port: int) -> tuple[WSGIServer, threading.Thread]:
    """Serve the app on host:port (port 0 picks one) in a background thread."""
    server = make_server(
        host, port, wsgi_app(app), server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )
    thread = threading.Thread(
        target=server.serve_forever, args=(0.1,), name="digest-bot-http", daemon=True
    )
    thread.start()
    return server, thread


# -- Socket Mode -----------------------------------------------------------------------------


def start_socket_mode(app: App, settings: Settings):
    """Open the Socket Mode connection (non-blocking); returns the handler to close later."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(app, app_token=secret(settings.slack_app_token))
    handler.connect()
    return handler
