"""The no-cue-layout behavioural suite: every class of `layout_checklist` at 95% or
better (stage one: layouts where no cue verb governs the quote).

A class below 95% is a bug in a general rule of `digests.quotes.stranded` or `colons`, not a
reason to add a word. Per-class figures print with pytest -s.
"""

from __future__ import annotations

import pytest

from digests.engine import digest_from_doc

from .layout_checklist import Case, all_cases

THRESHOLD = 0.95
CASES = all_cases()
CLASSES = ["stranded_attribution", "stranded_twin", "speaker_label", "label_twin"]


def _holds(case: Case, quotes) -> bool:
    quote = next((q for q in quotes if case.quote_word in q.text), None)
    if quote is None:
        return False
    if case.not_speaker is not None and case.not_speaker in (quote.speaker or ""):
        return False
    return case.speaker is None or quote.speaker == case.speaker


@pytest.fixture(scope="module")
def outcomes(nlp) -> dict[str, list[tuple[Case, bool]]]:
    by_class: dict[str, list[tuple[Case, bool]]] = {}
    for case, doc in zip(CASES, nlp.pipe(c.text for c in CASES), strict=True):
        by_class.setdefault(case.cls, []).append((case, _holds(case, digest_from_doc(doc).quotes)))
    return by_class


def test_the_suite_covers_every_class_with_enough_cases(outcomes):
    assert set(outcomes) == set(CLASSES)
    assert all(len(results) >= 12 for results in outcomes.values())


@pytest.mark.parametrize("cls", CLASSES)
def test_class_rate(outcomes, cls):
    results = outcomes[cls]
    rate = sum(ok for _, ok in results) / len(results)
    failures = [case.text for case, ok in results if not ok][:3]
    print(f"{cls}: {rate:.2f} of {len(results)}")
    assert rate >= THRESHOLD, failures
