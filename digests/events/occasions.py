"""Occasions: one meeting verb that tells two meetings ("met in Lindford in March and again
in Vantor in June", "last met at a dinner in Oslo last May and at the summit in Lima in
2021").

The same parties, but each conjoined at/in/on phrase carries a time or place of its own, so
each is another occasion: the mention is copied once per occasion, with that occasion's
time and place. One phrase ("met at the hotel in Lindford on Monday") is one occasion.

Does NOT handle: occasions told by two verbs (each verb is its own mention already), or
times without a preposition after the "and" ("met Monday and Thursday").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.events.merge import Mention
from digests.events.place import place_among
from digests.events.time_place import times_among
from digests.party_rule import party_key

# the clauses under a verb that tell something else, not this meeting's occasions
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "parataxis", "acl"})
OCCASION_PREPS = frozenset({"in", "at", "on", "during"})


Occasion = tuple[str | None, str | None, frozenset[int]]  # when, where, its token indices


def occasions(an: Analysis, node: Token) -> list[Occasion]:
    """(when, where, tokens) of each occasion the trigger's clause tells, when it tells two
    or more that each have a time or a place of their own; [] otherwise."""
    verb = _verb(node)
    if verb is None:
        return []
    own = _own_tokens(verb)
    cuts = [t.i for t in own if t.dep_ == "cc" and t.lower_ == "and" and _opens_occasion(t)]
    if not cuts:
        return []
    bounds = [own[0].i, *cuts, own[-1].i + 1]
    found = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        part = [t for t in own if start <= t.i < end]
        times = times_among(part)
        ids = frozenset(t.i for t in part)
        found.append((times[0] if times else None, place_among(an, part), ids))
    if any(w is None and p is None for w, p, _ in found):
        return []  # "met at the hotel and discussed the plan": one occasion only
    return found if len({(w, p) for w, p, _ in found}) == len(found) else []


def by_occasion(
    an: Analysis, mention: Mention, found: list[Occasion], node: Token
) -> list[Mention]:
    """The mention once per occasion, each with its own time and place (numbered, so that
    merge keeps them apart); unchanged when its sentence tells one occasion. A meeting noun
    inside one occasion's phrase ("and at the summit in Bali") is that occasion only.

    "Met A on Monday and B on Tuesday": a counterpart named inside one occasion's phrase
    was met on that occasion only; an occasion that names none ("and again in Y in June")
    met them all."""
    if len(found) < 2:
        return [mention]
    numbered = list(enumerate(found, start=1))
    verb = _verb(node)
    inside = [(k, o) for k, o in numbered if node.i in o[2] and node != verb]
    after = verb.i if verb is not None else node.i
    located = {
        k: [p for p in mention.parties if named_in(an, p, {i for i in ids if i > after})]
        for k, (_, _, ids) in numbered
    }
    placed = {id(p) for ps in located.values() for p in ps}
    actors = [p for p in mention.parties if id(p) not in placed]
    out = []
    for k, (when, where, _) in inside or numbered:
        parties = actors + located[k] if located[k] and actors else mention.parties
        keys = frozenset(party_key(p) for p in parties)
        out.append(
            replace(
                mention,
                parties=list(parties),
                keys=keys,
                when=when,
                where=where,
                weak_where=False,
                occasion=k,
            )
        )
    return out


def named_in(an: Analysis, party: Party, ids: set[int]) -> bool:
    """Whether the party is named among these tokens: a person by any mention of theirs,
    an organisation by the last word of its name."""
    if party.person is not None:
        return any(i in ids for i in an.cast.members[party.person].mention_tokens)
    last = party.name.split()[-1].lower() if party.name.split() else ""
    return any(an.doc[i].lower_ == last for i in ids)


def _verb(node: Token) -> Token | None:
    """The trigger's verb: itself, or the verb its meeting noun hangs on."""
    if node.pos_ == "VERB":
        return node
    holder = node.head
    for _ in range(3):  # "met for a meeting in X and at the summit in Y": up the prepositions
        if holder.pos_ != "ADP" or holder.head == holder:
            break
        holder = holder.head
    return holder if holder.pos_ in {"VERB", "AUX"} else None


def _own_tokens(verb: Token) -> list[Token]:
    """The verb's clause without the clauses under it and the predicates conjoined to it."""
    skip = {
        t.i
        for c in verb.children
        if c.dep_ in CLAUSE_DEPS or c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
        for t in c.subtree
    }
    return [t for t in verb.subtree if t.i not in skip]


def _opens_occasion(cc: Token) -> bool:
    """'and in Vantor', 'and again on Thursday', 'and at the summit': an 'and' followed by
    a place or time phrase (after 'again' or 'also'), or by a counterpart and then such a
    phrase ('met A on Monday and B on Tuesday'); not by a predicate."""
    doc = cc.doc
    nxt = cc.i + 1
    while nxt < len(doc) and doc[nxt].lower_ in {"again", "also", "later", "then"}:
        nxt += 1
    start, named = nxt, False
    while nxt < min(len(doc), cc.i + 8) and doc[nxt].pos_ in NAME_POS:
        named = named or doc[nxt].pos_ in {"PROPN", "NOUN"}
        nxt += 1  # "and Minister Paulo Serrano on Tuesday": the counterpart, then its day
    if nxt >= len(doc) or nxt > start and not named:
        return False
    return doc[nxt].lower_ in OCCASION_PREPS and doc[nxt].pos_ == "ADP"


# the words of a counterpart's name between "and" and its own time or place
NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART"})
