"""Meeting events: who, when, where, and whether past or upcoming."""

from __future__ import annotations

from .analysis import Analysis
from .model import Meeting


def extract_meetings(an: Analysis) -> list[Meeting]:
    return []
