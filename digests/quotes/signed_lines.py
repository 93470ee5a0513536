"""A quote signed on the line after it: `"The cuts must stop."` / `-Ana Ruiz, Kelvara.`

Roundups of reactions, epigraphs and quotable lists give the words in one paragraph and
the speaker on the next line, after a dash, with perhaps a place or an occasion after a
comma (`—Mayor Ana Ruiz, speaking on Monday`). No verb says the words are hers, so the
cue sieves see nothing.

Does NOT handle: a signature with no dash (a plain name line may be a byline or a
heading), or a dash line naming no person of the cast (`-Reuters`).
"""

from __future__ import annotations

from digests.analysis import Analysis

DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
MAX_SIGNATURE_TOKENS = 6  # the name and any title before the comma


def signature_person(an: Analysis, qi: int) -> int | None:
    """The cast person signing the line right after this quote's paragraph, if any."""
    i = an.after_quote(qi)
    if i is None:
        return None
    doc = an.doc
    while i < len(doc) and doc[i].is_punct and "\n" not in doc[i].text:
        i += 1  # a full stop after the closing mark
    if i >= len(doc) or not (doc[i].is_space and "\n" in doc[i].text):
        return None  # the paragraph goes on after the quote
    i += 1
    if i >= len(doc) or doc[i].text not in DASHES:
        return None
    window = []
    for tok in doc[i + 1 : i + 1 + MAX_SIGNATURE_TOKENS]:
        if tok.is_punct or tok.is_space or an.in_quote(tok):
            break
        window.append(tok)
    if not window or any(t.pos_ in {"VERB", "AUX"} for t in window):
        return None
    return an.cast.person_in(window)
