"""build_digest: parse once, read the article's cast and quotes, then meetings and demands."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from .analysis import Analysis, analyse
from .demands import extract_demands
from .lexicon import CUE_VERBS
from .meetings import extract_meetings
from .model import Digest, Person
from .nlp import get_nlp
from .quotes import extract_quotes

MAX_KEY_PEOPLE = 5
HEADLINE_MAX_WORDS = 25


# Longer texts are parsed in paragraph-aligned pieces: spaCy refuses texts over its
# max_length (1,000,000 characters) and its memory use grows with the piece parsed at once.
CHUNK_CHARS = 100_000


def build_digest(text: str, *, title: str | None = None, source: str | None = None) -> Digest:
    """Digest one article's plain text (paragraphs separated by newlines). Pure: no I/O."""
    return digest_from_doc(parse(text), title=title, source=source)


def build_digests(texts: Iterable[str], *, batch_size: int = 8) -> Iterator[Digest]:
    """Digest many articles through `nlp.pipe`, for batch throughput."""
    nlp = get_nlp()
    short: list[str] = []
    for text in texts:
        if len(text) > CHUNK_CHARS:
            yield from (digest_from_doc(d) for d in nlp.pipe(short, batch_size=batch_size))
            short = []
            yield digest_from_doc(parse(text))
        else:
            short.append(text)
    yield from (digest_from_doc(d) for d in nlp.pipe(short, batch_size=batch_size))


def parse(text: str) -> Doc:
    """One Doc for the whole text, however long; character offsets match the input."""
    nlp = get_nlp()
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    return Doc.from_docs(
        list(nlp.pipe(paragraph_chunks(text, CHUNK_CHARS))), ensure_whitespace=False
    )


def paragraph_chunks(text: str, size: int) -> list[str]:
    """Pieces of at most about `size` characters that end at a newline where one exists."""
    chunks = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        chunks.append(text[start:end])
        start = end
    return chunks


def digest_from_doc(doc: Doc, *, title: str | None = None, source: str | None = None) -> Digest:
    an = analyse(doc)
    headline = headline_of(an.text)
    an.headline_end = len(headline) if headline else 0
    quotes = extract_quotes(an)
    if headline:
        quotes = _drop_headline_repeats(quotes, len(headline), an.text)
    meetings = extract_meetings(an)
    demands = extract_demands(an, quotes)
    return Digest(
        title=title or headline,
        source=source,
        people=people_of(an),
        meetings=meetings,
        demands=demands,
        quotes=quotes,
    )


def headline_of(text: str) -> str | None:
    """A first line that reads as a headline: short, no closing full stop, text after it."""
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first:
        return None
    if first[-1] in ".,;:" or len(first.split()) > HEADLINE_MAX_WORDS:
        return None
    return first


def _drop_headline_repeats(quotes, headline_end: int, text: str):
    """A quote in the headline counts only when the body does not repeat it."""
    body_quotes = {
        text[q.start : q.end].strip(" ,.").lower() for q in quotes if q.start > headline_end
    }
    return [
        q
        for q in quotes
        if q.start > headline_end or q.text.strip(" ,.").lower() not in body_quotes
    ]


def people_of(an: Analysis) -> list[Person]:
    """Cast members who act in the story, most prominent first; the top ones are key.

    A person named once in passing ("while he sits behind X") is left out; one who speaks,
    meets, demands, holds a stated role, reports something, or recurs as a subject stays.
    """
    doc = an.doc
    scored = []
    for idx, m in enumerate(an.cast.members):
        if m.outside_quote_mentions == 0:
            continue
        outside = [doc[t] for t in m.mention_tokens if not an.in_quote(t)]
        heads = [_clause_role(tok) for tok in outside]
        reports = any(dep == "nsubj" and head.lemma_ in CUE_VERBS for dep, head in heads)
        subject = any(dep in {"nsubj", "agent"} for dep, _ in heads)
        recurring = subject and m.outside_quote_mentions >= 2
        if not (m.actor or m.role or reports or recurring):
            continue
        score = m.outside_quote_mentions + 3 * m.speaker_quotes + (2 if m.actor else 0)
        score += (1 if m.role else 0) + (1 if reports else 0)
        scored.append((score, -min(m.mention_tokens), idx))
    scored.sort(reverse=True)
    people = []
    for rank, (score, _, idx) in enumerate(scored):
        m = an.cast.members[idx]
        key = rank < MAX_KEY_PEOPLE and (rank < 2 or score >= 4)
        people.append(
            Person(
                name=m.name,
                role=m.role,
                aliases=list(m.aliases),
                key=key,
                mentions=len(m.mention_tokens),
            )
        )
    return people


def _clause_role(tok: Token) -> tuple[str, Token]:
    """The dependency a name mention fills in its clause, seen through its name compounds."""
    head = tok
    while head.dep_ in {"compound", "flat", "appos"} and head.head is not head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        return "agent", head.head.head
    return head.dep_, head.head


__all__ = ["build_digest", "build_digests", "digest_from_doc", "parse"]
