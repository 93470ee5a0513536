"""Grammar readings the meeting stages share: a verb's particle lemma, its subject and
with-phrases, whether a noun can name a party, who chairs it, and the dateline a story
opens with.

Split from triggers.py (which decides which words report a meeting) so that the trigger
rules and the argument rules read the parse the same way without one module growing past
its job.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.events.frames import (
    CLIMB_VERBS,
    DATELINE_DASHES,
    MOTION_VERBS,
    MOUNTAIN_WORDS,
    PARTY_ENTS,
    PERSON_GROUP_NOUNS,
    PHONE_WORDS,
    REACTION_NOUNS,
)
from digests.lexicon import AGENT_SUFFIXES, ANONYMOUS_NOUNS, GROUP_NOUNS, TITLE_WORDS
from digests.parties import SUBJECT_DEPS

# "X and Y came / got together": a coming together, read as one verb
TOGETHER_VERBS = frozenset({"come", "get"})
# "a meeting held under the chairmanship of X", "talks chaired by X": X took part
CHAIR_NOUNS = frozenset({"chairmanship", "chairpersonship", "presidency", "auspices", "aegis"})


def verb_lemma(verb: Token) -> str:
    """The lemma with a particle joined: 'call_in' for 'called in the ambassador',
    'come_together' for 'X and Y came together'."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.lower_ == "together" and lemma in TOGETHER_VERBS and c.dep_ in {"advmod", "prt"}:
            return lemma + "_together"
        if c.lower_ == "in" and lemma == "call" and c.dep_ == "prt":
            return "call_in"
        if c.lower_ == "in" and lemma == "call" and c.dep_ == "prep" and c.i == verb.i + 1:
            return "call_in"  # "called in the envoy", read as a preposition
    return lemma


def is_party_like(tok: Token) -> bool:
    """A noun that can name a party: a person, body, country, group or role."""
    if tok.ent_type_ in PARTY_ENTS:
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in {"him", "her", "them", "us", "me", "he", "she", "they", "we"}
    return tok.pos_ == "PROPN" and not tok.ent_type_ or person_like(tok)


def person_like(tok: Token) -> bool:
    if tok.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True
    if tok.pos_ == "PROPN" and not tok.ent_type_:
        return True
    lemma = tok.lemma_.lower()
    if lemma in PERSON_GROUP_NOUNS or lemma in GROUP_NOUNS or lemma in TITLE_WORDS:
        return True
    if lemma in ANONYMOUS_NOUNS:
        return True
    # "residents", "students"; not "requirements", "settlements" (-ment names a thing)
    agent = lemma.endswith(AGENT_SUFFIXES) and not lemma.endswith("ment")
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and agent


def reaction(tok: Token) -> bool:
    """'met with fierce opposition from X', 'met with criticism': a reaction, not a
    partner ('met with the opposition' is a party: it has its determiner)."""
    own = any(c.dep_ in {"det", "poss"} and c.lower_ != "a" for c in tok.children)
    return tok.lemma_.lower() in REACTION_NOUNS and not own


def late_subject(tok: Token) -> bool:
    """'..., and later met Labour leader X' read with X as the subject: in a conjoined
    declarative verb whose subject is its head's, a 'subject' after the verb is its object."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and tok.i > verb.i
        and verb.dep_ == "conj"
        and not any(c.dep_ in {"aux", "auxpass"} and c.i < verb.i for c in verb.children)
        and not tok.sent.text.rstrip().endswith("?")
    )


def misread_main_verb(verb: Token) -> bool:
    """'A delegation of residents called on the mayor' parsed as a noun phrase with a reduced
    relative ('residents [who were] called on'): in a sentence whose root is a noun, with no
    finite verb elsewhere, the relative verb is the main verb and its noun its subject. So
    is a headline's infinitive ('X to meet Y next week', read as 'X [who is] to meet Y')."""
    root = verb.sent.root
    headline = verb.dep_ == "relcl" and infinitive(verb) and verb.head == root
    if verb.dep_ != "acl" and not headline or root.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(t.tag_ in FINITE_TAGS and t.i != verb.i for t in verb.sent)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# "held" as the small model tags a misread light verb: past tense or participle
PAST_TAGS = frozenset({"VBD", "VBN"})


def misread_light_verb(noun: Token) -> Token | None:
    """'The pair held talks' parsed with 'held' as an adjective of 'talks': a past-tense
    verb before the noun, with a subject of its own, is the verb that holds it."""
    for c in noun.children:
        held = c.dep_ == "amod" and c.tag_ in PAST_TAGS and c.i < noun.i
        if held and (any(g.dep_ in SUBJECT_DEPS for g in c.children) or counted_pair(noun)):
            return c
    return None


