"""The one party rule shared by meetings and demands, on sentences parsed by the real model."""

from __future__ import annotations

from digests.analysis import Party, analyse
from digests.engine import parse
from digests.parties import party_of
from digests.party_rule import is_party


def token_and_party(text: str, word: str):
    an = analyse(parse(text))
    tok = next(t for t in an.doc if t.text == word)
    return an, tok, party_of(an, tok)


def test_a_plural_group_noun_is_a_party_and_a_singular_person_noun_is_not():
    an, tok, party = token_and_party("The residents asked the board to wait.", "residents")
    assert is_party(an, tok, party)
    an, tok, party = token_and_party("A resident asked the board to wait.", "resident")
    assert not is_party(an, tok, party)


def test_an_unnamed_role_counts_only_where_asked_for():
    an, tok, party = token_and_party("The union met a federal mediator on Monday.", "mediator")
    assert is_party(an, tok, party, unnamed_roles=True)
    assert not is_party(an, tok, party)


def test_words_that_name_nothing_are_no_party():
    an, tok, party = token_and_party("Talks with that information went nowhere.", "information")
    assert not is_party(an, tok, party)
    an = analyse(parse("It was late."))
    tok = an.doc[0]
    assert not is_party(an, tok, Party(name="it", kind="anonymous"))


def test_they_counts_only_when_it_resolves_to_a_group():
    an = analyse(parse("They left."))
    tok = an.doc[0]
    assert is_party(an, tok, Party(name="The villagers", kind="anonymous"))
    assert not is_party(an, tok, Party(name="The two sides", kind="anonymous"))
