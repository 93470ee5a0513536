"""The one party rule shared by meetings and demands, on sentences parsed by the real model."""

from __future__ import annotations

from digests.analysis import Party, analyse
from digests.engine import parse
from digests.parties import party_of
from digests.party_rule import is_party


def token_and_party(text: str, word: str):
    an = analyse(parse(text))
    tok = next(t for t in an.doc if t.text == word)
    return tok, party_of(an, tok)


def test_a_plural_group_noun_is_a_party_and_a_singular_person_noun_is_not():
    tok, party = token_and_party("The residents asked the board to wait.", "residents")
    assert is_party(tok, party)
    tok, party = token_and_party("A resident asked the board to wait.", "resident")
    assert not is_party(tok, party)


def test_an_unnamed_role_counts_only_where_asked_for():
    tok, party = token_and_party("The union met a federal mediator on Monday.", "mediator")
    assert is_party(tok, party, unnamed_roles=True)
    assert not is_party(tok, party)


def test_words_that_name_nothing_are_no_party():
    tok, party = token_and_party("Talks with that information went nowhere.", "information")
    assert not is_party(tok, party)
    tok = parse("It was late.")[0]
    assert not is_party(tok, Party(name="it", kind="anonymous"))


def test_they_counts_only_when_it_resolves_to_a_group():
    tok = parse("They left.")[0]
    assert is_party(tok, Party(name="The villagers", kind="anonymous"))
    assert not is_party(tok, Party(name="The two sides", kind="anonymous"))
