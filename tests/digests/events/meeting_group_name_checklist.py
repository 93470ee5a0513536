"""CheckList cases for how a group met is NAMED when a name stands in front of its noun.

Classes (each with a negative twin where the rule could over-reach):
- place_group: "met with Kelby farmers", "Dunmore residents met the mayor": people named by
  where they live or farm are that whole group, even when the small model tags the invented
  place a person or leaves it unlabelled. Before, the party was the place alone ("Kelby").
- person_group: "met Ruiz supporters": the group around a person is no body, so the party
  is the group as written, not the person.
- lower_case_body: "was called in by the foreign ministry in Lima": a lower-case modifier the
  model tags a proper noun names nobody, so the party is the ministry, not "foreign"; and a
  generic body keeps the city it serves ("the foreign ministry in Lima"), as it keeps an
  owner ("Kelmar's Foreign Office"), whichever label the model gives the city.
- Twin body_in_building: "met the school board in the library": a building or room after
  "in" is where they met, not whose body it is, so the party stays "the school board".
- Twin staff_body: "met Harlow Freight executives": people who act for a named body stand
  for it, so the party stays the body (the rule the first two classes must not undo).

Every person, place and body name is invented; none comes from the eval articles.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import CITIES, DAYS, Case

PEOPLE = [
    ("Mayor Ana Ruiz", "Ruiz"),
    ("Governor Tomas Brandt", "Brandt"),
    ("Minister Mira Solberg", "Solberg"),
    ("Senator Lucas Brenner", "Brenner"),
    ("Commissioner Nora Calder", "Calder"),
    ("Councillor Daniel Strand", "Strand"),
]
PLACES = ["Kelby", "Dunmore", "Ostrand", "Velmar", "Carrowby", "Brindle"]
PEOPLE_NOUNS = ["farmers", "residents", "villagers", "fishermen", "tenants", "parents"]
PLACE_TEMPLATES = [
    "{name} met with {group} on {day} to hear their concerns.",
    "{name} held talks with {group} in {city} on {day}.",
    "{group} met {name} on {day} to discuss the new road.",
    "{name} sat down with {group} on {day}.",
    "{name} will meet {group} on {day}, her office said.",
]
# (full name, surname) of people whose followers or staff are met
FOLLOWED = [
    ("Ana Ruiz", "Ruiz"),
    ("Tomas Brandt", "Brandt"),
    ("Mira Solberg", "Solberg"),
    ("Lucas Brenner", "Brenner"),
]
FOLLOWER_NOUNS = ["supporters", "backers", "allies"]
LOWER_BODIES = [
    "foreign ministry",
    "interior ministry",
    "finance ministry",
    "trade ministry",
    "health department",
    "labour ministry",
]
LOWER_TEMPLATES = [
    "The ambassador was called in by the {body} in {city} on {day}.",
    "The ambassador was summoned by the {body} in {city} on {day}.",
    "The envoy was called in for talks by the {body} in {city} on {day}.",
]
BUILDINGS = ["the library", "the town hall", "a hotel", "the old courthouse", "a church hall"]
BUILDING_BODIES = ["school board", "city council", "planning committee", "health department"]
BODIES = [
    "Harlow Freight",
    "Kestrel Mining",
    "Brightwater Energy",
    "the Dunmore Dock Union",
]
STAFF_NOUNS = ["executives", "officials", "negotiators", "bosses"]


def group_name_cases() -> list[Case]:
    out: list[Case] = []
    for k, (name, surname) in enumerate(PEOPLE):
        for j, template in enumerate(PLACE_TEMPLATES):
            place = PLACES[(k + j) % len(PLACES)]
            noun = PEOPLE_NOUNS[(2 * k + j) % len(PEOPLE_NOUNS)]
            group = f"{place} {noun}"
            text = template.format(
                name=name,
                group=group,
                day=DAYS[(k + j) % len(DAYS)],
                city=CITIES[k % len(CITIES)],
            )
            out.append(Case("place_group", text, (surname, group), exact=True))
    for k, (name, surname) in enumerate(PEOPLE):
        for j, (_, followed) in enumerate(FOLLOWED):
            if followed == surname:
                continue
            group = f"{followed} {FOLLOWER_NOUNS[(k + j) % len(FOLLOWER_NOUNS)]}"
            day = DAYS[(k + j) % len(DAYS)]
            text = f"{name} met {group} on {day} in {CITIES[j % len(CITIES)]}."
            out.append(Case("person_group", text, (surname, group), exact=True))
    for k, body in enumerate(LOWER_BODIES):
        for j, template in enumerate(LOWER_TEMPLATES):
            city = CITIES[(k + j) % len(CITIES)]
            text = template.format(body=body, city=city, day=DAYS[(k + j) % len(DAYS)])
            who = "envoy" if "envoy" in template else "ambassador"
            party = f"{body} in {city}"  # a generic body keeps the city it serves
            out.append(Case("lower_case_body", text, (who, party), absent=(body.split()[0],)))
    for k, (name, surname) in enumerate(PEOPLE):
        for j, building in enumerate(BUILDINGS):
            body = BUILDING_BODIES[(k + j) % len(BUILDING_BODIES)]
            text = f"{name} met the {body} in {building} on {DAYS[(k + j) % len(DAYS)]}."
            out.append(Case("body_in_building", text, (surname, f"the {body}"), exact=True))
    for k, (name, surname) in enumerate(PEOPLE):
        for j, body in enumerate(BODIES):
            noun = STAFF_NOUNS[(k + j) % len(STAFF_NOUNS)]
            text = f"{name} met with {body} {noun} on {DAYS[(k + j) % len(DAYS)]}."
            bare = body.removeprefix("the ")
            out.append(Case("staff_body", text, (surname, bare), exact=True))
    return out
