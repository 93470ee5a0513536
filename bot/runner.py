"""`digest-bot run`: start the bot in Socket Mode (SLACK_APP_TOKEN set) or HTTP mode (PORT),
serve its health checks, and stop it cleanly on SIGTERM.

Start-up, in order, each failure one line and a non-zero exit (no traceback): settings
(credentials missing: one screen on what to set, exit 2), logging (LOG_FORMAT), the database
(`bot.ops.health.database_problem`: a driver not installed, a server not reachable), the
services, Slack (`auth.test`, `bot.slack.auth`: a refused token exits 1; Slack not answering
is retried in the background while `/readyz` says so), then the intakes. `/readyz` turns
ready once the model is loaded as well (it loads in the background).

SIGTERM (or Ctrl-C) stops taking work first: `/readyz` answers 503, the Socket Mode
connection is closed (Slack sends new events to the other connections, or resends them
later) or the HTTP server stops accepting, and the folder, feeds and scheduler stop picking
up new work. Then the work in flight finishes: the digests and roundups being posted, the
file being handled. Whatever has not finished when SHUTDOWN_GRACE_SECONDS (default 25 s)
are up is left as the store recorded it (a digest begun, a send in flight, a file claimed or
still in the folder) and resumed at the next start-up; the process exits at that point
regardless, so a container runtime's 30 s stop limit never has to kill it. A second signal
exits at once.

Not handled: a `/digest` or event that was acknowledged but whose work had not started when
the grace ran out; it is logged (how many) and not retried.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from pydantic import SecretStr, ValidationError
from sqlalchemy import select
from sqlalchemy.engine import make_url

from bot import background
from bot.app import create_app, serve_http, start_socket_mode
from bot.ops.health import (
    HEALTH_PATH,
    READY_PATH,
    HealthChecks,
    database_check,
    database_problem,
    one_line,
    serve_health,
)
from bot.ops.http_server import HttpLimits
from bot.ops.log_format import configure_logging
from bot.services import Services, build_services
from bot.settings import Settings, invalid_settings_line
from bot.slack.auth import AuthOutcome, SlackAuthRetry, auth_test
from bot.storage.retention import EventPruner
from bot.storage.tables import SLACK_BOTS
from digests.text.nlp import use_model

log = logging.getLogger("digest_bot.run")

SETUP_HELP = """\
digest-bot: cannot start, Slack credentials are missing: {missing}

Set them in the environment or in a .env file (copy .env.example to .env):

  SLACK_BOT_TOKEN       xoxb-...  Slack app > OAuth & Permissions > Bot User OAuth Token
  SLACK_APP_TOKEN       xapp-...  Basic Information > App-Level Tokens (scope connections:write).
                                  Set it to run in Socket Mode: no public URL needed.
  SLACK_SIGNING_SECRET            Basic Information > App Credentials > Signing Secret.
                                  Needed in HTTP mode (no SLACK_APP_TOKEN), where Slack sends
                                  requests to https://<your host>/slack/events (PORT={port}).

No Slack app yet? At https://api.slack.com/apps choose Create New App > From a manifest and
paste manifest.yml from this repository; README.md ("Slack setup") walks through it.

