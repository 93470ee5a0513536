"""Quote spans -> quotes with speakers: the quote stage of the pipeline, top to bottom.

For each quoted span, in article order: is it a fragment of the writer's sentence
(`partial`); which party said it (`sieves.attribute`, the ordered sieves, each decision
recording its sieve and cue); is it a quote at all (`not_quotes`: scare quotes, titles,
headings, decided once the speaker is known). The discourse it leaves behind (who spoke
which quote, organisations that spoke) goes on to meetings and demands.

Does NOT handle: quotes with no quote marks, or block quotations.
"""

from __future__ import annotations

from dataclasses import dataclass

from digests.analysis import Analysis, Party
from digests.model import Attribution, Quote
from digests.parties import Discourse
from digests.quotes.not_quotes import not_a_quote
from digests.quotes.sieves import QuoteAt, attribute


@dataclass
class QuoteFacts:
    """The quotes found, and the discourse they leave behind (who spoke which quote,
    organisations that spoke) for the stages that resolve "he" or "the company" later."""

    quotes: list[Quote]
    discourse: Discourse


def extract_quotes(an: Analysis) -> QuoteFacts:
    """All quotes in article order, each with its speaker (or None) and why."""
    out: list[Quote] = []
    # (quote index, speaker) of every span kept as a quote so far: the last one is the
    # "previous quote" in one step, however many spans were dropped since
    kept: list[tuple[int, Party | None]] = []
    discourse = Discourse.of(an)
    for qi, span in enumerate(an.quotes):
        partial = is_partial(an, qi)
        decision = attribute(QuoteAt(an, qi, partial, discourse, tuple(kept)))
        speaker = decision.speaker if decision else None
        if not_a_quote(an, qi, partial, speaker):
            continue
        kept.append((qi, speaker))
        discourse.note_organisation(span.open_mark, speaker)
        person = an.cast.members[speaker.person] if speaker and speaker.person is not None else None
        if person is not None:
            discourse.speakers[qi] = speaker.person
        out.append(
            Quote(
                text=span.text_of(an.text),
                speaker=speaker.name if speaker else None,
                speaker_role=person.role if person else None,
                start=span.start,
                end=span.end,
                evidence=an.sentence_text(span.open_mark, span.close_mark),
                speaker_kind=speaker.kind if speaker else None,
                partial=partial,
                speakers=list(speaker.members) if speaker and speaker.members else None,
                attribution=Attribution(decision.sieve, decision.cue) if decision else None,
            )
        )
    return QuoteFacts(quotes=out, discourse=discourse)


def is_partial(an: Analysis, qi: int) -> bool:
    """A fragment inside the writer's sentence, like: said he was "not happy"."""
    span = an.quotes[qi]
    para_start, _ = an.paragraph_bounds(an.paragraph_of(span.open_mark))
    before = an.text[para_start : span.open_mark].rstrip()
    if not before:
        return False
    return before[-1] not in ":,.!?" or an.text[span.start : span.start + 1].islower()
