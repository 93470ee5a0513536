"""CheckList cases for WHO a described group at a meeting stands for, and how it is split.

Classes (each with a negative twin where the rule could over-reach):
- acting_for: "a delegation from the Harlow Dock Union", "negotiators for Brightwater
  Energy", "officials at the Kestrel Miners Union", "received a team from X" (the
  from-phrase on the verb): the people came for that body, so the party is the body, as
  "representatives of X" already was. Twin acting_for_place: "farmers from the Kelra
  district" come from a place, which is not a party.
- possessed_staff: "Brightwater Energy Inc.'s negotiators", "Japan's delegation": the named
  owner is the party, once. Twin person_staff: "Ana Ruiz's aides" stay aides, since a
  person's staff are not that person.
- the_company: "Brightwater Energy Inc. cut 500 jobs. The company will meet the union":
  a bare "the company" / "the firm" at a meeting is the one company named before it. Twins
  two_companies (two named before: no one), company_described ("the construction company"
  has words of its own) and company_after_union (only a union named before: not it).
- title_in_list: "Union president Ana Ruiz and chief negotiator Tomas Brandt met ...": a
  lower-case title the parser made a conjunct belongs to the name after it, so no party
  "chief negotiator". Twin title_alone: "met Ruiz and the police chief" keeps the chief.
- adjective_sides: "Kelmaran and Vastrian negotiators met", with nationality adjectives the
  model knows ("Israeli and Palestinian", "Indian and Pakistani"): two sides, each with the
  shared noun ("Israeli negotiators"). Twin one_adjective: "Israeli negotiators met
  Palestinian officials" keeps each group as written; twin plain_adjectives: "senior and
  junior officials" is one group, not two sides.

Every person and body name is invented; none comes from the eval articles.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import CITIES, DAYS, Case

PEOPLE = [
    ("Finance Minister Ana Ruiz", "Ruiz"),
    ("Labour Minister Tomas Brandt", "Brandt"),
    ("Governor Mira Solberg", "Solberg"),
    ("Mayor Lucas Brenner", "Brenner"),
    ("Health Minister Nora Calder", "Calder"),
    ("Trade Minister Daniel Strand", "Strand"),
]
# (body, how the text names it): a company goes without "the"
BODIES = [
    ("Harlow Dock Union", "the Harlow Dock Union"),
    ("Kestrel Miners Union", "the Kestrel Miners Union"),
    ("Brightwater Nurses Union", "the Brightwater Nurses Union"),
    ("Brightwater Energy Inc.", "Brightwater Energy Inc."),
    ("Kelmar Development Bank", "the Kelmar Development Bank"),
    ("Harlow Freight Company", "the Harlow Freight Company"),
]
GROUPS = [
    "A delegation",
    "Representatives",
    "Negotiators",
    "A team",
    "Senior officials",
    "Executives",
]
PREPS = ["from", "from", "for", "from", "from", "from"]
# pairs of nationality adjectives the small model tags NORP
SIDES = [
    ("Israeli", "Palestinian"),
    ("Indian", "Pakistani"),
    ("French", "German"),
    ("Chinese", "American"),
    ("Spanish", "Portuguese"),
    ("Japanese", "Korean"),
]
COUNTRIES = ["Japan", "China", "France", "Germany", "India", "Brazil"]
NOUNS = ["negotiators", "officials", "diplomats", "delegates", "envoys", "leaders"]


def span_cases() -> list[Case]:
    out: list[Case] = []
    for k, (name, surname) in enumerate(PEOPLE):
        day, city = DAYS[k % len(DAYS)], CITIES[k % len(CITIES)]
        for j, (body, said) in enumerate(BODIES):
            group, prep = GROUPS[(k + j) % len(GROUPS)], PREPS[(k + j) % len(PREPS)]
            other, other_said = BODIES[(j + 1) % len(BODIES)]
            if j % 3 == 0:
                text = f"{group} {prep} {said} met {name} in {city} on {day}."
                parties: tuple[str, ...] = (surname, body)
            elif j % 3 == 1:
                text = f"{name} received {group.lower()} from {said} on {day}."
                parties = (surname, body)
            else:
                text = f"{group} {prep} {said} held talks with {other_said} on {day}."
                parties = (other, body)
            out.append(Case("acting_for", text, parties, exact=True))
        (first, first_said), (second, second_said) = BODIES[k], BODIES[(k + 2) % len(BODIES)]
        out.append(
            Case(
                "acting_for",
                f"Negotiators for {first_said} and {second_said} met on {day}.",
                (first, second),
                exact=True,
            )
        )
    for k, (name, surname) in enumerate(PEOPLE):
        day = DAYS[k % len(DAYS)]
        for group in ("Farmers", "Residents", "A group of parents"):
            out.append(
                Case(
                    "acting_for_place",
                    f"{group} from the {CITIES[k]} district met {name} on {day}.",
                    (surname,),
                    (f"{CITIES[k]} district",),
                )
            )
    for k, (name, surname) in enumerate(PEOPLE):
        day = DAYS[k % len(DAYS)]
        body, said = BODIES[k]
        other, other_said = BODIES[(k + 1) % len(BODIES)]
        owner = said[0].upper() + said[1:]
        first, second = COUNTRIES[k], COUNTRIES[(k + 1) % len(COUNTRIES)]
        out += [
            Case(
                "possessed_staff",
                f"{owner}'s negotiators met {name} on {day}.",
                (surname, body),
                exact=True,
            ),
            Case(
                "possessed_staff",
                f"{name} held talks with {said}'s executives on {day}.",
                (surname, body),
                exact=True,
            ),
            Case(
                "possessed_staff",
                f"{first}'s delegation met {second}'s delegation in {CITIES[k]} on {day}.",
                (first, second),
                exact=True,
            ),
            Case(
                "person_staff",
                f"{name.split()[-2]} {surname}'s aides met {other_said} on {day}.",
                (other, f"{name.split()[-2]} {surname}'s aides"),
                exact=True,
            ),
        ]
    companies = [BODIES[3], BODIES[5], ("Kestrel Mining Corp.", "Kestrel Mining Corp.")]
    # the twins name companies without "Company" in their name: "the company" is that one's
    # own head word, which the party reader already takes as an alias
    plain = [companies[0], companies[2]]
    unions = BODIES[:3]
    for k, (name, surname) in enumerate(PEOPLE):
        day = DAYS[k % len(DAYS)]
        (firm, firm_said), (other, other_said) = companies[k % 3], companies[(k + 1) % 3]
        union, union_said = unions[k % 3]
        said = firm_said[0].upper() + firm_said[1:]
        for act, noun in (("cut 400 jobs last year", "company"), ("posted a loss", "firm")):
            out += [
                Case(
                    "the_company",
                    f"{said} {act}. The {noun} will meet {union_said} on {day}.",
                    (union, firm),
                    exact=True,
                ),
                Case(
                    "the_company",
                    f"{said} {act}. On {day} {name} held talks with the {noun}.",
                    (surname, firm),
                    exact=True,
                ),
                Case(
                    "two_companies",
                    f"{plain[0][1]} and {plain[1][1]} {act}. The {noun} met {name} on {day}.",
                    (surname, f"The {noun}"),
                    exact=True,
                ),
            ]
        out += [
            Case(
                "company_described",
                f"{plain[k % 2][1]} cut jobs. {name} met the construction company on {day}.",
                (surname, "the construction company"),
                exact=True,
            ),
            Case(
                "company_after_union",
                f"{union_said[0].upper() + union_said[1:]} called a strike. "
                f"The company will meet {name} on {day}.",
                (surname, "The company"),
                exact=True,
            ),
        ]
    titles = ["chief negotiator", "deputy mayor", "chief executive", "treasurer", "vice president"]
    for k, (name, surname) in enumerate(PEOPLE):
        day = DAYS[k % len(DAYS)]
        other_name, other = PEOPLE[(k + 1) % len(PEOPLE)]
        third_name, third = PEOPLE[(k + 2) % len(PEOPLE)]
        full = " ".join(other_name.split()[-2:])  # the name without its capitalised title
        for title in titles:
            out.append(
                Case(
                    "title_in_list",
                    f"{name} and {title} {full} met {third_name} on {day}.",
                    (surname, other, third),
                    (title,),
                )
            )
        out.append(
            Case(
                "title_alone",
                f"{name} met {third_name} and the police chief on {day}.",
                (surname, third, "the police chief"),
                exact=True,
            )
        )
    for k, (first, second) in enumerate(SIDES):
        day, city = DAYS[k % len(DAYS)], CITIES[k % len(CITIES)]
        for j, noun in enumerate(NOUNS):
            if j % 3 == 0:
                text = f"{first} and {second} {noun} met in {city} on {day}."
            elif j % 3 == 1:
                text = f"{first} and {second} {noun} held talks in {city} on {day}."
            else:
                text = f"The {first} and {second} {noun} will meet in {city} on {day}."
            out.append(
                Case("adjective_sides", text, (f"{first} {noun}", f"{second} {noun}"), exact=True)
            )
    for k, (first, second) in enumerate(SIDES):
        day, city = DAYS[k % len(DAYS)], CITIES[k % len(CITIES)]
        noun, other = NOUNS[k], NOUNS[(k + 1) % len(NOUNS)]
        out += [
            Case(
                "one_adjective",
                f"{first} {noun} met {second} {other} in {city} on {day}.",
                (f"{first} {noun}", f"{second} {other}"),
                exact=True,
            ),
            Case(
                "plain_adjectives",
                f"Senior and junior {noun} met {PEOPLE[k][0]} in {city} on {day}.",
                (PEOPLE[k][1], f"Senior and junior {noun}"),
                exact=True,
            ),
        ]
    return out
