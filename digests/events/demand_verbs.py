"""Demands made with an active verb: 'X urged Y to act', 'X called on Y to act', 'X
demanded a raise'.

Triggers (CAMEO 100 'demand', 020 'appeal'): want/ask/urge/press/push/call on/call for/
demand/insist/seek/require/expect/appeal/need with an addressee or a wanted thing; and
directive verbs ('told the board to withdraw it'). Passive triggers go to demand_frames.

Does NOT handle: questions put to someone ('asked him whether ...'), wishes about oneself
('we want to work with them', 'tried to win back control'), forecasts ('expects a
deal'), demands whose verb is negated, hypothetical or conditional ('did not ask', 'would
ask', 'if she had asked'), or 'X pushed to win' (an effort, not a demand of anyone).
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.events.demand_call_verb import call_arguments
from digests.events.demand_clauses import (
    FOR_VERBS,
    GIVER_PREPS,
    NAMED_ASKED,
    SELF_VERBS,
    SOURCE_PREPS,
    THING_VERBS,
    WARNING_VERBS,
    asks_leave,
    cleft_wanted,
    complement,
    for_np_to_vp,
    for_object,
    giver_at_end,
    infinitive_after_aside,
    is_purpose,
    is_question_clause,
    relative_frame,
    stray_clause,
    thing_frame,
    warned_against,
)
from digests.events.demand_common import (
    Voices,
    agent_of,
    could_act,
    group_head,
    is_polite_want,
    party,
    party_or_phrase,
    text_of,
)
from digests.events.demand_frames import (
    SUMMON_VERBS,
    is_participle,
    passive_demand,
    summon_demand,
    summoned,
)
from digests.events.demand_mood import is_mandative
from digests.events.demand_senses import is_short_of
from digests.grammar import clitic_perfect, negative_quantity, prep_object, wanted_after
from digests.lexicon import DEMAND_VERBS, RELATIVE_PRONOUNS

POLITE_WANTS = frozenset({"like", "love"})
# Verbs whose pseudo-cleft puts a demand ("What we want is ...", "All we ask for is ...").
CLEFT_VERBS = frozenset({"want", "ask", "demand", "need", "seek", "request", "expect"})

# Demand verbs beyond the shared lexicon ('appealed to the court to ...').
EXTRA_DEMAND_VERBS = frozenset(
    {"appeal", "lobby", "petition", "persuade", "convince", "exhort", "advocate"}
    | {"lean", "prevail", "clamour", "clamor", "agitate", "campaign"}
)
# Verbs whose addressee follows 'on' / 'upon' ("called on X to act", "leaned on X to act").
ON_VERBS = frozenset({"call", "lean", "prevail"})
# Verbs of striving for a thing, not of asking anyone: only 'for' + a thing that is no party
# ("campaigned for a new school", not "campaigned for the senator").
ADVOCACY_VERBS = frozenset({"clamour", "clamor", "agitate", "campaign"})
# Acts named as nouns that an order can require ("ordered the release of the records").
ORDERED_ACTS = frozenset(
    """release investigation inquiry review probe audit recall halt suspension evacuation
    closure removal arrest return withdrawal payment shutdown""".split()
)
TRIGGER_VERBS = DEMAND_VERBS | EXTRA_DEMAND_VERBS
# Verbs that make a demand only as "VERB someone to do something".
DIRECTIVE_VERBS = frozenset(
    {"tell", "direct", "instruct", "encourage", "challenge", "warn", "advise", "need"}
    | {"command", "nudge", "prod", "goad", "entreat", "beseech"}
)
COMPEL_VERBS = frozenset({"force", "compel", "oblige"})
# Attempts to keep someone from an act: "went to court to stop X from selling the land".
PREVENT_VERBS = frozenset({"stop", "prevent", "bar", "block"})
# Verbs that put what the one told must do in a that-clause ("warned X that it must act").
TELLING_VERBS = frozenset({"tell", "warn", "advise", "remind"})
NOBODY = frozenset({"nobody", "no", "none", "everyone", "everybody", "somebody", "someone"})
ADDRESSEE_VERBS = frozenset(
    {"order", "urge", "press", "pressure", "push", "implore", "beg", "lobby", "petition"}
    | {"persuade", "convince", "exhort", "advocate"}
)
# Verbs of putting pressure on someone, which may name the issue instead of an act.
PRESSING_VERBS = frozenset({"press", "pressure", "lobby"})
REFERRING_PRONOUNS = frozenset({"it", "them", "him", "her"})
NEEDS_A_SUBJECT = frozenset({"want", "demand", "urge", "call"})
# Verbs whose wanted clause may be finite or a participle ('want them rehired').
INDICATIVE_OK = frozenset({"want", "expect"})
# Documents that speak for their authors ("the petition calls on ..."); a plan, a bill or
# a budget that "calls for" something only contains it.
VOICING_DOCUMENTS = frozenset(
    {"letter", "petition", "statement", "resolution", "motion", "report", "appeal", "ad"}
)
# What reporters and sources ask of each other: not demands in the story.
SOURCING_THINGS = frozenset({"anonymity", "comment", "confidentiality"})
# Verbs that also mean "cause" or "advance" ('the attack is pushing X to ...', 'pressing
# his attack', 'the law requires'): with them an inanimate subject or object is no party.
CAUSE_VERBS = frozenset(
    {"push", "press", "pressure", "force", "drive", "require", "lead", "nudge", "prod", "goad"}
)
# Verbs whose that-clause can only be an order, never a report ("demanded that ...").
MANDATIVE_ONLY_VERBS = frozenset({"demand", "request", "require"})


def _is_nobody(tok: Token) -> bool:
    """'no teachers', 'nobody', 'none of them': a subject that names no one to act."""
    return tok.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _plain_present_after_mandative_verb(lemma: str, comp: Token) -> bool:
    """'demanded that the firms pay', 'demanded that no teachers lose their jobs': after a
    verb that only ever orders, a plain present with a plural subject is a subjunctive too."""
    if lemma not in MANDATIVE_ONLY_VERBS or comp.tag_ != "VBP":
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in comp.children)


def trigger_lemma(tok: Token) -> str:
    """The demand verb a token stands for: 'would like X to' is a polite 'want X to'."""
    lemma = tok.lemma_.lower()
    if lemma in POLITE_WANTS and is_polite_want(tok):
        return "want"
    return lemma


def is_trigger(tok: Token) -> bool:
    """A verb that can carry a demand: a demand verb, or 'VERB someone to do something'."""
    if tok.pos_ != "VERB":
        return False
    lemma = trigger_lemma(tok)
    if summoned(tok) is not None or lemma in CLEFT_VERBS and cleft_wanted(tok) is not None:
        return True
    if lemma in SUMMON_VERBS:
        return False  # "summoned the envoy to convey our protest": the summoner's purpose
    if lemma in WARNING_VERBS and warned_against(tok) is not None:
        return True  # "warned Norland against reckless moves"
    if lemma in DIRECTIVE_VERBS and _told_by(tok):
        return True  # "was told by the board to withdraw it"
    if lemma in COMPEL_VERBS:
        # "sued the ministry to force it to act", "moved to force X to testify": an attempt
        # to compel is a demand; a finite 'forced' is a cause ("the storm forced X to close")
        infinitive = any(c.tag_ == "TO" for c in tok.children)
        return infinitive and _directs_someone(tok)
    if lemma in PREVENT_VERBS:
        return _kept_from(tok) is not None  # "went to court to stop X from selling it"
    if lemma == "need" and _needed_from(tok):
        return True  # "said it needs written assurances from the board"
    return lemma in TRIGGER_VERBS or lemma in DIRECTIVE_VERBS and _directs_someone(tok)


def _needed_from(verb: Token) -> bool:
    """'needs concessions from workers': a thing needed from someone who can give it."""
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is None:
        return False
    preps = [c for c in (*verb.children, *dobj.children) if c.dep_ == "prep"]
    giver = next((prep_object(p.head, "from") for p in preps if p.lower_ == "from"), None)
    giver = giver or giver_at_end(dobj)
    return giver is not None and could_act(giver)


def _told_by(verb: Token) -> bool:
    """A directive verb in the passive with its teller named and an infinitive: 'was told
    by the board to act' (without the teller, 'were told to leave' is often a notice)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    asked = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    # "Halden Freight has been instructed to act": a named body or person told, which is
    # no public notice ("residents were told to leave")
    named = asked is not None and asked.pos_ == "PROPN" and asked.ent_type_ in NAMED_ASKED
    return (
        (agent is not None or named)
        and asked is not None
        and any(
            c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in verb.children
        )
    )


