"""CheckList-style role cases: a person's post stated away from the name's own words.

Issue 16 asks that role accuracy not fall as more people are listed; the people newly
listed often have their post stated in another clause or sentence, or split from the name
by the parse. Each class has invented fillers only (the people and bodies of
`people_checklist`); negative twins check the rule does not overreach.
"""

from __future__ import annotations

from .people_checklist import DAYS, PEOPLE, UNIONS, Case

BODIES = [full for full, _ in UNIONS]


def _fillers():
    for i, (first, last) in enumerate(PEOPLE):
        yield f"{first} {last}", BODIES[i % len(BODIES)], DAYS[i % len(DAYS)]


def role_cases() -> list[Case]:
    cases = []
    for name, body, day in _fillers():
        cases += [
            Case(
                "role_sentence_before",
                f"A {body} spokesperson struck a similar tone on {day}. "
                f'"There was no offer on the table," {name} said.',
                present=(name,),
                role_word="spokesperson",
            ),
            Case(
                "role_sentence_before_twin",
                f"A {body} spokesperson struck a similar tone on {day}. "
                f'"There was no offer on the table," the spokesperson said. '
                f"{name}, a retired welder, said he had expected more.",
                present=(name,),
                role_word="welder",
            ),
            Case(
                "role_split_abbreviation",
                f'"We are still waiting for the report," {body} Investigations Cmdr. {name} '
                f"said on {day}.",
                present=(name,),
                role_word="commander",
            ),
            Case(
                "role_coordinated_titles",
                f"Veteran porter and guide {name} told reporters on {day} that the route "
                "was closed.",
                present=(name,),
                role_word="porter",
            ),
            Case(
                "role_coordinated_titles_twin",
                f"On {day} he thanked his wife and daughter {name} for their support.",
                present=(name,),
                role_not="wife",
            ),
            Case(
                "role_listed_set_off",
                f"Mayor, Ines Varga, Councillor Tom Brandt and Treasurer, {name} met the "
                f"minister on {day}.",
                present=(name,),
                role_word="treasurer",
            ),
            Case(
                "role_post_verb",
                f"{name}, who chairs the {body}, said on {day} that the vote would go ahead.",
                present=(name,),
                role_word="chair",
            ),
            Case(
                "role_post_verb_twin",
                f"{name} leads the race after the third stage, officials said on {day}.",
                present=(name,),
                role_not="leader",
            ),
            Case(
                "role_such_as_relative",
                f"The letter was signed by teachers who back the {body}, such as {name} and "
                f"Ines Varga, on {day}.",
                present=(name,),
                role_word="teacher",
            ),
            Case(
                "role_coordinated_titles",
                f"On {day}, former chairman of the water board and senior adviser {name} "
                "said the dam was unsafe.",
                present=(name,),
                role_word="adviser",
            ),
            Case(
                "role_naming_clause",
                f"{name} was named general secretary of the {body} on {day}.",
                present=(name,),
                role_word="secretary",
            ),
        ]
    return cases
