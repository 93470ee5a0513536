"""Whether a person's role makes them the holder a title-only mention means.

"The president", "the Secretary General": a definite title with no name stands for the one
person of the article who holds that office now. A past holder ("then-US president X",
"former mayor Y") held the office once; "the president" in the story's present is somebody
else, so a past holder claims no title-only mention.

Used by `Cast.by_role_noun`, which the cast's own title linking, the party reader and the
quote reader share, so one office means one holder everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from digests.lexicon import PARTY_MODIFIERS


class Holder(Protocol):
    role: str | None
    title_nouns: set[str]
    aliases: list[str]


# Words that open a role's complement: "minister for Wales", "adviser to the president".
COMPLEMENT_PREPS = frozenset({"for", "to", "of", "at", "in", "with", "on", "from", "under"})
# Words that mark an office held in the past: "then-us president", "former mayor".
PAST_MARKERS = frozenset({"then", "former", "ex", "onetime", "one-time", "late", "erstwhile"})


def role_words(role: str | None) -> tuple[list[str], list[str]]:
    """A role's words split at its first preposition: (head part, complement)."""
    words = (role or "").lower().replace("-", " ").split()
    for k, w in enumerate(words):
        if k > 0 and w in COMPLEMENT_PREPS:
            return words[:k], words[k:]
    return words, []


def is_past_holder(role: str | None) -> bool:
    """'then-us president', 'former mayor of X': an office held once, not now."""
    head, _ = role_words(role)
    return bool(head) and head[0] in PAST_MARKERS


def holds_title(
    role: str | None, title_nouns: set[str], noun: str, modifiers: tuple[str, ...] = ()
) -> bool:
    """Whether a person with `role` (and `title_nouns` from their mentions) is who 'the
    <modifiers> <noun>' means."""
    if is_past_holder(role):
        return False
    words = (role or "").lower().replace("-", " ").split()
    holds = noun in title_nouns or noun in words
    return holds and all(mod in words for mod in modifiers)


def sole_holder(members: Sequence[Holder], noun: str, modifiers: tuple[str, ...]) -> int | None:
    """'the Vermont senator', 'the Republican presidential candidate' when the one cast
    member who holds the office was given it without those words ('Sen. Ana Ruiz'): still
    that member, since a reader takes the description for the one holder the story has.

    Declines when anyone else's role or name forms carry one of the modifiers (that may be
    the one meant), when the holder's own title names another party or another place or
    kind ('the Republican senator' for a Democratic senator, 'the Ostrava mayor' for
    Kelvin's), and for a past office.
    """
    if any(m in PAST_MARKERS for m in modifiers):
        return None
    hits = [i for i, m in enumerate(members) if holds_title(m.role, m.title_nouns, noun)]
    if len(hits) != 1:
        return None
    (hit,) = hits
    for i, m in enumerate(members):
        said = " ".join([m.role or "", *m.aliases]).lower().replace("-", " ").split()
        if i != hit and any(mod in said for mod in modifiers):
            return None
    head, _ = role_words(members[hit].role)
    before = head[: head.index(noun)] if noun in head else []
    parties = {w for w in before if w in PARTY_MODIFIERS}
    others = set(before) - parties - set(modifiers)
    wanted_parties = {m for m in modifiers if m in PARTY_MODIFIERS}
    if wanted_parties and parties and not parties & wanted_parties:
        return None  # another party
    if set(modifiers) - wanted_parties and others:
        return None  # another place or kind of the office
    return hit


def complement_fits(title: Token, role: str | None) -> bool:
    """'the president of Dessin' is the holder of 'president of Kelvara' only if the role
    names Dessin too: a proper noun after the title's of/for/to says which holder is meant
    (two countries' presidents at one meeting)."""
    said = (role or "").lower()
    for prep in title.children:
        if prep.dep_ != "prep" or prep.i < title.i or prep.lower_ not in {"of", "for", "to"}:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.lower_ not in said:
                return False
    return True
