"""The pronoun behavioural suite: every class of `pronoun_checklist` at 95% or better.

A class below 95% is a bug in a general salience rule, not a reason to add a word. The
per-class figures are printed (pytest -s) so a regression shows which class moved.
"""

from __future__ import annotations

from collections import Counter

import pytest

from digests.engine import digest_from_doc

from .pronoun_checklist import PronounCase, all_pronoun_cases

# digests some hundred invented paragraphs through the real model: slow tier
pytestmark = pytest.mark.slow

THRESHOLD = 0.95
CASES = all_pronoun_cases()


def holds(case: PronounCase, speakers: list[str | None]) -> bool:
    """Whether the case's quote went to the speaker it should (or not to the one it must not)."""
    if len(speakers) < (case.quote + 1 if case.quote >= 0 else -case.quote):
        return False
    got = speakers[case.quote]
    if case.speaker is not None and got != case.speaker:
        return False
    return case.not_speaker is None or got != case.not_speaker


@pytest.fixture(scope="module")
def outcomes(nlp) -> dict[str, list[tuple[PronounCase, bool, list[str | None]]]]:
    by_class: dict[str, list[tuple[PronounCase, bool, list[str | None]]]] = {}
    for case, doc in zip(CASES, nlp.pipe(case.text for case in CASES), strict=True):
        speakers = [q.speaker for q in digest_from_doc(doc).quotes]
        by_class.setdefault(case.cls, []).append((case, holds(case, speakers), speakers))
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
