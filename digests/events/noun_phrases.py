"""Noun phrases as parties: where one party's words stop and the next one's start.

Split from arguments.py: finding which tokens are a meeting's arguments is one job, turning
an argument's noun phrase into the party it names is another. Conjoined names inside one
phrase ("[Peru and coastal] states"), groups beside an of-object, a group named after the
body it belongs to ("executives at Acme and Bolt"), a proper name the model left unlabelled.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.entities import entity_at
from digests.events.group_bodies import ENVOYS, adjective_sides, bodies_acted_for
from digests.events.owners import seat_after, serves
from digests.events.place import PLACE_NOUNS
from digests.events.trigger_grammar import in_dateline, is_dateline
from digests.lexicon import DESCRIBED_GROUPS, GENERIC_BODY_HEADS, TIME_ENTS, TITLE_WORDS
from digests.parties import party_of
from digests.party_rule import NAMED_KINDS

ACTOR_GROUPS = frozenset(
    {"police", "firefighter", "paramedic", "authority", "official", "resident", "protester"}
)
# Areas people live in: "residents of the Riverside district" are not a body named Riverside.
PLACE_AREAS = frozenset(
    "city town village country area district neighborhood neighbourhood county region "
    "province suburb township ward".split()
)
# Prepositions that tie a group to the body it belongs to: "executives at Acme".
MEMBER_PREPS = frozenset({"of", "at", "from"})
# people sent to act for a body or led by someone (and a mediator, whoever appointed them)
REPRESENTATIVES = ENVOYS | {"mediator"}


Bounds = tuple[Token, "int | None", "int | None"]


def expand(an: Analysis, found: list[Token]) -> list[Bounds]:
    """Each argument with its conjuncts and listed partners, each with where its own
    description starts and stops (None: its whole phrase), so that a conjunct that is a
    party of its own is not read into its neighbour's name."""
    out: list[Bounds] = []
    for t in found:
        split = _coordinated_modifier(t)
        if split is not None:
            out += split
            continue
        out += _first_of_titled_pair(an, t)
        groups, cut = _actor_groups_after(t)
        name = _renamed(t)
        if name is None:
            out.append((t, None, cut if cut is not None else _conj_cut(t)))
        elif name.dep_ == "appos":
            out.append((name, None, None))
        out += [(c, None, _conj_cut(c)) for c in t.conjuncts if c.i > t.i and not _title_of(c)]
        out += [(g, None, None) for g in groups]
        # "growers, packers, and an arbiter": the parser makes a list an appositive
        for appos in (c for c in t.children if c.dep_ == "appos"):
            if appos.tag_ == "NNS" and an.cast.person_at(appos) is None:
                out += [
                    (a, None, _conj_cut(a)) for a in (appos, *appos.conjuncts) if a.i >= appos.i
                ]
            elif an.cast.person_at(appos) is not None:
                # "the chief executive, X, and the union's secretary, Y,": the parser hangs
                # the second party on the first one's name
                out += [(c, None, _conj_cut(c)) for c in appos.conjuncts if c.i > appos.i]
    return out


def _first_of_titled_pair(an: Analysis, tok: Token) -> list[Bounds]:
    """'Foreign Minister A and Trade Minister B met': the small model hangs the first
    titled name on the second one's title ('A' an apposition of 'Minister'), so the subject
    is B alone. A person named before an 'and' inside the argument's own phrase is a
    party too."""
    me = an.cast.person_at(tok)
    if me is None:
        return []
    span = tok.doc[tok.left_edge.i : tok.i]
    ands = [t.i for t in span if t.dep_ == "cc" and t.lower_ == "and"]
    for t in span:
        other = an.cast.person_at(t)
        named = other is not None and other != me and any(t.i < i for i in ands)
        if named and t.dep_ in {"appos", "conj", "compound", "nmod"}:
            return [(t, None, None)]
    return []


