"""Attributions the writer set apart from the quote: `"We will win." Ruiz said.`

Web copy often closes a quoted sentence with a full stop and then gives the attribution as
a sentence of its own. A reporting verb with a subject and no complement of its own (no
that-clause, no quoted or reported object) can only report the words right before it, so
its subject speaks them. `Ruiz said the vote was close.` has a complement: it reports its
own clause and opens a new voice instead.

Does NOT handle: an attribution that comes after another sentence of narration, or one
whose verb takes an object other than the person addressed (`Ruiz said so`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from digests.analysis import Analysis, Party
from digests.parties import Discourse
from digests.quotes.cue_speakers import speaker_of_cue
from digests.quotes.cues import is_cue

MAX_ATTRIBUTION_WORDS = 12  # `Ruiz said in a statement on Monday night.`
# Complements that give a reporting verb words of its own to report.
OWN_WORDS_DEPS = frozenset({"ccomp", "xcomp", "csubj", "attr", "acomp", "oprd", "parataxis"})
# Verbs whose object is the person addressed, not the words (`Ruiz told reporters.`).
ADDRESSING_VERBS = frozenset({"tell", "assure", "remind", "warn", "inform"})
SENTENCE_ENDS = frozenset({".", "!", "?"})


def stranded_speaker(an: Analysis, qi: int, discourse: Discourse) -> tuple[Party, Token] | None:
    """The speaker a bare attribution sentence right after a closed quote names, with its
    cue; None when the quote does not end a sentence or no such attribution follows."""
    if not an.quotes[qi].closed:
        return None  # it ran to its paragraph's end: what follows is a new paragraph
    text = an.quotes[qi].text_of(an.text).rstrip(" \"'”’")
    if not text or text[-1] not in SENTENCE_ENDS:
        return None
    words = _attribution_after(an, qi)
    if words is None:
        return None
    inside = range(words.start, words.end)
    cue = next((t for t in words if t.head.i not in inside or t.head == t), None)
    if cue is None or not is_cue(an, cue) or not _bare(cue):
        return None
    speaker = speaker_of_cue(an, cue, discourse)
    return (speaker, cue) if speaker is not None else None


def _attribution_after(an: Analysis, qi: int) -> Span | None:
    """The words from the closing mark to the next full stop, when they are a short
    quote-free sentence of the same paragraph."""
    j = an.after_quote(qi)
    if j is None:
        return None
    doc = an.doc
    end = j
    while end < len(doc) and end - j <= MAX_ATTRIBUTION_WORDS:
        tok = doc[end]
        if "\n" in tok.text or an.in_quote(tok):
            return None
        if tok.text in SENTENCE_ENDS:
            return doc[j:end] if end > j else None
        end += 1
    return None


def _bare(cue: Token) -> bool:
    """A reporting verb with a subject and nothing of its own to report."""
    if not any(c.dep_ == "nsubj" for c in cue.children):
        return False
    if any(c.dep_ in OWN_WORDS_DEPS for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ in {"dobj", "dative"}]
    return not objects or cue.lemma_.lower() in ADDRESSING_VERBS
