"""Checklist cases for who an encounter was with: a body heard in an appearance or testimony
before it ("said in an appearance before the Senate Finance Committee"), against an audience
that is no counterpart: the press ("a meeting with reporters", "a conference call with
reporters") and a speech's crowd ("spoke to supporters in Lindford"); each with twins (an
appearance before a vote, the press beside a named party, a speech to a named person).

Every name is invented; the people come from meeting_checklist's fillers.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import Case, _fill, _pairs

# Bodies that hear a witness: (phrase in the sentence, name checked)
BODIES = [
    ("the Senate Finance Committee", "Senate Finance Committee"),
    ("the House Oversight Committee", "House Oversight Committee"),
    ("the Lindford City Council", "Lindford City Council"),
    ("Parliament", "Parliament"),
    ("the Vantor Assembly", "Vantor Assembly"),
    ("the Brevik Planning Board", "Brevik Planning Board"),
]
# {a}/{b} people, {body} a body that hears, {day}, {city}, {place}
POSITIVE = {
    "appearance_before_body": [
        '"The plan is sound," {a} said in an appearance before {body} on {day}.',
        "In an appearance before {body} on {day}, {a} defended the budget.",
        "{a} defended the budget in testimony before {body} on {day}.",
        "During testimony before {body} on {day}, {a} refused to answer.",
    ],
    "press_beside_a_party": [
        "{a} held a meeting with {b} and reporters at {place} on {day}.",
        "{a} spoke to {b} in {city} on {day}.",
        "{a} talked to {b} and her aides in {city} on {day}.",
    ],
}
NEGATIVE = {
    "press_event": [
        "{a} spoke about the vote during a meeting with reporters on {day}.",
        '"We will win," {a} said on a conference call with reporters on {day}.',
        "{a} held a conference call with reporters on {day}.",
        "{a} took questions at a meeting with journalists in {city} on {day}.",
        "{a} criticised {b} in a call with reporters on {day}.",
    ],
    "speech_to_crowd": [
        "{a} prepared to speak to supporters in {city} on {day}.",
        "{a} spoke to supporters at {place} on {day}, {b} said.",
        "{a} talked to voters in {city} on {day}.",
        "{a} spoke to rally attendees in {city} on {day}.",
        "{a} spoke to fans outside {place} on {day}.",
    ],
    "appearance_not_hearing": [
        "{a} made a rare appearance before the vote on {day}, {b} said.",
        "{a} made an appearance at {place} on {day}, {b} said.",
        "{a} gave testimony about the flood on {day}, {b} said.",
        "{a} prepared her testimony on {day}, {b} said.",
    ],
}


def audience_cases(per_template: int = 6) -> list[Case]:
    """Every generated case, deterministic: each template crossed with `per_template` fillers."""
    out: list[Case] = []
    pairs = _pairs(per_template)
    for positive, classes in ((True, POSITIVE), (False, NEGATIVE)):
        for cls, templates in classes.items():
            for template in templates:
                for k, (a, b) in enumerate(pairs):
                    phrase, body = BODIES[k % len(BODIES)]
                    text = _fill(template.replace("{body}", phrase), k, a, b)
                    parties = ((a[1], body if "{body}" in template else b[1])) if positive else ()
                    out.append(Case(cls, text, parties))
    return out
