"""The learned meeting scorer: keeps the candidates a logistic regression rates likely.

Issue 16 allows one learned component where it beats the rules on the blind part. The rules'
meetings and the recall layer's (meeting_candidates.py) are described by
meeting_features.py; a weight per feature, learned by `make train` (training/) from the seen
part of dev/ only, gives each a probability, and those at or over the threshold are kept.
The weights are a JSON file shipped in the package, read with the standard library, so the
bot needs no learning library.

A recall-layer candidate that shares two parties with another recall candidate already
kept repeats it and is dropped; one that shares them with a rule meeting is kept when the
model says so (the features say it is a repeat, and whether it has a time of its own).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from digests.analysis import Analysis
from digests.events.meeting_candidates import Candidate, meeting_candidates
from digests.events.meeting_features import candidate_features
from digests.events.merge import Mention
from digests.parties import Discourse

WEIGHTS_PATH = Path(__file__).with_name("meeting_weights.json")


@dataclass(frozen=True)
class MeetingScorer:
    """Feature weights and the probability a candidate needs to be kept."""

    weights: dict[str, float]
    threshold: float = 0.5
    keep_rules: bool = False  # the rules' meetings are all kept; only the recall layer's scored
    enabled: bool = True  # False: trained, but the engine reports the rules' meetings alone
    info: dict = field(default_factory=dict, compare=False)

    @classmethod
    def from_file(cls, path: Path) -> MeetingScorer:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            weights={k: float(v) for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
            keep_rules=bool(data.get("keep_rules", False)),
            enabled=bool(data.get("enabled", True)),
            info={k: v for k, v in data.items() if k not in {"weights", "threshold"}},
        )

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def choose(self, an: Analysis, mentions: list[Mention], discourse: Discourse) -> list[Mention]:
        """The rules' meetings and the recall layer's that the model keeps, in article order."""
        cands = meeting_candidates(an, mentions, discourse)
        return [c.mention for c in self.kept(an, cands)]

    def kept(self, an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates over the threshold (every rule meeting when `keep_rules`), less
        recall candidates that repeat one already kept, in article order."""
        chosen: list[Candidate] = []
        for cand in candidates:
            ruled = self.keep_rules and cand.source == "rule"
            if (
                not ruled
                and self.probability(candidate_features(an, cand, len(candidates))) < self.threshold
            ):
                continue
            if cand.source != "rule" and any(
                len(cand.mention.keys & c.mention.keys) >= 2 and c.source != "rule" for c in chosen
            ):
                continue  # two recall candidates with the same parties: one meeting
            chosen.append(cand)
        return sorted(chosen, key=lambda c: c.mention.sent_no)


@lru_cache(maxsize=1)
def shipped_scorer() -> MeetingScorer | None:
    """The scorer whose weights ship with the package (loaded once), or None when the file
    is absent or marks it disabled: the rules' meetings are then reported as they are.

    It ships disabled: on the blind part of dev/ (totals only) every model chosen by
    cross-validation on the seen part scored below the rules alone (see `make train`)."""
    if not WEIGHTS_PATH.exists():
        return None
    scorer = MeetingScorer.from_file(WEIGHTS_PATH)
    return scorer if scorer.enabled else None
