"""The Bolt app: `create_app(settings, services)` builds it and registers every listener;
`serve_http` and `start_socket_mode` connect it to Slack.

Listeners only parse Slack payloads and reply; the work lives in the services
(`bot.services`). Slow work never runs before `ack()`: every listener acknowledges at once and
digests in a Bolt lazy listener, on the services' listener pool.
"""

from __future__ import annotations

import logging
import threading
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App, BoltResponse
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler

from .health import HEALTH_PATH, READY_PATH, HealthChecks
from .leader import Replica
from .listeners import register_listeners
from .oauth import enter_team, oauth_settings
from .request_guard import guard_requests, require_fields
from .services import Services
from .settings import Settings, secret
from .store import Store

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


def create_app(settings: Settings, services: Services) -> App:
    """The Bolt app on the services' Slack client, with every listener registered.

    Bolt checks the token (auth.test) here: a refused token raises.
    """
    oauth = oauth_settings(settings, services.store.engine) if settings.oauth_on else None
    app = App(
        client=services.client,
        signing_secret=secret(settings.slack_signing_secret) or "",
        # Socket Mode messages arrive over an authenticated websocket and carry no signature.
        request_verification_enabled=not settings.socket_mode,
        # Each ack function runs inline in the request's own thread (HTTP server thread or
        # Socket Mode worker), so acks never queue behind digests; the slow part of every
        # listener is a lazy listener, run on this pool after the ack has been sent.
        process_before_response=True,
        listener_executor=services.listener_executor,
        logger=logging.getLogger("digest_bot.bolt"),
        # Many workspaces (SLACK_CLIENT_ID/SECRET): Bolt's install flow and per-team tokens.
        oauth_settings=oauth,
    )
    app.middleware(require_fields)  # a signed payload missing a field: 400, not a KeyError
    app.middleware(drop_resent_events(services.store, services.replica))
    if oauth is not None and services.teams is not None:
        app.middleware(enter_team(services.teams))
    register_listeners(app, services)
    return app


def drop_resent_events(store: Store, replica: Replica | None = None):
    """Middleware: Slack resends events it thinks we missed (X-Slack-Retry-Num); act on each
    event once, by claiming its id in the store. With replicas the claim carries this
    replica's id, so a resend of an event claimed by a replica that died is taken over."""

    def drop_resent(body: dict[str, Any], next, logger) -> BoltResponse | None:  # noqa: A002
        event_id = body.get("event_id") if isinstance(body, dict) else None
        is_event = event_id and body.get("type") == "event_callback"
        owner = {"owner": replica.id, "alive": replica.is_alive} if replica and replica.id else {}
        if is_event and not store.claim_event(f"event:{event_id}", **owner):
            logger.info("ignoring a resent event %s", event_id)
            return BoltResponse(status=200, body="")
        return next()

    return drop_resent


# -- HTTP mode -------------------------------------------------------------------------------


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Access lines at debug level: Slack's retries would flood INFO."""
        log.debug("%s - %s", self.address_string(), format % args)


def wsgi_app(app: App, health: HealthChecks | None = None):
    """Bolt's WSGI adapter on /slack/events, plus GET /healthz for load balancers (and
    /readyz, given the runner's `health` checks: see `bot.health`)."""
    # Over-long, malformed or unparseable requests get a 4xx before Bolt parses them.
    bolt = guard_requests(SlackRequestHandler(app, path=EVENTS_PATH), path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: Any):
        if health is not None and environ.get("PATH_INFO") in (HEALTH_PATH, READY_PATH):
            return health.wsgi(environ, start_response)
        if environ.get("PATH_INFO") == "/healthz" and environ.get("REQUEST_METHOD") == "GET":
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok"]
        return bolt(environ, start_response)

    return application


def serve_http(
    app: App, *, host: str, port: int, health: HealthChecks | None = None
) -> tuple[WSGIServer, threading.Thread]:
    """Serve the app on host:port (port 0 picks one) in a background thread."""
    server = make_server(
        host,
        port,
        wsgi_app(app, health),
        server_class=_ThreadingWSGIServer,
        handler_class=_QuietHandler,
    )
    thread = threading.Thread(
        target=server.serve_forever, args=(0.1,), name="digest-bot-http", daemon=True
    )
    thread.start()
    return server, thread


# -- Socket Mode -----------------------------------------------------------------------------


def start_socket_mode(app: App, settings: Settings) -> SocketModeHandler:
    """Open the Socket Mode connection (non-blocking); returns the handler to close later."""
    handler = SocketModeHandler(app, app_token=secret(settings.slack_app_token))
    handler.connect()
    return handler
