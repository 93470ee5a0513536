"""Find direct quotations in plain text: where each quote's words start and end.

Works on characters, not tokens, because quote marks in the wild are messy: straight and
curly marks mixed in one quote, a closing mark missing at the end of a paragraph (newswire's
run-on convention), a stray mark. Rules, in order:

- Only double marks delimit quotes (" “ ” „ « »). Single marks inside are nested quotes or
  apostrophes and stay part of the text.
- A quote never crosses a line break: a paragraph that ends inside a quote closes it there
  (the next paragraph's fresh opening mark starts a new quote, same speaker).
- A paragraph after one that ended inside a quote, whose first mark can only close, lost
  its opening mark: it quotes from its start to that mark.
- A double mark after feet and inches that a closing mark follows (`6’2”,”`) is an inch
  mark, not a quote mark.
- A mark doubled at the opening (`““We will win,”`) opens once.
- Which mark opens and which closes is decided by position (whitespace or punctuation on
  the outside), so `"...”` and `“..."` pair up too.

Does NOT handle: quotes delimited by single marks only (a house style of some papers), or
quotations set as block paragraphs with no marks at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING_ONLY = "“„«"
CLOSING_ONLY = "”»"
DOUBLE_MARKS = '"' + OPENING_ONLY + CLOSING_ONLY + "‟"
_OPEN_BEFORE = " \t\n([{—–-/:;,"
_FEET_INCHES = re.compile(r"(?<![\w.])\d['’]\d{1,2}$")
_CLOSE_AFTER_INCH = re.compile(r"[,.;!?]?[\"”]")


@dataclass(frozen=True)
class QuoteSpan:
    """A quote's words (without the marks) as character offsets into the text."""

    start: int
    end: int
    closed: bool  # False when the paragraph ended before a closing mark
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark (or of the paragraph end when unclosed)

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if after == " " and i + 2 < len(text) and text[i + 2].isalnum():
        after = text[i + 2]  # '" We will win. "': a stray space inside the mark
    return (before in _OPEN_BEFORE or before in OPENING_ONLY) and not after.isspace()


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    return not before.isspace()


def _is_inch_mark(text: str, i: int) -> bool:
    """`he's like 6’2”,” she said`: a double mark after feet and inches, with a closing
    mark right after it, measures; the closing mark after it ends the quote. (A lone
    `5’2”.` may be both at once, and is left to close the quote.)"""
    if _FEET_INCHES.search(text, max(0, i - 5), i) is None:
        return False
    return _CLOSE_AFTER_INCH.match(text, i + 1) is not None


def _doubled_opening(text: str, i: int) -> bool:
    """A mark right after an opening mark and right before a word (`““We`, `""We`) repeats
    the opening; an empty pair (`"" `) is two marks that close."""
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return text[i] not in CLOSING_ONLY and (after.isalnum() or after in "'‘")


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every double-quoted span in `text`, in order, trimmed of surrounding whitespace."""
    spans: list[QuoteSpan] = []
    opened: int | None = None
    n = len(text)
    run_on_from: int | None = None  # start of a paragraph after one that ended inside a quote
    for i, ch in enumerate(text):
        if ch == "\n":
            run_on_from = None
            if opened is not None:
                _add(spans, text, opened, i, closed=False)
                opened = None
                run_on_from = i + 1
            continue
        if ch not in DOUBLE_MARKS or _is_inch_mark(text, i):
            continue
        from_start, run_on_from = run_on_from, None
        if opened is None:
            if from_start is not None and not _can_open(text, i) and _can_close(text, i):
                # the run-on paragraph lost its opening mark: it quotes from its start
                _add(spans, text, from_start, i, closed=True, lost_mark=True)
                continue
            if ch in CLOSING_ONLY and not _can_open(text, i):
                continue  # a stray closing mark
            if ch in OPENING_ONLY or _can_open(text, i) or i + 1 < n and text[i + 1].isalnum():
                opened = i
        elif i == opened + 1 and _doubled_opening(text, i):
            opened = i  # `““We will win,”`: a doubled opening mark opens once
        elif ch in OPENING_ONLY and _can_open(text, i) and not _can_close(text, i):
            # an opening mark while open: the earlier quote lost its closing mark
            _add(spans, text, opened, i, closed=False)
            opened = i
        else:
            _add(spans, text, opened, i, closed=True)
            opened = None
    if opened is not None:
        _add(spans, text, opened, n, closed=False)
    return spans


def _add(
    spans: list[QuoteSpan], text: str, mark: int, end: int, *, closed: bool, lost_mark=False
) -> None:
    """Record the quote whose mark (or, when `lost_mark`, first character) is at `mark`."""
    close = end
    start = mark if lost_mark else mark + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(
            QuoteSpan(start=start, end=end, closed=closed, open_mark=mark, close_mark=close)
        )
