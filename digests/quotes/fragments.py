"""Short quoted fragments: someone's words, or a label the writer marks off?

A fragment of a few words in quote marks is a quotation when the sentence reports someone
characterising something with those words (`she described the plan as "reckless"`,
`calling him "a fraud"`, `who they dubbed "the fixer"`), even when nobody can say who
"she" is: `not_quotes` keeps such a fragment without a speaker. Without such a frame, a
fragment nobody is named for stays a scare quote or a label (`known as the "Golden Rule"`:
a passive with no `by` agent reports nobody's words).

Read from the parse: the verb the fragment hangs from (climbing out of reported clauses:
`she said the plan was "reckless"` -> said), its lemma, and whether it has an agent (a
subject, a `by` phrase, or a subject it shares as a participle or second verb).

Dropping labels that a sieve did give a speaker (`what had been called the "Red Week"`,
`a show called "Brokers"`) was tried: the dev-long gold counts as many of those as quotes
(titles inside reported speech), so it cost speakers and gained nothing.

Does NOT handle: fragments whose frame verb lies in another sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.lexicon import CUE_VERBS
from digests.quotes.subjects import SPEECH_NOUNS, verb_above

# Verbs of characterising someone or something in words (`cast him as "a hero"`), besides
# the reporting verbs (`CUE_VERBS`): their complement is the subject's words.
CHARACTERISING_VERBS = frozenset(
    {"call", "describe", "dub", "label", "brand", "term", "nickname", "refer", "cast"}
    | {"characterize", "characterise", "portray", "dismiss", "brush", "paint", "deride"}
    | {"hail", "tout", "praise", "blast", "slam", "echo", "chant", "accuse", "see", "view"}
    # judging in words: blaming, condemning, mocking (`blamed the delay on "bad luck"`)
    | {"blame", "fault", "credit", "denounce", "decry", "condemn", "mock", "ridicule"}
    | {"reject", "lambaste", "chide", "scold"}
)
# Nouns of someone's words a fragment can hang from (`his description of it as "X"`).
REPORT_NOUNS = SPEECH_NOUNS | frozenset(
    """
    description characterization characterisation reference accusation charge allegation
    assertion insistence criticism complaint boast admission denial dismissal attack
    call demand suggestion label nickname testimony speech
    """.split()
)
# Verbs with a particle or object that judge in words (`hit back at "lies"`).
PHRASAL_JUDGING = {
    "hit": ("back", "out"),
    "fire": ("back",),
    "push": ("back",),
    "lash": ("out",),
    "strike": ("back",),
    "take": ("aim",),
    "wave": ("off", "away"),
}
# Verbs whose subject reports findings when it is a body or a document (`the audit found
# the dam was "unsafe"`), and those bodies and documents.
FINDING_VERBS = frozenset({"find", "conclude", "determine", "rule", "judge"})
FINDING_SOURCES = frozenset(
    """
    report study review audit investigation inquiry probe survey poll analysis assessment
    panel committee commission court judge jury inspector watchdog regulator agency
    """.split()
)
# Verbs of an aside that names whose words a clause gives (`as she put it`).
ASIDE_VERBS = frozenset({"put", "say", "describe", "write", "call", "phrase", "note", "tell"})
# Verbs whose `as` phrase is a use or a role, not a characterisation.
NON_CHARACTERISING_AS = frozenset(
    {"use", "serve", "hire", "appoint", "name", "elect", "list", "register", "enrol", "enroll"}
    | {"build", "rebuild", "design", "convert", "remake", "open", "reopen", "launch", "sell"}
)
# Verbs by which someone gives a person or thing a name (`called her "Miss Moneybags"`).
EPITHET_VERBS = frozenset({"call", "dub", "nickname", "label", "brand", "term", "christen"})
# Clause links a reported fragment climbs through to the verb that reports it (`pcomp`:
# `accused them of being "lazy"`, through the preposition).
CLIMB_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "pcomp"})
# Links by which a participle or second verb shares its head's subject.
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp"})
MAX_HEAD_STEPS = 8  # from the fragment's root up to the verb it hangs from
MAX_CLIMBS = 3  # reported clauses climbed out of to find the reporting verb


def frame_verb(an: Analysis, qi: int) -> Token | None:
    """The nearest verb outside the quote that the fragment's words hang from, or None
    when the fragment is that verb's subject (`the "sex tape" reference was ...`).

    A fragment conjoined to a quoted fragment before it (`called it "cruel" and
    "short-sighted"`) hangs, through that one, from the same verb."""
    return next((t for t in _heads_outside(an, qi) if t.pos_ in {"VERB", "AUX"}), None)


def framing_noun(an: Analysis, qi: int) -> Token | None:
    """The noun of speech someone owns that the fragment hangs from before any verb:
    `his description of the plan as "a mess"`, `the mayor's claim that it was "rigged"`,
    `Republican warnings of "chaos"`."""
    for tok in _heads_outside(an, qi):
        if tok.pos_ in {"VERB", "AUX"}:
            return None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORT_NOUNS and _owned(tok):
            return tok
    return None


def _owned(noun: Token) -> bool:
    """Someone's words: a possessor (`his`, `the mayor's`), a `by` phrase, or a name or
    nationality before the noun (`Republican claims`)."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "by"):
            return True
        if child.dep_ in {"compound", "amod"} and (
            child.pos_ == "PROPN" or child.ent_type_ in {"NORP", "ORG", "PERSON"}
        ):
            return True
    return False


def _heads_outside(an: Analysis, qi: int) -> Iterator[Token]:
    """The heads above the fragment's words, outside quotes, nearest first; none past a
    subject link (the fragment, or the phrase it is in, is what a clause is about)."""
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return
    inside = range(tokens.start, tokens.end)
    roots = [t for t in tokens if t.head.i not in inside or t.head == t]
    words = [t for t in roots if not t.is_punct]
    if not words:
        return
    node = words[0]
    crossed = -1  # the quote of the first conjunct, once climbed into through `conj`
    for _ in range(MAX_HEAD_STEPS):
        if node.dep_ in {"nsubj", "nsubjpass", "csubj"} or node.head == node:
            return
        link, node = node.dep_, node.head
        other = an.token_quote[node.i]
        if other >= 0:
            if other != crossed and link != "conj":
                return
            crossed = other  # `"cruel" and "short-sighted"`: the first conjunct's frame
            continue
        yield node


def has_agent(verb: Token) -> bool:
    """Someone is said to do this verb: a `by` agent, an active subject, or (for a
    participle or second verb) the subject it shares with its head."""
    deps = {c.dep_ for c in verb.children}
    if "agent" in deps:
        return True
    if "nsubjpass" in deps or "auxpass" in deps:
        return False
    if "nsubj" in deps:
        return True
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl", "amod"}:
        return False  # `a show called "X"`: a bare participle after a noun
    return verb.dep_ in SHARED_SUBJECT_DEPS or verb.dep_ == "acl" and verb.tag_ == "VBG"


def is_reported_fragment(an: Analysis, qi: int) -> bool:
    """The fragment is the complement of someone characterising or reporting in words:
    `described him as "kind"`, `calling it "a disgrace"`, `said the plan was "a mess"`,
    or of a noun for someone's words (`his description of it as "a mess"`, `her claim
    that the vote was "rigged"`)."""
    if framing_noun(an, qi) is not None or _as_complement(an, qi):
        return True
    verb = frame_verb(an, qi)
    for _ in range(MAX_CLIMBS + 1):
        if verb is None:
            return False
        if _frames_words(verb) and has_agent(verb):
            return True
        if _source_aside(verb):
            return True  # `the plan was, as she put it, "dead"`
        head = verb.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in REPORT_NOUNS and _owned(head):
            return True  # `the mayor's claim that the vote was "rigged"`
        if verb.dep_ not in CLIMB_DEPS or head == verb:
            return False
        verb = verb_above(an, verb, MAX_HEAD_STEPS)
    return False


