"""Which gold meetings a candidate matches: the eval's matching semantics, written here.

A candidate matches a gold meeting when at least min(2, len(gold parties)) of its parties are
the gold's: a name that is one of a gold person's names (or shares a surname with a fuller
name whose first word it carries) counts as that person; any other name counts as an
organisation by its content words. The eval script is not imported: training must not
depend on a file outside the repository at import time, and the rule is short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STOP = frozenset(
    """a an the of to and in on for with at by from his her their its that this who was is
    mr mrs ms dr said says""".split()
)


def words(s: str | None) -> list[str]:
    return re.findall(r"[a-z0-9]+", (s or "").lower().replace("’", "'"))


def content(s: str | None) -> frozenset[str]:
    """Content words with a plural 's' dropped ('unions' and 'the union' share 'union')."""
    return frozenset(
        w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words(s) if w not in STOP
    )


@dataclass(frozen=True)
class GoldPeople:
    """A gold file's people, each with every form that names them."""

    names: tuple[tuple[str, frozenset[str]], ...]  # (full name, its normalised forms)

    @classmethod
    def of(cls, people: list[dict]) -> GoldPeople:
        return cls(
            tuple(
                (
                    p["name"],
                    frozenset(" ".join(words(n)) for n in [p["name"], *p.get("aliases", [])] if n),
                )
                for p in people
            )
        )

    def find(self, name: str | None) -> int | None:
        """The index of the gold person this name refers to, if any."""
        n = " ".join(words(name))
        if not n:
            return None
        for i, (_, forms) in enumerate(self.names):
            if n in forms:
                return i
        ws = words(name)
        for i, (full, _) in enumerate(self.names):
            gws = words(full)
            if len(gws) >= 2 and ws[-1] == gws[-1] and (len(ws) == 1 or gws[0] in ws):
                return i
        return None


def party_set(names: list[str], people: GoldPeople) -> set[tuple]:
    """Names as gold people (by index) or organisations (by sorted content words)."""
    out: set[tuple] = set()
    for name in names:
        i = people.find(name)
        out.add(("p", i) if i is not None else ("o", " ".join(sorted(content(name)))))
    return out


def matches(names: list[str], gold_meetings: list[dict], people: GoldPeople) -> list[int]:
    """The indexes of the gold meetings a candidate with these participants matches."""
    mine = party_set(names, people)
    hits = []
    for gi, g in enumerate(gold_meetings):
        theirs = party_set(g.get("participants") or [], people)
        if len(mine & theirs) >= min(2, len(theirs)):
            hits.append(gi)
    return hits
