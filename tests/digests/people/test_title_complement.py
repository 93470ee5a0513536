"""'the prime minister of Dessin' beside 'Ana Ruiz, prime minister of Kelvara': someone else.

A definite title resolves to the one cast member holding it, unless a place or body after
the title names another holder's (two countries' leaders at one meeting). CheckList: two
holders of one office with invented places and names, and a negative twin where the bare
title ("the prime minister") still means the one holder.
"""

from __future__ import annotations

import pytest

from digests.analysis import analyse
from digests.parties import party_of

pytestmark = pytest.mark.slow

LEADERS = [("Ana", "Ruiz"), ("Jonas", "Petrak"), ("Clara", "Moreau"), ("Tobias", "Brandt")]
PLACES = [
    ("Kelvara", "Dessin"),
    ("Varnholm", "Talbrec"),
    ("Ostrin", "Essenor"),
    ("Quillan", "Morvala"),
]
OFFICES = ["prime minister", "foreign minister", "president", "governor"]


def _cases() -> list[tuple[str, str, str, bool]]:
    """(text, the named holder, the other place, whether the other office is someone else)"""
    cases = []
    for (first, last), (home, other) in zip(LEADERS, PLACES, strict=True):
        for office in OFFICES:
            name = f"{first} {last}"
            cases.append(
                (
                    f"{name}, the {office} of {home}, held talks with the {office} of "
                    f"{other} on Monday.",
                    name,
                    other,
                    True,
                )
            )
            cases.append(
                (
                    f"{name}, the {office} of {home}, arrived on Monday. The {office} met "
                    "union leaders on Tuesday.",
                    name,
                    other,
                    False,
                )
            )
    return cases


CASES = _cases()


@pytest.mark.parametrize("twin", [True, False], ids=["other_holder", "same_holder"])
def test_title_complement_class(nlp, twin):
    """The last mention of the office ('the president of Dessin' / 'The president') is the
    named holder only in the twin."""
    chosen = [c for c in CASES if c[3] is twin]
    passed = 0
    for text, name, _, _ in chosen:
        doc = nlp(text)
        an = analyse(doc)
        office = [t for t in doc if t.lower_ in {"minister", "president", "governor"}][-1]
        party = party_of(an, office)
        holder = party is not None and party.name == name
        passed += holder is not twin
    assert passed / len(chosen) >= 0.95, (passed, len(chosen))