def _frames_words(verb: Token) -> bool:
    """A verb of saying, characterising or judging, phrasal ones included (`hit back
    at`, `took aim at`)."""
    lemma = verb.lemma_.lower()
    if lemma in CHARACTERISING_VERBS or lemma in CUE_VERBS:
        return True
    if lemma in FINDING_VERBS:
        return any(_finds(c) for c in verb.children if c.dep_ == "nsubj")
    words = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "dobj"}}
    return any(w in words for w in PHRASAL_JUDGING.get(lemma, ()))


def _finds(subject: Token) -> bool:
    """A body or a document whose findings are reported (`the audit`, `the court`,
    `the Harbor Authority`); people and crews find things, not findings."""
    return subject.lemma_.lower() in FINDING_SOURCES or subject.ent_type_ == "ORG"


def _source_aside(verb: Token) -> bool:
    """An aside naming whose words the clause gives: `as she put it`, `as he said`, `in
    her words`."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in ASIDE_VERBS:
            kids = {c.dep_: c for c in child.children}
            if "nsubj" in kids and "mark" in kids and kids["mark"].lower_ == "as":
                return True
        if child.dep_ == "prep" and child.lower_ == "in":
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lower_ == "words" and _owned(noun):
                return True
    return False


def _as_complement(an: Analysis, qi: int) -> bool:
    """`defended the plan as "fair"`, `welcomed the ruling as "long overdue"`: someone
    presents a thing as the fragment; an `as` phrase after a verb with an object and an
    agent characterises (`served as "fixer"` has no object)."""
    head = next(_heads_outside(an, qi), None)
    if head is None or head.lower_ != "as" or head.dep_ != "prep":
        return False
    verb = head.head
    if verb.dep_ == "dobj":  # the parse may hang `as` on the object: `framed the rule as`
        verb = verb.head
    return (
        verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in verb.children)
        and verb.lemma_.lower() not in NON_CHARACTERISING_AS
        and has_agent(verb)
    )


def is_given_epithet(an: Analysis, qi: int) -> bool:
    """`Quint called his rival "Lady Ledger"`, `who she dubbed "Mr. Fix"`, `dubbed "the
    Pioneers" by the campaign`: a name someone gives is their word, however capitalised."""
    verb = frame_verb(an, qi)
    return verb is not None and verb.lemma_.lower() in EPITHET_VERBS and has_agent(verb)
