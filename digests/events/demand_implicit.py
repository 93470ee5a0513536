"""Implicit arguments of demand nouns: who demands, of whom, when the noun's own phrase
does not say ('The union's demands include a pay rise', 'The city rejected the demands',
'X wants a raise, a demand the city calls untenable').

A nominal predicate often leaves its arguments outside its own phrase, and a reader finds
them in the surrounding discourse (Gerber & Chai 2010, 'Beyond NomBank: implicit arguments
for nominal predicates'). The frame readers (demand_nouns, demand_calls) read a demand noun
whose asker or addressee sits in its own phrase; this module is the fallback for the noun
that states WHAT is wanted (its act or thing) but not WHO wants it.

The act must sit in the noun's own phrase ('a demand for X', 'calls to act', 'a demand that
Y act', 'the demands include X', 'demands including X', 'its demands: X, Y', or the clause a
noun in apposition renames). The demander is then filled, in order, from:
1. the noun's own modifiers: its possessor ('the union's demands'), a party as compound
   modifier ('union demands'), an of-, by- or from-phrase ('the demands of the union');
2. the governing clause: the subject of a verb that states or keeps the demand ('X repeated
   its call for ...'), the subject of the clause a renaming apposition hangs on, the agent
   of a passive ('the request was made by X'), or whoever reports the demands ('X said the
   demands include ...');
3. the speaker of the quote the noun is in;
4. the subject of the previous sentence.
Fills from 2-4 that are not the clause's own grammar (the reporter, the quote's speaker,
the previous sentence) must be a cast member or a named organisation: a description such as
'analysts' is too loose to guess from. The addressee is filled from an on- or to-phrase
('demands on the council'), the one who answers the demand ('the council rejected ...'),
or the counterpart of talks named in this sentence or the one before ('talks with Y').

A demand verb whose object is a pronoun ('we demand it now') takes its act the same way:
from the same verb's object earlier in the sentence ('we want to demand change, and ...').

Does NOT handle: demand nouns with no act in their phrase ('the demands were rejected'),
economic demand ('demand for housing rose'), or calls in another sense ('a phone call').
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.events.demand_common import Voices, agent_of, party, text_of
from digests.events.demand_mood import is_mandative
from digests.events.demand_senses import other_sense
from digests.grammar import has_to, prep_object
from digests.lexicon import MEETING_NOUNS
from digests.parties import SUBJECT_DEPS

# Nouns that name a demand made of someone (CAMEO 'demand' and 'appeal' as nominals).
IMPLICIT_NOUNS = frozenset(
    "demand call request plea appeal ultimatum push pressure insistence".split()
)
# Verbs whose subject states, keeps or presses the demand it takes as object.
STATING_VERBS = frozenset(
    """make issue present serve send deliver set table submit list outline put lay voice
    reiterate renew repeat restate echo lead press push pursue maintain keep spell unveil
    announce publish release file lodge raise step ramp draw compile prepare hand""".split()
)
# Nouns that hold demands ('a list of demands'): the demands stand where the holder does.
CONTAINERS = frozenset(
    "list set charter series raft slew string catalogue package host number range litany"
    " memorandum".split()
)
# Verbs whose subject is the one asked: it answers the demand made of it.
ANSWER_VERBS = frozenset(
    """reject refuse deny decline dismiss turn accept approve grant meet consider heed ignore
    resist rebuff spurn face receive address satisfy concede agree respond""".split()
)
# Nouns of answering a demand made of one ("the rejection of its demands").
ANSWER_NOUNS = frozenset("rejection refusal dismissal acceptance response answer".split())
# Verbs of judging a demand put to one ("a demand the city calls untenable").
JUDGING_VERBS = frozenset("oppose describe call label brand dismiss".split())
# Verbs that report what someone holds ('X said the demands include ...').
REPORT_VERBS = frozenset("say state add explain insist argue claim tell note write".split())
# Things asked for that are news sourcing, not demands ('requests for comment').
SOURCING = frozenset("comment comments information interview details clarification".split())
OWN_PRONOUNS = frozenset({"its", "their", "his", "her"})
# Pronouns that stand for an act named before ("we demand it now").
REFERRING = frozenset({"it", "that", "this"})
# Nouns that rename a clause as a demand (", a demand the city rejects").
RENAMING_NOUNS = frozenset({"demand", "request", "ultimatum"})
# Verbs whose clause says what its subject wants of others, which such a noun renames.
WANTING_VERBS = frozenset("want seek propose ask insist expect wish like push press".split())
# Dependencies through which a noun hangs from the verb that governs it.
CLIMB_DEPS = frozenset({"pobj", "prep", "dobj", "conj", "appos", "npadvmod", "attr"})


def implicit_demand(an: Analysis, noun: Token, voices: Voices) -> tuple | None:
    """(by, of, text) for a demand noun whose act is in its phrase and whose demander is
    found in it or around it; None when the act or the demander is missing."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in IMPLICIT_NOUNS or other_sense(noun):
        return None
    verb, role = _governor(noun)
    act = _own_act(noun)
    if act is None and _handled(noun, verb):
        act = noun  # "the union presented its demands", "the council rejected the demands"
    if act is None:
        return None
    by = _demander(an, noun, verb, role, voices)
    if by is None:
        return None
    of = _addressee(an, noun, verb, role, voices)
    if of is not None and of.name == by.name:
        of = None
    text = text_of(an, act)
    if act.i < noun.i:  # "raise pay to $27,000, a demand ...": cut
        text = text.split(an.doc[noun.i - 1 : noun.i + 1].text)[0].rstrip(" ,;-–—")
    return by, of, text


