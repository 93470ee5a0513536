"""Reading a response body within a byte cap that counts what is decoded, not what was sent.

Why not the HTTP client's own decoding: a decoder that inflates a whole network read at once
(and stacks one decoder per listed coding) can turn a few KB on the wire into gigabytes in
one call, before any cap sees a byte; a page served `Content-Encoding: gzip, gzip` with 4 GB
of zeros inside took the bot to 8 GB. Here the raw bytes are inflated with zlib's
`max_length`, so no single call yields more than the bytes still allowed, and the cap is
checked on the decoded total.

`read_body(chunks, coding=..., ...)` returns the decoded body or raises `BodyRefused` with one
line. Accepted codings: none/identity, gzip (x-gzip), deflate (zlib or raw). More than one
coding, or any other (br, zstd, compress), is refused: the fetcher asks only for gzip and
deflate, so a server stacking codings or inventing its own is not a news site to read. A
`MemoryError` while decoding becomes the same refusal as the cap.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable

# zlib's window bits: 16 + 15 reads a gzip member, 32 + 15 detects gzip or zlib, -15 raw.
GZIP_WBITS = 16 + zlib.MAX_WBITS
AUTO_WBITS = 32 + zlib.MAX_WBITS
RAW_WBITS = -zlib.MAX_WBITS
# Asked of servers: only what `read_body` decodes.
ACCEPT_ENCODING = "gzip, deflate"
# Raw bytes handed to zlib per call: the output per call is capped separately.
_STEP = 64 * 1024


class BodyRefused(Exception):
    """A body that is over the cap, too slow, or encoded in a way we do not read."""


def content_codings(header: str | None) -> list[str]:
    """The codings a Content-Encoding header lists, in order, without `identity`."""
    if not header:
        return []
    codings = [c.strip().lower() for c in header.split(",")]
    return [c for c in codings if c and c != "identity"]


class _Inflater:
    """One content coding undone in steps that never yield more than `room` bytes."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._zlib = zlib.decompressobj(GZIP_WBITS if coding in ("gzip", "x-gzip") else AUTO_WBITS)
        self._first = True

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode `data`, at most `room + 1` bytes of output (one more tells "over")."""
        out = bytearray()
        pending = data
        while pending or self._zlib.unconsumed_tail:
            source = self._zlib.unconsumed_tail or pending[:_STEP]
            if not self._zlib.unconsumed_tail:
                pending = pending[_STEP:]
            try:
                out += self._zlib.decompress(source, max(1, room + 1 - len(out)))
            except zlib.error:
                if not (self._first and self.coding == "deflate"):
                    raise
                # "deflate" as some servers send it: raw deflate without the zlib header.
                self._zlib = zlib.decompressobj(RAW_WBITS)
                out += self._zlib.decompress(source, max(1, room + 1 - len(out)))
            self._first = False
            if len(out) > room:
                break
            if self._zlib.eof:
                break  # trailing bytes after the stream are ignored, as browsers do
        return bytes(out)


def read_body(
    chunks: Iterable[bytes],
    *,
    coding_header: str | None,
    what: str,
    max_bytes: int,
    deadline: float,
    limit_text: str,
) -> bytes:
    """The decoded body, refused as soon as its decoded size passes `max_bytes`, or the
    monotonic `deadline` passes. Raises BodyRefused (one line, without the URL)."""
    codings = content_codings(coding_header)
    if len(codings) > 1:
        raise BodyRefused(
            f"the {what} is sent with more than one content coding ({', '.join(codings)}), "
            "which is refused"
        )
    if codings and codings[0] not in ("gzip", "x-gzip", "deflate"):
        raise BodyRefused(f"the {what} uses a content coding we do not read ({codings[0]})")
    inflater = _Inflater(codings[0]) if codings else None
    over = f"the {what} is over the {limit_text} limit"
    parts: list[bytes] = []
    size = 0
    try:
        for chunk in chunks:
            if time.monotonic() > deadline:
                raise BodyRefused(f"the site did not send the {what} in time")
            if inflater is not None:
                try:
                    chunk = inflater.feed(chunk, max_bytes - size)
                except zlib.error as e:
                    raise BodyRefused(f"the {what} is not valid {inflater.coding} data") from e
            size += len(chunk)
            if size > max_bytes:
                raise BodyRefused(over)
            parts.append(chunk)
        return b"".join(parts)
    except MemoryError as e:
        parts.clear()
        raise BodyRefused(over) from e
