"""Long capitalised titles straight before a name, which the dependency parse breaks up.

"Speaker of the National Assembly Ana Ruiz", "Secretary of State Bo Lund", "head of the
country's intelligence agency Directorate of Security (DOS) Kai Ode", "Federal Minister
Inter Provincial Coordination (IPC) Dr Lena Aziz": the small model hangs the words of such
a title on the organisation inside it, so `roles.title_before`, which follows the parse,
stops at the organisation. This reader walks the surface instead: back from the name over
capitalised words, body words, "of/for/to/the", possessives and a parenthesised acronym,
and keeps the stretch from the leftmost title word.

Does NOT handle: titles split by a comma from the name (see `roles.title_set_off_before`),
or a title that holds a verb ("who heads the agency").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from digests.lexicon import HONORIFICS, POSSESSIVE_MARKS, TITLE_WORDS
from digests.people.roles import title_sentence_start

# Function words that may sit inside a title ("Minister of State for Trade", "Commissioner
# for Roads and Public Works").
TITLE_LINKS = frozenset({"of", "for", "to", "on", "the", "and", "&"})
MAX_TITLE_WORDS = 16


def long_title_before(name: Span) -> Span | None:
    """The title phrase that ends right before `name` and opens with a title word."""
    doc = name.doc
    end = name.start
    sent_start = title_sentence_start(name)
    while end > sent_start and doc[end - 1].lower_ in HONORIFICS:
        end -= 1
    i = end - 1
    opening = None
    depth = 0
    while i >= sent_start and end - i <= MAX_TITLE_WORDS:
        tok = doc[i]
        if tok.text == ")":
            depth += 1
        elif tok.text == "(":
            depth -= 1
        elif depth == 0 and not _title_word(tok):
            break
        if depth == 0 and _opens_title(tok):
            opening = i
        i -= 1
    if opening is None or opening == end - 1 and doc[opening].lower_ in TITLE_WORDS:
        return None  # a one-word title is `title_before`'s to read
    while doc[opening].lower_ in TITLE_LINKS:
        opening += 1
    for _ in range(2):  # "Permanent Secretary of ...", "Principal Private Secretary ..."
        prev = doc[opening - 1] if opening > sent_start else None
        if prev is None or not prev.is_title or prev.pos_ not in {"ADJ", "PROPN"}:
            break
        if prev.ent_type_ in {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL"}:
            break
        opening -= 1
    span = doc[opening:end]
    if len(span) < 2 or span[-1].lower_ in TITLE_LINKS or span[-1].text in POSSESSIVE_MARKS:
        return None
    if _relation_to_titled_name(span):
        return None
    return span


def _relation_to_titled_name(span: Span) -> bool:
    """'a top adviser for President Ana Ruiz', 'aide to Sen. Ruiz', 'a friend of the Governor
    Ruiz': the words before 'for/to/of' are someone else's relation to the name, whose own
    title is the one word after the preposition (`title_before` reads it)."""
    last = span[-1]
    if last.lower_ not in TITLE_WORDS and last.lower_.rstrip(".") not in TITLE_WORDS:
        return False
    k = len(span) - 2
    if k >= 0 and span[k].lower_ == "the":
        k -= 1
    return k >= 1 and span[k].lower_ in {"to", "for", "of"}


def _opens_title(tok: Token) -> bool:
    return tok.lemma_.lower() in TITLE_WORDS and tok.pos_ in {"NOUN", "PROPN"}


def _title_word(tok: Token) -> bool:
    """A word that may sit inside a title: capitalised words, nouns and adjectives of the
    office, linking words, possessives."""
    if tok.ent_type_ == "PERSON" and _owner_in_title(tok):
        return True
    if tok.is_space or tok.ent_type_ in {"PERSON", "DATE", "TIME", "CARDINAL"}:
        return False
    if tok.lower_ in {"and", "&"}:
        # inside a capitalised title ("Roads and Public Works"), not between two posts
        # ("his wife and daughter Ana Ruiz": the post next to the name is hers)
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return bool(nxt and prev and nxt.is_title and prev.is_title)
    if tok.lower_ in TITLE_LINKS or tok.text in POSSESSIVE_MARKS:
        return True
    if tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.nbor(-1).whitespace_:
        return True  # "Secretary-General": one word of the title
    return tok.pos_ in {"PROPN", "NOUN", "ADJ"} or tok.is_title


def _owner_in_title(tok: Token) -> bool:
    """'head of Kelvara's maritime agency': one capitalised word between 'of' and a
    possessive is the owner of the office, whatever the model tagged it."""
    doc = tok.doc
    return (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].lower_ == "of"
        and doc[tok.i + 1].text in POSSESSIVE_MARKS
    )
