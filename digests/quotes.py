"""Quote spans -> speakers, as sieves ordered from most to least precise.

For each quote:
1. Cue verb that governs the quote in the parse (`"...," Homan said`, `X said he was
   "not happy"`), or a cue verb in the rest of the quote's sentence (`"...," sources said
   Wednesday`), or before it (`X said: "..."`), or `according to X`.
2. The cue's subject, climbing through participles and conjoined verbs
   (`..., saying that ...`, `surrounded the car and shouted: "..."`), or the name after an
   inverted cue (`said Amanda Nicholson`), or a bare name after the quote (`"...," Governor X.`).
3. The subject as a speaker: a cast member (names, surnames, "the mayor"), a pronoun
   resolved to the most salient person of matching gender, an organisation, or an anonymous
   description ("a source with knowledge of the meeting"), never a guessed person.
4. Continuation: a quote with no cue takes the speaker of the previous quote in its
   paragraph, or of the previous paragraph's quote when it opens its own paragraph.

Does NOT handle: speakers named only in a later paragraph, conversation turn-taking
between two unnamed speakers, or plural pronouns beyond a coordinated pair of names.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .analysis import Analysis
from .lexicon import CUE_VERBS, PRONOUN_GENDER, TITLE_WORDS
from .model import Quote

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "relcl", "parataxis"})
INVERTED_SPEAKER_DEPS = frozenset({"dobj", "attr", "npadvmod", "dative", "appos", "nsubj", "oprd"})
SCARE_QUOTE_CUES = frozenset({"so-called", "dubbed", "nicknamed", "titled", "called", "named"})
SINGULAR_PRONOUNS = frozenset({"he", "she"})
PLURAL_PRONOUNS = frozenset({"they"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
MAX_SCARE_QUOTE_WORDS = 3


@dataclass
class Speaker:
    name: str
    kind: str
    person: int | None = None


def extract_quotes(an: Analysis) -> list[Quote]:
    """All quotes in article order, each with its speaker or None."""
    out: list[Quote] = []
    speakers: list[Speaker | None] = []
    for qi, span in enumerate(an.quotes):
        speaker = _own_speaker(an, qi)
        partial = _is_partial(an, qi)
        if speaker is None:
            speaker = _continued_speaker(an, qi, speakers, partial)
        if speaker is None and partial and _is_scare_quote(an, qi):
            speakers.append(None)
            continue
        speakers.append(speaker)
        person = an.cast.members[speaker.person] if speaker and speaker.person is not None else None
        if person is not None:
            an.named_speakers[qi] = speaker.person
            person.speaker_quotes += 1
            person.actor = True
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
    return out


def _own_speaker(an: Analysis, qi: int) -> Speaker | None:
    for cue in _cues(an, qi):
        speaker = _speaker_of_cue(an, cue, qi)
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
    # 1. A cue verb that governs the quote's words.
    for tok in tokens:
        node = tok
        for _ in range(8):
            if node.head is node:
                break
            node = node.head
            if _is_cue(an, node) and node.i not in seen:
                seen.add(node.i)
                yield node
                break
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


def _speaker_of_cue(an: Analysis, cue: Token, qi: int) -> Speaker | None:
    if cue.lower_ == "according":
        for to in cue.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return _speaker_from_token(an, obj, qi)
        nxt = an.doc[cue.i + 2] if cue.i + 2 < len(an.doc) else None
        return _speaker_from_token(an, nxt, qi) if nxt is not None else None
    node = cue
    for _ in range(4):
        subj = next(
            (c for c in node.children if c.dep_ in SUBJECT_DEPS and not an.in_quote(c)), None
        )
        if subj is not None:
            if subj.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                return _speaker_from_token(an, node.head, qi)
            return _speaker_from_token(an, subj, qi)
        if node.dep_ not in CLIMB_DEPS or node.head is node or an.in_quote(node.head):
            break
        node = node.head
    # Inverted cue: `said Amanda Nicholson, the ...` parsed with the name as object.
    for child in cue.children:
        if child.i > cue.i and child.dep_ in INVERTED_SPEAKER_DEPS and not an.in_quote(child):
            speaker = _speaker_from_token(an, child, qi)
            if speaker is not None and (speaker.person is not None or child.pos_ == "NOUN"):
                return speaker
    for tok in an.doc[cue.i + 1 : min(cue.i + 5, len(an.doc))]:
        if an.in_quote(tok) or "\n" in tok.text:
            break
        idx = an.cast.person_at(tok)
        if idx is not None:
            return _person_speaker(an, idx, "named")
    return None


def _person_speaker(an: Analysis, idx: int, kind: str) -> Speaker:
    return Speaker(name=an.cast.members[idx].name, kind=kind, person=idx)


def _speaker_from_token(an: Analysis, tok: Token, qi: int) -> Speaker | None:
    """Turn a cue's subject into a speaker: person, pronoun, organisation or description."""
    if tok is None or an.in_quote(tok):
        return None
    idx = an.cast.person_at(tok)
    if idx is None:
        for child in tok.children:
            if child.dep_ in {"compound", "flat", "appos"} and an.cast.person_at(child) is not None:
                idx = an.cast.person_at(child)
                break
    if idx is not None:
        return _person_speaker(an, idx, "named")
    low = tok.lower_
    if tok.pos_ == "PRON":
        if low in SINGULAR_PRONOUNS:
            idx = resolve_pronoun(an, tok)
            return _person_speaker(an, idx, "pronoun") if idx is not None else None
        if low in PLURAL_PRONOUNS:
            return _resolve_plural(an, tok)
        return None
    if tok.ent_type_ in {"ORG", "NORP", "GPE"} and tok.pos_ == "PROPN":
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            name = ent.text
            for prefix in ("the ", "The "):
                name = name.removeprefix(prefix)
            return Speaker(name=name.rstrip("’'s").strip(), kind="organization")
    if tok.pos_ in {"NOUN", "PROPN", "NUM", "ADJ"}:
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        if dets & {"the", "this", "that"} and low in TITLE_WORDS:
            mods = tuple(
                c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i
            )
            idx = an.cast.by_role_noun(low, mods)
            if idx is not None:
                return _person_speaker(an, idx, "named")
        return Speaker(name=_description(an, tok), kind="anonymous")
    return None