To digest an article without Slack:  {command} digest path/to/article.txt (or a URL)
"""
# What the headline names when neither mode's credential is set: the operator may be on
# either path, and Socket Mode needs no signing secret.
EITHER_MODE = "SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)"


@dataclass
class Console:
    """Where the runner's status lines go: plain lines on the terminal, or log records when
    LOG_FORMAT=json (so every line on stderr is one JSON object)."""

    out: TextIO
    as_log: bool = False

    def say(self, message: str) -> None:
        if self.as_log:
            log.info(message.removeprefix("digest-bot: "))
        else:
            print(message, file=self.out, flush=True)

    def error(self, message: str) -> None:
        if self.as_log:
            log.error(message.removeprefix("digest-bot: "))
        else:
            print(message, file=self.out, flush=True)


def run_bot(*, out: TextIO = sys.stderr) -> int:
    """Run until SIGTERM or Ctrl-C. Returns the process exit code."""
    try:
        settings = Settings()
    except ValidationError as e:
        print(invalid_settings_line(e), file=out)
        return 2
    missing = settings.missing_credentials()
    if missing:
        named = [EITHER_MODE if name == "SLACK_SIGNING_SECRET" else name for name in missing]
        shown = SETUP_HELP.format(missing=", ".join(named), port=settings.port, command=command())
        print(shown, file=out)
        return 2

    configure_logging(
        level=settings.log_level,
        log_format=settings.log_format,
        stream=out,
        secrets=secrets_of(settings),
    )
    console = Console(out, as_log=settings.log_format == "json")
    if settings.spacy_model:
        use_model(settings.spacy_model)

    problem = database_problem(settings.database_url)
    if problem is not None:
        console.error(f"digest-bot: {problem}")
        return 1
    problem = folder_problem(settings)
    if problem is not None:
        console.error(f"digest-bot: {problem}")
        return 1
    services = build_services(settings)
    return _serve(settings, services, console)


def folder_problem(settings: Settings) -> str | None:
    """Why the watched folder cannot be used, in one line (None: it can, or none is set)."""
    if not settings.folder_intake_on:
        return None
    try:
        Path(settings.watch_dir).mkdir(parents=True, exist_ok=True)
    except OSError as e:
        return f"cannot create WATCH_DIR {settings.watch_dir}: {e.strerror or e}"
    return None


def command() -> str:
    """How to run `digest-bot` from here: its name where it is on PATH (the image, an
    activated venv), else the path of the script that is running (`.venv/bin/digest-bot`)."""
    if shutil.which("digest-bot"):
        return "digest-bot"
    script = Path(sys.argv[0])
    if script.name == "digest-bot" and script.exists():
        try:
            return str(script.resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(script)
    return ".venv/bin/digest-bot"


def secrets_of(settings: Settings) -> list[str]:
    """Every secret the settings hold (each SecretStr, the database password): the log
    formatter redacts them wherever they would appear."""
    values = [
        value.get_secret_value()
        for _name, value in settings
        if isinstance(value, SecretStr) and value.get_secret_value()
    ]
    try:
        password = make_url(settings.database_url).password
    except Exception:  # an unparsable URL has been reported already
        password = None
    return [*values, *([str(password)] if password else [])]


def _serve(settings: Settings, services: Services, console: Console) -> int:
    """Serve until a signal, then drain (see the module docstring). Closes the services."""
    checks = HealthChecks(
        database=database_check(services.store.engine),
        installations=installations_check(services) if settings.oauth_on else None,
    )
    stop = threading.Event()
    _on_signals(stop)
    if not settings.oauth_on and not _check_slack(settings, checks, stop, console):
        return _close_within(services, settings.shutdown_grace_seconds, code=1)
    try:
        app = create_app(settings, services, verify_token=False)
    except Exception as e:  # a setting Bolt refuses: one line, no traceback
        console.error(f"digest-bot: could not connect to Slack: {one_line(e)}")
        return _close_within(services, settings.shutdown_grace_seconds, code=1)
    checks.listeners_ok.set()
    _load_model_in_background(services, checks)
    pruner = EventPruner(services.store, timedelta(days=settings.handled_event_retention_days))
    pruner.start()
    background.start(services)

    if settings.socket_mode:
        try:
            health_server, _ = serve_health(
                checks, host=settings.health_host, port=settings.health_listen_port
            )
        except OSError as e:
            named = (
                "HEALTH_PORT" if settings.health_port is not None else "HEALTH_PORT (unset: PORT)"
            )
            console.error(
                f"digest-bot: cannot listen on {settings.health_host}:"
                f"{settings.health_listen_port} for health checks ({named}): {e.strerror}; "
                "set HEALTH_PORT to a free port"
            )
            return _drain(services, pruner, settings, console, code=1)
        health_url = _health_url(settings.health_host, health_server.server_address[1])
        try:
            handler = start_socket_mode(app, settings)
        except Exception as e:
            console.error(f"digest-bot: could not open the Socket Mode connection: {one_line(e)}")
            health_server.shutdown()
            return _drain(services, pruner, settings, console, code=1)
        if checks.slack_error and not checks.slack_ok.is_set():
            _say_auth_pending(console, AuthOutcome(False, checks.slack_error))
        console.say(
            f"digest-bot: connected to Slack in Socket Mode; health checks on "
            f"{health_url}{HEALTH_PATH} and {READY_PATH}. Ctrl-C stops."
        )
        stop.wait()
        checks.stopping.set()  # /readyz: 503 while the work in flight finishes
        handler.close()
        console.say("digest-bot: stopping: no new events or files; finishing what is in flight")
        code = _drain(services, pruner, settings, console)
        health_server.shutdown()
        return code

    try:
        server, _thread = serve_http(
            app,
            host=settings.host,
            port=settings.port,
            health=checks,
            limits=HttpLimits.from_settings(settings),
        )
    except OSError as e:
        console.error(f"digest-bot: cannot listen on port {settings.port}: {e.strerror}")
        return _drain(services, pruner, settings, console, code=1)
    port = server.server_address[1]
    console.say(
        f"digest-bot: listening for Slack on http://{settings.host}:{port}/slack/events "
        f"(HTTP mode; health checks on {HEALTH_PATH} and {READY_PATH}). Ctrl-C stops."
    )
    stop.wait()
    checks.stopping.set()
    server.shutdown()  # no new requests; the ones being answered finish on their threads
    server.server_close()  # new connections are refused rather than left waiting
    console.say("digest-bot: stopping: no new requests or files; finishing what is in flight")
    return _drain(services, pruner, settings, console)


def _check_slack(
    settings: Settings, checks: HealthChecks, stop: threading.Event, console: Console
) -> bool:
    """auth.test once now: passed, or passing trouble (retried in the background, /readyz
    saying why meanwhile): True; a token Slack refuses: one line, False. In Socket Mode the
    passing trouble is said only once the connection is open: if Slack cannot be reached
    at all, the connection's one line says so."""
    outcome = auth_test(settings)
    if outcome.passed:
        checks.slack_ok.set()
        return True
    if outcome.refused:
        console.error(f"digest-bot: could not connect to Slack: {outcome.reason}")
        return False
    checks.slack_error = outcome.reason
    if not settings.socket_mode:
        _say_auth_pending(console, outcome)

    def failed(again: AuthOutcome) -> None:
        checks.slack_error = again.reason

    SlackAuthRetry(settings, stop=stop, on_pass=checks.slack_ok.set, on_fail=failed).start()
    return True


