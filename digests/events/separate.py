"""One actor, several counterparts met one by one: one meeting per counterpart.

"X held bilateral meetings with A and B", "X met separately with A, B and C", "X spoke with
A; B; and C", "X met A and B in turn" report several meetings of X, each with one
counterpart, not one meeting of everybody ("X met A and B" with no such sign stays one
meeting); "A and B met C separately" reports one meeting of each actor with C. The sign is a
plural meeting noun, an adverb or phrase of separateness ("in turn", "one by one"), a
one-on-one or bilateral modifier, or a semicolon list of counterparts.

A meeting told as following another ("met A, then met B", "met A, after which he held
talks with B") is a sequel: another occasion, so it takes no counterpart from the clause
of the meeting before it (`is_sequel`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from digests.events.merge import SERIES_NOUNS, Mention
from digests.party_rule import party_key

SEPARATE_ADVERBS = frozenset({"separately", "individually", "respectively", "one-on-one"})
SEPARATE_ADJECTIVES = frozenset({"separate", "individual"})  # "held separate talks with"
# modifiers of the meeting noun, read whole (the tokenizer splits "one-on-one")
SEPARATE_MODIFIERS = frozenset({"one-on-one", "bilateral", "one-to-one"})
# "met A and B in turn", "met them one by one", "one after another"
SEPARATE_PHRASES = ("in turn", "one by one", "one after another", "one after the other")
# words that tell a meeting as coming after another one in the story's sequence
SEQUEL_ADVERBS = frozenset({"then", "later", "afterwards", "afterward", "subsequently", "next"})


def one_by_one(node: Token) -> bool:
    """Whether the trigger reports meetings held one counterpart at a time."""
    if node.tag_ == "NNS" and node.lemma_.lower() in SERIES_NOUNS:
        return True  # "held bilateral meetings with A and B"
    if any(c.dep_ == "amod" and c.lower_ in SEPARATE_ADJECTIVES for c in node.children):
        return True
    if (
        any(
            c.dep_ in {"amod", "nummod", "compound"} and _whole(c) in SEPARATE_MODIFIERS
            for c in node.children
        )
        and len(_partners(node)) >= 2
    ):
        return True  # "one-on-one meetings with A and B"; "a bilateral with A" is one
    verb = node if node.pos_ == "VERB" else node.head
    if any(c.lower_ in SEPARATE_ADVERBS for c in (*node.children, *verb.children)):
        return True
    if any(f" {phrase} " in _own_words(verb) for phrase in SEPARATE_PHRASES):
        return True
    if _distributive(verb):
        return True
    partners = [
        g for c in node.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
    ]
    return any(t.text == ";" for p in partners for t in p.subtree)


def _distributive(verb: Token) -> bool:
    """'met with each of A and B' (a distributive object), 'met A and B in separate
    meetings' (a manner phrase whose meeting noun is separate): one meeting each."""
    for c in verb.children:
        heads = [c] if c.dep_ == "dobj" else []
        if c.dep_ == "prep":
            heads = [g for g in c.children if g.dep_ == "pobj"]
        for h in heads:
            if h.lower_ == "each" and any(
                x.dep_ == "prep" and x.lower_ == "of" for x in h.children
            ):
                return True
            separate = any(a.dep_ == "amod" and a.lower_ in SEPARATE_ADJECTIVES for a in h.children)
            if c.lower_ == "in" and separate and h.lemma_.lower() in SERIES_NOUNS | {"talk"}:
                return True
    return False


def _whole(tok: Token) -> str:
    """A modifier as written, with its own dependents ("one-on-one", "in turn")."""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text.lower()


CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "xcomp", "parataxis"})


def _own_words(verb: Token) -> str:
    """The verb's own clause as lower-case words, without the clauses under it (the parser
    splits "one by one" across several of the verb's children)."""
    skip = {t.i for c in verb.children if c.dep_ in CLAUSE_DEPS for t in c.subtree}
    words = [t.lower_ for t in verb.subtree if t.i not in skip]
    return " " + " ".join(words) + " "


def _partners(node: Token) -> list[Token]:
    """The with-objects of a meeting noun and their conjuncts."""
    return [
        o
        for c in node.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
        for o in (g, *g.conjuncts)
    ]


def is_sequel(node: Token) -> bool:
    """'... and later met B', 'then held talks with B', 'after which he met B': a meeting the
    sentence tells as following another, so another occasion."""
    verb = node if node.pos_ in {"VERB", "AUX"} else node.head
    for v in {node, verb}:
        for c in v.children:
            if c.dep_ == "advmod" and c.lower_ in SEQUEL_ADVERBS:
                return True
            after = c.dep_ == "prep" and c.lower_ in {"after", "following"}
            if after and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children):
                return True  # "after which he held talks with B"
    return False


def sequel_clauses(node: Token) -> list[Token]:
    """The verbs of other clauses in the trigger's sentence told as following it ("met A on
    Monday, after which he held talks with B"): B belongs to that later meeting."""
    return [
        v
        for v in node.sent
        if v.pos_ in {"VERB", "AUX"}
        and v.i != node.i
        and is_sequel(v)
        and not any(t.i == node.i for t in v.subtree)
    ]


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
    return [_one(mention, [*mine, other], k) for k, other in enumerate(others, 1)]


def _one(mention: Mention, parties: list, occasion: int = 0) -> Mention:
    """One of the meetings held one by one: a single meeting, no longer a series. One
    actor's meetings with each counterpart get an occasion of their own, so that merge does
    not fold them back together through the actor they share ("a mediator met separately
    with the union and the board": the bodies are no named people, the mediator is)."""
    keys = frozenset(party_key(p) for p in parties)
    return replace(mention, parties=parties, keys=keys, series=False, occasion=occasion)
