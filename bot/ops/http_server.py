"""The HTTP server in front of Bolt (HTTP mode) and of the health checks (Socket Mode):
waitress, in this process, on a thread of its own, so the watcher, the scheduler and the
digest pool stay where they are (no forking, no second process).

Why waitress and not Python's development server (`wsgiref`, a thread per connection, no
read timeout, no connection cap; Bolt's documentation says not to serve production traffic
with it): waitress reads every request on one asynchronous loop and hands only complete
requests to its fixed pool of threads, so a client that sends its headers or body slowly
holds a buffer, never a thread. Its limits come from the settings (`HttpLimits.from_settings`):
    - HTTP_THREADS threads answer requests (acks are quick: the slow work runs after them);
    - HTTP_CONNECTION_LIMIT open connections at most; past it waitress stops accepting until
      some close (the kernel's backlog holds the rest);
    - HTTP_CHANNEL_TIMEOUT seconds a connection may stay idle or half-sent before it is
      closed (checked every quarter of it, so one is gone within 1.25 times the timeout);
    - HTTP_MAX_BODY_BYTES: a body of that size or more (declared, or chunked) gets 413
      without being read.
Malformed request lines, a Content-Length that is not a number and bad chunked encoding get
waitress's own 400; `bot.ops.request_guard` checks what waitress cannot know (the shapes of
Slack's payloads).

Waitress polls its sockets with poll(), not select(), so more than 1,024 connections work,
and `raise_open_file_limit` lifts this process's soft open-file limit towards its hard limit
so that the connection limit fits; where the hard limit is lower, the connection limit is
cut to fit it, with a warning.

Not handled: a client that keeps dripping a byte within every timeout keeps its connection
(it costs a buffer, not a thread); a TLS proxy in front, as Slack requires HTTPS anyway,
bounds that.
"""

from __future__ import annotations

import logging
import math
import resource
import threading
from dataclasses import dataclass
from typing import Any

from waitress import wasyncore
from waitress.server import create_server

from bot.settings import Settings

log = logging.getLogger(__name__)

# Open files kept for everything but the server's connections (database, model, logs...).
RESERVED_FILES = 256
# How long a stop waits for the requests being answered (an ack takes milliseconds).
STOP_SECONDS = 5.0
# Seconds one poll of the loop waits for a socket (a stop is seen within it).
LOOP_SECONDS = 0.5


@dataclass(frozen=True)
class HttpLimits:
    """The server's limits (see the module docstring); the defaults are the settings'."""

    threads: int = 8
    connection_limit: int = 4096
    channel_timeout: int = 30
    max_body_bytes: int = 1024 * 1024

    @classmethod
    def from_settings(cls, settings: Settings) -> HttpLimits:
        return cls(
            threads=settings.http_threads,
            connection_limit=settings.http_connection_limit,
            channel_timeout=settings.http_channel_timeout,
            max_body_bytes=settings.http_max_body_bytes,
        )

    @property
    def cleanup_interval(self) -> int:
        """Seconds between waitress's sweeps for connections past their timeout."""
        return max(1, math.ceil(self.channel_timeout / 4))


def raise_open_file_limit(wanted: int) -> int:
    """Raise the soft RLIMIT_NOFILE towards `wanted` (never past the hard limit, never
    lower than it is); returns the soft limit now in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    ceiling = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < ceiling:
        resource.setrlimit(resource.RLIMIT_NOFILE, (ceiling, hard))
        soft = ceiling
    return soft


def fitting_connection_limit(limits: HttpLimits) -> int:
    """The connection limit this process's open-file limit allows (raised if it can be)."""
    soft = raise_open_file_limit(limits.connection_limit + RESERVED_FILES)
    if soft == resource.RLIM_INFINITY or soft - RESERVED_FILES >= limits.connection_limit:
        return limits.connection_limit
    fitted = max(8, soft - RESERVED_FILES)
    log.warning(
        "HTTP_CONNECTION_LIMIT %d does not fit the open-file limit (%d): serving at most %d "
        "connections (raise `ulimit -n`, or the container's nofile limit)",
        limits.connection_limit,
        soft,
        fitted,
    )
    return fitted


class HttpServer:
    """A waitress server for one WSGI app on host:port (0 picks a port), on its own thread.

    `server_address`, `shutdown()` and `server_close()` are what callers of the former
    `wsgiref` server used, so tests and benchmarks stop it the same way. The loop runs on a
    socket map of our own (waitress's `map` argument), so a stop can end it.
    """

    def __init__(
        self, application: Any, *, host: str, port: int, limits: HttpLimits | None = None
    ) -> None:
        limits = limits or HttpLimits()
        self.limits = limits
        self._map: dict[int, Any] = {}
        # Binds at once: a port in use raises OSError here, in the caller's thread.
        self._server = create_server(
            application,
            map=self._map,
            host=host,
            port=port,
            threads=limits.threads,
            connection_limit=fitting_connection_limit(limits),
            channel_timeout=limits.channel_timeout,
            cleanup_interval=limits.cleanup_interval,
            max_request_body_size=limits.max_body_bytes,
            backlog=2048,
            asyncore_use_poll=True,  # select() stops at 1,024 file descriptors
            ident="digest-bot",
            expose_tracebacks=False,
            log_socket_errors=False,
            clear_untrusted_proxy_headers=True,
        )
        self._stopping = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name=f"digest-bot-http-{self.port}", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.effective_port)

    @property
    def server_address(self) -> tuple[str, int]:
        return str(self._server.effective_host), self.port

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    def start(self) -> HttpServer:
        self._thread.start()
        return self

    def _run(self) -> None:
        """waitress's loop, one poll at a time, until a stop has closed every connection."""
        server = self._server
        while not (self._stopping.is_set() and not server.active_channels):
            try:
                wasyncore.loop(timeout=LOOP_SECONDS, map=self._map, use_poll=True, count=1)
            except Exception:  # never seen; the server must not die of one odd socket
                log.exception("the HTTP server's loop failed; going on")

    def shutdown(self) -> None:
        """Stop accepting (new connections are refused), let the requests being answered
        finish and their answers go out (up to STOP_SECONDS), then close what is left."""
        if self._stopping.is_set():
            return
        server = self._server
        wasyncore.dispatcher.close(server)  # the listening socket only
        server.task_dispatcher.shutdown(cancel_pending=False, timeout=STOP_SECONDS)
        for channel in list(server.active_channels.values()):
            channel.close_when_flushed = True  # the loop sends what is left, then closes
        self._stopping.set()
        server.pull_trigger()
        if self._thread.is_alive():
            self._thread.join(STOP_SECONDS)
        wasyncore.close_all(self._map)  # the trigger, and any client that would not read

    def server_close(self) -> None:
        """For the callers of `wsgiref`'s server: `shutdown` has closed everything."""
        self.shutdown()
