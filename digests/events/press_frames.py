"""Debates: two named parties facing each other on a stage.

Political news reports many encounters as debates, which carry no meet or talk word: "X's
debate with Y", "X debated Y four times", "X and Y will debate on Monday". A debate is a
meeting here only when its other party is named in the clause:

- debate (noun): a with- or against-phrase, or a possessor paired with one ("X's debate with
  Y"); not a debate over an issue ("the debate over taxes", "joined the tax debate");
- debate (verb): a named person debated, a with- or against-phrase, or a coordinated pair of
  subjects ("X and Y debated"); not a bill debated, nor "lawmakers debated for hours".

Press interviews are NOT meetings ("told the Ledger in an interview", "said on X's radio
show", "a CNN interview"): the annotation guidelines list talks, sit-downs, summits, hearings
and calls, and the gold never lists an interview, so an interview is a press event, like "a
meeting with reporters" (contact_frames.press_only).
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.events.frames import NOT_COUNTERPARTS
from digests.events.trigger_grammar import coordinated, preps, subject_of

# Prepositions that name a debate's opponent: "a debate with Y", "debated against Y".
OPPONENT_PREPS = frozenset({"with", "against"})
# Entities that name a party to a debate.
PARTY_ENTS = frozenset({"ORG", "PERSON", "GPE", "NORP"})


def press_noun_frame(noun: Token) -> str | None:
    """'Discussion' for a debate whose other party is named, else None."""
    if noun.lemma_.lower() == "debate" and debate_partners(noun):
        return "Discussion"
    return None


def press_verb_frame(verb: Token) -> str | None:
    """'Discussion' for 'debated X' with a named person or 'X and Y debated', else None."""
    return "Discussion" if press_verb_partners(verb) or _debated_together(verb) else None


def press_partners(tok: Token) -> list[Token]:
    """The tokens naming a debate's other party (the argument reader adds the holder: the
    subject of the clause it sits in)."""
    if tok.pos_ == "VERB":
        return press_verb_partners(tok)
    if tok.lemma_.lower() == "debate":
        return debate_partners(tok)
    return []


def debate_partners(noun: Token) -> list[Token]:
    """A debate's opponent: 'a debate with Y', 'debates against Y'."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [g for c in preps(noun, OPPONENT_PREPS) for g in c.children if _named(g)]


def press_verb_partners(verb: Token) -> list[Token]:
    """'debated X', 'debated with / against X': the named other party."""
    if verb.lemma_.lower() != "debate":
        return []
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and _named_person(c)]
    found += [g for c in preps(verb, OPPONENT_PREPS) for g in c.children if _named(g)]
    return found


def _debated_together(verb: Token) -> bool:
    """'X and Y will debate on Monday': two named debaters and no issue debated."""
    if verb.lemma_.lower() != "debate" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    subject = subject_of(verb)
    return subject is not None and coordinated(subject) and _named(subject)


def _named(tok: Token) -> bool:
    """A named party: a person or body the text names, or a pronoun for one."""
    if tok.pos_ == "PRON":
        return tok.lower_ in {"him", "her", "them"}
    if tok.lower_ in NOT_COUNTERPARTS or tok.ent_type_ in {"DATE", "TIME", "ORDINAL"}:
        return False
    return tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN"


def _named_person(tok: Token) -> bool:
    """A person named as an object: 'debated X' (not 'the bill')."""
    if tok.pos_ == "PRON":
        return tok.lower_ in {"him", "her"}
    return tok.ent_type_ == "PERSON"
