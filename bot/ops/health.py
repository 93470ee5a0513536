"""Health for orchestrators and load balancers: `GET /healthz` (the process is alive) and
`GET /readyz` (it can do its job), in both modes.

Ready means: the spaCy model is loaded, the database answers a query, Slack's `auth.test`
passed (tried at start-up and retried while Slack does not answer, `bot.slack.auth`; with
many workspaces: the installation store answers), the listeners are registered, and the bot
is not shutting down. `/readyz` answers 200 with a JSON body
of those checks, or 503 with the same body naming what is missing; `/healthz` answers 200
`ok` while the process runs (a liveness probe restarts a process that stops answering, and
nothing here makes it fail on a passing problem such as the database being down).

HTTP mode answers both on the app's own port (`bot.app.wsgi_app` asks `HealthChecks.answer`);
Socket Mode has no HTTP server of its own, so `serve_health` runs a small one (waitress, as
HTTP mode) on HEALTH_HOST (default loopback) and HEALTH_PORT (default PORT).
`python -m bot.ops.health --ready` is the container's HEALTHCHECK: it asks this process's
`/readyz` (without `--ready`: `/healthz`) on the port the settings give and exits 0 or 1.

Also here: `database_problem(url)`, the start-up check that says in one line why the
database cannot be used (no driver installed, unknown kind of database, unreachable server,
refused login), with the password hidden.
"""

from __future__ import annotations

import json
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from bot.ops.http_server import HttpLimits, HttpServer
from bot.settings import Settings
from bot.storage.database import make_engine

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"
# A database check that has not answered in this long counts as "not answering".
DATABASE_CHECK_SECONDS = 3.0
POSTGRES_EXTRA_HINT = "pip install 'digest-bot[postgres]' and use postgresql+psycopg://"


def database_check(engine: Engine) -> Callable[[], None]:
    """A check that runs `SELECT 1` on the engine (raises if the database does not answer)."""

    def check() -> None:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    return check


@dataclass
class HealthChecks:
    """What `/readyz` reports. The runner sets the events as start-up passes each step."""

    database: Callable[[], None]
    model_loaded: threading.Event = field(default_factory=threading.Event)
    # Single workspace: set once auth.test passed with the bot token.
    slack_ok: threading.Event = field(default_factory=threading.Event)
    # Many workspaces (no one token to test): the installation store must answer instead.
    installations: Callable[[], None] | None = None
    # Set once every listener is registered on the app.
    listeners_ok: threading.Event = field(default_factory=threading.Event)
    stopping: threading.Event = field(default_factory=threading.Event)
    # Set when the model failed to load: why (the bot then never becomes ready).
    model_error: str | None = None
    # Why auth.test has not passed yet (its last answer), while it is retried.
    slack_error: str | None = None
    check_seconds: float = DATABASE_CHECK_SECONDS

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[str, threading.Thread] = {}

    def ready(self) -> tuple[bool, dict[str, Any]]:
        """(ready, the checks by name: true, or why not)."""
        checks: dict[str, Any] = {
            "model": True if self.model_loaded.is_set() else self.model_error or "loading",
            "database": self._bounded("database", self.database),
            "slack": self._slack_answer(),
            "listeners": True if self.listeners_ok.is_set() else "not registered yet",
        }
        if self.stopping.is_set():
            checks["stopping"] = "shutting down"
        return all(v is True for v in checks.values()), checks

    def _slack_answer(self) -> bool | str:
        if self.installations is not None:
            found = self._bounded("installations", self.installations)
            return found if found is True else f"installation store {found}"
        if self.slack_ok.is_set():
            return True
        why = f": {self.slack_error}" if self.slack_error else ""
        return f"auth.test has not passed{why}"

    def _bounded(self, name: str, check: Callable[[], None]) -> bool | str:
        """True, or why not; never waits longer than `check_seconds` on a hung connection,
        and never runs more than one of each check at a time."""
        outcome: list[BaseException | None] = []

        def run() -> None:
            try:
                check()
                outcome.append(None)
            except BaseException as e:  # reported, not raised: a probe must answer
                outcome.append(e)

        with self._lock:
            pending = self._pending.get(name)
            if pending is not None and pending.is_alive():
                return "not answering"
            thread = threading.Thread(target=run, name=f"readyz-{name}", daemon=True)
            self._pending[name] = thread
            thread.start()
        thread.join(self.check_seconds)
        if not outcome:
            return "not answering"
        error = outcome[0]
        return True if error is None else f"unreachable: {one_line(error)}"

    def answer(self, method: str, path: str) -> tuple[str, str, bytes] | None:
        """(status line, content type, body) for a health path, else None."""
        if method not in ("GET", "HEAD"):
            return None
        if path == HEALTH_PATH:
            return "200 OK", "text/plain; charset=utf-8", b"ok"
        if path == READY_PATH:
            ok, checks = self.ready()
            body = json.dumps({"ready": ok, "checks": checks}).encode()
            status = "200 OK" if ok else "503 Service Unavailable"
            return status, "application/json", body
        return None

    def wsgi(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        """A WSGI app of the two paths (404 for anything else)."""
        found = self.answer(environ.get("REQUEST_METHOD", ""), environ.get("PATH_INFO", ""))
        status, ctype, body = found or ("404 Not Found", "text/plain; charset=utf-8", b"")
        start_response(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))])
        return [body]


