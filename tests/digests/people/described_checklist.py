"""CheckList-style role cases, second set: roles given away from the name's own phrase.

- a later definite description of the person ("... The rookie quarterback said");
- an office said twice in a story about one role-less person ("the prime minister"), or
  once when it is an elected or appointed post ("the governor's residence");
- a possessive inside a coordinated title chain ("Kelvara CM and NRGF's Ana Ruiz");
- a very long title before the name;
- a list of titled names, where the next name is no one's role ("X, Ambassador Y and ...");
- a plural person noun a clause gives a whole list ("Among the speakers were A, B and C",
  "A, B and C, all nurses at ...");
- a person introduced by "another <title>" in the sentence before, or by an unclaimed
  title up to two sentences before with nobody role-less named between.

Each with a negative twin where the rule could overreach. Fillers are the invented people,
bodies and days of `people_checklist`.
"""

from __future__ import annotations

from .people_checklist import DAYS, PEOPLE, UNIONS, Case

BODIES = [full for full, _ in UNIONS]
ACRONYMS = [short for _, short in UNIONS]
PLACES = ["Kelvara", "Ostrin", "Morvala", "Dessin", "Varnholm", "Talbrec", "Essenor"]


def _fillers():
    for i, (first, last) in enumerate(PEOPLE):
        yield (
            f"{first} {last}",
            last,
            BODIES[i % len(BODIES)],
            ACRONYMS[i % len(ACRONYMS)],
            DAYS[i % len(DAYS)],
            PLACES[i % len(PLACES)],
        )


def described_role_cases() -> list[Case]:
    cases = []
    for name, last, body, acr, day, place in _fillers():
        cases += [
            Case(
                "role_later_description",
                f"{name} threw for 300 yards on {day}. The rookie quarterback said after "
                "the game that the offence had found its rhythm.",
                present=(name,),
                role_word="quarterback",
            ),
            Case(
                "role_later_description",
                f"Coach Ines Varga praised {name} on {day}, saying the striker had worked "
                "harder than anyone in training.",
                present=(name,),
                role_word="striker",
            ),
            Case(
                "role_later_description_twin",
                f"{name} met the minister on {day} to discuss the {body} strike.",
                present=(name,),
                role_not="minister",
            ),
            Case(
                "role_later_description_twin",
                f"{name} and Ines Varga spoke at the {body} rally on {day}. The treasurer "
                "said the fund was empty.",
                present=(name,),
                role_not="treasurer",
            ),
            Case(
                "role_main_office",
                f'Opposition MPs wrote to the prime minister on {day}. "Reverse the '
                f'decision now," the MPs told {name}. {last} has not replied. A spokesman '
                f"said the prime minister would answer the letter next week. {last} is "
                "expected back in parliament on Friday.",
                present=(name,),
                role_word="prime minister",
            ),
            Case(
                "role_main_office",
                f"Protesters marched to the governor's residence on {day}. {name} did not "
                f"come out. {last} later said the protest was peaceful, and {last} promised "
                "a reply within a week.",
                present=(name,),
                role_word="governor",
            ),
            Case(
                "role_main_office_twin",
                f"Police shot {name} at a petrol station on {day}. {last} had been wanted "
                f"for questioning, and {last} was unarmed. The case will go to the {place} "
                "County Prosecutor's Office.",
                present=(name,),
                role_not="prosecutor",
            ),
            Case(
                "role_main_office_twin",
                f"Opposition MPs wrote to the prime minister on {day}. {name} and Ines "
                f"Varga signed the letter. {last} and Varga said they expected an answer. "
                "The prime minister has not replied.",
                present=(name,),
                role_not="minister",
            ),
            Case(
                "role_title_before_name",
                f"Norland's ambassador to {place} has been summoned to the foreign ministry."
                f"\nBo Lund, the country's top envoy, was arrested on {day}.\nIn response, "
                f"{name} has been called in for a meeting with ministers.",
                present=(name,),
                role_word="ambassador",
            ),
            Case(
                "role_title_before_name_twin",
                f"Norland's ambassador to {place} has been summoned to the foreign ministry."
                f"\nBo Lund was arrested on {day}.\nIn response, {name} has been called in "
                "for a meeting with ministers.",
                present=(name,),
                role_not="ambassador",
            ),
            Case(
                "role_hyphenated_abbreviation",
                f"Then-Cmdr. {name} said on {day} that the unit had done nothing wrong.",
                present=(name,),
                role_word="commander",
            ),
            Case(
                "role_relative_clause",
                f"{name}, who served as finance minister until May, criticised the {body} "
                f"plan on {day}.",
                present=(name,),
                role_word="finance minister",
            ),
            Case(
                "role_relative_clause",
                f"{name}, who was appointed police chief last year, said on {day} that the "
                "force was short of staff.",
                present=(name,),
                role_word="police chief",
            ),
            Case(
                "role_relative_clause_twin",
                f"{name}, who was appointed to review the {body} case, said on {day} that "
                "the report was late.",
                present=(name,),
                role_not="review",
            ),
            Case(
                "role_relative_clause",
                f"{name}, who has led the {body} since 2019, said on {day} that the strike "
                "would go ahead.",
                present=(name,),
                role_word="leader",
            ),
            Case(
                "role_relative_clause_twin",
                f"{name}, who has led the race since the second stage, said on {day} that "
                "the climb was hard.",
                present=(name,),
                role_not="leader",
            ),
            Case(
                "role_acting_appositive",
                f"{name}, acting chief executive of {place} Water, said on {day} that prices "
                "would rise.",
                present=(name,),
                role_word="chief executive",
            ),
            Case(
                "role_possessive_in_chain",
                f"{place} CM and {acr}'s {name} met Ostrin CM and Ines Varga on {day} to "
                "discuss the new front.",
                present=(name,),
                role_word="cm",
            ),
            Case(
                "role_long_title",
                f"A delegation comprising acting Trade Minister Ines Varga and head of "
                f"{place}'s maritime safety agency Directorate of Coastal Security (DCS) "
                f"{name} arrived on {day} for talks.",
                present=(name,),
                role_word="head of",
            ),
            Case(
                "role_titled_list_mate",
                f"The envoys who reached the summit on {day} were Ambassador (Retired) "
                f"{name}, Ambassador Ines Varga ({place}) and Ambassador Bo Lund (Quito).",
                present=(name,),
                role_not="varga",
            ),
            Case(
                "role_list_clause",
                f"Among the community leaders who attended the {body} meeting on {day} "
                f"were Ines Varga, {name} and Bo Lund.",
                present=(name,),
                role_word="leader",
            ),
            Case(
                "role_list_clause",
                f"The speakers at the {body} rally on {day} included {name} and Ines Varga.",
                present=(name,),
                role_word="speaker",
            ),
            Case(
                "role_list_clause",
                f"Ines Varga, {name} and Bo Lund, all nurses at the {place} city hospital, "
                f"signed the letter on {day}.",
                present=(name,),
                role_word="nurse at",
            ),
            Case(
                "role_list_clause_twin",
                f"Among the issues raised at the {body} meeting on {day} were pay and "
                f"pensions, said {name}.",
                present=(name,),
                role_not="issue",
            ),
            Case(
                "role_list_clause_twin",
                f"The proposals included a pay rise and shorter shifts, {name} said on {day}.",
                present=(name,),
                role_not="proposal",
            ),
            Case(
                "role_another_introduces",
                f"Another neighbour described what she saw on {day}.\n"
                f'"The whole roof came down," {name} said.',
                present=(name,),
                role_word="neighbour",
            ),
        ]
    return cases
