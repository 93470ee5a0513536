"""A definite office description as a speaker (`the president said`) -> the one cast member
who holds that office now, when the plain role look-up found several holders.

`Cast.by_role_noun` names a person only when exactly one cast member's role holds the noun.
Long political stories name several: the president, a union's president, the vice
president, a former president. A reader takes `the president said` for the holder the
article titled with the bare office ("President Okafor"), not one whose title qualifies it
("union president Ana Ruiz", "vice president", "former president", "then-president"). So:
of the holders whose role is headed by the noun (not `vice president`, not `adviser to the
president`), drop former ones unless the description says `former`, and keep those whose
role carries every modifier the description gives; one left is the speaker. Of several,
only the one whose role is the bare office (nothing before or after it) is.

Does NOT handle: a description naming an office nobody in the cast was given (`the former
secretary of state` for someone titled only by name), or picking among several holders by
recency; both guess where a wrong speaker costs more than none.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.lexicon import ANONYMOUS_NOUNS, TITLE_WORDS
from digests.parties import person_party
from digests.people.title_holders import PAST_MARKERS
from digests.salience import is_subject_in

# Words that, right before the office noun, make it another office ("vice president").
OTHER_OFFICE_PREFIXES = frozenset(
    {"vice", "deputy", "assistant", "associate", "lieutenant", "co", "acting", "interim"}
)
# Words in a role that end the office and begin what it is of ("president of the union").
ROLE_BREAKS = frozenset({"of", "to", "for", "at", "from", "in", "on", "and", ",", "who"})


def office_holder(an: Analysis, noun: Token) -> Party | None:
    """The one current holder of the office a definite description names, or None."""
    low = noun.lower_
    if noun.tag_ != "NN" or low not in TITLE_WORDS or low in ANONYMOUS_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    mods = [
        c.lower_
        for c in noun.children
        if c.dep_ in {"compound", "amod"} and c.i < noun.i and not an.in_quote(c)
    ]
    past = any(m in PAST_MARKERS for m in mods)
    mods = [m for m in mods if m not in PAST_MARKERS]
    holders = [
        idx
        for idx, member in enumerate(an.cast.members)
        if _is_past(member.role) == past
        and (words := _office_words(member.role, low)) is not None
        and all(m in words for m in mods)
    ]
    if len(holders) > 1 and not mods:
        # `the president`: the one titled with the bare office, of several presidents
        holders = [i for i in holders if _bare(an.cast.members[i].role) == [low]]
    if len(holders) != 1 or _untitled_subject_before(an, noun, holders[0]):
        return None
    return person_party(an, holders[0], "named")


def _untitled_subject_before(an: Analysis, noun: Token, holder: int) -> bool:
    """`Ruiz toured the site. The senator said ...`: the sentence before (or this one, before
    the description) is about someone else whose office the article never gave, who may
    well be the one meant, so the office's known holder is no safe reading."""
    k = an.sentence_number(noun)
    sents = [an.doc[noun.sent.start : noun.i]]
    j = k - 1
    while j >= 0 and an.in_quote(an.sents[j].root):
        j -= 1  # the quote's own sentences
    if j >= 0:
        sents.append(an.sents[j])
    for sent in sents:
        for idx in {an.cast.person_at(t) for t in sent if not an.in_quote(t)} - {None, holder}:
            if an.cast.members[idx].role is None and is_subject_in(an, idx, sent):
                return True
    return False


def _office_words(role: str | None, noun: str) -> list[str] | None:
    """The words of `role` up to its office noun when the role is headed by `noun`
    ("vermont senator" -> [vermont, senator]); None for "vice president" or "adviser to
    the president", where the noun is not the office held."""
    words = (role or "").lower().replace("-", " ").replace(",", " , ").split()
    words = [w for w in words if w not in PAST_MARKERS]
    for k, word in enumerate(words):
        if word in ROLE_BREAKS:
            return None  # the noun only comes after "of"/"to": someone else's office
        if word == noun:
            if k > 0 and words[k - 1] in OTHER_OFFICE_PREFIXES:
                return None
            return words[: k + 1]
    return None


def _bare(role: str | None) -> list[str]:
    return [w for w in (role or "").lower().replace("-", " ").split() if w not in PAST_MARKERS]


def _is_past(role: str | None) -> bool:
    words = (role or "").lower().replace("-", " ").split()
    return any(w in PAST_MARKERS for w in words)
