"""The network guard for fetching links anyone in Slack can post: which addresses may be
reached, and a connection pool that connects only to the address it checked.

A host is resolved and every address it resolves to must be public (not private, loopback,
link-local, multicast, reserved or unspecified, judging IPv6 forms that embed an IPv4
address by that address) unless private addresses are allowed (tests) or the exact address
is trusted. The check runs again on the connection itself, pinning the checked IP, so a DNS
answer that changes between check and connect cannot slip through. `digests.text.fetch`
builds its requests on `connection_pool`.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from typing import Any

import certifi
import httpcore


class FetchError(Exception):
    """A page that could not be fetched or is not one we read; the message is one line."""


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


def connection_pool(*, allow_private: bool, trusted: frozenset[str]) -> httpcore.ConnectionPool:
    """httpcore's pool (its public API) whose every TCP connection goes through
    `_GuardedBackend`. httpcore never decodes a body: `digests.text.body` does, counting."""
    return httpcore.ConnectionPool(
        ssl_context=ssl.create_default_context(cafile=certifi.where()),
        max_connections=4,
        retries=0,
        network_backend=_GuardedBackend(allow_private=allow_private, trusted=trusted),
    )
