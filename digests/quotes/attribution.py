"""Quote spans -> speakers, as sieves ordered from most to least precise.

For each quote:
1. Its own sentence (speaker_cues.py): a cue verb governing the quote, a cue after or before
   it, `according to X`, a clause ending in a colon before it; failing those, any verb whose
   that-clause holds the quote, a speech noun with an owner (`Okonjo's "..." pledge`); or a
   bare name after a full quote (`"...," Governor X.`).
2. The subject as a speaker (speaker_subjects.py, parties.py): a cast member (names,
   surnames, "the mayor", an epithet for the person just named), a pronoun resolved by
   salience and gender, an organisation, or an anonymous description ("a person close to
   the inquiry"), never a guessed person.
3. Paragraph context (speaker_context.py), for a quote its sentence does not attribute: the
   clause ending the previous paragraph with a colon (`X said in a statement:`, `He listed
   the tests:`); the previous quote in its paragraph; for a quote opening its paragraph, the
   previous paragraph's quote, else the one person that quote-free paragraph made its
   subject, else the group whose words it last reported; a trailing `..., he said.` later
   in its own paragraph.
A statement, memo or report "says" for whoever issued it. Not quotes: short fragments
nobody is reported as saying (scare quotes), titles of works (`on "Meet the Press"`,
`"Evening Ledger" columnist`) and quote headings in capitals.

Does NOT handle: speakers named only in a later paragraph, conversation turn-taking
between two unnamed speakers, transcript labels inside a quote (`"SMITH: ..."`), or plural
pronouns beyond a coordinated pair of names.
"""

from __future__ import annotations

from dataclasses import dataclass

from digests.analysis import Analysis, Party
from digests.model import Quote
from digests.parties import Discourse, person_party
from digests.quotes.context import (
    colon_paragraph_speaker,
    introduced_speaker,
    later_cue_speaker,
    opens_paragraph,
)
from digests.quotes.cues import colon_clause_speaker, own_speaker, owned_label_speaker
from digests.quotes.subjects import SPEECH_NOUNS

SCARE_QUOTE_CUES = frozenset({"so-called", "dubbed", "nicknamed", "titled", "named"})
SMALL_TITLE_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "with", "&"}
)
# What stands before a title of a work: `on "Meet the Press"`, `ABC's "This Week"`,
# `his book "The Long Road"`, `told "Morning Edition"`.
TITLE_LEAD_POS = frozenset({"ADP", "NOUN", "PROPN", "PART"})
MAX_SCARE_QUOTE_WORDS = 3
MAX_TITLE_WORDS = 8
# "Title" lead words are looked for past at most this many quotes set side by side
MAX_SKIPPED_QUOTES = 8


@dataclass
class QuoteFacts:
    """The quotes found, and the discourse they leave behind (who spoke which quote,
    organisations that spoke) for the stages that resolve "he" or "the company" later."""

    quotes: list[Quote]
    discourse: Discourse


def extract_quotes(an: Analysis) -> QuoteFacts:
    """All quotes in article order, each with its speaker or None."""
    out: list[Quote] = []
    # (quote index, speaker) of every span kept as a quote so far: the last one is the
    # "previous quote" in one step, however many spans were dropped since
    kept: list[tuple[int, Party | None]] = []
    discourse = Discourse.of(an)
    for qi, span in enumerate(an.quotes):
        partial = _is_partial(an, qi)
        speaker = _sentence_speaker(an, qi, partial, discourse)
        if speaker is None:
            speaker = _continued_speaker(an, qi, kept, partial, discourse)
        if _not_a_quote(an, qi, partial, speaker):
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
            )
        )
    return QuoteFacts(quotes=out, discourse=discourse)


def _sentence_speaker(an: Analysis, qi: int, partial: bool, discourse: Discourse) -> Party | None:
    """The speaker the quote's own sentence gives: a cue, a colon clause, a bare name."""
    speaker = own_speaker(an, qi, discourse)
    if speaker is None:
        speaker = _colon_before(an, qi, discourse)
    if speaker is None and not partial:
        speaker = _bare_name_after(an, qi)
    if speaker is None and partial:
        speaker = owned_label_speaker(an, qi, discourse)
    return speaker


def _colon_before(an: Analysis, qi: int, discourse: Discourse) -> Party | None:
    """`Okonjo's answer to the panel was short: "..."`: the clause before the colon."""
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return None
    j = tokens[0].i - 1
    while j >= 0 and an.token_quote[j] == an.token_quote[tokens[0].i]:
        j -= 1
    if j < 0 or an.doc[j].text != ":" or "\n" in an.text[an.doc[j].idx : tokens[0].idx]:
        return None
    # the clause the colon ends, whether or not the parser ended the sentence there
    return colon_clause_speaker(an, an.doc[an.doc[j].sent.start : j], discourse)


def _not_a_quote(an: Analysis, qi: int, partial: bool, speaker: Party | None) -> bool:
    """Scare quotes nobody is said to have said, labels after `so-called`, titles of works."""
    if _is_crosshead(an, qi) or _is_title_modifier(an, qi):
        return True
    if not partial:
        return False
    if _is_title_of_work(an, qi):
        return True
    return _is_scare_quote(an, qi) and (speaker is None or _follows_naming_word(an, qi))