def verb_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """(by, of, text) for a demand verb, or None when it asks nothing of anyone."""
    lemma = trigger_lemma(verb)
    if is_short_of(verb):
        return None  # "pressed for time": what one lacks, asked by no one
    if summoned(verb) is not None:
        return summon_demand(an, verb, voices)
    passive = any(c.dep_ in {"auxpass", "nsubjpass", "agent"} for c in verb.children)
    if passive and clitic_perfect(verb):
        passive = False  # "she's urged the council to act": 's is 'has', not 'is'
    if passive or is_participle(verb):
        return passive_demand(an, verb, voices)
    cleft = cleft_wanted(verb) if lemma in CLEFT_VERBS else None
    frame = _frame(verb, lemma) if cleft is None else _cleft_frame(cleft)
    if frame is None or frame[1].lower_ in RELATIVE_PRONOUNS:
        frame = relative_frame(verb, lemma) or frame
    if frame is None:
        return None
    target, text_root = frame
    subj = agent_of(verb)
    if not _can_demand(verb, lemma, subj):
        return None
    if target is not None and _is_nobody(target):
        target = None  # "that no teachers lose their jobs": a state wanted, no one asked
    if target is not None and target.lower_ in REFERRING_PRONOUNS:
        target = _addressee_of_head(verb) or target
    by = party_or_phrase(an, subj, voices)
    of = _other_than(by, party(an, target, voices) if target is not None else None)
    if text_root.lower_ == "against":
        return by, of, "refrain from " + text_of(an, text_root)
    if lemma == "expect" and (of is None or party(an, subj, voices) is None):
        # "expect the rate to fall": a forecast about a thing; "analysts expect the bank
        # to act": a forecast by onlookers. Only a party's expectation of another demands.
        return None
    return by, of, text_of(an, text_root)


