"""Behavioural suite for the demand classes a hand-labelled set of real political news showed
the engine missing or inventing (issue 16, session "silverd"). The labelled set stays outside
the repository; every sentence here is invented, and each class is a shape of English, not
of any one article:

- for_gerund: the wanted act as a gerund after 'for' ('called for scrapping the fee').
- clitic_has: the clitic 's as 'has' before a demand verb with its object ('she's urged the
  board to act', 'who's called for a recount'), which the small model reads as 'is'.
- few_askers: 'few / none of / not one X called for' reports a demand nobody (or almost
  nobody) makes; 'a few X called for' is a demand.
- that_clause_verb: a subjunctive after a singular noun ('demanded that the mayor resign'),
  which the small model reads as one compound noun.
- idea_put_forward: an idea put forward whose that-clause orders ('floated the idea that the
  board should pay'); not an idea rejected or backed, nor one that forecasts.
- warned_against: 'warned / cautioned X against Y-ing', a demand to refrain.
- conduct_obligation: 'X should / must be careful / more transparent', an adjective of
  conduct one can be told to be; not a state forecast ('should be fine', 'be ready').
- threat_unnamed_giver: a threat whose price no named party is to pay ('unless she is
  paid', 'unless they pay her'), and a promised refusal ('won't attend unless Y pays').

Each class crosses its templates with rotating invented fillers; a positive row names who
demands (key words of `by`), a negative twin must give no demand at all.
"""

from __future__ import annotations

from tests.digests.events.demand_fresh2_fillers import BODIES, PEOPLE, TARGETS, Case, Party

GERUNDS = [
    "scrapping the parking levy",
    "reopening the night clinic",
    "lowering the bridge toll",
    "doubling the flood defence budget",
    "banning lorries from the old town",
    "raising the pension age more slowly",
    "closing the landfill site",
    "hiring more school nurses",
]
THINGS = [
    "a recount",
    "new elections",
    "a public inquiry",
    "an independent audit",
    "a refund for passengers",
    "a ban on night flights",
]
# Titles that stand alone after 'the' in a that-clause ('that the mayor resign').
TITLES = ["mayor", "governor", "chairman", "director", "sheriff", "treasurer", "minister"]
# Singular nouns whose process a subjunctive asks to end or go on.
PROCESSES = ["strike", "blockade", "hearing", "inquiry", "trial", "programme", "boycott"]
ENDINGS = ["end", "stop", "continue", "proceed", "resume"]
GROUPS = ["lawmakers", "residents", "senators", "doctors", "economists", "councillors", "farmers"]

ROWS = 20

