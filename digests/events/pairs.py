"""'The pair', 'the two sides', 'the two companies': which two parties a pair word means.

Split from meeting_parties.py: resolving a pair word is its own job. Only a reading the
text supports is taken: the last meeting's two parties, the two people just named, the two
parties one recent sentence sets against each other, or the only two organisations that
have acted so far. Anything less certain gives no participants at all.

Does NOT handle: a pair named only in a quote, or "both sides" of a dispute among three.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.entities import entity_at
from digests.events.frames import MOTION_VERBS, PERSON_GROUP_NOUNS
from digests.events.noun_phrases import bare_name, proper_name, split_conjoined
from digests.events.trigger_grammar import counts_two
from digests.lexicon import TITLE_WORDS
from digests.parties import SUBJECT_DEPS, party_of, person_party
from digests.party_rule import is_party, party_key

# Pronouns that stand for one person the people machinery resolves ("He accused her").
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Organisation nouns that "the two ..." can stand for: the last two organisations named.
ORG_PAIR_NOUNS = frozenset({"company", "firm", "union", "country", "nation", "government"})


# An earlier meeting as the pair resolver sees it: its sentence and its parties.
Told = tuple[int, list[Party]]


def last_two(an: Analysis, tok: Token, earlier: list[Told]) -> list[Party]:
    """'the pair', 'the two sides', 'both': the parties of the nearest earlier event between
    two parties (a meeting, or a sentence setting two against or beside each other); failing
    that, the two people just named ('the two leaders') or the story's only two bodies."""
    want = "person" if is_pair_of_people(tok) else ""
    found = nearest_pair(an, tok, earlier, want)
    if found:
        return found
    if tok.lemma_.lower() in {"side", "party"}:
        return _only_two_bodies(an, tok)  # "the two sides": the story's only two bodies
    both = tok.lower_ == "both" and tok.pos_ == "PRON" and tok.dep_ in SUBJECT_DEPS
    if tok.lower_ not in {"pair", "duo", "two"} and not both and not is_pair_of_people(tok):
        return []  # "Both sat down together": the two just named
    people: list[int] = []
    for t in reversed(an.doc[: tok.i]):
        idx = an.cast.person_at(t)
        if idx is not None and not an.in_quote(t) and idx not in people and not _destination(t):
            people.append(idx)
            if len(people) == 2:
                break
    members = an.cast.members
    ordered = sorted(people, key=lambda i: min(members[i].mention_tokens))
    return [Party(name=members[i].name, kind="named", person=i) for i in ordered]


def nearest_pair(
    an: Analysis, tok: Token, earlier: list[Told], want: str = "", reach: int | None = None
) -> list[Party]:
    """The parties of the nearest event before `tok` that sets two parties beside or
    against each other: a meeting already read, coordinated subjects ('X and Y are at
    odds'), 'between X and Y', or a subject acting on another party ('X is suing Y', 'X
    rejected an offer from Y'). Searched back sentence by sentence through the whole
    article, so a pair named paragraphs earlier still counts; within a sentence the last
    event wins, and a meeting over a mere pairing. `want` ("person", "organization") keeps
    only pairs of that kind ('the two leaders', 'the two companies'); `reach` (sentences
    back) bounds the search. Two groups named only by a plural noun ('residents and shop
    owners') are no sides."""
    k = an.sentence_number(tok)
    stop = -1 if reach is None else max(-1, k - reach - 1)
    for j in range(k, stop, -1):
        told = [p for n, p in earlier if n == j and _fits(p, want)]
        if told:
            return list(told[-1])
        pairs = [p for p in _pairings(an, an.sents[j], tok) if len(p) == 2 and _fits(p, want)]
        if pairs:
            return pairs[-1]
    return []


def _fits(parties: list[Party], want: str) -> bool:
    """Two or more parties of the kind wanted, not all of them unnamed groups."""
    if len(parties) < 2 or all(p.kind == "anonymous" for p in parties):
        return False
    if want == "person":
        return all(p.person is not None for p in parties)
    return want == "" or all(p.kind == want for p in parties)


