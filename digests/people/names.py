"""Finding person names in the parse, where the small model's PERSON entities fall short.

The small English model tags surnames as ORG or GPE at times ("Okafor said"), folds titles
into names, misses names set off after a title, and calls sports teams, companies and
headline words PERSON. These functions trim, add and reject name spans; the cast
(`cast.py`) merges them into people.

Does NOT handle: a company named like a person that never modifies a thing or takes a
company word ("Harmon Development"), or a person's name the model leaves untagged with no
title before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from digests.entities import entity_at
from digests.lexicon import (
    CUE_VERBS,
    HONORIFICS,
    OFFICE_TITLES,
    ORG_HEAD_WORDS,
    POSSESSIVE_MARKS,
    TITLE_WORDS,
)
from digests.people.compound_names import joined_name_part
from digests.people.name_shapes import first_name_gender
from digests.people.organisations import BODY_FINAL_WORDS
from digests.people.roles import DETERMINERS, is_title_token

NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# Function words that never open a name; the model folds a capitalised sentence opener
# into the name that follows it ("Neither Ruiz's party", "Both Okafor and ...").
LEADING_FUNCTION_WORDS = frozenset(
    """
    neither nor either both only even also not and but or so then while when as if after
    before since because though although yet meanwhile however thus still now here there
    what which who whom whose that this these those all each every some any no many most
    such another like unlike
    """.split()
)


# Lower-case words that belong inside a name ("Ludwig van Beethoven", "Ana de la Vellan").
NAME_PARTICLES = frozenset(
    "de da di do dos das del della der den van von la le du bin ibn al el ben ter".split()
)


def clean_name_span(span: Span) -> Span | None:
    """Trim a PERSON entity to the name itself: no titles, determiners, 's or newlines."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in POSSESSIVE_MARKS):
        end -= 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text != ".":
        end -= 1
    while start < end and is_title_token(doc[start]) and end - start > 1:
        start += 1
    start = _past_modified_title(doc, start, end)
    while start < end and (
        doc[start].lower_ in DETERMINERS
        or doc[start].lower_ in HONORIFICS
        or end - start > 1
        and doc[start].lower_ in LEADING_FUNCTION_WORDS  # "Neither Ruiz's"
    ):
        start += 1
    while end - start > 1 and _epithet_word(doc[start]):
        start += 1  # "Certainly Ana Ruiz has ...", "Weak - Ruiz": a word said of the name
    if start >= end:
        return None
    for tok in doc[start:end]:
        if tok.i > start and _spaced_dash(tok):
            return None  # "weak - Ruiz - weak": words set between dashes, not one name
        if "\n" in tok.text:
            end = tok.i
            break
        if (
            tok.i > start
            and tok.is_lower
            and tok.lower_ not in NAME_PARTICLES
            and not joined_name_part(tok)  # "Choi Min-jun": a syllable of the given name
        ):
            end = tok.i  # "Ana Ruiz of Dover", "Ana Ruiz and Bram": the name ends before
            break
    while end > start and doc[end - 1].is_punct and doc[end - 1].text != ".":
        end -= 1
    if start >= end:
        return None
    name = doc[start:end]
    if not any(t.text[:1].isupper() for t in name):
        return None
    if len(name) == 1 and name[0].pos_ == "ADV":
        return None  # "Sooner or later" opening a sentence
    if any(t.lower_ in ORG_HEAD_WORDS for t in name):
        return None
    if start > 0 and doc[start - 1].text in {"#", "@"}:
        return None
    return name


def _past_modified_title(doc: Doc, start: int, end: int) -> int:
    """Skip a capitalised title the model folded into a name with its modifier ("Crown
    Prince Malik", "Grand Duke X"): up to two capitalised words that are no known given
    name, then a title word, with a name left after it."""
    for k in range(start + 1, min(start + 3, end - 1)):
        if doc[k].lower_ not in TITLE_WORDS or not doc[k].is_title:
            continue
        if all(doc[j].is_title and first_name_gender(doc[j].text) is None for j in range(start, k)):
            return k + 1
    return start


def _epithet_word(tok: Token) -> bool:
    """A word the model folded into the front of a name that says something of the person
    ("Certainly", "Weak", a dash): an adverb or adjective that is no known given name."""
    if tok.is_punct:
        return tok.text != "."
    return tok.pos_ in {"ADV", "ADJ"} and first_name_gender(tok.text) is None


