"""The one rule for whether an article's first line is its headline.

Plain-text articles (pasted, dropped in a folder, scored by the eval) carry the headline as
their first line, and every consumer (the engine, the Slack roundups, the folder intake)
must agree on it, so it is decided here once.
"""

from __future__ import annotations

HEADLINE_MAX_WORDS = 25


def headline_of(text: str) -> str | None:
    """A first line that reads as a headline: short, no closing full stop, text after it."""
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first:
        return None
    last = first.rstrip("\"'”’)]")[-1:]  # 'said "no."' ends its sentence inside the quote
    if not last or last in ".,;:" or len(first.split()) > HEADLINE_MAX_WORDS:
        return None
    return first
