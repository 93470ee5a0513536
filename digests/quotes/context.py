"""Speakers from the paragraphs around a quote its own sentence does not attribute.

Split from quotes.py, which owns the sentence-level sieves: these read neighbouring
paragraphs and sentences, so they are the least precise and run last.

- A paragraph ending in a colon introduces the quote paragraph after it: its cue's speaker
  (`The mayor wrote to residents:`), the subject of its verb (`She named three conditions:`),
  or a transcript noun (`The full transcript reads:`).
- A quote paragraph after a paragraph with no quote at all takes the one person that
  paragraph made the subject of its main clauses, when that person is reported there as
  saying or arguing something (`She says the ferry ...`) or already spoke an earlier
  quote: newswire names the speaker in a setting paragraph and then gives the quote on its
  own. Not when the person only did something there (`She was arrested`), when the quote
  names that person or speaks of a he/she (then it is most likely about them, from someone
  else), nor when another voice (critics, officials, an organisation) is a subject there
  too. Failing a person, the group or body whose words the paragraph's last sentence
  reported (`The beekeepers say the spraying ...`), when no other named party follows it.
- A quote its sentence leaves open takes the speaker of a later `..., he said.` in the same
  paragraph, when no other quote comes between and the attribution trails what it reports
  (`Talks were "productive." Nothing was settled, he said.`); `Critics said ...` opening a
  sentence is a new voice, not an attribution.

Does NOT handle: a setting paragraph that names two people as subjects (no guess is made),
or speakers named only after the quote's paragraph.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from digests.analysis import Analysis, Party
from digests.lexicon import ANONYMOUS_NOUNS
from digests.parties import SUBJECT_DEPS, Discourse, party_of
from digests.quotes.colons import colon_clause_speaker
from digests.quotes.cue_speakers import speaker_of_cue
from digests.quotes.cues import is_cue

# Verbs of stating or arguing the cue lists lack: with one of these (or a cue) a setting
# paragraph reports its subject's view, so the quote after it is likely that person's.
STATING_VERBS = frozenset(
    "express voice reason object protest hint indicate outline detail recount".split()
)
# Human nouns that, as a subject, bring another voice into a paragraph.
OTHER_VOICES = ANONYMOUS_NOUNS | {
    "critic",
    "opponent",
    "supporter",
    "rival",
    "skeptic",
    "sceptic",
    "advocate",
    "activist",
    "lawmaker",
    "expert",
    "economist",
    "lawyer",
    "attorney",
    "prosecutor",
}
THIRD_PERSON_SINGULAR = frozenset({"he", "she", "him", "his", "her", "hers"})


def opens_paragraph(an: Analysis, qi: int) -> bool:
    """Nothing but whitespace stands between the paragraph start and the quote mark."""
    span = an.quotes[qi]
    start, _ = an.paragraph_bounds(an.paragraph_of(span.open_mark))
    return not an.text[start : span.open_mark].strip()


def _paragraph_span(an: Analysis, para: int) -> Span | None:
    start, end = an.paragraph_bounds(para)
    span = an.doc.char_span(start, end, alignment_mode="contract")
    return span if span is not None and len(span) else None


def colon_paragraph_speaker(an: Analysis, qi: int, discourse: Discourse) -> Party | None:
    """`The mayor said in a statement:` then the quote as its own paragraph."""
    para = an.paragraph_of(an.quotes[qi].open_mark)
    if para == 0 or not opens_paragraph(an, qi):
        return None
    prev_start, prev_end = an.paragraph_bounds(para - 1)
    if not an.text[prev_start:prev_end].rstrip().endswith(":"):
        return None
    last = _paragraph_span(an, para - 1)
    if last is None:
        return None
    sent = last[-1].sent
    clause = an.doc[max(sent.start, last.start) : last.end]
    return colon_clause_speaker(an, clause, discourse)


def introduced_speaker(an: Analysis, qi: int, discourse: Discourse) -> Party | None:
    """A quote paragraph after a quote-free paragraph: the one person it made its subject,
    reported there as stating something or already a speaker of an earlier quote."""
    para = an.paragraph_of(an.quotes[qi].open_mark)
    if para == 0 or not opens_paragraph(an, qi):
        return None
    prev = _paragraph_span(an, para - 1)
    if prev is None or any(an.in_quote(t) for t in prev):
        return None
    found: dict[int, Party] = {}
    stated: set[int] = set()
    other_voice = False
    for sent in prev.sents:
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None:
            continue
        if subj.lemma_.lower() in OTHER_VOICES or subj.ent_type_ == "ORG":
            other_voice = True  # "Critics were unmoved": another voice in the paragraph
            continue
        named = {an.cast.person_at(t) for t in subj.subtree} - {None}
        if len(named) > 1:
            return None  # "Pruitt, Corwin and Brisco argued ...": no one speaker
        for tok in (subj, *subj.conjuncts):
            party = party_of(an, tok, discourse=discourse)
            if party is not None and party.person is not None:
                found[party.person] = party
                if _states(an, root):
                    stated.add(party.person)
            elif tok is not subj:
                return None  # "Pruitt and the union ...": more than one party
    if not found:
        return _reporting_group(an, prev, discourse)
    if len(found) != 1 or other_voice:
        return None
    party = next(iter(found.values()))
    if party.person not in stated and party.person not in discourse.speakers.values():
        return None  # `Brisco sailed at dawn.`: what he did, not what he said
    return None if _talks_about(an, qi, party) else party


def sentence_before_speaker(an: Analysis, qi: int, discourse: Discourse) -> Party | None:
    """`Okonjo touted her record. "We built the bridge."`: a quoted sentence inside a
    paragraph, after a quote-free sentence that reports a person or organisation stating
    something, is theirs, unless it names them or speaks of a he/she (then it is about
    them)."""
    span = an.quotes[qi]
    start, _ = an.paragraph_bounds(an.paragraph_of(span.open_mark))
    before = an.text[start : span.open_mark].rstrip()
    if not before or before[-1] not in ".!?":
        return None
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return None
    j = tokens[0].i - 1
    while j >= 0 and (an.in_quote(j) and an.token_quote[j] == qi or an.doc[j].is_space):
        j -= 1
    if j < 0 or an.in_quote(j):
        return None
    sent = an.doc[j].sent
    first = j
    while first > sent.start and an.doc[first - 1].idx >= start:
        first -= 1  # the sentence, within this paragraph
    clause = an.doc[first : j + 1]
    if any(an.in_quote(t) for t in clause):
        return None
    inside = range(clause.start, clause.end)
    root = next(
        (
            t
            for t in clause
            if (t.head.i == t.i or t.head.i not in inside) and t.pos_ in {"VERB", "AUX"}
        ),
        None,
    )
    if root is None or not _states(an, root):
        return None  # `Marchetti waited. "Who signed it?"`: what she did, not said
    party = speaker_of_cue(an, root, discourse)
    if party is None or party.person is None and party.kind != "organization":
        return None
    return None if party.person is not None and _talks_about(an, qi, party) else party


def _states(an: Analysis, root: Token) -> bool:
    """The clause reports speech or a view: its verb (or a verb coordinated with it or
    completing it, `went on to argue`) is a cue or a verb of stating."""
    verbs = [root, *(c for c in root.children if c.dep_ in {"conj", "xcomp"})]
    return any(is_cue(an, v) or v.lemma_.lower() in STATING_VERBS for v in verbs)


def _reporting_group(an: Analysis, prev: Span, discourse: Discourse) -> Party | None:
    """`The beekeepers say the spraying killed ...` closing the paragraph before: the
    group or body whose words it reported goes on speaking in the quote paragraph, unless
    another named party comes after it (`... say they met the governor, Ada Quint`)."""
    root = list(prev.sents)[-1].root
    if not is_cue(an, root) or not any(c.dep_ == "ccomp" for c in root.children):
        return None  # a reported clause, not `the sign read like a warning`
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    party = party_of(an, subj, discourse=discourse)
    if party is None or party.kind not in {"anonymous", "organization"}:
        return None
    group = {t.i for t in subj.subtree}
    for tok in an.doc[subj.i : prev.end]:
        if tok.i in group:
            continue
        if an.cast.person_at(tok) is not None or tok.ent_type_ in {"PERSON", "ORG"}:
            return None  # another named party stands between the group and the quote
    return party


def _talks_about(an: Analysis, qi: int, party: Party) -> bool:
    """`Galloway was detained.` then `"She kept her garden tidy."`: a quote that names the
    person or calls someone he/she is about them, likely from someone else."""
    words = {w.strip(".,;:!?\"'“”‘’").lower() for w in an.quotes[qi].text_of(an.text).split()}
    member = an.cast.members[party.person]
    return bool(words & THIRD_PERSON_SINGULAR) or member.surname.lower() in words


def later_cue_speaker(
    an: Analysis, qi: int, discourse: Discourse
) -> tuple[Party | None, Token] | None:
    """`Talks were "productive." Nothing was settled, he said.`: the paragraph's speaker,
    with the cue that names them."""
    span = an.quotes[qi]
    tokens = an.quote_tokens(qi)
    if tokens is None or not len(tokens):
        return None
    para = an.paragraph_of(span.open_mark)
    _, para_end = an.paragraph_bounds(para)
    k = an.sentence_number(tokens[-1]) + 1
    while k < len(an.sents) and an.sents[k].start_char < para_end:
        sent = an.sents[k]
        if any(an.in_quote(t) for t in sent):
            return None
        cue = next((t for t in sent if is_cue(an, t)), None)
        if cue is not None:
            return (speaker_of_cue(an, cue, discourse), cue) if _trails(cue) else None
        k += 1
    return None


def _trails(cue: Token) -> bool:
    """An attribution after what it reports (`..., he said.`), which carries on the
    paragraph's speaker; `Supporters said it would ...` opens a new voice instead."""
    if cue.dep_ == "parataxis":
        return cue.head.i < cue.i
    return any(c.dep_ in {"ccomp", "parataxis"} and c.i < cue.i for c in cue.children)
