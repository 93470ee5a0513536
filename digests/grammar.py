"""Small readings of spaCy's dependency tree that every stage asks for.

People, quotes and events each need "the object of this word's `of`/`for`/`as` phrase";
written once here so that the stages read prepositional phrases the same way.
"""

from __future__ import annotations

from spacy.tokens import Token


def prep_objects(head: Token, preposition: str) -> list[Token]:
    """The objects of `head`'s prepositional phrases opened by `preposition`
    ('claims by rivals and by unions' -> rivals, unions)."""
    return [
        obj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def prep_object(head: Token, preposition: str) -> Token | None:
    """The first object of `head`'s `preposition` phrase, if it has one."""
    return next(iter(prep_objects(head, preposition)), None)