# Prepositions that bring in the other party of a subject's act: "is at odds with Y",
# "fought against Y", "rejected an offer from Y", "sent a letter to Y".
COUNTER_PREPS = frozenset({"with", "against", "from", "to"})
# Prepositions of a state the subject is in with another party: "in a dispute with Y",
# "at odds with Y", "on a collision course with Y".
STATE_PREPS = frozenset({"in", "at", "on", "into"})


def counter_preps(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ in COUNTER_PREPS]


def _only_two_bodies(an: Analysis, tok: Token) -> list[Party]:
    """'The two sides' in a story where exactly two organisations have acted or been named
    so far (a union and an employer, two governments): those two. Any third body, or fewer than two,
    and there is no guess."""
    found: list[Party] = []
    for t in an.doc[: tok.i]:
        if not (t.dep_ in SUBJECT_DEPS or _named_body(t)) or t.pos_ == "PRON" or an.in_quote(t):
            continue
        if t.idx < an.headline_end:
            continue  # the headline restates the story
        party = party_of(an, t)
        if (
            party is None
            or party.kind != "organization"
            or not is_party(an, t, party, unnamed_roles=True)
        ):
            continue
        if all(party_key(p) != party_key(party) for p in found):
            found.append(party)
            if len(found) > 2:
                return []
    return found if len(found) == 2 else []


