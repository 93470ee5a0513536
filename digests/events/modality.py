"""Is an event reported as real? One modality reading shared by meetings and demands.

An event trigger ("met", "talks", "urged") may sit under words that take its reality away:
negation ("did not meet"), refusal ("refused to meet"), denial ("denied meeting"),
cancellation ("the talks were called off"), a wish or proposal ("would like to meet",
"proposed talks"), a condition ("if they meet"), a question ("asked whether they would
meet"), or a habit ("the board meets every Tuesday"). Events announced as scheduled stay
real: "will meet on Friday", "is expected to meet", "agreed to meet", "said they would meet".

The reading walks from the trigger up its dependency path. Each link kind decides what the
governing word may do to the event:
- the trigger's own phrase: "no meeting", "a proposed summit", "talks that never happened";
- its own clause and the xcomp chain above it: negation, modals, conditions, habits;
- any governing predicate: refuse, cancel, deny, wish, propose (verbs, adjectives, nouns);
- a reporting verb ("said", "announced") above a that-clause ends the walk: what is
  reported is asserted by the writer's source, and "would" under it is a future;
- presupposing frames end the walk as real: "after the meeting", "when they met",
  "the man who met her" (the event is taken as given, not asserted by the clause above).

Only grammar decides: the word classes below are general English classes (FrameNet-style
frames of refusal, cancellation, desire, request), never an article's words. The trigger's
own lemma is not read, so a demand verb ("urged") can be read as its own trigger.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from spacy.tokens import Token

from digests.events.modality_grammar import (
    conditional_modal,
    counterfactual,
    every,
    frequency,
    habitual,
    has_child,
    instead,
    negated,
    negated_noun,
    on_hold,
    particle_lemma,
    past_passive,
    rather_than,
    subordinator,
    went_ahead,
)
from digests.events.modality_words import (
    ABSENT,
    ACCEPT,
    CANCEL,
    CANCEL_NOUNS,
    CONDITION_MARKS,
    DENY,
    DENY_NOUNS,
    DEONTIC_MODALS,
    DOUBT_ADJ,
    DOUBT_NOUNS,
    FAIL,
    FALSE_ADJ,
    HABIT_ADVERBS,
    HABIT_MARKS,
    HEDGE_MODALS,
    MULL,
    NEGATING_PREPS,
    NOT_ADJ,
    OCCURRENCE,
    PRESUPPOSING_MARKS,
    PRESUPPOSING_PREPS,
    PREVENT,
    PROPOSE,
    PROPOSE_NOUNS,
    QUESTION_HEADS,
    QUESTION_MARKS,
    REFUSE,
    REFUSE_ADJ,
    REFUSE_NOUNS,
    REPORT,
    SCHEDULE,
    WISH,
    WISH_ADJ,
    WISH_NOUNS,
)


class Modality(enum.Enum):
    """How the text presents an event."""

    REAL = "real"  # happened, happening, or announced as scheduled
    NEGATED = "negated"  # "did not meet", "no talks", "has yet to meet", "without meeting"
    REFUSED = "refused"  # "refused to meet", "turned down a meeting"
    DENIED = "denied"  # "denied that they met"
    CANCELLED = "cancelled"  # "called off the talks", "the summit was postponed"
    WISHED = "wished"  # "would like to meet", "hopes to meet", "is willing to meet"
    PROPOSED = "proposed"  # "proposed talks", "called for a meeting", "an offer to meet"
    HYPOTHETICAL = "hypothetical"  # "if they meet", "could meet", "any meeting"
    QUESTION = "question"  # "asked whether they would meet", "Will they meet?"
    GENERIC = "generic"  # "the board usually meets every Tuesday"


@dataclass(frozen=True)
class Reading:
    """A modality with the word that decided it (for tests and debugging)."""

    modality: Modality
    reason: str = ""

    @property
    def is_real(self) -> bool:
        return self.modality is Modality.REAL


REAL = Reading(Modality.REAL)

# Adjectives on the event noun itself: "a proposed summit", "the cancelled talks".
OWN_AMOD = {
    "proposed": Modality.PROPOSED,
    "possible": Modality.HYPOTHETICAL,
    "potential": Modality.HYPOTHETICAL,
    "hypothetical": Modality.HYPOTHETICAL,
    "prospective": Modality.HYPOTHETICAL,
    "cancelled": Modality.CANCELLED,
    "canceled": Modality.CANCELLED,
    "postponed": Modality.CANCELLED,
    "aborted": Modality.CANCELLED,
    "scrapped": Modality.CANCELLED,
}
MAX_STEPS = 12


def read_modality(trigger: Token) -> Reading:
    """How the text presents the event the trigger (a verb or event noun) reports.

    The trigger's own lemma is never read: the caller decided it is an event word.
    """
    own = _own_phrase(trigger)
    if own is not None:
        return own
    if trigger.text.endswith("?") or _sentence_is_question(trigger):
        return Reading(Modality.QUESTION, "?")
    reported = _under_report(trigger)
    node, in_clause = trigger, True
    if subordinator(trigger) in QUESTION_MARKS:
        return Reading(Modality.QUESTION, subordinator(trigger))
    if subordinator(trigger) in CONDITION_MARKS:
        return Reading(Modality.HYPOTHETICAL, subordinator(trigger))  # even when parsed as the root
    if subordinator(trigger) == "for" and any(c.tag_ == "TO" for c in trigger.children):
        return Reading(Modality.WISHED, "for ... to")  # "ready for the leaders to talk"
    if trigger.pos_ in {"VERB", "AUX"}:
        found = _clause(trigger, reported)
        if found is not None:
            return found
    for _ in range(MAX_STEPS):
        child, head = node, node.head
        if head.i == child.i:
            return REAL
        dep = child.dep_
        decided = _link(child, head, dep, in_clause, reported)
        if decided is not None:
            return decided
        if dep in {"relcl"}:
            return REAL
        # negation and modals reach the event only through its own clause chain
        in_clause = dep in {"xcomp", "conj", "aux", "dobj", "pobj", "prep", "pcomp", "acl"} and (
            in_clause or dep == "xcomp"
        )
        if dep == "ccomp":
            in_clause = False
        node = head
    return REAL


def _own_phrase(trigger: Token) -> Reading | None:
    """'no meeting', 'any talks', 'a proposed summit', 'talks that never took place'."""
    for c in trigger.children:
        low = c.lower_
        if c.dep_ == "det" and low == "no":
            return Reading(Modality.NEGATED, "no")
        if c.dep_ == "det" and low == "any" and trigger.pos_ != "VERB":
            return Reading(Modality.HYPOTHETICAL, "any")
        if c.dep_ in {"amod", "compound"} and low in OWN_AMOD and not went_ahead(trigger):
            return Reading(OWN_AMOD[low], low)  # "the postponed talks took place" did
        # "the talks, which were postponed", "the summit postponed last week"; not a content
        # clause ("a demand that the firm withdraw it", "a request to drop the fee")
        infinitive = any(a.tag_ == "TO" for a in c.children)  # "time for X to withdraw it"
        fate = c.dep_ == "relcl" and not infinitive or c.dep_ == "acl" and c.tag_ == "VBN"
        if fate and trigger.pos_ in {"NOUN", "PROPN"}:
            if particle_lemma(c) in CANCEL:
                return Reading(Modality.CANCELLED, particle_lemma(c))
            if particle_lemma(c) in OCCURRENCE and negated(c):
                return Reading(Modality.NEGATED, "never happened")
    return None


def _link(child: Token, head: Token, dep: str, in_clause: bool, reported: bool) -> Reading | None:
    """What the governing word `head` does to the event reached through `child`."""
    if dep == "advcl" or (dep == "ccomp" and head.pos_ in {"VERB", "AUX", "ADJ"}):
        mark = subordinator(child)
        if mark in CONDITION_MARKS:
            if particle_lemma(head) in QUESTION_HEADS:
                return Reading(Modality.QUESTION, mark)
            return Reading(Modality.HYPOTHETICAL, mark)
        if mark in QUESTION_MARKS:
            return Reading(Modality.QUESTION, mark)
        if dep == "advcl" and mark in HABIT_MARKS and habitual(child, head):
            return Reading(Modality.GENERIC, mark)
        if dep == "advcl" and mark in PRESUPPOSING_MARKS:
            return REAL
    if dep == "pobj" and head.dep_ == "prep":
        return None  # decided at the preposition's link
    if dep == "pcomp" and head.lower_ == "from" and particle_lemma(head.head) in PREVENT:
        return Reading(Modality.NEGATED, particle_lemma(head.head))  # "was barred from meeting X"
    if dep == "prep" and child.lower_ in NEGATING_PREPS | {"of"} and instead(child):
        return Reading(Modality.NEGATED, child.lower_)  # "without / instead of meeting X"
    if dep in {"prep", "pcomp", "advmod"} and child.lower_ in PRESUPPOSING_PREPS:
        return REAL
    if dep == "pcomp" and head.lower_ in PRESUPPOSING_PREPS:
        return REAL
    participle = (
        dep == "acl"
        and child.tag_ in {"VBG", "VBN"}
        and not any(c.dep_ in {"mark", "aux", "nsubj"} for c in child.children)
    )  # not a that-clause the parser hung on its noun: "reports that she had met X"
    if participle and head.pos_ in {"NOUN", "PROPN"} and not negated_noun(head):
        return REAL  # "a letter urging X", "an order requiring X": the noun's content
    # a conjunct shares its governor, not its sibling's meaning: in "wants A and demands B"
    # the demand is not wished; the walk goes on to what governs both
    lexical = None if dep == "conj" else _lexical(head, child)
    if lexical is not None:
        return lexical
    if dep == "ccomp" and particle_lemma(head) in REPORT and head.pos_ in {"VERB", "AUX"}:
        return REAL  # "reports that they met" is hearsay: the walk goes on to who says so
    if dep in {"nsubj", "nsubjpass"}:  # "reports of a meeting were false", "is not expected"
        judged = _judged(head) or _never_began(head)
        if judged is not None:
            return judged
    if dep in {"nsubj", "nsubjpass"} and particle_lemma(head) not in OCCURRENCE:
        return REAL  # "the meeting was productive": the event is taken as given
    if dep in {"poss", "compound", "nmod", "appos", "npadvmod"}:
        return REAL  # "the summit's host", "summit host"
    if head.pos_ in {"VERB", "AUX", "ADJ"}:
        chained = in_clause and dep in {"xcomp", "conj", "dobj", "prep", "pcomp", "acl"}
        if chained or dep in {"nsubj", "nsubjpass", "attr", "acomp"}:
            return _clause(head, reported)
    if head.pos_ in {"NOUN", "PROPN"} and negated_noun(head):
        return Reading(Modality.NEGATED, "no " + head.lower_)
    return None


def _lexical(head: Token, child: Token) -> Reading | None:
    """A governing word from a refusal, cancellation, denial, wish or proposal frame."""
    lemma = particle_lemma(head)
    if head.pos_ in {"VERB", "AUX"}:
        for words, modality in (
            (REFUSE, Modality.REFUSED),
            (CANCEL, Modality.CANCELLED),
            (DENY, Modality.DENIED),
            (WISH, Modality.WISHED),
            (PROPOSE, Modality.PROPOSED),
            (FAIL, Modality.NEGATED),
            (ABSENT, Modality.NEGATED),
            (MULL, Modality.HYPOTHETICAL),
        ):
            if lemma in words:
                return Reading(modality, lemma)
        if lemma == "put" and on_hold(head):
            return Reading(Modality.CANCELLED, "put on hold")
        if lemma in {"have", "be"} and child.dep_ == "xcomp" and has_child(head, "yet"):
            return Reading(Modality.NEGATED, "yet to")
        if lemma == "suppose" and child.dep_ == "xcomp" and past_passive(head):
            return Reading(Modality.HYPOTHETICAL, "was supposed to")  # and did not
        if lemma in QUESTION_HEADS and subordinator(child) in CONDITION_MARKS | QUESTION_MARKS:
            return Reading(Modality.QUESTION, lemma)
    if head.pos_ == "ADJ":
        if lemma in NOT_ADJ:
            return Reading(Modality.NEGATED, lemma)
        if lemma in REFUSE_ADJ:
            return Reading(Modality.REFUSED, lemma)
        if lemma in WISH_ADJ:
            return Reading(Modality.WISHED, lemma)
        if lemma in DOUBT_ADJ:
            return Reading(Modality.HYPOTHETICAL, lemma)
    if head.pos_ in {"NOUN", "PROPN"} and child.dep_ in {"acl", "prep", "pobj", "compound"}:
        if head.dep_ == "dobj" and particle_lemma(head.head) in ACCEPT:
            return None  # "accepted an invitation to meet X": agreed
        for words, modality in (
            (WISH_NOUNS, Modality.WISHED),
            (PROPOSE_NOUNS, Modality.PROPOSED),
            (DOUBT_NOUNS, Modality.HYPOTHETICAL),
            (REFUSE_NOUNS, Modality.REFUSED),
            (CANCEL_NOUNS, Modality.CANCELLED),
            (DENY_NOUNS, Modality.DENIED),
        ):
            if lemma in words:
                return Reading(modality, lemma)
    return None


def _judged(copula: Token) -> Reading | None:
    """What a copula's adjective says of its subject event: false, impossible, unlikely;
    'is not expected'; 'is off the table', 'is on hold'."""
    if negated(copula) and particle_lemma(copula) in SCHEDULE:
        return Reading(Modality.NEGATED, "not " + particle_lemma(copula))
    if on_hold(copula) or any(
        c.dep_ == "prep" and c.lower_ == "off" and has_child(c, "table") for c in copula.children
    ):
        return Reading(Modality.CANCELLED, "off the table")
    for c in copula.children:
        if c.dep_ == "acomp" and particle_lemma(c) in FALSE_ADJ:
            return Reading(Modality.DENIED, particle_lemma(c))
        if c.dep_ == "acomp" and particle_lemma(c) in NOT_ADJ:
            return Reading(Modality.NEGATED, particle_lemma(c))
        if c.dep_ == "acomp" and particle_lemma(c) in DOUBT_ADJ:
            return Reading(Modality.HYPOTHETICAL, particle_lemma(c))
    return None


def _clause(verb: Token, reported: bool) -> Reading | None:
    """Negation, modals, conditions and habits on one clause the event belongs to."""
    if negated(verb) or rather_than(verb):
        return Reading(Modality.NEGATED, "not")
    if counterfactual(verb):
        return Reading(Modality.HYPOTHETICAL, "modal perfect")
    for c in verb.children:
        low = c.lower_
        if c.dep_ == "aux" and c.tag_ == "MD":
            if low in HEDGE_MODALS or low == "ca":
                return Reading(Modality.HYPOTHETICAL, low)
            if low in DEONTIC_MODALS:
                return Reading(Modality.WISHED, low)
            if low in {"would", "'d"} and not reported:
                return Reading(Modality.HYPOTHETICAL, low)
        if c.dep_ == "advmod" and c.lemma_.lower() in HABIT_ADVERBS:
            return Reading(Modality.GENERIC, c.lemma_.lower())
        if c.dep_ in {"advmod", "npadvmod"} and frequency(c):
            return Reading(Modality.GENERIC, "once a year")
        if c.dep_ in {"npadvmod", "advmod", "prep"} and every(c):
            return Reading(Modality.GENERIC, "every")
        if c.dep_ == "mark" and low in CONDITION_MARKS and verb.dep_ in {"advcl", "ccomp"}:
            return Reading(Modality.HYPOTHETICAL, low)
        if c.dep_ == "advcl" and subordinator(c) in CONDITION_MARKS and conditional_modal(verb):
            return Reading(Modality.HYPOTHETICAL, subordinator(c))  # "would meet them if elected"
    return None


def _never_began(verb: Token) -> Reading | None:
    """'Talks collapsed before they began': the event ended before it took place."""
    for c in verb.children:
        before = c.dep_ == "advcl" and subordinator(c) == "before"
        if before and particle_lemma(c) in OCCURRENCE and _pronoun_subject(c):
            return Reading(Modality.NEGATED, "before it began")
    return None


def _under_report(trigger: Token) -> bool:
    """Is the trigger inside a that-clause of a reporting or expecting verb ('said they would
    meet')? There 'would' is a future seen from the past, not a hypothesis."""
    node = trigger
    for _ in range(MAX_STEPS):
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and particle_lemma(node.head) in REPORT | {
            "expect",
            "believe",
            "agree",
        }:
            return True
        node = node.head
    return False


def _sentence_is_question(trigger: Token) -> bool:
    """A direct question: the trigger's sentence ends in '?'."""
    sent = trigger.sent
    last = sent[-1]
    while last.is_punct and last.text in {'"', "”", "’", "'", ")"} and last.i > sent.start:
        last = last.doc[last.i - 1]
    return last.text == "?"


def _pronoun_subject(verb: Token) -> bool:
    return any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in verb.children)
