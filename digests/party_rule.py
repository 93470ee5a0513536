"""Who counts as a party: the one rule for meeting participants, demanders and addressees.

A wrong fact costs a reader more than a missing one, so a slot is filled only by a party: a
person of the cast (or a pronoun resolved to one), an organisation, government, country or
group the article names (an ORG/GPE/NORP entity, a capitalised name that acts as a body
elsewhere), or a noun phrase headed by a group noun ("the union", "residents", "most of the
protesters", "the Peruvian side"). "Talks", "that information", "anonymity", "Monday night"
are not parties. Meetings also accept an unnamed person by role ("a federal mediator"),
since a meeting with one is still a meeting with someone; demands do not.

Does NOT handle: groups named only by an adjective ("the unemployed"), or a body named by a
common noun the lists do not know.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.lexicon import (
    GROUP_NOUNS,
    ORG_DESCRIPTORS,
    PLURAL_ONLY_GROUP_NOUNS,
    TITLE_WORDS,
)
from digests.parties import DOCUMENT_NOUNS, acts_as_body

NAMED_KINDS = frozenset({"ORG", "NORP", "GPE"})
PARTY_ENTS = NAMED_KINDS | {"PERSON"}
NOT_PARTY_ENTS = frozenset(
    """DATE TIME MONEY PERCENT CARDINAL QUANTITY ORDINAL LAW WORK_OF_ART EVENT PRODUCT
    LANGUAGE FAC""".split()
)
PARTITIVES = frozenset({"some", "most", "many", "several", "all", "few", "none", "each", "half"})
VAGUE_NAMES = frozenset({"it", "that", "this", "which", "who", "what", "someone", "one"})


def is_party(an: Analysis, tok: Token, party: Party | None, *, unnamed_roles: bool = False) -> bool:
    """Whether `party` (what `tok` stands for) may fill a participant, by or of slot.

    `unnamed_roles`: an unnamed person by role ("a federal mediator") counts too.
    """
    if party is None:
        return False
    if party.person is not None or party.kind == "pronoun":
        return True
    if is_vague(party.name) or tok.ent_type_ in NOT_PARTY_ENTS:
        return False
    lemma = tok.lemma_.lower()
    titled = tok.pos_ == "PROPN" and lemma in TITLE_WORDS and not tok.ent_type_
    if titled and not any(c.dep_ in {"det", "poss"} for c in tok.children):
        # "Deputy Fisheries Minister and Envoy for Trade": a person's titles; but "the
        # Minister", "Kelmar's Prime Minister" stand for the holder
        return False
    if party.kind == "organization":
        if tok.ent_type_ in NAMED_KINDS or lemma in GROUP_NOUNS or "#" in party.name:
            return True
        if lemma in DOCUMENT_NOUNS or lemma in ORG_DESCRIPTORS:
            return True  # "the statement urged ...": whoever issued it; "the company"
        # a capitalised title ("Energy Secretary") is a role, not a body; a capitalised name
        # the model left unlabelled must show it is a body
        return (
            tok.pos_ == "PROPN"
            and lemma not in TITLE_WORDS
            and acts_as_body(an, party.name, besides=tok)
        )
    if tok.lower_ in {"they", "them"}:
        # resolved to the plural subject just before: "The villagers ... They", but not to
        # an unresolved pair word ("The two sides ... they")
        return _group_word(party.name.split()[-1]) if party.name.split() else False
    head = group_head(tok)
    if names_a_group(head):
        return True
    return unnamed_roles and (head.lemma_.lower() in TITLE_WORDS or head.lower_ in GROUP_NOUNS)


def _group_word(word: str) -> bool:
    """'villagers', 'unions', 'activists': a plural word that names a group of people."""
    low = word.lower()
    singular = low[:-1] if low.endswith("s") else low
    if singular.endswith("ie"):
        singular = singular[:-2] + "y"  # "parties", "authorities"
    if low in GROUP_NOUNS or singular in GROUP_NOUNS:
        return True
    return singular.endswith("ian") or singular.endswith("ist") and len(singular) > 5


def is_vague(name: str) -> bool:
    """'it', 'that', 'someone': words that name no one."""
    return name.lower() in VAGUE_NAMES


def group_head(tok: Token) -> Token:
    """'most of the residents' -> residents: the noun a partitive picks from."""
    if tok.lower_ in PARTITIVES or tok.pos_ == "NUM" or tok.ent_type_ == "CARDINAL":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if obj is not None:
            return obj
    return tok


def names_a_group(head: Token) -> bool:
    """A noun phrase head that names a body or a group of people."""
    if head.ent_type_ in PARTY_ENTS:
        return True
    lemma = head.lemma_.lower()
    plural = head.tag_ in {"NNS", "NNPS"}
    if lemma in GROUP_NOUNS and (lemma not in PLURAL_ONLY_GROUP_NOUNS or plural):
        return True
    if lemma in ORG_DESCRIPTORS:
        return True  # "the hospital", "the department"
    if plural and (lemma.endswith("ian") or lemma.endswith("ist") and len(lemma) > 5):
        return True  # "politicians", "activists": people by what they do
    mods = [c for c in head.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
    if any(m.ent_type_ in NAMED_KINDS for m in mods):
        return True  # "the Peruvian side", "Norwegian officials", "the city's lawyers"
    definite = any(c.dep_ == "poss" or c.lower_ in {"the", "this"} for c in head.children)
    return definite and lemma in TITLE_WORDS and head.tag_ == "NN"  # "the mayor"


def party_key(p: Party) -> str | int:
    """One key per party: the cast index of a person, else the lower-cased name."""
    return p.person if p.person is not None else p.name.lower()
