"""Safe URL fetching for articles: the bot fetches links that anyone in Slack can post.

`fetch_url(url)` returns a `Page` or raises `FetchError` with one plain line. It refuses:
    - schemes other than http/https, and URLs with credentials in them;
    - hosts that resolve to private, loopback, link-local, multicast, reserved or unspecified
      addresses (checked on every redirect hop, and on the address actually connected to, so
      a DNS answer that changes between check and connect cannot slip through) unless
      `allow_private=True`, which tests use for loopback servers;
    - more than `MAX_REDIRECTS` redirects, answers slower than `TIMEOUT` seconds in total,
      bodies over `MAX_BYTES` (counted while streaming, not trusted from Content-Length),
      and content types other than HTML or plain text.

`fetch_feed(url, etag=..., last_modified=...)` is the same guard for RSS/Atom feeds: a
conditional GET (a 304 comes back as such), its own byte cap, any content type.

It does not handle: JavaScript-rendered pages, paywalls, logins or cookies, robots.txt.

This module knows nothing of articles: `digests.text.article` calls it for URLs and turns a
`FetchError` into its own `ArticleError`. The byte cap lives here, the lowest module that
needs it, and article.py applies the same `MAX_BYTES` to files and pasted text.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import certifi
import httpcore
import httpx

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


class FetchError(Exception):
    """A page that could not be fetched or is not one we read; the message is one line."""


@dataclass(frozen=True)
class Page:
    """A fetched page: the final URL after redirects, the raw body and how to read it."""

    url: str
    body: bytes
    encoding: str | None
    is_html: bool
    content_type: str = ""
    status: int = 200


class RefusedAddress(FetchError):
    """The URL points at an address the bot must not reach."""


# NAT64's well-known prefix (RFC 6052): the last 32 bits are an IPv4 address, reached
# through a translator, so 64:ff9b::7f00:1 is 127.0.0.1 wherever a NAT64 gateway runs.
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")


def is_public_address(address: str) -> bool:
    """True for globally routable unicast addresses; False for anything local or special.

    An IPv6 address that carries an IPv4 address (IPv4-mapped, 6to4 `2002::/16`, NAT64
    `64:ff9b::/96`) is judged by the IPv4 address it leads to: Python calls
    `2002:7f00:1::1` global, yet a 6to4 relay delivers it to 127.0.0.1.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
        elif ip in NAT64_PREFIX:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def resolve(host: str, port: int) -> list[str]:
    """Every address the host resolves to (an IP literal resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise FetchError(f"{host}: no such host") from e
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def check_host(
    host: str, port: int, *, allow_private: bool, trusted: frozenset[str] = frozenset()
) -> list[str]:
    """Resolve `host`; refuse it if any address is not public (unless allowed or trusted)."""
    addresses = resolve(host, port)
    if not allow_private:
        for address in addresses:
            if address not in trusted and not is_public_address(address):
                raise RefusedAddress(
                    f"{host}: refusing to fetch from a private or local address ({address})"
                )
    return addresses


class _GuardedBackend(httpcore.NetworkBackend):
    """Connects only to checked addresses, pinning the IP that was checked."""

    def __init__(self, *, allow_private: bool, trusted: frozenset[str]) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private
        self._trusted = trusted

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        """Resolve and check `host` now, then connect to a checked address (not the name)."""
        addresses = check_host(host, port, allow_private=self._allow_private, trusted=self._trusted)
        last_error: Exception | None = None
        for address in addresses:
            try:
                # TLS still verifies the original host name: httpcore passes it as SNI.
                return self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                last_error = e
        assert last_error is not None
        raise last_error

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        """Refused: a page is only ever fetched over TCP from a checked address."""
        raise httpcore.ConnectError("unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        """httpcore's back-off sleep, unchanged."""
        self._inner.sleep(seconds)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport (request/response mapping, error mapping) over a connection
    pool whose every TCP connection goes through `_GuardedBackend`."""

    def __init__(self, *, allow_private: bool, trusted: frozenset[str]) -> None:
        super().__init__(trust_env=False, retries=0)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl.create_default_context(cafile=certifi.where()),
            max_connections=4,
            network_backend=_GuardedBackend(allow_private=allow_private, trusted=trusted),
        )


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

    def read(current: str, response: httpx.Response) -> Page:
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
    read: Callable[[str, httpx.Response], T],
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
    transport = _GuardedTransport(allow_private=allow_private, trusted=trusted)
    with httpx.Client(
        transport=transport,
        follow_redirects=False,
        timeout=httpx.Timeout(timeout),
        headers=headers,
        trust_env=False,
    ) as client:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            _check_url(current, allow_private=allow_private, trusted=trusted)
            try:
                with client.stream("GET", current) as response:
                    if response.status_code in REDIRECT_CODES and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    return read(current, response)
            except FetchError:
                raise
            except httpx.TimeoutException as e:
                raise FetchError(
                    f"{url}: the site did not answer within {timeout:g} seconds"
                ) from e
            except httpx.TooManyRedirects as e:  # pragma: no cover - we follow by hand
                raise FetchError(f"{url}: too many redirects") from e
            except httpx.HTTPError as e:
                raise FetchError(f"{url}: could not fetch the {what} ({_reason(e)})") from e
            except (httpx.InvalidURL, ValueError, UnicodeError) as e:
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


def _read_page(url: str, response: httpx.Response, *, deadline: float, max_bytes: int) -> Page:
    status = response.status_code
    if status == 404 or status == 410:
        raise FetchError(f"{url}: page not found (HTTP {status})")
    if status >= 400:
        raise FetchError(f"{url}: the site answered HTTP {status}")
    if status >= 300:
        raise FetchError(f"{url}: the site answered HTTP {status} without a usable redirect")
    content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type in HTML_TYPES:
        is_html = True
    elif content_type in TEXT_TYPES:
        is_html = False
    else:
        shown = content_type or "no content type"
        raise FetchError(f"{url}: not an article page ({shown}); only HTML or plain text")
    body = _read_capped(response, url, "page", max_bytes=max_bytes, deadline=deadline)
    return Page(
        url=str(response.url),
        body=body,
        encoding=response.charset_encoding,
        is_html=is_html,
        content_type=content_type,
        status=status,
    )


def _reason(error: httpx.HTTPError) -> str:
    text = str(error).strip()
    if isinstance(error, httpx.ConnectError):
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

    def read(current: str, response: httpx.Response) -> FeedResponse:
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
    response: httpx.Response,
    *,
    deadline: float,
    max_bytes: int,
    sent: tuple[str | None, str | None],
) -> FeedResponse:
    status = response.status_code
    etag = response.headers.get("etag") or sent[0]
    last_modified = response.headers.get("last-modified") or sent[1]
    if status == NOT_MODIFIED:
        return FeedResponse(str(response.url), status, b"", etag, last_modified)
    if status in (404, 410):
        raise FetchError(f"{url}: feed not found (HTTP {status})")
    if status >= 300:
        raise FetchError(f"{url}: the site answered HTTP {status}")
    body = _read_capped(response, url, "feed", max_bytes=max_bytes, deadline=deadline)
    content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return FeedResponse(str(response.url), status, body, etag, last_modified, content_type)


def _read_capped(
    response: httpx.Response, url: str, what: str, *, max_bytes: int, deadline: float
) -> bytes:
    """The body, refused as soon as it is known to pass `max_bytes` (declared or counted)
    or the `deadline` (monotonic): a page or feed never fills memory or holds a thread."""
    limit = f"{max_bytes / MEGABYTE:g} MB"
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: the {what} is over the {limit} limit")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: the {what} is over the {limit} limit")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: the site did not send the {what} in time")
        chunks.append(chunk)
    return b"".join(chunks)
