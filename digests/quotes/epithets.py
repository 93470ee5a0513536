"""A definite epithet as a speaker (`the frontrunner said`) -> the person the story is about.

News names a person once and then refers to them by what they are: `the front-runner`, `the
billionaire`, `the Democrat`, `the Texan`, `the 54-year-old`, `the lawmaker`, `the Manitoba
senator`. A reader takes such a definite description for the person the nearest sentence
before it is about, not for an unnamed source. So: the epithet looks back up to
`EPITHET_REACH` quote-free sentences for one whose subject is a cast member (through a
he/she subject, or the owner of a possessive subject: `Okonjo's plan drew fire`).

Kinds of epithet (`epithet_word`):
- fame and standing (`EPITHET_NOUNS`), a hyphenated one read whole (`front-runner`);
- party members and demonyms: a singular NORP proper noun (`the Democrat`, `the Texan`);
- an age (`the 54-year-old`);
- a generic word for a legislator (`the lawmaker`), which covers every legislative office;
- an elected office marked by a place or party (`the Manitoba senator`); a bare office (`the
  senator`) may be anyone, and is left to `role_holders`.

When cast members hold the epithet as a role, the person found must be one of them, since
the article has said who the epithet fits; for an office or a marked epithet (`the Norland
senator`, `the Norland candidate`) held by anyone, nobody is guessed, since the role
look-up has already weighed the marks. A spokesman, an aide or any word for an unnamed
source is never an epithet.

Does NOT handle: epithets that point past a sentence about another person, or a bare office
nobody in the cast holds.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.lexicon import ANONYMOUS_NOUNS, GENDERED_ROLE_WORDS, PARTY_MODIFIERS
from digests.parties import SUBJECT_DEPS, person_party, resolve_pronoun
from digests.salience import person_gender

# Role nouns that, definite, refer to the person the story is about ("the frontrunner"):
# epithets, never words for an unnamed source.
EPITHET_NOUNS = frozenset(
    {"frontrunner", "front-runner", "hopeful", "contender", "incumbent", "challenger"}
    | {"nominee", "candidate", "billionaire", "magnate", "mogul", "tycoon"}
    | {"businessman", "businesswoman", "millionaire", "veteran", "newcomer", "outsider"}
    # fame that stands for the famous person ("the actress told reporters")
    | {"actor", "actress", "star", "singer", "comedian", "rapper", "designer", "novelist"}
    | {"filmmaker", "neurosurgeon", "celebrity", "entertainer", "heiress"}
)
# Generic words for a member of a legislature, and the offices each covers.
LEGISLATOR_NOUNS = frozenset({"lawmaker", "legislator", "parliamentarian"})
LEGISLATIVE_OFFICES = LEGISLATOR_NOUNS | frozenset(
    """
    senator sen. representative rep. congressman congresswoman congressmember
    assemblyman assemblywoman assemblymember delegate mp councilman councilwoman
    councillor councilor
    """.split()
)
# Elected or appointed offices that are an epithet only with a place or party modifier
# ("the Manitoba senator", "the Labour minister"); bare, "the senator" may be anyone.
OFFICE_EPITHETS = frozenset(
    """
    senator governor mayor congressman congresswoman congressmember
    president premier minister chancellor representative
    """.split()
)
AGE_WORD = "old"  # `the 54-year-old`
EPITHET_REACH = 3  # sentences outside quotes an epithet looks back for its person
PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})


def epithet_person(an: Analysis, noun: Token) -> Party | None:
    """The person a definite epithet refers to: the one the nearest sentence with a person
    as its subject is about (up to `EPITHET_REACH` sentences back), or None."""
    word = epithet_word(noun)
    if word is None:
        return None
    holders = _holders(an, word)
    if holders and (word in OFFICE_EPITHETS or _marked(noun)):
        return None  # `the Norland senator` among senators: the role look-up declined
    k = an.sentence_number(noun) - 1
    looked = 0
    while k >= 0 and looked < EPITHET_REACH:
        sent = an.sents[k]
        k -= 1
        if an.in_quote(sent.root):
            continue  # the quote's own sentences
        looked += 1
        idx = _person_subject(an, sent)
        if idx is None:
            continue  # a sentence about something else: the person may be further back
        gender = GENDERED_ROLE_WORDS.get(word)
        if gender and person_gender(an, idx) not in {None, gender}:
            return None
        if holders and idx not in holders:
            return None  # the article said who the epithet fits, and it is someone else
        return person_party(an, idx, "named")
    return None


def epithet_word(noun: Token) -> str | None:
    """The epithet a definite noun phrase is (`front-runner`, `democrat`, `old`,
    `lawmaker`, `senator` for `the Manitoba senator`), or None for any other phrase."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    low = noun.lemma_.lower()
    if noun.tag_ == "NNP" and noun.ent_type_ == "NORP" and noun.is_title:
        return noun.lower_  # `the Democrat`, `the Texan`: one member of a party or people
    if noun.lower_ == AGE_WORD and any(c.lower_ in {"year", "years"} for c in noun.children):
        return AGE_WORD
    singular = noun.tag_ == "NN" or noun.tag_ == "NNP" and noun.is_lower  # `GOP front-runner`
    if not singular or low in ANONYMOUS_NOUNS:
        return None
    low = _hyphenated(noun) or low
    if low in EPITHET_NOUNS or low in LEGISLATOR_NOUNS:
        return low
    if low in OFFICE_EPITHETS and any(
        c.dep_ in {"compound", "amod"}
        and c.i < noun.i
        and (c.ent_type_ in PLACE_ENTS or c.lower_ in PARTY_MODIFIERS)
        for c in noun.children
    ):
        return low
    return None


def _marked(noun: Token) -> bool:
    """`the Norland candidate`: a party or place word before the epithet, which the
    holders' roles may not carry (the hyphen's first half is part of the word)."""
    return any(
        c.dep_ in {"compound", "amod", "nmod"}
        and c.i < noun.i
        and not (c.i == noun.i - 2 and noun.doc[noun.i - 1].tag_ == "HYPH")
        for c in noun.children
    )


def _hyphenated(noun: Token) -> str | None:
    """`front-runner`: the model splits a hyphenated noun into modifier, hyphen and head."""
    if noun.i < 2 or noun.doc[noun.i - 1].tag_ != "HYPH":
        return None
    first = noun.doc[noun.i - 2]
    return f"{first.lower_}-{noun.lemma_.lower()}" if first.head.i == noun.i else None


def _holders(an: Analysis, word: str) -> set[int]:
    """Cast members whose role or title holds the epithet (any legislative office for
    `lawmaker`)."""
    wanted = LEGISLATIVE_OFFICES if word in LEGISLATOR_NOUNS else {word}
    out = set()
    for idx, m in enumerate(an.cast.members):
        role = (m.role or "").lower()
        words = set(role.split()) | set(role.replace("-", " ").split()) | set(m.title_nouns)
        if words & wanted:
            out.add(idx)
    return out


def _person_subject(an: Analysis, sent) -> int | None:
    """The cast member a sentence is about: its subject, a he/she subject's referent, or
    the owner of a possessive subject (`Okonjo's plan drew fire`)."""
    subj = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or an.in_quote(subj):
        return None
    idx = an.cast.person_at(subj)
    if idx is None and subj.lower_ in {"he", "she"}:
        idx = resolve_pronoun(an, subj)  # `He toured ... the tycoon told`: the same
    if idx is None:
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        idx = an.cast.person_at(owner) if owner is not None else None
    return idx
