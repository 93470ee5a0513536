"""Worst-case articles: time and peak memory of one digest each, within the engine's budget.

Three inputs, generated here (no text from ../shared), each digested in a fresh process so
its peak RSS (VmHWM) is its own and not the highest of the three:
    - a 4.9 MB plain-text article (just under the 5 MiB input cap) of news-like paragraphs
      with quotes, meetings and demands: cut at `digests.text.budget.MAX_PARSE_CHARS`;
    - 10,000 short paragraphs;
    - 100,000 quote marks in a row.
The model's own load (time and RSS before the digest) is printed too, so the digest's
share is visible.

    .venv/bin/python -c "import benchmarks.worst_case as b; b.run()"     (or: make bench)

The generators are imported by tests/digests/test_budget.py, which checks what these
inputs produce (the cut, the offsets, no bogus quotes); the timings live only here.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time

BIG_ARTICLE_BYTES = 4_900_000
PARAGRAPHS = 10_000
QUOTE_MARKS = 100_000

GIVEN = ("Maren", "Tobias", "Ilse", "Corwin", "Delia", "Osric", "Petra", "Anselm", "Rhea", "Lucan")
FAMILY = ("Halloway", "Brennick", "Quillon", "Tennant", "Lindqvist", "Castell", "Drayke", "Ferris")
BODIES = (
    "the Harbour Workers Union",
    "the Valley Water Board",
    "Northfield Council",
    "the Tenants Association",
    "Corvane Logistics",
    "the Regional Transit Authority",
)
ROLES = ("council leader", "union president", "board chair", "chief executive", "spokeswoman")
PLACES = ("Eastport", "the city hall", "Linden", "the port offices", "Marrow Bay")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
HEADLINE = "Harbour dispute drags on as talks resume"


def news_paragraph(rng: random.Random, k: int) -> str:
    """One paragraph of a long-running story: a quote, a meeting, a demand or background.
    Surnames carry a number so that a long article has a large cast, as a real one would."""
    a = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}{k % 97 or ''}"
    b = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    first, second = rng.sample(BODIES, 2)
    kind = k % 5
    if kind == 0:
        return (
            f"\u201cWe will not accept a deal that cuts jobs at {rng.choice(PLACES)},\u201d "
            f"said {a}, the {rng.choice(ROLES)} of {first}."
        )
    if kind == 1:
        return (
            f"{a} met {b} on {rng.choice(DAYS)} in {rng.choice(PLACES)} to discuss the "
            "dispute, and the two sides agreed to meet again next week."
        )
    if kind == 2:
        return (
            f"{first[0].upper()}{first[1:]} urged {second} to reopen the depot before the "
            f"end of the month, and called on {b} to resign."
        )
    if kind == 3:
        return (
            f'"The talks were useful but we are far apart," {b} told reporters after the '
            'session. "There is still a lot of work to do."'
        )
    return (
        f"The dispute began in the spring when {first} announced plans to close two "
        f"sites, a move that {a} described as reckless."
    )


def big_article(chars: int = BIG_ARTICLE_BYTES, seed: int = 11) -> str:
    """A headline and news paragraphs, `chars` characters or just over (ASCII apart from
    curly quotes, so about as many bytes)."""
    rng = random.Random(seed)
    lines = [HEADLINE]
    size = len(HEADLINE)
    k = 0
    while size < chars:
        line = news_paragraph(rng, k)
        lines.append(line)
        size += len(line) + 1
        k += 1
    return "\n".join(lines)


def many_paragraphs(count: int = PARAGRAPHS, seed: int = 12) -> str:
    """`count` one-sentence paragraphs under a headline, every fifth a short quote."""
    rng = random.Random(seed)
    lines = [HEADLINE]
    for k in range(count):
        name = rng.choice(FAMILY)
        lines.append(f'"No," {name} said.' if k % 5 == 0 else f"{name} left.")
    return "\n".join(lines)


def quote_marks(count: int = QUOTE_MARKS) -> str:
    """What a careless paste or a hostile file can be: nothing but double quote marks."""
    return '"' * count


CASES = {
    "4.9 MB article": lambda: big_article(),
    f"{PARAGRAPHS:,} paragraphs": lambda: many_paragraphs(),
    f"{QUOTE_MARKS:,} quote marks": lambda: quote_marks(),
}


def peak_rss_mb() -> float:
    """This process's peak RSS. On Linux from /proc (VmHWM, this program's own memory):
    `ru_maxrss` is carried over from the parent through fork and exec, so a case run after
    the engine bench in `make bench` reported the bench's 306 MB as its own."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 2**20


def measure_one(case: str) -> dict:
    """In this (fresh) process: load the model, build the input, digest it once."""
    from digests import build_digest
    from digests.text.nlp import get_nlp

    t0 = time.perf_counter()
    get_nlp()
    load_s = time.perf_counter() - t0
    load_rss = peak_rss_mb()
    text = CASES[case]()
    t0 = time.perf_counter()
    digest = build_digest(text)
    return {
        "case": case,
        "chars": len(text),
        "read": digest.truncated_at or len(text),
        "seconds": time.perf_counter() - t0,
        "peak_rss_mb": peak_rss_mb(),
        "model_load_s": load_s,
        "model_rss_mb": load_rss,
        "quotes": len(digest.quotes),
    }


def run() -> None:
    """Print time and peak RSS per case, each digested in its own process."""
    from digests.text.budget import MAX_PARSE_CHARS

    print(f"worst cases, one digest each in a fresh process; limit {MAX_PARSE_CHARS:,} chars")
    for case in CASES:
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.worst_case", case],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(child.stdout.strip().splitlines()[-1])
        print(
            f"  {case:22} {r['chars']:>9,} chars, {r['read']:>7,} read: "
            f"{r['seconds']:6.2f} s, peak RSS {r['peak_rss_mb']:5.0f} MB "
            f"(model alone {r['model_rss_mb']:.0f} MB), {r['quotes']} quotes",
            flush=True,
        )


if __name__ == "__main__":
    if len(sys.argv) > 1:
        print(json.dumps(measure_one(sys.argv[1])))
    else:
        run()
