"""Names with hyphen-joined parts, and their negative twins (issue 17).

The tokenizer splits "Anna-Lena" into three tokens; a name finder that walks capitalised
words or ends a name at its first lower-case word kept only "Lena Dorvik" or "Choi Min",
and quotes went to a name the article never wrote. Classes: hyphenated given names,
hyphenated surnames, romanised given names with a lower-case syllable ("Min-jun"), each
listed whole and speaking under the whole name; twins: words hyphen-joined to a name that
describe something else ("Kelvara-based", "the Ruiz-led coalition", "anti-Ruiz") stay out
of the name, and an abbreviated title after a hyphen ("then-Cmdr.") is still spelled out.
Every name here is invented.
"""

from __future__ import annotations

from .people_checklist import DAYS, PEOPLE, PLACES, Case

GIVEN = [
    "Anna-Lena",
    "Hans-Peter",
    "Marie-Claire",
    "Jean-Luc",
    "Karl-Heinz",
    "Mary-Jo",
    "Ann-Marie",
    "Lise-Lotte",
    "Pierre-Yves",
    "Anne-Laure",
]
SURNAMES = ["Dorvik", "Voskuil", "Ostende", "Brevard", "Molder", "Kettering", "Treloar", "Branvik"]
SYLLABLE_NAMES = [
    ("Seo", "Ha-rin"),
    ("Bae", "Jun-ho"),
    ("Kwon", "Tae-sik"),
    ("Yoon", "Seo-jin"),
    ("Ri", "Sol-hwan"),
    ("Kang", "Dae-won"),
    ("Moon", "Ji-ah"),
    ("Jeon", "Min-gyu"),
]


def _given_cases() -> list[Case]:
    cases = []
    for k, given in enumerate(GIVEN):
        last = SURNAMES[k % len(SURNAMES)]
        name = f"{given} {last}"
        day = DAYS[k % len(DAYS)]
        place = PLACES[k % len(PLACES)]
        cases += [
            Case(
                "hyphenated_given_name",
                f'{name} posted on {day}: "The council has let us down again."',
                present=(name,),
                speaker=name,
            ),
            Case(
                "hyphenated_given_name",
                f'"We will not move," said {name}, a farmer from {place}.',
                present=(name,),
                speaker=name,
            ),
            Case(
                "hyphenated_given_name",
                f"{name} told reporters on {day} that the talks had stalled. "
                f'"Nobody is listening," {last} said.',
                present=(name,),
                speaker=name,
            ),
            Case(
                "hyphenated_given_name",
                f"The march in {place} was led by {name}, who said the cuts were cruel.",
                present=(name,),
            ),
        ]
    return cases


def _surname_cases() -> list[Case]:
    cases = []
    for k, (first, last) in enumerate(PEOPLE[:10]):
        other = SURNAMES[k % len(SURNAMES)]
        name = f"{first} {last}-{other}"
        day = DAYS[k % len(DAYS)]
        cases += [
            Case(
                "hyphenated_surname",
                f'{name} wrote on {day}: "The clinic must stay open."',
                present=(name,),
                speaker=name,
            ),
            Case(
                "hyphenated_surname",
                f'"It is over," said {name}, a union organiser, on {day}.',
                present=(name,),
                speaker=name,
            ),
        ]
    return cases


def _syllable_cases() -> list[Case]:
    cases = []
    for k, (family, given) in enumerate(SYLLABLE_NAMES):
        name = f"{family} {given}"
        place = PLACES[k % len(PLACES)]
        cases += [
            Case(
                "syllable_given_name",
                f'"We want the talks to resume," said {name}, the envoy to {place}.',
                present=(name,),
                speaker=name,
            ),
            Case(
                "syllable_given_name",
                f"{name}, a nurse, said on {DAYS[k % len(DAYS)]} that the ward was full.",
                present=(name,),
            ),
        ]
    return cases


def _twin_cases() -> list[Case]:
    cases = []
    for k, (first, last) in enumerate(PEOPLE[:10]):
        name = f"{first} {last}"
        place = PLACES[k % len(PLACES)]
        day = DAYS[k % len(DAYS)]
        cases += [
            Case(
                "hyphen_joins_no_name",
                f"{place}-based lawyer {name} said on {day} that the ruling was wrong.",
                present=(name,),
                absent=(f"{place}-based", f"{place}-based {name}"),
            ),
            Case(
                "hyphen_joins_no_name",
                f"{name} praised the {last}-led coalition on {day}, calling it a fair win.",
                present=(name,),
                absent=(f"{last}-led", f"{name}-led"),
            ),
            Case(
                "hyphen_joins_no_name",
                f"Anti-{last} protesters gathered outside the hall in {place} on {day}, "
                f"and {name} said nothing.",
                present=(name,),
                absent=(f"Anti-{last}",),
            ),
            Case(
                "hyphen_joins_no_name",
                f"The then-Cmdr. {name} said on {day} that the ship was ready.",
                present=(name,),
                role_word="then-commander",
            ),
        ]
    return cases


def compound_name_cases() -> list[Case]:
    return _given_cases() + _surname_cases() + _syllable_cases() + _twin_cases()
