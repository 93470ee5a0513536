"""One parsed article with the indexes every extractor needs, computed once.

Extractors share this rather than each re-deriving paragraphs, quote masks or the cast:
the speed target (digest time within 1.2x a bare spaCy parse) leaves no room for
repeated passes over the Doc. It is read-only once `analyse` returns: extractors return
their facts rather than writing them here, so each stage can be read and tested alone.

`Party` lives here, beside the analysis it indexes into, so that `parties` (which resolves
tokens to parties) and every extractor can share it without an import circle.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from digests.lexicon import POSSESSIVE_MARKS
from digests.org_names import OrganisationNames, organisation_names
from digests.people.cast import Cast, build_cast
from digests.quotes.spans import QuoteSpan, find_quote_spans
from digests.text.headline import headline_of


@dataclass(frozen=True)
class Party:
    """A named or described participant; `person` indexes the cast when it is a person."""

    name: str
    kind: str  # named | pronoun | organization | anonymous
    person: int | None = None
    # Several people speaking as one ("Senators A, B and C wrote"): each name, in the order
    # given (`name` lists them all); empty for a single party.
    members: tuple[str, ...] = ()


@dataclass
class Analysis:
    """The parse of one article and its indexes: quote marks, paragraphs, sentences, cast."""

    doc: Doc
    # the original text (doc.text, or the text a folded parse was folded from: the same
    # length), kept: spaCy rebuilds doc.text on every access; output is sliced from it
    text: str
    quotes: list[QuoteSpan]
    token_quote: list[int]  # quote index per token (marks included), -1 outside quotes
    quote_mask: list[bool]  # per token: inside a quote (the same facts, as the cast wants them)
    paragraph_starts: list[int]  # character offsets where paragraphs begin
    # token text -> the indexes of the tokens with that text, in order: "where else does
    # this word occur" without a pass over the whole Doc each time
    token_positions: dict[str, list[int]] = field(default_factory=dict)
    cast: Cast = field(init=False)
    sents: list[Span] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)  # first token of each sentence
    # (char offset, Party) of organisations that act as subjects, in article order
    organisations: tuple[tuple[int, Party], ...] = ()
    # each organisation's fullest name in the article, its acronyms and short forms linked
    org_names: OrganisationNames = field(default_factory=OrganisationNames)
    headline: str | None = None
    headline_end: int = 0  # characters of a leading headline line (0 when there is none)
    body_start: int = 0  # first token after the headline

    def in_quote(self, tok: Token | int) -> bool:
        return self.token_quote[tok if isinstance(tok, int) else tok.i] >= 0

    def sentence_number(self, tok: Token) -> int:
        return bisect.bisect_right(self.sent_starts, tok.i) - 1

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    def paragraph_bounds(self, index: int) -> tuple[int, int]:
        start = self.paragraph_starts[index]
        if index + 1 < len(self.paragraph_starts):
            end = self.paragraph_starts[index + 1] - 1
        else:
            end = len(self.text)
        return start, end

    def quote_tokens(self, q: int) -> Span:
        span = self.quotes[q]
        return self.doc.char_span(span.start, span.end, alignment_mode="expand")

    def after_quote(self, q: int) -> int | None:
        """The index of the first token past quote q's closing mark, or None when the quote
        covers no token. Sieves that read what follows a quote (a signature line, a
        stranded `Ruiz said.`) start here, so they agree on where the quote stops."""
        tokens = self.quote_tokens(q)
        if tokens is None or not len(tokens):
            return None
        i = tokens[-1].i + 1
        while i < len(self.doc) and self.token_quote[i] == q:
            i += 1
        return i

    def sentence_of(self, tok: Token) -> str:
        """A token's sentence as the original text has it, for evidence."""
        sent = tok.sent
        return self.text[sent.start_char : sent.end_char].strip()

    def sentence_text(self, start_char: int, end_char: int) -> str:
        """The sentence(s) covering a character range, for evidence."""
        first = self.doc.char_span(start_char, max(start_char + 1, end_char), "expand")
        if first is None or not len(first):
            return ""
        s = first[0].sent.start_char
        e = first[-1].sent.end_char
        return self.text[s:e].strip()


