"""CheckList-style cases: names of things the model may tag PERSON, and their twins.

Classes: a class noun before the name ("the band X", "the tanker X", "Hurricane X"), a
plural thing noun opening the list ("bands like X and Y"), a one-word name in a scored
match ("X beat Y 2-0"), the country a diplomat is posted to, a name that elsewhere opens
a place's name ("from X" beside "X Parade"). Twins keep people: a human title before the
name, a person list opened by a plural person noun, a person the place is named after.
Every filler is invented.
"""

from __future__ import annotations

from .people_checklist import DAYS, PEOPLE, Case

BANDS = [
    ("Morlo", "Vents"),
    ("Pellam", "Sky"),
    ("Dunver", "Tides"),
    ("Harrow", "Lanterns"),
    ("Quellin", "Static"),
    ("Ostvik", "Rovers"),
    ("Talgrin", "Echo"),
]
ONE_WORD = ["Ostrin", "Harwick", "Dunlare", "Kelby", "Vesby", "Pellam", "Marrow"]


def thing_cases() -> list[Case]:
    cases = []
    for i, (first, last) in enumerate(PEOPLE):
        name = f"{first} {last}"
        day = DAYS[i % len(DAYS)]
        band = " ".join(BANDS[i % len(BANDS)])
        other = " ".join(BANDS[(i + 1) % len(BANDS)])
        side, rival = ONE_WORD[i % len(ONE_WORD)], ONE_WORD[(i + 2) % len(ONE_WORD)]
        cases += [
            Case(
                "thing_class_noun",
                f"{name} spoke on {day} after the band {band} played. {band} later left the stage.",
                present=(name,),
                absent=(band,),
            ),
            Case(
                "thing_class_noun",
                f"Hurricane {first} made landfall on {day}, governor Ines Varga said. "
                f"{first} caused flooding along the coast.",
                present=("Ines Varga",),
                absent=(f"Hurricane {first}", first),
            ),
            Case(
                "thing_class_noun_twin",
                f"Band director {name} said on {day} that the concert would go ahead. "
                f"{last} thanked the players.",
                present=(name,),
            ),
            Case(
                "thing_list",
                f"Among the acts on {day} were bands like {band} and {other}, and singer {name}.",
                present=(name,),
                absent=(band, other),
            ),
            Case(
                "thing_list_twin",
                f"Singers like {name} performed at the rally on {day}. {last} sang three songs.",
                present=(name,),
            ),
            Case(
                "thing_scored_match",
                f"{side} beat {rival} 2-0 on {day}. Coach {name} said {side} deserved the win.",
                present=(name,),
                absent=(side,),
            ),
            Case(
                "thing_posted_to",
                f"Norland's ambassador to {side} met {name} on {day}. {last} said the "
                "talks went well.",
                present=(name,),
                absent=(side,),
            ),
            Case(
                "thing_place_name",
                f"The president rode from {band} to the palace on {day}, {name} said. "
                f"Crowds had gathered at {band} Parade since dawn.",
                present=(name,),
                absent=(band,),
            ),
            Case(
                "thing_place_name_twin",
                f"{name} opened the new {name} Hall on {day}. {last} said the hall was "
                "for everyone.",
                present=(name,),
            ),
        ]
    return cases
