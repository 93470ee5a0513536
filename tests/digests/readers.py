"""What a reader sees of a digest, for tests that assert on it: the speakers of its quotes,
in order. One helper, so every attribution test reads the digest the same way."""

from __future__ import annotations

from digests import build_digest


def speakers(text: str) -> list[str | None]:
    """The speaker of each quote the engine finds in `text`, in the article's order."""
    return [q.speaker for q in build_digest(text).quotes]
