"""CheckList cases for two naming classes on unseen news, with negative twins.

- slogan_body: a party, campaign or movement named by a slogan, a verb or an adverb
  before a place ("Renew Kelvara", "Together Ostrin"), which the small model tags PERSON:
  never listed as a person, whatever the sentence does with it. Twin: people whose known
  given name is also an English verb ("Rob", "Josh", "Harry") stay listed.
- place_title_name: "the mayor of Talbrec, Lukas Ferrante," where the parser reads the place
  and the name as one noun phrase: the person is listed with the title as the role. Twin:
  a list of places after the title ("the mayors of Talbrec, Ostrin and Dessin") names
  nobody.

All names, places and bodies are invented.
"""

from __future__ import annotations

from .people_checklist import Case

SLOGANS = [
    "Renew Kelvara",
    "Unite Ostrin",
    "Rebuild Morvala",
    "Restore Dessin",
    "Together Varnholm",
    "Defend Talbrec",
    "Awaken Essenor",
    "Reclaim Quillan",
    "Revive Pellam",
    "Onward Harwick",
]
LEADERS = [
    ("Clara", "Moreau"),
    ("Tobias", "Brandt"),
    ("Ines", "Varga"),
    ("Jonas", "Petrak"),
    ("Maya", "Lindholm"),
    ("Felix", "Aldana"),
    ("Elena", "Sorvino"),
    ("Martin", "Holloway"),
    ("Sofia", "Kardas"),
    ("Lukas", "Ferrante"),
]
VERB_GIVEN_NAMES = ["Rob", "Josh", "Harry", "Precious", "Rob", "Josh", "Harry", "Precious"]
SURNAMES = ["Talvane", "Okonkwo", "Lindqvist", "Mwangi", "Brenner", "Adeyemi", "Quist", "Sahin"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TOWNS = ["Talbrec", "Ostrin", "Dessin", "Varnholm", "Morvala", "Kelvara", "Essenor", "Quillan"]
TITLES = ["mayor", "governor", "president", "chief minister", "premier", "prefect"]


def _slogan_cases() -> list[Case]:
    cases: list[Case] = []
    for i, party in enumerate(SLOGANS):
        first, last = LEADERS[i % len(LEADERS)]
        day = DAYS[i % len(DAYS)]
        cases += [
            Case(
                "slogan_body",
                f"{party} won 40 seats on {day}, and {first} {last}, its leader, claimed "
                f"victory. {last} promised a new budget.",
                present=(f"{first} {last}",),
                absent=(party,),
            ),
            Case(
                "slogan_body",
                f"{party} said on {day} it would not join the coalition.",
                absent=(party,),
            ),
            Case(
                "slogan_body",
                f"Thousands joined a march organised by {party} on {day}.",
                absent=(party,),
            ),
            Case(
                "slogan_body",
                f"The new movement, {party}, held its first rally on {day}.",
                absent=(party,),
            ),
        ]
    for i, given in enumerate(VERB_GIVEN_NAMES):
        last = SURNAMES[i]
        day = DAYS[i % len(DAYS)]
        cases += [
            Case(
                "slogan_twin_verb_given_name",
                f"{given} {last} won 40 per cent of the vote on {day}. {last} promised a "
                "new budget.",
                present=(f"{given} {last}",),
            ),
            Case(
                "slogan_twin_verb_given_name",
                f'"We will not join the coalition," {given} {last} said on {day}.',
                present=(f"{given} {last}",),
            ),
        ]
    return cases


def _place_title_cases() -> list[Case]:
    cases: list[Case] = []
    for i, (first, last) in enumerate(LEADERS):
        town = TOWNS[i % len(TOWNS)]
        title = TITLES[i % len(TITLES)]
        day = DAYS[i % len(DAYS)]
        name = f"{first} {last}"
        cases += [
            Case(
                "place_title_name",
                f"The Evening Courier reported on {day} that the {title} of {town}, {name}, "
                f"would resign. {last} did not comment.",
                present=(name,),
                role_word=title,
            ),
            Case(
                "place_title_name",
                f"Talks on {day} were led by the {title} of {town}, {name}, who called for calm.",
                present=(name,),
                role_word=title,
            ),
            Case(
                "place_title_name",
                f"On {day} the {title} of {town}, {name}, opened the new bridge.",
                present=(name,),
                role_word=title,
            ),
            Case(
                "place_title_twin_places",
                f"On {day} the {title}s of {town}, {TOWNS[(i + 1) % 8]} and "
                f"{TOWNS[(i + 2) % 8]} opened the new bridge.",
                absent=(town, TOWNS[(i + 1) % 8], TOWNS[(i + 2) % 8]),
            ),
        ]
    return cases


def body_name_cases() -> list[Case]:
    return _slogan_cases() + _place_title_cases()