def anaphoric_demand(an: Analysis, verb: Token, voices: Voices) -> tuple | None:
    """'We want to demand change, and we demand it now': a demand verb whose object is a
    pronoun takes its act from the same verb's object earlier in the sentence."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in REFERRING:
        return None
    lemma = verb.lemma_.lower()
    earlier = [
        c
        for t in verb.sent
        if t.i < verb.i and t.lemma_.lower() == lemma and t.pos_ == "VERB"
        for c in t.children
        if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
    ]
    by = party(an, agent_of(verb), voices)
    if not earlier or by is None:
        return None
    return by, None, text_of(an, earlier[-1])


def renames_clause(noun: Token) -> bool:
    """Whether the noun renames the clause before it as a demand (the parser may have made
    it that clause's object: 'wants to act, a demand ...')."""
    return _renamed_clause(noun) is not None


def modality_anchor(noun: Token) -> Token:
    """The word whose modality says whether the demand was made: the clause a noun renames
    ('wants a raise, a demand ...': 'wants'), else the noun itself."""
    return _renamed_clause(noun) or noun


def answered(noun: Token) -> bool:
    """'The council rejected the demands', 'refused to meet the demands': a demand refused
    by the one asked was still made (unlike 'the union dropped its demand')."""
    of = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    if of and noun.head.head.lemma_.lower() in ANSWER_NOUNS:
        return True  # "the rejection of its demands"
    verb = noun.head if noun.dep_ == "nsubjpass" else _verb_above(noun)
    return verb is not None and verb.lemma_.lower() in ANSWER_VERBS and noun.dep_ != "nsubj"


def _handled(noun: Token, verb: Token | None) -> bool:
    """A demand with no act in its phrase counts only where a verb states, keeps or answers
    it ('presented its demands', 'the demands were rejected'), not where it is only
    mentioned ('talks on their demands')."""
    if noun.lemma_.lower() == "demand" and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # "a list of demands", "the acceptance of their demands": the demands exist as a
        # thing another noun is about, so they were made
        return noun.head.head.pos_ in {"NOUN", "PRON", "NUM", "ADJ"}
    if noun.lemma_.lower() != "demand" or verb is None or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() not in STATING_VERBS | ANSWER_VERBS:
        return False
    head = _phrase_head(noun)
    if head.dep_ == "dobj" and head.head.i == verb.i:
        return True
    if head.dep_ == "pobj" and head.head.head.i == verb.i:
        return True  # "agreed to the demands", "responded to the demands"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return head.dep_ == "nsubjpass" and passive


def _phrase_head(noun: Token) -> Token:
    """'a list / charter / set of demands': the container stands where the demands do."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in CONTAINERS:
        return prep.head
    return noun


def _own_act(noun: Token) -> Token | None:
    """What the noun asks for, in its own phrase."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None or obj.lemma_.lower() in SOURCING or obj.pos_ == "PRON":
                continue
            return _infinitive(obj) or obj
        if c.dep_ == "prep" and c.lower_ == "including":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ in {"acl", "relcl", "advcl"} and has_to(c) and c.i > noun.i:
            return c  # "calls to resign", "pressure to act"
        if c.dep_ in {"acl", "ccomp"} and _that_clause(c) and is_mandative(c):
            return c
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ in {"be", "include"}:
        # "the main demand is a pay rise", "their demands include a tuition freeze"
        thing = next(
            (c for c in noun.head.children if c.dep_ in {"attr", "dobj"} and c.i > noun.i), None
        )
        if (
            thing is not None
            and thing.pos_ in {"NOUN", "PROPN"}
            and thing.lower_ not in OWN_PRONOUNS
        ):
            return thing
        for_ = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        if for_ is not None and noun.head.lemma_ == "be":  # "the demand is for a pay rise"
            return next((g for g in for_.children if g.dep_ == "pobj"), None)
    if noun.dep_ == "pobj" and noun.head.lower_ in {"among", "as"}:
        # "Among its demands is a pay rise": the listed thing is the verb's subject
        verb = noun.head.head
        thing = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "attr"}), None)
        if verb.lemma_ in {"be", "include", "list", "name"} and thing is not None:
            return thing if thing.pos_ in {"NOUN", "PROPN"} else None
    renamed = _renamed_clause(noun)
    if renamed is not None:
        return next((c for c in renamed.children if c.dep_ == "xcomp"), renamed)
    return _listed_after(noun)


