"""The clause or thing that says what is wanted, found beside a demand verb.

Split from demand_verbs (which reads who asks whom) so that the rules for the wanted act
stay together: the complement ('to close', 'that he resign', 'for X to go', an infinitive
hung elsewhere by the parser or after an aside), and the clauses that only look like one
(a purpose: 'wants money to build it'; a reason: 'so I can help'; a question: 'whether
they would stay'; a stray finite clause after a thing asked for); and a thing asked for
in place of an act ('demanded a raise from the board', 'urged a boycott') with its giver.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.events.demand_common import actor_of_nominal, could_act
from digests.events.demand_mood import is_mandative
from digests.grammar import wanted_after
from digests.lexicon import RELATIVE_PRONOUNS

# Verbs that ask someone to refrain with 'against' ("warned X against Y-ing").
WARNING_VERBS = frozenset({"warn", "caution", "advise"})

# Verbs whose direct object is the thing wanted; the others' object is who must act.
THING_VERBS = frozenset({"want", "demand", "seek", "request", "require"})
# Verbs whose for-phrase names what is asked for ('pushed for a recount', 'called for X to').
FOR_VERBS = frozenset(
    """call ask press push appeal plead lobby advocate petition beg campaign pressure urge
    demand seek request want clamour clamor agitate""".split()
)
# Wanting or seeking to do something oneself is a wish or an attempt, not a demand.
SELF_VERBS = frozenset({"want", "seek", "like", "love", "prefer"})
QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who"})
# Marks of a clause that gives a reason or a result, not the wanted act ('so I can help').
NON_COMPLEMENT_MARKS = frozenset({"so", "because", "since", "although", "though", "while"})
# Prepositions that name the addressee beside an infinitive ('appealed to X to act').
SOURCE_PREPS = {"call": {"from", "of", "on", "upon"}, "appeal": {"to"}, "plead": {"with"}}
SOURCE_PREPS |= {"lean": {"on"}, "prevail": {"on", "upon"}}
ASIDE_OPEN = {"-": "-", "—": "—", "–": "–", "(": ")", ",": ","}
NAMED_ASKED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# What a candidate seeks or wants by running, not of anyone ("seeking re-election").
CANDIDACY_THINGS = frozenset(
    {"term", "reelection", "re-election", "election", "nomination", "office", "presidency"}
)
# What one seeks for one's own ends ("seeking ways to cut costs", "the possibility of a
# merger", "a chance to bid").
MEANS_THINGS = frozenset(
    "way possibility chance opportunity option means prospect avenue solution".split()
)
# "demanded an explanation from the ambassador": who is to give the thing wanted.
GIVER_PREPS = frozenset({"from"})


def stray_clause(lemma: str, dobj: Token | None, comp: Token | None) -> bool:
    """A finite clause after the object of a verb that asks for a thing is not what is asked
    of anyone unless it orders ('demanded papers that X sign' is rare; 'requested details
    and how staff will be treated' is a thing and a question about it)."""
    if lemma not in THING_VERBS or dobj is None or comp is None or comp.dep_ != "ccomp":
        return False
    return comp.i > dobj.i and not is_mandative(comp)


def is_purpose(lemma: str, dobj: Token | None, comp: Token | None) -> bool:
    """'wants money to build it', 'needs $7 million to stay open': a thing wanted and what
    for, not someone asked to act."""
    return (
        lemma in THING_VERBS | {"need"}
        and dobj is not None
        and comp is not None
        and (not could_act(dobj) or dobj.ent_type_ == "MONEY")
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in comp.children)
    )


def complement(verb: Token, dobj: Token | None) -> Token | None:
    """The clause that says what is wanted: 'to close', 'that he resign', 'for X to go'."""
    for c in verb.children:
        if c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i and not _is_reason_clause(c):
            return c
    thing_verb = verb.lemma_.lower() in THING_VERBS
    froms = SOURCE_PREPS.get(verb.lemma_.lower(), {"from", "of"})
    source = any(c.dep_ == "prep" and c.lower_ in froms for c in verb.children)
    for c in verb.children:
        # "pressed the chief on Tuesday to explain", "demanded from Norway to drop",
        # "called for the council to resign": the infinitive often hangs as advcl. Not
        # "requested anonymity to discuss it" (a purpose) nor "pushed hard to win".
        if c.dep_ != "advcl" or c.i < verb.i or not any(a.tag_ == "TO" for a in c.children):
            continue
        if dobj is not None and c.i > dobj.i and not thing_verb:
            return c
        has_for = any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        if dobj is None and (source or has_for):
            return c
    if dobj is not None:
        return infinitive_after_aside(dobj)
    return None


