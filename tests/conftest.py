"""Shared fixtures: the real spaCy model, and the eval article texts where present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.tiers import SlowInFastTier, mark_slow

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL_DEV = SHARED / "eval" / "dev"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: starts a process or server; not in make test-fast")
    config.pluginmanager.register(SlowInFastTier(), "slow-in-fast-tier")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    mark_slow(items)  # the tiers: see tests/tiers.py


@pytest.fixture(scope="session")
def nlp():
    from digests.text.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def eval_texts() -> list[tuple[str, str]]:
    """(name, text) of the gold eval articles; skipped where ../shared is absent.

    Tests may run the engine over these texts, but never assert their words or answers:
    the accuracy yardstick is `make eval`, not the test suite.
    """
    paths = sorted(EVAL_DEV.glob("*.json")) if EVAL_DEV.is_dir() else []
    if not paths:
        pytest.skip("../shared/eval is not beside this checkout")
    return [(p.stem, json.loads(p.read_text(encoding="utf-8"))["text"]) for p in paths]
