"""CheckList-style cases: a person whose given name no list knows keeps their place in the
cast when their surname alone stands before a title and another person ("Brask spokesman
Ivo Renko": the person's own staff), a pattern that once dropped the whole person as a
company. Twin: a two-word company name before a title and a person is still a body.

The same for one word of a full name after a class noun ("Team Zebulon", "on the
Democratic side Brask backed ..."): a thing named after the person, or a misparse, not
the person being a thing (the things suite keeps "the band Morlo Vents" a thing).

Given names here are invented or rare on purpose (none in the name lists), so the rule,
not the name list, decides; no name comes from an eval article.
"""

from __future__ import annotations

from .people_checklist import DAYS, PEOPLE, Case

UNLISTED_PEOPLE = [
    ("Zebulon", "Brask"),
    ("Thaddeo", "Okafor"),
    ("Corvin", "Lindqvist"),
    ("Alvar", "Mwangi"),
    ("Jory", "Haddad"),
    ("Teodor", "Quispe"),
    ("Ruslan", "Sahin"),
    ("Orrin", "Adebayo"),
    ("Tavish", "Nakamura"),
    ("Lorcan", "Ferreira"),
]
COMPANIES = [
    "Pellmart Stores",
    "Stellco Freight",
    "Brennick Mining",
    "Quorvant Energy",
    "Harwick Foods",
    "Corvane Motors",
    "Talvia Telecom",
    "Morvex Steel",
    "Dunlare Shipping",
    "Kestrix Media",
]


def staff_cases() -> list[Case]:
    cases = []
    for k, (first, last) in enumerate(UNLISTED_PEOPLE):
        day = DAYS[k % len(DAYS)]
        company = COMPANIES[k]
        cases += [
            Case(
                "surname_before_staff_title",
                f"Senator {first} {last} toured the flooded valley on {day}. {last} spokesman "
                "Ivo Renko said the visit had gone well.",
                present=(f"{first} {last}",),
            ),
            Case(
                "surname_before_staff_title",
                f"Governor {first} {last} will not attend the summit. Asked why, {last} aide "
                'Mira Sollen said: "The schedule is full."',
                present=(f"{first} {last}",),
            ),
            Case(
                "company_before_staff_title_twin",
                f"{company} spokesman Ivo Renko said on {day} that the plant would reopen.",
                present=("Ivo Renko",),
                absent=(company,),
            ),
        ]
    for first, last in PEOPLE:
        # known given names: the class-noun rule outweighs them, so the bug showed here too
        cases += [
            Case(
                "one_word_after_thing_noun",
                f"{first} {last}, a retired banker, has given money to both parties, and on "
                f"the Democratic side {last} backed both Tom Hale and Ivo Renko.",
                present=(f"{first} {last}",),
            ),
            Case(
                "one_word_after_thing_noun",
                f"{first} {last}, a retired banker, spoke in the valley on Monday, and aides "
                f"said everyone on Team {first} had worked hard.",
                present=(f"{first} {last}",),
            ),
        ]
    return cases
