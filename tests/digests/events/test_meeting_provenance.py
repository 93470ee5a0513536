"""Why a meeting is reported: each mention's trigger construction and each party's rule.

Invented sentences, one per construction and argument rule; the real engine reads them.
"""

from __future__ import annotations

import pytest

from digests import build_digests
from digests.model import MeetingProvenance

# (sentence, trigger, construction, {party name ending: rule})
CASES = [
    (
        "Mayor Ilse Drummond met Governor Otto Rask on Monday.",
        "met",
        "verb + object",
        {"Drummond": "subject", "Rask": "object"},
    ),
    (
        "Senator Vera Lindqvist, who met with Minister Karl Obuya on Friday, said little.",
        "met",
        "verb + with-phrase",
        {"Lindqvist": "relative clause", "Obuya": "with-phrase"},
    ),
    (
        "Kestrel Mining held talks with the Western Nurses Federation on Tuesday.",
        "talks",
        "noun + with-phrase",
        {"Kestrel Mining": "holder subject", "Western Nurses Federation": "with-phrase"},
    ),
    (
        "Harlow Freight received a call from Chancellor Mira Solberg on Thursday.",
        "call",
        "noun + from",
        {"Harlow Freight": "holder subject", "Solberg": "from-phrase"},
    ),
    (
        "Mayor Ilse Drummond and Governor Otto Rask met on Monday.",
        "met",
        "verb + coordinated subject",
        {"Drummond": "subject", "Rask": "subject"},
    ),
    (
        "Governor Otto Rask was summoned by Mayor Ilse Drummond on Monday.",
        "summoned",
        "verb + passive",
        {"Rask": "passive subject", "Drummond": "by-phrase"},
    ),
    (
        "Mayor Ilse Drummond spoke to reporters on Monday. Then she met the press secretary, "
        "Tilde Ward, at noon.",
        "met",
        "verb + object",
        {"Drummond": "subject", "Ward": "object"},
    ),
]
# A party the trigger's grammar does not give: the stage that added it.
STAGES = [
    (
        "Senator Vera Lindqvist welcomed Minister Karl Obuya on Monday. The summit with "
        "Norland ended on Tuesday.",
        "summit",
        {"Lindqvist", "Obuya"},
        "previous sentence",
    ),
]


def _why(text: str) -> list[tuple[list[str], list[MeetingProvenance]]]:
    (digest,) = build_digests([text])
    return [(m.participants, m.provenance or []) for m in digest.meetings]


def _rule(why: MeetingProvenance, ending: str) -> str | None:
    return next((r for name, r in why.parties.items() if name.endswith(ending)), None)


@pytest.mark.parametrize(("text", "trigger", "construction", "rules"), CASES)
def test_each_party_names_its_rule(text, trigger, construction, rules):
    found = [w for _, whys in _why(text) for w in whys if w.trigger == trigger]
    assert found, _why(text)
    why = found[0]
    assert why.construction == construction
    assert why.frame
    assert {end: _rule(why, end) for end in rules} == rules


@pytest.mark.parametrize(("text", "trigger", "ends", "stage"), STAGES)
def test_a_party_outside_the_grammar_names_its_stage(text, trigger, ends, stage):
    whys = [w for _, ws in _why(text) for w in ws if w.trigger == trigger]
    assert whys, _why(text)
    assert all(_rule(whys[0], end) == stage for end in ends), whys


def test_merged_mentions_keep_each_reason():
    text = (
        "Mayor Ilse Drummond met Governor Otto Rask on Monday. The meeting between Drummond "
        "and Rask lasted two hours."
    )
    ((parties, whys),) = _why(text)
    assert {w.trigger for w in whys} == {"met", "meeting"}
