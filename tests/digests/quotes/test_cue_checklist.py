"""The cue-attachment behavioural suite: every class of `cue_checklist` at 95% or better.

A class below 95% is a bug in a general rule of `digests.quotes.cue_speakers`, not a
reason to add a word. Per-class figures print with pytest -s.
"""

from __future__ import annotations

import pytest

from digests.engine import digest_from_doc

from .cue_checklist import Case, all_cases

THRESHOLD = 0.95
CASES = all_cases()


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
    assert set(outcomes) == {
        "participle_past_thing",
        "participle_own_subject",
        "participle_under_preposition",
        "preposition_in_subordinate",
        "cataphoric_pronoun",
        "anaphoric_pronoun",
        "inverted_title_chain",
        "inverted_no_reach",
    }
    assert all(len(results) >= 18 for results in outcomes.values())


@pytest.mark.parametrize(
    "cls",
    [
        "participle_past_thing",
        "participle_own_subject",
        "participle_under_preposition",
        "preposition_in_subordinate",
        "cataphoric_pronoun",
        "anaphoric_pronoun",
        "inverted_title_chain",
        "inverted_no_reach",
    ],
)
def test_class_rate(outcomes, cls):
    results = outcomes[cls]
    rate = sum(ok for _, ok in results) / len(results)
    failures = [case.text for case, ok in results if not ok][:3]
    print(f"{cls}: {rate:.2f} of {len(results)}")
    assert rate >= THRESHOLD, failures
