"""Which strings are time zones: the IANA names this machine's zone database lists.

Why a list and not `ZoneInfo(name)` alone: ZoneInfo opens a file named by the string, so a
directory of the database (`Europe`, `America`), a package folder (`__pycache__`) or a name
longer than the file system allows raise IsADirectoryError or OSError, not
ZoneInfoNotFoundError; a request that named one got HTTP 500. A name is a zone only if the
database lists it.
"""

from __future__ import annotations

import functools
import zoneinfo

# The longest IANA name is about 30 characters; anything far longer is not one.
MAX_ZONE_CHARS = 64


@functools.cache
def _known() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def canonical_zone(value: str) -> str | None:
    """The zone's name as the database spells it (`utc` -> `UTC`, case kept otherwise), or
    None when `value` names no zone."""
    name = value.strip()
    if not name or len(name) > MAX_ZONE_CHARS:
        return None
    if name.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    if name in _known():
        return name
    folded = {zone.lower(): zone for zone in _known()}
    return folded.get(name.lower())
