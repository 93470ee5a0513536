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

from digests.analysis import Analysis, Party
from digests.entities import entity_at
from digests.events.pairs import (
    is_pair_of_organisations,
    is_pair_of_people,
    last_two,
    last_two_parties,
)
from digests.events.time_place import PLACE_NOUNS
from digests.events.triggers import (
    AROUND_PREPS,
    COUNTERPART_VERBS,
    GROUP_WORDS,
    in_dateline,
    is_dateline,
    objects_of,
    trigger_node,
    verb_lemma,
    with_phrases,
)
from digests.lexicon import GROUP_NOUNS, PARTNER_PREPS, TIME_ENTS, TITLE_WORDS
from digests.parties import PLURAL_PRONOUNS, SUBJECT_DEPS, Discourse, party_of
from digests.party_rule import NAMED_KINDS, is_party, party_key

HOLD_VERBS = frozenset({"hold", "have", "attend", "host", "set", "schedule", "plan", "mark"})
HOLD_VERBS |= frozenset({"leave", "call", "convene", "arrange", "join", "end", "begin"})
HOLD_VERBS |= frozenset({"resume", "continue", "open", "conclude", "wrap", "chair", "enter"})
ACTOR_GROUPS = frozenset(
    {"police", "firefighter", "paramedic", "authority", "official", "resident", "protester"}
)
# Verbs whose object is the other party: "met the mayor", "summoned the ambassador".
OBJECT_PARTY_VERBS = frozenset({"meet", "visit", "host", "summon", "receive", "call"})
# "the talks brought together X and Y": verbs whose object, with a meeting as subject, took part
GATHER_VERBS = frozenset({"include", "involve", "bring", "gather", "draw", "feature", "pit"})
# "walked out of the talks beside X": whoever was with the actor was there too
ALONGSIDE_PREPS = frozenset({"with", "beside", "alongside"})
# Prepositions that tie a group to the body it belongs to: "executives at Acme".
MEMBER_PREPS = frozenset({"of", "at", "from"})


def participants(
    an: Analysis,
    tok: Token,
    earlier: list[list[Party]],
    discourse: Discourse,
    *,
    lone_actor: bool = False,
) -> list[Party]:
    """The parties of the meeting that trigger `tok` reports, in the order found.

    `earlier` holds the parties of the meetings read so far, for "the pair". With
    `lone_actor` (a mention of a meeting already known: "at the meeting, X spoke") one
    named actor around the trigger is enough to count as present.
    """
    found = [
        t
        for t in _argument_tokens(tok, lone_actor)
        if trigger_node(t, an.text) is None and t.ent_type_ not in TIME_ENTS
    ]
    parties: list[Party] = []
    for t, start, cut in _expand(an, found):
        if t.lower_ in GROUP_WORDS or t.lemma_.lower() in GROUP_WORDS or is_pair_of_people(t):
            parties += last_two(an, t, earlier)
            continue
        if t.lower_ in PLURAL_PRONOUNS:
            # "They met": the parties the story just put together, each a party of its own
            parties += _last_parties(an, t, earlier, discourse)
            continue
        if is_pair_of_organisations(t):
            parties += last_two_parties(an, t, organisations_only=True)
            continue
        if t.ent_type_ in TIME_ENTS | {"CARDINAL", "QUANTITY", "MONEY"} or t.pos_ == "NUM":
            continue
        party = party_of(an, t, discourse=discourse)
        if party is None:
            continue
        if party.kind == "anonymous" and t.ent_type_ == "PERSON" and entity_at(t) is not None:
            party = Party(name=_person_name(entity_at(t)), kind="named")  # outside the cast
        if party.kind == "anonymous":
            cut = _place_cut(t, cut)
            party = _named_inside(an, t, _own_description(an, t, party, start, cut))
        if is_party(an, t, party, unnamed_roles=True):
            parties.extend(_members_named(an, t, party))
        elif party.kind in {"anonymous", "organization"} and _bare_name(t):
            parties.append(Party(name=_proper_name(t), kind="organization"))
    unique: dict = {}
    for p in parties:
        unique.setdefault(party_key(p), p)
    return list(unique.values())


