"""Demands stated as obligations or hopes: 'X must / has to / has got to act' (in a quote,
or reported: 'Y said the agency must act'), '"I hope the firm makes ..."', '"I'd
like to see X back ..."'.

The demander is the quote's speaker (or the reporting verb's subject), the addressee the
clause's subject, which must be a party.

Does NOT handle: 'you should ...' addressed to whoever the speaker faces (the text rarely
says who), shouted imperatives ('Resign!'), impersonal needs ('there has to be some
sign'), or consequences ('my daughter would have to walk').
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.events.demand_common import FIRST_PERSON, Voices, agent_of, demand_of, party, text_of
from digests.events.demand_reporters import (
    STANCE_ADJECTIVES,
    according_to,
    object_as_subject,
    reporter_of,
)
from digests.grammar import infinitive_after, infinitive_of, prep_object
from digests.lexicon import CUE_VERBS, OBLIGATION_MODALS
from digests.parties import SUBJECT_DEPS

# "I'd like to see X step down": verbs of wanting that take 'to see X do'.
SEE_WISH_VERBS = frozenset({"love", "like", "want", "hope", "prefer", "wish"})
STATIVE_VERBS = frozenset({"be", "have", "get", "see", "know", "remain", "arrive", "expect"})
# What one "has to" put up with is a burden, not an act anyone asks for.
ENDURE_VERBS = frozenset(
    {"contend", "cope", "deal", "live", "face", "endure", "suffer", "wait", "worry", "pay"}
)
# What one pays as a burden ("will have to pay the price", "has to pay more").
BURDEN_PAYMENTS = frozenset({"price", "cost", "more", "penalty", "bill", "fine"})
# Outcomes one does not do at will: "should" with them forecasts ("should win easily").
OUTCOME_VERBS = frozenset("win lose succeed survive recover prevail arrive finish".split())
# Verbs of knowing and perceiving: "you should know" is not asking anyone to act.
COGNITIVE_VERBS = frozenset(
    """see know understand remember realize realise recognize recognise think believe feel
    imagine consider expect wonder be have get hear note notice ask admit look""".split()
)
# Passives that remark on speech or knowledge: "it must be said", "it should be noted",
# "it should be seen as a warning".
PASSIVE_REMARKS = frozenset(
    """say note stress emphasize emphasise point remember recognize recognise admit add see
    know understand believe think feel expect imagine""".split()
)
# Adjectives of conduct: what one can be told to be ('Be careful!', 'be more transparent').
CONDUCT_ADJECTIVES = frozenset(
    """careful cautious transparent honest accountable aware vigilant patient responsible
    respectful fair consistent flexible reasonable realistic serious candid forthcoming
    responsive diligent mindful alert humble tough firm strict open-minded proactive""".split()
)
CONDITIONAL_MODALS = frozenset({"would", "could", "might", "may", "'d", "’d"})
NON_TARGETS = frozenset({"there", "it", "i", "we", "you", "this", "that", "everyone"})


def is_conduct_obligation(tok: Token) -> bool:
    """'Norland should be careful', 'the board must be more transparent': a deontic 'be' with
    an adjective of conduct, which one can be told to be ('Be careful!'). Not a state that
    forecasts ('should be fine', 'should be ready by Friday')."""
    if tok.lemma_ != "be" or not any(
        c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in tok.children
    ):
        return False
    acomp = next((c for c in tok.children if c.dep_ == "acomp"), None)
    return acomp is not None and acomp.lemma_.lower() in CONDUCT_ADJECTIVES


def is_obligation(tok: Token) -> bool:
    """'has to change' / 'must go' / ''s got to go': an obligation put on someone (not
    'going to have to').

    'should have power back by Tuesday' is a forecast: 'should' counts only with an action.
    """
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ == "xcomp" and tok.head.lower_ == "ought":
        # "X ought to act", with 'ought' parsed as the clause's head; not "ought to have"
        return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    if tok.lemma_ in STATIVE_VERBS and any(c.lower_ == "should" for c in tok.children):
        return False
    has_inf = any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in tok.children)
    if tok.lemma_ in {"have", "need"} and any(c.dep_ == "xcomp" for c in tok.children):
        if tok.lemma_ == "have" and tok.tag_ == "VBD" and not _backshifted(tok):
            return False  # "they had to admit it": what happened, not what is asked
        return tok.head.lemma_ != "go" and tok.dep_ not in {"xcomp"}
    if tok.lemma_ == "get" and has_inf and _has_got(tok):
        return True
    return any(c.lower_ in OBLIGATION_MODALS and c.dep_ == "aux" for c in tok.children)


def _backshifted(verb: Token) -> bool:
    """'Hart said the council had to reopen it': reported speech turns 'has to' into 'had
    to'; only a clause reported by a past cue verb outside quotes reads that way."""
    head = verb.head
    if head.pos_ == "ADJ" and head.lemma_.lower() in STANCE_ADJECTIVES:
        head = head.head  # "made it clear the minister had to go", "was adamant he had to"
    return (
        verb.dep_ == "ccomp"
        and (head.lemma_.lower() in CUE_VERBS or head.lemma_.lower() in {"make", "be"})
        and head.tag_ == "VBD"
        and head.idx < verb.idx
        and not any(a.lower_ in CONDITIONAL_MODALS for a in verb.children)
    )


