"""Quoted spans that name a work or sign a quote, set off by commas or on a line alone.

Two layouts `not_quotes.is_title_of_work` does not see, because the span follows a comma
or opens a paragraph and so is not taken for a fragment of the writer's sentence:

- a title in apposition to a noun for a work: `his new book, "The Long Road,"`, `One ad,
  "Harbor Rising," shows ...`, or before one: `will publish "The Long Road," a memoir`.
  The words are capitalised as a title (small words aside) and the noun names a kind of
  work (book, film, ad, show, ...): nobody is reported as saying them.
- a signature closing a run-on quotation: the last paragraph of a quote that lost its
  opening mark is only `Ana Ruiz, director of the institute."`, a name and a description
  with no verb. It tells who spoke; it is not what they said.

Does NOT handle: lower-case titles, or a title after a noun that is not a kind of work
(`his answer, "Never Again,"` stays a quote).
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.lexicon import CUE_VERBS

# Kinds of work whose titles are set off in quote marks (lemmas).
WORK_NOUNS = frozenset(
    """
    book biography autobiography memoir novel textbook essay column op-ed editorial article
    film movie documentary show program programme series sitcom episode podcast broadcast
    ad advert advertisement commercial spot video song album single play musical opera
    poem painting read magazine newsletter blog game
    """.split()
)
TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "with", "&"}
    | {"is", "are", "by", "from", "as", "vs", "vs.", "de", "la", "el", "los"}
)
MAX_TITLE_WORDS = 12
MAX_WORK_NOUN_GAP = 4  # words between a title and the work noun after it (`a new memoir`)
MAX_SIGNATURE_WORDS = 20
MAX_NAME_WORDS = 4
MAX_MENTION_WORDS = 2
UTTERANCE_PUNCT = frozenset({",", ".", "!", "?", ";", ":", "...", "\u2026"})


def is_set_off_title(an: Analysis, qi: int) -> bool:
    """`his book, "The Long Road,"` / `"The Long Road," a memoir by ...`: a title-cased span
    set off by a comma from a noun that names a kind of work."""
    if not _title_cased(an.quotes[qi].text_of(an.text)):
        return False
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return False
    before = _outside(an, tokens[0].i - 1, -1)
    if before is not None and before.text == ",":
        noun = _outside(an, before.i - 1, -1)
        if noun is not None and _is_work_noun(noun):
            return True
    return _work_noun_after(an, tokens[-1].i + 1, comma_inside=tokens[-1].text == ",")


def is_signature_line(an: Analysis, qi: int) -> bool:
    """`Ana Ruiz, director of the institute."`: a quote-marked paragraph that is only a
    name (two to four proper nouns: the model does not tag every name a person), a comma
    and a verbless description."""
    span = an.quotes[qi]
    start, _ = an.paragraph_bounds(an.paragraph_of(span.open_mark))
    if an.text[start : span.start].strip(' "\u201c\u201d'):
        return False
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens) or len(tokens) > MAX_SIGNATURE_WORDS:
        return False
    comma = next((t for t in tokens if t.text == ","), None)
    if comma is None or any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return False
    name = an.doc[tokens.start : comma.i]
    return 2 <= len(name) <= MAX_NAME_WORDS and all(t.pos_ == "PROPN" for t in name)


def is_subject_mention(an: Analysis, qi: int) -> bool:
    """`"Containment" has been policy since ...`, `"Non-paper" is a term for ...`: a word or
    two in quote marks opening a sentence as its subject are talked about, not said. So is
    a title of any length (`"The Harbor Years" opens in March`)."""
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return False
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return False
    if len(words) > MAX_MENTION_WORDS and not _title_cased(an.quotes[qi].text_of(an.text)):
        return False
    if any(t.text in UTTERANCE_PUNCT for t in tokens):
        return False  # `"Meh," he said`, `"Thanks, Ana!"`: punctuated words are uttered
    first = _outside(an, tokens[0].i - 1, -1)
    if first is not None and not first.is_sent_end and first.text not in {"\n", ".", "!", "?"}:
        return False  # the span does not open its sentence
    inside = range(tokens.start, tokens.end)
    root = next((t for t in words if t.head.i not in inside or t.head == t), None)
    if root is None:
        return False
    if root.head == root:  # the parse hangs the verb on the title: `"X" sold well`
        return any(
            c.dep_ == "acl" and c.pos_ == "VERB" and c.lemma_.lower() not in CUE_VERBS
            for c in root.children
            if c.i >= tokens.end
        )
    return root.dep_ in {"nsubj", "nsubjpass"} and not an.in_quote(root.head)


def _title_cased(text: str) -> bool:
    words = [w.strip(":,.!?") for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words
    )


def _is_work_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in WORK_NOUNS | {"reads"}


def _outside(an: Analysis, i: int, step: int) -> Token | None:
    """The first token from `i` (going by `step`) that is neither a quote's nor a space."""
    while 0 <= i < len(an.doc) and (an.in_quote(i) or an.doc[i].is_space):
        if "\n" in an.doc[i].text:
            return None
        i += step
    return an.doc[i] if 0 <= i < len(an.doc) else None


def _work_noun_after(an: Analysis, i: int, *, comma_inside: bool) -> bool:
    """`"The Long Road," a memoir written by ...`: a comma, then a work noun within a few
    words (an article and modifiers only)."""
    first = _outside(an, i, 1)
    if first is None:
        return False
    if first.text == ",":
        first = an.doc[first.i + 1] if first.i + 1 < len(an.doc) else None
    elif not comma_inside:  # `"The Long Road," a memoir`: the comma inside the marks
        return False
    if first is None:
        return False
    for tok in an.doc[first.i : first.i + MAX_WORK_NOUN_GAP]:
        if _is_work_noun(tok):
            return True
        if tok.pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "PART"} or an.in_quote(tok):
            return False
    return False
