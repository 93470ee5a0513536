"""Demands carried by a petition (FrameNet's Request via a document): 'Residents handed a
petition to the mayor over the closure', 'a petition signed by 400 parents against the cuts
was delivered to the board', 'the Speaker received the petition'.

A petition asks something of whoever it is addressed to, even when the sentence does not
say what: the signers (the by-agent of 'signed', else the subject of the verb that hands,
submits or launches it) ask the recipient (the to-object of that verb, or the subject of
'received' / 'accepted'). The wanted thing is what the petition is for, against or over,
else the petition itself. A petition that names its act with a demand verb ('a petition
urging X to act') is read by the request frame, which this weaker frame gives way to.

Does NOT handle: petitions only mentioned as a kind of thing ('petitions are common'),
whose modality (refused, not submitted) the shared modality module decides.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.events.demand_common import Voices, agent_of, party, text_of

PETITION_NOUNS = frozenset({"petition", "memorandum"})
# Verbs whose subject is the petition's recipient.
RECEIVING_VERBS = frozenset({"receive", "accept", "get", "reject", "refuse", "consider"})
# What a petition is about: "a petition against the closure", "for a new school".
TOPIC_PREPS = frozenset({"against", "over", "for", "about"})


def petition_demand(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """(by, of, wanted) for a petition handed, signed, sent or received."""
    if noun.lemma_.lower() not in PETITION_NOUNS or noun.pos_ != "NOUN":
        return None
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass", "nsubj"} else None
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.dep_ == "relcl":
        return None  # "the people who submitted the petition argued ...": told as background
    signer = _signer(noun)
    recipient = None
    if verb.lemma_.lower() in RECEIVING_VERBS and noun.dep_ == "dobj":
        recipient = agent_of(verb)  # "the board refused to accept the petition": the board
    else:
        to = next(
            (
                c
                for c in (*verb.children, *noun.children)
                if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
            ),
            None,
        )
        recipient = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
        if signer is None and noun.dep_ == "dobj":
            signer = agent_of(verb)
    by, of = party(an, signer, voices), party(an, recipient, voices)
    if by is None and of is None:
        return None
    return by, of, text_of(an, _topic(noun, verb) or noun)


def _signer(noun: Token) -> Token | None:
    """'a petition signed by 400 parents': the by-agent of the participle."""
    for acl in (c for c in noun.children if c.dep_ == "acl"):
        agent = next((c for c in acl.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def _topic(noun: Token, verb: Token) -> Token | None:
    """What the petition is for, against or over, on the noun, its participle or the verb."""
    places = [noun, *(c for c in noun.children if c.dep_ == "acl"), verb]
    for place in places:
        for prep in place.children:
            if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS:
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ not in {"DATE", "TIME"}:
                    return prep
    return None
