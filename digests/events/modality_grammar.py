"""Grammar predicates the modality walk (modality.py) reads on one token: its subordinator,
its particle lemma, negation, hedges, habits and frequencies, and the shapes that make an
event happen after all ("the postponed talks took place") or not ("instead of meeting").

Split from modality.py so the walk's decisions and the token tests are read apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.events.modality_words import (
    EXIT_VERBS,
    FREQUENCY_WORDS,
    NEGATING_ADVERBS,
    OCCURRENCE,
    PERIOD_WORDS,
)


def frequency(tok: Token) -> bool:
    """'once a year', 'twice a month', 'three times a week': how often, so a habit."""
    words = list(tok.subtree)
    often = any(w.lower_ in FREQUENCY_WORDS for w in words)
    per = any(
        w.lemma_.lower() in PERIOD_WORDS and has_child(w, "a") or has_child(w, "per") for w in words
    )
    return often and per


def instead(prep: Token) -> bool:
    """'without meeting X'; 'instead of meeting X' (the adverb on 'of' or just before it)."""
    if prep.lower_ != "of":
        return True
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return before.lower_ in NEGATING_ADVERBS or has_child(prep, "instead")


def rather_than(verb: Token) -> bool:
    """'flew home rather than meet X', 'instead of meeting X': the event is the choice not
    taken (read on the words before the verb, which the parser hangs in many ways)."""
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in {"aux", "neg"})])
    words = [t.lower_ for t in verb.doc[max(start - 2, 0) : start]]
    return words in (["rather", "than"], ["instead", "of"])


def went_ahead(noun: Token) -> bool:
    """'The postponed meeting took place on Monday': the event is the subject of an
    occurrence verb that is not negated or hedged, so it happened after all."""
    verb = noun.head
    if noun.dep_ != "nsubj" or particle_lemma(verb) not in OCCURRENCE or negated(verb):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def past_passive(verb: Token) -> bool:
    """'was supposed to': a past auxiliary on a passive form."""
    return any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def habitual(clause: Token, main: Token) -> bool:
    """'When tenants ask for repairs, landlords wait': a plain present in both clauses
    states what happens, not an event ('When they meet on Friday, they will ...' is one)."""
    present = {"VBP", "VBZ"}
    future = any(c.dep_ == "aux" and c.tag_ == "MD" for c in main.children)
    return clause.tag_ in present and main.tag_ in present and not future


def counterfactual(verb: Token) -> bool:
    """'should have acted', 'would have met': a modal with the perfect speaks of what did
    not happen."""
    aux = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    modal = any(c.tag_ == "MD" for c in aux)
    return modal and verb.tag_ == "VBN" and any(c.lemma_.lower() == "have" for c in aux)


def conditional_modal(verb: Token) -> bool:
    """'would meet', 'could meet': a modal that an if-clause makes a hypothesis (unlike
    'will strike unless paid', an ultimatum)."""
    return any(
        c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "'d"} for c in verb.children
    )


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def negated_noun(noun: Token) -> bool:
    """'no plans to meet', 'no intention of meeting'."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def every(tok: Token) -> bool:
    """'every Tuesday', 'each month', 'on every Monday'."""
    nodes = [tok, *[g for g in tok.children if g.dep_ == "pobj"]]
    return any(
        any(d.dep_ == "det" and d.lower_ in {"every", "each"} for d in n.children)
        and n.ent_type_ in {"DATE", "TIME"}
        for n in nodes
    )


def subordinator(tok: Token) -> str:
    """The subordinator of a clause: 'if', 'whether', 'when' ('' when none)."""
    for c in tok.children:
        if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < tok.i):
            return c.lower_
    return ""


def particle_lemma(tok: Token) -> str:
    """The lemma, with a particle joined for particle verbs: 'call_off', 'turn_down'."""
    lemma = tok.lemma_.lower()
    if tok.lower_.startswith("hope") and lemma == "hop":
        lemma = "hope"  # the small model's lemmatizer reads "hopes" as "hop"
    for c in tok.children:
        if c.dep_ == "prt":
            return f"{lemma}_{c.lower_}"
        if c.dep_ in {"prep", "advmod"} and c.lower_ in {"out", "away"} and lemma in EXIT_VERBS:
            return f"{lemma}_{c.lower_}"  # "pulled out of the talks", "stayed away from"
        if c.dep_ == "prep" and lemma == "call" and c.lower_ == "for" and not has_dep(tok, "dobj"):
            return "call_for"  # not "called a meeting for Thursday": convened, for a time
        if c.dep_ == "prep" and lemma == "look" and c.lower_ == "forward":
            return "look_forward"
    if lemma == "look" and has_child(tok, "forward"):
        return "look_forward"
    if lemma == "look" and any(c.dep_ == "xcomp" for c in tok.children):
        return "look_to"  # "looking to talk to him": intending, not doing
    return lemma


def has_dep(tok: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in tok.children)


def has_child(tok: Token, word: str) -> bool:
    return any(c.lower_ == word for c in tok.children)


def on_hold(verb: Token) -> bool:
    """'put on hold', 'put on ice': shelved, a cancellation frame."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.lower_ in {"hold", "ice"} for g in c.children)
        for c in verb.children
    )
