"""The meeting scorer's training data: every candidate of every seen dev article, labelled.

Each gold article is digested the way the engine digests it (budget, parse, analysis, quote
reader, meeting rules); a recording chooser catches the candidates and their features where
the engine would score them. A candidate is positive when it matches a gold meeting
(labels.py). Files listed in the gold directory's BLIND.txt are never opened: only their
names are read, to leave them out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from digests.analysis import Analysis, analyse
from digests.engine import budget_for, parse
from digests.events.meeting_candidates import Candidate, meeting_candidates
from digests.events.meeting_features import candidate_features
from digests.events.meetings import extract_meetings
from digests.events.merge import Mention
from digests.parties import Discourse
from digests.quotes.attribution import extract_quotes
from digests.text.budget import MAX_PARSE_CHARS
from training.labels import GoldPeople, matches


@dataclass(frozen=True)
class Example:
    """One candidate: what the scorer sees, and which gold meetings it would match."""

    source: str
    sent_no: int
    keys: frozenset[str]
    features: dict[str, float]
    gold_hits: tuple[int, ...]


@dataclass(frozen=True)
class Article:
    """A gold article's candidates and how many meetings its gold lists."""

    name: str
    n_gold: int
    examples: tuple[Example, ...]


class Recorder:
    """A meeting chooser that keeps the rules' meetings and remembers every candidate with
    its features, as the shipped scorer would see them."""

    def __init__(self) -> None:
        self.seen: list[tuple[Candidate, dict[str, float]]] = []

    def choose(self, an: Analysis, mentions: list[Mention], discourse: Discourse) -> list[Mention]:
        cands = meeting_candidates(an, mentions, discourse)
        self.seen = [(c, candidate_features(an, c, len(cands))) for c in cands]
        return mentions


def seen_files(gold_dir: Path) -> list[Path]:
    """The gold files not listed in BLIND.txt, by name order."""
    listed = gold_dir / "BLIND.txt"
    blind = set()
    if listed.exists():
        lines = listed.read_text(encoding="utf-8").splitlines()
        blind = {x.strip() for x in lines if x.strip() and not x.startswith("#")}
    return [p for p in sorted(gold_dir.glob("*.json")) if p.stem not in blind]


def article_examples(name: str, gold: dict) -> Article:
    """Digest one gold article's text and label its meeting candidates."""
    budgeted = budget_for(gold["text"], MAX_PARSE_CHARS)
    an = analyse(parse(budgeted.folded), budgeted.text)
    recorder = Recorder()
    extract_meetings(an, extract_quotes(an).discourse, recorder)
    people = GoldPeople.of(gold.get("people", []))
    gold_meetings = gold.get("meetings", [])
    cast_names = {m.name for m in an.cast.members}
    hits = []
    for cand, _ in recorder.seen:
        # the names the digest would print: organisations by their fullest form
        names = [
            p.name if p.name in cast_names else an.org_names.canonical(p.name)
            for p in cand.mention.parties
        ]
        hits.append(tuple(matches(names, gold_meetings, people)))
    examples = []
    for (cand, features), found in zip(recorder.seen, hits, strict=True):
        examples.append(
            Example(
                source=cand.source,
                sent_no=cand.mention.sent_no,
                keys=frozenset(str(k) for k in cand.mention.keys),
                features=features,
                gold_hits=found,
            )
        )
    return Article(name=name, n_gold=len(gold_meetings), examples=tuple(examples))


def load_articles(gold_dir: Path) -> list[Article]:
    """Every seen article's labelled candidates (articles without a meetings part skipped)."""
    out = []
    for path in seen_files(gold_dir):
        gold = json.loads(path.read_text(encoding="utf-8"))
        scope = set(gold.get("scope") or ("meetings",))
        if "meetings" in scope:
            out.append(article_examples(path.stem, gold))
    return out
