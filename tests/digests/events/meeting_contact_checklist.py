"""Checklist cases for meetings whose counterpart is not the verb's object: a body hearing a
party out, a petition handed to an office holder, a group addressed by an official, a
passive summons on a conjoined verb, a numbered session, a chaired meeting; each with
negative twins (hearsay, filings, letters, matters addressed, refused or wished meetings).

Every name is invented; the templates reuse meeting_checklist's fillers.
"""

from __future__ import annotations

import itertools

from tests.digests.events.meeting_checklist import ORGS, PEOPLE, Case, _fill, _org_key, _pairs

# Groups that meet an official as one side: (phrase in the sentence, name checked).
GROUPS = [
    ("the residents", "residents"),
    ("a group of farmers", "farmers"),
    ("the striking nurses", "nurses"),
    ("the villagers", "villagers"),
    ("the marchers", "marchers"),
    ("the parents", "parents"),
]
# {a}/{b} people, {g} a group, {oa}/{ob} organisations, {day}, {place}, {city}
POSITIVE = {
    "hearing_from": [
        "In {city}, {a} heard from {g} on {day}.",
        "At {place} on {day}, {a} heard testimony from {g}.",
        "On {day}, {a} heard complaints from {g}.",
    ],
    "body_hearing": [
        "The planning committee heard from {g} at {place} on {day}.",
        "The town council heard testimony from {g} on {day}.",
        "On {day}, the county board heard complaints from {g}.",
    ],
    "petition_handed": [
        "{G} submitted a petition to {a} on {day} urging a halt to the quarry.",
        "{G} presented a memorandum to {a} at {place} on {day}.",
        "On {day}, {g} handed a petition to {a} in {city}.",
    ],
    "addressed_by": [
        "{G} were addressed by {a} outside {place} on {day}.",
        "On {day}, {g} were first addressed by {a}, who promised to reply.",
    ],
    "summons_conjoined": [
        "{b} was criticised on {day} and later called in by {a} to explain the remarks.",
        "{b} was arrested on {day} and was summoned by {a} the next morning.",
    ],
    "face_or_hours": [
        "{a} and {b} met face to face in {city} on {day}.",
        "{a} and {b} talked for an hour on {day}.",
        "{a} and {b} talked for two hours at {place} on {day}.",
    ],
    "stretch_of_talks": [
        "{a} and {b} reached a deal on {day} after 14 hours of talks.",
        "After weeks of negotiations, {a} and {b} signed the accord in {city} on {day}.",
    ],
    "meal_verbs": [
        "{a} dined with {b} in {city} on {day}.",
        "{a} lunched with {b} at {place} on {day}.",
        "{a} had coffee with {b} in {city} on {day}.",
    ],
    "gesture_together": [
        "{a} shook hands with {b} at {place} on {day}.",
        "{a} and {b} shook hands in {city} on {day}.",
        "{a} exchanged views with {b} on {day}.",
    ],
    "courtesy_call": [
        "{a} paid a courtesy call on {b} in {city} on {day}.",
        "On {day}, {a} paid a courtesy call to {b} at {place}.",
    ],
    "nominal_adjective": [
        "{a} held a bilateral with {b} in {city} on {day}.",
        "{a} had a one-on-one with {b} on {day}.",
    ],
    "questioned_by_body": [
        "{b} was grilled by the finance committee on {day}.",
        "On {day}, {b} was questioned for hours by the oversight panel.",
    ],
    "town_hall": [
        "In {city}, {a} held a town hall with {g} on {day}.",
        "On {day}, {a} hosted a town hall with {g} at {place}.",
    ],
    "called_on_visit": [
        "{b} called on {a} at {place} on {day}.",
        "On {day}, a delegation of {g} called on {a}.",
    ],
    "consult_or_chat": [
        "{a} consulted with {b} on {day}.",
        "{a} had a chat with {b} in {city} on {day}.",
    ],
    "chaired_meeting": [
        "{a} will chair the meeting with {b} on {day}, officials said.",
        "{a} chaired a meeting with {b} at {place} on {day}.",
    ],
}
# Summoned to an office: (template, the office that must take part with {b}).
SUMMONED_TO = [
    ("{b} was summoned to the Foreign Ministry on {day}.", "Foreign Ministry"),
    ("On {day}, {b} was called in for a meeting at the Foreign Ministry.", "Foreign Ministry"),
    ("{b} was summoned to the Vantor foreign ministry on {day} to explain.", "foreign ministry"),
]
ORG_POSITIVE = {
    "bargaining": [
        "{oa} bargained with {ob} until late on {day}.",
        "{oa} is set to resume bargaining with {ob} on {day}.",
        "{host} mediated between {oa} and {ob} in {city} on {day}.",
        "{host} brought together {oa} and {ob} on {day}.",
        "Mediators brought {oa} and {ob} together at {place} on {day}.",
    ],
    "numbered_session": [
        "Mediation session number four between {oa} and {ob} ended on {day} without a deal.",
        "{oa} and {ob} held bargaining session number three in {city} on {day}.",
    ],
}
NEGATIVE = {
    "hearsay_not_hearing": [
        "{a} heard from a friend that {b} would resign.",
        "The council heard nothing from {g} on {day}, {a} said.",
        "{a} has not heard from {b} since {day}.",
        "The union heard from sources that {b} would resign.",
        "{a} hopes to hear from {b} next week.",
        "{a} heard the news from {b} on {day}.",
    ],
    "filed_not_handed": [
        "{G} filed a petition with the high court on {day}, {a} said.",
        "{G} submitted a petition online on {day}, {a} said.",
        "{G} sent a letter to {a} on {day}.",
        "{G} did not submit a petition to {a}.",
        "{G} submitted a petition to the labour court on {day}, {a} said.",
    ],
    "addressed_matter": [
        "The letter was addressed to {a}, {b} said on {day}.",
        "The concerns were addressed by {a} on {day}.",
        "The rally was addressed by {a} in {city} on {day}.",
        "The crowd was addressed by {a} at {place} on {day}.",
    ],
    "refused_or_wished": [
        "{a} refused to chair the meeting with {b}.",
        "{a} did not sit down with {b} on {day}.",
        "{a} would like to sit down with {b}.",
        "{a} sat down on the bench beside {b} on {day}.",
        "{b} was arrested on {day} and later released by {a}.",
    ],
    "other_senses": [
        "{a} dined alone in {city} on {day}, {b} said.",
        "{a} refused to shake hands with {b} on {day}.",
        "{a} shook hands on the deal on {day}, {b} said.",
        "{a} exchanged gifts with {b} on {day}.",
        "{b} was questioned by police on {day}, {a} said.",
        "{b} was questioned by reporters in {city} on {day}.",
        "{a} called on {b} to resign on {day}.",
        "{a} made a call on the budget on {day}, {b} said.",
    ],
    "dispatched_not_summoned": [
        "Firefighters were called to the scene on {day}, {a} said.",
        "Police officers were called to the house in {city} on {day}.",
        "{b} was summoned to court on {day}, {a} said.",
    ],
    "called_on_to_act": [
        "{G} called on {a} to resign on {day}.",
        "{G} called on {a} for an apology on {day}.",
        "The opposition called on the government to resign, {a} said on {day}.",
        "{G} gathered at the town hall on {day}, {a} said.",
    ],
    "not_together": [
        "The festival brought together music and food on {day}, {a} said.",
        "The crisis brought the two parties closer, {a} said on {day}.",
        "{a} bargained for a lower price at the market on {day}, {b} said.",
        "{a} and {b} talked for an hour at the rally on {day}.",
        "{a} met the deadline on {day}, {b} said.",
    ],
    "stretch_not_talks": [
        "{a} spent 14 hours of work on the report on {day}, {b} said.",
        "After weeks of delays, {a} and {b} opened the bridge on {day}.",
    ],
    "numbered_not_session": [
        "{a} booked meeting room number four for {day}, {b} said.",
        "{a} signed order number two on {day}, {b} said.",
    ],
}


