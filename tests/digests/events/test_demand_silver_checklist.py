"""Runs the silver-set demand suite (demand_silver_checklist) through the whole engine with
the real model and asserts every class, and its twins, at >= 95%.

Run `python -m tests.digests.events.test_demand_silver_checklist` for the per-class table
and every failing sentence with what the engine found.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from digests import build_digests
from digests.model import Demand
from tests.class_table import class_table
from tests.digests.events.demand_silver_checklist import Case, build_cases
from tests.digests.events.test_demand_fresh2_checklist import passes, show

# the module fixture digests some 300 invented sentences: slow tier
pytestmark = pytest.mark.slow

THRESHOLD = 0.95
CASES = build_cases()
Results = dict[str, list[tuple[Case, bool, list[Demand]]]]


def run() -> Results:
    """Per class: every case, whether it passed, and the demands found."""
    by_class: Results = defaultdict(list)
    digests = build_digests(c.text for c in CASES)
    for case, digest in zip(CASES, digests, strict=True):
        by_class[case.cls].append((case, passes(case, digest.demands), digest.demands))
    return by_class


@pytest.fixture(scope="module")
def results() -> Results:
    return run()


def test_every_class_has_twins() -> None:
    classes = {c.cls for c in CASES}
    assert all(cls + "~twin" in classes for cls in classes if not cls.endswith("~twin"))


def test_every_class_reaches_threshold(results, capsys) -> None:
    lines, failing = class_table(results, THRESHOLD, show)
    with capsys.disabled():
        print("\nsilver-set demand checklist, accuracy per class:\n" + "\n".join(lines))
    assert not failing, failing


if __name__ == "__main__":
    print("\n".join(class_table(run(), 2.0, show)[0]))