def _say_auth_pending(console: Console, outcome: AuthOutcome) -> None:
    console.error(
        f"digest-bot: Slack did not answer auth.test ({outcome.reason}); starting anyway and "
        "trying again in the background (/readyz answers 503 until it passes)"
    )


def installations_check(services: Services) -> Callable[[], None]:
    """Many workspaces: /readyz's "slack" check, the installation store answering."""

    def check() -> None:
        with services.store.engine.connect() as connection:
            connection.execute(select(SLACK_BOTS.c.team_id).limit(1)).all()

    return check


def _on_signals(stop: threading.Event) -> None:
    """SIGTERM and SIGINT set `stop`; a second one exits at once."""

    def handle(signum: int, _frame: object) -> None:
        if stop.is_set():
            log.warning("second %s: exiting now", signal.Signals(signum).name)
            _exit_now(1)
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, handle)


def _load_model_in_background(services: Services, checks: HealthChecks) -> None:
    """Load the model (in each digest worker, or here with DIGEST_PROCESSES=0) so that the
    first digest does not wait for it; /readyz turns ready when it is loaded."""
    pool = services.owned_pool

    def load() -> None:
        try:
            if pool is not None:
                pool.wait_ready()
        except Exception as e:
            checks.model_error = f"failed to load: {one_line(e)}"
            log.error("the spaCy model did not load: %s", one_line(e))
            return
        checks.model_loaded.set()
        log.info("the spaCy model is loaded: ready")

    threading.Thread(target=load, name="digest-bot-model", daemon=True).start()


def _drain(
    services: Services,
    pruner: EventPruner,
    settings: Settings,
    console: Console,
    *,
    code: int = 0,
) -> int:
    """Stop the background intakes, let the work in flight finish, close everything; all
    within SHUTDOWN_GRACE_SECONDS, else exit anyway (the store has what was in flight)."""
    grace = settings.shutdown_grace_seconds
    deadline = time.monotonic() + grace
    finished = threading.Event()

    def shut_down() -> None:
        background.stop(services)  # folder, feeds, scheduler: the one in progress finishes
        pruner.stop()
        services.listener_executor.wait_idle(max(0.0, deadline - time.monotonic()))
        services.close()
        finished.set()

    threading.Thread(target=shut_down, name="digest-bot-shutdown", daemon=True).start()
    if finished.wait(grace):
        console.say("digest-bot: stopped")
        return code
    left = services.listener_executor.unfinished
    console.error(
        f"digest-bot: work still in flight after {grace:g} s ({left} listener task(s)); "
        "exiting: what the store recorded is resumed at the next start-up"
    )
    _exit_now(1)
    return 1  # not reached


def _close_within(services: Services, grace: float, *, code: int) -> int:
    """Close the services (nothing was started), giving up after `grace` seconds."""
    closer = threading.Thread(target=services.close, name="digest-bot-close", daemon=True)
    closer.start()
    closer.join(grace)
    return code


def _health_url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host
    return f"http://{shown}:{port}"


def _exit_now(code: int) -> None:
    """Exit without waiting for worker threads (they may be stuck on the network)."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
