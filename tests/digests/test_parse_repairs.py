"""The clause-verb repair (digests/text/parse_repairs.py) on the real model: a subjunctive
after a singular noun gets its verb and subject back; a real compound noun is left alone."""

from __future__ import annotations

import pytest

from digests.text.nlp import get_nlp


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("The tenants demanded that the landlord resign.", "resign", "landlord"),
        ("The league suggested that the tournament end.", "end", "tournament"),
        ("The pilots asked that the inquiry proceed.", "proceed", "inquiry"),
    ],
)
def test_subjunctive_after_a_noun_is_a_clause(text: str, verb: str, subject: str) -> None:
    doc = get_nlp()(text)
    word = next(t for t in doc if t.text == verb)
    assert word.pos_ == "VERB"
    assert any(c.dep_ == "nsubj" and c.text == subject for c in word.children)


def test_a_compound_noun_stays_a_noun() -> None:
    doc = get_nlp()("The mayor said that the price rise was steep.")
    rise = next(t for t in doc if t.text == "rise")
    assert rise.pos_ == "NOUN"
