"""A description that names itself: `one voter who identified himself as Tomas Hale`, `a
group that calls itself Harbour Media`.

News gives an unnamed speaker's own name for themselves in a relative clause; the reader
wants that name, not the description. Looked at on the noun and on the noun it is `of`
(`the account of a group that calls itself ...`).

Does NOT handle: names given by others (`a man police named as ...`), which may be wrong
and are left as descriptions.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.grammar import prep_objects

REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
NAMING_VERBS = frozenset({"call", "identify", "name", "dub", "describe", "style", "introduce"})


def self_named(an: Analysis, noun: Token) -> Party | None:
    """The name a relative clause on `noun` (or on the noun it is `of`) gives itself."""
    for candidate in (noun, *prep_objects(noun, "of")):
        for clause in candidate.children:
            if clause.dep_ not in {"relcl", "acl"} or clause.lemma_.lower() not in NAMING_VERBS:
                continue
            if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in clause.children):
                continue
            name = _name_given(clause)
            if name is None:
                continue
            idx = an.cast.person_at(name)
            if idx is not None:
                return Party(name=an.cast.members[idx].name, kind="named", person=idx)
            span = an.doc[name.left_edge.i : name.i + 1]
            if all(t.is_title or t.is_upper or t.is_punct for t in span):
                return Party(name=an.org_names.with_acronym(span.text), kind="organization")
    return None


def _name_given(clause: Token) -> Token | None:
    """`calls itself Harbour Media` (the predicate), `identified himself as Tomas Hale`."""
    for child in clause.children:
        if child.dep_ in {"oprd", "attr"} and _capitalised(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and _capitalised(obj):
                return obj
    return None


def _capitalised(tok: Token) -> bool:
    """A name, however the tagger read it ('Harbour Media' may come out as a noun)."""
    return tok.pos_ in {"PROPN", "NOUN"} and (tok.is_title or tok.is_upper) and tok.i > 0
