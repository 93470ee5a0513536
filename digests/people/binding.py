"""Whom a he/she/him/her cannot stand for, by binding theory.

Split from parties.py (pronoun resolution) so the two clause-bound rules sit together:
Principle C for a subject pronoun ('He called Quint's victory ...': not Quint) and
Principle B for an object pronoun ('The governor met him': not the governor).
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.lexicon import TITLE_WORDS
from digests.salience import SUBJECT_DEPS

# Dependencies through which a name inside a subject pronoun's clause may still be the
# pronoun's referent: "he is Teodor Brask", "he, Brask, said".
COREFERENT_DEPS = frozenset({"attr", "appos", "oprd"})


def named_in_own_clause(an: Analysis, pron: Token) -> set[int]:
    """Persons a subject pronoun cannot stand for: those named in its own clause, as an
    object or inside one ('He called Quint's victory ...', 'Addressing Renko, he said');
    binding theory's Principle C. A name that is itself the subject of a clause below
    ('When Quint arrived, he said') stays possible, and so does anything in a quote."""
    if pron.dep_ not in SUBJECT_DEPS or pron.head.i == pron.i:
        return set()
    verb = pron.head
    out: set[int] = set()
    for t in verb.subtree:
        idx = an.cast.person_at(t)
        if idx is None or an.in_quote(t):
            continue
        node, free = t, False
        while node.i != verb.i and node.head.i != node.i:
            if node.dep_ in COREFERENT_DEPS or node.dep_ in SUBJECT_DEPS:
                free = True  # a predicate noun, or a clause with its own subject
                break
            if node.dep_ == "prep" and node.head.i == verb.i and node.i < pron.i:
                free = True  # a fronted phrase the subject does not c-command: "As for Ruiz, he"
                break
            node = node.head
        if not free:
            out.add(idx)
    return out


# Slots of an object pronoun whose clause's subject it cannot be: "met him", "gave her",
# "spoke with him" (through the preposition to the verb).
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


def own_subject(an: Analysis, pron: Token) -> set[int]:
    """Persons an object pronoun cannot stand for: the subject of its own clause ('The
    governor met him', 'Brask praised her'; a reflexive would say 'himself'). Principle B.
    The subject counts by name or by a bare title the cast resolves ('the governor')."""
    if pron.lower_ not in {"him", "her"} or pron.dep_ not in OBJECT_DEPS:
        return set()
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return set()
    out: set[int] = set()
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        idx = an.cast.person_at(subject)
        if idx is None and subject.lemma_.lower() in TITLE_WORDS:
            mods = tuple(
                c.lower_
                for c in subject.children
                if c.dep_ in {"compound", "amod"} and c.i < subject.i
            )
            idx = an.cast.by_role_noun(subject.lower_, mods)
        if idx is not None:
            out.add(idx)
    return out
