"""CheckList cases for hearings held by a sitting body, and for such a body's name.

Classes (each with a negative twin where the rule could over-reach):
- body_heard_party: "The zoning board heard residents on Tuesday": a council, board or
  committee that hears a party (a group of people, a named person or body) sits in session
  with it, as "heard from residents" already was. Twin heard_matter: "heard the appeal",
  "heard the news", "heard reports of flooding" (a matter, not a party), and a person who
  "heard residents shouting" (no sitting body) are no meeting.
- spoke_at_hearing: "Residents spoke at a hearing before the planning board", "attended a
  hearing before the zoning board", "packed a school board hearing": whoever speaks at,
  attends or packs a body's hearing is heard by it; a plain group counts here. Twin
  no_hearing_body: "spoke at a rally", "spoke at a hearing" with no body, "asked for a
  hearing before the board" (not held) are no meeting.
- body_with_owner: "testified before the Senate finance committee", "met the Kelby city
  council", "spoke at the city council meeting": a generic body keeps the name in front of
  it, so the party is the committee or council, not "Senate", "Kelby" or "council".

Every person, place and body name is invented; none comes from the eval articles.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import DAYS, Case

BODIES = ["zoning board", "city council", "planning commission", "finance committee"]
HEARD = [
    ("residents", "residents"),
    ("dozens of parents", "parents"),
    ("Ana Ruiz", "Ruiz"),
    ("the Kelby Tenants Union", "Kelby Tenants Union"),
    ("local farmers", "local farmers"),
]
MATTERS = [
    "the appeal",
    "the news",
    "reports of flooding",
    "the case for a new road",
]
SPEAKERS = ["Residents", "Parents", "Shop owners", "Tenants", "Farmers"]
SPEAK_TEMPLATES = [
    "{who} spoke at a hearing before the {body} on {day}.",
    "{who} attended a hearing before the {body} on {day}.",
    "{who} packed a hearing of the {body} on {day} to oppose the plan.",
    "{who} testified at a hearing of the {body} on {day}.",
]
NO_BODY_TEMPLATES = [
    "{who} spoke at a rally on {day}.",
    "{who} spoke at a hearing on {day}.",
    "{who} asked for a hearing before the {body} on {day}.",
]
PEOPLE = [
    ("Ana Ruiz", "Ruiz"),
    ("Tomas Brandt", "Brandt"),
    ("Mira Solberg", "Solberg"),
    ("Lucas Brenner", "Brenner"),
    ("Nora Calder", "Calder"),
]
OWNED = [
    "Senate finance committee",
    "Kelby city council",
    "Dunmore school board",
    "House budget committee",
    "Velmar county board",
]
OWNER_TEMPLATES = [
    ("{name} testified before the {owned} on {day}.", "the {owned}"),
    ("{name} met the {owned} on {day} to discuss the budget.", "the {owned}"),
    ("{name} appeared before the {owned} on {day}.", "the {owned}"),
]
CIVIC = ["city council", "school board", "county board", "town council"]


def hearing_cases() -> list[Case]:
    out: list[Case] = []
    for k, body in enumerate(BODIES):
        for j, (said, party) in enumerate(HEARD):
            day = DAYS[(k + j) % len(DAYS)]
            text = f"The {body} heard {said} on {day} about the new road."
            out.append(Case("body_heard_party", text, (body, party)))
        for j, matter in enumerate(MATTERS):
            day = DAYS[(k + j) % len(DAYS)]
            out.append(Case("heard_matter", f"The {body} heard {matter} on {day}.", ()))
    for j, (name, _) in enumerate(PEOPLE):
        text = f"{name} heard residents shouting outside on {DAYS[j]}."
        out.append(Case("heard_matter", text, ()))
    for k, who in enumerate(SPEAKERS):
        for j, template in enumerate(SPEAK_TEMPLATES):
            body = BODIES[(k + j) % len(BODIES)]
            text = template.format(who=who, body=body, day=DAYS[(k + j) % len(DAYS)])
            out.append(Case("spoke_at_hearing", text, (who, body)))
        for j, template in enumerate(NO_BODY_TEMPLATES):
            body = BODIES[(k + j) % len(BODIES)]
            text = template.format(who=who, body=body, day=DAYS[(k + j) % len(DAYS)])
            out.append(Case("no_hearing_body", text, ()))
    for k, (name, surname) in enumerate(PEOPLE):
        for j, (template, party) in enumerate(OWNER_TEMPLATES):
            owned = OWNED[(k + j) % len(OWNED)]
            text = template.format(name=name, owned=owned, day=DAYS[(k + j) % len(DAYS)])
            out.append(
                Case("body_with_owner", text, (surname, party.format(owned=owned)), exact=True)
            )
        civic = CIVIC[k % len(CIVIC)]
        text = f"{name} spoke at the {civic} meeting on {DAYS[k]}."
        out.append(Case("body_with_owner", text, (surname, civic), exact=True))
    return out