# Two-sentence stories: (how many meetings of the same two parties, templates).
OCCASIONS = {
    "another_occasion": (
        2,
        [
            "{a} met {b} in {city} on {day}. Another meeting is set for next month.",
            "{a} held talks with {b} on {day}. A second round of talks is scheduled for May 4.",
            "{a} met {b} on {day}. A follow-up meeting is planned for next week.",
        ],
    ),
    "same_occasion": (
        1,
        [
            "{a} met {b} in {city} on {day}. Another meeting was not ruled out.",
            "{a} met {b} on {day}. The meeting was set to last two hours.",
        ],
    ),
}
# "set for Friday" is when the meeting is; "for two hours" is how long it lasts.
SET_FOR = [
    ("{a} and {b} have a meeting set for {day}.", True),
    ("{a} is scheduled to meet {b} for talks on {day}.", True),
    ("{a} met {b} for two hours on {day}.", True),
]


# Two actors meeting one counterpart: apart ({b} absent from {a}'s meeting), or together.
ACTORS_APART = [
    "{a} and {b} met {c} separately at {place} on {day}.",
    "{a} and {b} separately met with {c} on {day}.",
]
ACTORS_TOGETHER = [
    "{a} and {b} met {c} in {city} on {day}.",
    "{a} and {b} held talks with {c} on {day}.",
]


