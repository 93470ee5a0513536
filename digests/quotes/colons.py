"""Clauses that introduce a quote without a cue next to it: a colon, a labelled speech noun.

`She named three conditions: "..."`, `Her reply: "..."`, `The full transcript reads:` and
`Okonjo's "no new tolls" pledge` all say whose words follow, though no reporting verb
governs them. Split from cues.py, which reads the cue verbs.

Does NOT handle: a colon clause whose subject is only a pronoun for an organisation.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.parties import Discourse, party_of, person_party
from digests.quotes.cue_speakers import speaker_of_cue
from digests.quotes.cues import is_cue
from digests.quotes.subjects import (
    SPEECH_NOUNS,
    TRANSCRIPT_NOUNS,
    nearest_subject,
    speech_owner,
    subject_party,
)

MAX_LABEL_WORDS = 4  # `Sen. Ana Ruiz:`


def owned_label_speaker(an: Analysis, qi: int, discourse: Discourse) -> Party | None:
    """`Okonjo's "no new tolls" pledge`: a quote between a possessive and the speech noun
    it modifies is the owner's words, however the parser attached it."""
    span = an.quotes[qi]
    before = an.doc.char_span(span.open_mark, span.open_mark + 1, alignment_mode="expand")
    after = an.doc.char_span(span.close_mark, span.close_mark + 1, alignment_mode="expand")
    if before is None or after is None:
        return None
    i, j = before[0].i - 1, after[-1].i + 1
    if i < 1 or j >= len(an.doc):
        return None
    noun = an.doc[j]
    if an.doc[i].tag_ != "POS" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    return party_of(an, an.doc[i - 1], discourse=discourse)


def _clause_root(toks: list[Token]) -> Token:
    """The head of the clause before a colon, even when the parser hung it on the quote
    that follows (its sentence root then lies inside the quote)."""
    inside = {t.i for t in toks}
    for tok in toks:
        heads_clause = tok.head == tok or tok.head.i not in inside
        if heads_clause and tok.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}:
            return tok
    return toks[0].sent.root


def colon_clause_speaker(an: Analysis, sent_tokens, discourse: Discourse) -> Party | None:
    """`She named three conditions:` / `Her reply: ...` / `The full transcript reads:`:
    the clause a colon ends speaks the quote after it: a cue's speaker, else the subject
    of its verb, else a transcript or statement noun standing alone."""
    toks = [t for t in sent_tokens if not an.in_quote(t)]
    if not toks:
        return None
    for tok in reversed(toks):
        if is_cue(an, tok):
            speaker = speaker_of_cue(an, tok, discourse)
            if speaker is not None:
                return speaker
    root = _clause_root(toks)
    if root.pos_ in {"VERB", "AUX"}:
        subj = nearest_subject(an, root, root)
        if subj is None:
            return None
        party = subject_party(an, root, subj, discourse)
        if party is None:
            return None
        if party.person is not None or party.kind == "organization":
            return party
        if subj.lemma_.lower() in TRANSCRIPT_NOUNS:
            return party
        # `The minister's office issued a terse reply:`: whoever gives the reply speaks
        gives_words = any(
            c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in root.children
        )
        return party if gives_words else None
    owner = speech_owner(root)
    if owner is not None:
        return party_of(an, owner, discourse=discourse)
    if root.lemma_.lower() in TRANSCRIPT_NOUNS:
        return party_of(an, root, discourse=discourse)
    return _speaker_label(an, toks)


def _speaker_label(an: Analysis, toks: list[Token]) -> Party | None:
    """`Hale: "We will not back down."`: a clause that is nothing but a person's name
    labels the words after the colon as theirs (interviews, paired positions)."""
    words = [t for t in toks if not t.is_punct]
    if not 1 <= len(words) <= MAX_LABEL_WORDS or any(not t.is_title for t in words):
        return None
    idx = an.cast.person_in(words)
    return person_party(an, idx, "named") if idx is not None else None
