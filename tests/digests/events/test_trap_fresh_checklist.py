"""Runs the fresh trap suite (trap_fresh_checklist) through the whole engine with the real
model and asserts every class at >= 95%: a trap read as a meeting or demand, or a twin lost,
is a bug in a general rule (word sense or the shared modality check).

Run `python -m tests.digests.events.test_trap_fresh_checklist` for the per-class table and
every failing sentence.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from digests.engine import build_digests
from digests.model import Digest
from tests.digests.events.trap_fresh_checklist import TrapCase, trap_cases

THRESHOLD = 0.95
CASES = trap_cases()


def _has(name: str | None, key: str | None) -> bool:
    return key is None or (name is not None and key.lower() in name.lower())


def passes(case: TrapCase, digest: Digest) -> bool:
    """Whether the digest has what the case expects of meetings and of demands."""
    if case.meeting is False and digest.meetings:
        return False
    if isinstance(case.meeting, tuple):
        ok = any(
            all(any(_has(p, k) for p in m.participants) for k in case.meeting)
            and (case.status is None or m.status == case.status)
            for m in digest.meetings
        )
        if not ok:
            return False
    if case.demand is False and digest.demands:
        return False
    if isinstance(case.demand, tuple):
        by, of = case.demand
        return any(_has(d.by, by) and _has(d.of, of) for d in digest.demands)
    return True


def run() -> dict[str, list[tuple[TrapCase, bool, Digest]]]:
    table: dict[str, list[tuple[TrapCase, bool, Digest]]] = defaultdict(list)
    for case, digest in zip(CASES, build_digests(c.text for c in CASES), strict=True):
        table[case.cls].append((case, passes(case, digest), digest))
    return table


@pytest.fixture(scope="module")
def results() -> dict[str, list[tuple[TrapCase, bool, Digest]]]:
    return run()


def test_suite_is_large_enough() -> None:
    assert len(CASES) >= 400
    sizes: dict[str, int] = defaultdict(int)
    for case in CASES:
        sizes[case.cls] += 1
    assert min(sizes.values()) >= 10, sizes
    assert sum(1 for c in CASES if c.meeting is False or c.demand is False) >= 200
    assert sum(1 for c in CASES if isinstance(c.meeting, tuple) or isinstance(c.demand, tuple))


@pytest.mark.slow
def test_every_class_reaches_threshold(results) -> None:
    low = {
        cls: [c.text for c, ok, _ in rows if not ok]
        for cls, rows in results.items()
        if sum(ok for _, ok, _ in rows) / len(rows) < THRESHOLD
    }
    assert not low, low


def _main() -> None:  # pragma: no cover - a reading aid
    table = run()
    total = sum(len(r) for r in table.values())
    good = sum(ok for r in table.values() for _, ok, _ in r)
    for cls, rows in table.items():
        n = sum(ok for _, ok, _ in rows)
        mark = "" if n / len(rows) >= THRESHOLD else "  <--"
        print(f"{cls:28} {n:3}/{len(rows):3}{mark}")
    print(f"total {good}/{total}")
    for cls, rows in table.items():
        for case, ok, digest in rows:
            if not ok:
                meets = [(m.participants, m.status) for m in digest.meetings]
                dems = [(d.by, d.of) for d in digest.demands]
                print(f"FAIL {cls}: {case.text}\n     meet={meets} dem={dems}")


if __name__ == "__main__":
    _main()
