"""A loopback web server for feed tests and benchmarks: real RSS 2.0 and Atom documents, and
the article pages their entries link to, on 127.0.0.1 only.

Each feed is a list of entries rendered on every request; its ETag and Last-Modified change
when an entry is added, and a request carrying the current ones gets 304 with no body, as a
well-behaved news site answers. Routes can also fail (`fail`), redirect (`redirect`), serve
a broken document (`raw`) or stream a huge one without Content-Length (`huge`). Every request
is recorded with its conditional headers and the status it got.

The articles are invented for these tests: each has a named speaker and attributed quotes,
so every digest has a thread.
"""

from __future__ import annotations

import html
import sys
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

PEOPLE = [
    ("Harbour master", "Ines Duarte"),
    ("Councillor", "Tomas Vidal"),
    ("Engineer", "Petra Olsen"),
    ("Union leader", "Kofi Mensah"),
    ("Mayor", "Lena Brandt"),
]
TOPICS = ["the night ferry", "the tram depot", "the river wall", "the bus lanes", "the library"]


def story(n: int) -> tuple[str, list[str]]:
    """Article `n`: a headline and paragraphs with two attributed quotes, distinct per n."""
    (role_a, a), (role_b, b) = PEOPLE[n % len(PEOPLE)], PEOPLE[(n + 2) % len(PEOPLE)]
    topic = TOPICS[n % len(TOPICS)]
    last_a, last_b = a.split()[-1], b.split()[-1]
    return (
        f"Update {n}: a decision on {topic}",
        [
            f"{role_a} {a} announced on Monday a decision on {topic}, item {n} on the agenda.",
            f'"We have waited long enough for {topic}, case {n}," {last_a} said.',
            f"{role_b} {b} asked the city to publish the costs before the vote.",
            f'"Residents should see every number in report {n}," {last_b} said.',
        ],
    )


def page(title: str, paragraphs: list[str]) -> bytes:
    """A news page: navigation and footer around the article."""
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>\n{body}</article>"
        "<footer>The Harbour Courier</footer></body></html>"
    ).encode()


@dataclass
class Entry:
    """One feed entry: its guid, title, where its article is, and when it was published."""

    guid: str
    title: str
    path: str
    published: datetime


@dataclass
class Feed:
    """A feed document as the server renders it (RSS 2.0 or Atom)."""

    title: str
    kind: str = "rss"
    entries: list[Entry] = field(default_factory=list)
    version: int = 1
    modified: datetime = START

    @property
    def etag(self) -> str:
        return f'"v{self.version}"'

    @property
    def last_modified(self) -> str:
        return format_datetime(self.modified, usegmt=True)


@dataclass(frozen=True)
class Hit:
    """A request the server answered."""

    path: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None


