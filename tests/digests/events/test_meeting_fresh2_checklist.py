"""The second fresh meeting suite, per class; each class must reach 95%.

Runs the whole engine (real spaCy model) over each generated sentence. A party matches as the
scorer matches it: a person by surname (the participant is, or ends with, it), a body or a
country by its content words, exactly ("the Calloway Steel Company" is not "Calloway Steel").
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from digests import build_digests
from digests.model import Meeting
from tests.class_table import class_table
from tests.digests.events.meeting_fresh2_checklist import Case2, fresh2_cases

# the module fixture digests some 700 invented sentences: several seconds, slow tier
pytestmark = pytest.mark.slow

THRESHOLD = 0.95
CASES = fresh2_cases()
STOP = {"a", "an", "the", "of", "and", "for", "in", "on", "at", "to"}


def show(case, got) -> str:
    """A failing row: the sentence and what the engine found."""
    return f"{case.text!r} -> {got}"


def _content(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in STOP}


def _takes_part(meeting: Meeting, party: str) -> bool:
    if len(party.split()) == 1 and party[0].isupper():  # a surname or a one-word country
        return any(p == party or p.endswith(" " + party) for p in meeting.participants)
    return any(_content(p) == _content(party) for p in meeting.participants)


def _passes(case: Case2, meetings: list[Meeting]) -> bool:
    between = [m for m in meetings if all(_takes_part(m, p) for p in case.parties)]
    if case.negative:
        return not between
    return any(
        case.when in (m.when or "")
        and case.where in (m.where or "")
        and case.status in ("", m.status)
        for m in between
    )


@pytest.fixture(scope="module")
def results() -> dict[str, list[tuple[Case2, bool, list]]]:
    by_class: dict[str, list[tuple[Case2, bool, list]]] = defaultdict(list)
    digests = build_digests(c.text for c in CASES)
    for case, digest in zip(CASES, digests, strict=True):
        got = [(m.participants, m.when, m.where, m.status) for m in digest.meetings]
        by_class[case.cls].append((case, _passes(case, digest.meetings), got))
    return by_class


def test_suite_is_large_enough() -> None:
    positives = [c for c in CASES if not c.negative]
    assert len(positives) >= 400
    assert len({c.cls for c in positives}) >= 15
    assert all(len(c.parties) >= 2 for c in CASES)


def test_every_class_reaches_threshold(results, capsys) -> None:
    lines, failing = class_table(results, THRESHOLD, show)
    with capsys.disabled():
        print("\nfresh2 meeting checklist, accuracy per class:\n" + "\n".join(lines))
    assert not failing, failing
