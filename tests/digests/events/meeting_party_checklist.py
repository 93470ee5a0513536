"""CheckList cases for WHO a meeting's participants are: descriptions that stand for a party.

Classes (each with a negative twin where the rule could over-reach):
- counterpart: "the Foreign Minister met his Kelmaran counterpart" -> that office's holder
  (named in the article, or "Kelmaran's foreign minister"); twin: a possessor with no role
  keeps the phrase as written.
- past_holder: "then-president X" claims no later "the president"; twin: a sitting
  "President X" does.
- staff_for_body: "Harlow Freight bosses", "negotiators of Kestrel Mining" -> the body;
  twin: staff of no named body stay a group.
- observers: who observes or films a meeting is not a party; twin: who attends it is.
- dateline_colon: "VANTOR: ..." opens a story and is never a party.
- state_visit: "a state visit" has no party called "state".
- from_place: "a group of residents from the Lindford district and nearby villages" is the
  group, not its home; twin: "representatives from <a union>" keep their body.
- village_name: "villagers in Kelra village" give no party "Kelra".
- renamed_party: "the nurses' union, the Western Nurses Federation," is one party, named;
  twin: "the union, Kestrel Mining and Harlow Freight" are three.
- sides_named: "X rejected the offer from Y. Both sides meet again Thursday" -> X and Y, the
  only two bodies named so far; "negotiators for both sides" are the sides; twin: with one
  body named, no guess.
- possessed_title: "met Kelmar's Prime Minister" -> that office's holder, as written; twin:
  "X, Norland's Foreign Minister, met Y" gives the office no party of its own.
- title_with_modifier: "summoned the Kelmaran ambassador" is that person, not a body called
  Kelmaran; "his Kelmaran counterpart, Bo Lund," is Lund; twin: "Acme Corp officials" are Acme.
- from_both: "officials from both countries" are the two countries named as subjects just
  before ("Kelmar and Norland argued ..."); "the rebels" is a group party.
- walked_out: "councillors walked out of the meeting with X" were at it; twin: "ruled out a
  meeting with X" is no meeting.

Every name is invented; none comes from the eval articles.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import CITIES, DAYS, PEOPLE, Case

ROLE_PEOPLE = [
    ("Ana Ruiz", "Ruiz", "her"),
    ("Tomas Brandt", "Brandt", "his"),
    ("Mira Solberg", "Solberg", "her"),
    ("Lucas Brenner", "Brenner", "his"),
    ("Nora Calder", "Calder", "her"),
    ("Daniel Strand", "Strand", "his"),
]
COUNTERPARTS = [
    ("Bo Lund", "Lund"),
    ("Eva Dahl", "Dahl"),
    ("Kai Moberg", "Moberg"),
    ("Lena Aasen", "Aasen"),
    ("Rune Falk", "Falk"),
    ("Siri Holt", "Holt"),
]
OFFICES = ["Foreign Minister", "Defence Minister", "Trade Minister"]
LANDS = [("Kelmar", "Kelmaran"), ("Vastria", "Vastrian"), ("Norland", "Norlandic")]
BODIES = ["Harlow Freight", "Kestrel Mining", "Brightwater Energy"]
STAFF = ["bosses", "executives", "negotiators", "managers"]


def party_cases() -> list[Case]:
    out: list[Case] = []
    for k, (name, surname, poss) in enumerate(ROLE_PEOPLE):
        office = OFFICES[k % len(OFFICES)]
        land, adj = LANDS[k % len(LANDS)]
        day, city = DAYS[k % len(DAYS)], CITIES[k % len(CITIES)]
        other, other_surname, _ = ROLE_PEOPLE[(k + 1) % len(ROLE_PEOPLE)]
        holder = f"{land}'s {office.lower()}"
        out += [
            Case(
                "counterpart",
                f"{office} {name} met {poss} {land} counterpart in {city} on {day}.",
                (surname, holder),
            ),
            Case(
                "counterpart",
                f"{office} {name}, who held talks with {poss} {land} counterpart on {day}, "
                "said the meeting went well.",
                (surname, holder),
            ),
            Case(
                "counterpart",
                f"{office} {name} met {poss} {adj} counterpart in {city} on {day}. "
                f"{adj} {office} {other} said afterwards that the talks were useful.",
                (surname, other_surname),
            ),
            # twin: the possessor holds no office here, so no office is made up
            Case(
                "counterpart_no_role",
                f"{name} met {poss} {adj} counterpart in {city} on {day}.",
                (surname,),
                (holder, f"the {adj} {office.lower()}"),
            ),
        ]
        a, sa = PEOPLE[k + 6][0].split(" ", 1)[-1], PEOPLE[k + 6][1]
        out += [
            Case(
                "past_holder",
                f"The last visit was by then-president {name} in 2019. On {day}, the "
                f"president will host Governor {a} at the palace.",
                ("president", sa),
                (surname,),
            ),
            # twin: a sitting president is who "the president" means
            Case(
                "past_holder_twin",
                f"President {name} arrived in {city} on {day}. Later the president "
                f"met Governor {a} at the palace.",
                (surname, sa),
            ),
        ]
    for k, body in enumerate(BODIES * 2):
        staff = STAFF[k % len(STAFF)]
        day = DAYS[k % len(DAYS)]
        name, surname, _ = PEOPLE[k]
        out += [
            Case("staff_for_body", f"Farmer groups met {body} {staff} on {day}.", (body,)),
            Case("staff_for_body", f"{name} met with {staff} of {body} on {day}.", (surname, body)),
            # twin: staff of no named body are a group of their own
            Case(
                "staff_no_body",
                f"{name} met with the company's {staff} on {day}.",
                (surname, f"the company's {staff}"),
                exact=True,
            ),
        ]
    for k in range(6):
        (a, sa, _), (b, sb, _) = PEOPLE[k], PEOPLE[k + 3]
        day, city = DAYS[k % len(DAYS)], CITIES[k % len(CITIES)]
        out += [
            Case(
                "observers",
                f"{a} met {b} on {day}. A reporter and a photographer from the {city} Star "
                "were allowed to observe the closed-door meeting.",
                (sa, sb),
                ("reporter", "photographer"),
            ),
            Case(
                "observers",
                f"{a} met {b} on {day}. Television crews filmed the meeting.",
                (sa, sb),
                ("crews",),
            ),
            # twin: who attends a meeting is at it
            Case(
                "observers_twin",
                f"{a} met {b} on {day}. Residents also attended the meeting.",
                (sa, sb),
            ),
            Case(
                "dateline_colon",
                f"{city.upper()}: {a} met {b} on {day} to discuss the budget.",
                (sa, sb),
                (city.upper(), city),
            ),
            Case(
                "state_visit",
                f"{a} will host {b} for a state visit on {day}.",
                (sa, sb),
                ("state",),
            ),
        ]
    for k in range(6):
        (a, sa, _), (b, sb, _) = PEOPLE[k], PEOPLE[k + 2]
        day, city = DAYS[k % len(DAYS)], CITIES[k % len(CITIES)]
        out += [
            Case(
                "from_place",
                f"A group of residents from the {city} district and nearby villages met {a} "
                f"on {day}.",
                (sa, "A group of residents"),
            ),
            Case(
                "from_place",
                f"{a} met a group of farmers from the {city} district on {day}.",
                (sa, "a group of farmers"),
            ),
            Case(
                "from_place_twin",
                f"{a} met representatives from the Dunmore Steel Workers Union on {day}.",
                (sa, "Dunmore Steel Workers Union"),
            ),
            Case(
                "village_name",
                f"Villagers in Kelra village met {a} on {day}.",
                (sa, "Villagers"),
                ("Kelra",),
            ),
            Case(
                "renamed_party",
                f"{a} met the nurses' union, the Western Nurses Federation, on {day}.",
                (sa, "Western Nurses Federation"),
                ("the nurses' union",),
            ),
            Case(
                "renamed_party",
                f"The steelworkers' union, the Dunmore Steel Workers Union, met {a} on {day}.",
                (sa, "Dunmore Steel Workers Union"),
                ("The steelworkers' union",),
            ),
            Case(
                "renamed_party_twin",
                f"{a} met the union, Kestrel Mining and Harlow Freight on {day}.",
                (sa, "the union"),
            ),
        ]
    unions = ["the Dunmore Steel Workers Union", "the Western Nurses Federation"]
    for k, (x, y) in enumerate((u, b) for u in unions for b in BODIES):
        day = DAYS[k % len(DAYS)]
        xs, ys = x.removeprefix("the "), y
        out += [
            Case(
                "sides_named",
                f"{x[0].upper()}{x[1:]} rejected the latest offer from {y} last week. "
                f"Both sides will meet again on {day}.",
                (xs, ys),
            ),
            Case(
                "sides_named",
                f"{x[0].upper()}{x[1:]} rejected the latest offer from {y} last week. "
                f"Negotiators for both sides met on {day}.",
                (xs, ys),
            ),
            Case(
                "sides_named_twin",
                f"{x[0].upper()}{x[1:]} rejected the latest offer last week. "
                f"The two sides will meet on {day}.",
                (),
            ),
        ]
    for k in range(6):
        (a, sa, _), (b, sb, _) = PEOPLE[k], PEOPLE[k + 4]
        day = DAYS[k % len(DAYS)]
        land = LANDS[k % len(LANDS)][0]
        office = OFFICES[k % len(OFFICES)]
        bare_b = b.split(" ", 1)[-1] if b.split(" ", 1)[0] in {"Mayor", "Governor"} else b
        out += [
            Case(
                "possessed_title",
                f"{a} met {land}'s {office} on {day} to discuss the border.",
                (sa, f"{land}'s {office}"),
            ),
            Case(
                "possessed_title_twin",
                f"{bare_b}, {land}'s {office}, met {a} on {day}.",
                (sb, sa),
                (f"{land}'s {office}",),
            ),
            Case(
                "walked_out",
                f"Opposition councillors walked out of the meeting with {a} on {day}.",
                (sa, "Opposition councillors"),
            ),
            Case("walked_out_twin", f"{a} ruled out a meeting with {b} on {day}.", ()),
            Case(
                "title_with_modifier",
                f"The foreign ministry summoned the {LANDS[k % 3][1]} ambassador on {day}.",
                ("The foreign ministry", f"the {LANDS[k % 3][1]} ambassador"),
                exact=True,
            ),
            Case(
                "title_with_modifier",
                f"{a} met {'her' if PEOPLE[k][2] == 'she' else 'his'} {LANDS[k % 3][1]} "
                f"counterpart, {COUNTERPARTS[k][0]}, on {day}.",
                (sa, COUNTERPARTS[k][1]),
            ),
            Case(
                "title_with_modifier_twin",
                f"{a} met Kestrel Mining officials on {day}.",
                (sa, "Kestrel Mining"),
            ),
            Case(
                "from_both",
                f"Kelmar and Norland have argued over the border for years. Officials from "
                f"both countries met in {CITIES[k]} on {day}.",
                ("Kelmar", "Norland"),
            ),
            Case(
                "from_both",
                f"Mediators from Norland hosted talks between {a} and the rebels on {day}.",
                (sa, "the rebels"),
            ),
        ]
    return out
