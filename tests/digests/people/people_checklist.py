"""CheckList-style people cases: templates per class crossed with invented fillers.

Every name, organisation, place and day here is invented for these tests (none comes from
the eval articles). Each case says which names must be listed as people (`present`), which
must not be (`absent`), and optionally a word the role of the first present person must
contain, or a name that must speak a quote. Classes follow issue 16's and 17's: bodies the
model tags PERSON (a business's staff, clubs' fixtures, acronyms, place plus office, plural
roles), names it misses (lists, initials, a role set off, known given names), names after
long titles, people named once who take part, and organisations named by acronym; each with
a negative twin where one makes sense.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    cls: str
    text: str
    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    role_word: str | None = None
    speaker: str | None = None
    role_not: str | None = None  # a word the first present person's role must not hold


BUSINESSES = [
    "Pellmart",
    "Stellco",
    "Brennick",
    "Quorvant",
    "Harwick",
    "Corvane",
    "Talvia",
    "Morvex",
    "Dunlare",
    "Kestrix",
    "Ombria",
    "Veltana",
]
CLUBS = [
    ("Harwick", "Dunmore"),
    ("Corvane", "Ellsby"),
    ("Talvia", "Brennick"),
    ("Ostwick", "Pellam"),
    ("Marrow", "Kelby"),
    ("Dunlare", "Vesby"),
]
ACRONYMS = ["GWU", "NTFU", "PDSA", "KLMU", "RTWA", "BFEU", "OPSU", "DKTA", "MRWF", "CSEA"]
PLACES = ["Kelvara", "Ostrin", "Morvala", "Dessin", "Varnholm", "Talbrec", "Essenor", "Quillan"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
# (first, last): known given names with surnames from many traditions, all invented pairs
PEOPLE = [
    ("Marta", "Okonkwo"),
    ("Daniel", "Raghunathan"),
    ("Grace", "Bekova"),
    ("Peter", "Tshabalala"),
    ("Helen", "Nakamura"),
    ("Victor", "Haddad"),
    ("Laura", "Mwangi"),
    ("Samuel", "Quispe"),
    ("Irene", "Sahin"),
    ("Oscar", "Lindqvist"),
    ("Rachel", "Adebayo"),
    ("Thomas", "Kowalczyk"),
    ("Nadia", "Ferreira"),
    ("Henry", "Oyelaran"),
]
INITIALS = ["C K", "S R", "M P", "A. V.", "K.", "R. S."]
SURNAMES = ["Raghunathan", "Venkatesan", "Balasubram", "Okonjo", "Murugesan", "Adeyemi"]
GIVEN_PAIRS = [("William", "Grace"), ("Henry", "Alice"), ("Edward", "Helen"), ("George", "Anne")]
UNIONS = [
    ("Harbour Dock Workers Union", "HDWU"),
    ("Northern Rail Guards Federation", "NRGF"),
    ("Pellam Teachers Association", "PTA"),
    ("Kelvara Nurses Union", "KNU"),
    ("Ostrin Bus Drivers Guild", "OBDG"),
    ("Morvala Port Workers Federation", "MPWF"),
]


def _people_pairs():
    for i, (first, last) in enumerate(PEOPLE):
        other = PEOPLE[(i + 3) % len(PEOPLE)]
        yield first, last, other[0], other[1], DAYS[i % len(DAYS)]


def organisation_cases() -> list[Case]:
    """Bodies the model calls PERSON, and their human twins."""
    cases = []
    for k, org in enumerate(BUSINESSES):
        day = DAYS[k % len(DAYS)]
        first, last = PEOPLE[k % len(PEOPLE)]
        cases += [
            Case(
                "business_staff",
                f"A {org} spokeswoman said the stores would reopen on {day}. "
                f"{org} said it regretted the delay.",
                absent=(org,),
            ),
            Case(
                "business_staff",
                f"Shoppers queued outside some {org} stores on {day}. "
                f"{org} bosses met the union later.",
                absent=(org,),
            ),
            Case(
                "business_staff",
                f"{org}, the troubled paintmaker, rejected the offer on {day}. "
                f"{org} said the bid was too low.",
                absent=(org,),
            ),
            Case(
                "business_staff_twin",
                f"{first} {last}, a {org} spokeswoman, said the stores would reopen on {day}.",
                present=(f"{first} {last}",),
                absent=(org,),
            ),
        ]
    for a, b in CLUBS:
        for day in DAYS[:3]:
            cases.append(
                Case(
                    "club_fixture",
                    f"{a}'s draw with {b} on {day} was twice halted by fans on the pitch.",
                    absent=(a,),
                )
            )
    for k, acronym in enumerate(ACRONYMS):
        day = DAYS[k % len(DAYS)]
        cases += [
            Case(
                "acronym",
                f"The {acronym} union said its members would strike on {day}.",
                absent=(acronym,),
            ),
            Case("acronym", f"{acronym} said on {day} that talks had failed.", absent=(acronym,)),
        ]
    for k, place in enumerate(PLACES):
        first, last, _, _, day = list(_people_pairs())[k % len(PEOPLE)]
        cases += [
            Case(
                "place_and_office",
                f"{place} CM and {first} {last} met on {day} to plan a joint front.",
                absent=(f"{place} CM",),
            ),
            Case(
                "plural_roles",
                f"Three prominent Chief Ministers met in {place} on {day}.",
                absent=("Ministers", "Chief Ministers"),
            ),
            Case(
                "plural_roles",
                f"Labour MPs from {place} wrote to the premier on {day}.",
                absent=("Labour MPs",),
            ),
        ]
    return cases


def missed_name_cases() -> list[Case]:
    """Names the model leaves untagged or calls ORG."""
    cases = []
    for first, last, first2, last2, day in _people_pairs():
        third = f"Kofi {last2}a"
        cases += [
            Case(
                "list_with_title",
                f"Senators {first} {last}, {first2} {last2} and {third} wrote to the company "
                f"on {day}.",
                present=(f"{first} {last}", f"{first2} {last2}", third),
                role_word="senator",
            ),
            Case(
                "list_untitled_delegation",
                f"A delegation of {first} {last}, {first2} {last2} and {third} arrived in "
                f"Kelvara on {day} for talks.",
                present=(f"{first} {last}", f"{first2} {last2}", third),
            ),
            Case(
                "role_set_off",
                f"{first} {last}, an organiser, addressed the marchers on {day}.",
                present=(f"{first} {last}",),
                role_word="organiser",
            ),
            Case(
                "role_set_off",
                f"{first} {last}, Director Member Services, told the board on {day} that the "
                "plan was sound.",
                present=(f"{first} {last}",),
                role_word="director",
            ),
        ]
    for k, (initials, surname) in enumerate(zip(INITIALS * 2, SURNAMES * 2, strict=False)):
        day = DAYS[k % len(DAYS)]
        cases.append(
            Case(
                "initials",
                f"{initials} {surname}, General Secretary of the association, said on {day} "
                "that the strike was deferred.",
                present=(f"{initials} {surname}",),
                role_word="secretary",
            )
        )
    for a, b in GIVEN_PAIRS:
        for day in DAYS[:3]:
            cases.append(
                Case(
                    "given_names_alone",
                    f"{a} and {b} will greet the president at the palace on {day}.",
                    present=(a, b),
                )
            )
    return cases


def long_title_cases() -> list[Case]:
    """Capitalised titles with 'of' and bodies inside, straight before the name."""
    titles = [
        ("Speaker of the National Assembly", "speaker"),
        ("Secretary of State", "secretary"),
        ("Minister of State for Trade", "minister"),
        ("Chairman of the Kelvara Port Authority", "chairman"),
        ("House Majority Whip", "whip"),
    ]
    cases = []
    for title, word in titles:
        for first, last, _, _, day in list(_people_pairs())[:6]:
            cases.append(
                Case(
                    "long_title",
                    f"{title} {first} {last} told reporters on {day} that the vote would go "
                    f'ahead. "We are ready," {last} said.',
                    present=(f"{first} {last}",),
                    role_word=word,
                )
            )
    return cases


def named_once_cases() -> list[Case]:
    """People named once who take part, and the background twins who do not."""
    cases = []
    for first, last, first2, last2, day in _people_pairs():
        cases += [
            Case(
                "named_once_actor",
                f"Police arrested {first} {last} on {day} as protests spread. "
                "The ministry called it unacceptable.",
                present=(f"{first} {last}",),
            ),
            Case(
                "named_once_actor",
                f"The ministry summoned Kelvaran ambassador {first} {last} on {day}. "
                "The ministry said the talks were frank.",
                present=(f"{first} {last}",),
            ),
            Case(
                "named_once_background",
                f"The dispute began after former plant manager {first} {last} retired in "
                f"2019. Union leader {first2} {last2} met the board on {day}. "
                f'"We are close," {last2} said.',
                present=(f"{first2} {last2}",),
                absent=(f"{first} {last}",),
            ),
            Case(
                "named_once_background",
                f"The square was renamed after the death of former senator {first} {last}. "
                f'Mayor {first2} {last2} opened it on {day}. "It is a fine day," {last2} said.',
                present=(f"{first2} {last2}",),
                absent=(f"{first} {last}",),
            ),
        ]
    return cases


def acronym_party_cases() -> list[Case]:
    """An organisation named in full, then by acronym: the quote is the full name's."""
    cases = []
    for full, acronym in UNIONS:
        for day in DAYS[:4]:
            cases += [
                Case(
                    "acronym_speaker_statement",
                    f"The {full} ({acronym}) met port officials on {day}. "
                    f'"We will strike," {acronym} said in a statement.',
                    speaker=full,
                    absent=(acronym,),
                ),
                Case(
                    "acronym_speaker",
                    f"Members of the {full} walked out on {day}. "
                    f'"We are done waiting," {acronym} said.',
                    speaker=full,
                    absent=(acronym,),
                ),
            ]
    return cases


def all_cases() -> list[Case]:
    return (
        organisation_cases()
        + missed_name_cases()
        + long_title_cases()
        + named_once_cases()
        + acronym_party_cases()
    )
