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
from digests.events.clause_parties import sentence_parties
from digests.events.contact_frames import before_body, contact_parties, heard_at, hearing_bodies
from digests.events.counterparts import counterpart_party
from digests.events.frames import (
    AROUND_PREPS,
    COUNTERPART_VERBS,
    GATHER_VERBS,
    GROUP_WORDS,
    HEARING_NOUNS,
    OBSERVER_VERBS,
)
from digests.events.group_bodies import described_body, staff_noun
from digests.events.noun_phrases import (
    bare_name,
    clause_cut,
    definite_title,
    expand,
    gone_to,
    members_named,
    named_inside,
    own_description,
    person_name,
    place_cut,
    plain_group,
    proper_name,
    split_conjoined,
)
from digests.events.owners import with_owner
from digests.events.pairs import (
    Told,
    is_pair_of_organisations,
    is_pair_word,
    last_two,
    last_two_parties,
    nearest_pair,
    sides_of,
)
from digests.events.plural_bodies import groups_before, they_are_the_body
from digests.events.press_frames import press_partners
from digests.events.provenance import grammar_rules
from digests.events.support_frames import recipients
from digests.events.trigger_grammar import (
    chair_of,
    clause_above,
    counted_pair,
    in_dateline,
    is_dateline,
    late_subject,
    measured_holder,
    misread_light_verb,
    misread_main_verb,
    verb_lemma,
    walked_out,
    with_phrases,
)
from digests.events.triggers import from_partners, objects_of, trigger_node
from digests.lexicon import GROUP_NOUNS, PARTNER_PREPS, TIME_ENTS
from digests.parties import (
    PLURAL_PRONOUNS,
    SUBJECT_DEPS,
    Discourse,
    description_of,
    party_of,
)
from digests.party_rule import NAMED_KINDS, is_party, party_key

# Bodies that meet as one: "an emergency cabinet meeting", "the board meeting".
BODY_NOUNS = frozenset({"cabinet", "board", "council", "committee", "commission", "panel"})
# "walked out of the talks beside X": whoever was with the actor was there too
ALONGSIDE_PREPS = frozenset({"with", "beside", "alongside"})


def participants(
    an: Analysis,
    tok: Token,
    earlier: list[Told],
    discourse: Discourse,
    *,
    lone_actor: bool = False,
    rules: dict | None = None,
) -> list[Party]:
    """The parties of the meeting that trigger `tok` reports, in the order found.

    `earlier` holds the meetings read so far (sentence, parties), for "the pair". With
    `lone_actor` (a mention of a meeting already known: "at the meeting, X spoke") one
    named actor around the trigger is enough to count as present. `rules` gets their rules.
    """
    found = [
        t
        for t in _argument_tokens(tok, lone_actor)
        if trigger_node(t, an.text) is None and t.ent_type_ not in TIME_ENTS and not in_dateline(t)
    ]
    parties: list[Party] = []
    marks: list[tuple[int, Token]] = []  # each argument token, after the parties before it
    for t, start, cut in expand(an, found):
        marks.append((len(parties), t))
        t = sides_of(t) or t  # "negotiators for both sides": the sides
        if t.lower_ in GROUP_WORDS or t.lemma_.lower() in GROUP_WORDS or is_pair_word(t):
            parties += last_two(an, t, earlier)
            continue
        if t.lower_ in PLURAL_PRONOUNS:
            # "They met": the parties the story just put together, each a party of its own
            parties += _last_parties(an, t, earlier, discourse)
            continue
        if is_pair_of_organisations(t):
            parties += nearest_pair(an, t, earlier, "organization") or last_two_parties(
                an, t, organisations_only=True
            )
            continue
        if t.ent_type_ in TIME_ENTS | {"CARDINAL", "QUANTITY", "MONEY"} or t.pos_ == "NUM":
            continue
        if t.text.endswith(".") and len(t.text) <= 5 and t.lemma_.lower() not in PLURAL_PRONOUNS:
            t = next((c for c in t.children if c.dep_ in {"appos", "compound"}), t)
            if t.text.endswith("."):
                continue  # "Lt. Gov. X": an abbreviated title is not the person
        counterpart = counterpart_party(an, t, discourse)
        if counterpart is not None:
            parties.append(counterpart)  # "his Kelmaran counterpart": that office's holder
            continue
        party = party_of(an, t, discourse=discourse)
        if party is None:
            continue
        party = with_owner(an, t, split_conjoined(an, t, party))  # "Kelmar's Foreign Office"
        party = described_body(an, t, party) or party  # "the company": the one named before
        if party.kind == "anonymous" and t.ent_type_ == "PERSON" and entity_at(t) is not None:
            party = Party(name=person_name(entity_at(t)), kind="named")  # outside the cast
        staff = False
        if party.kind == "anonymous":
            cut = clause_cut(t, place_cut(t, cut))
            party = named_inside(an, t, own_description(an, t, party, start, cut))
            party = plain_group(tok, t, party)
            # "Acme bosses", "negotiators of Acme": the staff stand for their body
            staff = party.kind == "organization" and staff_noun(t)
        if definite_title(t) and party.kind == "organization":
            party = Party(name=description_of(an, t), kind="anonymous")  # "the President"
        if staff or is_party(an, t, party, unnamed_roles=True):
            parties.extend(members_named(an, t, party))
        elif party.kind in {"anonymous", "organization"} and bare_name(t):
            parties.append(Party(name=proper_name(t), kind="organization"))
    grammar_rules(tok, parties, marks, into=rules)  # why each party, for --explain
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
        found += _agents(tok) + contact_parties(tok) + press_partners(tok)
        found += [g for c in with_phrases(tok) for g in c.children if g.dep_ == "pobj"]
    else:
        found = _noun_arguments(tok, lone_actor) + from_partners(tok) + recipients(tok)
        found += hearing_bodies(tok)  # "attended a hearing before the board"
        found += press_partners(tok)  # "X's debate with Y"
    to_party = tok.lemma_.lower() in {"speak", "talk", "chat", "visit", "call", "trip"}
    for child in tok.children:
        if child.dep_ != "prep":
            continue
        low = child.lower_
        if low in PARTNER_PREPS | ALONGSIDE_PREPS or to_party and low == "to" or low == "before":
            found += [g for g in child.children if g.dep_ == "pobj" and not gone_to(tok, g)]
        elif low in {"of", "by"} and tok.pos_ != "VERB":
            found += [g for g in child.children if g.dep_ == "pobj"]  # "a meeting of X"
    for child in tok.children:
        if child.dep_ == "acl":
            for prep in child.children:
                if prep.dep_ == "agent" or prep.dep_ == "prep" and prep.lower_ in PARTNER_PREPS:
                    found += [g for g in prep.children if g.dep_ == "pobj"]  # "hosted by X"
                found += chair_of(prep)
    found += [t for c in tok.children for t in chair_of(c)]
    return list(dict.fromkeys(found))


