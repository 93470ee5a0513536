"""Demands made with a noun: 'a set of demands on the council', 'repeated its calls for X to
act', 'at the urging of X', 'Shorter shifts were named by the guild as a demand', 'My hope is for
the board to act'. Pressure, appeals and calls faced are read in demand_calls.

Does NOT handle: a demand noun with neither a requester nor an addressee ('the demand for
housing'), nor demands named only by what they are about ('the union's pay demands').
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.events.demand_common import (
    Voices,
    actor_of_nominal,
    agent_of,
    party,
    party_or_phrase,
    text_of,
)
from digests.events.demand_frames import put_forward
from digests.events.demand_mood import mandative_that_clause
from digests.grammar import has_to, infinitive_after, infinitive_of, noun_host

DEMAND_NOUNS = frozenset({"demand", "request", "ultimatum", "deadline"})
# Nouns that carry a call for someone to act ("its calls for Lisbon to ...").
CALL_NOUNS = frozenset({"call", "demand", "request", "plea", "appeal", "ultimatum", "deadline"})
WISH_NOUNS = frozenset({"hope", "wish", "demand", "request", "call", "plea", "goal"})
# "at the urging of X", "at the request of X", "on the orders of X": X asked for the act.
URGING_NOUNS = frozenset(
    {"urging", "request", "behest", "insistence", "demand", "order", "instruction", "direction"}
)
HOLDER_VERBS = frozenset(
    {"have", "make", "issue", "present", "serve", "send", "deliver", "set", "give", "hand"}
    | {"reiterate", "renew", "repeat", "table", "submit", "list", "outline", "put", "lay"}
)
# Verbs whose subject answers a request made of it ("the board rejected a request by X").
ANSWER_VERBS = frozenset(
    """reject grant deny refuse accept approve receive consider dismiss decline turn
    heed ignore meet face resist""".split()
)
# Prepositions that name who made a request ("a request by X", "an appeal from X").
REQUESTER_PREPS = frozenset({"by", "from"})
# "the union's demands" as a place where a wanted thing is listed.
LISTING_PREPS = frozenset({"among", "as"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
LISTING_VERBS = frozenset({"include", "be"})
# Verbs whose subject makes the call they take as object ("renewed calls for ...").
CALL_MAKING_VERBS = frozenset(
    {"make", "issue", "renew", "repeat", "reiterate", "echo", "join", "voice", "lead", "step"}
)


def noun_demand(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """A demand noun in any of its frames, tried from the most to the least specific."""
    frames = (_call_for, _demand_that, put_forward, _call_for_thing, _listed_demand)
    frames += (_list_of_demands,)
    for frame in (*frames, _request_by, _call_to_act, _owned_request):
        found = frame(an, noun, voices)
        if found is not None and found[1] is None and noun.lemma_.lower() in CALL_NOUNS:
            return found[0], _addressed_to(an, noun, voices), found[2]
        if found is not None:
            return found
    return None


def _addressed_to(an: Analysis, noun: Token, voices: Voices):
    """'a plea from X to the board to act', 'issued an urgent appeal to the board': whom a
    call is put to, the to-object of the noun (or of its verb, where the parser hangs it)."""
    after = [c for c in noun.children if c.i > noun.i]
    # "a request from X to Y": the parser may hang the to-phrase on 'from' or on X
    inner = [g for c in after if c.dep_ == "prep" for g in c.children]
    after += [g for g in inner if g.dep_ == "prep"]
    after += [p for g in inner if g.dep_ == "pobj" for p in g.children if p.dep_ == "prep"]
    if noun.head.pos_ == "VERB" and noun.dep_ == "dobj":
        after += [c for c in noun.head.children if c.i > noun.i]
    to = next((c for c in after if c.dep_ in {"prep", "dative"} and c.lower_ == "to"), None)
    return (
        party(an, next((g for g in to.children if g.dep_ == "pobj"), None), voices) if to else None
    )


def _list_of_demands(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'X drew up a set of demands on the trustees'."""
    if noun.lemma_.lower() not in DEMAND_NOUNS or an.in_quote(noun):
        return None
    holder, passed = noun, None
    while holder.dep_ in {"pobj", "prep", "dobj", "attr", "dative"} and holder.head != holder:
        holder = holder.head
        if holder.pos_ == "VERB":
            break
        if holder.dep_ == "dative":
            passed = holder  # "gave X an ultimatum" with the ultimatum hung on X
    if holder.pos_ != "VERB" or holder.lemma_.lower() not in HOLDER_VERBS:
        return None
    target = None
    # "an ultimatum to X", or (as the parser often hangs it) "issued ... to X" on the verb
    after = [c for c in holder.children if c.i > noun.i]
    for prep in (*noun.children, *after):
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in {"for", "to", "on"}:
            target = next((g for g in prep.children if g.dep_ == "pobj"), None)
            break
    if target is None:  # "gave the president an ultimatum to resign"
        target = passed or next(
            (c for c in holder.children if c.dep_ == "dative" and c.pos_ != "ADP"), None
        )
    if target is None:  # "handed X an ultimatum" read as two objects: the first is X
        target = next((c for c in holder.children if c.dep_ == "dobj" and c.i < noun.i), None)
    if target is None:
        return _stated_demands(an, noun, holder, voices)
    by = party(an, agent_of(holder), voices)
    of = party(an, target, voices)
    act = infinitive_of(noun) or infinitive_after(target)
    return by, of, text_of(an, act or noun)  # "an ultimatum to X to act"


