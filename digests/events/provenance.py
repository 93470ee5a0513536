"""Why a meeting is reported: the trigger's construction and the rule behind each party.

The meeting rules are many small readings of the parse (triggers.py, arguments.py,
meetings.py). When a reported meeting is wrong, a reader needs to know which one fired:
the trigger word and the construction it was read in ("verb + object", "noun + between",
"light verb", "call from"...), and for each party the argument rule that supplied it
("subject", "with-phrase", "possessive", "same clause", "previous sentence"...). This
module names both after the fact, from the same parse, so the rules stay as they are; it
is what `digest --explain` prints for meetings (as the quote sieves are for quotes), and
the tags the precision ablation drops one at a time.

Labels are coarse on purpose: a class of construction, not a word list.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Party
from digests.events.frames import (
    COUNTERPART_VERBS,
    EVENT_NOUNS,
    FROM_NOUNS,
    GROUP_WORDS,
    HEARING_VERBS,
    PARTNER_NOUNS,
    PARTNER_VERBS,
    PHONE_WORDS,
    REMOTE_WORDS,
)
from digests.events.modality import REPORT
from digests.events.trigger_grammar import preps, subject_of, verb_lemma
from digests.events.triggers import frame_of, objects_of
from digests.model import MeetingProvenance
from digests.parties import PLURAL_PRONOUNS, SUBJECT_DEPS
from digests.party_rule import party_key

# Verbs a meeting noun is the object of when it is held, not only named: "held talks".
LIGHT_VERBS = frozenset({"have", "hold", "conduct", "convene", "call", "host", "attend", "join"})
# Prepositions that make a meeting noun the purpose or state of its clause ("for talks").
PURPOSE_PREPS = frozenset({"for", "into", "in", "to"})
# Stages that add parties outside the trigger's grammar (meetings.py), by name.
SAME_CLAUSE = "same clause"
SENTENCE = "sentence"  # the trigger's own clause, when its grammar gave fewer than two
PREVIOUS_SENTENCE = "previous sentence"
LAST_MEETING = "last meeting's parties"
SESSION = "session of the talks before"
STORY_PAIR = "the story's nearest pair"  # "the talks" with no parties: the story's two sides


def construction(node: Token) -> str:
    """The construction the trigger was read in: its part of speech and the grammar that
    made it a meeting ('verb + object', 'noun + between', 'light verb', ...)."""
    if node.pos_ == "VERB":
        return "verb + " + _verb_construction(node)
    return "noun + " + _noun_construction(node)


def _verb_construction(verb: Token) -> str:
    lemma = verb_lemma(verb)
    if lemma in HEARING_VERBS:
        return "before a body"
    if lemma in COUNTERPART_VERBS and objects_of(verb):
        return "object"
    if lemma in COUNTERPART_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        return "passive"
    if lemma == "see":
        return "trip purpose"
    if preps(verb, {"with", "between", "among"}):
        return "with-phrase"
    if lemma in PARTNER_VERBS and _phone(verb):
        return "phone"
    if preps(verb, {"to"}):
        return "to-phrase"
    subject = subject_of(verb)
    if subject is not None and subject.conjuncts:
        return "coordinated subject"
    if subject is not None:
        return "plural subject" if subject.tag_ in {"NNS", "NNPS"} else "body session"
    return "bare"


def _phone(tok: Token) -> bool:
    return any(g.lower_ in PHONE_WORDS for c in tok.children if c.dep_ == "prep" for g in c.subtree)


def _noun_construction(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    if lemma == "table":
        return "bargaining table"
    if preps(noun, {"between", "among"}):
        return "between"
    if lemma in FROM_NOUNS and preps(noun, {"from"}):
        return "from"
    if preps(noun, {"with"}):
        return "with-phrase"
    if any(c.dep_ == "poss" for c in noun.children):
        return "possessive"
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in REMOTE_WORDS for c in noun.children):
        return "phone or video"
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
        return "light verb"
    if noun.dep_ == "dobj":
        return "object of a verb"
    if noun.dep_ == "pobj" and head.lower_ in PURPOSE_PREPS and head.head.pos_ in {"VERB", "AUX"}:
        return "purpose or state"
    if noun.dep_ == "pobj":
        return "around a verb"
    if preps(noun, {"of"}):
        return "of-phrase"
    if any(c.dep_ in {"compound", "amod"} for c in noun.children):
        return "modifier"
    if noun.dep_ in SUBJECT_DEPS:
        return "subject"
    return "other"


def frame_label(node: Token) -> str:
    """The FrameNet frame of the trigger ('Meet_with', 'Contacting', ...)."""
    frame = frame_of(node)
    if frame is not None:
        return frame
    lemma, low = node.lemma_.lower(), node.lower_
    table = EVENT_NOUNS | PARTNER_NOUNS | COUNTERPART_VERBS | PARTNER_VERBS
    return table.get(low) or table.get(lemma) or "none"


def argument_rule(trigger: Token, tok: Token) -> str:
    """Which argument rule took `tok` as a party of the meeting `trigger` reports."""
    low = tok.lower_
    if low in GROUP_WORDS or tok.lemma_.lower() in GROUP_WORDS:
        return "pair word"
    if low in PLURAL_PRONOUNS:
        return "they"
    if any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children):
        return "pair word"
    node = tok
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:
        node = node.head  # "A and B", "A, the chair": the first conjunct's slot
    dep, head = node.dep_, node.head
    if head.i == trigger.i:
        return _direct(dep)
    if _antecedent(trigger, node):
        return "relative clause"  # "X, who met with Y": X
    if dep == "pobj" and head.dep_ in {"prep", "agent"}:
        prep = head.lower_ if head.dep_ == "prep" else "by"
        if head.head.i == trigger.i:
            return f"{prep}-phrase"
        if head.head.i == trigger.head.i or head.head.head.i == trigger.i:
            return f"holder's {prep}-phrase"  # "held talks with X", "hosted by X"
        return f"{prep}-phrase around"
    if dep in SUBJECT_DEPS:
        if head.lemma_.lower() in REPORT:
            return "reporting side"  # "the union said talks with X would resume"
        if trigger.pos_ == "VERB":
            return "subject" if _governs(head, trigger) else "subject around"
        holder = trigger.head
        if trigger.dep_ == "pobj":
            holder = holder.head if holder.lower_ in PURPOSE_PREPS else trigger
        return "holder subject" if head.i == holder.i else "subject around"
    if dep == "dobj" and trigger.dep_ in SUBJECT_DEPS and head.i == trigger.head.i:
        return "object of the meeting"  # "the talks brought together X and Y"
    if dep == "dobj":
        return "object around"
    return "other"


def _antecedent(trigger: Token, node: Token) -> bool:
    """'X, who met Y', 'delegates leaving the meeting': the noun a clause of the trigger's
    hangs on."""
    step = trigger
    for _ in range(5):
        if step.dep_ in {"relcl", "acl"} and step.head.i == node.i:
            return True
        if step.head.i == step.i:
            return False
        step = step.head
    return False


def _direct(dep: str) -> str:
    names = {
        "dobj": "object",
        "nsubj": "subject",
        "nsubjpass": "passive subject",
        "poss": "possessive",
        "compound": "noun modifier",
        "amod": "noun modifier",
        "nmod": "noun modifier",
        "agent": "by-phrase",
    }
    return names.get(dep, "other")


def _governs(head: Token, trigger: Token) -> bool:
    """The subject's verb is the trigger or a verb above it in its clause chain ('X plans
    to meet Y', 'X, who met Y')."""
    node = trigger
    for _ in range(5):
        if node.i == head.i:
            return True
        if node.dep_ not in {"xcomp", "conj", "advcl", "ccomp", "relcl", "pcomp", "prep"}:
            return False
        node = node.head
    return node.i == head.i