def _spaced_dash(tok: Token) -> bool:
    """A dash with spaces on both sides: it separates words, it does not join a name."""
    if tok.text not in {"-", "–", "—", "--"} or tok.i == 0:
        return False
    return bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)


def join_particle_splits(names: list[Span]) -> list[Span]:
    """'Carlos dos Santos', 'Jan van der Berg': the model often cuts a name at a lower-case
    particle into two PERSON names; two names with only particles between are one."""
    out: list[Span] = []
    for name in sorted(names, key=lambda s: s.start):
        if out and 0 <= name.start - out[-1].end <= 2:
            gap = name.doc[out[-1].end : name.start]
            if all(t.is_lower and t.lower_ in NAME_PARTICLES for t in gap) and (
                len(gap) or out[-1][-1].is_lower
            ):
                out[-1] = name.doc[out[-1].start : name.end]
                continue
        out.append(name)
    return out


def drop_epithet_prefixes(names: list[Span]) -> list[Span]:
    """ "Crooked Ana Ruiz" beside "Ana Ruiz": a leading word that is no known given name,
    before a full name the article also gives alone, is an epithet, not part of the name."""
    full = {n.text for n in names if len(n) >= 2}
    out = []
    for name in names:
        first = name[0]
        rest = name[1:]
        if (
            len(rest) >= 2
            and any(t.whitespace_ for t in rest[:-1])  # "Al-Amiri" is one word, not a name
            and rest.text in full
            and first_name_gender(first.text) is None
            and first_name_gender(rest[0].text) is not None
            and not first.text.endswith(".")
            and len(first.text) > 1
        ):
            name = rest
        out.append(name)
    return out


def looks_like_group(name: Span) -> bool:
    """'the Falcons', 'Vantor Lyle officials': PERSON-tagged names that are not people."""
    doc = name.doc
    before = doc[name.start - 1] if name.start > 0 else None
    if before is not None and before.lower_ == "the" and len(name) == 1:
        return True
    if (
        len(name) == 1
        and name[0].lower_ in BODY_FINAL_WORDS
        and before is not None
        and before.is_title
        and before.pos_ == "PROPN"
        and first_name_gender(before.text) is None
    ):
        return True  # "the Pellam Gazette" with only "Gazette" tagged: a paper's last word
    root = name.root
    return (
        root.dep_ == "compound"
        and root.head.pos_ == "NOUN"
        and root.head.i >= name.end
        and root.head.tag_ == "NNS"
    )


def names_after_titles(doc: Doc, found: list[Span]) -> list[Span]:
    """'Engineer Priya Nair', 'Mr. Osei': a title or honorific followed by capitalised words
    is a name even where the model tagged nothing (or an ORG) there."""
    taken = {i for span in found for i in range(span.start, span.end)}
    extra: list[Span] = []
    for tok in doc:
        low = tok.lower_
        if low not in HONORIFICS and not (low in TITLE_WORDS and tok.pos_ in {"NOUN", "PROPN"}):
            continue
        j = tok.i + 1
        while (
            j < len(doc)
            and j - tok.i <= 3
            and doc[j].pos_ == "PROPN"
            and doc[j].is_title
            and j not in taken
            and not is_title_token(doc[j])
            and doc[j].ent_type_ in {"", "PERSON", "ORG", "WORK_OF_ART"}
        ):
            j += 1  # a title, then a name after a quote: '"...," Mayor Ana Ruiz said
        if j == tok.i + 1 or j - tok.i > 3:
            continue
        span = doc[tok.i + 1 : j]
        around = entity_at(tok)
        if (
            any(t.ent_type_ == "ORG" for t in span)
            and around is not None
            and around.label_ == "ORG"
            and around.end > j
        ):
            continue  # the title and name are part of a longer organisation name
        if span.root.dep_ == "compound" and span.root.head.i >= j:
            continue  # "Mayor Smythe administration"
        if any(t.lower_ in ORG_HEAD_WORDS for t in span):
            continue
        if any(t.ent_type_ == "ORG" for t in span) and not _human_despite_org_tag(tok, span):
            continue  # "Facebook owner Meta": a company after a title
        extra.append(span)
        taken.update(range(span.start, span.end))
    for span in _names_in_title_appositions(doc):
        if not any(i in taken for i in range(span.start, span.end)):
            extra.append(span)
            taken.update(range(span.start, span.end))
    return extra


