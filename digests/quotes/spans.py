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
- Which mark opens and which closes is decided by position (whitespace or punctuation on
  the outside), so `"...”` and `“..."` pair up too.

Does NOT handle: quotes delimited by single marks only (a house style of some papers), or
quotations set as block paragraphs with no marks at all.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENING_ONLY = "“„«"
CLOSING_ONLY = "”»"
DOUBLE_MARKS = '"' + OPENING_ONLY + CLOSING_ONLY + "‟"
_OPEN_BEFORE = " \t\n([{—–-/:;,"


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
        if ch not in DOUBLE_MARKS:
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
