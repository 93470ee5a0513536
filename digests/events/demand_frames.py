"""Demands in frames other than an active verb with its addressee.

- passives: 'Y was urged to resign', 'Called on to explain, Y promised ...', 'as demanded
  by X' (the one asked is the subject; the asker the by-agent, often unstated);
- suggestions and proposals: 'X suggested diplomats reach a deal', 'X proposed splitting
  the talks', 'X moved that the board should ...';
- ultimatums: 'vowing to walk out unless the board agrees to the terms', 'gave
  the firm until noon to reply'.

Split from demand_verbs, which reads the active frame ('X urged Y to act'), so that each
module holds one way a demand is put.

Does NOT handle: passives of verbs that state a rule or a forecast ('is required to', 'is
expected to'), requests for comment ('Asked to comment, she declined'), or threats with
no condition ('vowed to strike').
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.events.demand_common import (
    Voices,
    agent_of,
    demand_of,
    is_action_text,
    party,
    party_or_phrase,
    text_of,
)
from digests.events.demand_mood import is_mandative, mandative_that_clause

# Passive triggers whose subject is the one asked ('was urged to resign'); not 'was
# expected to' (a forecast) or 'is required to' (a rule nobody voiced).
PASSIVE_VERBS = frozenset(
    {"ask", "urge", "press", "pressure", "push", "call", "order", "tell", "implore", "beg"}
)
PASSIVE_VERBS |= frozenset({"direct", "instruct"})
# Asking someone to answer is a question put to them, not a demand.
ANSWER_VERBS = frozenset(
    {"comment", "respond", "elaborate", "confirm", "answer", "discuss", "speculate", "reply"}
)
THREAT_VERBS = frozenset({"threaten", "vow", "warn"})
# Nouns for an idea, which orders only through its that-clause ("the idea that Y should pay").
IDEA_NOUNS = frozenset({"idea", "suggestion", "proposal", "notion", "proposition"})
# Verbs whose subject puts forward the idea they take as object.
PUTTING_VERBS = frozenset({"float", "make", "raise", "put", "offer", "pitch", "moot", "advance"})
SUMMON_VERBS = frozenset({"summon", "subpoena"})
# Acts of giving an account, which only the one summoned can do.
ACCOUNTING_VERBS = frozenset({"testify", "explain", "appear", "answer", "account", "justify"})
# Conditions the other side meets by acting: "unless Y pays", "if Y does not pay".
NEGATIVE_MARKS = frozenset({"unless", "if"})
# "if Y fails / refuses to pay": a condition met by paying.
FAILING_VERBS = frozenset({"fail", "refuse", "decline", "neglect"})
PROMISE_MODALS = frozenset({"will", "would", "'ll", "’ll", "shall", "wo"})  # wo: "won't"
UNTIL = frozenset({"until", "till"})
TIME_NOUNS = frozenset({"deadline", "ultimatum", "hour", "day", "week", "month", "year"})


def is_participle(verb: Token) -> bool:
    """'Called on to explain, X promised ...': a participle clause before its main clause
    (the model tags it VBN or VBD), whose unstated object is the main clause's subject."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in {"VBN", "VBD"}
        and verb.i < verb.head.i
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children)
    )


