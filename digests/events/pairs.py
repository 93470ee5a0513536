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
from digests.parties import SUBJECT_DEPS, party_of
from digests.party_rule import is_party, party_key

# Organisation nouns that "the two ..." can stand for: the last two organisations named.
ORG_PAIR_NOUNS = frozenset({"company", "firm", "union", "country", "nation", "government"})


def last_two(an: Analysis, tok: Token, earlier: list[list[Party]]) -> list[Party]:
    """'the pair', 'the two sides': the last two parties the story put together."""
    for parties in reversed(earlier):
        if len(parties) >= 2:
            return parties[:2]
    if tok.lemma_.lower() == "side":
        return _opposed_pair(an, tok)  # "the two sides": the two just set against each other
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


# "X is at odds with Y", "X sparred with Y": a with-object set against the subject
AGAINST_PREPS = frozenset({"with", "against"})


def _opposed_pair(an: Analysis, tok: Token) -> list[Party]:
    """'The two sides': the two parties the nearest earlier sentence (of the last three and
    this one) sets against each other: coordinated subjects ('X and Y traded offers'),
    'between X and Y', or a subject acting with or against an object ('X is feuding with
    Y'). A sentence that pairs more or fewer than two, or no such sentence, gives no guess.
    """
    k = an.sentence_number(tok)
    for sent in reversed(an.sents[max(0, k - 3) : k + 1]):
        pairs = [p for p in _pairings(an, sent, tok) if len(p) == 2]
        if not pairs:
            continue
        keys = {tuple(sorted(map(str, map(party_key, p)))) for p in pairs}
        return pairs[0] if len(keys) == 1 else []
    return _only_two_bodies(an, tok)


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
    """Each set of parties the sentence puts on opposite sides, in text order."""
    found: list[list[Party]] = []
    for t in sent:
        if t.i >= before.i or an.in_quote(t):
            break
        group: list[Token] = []
        if t.dep_ in SUBJECT_DEPS and t.conjuncts and t.pos_ != "PRON":
            if any(c.i < t.i for c in t.conjuncts):
                continue  # counted at the first conjunct
            group = [t, *t.conjuncts]
        elif t.dep_ == "prep" and t.lower_ == "between":
            obj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.conjuncts:
                group = [obj, *obj.conjuncts]
        elif t.dep_ == "prep" and t.lower_ in AGAINST_PREPS and t.head.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in t.head.children if c.dep_ in SUBJECT_DEPS), None)
            obj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if subj is not None and obj is not None and subj.pos_ != "PRON":
                group = [subj, *subj.conjuncts, obj, *obj.conjuncts]
        if not group:
            continue
        parties = []
        for g in group:
            party = party_of(an, g)
            if party is None or not is_party(an, g, party, unnamed_roles=True):
                parties = []
                break
            if all(party_key(p) != party_key(party) for p in parties):
                parties.append(party)
        if parties:
            found.append(parties)
    return found


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


def _counts_two(tok: Token) -> bool:
    """'the two ...', 'both ...': a noun phrase that says it names two."""
    return any(
        (c.dep_ == "nummod" and c.lower_ == "two")
        or (c.dep_ in {"det", "predet"} and c.lower_ == "both")
        for c in tok.children
    )


def is_pair_of_organisations(tok: Token) -> bool:
    """'the two companies', 'both unions': two organisations the story has just named."""
    return _counts_two(tok) and tok.lemma_.lower() in ORG_PAIR_NOUNS


def is_pair_of_people(tok: Token) -> bool:
    """'the two leaders', 'both men': two people the story has just named; also 'the two
    last met', which the parser reads as a subject 'last' counted by 'two'."""
    if _counts_two(tok) and tok.lower_ == "last" and tok.dep_ in SUBJECT_DEPS:
        return True
    return _counts_two(tok) and tok.lemma_.lower() in PERSON_GROUP_NOUNS


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
            if obj.dep_ == "pobj" and side and _counts_two(obj):
                return obj  # "officials from both countries": the two countries
    return None