def _renamed_clause(noun: Token) -> Token | None:
    """'The union wants to raise pay to $27,000, a demand the city rejects': a noun set off
    by a comma at the end of a clause renames that clause (however the parser hung it);
    the clause is the sentence's main verb."""
    doc = noun.doc
    if noun.lemma_.lower() not in RENAMING_NOUNS or noun.i < 2:
        return None
    if doc[noun.i - 1].lower_ not in {"a", "an"} or doc[noun.i - 2].text != ",":
        return None
    root = noun.sent.root
    if root.pos_ != "VERB" or root.i > noun.i or root.lemma_.lower() not in WANTING_VERBS:
        return None
    return root


def _listed_after(noun: Token) -> Token | None:
    """'issued its demands: a pay rise and shorter shifts', 'have one demand: X': the first
    item after a colon."""
    doc = noun.doc
    colon = next((i for i in (noun.i + 1, noun.right_edge.i + 1) if doc[i].text == ":"), None)
    if colon is None or colon + 1 >= noun.sent.end:
        return None
    item = doc[colon + 1]
    if item.pos_ in {"DET", "ADJ", "NUM"} and item.head.i > item.i:
        item = item.head  # "a pay rise": the phrase, not its article
    return item if item.pos_ in {"NOUN", "PROPN", "VERB"} else None


def _governor(noun: Token) -> tuple[Token | None, str]:
    """The verb the noun hangs from, and how: 'subject' (the noun is its subject), 'object'
    (it is the verb's object or sits in one of its phrases) or 'rename' (it renames the
    clause before it)."""
    renamed = _renamed_clause(noun)
    if renamed is not None:
        return renamed, "rename"
    noun = _phrase_head(noun)
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return noun.head, "subject"
    return _verb_above(noun), "object"


def _verb_above(tok: Token) -> Token | None:
    node = tok
    for _ in range(5):
        if node.dep_ not in CLIMB_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _demander(
    an: Analysis, noun: Token, verb: Token | None, role: str, voices: Voices
) -> Party | None:
    """Who makes the demand, from the noun's phrase outwards (see the module doc)."""
    local = _own_modifier(an, noun, voices)
    if local is not None:
        return local
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ not in OWN_PRONOUNS:
        return None  # an owner named but not a party ('the plan's demands')
    if verb is not None:
        lemma = verb.lemma_.lower()
        holding = lemma in STATING_VERBS or lemma == "have" and _listed_after(noun) is not None
        if role == "rename" or role == "object" and holding:  # "have one demand: X"
            found = party(an, agent_of(verb), voices)  # "X repeated its call for ..."
            if found is not None:
                return found
        if role == "subject":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            found = party(an, next((g for g in agent.children), None), voices) if agent else None
            source = prep_object(verb, "from") if lemma == "come" else None
            found = found or party(an, source, voices)  # "the call came from X"
            if found is not None:
                return found  # "the request was made by X"
        if role == "object" and lemma in ANSWER_VERBS:
            verb = verb.head if verb.dep_ in {"xcomp", "conj"} else None  # not the answerer
        reporter = _reporter(verb)
        if reporter is not None:
            found = _named(party(an, agent_of(reporter), voices))
            if found is not None:
                return found  # "X said the demands include ..."
    if an.in_quote(noun):
        return _named(voices.get(an.token_quote[noun.i]))
    return _previous_subject(an, noun, voices)