# Words that turn a body's name into its building: "Acme Headquarters" is where Acme sits.
BUILDING_WORDS = frozenset({"headquarters", "hq", "building", "campus", "premises", "compound"})
POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")  # longest first: "'s" before "'"


def strip_possessive(name: str) -> str:
    """'the union's' -> 'the union': a name as a digest shows it, without the possessive."""
    name = name.strip()
    for suffix in POSSESSIVE_ENDINGS:
        if name.endswith(suffix):
            return name[: -len(suffix)].strip()
    return name


def organisation_name(span: Span) -> str:
    """How a digest names an organisation the model found: no leading 'the' or trailing
    possessive, a union local's number kept ("Local 100", which the model often leaves
    outside), and its building dropped ("the Food Authority Headquarters")."""
    doc = span.doc
    start, end = span.start, span.end
    if end < len(doc) and doc[end].is_digit and doc[end].head.i in range(start, end):
        end += 1
    while end - start > 1 and doc[end - 1].lower_ in BUILDING_WORDS:
        end -= 1
    while end - start > 1 and doc[end - 1].text in POSSESSIVE_MARKS:
        end -= 1
    while end - start > 1 and doc[end - 1].pos_ in {"ADP", "CCONJ", "DET"}:
        end -= 1  # "Nadia Petrov of": the model ran the name into the phrase after it
    name = doc[start:end].text.strip()
    for prefix in ("the ", "The "):
        name = name.removeprefix(prefix)
    return strip_possessive(name)


def organisation_subjects(
    doc: Doc, names: OrganisationNames | None = None
) -> tuple[tuple[int, Party], ...]:
    """Organisations that act in the story (subjects of a verb), for 'the company' later,
    each by its fullest name in the article."""
    names = names or OrganisationNames()
    found = []
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.root.dep_ in {"nsubj", "nsubjpass"}:
            name = names.with_acronym(organisation_name(ent))
            found.append((ent.start_char, Party(name=name, kind="organization")))
    return tuple(found)


def analyse(doc: Doc, text: str | None = None) -> Analysis:
    """Index a parsed article once for every extractor.

    `text` is the original when `doc` parsed a folded copy (`digests.text.budget.fold`): quote
    marks are paired in the folded text, so a folded run of marks pairs nothing, while
    every slice the digest shows comes from the original.
    """
    parsed = doc.text
    text = parsed if text is None else text
    if len(text) != len(parsed):
        raise ValueError("the original text must have the parsed text's length")
    quotes = find_quote_spans(parsed)
    token_quote = [-1] * len(doc)
    if quotes:
        bounds = [(q.open_mark, q.close_mark + 1) for q in quotes]
        starts = [b[0] for b in bounds]
        for tok in doc:
            k = bisect.bisect_right(starts, tok.idx) - 1
            if k >= 0 and tok.idx < bounds[k][1]:
                token_quote[tok.i] = k
    paragraph_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    token_positions: dict[str, list[int]] = {}
    for tok in doc:
        token_positions.setdefault(tok.text, []).append(tok.i)
    analysis = Analysis(
        doc=doc,
        text=text,
        quotes=quotes,
        token_quote=token_quote,
        quote_mask=[q >= 0 for q in token_quote],
        paragraph_starts=paragraph_starts,
        token_positions=token_positions,
    )
    analysis.org_names = organisation_names(doc)
    analysis.organisations = organisation_subjects(doc, analysis.org_names)
    analysis.sents = list(doc.sents)
    analysis.sent_starts = [s.start for s in analysis.sents]
    analysis.cast = build_cast(doc, analysis.quote_mask)
    analysis.headline = headline_of(text)
    if analysis.headline:
        analysis.headline_end = len(analysis.headline)
        analysis.body_start = next((t.i for t in doc if t.idx >= analysis.headline_end), len(doc))
    return analysis