def _has_got(verb: Token) -> bool:
    """'has got to', 've got to', and 'X's got to' (where the 's hangs on the subject)."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(
        c.dep_ == "case" and c.i == verb.i - 1 and c.lower_ in {"'s", "’s"} for c in subj.children
    )


def obligation_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'X must / has to act': of X; by the quote's speaker or the reporting verb's subject."""
    if any(c.dep_ == "auxpass" for c in _act_of(verb).children):
        return _passive_obligation(an, verb, voices)
    holder = verb.head if verb.dep_ == "xcomp" and verb.head.lower_ == "ought" else verb
    subj = next((c for c in holder.children if c.dep_ == "nsubj"), None) or object_as_subject(
        holder
    )
    if subj is not None and subj.lower_ == "you":
        if any(c.dep_ == "conj" for c in subj.children):
            return None  # "you and I must stand together": an exhortation that includes oneself
        return _told_you_demand(an, verb, voices)
    if subj is None or subj.lower_ in NON_TARGETS:
        return None
    if any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in verb.children):
        return None  # "my daughter would have to walk": a consequence, not a demand
    if any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in subj.children):
        return None
    action = _act_of(verb)
    if _endures(action):
        return None  # "has to cope with the fallout": a burden, not an act asked for
    if action.lemma_.lower() in OUTCOME_VERBS and any(
        c.lower_ in {"should", "ought"} for c in (holder, *verb.children)
    ):
        return None  # "X should win the vote easily": a forecast, not an act asked for
    if an.in_quote(verb):
        by = voices.get(an.token_quote[verb.i])
    else:
        reporter = reporter_of(an, verb)
        by = party(an, agent_of(reporter), voices) if reporter is not None else None
        if reporter is None:
            by = party(an, according_to(holder), voices)  # "According to X, Y must act"
        if by is None and reporter is not None and reporter.lemma_.lower() not in CUE_VERBS:
            return None  # "Analysts believe the bank should cut rates", "It is clear that"
    of = party(an, subj, voices)
    if of is None or by is not None and of.name == by.name:
        return None
    return by, of, text_of(an, action)


def _endures(action: Token) -> bool:
    """'has to cope', 'will have to pay the price': a burden, not an act asked for. Paying
    something owed ('must pay the overdue wages') is an act asked for."""
    lemma = action.lemma_.lower()
    if lemma != "pay":
        return lemma in ENDURE_VERBS
    obj = next((c for c in action.children if c.dep_ == "dobj"), None)
    return obj is None or obj.lemma_.lower() in BURDEN_PAYMENTS


def _act_of(verb: Token) -> Token:
    """'has to go', 'needs to be checked': the act is the infinitive; 'must go': the verb."""
    if verb.lemma_ in {"have", "need", "get"}:
        return next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    return verb


