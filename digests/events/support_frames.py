"""Support constructions: a light verb and an event noun that together report a meeting,
with the other party as the recipient ("played host to X", "placed a call to X", "granted X
an audience", "gave evidence to the committee"), and a meal given for a guest ("hosted a
dinner for X").

Split from triggers.py: the noun here says nothing on its own ("host", "evidence") and the
light verb says nothing either ("played", "gave"); only the pair with a party as recipient
(a to/before/on-phrase, or the verb's indirect object) reports the event. FrameNet calls
these support verbs; the frame is the noun's.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.events.trigger_grammar import is_party_like, person_like

# Event nouns that take a light verb and a recipient, by frame.
SUPPORT_NOUNS = {
    "host": "Hosting",  # "played host to X"
    "call": "Contacting",  # "placed / made a call to X"
    "visit": "Visiting",  # "made a visit to X"
    "audience": "Hosting",  # "granted X an audience", "gave an audience to X"
    "evidence": "Hearing",  # "gave evidence to the committee"
    "testimony": "Hearing",  # "delivered testimony before the panel"
}
# Meals and receptions given for a guest: "hosted a dinner for X", "a banquet in honour of X".
MEAL_NOUNS = frozenset({"dinner", "lunch", "luncheon", "banquet", "reception", "breakfast"})
# Verbs that only carry the noun's event: "play host", "place a call", "give evidence".
LIGHT_VERBS = frozenset({"play", "place", "make", "pay", "give", "grant", "deliver", "provide"})
MEAL_VERBS = frozenset({"host", "give", "throw", "hold", "lay"})
# Prepositions that name the recipient, on the noun or on the light verb.
RECIPIENT_PREPS = frozenset({"to", "before", "on"})
HONOUR_WORDS = frozenset({"honour", "honor"})


def support_frame(noun: Token) -> str | None:
    """The frame of an event noun carried by a light verb with a party as recipient."""
    if noun.lemma_.lower() in MEAL_NOUNS:
        return "Hosting" if any(_named(g) for g in guests(noun)) else None
    frame = SUPPORT_NOUNS.get(noun.lemma_.lower())
    if frame is None or _light_verb(noun) is None:
        return None
    return frame if any(_recipient_party(r) for r in recipients(noun)) else None


def guests(noun: Token) -> list[Token]:
    """Whom a meal was given for: 'hosted a dinner for X', 'threw a banquet in honour of X'."""
    if noun.lemma_.lower() not in MEAL_NOUNS or noun.dep_ != "dobj":
        return []
    if noun.head.lemma_.lower() not in MEAL_VERBS:
        return []
    found = []
    for head in (noun, noun.head):
        for prep in head.children:
            objs = [g for g in prep.children if g.dep_ == "pobj"] if prep.dep_ == "prep" else []
            if prep.lower_ == "for":
                found += objs
            elif prep.lower_ == "in":  # "in honour of X"
                found += [
                    g
                    for o in objs
                    if o.lemma_.lower() in HONOUR_WORDS
                    for of in o.children
                    if of.dep_ == "prep" and of.lower_ == "of"
                    for g in of.children
                    if g.dep_ == "pobj"
                ]
    return found


def _named(tok: Token) -> bool:
    """A named guest or an office holder, not 'for donors' or 'for 200 guests'."""
    if tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    return person_like(tok) and tok.tag_ not in {"NNS", "NNPS"}


def recipients(noun: Token) -> list[Token]:
    """Who receives the supported event: 'to X' / 'before X' / 'on X' on the noun or its
    light verb, or the verb's indirect object ('granted X an audience')."""
    verb = _light_verb(noun)
    if verb is None:
        return guests(noun)
    found = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    for head in (noun, verb):
        for prep in head.children:
            if prep.dep_ in {"prep", "dative"} and prep.lower_ in RECIPIENT_PREPS:
                found += [g for g in prep.children if g.dep_ == "pobj"]
    return found


def _light_verb(noun: Token) -> Token | None:
    """The light verb whose object the noun is; 'granted X an audience' is often parsed
    with the noun as an apposition to the indirect object."""
    verb = noun.head
    if noun.dep_ == "appos" and verb.dep_ == "dative":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    return verb if verb.lemma_.lower() in LIGHT_VERBS else None


def _recipient_party(tok: Token) -> bool:
    """A party that can receive a call or a visit: a person, body or named group; not a
    date ('on Monday') or a thing."""
    if tok.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"}:
        return False
    return person_like(tok) or is_party_like(tok)
