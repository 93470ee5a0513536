"""A second outside tester's behavioural suite for demands (issue 16): the shapes news desks
write a demand in, one sentence each, crossed with invented parties and acts.

Written without reading the demand rules or the other demand suites, so the templates are
this author's idea of plain news phrasing: 'A demanded that B resign', 'A called on B to',
'A pressed B for', 'A asked the court to', 'B must ..., A said', 'B was urged to', quoted
cues, pronoun subjects after a naming sentence, titles, bodies and countries as parties.

Each class crosses its templates with rotating fillers. A positive row names who demands
(key words of `by`, or NOBODY when the sentence names no asker) and, where the sentence
names one, who is asked (`of`). A negative twin shares the class's words and must give no
demand at all. The traps of modality (negation, plans, questions) belong to another suite
(the mtrap helper's); the twins here are other senses of the same words.
"""

from __future__ import annotations

from tests.digests.events.demand_fresh2_fillers import (
    ASKERS,
    BODIES,
    COUNTRIES,
    NOBODY,
    TARGET_BODIES,
    TARGETS,
    Case,
    Party,
    fill,
)
from tests.digests.events.demand_fresh2_more import MORE, MORE_TWINS
from tests.digests.events.demand_fresh2_twins import TWINS

# name -> (templates, check the addressee, askers, targets). A template's {A} demands of {B}.
POSITIVE: dict[str, tuple[list[str], bool, list[Party], list[Party]]] = {
    "demand_that": (
        [
            "{A} demanded that {B} {act}.",
            "{A} is demanding that {B} {act}.",
            "{A} has demanded that {B} {act} immediately.",
            "{A} on Tuesday demanded that {B} {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "call_on": (
        [
            "{A} called on {B} to {act}.",
            "{A} has called on {B} to {act} before the summer.",
            "{A} called upon {B} to {act}.",
            "{A} is calling on {B} to {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "urge": (
        [
            "{A} urged {B} to {act}.",
            "{A} urged {B} on Monday to {act}.",
            "{A} strongly urged {B} to {act}.",
            "{A} is urging {B} to {act} without delay.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "press_push": (
        [
            "{A} pressed {B} to {act}.",
            "{A} is pressing {B} to {act}.",
            "{A} is pushing {B} to {act}.",
            "{A} has pressed {B} for months to {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "court_filing": (
        [
            "{A} asked the court to {court}.",
            "{A} filed a motion asking the judge to {court}.",
            "{A} asked a federal judge on Monday to {court}.",
            "{A} has petitioned the high court to {court}.",
        ],
        False,
        ASKERS,
        TARGETS,
    ),
    "injunction": (
        [
            "{A} sought an injunction to stop {B} from {stop}.",
            "{A} is seeking an injunction to prevent {B} from {stop}.",
            "{A} went to court to stop {B} from {stop}.",
            "{A} has asked a judge to bar {B} from {stop}.",
        ],
        False,
        ASKERS,
        TARGET_BODIES,
    ),
    "petition_appeal_lobby": (
        [
            "{A} has petitioned {B} to {act}.",
            "{A} appealed to {B} to {act}.",
            "{A} lobbied {B} to {act}.",
            "{A} has lobbied {B} for months to {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "want": (
        [
            "{A} wants {B} to {act}.",
            "{A} would like {B} to {act}.",
            "Residents want {B} to {act}, {a} said.",
            "{A} wanted {B} to {act} this year.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "demand_noun": (
        [
            "{A} made a formal demand for {B} to {act}.",
            "{A} has issued a demand that {B} {act} by Friday.",
            "{A} repeated {Aposs} demand that {B} {act}.",
            "{A} restated {Aposs} call for {B} to {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "ultimatum_deadline": (
        [
            "{A} issued an ultimatum to {B} to {act}.",
            "{A} gave {B} until Friday to {act}.",
            "{A} gave {B} 48 hours to {act}.",
            "{A} set {B} a deadline of March 1 to {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "insist_request_that": (
        [
            "{A} insisted that {B} {act}.",
            "{A} insisted that {B} must {act}.",
            "{A} requested that {B} {act}.",
            "{A} has asked that {B} {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "reported_modal": (
        [
            "{Bc} must {act}, {a} said.",
            "{Bc} should {act}, {a} said.",
            "{Bc} needs to {act}, {a} told reporters.",
            "{A} said {B} must {act}.",
            "{A} said {B} should {act} as soon as possible.",
            "{Bc} has to {act}, {a} said on Monday.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "quoted_cue": (
        [
            '"{Bc} must {act}," {a} said.',
            '"We are calling on {B} to {act}," {a} said.',
            '"We want {B} to {act}," said {a}.',
            '"{Bc} needs to {act} now," {a} told reporters.',
            '"We urge {B} to {act}," {a} said in a statement.',
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "warn_tell_order": (
        [
            "{A} warned {B} to {act}.",
            "{A} told {B} to {act}.",
            "{A} ordered {B} to {act}.",
            "{A} warned {B} that {Bpron} must {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "renewed_joined_calls": (
        [
            "{A} renewed calls for {B} to {act}.",
            "{A} repeated calls for {B} to {act}.",
            "{A} joined calls for {B} to {act}.",
            "{A} led calls for {B} to {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "seek_from": (
        [
            "{A} is seeking {thing} from {B}.",
            "{A} is demanding {thing} from {B}.",
            "{A} asked {B} for {thing}.",
            "{A} pressed {B} for {thing}.",
            "{A} said {Apron_l} needs {thing} from {B}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "passive_agent": (
        [
            "{Bc} was urged by {a} to {act}.",
            "{Bc} was urged to {act} by {a}.",
            "{Bc} has been asked by {a} to {act}.",
            "{Bc} was ordered by {a} to {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "pronoun_asker": (
        [
            "{A} spoke at a rally on Monday. {Apron} urged {B} to {act}.",
            "{A} addressed reporters on Tuesday. {Apron} demanded that {B} {act}.",
            "{A} released a statement on Friday. {Apron} called on {B} to {act}.",
            "{A} held a news conference on Monday. {Apron} said {B} must {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "countries": (
        [
            "{A} demanded that {B} {cact}.",
            "{A} urged {B} to {cact}.",
            "{A} called on {B} to {cact}.",
            "{A} has pressed {B} to {cact}.",
        ],
        True,
        COUNTRIES,
        COUNTRIES[::-1],
    ),
    "news_asides": (
        [
            "In a letter to {B}, {a} demanded that {Bpron} {act}.",
            "{A}, in a statement on Monday, called on {B} to {act}.",
            "Speaking to reporters, {a} urged {B} to {act}.",
            "{A} wrote to {B} asking {Bobj} to {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "reported_layer": (
        [
            "{A} said {Apron_l} had asked {B} to {act}.",
            "{A} said in a statement that {Apron_l} had urged {B} to {act}.",
            "A spokesperson for {a} said the group wants {B} to {act}.",
            "{A} confirmed that {Apron_l} had written to {B} demanding that {Bpron} {act}.",
        ],
        True,
        BODIES,
        TARGETS,
    ),
}
# "concessions from workers": the giver is a group the sentence names by its noun
GIVER_GROUPS = [
    Party("workers", ("workers",)),
    Party("the tenants", ("tenants",)),
    Party("the airlines", ("airlines",)),
    Party("local farmers", ("farmers",)),
]
POSITIVE["giver_group"] = (
    [
        "{A} needs concessions from {B} to keep the plant open.",
        "{A} is seeking higher contributions from {B}.",
        "{A} demanded a written apology from {B}.",
        "{A} wants a bigger share of the costs from {B}.",
    ],
    True,
    BODIES,
    GIVER_GROUPS,
)
# classes whose sentences name no addressee the grammar can check, or none at all
AGENTLESS = {
    "passive_no_agent": [
        "{Bc} was urged to {act}.",
        "{Bc} has been asked to {act}.",
        "Calls grew for {B} to {act}.",
        "Calls are growing for {B} to {act}.",
    ],
}
ROWS = 16


def _positive(name: str, templates: list[str], check_of: bool, askers, targets) -> list[Case]:
    cases = []
    for i in range(ROWS):
        template = templates[i % len(templates)]
        text, a, b = fill(template, i, askers, targets)
        if a.text == b.text:
            text, a, b = fill(template, i + 1, askers, targets)
        by = ("Residents", "resident") if text.startswith("Residents") else a.keys
        if "{A2}" in template:  # coordinated askers: either name is the asker
            by = a.keys + _second(i, askers)
        of = b.keys if check_of or "{B}" in template and name != "injunction" else None
        cases.append(Case(name, text, True, by, of))
    return cases


def _second(i: int, askers: list[Party]) -> tuple[str, ...]:
    """The keys of the second of two coordinated askers in row `i` (as `fill` picks it)."""
    return askers[(i + 4) % len(askers)].keys


def _agentless(name: str, templates: list[str]) -> list[Case]:
    cases = []
    for i in range(ROWS):
        text, _, b = fill(templates[i % len(templates)], i, ASKERS, TARGETS)
        cases.append(Case(name, text, True, NOBODY, b.keys))
    return cases


def _twins(name: str) -> list[Case]:
    cases = []
    for i, template in enumerate(TWINS.get(name, []) + MORE_TWINS.get(name, [])):
        text, _, _ = fill(template, i, ASKERS, TARGETS)
        cases.append(Case(name, text, False))
    return cases


def build_cases() -> list[Case]:
    """Every row of every class, positives then their twins."""
    cases: list[Case] = []
    for name, (templates, check_of, askers, targets) in (POSITIVE | MORE).items():
        cases += _positive(name, templates, check_of, askers, targets)
        cases += _twins(name)
    for name, templates in AGENTLESS.items():
        cases += _agentless(name, templates)
        cases += _twins(name)
    return cases
