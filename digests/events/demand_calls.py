"""Calls and appeals as nouns, addressed or aimed: 'X made a plea to Y to act', 'calls are
growing for Y to act', 'Y faces mounting calls / pressure to act', 'Y bowed to pressure
from X'.

Split from demand_nouns (which reads a demand noun with its owner: 'its calls for Y to
act', 'a request by X') so that each module holds one family of frames. Here the noun's
addressee is named by a to-phrase or by the one who faces it, and the asker may be unsaid.

Does NOT handle: a call or appeal with no act and no thing wanted ('an appeal to voters'),
phone calls ('made calls to customers'), or calls that are only reported as absent ('there
were no calls to resign').
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.events.demand_common import Voices, agent_of, party, text_of
from digests.grammar import has_to, prep_object

# Nouns that put an act to someone ("a plea to the board to act").
APPEAL_NOUNS = frozenset({"plea", "appeal", "call", "request", "demand"})
# Verbs whose subject makes the appeal it takes as object.
MAKING_VERBS = frozenset({"make", "issue", "renew", "repeat", "reiterate", "send", "direct"})
# Verbs that say a call or pressure is growing, with no asker named ("calls are mounting").
GROWING_VERBS = frozenset({"grow", "mount", "increase", "intensify", "multiply", "rise"})
# Verbs of giving way to pressure or demands ("bowed to pressure from X", "gave in to").
YIELD_VERBS = frozenset(
    "bow yield cave succumb bend submit accede relent capitulate give buckle".split()
)
# Who pressed or demanded: "pressure from X", "the demands of X".
SOURCES = frozenset({"from", "of", "by"})
# Verbs whose subject answers calls made of it ("rejected calls to resign").
ANSWERING_VERBS = frozenset("reject resist ignore dismiss rebuff defy heed spurn".split())
# Verbs and verb + preposition pairs of keeping one's own demand ("stuck to its demand").
HOLDING_VERBS = {
    "maintain": None,
    "keep": None,
    "pursue": None,
    "stick": "to",
    "stand": "by",
    "hold": "to",
    "press": "with",
    "push": "with",
}
# Verbs of answering or meeting someone's demands ("met the union's demands").
MEETING_VERBS = frozenset("meet accept consider grant refuse address satisfy concede".split())
# Verbs of applying pressure, whose subject presses ("stepped up pressure on X to ...").
APPLYING_VERBS = frozenset("put keep step increase ratchet ramp apply exert pile heap".split())
INFINITIVE_DEPS = frozenset({"acl", "relcl", "advcl"})
OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
# Nouns of calls and pressure faced by the one asked ("faces calls to resign").
FACED_NOUNS = frozenset({"call", "demand", "pressure"})


def call_demand(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """A call or appeal noun in one of the frames above, or None."""
    if noun.pos_ != "NOUN":
        return None
    frames = (_appeal_to, _growing_calls, _faced_calls, _yielded_to, _answered_calls)
    for frame in (_pressure, *frames, _held_demand):
        found = frame(an, noun, voices)
        if found is not None:
            return found
    return None


def _appeal_to(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'The guild made a plea to the firm to rehire the drivers', 'issued an appeal to the
    government for emergency funds': by = the maker, of = the to-object. With 'make', only
    a plea or an appeal ('made calls to customers' is telephoning)."""
    lemma = noun.lemma_.lower()
    verb = noun.head
    if lemma not in APPEAL_NOUNS or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in MAKING_VERBS or lemma == "call" and verb.lemma_ == "make":
        return None
    after = [c for c in (*noun.children, *verb.children) if c.i > noun.i]
    to = next((c for c in after if c.dep_ in {"prep", "dative"} and c.lower_ == "to"), None)
    addressee = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
    if addressee is None:
        return None
    wanted = next(
        (
            c
            for c in after
            if c.i > addressee.i
            and (
                c.pos_ == "VERB"
                and c.dep_ in {"acl", "advcl", "relcl", "xcomp"}
                and has_to(c)
                or c.dep_ == "prep"
                and c.lower_ == "for"
            )
        ),
        None,
    )
    of = party(an, addressee, voices)
    if wanted is None or of is None:
        return None
    return party(an, agent_of(verb), voices), of, text_of(an, wanted)