def grammar_rules(
    trigger: Token,
    parties: list[Party],
    marks: list[tuple[int, Token]],
    into: dict | None,
) -> None:
    """Each grammar party's rule, into `into` (nothing when None): `marks` holds, for each
    argument token read, how many parties had been found before it (so the parties after
    a mark came from its token)."""
    if into is None:
        return
    rules = into
    bounds = [*marks, (len(parties), None)]
    for (start, tok), (end, _) in zip(bounds, bounds[1:], strict=False):
        if tok is None:
            continue
        for p in parties[start:end]:
            rules.setdefault(party_key(p), argument_rule(trigger, tok))


def describe(
    trigger: Token, parties: list[Party], rules: dict[object, str], stage: dict[object, str]
) -> MeetingProvenance:
    """The provenance of one mention: the trigger, its construction and frame, and each
    party's rule (a grammar rule, or the stage that added it: 'same clause', ...)."""
    named = {}
    for p in parties:
        key = party_key(p)
        named[p.name] = rules.get(key) or stage.get(key) or "other"
    return MeetingProvenance(
        trigger=trigger.text,
        construction=construction(trigger),
        frame=frame_label(trigger),
        parties=named,
    )


def tags(why: MeetingProvenance) -> set[str]:
    """The classes a mention belongs to, for dropping one class at a time."""
    return {why.construction, why.frame, f"{why.frame}: {why.construction}", *why.parties.values()}
