"""The second round of the second fresh demand suite: more of the shapes news desks write a
demand in, added after the first round passed (so still written before reading the rules
they exercise): possessive calls, fronted adverbials, askers set off by an apposition or a
relative clause, more quote cues, coordinated askers and addressees, 'pushing for X to',
stances ('argued that X should'), the news present, a thing asked of someone ('the
resignation of X') and letters.

Each class is (templates, check the addressee, askers, targets), as in
demand_fresh2_checklist; `MORE_TWINS` are its negative twins, other senses of its words.
"""

from __future__ import annotations

from tests.digests.events.demand_fresh2_fillers import (
    ASKERS,
    BODIES,
    PEOPLE,
    TARGET_PEOPLE,
    TARGETS,
    Party,
)

# Askers named with what they head or speak for, set off by commas.
APPOSED = [
    Party("Lena Marsh, who chairs the Riverside Tenants Association,", ("Marsh",), "She"),
    Party("Tomas Quill, the president of the Brookfield Chamber of Commerce,", ("Quill",), "He"),
    Party("Amira Saleh, a spokeswoman for Amnesty International,", ("Saleh", "Amnesty"), "She"),
    Party("The Ashford Teachers Union, which represents 9,000 staff,", ("Ashford",)),
    Party("Owen Brandt, a councillor for the Harbour ward,", ("Brandt",), "He"),
    Party("The National Farmers Union, the largest farm lobby,", ("Farmers",)),
]

MORE: dict[str, tuple[list[str], bool, list[Party], list[Party]]] = {
    "possessive_call": (
        [
            "{Ag} call for {B} to {act} was backed by hundreds of residents.",
            "{Ag} demand that {B} {act} has drawn wide support.",
            "{Bc} rejected {ag} demand that {Bpron} {act}.",
            "{Ag} request for {B} to {act} arrived on Monday.",
        ],
        True,
        BODIES,
        TARGETS,
    ),
    "fronted_adverbial": (
        [
            "On Monday, {a} urged {B} to {act}.",
            "Earlier this week, {a} demanded that {B} {act}.",
            "At a rally outside the town hall, {a} called on {B} to {act}.",
            "In an open letter, {a} asked {B} to {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "apposed_asker": (
        [
            "{A} urged {B} to {act}.",
            "{A} called on {B} to {act}.",
            "{A} demanded that {B} {act}.",
            "{A} said {B} must {act}.",
        ],
        True,
        APPOSED,
        TARGETS,
    ),
    "quote_cues_more": (
        [
            '{A} said: "{Bc} must {act}."',
            '"{Bc} should {act}," {a} wrote in a letter.',
            '"We demand that {B} {act}," {a} told the crowd.',
            '"It is time for {B} to {act}," {a} added.',
            '"{Bc} has to {act} now," said {a}.',
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "coordinated": (
        [
            "{A} and {A2} urged {B} to {act}.",
            "{A} urged {B} to {act} and to {act2}.",
            "{A} and {A2} have called on {B} to {act}.",
            "{A} demanded that {B} {act} and {act2}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "push_for_clause": (
        [
            "{A} is pushing for {B} to {act}.",
            "{A} has been pressing for {B} to {act}.",
            "{A} pressed for {B} to {act}.",
            "{A} is lobbying for {B} to {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "stance_modal": (
        [
            "{A} argued that {B} should {act}.",
            "{A} believes {B} should {act}.",
            "{Bc} ought to {act}, {a} argued.",
            "{A} said it was time for {B} to {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "news_present": (
        [
            "{A} urges {B} to {act}.",
            "{A} calls on {B} to {act}.",
            "{A} demands that {B} {act}.",
            "{A} wants {B} to {act} by the end of the year.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
    "asked_thing": (
        [
            "{A} demanded the resignation of {B}.",
            "{A} called for {Bg} resignation.",
            "{A} demanded an apology from {B}.",
            "{A} is calling for {Bg} immediate resignation.",
        ],
        True,
        BODIES + PEOPLE[:3],
        TARGET_PEOPLE,
    ),
    "letters": (
        [
            "{A} sent a letter to {B} urging {Bobj} to {act}.",
            "{A} wrote to {B} to demand that {Bpron} {act}.",
            "In a letter sent on Friday, {a} asked {B} to {act}.",
            "{A} sent {B} a letter demanding that {Bpron} {act}.",
        ],
        True,
        ASKERS,
        TARGETS,
    ),
}

MORE_TWINS: dict[str, list[str]] = {
    "possessive_call": [
        "{Ag} call centre will close on Friday, {a} said.",
        "{Ag} demand forecast for the winter was revised upwards.",
        "{Ag} request line was busy all morning.",
        "{Bc} welcomed {ag} report on the flooding.",
    ],
    "fronted_adverbial": [
        "On Monday, {a} thanked {B} for its help.",
        "Earlier this week, {a} met {B} to discuss the budget.",
        "At a rally outside the town hall, {a} spoke about the floods.",
        "In an open letter, {a} praised {B}.",
    ],
    "apposed_asker": [
        "{A} praised {B} for its work.",
        "{A} met {B} on Monday.",
        "{A} said {B} had done well this year.",
        "{A} visited {B} last week.",
    ],
    "quote_cues_more": [
        '{A} said: "{Bc} has done a fine job."',
        '"{Bc} will {act} next year," {a} wrote in a letter.',
        '"We thank {B} for the support," {a} told the crowd.',
        '"It was a good day for the town," {a} added.',
    ],
    "coordinated": [
        "{A} and {A2} met {B} on Monday.",
        "{A} and {A2} praised {B} for its work.",
        "{A} thanked {B} and wished it well.",
        "{A} and {A2} visited the flooded streets.",
    ],
    "push_for_clause": [
        "{A} pushed the trolley back to the kitchen.",
        "{A} is pressing ahead with plans to expand.",
        "{A}, pressed for time, left the meeting early.",
        "{A} is lobbying hard to host the games.",
    ],
    "stance_modal": [
        "{A} argued that {B} had acted lawfully.",
        "{A} believes {B} will {act} next year.",
        "{Bc} ought to win the vote easily, {a} said.",
        "{A} said it was time to go home.",
    ],
    "news_present": [
        "{A} thanks {B} for its help.",
        "{A} calls the decision a victory.",
        "{A} meets {B} on Monday.",
        "{A} wants to expand into new markets.",
    ],
    "asked_thing": [
        "{A} accepted the resignation of {B}.",
        "{A} regretted {Bg} resignation.",
        "{A} received an apology from {B}.",
        "{A} reported {Bg} resignation on Monday.",
    ],
    "letters": [
        "{A} sent a letter to {B} thanking {Bobj} for the support.",
        "{A} wrote to {B} to congratulate {Bobj}.",
        "In a letter sent on Friday, {a} praised {B}.",
        "{A} sent {B} a letter of thanks.",
    ],
}
