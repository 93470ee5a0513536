"""Features of a meeting candidate, read from the parse the engine already has.

The scorer (meeting_scorer.py) weighs these; the trainer (training/) learns the weights
from the seen part of dev/. Every feature is a number in [0, 1] (flags, capped counts,
fractions), so a plain logistic regression needs no scaling and the runtime needs no
library. Everything here is cheap: token attributes, one modality reading, string counts.

Features: where the candidate came from (rules or the co-occurrence layer) and whether its
trigger passes the rules' sense check; the trigger's part of speech, frame and lemma; its
modality; the status, time and place the rules read; how many parties and of which kinds,
how many are the story's key actors (named in the headline or mentioned again); the distance
from the trigger to the parties; the sentence's position in the article and its length.
"""

from __future__ import annotations

from spacy.tokens import Token

from digests.analysis import Analysis, Party
from digests.events.frames import (
    COUNTERPART_VERBS,
    EVENT_NOUNS,
    HEARING_VERBS,
    PARTNER_NOUNS,
    PARTNER_VERBS,
)
from digests.events.meeting_candidates import Candidate
from digests.events.modality import read_modality

FRAMES = (
    "Meet_with",
    "Discussion",
    "Visiting",
    "Hosting",
    "Come_together",
    "Contacting",
    "Hearing",
    "Summons",
)
# Lemmas frequent enough to carry a weight of their own; the rest share their frame's.
LEMMAS = ("meet", "meeting", "talk", "talks", "visit", "host", "call", "speak", "summit")
STATUSES = ("past", "upcoming", "ongoing")
PARTY_KINDS = ("named", "organization", "anonymous")


def candidate_features(an: Analysis, cand: Candidate, n_candidates: int) -> dict[str, float]:
    """The candidate's features by name (names absent from the weights are ignored)."""
    m, tok = cand.mention, cand.trigger
    f: dict[str, float] = {
        "bias": 1.0,
        "rule": float(cand.source == "rule"),
        "cooccur": float(cand.source == "cooccur"),
        "entities": float(cand.source == "entities"),
        "headline_sentence": float(tok.idx < an.headline_end),
        "strict": float(cand.strict),
        "verb": float(tok.pos_ == "VERB"),
        "noun": float(tok.pos_ in {"NOUN", "PROPN"}),
        "plural_noun": float(tok.tag_ in {"NNS", "NNPS"}),
        "from_sentence": float(m.from_sentence),
        "gathering": float(m.gathering),
        "series": float(m.series),
        "has_when": float(bool(m.when)),
        "has_where": float(bool(m.where)),
        "real": float(read_modality(tok).is_real),
        "in_quote": float(an.in_quote(tok)),
        "many_candidates": min(n_candidates, 10) / 10,
        "repeats": float(cand.repeats),
        "new_time": float(cand.new_time),
    }
    frame = _frame(tok)
    for name in FRAMES:
        f[f"frame_{name}"] = float(frame == name)
    lemma = tok.lemma_.lower()
    for name in LEMMAS:
        f[f"lemma_{name}"] = float(lemma == name or tok.lower_ == name)
    for name in STATUSES:
        f[f"status_{name}"] = float(m.status == name)
    f.update(_party_features(an, m.parties, tok))
    f.update(_position_features(an, m.sent_no, tok))
    return f


def _frame(tok: Token) -> str | None:
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if tok.pos_ == "VERB":
        for lexicon in (COUNTERPART_VERBS, PARTNER_VERBS, HEARING_VERBS):
            if lemma in lexicon:
                return lexicon[lemma]
        return None
    for lexicon in (EVENT_NOUNS, PARTNER_NOUNS):
        for word in (lower, lemma):
            if word in lexicon:
                return lexicon[word]
    return None


def _party_features(an: Analysis, parties: list[Party], tok: Token) -> dict[str, float]:
    """How many parties, of which kinds, how central to the story, how near the trigger."""
    n = len(parties) or 1
    f = {
        "parties_1": float(len(parties) <= 1),
        "parties_2": float(len(parties) == 2),
        "parties_3": float(len(parties) == 3),
        "parties_4plus": float(len(parties) >= 4),
    }
    for kind in PARTY_KINDS:
        f[f"kind_{kind}"] = sum(p.kind == kind for p in parties) / n
    key = [p for p in parties if _is_key(an, p)]
    f["key_fraction"] = len(key) / n
    f["key_two"] = float(len(key) >= 2)
    f["headline_party"] = float(any(_in_headline(an, p) for p in parties))
    sent = tok.sent
    text = an.text[sent.start_char : sent.end_char]
    at = tok.idx - sent.start_char
    found = [text.find(_surface(p)) for p in parties]
    dists = [abs(i - at) for i in found if i >= 0]
    f["parties_in_sentence"] = (len(dists) / n) if parties else 0.0
    f["near_party"] = float(bool(dists) and min(dists) <= 40)
    f["far_parties"] = float(bool(dists) and max(dists) > 120)
    f["party_before"] = float(any(0 <= i < at for i in found))
    f["party_after"] = float(any(i > at for i in found))
    return f


def _position_features(an: Analysis, sent_no: int, tok: Token) -> dict[str, float]:
    """Where the sentence sits: leads report the story's meeting, late sentences background."""
    total = max(len(an.sents), 1)
    first_body = next((k for k, s in enumerate(an.sents) if s.end_char > an.headline_end), 0)
    rank = max(sent_no - first_body, 0)
    length = len(tok.sent)
    return {
        "lead": float(rank == 0),
        "early": float(rank <= 3),
        "position": min(sent_no / total, 1.0),
        "long_sentence": float(length > 40),
        "short_sentence": float(length < 15),
    }


def _surface(p: Party) -> str:
    """The part of a party's name most likely written in its sentence: a person's surname."""
    words = p.name.split()
    return words[-1] if p.kind == "named" and words else p.name


def _in_headline(an: Analysis, p: Party) -> bool:
    return bool(an.headline) and _surface(p).lower() in (an.headline or "").lower()


def _is_key(an: Analysis, p: Party) -> bool:
    """A party the story is about: in the headline, or named three times or more."""
    if _in_headline(an, p):
        return True
    if p.person is not None and 0 <= p.person < len(an.cast.members):
        return len(an.cast.members[p.person].mention_tokens) >= 3
    words = _surface(p).split()
    return bool(words) and len(an.token_positions.get(words[-1], ())) >= 3
