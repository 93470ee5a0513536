"""CheckList cases for meeting parties named by reference: "the two sides", "both sides",
"the parties", "the pair", "the two leaders", a pronoun or a bare title as subject, "the
league and the union", and talks told with no parties at all.

Each case is a short invented article of two to six sentences. The parties are named once,
in an event between them (a dispute, a lawsuit, an accusation, an invitation, a rejected
offer), and the meeting sentence names them only by reference. The antecedent stands 1, 2
or 4 sentences back, or across a paragraph break, with filler sentences between that name
no pair (some name one body or a plural group, which must not be taken for a side).

Negative twins: "both sides" of an argument, "the two" with no earlier pair, a different
later pair that must win over an earlier one, and plural groups that are no parties.
Every name, body and place is invented (countries are real, their people are not).
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import DAYS, Case

# (full name as first written, name as a party matches it)
ORG_PAIRS = [
    (("the Dunmore Steel Workers Union", "Dunmore Steel Workers Union"), ("Kestrel Steel",) * 2),
    (("the Western Nurses Federation", "Western Nurses Federation"), ("Harlow Health",) * 2),
    (("Brightwater Energy",) * 2, ("the Pellam Dock Workers Union", "Pellam Dock Workers Union")),
    (("the Lindford Transit Union", "Lindford Transit Union"), ("Carrow Rail",) * 2),
    (("Ostrel Foods",) * 2, ("the Brevik Bakers Guild", "Brevik Bakers Guild")),
]
# (title + name, surname, subject pronoun, title word as a bare reference)
PEOPLE = [
    ("Governor Tomas Brandt", "Brandt", "He", "governor"),
    ("Mayor Elena Varga", "Varga", "She", "mayor"),
    ("Senator Ruth Okafor", "Okafor", "She", "senator"),
    ("Minister Paulo Serrano", "Serrano", "He", "minister"),
    ("President Abel Kinsey", "Kinsey", "He", "president"),
    ("Chancellor Mira Solberg", "Solberg", "She", "chancellor"),
    ("Premier Lucas Brenner", "Brenner", "He", "premier"),
    ("Ambassador Ines Calder", "Calder", "She", "ambassador"),
]
# sentences that name no pair: numbers, things, one body or a plural group at most
FILLERS = [
    "Prices have risen sharply since March.",
    "The dispute has already closed two depots.",
    "Analysts expect more cuts this year.",
    "Store shelves have been empty for days.",
    "Workers have been on strike for a month.",
    "The stoppage has cost millions.",
    "Local residents are growing impatient.",
    "Fuel costs doubled last year.",
]

# an event between two bodies: {x} first (sentence start), {y} second
ORG_EVENTS = [
    "{x} rejected the latest pay offer from {y} on {day0}.",
    "{x} has been in a dispute with {y} over pensions since March.",
    "{x} and {y} have been at odds over pensions for months.",
    "{x} accused {y} of breaking the contract.",
    "{x} is suing {y} over unpaid wages.",
]
ORG_REFERENCES = [
    "The two sides met again on {day}.",
    "Both sides met on {day}.",
    "The sides held talks on {day}.",
    "The parties met on {day}.",
    "Negotiators from both sides met on {day}.",
    "The two sides will meet again on {day}.",
]
# an event between two people: {a} first, {b} second
PEOPLE_EVENTS = [
    "{a} has long feuded with {b} over the budget.",
    "{a} accused {b} of blocking the bill.",
    "{a} invited {b} to the capital.",
    "{a} has clashed with {b} over trade.",
]
PEOPLE_REFERENCES = [
    "The two leaders met on {day}.",
    "The pair sat down for talks on {day}.",
    "The two held talks on {day}.",
    "Both sat down together on {day}.",
    "The two sides met on {day}.",
    "The two met privately on {day}.",
]


# fillers with no group of people in them ("they" would be that group: see they_group)
THING_FILLERS = [f for f in FILLERS if not any(w in f for w in ("Workers", "residents"))]


def _gap(k: int, distance: str, fillers: list[str] = FILLERS) -> str:
    """What stands between the antecedent and the reference: nothing, one or three filler
    sentences, or two paragraph breaks around two fillers."""
    pick = [fillers[(k + i) % len(fillers)] for i in range(3)]
    if distance == "d1":
        return " "
    if distance == "d2":
        return f" {pick[0]} "
    if distance == "d4":
        return f" {' '.join(pick)} "
    return f"\n\n{pick[0]} {pick[1]}\n\n"


DISTANCES = ("d1", "d2", "d4", "para")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _org_cases() -> list[Case]:
    out: list[Case] = []
    k = 0
    for e, event in enumerate(ORG_EVENTS):
        for r, ref in enumerate(ORG_REFERENCES):
            for distance in DISTANCES:
                (x, sx), (y, sy) = ORG_PAIRS[(e + r + k) % len(ORG_PAIRS)]
                day0, day = DAYS[k % 3], DAYS[3 + k % 4]
                first = event.format(x=_cap(x), y=y, day0=day0)
                text = first + _gap(k, distance) + ref.format(day=day)
                out.append(Case(f"sides_bodies_{distance}", text, (sx, sy), when=day))
                k += 1
    return out


def _people_cases() -> list[Case]:
    out: list[Case] = []
    k = 0
    for e, event in enumerate(PEOPLE_EVENTS):
        for r, ref in enumerate(PEOPLE_REFERENCES):
            for distance in DISTANCES:
                i = (e + r + k) % len(PEOPLE)
                (a, sa, _, _), (b, sb, _, _) = PEOPLE[i], PEOPLE[(i + 3) % len(PEOPLE)]
                day = DAYS[3 + k % 4]
                text = event.format(a=a, b=b) + _gap(k, distance) + ref.format(day=day)
                out.append(Case(f"pair_people_{distance}", text, (sa, sb), when=day))
                k += 1
    return out


def _pronoun_and_title_cases() -> list[Case]:
    """'He met the governor', 'The minister met her': people named earlier, referred to by a
    pronoun or a bare title (the people machinery resolves them)."""
    out: list[Case] = []
    for k in range(len(PEOPLE)):
        (a, sa, pa, ta), (b, sb, pb, tb) = PEOPLE[k], PEOPLE[(k + 3) % len(PEOPLE)]
        day = DAYS[k % len(DAYS)]
        event = PEOPLE_EVENTS[k % len(PEOPLE_EVENTS)].format(a=a, b=b)
        obj = {"He": "him", "She": "her"}[pb]
        for distance in ("d1", "d2", "para"):
            gap = _gap(k, distance)
            out += [
                Case("pronoun_subject", f"{event}{gap}{pa} met {sb} on {day}.", (sa, sb)),
                Case("pronoun_subject", f"{event}{gap}{pa} met the {tb} on {day}.", (sa, sb)),
                Case("title_only", f"{event}{gap}The {ta} met {obj} on {day}.", (sa, sb)),
                Case("title_only", f"{event}{gap}The {ta} met the {tb} on {day}.", (sa, sb)),
            ]
    return out


# (full name, matched name, short form), for "the league and the union"
SHORT_FORMS = [
    (
        ("the Northern Football League", "Northern Football League", "league"),
        ("the Norland Players Union", "Norland Players Union", "union"),
    ),
    (
        ("the Harlow Freight Company", "Harlow Freight Company", "company"),
        ("the Harlow Drivers Association", "Harlow Drivers Association", "association"),
    ),
    (
        ("the Pellam City Council", "Pellam City Council", "council"),
        ("the Pellam Teachers Federation", "Pellam Teachers Federation", "federation"),
    ),
    (
        ("the Ministry of Fisheries", "Ministry of Fisheries", "ministry"),
        ("the Coastal Boat Owners Guild", "Coastal Boat Owners Guild", "guild"),
    ),
]


def _short_form_cases() -> list[Case]:
    """Bodies named in full once, then by the head of their name."""
    out: list[Case] = []
    k = 0
    for (x, sx, hx), (y, sy, hy) in SHORT_FORMS:
        for event in ORG_EVENTS[:3]:
            for distance in ("d1", "d2", "para"):
                day0, day = DAYS[k % 3], DAYS[3 + k % 4]
                first = event.format(x=_cap(x), y=y, day0=day0) + _gap(k, distance)
                out += [
                    Case("short_forms", f"{first}The {hx} and the {hy} met on {day}.", (sx, sy)),
                    Case("short_forms", f"{first}The {hx} met the {hy} on {day}.", (sx, sy)),
                ]
                k += 1
    return out


NO_PARTY_TALKS = [
    "The talks on {day} ended without a deal.",
    "Talks resumed on {day}.",
    "The meeting on {day} lasted three hours.",
]


def _talks_cases() -> list[Case]:
    """'The talks' with no parties of their own, just after a sentence setting two parties
    against each other: theirs. (Only the next sentence: further back, the talks were
    as often someone else's, so the engine leaves them unresolved.)"""
    out: list[Case] = []
    k = 0
    for e, event in enumerate(ORG_EVENTS + PEOPLE_EVENTS):
        for ref in NO_PARTY_TALKS:
            for distance in ("d1",):
                (x, sx), (y, sy) = ORG_PAIRS[(e + k) % len(ORG_PAIRS)]
                (a, sa, _, _), (b, sb, _, _) = PEOPLE[k % 8], PEOPLE[(k + 3) % 8]
                day0, day = DAYS[k % 3], DAYS[3 + k % 4]
                first = event.format(x=_cap(x), y=y, a=a, b=b, day0=day0)
                sides = (sa, sb) if "{a}" in event else (sx, sy)
                text = first + _gap(k, distance) + ref.format(day=day)
                out.append(Case("talks_no_parties", text, sides, when=day))
                k += 1
    return out


def _later_pair_cases() -> list[Case]:
    """Two pairs in the story: the reference means the later one."""
    out: list[Case] = []
    for k in range(len(ORG_PAIRS)):
        (x, sx), (y, sy) = ORG_PAIRS[k]
        (u, su), (v, sv) = ORG_PAIRS[(k + 2) % len(ORG_PAIRS)]
        (a, sa, _, _), (b, sb, _, _) = PEOPLE[k], PEOPLE[(k + 3) % len(PEOPLE)]
        day = DAYS[3 + k % 4]
        two = f"{_cap(x)} is suing {y} over unpaid wages. {FILLERS[k]} "
        out += [
            Case(
                "later_pair_wins",
                f"{two}Separately, {u} accused {v} of breaking a lease. "
                f"The two sides met on {day}.",
                (su, sv),
                (sx, sy),
            ),
            Case(
                "later_pair_wins",
                f"{two}\n\nIn another dispute, {u} rejected an offer from {v}. "
                f"{FILLERS[k + 1]} Both sides met on {day}.",
                (su, sv),
                (sx, sy),
            ),
            Case(
                "later_pair_wins",
                f"{a} has clashed with {b} over trade. {_cap(x)} and {y} are also "
                f"at odds over a port deal. The two sides met on {day}.",
                (sx, sy),
                (sa, sb),
            ),
            Case(
                "later_pair_wins",
                f"{_cap(x)} and {y} are at odds over a port deal. {FILLERS[k]} "
                f"{a} has clashed with {b} over trade. The two leaders met on {day}.",
                (sa, sb),
                (sx, sy),
            ),
        ]
    return out


def _negative_cases() -> list[Case]:
    """Twins: nothing to resolve to, or 'sides' that are no parties."""
    out: list[Case] = []
    for k in range(len(ORG_PAIRS)):
        (x, sx), (y, sy) = ORG_PAIRS[k]
        a = PEOPLE[k][0]
        day = DAYS[3 + k % 4]
        out += [
            # "both sides" of an argument: no meeting at all
            Case(
                "neg_argument_sides",
                f"{_cap(x)} is suing {y} over unpaid wages. There are two sides to "
                "every story, the judge said.",
                (),
            ),
            Case(
                "neg_argument_sides",
                f"{_cap(x)} accused {y} of lying. Both sides say they are right.",
                (),
            ),
            Case(
                "neg_argument_sides",
                f"The council debated the bus plan for hours on {day}. Both sides of the "
                "argument made their case.",
                (),
            ),
            Case(
                "neg_argument_sides",
                f"{a} has clashed with {sx} over trade. Lawyers for both sides filed papers "
                f"on {day}.",
                (),
            ),
            # "the two" with no pair before it: nobody to resolve to
            Case(
                "neg_no_pair",
                f"{a} opened a new library on Monday. The two leaders met on {day}.",
                (),
            ),
            Case(
                "neg_no_pair",
                f"{_cap(x)} cut 200 jobs last month. {FILLERS[k]} The two sides met on {day}.",
                (),
            ),
            Case("neg_no_pair", f"Heavy rain closed two roads. The pair met on {day}.", ()),
            # plural groups and things that are no sides
            Case(
                "neg_groups_not_parties",
                f"Prices and wages have risen sharply. The two sides met on {day}.",
                (),
            ),
            Case(
                "neg_groups_not_parties",
                f"{_cap(x)} rejected an offer from {y}. Residents and shop owners complained "
                f"about the noise. The two sides met on {day}.",
                (sx, sy),
                ("Residents", "shop owners"),
            ),
            Case(
                "neg_groups_not_parties",
                f"{_cap(x)} is suing {y} over unpaid wages. Drivers and mechanics walked out "
                f"on Monday. The parties met on {day}.",
                (sx, sy),
                ("Drivers", "mechanics"),
            ),
        ]
    return out


# two countries (real names; their people are invented) and what refers to them
COUNTRY_PAIRS = [
    ("Norway", "Chile"),
    ("Kenya", "Peru"),
    ("Portugal", "Vietnam"),
    ("Ghana", "Chile"),
]
COUNTRY_EVENTS = [
    "{x} and {y} have been at odds over fishing rights for years.",
    "{x} has accused {y} of overfishing.",
    "{x} is in a dispute with {y} over a border river.",
]
COUNTRY_REFERENCES = [
    "The two countries held talks in Lindford on {day}.",
    "Officials from both countries met on {day}.",
    "The two governments held talks on {day}.",
    "Diplomats from the two countries met on {day}.",
]
# a reference as the subject of a verb that needs two sides: discuss, speak, be due to
PAIR_VERBS = [
    "The two discussed the budget on {day}.",
    "Both sides discussed the offer on {day}.",
    "The pair spoke by phone on {day}.",
    "The two sides are due to meet on {day}.",
    "The two leaders are set to meet on {day}.",
    "They met again on {day}.",
]


def _country_cases() -> list[Case]:
    out: list[Case] = []
    k = 0
    for event in COUNTRY_EVENTS:
        for ref in COUNTRY_REFERENCES:
            for distance in ("d1", "d2", "para"):
                x, y = COUNTRY_PAIRS[k % len(COUNTRY_PAIRS)]
                text = event.format(x=x, y=y) + _gap(k, distance) + ref.format(day=DAYS[k % 7])
                out.append(Case("two_countries", text, (x, y)))
                k += 1
    return out


def _pair_verb_cases() -> list[Case]:
    """The reference is the subject of a verb that needs two parties to be a meeting."""
    out: list[Case] = []
    k = 0
    for ref in PAIR_VERBS:
        for distance in ("d1", "d2", "para"):
            for people in (True, False):
                i = k % len(PEOPLE)
                (a, sa, _, _), (b, sb, _, _) = PEOPLE[i], PEOPLE[(i + 3) % len(PEOPLE)]
                (x, sx), (y, sy) = ORG_PAIRS[k % len(ORG_PAIRS)]
                if people:
                    event, sides = PEOPLE_EVENTS[k % 4].format(a=a, b=b), (sa, sb)
                elif "leaders" in ref or "pair" in ref:
                    continue  # people words: only for people
                else:
                    event, sides = ORG_EVENTS[k % 5].format(x=_cap(x), y=y, day0="Monday"), (sx, sy)
                gap = _gap(k, distance, THING_FILLERS)
                text = event + gap + ref.format(day=DAYS[3 + k % 4])
                out.append(Case("pair_verbs", text, sides))
                k += 1
    return out


# the pair named by an owner and its noun's other party, or by a demand of one on the other
OWNER_EVENTS = [
    "{x}'s dispute with {y} has dragged on for months.",
    "{x}'s lawsuit against {y} is due in court in May.",
    "{x}'s row with {y} deepened this week.",
]
DEMAND_EVENTS = [
    "{x} called on {y} to end the strike.",
    "{x} wants {y} to drop the lawsuit.",
    "{x} urged {y} to return to work.",
]


def _owner_and_demand_cases() -> list[Case]:
    out: list[Case] = []
    k = 0
    for cls, events in (("owner_pairs", OWNER_EVENTS), ("demand_antecedent", DEMAND_EVENTS)):
        for event in events:
            for distance in ("d1", "d2", "para"):
                (x, sx), (y, sy) = ORG_PAIRS[k % len(ORG_PAIRS)]
                first = event.format(x=_cap(x) if event.startswith("{x}") else x, y=y)
                ref = ORG_REFERENCES[k % len(ORG_REFERENCES)].format(day=DAYS[k % 7])
                out.append(Case(cls, first + _gap(k, distance) + ref, (sx, sy)))
                k += 1
    return out


GROUPS = ["residents", "farmers", "teachers", "nurses", "students"]


def _they_group_cases() -> list[Case]:
    """Twin of 'They met again': a plural group just before is who 'they' are, not the
    pair named earlier."""
    out: list[Case] = []
    for k, group in enumerate(GROUPS * 2):
        (x, sx), (y, sy) = ORG_PAIRS[k % len(ORG_PAIRS)]
        a, sa = PEOPLE[k % len(PEOPLE)][:2]
        day = DAYS[k % 7]
        adj = ("Angry", "Local")[k % 2]
        text = (
            f"{_cap(x)} is suing {y} over unpaid wages. {adj} {group} gathered outside "
            f"City Hall. They met {a} on {day}."
        )
        out.append(Case("they_group", text, (group, sa), (sx, sy)))
    return out


def sides_cases() -> list[Case]:
    return (
        _country_cases()
        + _pair_verb_cases()
        + _they_group_cases()
        + _owner_and_demand_cases()
        + _org_cases()
        + _people_cases()
        + _pronoun_and_title_cases()
        + _short_form_cases()
        + _talks_cases()
        + _later_pair_cases()
        + _negative_cases()
    )
