"""Checklist cases for press interviews, all negative: an interview is a press event, not a
meeting (the guidelines list talks, sit-downs, summits, hearings and calls; the gold never
lists an interview). The outlet as the interview's modifier ("In a Radio Brevik interview"),
an interview in an aside, a journalist named with their outlet ("an interview with Nadia
Petrov of the Carrow Gazette", "told the Gazette's Nadia Petrov"), an interview only about
someone, on a topic, with the press at large; telling an outlet, the press, a crowd or a
person.

Every name is invented; the people come from meeting_checklist's fillers.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import Case, _fill, _pairs

# (outlet as the sentence words it, the name checked)
OUTLETS = [
    ("the Carrow Gazette", "Carrow Gazette"),
    ("Radio Brevik", "Radio Brevik"),
    ("the Lindford Herald", "Lindford Herald"),
    ("the Vantor Times", "Vantor Times"),
    ("the Dunmore Post", "Dunmore Post"),
    ("KVTR News", "KVTR News"),
]
# (journalist, surname checked, outlet): named with the outlet they work for
JOURNALISTS = [
    ("Nadia Petrov", "Petrov", "the Carrow Gazette"),
    ("Owen Marsh", "Marsh", "Radio Brevik"),
    ("Priya Natarajan", "Natarajan", "the Lindford Herald"),
    ("Helen Marchetti", "Marchetti", "the Vantor Times"),
    ("Anna Kowalski", "Kowalski", "KVTR News"),
    ("David Okoro", "Okoro", "the Dunmore Post"),
]
# {a} a titled person, {o} an outlet, {j} a journalist, {jo} the journalist's outlet
WITH_OUTLET = {
    "press_interview_aside_or_rare": [
        "{a}, in an interview with {o}, said the budget was safe.",
        '"It went well," {a} told {o} in a rare interview in {city}.',
    ],
    "press_outlet_modifies_interview": [
        "In a {O} interview, {a} said the plan was dead.",
        "{a} said in a {O} interview on {day} that the plan was dead.",
    ],
}
WITH_JOURNALIST = {
    "press_journalist_of_outlet": [
        "{a} said in an interview with {j} of {jo} that the talks had failed.",
        "In an interview with {j} of {jo} on {day}, {a} defended the budget.",
        '"We will win," {a} said in a radio interview with host {j}.',
    ],
    "press_told_named_journalist": [
        "{a} told {j} of {jo} on {day} that the plan was dead.",
        "{a} told {jo}'s {j} on {day} that the plan was dead.",
        '"The crisis is worse than ever," {a} told {j} of {jo} after the vote.',
    ],
}
NEGATIVE = {
    "interview_about_or_on": [
        "{a} discussed the budget in an interview on {day}.",
        "{a} gave an interview on the budget crisis on {day}.",
        "{a} talked about {b} in an interview on {day}.",
        "{a} said in an interview with reporters that the plan was dead.",
        "{a} did not respond to a request for an interview with {o}.",
    ],
    "told_outlet_or_person": [
        "{a} told {o} on {day} that the plan was dead.",
        "{a} told reporters on {day} that the plan was dead.",
        "{a} told her husband on {day} that the plan was dead.",
        "{a} told the crowd in {city} that the plan was dead.",
        "{a} told {o} that {b} would resign.",
    ],
}


def interview_cases(per_template: int = 6) -> list[Case]:
    """Every generated case (none is a meeting), deterministic: each template crossed with
    `per_template` fillers."""
    out: list[Case] = []
    pairs = _pairs(per_template)
    for cls, templates in WITH_OUTLET.items():
        for template in templates:
            for k, (a, b) in enumerate(pairs):
                outlet, key = OUTLETS[k % len(OUTLETS)]
                text = _outlet_fill(template, outlet, key)
                out.append(Case(cls, _fill(text, k, a, b), ()))
    for cls, templates in WITH_JOURNALIST.items():
        for template in templates:
            for k, (a, b) in enumerate(pairs):
                name, surname, outlet = JOURNALISTS[k % len(JOURNALISTS)]
                text = template.replace("{jo}", outlet)
                text = text.replace("{j}", name)
                out.append(Case(cls, _fill(text, k, a, b), ()))
    for cls, templates in NEGATIVE.items():
        for template in templates:
            for k, (a, b) in enumerate(pairs):
                outlet, key = OUTLETS[k % len(OUTLETS)]
                text = _fill(_outlet_fill(template, outlet, key), k, a, b)
                out.append(Case(cls, text, ()))
    return out


def _outlet_fill(template: str, outlet: str, key: str) -> str:
    """{o} the outlet as a noun phrase, {O} its bare name as a modifier ("a KVTR interview")."""
    return template.replace("{O}", key).replace("{o}", outlet)
