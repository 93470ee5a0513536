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

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.lexicon import CUE_VERBS
from digests.quotes.subjects import verb_above

# Verbs of characterising someone or something in words (`cast him as "a hero"`), besides
# the reporting verbs (`CUE_VERBS`): their complement is the subject's words.
CHARACTERISING_VERBS = frozenset(
    {"call", "describe", "dub", "label", "brand", "term", "nickname", "refer", "cast"}
    | {"characterize", "characterise", "portray", "dismiss", "brush", "paint", "deride"}
    | {"hail", "tout", "praise", "blast", "slam", "echo", "chant", "accuse", "see", "view"}
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
    when the fragment is that verb's subject (`the "sex tape" reference was ...`)."""
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return None
    inside = range(tokens.start, tokens.end)
    roots = [t for t in tokens if t.head.i not in inside or t.head == t]
    words = [t for t in roots if not t.is_punct]
    if not words:
        return None
    node = words[0]
    for _ in range(MAX_HEAD_STEPS):
        if node.dep_ in {"nsubj", "nsubjpass", "csubj"} or node.head == node:
            return None
        node = node.head
        if an.in_quote(node):
            return None
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


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
    `described him as "kind"`, `calling it "a disgrace"`, `said the plan was "a mess"`."""
    verb = frame_verb(an, qi)
    for _ in range(MAX_CLIMBS + 1):
        if verb is None:
            return False
        lemma = verb.lemma_.lower()
        if (lemma in CHARACTERISING_VERBS or lemma in CUE_VERBS) and has_agent(verb):
            return True
        if verb.dep_ not in CLIMB_DEPS or verb.head == verb:
            return False
        verb = verb_above(an, verb, MAX_HEAD_STEPS)
    return False


def is_given_epithet(an: Analysis, qi: int) -> bool:
    """`Quint called his rival "Lady Ledger"`, `who she dubbed "Mr. Fix"`, `dubbed "the
    Pioneers" by the campaign`: a name someone gives is their word, however capitalised."""
    verb = frame_verb(an, qi)
    return verb is not None and verb.lemma_.lower() in EPITHET_VERBS and has_agent(verb)
