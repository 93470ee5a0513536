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

from digests.analysis import Party

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