def _description(an: Analysis, tok: Token) -> str:
    """The noun phrase of an unnamed speaker, cut before commas and relative clauses."""
    doc = an.doc
    start = tok.left_edge.i
    end = tok.i + 1
    for t in doc[tok.i + 1 : tok.right_edge.i + 1]:
        if t.text in {",", "—", "–", "(", '"', "“", "”"} or an.in_quote(t) or "\n" in t.text:
            break
        if t.dep_ in {"relcl", "appos"} or t.pos_ == "VERB" and t.dep_ not in {"acl", "amod"}:
            break
        end = t.i + 1
    while start < tok.i and (doc[start].is_punct or an.in_quote(doc[start])):
        start += 1
    return " ".join(doc[start:end].text.split())


def resolve_pronoun(an: Analysis, tok: Token) -> int | None:
    """he/she -> the most salient earlier person of compatible gender.

    Order: persons earlier in the same sentence (subjects first), the named speaker of the
    latest quote in this or the previous paragraph, then subjects and other persons of the
    three previous sentences.
    """
    gender = PRONOUN_GENDER.get(tok.lower_)
    cast = an.cast

    def fits(idx: int) -> bool:
        g = cast.members[idx].gender
        return g is None or gender is None or g == gender

    def persons_in(tokens) -> list[int]:
        subjects, others = [], []
        for t in tokens:
            idx = cast.person_at(t)
            if idx is None or an.in_quote(t) or not fits(idx):
                continue
            head = t
            while head.dep_ in {"compound", "flat", "appos"} and head.head is not head:
                head = head.head
            (subjects if head.dep_ in SUBJECT_DEPS else others).append(idx)
        return list(dict.fromkeys(subjects + others))

    sent = tok.sent
    here = persons_in(an.doc[sent.start : tok.i])
    if here:
        return here[-1] if len(here) == 1 else here[0]
    para = an.paragraph_of(tok.idx)
    for prev in reversed(range(len(an.quotes))):
        span = an.quotes[prev]
        if span.open_mark >= tok.idx:
            continue
        if an.paragraph_of(span.open_mark) < para - 1:
            break
        idx = an.named_speakers.get(prev)
        if idx is not None and fits(idx):
            return idx
        break
    sents = list(an.doc.sents)
    k = next((n for n, s in enumerate(sents) if s.start == sent.start), 0)
    for s in reversed(sents[max(0, k - 3) : k]):
        found = persons_in(s)
        if found:
            return found[0]
    return None


def _resolve_plural(an: Analysis, tok: Token) -> Speaker | None:
    """they -> a coordinated pair of persons earlier in the sentence or the one before."""
    sents = list(an.doc.sents)
    sent = tok.sent
    k = next((n for n, s in enumerate(sents) if s.start == sent.start), 0)
    for s in (an.doc[sent.start : tok.i], *reversed(sents[max(0, k - 1) : k])):
        for t in s:
            idx = an.cast.person_at(t)
            if idx is None or an.in_quote(t):
                continue
            partners = [
                an.cast.person_at(c) for c in t.conjuncts if an.cast.person_at(c) is not None
            ]
            if partners:
                # article order of first mention, so "X and Y" reads as the story introduced them
                group = sorted(
                    dict.fromkeys([idx, *partners]),
                    key=lambda i: min(an.cast.members[i].mention_tokens),
                )
                names = [an.cast.members[i].name for i in group]
                return Speaker(name=" and ".join(names), kind="pronoun", person=None)
    return None


def _bare_name_after(an: Analysis, qi: int) -> Speaker | None:
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
            return _person_speaker(an, idx, "named")
    return None


def _continued_speaker(
    an: Analysis, qi: int, speakers: list[Speaker | None], partial: bool
) -> Speaker | None:
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


def _is_partial(an: Analysis, qi: int) -> bool:
    """A fragment inside the writer's sentence, like: said he was "not happy"."""
    span = an.quotes[qi]
    para_start, _ = an.paragraph_bounds(an.paragraph_of(span.open_mark))
    before = an.text[para_start : span.open_mark].rstrip()
    if not before:
        return False
    return before[-1] not in ":,.!?" or an.text[span.start : span.start + 1].islower()


def _is_scare_quote(an: Analysis, qi: int) -> bool:
    """Short marked-off words nobody is reported as saying: the so-called "czar"."""
    span = an.quotes[qi]
    words = span.text_of(an.text).split()
    if len(words) > MAX_SCARE_QUOTE_WORDS:
        return False
    return True

