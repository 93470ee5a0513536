"""build_digest: parse once, read the article's cast and quotes, then meetings and demands."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from .analysis import Analysis, analyse
from .demands import extract_demands
from .headline import headline_of
from .meetings import extract_meetings
from .model import Digest
from .nlp import get_nlp
from .people import rank_people
from .quotes import extract_quotes

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
    """Run every extractor over one parsed article and assemble the digest.

    Each stage returns its facts; the people list is ranked last, from what the others
    found the cast doing (speaking, meeting, demanding).
    """
    an = analyse(doc)
    quote_facts = extract_quotes(an)
    quotes = quote_facts.quotes
    if an.headline:
        quotes = _drop_headline_repeats(quotes, an.headline_end, an.text)
    meetings = extract_meetings(an, quote_facts.discourse)
    demands = extract_demands(an, quotes, quote_facts.discourse)
    speaker_quotes = Counter(quote_facts.discourse.speakers.values())
    named = _cast_by_name(an)
    actors = set(speaker_quotes)
    actors |= {named[n] for m in meetings for n in m.participants if n in named}
    actors |= {named[n] for d in demands for n in (d.by, d.of) if n in named}
    return Digest(
        title=title or an.headline,
        source=source,
        people=rank_people(
            an.cast,
            doc,
            an.quote_mask,
            actors=actors,
            speaker_quotes=speaker_quotes,
            body_start=an.body_start,
        ),
        meetings=meetings,
        demands=demands,
        quotes=quotes,
    )


def _cast_by_name(an: Analysis) -> dict[str, int]:
    """Canonical name -> cast index, for reading the extractors' facts back onto the cast."""
    return {m.name: i for i, m in enumerate(an.cast.members)}


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


__all__ = ["build_digest", "build_digests", "digest_from_doc", "headline_of", "parse"]
