"""Names whose words are joined by a hyphen: 'Anna-Lena Dorvik', 'Daniel Haddad-Lund',
'Choi Min-jun'.

The tokenizer splits a hyphenated word into three tokens, and the name finders that walk
capitalised words or cut a name at its first lower-case word would keep only a part of it
("Lena Dorvik", "Choi Min"); quotes then go to a name the article never wrote. These
helpers say when a hyphen joins the parts of one name word, so the finders keep it whole.

Does NOT handle: a hyphen with spaces around it ("Weak - Ruiz": that separates words), or
a word joined to a name that describes something else ("the Ruiz-led coalition",
"Kelvara-based lawyer", "the Ruiz-era rules"): those parts are verbs, adjectives or
modifiers of a later noun, and stay out of the name.
"""

from __future__ import annotations

from spacy.tokens import Token

HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# A lower-case syllable of a romanised given name ('Min-jun', 'Jong-un', 'Tae-sik') is short.
MAX_SYLLABLE_CHARS = 5


def joining_hyphen(tok: Token) -> bool:
    """A hyphen with no space on either side, between two alphabetic words."""
    doc = tok.doc
    if tok.text not in HYPHENS or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return not before.whitespace_ and not tok.whitespace_ and before.is_alpha and after.is_alpha


def joined_name_part(tok: Token) -> bool:
    """The word after a joining hyphen that continues a capitalised name word: a capitalised
    part ('Lena' in 'Anna-Lena'), or a short lower-case syllable, no verb, adjective or adverb,
    that modifies nothing after it ('jun' in 'Choi Min-jun'; not 'led' in 'Ruiz-led')."""
    doc = tok.doc
    if tok.i < 2 or not joining_hyphen(doc[tok.i - 1]) or not doc[tok.i - 2].is_title:
        return False
    if tok.is_title and tok.is_alpha:
        return True
    if not tok.is_lower or len(tok.text) > MAX_SYLLABLE_CHARS:
        return False
    modifies_later = tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i
    # 'ah' in 'Ji-ah' may be tagged an interjection; verbs, adjectives, adverbs are no names
    return not tok.tag_.startswith(("VB", "JJ", "RB")) and not modifies_later


def name_words(tokens: list[Token]) -> list[str]:
    """The words of a name with hyphen-joined parts as one word: 'Anna-Lena', 'Haddad-Lund'."""
    words: list[str] = []
    first = tokens[0].i if tokens else 0
    for tok in tokens:
        glued = joining_hyphen(tok) or tok.i > first and joining_hyphen(tok.doc[tok.i - 1])
        if glued and words:
            words[-1] += tok.text
        elif not tok.is_punct or tok.text == ".":
            words.append(tok.text)
    return words