def _stated_demands(an: Analysis, noun: Token, holder: Token, voices: Voices) -> tuple | None:
    """'The union set out its demands: safe staffing and a pay rise', 'We reiterated our
    demands', 'issued an ultimatum: apologise or face a sit-in': demands put by the subject
    of the verb that states them, of no one named. Only the subject's own demands (no
    other owner) and a verb that states them ('have demands' is not putting them)."""
    if noun.dep_ != "dobj" or holder.lemma_.lower() == "have":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.tag_ != "PRP$":
        return None  # "presented the union's demands": the union's, read by _listed_demand
    by = party_or_phrase(an, agent_of(holder), voices)
    if by is None:
        return None
    doc = noun.doc
    colon = noun.right_edge.i + 1
    if colon < noun.sent.end - 1 and doc[colon].text == ":":
        rest = doc[colon + 1 : noun.sent.end]
        words = [t for t in rest if not (t.is_punct and t.i == rest.end - 1)]
        if words:
            return by, None, an.text[words[0].idx : words[-1].idx + len(words[-1])]
    return by, None, text_of(an, noun)


def _call_for(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'repeated its calls for the growers to act': of = the for-object, text = the act."""
    if noun.lemma_.lower() not in CALL_NOUNS or noun.pos_ != "NOUN":
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if prep is None and noun.dep_ == "nsubj":
        # "Calls are growing for X to act": the for-phrase hung on the verb of the calls
        prep = next(
            (
                c
                for c in noun.head.children
                if c.dep_ == "prep" and c.lower_ == "for" and c.i > noun.head.i
            ),
            None,
        )
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if obj is None:
        return _call_for_clause(an, noun, voices) or _for_clause_on_noun(an, noun, voices)
    action = infinitive_of(obj) or infinitive_after(obj)  # the parser may hang it on the noun
    if action is None and noun.head.pos_ == "VERB":
        action = next(
            (
                c
                for c in noun.head.children
                if c.dep_ == "advcl" and c.i == obj.right_edge.i + 2 and has_to(c)
            ),
            None,
        )
    if action is None:
        return None
    of = party(an, obj, voices)
    if of is None:
        return None
    return _owner(an, noun, voices), of, text_of(an, action)


def _demand_that(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'the union's demand that the city pay overtime': of = the clause's subject."""
    if noun.lemma_.lower() not in CALL_NOUNS or noun.pos_ != "NOUN":
        return None
    clause = mandative_that_clause(noun)
    if clause is None:
        return None
    of = party(an, next((c for c in clause.children if c.dep_ == "nsubj"), None), voices)
    by = _owner(an, noun, voices)
    return (by, of, text_of(an, clause)) if by is not None or of is not None else None


def _call_for_thing(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'X renewed calls for the resignation of Y': a call made by the light verb's subject.

    Only with a verb that makes or repeats the call: in 'rejected calls for ...' the
    subject is the one who refuses, not the one who asks.
    """
    if noun.lemma_.lower() not in CALL_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in CALL_MAKING_VERBS:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    wanted = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if wanted is None or wanted.pos_ == "PRON":
        return None
    by = party(an, agent_of(verb), voices)
    of = party(an, actor_of_nominal(wanted), voices)
    return (by, of, text_of(an, wanted)) if by is not None else None


def _call_for_clause(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'repeated its calls for Oslo to raise quotas' parsed as a for-clause on the verb."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i > noun.i]
    return _for_clause_demand(an, noun, clauses, voices)


def _for_clause_on_noun(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'set a deadline for the company to clean the site': the clause hangs on the noun."""
    clauses = [c for c in noun.children if c.pos_ == "VERB"]
    return _for_clause_demand(an, noun, clauses, voices)


def _for_clause_demand(an: Analysis, noun: Token, clauses, voices: Voices) -> tuple | None:
    """The first 'for X to act' clause among `clauses` with a party as X, owned by the noun's
    owner."""
    for clause in clauses:
        if not has_to(clause):
            continue
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "for"), None)
        if mark is None:
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None:  # the parser may hang the subject on 'for' itself
            subj = next((g for g in mark.children if g.dep_ == "pobj"), None)
        of = party(an, subj, voices)
        if of is not None:
            return _owner(an, noun, voices), of, text_of(an, clause)
    return None


