"""The per-article budget: how much of a text is parsed, and what the tokenizer is shown.

One hostile or careless article must not hold a worker for minutes or run it out of
memory, so before anything is parsed:

- **A character limit** (`MAX_PARSE_CHARS`). A text longer than that is cut at the last
  paragraph break before the limit (else the last space, else the limit itself), and the
  digest records where (`Digest.truncated_at`) so users are told. The limit sits far below
  the 5 MB input cap: news articles, long reads included, are a few tens of thousands of
  characters, and the digest time grows linearly with what is parsed.
- **A token limit** (`MAX_PARSE_TOKENS`), for text far denser in tokens than prose;
  the engine counts with the tokenizer and cuts the same way.
- **No token longer than a bound** (`fold`). spaCy's tokenizer is quadratic on a long run
  of prefix/suffix punctuation (each mark is split off one at a time, re-scanning the rest:
  2,000 `"` take 0.4 s, 16,000 take a minute), so a run of more than `MAX_PUNCT_RUN`
  punctuation marks keeps its first `PUNCT_RUN_KEEP` and the rest becomes spaces; and any
  space-less string longer than `MAX_WORD_CHARS` (a pasted blob, not prose) keeps its head
  and tail, its middle becoming spaces. Folding keeps the text's length, so every
  character offset into the folded text is the same offset into the original: the engine
  parses the folded text and slices quotes and evidence from the original.

Real prose is never touched: across the gold articles the longest punctuation run is 4
characters and the longest space-less word 34.

Does NOT handle: a text that is slow for reasons other than its length or its runs (none
known); the budget of a batch as a whole (each article has its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# About 35,000 words, several times the longest long read. Digest time is linear in what
# is parsed (benchmarks/worst_case.py gives the figures for a full cut: docs/limits.md).
MAX_PARSE_CHARS = 200_000
# Parse time and memory follow tokens more than characters: 200,000 characters of prose are
# about 42,000 tokens, of '"a" "a" ...' 150,000 (41 s, 1.5 GB). A text over this many tokens
# is cut at the paragraph before the token that passes it.
MAX_PARSE_TOKENS = 60_000
MAX_PUNCT_RUN = 8  # "?!?!", "..." and "***" pass; "!!!!!!!!!!" (10) is folded
PUNCT_RUN_KEEP = 3
MAX_WORD_CHARS = 100  # long URLs pass; a 100,000-character blob does not
WORD_HEAD_KEEP = 64
WORD_TAIL_KEEP = 16  # keeps the closing marks of a long link quoted in a sentence

_PUNCT_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCT_RUN + 1},}}")
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")


@dataclass(frozen=True)
class Budgeted:
    """What the engine parses: `text` (the original, perhaps cut) and `folded` (the same
    length, runs folded); `truncated_at` is where the cut fell, None when nothing was cut."""

    text: str
    folded: str
    truncated_at: int | None = None


def within_budget(text: str, *, max_chars: int = MAX_PARSE_CHARS) -> Budgeted:
    """Cut `text` to the character limit at a paragraph, then fold what the tokenizer
    must not see whole."""
    cut = cut_point(text, max_chars)
    kept = text[:cut] if cut is not None else text
    return Budgeted(text=kept, folded=fold(kept), truncated_at=cut)


def cut_point(text: str, max_chars: int) -> int | None:
    """Where to cut a text longer than `max_chars`: after its last paragraph within the
    limit, else at its last space, else at the limit. None when it fits."""
    if len(text) <= max_chars:
        return None
    for boundary in ("\n", " "):
        at = text.rfind(boundary, 0, max_chars + 1)
        if at > 0:
            return at
    return max_chars


def fold(text: str) -> str:
    """The text with long punctuation runs and long space-less strings blanked out,
    character for character (see the module docstring)."""
    text = _PUNCT_RUN.sub(_fold_run, text)
    return _LONG_WORD.sub(_fold_word, text)


def _fold_run(match: re.Match[str]) -> str:
    run = match.group()
    return run[:PUNCT_RUN_KEEP] + " " * (len(run) - PUNCT_RUN_KEEP)


def _fold_word(match: re.Match[str]) -> str:
    word = match.group()
    middle = len(word) - WORD_HEAD_KEEP - WORD_TAIL_KEEP
    return word[:WORD_HEAD_KEEP] + " " * middle + word[-WORD_TAIL_KEEP:]
