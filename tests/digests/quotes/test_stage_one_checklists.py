"""The stage-one behavioural suites, one harness for all three: every class at 95% or better.

- `cue_checklist`: cue attachment (`digests.quotes.cue_speakers`);
- `layout_checklist`: layouts where no cue verb governs the quote (`digests.quotes.stranded`,
  `colons`);
- `predicate_checklist`: a cue that is one of the writer's own predicates names its subject
  (`digests.quotes.cue_speakers`);
- `body_checklist`: an `it`/`they` its sentence's body subject binds (stage two, kept here
  because the cases have the same shape);
- `epithet_checklist`: a definite epithet (`the front-runner`, `the Democrat`) is the person
  the sentence before was about (stage two, same shape).

The suites share one `Case` shape (a quote found by a word it holds, the speaker it must get
or one it must not), so one check and one run over the model serve them all. A class below
95% is a bug in a general rule, not a reason to add a word. Per-class figures print with
pytest -s.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from digests.engine import digest_from_doc

from . import (
    body_checklist,
    cue_checklist,
    epithet_checklist,
    layout_checklist,
    predicate_checklist,
)
from .cue_checklist import Case

THRESHOLD = 0.95
# suite -> (its cases, the classes it must cover, the fewest cases per class)
SUITES: dict[str, tuple[Callable[[], list[Case]], list[str], int]] = {
    "cue": (
        cue_checklist.all_cases,
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
        18,
    ),
    "layout": (
        layout_checklist.all_cases,
        [
            "stranded_attribution",
            "stranded_twin",
            "speaker_label",
            "label_twin",
            "transcript_label",
            "transcript_twin",
            "continued_quote",
            "continued_quote_twin",
        ],
        12,
    ),
    "predicate": (
        predicate_checklist.all_cases,
        [
            "coordinated_cue_object",
            "inverted_cue",
            "participle_after_partial",
            "participle_after_whole",
            "purpose_of_means",
            "object_control",
            "sent_to_addressee",
            "sent_to_a_person",
            "authored_text",
            "unauthored_text",
        ],
        12,
    ),
    "body": (
        body_checklist.all_cases,
        [
            "body_binds_pronoun",
            "body_pronoun_twin",
            "modifier_name",
            "modifier_name_twin",
            "indefinite_speaker",
            "indefinite_twin",
            "misread_cue",
            "misread_cue_twin",
            "appositive_after_body",
            "appositive_after_body_twin",
            "unnamed_turn",
            "unnamed_turn_twin",
        ],
        9,
    ),
    "epithet": (epithet_checklist.all_cases, ["epithet_speaker", "epithet_twin"], 12),
}


def _holds(case: Case, quotes) -> bool:
    quote = next((q for q in quotes if case.quote_word in q.text), None)
    if quote is None:
        return False
    if case.not_speaker is not None and case.not_speaker in (quote.speaker or ""):
        return False
    return case.speaker is None or quote.speaker == case.speaker


@pytest.fixture(scope="module")
def outcomes(nlp) -> dict[str, dict[str, list[tuple[Case, bool]]]]:
    """suite -> class -> (case, held), every suite's texts parsed in one nlp.pipe run."""
    tagged = [(suite, case) for suite, (cases, _, _) in SUITES.items() for case in cases()]
    out: dict[str, dict[str, list[tuple[Case, bool]]]] = {suite: {} for suite in SUITES}
    docs = nlp.pipe(case.text for _, case in tagged)
    for (suite, case), doc in zip(tagged, docs, strict=True):
        held = _holds(case, digest_from_doc(doc).quotes)
        out[suite].setdefault(case.cls, []).append((case, held))
    return out


@pytest.mark.parametrize("suite", list(SUITES))
def test_the_suite_covers_every_class_with_enough_cases(outcomes, suite):
    _, classes, fewest = SUITES[suite]
    assert set(outcomes[suite]) == set(classes)
    assert all(len(results) >= fewest for results in outcomes[suite].values())


@pytest.mark.parametrize(
    ("suite", "cls"), [(suite, cls) for suite, (_, classes, _) in SUITES.items() for cls in classes]
)
def test_class_rate(outcomes, suite, cls):
    results = outcomes[suite][cls]
    rate = sum(ok for _, ok in results) / len(results)
    failures = [case.text for case, ok in results if not ok][:3]
    print(f"{suite}/{cls}: {rate:.2f} of {len(results)}")
    assert rate >= THRESHOLD, failures