def _argument_tokens(tok: Token, lone_actor: bool = False) -> list[Token]:
    """The tokens in argument positions around a trigger: who met, with whom.

    The rules read the parse, not the trigger word: subjects (through xcomp, conj, purpose
    and relative clauses), the object of a counterpart verb, passive agents, and the
    with/between/among phrases of the trigger or its object.
    """
    if tok.pos_ == "VERB":
        found = _subjects(tok)
        lemma = verb_lemma(tok)
        if lemma in COUNTERPART_VERBS or lemma == "see":
            found += objects_of(tok)
        found += _agents(tok)
        found += [g for c in with_phrases(tok) for g in c.children if g.dep_ == "pobj"]
    else:
        found = _noun_arguments(tok, lone_actor)
    to_party = tok.lemma_.lower() in {"speak", "talk", "chat", "visit", "call", "trip"}
    for child in tok.children:
        if child.dep_ != "prep":
            continue
        low = child.lower_
        if low in PARTNER_PREPS | ALONGSIDE_PREPS or to_party and low == "to" or low == "before":
            found += [g for g in child.children if g.dep_ == "pobj"]
        elif low in {"of", "by"} and tok.pos_ != "VERB":
            found += [g for g in child.children if g.dep_ == "pobj"]  # "a meeting of X"
    for child in tok.children:
        if child.dep_ == "acl":
            for prep in child.children:
                if prep.dep_ == "agent" or prep.dep_ == "prep" and prep.lower_ in PARTNER_PREPS:
                    found += [g for g in prep.children if g.dep_ == "pobj"]  # "hosted by X"
    return list(dict.fromkeys(found))


# Prepositions that make a meeting noun the purpose or state of its clause's subject:
# "flew to Rome for talks with Y", "entered into talks", "are in talks".
PURPOSE_PREPS = frozenset({"for", "into", "in", "to"})


def _noun_arguments(tok: Token, lone_actor: bool) -> list[Token]:
    """A meeting noun's holders: who held it, who acted around it, whose it was."""
    found: list[Token] = []
    holder = tok.head if tok.dep_ in {"dobj", "nsubjpass", "attr"} else None
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in PURPOSE_PREPS and prep.head.pos_ in {"VERB", "AUX"}:
        holder = prep.head
    if holder is not None and holder.pos_ in {"VERB", "AUX"}:
        found += _subjects(holder) + _agents(holder)
        found += [g for c in with_phrases(holder) for g in c.children if g.dep_ == "pobj"]
        if holder.lemma_.lower() in {"summon", "call", "invite", "bring"}:
            found += [c for c in holder.children if c.dep_ == "dobj" and c.i != tok.i]
    # "X and Y reached a deal after talks", "X emerged from the meeting": whoever
    # acts around the meeting took part in it
    elif prep is not None and prep.lower_ in AROUND_PREPS and prep.head.pos_ == "VERB":
        verb = prep.head
        # "discuss the ruling with council members": the with-phrase may hang on the object
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        around = (
            _subjects(verb)
            + _agents(verb)
            + [
                g
                for h in holders
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in ALONGSIDE_PREPS
                for g in c.children
                if g.dep_ == "pobj"
            ]
        )
        if sum(1 + len(t.conjuncts) for t in around) >= 2:
            found += around  # only a group: "a few onlookers started yelling" is no party
        elif lone_actor or _has_partner(tok):
            # a meeting already known ("at the meeting, X spoke"), or one whose trigger names
            # the other side ("X said in a conversation with Y"): one named actor is enough
            found += [t for t in around if t.ent_type_ in NAMED_KINDS | {"PERSON"}]
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in GATHER_VERBS:
        found += [c for c in tok.head.children if c.dep_ == "dobj"]
    for child in tok.children:
        if child.dep_ == "poss":
            found.append(child)
        if child.dep_ in {"compound", "amod"} and child.ent_type_ in {"ORG", "PERSON", "NORP"}:
            found.append(child)
        elif (
            child.dep_ == "compound"
            and child.pos_ == "PROPN"
            and child.lemma_.lower() in GROUP_NOUNS
        ):
            found.append(child)  # "the Dunmore Town Council meeting", unlabelled
    return found


Bounds = tuple[Token, "int | None", "int | None"]


def _expand(an: Analysis, found: list[Token]) -> list[Bounds]:
    """Each argument with its conjuncts and listed partners, each with where its own
    description starts and stops (None: its whole phrase), so that a conjunct that is a
    party of its own is not read into its neighbour's name."""
    out: list[Bounds] = []
    for t in found:
        split = _coordinated_modifier(t)
        if split is not None:
            out += split
            continue
        groups, cut = _actor_groups_after(t)
        out.append((t, None, cut if cut is not None else _conj_cut(t)))
        out += [(c, None, _conj_cut(c)) for c in t.conjuncts if c.i > t.i]
        out += [(g, None, None) for g in groups]
        # "growers, packers, and an arbiter": the parser makes a list an appositive
        for appos in (c for c in t.children if c.dep_ == "appos" and c.tag_ == "NNS"):
            if an.cast.person_at(appos) is None:
                out += [
                    (a, None, _conj_cut(a)) for a in (appos, *appos.conjuncts) if a.i >= appos.i
                ]
    return out


