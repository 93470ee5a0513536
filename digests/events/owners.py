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

The city or country a generic body serves says whose it is in the same way ("the foreign
ministry in Lima", "the city council in Lindford"), so a generic body without an owner keeps
its in-phrase naming a place; a building after "in" ("the board in the library") is where
they met, and is cut as before.

Does NOT handle: an owner given in an of-phrase ("the Foreign Office of Kelmar") or an
adjective ("the Kelmaran Foreign Office"): those stay as the model reads them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from digests.analysis import Analysis, Party
from digests.entities import entity_at
from digests.lexicon import GENERIC_BODY_HEADS, GROUP_NOUNS, TIME_ENTS

# Owners that name a body or a place: the model's labels for them.
OWNER_LABELS = frozenset({"GPE", "ORG", "NORP"})


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
        return _with_seat(an, ent, party)
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


def _with_seat(an: Analysis, ent: Span, party: Party) -> Party:
    """'the Foreign Ministry in Lima': the city or country a generic body serves names
    whose it is, as an owner does; a building or an area noun after "in" does not."""
    end = ent.end
    doc = an.doc
    if (
        end + 1 >= len(doc)
        or doc[end].lower_ != "in"
        or doc[end].head.i not in range(ent.start, end)
    ):
        return party
    if any(c.dep_ == "poss" for c in ent.root.children):
        return party  # "Kelmar's Foreign Ministry in Vantor": the owner says whose it is
    place = entity_at(doc[end + 1])
    seat = place is not None and place.label_ in {"GPE", "ORG", "PERSON"}
    if not seat or place.start != end + 1 or doc[end + 1].pos_ != "PROPN":
        return party  # "in Lima" (or a city the model read as a name); not "in the hall"
    return Party(name=f"{party.name} in {place.text}", kind=party.kind)


def serves(body: Token, prep: Token, obj: Token | None) -> bool:
    """'the foreign ministry in Lima': a generic body's own in-phrase naming a city or
    country (not a building or an area noun)."""
    own = prep.head == body and prep.lower_ == "in" and body.lemma_.lower() in GENERIC_BODY_HEADS
    owned = any(c.dep_ == "poss" for c in body.children)  # its owner says whose it is
    return own and not owned and obj is not None and _a_seat(obj)


def seat_after(an: Analysis, tok: Token, party: Party) -> Party:
    """'summoned by the labour ministry in Lindford': the parser hung the city on the verb,
    but a generic body's name followed at once by "in" and a city is that city's body."""
    doc, end = an.doc, tok.right_edge.i + 1
    owned = any(c.dep_ == "poss" for c in tok.children)  # "Kelmar's Foreign Office in X"
    if tok.lemma_.lower() not in GENERIC_BODY_HEADS or owned or end + 1 >= len(doc):
        return party
    if doc[end].lower_ != "in" or doc[end].head.i == tok.i or not _a_seat(doc[end + 1]):
        return party
    if not party.name.endswith(tok.text) or doc[end + 1].dep_ != "pobj":
        return party
    return Party(name=f"{party.name} in {doc[end + 1].text}", kind=party.kind)


def _a_seat(tok: Token) -> bool:
    """A city or country: a GPE, or a capitalised name the model gave another label (not
    a building, an area noun or a person of the cast)."""
    if tok.ent_type_ == "GPE":
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ not in {"FAC", "LOC", "DATE", "TIME"}
