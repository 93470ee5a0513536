"""`digest-bot run`: start the bot in Socket Mode (SLACK_APP_TOKEN set) or HTTP mode (PORT).

Without credentials it prints one screen on what to set and exits 2: no traceback.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from typing import TextIO

from pydantic import ValidationError

from digests.nlp import use_model

from . import background
from .app import create_app, serve_http, start_socket_mode
from .services import Services, build_services
from .settings import Settings

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

To digest an article without Slack:  digest-bot digest path/to/article.txt (or a URL)
"""


def run_bot(*, out: TextIO = sys.stderr) -> int:
    """Run until interrupted. Returns the process exit code."""
    try:
        settings = Settings()
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']).upper()}: {err['msg']}" for err in e.errors()
        )
        print(f"digest-bot: invalid setting: {problems}", file=out)
        return 2
    missing = settings.missing_credentials()
    if missing:
        print(SETUP_HELP.format(missing=", ".join(missing), port=settings.port), file=out)
        return 2

    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if settings.spacy_model:
        use_model(settings.spacy_model)

    services = build_services(settings)
    try:
        return _serve(settings, services, out=out)
    finally:
        services.close()


def _serve(settings: Settings, services: Services, *, out: TextIO) -> int:
    try:
        app = create_app(settings, services)
    except Exception as e:  # bad token, Slack unreachable: one line, no traceback
        print(f"digest-bot: could not connect to Slack: {_one_line(e)}", file=out)
        return 1

    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())

    background.start(services)
    if settings.socket_mode:
        try:
            handler = start_socket_mode(app, settings)
        except Exception as e:
            print(
                f"digest-bot: could not open the Socket Mode connection: {_one_line(e)}", file=out
            )
            return 1
        print("digest-bot: connected to Slack in Socket Mode. Ctrl-C stops.", file=out)
        stop.wait()
        handler.close()
    else:
        try:
            server, _thread = serve_http(app, host=settings.host, port=settings.port)
        except OSError as e:
            print(f"digest-bot: cannot listen on port {settings.port}: {e.strerror}", file=out)
            return 1
        port = server.server_address[1]
        print(
            f"digest-bot: listening for Slack on http://{settings.host}:{port}/slack/events "
            "(HTTP mode). Ctrl-C stops.",
            file=out,
        )
        stop.wait()
        server.shutdown()
    background.stop(services)
    return 0


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:300]