def _is_reason_clause(clause: Token) -> bool:
    """'I want the seat, so I will campaign': a result, not what is wanted.

    After 'want' a wanted act is non-finite ('want him to go', 'want them rehired'); a
    finite clause with its own auxiliary is something else said.
    """
    if any(
        m.dep_ in {"mark", "advmod"} and m.lower_ in NON_COMPLEMENT_MARKS and m.i < clause.i
        for m in clause.children
    ):
        return True
    head = clause.head
    return (
        head.lemma_.lower() in SELF_VERBS
        and clause.dep_ == "ccomp"
        and (clause.tag_ in {"VBP", "VBZ"} or any(a.tag_ == "MD" for a in clause.children))
    )  # "want them rehired" (the model often tags the participle VBD) stays a demand


def is_question_clause(clause: Token) -> bool:
    """'whether they would stay', 'if she planned to resign', 'how they'd reform it'."""
    if clause.lower_ in QUESTION_WORDS:
        return True
    return any(
        c.lower_ in QUESTION_WORDS and c.i < clause.i and c.dep_ in {"mark", "advmod"}
        for c in clause.children
    )


def asks_leave(comp: Token | None) -> bool:
    """'his staff asked to postpone the hearing': asking leave to act is a request of
    whoever grants it; not 'asked to be named', 'asked not to', or 'asked to comment'."""
    if comp is None or comp.dep_ != "xcomp" or comp.lemma_.lower() in {"be", "speak", "comment"}:
        return False
    return any(a.tag_ == "TO" for a in comp.children) and not any(
        c.dep_ in {"neg", "auxpass", "nsubj"} for c in comp.children
    )


def infinitive_after_aside(dobj: Token) -> Token | None:
    """'asked the dean - in Perth that week - to step aside': skip the aside to find 'to'."""
    doc = dobj.doc
    hung = next((c for c in dobj.children if c.dep_ in {"acl", "relcl"} and c.i > dobj.i), None)
    if hung is not None and doc[dobj.i + 1].tag_ == "TO" and doc[dobj.i + 1].head == hung:
        # "urging the health authority to reopen it": the parser hung the infinitive on the
        # one asked, as if it described them
        return hung if could_act(dobj) else None
    i = dobj.right_edge.i + 1
    if i < len(doc) and doc[i].tag_ == "TO" and doc[i].head.pos_ == "VERB":
        # "urging the chief to resign" with 'to resign' hung on another verb by the parser
        return doc[i].head if doc[i].head.i > i else None
    if i >= len(doc) or doc[i].text not in ASIDE_OPEN:
        return None
    closer = ASIDE_OPEN[doc[i].text]
    for j in range(i + 1, min(dobj.sent.end, i + 40)):
        if doc[j].text == closer:
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if nxt is not None and nxt.tag_ == "TO" and nxt.head.pos_ == "VERB":
                return nxt.head
            return None
    return None


def for_np_to_vp(lemma: str, dobj, for_obj, comp) -> bool:
    """'pressed for the council to act': someone who can act, then the act; not 'called for
    a meeting to prevent the strike' (a thing wanted, and what for)."""
    if lemma not in FOR_VERBS or dobj is not None or for_obj is None or comp is None:
        return False
    to = any(a.tag_ == "TO" for a in comp.children)
    return to and comp.i > for_obj.i and could_act(for_obj)


def for_object(preps: dict) -> Token | None:
    prep = preps.get("for")
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None


# "What we want is ...", "All we ask for is ...": the pronoun a pseudo-cleft opens with.
CLEFT_PRONOUNS = frozenset({"what", "all"})