def _named_body(tok: Token) -> bool:
    """An organisation the model names, in any position but a place's ('the offer from
    Acme', 'talks with Acme'; not 'at the Acme offices')."""
    ent = entity_at(tok)
    if ent is None or ent.label_ != "ORG" or ent.root.i != tok.i:
        return False
    return not (tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at", "to", "into", "near"})


def _pairings(an: Analysis, sent, before: Token) -> list[list[Party]]:
    """Each set of parties the sentence puts beside or against each other, in text order:
    coordinated subjects, 'between X and Y', a subject with the party its verb acts on
    (its object, or the with/against/from/to object of the verb or of that object), and an
    owner with the other party of its noun ('X's dispute with Y')."""
    found: list[list[Party]] = []
    for t in sent:
        if t.i >= before.i:
            break
        if an.in_quote(t) or t.idx < an.headline_end:
            continue
        group: list[Token] = []
        acts = False  # a subject acting on another party
        if t.dep_ in SUBJECT_DEPS and t.conjuncts and t.pos_ != "PRON":
            if any(c.i < t.i for c in t.conjuncts):
                continue  # counted at the first conjunct
            group = [t, *t.conjuncts]
        elif t.dep_ == "prep" and t.lower_ == "between":
            obj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.conjuncts:
                group = [obj, *obj.conjuncts]
        elif t.dep_ in SUBJECT_DEPS and t.head.pos_ in {"VERB", "AUX"}:
            other = _acted_on(an, t.head)
            if other is not None and (t.pos_ != "PRON" or t.lower_ in PERSON_PRONOUNS):
                group, acts = [t, other], True
        elif t.dep_ == "poss" and t.pos_ != "PRON":
            # "the union's dispute with Acme", "Brandt's feud with Varga"
            other = next((g for p in counter_preps(t.head) for g in p.children), None)
            if other is not None and other.dep_ == "pobj":
                group, acts = [t, other], True
        if not group:
            continue
        parties = []
        for g in group:
            party = side_party(an, g)
            if party is None:
                parties = []
                break
            if all(party_key(p) != party_key(party) for p in parties):
                parties.append(party)
        if acts and any(p.kind == "anonymous" for p in parties):
            continue  # "X told reporters": an unnamed group acted on is no side of a story
        if parties:
            found.append(parties)
    return found


def side_party(an: Analysis, tok: Token) -> Party | None:
    """The party a token in a pairing stands for: a party by the usual rule, or a proper
    name the model left unlabelled ('accused Harlow Health of'), which the pairing itself
    shows to be a party."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and tok.lemma_.lower() in TITLE_WORDS:
        idx = an.cast.person_at(after)  # "union chief Ella Price", the name misparsed apart
        if idx is not None:
            return person_party(an, idx, "named")
    party = party_of(an, tok)
    if party is not None and is_party(an, tok, party, unnamed_roles=True):
        return split_conjoined(an, tok, party)  # "Acme and Bolt" read as one body: each
    if bare_name(tok) and an.cast.person_at(tok) is None:
        return Party(name=proper_name(tok), kind="organization")
    return None


def _acted_on(an: Analysis, verb: Token) -> Token | None:
    """The party a subject's verb acts on: its object ('is suing Y', 'accused Y'), else the
    first with/against/from/to object of the verb or of its object ('is in a dispute with
    Y', 'rejected an offer from Y'). A place a motion verb goes to is none."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    for head in [verb, *objects]:
        for prep in (c for c in head.children if c.dep_ == "prep"):
            for n in (g for g in prep.children if g.dep_ == "pobj"):
                if prep.lower_ in COUNTER_PREPS and not _destination(n):
                    objects.append(n)
                elif prep.lower_ in STATE_PREPS:
                    # "is in a dispute with Y", "at odds with Y": the with-phrase of the
                    # state the subject is in
                    objects += [g for p in counter_preps(n) for g in p.children if g.dep_ == "pobj"]
    for obj in objects:
        if an.in_quote(obj) or obj.pos_ == "PRON" and obj.lower_ not in PERSON_PRONOUNS:
            continue
        if side_party(an, obj) is not None:
            return obj
    return None


def last_two_parties(an: Analysis, tok: Token, *, organisations_only: bool = False) -> list[Party]:
    """The last two distinct subjects (people or organisations) before 'the two
    companies'; only organisations when `organisations_only`."""
    found: list[Party] = []
    k = an.sentence_number(tok)
    for sent in reversed(an.sents[max(0, k - 3) : k + 1]):
        for t in reversed(list(sent)):
            # a subject, or a name conjoined to one ("X and Y argued")
            subject = t.dep_ in SUBJECT_DEPS or t.dep_ == "conj" and t.head.dep_ in SUBJECT_DEPS
            if t.i >= tok.i or not subject or an.in_quote(t) or t.pos_ == "PRON":
                continue
            party = party_of(an, t)
            if party is None or not is_party(an, t, party, unnamed_roles=True):
                continue
            if organisations_only and party.kind != "organization":
                continue
            if all(party_key(p) != party_key(party) for p in found):
                found.append(party)
            if len(found) == 2:
                return found[::-1]
    return []


def is_pair_of_organisations(tok: Token) -> bool:
    """'the two companies', 'both unions': two organisations the story has just named."""
    return counts_two(tok) and tok.lemma_.lower() in ORG_PAIR_NOUNS


def is_pair_of_people(tok: Token) -> bool:
    """'the two leaders', 'both men': two people the story has just named; also 'the two
    last met', which the parser reads as a subject 'last' counted by 'two'."""
    if counts_two(tok) and tok.lower_ == "last" and tok.dep_ in SUBJECT_DEPS:
        return True
    return counts_two(tok) and tok.lemma_.lower() in PERSON_GROUP_NOUNS


def is_pair_word(tok: Token) -> bool:
    """A phrase that names the parties of an event told before: 'the two leaders', and
    'the parties', 'both parties' (unmodified: 'the opposition parties' are others)."""
    if is_pair_of_people(tok):
        return True
    if tok.lower_ != "parties" or any(c.dep_ in {"amod", "compound"} for c in tok.children):
        return False
    return counts_two(tok) or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _destination(tok: Token) -> bool:
    """'flew to Vantor', 'arrived in Vantor': a name in a motion verb's place slot is a place,
    whatever the model tagged it."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"to", "in", "into", "from", "at"}:
        return False
    return prep.head.lemma_.lower() in MOTION_VERBS


# Groups that act for each side: "negotiators for both sides", "leaders of the two sides".
SIDE_PREPS = frozenset({"for", "of", "from", "on"})


def sides_of(tok: Token) -> Token | None:
    """'Negotiators for both sides', 'officials from both countries': the pair word a plural
    group of people stands for; None when the group is no side's."""
    if tok.tag_ != "NNS":
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in SIDE_PREPS:
            continue
        for obj in prep.children:
            side = obj.lower_ == "sides" or obj.lemma_.lower() in ORG_PAIR_NOUNS
            if obj.dep_ == "pobj" and side and counts_two(obj):
                return obj  # "officials from both countries": the two countries
    return None
