"""One actor, several counterparts met one by one: one meeting per counterpart.

"X held bilateral meetings with A and B", "X met separately with A, B and C", "X spoke with
A; B; and C" report several meetings of X, each with one counterpart, not one meeting of
everybody ("X met A and B" with no such sign stays one meeting); "A and B met C
separately" reports one meeting of each actor with C. The sign is a plural
meeting noun, an adverb of separateness, or a semicolon list of counterparts.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from digests.events.merge import SERIES_NOUNS, Mention
from digests.party_rule import party_key

SEPARATE_ADVERBS = frozenset({"separately", "individually", "respectively", "one-on-one"})
SEPARATE_ADJECTIVES = frozenset({"separate", "individual"})  # "held separate talks with"


def one_by_one(node: Token) -> bool:
    """Whether the trigger reports meetings held one counterpart at a time."""
    if node.tag_ == "NNS" and node.lemma_.lower() in SERIES_NOUNS:
        return True  # "held bilateral meetings with A and B"
    if any(c.dep_ == "amod" and c.lower_ in SEPARATE_ADJECTIVES for c in node.children):
        return True
    verb = node if node.pos_ == "VERB" else node.head
    if any(c.lower_ in SEPARATE_ADVERBS for c in (*node.children, *verb.children)):
        return True
    partners = [
        g for c in node.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
    ]
    return any(t.text == ";" for p in partners for t in p.subtree)


def split_by_counterpart(mention: Mention, actors: set) -> list[Mention]:
    """The mention as one meeting per counterpart, each with the actors; unchanged when the
    actors or two counterparts are not known."""
    mine = [p for p in mention.parties if party_key(p) in actors]
    others = [p for p in mention.parties if party_key(p) not in actors]
    if len(mine) >= 2 and len(others) == 1:
        # "A and B met C separately": each actor met the one counterpart on their own
        return [_one(mention, [actor, others[0]]) for actor in mine]
    if not mine or len(others) < 2:
        return [mention]
    return [_one(mention, [*mine, other]) for other in others]


def _one(mention: Mention, parties: list) -> Mention:
    return replace(mention, parties=parties, keys=frozenset(party_key(p) for p in parties))
