"""Draw docs/digest.svg: what a digest looks like in Slack, from the real Block Kit output.

Run by `make docs`. An invented sample article goes through the real engine
(`digests.build_digest`) and the real message builders (`bot.slack.blocks.digest_message`,
`quote_message`), exactly as the bot posts them; this script only paints those blocks the way
Slack shows them: the parent message in the channel, then its quote replies in the thread.
So the picture changes when the engine or the messages do, and `make docs` redraws it.

It paints the blocks the digest messages use (header, context, section with mrkdwn: bold,
italic, links, mentions, dates, block quotes, a few emoji). Text is wrapped with estimated
glyph widths, not a font's metrics: close to Slack, not pixel-exact.

    .venv/bin/python docs/draw_digest.py [--out docs/digest.svg]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: bot/ is beside docs/

from bot.slack import blocks  # noqa: E402
from digests import build_digest  # noqa: E402

OUT = ROOT / "docs" / "digest.svg"

# The sample: invented for this picture (no real people, places or articles).
TITLE = "Ferry union and island council to hold talks over winter timetable"
SOURCE = "https://news.example/island/ferry-talks"
ARTICLE = """\
Council leader Priya Anand will meet union officials on Thursday at the harbour office in \
Port Ellery, after a week of cancelled crossings left commuters stranded on the mainland.

Anand said the talks were "the first real chance to fix a timetable that nobody on this \
island asked for." She added that the council would bring its own figures on winter traffic.

Tomas Berg, general secretary of the ferry workers' union, urged the council to restore the \
early morning crossing before the end of the month. "Our members have been running a service \
with half the crew it needs," Berg said.

