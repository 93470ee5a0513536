"""Shared fixtures: the real spaCy model, and the user's eval articles where present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL_DEV = SHARED / "eval" / "dev"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from digests.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_article() -> dict:
    """The user's sample article with its gold digest; skipped where ../shared is absent."""
    path = EVAL_DEV / "00_seed.json"
    if not path.exists():
        pytest.skip("../shared/eval is not beside this checkout")
    return json.loads(path.read_text(encoding="utf-8"))