def _own_modifier(an: Analysis, noun: Token, voices: Voices) -> Party | None:
    """'the union's demands', 'union demands', 'the demands of / by / from the union'."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ == "whose":
            return party(an, _relative_head(c), voices)  # "the union, whose demands ..."
        if c.dep_ == "poss" and c.lower_ not in OWN_PRONOUNS:
            return party(an, c, voices)
        if c.dep_ == "compound" and c.i < noun.i and c.pos_ in {"PROPN", "NOUN"}:
            found = party(an, c, voices)
            if found is not None and (found.person is not None or found.kind == "organization"):
                return found
        if c.dep_ == "prep" and c.lower_ in {"of", "by", "from"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            found = party(an, obj, voices)
            if found is not None:
                return found
    return None


def _relative_head(tok: Token) -> Token | None:
    """The noun a relative clause describes, from a word inside the clause."""
    node = tok
    for _ in range(5):
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _reporter(verb: Token | None) -> Token | None:
    """The verb of saying the demand's clause is reported under, if any."""
    node = verb
    for _ in range(3):
        if node is None:
            return None
        if node.lemma_.lower() in REPORT_VERBS and node.pos_ == "VERB":
            return node
        if node.dep_ not in {"ccomp", "conj", "xcomp"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _named(found: Party | None) -> Party | None:
    """A party good enough to fill from outside the clause: a cast member or a named
    organisation."""
    if found is None or found.person is None and found.kind != "organization":
        return None
    return found


def _previous_subject(an: Analysis, noun: Token, voices: Voices) -> Party | None:
    """The subject of the previous sentence's main clause, when it names a party."""
    k = an.sentence_number(noun)
    if k <= 0:
        return None
    sent = an.sents[k - 1]
    subj = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or an.in_quote(subj):
        return None
    return _named(party(an, subj, voices))


def _addressee(
    an: Analysis, noun: Token, verb: Token | None, role: str, voices: Voices
) -> Party | None:
    """Of whom: 'demands on the council', the one answering ('the council rejected the
    demands'), else the counterpart of talks named here or in the sentence before."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"on", "to", "against"}:
            found = party(an, next((g for g in c.children if g.dep_ == "pobj"), None), voices)
            if found is not None:
                return found
    if verb is not None and verb.lemma_.lower() in STATING_VERBS:
        # "handed a list of its demands to the council", "demands were sent to the council"
        to = next(
            (c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"), None
        )
        found = (
            party(an, next((g for g in to.children if g.dep_ == "pobj"), None), voices)
            if to
            else None
        )
        if found is not None:
            return found
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() in ANSWER_VERBS | JUDGING_VERBS:  # "a demand the city rejects"
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            found = party(an, subj, voices)
            if found is not None:
                return found
    if verb is not None and role == "subject" and verb.lemma_.lower() in ANSWER_VERBS:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        found = party(an, next(iter(agent.children), None), voices) if agent else None
        if found is not None:
            return found  # "the demands were rejected by the board"
    if verb is not None and role == "object" and verb.lemma_.lower() in ANSWER_VERBS:
        found = party(an, agent_of(verb), voices)
        if found is not None:
            return found
    k = an.sentence_number(noun)
    for sent in (noun.sent, *(an.sents[k - 1 : k] if k > 0 else ())):
        for tok in sent:
            if tok.lower_ == "with" and tok.head.lemma_.lower() in MEETING_NOUNS:
                obj = next((g for g in tok.children if g.dep_ == "pobj"), None)
                found = _named(party(an, obj, voices))
                if found is not None:
                    return found
    return None


def _infinitive(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in {"acl", "relcl"} and has_to(c)), None)


def _that_clause(verb: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children)
