"""Health for orchestrators and load balancers: `GET /healthz` (the process is alive) and
`GET /readyz` (it can do its job), in both modes.

Ready means: the spaCy model is loaded, the database answers a query, Slack's `auth.test`
passed at start-up, and the bot is not shutting down. `/readyz` answers 200 with a JSON body
of those checks, or 503 with the same body naming what is missing; `/healthz` answers 200
`ok` while the process runs (a liveness probe restarts a process that stops answering, and
nothing here makes it fail on a passing problem such as the database being down).

HTTP mode answers both on the app's own port (`bot.app.wsgi_app` asks `HealthChecks.answer`);
Socket Mode has no HTTP server of its own, so `serve_health` runs a small one on
HEALTH_PORT (default PORT). `python -m bot.health` is the container's HEALTHCHECK: it asks
this process's `/healthz` on the port the settings give and exits 0 or 1.

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
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from .settings import Settings
from .store import make_engine

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
    slack_ok: threading.Event = field(default_factory=threading.Event)
    stopping: threading.Event = field(default_factory=threading.Event)
    # Set when the model failed to load: why (the bot then never becomes ready).
    model_error: str | None = None
    check_seconds: float = DATABASE_CHECK_SECONDS

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: threading.Thread | None = None

    def ready(self) -> tuple[bool, dict[str, Any]]:
        """(ready, the checks by name: true, or why not)."""
        checks: dict[str, Any] = {
            "model": True if self.model_loaded.is_set() else self.model_error or "loading",
            "database": self._database_answer(),
            "slack": True if self.slack_ok.is_set() else "auth.test has not passed",
        }
        if self.stopping.is_set():
            checks["stopping"] = "shutting down"
        return all(v is True for v in checks.values()), checks

    def _database_answer(self) -> bool | str:
        """True, or why not; never waits longer than `check_seconds` on a hung connection,
        and never runs more than one check at a time."""
        outcome: list[BaseException | None] = []

        def run() -> None:
            try:
                self.database()
                outcome.append(None)
            except BaseException as e:  # reported, not raised: a probe must answer
                outcome.append(e)

        with self._lock:
            if self._pending is not None and self._pending.is_alive():
                return "not answering"
            thread = threading.Thread(target=run, name="readyz-database", daemon=True)
            self._pending = thread
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


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Probes come every few seconds: no access lines."""


def serve_health(
    checks: HealthChecks, *, host: str, port: int
) -> tuple[WSGIServer, threading.Thread]:
    """Serve /healthz and /readyz on host:port (0 picks a port) in a background thread."""
    server = make_server(
        host, port, checks.wsgi, server_class=_ThreadingServer, handler_class=_QuietHandler
    )
    thread = threading.Thread(
        target=server.serve_forever, args=(0.1,), name="digest-bot-health", daemon=True
    )
    thread.start()
    return server, thread


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
    """The container's HEALTHCHECK: 0 if this bot's /healthz answers (`--ready`: /readyz)."""
    args = sys.argv[1:] if argv is None else argv
    path = READY_PATH if "--ready" in args else HEALTH_PATH
    port = Settings().health_listen_port
    return 0 if probe(f"http://127.0.0.1:{port}{path}") else 1


if __name__ == "__main__":
    sys.exit(main())
