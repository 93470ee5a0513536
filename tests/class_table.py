"""The per-class accuracy table every behavioural (CheckList) suite prints and asserts on.

Why one module: each suite runs its cases by phrasing class and fails when a class falls below
its threshold (a class below 95% is a bug in a general rule). Keeping that loop in one place
keeps the rule identical across suites and their tables comparable at a glance.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

Row = tuple[Any, bool, Any]  # (case, passed, what the engine found)


def class_table(
    results: Mapping[str, Sequence[Row]], threshold: float, show: Callable[[Any, Any], str]
) -> tuple[list[str], list[str]]:
    """Table lines (each failing row of a class under the threshold after it) and those classes.

    A threshold above 1 lists every failing row, for the suites' `python -m` reports.
    """
    lines: list[str] = []
    failing: list[str] = []
    for cls, rows in sorted(results.items()):
        ok = sum(passed for _, passed, _ in rows)
        rate = ok / len(rows)
        lines.append(f"{cls:26} {ok:3}/{len(rows):3} {rate:6.1%}")
        if rate < threshold:
            failing.append(cls)
            lines += [f"    FAIL {show(case, got)}" for case, passed, got in rows if not passed]
    return lines, failing
