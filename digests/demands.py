"""Demands: who wants whom to do what."""

from __future__ import annotations

from .analysis import Analysis
from .model import Demand, Quote


def extract_demands(an: Analysis, quotes: list[Quote]) -> list[Demand]:
    return []
