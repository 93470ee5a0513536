"""A loopback site that serves what a hostile or careless server sends: bodies compressed in
layers (a few KB on the wire, gigabytes inflated), feeds with entity declarations, pages that
answer slowly. Used by the fetch tests (digests) and the real-bot tests (bot); 127.0.0.1 only.

Each route is a fixed answer: status, headers and body bytes, set with `serve(path, ...)`.
A route may also wait on an Event before answering (`hold`), so a test decides when.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import sys
import threading
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MEGABYTE = 1024 * 1024


@functools.cache
def zeros_gzip(megabytes: int) -> bytes:
    """`megabytes` MB of zero bytes, gzipped (about 1 KB per MB): the inner layer."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(MEGABYTE)
    return b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()


def gzip_layers(megabytes: int, layers: int) -> bytes:
    """Zero bytes gzipped `layers` times: 1 GB in two layers is under 2 KB."""
    body = zeros_gzip(megabytes)
    for _ in range(layers - 1):
        body = gzip.compress(body, 9)
    return body


def entity_bomb_feed(entity_kb: int = 100, uses: int = 4000) -> bytes:
    """An RSS feed whose DTD declares one big entity that an item title uses `uses` times:
    a loose parser that expands it builds entity_kb * uses KB of text."""
    value = "x" * (entity_kb * 1024)
    title = "&big;" * uses
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE rss [<!ENTITY big "{value}">]>\n'
        '<rss version="2.0"><channel><title>Entity feed</title><link>http://127.0.0.1/</link>'
        "<description>d</description>"
        f"<item><title>{title}</title><link>http://127.0.0.1/a</link><guid>a</guid></item>"
        "</channel></rss>"
    ).encode()


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    hold: threading.Event | None = None


@dataclass
class HostileSite:
    """The server; `url(path)` is where a route is, `hits[path]` how often it was asked."""

    routes: dict[str, Answer] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                site.hits[self.path] = site.hits.get(self.path, 0) + 1
                answer = site.routes.get(self.path)
                if answer is None:
                    answer = Answer(404, {"Content-Type": "text/plain"}, b"not found")
                if answer.hold is not None:
                    answer.hold.wait(60)
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                with contextlib.suppress(ConnectionError):
                    self.wfile.write(answer.body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):  # a client hanging up is fine
                if not isinstance(sys.exc_info()[1], ConnectionError):
                    super().handle_error(request, client_address)

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def serve(
        self,
        path: str,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        *,
        status: int = 200,
        hold: threading.Event | None = None,
        **headers: str,
    ) -> str:
        named = {k.replace("_", "-"): v for k, v in headers.items()}
        self.routes[path] = Answer(status, {"Content-Type": content_type, **named}, body, hold)
        return self.url(path)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def close(self) -> None:
        for answer in self.routes.values():
            if answer.hold is not None:
                answer.hold.set()
        self.server.shutdown()
        self.server.server_close()
