"""Runs the second fresh demand suite (demand_fresh2_checklist) through the whole engine with
the real model and asserts every class at >= 95%; a class below that is a bug in a general
rule, not in the suite.

Run `python -m tests.digests.events.test_demand_fresh2_checklist` for the per-class table and
every failing sentence with what the engine found.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from digests import build_digests
from digests.model import Demand
from tests.class_table import class_table
from tests.digests.events.demand_fresh2_checklist import NOBODY, Case, build_cases

# the module fixture digests some 500 invented sentences: slow tier
pytestmark = pytest.mark.slow

THRESHOLD = 0.95
CASES = build_cases()
Results = dict[str, list[tuple[Case, bool, list[Demand]]]]


def show(case, got) -> str:
    """A failing row: the sentence and what the engine found."""
    return f"{case.text!r} -> {[(d.by, d.of) for d in got]}"


def passes(case: Case, demands: list[Demand]) -> bool:
    """A positive needs one demand naming the expected parties; a twin needs none."""
    if not case.demand:
        return not demands
    return any(_names(case.by, d.by) and _names(case.of, d.of) for d in demands)


def _names(keys: tuple[str, ...] | None, slot: str | None) -> bool:
    """Whether a slot names one of the keys (either of two readings of one party)."""
    if keys is None:
        return True
    if keys == NOBODY:
        return not slot
    return any(k.lower() in (slot or "").lower() for k in keys)


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


def test_suite_is_large_enough() -> None:
    assert len(CASES) >= 400
    assert len({c.cls for c in CASES}) >= 15
    assert all(any(not c.demand for c in CASES if c.cls == cls) for cls in {c.cls for c in CASES})


def test_every_class_reaches_threshold(results, capsys) -> None:
    lines, failing = class_table(results, THRESHOLD, show)
    with capsys.disabled():
        print("\nsecond fresh demand checklist, accuracy per class:\n" + "\n".join(lines))
    assert not failing, failing


if __name__ == "__main__":
    print("\n".join(class_table(run(), 2.0, show)[0]))
