"""Repairs of one parse the small model gets wrong in a way every stage pays for.

A clause opened by 'that', 'unless' or 'if' needs a verb. After a singular noun the
subjunctive or plain present ("demanded that the mayor resign", "suggested that the
program end", "unless the board apologises") looks like a noun, and the model reads the
pair as one compound noun: 'mayor' a compound of the noun 'resign', the whole hung as the
clause. No noun phrase can be such a clause, so the last noun is the verb and the noun
before it its subject. Without this, 'The residents demanded that the mayor resign' gave
no demand at all.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

REPAIR_PIPE = "clause_verbs"
CLAUSE_MARKS = frozenset({"that", "unless", "if"})
# acl / relcl: "the idea that the board resign"
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl", "relcl"})
# The verb tag a noun tag stands for: 'resign' (NN) is a base form, 'apologises' (NNS) a
# present third person. A verb tag stays ('that the strike stop' with 'strike' still hung
# as its compound: only the subject is repaired).
NOUN_TAGS = frozenset({"NN", "NNS"})
VERB_TAGS = {"NN": "VB", "NNS": "VBZ", "VB": "VB", "VBP": "VBP", "VBZ": "VBZ"}


def misread_clause_subject(word: Token) -> Token | None:
    """The subject of a clause whose verb the model read as a noun: 'mayor' in 'that the
    mayor resign' (resign/NN ccomp, mayor/NN compound, or already nsubj); None for any
    other word."""
    if word.dep_ not in CLAUSE_DEPS or word.tag_ not in VERB_TAGS or word.i == 0:
        return None
    kids = list(word.children)
    if not any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS and c.i < word.i for c in kids):
        return None
    if any(c.dep_ == "det" and c.i > word.i for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None:  # only the verb was misread: a noun tag with its own subject
        return subj if subj.i < word.i and word.tag_ in NOUN_TAGS else None
    before = word.doc[word.i - 1]
    # the noun before hangs on it as a compound, or (tagged a noun) as an adjective
    if before.dep_ not in {"compound", "amod"} or before.head.i != word.i:
        return None
    if before.tag_ not in {"NN", "NNP"}:
        return None
    return before


@Language.component(REPAIR_PIPE)
def clause_verbs(doc: Doc) -> Doc:
    """Give a clause read as a compound noun its verb and subject back (see the module)."""
    for word in doc:
        subj = misread_clause_subject(word)
        if subj is None:
            continue
        if subj.dep_ not in {"nsubj", "nsubjpass"}:
            subj.dep_ = "nsubj"
        word.tag_ = VERB_TAGS[word.tag_]
        word.pos_ = "VERB"
    return doc
