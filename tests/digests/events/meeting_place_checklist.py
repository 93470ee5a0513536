"""CheckList-style cases for where a meeting was: one class per way a story names the place.

Split from meeting_checklist.py (which holds who met whom) so each stays small; both feed
the same per-class 95% test. Every name, venue and city here is invented. Each positive
class has a twin whose expected place differs, so a rule that always takes the first or
the last place named fails one of the two.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import CITIES, DAYS, PEOPLE, Case, _pairs

# invented venues whose last word is a venue noun (the model often tags them ORG)
VENUES = [
    "the Tallow Creek Longhouse",
    "the Marlowe Pavilion",
    "the Kestow Arena",
    "the Brindle Lodge",
    "the Ashcombe Auditorium",
    "the Vellin Museum",
]
TOWNS = ["Carrow", "Ostria", "Kestavia", "Valdoria", "Bravania"]
HOTELS = ["the Riverside Hotel", "the Old Mill Hall", "City Hall", "the Grand Palace"]

# (class, template, the time the meeting must have); {day} is the day, {other} another day
WHEN_TEMPLATES = [
    # a when-clause on a date: the date is the meeting's time
    (
        "when_clause_day",
        "Aides said the strike must end by {day}, when {a} is due to meet {b}.",
        "day",
    ),
    (
        "when_clause_day",
        "Officials do not want a walkout on {day}, when {a} is supposed to meet with {b}.",
        "day",
    ),
    # twin: a when-clause about something else leaves the meeting its own day
    (
        "when_clause_other",
        "On {other}, when the strike began, aides said {a} would meet {b} on {day}.",
        "day",
    ),
    # a time word before the subject: "Last night X met Y"
    ("time_first", "Last night {a} met {b} at {h}.", "Last night"),
    ("time_first", "This afternoon {a} met with {b} in {city}.", "This afternoon"),
]

# (class, template, which filler is the place, must the place be the whole answer)
# {v} a venue, {h} a hall or hotel, {city} a city, {day} a day
TEMPLATES = [
    # the first mention places the meeting only through another noun of its sentence;
    # the talks' own place, told next, is where they met
    (
        "place_told_next",
        "{a} met {b} on {day}, days before the trade fair opens in {city}. "
        "The talks were held at {h}.",
        "h",
    ),
    (
        "place_told_next",
        "{a} and {b} held talks on {day}, ahead of a vote in {city}. They met at {h}.",
        "h",
    ),
    # twin: the meeting's own place stays when a later sentence names another place
    (
        "own_place_kept",
        "{a} met {b} at {h} on {day}. Afterwards, {sa} flew home to {city}.",
        "h",
    ),
    (
        "own_place_kept",
        "{a} held talks with {b} at {h} on {day}. The meeting ran late, aides in {city} said.",
        "h",
    ),
    # "the meeting" told next places the talks just reported, whatever tense the first
    # report's infinitive gave them
    (
        "place_of_the_meeting",
        "An effort to spark new talks between {a} and {b} stalled on {day}. "
        "The meeting lasted less than an hour in {h}.",
        "h",
    ),
    (
        "place_of_the_meeting",
        "A bid to start renewed talks between {a} and {b} fizzled on {day}. "
        "The meeting lasted an hour at {h}.",
        "h",
    ),
    # "there": the place the previous sentence went to
    ("there_place", "{a} flew to {city} on {day}. {pa} met {b} there.", "city"),
    ("there_place", "{a} arrived in {city} on {day} and met {b} there.", "city"),
    # twin: with a place of its own, "there" names nothing else
    ("there_twin", "{a} flew to {city} on {day}. {pa} met {b} at {h}.", "h"),
    ("there_twin", "{a} met {b} at {h} on {day}, and there was no deal.", "h"),
    # a meeting with no place of its own is where one of its parties just arrived
    ("arrival_place", "{a} flew to {city} on {day}. {pa} met {b} the next morning.", "city"),
    ("arrival_place", "{a} arrived in {city} on {day}. {sa} then met {b}.", "city"),
    # twin: someone else's journey places nothing; the dateline stands
    (
        "arrival_other",
        "{CITY} (AP) — {c} flew to Carrow on {day}. {a} met {b} the next morning.",
        "city!",
    ),
    # a place name on the meeting noun: "the Carrow summit"
    # (the rule reads the model's place tag, so these names are ones it tags as places)
    ("compound_place", "The {town} summit between {a} and {b} ended on {day}.", "town"),
    ("compound_place", "{a} and {b} spoke at length during the {town} talks on {day}.", "town"),
    # a place that hosts: "X was the host / the venue for the talks"
    (
        "host_noun",
        "The city of {city} was the host for talks between {a} and {b} on {day}.",
        "city",
    ),
    ("host_noun", "{city} was the venue for the talks between {a} and {b} on {day}.", "city"),
    # twin: a person as host is no place; the talks' own place is
    (
        "host_person",
        "{c} was the host for talks between {a} and {b} at {h} on {day}.",
        "h",
    ),
    # venue nouns: longhouse, pavilion, arena, lodge, auditorium, museum
    ("venue_noun", "{a} met {b} at {v} on {day}.", "v"),
    ("venue_noun", "On {day}, {a} and {b} were in talks at {v}.", "v"),
    # a dateline gives a place to a meeting that names none, without the agency's name
    ("dateline_place", "{CITY} (AP) — {a} met {b} on {day} to discuss the budget.", "city!"),
    ("dateline_place", "{CITY}, Ostria — {a} met with {b} on {day}.", "city!"),
    # twin: the meeting's own place beats the dateline
    ("dateline_own_place", "{CITY} (AP) — {a} met {b} at {h} on {day}.", "h"),
]


def place_cases(per_template: int = 6) -> list[Case]:
    """Every place case, deterministic: each template crossed with `per_template` fillers."""
    out: list[Case] = []
    for cls, template, slot in TEMPLATES:
        for k, (a, b) in enumerate(_pairs(per_template)):
            c = next(p for p in PEOPLE[k + 2 :] + PEOPLE if p not in (a, b))
            fill = {
                "v": VENUES[k % len(VENUES)],
                "h": HOTELS[k % len(HOTELS)],
                "city": CITIES[k % len(CITIES)],
                "town": TOWNS[k % len(TOWNS)],
            }
            text = template.format(
                a=a[0],
                b=b[0],
                c=c[0],
                sa=a[1],
                pa=a[2].capitalize(),
                day=DAYS[k % len(DAYS)],
                CITY=fill["city"].upper(),
                **fill,
            )
            exact = slot.endswith("!")
            where = fill[slot.rstrip("!")].removeprefix("the ")
            out.append(Case(cls, text, (a[1], b[1]), where=where, where_exact=exact))
    for cls, template, slot in WHEN_TEMPLATES:
        for k, (a, b) in enumerate(_pairs(per_template)):
            day, other = DAYS[k % len(DAYS)], DAYS[(k + 3) % len(DAYS)]
            text = template.format(
                a=a[0], b=b[0], day=day, other=other, h=HOTELS[k % 4], city=CITIES[k % 6]
            )
            when = day if slot == "day" else slot
            out.append(Case(cls, text, (a[1], b[1]), when=when))
    return out