def _growing_calls(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'Calls are growing for the chief to resign': a demand of the for-subject by people
    the text does not name."""
    verb = noun.head
    if noun.lemma_.lower() not in {"call", "demand"} or noun.dep_ != "nsubj":
        return None
    if verb.lemma_.lower() not in GROWING_VERBS:
        return None
    # "for X to act" as a for-clause, or as a for-phrase with the infinitive on the verb
    for_obj = prep_object(verb, "for")
    for clause in (c for c in verb.children if c.dep_ == "advcl" and has_to(c)):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None and for_obj is not None and for_obj.right_edge.i + 2 == clause.i:
            subj = for_obj
        elif not any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
            continue
        of = party(an, subj, voices)
        if of is not None:
            return None, of, text_of(an, clause)
    return None


def _faced_calls(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'The chief faces mounting calls / pressure to resign': of = the one who faces it."""
    verb = noun.head
    if noun.lemma_.lower() not in FACED_NOUNS or noun.dep_ != "dobj":
        return None
    if verb.lemma_.lower() != "face" or any(c.dep_ == "prep" for c in noun.children):
        return None  # "faces calls from X to ...": read with its asker in demand_nouns
    act = next((c for c in noun.children if c.pos_ == "VERB" and has_to(c)), None) or next(
        (c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.i == noun.i + 2), None
    )
    if act is not None and not has_to(act):
        return None
    of = party(an, next((c for c in verb.children if c.dep_ == "nsubj"), None), voices)
    if act is None or of is None:
        return None
    return None, of, text_of(an, act)


def _yielded_to(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'The council gave in to pressure from residents and reopened the road', 'the firm
    bowed to the union's demands': a demand by the one pressing (the from-object or the
    owner) of the one who gave way; the act is what it then did, when said."""
    prep = noun.head
    if noun.lemma_.lower() not in FACED_NOUNS or noun.dep_ != "pobj" or prep.lower_ != "to":
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in YIELD_VERBS:
        return None
    if lemma == "give" and not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
        return None  # "gave it to the press": only "give in to" is giving way
    source = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in SOURCES), None)
    asker = next((g for g in source.children if g.dep_ == "pobj"), None) if source else None
    if asker is None:
        asker = next((c for c in noun.children if c.dep_ == "poss"), None)
    by = party(an, asker, voices)
    of = party(an, next((c for c in verb.children if c.dep_ == "nsubj"), None), voices)
    if by is None or of is None:
        return None
    act = next((c for c in noun.children if c.pos_ == "VERB" and has_to(c)), None) or next(
        (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None
    )
    return by, of, text_of(an, act or noun)


def _answered_calls(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'The mayor rejected calls to resign', 'has resisted calls for an inquiry': calls made
    of the one who answers them, by people not named here."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.lemma_.lower() not in {"call", "demand"} or noun.dep_ not in {"dobj", "pobj"}:
        return None
    pushed_back = verb.lemma_.lower() == "push" and any(c.lower_ == "back" for c in verb.children)
    if noun.dep_ == "pobj" and not (pushed_back and noun.head.lower_ in {"on", "against"}):
        return None  # only "pushed back on / against calls to resign"
    if noun.dep_ == "dobj" and verb.lemma_.lower() not in ANSWERING_VERBS:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "rejected the union's calls": read with its owner in demand_nouns
    if any(c.dep_ == "prep" and c.lower_ in {"from", "by"} for c in noun.children):
        return None
    act = next((c for c in noun.children if c.pos_ == "VERB" and has_to(c)), None) or next(
        (c for c in verb.children if c.dep_ == "advcl" and c.i == noun.i + 2 and has_to(c)), None
    )  # "rejected calls to resign", the infinitive hung on the verb
    if act is None:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        act = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    of = party(an, next((c for c in verb.children if c.dep_ == "nsubj"), None), voices)
    if act is None or of is None:
        return None
    return None, of, text_of(an, act)


def _held_demand(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'The union stuck to its demand for a raise', 'maintained its call for the mayor to
    resign': a demand kept by the verb's subject."""
    if noun.lemma_.lower() not in {"call", "demand", "request"}:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in noun.children):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOLDING_VERBS:
        return None
    prep = HOLDING_VERBS[verb.lemma_.lower()]
    if (noun.dep_ == "dobj") != (prep is None) or prep and noun.head.lower_ != prep:
        return None
    wanted = next((c for c in noun.children if c.pos_ == "VERB" and has_to(c)), None)
    target = next((c for c in wanted.children if c.dep_ == "nsubj"), None) if wanted else None
    if wanted is None:
        pfor = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        wanted = next((g for g in pfor.children if g.dep_ == "pobj"), None) if pfor else None
    by = party(an, agent_of(verb), voices)
    if wanted is None or by is None:
        return None
    return by, party(an, target, voices), text_of(an, wanted)


def owned_demand(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'The company refused to meet the union's demands': demands known only by their owner
    (by), of whoever answers them (the governing verb's subject), the act unsaid. The merge
    keeps one only where the article states none of the owner's demands."""
    if noun.lemma_.lower() not in {"demand", "request"} or noun.dep_ not in {"dobj", "pobj"}:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children),
        None,
    )  # "the union's demands", "the demands of the union"
    if owner is None or any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
        return None  # "its demand for a raise": read with its thing in demand_nouns
    by = party(an, owner, voices)
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    if by is None or verb.pos_ != "VERB":
        return None
    of = None
    if verb.lemma_.lower() in ANSWERING_VERBS | MEETING_VERBS:
        of = party(an, next((c for c in verb.children if c.dep_ == "nsubj"), None), voices)
        if of is None and verb.dep_ == "xcomp":  # "refused to meet the union's demands"
            of = party(an, agent_of(verb), voices)
    return by, of if of is None or of.name != by.name else None, text_of(an, noun)


def _pressure(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'The council is under pressure from residents to close the road', 'Pressure is
    mounting on the mayor to resign': pressure (Attempt_suasion as a noun) from X on Y to
    act. The act is required; without it pressure is only a mood."""
    if noun.lemma_.lower() != "pressure" or noun.pos_ != "NOUN":
        return None
    places = [noun, noun.head] if noun.dep_ in {"nsubj", "dobj"} else [noun]
    act = next((c for c in noun.children if c.dep_ in INFINITIVE_DEPS and has_to(c)), None) or next(
        (c for c in noun.head.children if c.dep_ in {"xcomp", "advcl"} and has_to(c)), None
    )
    if act is None or act.i < noun.i:
        return None
    asker = target = None
    for place in places:
        for prep in (c for c in place.children if c.dep_ == "prep"):
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if prep.lower_ == "from" and asker is None:
                asker = obj
            if prep.lower_ == "on" and target is None:
                target = obj
    if target is None and noun.dep_ == "pobj" and noun.head.lower_ == "under":
        target = agent_of(noun.head.head)  # "X is under pressure to ..."
    if asker is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in APPLYING_VERBS:
        asker = agent_of(noun.head)  # "stepped up pressure on X to ...", "put pressure on"
    by, of = party(an, asker, voices), party(an, target, voices)
    if by is None and of is None:
        return None
    return by, of, text_of(an, act)
