"""Who voices an obligation reported outside a quote: 'X said the city must act' (the
cue verb's subject), 'X believes / was adamant / made it clear that Y must act' (a view
held), 'According to X, Y must act' (a source); and the clause's subject when the small
model hung it on the reporting verb ('X told reporters the board must act').

Split from demand_modals so that the obligation readers and the reporter rules each stay
small; demand_triggers asks the same rules whether a modal is reported at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.lexicon import CUE_VERBS
from digests.parties import SUBJECT_DEPS

# Verbs and adjectives that put a view whose "X must / should act" is the holder's demand
# ("believes the council should resign", "was adamant that X must go").
OPINION_VERBS = frozenset({"believe", "think", "feel", "reiterate", "hold", "contend"})
STANCE_ADJECTIVES = frozenset({"adamant", "clear", "firm", "insistent", "convinced"})


def object_as_subject(verb: Token) -> Token | None:
    """'X told reporters the board must act', 'X argued the board ought to act': the small
    model can hang the clause's subject on the reporting verb as its object, right before
    the clause; it is the clause's subject all the same."""
    if verb.dep_ != "ccomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    start = verb.left_edge.i
    return next(
        (c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i == start - 1),
        None,
    )


def according_to(verb: Token) -> Token | None:
    """'According to X, Y must act': X is the source who voices the obligation."""
    heads = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)  # "ought to act"
    prep = next(
        (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "according"),
        None,
    )
    to = next((c for c in prep.children if c.lower_ == "to"), None) if prep else None
    return next((g for g in to.children if g.dep_ == "pobj"), None) if to else None


def reporter_of(an: Analysis, verb: Token) -> Token | None:
    """The cue verb reporting this clause: 'X said the city must act' -> said; none when
    the report is negated ('X did not say the city must act')."""
    if verb.dep_ == "xcomp" and verb.head.lower_ == "ought":
        verb = verb.head  # "X said the city ought to act"
    trailing = _trailing_cue(verb)
    if trailing is not None:
        return trailing
    head = verb.head
    if verb.dep_ not in {"ccomp", "advcl"} or an.in_quote(head):
        return None
    lemma = head.lemma_.lower()
    that = any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children)
    if head.pos_ == "ADJ" and lemma in STANCE_ADJECTIVES and (that or verb.dep_ == "ccomp"):
        head = head.head  # "made it clear that X must act", "was adamant that ..."
    elif verb.dep_ != "ccomp":
        return None
    elif lemma == "be" and any(_is_stance(c) for c in head.children):
        pass  # "was adamant that X must act", with the clause hung on 'was'
    elif not (lemma in CUE_VERBS or lemma in OPINION_VERBS or _makes_clear(head)):
        return None
    return None if any(c.dep_ == "neg" for c in head.children) else head


def _trailing_cue(verb: Token) -> Token | None:
    """'The city ought to act, the union argued.': the small model can invert a closing
    report, hanging the cue verb on the reported clause; a cue after a comma, with its own
    subject, at the end of the clause it hangs on, reports that clause."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i or c.lemma_.lower() not in CUE_VERBS | OPINION_VERBS:
            continue
        comma = c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
        subject = any(s.dep_ in {"nsubj"} for s in c.children)
        if comma and subject and not any(s.dep_ == "neg" for s in c.children):
            return c
    return None


def _is_stance(tok: Token) -> bool:
    return tok.dep_ == "acomp" and tok.lemma_.lower() in STANCE_ADJECTIVES


def _makes_clear(verb: Token) -> bool:
    """'made (it) clear that the city must act'."""
    return verb.lemma_.lower() == "make" and any(c.lower_ == "clear" for c in verb.children)