def _title_of(tok: Token) -> bool:
    """'A and chief negotiator Bo Lund': a lower-case title the parser made a conjunct is the
    title of the name right after it (a party through that name), not a party of its own."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        nxt is not None
        and tok.tag_ == "NN"
        and tok.lemma_.lower() in TITLE_WORDS
        and nxt.pos_ == "PROPN"
        and (
            nxt.ent_iob_ == "B"
            and nxt.ent_type_ == "PERSON"
            or "appos" in {nxt.dep_, nxt.head.dep_}
        )
    )


def _renamed(tok: Token) -> Token | None:
    """'the doctors' union, Kelmar Medical Teachers' Association (KMTA)': a description the
    next comma-joined name restates is one party, given once, by its name (the name's
    token; None when the description stands alone)."""
    if tok.pos_ != "NOUN" or tok.doc[tok.left_edge.i].lower_ != "the":
        return None
    appos = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
    conjuncts = [c for c in tok.conjuncts if c.i > tok.i]
    if any(c.dep_ == "cc" for w in (tok, *conjuncts) for c in w.children):
        return None
    names = appos or conjuncts
    if len(names) != 1:
        return None
    name = names[0]
    own_end = max(
        [tok.i] + [c.right_edge.i for c in tok.children if c.i > tok.i and c.i < name.left_edge.i]
    )
    while tok.doc[own_end].is_punct and own_end > tok.i:
        own_end -= 1
    comma = tok.doc[own_end + 1].text == ","
    named = name.pos_ == "PROPN" and name.ent_type_ == "ORG"
    return name if comma and named and name.left_edge.i == own_end + 2 else None


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


def clause_cut(tok: Token, cut: int | None) -> int | None:
    """'students urging the university to divest', 'residents who live nearby': a group's
    description stops before the clause that says what they do."""
    clauses = [c.left_edge.i for c in tok.children if c.dep_ in {"acl", "relcl"} and c.i > tok.i]
    if not clauses:
        return cut
    return min(clauses) if cut is None else min(cut, min(clauses))


def place_cut(tok: Token, cut: int | None) -> int | None:
    """'parents of missing hikers in a county that ...': where a group is, is not who it is.
    A generic body keeps the city or country it serves, as it keeps an owner ("the foreign
    ministry in Lima" is whose ministry, owners.py): every capital has one."""
    for d in tok.subtree:
        if d.dep_ == "prep" and d.lower_ in {"in", "at", "to"} and d.i > tok.i:
            obj = next((g for g in d.children if g.dep_ == "pobj"), None)
            if serves(tok, d, obj):
                continue
            if obj is not None and (obj.ent_type_ in {"GPE", "LOC", "FAC"} or _is_place_noun(obj)):
                return d.i if cut is None else min(cut, d.i)
        if d.dep_ == "prep" and d.lower_ == "from" and d.i > tok.i:
            # "a group of men from Lindford and nearby villages": where they come from
            objs = [g for g in d.children if g.dep_ == "pobj"]
            if any(_is_area(o) for g in objs for o in (g, *g.conjuncts)):
                return d.i if cut is None else min(cut, d.i)
    return cut


def _is_area(tok: Token) -> bool:
    """A town, district or region: a GPE/LOC name or an area noun ('nearby villages')."""
    return tok.ent_type_ in {"GPE", "LOC"} or tok.lemma_.lower() in PLACE_AREAS


def _is_place_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in PLACE_NOUNS | PLACE_AREAS


def _conj_cut(tok: Token) -> int | None:
    later = [c.i for c in tok.children if c.dep_ in {"cc", "conj"} and c.i > tok.i]
    return min(later) if later else None


def own_description(
    an: Analysis, tok: Token, party: Party, start: int | None, cut: int | None
) -> Party:
    """'four carriers and eight states' -> 'four carriers': a description stops before the
    conjunct that is a party of its own (and starts after one before it)."""
    if cut is None and start is None:
        return seat_after(an, tok, party)
    doc = an.doc
    end = cut if cut is not None else tok.right_edge.i + 1
    while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    start = tok.left_edge.i if start is None else start
    while start < tok.i and doc[start].is_punct:
        start += 1
    name = " ".join(doc[start:end].text.split())
    return Party(name=name, kind=party.kind) if name and name in party.name else party


# Words that describe a meeting, not the body holding it: "an emergency cabinet meeting".
OCCASION_WORDS = frozenset(
    "emergency special urgent extraordinary weekly monthly annual routine regular "
    "closed-door private public joint crisis".split()
)
# Quantifiers before a group that say how much of it, not which group: "all the members".
QUANTIFIERS = frozenset({"all", "both"})


def plain_group(trigger: Token, tok: Token, party: Party) -> Party:
    """A group's name without what only describes this meeting: 'met all the chairpersons'
    -> 'the chairpersons'; 'an emergency cabinet meeting' -> 'cabinet' (the emergency is
    the meeting's, not the body's)."""
    if party.kind != "anonymous":
        return party
    if tok.dep_ == "compound" and tok.head.i == trigger.i:
        # "a city council meeting": the body is the city council, not "council"
        names = [
            c.text
            for c in tok.children
            if c.dep_ == "compound" and c.i < tok.i and c.lower_ not in OCCASION_WORDS
        ]
        return Party(name=" ".join([*names, tok.text]), kind=party.kind)
    first, _, rest = party.name.partition(" ")
    if first.lower() in QUANTIFIERS and rest:
        return Party(name=rest, kind=party.kind)
    return party


def members_named(an: Analysis, tok: Token, party: Party) -> list[Party]:
    """'executives at Acme and Bolt' -> Acme, Bolt: a group of people from named bodies
    stands for those bodies; otherwise the party itself. People sent to act for others
    stand for whoever sent or leads them, one body or several: 'a delegation from Acme'
    -> Acme, 'negotiators for Acme and Bolt' -> both, 'a delegation led by X' -> X."""
    agents_for = tok.lemma_.lower() in REPRESENTATIVES
    if party.kind != "anonymous" and not agents_for:
        return [party]
    sides = adjective_sides(tok) or bodies_acted_for(an, tok)  # "a delegation from X"
    if sides:
        return sides
    # "studios represented by AMPTP", "workers led by the union": the body that acts for them
    for acl in (c for c in tok.children if c.dep_ == "acl"):
        agents = [g for a in acl.children if a.dep_ == "agent" for g in a.children]
        named = [party_of(an, g) for g in agents if g.ent_type_ in NAMED_KINDS or g.pos_ == "PROPN"]
        kinds = {"organization", "named"} if agents_for else {"organization"}
        named = [p for p in named if p is not None and p.kind in kinds]
        if named:
            return named
    preps = MEMBER_PREPS | {"for"} if agents_for else MEMBER_PREPS - {"of"}
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        objs += [c for o in objs for c in o.conjuncts if c.i > o.i]
        if agents_for:
            objs = _bodies_within(objs)  # "for the [X and Y] unions", "for X and Y"
        named = [party_of(an, o) for o in objs if o.ent_type_ in NAMED_KINDS]
        named = [p for p in named if p is not None and p.kind == "organization"]
        single = agents_for and prep.lower_ != "of"  # "representatives of X": see named_inside
        if len(named) >= 2 - single and len(named) == len(objs):
            return named
    if agents_for:
        owners = [
            c for c in tok.children if c.dep_ == "poss" and c.ent_type_ in NAMED_KINDS | {"PERSON"}
        ]
        named = [p for p in (party_of(an, c) for c in owners) if p is not None]
        if named:
            return named  # "X's delegation": X
    return [party]


ASIDE_DEPS = frozenset({"appos", "relcl", "acl", "prep"})


def _bodies_within(objs: list[Token]) -> list[Token]:
    """The root of every named entity inside these noun phrases, in order: the parser hangs
    'the Eastvale Federation and Brightwater Energy' as one phrase with a modifier."""
    roots: dict[int, Token] = {}
    for o in objs:
        aside = {t.i for c in o.children if c.dep_ in ASIDE_DEPS for t in c.subtree}
        for t in (t for t in o.subtree if t.i not in aside):  # not "X, the Y branch"
            ent = entity_at(t) if t.ent_type_ in NAMED_KINDS else None
            if ent is not None:
                roots.setdefault(ent.start, ent[-1])  # its head word
    return list(roots.values()) or objs


def named_inside(an: Analysis, tok: Token, party: Party) -> Party:
    """'members of #FairRentNow' -> '#FairRentNow', 'Acme Corp officials' -> 'Acme Corp'.

    Only a proper name that is the group's of-object or a compound of its head names the
    group; one buried deeper ("heads of the valley's farm co-ops") does not.
    """
    if party.kind != "anonymous":
        return party
    # "Kelmar's Prime Minister": the words of a capitalised title name no body
    # "the Kelmaran ambassador": one person by title, not the body a modifier names
    title = tok.lemma_.lower() in TITLE_WORDS and (tok.pos_ == "PROPN" or tok.tag_ == "NN")
    owned = title and any(c.dep_ == "poss" for c in tok.children)  # the owner is named
    candidates = [
        c
        for c in tok.children
        if c.dep_ == "compound"
        and not owned
        and not (title and c.ent_type_ != "ORG")
        and (c.pos_ == "PROPN" or c.ent_type_ == "ORG" or c.is_title)
        and c.ent_type_ not in {"GPE", "LOC", "NORP"}
        and tok.lemma_.lower() not in DESCRIBED_GROUPS
        # "the Senate finance committee": a generic body keeps its owner in its name
        and tok.lemma_.lower() not in GENERIC_BODY_HEADS
        and c.i > tok.left_edge.i - 1
        and not c.is_sent_start
    ]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for g in prep.children:
                if g.dep_ == "pobj" and (g.ent_type_ in {"GPE", "LOC"} or _is_place_noun(g)):
                    continue  # "residents of the Riverside district": who lives there
                if g.dep_ == "pobj" and g.pos_ == "PROPN":
                    candidates.append(g)
                elif g.dep_ == "pobj":
                    candidates += [
                        c for c in g.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                    ]
    for t in candidates:
        if t.ent_type_ in TIME_ENTS or not t.text[:1].isupper():
            continue  # "the foreign ministry": a lower-case word names nobody
        if an.cast.person_at(t) is not None:
            return party
        ent = entity_at(t)
        text = ent.text if ent is not None else t.text
        for prefix in ("the ", "The "):
            text = text.removeprefix(prefix)
        prefix = "#" if t.i > 0 and t.doc[t.i - 1].text == "#" else ""
        return Party(name=prefix + text, kind="organization")
    return party


def split_conjoined(an: Analysis, tok: Token, party: Party) -> Party:
    """'Acme Mining and Bolt Freight' read as one organisation by the model: each conjunct
    inside the entity names a body of its own."""
    ent = entity_at(tok)
    if party.kind != "organization" or ent is None or not any(t.dep_ == "cc" for t in ent):
        return party
    inside = range(ent.start, ent.end)
    if not any(c.i in inside for c in tok.conjuncts):
        return party
    return Party(name=an.org_names.with_acronym(proper_name(tok)), kind="organization")


def bare_name(tok: Token) -> bool:
    """A capitalised name the model left unlabelled, in an argument position: 'Colombia and
    Zeta met', 'talks with Brightwater'. Taking part in a meeting is what bodies and people
    do, so the position itself is the evidence that the name is a party."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or is_dateline(tok) or in_dateline(tok):
        return False
    if tok.is_upper and len(tok) > 5 or tok.text.endswith("."):
        return False  # a dateline city, an abbreviated title ("Lt.")
    return tok.lemma_.lower() not in TITLE_WORDS and tok.text[:1].isupper()


def proper_name(tok: Token) -> str:
    """The proper-noun chain the token heads: its compound and flat proper-noun modifiers."""
    start = tok.i
    while (
        start > tok.sent.start
        and tok.doc[start - 1].pos_ == "PROPN"
        and (tok.doc[start - 1].head.i == tok.i or tok.doc[start - 1].head.i == start)
    ):
        start -= 1
    return tok.doc[start : tok.i + 1].text


def person_name(ent) -> str:
    """A PERSON entity the cast does not hold, without the titles before the name."""
    words = [w for w in ent if w.lemma_.lower() not in TITLE_WORDS and not w.is_punct]
    return " ".join(w.text for w in words) or ent.text


def definite_title(tok: Token) -> bool:
    """'the President', 'the Collector': a capitalised title standing for its holder."""
    return (
        tok.pos_ == "PROPN"
        and tok.lemma_.lower() in TITLE_WORDS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def in_title(an: Analysis, tok: Token) -> bool:
    """A name inside the compound chain before a person's name."""
    node = tok
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
        if an.cast.person_at(node) is not None:
            return True
    return False


# Verbs whose object, when a place, is where someone went: "visiting Nairobi", "left Lima".
TRAVEL_OBJECT_VERBS = frozenset({"visit", "tour", "leave", "reach", "enter"})


def is_place_mention(root: Token) -> bool:
    """'in Havana', 'at the ministry', 'to Kabul', 'Brazil's capital': where, not who."""
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "to", "from", "near", "into"}:
        return True
    if root.dep_ == "compound" and root.head.lemma_.lower() in PLACE_AREAS:
        return True  # "villagers in Raikot village": the village's name
    if root.dep_ == "dobj" and root.head.lemma_.lower() in TRAVEL_OBJECT_VERBS:
        return root.ent_type_ in {"GPE", "LOC", "FAC"}  # "who is visiting Nairobi"
    return root.dep_ in {"poss", "compound", "amod"} and root.ent_type_ in {"GPE", "NORP"}


def gone_to(trigger: Token, obj: Token) -> bool:
    """'on a visit to Nairobi', 'a trip to Lima': where the visit went, not a party to it."""
    return trigger.lemma_.lower() in {"visit", "trip"} and obj.ent_type_ in {"GPE", "LOC", "FAC"}
