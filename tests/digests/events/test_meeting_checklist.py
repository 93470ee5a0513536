"""The meeting behavioural suite: every phrasing class and its negative twins, per class.

Runs the whole engine (real spaCy model) over each generated sentence and reports accuracy
per class; each class must reach 95%. A class below that is a bug in a general rule.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from digests import build_digests
from digests.model import Meeting
from tests.class_table import class_table
from tests.digests.events.meeting_audience_checklist import audience_cases
from tests.digests.events.meeting_checklist import Case, cases
from tests.digests.events.meeting_clause_checklist import clause_cases
from tests.digests.events.meeting_contact_checklist import contact_cases
from tests.digests.events.meeting_fresh_checklist import fresh_cases
from tests.digests.events.meeting_group_name_checklist import group_name_cases
from tests.digests.events.meeting_hearing_checklist import hearing_cases
from tests.digests.events.meeting_interview_checklist import interview_cases
from tests.digests.events.meeting_naming_checklist import naming_cases
from tests.digests.events.meeting_party_checklist import party_cases
from tests.digests.events.meeting_place_checklist import place_cases
from tests.digests.events.meeting_precision_checklist import precision_cases
from tests.digests.events.meeting_press_checklist import press_cases
from tests.digests.events.meeting_session_checklist import session_cases
from tests.digests.events.meeting_sides_checklist import sides_cases
from tests.digests.events.meeting_span_checklist import span_cases

# the module fixture digests some 1,100 invented sentences: several seconds, slow tier
pytestmark = pytest.mark.slow

THRESHOLD = 0.95
CASES = (
    cases()
    + place_cases()
    + contact_cases()
    + party_cases()
    + precision_cases()
    + session_cases()
    + fresh_cases()
    + naming_cases()
    + span_cases()
    + press_cases()
    + interview_cases()
    + sides_cases()
    + group_name_cases()
    + clause_cases()
    + hearing_cases()
    + audience_cases()
)


def show(case, got) -> str:
    """A failing row: the sentence and what the engine found."""
    return f"{case.text!r} -> {got}"


def _takes_part(meeting: Meeting, party: str) -> bool:
    """A party takes part when a participant is, or ends with, its name or surname."""
    return any(p == party or p.endswith(" " + party) for p in meeting.participants)


def _passes(case: Case, meetings: list[Meeting]) -> bool:
    if not case.parties:
        return not meetings
    if case.count:
        between = [m for m in meetings if all(_takes_part(m, p) for p in case.parties)]
        return len(between) == case.count
    if case.exact:
        *people, group = case.parties
        return any(
            group in m.participants and all(_takes_part(m, p) for p in people) for m in meetings
        )
    return any(
        all(_takes_part(m, p) for p in case.parties)
        and not any(_takes_part(m, p) for p in case.absent)
        and case.when in (m.when or "")
        and case.where in (m.where or "")
        and (not case.where_exact or m.where == case.where)
        and case.status in ("", m.status)
        for m in meetings
    )


@pytest.fixture(scope="module")
def results() -> dict[str, list[tuple[Case, bool, list]]]:
    by_class: dict[str, list[tuple[Case, bool, list]]] = defaultdict(list)
    digests = build_digests(c.text for c in CASES)
    for case, digest in zip(CASES, digests, strict=True):
        got = [m.participants for m in digest.meetings]
        by_class[case.cls].append((case, _passes(case, digest.meetings), got))
    return by_class


def test_suite_is_large_enough() -> None:
    assert len(CASES) >= 300
    assert len({c.cls for c in CASES}) >= 25


def test_every_class_reaches_threshold(results, capsys) -> None:
    lines, failing = class_table(results, THRESHOLD, show)
    with capsys.disabled():
        print("\nmeeting checklist, accuracy per class:\n" + "\n".join(lines))
    assert not failing, failing
