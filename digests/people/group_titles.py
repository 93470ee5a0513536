"""A title several people share: a plural title before joined names ('Senators A, B and
C') or the plural noun a 'such as' list exemplifies ('Labour MPs such as A and B').

Not handled: a singular title before a list (read per name by `roles.title_before`) and
lists with no title at all (a group noun names them, `missed_names`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from digests.lexicon import TITLE_WORDS
from digests.people.roles import plural_lemma, role_after, title_before

# The dependencies that join the tokens of one name ("Ana" -> "Ruiz").
NAME_DEPS = frozenset({"compound", "flat"})


def shared_plural_title(name: Span) -> Span | None:
    """'candidates Ana Ruiz and Bram Ode', 'Senators Ana Ruiz, Bo Lund and Kai Ode',
    'Labour MPs such as Ana Ruiz and Bo Lund': a plural title before the first of joined
    names is every one's."""
    root = name.root
    if root.dep_ == "pobj":
        return _such_as_title(root)  # the first of the 'such as' list
    if root.dep_ != "conj":
        return None
    first = root.head
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ == "PROPN":
        first = first.head  # "A, B and C": C hangs on B, B on A
    if first.pos_ != "PROPN":
        return None
    doc = first.doc
    start = first.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in NAME_DEPS:
        start -= 1
    first_name = doc[start : first.i + 1]
    title = title_before(first_name) or role_after(first_name) or _such_as_title(first)
    return title if title is not None and title[-1].tag_ in {"NNS", "NNPS"} else None


def _such_as_title(first: Token) -> Span | None:
    """'Labour MPs, such as Ana Ruiz': the plural noun the 'such as' list exemplifies."""
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "as":
        return None
    noun = prep.head
    if noun.lower_ == "such":
        noun = noun.head
    for _ in range(6):  # "Labour MPs who oppose the plan, such as ...": up the relative clause
        if noun.tag_ in {"NNS", "NNPS"} or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.tag_ not in {"NNS", "NNPS"} or plural_lemma(noun) not in TITLE_WORDS:
        return None
    left = min(c.i for c in noun.subtree if c.dep_ in {"compound", "amod"} or c.i == noun.i)
    return noun.doc[left : noun.i + 1]