# Prepositions that make a meeting noun the purpose or state of its clause's subject:
# "flew to Rome for talks with Y", "entered into talks", "are in talks".
PURPOSE_PREPS = frozenset({"for", "into", "in", "to"})


def _noun_arguments(tok: Token, lone_actor: bool) -> list[Token]:
    """A meeting noun's holders: who held it, who acted around it, whose it was."""
    found: list[Token] = []
    holder = tok.head if tok.dep_ in {"dobj", "nsubjpass", "attr"} else misread_light_verb(tok)
    holder = holder or measured_holder(tok)
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in PURPOSE_PREPS and prep.head.pos_ in {"VERB", "AUX"}:
        holder = prep.head
    if prep is not None and tok.lemma_.lower() == "table":
        # "were back at the negotiating table": whoever is at the table
        holder = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if holder is not None and holder.lemma_.lower() in OBSERVER_VERBS:
        holder = None  # "a reporter was allowed to observe the meeting": no party to it
    if holder is not None and holder.pos_ in {"VERB", "AUX"}:
        found += (_subjects(holder) or counted_pair(tok)) + _agents(holder)
        found += [g for c in with_phrases(holder) for g in c.children if g.dep_ == "pobj"]
        if holder.lemma_.lower() in {"summon", "call", "invite", "bring"}:
            found += [c for c in holder.children if c.dep_ == "dobj" and c.i != tok.i]
    elif prep is not None and prep.lower_ == "of" and walked_out(prep):
        found += _subjects(prep.head.head)  # "X walked out of the meeting": X was in it
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
        if sum(1 + len(t.conjuncts) for t in around) >= 2 or heard_at(tok, verb):
            found += around  # only a group: "a few onlookers started yelling" is no party
        elif lone_actor or _has_partner(tok):
            # a meeting already known ("at the meeting, X spoke"), or one whose trigger names
            # the other side ("X said in a conversation with Y"): one named actor is enough
            found += [t for t in around if t.ent_type_ in NAMED_KINDS | {"PERSON"}]
    if not found and _has_partner(tok):
        found += _reporter(tok)  # "the union said talks with X would resume": the union
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in GATHER_VERBS:
        found += [c for c in tok.head.children if c.dep_ == "dobj"]
    for child in tok.children:
        if child.dep_ == "poss":
            found.append(child)
        if child.dep_ in {"compound", "amod"} and child.ent_type_ in {"ORG", "PERSON", "NORP"}:
            found.append(child)
        elif (
            child.dep_ == "compound"
            and child.lemma_.lower() in GROUP_NOUNS | BODY_NOUNS
            and child.text != "state"  # "a state visit": a visit of state, by no "state"
        ):
            found.append(child)  # "the Dunmore Town Council meeting", "a cabinet meeting"
    return found


