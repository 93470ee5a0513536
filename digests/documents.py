"""Who wrote a document that "says" something: `the letter says`, `said a statement`.

News lets a document speak for whoever issued it. The author is named on the document
itself (`Okonjo's letter`, `a statement from the league`, `a statement released by the
union`), or where the article first brought the document in (`In a letter to the board,
Senators Ruiz and Hale wrote ...` then `the letter says`), or, for a statement nobody is
said to have issued (`said a statement on its website`), it is the body the story was
just about. This module finds the token that names the author; `digests.parties` turns it
into a party.

Does NOT handle: two different letters of the same kind in one story (the nearest earlier
mention is taken), or authors named only after the document speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Verbs whose subject issues the document they take as object: "the senators sent a letter".
ISSUING_VERBS = frozenset(
    """
    send write sign issue release publish pen draft deliver post submit file circulate
    """.split()
)
# Prepositions that put a document around its author's words: "in a letter, X wrote".
FRAMING_PREPS = frozenset({"in", "through", "via"})


def named_author(tok: Token) -> Token | None:
    """The author the document's own noun phrase names: its owner, `from`/`by` X, or the
    agent of a participle on it (`a statement released by the union`)."""
    for child in tok.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            obj = _object_of(child)
            if obj is not None:
                return obj
        if child.dep_ == "acl":
            agent = next((g for g in child.children if g.dep_ == "agent"), None)
            obj = _object_of(agent) if agent is not None else None
            if obj is not None:
                return obj
    return None


def earlier_author(an: Analysis, tok: Token) -> Token | None:
    """`the letter says`: the author named where the article brought in a document of the
    same kind before (the nearest earlier mention that names one)."""
    lemma = tok.lemma_.lower()
    for i in range(tok.i - 1, -1, -1):
        e = tok.doc[i]
        if e.lemma_.lower() != lemma or e.pos_ != "NOUN" or an.in_quote(e):
            continue
        author = named_author(e) or _issuer(an, e)
        if author is not None:
            return author
    return None


def _issuer(an: Analysis, mention: Token) -> Token | None:
    """`X sent a letter`, `In a letter to the board, X wrote`: the clause's subject."""
    verb = mention.head
    if mention.dep_ == "pobj" and mention.head.lower_ in FRAMING_PREPS:
        verb = mention.head.head
    elif mention.dep_ != "dobj" or verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    if verb.pos_ not in {"VERB", "AUX"} or an.in_quote(verb):
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _object_of(prep: Token) -> Token | None:
    return next((g for g in prep.children if g.dep_ == "pobj"), None)
