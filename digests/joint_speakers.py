"""Several people who speak as one: `Senators Ruiz, Hale and Lund wrote that ...`.

A letter, a joint statement or a shared interview puts the same words in several mouths;
naming only the first (the head the parser hangs the others on) drops the rest. The party
is then the list, in the order given ("Ana Ruiz, Tomas Hale and Peter Lund"), with no
single cast member behind it; `members` keeps the names apart (the quote's `speakers`).

Does NOT handle: a list that mixes people and bodies ("Ruiz and the union said"), which
stays the first party, or groups named by a plural noun ("the three senators").
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party


def joint_party(an: Analysis, tok: Token) -> Party | None:
    """The coordinated persons `tok` heads as one party, when every conjunct is a person
    and there are at least two; else None."""
    idx = an.cast.person_at(tok)
    conjuncts = tok.conjuncts
    if idx is None or not conjuncts:
        return None
    others = [an.cast.person_at(c) for c in conjuncts if not an.in_quote(c)]
    if len(others) != len(conjuncts) or any(i is None for i in others):
        return None
    ordered = sorted([tok, *conjuncts], key=lambda t: t.i)  # as this sentence lists them
    group = list(dict.fromkeys(an.cast.person_at(t) for t in ordered))
    if len(group) < 2:
        return None
    names = tuple(an.cast.members[i].name for i in group)
    return Party(name=list_of(list(names)), kind="named", members=names)


def list_of(names: list[str]) -> str:
    """'A and B', 'A, B and C': names as an English list."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
