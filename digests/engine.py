"""build_digest: parse once, read the article's cast and quotes, then meetings and demands."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from digests.analysis import Analysis, analyse
from digests.events.demands import extract_demands
from digests.events.meeting_scorer import shipped_scorer
from digests.events.meetings import extract_meetings
from digests.model import Digest
from digests.org_names import canonical_facts
from digests.people.ranking import rank_people
from digests.quotes.attribution import extract_quotes
from digests.text.budget import MAX_PARSE_CHARS, MAX_PARSE_TOKENS, Budgeted, within_budget
from digests.text.headline import headline_of
from digests.text.nlp import get_nlp

# Longer texts are parsed in paragraph-aligned pieces, one at a time: spaCy refuses texts
# over its max_length (1,000,000 characters), and its memory use grows with what it parses
# at once (all the pieces of a 4.9 MB text in one `nlp.pipe` batch took over 8 GB).
CHUNK_CHARS = 50_000


def build_digest(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    max_chars: int = MAX_PARSE_CHARS,
) -> Digest:
    """Digest one article's plain text (paragraphs separated by newlines). Pure: no I/O.

    At most `max_chars` characters are read (see `digests.text.budget`); a longer text is cut at
    a paragraph and the digest's `truncated_at` says where.
    """
    budgeted = budget_for(text, max_chars)
    return _digest(parse(budgeted.folded), budgeted, title=title, source=source)


def build_digests(
    texts: Iterable[str], *, batch_size: int = 8, max_chars: int = MAX_PARSE_CHARS
) -> Iterator[Digest]:
    """Digest many articles through `nlp.pipe`, for batch throughput (same budget each)."""
    nlp = get_nlp()
    short: list[Budgeted] = []

    def flush() -> Iterator[Digest]:
        docs = nlp.pipe((b.folded for b in short), batch_size=batch_size)
        yield from (_digest(d, b) for d, b in zip(docs, short, strict=True))
        short.clear()

    for text in texts:
        budgeted = budget_for(text, max_chars)
        if len(budgeted.folded) > CHUNK_CHARS:
            yield from flush()
            yield _digest(parse(budgeted.folded), budgeted)
        else:
            short.append(budgeted)
    yield from flush()


def budget_for(text: str, max_chars: int) -> Budgeted:
    """The character limit, then the token limit: a text with fewer characters than
    `MAX_PARSE_TOKENS` cannot pass it, so only long texts are tokenized twice."""
    budgeted = within_budget(text, max_chars=max_chars)
    if len(budgeted.folded) > MAX_PARSE_TOKENS:
        tokens = get_nlp().tokenizer(budgeted.folded)
        if len(tokens) > MAX_PARSE_TOKENS:
            budgeted = within_budget(text, max_chars=tokens[MAX_PARSE_TOKENS].idx)
    return budgeted


def parse(text: str) -> Doc:
    """One Doc for the whole text, however long; character offsets match the input.

    Parses the text as given: `build_digest` folds it first (`digests.text.budget.fold`).
    """
    nlp = get_nlp()
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    return Doc.from_docs(
        [nlp(chunk) for chunk in paragraph_chunks(text, CHUNK_CHARS)], ensure_whitespace=False
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


def _digest(
    doc: Doc, budgeted: Budgeted, *, title: str | None = None, source: str | None = None
) -> Digest:
    return digest_from_doc(
        doc, text=budgeted.text, truncated_at=budgeted.truncated_at, title=title, source=source
    )


def digest_from_doc(
    doc: Doc,
    *,
    text: str | None = None,
    truncated_at: int | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Digest:
    """Run every extractor over one parsed article and assemble the digest.

    `text` is the original of a folded parse (same length as `doc.text`): quotes and
    evidence are sliced from it. Each stage returns its facts; the people list is ranked
    last, from what the others found the cast doing (speaking, meeting, demanding).
    """
    an = analyse(doc, text)
    quote_facts = extract_quotes(an)
    quotes = quote_facts.quotes
    if an.headline:
        quotes = _drop_headline_repeats(quotes, an.headline_end, an.text)
    meetings = extract_meetings(an, quote_facts.discourse, shipped_scorer())
    demands = extract_demands(an, quotes, quote_facts.discourse)
    speaker_quotes = Counter(quote_facts.discourse.speakers.values())
    named = _cast_by_name(an)
    canonical_facts(an.org_names, set(named), meetings, demands, quotes)
    actors = set(speaker_quotes)
    # a meeting's first participants are those its grammar names; later ones come from its
    # clause or the sentence before and are less sure to be the story's actors
    actors |= {named[n] for m in meetings for n in m.participants[:3] if n in named}
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
        truncated_at=truncated_at,
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