def passive_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'Y was urged to resign', 'Called on to explain, Y said', 'as demanded by X'."""
    lemma = verb.lemma_.lower()
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by_tok = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    if any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children):
        # "has not gone past X, as required by Norway": the clause's subject is wanted
        thing = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        by = party(an, by_tok, voices)
        if thing is None or by is None:
            return None
        return by, None, text_of(an, thing)
    if lemma not in PASSIVE_VERBS:
        return None
    action = next(
        (c for c in verb.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)),
        None,
    )
    if action is None and by_tok is not None:
        # "was called on by X to act": the parser may read the infinitive after the agent
        # as a purpose clause
        action = next(
            (
                c
                for c in verb.children
                if c.dep_ == "advcl" and c.i > by_tok.i and any(a.tag_ == "TO" for a in c.children)
            ),
            None,
        )
    if action is None or any(c.dep_ in {"auxpass", "neg"} for c in action.children):
        return None  # "when asked whether ...", "asked not to be named"
    if action.lemma_.lower() in ANSWER_VERBS:
        return None  # "Asked to comment, she declined": a question put to her
    asked = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if asked is None and verb.dep_ == "advcl":
        asked = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    late = _late_agent(action) if by_tok is None else None
    if late is not None:
        # "was urged to resign by the union": the parser hangs the by-phrase on the act
        by_tok = next((g for g in late.children if g.dep_ == "pobj"), None)
    found = demand_of(an, by_tok, asked, action, voices)
    if found is None or late is None:
        return found
    by, of, text = found
    cut = an.text[late.idx : late.right_edge.idx + len(late.right_edge)]
    return by, of, text.replace(" " + cut, "")


def _late_agent(action: Token) -> Token | None:
    """A by-phrase closing the asked-for act that names a party rather than a means
    ('to release the records by the union', not 'to cut costs by selling land')."""
    by = next(
        (
            c
            for c in action.subtree
            if c.dep_ in {"prep", "agent"}
            and c.lower_ == "by"
            and c.right_edge.i == action.right_edge.i
        ),
        None,
    )
    obj = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
    if obj is None:
        return None
    return by if obj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} else None


def suggestion_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'X suggested diplomats reach a deal', 'X proposed breaking the issues down'.

    A suggestion is a demand only when it puts forward an act: a mandative clause with its
    own subject (subjunctive or 'should'), or a gerund ('proposed holding talks'); and only
    when a party makes it ('the data suggest prices rise' is no one's demand).
    """
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    comp = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}), None)
    if comp is None:
        return _proposed_terms(an, verb, voices)
    target = next((c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    gerund = comp.tag_ == "VBG" and comp.dep_ == "xcomp" and target is None
    if not gerund and not (target is not None and is_mandative(comp)):
        return None
    by = party(an, agent_of(verb), voices)
    if by is None:
        return None
    of = party(an, target, voices) if target is not None else None
    text = text_of(an, comp)
    return (by, of, text) if is_action_text(text) else None


def put_forward(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'X floated the idea that Y should pay', 'made the suggestion that Y resign': an idea
    put forward by its subject, whose clause orders (suggestion_demand reads the verb
    'suggest'). Not 'rejected / backed the idea that ...' (someone else's idea)."""
    if noun.lemma_.lower() not in IDEA_NOUNS or noun.dep_ != "dobj":
        return None
    if noun.head.lemma_.lower() not in PUTTING_VERBS:
        return None
    clause = mandative_that_clause(noun)
    if clause is None:
        return None
    by = party_or_phrase(an, agent_of(noun.head), voices)
    if by is None:
        return None
    return (
        by,
        party(an, next((c for c in clause.children if c.dep_ == "nsubj"), None), voices),
        text_of(an, clause),
    )


def _proposed_terms(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'The owners are proposing a ten-year agreement with a salary cap': terms a party puts
    to the other side. Only 'propose' with a noun object, made by a named party or people
    (not a document: 'the plan proposed ...')."""
    if verb.lemma_.lower() != "propose":
        return None
    terms = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if terms is None or terms.pos_ != "NOUN":
        return None
    subj = agent_of(verb)
    if subj is None or subj.pos_ == "PRON" and subj.lower_ in {"it", "this", "that"}:
        return None
    by = party(an, subj, voices)
    if by is None or by.kind == "organization" and not subj.ent_type_:
        return None
    return by, None, text_of(an, terms)


def ultimatum_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'vowing to walk out if the board does not raise wages', 'warned it would strike
    unless the board pays', 'said it would strike if the board failed to pay': a demand of
    the board, backed by the threat. The condition must be negative ('unless', 'if ... not',
    'if ... fails / refuses to'); after a threat verb 'until' puts one too, and so does a
    plain 'if', as a demand to refrain ('warned Y of sanctions if Y invades').
    """
    conditional = is_conditional_threat(verb)
    deterrent = False
    threat = None
    if conditional:
        conditions = [c for c in verb.children if c.dep_ == "advcl"]
        marks = NEGATIVE_MARKS
    else:
        threat = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}), None)
        if threat is not None and threat.dep_ == "ccomp" and not _own_promise(threat):
            return None  # "warned that the team would struggle": a forecast, no threat
        # the condition hangs in the threat's clause, or (as the parser often has it) on the
        # threatening verb itself: "threatened to walk out unless the board agreed"; with
        # no threat clause the consequence is the verb's object ("warned Y of sanctions")
        start = threat.i if threat is not None else verb.i
        inside = list(threat.subtree) if threat is not None else []
        conditions = [c for c in inside if c.dep_ == "advcl" or _marked_ccomp(c)]
        conditions += [c for c in verb.children if c.dep_ == "advcl" and c.i > start]
        marks = NEGATIVE_MARKS | {"until"}
        deterrent = True
    for cond in conditions:
        wanted = negative_condition(cond, marks)
        refrain = wanted is None and deterrent and _plain_if(cond)
        if wanted is None and not refrain:
            continue
        subj = giver = next((c for c in cond.children if c.dep_ == "nsubj"), None)
        warned = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
        if warned is None and threat is not None:  # "threatened to sue the city if it ..."
            warned = next((c for c in threat.children if c.dep_ == "dobj"), None)
        if subj is not None and subj.pos_ == "PRON" and warned is not None:
            subj = warned  # "warned the firm of legal action if it goes ahead"
        of = party(an, subj, voices)
        by = _promiser(an, verb, voices) if conditional else party(an, agent_of(verb), voices)
        if of is None and deterrent and by is not None and _unnamed_giver(cond, giver):
            # "threatened to boycott it unless he is paid", "... unless they pay him": the
            # threat names its price, not who is to pay it
            return by, None, text_of(an, wanted)
        if of is None or by is None or of.name == by.name:
            return None
        if refrain:
            return by, of, "not " + text_of(an, cond)  # "if Y invades": do not invade
        text = text_of(an, wanted)
        return by, of, text[4:] if text.startswith("not ") else text.replace(" not ", " ", 1)
    return None


def _unnamed_giver(cond: Token, subj: Token | None) -> bool:
    """'unless he is paid' (a passive without its agent), 'unless they pay him' (a plural
    pronoun the story does not resolve): a condition someone unnamed is to meet."""
    if subj is None:
        passive = any(c.dep_ == "auxpass" for c in cond.children)
        return passive and not any(c.dep_ == "agent" for c in cond.children)
    return subj.lower_ == "they"


def _marked_ccomp(clause: Token) -> bool:
    """A condition the parser took for a complement: 'to strike if the firm goes ahead'."""
    return clause.dep_ == "ccomp" and any(
        m.dep_ == "mark" and m.lower_ in NEGATIVE_MARKS for m in clause.children
    )


def _own_promise(clause: Token) -> bool:
    """'warned (that) it would strike': an act the warner promises, with a pronoun for the
    warner, not a forecast about others ('warned that prices would rise')."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return _promised(clause) and subj is not None and subj.pos_ == "PRON"


def _plain_if(cond: Token) -> bool:
    """'if Russia invades': a condition the other side meets by acting, which a threat
    deters (not 'if asked', with no one named, nor a negative condition)."""
    marks = {m.lower_ for m in cond.children if m.dep_ == "mark"}
    return marks == {"if"} and not any(c.dep_ in {"neg", "auxpass"} for c in cond.children)


def is_conditional_threat(verb: Token) -> bool:
    """'The union will strike unless the board pays', 'said it would walk out if the firm
    does not pay': an act promised (will / would) on a condition the other side must meet.
    Whether both sides are parties is checked by the reader; a threat verb's own clause
    ('warned it would strike unless ...') is read with the threat verb."""
    if verb.pos_ != "VERB" or not _promised(verb):
        return False
    if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in THREAT_VERBS:
        return False
    return any(
        negative_condition(c, NEGATIVE_MARKS) is not None
        for c in verb.children
        if c.dep_ == "advcl" and c.i > verb.i
    )


def negative_condition(cond: Token, marks: frozenset[str]) -> Token | None:
    """The act a negative condition asks for: 'unless Y pays' (pays), 'if Y does not pay'
    (pay), 'if Y fails / refuses to pay' (pay); None for any other clause."""
    found = {m.lower_ for m in cond.children if m.dep_ == "mark"}
    if found & marks - {"if"}:
        return cond
    if "if" not in found or "if" not in marks:
        return None
    if any(c.dep_ == "neg" for c in cond.children):
        return cond
    if cond.lemma_.lower() in FAILING_VERBS:
        return next((c for c in cond.children if c.dep_ == "xcomp"), None)
    return None


def _promised(verb: Token) -> bool:
    """'will strike', 'would walk out': an act announced for later."""
    return any(c.dep_ == "aux" and c.lower_ in PROMISE_MODALS for c in verb.children)


def _promiser(an: Analysis, threat: Token, voices: Voices):
    """Who threatens in 'the union said it would strike unless ...': the clause's subject,
    or, for a pronoun, the subject of the verb reporting it."""
    subj = next((c for c in threat.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "PRON" and threat.dep_ == "ccomp":
        return party(an, agent_of(threat.head), voices) or party(an, subj, voices)
    return party(an, subj, voices)


def summoned(verb: Token) -> tuple[Token, Token] | None:
    """(who is summoned, the account asked for) in 'summoned X to testify', 'X was summoned /
    called in to explain', 'called in X to explain': called to give an account, an act only
    the one summoned can do; not 'summoned the envoy to convey our protest' (the summoner's
    own purpose)."""
    lemma = verb.lemma_.lower()
    ins = [c for c in verb.children if c.lower_ == "in" and c.dep_ in {"prt", "prep"}]
    if lemma not in SUMMON_VERBS and not (lemma == "call" and ins):
        return None
    comp = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"xcomp", "advcl"}
            and c.i > verb.i
            and any(a.tag_ == "TO" for a in c.children)
        ),
        None,
    )
    if comp is None or comp.lemma_.lower() not in ACCOUNTING_VERBS:
        return None
    who = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if who is None:  # "called in the envoy", with 'in' parsed as a preposition
        who = next((g for p in ins for g in p.children if g.dep_ == "pobj"), None)
    return (who, comp) if who is not None else None


def summon_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'The ministry summoned the envoy to explain', 'the envoy was called in by the ministry
    to explain': a demand of the one summoned by the summoner (the by-agent in a passive)."""
    found = summoned(verb)
    if found is None:
        return None
    who, comp = found
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by_tok = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    if agent is None and who.dep_ != "nsubjpass":
        by_tok = agent_of(verb)
    return demand_of(an, by_tok, who, comp, voices)


def deadline_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'The union gave the company until Friday to respond', 'gave the chief 48 hours to
    resign': an ultimatum to the one given the time."""
    given = next((c for c in verb.children if c.dep_ == "dative"), None)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if given is None and objects:
        given = objects[0]
    if given is None or given.ent_type_ in {"DATE", "TIME"}:
        return None
    spans = [o for o in objects if o is not given and _is_time(o)]
    # "gave the firm seven days to act", with the span read as an adverbial
    spans += [c for c in verb.children if c.dep_ == "npadvmod" and _is_time(c) and c.i > given.i]
    spans += [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"until", "till"}
        for g in p.children
        if g.dep_ == "pobj"
    ]
    # "gave the firm until midnight to respond", parsed as an until-clause with the time as
    # its subject or hung on 'until'
    timed = {}
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        for mark in (m for m in clause.children if m.dep_ == "mark" and m.lower_ in UNTIL):
            times = [*clause.children, *mark.children]
            when = next((t for t in times if t.dep_ in {"nsubj", "pobj"} and _is_time(t)), None)
            if when is not None:
                timed[clause] = when
    spans += list(timed.values())
    if not spans:
        return None
    candidates = [*timed, *verb.children, *(c for t in spans for c in t.children)]
    action = next(
        (
            c
            for c in candidates
            if c.dep_ in {"advcl", "xcomp", "relcl", "acl"}
            and c.i > given.i
            and any(a.tag_ == "TO" for a in c.children)
        ),
        None,
    )
    of, by = party(an, given, voices), party(an, agent_of(verb), voices)
    if action is None or of is None or by is None:
        return None
    return by, of, text_of(an, action)


def _is_time(tok: Token) -> bool:
    return tok.ent_type_ in {"DATE", "TIME"} or tok.lemma_.lower() in TIME_NOUNS
