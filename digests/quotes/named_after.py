"""A speaker named only in the sentence after the quote: `"We will strike." That was the
message from union leader Ana Ruiz on Monday.`

News sometimes opens with the words and names who said them next, pointing back with a
demonstrative (`That was the message from ...`, `Those were the words of ...`, `This
warning came from ...`). The speaker is the owner of that speech noun.

Does NOT handle: a speaker named later without a demonstrative pointing back (`Ana Ruiz,
the union leader, is not backing down.`), which may be about someone else.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.parties import SUBJECT_DEPS, Discourse, party_of
from digests.quotes.subjects import SPEECH_NOUNS

DEMONSTRATIVES = frozenset({"that", "this", "those", "these", "such"})
POINTING_SPEECH_NOUNS = SPEECH_NOUNS | {"word", "message", "sentiment", "point", "verdict"}


def named_after_speaker(an: Analysis, qi: int, discourse: Discourse) -> Party | None:
    """The owner of the speech noun a demonstrative sentence right after the quote names."""
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return None
    i = tokens[-1].i + 1
    doc = an.doc
    while i < len(doc) and (doc[i].is_space or an.token_quote[i] == qi):
        i += 1
    if i >= len(doc) or not doc[i].is_sent_start:
        return None  # the quote does not end its sentence
    sent = doc[i].sent
    if any(an.in_quote(t) for t in sent):
        return None
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or not _points_back(subj):
        return None
    for noun in (subj, *(c for c in root.children if c.dep_ in {"attr", "dobj"})):
        if noun.lemma_.lower() not in POINTING_SPEECH_NOUNS:
            continue
        owner = _owner(noun) or _owner_via_verb(root)
        if owner is not None:
            return party_of(an, owner, discourse=discourse)
    return None


def _points_back(subj: Token) -> bool:
    """`That`, `Those`, or `That message`: a demonstrative subject."""
    if subj.lower_ in DEMONSTRATIVES:
        return True
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in subj.children)


def _owner(noun: Token) -> Token | None:
    """`the message from X`, `the words of X`, `X's message`."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in {"from", "of", "by"}:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _owner_via_verb(root: Token) -> Token | None:
    """`That warning came from X`: the source after the verb."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
