"""Digest engine speed: ours against a bare spaCy parse of the same text, in one run.

Machines here are noisy, so the figure that matters is the ratio measured in the same
process, interleaved article by article: median time to `build_digest(text)` over the
median time of a bare `nlp(text)` with the stock pipeline (no component of ours). Also
batch throughput through `build_digests` (nlp.pipe) and peak RSS.

Articles: ../shared/eval/dev and ../shared/eval/dev-long (long political news) when
present, each set measured on its own; else our own fixture articles.

    .venv/bin/python -c "import benchmarks.engine as b; b.run()"     (or: make bench)
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = (EVAL / "dev", EVAL / "dev-long")
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
ROUNDS = 5
# Articles per set, the first by file name: dev-long grew to 360 long articles, which made
# five interleaved rounds take most of an hour; 60 keep the ratio steady in minutes.
MAX_ARTICLES = 60
TARGET_RATIO = 1.2
# The same batch for both: spaCy's default (1000) holds hundreds of long Docs at once.
BATCH_SIZE = 8


def article_sets() -> list[tuple[str, list[str]]]:
    """(where, texts) for each gold set on disk, or our fixture articles alone."""
    found = []
    for folder in SETS:
        if folder.is_dir():
            paths = sorted(folder.glob("*.json"))[:MAX_ARTICLES]
            texts = [json.loads(p.read_text("utf-8"))["text"] for p in paths]
            if texts:
                found.append((str(folder), texts))
    if found:
        return found
    return [(str(FIXTURES), [p.read_text("utf-8") for p in sorted(FIXTURES.glob("*.txt"))])]


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 2**20


def run() -> None:
    """Print the engine figures for every article set (see the module docstring)."""
    import spacy

    from digests.text.nlp import get_nlp, model_names

    ours = get_nlp()
    bare = next(spacy.load(n) for n in model_names() if spacy.util.is_package(n))
    for where, texts in article_sets():
        measure(where, texts, ours, bare)
    print(f"  peak RSS                {peak_rss_mb():7.0f} MB")


def measure(where: str, texts: list[str], ours, bare) -> None:
    """Interleaved digest and bare-parse timings of one article set, then batch speed."""
    from digests import build_digest, build_digests

    for text in texts[:2]:  # warm both pipelines
        bare(text)
        build_digest(text)

    ours_t: list[float] = []
    bare_t: list[float] = []
    for _ in range(ROUNDS):
        for text in texts:
            t0 = time.perf_counter()
            bare(text)
            t1 = time.perf_counter()
            build_digest(text)
            t2 = time.perf_counter()
            bare_t.append(t1 - t0)
            ours_t.append(t2 - t1)

    t0 = time.perf_counter()
    n = sum(1 for _ in build_digests(texts * ROUNDS, batch_size=BATCH_SIZE))
    batch = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in bare.pipe(texts * ROUNDS, batch_size=BATCH_SIZE):
        pass
    bare_batch = time.perf_counter() - t0

    med_ours, med_bare = statistics.median(ours_t), statistics.median(bare_t)
    print(f"engine: {len(texts)} articles from {where}, {ROUNDS} rounds, model {ours.meta['name']}")
    print(f"  median digest time      {med_ours * 1000:7.1f} ms")
    print(f"  median bare nlp(text)   {med_bare * 1000:7.1f} ms")
    ratio = med_ours / med_bare
    print(f"  ratio digest/bare       {ratio:7.2f}   (target <= {TARGET_RATIO})")
    print(f"  batch via nlp.pipe      {n / batch:7.1f} articles/s (bare pipe {n / bare_batch:.1f})")


if __name__ == "__main__":
    run()
