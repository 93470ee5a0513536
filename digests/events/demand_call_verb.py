"""The arguments of the verb 'call': 'called on / upon X to act', 'called for X', 'called
for X to go', 'called on Monday for X', and the shapes the small model gives them ('on'
read as a particle, X hung on the verb, the infinitive read as a purpose clause).

Split from demand_verbs, which asks it for 'call' alone: 'call' is the one demand verb whose
addressee sits in a prepositional phrase and whose other senses (telephoning, naming,
convening) share its object slot.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.events.demand_common import actor_of_nominal


def call_arguments(verb: Token, dobj, comp, preps) -> tuple | None:
    """'called on / upon X to act', 'called Tuesday on X to act', 'called for X', 'for X to
    go', 'called on Monday for X'.

    'called a meeting on Monday' is not a call on anyone: an object means another sense of
    'call', and a date after 'on' says when the call (for something) was made.
    """
    on, for_ = preps.get("on") or preps.get("upon"), preps.get("for")
    date = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None else None
    if date is not None and date.ent_type_ in {"DATE", "TIME"}:
        on = None  # "called on Tuesday for a recount": the date says when, not whom
    bare_on = on is not None and not any(g.dep_ == "pobj" for g in on.children)
    if bare_on and dobj is not None and dobj.left_edge.i == on.i + 1:
        return call_on_hung(on, dobj, comp)  # '"We call on X to act"': X hung on the verb
    if on is not None and dobj is None:
        obj = next((g for g in on.children if g.dep_ == "pobj"), None)
        if obj is None:
            pcomp = next((g for g in on.children if g.dep_ == "pcomp"), None)
            if pcomp is None:
                return None
            return next((g for g in pcomp.children if g.dep_ == "nsubj"), None), pcomp
        inner = next((c for c in on.subtree if c.dep_ in {"xcomp", "relcl"}), None)
        # "called on X to act" with the infinitive read as the verb's purpose clause
        after = next(
            (
                c
                for c in on.head.children
                if c.dep_ == "advcl" and c.i > obj.i and any(a.tag_ == "TO" for a in c.children)
            ),
            None,
        )
        return obj, comp or inner or after
    if for_ is not None and dobj is None:
        # "called for X's resignation": X is the one asked, as in "demanded the resignation"
        wanted = next((g for g in for_.children if g.dep_ == "pobj"), None)
        return (actor_of_nominal(wanted) if wanted is not None else None), for_
    if (
        comp is not None
        and dobj is None
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in comp.children)
    ):
        return next((c for c in comp.children if c.dep_ == "nsubj"), None), comp
    return None


def call_on_hung(on: Token, obj: Token, comp: Token | None) -> tuple:
    """'called on X to act' with X hung on the verb: X, and the act after it."""
    inner = next((c for c in on.subtree if c.dep_ in {"xcomp", "relcl"}), None)
    return obj, comp or inner