def _human_despite_org_tag(title: Token, span: Span) -> bool:
    """An ORG-tagged name after a title is a person after an honorific or an office
    ("Mr. Vale", "Governor Vale"), or when it opens with a known given name ("CFO Dov Vale")."""
    low = title.lower_
    if low in HONORIFICS or low in OFFICE_TITLES:
        return True
    if _bare_trade_before_speaker(title, span):
        return True
    return len(span) >= 2 and first_name_gender(span[0].text) is not None


# roles a company holds as readily as a person ("Facebook owner Meta said")
_BODY_ROLES = frozenset(
    """
    owner partner investor member developer contractor builder supplier agent landlord
    tenant customer vendor merchant consultant adviser advisor counsel operator founder
    """.split()
)


def _bare_trade_before_speaker(title: Token, span: Span) -> bool:
    """'"...," midfielder Paulinho told reporters': a lower-case trade word with nothing of
    its own before it, over a one- or two-word name that is the subject of a speech verb.
    A company after a role carries its owner before the role ("Facebook owner Meta")."""
    doc = title.doc
    if not title.is_lower or title.lower_ in _BODY_ROLES:
        return False
    before = doc[title.i - 1] if title.i > 0 else None
    if before is not None and not (before.is_punct or before.lower_ in DETERMINERS):
        return False
    root = span.root
    return len(span) <= 2 and root.dep_ == "nsubj" and root.head.lemma_ in CUE_VERBS


def _tagged_person_elsewhere(doc: Doc, span: Span) -> bool:
    """The model calls some other mention of the surname a PERSON."""
    surname = span[-1].text
    return any(t.text == surname and t.ent_type_ == "PERSON" for t in doc)


def _names_in_title_appositions(doc: Doc) -> list[Span]:
    """'Ambassador to Peru, Lena Ortiz': a first and last name set off after a title phrase.

    The model often tags such a name as a place or nothing at all. Only two or three
    capitalised proper nouns count, and only when the surname recurs in the article
    ("Ortiz said"), the first word is a known given name, or the model called them a
    PERSON, so an organisation or a place in
    apposition ("the director, Acme Corp") is not taken for a person.
    """
    found = []
    counts: dict[str, int] = {}
    for t in doc:
        if t.pos_ == "PROPN":
            counts[t.text] = counts.get(t.text, 0) + 1
    for tok in doc:
        if tok.lemma_.lower() not in TITLE_WORDS or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        k = tok.i + 1
        if k < len(doc) and doc[k].lower_ in {"to", "in", "of", "for"}:
            k += 1
            while k < len(doc) and doc[k].ent_type_ in {"GPE", "LOC"}:
                k += 1
        if k >= len(doc) or doc[k].text != ",":
            continue
        j = k + 1
        while j < len(doc) and j - k <= 4 and doc[j].pos_ == "PROPN" and doc[j].is_title:
            j += 1
        span = doc[k + 1 : j]
        if not 2 <= len(span) <= 3 or j < len(doc) and doc[j].pos_ == "PROPN":
            continue
        if any(is_title_token(t) or t.lower_ in ORG_HEAD_WORDS for t in span):
            continue
        if any(t.ent_type_ not in {"", "PERSON", "ORG", "GPE"} for t in span):
            continue
        if any(t.ent_type_ == "GPE" for t in span) and not (
            first_name_gender(span[0].text) or _tagged_person_elsewhere(doc, span)
        ):
            continue  # "Minister for Trade, New Hampton": a place set off, not a name
        known_given = first_name_gender(span[0].text) is not None
        if (
            counts.get(span[-1].text, 0) >= 2
            or known_given
            or all(t.ent_type_ == "PERSON" for t in span)
        ):
            found.append(span)
    return found


def untagged_first_names(doc: Doc, surname: Token, token_person) -> int | None:
    """Start of the name ending at `surname`: earlier capitalised name words the model
    left untagged ("Engineer Priya Nair"), or the surname itself. None when the word
    before belongs to some other proper name."""
    start = surname.i
    while start > 0:
        prev = doc[start - 1]
        if prev.i in token_person or prev.pos_ != "PROPN" or is_title_token(prev):
            break
        if (
            not prev.is_title
            or prev.ent_type_ not in {"", "PERSON"}
            and not _whole_name_mistagged(doc, prev, surname)
        ):
            return None
        start -= 1
    if surname.i - start > 2:
        return None
    return start


