"""CheckList cases: a relation to a titled name is not that name's role.

"a top adviser for President Ana Ruiz", "an aide to Sen. Ana Ruiz", "a friend of Governor
Ana Ruiz": the words before the preposition say who someone else is; Ana Ruiz's own title
is the one after it. Negative twin: a long title whose words after the preposition name an
office's field or body ("Secretary of State Ana Ruiz", "Minister of Health Ana Ruiz")
stays whole. All names are invented.
"""

from __future__ import annotations

from .people_checklist import Case

NAMES = [("Ines", "Varga"), ("Tobias", "Brandt"), ("Clara", "Moreau"), ("Felix", "Aldana")]
RELATIONS = [
    ("a top adviser for President {n}", "president", "adviser"),
    ("a former aide to Sen. {n}", "senator", "aide"),
    ("a longtime friend of Governor {n}", "governor", "friend"),
    ("the press secretary to Mayor {n}", "mayor", "secretary"),
]
LONG_TITLES = [
    ("Secretary of State {n}", "secretary of state"),
    ("Minister of Health {n}", "minister of health"),
    ("Speaker of the National Assembly {n}", "speaker of the national assembly"),
]


def relation_cases() -> list[Case]:
    cases: list[Case] = []
    for first, last in NAMES:
        n = f"{first} {last}"
        for phrase, role, other in RELATIONS:
            cases.append(
                Case(
                    "relation_to_titled_name",
                    f"In a speech on Monday, {phrase.format(n=n)} defended the budget. "
                    f"{last} has not commented.",
                    present=(n,),
                    role_word=role,
                    role_not=other,
                )
            )
        for phrase, role in LONG_TITLES:
            cases.append(
                Case(
                    "relation_twin_long_title",
                    f"{phrase.format(n=n)} defended the budget on Monday. {last} said "
                    "the cuts were fair.",
                    present=(n,),
                    role_word=role,
                )
            )
    return cases