class FeedServer:
    """Feeds and article pages on 127.0.0.1 (a port of its own)."""

    def __init__(self) -> None:
        self.feeds: dict[str, Feed] = {}
        self.pages: dict[str, tuple[int, bytes]] = {}
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.huge_paths: dict[str, int] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        self._stories = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                server._answer(self)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                if not isinstance(sys.exc_info()[1], ConnectionError):  # a capped client
                    super().handle_error(request, client_address)

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()

    def __enter__(self) -> FeedServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    # -- what it serves ----------------------------------------------------------------------

    def add_feed(self, path: str, title: str, *, kind: str = "rss", entries: int = 0) -> str:
        """A feed at `path` with `entries` stories already in it; returns its URL."""
        self.feeds[path] = Feed(title=title, kind=kind)
        for _ in range(entries):
            self.publish(path, bump=False)
        return self.url(path)

    def publish(self, path: str, *, status: int = 200, bump: bool = True) -> Entry:
        """A new story at the top of the feed (its page served with `status`)."""
        with self._lock:
            self._stories += 1
            n = self._stories
        feed = self.feeds[path]
        title, paragraphs = story(n)
        entry = Entry(
            guid=f"urn:courier:{n}",
            title=title,
            path=f"/news/{n}",
            published=START + timedelta(hours=n),
        )
        self.pages[entry.path] = (status, page(title, paragraphs))
        with self._lock:
            feed.entries.insert(0, entry)  # newest first, as feeds list them
            if bump:
                feed.version += 1
                feed.modified = entry.published
        return entry

    def raw(self, path: str, body: bytes, *, status: int = 200, ctype: str = "application/xml"):
        """Serve `body` as is at `path` (a broken document, an error page)."""
        self.routes[path] = (status, {"Content-Type": ctype}, body)
        return self.url(path)

    def redirect(self, path: str, location: str) -> str:
        self.routes[path] = (302, {"Location": location}, b"")
        return self.url(path)

    def fail(self, path: str, status: int = 500) -> None:
        """The feed at `path` answers `status` until `recover`."""
        self.routes[path] = (status, {"Content-Type": "text/plain"}, b"server trouble")

    def recover(self, path: str) -> None:
        self.routes.pop(path, None)

    def huge(self, path: str, megabytes: int) -> str:
        """A well-formed RSS document of `megabytes` MB, streamed with no Content-Length."""
        self.huge_paths[path] = megabytes
        return self.url(path)

    def hits_to(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.path == path]

    # -- answering ---------------------------------------------------------------------------

    def _answer(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path
        etag_in = request.headers.get("If-None-Match")
        since_in = request.headers.get("If-Modified-Since")
        if path in self.routes:
            status, headers, body = self.routes[path]
        elif path in self.huge_paths:
            self._record(path, 200, etag_in, since_in)
            self._stream_huge(request, self.huge_paths[path])
            return
        elif path in self.feeds:
            feed = self.feeds[path]
            with self._lock:
                unchanged = etag_in == feed.etag or (
                    etag_in is None and since_in == feed.last_modified
                )
                headers = {"ETag": feed.etag, "Last-Modified": feed.last_modified}
                if unchanged:
                    status, body = 304, b""
                else:
                    status, body = 200, self._render(feed)
                    headers["Content-Type"] = (
                        "application/atom+xml" if feed.kind == "atom" else "application/rss+xml"
                    )
        elif path in self.pages:
            status, body = self.pages[path]
            headers = {"Content-Type": "text/html; charset=utf-8"}
        else:
            status, headers, body = 404, {"Content-Type": "text/html"}, b"<html>Not found</html>"
        self._record(path, status, etag_in, since_in)
        request.send_response(status)
        for key, value in headers.items():
            request.send_header(key, value)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    def _record(self, path: str, status: int, etag: str | None, since: str | None) -> None:
        with self._lock:
            self.hits.append(Hit(path, status, etag, since))

    def _render(self, feed: Feed) -> bytes:
        if feed.kind == "atom":
            return self._atom(feed)
        items = "".join(
            "<item>"
            f"<title>{html.escape(e.title)}</title>"
            f"<link>{html.escape(self.url(e.path))}</link>"
            f'<guid isPermaLink="false">{e.guid}</guid>'
            f"<pubDate>{format_datetime(e.published, usegmt=True)}</pubDate>"
            "<description>A story from the harbour.</description>"
            "</item>"
            for e in feed.entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{html.escape(feed.title)}</title><link>{self.url('/')}</link>"
            f"<description>News from the harbour</description>{items}</channel></rss>"
        ).encode()

    def _atom(self, feed: Feed) -> bytes:
        entries = "".join(
            "<entry>"
            f"<title>{html.escape(e.title)}</title><id>{e.guid}</id>"
            f'<link rel="alternate" href="{html.escape(self.url(e.path))}"/>'
            f"<updated>{e.published.strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"
            "<summary>A story from the harbour.</summary>"
            "</entry>"
            for e in feed.entries
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{html.escape(feed.title)}</title><id>urn:courier:feed</id>"
            f"<updated>{feed.modified.strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"
            f"{entries}</feed>"
        ).encode()

    def _stream_huge(self, request: BaseHTTPRequestHandler, megabytes: int) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.end_headers()  # no Content-Length: the size shows only while reading
        item = (
            "<item><title>Filler</title><link>http://127.0.0.1/filler</link>"
            f"<description>{'x' * 4000}</description></item>"
        ).encode()
        try:
            request.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Big')
            request.wfile.write(b"</title>")
            for _ in range(megabytes * 1024 * 1024 // len(item) + 1):
                request.wfile.write(item)
            request.wfile.write(b"</channel></rss>")
        except OSError:
            pass  # the client stopped reading at its cap