def _coordinated_modifier(tok: Token) -> list[Bounds] | None:
    """'between Peru and coastal states' parsed as '[Peru and coastal] states': a named
    modifier coordinated inside the noun phrase is a party of its own, and the rest of
    the phrase ('coastal states') another."""
    for mod in tok.children:
        if mod.dep_ not in {"nmod", "compound"} or mod.i > tok.i:
            continue
        if not mod.ent_type_ and mod.pos_ != "PROPN":
            continue
        cc = next((c for c in mod.children if c.dep_ == "cc"), None)
        conj = next((c for c in mod.children if c.dep_ == "conj"), None)
        if cc is None or conj is None:
            continue
        if conj.ent_type_ != mod.ent_type_ or not conj.ent_type_:
            own = [(conj, None, None)] if conj.pos_ == "PROPN" else []
            return [(mod, None, cc.i), *own, (tok, conj.left_edge.i, None)]
    return None


def _actor_groups_after(tok: Token) -> tuple[list[Token], int | None]:
    """'the representatives of the company and police': a bare actor group joined to the
    of-object is the head's partner, not part of the company. Returns the groups and
    where the head's own description stops."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            groups = [
                c
                for c in obj.conjuncts
                if c.i > obj.i
                and c.lemma_.lower() in ACTOR_GROUPS
                and not any(d.dep_ == "det" for d in c.children)
            ]
            if groups:
                cc = [d for d in obj.children if d.dep_ == "cc"]
                return groups, cc[0].i if cc else groups[0].i
    return [], None


def _place_cut(tok: Token, cut: int | None) -> int | None:
    """'parents of missing hikers in a county that ...': where a group is, is not who it is."""
    for d in tok.subtree:
        if d.dep_ == "prep" and d.lower_ in {"in", "at"} and d.i > tok.i:
            obj = next((g for g in d.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ in {"GPE", "LOC", "FAC"} or _is_place_noun(obj)):
                return d.i if cut is None else min(cut, d.i)
    return cut


def _is_place_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in PLACE_NOUNS | {"city", "town", "village", "country", "area"}


def _conj_cut(tok: Token) -> int | None:
    later = [c.i for c in tok.children if c.dep_ in {"cc", "conj"} and c.i > tok.i]
    return min(later) if later else None


def _own_description(
    an: Analysis, tok: Token, party: Party, start: int | None, cut: int | None
) -> Party:
    """'four carriers and eight states' -> 'four carriers': a description stops before the
    conjunct that is a party of its own (and starts after one before it)."""
    if cut is None and start is None:
        return party
    doc = an.doc
    end = cut if cut is not None else tok.right_edge.i + 1
    while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    start = tok.left_edge.i if start is None else start
    while start < tok.i and doc[start].is_punct:
        start += 1
    name = " ".join(doc[start:end].text.split())
    return Party(name=name, kind=party.kind) if name and name in party.name else party


def _members_named(an: Analysis, tok: Token, party: Party) -> list[Party]:
    """'executives at Acme and Bolt' -> Acme, Bolt: a group of people from named bodies
    stands for those bodies; otherwise the party itself."""
    if party.kind != "anonymous":
        return [party]
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEMBER_PREPS - {"of"}:
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        objs += [c for o in objs for c in o.conjuncts if c.i > o.i]
        named = [party_of(an, o) for o in objs if o.ent_type_ in NAMED_KINDS]
        named = [p for p in named if p is not None and p.kind == "organization"]
        if len(named) >= 2 and len(named) == len(objs):
            return named
    return [party]


def is_group_gathering(tok: Token, party: Party) -> bool:
    """'Heads of the seven guilds ended their session', 'the delegates met': one plural
    group meeting among itself, a meeting with a single party."""
    if party.person is not None or party.kind not in {"anonymous", "organization"}:
        return False
    if tok.pos_ == "VERB":
        if any(c.dep_ in {"dobj", "agent"} for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in tok.children
        ):
            return False
        subjects = _subjects(tok)
    else:
        own = any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
        holder = tok.head if tok.dep_ == "dobj" else None
        subjects = _subjects(holder) if own and holder is not None else []
    return any(s.tag_ in {"NNS", "NNPS"} and s.lemma_.lower() in GROUP_NOUNS for s in subjects)


def _has_partner(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in tok.children)


def _agents(verb: Token) -> list[Token]:
    """'was joined by X': the passive's agent acts too."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _subjects(verb: Token) -> list[Token]:
    node = verb
    for _ in range(3):
        subs = [c for c in node.children if c.dep_ in SUBJECT_DEPS and not is_dateline(c)]
        if subs and node.dep_ == "relcl" and subs[0].lower_ in {"who", "that", "which"}:
            return [node.head]  # "X, who met with Y": X
        if not subs and node.dep_ == "acl" and node.tag_ == "VBG":
            return [node.head]  # "delegates leaving the meeting": the delegates
        if subs:
            return subs
        if node.dep_ not in {"xcomp", "conj", "advcl", "ccomp"} or node.head is node:
            break
        node = node.head
    return []