def contact_cases(per_template: int = 6) -> list[Case]:
    """Every generated case, deterministic: each template crossed with `per_template` fillers."""
    out: list[Case] = []
    pairs = _pairs(per_template)
    for cls, templates in POSITIVE.items():
        for template in templates:
            for k, (a, b) in enumerate(pairs):
                phrase, group = GROUPS[k % len(GROUPS)]
                text = _fill(_group_fill(template, phrase), k, a, b)
                parties = (a[1], group) if "{g}" in template.lower() else (a[1], b[1])
                if cls == "body_hearing":
                    parties = (_body(template), group)
                if cls == "questioned_by_body":
                    parties = (b[1], "committee" if "committee" in template else "panel")
                out.append(Case(cls, text, parties))
    org_pairs = list(itertools.permutations(ORGS, 2))[::5][:per_template]
    for cls, templates in ORG_POSITIVE.items():
        for template in templates:
            for k, (oa, ob) in enumerate(org_pairs):
                a, b = pairs[k]
                text = _fill(template.replace("{oa}", oa).replace("{ob}", ob), k, a, b)
                text = text[0].upper() + text[1:]
                out.append(Case(cls, text, (_org_key(oa), _org_key(ob))))
    for cls, (count, templates) in OCCASIONS.items():
        for template in templates:
            for k, (a, b) in enumerate(pairs):
                out.append(Case(cls, _fill(template, k, a, b), (a[1], b[1]), count=count))
    for template, _ in SET_FOR:
        for k, (a, b) in enumerate(pairs):
            day = _fill("{day}", k, a, b)
            out.append(Case("set_for_day", _fill(template, k, a, b), (a[1], b[1]), when=day))
    for template, office in SUMMONED_TO:
        for k, (a, b) in enumerate(pairs):
            out.append(Case("summoned_to_office", _fill(template, k, a, b), (b[1], office)))
    for k, (a, b) in enumerate(pairs):
        c = next(p for p in PEOPLE[k + 2 :] + PEOPLE if p not in (a, b))
        for template in ACTORS_APART:
            text = _fill(template, k, a, b).replace("{c}", c[0])
            out.append(Case("actors_apart", text, (a[1], c[1]), (b[1],)))
        for template in ACTORS_TOGETHER:
            text = _fill(template, k, a, b).replace("{c}", c[0])
            out.append(Case("actors_together", text, (a[1], b[1], c[1])))
    for cls, templates in NEGATIVE.items():
        for template in templates:
            for k, (a, b) in enumerate(pairs):
                phrase, _ = GROUPS[k % len(GROUPS)]
                out.append(Case(cls, _fill(_group_fill(template, phrase), k, a, b), ()))
    return out


def _body(template: str) -> str:
    """The body that holds the hearing: the word before 'heard'."""
    return template.split(" heard")[0].split()[-1]


def _group_fill(text: str, phrase: str) -> str:
    """{g} inside a sentence, {G} at its start (capitalised)."""
    return text.replace("{G}", phrase[0].upper() + phrase[1:]).replace("{g}", phrase)
