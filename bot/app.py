"""The Bolt app: `create_app(settings, services)` builds it and registers every listener;
`serve_http` and `start_socket_mode` connect it to Slack.

Listeners only parse Slack payloads and reply; the work lives in the services
(`bot.services`). Slow work never runs before `ack()`: every listener acknowledges at once and
digests in a Bolt lazy listener, on the services' listener pool.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import MutableMapping
from typing import Any

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient

from bot.listeners import register_listeners
from bot.ops.event_recovery import CLAIM_KEY, RECOVERABLE, EventRecovery
from bot.ops.health import HEALTH_PATH, READY_PATH, HealthChecks
from bot.ops.http_server import HttpLimits, HttpServer
from bot.ops.leader import Replica
from bot.ops.request_guard import guard_requests, require_fields
from bot.services import Services
from bot.settings import Settings, secret
from bot.slack.auth import quiet_sdk_logger
from bot.slack.oauth import enter_team, oauth_settings
from bot.storage.store import Store

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
# What Bolt reads from the environment on its own: with SLACK_CLIENT_ID and
# SLACK_CLIENT_SECRET merely present (even empty, as `--env-file` hands them over) it turns on
# its file-based OAuth and ignores the bot token; SLACK_BOT_TOKEN and
# SLACK_VERIFICATION_TOKEN it takes when none is passed. Our settings have read them all.
BOLT_ENVIRONMENT = (
    "SLACK_CLIENT_ID",
    "SLACK_CLIENT_SECRET",
    "SLACK_BOT_TOKEN",
    "SLACK_VERIFICATION_TOKEN",
)


def hide_bolt_environment(environ: MutableMapping[str, str] = os.environ) -> None:
    """Take the variables Bolt would read behind our back out of the environment: Bolt gets
    its OAuth settings (or None) from us, explicitly, from what `Settings` made of them."""
    for name in BOLT_ENVIRONMENT:
        environ.pop(name, None)


def create_app(settings: Settings, services: Services, *, verify_token: bool = True) -> App:
    """The Bolt app on the services' Slack client, with every listener registered.

    With `verify_token` Bolt checks the token (auth.test) here and a refused token raises;
    `digest-bot run` checks it itself beforehand (`bot.slack.auth`), retrying while Slack
    does not answer, and passes False.
    """
    oauth = oauth_settings(settings, services.store.engine) if settings.oauth_on else None
    hide_bolt_environment()
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
        token_verification_enabled=verify_token,
    )
    app.middleware(require_fields)  # a signed payload missing a field: 400, not a KeyError
    recovery = EventRecovery(services.store, services.replica, dispatcher(app))
    services.event_recovery = recovery
    app.middleware(drop_resent_events(services.store, services.replica, recovery))
    if oauth is not None and services.teams is not None:
        app.middleware(enter_team(services.teams))
    register_listeners(app, services)
    return app


def drop_resent_events(
    store: Store, replica: Replica | None = None, recovery: EventRecovery | None = None
):
    """Middleware: Slack resends events it thinks we missed (X-Slack-Retry-Num); act on each
    event once, by claiming its id in the store. With replicas the claim carries this
    replica's id, so a resend of an event claimed by a replica that died is taken over.
    A message event's claim keeps its payload until its listener is done, so a replica that
    dies after the ack leaves it to another (`bot.ops.event_recovery`), whose re-dispatch passes
    here with its token."""

    def drop_resent(
        body: dict[str, Any], request: BoltRequest, context: BoltContext, next, logger
    ) -> BoltResponse | None:  # noqa: A002
        event_id = body.get("event_id") if isinstance(body, dict) else None
        is_event = event_id and body.get("type") == "event_callback"
        if not is_event:
            return next()
        key = f"event:{event_id}"
        if recovery is not None and recovery.is_recovery(request.headers):
            context[CLAIM_KEY] = key  # taken over already: its listener finishes it
            return next()
        owner = {"owner": replica.id, "alive": replica.is_alive} if replica and replica.id else {}
        kind = (body.get("event") or {}).get("type") if isinstance(body, dict) else None
        payload = json.dumps(body) if kind in RECOVERABLE else None
        if not store.claim_event(key, body=payload, **owner):
            logger.info("ignoring a resent event %s", event_id)
            return BoltResponse(status=200, body="")
        if payload is not None:
            context[CLAIM_KEY] = key
        return next()

    return drop_resent


def dispatcher(app: App):
    """Dispatch a stored event payload through `app` again, as Socket Mode does (the
    signature was checked when it first came)."""

    def dispatch(body: dict[str, Any], headers: dict[str, str]) -> object:
        return app.dispatch(BoltRequest(body=body, headers=headers, mode="socket_mode"))

    return dispatch


# -- HTTP mode -------------------------------------------------------------------------------


def wsgi_app(app: App, health: HealthChecks | None = None):
    """Bolt's WSGI adapter on /slack/events, plus GET /healthz for load balancers (and
    /readyz, given the runner's `health` checks: see `bot.ops.health`)."""
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
    app: App,
    *,
    host: str,
    port: int,
    health: HealthChecks | None = None,
    limits: HttpLimits | None = None,
) -> tuple[HttpServer, threading.Thread]:
    """Serve the app on host:port (port 0 picks one) with waitress (`bot.ops.http_server`), on
    a background thread; `limits` default to the settings' defaults."""
    server = HttpServer(wsgi_app(app, health), host=host, port=port, limits=limits).start()
    return server, server.thread


# -- Socket Mode -----------------------------------------------------------------------------


def start_socket_mode(app: App, settings: Settings) -> SocketModeHandler:
    """Open the Socket Mode connection (non-blocking); returns the handler to close later.

    apps.connections.open goes through a client of its own whose failures the caller says
    in one line (not the SDK's line per retry)."""
    opener = WebClient(base_url=settings.slack_api_url, logger=quiet_sdk_logger())
    handler = SocketModeHandler(app, app_token=secret(settings.slack_app_token), web_client=opener)
    handler.connect()
    return handler
