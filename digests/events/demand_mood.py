"""Whether a that-clause orders or reports: 'insisted that he resign' (a subjunctive, a
deontic modal) against 'insisted that he was right'.

Split from demand_common, whose party and text rules ask it: the mood of the wanted
clause is read the same way by the verb, noun and anaphora readers.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.lexicon import OBLIGATION_MODALS

THIRD_SINGULAR = frozenset({"he", "she", "it"})


def is_mandative(verb: Token | None) -> bool:
    """'insisted that he resign' / 'that they must pay': the clause orders, not reports."""
    if verb is None:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a in OBLIGATION_MODALS for a in aux):
        return True
    if aux == ["be"]:
        return True  # "asked that the vote be delayed": a passive subjunctive
    if aux:
        return False
    if verb.tag_ == "VB" or verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower():
        return True  # "requested that Y scrap it": a base form the model tagged past
    if verb.tag_ == "NN" and clause_shape(verb):
        return True  # "demanded that the council scrap the rise": a base form read as a noun
    # "that the council hold a vote", "that she meet": a base verb after a singular
    # subject is subjunctive
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    singular = subj is not None and (subj.tag_ in {"NN", "NNP"} or subj.lower_ in THIRD_SINGULAR)
    if verb.tag_ != "VBP":
        return False
    # "insisted that the firms reopen it": a report in the past would shift the tense
    # ("insisted that they reopened"), so a plain present under a past verb is subjunctive
    governor = verb.head.head if verb.head.pos_ in {"NOUN", "PROPN"} else verb.head
    return singular or governor.tag_ in {"VBD", "VBN"}


def clause_shape(word: Token) -> bool:
    """A word the model tagged a noun that heads a clause all the same: a subject before it
    and an object after it, as only a verb has ('the council scrap the rise')."""
    kids = list(word.children)
    subject = any(c.dep_ == "nsubj" and c.i < word.i for c in kids)
    return subject and any(c.dep_ == "dobj" and c.i > word.i for c in kids)


def mandative_that_clause(noun: Token) -> Token | None:
    """The that-clause of a noun that orders: 'the demand that the city pay', 'the idea that
    Y should pay' (the noun's readers decide whose demand it is)."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "ccomp", "relcl"}
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            and is_mandative(c)
        ),
        None,
    )
