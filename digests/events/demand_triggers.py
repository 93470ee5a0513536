"""Demand candidates: the tokens that can put a demand, each with the frame it puts it in.

The first stage of the demand pipeline (triggers -> arguments -> modality -> merge). The
lexicon is organised by frame (FrameNet's Request, Demand, Attempt_suasion; CAMEO's 'demand'
and 'appeal'), so that a reader can see every way of asking in one place:
- REQUEST: a verb of asking, urging, persuading or ordering ('X urged Y to act', 'X
  demanded a raise', 'X told Y to act', 'we need Y to act'); its passive too;
- SUGGESTION: 'X proposed that Y act', 'X suggested holding talks';
- ULTIMATUM: a threat with a negative condition ('vowed to strike unless Y pays', 'will
  strike if Y does not pay');
- DEADLINE: 'gave Y until Friday to act';
- CHANT: a slogan shouted in a quote ('the crowd chanted "Resign!"');
- WISH: 'I hope Y will act', 'I'd like to see Y act';
- OBLIGATION: a deontic modal aimed at a party, quoted or reported ('Y must act');
- NECESSITY: 'it is time for Y to act'; DUTY: 'Y has a duty to act'; NEED: '"we need
  an inquiry"' (quoted);
- NOUN: a demand noun ('its calls for Y to act', 'a request by X');
- PETITION: a petition handed, signed or received ('handed a petition to Y over X');
- URGING: 'at the urging of X' (the act done is what X asked for);
- OWNED: 'the company rejected the union's demands' (demands known only by their owner);
- IMPLICIT: a demand noun whose act is in its phrase and whose demander is found around
  it ('X wants a raise, a demand the city rejects'; demand_implicit).

Only the token and its frame are decided here; who asks whom for what is read by the
argument modules, and whether the demand is reported as made by the shared modality module.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from digests.analysis import Analysis
from digests.events.demand_frames import THREAT_VERBS, is_conditional_threat
from digests.events.demand_modals import (
    DUTY_NOUNS,
    is_conduct_obligation,
    is_obligation,
    is_owed_act,
)
from digests.events.demand_petitions import PETITION_NOUNS
from digests.events.demand_reporters import according_to, reporter_of
from digests.events.demand_verbs import is_trigger
from digests.lexicon import HOPE_VERBS


class Frame(enum.Enum):
    """The way a demand is put; each has its own argument reader."""

    REQUEST = "request"
    SUGGESTION = "suggestion"
    ULTIMATUM = "ultimatum"
    DEADLINE = "deadline"
    CHANT = "chant"
    HOPE = "hope"
    SEE_WISH = "see_wish"
    OBLIGATION = "obligation"
    NECESSITY = "necessity"
    DUTY = "duty"
    NEED = "need"
    NOUN = "noun"
    PETITION = "petition"
    URGING = "urging"
    OWNED = "owned"
    IMPLICIT = "implicit"


# Verbs that put forward what someone else (or both sides) should do.
SUGGEST_VERBS = frozenset({"suggest", "propose", "recommend", "move"})
# "gave the company 48 hours / a deadline / until Friday to respond"
DEADLINE_VERBS = frozenset({"give"})
# Verbs of shouting a slogan at someone.
CHANT_VERBS = frozenset({"chant", "shout", "yell", "scream", "holler"})
# "it is time / essential for X to act"
NECESSITY_WORDS = frozenset({"time", "imperative", "essential", "vital", "urgent", "necessary"})
HOPE_FORMS = frozenset({"hopes", "hoped", "hoping"})  # the model lemmatises "hopes" as "hop"
# Frames that carry a demand only where no stronger frame in the sentence does.
WEAK_FRAMES = frozenset({Frame.URGING, Frame.PETITION, Frame.IMPLICIT})
# Frames whose own deontic or wishing word is the demand ('Y must act', 'I hope Y acts').
DEONTIC_FRAMES = frozenset(
    {Frame.OBLIGATION, Frame.NECESSITY, Frame.DUTY, Frame.NEED, Frame.HOPE, Frame.SEE_WISH}
)


@dataclass(frozen=True)
class Candidate:
    """A token that may put a demand, and the frame it would put it in."""

    token: Token
    frame: Frame


def candidates(an: Analysis) -> Iterator[Candidate]:
    """Every demand candidate in the body, in article order (a token may fit one frame)."""
    for tok in an.doc:
        if tok.idx < an.headline_end:
            continue  # a headline restates the story; the body carries the demand
        frame = frame_of(an, tok)
        if frame is not None:
            yield Candidate(tok, frame)


def frame_of(an: Analysis, tok: Token) -> Frame | None:
    """The frame this token can put a demand in, if any."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        if is_trigger(tok):
            return Frame.REQUEST
        for words, frame in (
            (SUGGEST_VERBS, Frame.SUGGESTION),
            (THREAT_VERBS, Frame.ULTIMATUM),
            (DEADLINE_VERBS, Frame.DEADLINE),
            (CHANT_VERBS, Frame.CHANT),
        ):
            if lemma in words:
                return frame
        if is_conditional_threat(tok):
            return Frame.ULTIMATUM  # "said it would strike unless the board pays"
        if lemma == "see":
            return Frame.SEE_WISH
        if lemma in HOPE_VERBS or tok.lower_ in HOPE_FORMS:
            return Frame.HOPE
        reported = an.in_quote(tok) or reporter_of(an, tok) is not None
        reported = reported or according_to(tok) is not None  # "According to X, Y must act"
        if reported and is_obligation(tok):
            return Frame.OBLIGATION
        if reported and is_owed_act(tok):
            return Frame.DUTY  # "X owes the families an apology"
        return Frame.NEED if lemma == "need" and an.in_quote(tok) else None
    if tok.pos_ == "AUX" and is_conduct_obligation(tok):
        reported = an.in_quote(tok) or reporter_of(an, tok) is not None
        return Frame.OBLIGATION if reported else None  # "said Norland should be careful"
    if lemma in NECESSITY_WORDS and tok.pos_ in {"NOUN", "ADJ"}:
        return Frame.NECESSITY
    if tok.pos_ == "NOUN" and lemma in DUTY_NOUNS:
        return Frame.DUTY
    if tok.pos_ == "NOUN":
        return Frame.PETITION if lemma in PETITION_NOUNS else Frame.NOUN
    return None
