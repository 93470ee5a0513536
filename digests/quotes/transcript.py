"""Transcript turns: a quote that opens with its speaker's label, `"RUIZ: We will win."`.

News sites print interviews and debates as a quoted transcript, one paragraph per turn,
each opening with the speaker's name in capitals and a colon. The label names the speaker
of that turn more surely than any cue or paragraph around it (the paragraph before usually
reads `Partial transcript as follows:`, which names nobody). Turns without a label (a
speaker's second paragraph, an embedded title) go to the previous quote's speaker as usual.

A label is the quote's first one to three words before a colon, either
- a cast member's name as printed (`Ana Ruiz:`, `Sen. Ruiz:`, `RUIZ:`), or
- a capitalised name the cast does not hold (`MODERATOR:`, an interviewer named only in the
  label), but only when the article prints at least two such turns, so that a lone
  `"BREAKING: ..."` or `"WARNING: ..."` is no speaker.
Stage directions (`CROSSTALK:`, `VIDEO:`, `APPLAUSE:`) are never speakers.

Does NOT handle: labels outside the quote marks (`colons._speaker_label` reads those), or
one-letter `Q:`/`A:` turns (whose speakers the label does not name).
"""

from __future__ import annotations

import re

from digests.analysis import Analysis, Party
from digests.parties import person_party

# 1-3 words of a name, then a colon and a space: `WALLACE: `, `Ana Ruiz: `, `Sen. RUIZ: `
_LABEL = re.compile(r"^\s*((?:[A-Z][A-Za-z'’.\-]*\s){0,2}[A-Z][A-Za-z'’\-]+):\s")
STAGE_WORDS = frozenset(
    {"crosstalk", "video", "audio", "applause", "laughter", "inaudible", "clip", "break"}
    | {"begin", "end", "commercial", "update", "breaking", "warning", "note", "editor"}
)
MIN_UNKNOWN_TURNS = 2  # capitalised labels the cast does not know count in a transcript only


def label_of(text: str) -> str | None:
    """The speaker label that opens a quote's words, if any."""
    m = _LABEL.match(text)
    if m is None:
        return None
    label = m.group(1)
    words = [w.strip(".").lower() for w in label.split()]
    if any(w in STAGE_WORDS for w in words) or len(label.strip(".")) < 2:
        return None
    return label


def _cast_person(an: Analysis, label: str) -> int | None:
    """The one cast member the label names: by surname, and by given name when it has two
    words (`Ana Ruiz`, `RUIZ`, `Sen. Ruiz`)."""
    words = [w.strip(".").lower() for w in label.split()]
    hits = []
    for idx, m in enumerate(an.cast.members):
        if m.surname.lower() != words[-1]:
            continue
        first = (m.first or "").lower()
        if len(words) >= 2 and first and words[-2] != first and not _is_title(label):
            continue
        hits.append(idx)
    return hits[0] if len(hits) == 1 else None


def _is_title(label: str) -> bool:
    """`Sen. Ruiz`, `Gov. Hale`: an abbreviated title before the surname."""
    return "." in label.split()[0]


def _shouted(label: str) -> bool:
    return label.upper() == label and any(c.isalpha() for c in label)


def transcript_label_speaker(an: Analysis, qi: int) -> tuple[Party, str] | None:
    """The speaker a quote's own opening label names, and the label (`RUIZ:`)."""
    span = an.quotes[qi]
    label = label_of(span.text_of(an.text))
    if label is None:
        return None
    idx = _cast_person(an, label)
    if idx is not None:
        return person_party(an, idx, "named"), label + ":"
    if not _shouted(label) or _shouted_turns(an) < MIN_UNKNOWN_TURNS:
        return None
    return Party(name=label.title(), kind="named"), label + ":"


def _shouted_turns(an: Analysis) -> int:
    """How many quotes in the article open with a capitalised label (a transcript)."""
    labels = (label_of(q.text_of(an.text)) for q in an.quotes)
    return sum(1 for label in labels if label is not None and _shouted(label))
