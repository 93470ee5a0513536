"""Precision conditions on reported meetings: general classes the provenance ablation found
to report more wrong meetings than right ones.

Each reported meeting carries the rules that made it (provenance.py). Dropping one rule
class at a time on the development articles showed which classes lower precision; each
condition here tightens one of them with a reading of the parse that holds for the class,
never with an article's words:

- a name that only says whose or which thing: "villagers in the Oakby village", "the firm's
  proposed plant". Named in the sentence, it is no party to a meeting the sentence reports
  (the whole-sentence and same-clause stages), as a place is not (noun_phrases);
- a counterpart named outside the trigger's clause: "It was the first meeting since the
  sides met, after which X disclosed ...", "those who visited the Collector were not from
  Y, Z said". The whole-sentence stage (a trigger whose grammar names fewer than two
  parties) reads the trigger's own clause only; an unstated agent of a passive summons is
  the one reporting it ("the ministry said the envoy was summoned");
- a meeting verb whose doer cannot meet: "the nine seats needed to meet the majority", "the
  plan met the needs of families". A counterpart verb's subject must be able to take
  part: a person, a named body, a group, or a pronoun;
- a call to a body named only by a common noun ("he called the company", "phoned the
  bank"): a customer's call, not a meeting; calls to people ("called the minister", "called
  him", "called Ms X") stay;
- a body's own session: "the board called a special meeting", "the administration
  convened a public hearing", "the council will meet in closed session". One body meets as
  one; the parties of the sentence before are not its counterparts.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Party
from digests.events.frames import COUNTERPART_VERBS, GROUP_WORDS, PERSON_GROUP_NOUNS
from digests.events.merge import Mention
from digests.events.modality import REPORT, Modality, Reading
from digests.events.trigger_grammar import (
    infinitive,
    person_like,
    preps,
    subject_of,
    verb_lemma,
)
from digests.events.triggers import is_anaphoric, objects_of
from digests.lexicon import TITLE_WORDS

# Verbs a body uses to hold a session of its own: "called a meeting", "convened a hearing".
SESSION_VERBS = frozenset({"call", "convene", "hold", "organise", "organize", "schedule", "host"})
# Nouns for a session a body holds (not talks, which need sides).
SESSION_NOUNS = frozenset({"meeting", "session", "hearing", "gathering", "conference", "assembly"})


def reporter_clause(node: Token) -> Token | None:
    """'The ministry said the envoy was summoned': a passive counterpart verb with no agent,
    under a reporting verb, was done by the reporter; the reporting clause names it."""
    passive = any(c.dep_ == "auxpass" for c in node.children)
    if node.pos_ != "VERB" or not passive or any(c.dep_ == "agent" for c in node.children):
        return None
    if node.dep_ != "ccomp" or node.head.lemma_.lower() not in REPORT:
        return None
    return node.head if node.lemma_.lower() in COUNTERPART_VERBS else None


def inanimate_doer(node: Token) -> bool:
    """'the seats needed to meet the majority': the counterpart verb's doer (its subject, or
    the noun its clause describes) is a common noun that names no one."""
    if node.pos_ != "VERB" or node.lemma_.lower() not in COUNTERPART_VERBS:
        return False
    if not any(c.dep_ == "dobj" for c in node.children):
        return False  # "the two sides are meeting again": no counterpart construction
    clause = node
    while clause.dep_ in {"xcomp", "conj", "advcl"} and (
        clause.dep_ == "conj" or infinitive(clause)
    ):
        clause = clause.head
    owner = clause.head
    if clause.dep_ == "acl" and owner.dep_ == "dobj" and infinitive(clause):
        owner = subject_of(owner.head) or owner  # "X accepted an invitation to meet Y": X
    doer = subject_of(clause) or (owner if clause.dep_ == "acl" else None)
    if doer is None or doer.pos_ != "NOUN" or doer.ent_type_ or doer.lemma_ in GROUP_WORDS:
        return False
    return not person_like(doer)


def calls_a_body(node: Token) -> bool:
    """'called the company', 'phoned the bank': a Contacting verb whose every object is a
    common noun naming no person or role."""
    if node.pos_ != "VERB" or verb_lemma(node) not in {"call", "phone", "telephone"}:
        return False
    objs = objects_of(node)
    return bool(objs) and all(
        o.pos_ == "NOUN"
        and not o.ent_type_
        and o.lemma_.lower() not in PERSON_GROUP_NOUNS | TITLE_WORDS
        and o.tag_ != "NNS"
        for o in objs
    )


def own_session(node: Token, party: Party) -> bool:
    """Whether the trigger reports a body's own session: an organisation or group (not a
    person) that holds, calls or convenes a meeting with no counterpart phrase, or that
    'meets' with no object or partner."""
    if party.person is not None or party.kind not in {"organization", "anonymous"}:
        return False
    if preps(node, {"with", "between", "among"}):
        return False
    if node.pos_ == "VERB":
        return _meets_alone(node)
    if node.lemma_.lower() not in SESSION_NOUNS:
        return False
    if node.dep_ == "pobj" and node.head.head.pos_ == "VERB":
        return _meets_alone(node.head.head)  # "the council will meet in closed session"
    if node.dep_ != "dobj":
        return False
    return node.head.lemma_.lower() in SESSION_VERBS and not preps(node.head, {"with"})


def _meets_alone(verb: Token) -> bool:
    """'The council met', 'the board will meet in closed session': no object, no agent, no
    partner."""
    meets = verb.lemma_.lower() in {"meet", "convene", "gather", "assemble"}
    partner = preps(verb, {"with", "between", "among"})
    return meets and not partner and not any(c.dep_ in {"dobj", "agent"} for c in verb.children)


def modifies_a_thing(root: Token) -> bool:
    """'the Oakby village', 'the firm's proposed plant': a name modifying a thing says
    whose or which thing, not who acted."""
    head = root.head
    return (
        root.dep_ in {"poss", "compound", "nmod"} and head.pos_ == "NOUN" and not person_like(head)
    )


# Words that arrange an event without saying it happened: "was due to meet", "is set to".
ARRANGED = frozenset({"due", "expect", "schedule", "set", "suppose", "plan", "slate"})
TAKEN_BACK = frozenset({Modality.CANCELLED, Modality.NEGATED, Modality.DENIED})


def arranged(node: Token) -> bool:
    """'X was due / expected / scheduled to meet Y', 'the meeting was scheduled for Monday':
    a meeting told as arranged, which a later sentence may call off."""
    head = node.head
    if node.dep_ in {"xcomp", "nsubjpass", "nsubj"} and head.lemma_.lower() in ARRANGED:
        return True
    return node.dep_ == "xcomp" and head.dep_ in {"acomp", "xcomp"} and head.lower_ == "due"


def called_off(node: Token, reading: Reading, last: Mention, sent_no: int) -> bool:
    """'X was due to meet Y on Monday. The meeting was cancelled.', 'X will meet Y, but the
    talks were called off': a definite meeting noun called off, denied or said not to
    happen, right after a meeting told only as arranged, takes that meeting back. Not when
    the cancellation is background ('will meet Y, after the meeting was postponed')."""
    if reading.modality not in TAKEN_BACK or not is_anaphoric(node):
        return False
    if not (last.planned or last.status == "upcoming"):
        return False
    if last.sent_no == sent_no - 1:
        return True
    but = any(t.lower_ == "but" and t.i < node.i for t in node.sent)
    return last.sent_no == sent_no and but