def counted_pair(noun: Token) -> list[Token]:
    """'The two held talks' parsed as one noun phrase: 'two' counts the noun, before the
    misread verb; it is the verb's subject, the pair. The verb may be tagged a participle
    ('held' is both), so 'two' must come before it."""
    held = [c for c in noun.children if c.dep_ == "amod" and c.tag_ in PAST_TAGS]
    return [
        c
        for c in noun.children
        if c.dep_ == "nummod" and c.lower_ == "two" and held and c.i < held[0].i
    ]


def infinitive(tok: Token) -> bool:
    return any(c.tag_ == "TO" for c in tok.children)


def preps(tok: Token, words: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ in words]


def with_phrases(verb: Token) -> list[Token]:
    """The verb's with-phrases, or its object's: 'discussed an alliance with X' attaches
    either way; and a medium's ('conferred by phone with X')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return (
        [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
        + medium_with(verb)
        + (preps(verb, {"between", "among"}) if passive else [])  # "talks were held between"
    )


def medium_with(tok: Token) -> list[Token]:
    """'by phone with X', 'over video with X': the with-phrase the parser hung on the medium."""
    media = [
        g
        for c in tok.children
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "over", "via"}
        for g in c.children
        if g.dep_ == "pobj" and g.lower_ in PHONE_WORDS | {"link", "videolink"}
    ]
    return [c for m in media for c in m.children if c.dep_ == "prep" and c.lower_ == "with"]


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or its head verb's for a conjoined verb ('spoke and will talk')."""
    for node in (verb, verb.head if verb.dep_ == "conj" else None):
        if node is None:
            continue
        sub = next(
            (c for c in node.children if c.dep_ in SUBJECT_DEPS and not is_dateline(c)), None
        )
        if sub is not None:
            return sub
    return None


def is_dateline(tok: Token) -> bool:
    """'HALIFAX -- Bankers ... discussed': the place before a dateline dash is no subject."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text in DATELINE_DASHES and tok.is_upper


DATELINE_REACH = 12  # tokens: a dateline is a few words at the start of a line


def in_dateline(tok: Token) -> bool:
    """'ST. PAUL, Minn. (AP) — ...', 'LINDFORD: ...': a token before a dateline dash (or a
    colon after capitals) near a paragraph's start.

    The dateline names where the story was filed and who filed it, never an actor."""
    doc = tok.doc
    start = tok.i
    floor = max(0, tok.i - DATELINE_REACH)
    while start > floor and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text:
        start -= 1  # back to the start of the line (a headline may share the sentence)
    if start > 0 and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text:
        return False  # deep inside a line: no dateline reaches here
    for t in doc[start : min(len(doc), start + DATELINE_REACH)]:
        if t.i > tok.i and t.text in DATELINE_DASHES and t.i > start:
            before = doc[start : t.i]
            return all(b.is_punct or b.pos_ == "PROPN" or b.is_upper for b in before)
        if t.i > tok.i and t.text == ":" and t.i > start:
            # "LINDFORD: In a reversal ...": capitals and a colon open the line
            before = doc[start : t.i]
            return all(b.is_upper or b.is_punct for b in before) and any(b.is_alpha for b in before)
    return False


def chair_of(prep: Token) -> list[Token]:
    """'under the chairmanship of X': X chaired the meeting."""
    if prep.dep_ != "prep":
        return []
    return [
        g
        for n in prep.children
        if n.dep_ == "pobj" and n.lemma_.lower() in CHAIR_NOUNS
        for of in n.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for g in of.children
        if g.dep_ == "pobj"
    ]


def lasting(prep: Token) -> bool:
    """'for an hour', 'for two hours': how long two parties talked."""
    units = {"hour", "minute", "day", "night"}
    return any(g.lemma_.lower() in units for g in prep.children if g.dep_ == "pobj")


def climbed(noun: Token) -> bool:
    """'reached the summit', 'climbed to the summit', 'the summit of Mount Orr', 'a mountain
    summit': the peak of a place. Only the summit's own modifiers and of-phrase say so: 'a
    summit in the mountain resort of X' is held there."""
    up = noun.dep_ == "pobj" and noun.head.lower_ in {"to", "up", "atop"}
    motion = noun.head.head if up else noun.head
    if (noun.dep_ == "dobj" or up) and motion.lemma_.lower() in CLIMB_VERBS:
        return True
    for c in noun.children:
        own = c.dep_ in {"compound", "amod", "nmod"} or c.dep_ == "prep" and c.lower_ == "of"
        words = c.subtree if own else ()
        if any(w.lemma_.lower() in MOUNTAIN_WORDS or w.ent_type_ == "LOC" for w in words):
            return True
    return False


def minds_meet(noun: Token) -> bool:
    """'a meeting of minds': agreement, not an event."""
    return any(
        g.lemma_.lower() == "mind"
        for c in preps(noun, {"of"})
        for g in c.children
        if g.dep_ == "pobj"
    )