def _frame(verb: Token, lemma: str) -> tuple[Token | None, Token] | None:
    """(who is asked, what is wanted) from the verb's arguments, or None for another sense."""
    children = list(verb.children)
    dobj = next((c for c in children if c.dep_ in {"dobj", "dative"}), None)
    if dobj is not None and dobj.lemma_.lower() in SOURCING_THINGS:
        return None  # "requested anonymity to discuss it": how news is sourced, no demand
    if dobj is not None and lemma == "ask" and dobj.ent_type_ == "MONEY":
        return None  # "asked two million dollars for the site": an asking price
    comp = complement(verb, dobj)
    if stray_clause(lemma, dobj, comp):
        comp = None  # "requested details about X and how Y will be treated": the thing asked
    if is_purpose(lemma, dobj, comp):
        comp = None  # "wants money to build a wall": the infinitive is a purpose
    if comp is not None and is_question_clause(comp):
        return None
    if lemma == "ask" and any(is_question_clause(c) for c in children if c.dep_ == "advcl"):
        return None  # "asked the mayor if he would resign": a question, not a demand
    # a particle with an object is a preposition the parser mislabelled ("called on X")
    preps = {
        c.lower_: c
        for c in children
        if c.dep_ == "prep" or c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children)
    }
    against = warned_against(verb) if lemma in WARNING_VERBS else None
    if against is not None:
        return against
    for_obj = for_object(preps)
    if for_obj is not None and comp is None:
        comp = infinitive_after_aside(for_obj)
    if for_np_to_vp(lemma, dobj, for_obj, comp):
        return for_obj, comp  # "called for the board to resign", parsed as for + NP + to-VP
    target, text_root = dobj, comp
    if lemma in ON_VERBS:  # "called on / leaned on / prevailed upon X to act"
        found = call_arguments(verb, dobj, comp, preps)
        if found is None:
            return None
        target, text_root = found
    else:
        names = SOURCE_PREPS.get(lemma, {"from", "of"})
        source = next((preps[p] for p in names if p in preps), None)
        if target is None and source is not None and comp is not None:
            target = next((g for g in source.children if g.dep_ == "pobj"), None)
    if comp is not None and target is None:
        target = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    if lemma == "insist" and text_root is None and "on" in preps:
        text_root = preps["on"]  # "insisted on a full withdrawal"
    if lemma == "expect" and text_root is None and dobj is not None and comp is None:
        # "expects an apology from the board": the thing, of the one who is to give it
        giver = next(
            (
                g
                for p in (*dobj.children, *preps.values())
                if p.lower_ in GIVER_PREPS
                for g in p.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if giver is not None:
            target, text_root = giver, dobj
    if text_root is None and lemma in PREVENT_VERBS:
        text_root = _kept_from(verb)
    if text_root is None and "into" in preps and lemma in ADDRESSEE_VERBS and dobj is not None:
        # "pressured the council into reopening the clinic"
        text_root = next((g for g in preps["into"].children if g.dep_ == "pcomp"), None)
    if "for" in preps and (target is None or text_root is None) and lemma in FOR_VERBS - {"call"}:
        text_root = preps["for"]  # "pushed for a recount"; not "ordered uniforms for the staff"
    if text_root is None and dobj is None:
        return None
    if text_root is None:
        found = thing_frame(lemma, dobj, preps)
        if found is None and lemma in THING_VERBS:
            return None
        target, text_root = found or (target, text_root)
    if text_root is None and lemma in PRESSING_VERBS and dobj is not None and could_act(dobj):
        # "pressed the parties on the stalled talks": pressure on someone over an issue
        text_root = next(
            (
                c
                for c in (*dobj.children, *verb.children)
                if c.dep_ == "prep" and c.lower_ in {"on", "over", "about", "for"} and c.i > dobj.i
            ),
            None,
        )
    if lemma in CAUSE_VERBS and target is dobj and dobj is not None and not could_act(dobj):
        return None  # "pressing his attack", "pushed the bill": not someone asked to act
    if not _fits_verb(lemma, verb, comp, text_root, target, preps, dobj):
        return None
    return target, text_root or dobj


def _cleft_frame(wanted: Token) -> tuple[Token | None, Token]:
    """'What we want is for the board to act': the for-clause's subject is the one asked."""
    return next((c for c in wanted.children if c.dep_ == "nsubj"), None), wanted


def _addressee_of_head(verb: Token) -> Token | None:
    """'wrote to the council asking it to act': a pronoun object of a participle clause is
    the one the main verb was addressed to."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    to = next((c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return next((g for g in to.children if g.dep_ == "pobj"), None) if to else None


def _can_demand(verb: Token, lemma: str, subj: Token | None) -> bool:
    """The subject is someone who asks: not 'nobody', not a cause ('the attack is pushing
    X to ...'), not a plan that 'calls for' what it contains."""
    if subj is None:
        return lemma in NEEDS_A_SUBJECT or verb.dep_ == "acl"
    if subj.lower_ in NOBODY or negative_quantity(subj):
        return False  # "nobody wanted a strike", "few are calling for a recount"
    if lemma in CAUSE_VERBS and not could_act(subj):
        return False
    return not (lemma == "call" and not _can_call(subj))


def _other_than(by, of):
    """The addressee, unless it is the demander or one of a demanding pair."""
    if of is None or by is None:
        return of
    if of.name == by.name or of.name in by.name.split(" and "):
        return None
    return of


def _can_call(subj: Token) -> bool:
    """Someone, or a document that voices someone ('the letter calls on X to ...')."""
    return could_act(subj) or group_head(subj).lemma_.lower() in VOICING_DOCUMENTS


def _fits_verb(lemma, verb, comp, text_root, target, preps, dobj) -> bool:
    """Sense checks per verb: which of its frames make a demand and which do not."""
    if lemma == "expect" and (text_root is None or target is None):
        return False  # "expected real progress" is a forecast; "expects X to act" a demand
    if lemma == "order" and text_root is None and dobj is not None:
        return dobj.lemma_.lower() in ORDERED_ACTS  # "ordered the release of the records"
    if lemma in ADDRESSEE_VERBS and text_root is None:
        return False  # "ordered more coffee": an order for a thing, nobody asked to act
    if lemma in ADVOCACY_VERBS:
        wanted = text_root.children if text_root is not None and text_root.lower_ == "for" else []
        # "campaigned for a new school", "campaigned for lowering the fares"
        return any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ or g.dep_ == "pcomp"
            for g in wanted
        )
    if lemma == "insist" and not (is_mandative(comp) or text_root is not None and comp is None):
        return False  # "insisted his team would not panic": an assertion, not a demand
    if (
        comp is not None
        and comp.dep_ == "ccomp"
        and lemma not in INDICATIVE_OK
        and not is_mandative(comp)
        and not _plain_present_after_mandative_verb(lemma, comp)
        and not any(a.tag_ == "TO" for a in comp.children)
    ):
        return False  # "pressing his claim that she is not qualified": a statement
    ordered = comp is not None and comp.dep_ == "ccomp" and is_mandative(comp)
    if lemma in {"ask", "appeal"} and (
        text_root is None
        or target is None
        and "for" not in preps
        and not ordered
        and not asks_leave(comp)
    ):
        return False  # "asked him a question", "asked not to be named"
    if text_root is not None and text_root.dep_ == "prep":
        wanted = wanted_after(text_root)
        if wanted is None or wanted.pos_ == "PRON":
            return False  # "what we ask for": no thing named
    # "wants to work with them", "tried to win back": about oneself
    return not (
        lemma in SELF_VERBS
        and text_root is not None
        and text_root.dep_ == "xcomp"
        and dobj is None
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in text_root.children)
    )


def _kept_from(verb: Token) -> Token | None:
    """'(sued) to stop the firm from selling the land': an attempt, in the infinitive, to
    keep someone who can act from an act; the act (the from-gerund), else None. A finite
    'stopped X from' is a deed done, not a demand."""
    if not any(c.tag_ == "TO" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not could_act(obj) or obj.pos_ == "PRON" and obj.lower_ not in {"it", "them"}:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return next((g for g in prep.children if g.dep_ == "pcomp"), None) if prep else None


def _directs_someone(verb: Token) -> bool:
    """'told the board to withdraw it': an object and an infinitive, not 'told reporters that'."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    comp = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}), None)
    if comp is None and obj is not None:
        comp = infinitive_after_aside(obj)
    if (
        obj is not None
        and comp is not None
        and comp.dep_ == "ccomp"
        and comp.i > obj.i
        and verb.lemma_.lower() in TELLING_VERBS
        and any(c.dep_ == "aux" and c.lower_ in {"should", "must"} for c in comp.children)
    ):
        # "told the councillors that they should prepare", "warned the board that it must act"
        return True
    if comp is None or comp.i < verb.i or not any(c.tag_ == "TO" for c in comp.children):
        return False
    if obj is None:  # "we need the state to step up": the one asked is the clause's subject
        obj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    return obj is not None and comp.i > obj.i
