"""Demands only in prospect or taken back: 'plans to ask X to act', 'is considering asking',
'is likely to urge', 'stopped short of urging', 'backed away from its demand'.

The shared modality reading (modality.py) counts a planned or expected event as real,
which is right for meetings ('is expected to meet on Friday' schedules a meeting) but not
for demands: a demand someone plans to make has not been put to anyone yet, the way
'will ask' has not (demands._future). Retreats from a demand ('backed away from',
'stopped short of') cancel or negate it. Read on the demand side only, so meetings keep
their reading.
"""

from __future__ import annotations

from spacy.tokens import Token

# Predicates whose xcomp or pcomp is an act only in prospect: "plans to ask",
# "is considering asking", "is preparing to demand", "is set / likely / poised to urge".
PROSPECT_VERBS = frozenset(
    "plan intend consider contemplate weigh mull prepare mean debate".split()
)
PROSPECT_ADJS = frozenset("likely unlikely set poised due expected bound certain".split())
# Verbs whose about/of-phrase is an act only thought of: "thinking about asking".
MULLING_VERBS = frozenset("think talk speak dream".split())
# Verbs whose gerund is an act no longer done: "stopped calling for", "ceased demanding".
CEASING_VERBS = frozenset("stop cease quit".split())
# Retreats, read by verb and the adverb that makes the idiom: "stopped short of",
# "backed away from", "backed down on", "walked back", "rowed back", "climbed down".
RETREAT_ADVERBS = {
    "stop": {"short"},
    "back": {"away", "down", "off"},
    "walk": {"back"},
    "row": {"back"},
    "climb": {"down"},
    "pull": {"back"},
    "step": {"back", "away"},
}
LINKS = frozenset({"xcomp", "pcomp", "pobj", "prep", "acomp", "advmod"})


def in_prospect_or_retracted(tok: Token) -> bool:
    """Whether the demand at `tok` is only planned or expected, or taken back."""
    node = tok
    for _ in range(4):
        if node.dep_ not in LINKS or node.head == node:
            return False
        head = node.head
        lemma = head.lemma_.lower()
        if node.dep_ == "xcomp" and head.pos_ == "VERB" and lemma in PROSPECT_VERBS:
            return True
        if node.dep_ == "pcomp" and head.pos_ == "VERB" and lemma in PROSPECT_VERBS:
            return True
        if head.pos_ == "ADJ" and lemma in PROSPECT_ADJS and node.dep_ == "xcomp":
            return True  # "is likely to urge"
        if node.dep_ == "xcomp" and lemma == "expect" and _passive(head):
            return True  # "is expected to call on X": a forecast of a demand
        if node.dep_ == "prep" and node.lower_ in {"about", "of"} and lemma in MULLING_VERBS:
            return True  # "is thinking about asking X", "talked of urging X"
        if node.dep_ == "xcomp" and lemma in CEASING_VERBS:
            return True  # "has stopped calling for X": no longer made
        adverbs = RETREAT_ADVERBS.get(lemma)
        if adverbs and any(
            c.dep_ in {"advmod", "prt"} and c.lower_ in adverbs for c in head.children
        ):
            return True
        node = head
    return False


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