# name -> (positive templates, twin templates, askers)
CLASSES: dict[str, tuple[list[str], list[str], list[Party]]] = {
    "for_gerund": (
        [
            "{A} called for {ger}.",
            "{A} has pushed for {ger}.",
            "{A} is pressing for {ger}.",
            "{A} has also called for {ger}.",
            "{A}, who has called for {ger}, spoke on Monday.",
        ],
        [
            "The budget plan calls for {ger}.",
            "{A} did not call for {ger}.",
            "{A} was praised for {ger}.",
            "{A} apologised for {ger}.",
        ],
        PEOPLE + BODIES,
    ),
    "clitic_has": (
        [
            "{A} spoke on Monday. {Apron}'s called for {thing}.",
            "{A}, who's called for {thing}, spoke to reporters.",
            "{A}, who\u2019s demanded {thing}, spoke on Monday.",
            "{A} spoke on Monday. {Apron}'s urged {B} to {act}.",
            "{A}, who's pushed for {ger}, met voters on Friday.",
        ],
        [
            "{A} spoke on Monday. {Apron}'s wanted for questioning over the fire.",
            "{A} spoke on Monday. {Apron}'s expected at the hearing on Friday.",
            "{A} spoke on Monday. {Apron}'s called a press conference for Friday.",
            "{A} spoke on Monday. {Apron}'s known for {ger}.",
        ],
        PEOPLE,
    ),
    "few_askers": (
        [
            "A few {group} have called for {thing}.",
            "Quite a few {group} have called for {thing}.",
            "Several {group} are pushing for {ger}.",
        ],
        [
            "Few {group} have called for {thing}.",
            "Few are calling for {thing}.",
            "None of the {group} is pushing for {ger}.",
            "Not one of the {group} has called for {thing}.",
            "No {group} have called for {thing}.",
        ],
        PEOPLE,
    ),
    "that_clause_verb": (
        [
            "{A} demanded that the {title} resign.",
            "{A} has demanded that the {title} resign immediately.",
            "{A} asked that the {process} {ending}.",
            "{A} suggested that the {process} {ending}.",
            "{A} insisted that the {process} {ending} at once.",
        ],
        [
            "{A} said that the {title} had resigned.",
            "{A} confirmed that the {process} ended on Monday.",
            "{A} said that the {title}'s salary was too high.",
            "{A} noted that the {process} had resumed.",
        ],
        PEOPLE + BODIES,
    ),
    "idea_put_forward": (
        [
            "{A} floated the idea that {B} should {act}.",
            "{A} made the suggestion that {B} should {act}.",
            "{A} has raised the idea that the {title} resign.",
            "{A} put forward the proposal that {B} {act}.",
        ],
        [
            "{A} rejected the idea that {B} should {act}.",
            "{A} backed the idea that {B} should {act}.",
            "{A} floated the idea that prices would fall.",
            "{A} raised the idea that the {title} had resigned.",
        ],
        PEOPLE + BODIES,
    ),
    "warned_against": (
        [
            "{A} warned {B} against {ger}.",
            "{A} has cautioned {B} against {ger}.",
            "{A} warned {B} on Monday against {ger}.",
            "{A} advised {B} against {ger}.",
        ],
        [
            "{A} warned against complacency.",
            "{A} warned {B} about the risks of {ger}.",
            "{A} warned that {B} would act against the plan.",
            "{A} spoke against {ger}.",
        ],
        PEOPLE + BODIES,
    ),
    "conduct_obligation": (
        [
            "{A} said {B} should be careful not to {act}.",
            "\u201c{Bc} must be more transparent,\u201d {A} said.",
            "{A} said {B} should be more accountable to voters.",
            "\u201c{Bc} should be honest with parents,\u201d {A} said.",
        ],
        [
            "{A} said {B} should be ready by Friday.",
            "\u201cThe weather should be fine on Friday,\u201d {A} said.",
            "{A} said {B} was careful not to {act}.",
            "\u201cWe must be careful,\u201d {A} said.",
        ],
        PEOPLE + BODIES,
    ),
    "threat_unnamed_giver": (
        [
            "{A} threatened not to attend the debate unless {Apron_l} is paid.",
            "{A} has threatened to boycott the hearing unless {Apron_l} is paid a fee.",
            "{A} threatened to boycott the debate unless they pay {Aobj}.",
            "\u201cI won\u2019t attend the debate unless {B} pays me,\u201d {A} said.",
        ],
        [
            "{A} threatened to boycott the debate.",
            "{A} attended the debate although {Apron_l} was not paid.",
            "{A} said the debate would go ahead unless it rained.",
            "{A} did not attend the debate because {Apron_l} was ill.",
        ],
        PEOPLE,
    ),
}


def _pick(items: list, i: int, step: int = 1, offset: int = 0):
    return items[(i * step + offset) % len(items)]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(template: str, i: int, askers: list[Party]) -> tuple[str, Party, str]:
    """Fill one template for row `i`; also the plural group named, for group askers."""
    a = _pick(askers, i, 1, 0)
    group = _pick(GROUPS, i, 1, 0)
    text = template.format(
        A=a.text,
        Apron=a.pron,
        Apron_l=a.pron.lower(),
        Aobj={"It": "it", "He": "him", "She": "her"}[a.pron],
        Bc=_cap(_pick(TARGETS, i, 2, 1).text),
        B=_pick(TARGETS, i, 2, 1).text,
        act=_pick(["reopen the ward", "publish the report", "scrap the fee", "delay the vote"], i),
        ger=_pick(GERUNDS, i, 3, 1),
        thing=_pick(THINGS, i, 1, 2),
        title=_pick(TITLES, i, 1, 0),
        process=_pick(PROCESSES, i, 1, 3),
        ending=_pick(ENDINGS, i, 2, 0),
        group=group,
    )
    return _cap(text), a, group


def build_cases() -> list[Case]:
    """ROWS positives and ROWS twins per class, templates taken in turn."""
    cases: list[Case] = []
    for cls, (positives, twins, askers) in CLASSES.items():
        for i in range(ROWS):
            text, a, group = _fill(positives[i % len(positives)], i, askers)
            by = (group,) if "{group}" in positives[i % len(positives)] else a.keys
            cases.append(Case(cls, text, True, by))
        for i in range(ROWS):
            text, _, _ = _fill(twins[i % len(twins)], i, askers)
            cases.append(Case(cls + "~twin", text, False))
    return cases
