"""Checklist cases for press and stage encounters: debates between named candidates are
meetings; press interviews are not (an interview with a named outlet or host, a person
interviewed, an on-air appearance on a named network's programme: press events, which the
guidelines do not list and the gold never counts). Negative twins of debates: a debate over
an issue, a bill debated, a debate refused; also "said on Twitter", "said on state
television", a poll's sample interviewed.

Political news reports many encounters this way (see digests/events/press_frames.py).
Every name and outlet is invented; the templates reuse meeting_checklist's fillers.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import Case, _fill, _pairs

# Outlets and shows, by (phrase in the sentence, name checked in the participants).
OUTLETS = [
    ("the Lindford Courier", "Lindford Courier"),
    ("the Vantor Herald", "Vantor Herald"),
    ("the Carrow Gazette", "Carrow Gazette"),
    ("Radio Ostrava", "Radio Ostrava"),
    ("the Brevik Tribune", "Brevik Tribune"),
    ("the Dunmore Daily News", "Dunmore Daily News"),
]
# {a}/{b} people (title and name), {o} an outlet, {day}, {city}, {place}
POSITIVE = {
    "debate_between": [
        "{a} debated {b} in {city} on {day}.",
        "{a} and {b} will debate in {city} on {day}.",
        "{a} debated {b} twice before the vote, the last time on {day}.",
        "On {day}, {a} held a televised debate with {b} in {city}.",
        "{a} won the debate with {b} in {city} on {day}, polls found.",
    ],
}
NEGATIVE = {
    "press_interview_with_outlet": [
        "{a} said in an interview with {o} on {day} that the budget would pass.",
        "In an interview with {o} on {day}, {a} defended the new tax.",
        "{a} told {o} in an interview on {day} that the plan was dead.",
        "{a} gave an interview to {o} on {day}.",
        "During an interview with {o} on {day}, {a} said the talks had stalled.",
    ],
    "press_interview_with_host": [
        "{a} said in an interview with {b} on {day} that taxes would fall.",
        "{a} told {b} during an interview on {day} that the budget would pass.",
        "In a long interview with {b} on {day}, {a} defended the budget.",
    ],
    "press_interviewed_by": [
        "{a} was interviewed by {b} on {day}.",
        "On {day}, {b} interviewed {a} about the budget.",
    ],
    "press_on_air_programme": [
        "{a} said on {b}'s radio program on {day} that the budget would pass.",
        '{a} said on {day} on {o}\'s "Morning Hour" that the plan was dead.',
        "{a} argued on {b}'s television show on {day} that taxes would fall.",
        '"The plan is dead," {a} said on {o}\'s "Week in Review" on {day}.',
    ],
    "interview_without_partner": [
        "{a} said in an interview on {day} that the budget would pass.",
        "In an interview, {a} defended the new tax, {b} said on {day}.",
        "{a} told reporters in an interview on {day} that the plan was dead.",
        "{a} declined an interview with {o} on {day}.",
        "{a} did not give an interview to {o}, {b} said on {day}.",
    ],
    "debate_of_an_issue": [
        "The debate over taxes divided {a} and {b} on {day}.",
        "{a} joined the debate over the budget on {day}, {b} said.",
        "Lawmakers debated the budget for hours on {day}, {a} said.",
        "{a} said on {day} that the debate about schools was overdue, {b} said.",
        "{a} refused to debate {b} before the vote on {day}.",
    ],
    "on_air_without_programme": [
        "{a} said on {day} that the plan was dead, {b} said.",
        "{a} said on Twitter on {day} that the plan was dead.",
        "{a} said on state television on {day} that taxes would fall.",
        "{a} said on the Senate floor on {day} that the budget would pass.",
        "{a} said on {o}'s website on {day} that the plan was dead.",
    ],
    "sample_interviewed": [
        "The poll interviewed 1,000 voters in {city} last week, {a} said on {day}.",
        "Researchers interviewed 200 nurses in {city}, {a} said on {day}.",
    ],
}


def press_cases(per_template: int = 6) -> list[Case]:
    """Every generated case, deterministic: each template crossed with `per_template` fillers."""
    out: list[Case] = []
    pairs = _pairs(per_template)
    for positive, classes in ((True, POSITIVE), (False, NEGATIVE)):
        for cls, templates in classes.items():
            for template in templates:
                for k, (a, b) in enumerate(pairs):
                    phrase, _ = OUTLETS[k % len(OUTLETS)]
                    text = _fill(template.replace("{o}", phrase), k, a, b)
                    text = text[0].upper() + text[1:]
                    parties = (a[1], b[1]) if positive else ()  # the two debaters
                    out.append(Case(cls, text, parties))
    return out
