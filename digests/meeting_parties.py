"""Who took part in a meeting: the parties attached to its trigger in the parse.

Split from meetings.py: finding participants is its own job. Subjects, objects of
meet/summon, with-/between-/among-objects, possessives ("X's talks with Y"), holders of a
held meeting, coordination, "the pair"/"the two sides". Every participant must be a party:
a cast member, an organisation, government or country the article names, or a group named
by a group noun ("union", "residents", "officials").

Does NOT handle: participants only implied (people quoted at a town hall), or a group named
more fully elsewhere ("farmers" for "the village's farmers").
"""

from __future__ import annotations

from spacy.tokens import Token

from .analysis import Analysis, Party
from .meeting_time import TIME_ENTS
from .meeting_triggers import AROUND_PREPS, GROUP_WORDS, PERSON_GROUP_NOUNS, trigger_node
from .parties import SUBJECT_DEPS, Discourse, party_of

HOLD_VERBS = frozenset({"hold", "have", "attend", "host", "set", "schedule", "plan", "mark"})
HOLD_VERBS |= frozenset({"leave", "call", "convene", "arrange", "join", "end", "begin"})
ACTOR_GROUPS = frozenset(
    {"police", "firefighter", "paramedic", "authority", "official", "resident", "protester"}
)


def participants(
    an: Analysis, tok: Token, earlier: list[list[Party]], discourse: Discourse
) -> list[Party]:
    found: list[Token] = []
    if tok.pos_ == "VERB":
        found += _subjects(tok)
        if tok.lemma_.lower() in {
            "meet",
            "visit",
            "host",
        }:  # "met the mayor", not "negotiate a deal"
            found += [c for c in tok.children if c.dep_ == "dobj"]
    else:
        holder = tok.head if tok.dep_ in {"dobj", "nsubjpass", "attr"} else None
        if holder is not None and holder.lemma_.lower() in HOLD_VERBS:
            found += _subjects(holder)
        # "X and Y reached a deal after talks", "X emerged from the meeting": whoever
        # acts around the meeting took part in it
        prep = tok.head if tok.dep_ == "pobj" else None
        if prep is not None and prep.lower_ in AROUND_PREPS and prep.head.pos_ == "VERB":
            verb = prep.head
            # "discuss the ruling with council members": the with-phrase may hang on the object
            holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            around = _subjects(verb) + [
                g
                for h in holders
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if sum(1 + len(t.conjuncts) for t in around) >= 2:
                found += around  # only a group: "some people began to shout" is no party
        if tok.dep_ == "nsubj":
            found += [c for c in tok.head.children if c.dep_ == "dobj"]
        for child in tok.children:
            if child.dep_ == "poss":
                found.append(child)
            if child.dep_ == "compound" and child.ent_type_ in {"ORG", "PERSON", "NORP"}:
                found.append(child)
    talk_to = tok.pos_ == "VERB" and tok.lemma_.lower() in {"speak", "talk"}
    for child in tok.children:
        if child.dep_ == "prep" and (
            child.lower_ in {"with", "between", "among", "of"} or talk_to and child.lower_ == "to"
        ):
            if child.lower_ == "of" and tok.pos_ == "VERB":
                continue
            found += [g for g in child.children if g.dep_ == "pobj"]
        for child in tok.children:
            if child.dep_ == "acl" and child.lemma_.lower() in HOLD_VERBS:
                for prep in child.children:
                    if prep.dep_ == "agent":
                        found += [g for g in prep.children if g.dep_ == "pobj"]
    found = [t for t in found if trigger_node(t, an.text) is None and t.ent_type_ not in TIME_ENTS]
    expanded: list[Token] = []
    split_off: dict[int, int] = {}  # token -> where its own description ends
    for t in found:
        expanded.append(t)
        expanded += [c for c in t.conjuncts if c.i > t.i]
        # "the representatives of the company and police": a bare actor group joined to
        # the of-object is the head's partner, not part of the company
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                groups = [
                    c
                    for c in obj.conjuncts
                    if c.i > obj.i
                    and c.lemma_.lower() in ACTOR_GROUPS
                    and not any(d.dep_ == "det" for d in c.children)
                ]
                if groups:
                    expanded += groups
                    cc = [d for d in obj.children if d.dep_ == "cc"]
                    split_off[t.i] = (cc[0].i if cc else groups[0].i) - 1
        # "officials, union leaders, and a mediator": the parser makes a list an appositive
        for appos in (c for c in t.children if c.dep_ == "appos" and c.tag_ == "NNS"):
            if an.cast.person_at(appos) is None:
                expanded += [appos, *(c for c in appos.conjuncts if c.i > appos.i)]
    parties: list[Party] = []
    for t in expanded:
        if t.lower_ in GROUP_WORDS or t.lemma_.lower() in GROUP_WORDS or _is_pair_of_people(t):
            parties += _last_two(an, t, earlier)
            continue
        if t.ent_type_ in TIME_ENTS or t.ent_type_ in {"CARDINAL", "QUANTITY", "MONEY"}:
            continue
        if t.pos_ == "NUM":
            continue
        party = party_of(an, t, discourse=discourse)
        if party is None or party.kind == "anonymous" and _is_vague(party.name):
            continue
        if t.i in split_off and party.kind == "anonymous":
            start = t.left_edge.i
            party = Party(name=an.doc[start : split_off[t.i] + 1].text, kind="anonymous")
        parties.append(_named_inside(an, t, party))
    unique: dict = {}
    for p in parties:
        unique.setdefault(party_key(p), p)
    return list(unique.values())


def _subjects(verb: Token) -> list[Token]:
    node = verb
    for _ in range(3):
        subs = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if subs and node.dep_ == "relcl" and subs[0].lower_ in {"who", "that", "which"}:
            return [node.head]  # "X, who met with Y": X
        if subs:
            return subs
        if node.dep_ not in {"xcomp", "conj", "advcl", "ccomp"} or node.head is node:
            break
        node = node.head
    return []


def _is_vague(name: str) -> bool:
    return name.lower() in {"it", "that", "this", "which", "who", "what", "someone", "one"}


def _named_inside(an: Analysis, tok: Token, party: Party) -> Party:
    """'members of #NotAgainSU' -> '#NotAgainSU', 'Acme Corp officials' -> 'Acme Corp'.

    Only a proper name that is the group's of-object or a compound of its head names the
    group; one buried deeper ("leaders of Oklahoma's tribes") does not.
    """
    if party.kind != "anonymous":
        return party
    candidates = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for g in prep.children:
                if g.dep_ == "pobj" and g.pos_ == "PROPN":
                    candidates.append(g)
                elif g.dep_ == "pobj":
                    candidates += [
                        c for c in g.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                    ]
    for t in candidates:
        if t.ent_type_ in TIME_ENTS:
            continue
        if an.cast.person_at(t) is not None:
            return party
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        text = ent.text if ent is not None else t.text
        for prefix in ("the ", "The "):
            text = text.removeprefix(prefix)
        prefix = "#" if t.i > 0 and t.doc[t.i - 1].text == "#" else ""
        return Party(name=prefix + text, kind="organization")
    return party


def _last_two(an: Analysis, tok: Token, earlier: list[list[Party]]) -> list[Party]:
    """'the pair', 'the two sides': the last two parties the story put together."""
    for parties in reversed(earlier):
        if len(parties) >= 2:
            return parties[:2]
    if tok.lemma_.lower() == "side":
        return _last_two_parties(
            an, tok
        )  # "the two sides": the two the story set against each other
    if tok.lower_ not in {"pair", "duo"} and not _is_pair_of_people(tok):
        return []
    people: list[int] = []
    for t in reversed(an.doc[: tok.i]):
        idx = an.cast.person_at(t)
        if idx is not None and not an.in_quote(t) and idx not in people:
            people.append(idx)
            if len(people) == 2:
                break
    members = an.cast.members
    ordered = sorted(people, key=lambda i: min(members[i].mention_tokens))
    return [Party(name=members[i].name, kind="named", person=i) for i in ordered]


def _last_two_parties(an: Analysis, tok: Token) -> list[Party]:
    """The last two distinct subjects (people or organisations) before 'the two sides'."""
    found: list[Party] = []
    k = an.sentence_number(tok)
    for sent in reversed(an.sents[max(0, k - 3) : k + 1]):
        for t in reversed(list(sent)):
            if t.i >= tok.i or t.dep_ not in SUBJECT_DEPS or an.in_quote(t) or t.pos_ == "PRON":
                continue
            party = party_of(an, t)
            if party is None or party.kind == "anonymous" and _is_vague(party.name):
                continue
            if all(party_key(p) != party_key(party) for p in found):
                found.append(party)
            if len(found) == 2:
                return found[::-1]
    return []


def _is_pair_of_people(tok: Token) -> bool:
    """'the two leaders', 'both men': two people the story has just named."""
    two = any(
        (c.dep_ == "nummod" and c.lower_ == "two")
        or (c.dep_ in {"det", "predet"} and c.lower_ == "both")
        for c in tok.children
    )
    return two and tok.lemma_.lower() in PERSON_GROUP_NOUNS


def sentence_people(an: Analysis, tok: Token) -> list[Party]:
    seen: dict[int, Party] = {}
    for t in tok.sent:
        idx = an.cast.person_at(t)
        if idx is not None and not an.in_quote(t) and idx not in seen:
            seen[idx] = Party(name=an.cast.members[idx].name, kind="named", person=idx)
    return list(seen.values())


def party_key(p: Party) -> str | int:
    """One key per party: the cast index of a person, else the lower-cased name."""
    return p.person if p.person is not None else p.name.lower()