def _owned_request(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'The union's request for a raise was denied': a demand whoever answered it.

    Only with a named owner: 'their request for asylum' does not say whose here.
    """
    if noun.lemma_.lower() not in CALL_NOUNS or noun.pos_ != "NOUN":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in POSSESSIVE_PRONOUNS or owner.pos_ == "PRON":
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    wanted = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if wanted is None or wanted.pos_ not in {"NOUN", "PROPN"}:
        return None
    by = party(an, owner, voices)
    if by is None:
        return None
    return by, party(an, actor_of_nominal(wanted), voices), text_of(an, wanted)


def _owner(an: Analysis, noun: Token, voices: Voices):
    """Whose demand: 'the union's demands', 'its calls' (the clause's subject), or the
    subject of the verb that makes it ('X renewed calls for ...')."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ not in POSSESSIVE_PRONOUNS:
        found = party(an, poss, voices)
        if found is None and poss.pos_ == "PROPN":
            found = party_or_phrase(an, poss, voices)  # a body's name the model left unlabelled
        return found
    head = noun.head
    # "stood by its demand": its = the one who stands by it; "made a demand for X to act"
    # (read as the subject of 'to act'): the one who made it
    head = head.head if head.dep_ == "prep" and poss is not None else noun_host(noun)
    if head.pos_ in {"VERB", "AUX"}:
        return party(an, agent_of(head), voices)
    return None


