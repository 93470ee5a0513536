"""Quoted spans that are not quotes: scare quotes, titles of works, headings.

A span in quote marks is a quotation only when someone is reported as saying it. Not
quotes: short fragments nobody is reported as saying (`the so-called "czar"`), titles of
works (`on "Meet the Press"`, `"Evening Ledger" columnist`) and quote headings in capitals.
Decided after attribution, since a short fragment with a speaker (`called it "reckless"`)
is a quote after all.

Does NOT handle: a title of a work in lower case (`the film "up"`).
"""

from __future__ import annotations

from digests.analysis import Analysis, Party
from digests.quotes.fragments import is_given_epithet, is_reported_fragment
from digests.quotes.subjects import SPEECH_NOUNS
from digests.quotes.titles import (
    TITLE_SMALL_WORDS,
    is_set_off_title,
    is_signature_line,
    is_subject_mention,
)

SCARE_QUOTE_CUES = frozenset({"so-called", "dubbed", "nicknamed", "titled", "named"})
# What stands before a title of a work: `on "Meet the Press"`, `ABC's "This Week"`,
# `his book "The Long Road"`, `told "Morning Edition"`.
TITLE_LEAD_POS = frozenset({"ADP", "NOUN", "PROPN", "PART"})
MAX_SCARE_QUOTE_WORDS = 3
MAX_TITLE_WORDS = 8
# "Title" lead words are looked for past at most this many quotes set side by side
MAX_SKIPPED_QUOTES = 8


def not_a_quote(an: Analysis, qi: int, partial: bool, speaker: Party | None) -> bool:
    """Scare quotes nobody is said to have said, labels after `so-called`, titles of works."""
    if _is_crosshead(an, qi) or _is_title_modifier(an, qi):
        return True
    if is_set_off_title(an, qi) or is_signature_line(an, qi) or is_subject_mention(an, qi):
        return True
    if not partial:
        return False
    if is_given_epithet(an, qi):
        return False  # `called her "Miss Moneybags"`: a name someone gives is their word
    if _is_title_of_work(an, qi):
        return True
    if not _is_scare_quote(an, qi):
        return False
    if _follows_naming_word(an, qi):
        return True
    return speaker is None and not is_reported_fragment(an, qi)


def _is_scare_quote(an: Analysis, qi: int) -> bool:
    """Marked-off words nobody is reported as saying: the so-called "czar", a film title
    ("The Long Way Home"), a short label."""
    words = an.quotes[qi].text_of(an.text).strip(" ,.").split()
    if len(words) <= MAX_SCARE_QUOTE_WORDS:
        return True
    return (
        all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words) and len(words) <= 12
    )


def _is_title_of_work(an: Analysis, qi: int) -> bool:
    """`on "Meet the Press"`, `his book "The Long Road"`: capitalised words set off after a
    preposition, possessive or noun name a work or a programme, not something said."""
    words = an.quotes[qi].text_of(an.text).strip(" ,.").split()
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    if not all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words):
        return False
    if all(w.isupper() for w in words if any(c.isalpha() for c in w)) and len(words) > 1:
        return False  # shouted capitals, not a title (`ABC's "This Week"` is one)
    j = an.quote_tokens(qi)[0].i - 1
    skipped = 0  # quotes run together ('"a" "b" "c" ...'): a lead is not looked for past a few
    while j >= 0 and (an.token_quote[j] >= 0 or an.doc[j].is_space):
        if an.token_quote[j] >= 0 and (j == 0 or an.token_quote[j - 1] != an.token_quote[j]):
            skipped += 1
            if skipped > MAX_SKIPPED_QUOTES:
                return False
        j -= 1
    if j < 0:
        return False
    lead = an.doc[j]
    if lead.lemma_.lower() in SPEECH_NOUNS:
        return False  # `the slogan "Build The Bridge Now"`: words someone says
    # `ABC's "This Week"`: the model tags a possessive 's before a quote mark as a verb
    possessive = lead.lower_ in {"'s", "\u2019s"}
    return lead.pos_ in TITLE_LEAD_POS or possessive or lead.lemma_.lower() == "tell"


def _is_title_modifier(an: Analysis, qi: int) -> bool:
    """`"Evening Ledger" columnist Tamsin Oduya`: capitalised words naming the noun after them."""
    words = an.quotes[qi].text_of(an.text).strip(" ,.").split()
    if len(words) < 2 or len(words) > MAX_TITLE_WORDS:
        return False
    if not all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words):
        return False
    after = an.doc.char_span(an.quotes[qi].close_mark, an.quotes[qi].close_mark + 1, "expand")
    k = after[-1].i + 1 if after is not None else len(an.doc)
    return (
        k < len(an.doc)
        and an.doc[k].pos_ == "NOUN"
        and an.doc[k].is_lower
        and an.doc[k].lemma_ not in SPEECH_NOUNS
    )


def _is_crosshead(an: Analysis, qi: int) -> bool:
    """A paragraph that is only a quote in capitals is a heading repeating a quote."""
    span = an.quotes[qi]
    start, end = an.paragraph_bounds(an.paragraph_of(span.open_mark))
    words = span.text_of(an.text).split()
    if len(words) < 2 or not span.text_of(an.text).isupper():
        return False
    return (
        not an.text[start : span.open_mark].strip()
        and not an.text[span.close_mark + 1 : end].strip()
    )


def _follows_naming_word(an: Analysis, qi: int) -> bool:
    """`the so-called "Border Czar"`: a name or label, not something anyone said."""
    before = an.text[max(0, an.quotes[qi].open_mark - 20) : an.quotes[qi].open_mark].split()
    return bool(before) and before[-1].lower() in SCARE_QUOTE_CUES