def _reporter(tok: Token) -> list[Token]:
    """Who reports talks with a partner and no holder of their own: one side speaking of
    its own talks ('Y said talks with X would resume Monday')."""
    clause = event_clause(tok)
    head = clause.head
    if clause.dep_ != "ccomp" or head.lemma_.lower() not in REPORTING or head.pos_ != "VERB":
        return []
    return [s for s in _subjects(head) if s.ent_type_ in NAMED_KINDS | {"PERSON"} or _body(s)]


def _body(tok: Token) -> bool:
    """'the union', 'the company': a definite body the story has named (not 'aides')."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return definite and tok.tag_ == "NN" and tok.lemma_.lower() in GROUP_NOUNS | BODY_NOUNS


def subject_keys(an: Analysis, tok: Token, discourse: Discourse) -> set:
    """The party keys of who holds the meeting: the trigger verb's subjects, or those of
    the verb whose object or complement the meeting noun is."""
    holder = tok if tok.pos_ == "VERB" else tok.head
    found = [party_of(an, s, discourse=discourse) for s in _subjects(holder)]
    found += [party_of(an, c, discourse=discourse) for s in _subjects(holder) for c in s.conjuncts]
    return {party_key(p) for p in found if p is not None}


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
    own = any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in tok.children)
    own = own or tok.lemma_.lower() in HEARING_NOUNS and before_body(tok)
    return own or bool(press_partners(tok))  # "in a debate against Y, X said"


def _agents(verb: Token) -> list[Token]:
    """'was joined by X': the passive's agent acts too."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _subjects(verb: Token) -> list[Token]:
    node = verb
    for _ in range(4):
        subs = [
            c
            for c in node.children
            if c.dep_ in SUBJECT_DEPS and not is_dateline(c) and not late_subject(c)
        ]
        if subs and node.dep_ == "relcl" and subs[0].lower_ in {"who", "that", "which"}:
            return [node.head]  # "X, who met with Y": X
        if not subs and (node.dep_ == "acl" and node.tag_ == "VBG" or misread_main_verb(node)):
            return [node.head]  # "delegates leaving the meeting": the delegates
        if subs:
            return subs
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head  # "X expressed hope after emerging from talks": X
            continue
        if (node := clause_above(node)) is None:
            break
    return []


def _last_parties(
    an: Analysis, tok: Token, earlier: list[Told], discourse: Discourse
) -> list[Party]:
    """'they' as a meeting's subject: the previous sentence's named parties when it names
    two or more, else the last meeting's parties; failing those, unless a plural group just
    before is who 'they' are, the nearest earlier two-party event's."""
    here = [p for p in sentence_parties(an, tok, discourse, before=tok.i) if p.kind != "pronoun"]
    here += groups_before(an, tok)
    if len(here) >= 2 or they_are_the_body(tok, here):
        return here  # "Ruiz faces the mayors as they sit down"
    k = an.sentence_number(tok)
    if k > 0:
        before = sentence_parties(an, an.sents[k - 1][0], discourse)
        if len(before) >= 2:
            return before
    if earlier:
        return list(earlier[-1][1])
    group = party_of(an, tok, discourse=discourse)
    if group is not None and group.kind == "anonymous" and is_party(an, tok, group):
        return [group]  # "Angry residents gathered. They met the mayor": that group
    # else the parties of the nearest earlier two-party event ("X is suing Y ... They met")
    return nearest_pair(an, tok, earlier)


def previous_parties(an: Analysis, tok: Token, discourse: Discourse) -> list[Party]:
    """The named parties of the sentence before the trigger's (none for the first)."""
    k = an.sentence_number(tok)
    return sentence_parties(an, an.sents[k - 1][0], discourse) if k > 0 else []


REPORTING = frozenset({"say", "tell", "add", "announce", "report", "confirm", "state", "note"})


def event_clause(tok: Token) -> Token:
    """The clause that reports the event: up from the trigger to the sentence's root, but not
    past a reporting verb ("X met Y, aides said": the aides were not there)."""
    node = tok
    for _ in range(12):
        head = node.head
        if head.i == node.i:
            return node
        if head.lemma_.lower() in REPORTING and node.dep_ in {"ccomp", "parataxis", "dobj"}:
            return node
        if node.dep_ in {"relcl", "advcl"} and node.pos_ in {"VERB", "AUX"}:
            return node  # "X, who met Y", "after they met": the clause of its own
        node = head
    return node
