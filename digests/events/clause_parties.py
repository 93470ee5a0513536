"""The named parties of a meeting's sentence, for a trigger whose own phrase names fewer
than two: people of the cast and named organisations in the trigger's clause.

Split from arguments.py (which reads parties off the trigger's own phrases). The clause is
read without what is not the event's: predicates conjoined to the event's ("X met Y and
repeated a demand for Z to resign"), and finite adverbial clauses off the event's path ("as
he runs against Z, X met Y").
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.entities import entity_at
from digests.events.noun_phrases import in_title, is_place_mention
from digests.events.owners import with_owner
from digests.events.precision import modifies_a_thing
from digests.events.trigger_grammar import in_dateline, is_dateline
from digests.parties import SUBJECT_DEPS, Discourse, party_of, person_party
from digests.party_rule import NAMED_KINDS, party_key


def sentence_parties(
    an: Analysis,
    tok: Token,
    discourse: Discourse,
    *,
    before: int | None = None,
    within: Token | None = None,
) -> list[Party]:
    """The named parties of the trigger's sentence, outside quotes: people of the cast and
    organisations, governments and groups the model names. Places a sentence only stands in
    ("in Havana", "at the Foreign Office") are not parties."""
    found: dict = {}
    span = own_predicate(tok, within) if within is not None else None
    for t in tok.sent:
        if before is not None and t.i >= before:
            break
        if span is not None and t.i not in span:
            continue
        if an.in_quote(t) or t.idx < an.headline_end or is_dateline(t) or in_dateline(t):
            continue
        idx = an.cast.person_at(t)
        if idx is not None:
            found.setdefault(idx, person_party(an, idx, "named"))
            continue
        if t.ent_type_ not in NAMED_KINDS or t.ent_iob_ != "B" and t.dep_ != "compound":
            continue
        ent = entity_at(t)
        if ent is None or ent.start != t.i or is_place_mention(ent.root):
            continue
        if in_title(an, ent.root) or modifies_a_thing(ent.root):
            continue  # "Council President Karen Moss": a title; "X's plant": whose thing
        party = party_of(an, ent.root, discourse=discourse)
        if party is not None and party.kind == "organization":
            party = with_owner(an, ent.root, party)
            found.setdefault(party_key(party), party)
    return list(found.values())


def own_predicate(tok: Token, clause: Token) -> set[int]:
    """The clause's tokens without the predicates conjoined to the event's ('X met Y and
    repeated a demand for Z to resign': Z was not at the meeting) and without finite
    adverbial clauses off the event's path ('as he runs against Z, X met Y')."""
    keep = {t.i for t in clause.subtree}
    path = {tok.i, *(a.i for a in tok.ancestors)}
    node: Token | None = tok
    while node is not None:
        for c in node.children:
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i not in path:
                keep -= {t.i for t in c.subtree}
        node = None if node.i == clause.i or node.head.i == node.i else node.head
    for t in clause.subtree:  # "as he runs against Z, X met Y": Z is the race's, not met
        finite = t.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        if finite and t.i not in path:
            keep -= {u.i for u in t.subtree}
    return keep