def _listed_demand(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'Shorter shifts were named by the guild as a demand', 'Rent caps were among its demands'."""
    if noun.lemma_.lower() not in DEMAND_NOUNS:
        return None
    if noun.dep_ == "nsubj" and noun.head.lemma_ in LISTING_VERBS:
        # "The students' demands include a tuition freeze", "Their demands are simple"
        thing = next((c for c in noun.head.children if c.dep_ in {"dobj", "attr"}), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if thing is None or thing.pos_ not in {"NOUN", "PROPN"} or owner is None:
            return None
        by = party(an, owner, voices) if owner.lower_ not in POSSESSIVE_PRONOUNS else None
        if by is None and owner.lower_ in {"their", "its", "our"}:
            # "X said their demands include ...": the owner is who reports them
            reporter = noun.head.head if noun.head.dep_ == "ccomp" else None
            by = party_or_phrase(an, agent_of(reporter), voices) if reporter else None
            if by is None and owner.lower_ == "our" and an.in_quote(noun):
                by = voices.get(an.token_quote[noun.i])
        return (by, None, text_of(an, thing)) if by is not None else None
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    verb = prep.head
    if prep.lower_ not in LISTING_PREPS or verb.pos_ not in {"VERB", "AUX"}:
        return None
    thing = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if thing is None or thing.pos_ not in {"NOUN", "PROPN"}:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    asker = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    if asker is None:
        asker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if asker is not None and asker.lower_ in POSSESSIVE_PRONOUNS:
        asker = None  # "its demands": whose is not said here
    by = party(an, asker, voices)
    if by is None:
        return None
    return by, None, text_of(an, thing)


def urging_demand(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'Y made the offer at the urging of X': X asked Y to make it."""
    if noun.lemma_.lower() not in URGING_NOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in {"at", "on"} or prep.head.pos_ != "VERB":
        return None
    of_ = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    asker = next((g for g in of_.children if g.dep_ == "pobj"), None) if of_ else None
    by = party(an, asker, voices)
    if by is None:
        return None
    verb = prep.head
    of = party(an, agent_of(verb), voices)
    inside = range(prep.left_edge.i, prep.right_edge.i + 1)
    words = [
        t.text
        for t in verb.subtree
        if t.i >= verb.i and t.i not in inside and not (t.is_punct or t.is_space)
    ]
    return by, of, " ".join(words)


def wish_for_demand(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'My hope is for the board to act', 'Their demand was for the city to pay'."""
    if noun.lemma_.lower() not in WISH_NOUNS or noun.dep_ != "nsubj":
        return None
    verb = noun.head
    if verb.lemma_ != "be":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    by = party(an, owner, voices) if owner is not None else None
    # "for the council to reopen": parsed as a for-clause ...
    for clause in verb.children:
        if clause.pos_ == "VERB" and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in clause.children
        ):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return by, party(an, subj, voices), text_of(an, clause)
    # ... or as a for-phrase whose object carries the infinitive
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            action = next(
                (c for c in obj.children if c.pos_ == "VERB" and has_to(c)),
                None,
            )
            if action is None:
                continue
            return by, party(an, obj, voices), text_of(an, action)
    return None


def _request_by(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'The board rejected a request by the union to reopen talks': by = the by-object, of
    = whoever answers the request, text = the act or thing asked for."""
    if noun.lemma_.lower() not in CALL_NOUNS or noun.pos_ != "NOUN":
        return None
    prep = next(
        (c for c in noun.children if c.dep_ == "prep" and c.lower_ in REQUESTER_PREPS), None
    )
    asker = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    by = party(an, asker, voices)
    if by is None:
        return None
    wanted = infinitive_of(noun) or _wanted_thing(noun) or _wanted_after(noun)
    if wanted is None:
        return None
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
    of = None
    if verb is not None and verb.lemma_.lower() in ANSWER_VERBS:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        of = party(an, subj, voices)
    return by, of, text_of(an, wanted)


def _call_to_act(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'Critics renewed calls to break up the company': a call made by the subject of the verb
    that renews it; whom it is made of is not said."""
    if noun.lemma_.lower() not in CALL_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in CALL_MAKING_VERBS - {"make"}:
        return None
    action = infinitive_of(noun) or _wanted_after(noun)
    if action is None or action.tag_ != "VB":
        return None
    by = party(an, agent_of(verb), voices)
    return (by, None, text_of(an, action)) if by is not None else None


def _wanted_thing(noun: Token) -> Token | None:
    """'a request for a special meeting': the for-object."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None


def _wanted_after(noun: Token) -> Token | None:
    """The to-infinitive or for-phrase right after the noun's phrase, where the parser hung it
    on the verb instead ('renewed calls to break up X', 'a request by X for a meeting')."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    if i >= len(doc):
        return None
    tok = doc[i]
    if tok.tag_ == "TO" and tok.head.pos_ == "VERB" and tok.head.head in {noun, noun.head}:
        return tok.head
    if tok.dep_ == "prep" and tok.lower_ == "for" and tok.head == noun.head:
        return next((g for g in tok.children if g.dep_ == "pobj"), None)
    return None
