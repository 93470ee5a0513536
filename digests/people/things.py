"""Names the model tags PERSON that name things: bands, ships, storms, places, clubs.

A capitalised name is a person's unless the text says what kind of thing it is:

- a class noun for a thing stands straight before it ("the band Morlo Vents", "the tanker
  Marisol Grace", "Hurricane Delia", "teachers union Dravek"), or a plural one heads the
  list it stands in ("bands like Morlo Vents and Pellam Sky");
- a one-word name plays a match with a score ("Ostrin beat Harwick 2-0"), is the
  country a diplomat is posted to ("ambassador to Dessin"), or places an event or an
  office ("talks in Dessin", "the mayor of Dessin");
- the same words elsewhere open a place's name ("from Pellam Gate" beside "Pellam Gate
  Parade").

A human mark (an honorific, a human title before the name, a given name the name lists
know, a quote spoken) overrules all of these.

Does NOT handle: things named with no class noun anywhere ("Morlo Vents played on").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from digests.lexicon import HONORIFICS, OFFICE_TITLES, TITLE_WORDS
from digests.people.name_shapes import first_name_gender
from digests.people.organisations import forget_member

# Nouns for a kind of thing that may stand before its name ("the band X", "Hurricane X").
THING_NOUNS = frozenset(
    """
    band group club team side union party company firm brand label ship vessel tanker
    freighter boat yacht ferry submarine carrier frigate destroyer hurricane storm cyclone
    typhoon tornado horse racehorse colt filly mare dog album film movie song single show
    series book novel play opera magazine newspaper restaurant hotel pub bar cafe venue
    stadium festival programme program operation app website platform
    """.split()
)
# Kinds of weather named like people, which may follow a modifier ("Tropical Storm X").
WEATHER_NOUNS = frozenset({"storm", "hurricane", "cyclone", "typhoon", "depression"})
# Words that close a place's name ("Pellam Gate Parade", "Dunmore Road").
PLACE_HEADS = frozenset(
    """
    parade street road avenue lane square park gate gardens bridge station airport stadium
    arena hall house palace building tower centre center plaza terminal pier quay harbour
    harbor bay beach valley hill hills heights estate field fields grounds
    """.split()
)
# Posts held towards a country: "ambassador to Dessin" names a place, not a person.
POSTS_ABROAD = frozenset({"ambassador", "envoy", "consul", "emissary", "attache", "embassy"})
# Prepositions that place an event: a one-word name after one is a place ("in Ostrin").
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "throughout", "outside"})
# Nouns whose "of" names a place: "the mayor of Ostrin", "residents of Ostrin".
PLACE_OF_NOUNS = OFFICE_TITLES | frozenset(
    """
    residents people citizens city town capital outskirts streets region province
    district village state government
    """.split()
)
MATCH_VERBS = frozenset({"beat", "defeat", "edge", "thrash", "draw", "hold", "lose", "top"})
SCORE = re.compile(r"\b\d{1,2} ?[-–] ?\d{1,2}\b")
LIST_OPENERS = frozenset({"like", "as", "including"})


def drop_thing_names(doc: Doc, members, token_person, mention_spans) -> None:
    """Remove cast members whose names the text shows to be things (see module doc)."""
    spans_of: dict[int, list[Span]] = {}
    for a, b in mention_spans.values():
        if token_person.get(a) is not None:
            spans_of.setdefault(token_person[a], []).append(doc[a:b])
    positions: dict[str, list[int]] = {}  # one pass: "where else is this word"
    for tok in doc:
        positions.setdefault(tok.text, []).append(tok.i)
    for idx, m in enumerate(members):
        spans = spans_of.get(idx, [])
        if not spans or any(_human_mark(span) for span in spans):
            continue
        # a class noun outweighs a given name ("the tanker Marisol Grace"); the weaker
        # signs do not ("Ana Ruiz Hall" may be named after the Ana Ruiz of the story)
        weak = first_name_gender(m.first) is None and (
            " " not in m.name
            and any(_plays_match(span) or _posted_to(span) or _placed(span) for span in spans)
            or _opens_a_place_name(doc, m.name, positions)
        )
        # one word of a full name after a class noun names a thing after the person
        # ("Team Hillary") or is a misparse ("the Democratic side Pate"): only the full
        # name classed as a thing makes the person one
        classed = spans if " " not in m.name else [s for s in spans if len(s) > 1]
        if weak or any(_classed_as_thing(span) for span in classed):
            forget_member(idx, members, token_person, mention_spans)


def _human_mark(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    return before.lower_ in HONORIFICS or (
        before.lemma_.lower() in TITLE_WORDS and before.lower_ not in THING_NOUNS
    )


def _classed_as_thing(span: Span) -> bool:
    """'the band Morlo Vents', 'Hurricane Delia' (the class word may be inside the span
    the model tagged), 'bands like Morlo Vents and Pellam Sky'."""
    doc = span.doc
    first = span[0]
    if first.lower_ in THING_NOUNS and len(span) > 1:
        return True
    if any(t.is_title and t.lower_ in WEATHER_NOUNS for t in span[1:-1]):
        return True  # "Tropical Storm Benedikt", "Super Typhoon Kelmar"
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.lower_ in THING_NOUNS
        and before.pos_ in {"NOUN", "PROPN"}
        and not (before.i > 0 and before.nbor(-1).lower_ in {"of", "for"})
    ):
        return True  # not the end of a title: "Secretary for Party Affairs Ana Ruiz"
    return _listed_under_things(span.root)


def _listed_under_things(root: Token) -> bool:
    """'bands like X and Y', 'clubs such as X': a plural thing noun opens the list."""
    first = root
    while first.dep_ in {"conj", "appos"} and first.head.i < first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in LIST_OPENERS:
        return False
    noun = prep.head
    if noun.lower_ == "such":
        noun = noun.head
    return noun.tag_ == "NNS" and noun.lemma_.lower() in THING_NOUNS


def _plays_match(span: Span) -> bool:
    """'Ostrin beat Harwick 2-0': a one-word name in a match with a score."""
    root = span.root
    verb = root.head
    if root.dep_ == "pobj":
        verb = verb.head
    if verb.lemma_.lower() not in MATCH_VERBS:
        return False
    return SCORE.search(span.sent.text) is not None


def _posted_to(span: Span) -> bool:
    """'Norland's ambassador to Dessin': the country a diplomat is posted to."""
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in {"to", "in"}
        and prep.head.lemma_.lower() in POSTS_ABROAD
    )


def _placed(span: Span) -> bool:
    """'met traders in Ostrin', 'the mayor of Ostrin': a one-word name placing an event or
    an office is a town (the model tags unfamiliar towns PERSON)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or len(span) != 1:
        return False
    if prep.lower_ in PLACE_PREPOSITIONS:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_OF_NOUNS


def _opens_a_place_name(doc: Doc, name: str, positions: dict[str, list[int]]) -> bool:
    """The name's words stand elsewhere before a place word ('Pellam Gate Parade')."""
    words = name.split()
    n = len(words)
    for i in positions.get(words[0], ()):
        if i + n >= len(doc) or [t.text for t in doc[i : i + n]] != words:
            continue
        after = doc[i + n]
        if after.is_title and after.lower_ in PLACE_HEADS:
            return True
    return False