def serve_health(
    checks: HealthChecks, *, host: str, port: int
) -> tuple[HttpServer, threading.Thread]:
    """Serve /healthz and /readyz on host:port (0 picks a port) in a background thread."""
    limits = HttpLimits(threads=2, connection_limit=64, channel_timeout=10)
    server = HttpServer(checks.wsgi, host=host, port=port, limits=limits).start()
    return server, server.thread


def database_problem(database_url: str) -> str | None:
    """Why the bot cannot use this database, in one line; None if a connection works."""
    try:
        url = make_url(database_url)
    except ArgumentError:
        return "DATABASE_URL is not a database URL (e.g. sqlite:///data/digest-bot.db)"
    shown = url.render_as_string(hide_password=True)
    try:
        engine = make_engine(database_url)
    except NoSuchModuleError:
        return f"DATABASE_URL {shown}: no such kind of database `{url.drivername}`"
    except ImportError as e:
        driver = e.name or url.get_driver_name()
        hint = f" ({POSTGRES_EXTRA_HINT})" if url.get_backend_name() == "postgresql" else ""
        return f"DATABASE_URL {shown}: its driver `{driver}` is not installed{hint}"
    except Exception as e:  # a SQLite folder that cannot be created, a bad option
        return f"cannot use the database at {shown}: {one_line(e)}"
    try:
        database_check(engine)()
    except DBAPIError as e:
        return f"cannot reach the database at {shown}: {one_line(e.orig or e)}"
    except Exception as e:
        return f"cannot use the database at {shown}: {one_line(e)}"
    finally:
        engine.dispose()
    return None


def one_line(error: BaseException) -> str:
    """An error as one short line (no traceback, no SQL)."""
    message = str(error).split("\n[SQL:")[0]
    return (" ".join(message.split()) or type(error).__name__)[:300]


def probe(url: str, timeout: float = 5.0) -> bool:
    """Whether GET `url` answers 200."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def main(argv: list[str] | None = None) -> int:
    """The container's HEALTHCHECK: 0 if this bot's /readyz answers 200 (`--ready`, what the
    image asks), or its /healthz (alive: without `--ready`)."""
    args = sys.argv[1:] if argv is None else argv
    path = READY_PATH if "--ready" in args else HEALTH_PATH
    settings = Settings()
    host = settings.health_host if settings.socket_mode else settings.host
    if host in ("", "0.0.0.0", "::"):  # every interface: loopback is one of them
        host = "127.0.0.1"
    shown = f"[{host}]" if ":" in host else host
    return 0 if probe(f"http://{shown}:{settings.health_listen_port}{path}") else 1


if __name__ == "__main__":
    sys.exit(main())
