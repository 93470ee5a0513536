"""Safe URL fetching for articles: the bot fetches links that anyone in Slack can post.

`fetch_url(url)` returns a `Page` or raises `FetchError` with one plain line. It refuses:
    - schemes other than http/https, and URLs with credentials in them;
    - hosts that resolve to private, loopback, link-local, multicast, reserved or unspecified
      addresses (checked on every redirect hop, and on the address actually connected to, so
      a DNS answer that changes between check and connect cannot slip through) unless
      `allow_private=True`, which tests use for loopback servers;
    - more than `MAX_REDIRECTS` redirects, answers slower than `TIMEOUT` seconds in total,
      bodies over `MAX_BYTES` (decoded bytes, counted while inflating: `digests.text.body`;
      more than one content coding is refused; Content-Length is not trusted),
      and content types other than HTML or plain text.

`fetch_feed(url, etag=..., last_modified=...)` is the same guard for RSS/Atom feeds: a
conditional GET (a 304 comes back as such), its own byte cap, any content type.

It does not handle: JavaScript-rendered pages, paywalls, logins or cookies, robots.txt.

This module knows nothing of articles: `digests.text.article` calls it for URLs and turns a
`FetchError` into its own `ArticleError`. The byte cap lives here, the lowest module that
needs it, and article.py applies the same `MAX_BYTES` to files and pasted text.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import Message
from typing import TypeVar
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from digests.text.body import ACCEPT_ENCODING, BodyRefused, read_body
from digests.text.guard import FetchError, check_host, connection_pool

# What a guarded GET's reader returns (a Page, a FeedResponse).
T = TypeVar("T")

TIMEOUT = 10.0
MAX_REDIRECTS = 5
USER_AGENT = "digest-bot/0.1 (news article digests for Slack)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
# Longer links are not article links (httpx itself refuses over 65,536 characters).
MAX_URL_CHARS = 8192
# The one definition of a megabyte, and the most bytes any article input may have (a page
# here; a file or pasted text in article.py).
MEGABYTE = 1024 * 1024
MAX_BYTES = 5 * MEGABYTE


@dataclass(frozen=True)
class Page:
    """A fetched page: the final URL after redirects, the raw body and how to read it."""

    url: str
    body: bytes
    encoding: str | None
    is_html: bool
    content_type: str = ""
    status: int = 200


@dataclass(frozen=True)
class RawResponse:
    """A response as the readers see it: its URL, status and headers, and its body still
    on the wire (undecoded chunks, read once)."""

    url: str
    status: int
    headers: httpx.Headers
    chunks: Iterator[bytes]

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type names, if any."""
        message = Message()
        message["content-type"] = self.headers.get("content-type", "")
        return message.get_content_charset()

    @property
    def content_type(self) -> str:
        """The media type, lower case, without parameters."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def fetch_url(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    trusted_addresses: frozenset[str] = frozenset(),
) -> Page:
    """GET an article page safely (see the module docstring). Raises FetchError.

    `trusted_addresses` exempts exact IP addresses from the private-address refusal (an
    intranet news server, or a test server) while every other local address stays refused.
    """
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9"}

    def read(current: str, response: RawResponse) -> Page:
        return _read_page(current, response, deadline=deadline, max_bytes=max_bytes)

    return _guarded_get(
        url,
        read,
        what="page",
        headers=headers,
        allow_private=allow_private,
        timeout=timeout,
        trusted=frozenset(trusted_addresses),
    )


def _guarded_get(
    url: str,
    read: Callable[[str, RawResponse], T],
    *,
    what: str,
    headers: dict[str, str],
    allow_private: bool,
    timeout: float,
    trusted: frozenset[str],
) -> T:
    """GET `url`, following redirects by hand so every hop's URL and address is checked,
    and hand the final response (streaming, not yet read) to `read`. Every failure is one
    `FetchError` line naming the `what` ("page", "feed")."""
    sent = [
        (k.encode(), v.encode()) for k, v in {**headers, "Accept-Encoding": ACCEPT_ENCODING}.items()
    ]
    limits = {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}
    with connection_pool(allow_private=allow_private, trusted=trusted) as pool:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            _check_url(current, allow_private=allow_private, trusted=trusted)
            try:
                parsed = httpx.URL(current)
                target = httpcore.URL(
                    scheme=parsed.raw_scheme,
                    host=parsed.raw_host,
                    port=parsed.port,
                    target=parsed.raw_path,
                )
                with pool.stream(
                    "GET", target, headers=sent, extensions={"timeout": limits}
                ) as response:
                    answer = RawResponse(
                        url=current,
                        status=response.status,
                        headers=httpx.Headers(response.headers),
                        chunks=response.iter_stream(),
                    )
                    if answer.status in REDIRECT_CODES and "location" in answer.headers:
                        current = urljoin(current, answer.headers["location"])
                        continue
                    return read(current, answer)
            except FetchError:
                raise
            except httpcore.TimeoutException as e:
                raise FetchError(
                    f"{url}: the site did not answer within {timeout:g} seconds"
                ) from e
            except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.ProxyError) as e:
                raise FetchError(f"{url}: could not fetch the {what} ({_reason(e)})") from e
            except (httpcore.UnsupportedProtocol, httpx.InvalidURL, ValueError, UnicodeError) as e:
                raise FetchError(f"{shown_url(current)}: not a valid link ({e})") from e
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


def shown_url(url: str, limit: int = 200) -> str:
    """A link as an error message names it: control characters escaped, a long one cut."""
    shown = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in url[: limit + 1])
    return shown if len(shown) <= limit else shown[:limit] + "..."


def _check_url(url: str, *, allow_private: bool, trusted: frozenset[str]) -> None:
    """Refuse a URL before connecting: its form, scheme, credentials, and where its host
    resolves. Every malformed link is a `FetchError` here, never httpx's `InvalidURL`."""
    if len(url) > MAX_URL_CHARS:
        raise FetchError(
            f"{shown_url(url)}: the link is {len(url):,} characters long, over the "
            f"{MAX_URL_CHARS:,}-character limit"
        )
    if any(not ch.isprintable() or ch.isspace() for ch in url):
        raise FetchError(
            f"{shown_url(url)}: not a valid link (it has spaces or control characters)"
        )
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError as e:  # "http://[::1" and other broken hosts
        raise FetchError(f"{shown_url(url)}: not a valid link") from e
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{shown_url(url)}: only http and https links can be fetched")
    if not hostname:
        raise FetchError(f"{shown_url(url)}: not a valid link")
    if parts.username or parts.password:
        raise FetchError(f"{url}: links with a user name or password are not fetched")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as e:
        raise FetchError(f"{url}: not a valid link") from e
    check_host(hostname, port, allow_private=allow_private, trusted=trusted)


