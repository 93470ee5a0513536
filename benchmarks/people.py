"""`/digest who` speed: the person index over a busy channel's stored digests.

A temporary SQLite store holds CHANNEL_DIGESTS posted digests in one channel (invented
people, six to seven per article, one of them in every tenth article). Measured: the first
question (read every digest of the channel, fold the names, group identities), the same
and other questions again (the channel's people kept, only the version query and the
match), and "who recurs" over a roundup's worth of digests.

    .venv/bin/python -c "import benchmarks.people as b; b.run()"     (or: make bench)
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

CHANNEL_DIGESTS = 2000
ROUNDUP_DIGESTS = 200
ROUNDS = 5
CHANNEL = "C0BENCHWHO"


def _fill(store, count: int) -> list:
    """`count` digests posted in CHANNEL, written in one transaction (rows as the store's
    `save_article`, `begin_post` and `set_parent_ts` leave them)."""
    import json

    from bot.storage.tables import ArticleRow, PostRow
    from digests.model import Digest, Person, Quote

    digests = []
    with store.session() as s:
        for i in range(count):
            people = [
                Person(
                    f"Given{j} Family{(i * 7 + j) % 300}",
                    "council member",
                    [f"Family{(i * 7 + j) % 300}"],
                )
                for j in range(6)
            ]
            if i % 10 == 0:
                aliases = ["Vukovic", "the water commissioner"]
                people.append(Person("Marta Vukovic", "water commissioner", aliases))
            quotes = [Quote("…", p.name) for p in people[:4]]
            digest = Digest(title=f"Story {i}", people=people, quotes=quotes)
            article = ArticleRow(
                content_hash=f"bench{i}",
                title=digest.title,
                digest_json=json.dumps(digest.to_dict(), ensure_ascii=False),
            )
            s.add(article)
            s.flush()
            s.add(
                PostRow(
                    channel=CHANNEL,
                    article_id=article.id,
                    quotes_total=4,
                    parent_ts=f"{1700000000 + i}.000100",
                )
            )
            digests.append(digest)
    return digests


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def run() -> None:
    from bot.digesting.person_index import PersonIndex
    from bot.storage.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        try:
            digests = _fill(store, CHANNEL_DIGESTS)
            index = PersonIndex(store)
            t0 = time.perf_counter()
            found = index.lookup(CHANNEL, "Vukovic")
            cold = time.perf_counter() - t0
            assert len(found.appearances) == CHANNEL_DIGESTS // 10
            warm = []
            for _ in range(ROUNDS):
                for name in ("Vukovic", "the water commissioner", "Nobody Here"):
                    t0 = time.perf_counter()
                    index.lookup(CHANNEL, name)
                    warm.append(time.perf_counter() - t0)
            recurring = []
            for _ in range(ROUNDS):
                t0 = time.perf_counter()
                index.recurring(digests[:ROUNDUP_DIGESTS])
                recurring.append(time.perf_counter() - t0)
        finally:
            store.close()
    median_warm = statistics.median(warm)
    print(f"/digest who over {CHANNEL_DIGESTS} digests in a channel:")
    print(f"  first question (read and group every digest): {_ms(cold)}")
    print(
        f"  later questions (median of {len(warm)}): {_ms(median_warm)} "
        f"({cold / median_warm:.1f}x faster than the first)"
    )
    print(
        f"who recurs in a roundup of {ROUNDUP_DIGESTS} digests (median of {ROUNDS}): "
        f"{_ms(statistics.median(recurring))}"
    )


if __name__ == "__main__":
    run()