def _whole_name_mistagged(doc: Doc, first: Token, surname: Token) -> bool:
    """'Idris Sabo' tagged ORG as a whole: the entity is exactly the first name(s) and
    the known surname, so it is the person, not a longer organisation name."""
    ent = entity_at(first)
    return ent is not None and ent.end == surname.i + 1 and surname.i - ent.start <= 2


def distinct_first_names(a: str | None, b: str | None) -> bool:
    if not a or not b or a.lower() == b.lower():
        return False
    return len(a) > 2 and len(b) > 2 and not a.endswith(".") and not b.endswith(".")


# A capitalised word that opens a surname rather than standing as a given name when a
# particle or the surname follows: "Abu Zaid", "Van der Berg" (not "Le" in "Le Thi Hoa").
SURNAME_OPENERS = NAME_PARTICLES | {"abu", "bint", "ould", "mac", "mc", "st", "st."}


def name_key(tokens: list[str]) -> tuple[str | None, str]:
    """(given name, surname) of a name's words. Particles open the surname, so the later
    "al-Mansouri", "Van Dijk" or "Abu Zaid" keys with "Khalid al-Mansouri", "Joost van
    Dijk" and "Tariq Abu Zaid" (on "Mansouri", "Dijk", "Zaid")."""
    words = [t for t in tokens if t.lower() not in NAME_SUFFIXES]
    words = words or tokens
    given = [w for k, w in enumerate(words[:-1]) if not _opens_surname(words, k)]
    return (given[0] if given else None), _without_particle(words[-1])


def _opens_surname(words: list[str], k: int) -> bool:
    low = words[k].lower()
    if words[k].islower():
        return low in NAME_PARTICLES
    nxt = words[k + 1].lower()
    return low in SURNAME_OPENERS and (k + 2 == len(words) or nxt in NAME_PARTICLES)


def _without_particle(word: str) -> str:
    """'al-Mansouri' -> 'Mansouri', 'El-Sayed' -> 'Sayed'; 'Anna-Lena' stays."""
    head, sep, rest = word.partition("-")
    return rest if sep and rest and head.lower() in NAME_PARTICLES else word


def with_untagged_given_name(name: Span) -> Span:
    """'Beatriz Lopes' where the model tagged only 'Lopes' ('María Fernández Ortega' where
    it tagged 'Fernández Ortega'): one capitalised proper noun straight before a name of
    one or two words, untagged and compounding on it, is its given name."""
    if len(name) > 2 or name.start == 0:
        return name
    prev = name.doc[name.start - 1]
    # a known given name the tagger reads as a word ("Precious", "Frank", "Joy") counts too
    word = prev.pos_ in {"ADJ", "NOUN", "ADV"} and first_name_gender(prev.text) is not None
    if prev.ent_type_ or not prev.is_title or is_title_token(prev):
        return name
    if prev.pos_ != "PROPN" and not word:
        return name
    if prev.lower_ in ORG_HEAD_WORDS or prev.i > 0 and prev.nbor(-1).lower_ in {"the", "of"}:
        return name  # "Chairman of the Board Lee Raymond": the end of a title
    if prev.lower_.endswith("ist"):
        return name  # "Ecologist Lou Brandt", "Pianist ...": an agent noun in -ist, no given name
    if (
        prev.lower_ in HONORIFICS
        or prev.dep_ not in {"compound", "amod"}
        or prev.head.i not in range(name.start, name.end)
    ):
        return name
    # a rank the lists lack ("Admiral Harris" beside "Harry Harris"): the surname stands
    # elsewhere after another capitalised word, so this one is no given name for sure
    for tok in name.doc:
        if tok.text == name[0].text and tok.i != name.start and tok.i > 0:
            other = tok.nbor(-1)
            if other.is_title and other.pos_ == "PROPN" and other.text != prev.text:
                return name
    return name.doc[prev.i : name.end]


def namesake_by_honorific(doc: Doc, start: int, surname: str, members: list, idx: int) -> int:
    """ "Mrs. Okoye" where the cast holds Samuel and Marisol Okoye: the one whose given
    name fits the honorific's gender, not simply the first Okoye met."""
    before = doc[start - 1].lower_ if start > 0 else ""
    gender = HONORIFICS.get(before)
    if not gender or first_name_gender(members[idx].first) in {None, gender}:
        return idx
    fits = [
        i
        for i, m in enumerate(members)
        if m.surname.lower() == surname and first_name_gender(m.first) == gender
    ]
    return fits[0] if len(fits) == 1 else idx
