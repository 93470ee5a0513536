"""`make train`: learn the meeting scorer's weights from the seen part of dev/.

    python -m training.train_meetings [--gold-dir ../shared/eval/dev] [--out PATH] [--enable]

The weights file says whether the engine uses the scorer ("enabled"): only --enable turns it
on, after the blind part's totals (score.py --split blind) show it beating the rules alone.

A logistic regression over the candidates' features (meeting_features.py). The
regularisation strength and the probability threshold are chosen by grouped cross-validation
over seen articles (a fold holds whole articles), on the figure the eval reports: micro F1 of
the meetings kept, after the scorer's own repeat filter, matched greedily to gold. The final
model is fitted on every seen article and written as JSON (weights by feature name, the
threshold, the cross-validated figures), which digests/events/meeting_scorer.py reads.

Deterministic: lbfgs on a fixed feature order, unshuffled folds, weights rounded for the file.
scikit-learn is needed here only (the `train` extra), never by the bot.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from digests.events.meeting_scorer import WEIGHTS_PATH
from training.meeting_data import Article, Example, load_articles

# The features the model weighs: a small set, chosen by grouped cross-validation on seen
# articles (F1 0.647 for these, 0.647 for the full set of meeting_features.py, which is
# slower to read and swings more from fold to fold). The rules' meetings are all kept (they
# were tuned on their own, and CV found no gain in scoring them); the model decides the
# recall layer's.
FEATURES = (
    "strict",
    "real",
    "has_when",
    "has_where",
    "status_upcoming",
    "frame_Meet_with",
    "key_two",
    "parties_2",
    "entities",
    "in_quote",
    "headline_sentence",
)
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(0.2 + 0.025 * i, 3) for i in range(25))  # 0.2 .. 0.8
FOLDS = 5


@dataclass(frozen=True)
class Counts:
    """Micro totals over articles: predicted, gold and matched meetings."""

    pred: int
    gold: int
    tp: int

    def f1(self) -> float:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(self.f1(), 3)}


def kept(
    examples: tuple[Example, ...], probs: list[float], threshold: float, keep_rules: bool = False
) -> list[Example]:
    """The scorer's choice (meeting_scorer.MeetingScorer.kept), replayed on examples."""
    chosen: list[Example] = []
    for ex, prob in zip(examples, probs, strict=True):
        if prob < threshold and not (keep_rules and ex.source == "rule"):
            continue
        if ex.source != "rule" and any(
            len(ex.keys & c.keys) >= 2 and c.source != "rule" for c in chosen
        ):
            continue
        chosen.append(ex)
    return sorted(chosen, key=lambda e: e.sent_no)


def evaluate(
    articles: list[Article], probs: list[list[float]], threshold: float, keep_rules: bool = False
) -> Counts:
    """The eval's greedy one-to-one matching of kept candidates to gold meetings."""
    pred = gold = tp = 0
    for art, p in zip(articles, probs, strict=True):
        chosen = kept(art.examples, p, threshold, keep_rules)
        used: set[int] = set()
        for gi in range(art.n_gold):
            hit = next(
                (k for k, ex in enumerate(chosen) if k not in used and gi in ex.gold_hits), None
            )
            if hit is not None:
                used.add(hit)
        pred, gold, tp = pred + len(chosen), gold + art.n_gold, tp + len(used)
    return Counts(pred, gold, tp)


def matrix(
    articles: list[Article], names: list[str] | tuple[str, ...]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The recall candidates' features (fixed column order), labels, and each row's article
    (the CV group). The rules' candidates are left out: they are kept whatever they score.

    The label is whether the candidate names a gold meeting (whether the rules found it
    too or not: the repeat filter handles those), so the model learns what a meeting
    sentence looks like rather than which ones the rules happened to miss on the articles
    they were written from."""
    rows, labels, groups = [], [], []
    for g, art in enumerate(articles):
        for ex in art.examples:
            if ex.source == "rule":
                continue
            rows.append([ex.features.get(n, 0.0) for n in names])
            labels.append(int(bool(ex.gold_hits)))
            groups.append(g)
    return np.array(rows, dtype=float), np.array(labels), np.array(groups)


def fit(x: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000)
    return model.fit(x, y)


def split_by_article(articles: list[Article], flat: np.ndarray) -> list[list[float]]:
    """Each article's candidates' probabilities, the rules' (not in `flat`) at 1."""
    out, at = [], 0
    for art in articles:
        probs = []
        for ex in art.examples:
            if ex.source == "rule":
                probs.append(1.0)
            else:
                probs.append(float(flat[at]))
                at += 1
        out.append(probs)
    return out


def cross_validate(articles: list[Article], names: tuple[str, ...]) -> dict:
    """Out-of-fold probabilities for each C; the best (C, threshold) by micro F1."""
    x, y, groups = matrix(articles, names)
    best: dict = {"f1": -1.0}
    for c in C_GRID:
        oof = np.zeros(len(y))
        folds = GroupKFold(n_splits=min(FOLDS, len(articles)))
        for train, test in folds.split(x, y, groups):
            oof[test] = fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
        probs = split_by_article(articles, oof)
        for t in THRESHOLDS:
            counts = evaluate(articles, probs, t, keep_rules=True)
            if counts.f1() > best["f1"] + 1e-9:
                best = {"f1": counts.f1(), "c": c, "threshold": t, **counts.figures()}
    return best


def rules_only(articles: list[Article]) -> Counts:
    """The rules' own figure on the same articles: every rule candidate, no other."""
    probs = [[1.0 if ex.source == "rule" else 0.0 for ex in a.examples] for a in articles]
    return evaluate(articles, probs, 0.5)


def train(articles: list[Article], enable: bool = False) -> dict:
    """The weights file's content: weights by name, threshold, and how they were chosen."""
    names = FEATURES
    cv = cross_validate(articles, names)
    x, y, _ = matrix(articles, names)
    model = fit(x, y, cv["c"])
    weights = {"bias": round(float(model.intercept_[0]), 6)}
    weights |= {n: round(float(w), 6) for n, w in zip(names, model.coef_[0], strict=True)}
    return {
        "model": "logistic regression over meeting_features.candidate_features",
        "trained_on": "the seen part of dev/ (files not in BLIND.txt)",
        "articles": len(articles),
        "recall_candidates": int(len(y)),
        "positives": int(y.sum()),
        "rules_only_seen": rules_only(articles).figures(),
        "cross_validated": {k: round(v, 3) if isinstance(v, float) else v for k, v in cv.items()},
        "threshold": cv["threshold"],
        "enabled": enable,
        "keep_rules": True,
        "weights": weights,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold-dir", type=Path, default=Path("../shared/eval/dev"))
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    ap.add_argument(
        "--enable", action="store_true", help="let the engine use it (after the blind check)"
    )
    args = ap.parse_args(argv)
    articles = load_articles(args.gold_dir)
    if not articles:
        print(f"no seen gold articles in {args.gold_dir}", file=sys.stderr)
        return 1
    result = train(articles, enable=args.enable)
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    keys = ("articles", "recall_candidates", "positives", "rules_only_seen")
    summary = {k: result[k] for k in keys}
    print(json.dumps(summary | {"cross_validated": result["cross_validated"]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
