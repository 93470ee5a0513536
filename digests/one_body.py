"""One party per body in a meeting: a body named twice under two names is listed once.

A meeting's parties come from several places in a sentence (the grammar, the rest of the
clause, the sentence before), and the same body can arrive under two names:
- its name and a group named after it: "Kelmar and KFL rebels renewed talks" gives KFL and
  "KFL rebels"; "the Free Army of Vastria (FAV) rebels" and "Free Army of Vastria";
- a name cut off by the model inside its acronym's brackets: "Free Army (FA" (made whole
  by `tidy`);
- its owner and the owned body: "officials from Norland's Interior Ministry" and "Norland",
  "the Senate finance committee" and "Senate";
- two parties and the phrase that joins them: "Kelmar and KFL rebels" beside Kelmar and KFL.
A reader sees one party where the article means one. The plain body name wins ("KFL", not
"KFL rebels"), and the owned body wins over its owner ("Norland's Interior Ministry").

A group named after a body stays a party of its own when the body itself is not among the
parties ("KFL rebels met Ruiz"), and a group whose last word before the group noun is not a
name ("SCO foreign ministers", "city officials") is never read as the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from digests.lexicon import (
    DESCRIBED_GROUPS,
    GENERIC_BODY_HEADS,
    ORG_HEAD_WORDS,
    PLURAL_ONLY_GROUP_NOUNS,
    TITLE_WORDS,
)

# "(FAV)", "(FAV": an acronym in brackets after the name it stands for.
BRACKETED_ACRONYM = re.compile(r"^\([A-Z][A-Z&.\-]{1,9}\)?$")
POSSESSIVE_ENDINGS = ("'s ", "’s ")
TRAILING_PREPS = frozenset({"in", "at", "on", "from", "of", "for", "to", "with"})
JOINERS = re.compile(r",? and |, ")


def one_per_body(
    names: list[str], people: set[str], canonical: Callable[[str], str]
) -> tuple[list[str], dict[str, str]]:
    """`names` without a second name for a body already listed, and where each dropped
    name went ({"KFL rebels": "KFL"}). People's names are compared as they are."""
    keys = {n: n if n in people else canonical(body_name(n)).lower() for n in names}
    kept: dict[str, str] = {}
    for n in names:
        key = keys[n]
        if key not in kept or _plainer(n, kept[key], canonical):
            kept[key] = n
    moved = {n: kept[keys[n]] for n in names if kept[keys[n]] != n}
    out = list(dict.fromkeys(kept[keys[n]] for n in names))
    for n in list(out):
        owner_of = _owned_by(n, out, people) or _joined(n, out, people, canonical)
        if owner_of is not None:
            out.remove(n)
            moved[n] = owner_of
    return out, moved


def tidy(name: str) -> str:
    """A name the model cut inside its acronym's brackets, made whole: 'Popular Front ('
    -> 'Popular Front', 'Popular Front (PF' -> 'Popular Front (PF)'."""
    name = name.rstrip()
    if name.endswith("("):
        return name[:-1].rstrip() or name
    opened = name.rfind("(")
    if opened > 0 and ")" not in name[opened:] and BRACKETED_ACRONYM.match(name[opened:]):
        return name + ")"
    return name


def body_name(name: str) -> str:
    """'the KFL rebels' -> 'KFL'; 'Free Army of Vastria (FAV) rebels' -> 'Free Army of
    Vastria'; a name with no group noun after it, or a group with no name before its
    noun ('SCO foreign ministers'), as it is."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    cut = len(words)
    while cut > 1 and _group_noun(words[cut - 1]):
        cut -= 1
    if cut > 1 and BRACKETED_ACRONYM.match(words[cut - 1]):
        cut -= 1
    if cut == len(words) or not words[cut - 1][:1].isupper():
        return name
    return " ".join(words[:cut])


def _body_word(word: str) -> bool:
    """'Ministry', 'committee': the owned thing is a body; 'representatives' or a 'chief
    executive' are people, whose body the owner stays ("Bassa's representatives")."""
    return (
        word[:1].isupper() or word.lower() in ORG_HEAD_WORDS
    ) and word.lower() not in TITLE_WORDS


def _group_noun(word: str) -> bool:
    """'rebels', 'members', 'officials': a plural noun for the people of a body."""
    noun = word[:-1]
    plural = word.islower() and word.endswith("s")
    # "Kelby farmers", "Ruiz supporters": a place's or a person's people, not a body's
    return plural and noun in PLURAL_ONLY_GROUP_NOUNS and noun not in DESCRIBED_GROUPS


def _plainer(name: str, other: str, canonical: Callable[[str], str]) -> bool:
    """Whether `name` is the body's own name and `other` is not."""
    return canonical(body_name(name)) == canonical(name) != canonical(other)


def _joined(
    name: str, names: list[str], people: set[str], canonical: Callable[[str], str]
) -> str | None:
    """'Kelmar and KFL rebels' when Kelmar and KFL are parties already: the phrase joins
    two parties the meeting lists on their own (the first of them, if so)."""
    if name in people:
        return None
    parts = [p for p in JOINERS.split(body_name(name)) if p]
    if len(parts) < 2:
        return None
    listed = {canonical(body_name(n)).lower(): n for n in names if n != name}
    found = [listed.get(canonical(body_name(p)).lower()) for p in parts]
    return found[0] if all(found) else None


def _owned_by(name: str, names: list[str], people: set[str]) -> str | None:
    """The party that names `name` as its owner ("Norland's Interior Ministry" for
    "Norland"), if another party does. People of a body are no such sign: "representatives
    of Bassa", "Bassa's negotiators" or "Bassa's chief executive" beside Bassa are Bassa's
    people, and Bassa stays a party."""
    if name in people:
        return None
    for other in names:
        if other == name:
            continue
        # "the Senate finance committee": a generic body named with its owner in front
        plain = other.removeprefix("the ").removeprefix("The ")
        if plain.startswith(name + " ") and plain.split()[-1] in GENERIC_BODY_HEADS:
            return other
        for end in POSSESSIVE_ENDINGS:
            owned = other.partition(name + end)[2].split()
            # "Acme's chief executive in Lindford": the owned thing ends before a phrase
            cut = next((i for i, w in enumerate(owned) if w in TRAILING_PREPS), len(owned))
            if cut and _body_word(owned[cut - 1]):
                return other
    return None