def _read_page(url: str, response: RawResponse, *, deadline: float, max_bytes: int) -> Page:
    status = response.status
    if status == 404 or status == 410:
        raise FetchError(f"{url}: page not found (HTTP {status})")
    if status >= 400:
        raise FetchError(f"{url}: the site answered HTTP {status}")
    if status >= 300:
        raise FetchError(f"{url}: the site answered HTTP {status} without a usable redirect")
    content_type = response.content_type
    if content_type in HTML_TYPES:
        is_html = True
    elif content_type in TEXT_TYPES:
        is_html = False
    else:
        shown = content_type or "no content type"
        raise FetchError(f"{url}: not an article page ({shown}); only HTML or plain text")
    body = _read_capped(response, url, "page", max_bytes=max_bytes, deadline=deadline)
    return Page(
        url=response.url,
        body=body,
        encoding=response.charset,
        is_html=is_html,
        content_type=content_type,
        status=status,
    )


def _reason(error: Exception) -> str:
    text = str(error).strip()
    if isinstance(error, httpcore.ConnectError):
        return "could not connect" + (f": {text}" if text else "")
    return text or type(error).__name__


# -- feeds -------------------------------------------------------------------------------------

# A feed document may be larger than an article page (a long back catalogue); the bot's
# setting decides, this is the default.
MAX_FEED_BYTES = 10 * MEGABYTE
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
NOT_MODIFIED = 304


@dataclass(frozen=True)
class FeedResponse:
    """A feed fetched with a conditional GET: `status` 200 with the body, or 304 (no body:
    nothing changed since the `etag` / `last_modified` sent). The validators to send next
    time are the server's new ones, else the ones sent."""

    url: str
    status: int
    body: bytes
    etag: str | None
    last_modified: str | None
    content_type: str = ""

    @property
    def not_modified(self) -> bool:
        """Whether the server said nothing changed (HTTP 304)."""
        return self.status == NOT_MODIFIED


def fetch_feed(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    allow_private: bool = False,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_FEED_BYTES,
    trusted_addresses: frozenset[str] = frozenset(),
) -> FeedResponse:
    """GET an RSS/Atom feed through the same guard as `fetch_url` (every hop checked, the
    connected address pinned, the byte cap counted while streaming), sending
    If-None-Match / If-Modified-Since. Any content type: the parser decides. Raises
    FetchError with one line."""
    deadline = time.monotonic() + timeout
    trusted = frozenset(trusted_addresses)
    headers = {"User-Agent": USER_AGENT, "Accept": FEED_ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified

    def read(current: str, response: RawResponse) -> FeedResponse:
        return _read_feed(
            current, response, deadline=deadline, max_bytes=max_bytes, sent=(etag, last_modified)
        )

    return _guarded_get(
        url,
        read,
        what="feed",
        headers=headers,
        allow_private=allow_private,
        timeout=timeout,
        trusted=trusted,
    )


def _read_feed(
    url: str,
    response: RawResponse,
    *,
    deadline: float,
    max_bytes: int,
    sent: tuple[str | None, str | None],
) -> FeedResponse:
    status = response.status
    etag = response.headers.get("etag") or sent[0]
    last_modified = response.headers.get("last-modified") or sent[1]
    if status == NOT_MODIFIED:
        return FeedResponse(response.url, status, b"", etag, last_modified)
    if status in (404, 410):
        raise FetchError(f"{url}: feed not found (HTTP {status})")
    if status >= 300:
        raise FetchError(f"{url}: the site answered HTTP {status}")
    body = _read_capped(response, url, "feed", max_bytes=max_bytes, deadline=deadline)
    return FeedResponse(response.url, status, body, etag, last_modified, response.content_type)


def _read_capped(
    response: RawResponse, url: str, what: str, *, max_bytes: int, deadline: float
) -> bytes:
    """The decoded body, refused as soon as it is known to pass `max_bytes` (declared, or
    counted as it is inflated) or the `deadline` (monotonic): a page or feed never fills
    memory or holds a thread. Every fetch path reads its body here."""
    limit = f"{max_bytes / MEGABYTE:g} MB"
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: the {what} is over the {limit} limit")
    try:
        return read_body(
            response.chunks,
            coding_header=response.headers.get("content-encoding"),
            what=what,
            max_bytes=max_bytes,
            deadline=deadline,
            limit_text=limit,
        )
    except BodyRefused as e:
        raise FetchError(f"{url}: {e}") from e