Harbour master Elena Ruiz, who has run the port for eleven years, said the cancellations were \
about weather as much as staffing. "Nobody should pretend the sea reads the timetable," she \
said.
"""
CHANNEL = "newsroom"
REQUESTED_BY = ("U0SAMPLE", "dana")  # the user id in the message, the name Slack shows

WIDTH = 720
MARGIN = 20
AVATAR = 36
TEXT_X = MARGIN + AVATAR + 12
FONT = "Lato, 'Helvetica Neue', Helvetica, Arial, sans-serif"
INK, GREY, LINK, RULE, BAR = "#1d1c1d", "#616061", "#1264a3", "#dddddd", "#dddddd"
EMOJI = {"speech_balloon": "\U0001f4ac", "scissors": "\u2702", "warning": "\u26a0"}
# Estimated advance of a glyph, in ems (regular weight): enough to wrap like Slack does.
NARROW, SEMI, WIDE = set("ijlI.,:;!|'`"), set("frt()[]-\u2014 "), set("mwMW@")


def glyph_width(text: str, size: float, bold: bool = False) -> float:
    """Estimated width of `text` in pixels at `size`: generous (DejaVu Sans, the widest of
    the fonts a viewer may fall back on), so no line runs off the picture."""
    ems = 0.0
    for char in text:
        if char in NARROW:
            ems += 0.32
        elif char in SEMI:
            ems += 0.40
        elif char in WIDE:
            ems += 0.95
        elif char.isupper():
            ems += 0.72
        elif char.isdigit():
            ems += 0.64
        else:
            ems += 0.61
    return ems * size * (1.1 if bold else 1.0)


@dataclass(frozen=True)
class Run:
    """Text in one style: `bold`, `italic`, `link` (blue) or plain."""

    text: str
    style: str = ""


MARKUP = re.compile(r"<([^>|]+)(?:\|([^>]*))?>|\*([^*\n]+)\*|_([^_\n]+)_|:([a-z0-9_+-]+):")


def unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def mrkdwn_runs(line: str, names: dict[str, str]) -> list[Run]:
    """One line of Slack mrkdwn as styled runs (links, mentions, dates, bold, italic)."""
    runs: list[Run] = []
    at = 0
    for match in MARKUP.finditer(line):
        if match.start() > at:
            runs.append(Run(unescape(line[at : match.start()])))
        target, label, bold, italic, emoji = match.groups()
        if target is not None and target.startswith("@"):
            runs.append(Run("@" + names.get(target[1:], target[1:]), "link"))
        elif target is not None and target.startswith("!date"):
            runs.append(Run(unescape(label or ""), ""))
        elif target is not None:
            runs.append(Run(unescape(label or target), "link"))
        elif bold is not None:
            runs.append(Run(unescape(bold), "bold"))
        elif italic is not None:
            runs.append(Run(unescape(italic), "italic"))
        else:
            runs.append(Run(EMOJI.get(emoji, f":{emoji}:")))
        at = match.end()
    if at < len(line):
        runs.append(Run(unescape(line[at:])))
    return runs


def wrap(runs: list[Run], width: float, size: float) -> list[list[Run]]:
    """Runs broken into lines no wider than `width`, at spaces."""
    lines: list[list[Run]] = [[]]
    used = 0.0
    for run in runs:
        for piece in re.findall(r"\S+\s*|\s+", run.text):
            wide = glyph_width(piece.rstrip(), size, run.style == "bold")
            if used + wide > width and lines[-1]:
                lines.append([])
                used = 0.0
                piece = piece.lstrip()
            lines[-1].append(Run(piece, run.style))
            used += glyph_width(piece, size, run.style == "bold")
    return lines


@dataclass
class Canvas:
    """SVG elements laid out from the top; `y` is where the next one goes."""

    y: float = 0.0
    parts: list[str] = field(default_factory=list)

    def text_line(self, x: float, runs: list[Run], size: float, colour: str = INK) -> None:
        spans = []
        for run in runs:
            attrs = {"bold": ' font-weight="700"', "italic": ' font-style="italic"'}.get(
                run.style, ""
            )
            if run.style == "link":
                attrs = f' fill="{LINK}"'
            spans.append(f"<tspan{attrs}>{xml_escape(run.text)}</tspan>")
        baseline = self.y + size
        self.parts.append(
            f'<text x="{x:.0f}" y="{baseline:.0f}" font-size="{size}" fill="{colour}" '
            f'xml:space="preserve">{"".join(spans)}</text>'
        )
        self.y += size * 1.45

    def paragraph(
        self, x: float, runs: list[Run], width: float, size: float, colour: str = INK
    ) -> None:
        for line in wrap(runs, width, size):
            self.text_line(x, line, size, colour)

    def rect(self, x: float, y: float, w: float, h: float, fill: str, rx: float = 0) -> None:
        self.parts.append(
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" rx="{rx}" '
            f'fill="{fill}"/>'
        )


def draw_block(canvas: Canvas, block: dict[str, Any], x: float, names: dict[str, str]) -> None:
    """One Block Kit block, as Slack lays it out."""
    width = WIDTH - x - MARGIN
    kind = block.get("type")
    if kind == "header":
        canvas.y += 4
        canvas.paragraph(x, [Run(block["text"]["text"], "bold")], width, 18)
        canvas.y += 2
    elif kind == "context":
        for element in block.get("elements", []):
            text = element.get("text", "")
            canvas.paragraph(x, mrkdwn_runs(text, names), width, 12.5, GREY)
        canvas.y += 2
    elif kind == "section":
        canvas.y += 4
        for line in block["text"]["text"].split("\n"):
            if line.startswith(">"):
                top = canvas.y
                canvas.paragraph(x + 14, mrkdwn_runs(line[1:], names), width - 14, 15)
                canvas.rect(x, top - 1, 4, canvas.y - top - 2, BAR, rx=2)
            else:
                canvas.paragraph(x, mrkdwn_runs(line, names), width, 15)
        canvas.y += 4


def draw_message(
    canvas: Canvas, message: blocks.Message, names: dict[str, str], time: str, left: float
) -> None:
    """A message from the bot: avatar, name with the APP badge and time, then its blocks."""
    canvas.y += 8
    top = canvas.y
    canvas.rect(left, top, AVATAR, AVATAR, "#2eb67d", rx=6)
    canvas.parts.append(
        f'<text x="{left + AVATAR / 2:.0f}" y="{top + 24:.0f}" font-size="15" fill="#fff" '
        f'font-weight="700" text-anchor="middle">DB</text>'
    )
    x = left + AVATAR + 12
    name = "digest-bot"
    canvas.text_line(x, [Run(name, "bold")], 15)
    badge_x = x + glyph_width(name, 15, bold=True) + 6
    canvas.rect(badge_x, top + 3, 30, 15, "#e8e8e8", rx=3)
    canvas.parts.append(
        f'<text x="{badge_x + 15:.0f}" y="{top + 14:.0f}" font-size="9.5" fill="{GREY}" '
        f'font-weight="700" text-anchor="middle">APP</text>'
        f'<text x="{badge_x + 38:.0f}" y="{top + 15:.0f}" font-size="12" '
        f'fill="{GREY}">{time}</text>'
    )
    for block in message.blocks:
        draw_block(canvas, block, x, names)
    canvas.y = max(canvas.y, top + AVATAR) + 6


def draw(parent: blocks.Message, replies: list[blocks.Message], names: dict[str, str]) -> str:
    """The SVG of a channel with the parent message, then the thread with its replies."""
    canvas = Canvas()
    canvas.parts.append(
        f'<text x="{MARGIN}" y="30" font-size="17" font-weight="900" fill="{INK}"># {CHANNEL}'
        "</text>"
    )
    canvas.y = 46
    canvas.rect(0, canvas.y, WIDTH, 1, RULE)
    draw_message(canvas, parent, names, "9:41 AM", MARGIN)
    count = f"{len(replies)} repl{'ies' if len(replies) != 1 else 'y'}"
    canvas.text_line(TEXT_X, [Run(count, "link"), Run("   View thread")], 13, GREY)
    canvas.y += 10
    thread_top = canvas.y
    canvas.rect(0, thread_top, WIDTH, 1, RULE)
    canvas.y += 10
    canvas.parts.append(
        f'<text x="{MARGIN}" y="{canvas.y + 16:.0f}" font-size="16" font-weight="900" '
        f'fill="{INK}">Thread <tspan font-weight="400" font-size="13" fill="{GREY}"># '
        f"{CHANNEL}</tspan></text>"
    )
    canvas.y += 28
    for reply in replies:
        draw_message(canvas, reply, names, "9:41 AM", MARGIN + 16)
    height = canvas.y + 12
    background = f'<rect width="{WIDTH}" height="{height:.0f}" fill="#fff"/>'
    thread_shade = (
        f'<rect y="{thread_top:.0f}" width="{WIDTH}" height="{height - thread_top:.0f}" '
        'fill="#f8f8f8"/>'
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0f}" '
        f'viewBox="0 0 {WIDTH} {height:.0f}" font-family="{FONT}" role="img">\n'
        f"<title>A digest as the bot posts it in Slack: {xml_escape(TITLE)}</title>\n"
        f"{background}\n{thread_shade}\n" + "\n".join(canvas.parts) + "\n</svg>\n"
    )


def sample_messages() -> tuple[blocks.Message, list[blocks.Message]]:
    """The sample article's parent message and quote replies, as the bot posts them."""
    digest = build_digest(ARTICLE, title=TITLE, source=SOURCE)
    parent = blocks.digest_message(digest, requested_by=REQUESTED_BY[0])
    total = len(digest.quotes)
    replies = [
        blocks.quote_message(quote, index=index, total=total)
        for index, quote in enumerate(digest.quotes)
    ]
    return parent, replies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the SVG")
    args = parser.parse_args(argv)
    parent, replies = sample_messages()
    args.out.write_text(draw(parent, replies, dict([REQUESTED_BY])), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