def cleft_wanted(verb: Token) -> Token | None:
    """'What we want is a fair deal', 'All we ask is for the board to act': in a pseudo-cleft
    the wanted thing or act is the complement of 'is', not the verb's own object ('All we
    want is to go home' wants an act of one's own: no demand)."""
    if verb.dep_ == "csubj":
        be, opener = verb.head, min(verb.subtree, key=lambda t: t.i)
    elif verb.dep_ == "relcl" and verb.head.dep_ == "nsubj":
        be, opener = verb.head.head, verb.head
    else:
        return None
    if be.lemma_ != "be" or opener.lower_ not in CLEFT_PRONOUNS:
        return None
    if any(c.dep_ == "xcomp" for c in verb.children):
        return None  # "What we want to know is why ...": the gap is in one's own act
    wanted = next(
        (
            c
            for c in be.children
            if c.i > verb.i
            and (
                c.dep_ in {"attr", "ccomp"}
                or c.dep_ == "advcl"
                and any(m.lower_ == "for" for m in c.children)
            )
        ),
        None,
    )
    return None if wanted is None or is_question_clause(wanted) else wanted


def relative_frame(verb: Token, lemma: str) -> tuple[None, Token] | None:
    """'the raise (that) the union has demanded': the wanted thing is the noun the relative
    clause describes."""
    if verb.dep_ != "relcl" or lemma not in THING_VERBS or verb.head.pos_ != "NOUN":
        return None
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return None  # "the plan they want to pass": the gap is in another verb
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is not None and dobj.lower_ not in RELATIVE_PRONOUNS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS:
        return None  # "the union, which wants ...": the noun is the asker, not the thing
    return None, verb.head


def thing_frame(lemma: str, dobj: Token, preps: dict) -> tuple[Token | None, Token] | None:
    """'demanded a raise', 'urged a boycott': the object is the thing wanted, and who is to
    give it is the one whose act it names ('the resignation of X') or the from-object."""
    if lemma == "urge" and not could_act(dobj):
        return None, dobj  # "urged a boycott", "urged restraint"
    if lemma not in THING_VERBS | {"need"}:
        return None
    if dobj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or dobj.tag_ == "PRP":
        return None  # "I want the House": a party is not an act anyone is asked for
    if lemma == "require":
        return None  # "the rule requires a permit": a condition, not a demand
    objects = [c for c in dobj.head.children if c.dep_ == "dobj"]  # "re", "-", "election"
    running = {t.lemma_.lower() for o in objects for t in o.subtree} & CANDIDACY_THINGS
    if lemma in {"seek", "want"} and running:
        return None  # "is seeking a third term": running for office, nobody asked
    if lemma in {"seek", "want"} and dobj.lemma_.lower() in MEANS_THINGS:
        return None  # "seeking ways to cut costs": a means for oneself, nobody asked
    giver = next((preps[p] for p in GIVER_PREPS if p in preps), None) or next(
        (c for c in dobj.children if c.dep_ == "prep" and c.lower_ in GIVER_PREPS), None
    )
    giver_obj = next((g for g in giver.children if g.dep_ == "pobj"), None) if giver else None
    return actor_of_nominal(dobj) or giver_obj or giver_at_end(dobj), dobj


def giver_at_end(dobj: Token) -> Token | None:
    """'sought compensation for the tenants from the board': a from-phrase that closes the
    object's phrase names the giver, wherever the parser hung it inside; only a name (not
    'the return of refugees from the camps')."""
    last = dobj.right_edge
    prep = next(
        (t for t in dobj.subtree if t.dep_ == "prep" and t.lower_ in GIVER_PREPS and t.i > dobj.i),
        None,
    )
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if obj is None or obj.right_edge.i != last.i:
        return None
    named = obj.pos_ == "PROPN" or any(
        c.dep_ == "compound" and c.ent_type_ in NAMED_ASKED for c in obj.children
    )  # "from the Kelmar government"
    return obj if named or obj.pos_ == "NOUN" and could_act(obj) else None


def warned_against(verb: Token) -> tuple[Token, Token] | None:
    """(who is warned, the against-phrase) in 'warned Norland against reckless moves',
    'cautioned the board against raising fares': a demand to refrain. Only with someone who
    can act as the object ('warned against complacency' names no one)."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    if obj is None or not could_act(obj):
        return None
    against = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"), None)
    if against is None or against.i < obj.i or wanted_after(against) is None:
        return None
    return obj, against
