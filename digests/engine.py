"""build_digest: run the pipeline once and hand the parsed Doc to each extractor."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from .model import Digest
from .nlp import get_nlp


def build_digest(text: str, *, title: str | None = None, source: str | None = None) -> Digest:
    """Digest one article's plain text (paragraphs separated by newlines). Pure: no I/O."""
    return digest_from_doc(get_nlp()(text), title=title, source=source)


def build_digests(texts: Iterable[str], *, batch_size: int = 8) -> Iterator[Digest]:
    """Digest many articles through `nlp.pipe`, for batch throughput."""
    for doc in get_nlp().pipe(texts, batch_size=batch_size):
        yield digest_from_doc(doc)


def digest_from_doc(doc: Doc, *, title: str | None = None, source: str | None = None) -> Digest:
    return Digest(title=title, source=source)
