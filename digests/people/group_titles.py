"""A title several people share: a plural title before joined names ('Senators A, B and
C'), the plural noun a 'such as' list exemplifies ('Labour MPs such as A and B'), or the
plural noun a clause gives the whole list ('Among the speakers were A, B and C', 'The
speakers included A and B', 'A, B and C, all nurses at the hospital,').

Not handled: a singular title before a list (read per name by `roles.title_before`) and
lists with no title at all (a group noun names them, `missed_names`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from digests.grammar import prep_object
from digests.lexicon import AGENT_SUFFIXES, TITLE_WORDS
from digests.people.appositive_roles import role_after
from digests.people.missed_names import list_mates
from digests.people.roles import _trim_role_span, plural_lemma, title_before

# The dependencies that join the tokens of one name ("Ana" -> "Ruiz").
NAME_DEPS = frozenset({"compound", "flat"})
# Verbs that set a list equal to a plural noun ("the speakers were / included A and B").
LISTING_VERBS = frozenset({"be", "include"})
# Quantifiers that open an appositive shared by a list ("A and B, both members of ...").
SHARING_DETS = frozenset({"all", "both", "each"})


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
    while first.dep_ == "conj" and first.head != first and first.head.pos_ == "PROPN":
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


def list_title(name: Span) -> Span | None:
    """The plural person noun a clause gives a whole list of names: 'Among the community
    leaders who attended were A, B and C', 'The speakers at the rally included A and B',
    'The three negotiators were A and B', 'A, B and C, all nurses at the hospital,'."""
    first = _first_of_list(name.root)
    verb = first.head
    noun = None
    if first.dep_ == "nsubj" and verb.lemma_ == "be":
        noun = prep_object(verb, "among")
    elif first.dep_ in {"attr", "dobj"} and verb.lemma_ in LISTING_VERBS:
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None:
        noun = _shared_appositive(first)
    if noun is None or noun.tag_ not in {"NNS", "NNPS"} or not _person_plural(noun):
        return None
    doc = noun.doc
    start = min(
        [noun.i] + [c.left_edge.i for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    )
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in {"of", "at", "for", "with", "from"}:
            end = child.right_edge.i + 1
            break
    return _trim_role_span(doc[start:end])


def _first_of_list(tok: Token) -> Token:
    """The first name of a list, also when the parser hung the others on it as
    appositions ("A, B and C": B an apposition of A, C a conjunct of B)."""
    first = tok
    while (
        first.dep_ in {"conj", "appos"}
        and first.head.i != first.i
        and first.head.pos_ == "PROPN"
        and first.head.i < first.i
    ):
        first = first.head
    return first


def _shared_appositive(first: Token) -> Token | None:
    """'A, B and C, all nurses ...': a plural appositive opened by all/both/each."""
    for tok in [first, *list_mates(first)]:
        for child in tok.children:
            if child.dep_ == "appos" and any(
                c.dep_ == "det" and c.lower_ in SHARING_DETS for c in child.children
            ):
                return child
    return None


def _person_plural(noun: Token) -> bool:
    lemma = plural_lemma(noun)
    return lemma in TITLE_WORDS or noun.pos_ == "NOUN" and lemma.endswith(AGENT_SUFFIXES)
