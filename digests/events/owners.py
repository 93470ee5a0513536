"""A body named with its owner: "Britain's Foreign Office", "the league's labor committee".

News often names a body by a generic proper name plus whose it is: "at Kelmar's Foreign
Office", "the Harlow Union's executive committee". Without the owner, "Foreign Office" or
"executive committee" could be any country's or any body's, and the owner alone ("Kelmar")
is a place, not the party. The reader needs both, as the article words them, so a meeting
party whose name is a generic body (an office, ministry, committee ...) keeps its
possessor; a body with a name of its own ("Kelmar's Brightwater Energy") does not. A time
("Monday's board") or a pronoun ("its board") names no
owner; a person ("Ruiz's office") is left alone, since a person's office usually stands
for that person, whom the cast already names.

Does NOT handle: an owner given in an of-phrase ("the Foreign Office of Kelmar") or an
adjective ("the Kelmaran Foreign Office"): those stay as the model reads them.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.entities import entity_at
from digests.lexicon import GROUP_NOUNS, TIME_ENTS

# Owners that name a body or a place: the model's labels for them.
OWNER_LABELS = frozenset({"GPE", "ORG", "NORP"})
# Last words of a body's name that every country, city or organisation has one of: "the
# Foreign Office", "the executive committee". A name of its own ("Gazprom", "Brightwater
# Energy") needs no owner, and "Kelmar's Brightwater Energy" only describes it.
GENERIC_BODY_HEADS = frozenset(
    """
    office ministry department committee council commission parliament assembly court
    cabinet board agency police army navy bureau directorate secretariat authority
    administration senate congress government embassy consulate service tribunal
    """.split()
)


def with_owner(an: Analysis, tok: Token, party: Party) -> Party:
    """The organisation `tok` names, with its possessor kept in the name ("at Kelmar's
    Foreign Office" -> "Kelmar's Foreign Office"); any other party as it is."""
    if party.kind != "organization" or party.person is not None:
        return party
    ent = entity_at(tok)
    if ent is None:
        return party  # a description's words already run from its possessor
    if ent[-1].lower_ not in GENERIC_BODY_HEADS:
        return party  # "Kelmar's Brightwater Energy": a name of its own
    owners = [c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start]
    if len(owners) != 1 or not _names_an_owner(an, owners[0]):
        return party
    words = an.doc[owners[0].left_edge.i : ent.end].text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return Party(name=" ".join(words), kind=party.kind) if words else party


def _names_an_owner(an: Analysis, owner: Token) -> bool:
    """'Kelmar's', 'the Harlow Union's', 'the league's': a place or body; not a time, a
    pronoun, or a person."""
    if owner.pos_ == "PRON" or owner.ent_type_ in TIME_ENTS:
        return False
    if an.cast.person_at(owner) is not None or owner.ent_type_ == "PERSON":
        return False
    if owner.ent_type_ in OWNER_LABELS:
        return True
    # "the league's committee": a definite body noun owns it
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
    return definite and owner.lemma_.lower() in GROUP_NOUNS
