"""Which sense a demand noun is in: a demand made of someone, or demand in a market
('China's demand for oil rose'), or a call made on the telephone ('a phone call').

Split from demand_implicit so that the sense test stands apart from the argument rules; the
demand pipeline (demands._arguments) asks it before any noun reader runs.
"""

from __future__ import annotations

from spacy.tokens import Token

# Modifiers of 'demand' in its economic sense ('global demand for milk').
MARKET_WORDS = frozenset(
    """global strong weak domestic consumer falling high low peak
    market export import energy oil power electricity housing seasonal pent""".split()
)
# Calls that are telephoning or something else ("a phone call", "a wake-up call").
CALL_KINDS = frozenset("phone telephone conference video roll wake close curtain judgment".split())
# Verbs of an amount moving: their subject 'demand' is a market's ("demand for oil rose").
QUANTITY_VERBS = frozenset(
    """rise fall grow increase decline drop surge soar slump climb jump dip ease slow weaken
    strengthen outstrip outpace exceed plunge rebound recover double triple overwhelm swamp
    flood""".split()
)


def other_sense(noun: Token) -> bool:
    """'Demand for housing rose', 'global demand for milk': the economic sense, a bare
    singular or a market modifier; 'a phone call', 'help is a call away': a call made."""
    if noun.lemma_.lower() == "call":
        kinds = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
        return bool(kinds & CALL_KINDS) or noun.dep_ == "attr"
    return is_market_demand(noun)


def is_market_demand(noun: Token) -> bool:
    """'Demand for housing rose', 'China's demand for oil grew', 'global demand': demand in
    its economic sense, a bare singular, a market modifier, or an amount that moves."""
    moving = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in QUANTITY_VERBS
    if noun.lemma_.lower() == "request" and moving:
        return True  # "requests for tickets swamped the box office": a volume, asked by no one
    if noun.lemma_.lower() != "demand" or noun.tag_ != "NN":
        return False
    mods = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    own = {"det", "poss", "nummod"}  # "one demand", "a demand", "its demand"
    bare = not any(c.dep_ in own or c.pos_ == "PROPN" for c in noun.children)
    bare = bare and not (noun.dep_ == "pobj" and noun.head.lower_ in {"as", "among"})
    return bare or moving or bool(mods & MARKET_WORDS)


# What one petitions a court for on one's own behalf: a filing, asked of no party.
LEGAL_REMEDIES = frozenset(
    """bankruptcy insolvency liquidation receivership administration divorce custody
    asylum probate adoption guardianship citizenship naturalization""".split()
)


def is_legal_filing(noun: Token) -> bool:
    """'filed a petition for bankruptcy protection', 'a petition for divorce': a court
    filing for the petitioner's own standing, not a demand put to anyone."""
    if noun.lemma_.lower() != "petition":
        return False
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if obj is None:
        return False
    words = {t.lemma_.lower() for t in obj.subtree}
    return bool(words & LEGAL_REMEDIES)


# What one is short of when "pressed for" it without anyone pressing ("pressed for time").
SHORT_OF = frozenset({"time", "money", "cash", "space", "room", "funds"})


def is_short_of(verb: Token) -> bool:
    """'X, pressed for time, left early', 'we are pressed for cash': 'pressed for' in the
    passive, with no one pressing, says what one lacks; not 'was pressed for answers'."""
    if verb.lemma_.lower() != "press" or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    wanted = [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
    ]
    return any(g.dep_ == "pobj" and g.lemma_.lower() in SHORT_OF for g in wanted)
