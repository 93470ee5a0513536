"""CheckList-style suite for quoted spans: which ones are quotes (`digests.quotes.fragments`,
`digests.quotes.not_quotes`).

Templates crossed with invented fillers, each class with negative twins: a short fragment
someone is reported as characterising something with is a quote even when that someone
is only "she" (`she described the plan as "reckless"`); the same words as a label nobody
is said to use (`known as the "Harbor Pledge"`, `the so-called "water levy"`) or a thing
the writer names (`crews finished the "Green Mile"`) are not. Every class must hold for at
least 95% of its cases. Every filler is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from digests.engine import digest_from_doc

THRESHOLD = 0.95

THINGS = ["toll plan", "school budget", "harbor deal", "zoning rule", "water levy", "bus merger"]
PHRASES = ["a total mess", "a bold gamble", "a win for families", "deeply unfair", "unworkable"]
ADJECTIVES = ["reckless", "short-sighted", "naive", "cruel", "lazy", "timid"]
LABELS = ["Harbor Pledge", "Green Mile", "Quiet Deal", "Blue Ribbon Plan", "Tollgate Rule"]


@dataclass(frozen=True)
class Case:
    cls: str
    text: str
    fragment: str  # the quoted words
    is_quote: bool


def characterised_cases() -> list[Case]:
    """Someone (a bare he/she/they: no speaker can be named) characterises in words."""
    cases = []
    for i, thing in enumerate(THINGS):
        phrase = PHRASES[i % len(PHRASES)]
        adj = ADJECTIVES[i % len(ADJECTIVES)]
        templates = [
            (f'She described the {thing} as "{phrase}" at the meeting.', phrase),
            (f'He called the {thing} "{adj}" on Monday.', adj),
            (f'They said the {thing} was "{phrase}" and vowed to fight it.', phrase),
            (f'He brushed off the {thing} as "{phrase}" in an interview.', phrase),
            (f'She accused the council of being "{adj}" about the {thing}.', adj),
            (f'He praised the {thing}, calling it "{phrase}."', phrase),
            (f'They have dubbed the {thing} "{adj}" since the vote.', adj),
        ]
        cases += [Case("characterised_fragment", t, f, True) for t, f in templates]
    return cases


def label_cases() -> list[Case]:
    """Twins: the same kind of words as a name something goes by, nobody using it."""
    cases = []
    for i, thing in enumerate(THINGS):
        label = LABELS[i % len(LABELS)]
        templates = [
            f'The {thing} is known as the "{label}" in the county.',
            f'The so-called "{label}" starts next week, officials confirmed.',
            f'Crews finished work on the "{label}" on Monday.',
            f'The {thing} was named the "{label}" after a vote.',
            f'Traffic slowed near the "{label}" on Friday evening.',
        ]
        cases += [Case("label_fragment", t, label, False) for t in templates]
    return cases


CASES = characterised_cases() + label_cases()


@pytest.fixture(scope="module")
def outcomes(nlp) -> dict[str, list[tuple[Case, bool]]]:
    by_class: dict[str, list[tuple[Case, bool]]] = {}
    docs = nlp.pipe(case.text for case in CASES)
    for case, doc in zip(CASES, docs, strict=True):
        quoted = any(q.text.strip(" ,.") == case.fragment for q in digest_from_doc(doc).quotes)
        by_class.setdefault(case.cls, []).append((case, quoted == case.is_quote))
    return by_class


def test_the_suite_covers_both_sides():
    assert {c.cls for c in CASES} == {"characterised_fragment", "label_fragment"}
    assert all(sum(c.cls == cls for c in CASES) >= 30 for cls in {c.cls for c in CASES})


@pytest.mark.parametrize("cls", sorted({c.cls for c in CASES}))
def test_each_class_holds(outcomes, cls):
    results = outcomes[cls]
    failed = [case.text for case, ok in results if not ok]
    rate = 1 - len(failed) / len(results)
    print(f"{cls}: {rate:.2f} ({len(results)} cases)")
    assert rate >= THRESHOLD, failed