def _passive_obligation(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'"The arrest needs to be investigated," the envoy said', 'X said the records must be
    released': an act the speaker demands, of whoever is to do it (the by-agent when named).

    Not a remark about speech or knowing ('it must be said'), nor a forecast with a date
    ('should be finished by March'), nor anything said to 'you' or of 'there'.
    """
    action = _act_of(verb)
    if action.lemma_.lower() in PASSIVE_REMARKS | ENDURE_VERBS or verb.dep_ == "relcl":
        return None  # "anything that needs to be done": a description, not a demand
    if any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in verb.children):
        return None
    if any(_is_due_date(c) for c in action.children):
        return None
    node = verb
    while node.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in node.children):
        node = node.head  # "was careless and should be looked at"
    subj = next((c for c in (*action.children, *node.children) if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and subj.lower_ in {"you", "there", "i"}:
        return None  # "I need to be careful": about oneself
    by = _voice_of(an, verb, voices)
    if by is None:
        return None
    agent = next((c for c in action.children if c.dep_ == "agent"), None)
    doer = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    of = party(an, doer, voices)
    return by, of if of is None or of.name != by.name else None, text_of(an, action)


def _is_due_date(tok: Token) -> bool:
    """'by March', 'next year', 'within weeks': when a thing is due, which makes 'should be
    finished by March' a forecast."""
    if tok.dep_ == "npadvmod" and tok.ent_type_ in {"DATE", "TIME"}:
        return True
    if tok.dep_ != "prep" or tok.lower_ not in {"by", "before", "within", "until"}:
        return False
    return any(g.ent_type_ in {"DATE", "TIME"} for g in tok.children if g.dep_ == "pobj")


def _told_you_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'"You should step down as mayor," she said': a demand of whoever she addresses.

    Only 'should'/'must' with an act, inside a quote: 'you have to understand' and 'you
    should see the lines' speak of everyone, not to someone. The addressee is the one told
    ('"You must resign," she told the minister'), and with one told 'you have to act' is
    addressed too; otherwise it stays null.
    """
    if not an.in_quote(verb) or _act_of(verb).lemma_ in COGNITIVE_VERBS:
        return None
    told = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "tell" else None
    you = next((c for c in told.children if c.dep_ in {"dobj", "dative"}), None) if told else None
    of = party(an, you, voices)
    modal = any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in verb.children)
    semi = verb.lemma_ in {"have", "need"} and any(c.dep_ == "xcomp" for c in verb.children)
    if not (modal or semi and of is not None):
        return None
    if any(c.dep_ in {"auxpass", "neg"} for c in verb.children):
        return None
    by = voices.get(an.token_quote[verb.i])
    if by is None:
        return None
    return by, of if of is None or of.name != by.name else None, text_of(an, _act_of(verb))


def necessity_demand(an: Analysis, word: Token, voices: Voices) -> tuple | None:
    """'it is high time for the board to rethink its plan', 'It is essential for X to act'.

    `word` is the noun or adjective after 'it is'; the for-clause names who must act.
    """
    verb = word.head
    if word.dep_ not in {"attr", "acomp"} or verb.lemma_ != "be":
        return None
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in verb.children):
        return None
    clause = next(
        (
            c
            for c in (*word.children, *verb.children)
            if c.pos_ == "VERB" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        ),
        None,
    )
    target = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
    if clause is None:
        # "time for the board to act" parsed as for + the board, with 'to act' hung on it
        target = prep_object(word, "for")
        clause = infinitive_of(target) or infinitive_after(target) if target is not None else None
    of = party(an, target, voices)
    if of is None:
        return None
    if an.in_quote(word):
        by = voices.get(an.token_quote[word.i])
    else:
        reporter = reporter_of(an, verb)
        by = party(an, agent_of(reporter), voices) if reporter is not None else None
    return by, of, text_of(an, clause)


def _clause_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def hope_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'"I hope the firm makes a decent bid"', 'Ode hopes the board will reverse
    its decision': a demand of the company, of the board.

    Inside a quote only the speaker's own hope ('I', 'we') counts; outside, the hoper and
    the one hoped to act must both be parties ('he hoped the talks resume' asks no one).
    """
    subj = _clause_subject(verb)
    if subj is None or an.in_quote(verb) and subj.lower_ not in FIRST_PERSON:
        return None
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return None
    comp_subj = next((c for c in comp.children if c.dep_ in SUBJECT_DEPS), None)
    if comp_subj is None or comp_subj.lower_ in NON_TARGETS:
        return None
    if comp.lemma_ in STATIVE_VERBS or any(c.dep_ == "auxpass" for c in comp.children):
        return None  # "I hope it is a rumour": a wish about how things are, no act asked
    by, of = party(an, subj, voices), party(an, comp_subj, voices)
    if not an.in_quote(verb) and (by is None or of is None or by.name == of.name):
        return None
    return by, of, text_of(an, comp)


def see_wish_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'I'd like to see X back her', 'he wants to see the council act': of X.

    `verb` is 'see', an infinitive under a verb of wanting; the seen clause has its own
    subject, the party asked to act.
    """
    wish = verb.head
    if verb.dep_ != "xcomp" or wish.lemma_.lower() not in SEE_WISH_VERBS:
        return None
    if any(c.dep_ == "neg" for c in wish.children):
        return None
    seen = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}), None)
    target = next((c for c in seen.children if c.dep_ == "nsubj"), None) if seen else None
    if target is None:
        return None
    subj = _clause_subject(wish)
    if subj is None:
        return None
    return demand_of(an, subj, target, seen, voices)


def chant_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'The crowd chanted, "Resign! Resign!"', 'Picketers yelled at Mayor Quill: "Step
    down!"': a slogan shouted as a command is a demand by the shouters.

    The quote must follow the verb in its sentence and open with a command or end in '!'.
    The addressee is the at-object when one is named, else null; the shouters are named by
    their own phrase when the party rule has no name for them ('the crowd', 'others').
    """
    if an.in_quote(verb):
        return None
    words = [
        t for t in verb.sent if t.i > verb.i and an.in_quote(t) and not (t.is_quote or t.is_space)
    ]
    if not words:
        return None
    quote = [t for t in words if an.token_quote[t.i] == an.token_quote[words[0].i]]
    command = quote[0].tag_ == "VB" and not any(c.dep_ in SUBJECT_DEPS for c in quote[0].children)
    if not command and quote[-1].text != "!":
        return None
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    target = next((g for g in at.children if g.dep_ == "pobj"), None) if at else None
    subj = agent_of(verb)
    by = party(an, subj, voices)
    if by is None and subj is not None and subj.pos_ in {"NOUN", "PROPN", "PRON"}:
        phrase = an.text[subj.left_edge.idx : subj.right_edge.idx + len(subj.right_edge)]
        by = Party(name=phrase, kind="anonymous")
    text = an.text[quote[0].idx : quote[-1].idx + len(quote[-1])].rstrip("!.")
    return by, party(an, target, voices), text


# Acts one can owe someone ("owes them an apology"), unlike a sum of money.
OWED_ACTS = frozenset({"apology", "explanation", "answer", "account", "apologies"})
# What people are owed and others must give ("the families deserve answers").
DESERVED = OWED_ACTS | {"justice", "truth", "accountability", "transparency", "answers"}
# Nouns of obligation: "the council has a duty to protect them".
DUTY_NOUNS = frozenset({"duty", "obligation", "responsibility"})


def is_owed_act(verb: Token) -> bool:
    """'X owes the families an apology', 'X owes it to voters to explain': an act owed;
    'the families deserve answers': a thing owed to them, by whoever is to give it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"owe", "deserve"}:
        return False
    return _owed(verb) is not None


def _owed(verb: Token) -> Token | None:
    if verb.lemma_.lower() == "deserve":
        return next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DESERVED),
            None,
        )
    act = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"advcl", "xcomp"} and c.i > verb.i and c.tag_ == "VB"
        ),
        None,
    )
    if act is not None and any(a.tag_ == "TO" for a in act.children):
        return act  # "owes it to Canadians to explain"
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in OWED_ACTS), None
    )  # "owes the families an apology", not "owes the bank $5 million"


def duty_demand(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """'"The council has a duty to protect these children," she said': an obligation put
    on the council by the speaker (or the reporting verb's subject); likewise an act owed
    ('"The firm owes the families an apology," she said')."""
    if noun.pos_ == "VERB" and is_owed_act(noun):
        subj = _clause_subject(noun)
        by, of = _voice_of(an, noun, voices), party(an, subj, voices)
        if noun.lemma_.lower() == "deserve":
            return (by, None, text_of(an, _owed(noun))) if by is not None else None
        if by is None or of is None or of.name == by.name:
            return None
        return by, of, text_of(an, _owed(noun))
    if noun.lemma_.lower() not in DUTY_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_ != "have":
        return None
    act = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB"), None)
    subj = _clause_subject(noun.head)
    if act is None or subj is None or subj.lower_ in NON_TARGETS | FIRST_PERSON:
        return None
    by = _voice_of(an, noun.head, voices)
    of = party(an, subj, voices)
    if by is None or of is None or of.name == by.name:
        return None
    return by, of, text_of(an, act)


def need_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'"We need a full inquiry into the fire," the mayor said': what a speaker says their
    side needs from others is a demand of no one named. Only 'we need' + a thing, quoted."""
    if verb.lemma_ != "need" or not an.in_quote(verb):
        return None
    subj = _clause_subject(verb)
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or subj.lower_ != "we" or thing is None or thing.pos_ != "NOUN":
        return None
    if any(c.dep_ in {"neg", "xcomp", "ccomp"} for c in verb.children):
        return None
    by = voices.get(an.token_quote[verb.i])
    return (by, None, text_of(an, thing)) if by is not None else None


def _voice_of(an: Analysis, tok: Token, voices: Voices):
    """Who says the clause: the quote's speaker, or the subject of the verb reporting it."""
    if an.in_quote(tok):
        return voices.get(an.token_quote[tok.i])
    reporter = reporter_of(an, tok)
    return party(an, agent_of(reporter), voices) if reporter is not None else None
