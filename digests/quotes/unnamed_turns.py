"""A he/she right after an unnamed speaker's quote is that unnamed speaker.

`"We are scared," said one resident, who asked not to be named. "We have nowhere to go,"
she said.` A reader takes `she` for the resident: the nearest person the text has put
forward, and the one who is speaking. Pronoun resolution (`parties.resolve_pronoun`) only
knows named cast members, so it reaches back past the resident to someone named before
(or finds no one). Here: when the quote's cue has a he/she subject, and the last quote
kept was said by an unnamed person (`one resident`, `a woman`, `the official`) no more
than `TURN_REACH` paragraphs before, with no cast member named outside quotes since, the
pronoun is that person. A gendered description (`a woman`) must fit the pronoun. A
definite title or epithet (`the two-term president`) is more likely a named person the
resolver missed, so it gets no turn.

Does NOT handle: an unnamed person who never spoke before (`One woman said she learned
...` with no quote): no quote gives the description a turn, and guessing it is unsafe.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.lexicon import ANONYMOUS_NOUNS, GENDERED_ROLE_WORDS, TITLE_WORDS
from digests.quotes.cue_speakers import HUMAN_NOUNS
from digests.quotes.epithets import EPITHET_NOUNS

TURN_REACH = 2  # paragraphs back the unnamed speaker's quote may be
PRONOUN_GENDER = {"he": "male", "she": "female"}
SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "the", "another", "this", "that"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
# the gender a description's head noun gives its person
NOUN_GENDER = GENDERED_ROLE_WORDS | {
    "woman": "female",
    "girl": "female",
    "lady": "female",
    "man": "male",
    "boy": "male",
    "guy": "male",
    "gentleman": "male",
}
PERSON_NOUNS = ANONYMOUS_NOUNS | TITLE_WORDS | HUMAN_NOUNS | frozenset(NOUN_GENDER)


def pronoun_cue(an: Analysis, cues: Iterable[Token]) -> Token | None:
    """The he/she subject of the first cue verb among `cues` that has one."""
    for cue in cues:
        if an.in_quote(cue):
            continue
        subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in PRONOUN_GENDER and not an.in_quote(subj):
            return subj
    return None


def unnamed_turn(
    an: Analysis, qi: int, pronoun: Token, kept: Sequence[tuple[int, Party | None]]
) -> Party | None:
    """The unnamed person who spoke the last quote kept, when `pronoun` can only be them."""
    if not kept or kept[-1][1] is None:
        return None
    last, speaker = kept[-1]
    if speaker.person is not None or speaker.kind != "anonymous":
        return None
    words = speaker.name.lower().split()
    if len(words) < 2 or words[0] not in SINGULAR_DETERMINERS:
        return None  # `residents`, `some`: not one person a he/she can stand for
    head = _head_word(words)
    if head not in PERSON_NOUNS:
        return None  # `the statement`, `a post`: no he or she
    if words[0] in DEFINITE_DETERMINERS and (head in TITLE_WORDS or head in EPITHET_NOUNS):
        return None  # `the two-term president`: a named person the resolver missed
    gender = NOUN_GENDER.get(head)
    if gender is not None and gender != PRONOUN_GENDER[pronoun.lower_]:
        return None
    close = an.quotes[last].close_mark
    if an.paragraph_of(an.quotes[qi].open_mark) - an.paragraph_of(close) > TURN_REACH:
        return None
    between = (t for t in an.doc.char_span(close, pronoun.idx, alignment_mode="expand") or ())
    if any(an.cast.person_at(t) is not None and not an.in_quote(t) for t in between):
        return None  # someone named since: the pronoun may well be theirs
    return speaker


def _head_word(words: list[str]) -> str:
    """`one resident, who asked ...` -> resident; `a spokesman for the union` -> spokesman."""
    for k, word in enumerate(words[1:], start=1):
        if word in {"for", "of", "at", "from", "with", "in", "who", ","} or word.endswith(","):
            return words[k - 1] if not word.endswith(",") else word.rstrip(",")
    return words[-1]
