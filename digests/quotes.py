"""Quote spans -> speakers, as sieves ordered from most to least precise.

For each quote:
1. Cue verb that governs the quote in the parse (`"...," Homan said`, `X said he was
   "not happy"`), or a cue verb in the rest of the quote's sentence (`"...," sources said
   Wednesday`), or before it (`X said: "..."`), or `according to X`; failing those, any
   verb whose that-clause holds the quote (`Hale shot back that ... "a fresh start"`).
2. The cue's subject, climbing through participles and conjoined verbs
   (`..., saying that ...`, `surrounded the car and shouted: "..."`), or the name after an
   inverted cue (`said Amanda Nicholson`), or a bare name after the quote (`"...," Governor X.`).
3. The subject as a speaker: a cast member (names, surnames, "the mayor"), a pronoun
   resolved to the most salient person of matching gender, an organisation, or an anonymous
   description ("a source with knowledge of the meeting"), never a guessed person.
4. Continuation: a quote with no cue takes the speaker of the previous quote in its
   paragraph, or of the previous paragraph's quote when it opens its own paragraph, or of
   the cue in a previous paragraph that ends with a colon (`X said in a statement:`).
A statement, memo or report "says" for whoever issued it; short or title-cased fragments
nobody is reported as saying (scare quotes, titles of works) are not quotes.

Does NOT handle: speakers named only in a later paragraph, conversation turn-taking
between two unnamed speakers, or plural pronouns beyond a coordinated pair of names.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .analysis import Analysis, Party
from .lexicon import CUE_VERBS
from .model import Quote
from .parties import SUBJECT_DEPS, Discourse, party_of, person_party

CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "relcl", "parataxis"})
INVERTED_SPEAKER_DEPS = frozenset({"dobj", "attr", "npadvmod", "dative", "appos", "nsubj", "oprd"})
SCARE_QUOTE_CUES = frozenset({"so-called", "dubbed", "nicknamed", "titled", "named"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
MAX_SCARE_QUOTE_WORDS = 3


@dataclass
class QuoteFacts:
    """The quotes found, and the discourse they leave behind (who spoke which quote,
    organisations that spoke) for the stages that resolve "he" or "the company" later."""

    quotes: list[Quote]
    discourse: Discourse


def extract_quotes(an: Analysis) -> QuoteFacts:
    """All quotes in article order, each with its speaker or None."""
    out: list[Quote] = []
    speakers: list[Party | None] = []
    discourse = Discourse.of(an)
    for qi, span in enumerate(an.quotes):
        speaker = _own_speaker(an, qi, discourse)
        partial = _is_partial(an, qi)
        if speaker is None:
            speaker = _continued_speaker(an, qi, speakers, partial, discourse)
        scare = partial and _is_scare_quote(an, qi)
        if scare and (speaker is None or _follows_naming_word(an, qi)):
            speakers.append(None)
            continue
        speakers.append(speaker)
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


def _own_speaker(an: Analysis, qi: int, discourse: Discourse) -> Party | None:
    for cue in _cues(an, qi):
        speaker = _speaker_of_cue(an, cue, discourse)
        if speaker is not None:
            return speaker
    return _bare_name_after(an, qi)


def _is_cue(an: Analysis, tok: Token) -> bool:
    return (
        tok.lemma_.lower() in CUE_VERBS
        and tok.pos_ in {"VERB", "AUX"}
        and not an.in_quote(tok)
        and "\n" not in tok.text
    )


def _cues(an: Analysis, qi: int):
    """Candidate cue tokens for quote qi, most reliable first."""
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return
    seen: set[int] = set()
    reporters: list[Token] = []
    # 1. A cue verb that governs the quote's words.
    for tok in tokens:
        node = tok
        for _ in range(8):
            if node.head is node:
                break
            child, node = node, node.head
            if _is_cue(an, node) and node.i not in seen:
                seen.add(node.i)
                yield node
                break
            if _reports_clause(an, node, child):
                reporters.append(node)
    doc = an.doc
    sent_end = tokens[-1].sent.end
    # 2. Cue verbs after the quote, up to the sentence end or the next quote.
    i = tokens[-1].i + 1
    while i < len(doc) and i < sent_end + 1:
        tok = doc[i]
        if "\n" in tok.text or (an.token_quote[i] >= 0 and an.token_quote[i] != qi):
            break
        if _is_cue(an, tok) and tok.i not in seen:
            seen.add(tok.i)
            yield tok
        if tok.lower_ == "according" and tok.i not in seen:
            seen.add(tok.i)
            yield tok
        if tok.is_sent_end and tok.i > tokens[-1].i + 1:
            break
        i += 1
    # 3. Cue verbs before the quote in its sentence, nearest first.
    sent_start = tokens[0].sent.start
    j = tokens[0].i - 1
    while j >= sent_start:
        tok = doc[j]
        if an.token_quote[j] >= 0 and an.token_quote[j] != qi:
            break
        if (_is_cue(an, tok) or tok.lower_ == "according") and tok.i not in seen:
            seen.add(tok.i)
            yield tok
        j -= 1
    # 4. Any verb whose that-clause holds the quote: 'Hale shot back that the state
    #    needed "a fresh start"' reports speech with a verb no list can foresee.
    for node in reporters:
        if node.i not in seen:
            seen.add(node.i)
            yield node


def _reports_clause(an: Analysis, verb: Token, clause: Token) -> bool:
    return (
        verb.pos_ == "VERB"
        and clause.dep_ == "ccomp"
        and not an.in_quote(verb)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _speaker_of_cue(an: Analysis, cue: Token, discourse: Discourse) -> Party | None:
    if cue.lower_ == "according":
        for to in cue.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return party_of(an, obj, discourse=discourse)
        nxt = an.doc[cue.i + 2] if cue.i + 2 < len(an.doc) else None
        return party_of(an, nxt, discourse=discourse) if nxt is not None else None
    node = cue
    for _ in range(4):
        subj = next(
            (c for c in node.children if c.dep_ in SUBJECT_DEPS and not an.in_quote(c)), None
        )
        if subj is not None:
            if subj.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                return party_of(an, node.head, discourse=discourse)
            return party_of(an, subj, discourse=discourse)
        if node.dep_ not in CLIMB_DEPS or node.head is node or an.in_quote(node.head):
            break
        node = node.head
    # Inverted cue: `said Amanda Nicholson, the ...` parsed with the name as object.
    for child in cue.children:
        if child.i > cue.i and child.dep_ in INVERTED_SPEAKER_DEPS and not an.in_quote(child):
            speaker = party_of(an, child, discourse=discourse)
            if speaker is not None and (speaker.person is not None or child.pos_ == "NOUN"):
                return speaker
    for tok in an.doc[cue.i + 1 : min(cue.i + 5, len(an.doc))]:
        if an.in_quote(tok) or "\n" in tok.text:
            break
        idx = an.cast.person_at(tok)
        if idx is not None:
            return person_party(an, idx, "named")
    return None


def _bare_name_after(an: Analysis, qi: int) -> Party | None:
    """`"...," Governor Fallin.`: a short fragment after the quote that is only a name."""
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
    an: Analysis, qi: int, speakers: list[Party | None], partial: bool, discourse: Discourse
) -> Party | None:
    introduced = _introduced_by_previous_paragraph(an, qi, discourse)
    if introduced is not None:
        return introduced
    if qi == 0 or speakers[qi - 1] is None:
        return None
    span, prev = an.quotes[qi], an.quotes[qi - 1]
    para, prev_para = an.paragraph_of(span.open_mark), an.paragraph_of(prev.open_mark)
    if para == prev_para:
        return speakers[qi - 1]
    if partial or para != prev_para + 1:
        return None
    start, _ = an.paragraph_bounds(para)
    if an.text[start : span.open_mark].strip():
        return None
    return speakers[qi - 1]


def _introduced_by_previous_paragraph(an: Analysis, qi: int, discourse: Discourse) -> Party | None:
    """'The mayor said in a statement:' then the quote as its own paragraph."""
    span = an.quotes[qi]
    para = an.paragraph_of(span.open_mark)
    start, _ = an.paragraph_bounds(para)
    if para == 0 or an.text[start : span.open_mark].strip():
        return None
    prev_start, prev_end = an.paragraph_bounds(para - 1)
    if not an.text[prev_start:prev_end].rstrip().endswith(":"):
        return None
    last = an.doc.char_span(prev_start, prev_end, alignment_mode="contract")
    if last is None or not len(last):
        return None
    for tok in reversed(list(last[-1].sent)):
        if _is_cue(an, tok):
            return _speaker_of_cue(an, tok, discourse)
    return None


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


def _follows_naming_word(an: Analysis, qi: int) -> bool:
    """`the so-called "Border Czar"`: a name or label, not something anyone said."""
    before = an.text[max(0, an.quotes[qi].open_mark - 20) : an.quotes[qi].open_mark].split()
    return bool(before) and before[-1].lower() in SCARE_QUOTE_CUES
