"""'The Harbour Union have confirmed they are in talks with ...': 'they' for one body.

British English often makes a body plural ("the Football Association have said they ...").
When 'they' is the subject of a clause that reports what one body says, confirms or
decides, and that body is the only party named before it in the sentence, 'they' is that
body, not the parties of the sentence before.

Does NOT handle: 'they' in a sentence of its own after the body ("The union met. They ..."),
which keeps the previous sentence's parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.lexicon import GROUP_NOUNS, TITLE_WORDS

# Clauses under the body's verb whose subject 'they' can be the body itself.
REPORTED_CLAUSES = frozenset({"ccomp", "xcomp", "conj"})


def they_are_the_body(tok: Token, here: list[Party]) -> bool:
    """Whether 'they' (`tok`) stands for the one organisation in `here`: the subject of the
    verb above the pronoun's clause names it."""
    if len(here) != 1 or here[0].kind != "organization":
        return False
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ not in REPORTED_CLAUSES:
        return False
    subjects = [c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(s.ent_type_ == "ORG" and s.text in here[0].name for s in subjects)


def groups_before(an: Analysis, tok: Token) -> list[Party]:
    """'complaints from mayors as they sit down': a bare plural group named earlier in the
    sentence is who 'they' are."""
    groups = [
        t
        for t in tok.sent
        if t.i < tok.i
        and t.tag_ == "NNS"
        and t.lemma_.lower() in GROUP_NOUNS | TITLE_WORDS
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in t.children)
        and not an.in_quote(t)
    ]
    if not groups:
        return []
    last = groups[-1]
    return [Party(name=" ".join(w.text for w in last.subtree if w.i <= last.i), kind="anonymous")]