def _named_inside(an: Analysis, tok: Token, party: Party) -> Party:
    """'members of #FairRentNow' -> '#FairRentNow', 'Acme Corp officials' -> 'Acme Corp'.

    Only a proper name that is the group's of-object or a compound of its head names the
    group; one buried deeper ("heads of the valley's farm co-ops") does not.
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
        ent = entity_at(t)
        text = ent.text if ent is not None else t.text
        for prefix in ("the ", "The "):
            text = text.removeprefix(prefix)
        prefix = "#" if t.i > 0 and t.doc[t.i - 1].text == "#" else ""
        return Party(name=prefix + text, kind="organization")
    return party


def sentence_parties(an: Analysis, tok: Token, discourse: Discourse) -> list[Party]:
    """The named parties of the trigger's sentence, outside quotes: people of the cast and
    organisations, governments and groups the model names. Places a sentence only stands in
    ("in Havana", "at the Foreign Office") are not parties."""
    found: dict = {}
    for t in tok.sent:
        if an.in_quote(t) or t.idx < an.headline_end or is_dateline(t) or in_dateline(t):
            continue
        idx = an.cast.person_at(t)
        if idx is not None:
            found.setdefault(idx, Party(name=an.cast.members[idx].name, kind="named", person=idx))
            continue
        if t.ent_type_ not in NAMED_KINDS or t.ent_iob_ != "B" and t.dep_ != "compound":
            continue
        ent = entity_at(t)
        if ent is None or ent.start != t.i or _is_place_mention(ent.root):
            continue
        party = party_of(an, ent.root, discourse=discourse)
        if party is not None and party.kind == "organization":
            found.setdefault(party_key(party), party)
    return list(found.values())


def _last_parties(
    an: Analysis, tok: Token, earlier: list[list[Party]], discourse: Discourse
) -> list[Party]:
    """'they' as a meeting's subject: the previous sentence's named parties when it names
    two or more, else the last meeting's parties."""
    k = an.sentence_number(tok)
    if k > 0:
        before = sentence_parties(an, an.sents[k - 1][0], discourse)
        if len(before) >= 2:
            return before
    return list(earlier[-1]) if earlier else []


def previous_parties(an: Analysis, tok: Token, discourse: Discourse) -> list[Party]:
    """The named parties of the sentence before the trigger's (none for the first)."""
    k = an.sentence_number(tok)
    return sentence_parties(an, an.sents[k - 1][0], discourse) if k > 0 else []


def _is_place_mention(root: Token) -> bool:
    """'in Havana', 'at the ministry', 'to Kabul', 'Brazil's capital': where, not who."""
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "to", "from", "near", "into"}:
        return True
    return root.dep_ in {"poss", "compound", "amod"} and root.ent_type_ in {"GPE", "NORP"}


def _bare_name(tok: Token) -> bool:
    """A capitalised name the model left unlabelled, in an argument position: 'Colombia and
    Zeta met', 'talks with Brightwater'. Taking part in a meeting is what bodies and people
    do, so the position itself is the evidence that the name is a party."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or is_dateline(tok) or in_dateline(tok):
        return False
    if tok.is_upper and len(tok) > 5 or tok.text.endswith("."):
        return False  # a dateline city, an abbreviated title ("Lt.")
    return tok.lemma_.lower() not in TITLE_WORDS and tok.text[:1].isupper()


def _proper_name(tok: Token) -> str:
    """The proper-noun chain the token heads: its compound and flat proper-noun modifiers."""
    start = tok.i
    while (
        start > tok.sent.start
        and tok.doc[start - 1].pos_ == "PROPN"
        and (tok.doc[start - 1].head.i == tok.i or tok.doc[start - 1].head.i == start)
    ):
        start -= 1
    return tok.doc[start : tok.i + 1].text


def _person_name(ent) -> str:
    """A PERSON entity the cast does not hold, without the titles before the name."""
    words = [w for w in ent if w.lemma_.lower() not in TITLE_WORDS and not w.is_punct]
    return " ".join(w.text for w in words) or ent.text
