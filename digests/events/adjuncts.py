"""A meeting told only as the time of another act: its parties are not that act's objects.

"X criticised Y after a cabinet meeting", "X praised Y before the summit": the meeting noun
sits in a time adjunct ("after / before / following / ahead of / since") of a verb that
is no meeting verb, and Y is the object of that verb, not a participant of the meeting. The
subject may well have been there, so only the object's words are given back. When the verb
is a meeting verb itself ("X met Y after the cabinet meeting"), the caller keeps Y: X and Y
met.
"""

from __future__ import annotations

from spacy.tokens import Token

# a time before or after the meeting: the act is outside it. Not "during" or "at": "X told
# Y during a video meeting" tells Y at the meeting, so Y was there.
TIME_PREPS = frozenset({"after", "before", "following", "ahead", "since"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})


def adjunct_verb(node: Token) -> Token | None:
    """The verb whose time adjunct the meeting noun is, or None."""
    if node.pos_ == "VERB" or node.dep_ != "pobj":
        return None
    prep = node.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":  # "ahead of the meeting"
        prep = prep.head
    if prep.lower_ not in TIME_PREPS or prep.dep_ not in {"prep", "advmod"}:
        return None
    verb = prep.head
    if verb.dep_ in OBJECT_DEPS:  # "congratulated Y ahead of ...": hung on the object
        verb = verb.head
    return verb if verb.pos_ == "VERB" else None


def object_tokens(verb: Token) -> set[int]:
    """The token ids of the verb's objects and their conjuncts."""
    return {
        t.i
        for c in verb.children
        if c.dep_ in OBJECT_DEPS
        for o in (c, *c.conjuncts)
        for t in o.subtree
    }