def _bare_name_after(an: Analysis, qi: int) -> Party | None:
    """`"...," Governor Halvorsen.`: a short fragment after the quote that is only a name."""
    tokens = an.quote_tokens(qi)
    doc = an.doc
    i = tokens[-1].i + 1
    window = []
    while i < len(doc) and len(window) < 6:
        tok = doc[i]
        if an.token_quote[i] == qi:
            i += 1
            continue
        if "\n" in tok.text or an.in_quote(tok) or tok.text in {".", "!", "?"}:
            break
        window.append(tok)
        i += 1
    if window and not any(t.pos_ in {"VERB", "AUX"} for t in window):
        idx = an.cast.person_in(window)
        if idx is not None:
            return person_party(an, idx, "named")
    return None


def _continued_speaker(
    an: Analysis,
    qi: int,
    kept: list[tuple[int, Party | None]],
    partial: bool,
    discourse: Discourse,
) -> Party | None:
    """A quote its own sentence leaves open: the paragraphs around it decide."""
    introduced = colon_paragraph_speaker(an, qi, discourse)
    if introduced is not None:
        return introduced
    previous = _previous_quote_speaker(an, qi, kept, partial)
    if previous is not None:
        return previous
    later = later_cue_speaker(an, qi, discourse)
    if later is not None:
        return later
    if partial:
        return None
    return introduced_speaker(an, qi, discourse)


def _previous_quote_speaker(
    an: Analysis, qi: int, kept: list[tuple[int, Party | None]], partial: bool
) -> Party | None:
    """The previous quote's speaker, in this paragraph or (for a quote that opens its
    paragraph) in the paragraph just before."""
    if not kept or kept[-1][1] is None:
        return None
    last, speaker = kept[-1]
    span, prev = an.quotes[qi], an.quotes[last]
    para, prev_para = an.paragraph_of(span.open_mark), an.paragraph_of(prev.open_mark)
    if para == prev_para:
        return speaker
    if partial or para != prev_para + 1 or not opens_paragraph(an, qi):
        return None
    return speaker


def _is_partial(an: Analysis, qi: int) -> bool:
    """A fragment inside the writer's sentence, like: said he was "not happy"."""
    span = an.quotes[qi]
    para_start, _ = an.paragraph_bounds(an.paragraph_of(span.open_mark))
    before = an.text[para_start : span.open_mark].rstrip()
    if not before:
        return False
    return before[-1] not in ":,.!?" or an.text[span.start : span.start + 1].islower()


def _is_scare_quote(an: Analysis, qi: int) -> bool:
    """Marked-off words nobody is reported as saying: the so-called "czar", a film title
    ("The Long Way Home"), a short label."""
    words = an.quotes[qi].text_of(an.text).strip(" ,.").split()
    if len(words) <= MAX_SCARE_QUOTE_WORDS:
        return True
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "with"}
    return all(w[:1].isupper() or w.lower() in small for w in words) and len(words) <= 12


def _is_title_of_work(an: Analysis, qi: int) -> bool:
    """`on "Meet the Press"`, `his book "The Long Road"`: capitalised words set off after a
    preposition, possessive or noun name a work or a programme, not something said."""
    words = an.quotes[qi].text_of(an.text).strip(" ,.").split()
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    if not all(w[:1].isupper() or w.lower() in SMALL_TITLE_WORDS for w in words):
        return False
    if words[0].isupper() and len(words) > 1:
        return False  # shouted capitals, not a title
    j = an.quote_tokens(qi)[0].i - 1
    skipped = 0  # quotes run together ('"a" "b" "c" ...'): a lead is not looked for past a few
    while j >= 0 and (an.token_quote[j] >= 0 or an.doc[j].is_space):
        if an.token_quote[j] >= 0 and (j == 0 or an.token_quote[j - 1] != an.token_quote[j]):
            skipped += 1
            if skipped > MAX_SKIPPED_QUOTES:
                return False
        j -= 1
    if j < 0:
        return False
    lead = an.doc[j]
    if lead.lemma_.lower() in SPEECH_NOUNS:
        return False  # `the slogan "Build The Bridge Now"`: words someone says
    return lead.pos_ in TITLE_LEAD_POS or lead.lemma_.lower() == "tell"


def _is_title_modifier(an: Analysis, qi: int) -> bool:
    """`"Evening Ledger" columnist Tamsin Oduya`: capitalised words naming the noun after them."""
    words = an.quotes[qi].text_of(an.text).strip(" ,.").split()
    if len(words) < 2 or len(words) > MAX_TITLE_WORDS:
        return False
    if not all(w[:1].isupper() or w.lower() in SMALL_TITLE_WORDS for w in words):
        return False
    after = an.doc.char_span(an.quotes[qi].close_mark, an.quotes[qi].close_mark + 1, "expand")
    k = after[-1].i + 1 if after is not None else len(an.doc)
    return (
        k < len(an.doc)
        and an.doc[k].pos_ == "NOUN"
        and an.doc[k].is_lower
        and an.doc[k].lemma_ not in SPEECH_NOUNS
    )


def _is_crosshead(an: Analysis, qi: int) -> bool:
    """A paragraph that is only a quote in capitals is a heading repeating a quote."""
    span = an.quotes[qi]
    start, end = an.paragraph_bounds(an.paragraph_of(span.open_mark))
    words = span.text_of(an.text).split()
    if len(words) < 2 or not span.text_of(an.text).isupper():
        return False
    return (
        not an.text[start : span.open_mark].strip()
        and not an.text[span.close_mark + 1 : end].strip()
    )


def _follows_naming_word(an: Analysis, qi: int) -> bool:
    """`the so-called "Border Czar"`: a name or label, not something anyone said."""
    before = an.text[max(0, an.quotes[qi].open_mark - 20) : an.quotes[qi].open_mark].split()
    return bool(before) and before[-1].lower() in SCARE_QUOTE_CUES