def time_or_place(tok: Token) -> bool:
    """'on Tuesday', 'Tuesday', 'at City Hall', 'in Dover': when or where, not with whom."""
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in {"DATE", "TIME"}
    if tok.dep_ != "prep" or tok.lower_ not in {"on", "at", "in", "inside", "behind"}:
        return False
    return any(
        g.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC", "ORG"} or g.pos_ in {"NOUN", "PROPN"}
        for g in tok.children
        if g.dep_ == "pobj"
    )


def topic_object(obj: Token) -> bool:
    """'talked trade', 'talked business': a bare noun as what two people talked."""
    bare = obj.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in obj.children)
    return obj.dep_ == "dobj" and obj.head.lemma_.lower() == "talk" and bare


def walked_out(of: Token) -> bool:
    """'walked / stormed / stayed out of the meeting': a verb + 'out of'."""
    out = of.head
    return out.lower_ == "out" and out.head.pos_ == "VERB" and out.head.lemma_ != "rule"


def coordinated(subject: Token) -> bool:
    """'X and Y': a subject with conjuncts; also 'Trade Minister X and Mayor Y', which the
    small model parses as one name chain with the 'and' inside ('X' a modifier of 'Y');
    and a subject that names a pair told before ('the two', 'both sides', 'the pair')."""
    if subject.conjuncts or names_a_pair(subject):
        return True
    return subject.pos_ == "PROPN" and any(
        t.dep_ == "cc" and t.lower_ == "and" and t.head.pos_ == "PROPN" and t.head.i < subject.i
        for t in subject.doc[subject.left_edge.i : subject.i]
    )


# Nouns a counted pair can be: "the two leaders", "both sides", "the two companies".
PAIR_NOUNS = PERSON_GROUP_NOUNS | frozenset(
    "side party country nation government company firm union camp rival".split()
)


def counts_two(tok: Token) -> bool:
    """'the two ...', 'both ...': a noun phrase that says it names two."""
    return any(
        (c.dep_ == "nummod" and c.lower_ == "two")
        or (c.dep_ in {"det", "predet"} and c.lower_ == "both")
        for c in tok.children
    )


def names_a_pair(tok: Token) -> bool:
    """A subject that stands for two parties named before: 'the two', 'both', 'the pair',
    'the sides', 'both leaders', 'the two companies'."""
    if tok.lower_ in {"both", "pair", "duo"} or tok.lower_ == "two" and tok.pos_ == "NUM":
        return True
    if tok.lower_ == "sides" and any(c.lower_ == "the" for c in tok.children):
        return True
    return counts_two(tok) and tok.lemma_.lower() in PAIR_NOUNS


# Measures of a meeting: "held three rounds of talks", "after two days of negotiations".
MEASURE_NOUNS = frozenset("round series hour day week couple".split())


def measured_holder(noun: Token) -> Token | None:
    """'X and Y held three rounds of talks': the verb that holds the measure holds the
    meeting it measures."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return None
    measure = prep.head
    if measure.lemma_.lower() not in MEASURE_NOUNS or measure.dep_ not in {"dobj", "nsubjpass"}:
        return None
    return measure.head


def plural(tok: Token) -> bool:
    """'with studios', 'with X and Y': more than one of something that can meet."""
    return (
        bool(tok.conjuncts)
        or tok.tag_ in {"NNS", "NNPS"}
        and tok.ent_type_
        not in {
            "DATE",
            "TIME",
            "MONEY",
            "QUANTITY",
        }
    )


def purpose_of_trip(verb: Token) -> bool:
    """'went to Rome to see X': an infinitive purpose clause of a motion verb."""
    return (
        verb.dep_ in {"advcl", "xcomp"}
        and infinitive(verb)
        and verb.head.lemma_.lower() in MOTION_VERBS
    )


def clause_above(node: Token) -> Token | None:
    """The clause whose subject a subjectless verb shares: through xcomp, conj, advcl and
    ccomp, and from a predicate adjective ('due', 'set') to its verb; for an infinitive on
    an object noun, the verb of that object ('X accepted an invitation to meet Y': X). None
    at the top."""
    if node.dep_ == "acl" and node.head.dep_ == "dobj" and infinitive(node):
        return node.head.head
    if node.dep_ == "acomp" and node.pos_ == "ADJ":
        return node.head  # "X and Y are due to meet": the adjective shares its verb's subject
    if node.dep_ not in {"xcomp", "conj", "advcl", "ccomp"} or node.head.i == node.i:
        return None
    return node.head


# Opening quotation marks: "calling X "a partner"" names X, it does not ring X.
OPENING_MARKS = frozenset({'"', "\u201c", "'", "\u2018"})


def named_as(verb: Token) -> bool:
    """'called X "a true partner"', 'calling him a liar' read as two objects: a verb of
    naming whose object is followed by what it is called, not a phone call."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) >= 2:
        return True
    after = objects[0].i + 1 if objects else None  # the mark right after the name
    return after is not None and after < len(verb.doc) and verb.doc[after].text in OPENING_MARKS
