"""The speaker behavioural suite: every class of `speaker_checklist` at 95% or better.

A class below 95% is a bug in a general rule, not a reason to add a word. The per-class
figures are printed (pytest -s) so a regression shows which class moved.
"""

from __future__ import annotations

from collections import Counter

import pytest

from digests.engine import digest_from_doc

from .speaker_checklist import SpeakerCase, all_speaker_cases

# digests some hundred invented paragraphs through the real model: slow tier
pytestmark = pytest.mark.slow

THRESHOLD = 0.95
CASES = all_speaker_cases()


def _holds(case: SpeakerCase, speakers: list[str | None]) -> bool:
    if not speakers:
        return False
    if case.speaker is not None and speakers[0] != case.speaker:
        return False
    return case.not_speaker is None or speakers[0] != case.not_speaker


@pytest.fixture(scope="module")
def outcomes(nlp) -> dict[str, list[tuple[SpeakerCase, bool, list[str | None]]]]:
    by_class: dict[str, list[tuple[SpeakerCase, bool, list[str | None]]]] = {}
    for case, doc in zip(CASES, nlp.pipe(case.text for case in CASES), strict=True):
        speakers = [q.speaker for q in digest_from_doc(doc).quotes]
        by_class.setdefault(case.cls, []).append((case, _holds(case, speakers), speakers))
    return by_class


def test_every_class_has_cases():
    classes = Counter(case.cls for case in CASES)
    assert all(n >= 8 for n in classes.values()), classes


@pytest.mark.parametrize("cls", sorted({case.cls for case in CASES}))
def test_class_accuracy(outcomes, cls):
    results = outcomes[cls]
    passed = sum(ok for _, ok, _ in results)
    accuracy = passed / len(results)
    print(f"{cls}: {passed}/{len(results)} = {accuracy:.2f}")
    failures = [(case.text, got) for case, ok, got in results if not ok][:5]
    assert accuracy >= THRESHOLD, failures
