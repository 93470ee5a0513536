"""Checklist cases for who is NOT at a meeting though the sentence names them: a person
named inside an adverbial clause ("as she runs against Z, X met Y"), a person named by a
naming verb ("calling Z "a true partner""), and a person's name the model ran into the body
it modifies ("the Varga White House"); each with positive twins where the same words do
report the meeting or the party (a relative clause on a party, a phone call).

These classes came from real political news read for a fresh meeting yardstick (outside
the repository); every name here is invented.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import PEOPLE, Case, _fill, _pairs

# {a}/{b}/{c} people (title and name), {day}, {city}, {place}; {c} is absent unless listed
POSITIVE = {
    "relative_clause_twin": [
        "{a}, who represents {c}, met {b} in {city} on {day}.",
        "{a} met {b}, who chairs the budget panel, on {day}.",
        "As {a} prepared for the vote, {pa} met {b} in {city} on {day}.",
    ],
    "phone_call_twin": [
        "{a} called {b} on {day} to discuss the budget.",
        "{a} called {b} in {city} on {day} after the vote.",
    ],
}
# (template, who must take part): {c} is named in the sentence but must not take part
ABSENT = {
    "adverbial_clause_not_party": [
        ("As {pa} campaigns against {c}, {a} met {b} in {city} on {day}.", ("a", "b")),
        ("While {c} toured the coast, {a} met {b} in {city} on {day}.", ("a", "b")),
        ("Because {c} had resigned, {a} met {b} at {place} on {day}.", ("a", "b")),
        ("{a} met {b} on {day} after {c} had left the city.", ("a", "b")),
    ],
}
NEGATIVE = {
    "naming_not_call": [
        '{a} announced {pa} running mate on {day}, calling {b} "my partner in this race."',
        '{a} formally announced a deputy on {day}, calling {b} "the best partner in this race."',
        '{a} praised the plan on {day}, calling {b} "a true partner."',
        '{a} defended {b} on {day}, calling {b} "a pioneer."',
        '{a} announced the team on {day}, calling {b} "the best in the business."',
        "{a} called {b} a liar in {city} on {day}.",
    ],
}


def _third(a, b):
    """A third person, neither of the pair."""
    return next(p for p in PEOPLE[::-1] if p not in (a, b))


def clause_cases(per_template: int = 6) -> list[Case]:
    """Every generated case, deterministic: each template crossed with `per_template` fillers."""
    out: list[Case] = []
    pairs = _pairs(per_template)
    for k, (a, b) in enumerate(pairs):
        c = _third(a, b)
        for cls, templates in POSITIVE.items():
            for template in templates:
                text = _fill(template, k, a, b).replace("{c}", c[0])
                out.append(Case(cls, text[0].upper() + text[1:], (a[1], b[1])))
        for cls, rows in ABSENT.items():
            for template, must in rows:
                text = _fill(template, k, a, b).replace("{c}", c[0])
                names = tuple({"a": a[1], "b": b[1]}[m] for m in must)
                out.append(Case(cls, text[0].upper() + text[1:], names, (c[1],)))
        for cls, templates in NEGATIVE.items():
            for template in templates:
                out.append(Case(cls, _fill(template, k, a, b), ()))
    # a person's name run into the body it modifies is still that person
    for k, (a, b) in enumerate(pairs):
        text = _fill(
            "{a} met {b} on {day}. Several aides had served in the {sb} White House.", k, a, b
        )
        out.append(Case("person_before_body", text, (a[1], b[1])))
        text = _fill("{b} praised the {sb} campaign on {day}. {a} met {b} in {city}.", k, a, b)
        out.append(Case("person_before_body", text, (a[1], b[1])))
    return out
