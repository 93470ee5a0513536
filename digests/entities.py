"""The named entity around a token, and the entities inside a span, read locally.

spaCy's `doc.ents` builds a Span for every entity of the document on each access, and
`span.ents` goes through all of them too, so "the entity this token is in" asked once per
candidate made the extractors quadratic in the article's length (a 200 KB article spent
most of its 40 s there). The same answer is in the tokens' own IOB marks: walk from the
token to its entity's B token and on to its last I token, which costs the entity's length.

The spans returned equal the ones `doc.ents` holds (same bounds, same label).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_I, _B = 1, 3  # spaCy's ent_iob codes: 1 inside, 2 outside, 3 begins, 0 unset


def entity_at(tok: Token) -> Span | None:
    """The entity `tok` belongs to, or None."""
    if tok.ent_iob not in (_I, _B):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob == _I:
        start -= 1
    first = doc[start]
    if first.ent_iob != _B or first.ent_type == 0:
        return None
    return Span(doc, start, _entity_end(doc, start), label=first.ent_type)


def entities_in(span: Span) -> list[Span]:
    """The entities that lie wholly inside `span` (what `span.ents` returns)."""
    doc = span.doc
    found = []
    i = span.start
    while i < span.end:
        tok = doc[i]
        if tok.ent_iob == _B and tok.ent_type != 0:
            end = _entity_end(doc, i)
            if end > span.end:
                break
            found.append(Span(doc, i, end, label=tok.ent_type))
            i = end
        else:
            i += 1
    return found


def _entity_end(doc, start: int) -> int:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob == _I:
        end += 1
    return end
