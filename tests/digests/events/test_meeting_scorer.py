"""The learned meeting scorer: the shipped weights load and describe the features the engine
computes, the recall layer proposes what the rules miss, and the trainer runs on invented
gold articles, deterministically, without opening a file BLIND.txt lists.

Names and places are invented.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from digests.analysis import analyse
from digests.engine import build_digest, parse
from digests.events.meeting_candidates import meeting_candidates
from digests.events.meeting_features import candidate_features
from digests.events.meeting_scorer import WEIGHTS_PATH, MeetingScorer, shipped_scorer
from digests.events.meetings import extract_meetings
from digests.parties import Discourse
from training import train_meetings
from training.labels import GoldPeople, matches

ARTICLE = (
    "Mayor Ines Taro met union leader Bo Kemp in Brevik on Tuesday to discuss the strike.\n"
    "Kemp later said the union would not back down.\n"
    "Talks involving Governor Ada Quell and Senator Ivo Pell stalled over the budget, "
    "aides said.\n"
)


def _candidates(text: str):
    an = analyse(parse(text))
    discourse = Discourse.of(an)
    rules = []

    class Keep:
        def choose(self, an_, mentions, discourse_):
            rules.extend(mentions)
            return mentions

    extract_meetings(an, discourse, Keep())
    return an, meeting_candidates(an, rules, discourse)


def test_shipped_weights_load_and_name_only_computed_features():
    scorer = MeetingScorer.from_file(WEIGHTS_PATH)
    assert (shipped_scorer() is not None) == scorer.enabled
    assert 0.0 < scorer.threshold < 1.0
    an, cands = _candidates(ARTICLE)
    assert cands
    names = set(candidate_features(an, cands[0], len(cands)))
    assert set(scorer.weights) <= names
    assert all(math.isfinite(w) for w in scorer.weights.values())


def test_recall_layer_proposes_a_sentence_the_rules_left():
    an, cands = _candidates(ARTICLE)
    by_source = {c.source: c for c in cands}
    assert {"Ines Taro", "Bo Kemp"} <= {p.name for p in by_source["rule"].mention.parties}
    recall = by_source["cooccur"]
    assert {"Ada Quell", "Ivo Pell"} <= {p.name for p in recall.mention.parties}
    assert recall.trigger.lower_ == "talks"


def test_a_scorer_that_keeps_nothing_reports_no_meeting_and_the_engine_reports_them():
    nothing = MeetingScorer(weights={"bias": -30.0}, threshold=0.5)
    an = analyse(parse(ARTICLE))
    assert extract_meetings(an, Discourse.of(an), nothing) == []
    everything = MeetingScorer(weights={"bias": 30.0}, threshold=0.5)
    found = extract_meetings(an, Discourse.of(an), everything)
    assert len(found) == 2
    assert build_digest(ARTICLE).meetings  # the plain meeting, with or without the scorer


def test_labels_follow_the_eval_matching():
    people = GoldPeople.of(
        [{"name": "Ines Taro", "aliases": ["Taro"]}, {"name": "Bo Kemp", "aliases": []}]
    )
    gold = [{"participants": ["Ines Taro", "Bo Kemp"]}, {"participants": ["Brevik Council"]}]
    assert matches(["Taro", "Kemp", "the union"], gold, people) == [0]
    assert matches(["the Brevik council"], gold, people) == [1]
    assert matches(["Ines Taro", "Ada Quell"], gold, people) == []


SENTENCES = [
    ("{a} met {b} in Carrow on Monday to discuss the contract.", True),
    ("{a} spoke with {b} about the strike on Friday.", True),
    ("{c} and {d} said the dispute was costly.", False),
    ("Talks involving {c} and {d} stalled over pay, aides said.", False),
]
NAMES = [
    ("Ines Taro", "Bo Kemp", "Ada Quell", "Ivo Pell"),
    ("Rena Solt", "Dag Imre", "Lia Fenn", "Otto Brask"),
    ("Mara Vell", "Teo Lund", "Nils Orr", "Kaja Rist"),
    ("Ivan Hale", "Suki Dorn", "Pia Lorne", "Emil Tark"),
    ("Vera Olm", "Jon Skov", "Ada Brin", "Lev Mott"),
]


def _gold_dir(tmp: Path) -> Path:
    tmp.mkdir()
    for k, (a, b, c, d) in enumerate(NAMES):
        lines = [s.format(a=a, b=b, c=c, d=d) for s, _ in SENTENCES]
        # the talks the rules leave to the recall layer are a meeting in some articles only
        meetings = [{"participants": [a, b]}] + ([{"participants": [c, d]}] if k % 2 else [])
        people = [{"name": n, "aliases": [n.split()[1]]} for n in (a, b, c, d)]
        gold = {"text": "\n".join(lines) + "\n", "people": people, "meetings": meetings}
        (tmp / f"{k}_invented.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp / "9_blind.json").write_text("not json: a blind file must never be opened")
    (tmp / "BLIND.txt").write_text("# blind\n9_blind\n")
    return tmp


@pytest.mark.slow  # two trainings: parses and fits, several seconds
def test_trainer_is_deterministic_and_never_opens_blind_files(tmp_path):
    gold = _gold_dir(tmp_path / "gold")
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert train_meetings.main(["--gold-dir", str(gold), "--out", str(first)]) == 0
    assert train_meetings.main(["--gold-dir", str(gold), "--out", str(second)]) == 0
    assert first.read_text() == second.read_text()
    trained = MeetingScorer.from_file(first)
    assert trained.info["articles"] == len(NAMES)
    assert "bias" in trained.weights and 0.0 < trained.threshold < 1.0
