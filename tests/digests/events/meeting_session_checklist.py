"""CheckList-style cases for meeting SESSIONS: which mentions are one meeting, which are two.

Split from meeting_checklist.py (who met whom) and meeting_place_checklist.py (where); all
feed the same per-class 95% test. Every name, city and day here is invented. Each class
that splits mentions into several meetings has a twin that must stay one meeting, so a rule
that always splits (or always merges) fails one of the two.

Expectations per template: `ab` the meeting of A and B must exist; `ab-c` it must exist
without C (C met A on another occasion); `abc` one meeting of all three; a number is the
exact count of meetings between A and B; `when`/`where` name the slot the A-B meeting's
time or place must contain; `status` the status it must have.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import CITIES, DAYS, PEOPLE, Case, _pairs

TOWNS = ["Carrow", "Ostria", "Kestavia", "Valdoria", "Bravania"]
MONTHS = ["March", "April", "June", "July", "September", "October"]

# (class, template, expectation)
TEMPLATES: list[tuple[str, str, str]] = [
    # a meeting told as following another is another occasion: C was not at the A-B one
    ("sequel_meeting", "{a} met {b} on {day}, after which {pa} held talks with {c}.", "ab-c"),
    ("sequel_meeting", "{a} held talks with {b} on {day} and later met {c}.", "ab-c"),
    ("sequel_meeting", "{a} met {b} in {city} on {day} and then met {c}.", "ab-c"),
    ("sequel_meeting", "{a} met {b} on {day}. {Pa} then held talks with {c}.", "ab-c"),
    # twin: one meeting of all three, and a sequel that is no meeting
    ("sequel_twin", "{a} met {b} and {c} on {day} and later flew back to {city}.", "abc"),
    ("sequel_twin", "{a} held talks with {b} and {c} in {city}, then left for {town}.", "abc"),
    ("sequel_twin", "{a} met {b} on {day} and then spoke to reporters in {city}.", "ab"),
    # counterparts met one at a time, said by a phrase or a modifier
    ("apart_markers", "{a} met {b} and {c} in turn on {day}.", "ab-c"),
    ("apart_markers", "{a} held one-on-one meetings with {b} and {c} on {day}.", "ab-c"),
    ("apart_markers", "{a} met {b} and {c} one by one in {city} on {day}.", "ab-c"),
    ("apart_markers", "On {day}, {a} held one-on-one talks with {b} and {c}.", "ab-c"),
    ("apart_markers", "{a} held separate meetings with {b} and {c}.", "ab-c"),
    # twin: a one-on-one meeting with one counterpart, or all of them at once
    ("apart_twin", "{a} held a one-on-one meeting with {b} on {day}.", "1"),
    ("apart_twin", "{a} met {b} and {c} together in {city} on {day}.", "abc"),
    ("apart_twin", "{a} and {b} took turns speaking at a meeting with {c} on {day}.", "abc"),
    # one verb, two occasions: each conjoined phrase with a time or place of its own
    ("two_occasions", "{a} met {b} in {city} in {month} and again in {town} last year.", "2"),
    ("two_occasions", "{a} met {b} in {city} last year and in {town} in {month}.", "2"),
    ("two_occasions", "{a} and {b} met on {day} and again on {other}.", "2"),
    (
        "two_occasions",
        "{a} met {b} in Lindford on {day}. The two last met at a dinner in {town} in {month} "
        "and at the trade summit in {city} last year.",
        "3",
    ),
    # twin: one phrase, or an "and" that joins no occasion
    ("one_occasion", "{a} met {b} at the Riverside Hotel in {city} on {day}.", "1"),
    ("one_occasion", "{a} met {b} in {city} on {day} and discussed the budget.", "1"),
    ("one_occasion", "{a} met {b} and {c} in {city} in {month}.", "abc"),
    ("one_occasion", "{a} met {b} on {day} in {city} and in private.", "1"),
    # counterparts each with a time or place of their own: one meeting each
    ("gapped_counterparts", "{a} met {b} on {day} and {c} on {other}.", "ab-c:when=when"),
    (
        "gapped_counterparts",
        "{a} will meet {b} in {town} on {day} and {c} in {city} on {other}.",
        "ab-c:where=town",
    ),
    ("gapped_counterparts", "{a} held talks with {b} on {day} and {c} on {other}.", "ab-c"),
    # twin: counterparts sharing one time and place are one meeting
    ("shared_occasion", "{a} met {b} and {c} in {city} on {day}.", "abc"),
    ("shared_occasion", "{a} met {b}, {c} and their aides on {day}.", "abc"),
    ("shared_occasion", "{a} held talks with {b} and {c} on {day} in {city}.", "abc"),
    # "later" on a past verb is later on, in the past; on a future one it is to come
    ("later_past", "{a} later met {b} in {city}.", "ab:status=past"),
    ("later_past", "After the vote, {a} later held talks with {b}.", "ab:status=past"),
    ("later_past", "{a} met {b} later that day at the hotel.", "ab:status=past"),
    ("later_upcoming", "{a} will meet {b} later this week.", "ab:status=upcoming"),
    ("later_upcoming", "{a} is to hold talks with {b} later in {month}.", "ab:status=upcoming"),
    # a series of meetings is not the one meeting told beside it, even between the same two
    (
        "series_apart",
        "{a} spoke with {b} by phone on {day}. {sa} and {sb} have had only casual meetings "
        "to date.",
        "2",
    ),
    (
        "series_apart",
        "{a} met {b} in {city} on {day}. {sa} and {sb} have held several meetings since {month}.",
        "2",
    ),
    (
        "series_apart",
        "{sa} and {sb} have had regular meetings over the years. {a} held talks with {b} on {day}.",
        "2",
    ),
    # twin: the series told again is the same series; a meeting told again is the same one
    (
        "series_same",
        "{a} and {b} have held several meetings in {city}. The meetings were cordial.",
        "1",
    ),
    (
        "series_same",
        "{a} met {b} on {day}. At the meeting, the two agreed to hold regular meetings.",
        "1",
    ),
    ("series_same", "{a} met {b} on {day}. {sa} said the meeting with {sb} went well.", "1"),
    # "the first meeting of the year": the span it is counted in, not its time
    (
        "when_not_scope",
        "{a} and {b} held their first meeting of the year in {city} on {day}.",
        "ab:when=when",
    ),
    ("when_not_scope", "{a} met {b} on {day}, their last meeting of the month.", "ab:when=when"),
    (
        "when_not_scope",
        "The busiest meeting of the week saw {a} meet {b} on {day}.",
        "ab:when=when",
    ),
    # twin: an of-phrase with a date is the meeting's date
    ("when_of_date", "{a} and {b} met at the meeting of {month} 3 in {city}.", "ab:when=month"),
    ("when_of_date", "The session of {month} 12 between {a} and {b} ran late.", "ab:when=month"),
]


def _fill(template: str, k: int, a, b, c) -> str:
    return template.format(
        a=a[0],
        b=b[0],
        c=c[0],
        sa=a[1],
        sb=b[1],
        pa=a[2],
        Pa=a[2].capitalize(),
        day=DAYS[k % len(DAYS)],
        other=DAYS[(k + 3) % len(DAYS)],
        month=MONTHS[k % len(MONTHS)],
        city=CITIES[k % len(CITIES)],
        town=TOWNS[k % len(TOWNS)],
    )


def session_cases(per_template: int = 6) -> list[Case]:
    """Every session case, deterministic: each template crossed with `per_template` fillers."""
    out: list[Case] = []
    for cls, template, expect in TEMPLATES:
        for k, (a, b) in enumerate(_pairs(per_template)):
            c = next(p for p in PEOPLE[k + 2 :] + PEOPLE if p not in (a, b))
            text = _fill(template, k, a, b, c)
            slots = {
                "when": DAYS[k % len(DAYS)],
                "other": DAYS[(k + 3) % len(DAYS)],
                "month": MONTHS[k % len(MONTHS)],
                "city": CITIES[k % len(CITIES)],
                "town": TOWNS[k % len(TOWNS)],
            }
            out.append(_case(cls, text, expect, a, b, c, slots))
    return out + body_cases(per_template)


def _case(cls: str, text: str, expect: str, a, b, c, slots: dict) -> Case:
    """The Case an expectation string stands for (see the module docstring)."""
    kind, _, slot = expect.partition(":")
    if kind.isdigit():
        return Case(cls, text, (a[1], b[1]), count=int(kind))
    if kind == "abc":
        return Case(cls, text, (a[1], b[1], c[1]))
    absent = (c[1],) if kind == "ab-c" else ()
    when = slots[slot.removeprefix("when=")] if slot.startswith("when=") else ""
    where = slots[slot.removeprefix("where=")] if slot.startswith("where=") else ""
    status = slot.removeprefix("status=") if slot.startswith("status=") else ""
    return Case(cls, text, (a[1], b[1]), absent, when=when, where=where, status=status)


# Three classes of the fresh behavioural suite's open findings, each with its twin. Fillers:
# {a}/{b} titled people ({sa}/{sb} their surnames), {o}/{p} organisations. Expectation per
# template: (parties that must meet, parties that must be absent, status); no parties = no
# meeting at all.
BODY_TEMPLATES: list[tuple[str, str, tuple[str, ...], tuple[str, ...], str]] = [
    # a bare session noun continuing, after a sentence naming both sides: their talks
    (
        "talks_resumed",
        "{a} and {b} failed to reach a deal on {day}. Talks resumed on {other}.",
        ("a", "b"),
        (),
        "past",
    ),
    (
        "talks_resumed",
        "{o} and {p} broke up without an agreement on {day}. Negotiations restarted on {other}.",
        ("o", "p"),
        (),
        "past",
    ),
    (
        "talks_resumed",
        "{a} and {b} ended the first day apart. The talks will continue on {other}.",
        ("a", "b"),
        (),
        "upcoming",
    ),
    (
        "talks_resumed",
        "{o} and {p} traded offers on {day}. The negotiations resumed on {other}.",
        ("o", "p"),
        (),
        "past",
    ),
    (
        "talks_resumed",
        "{a} and {b} clashed over the budget on {day}. The talks will resume on {other}.",
        ("a", "b"),
        (),
        "upcoming",
    ),
    (
        "talks_resumed",
        "{a} and {b} parted without a deal on {day}. Discussions resumed on {other}.",
        ("a", "b"),
        (),
        "past",
    ),
    # twin: no two sides before, or no session noun
    ("talks_resumed_twin", "Discussions on the zoning plan will resume on {day}.", (), (), ""),
    ("talks_resumed_twin", "Talks on the budget resumed in parliament on {day}.", (), (), ""),
    ("talks_resumed_twin", "The strike at {o} resumed on {day}.", (), (), ""),
    ("talks_resumed_twin", "Fighting resumed on {day} in {city}.", (), (), ""),
    (
        "talks_resumed_twin",
        "Heavy rain fell on {city} on {day}. Talks resumed on {other}.",
        (),
        (),
        "",
    ),
    # one actor met two bodies separately: one meeting each, not one of all three
    (
        "apart_bodies",
        "A mediator, {a}, met separately with {o} and {p} on {day}.",
        ("a", "o"),
        ("p",),
        "",
    ),
    (
        "apart_bodies",
        "{a} met separately with {o} and {p} in {city} on {day}.",
        ("a", "p"),
        ("o",),
        "",
    ),
    ("apart_bodies", "{a} met with {o} and {p} separately on {day}.", ("a", "o"), ("p",), ""),
    ("apart_bodies", "On {day}, {a} held separate talks with {o} and {p}.", ("a", "p"), ("o",), ""),
    ("apart_bodies", "{a} met with each of {o} and {p} on {day}.", ("a", "o"), ("p",), ""),
    (
        "apart_bodies",
        "{a} met {o} and {p} in separate meetings on {day}.",
        ("a", "p"),
        ("o",),
        "",
    ),
    # twin: no sign of separateness, one meeting of all three
    (
        "apart_bodies_twin",
        "{a} met {o} and {p} in a joint meeting on {day}.",
        ("a", "o", "p"),
        (),
        "",
    ),
    ("apart_bodies_twin", "{a} met with both {o} and {p} on {day}.", ("a", "o", "p"), (), ""),
    ("apart_bodies_twin", "{a} met with {o} and {p} on {day}.", ("a", "o", "p"), (), ""),
    ("apart_bodies_twin", "{a} met jointly with {o} and {p} on {day}.", ("a", "o", "p"), (), ""),
    ("apart_bodies_twin", "{a} held talks with {o} and {p} on {day}.", ("a", "o", "p"), (), ""),
    # the object of another verb, with the meeting only as its time, took no part in it
    ("adjunct_object", "{a} criticised {b} after a cabinet meeting on {day}.", ("a",), ("b",), ""),
    ("adjunct_object", "{a} praised {b} after the board meeting in {city}.", ("a",), ("b",), ""),
    ("adjunct_object", "{a} sacked {b} following a board meeting on {day}.", ("a",), ("b",), ""),
    ("adjunct_object", "{a} thanked {b} before the council meeting on {day}.", ("a",), ("b",), ""),
    (
        "adjunct_object",
        "{a} congratulated {b} ahead of the cabinet meeting on {day}.",
        ("a",),
        ("b",),
        "",
    ),
    # twin: a meeting verb with the same adjunct: the two met
    ("adjunct_object_twin", "{a} met {b} after the cabinet meeting on {day}.", ("a", "b"), (), ""),
    (
        "adjunct_object_twin",
        "{a} held talks with {b} before the summit in {city}.",
        ("a", "b"),
        (),
        "",
    ),
    (
        "adjunct_object_twin",
        "{a} sat down with {b} following a board meeting on {day}.",
        ("a", "b"),
        (),
        "",
    ),
]
BODIES = [
    ("the Dunmore Steel Workers Union", "Dunmore Steel Workers Union"),
    ("the Kestrel Mining Company", "Kestrel Mining Company"),  # bare: not tagged ORG
    ("the Western Nurses Federation", "Western Nurses Federation"),
    ("Harlow Freight", "Harlow Freight"),
    ("the Pellam Teachers Association", "Pellam Teachers Association"),
    ("Brightwater Energy", "Brightwater Energy"),
]


def body_cases(per_template: int = 6) -> list[Case]:
    """The resumed-talks, separate-bodies and adjunct-object classes, with their twins."""
    out: list[Case] = []
    for cls, template, must, absent, status in BODY_TEMPLATES:
        for k, (a, b) in enumerate(_pairs(per_template)):
            o, p = BODIES[k % len(BODIES)], BODIES[(k + 1) % len(BODIES)]
            text = template.format(
                a=a[0],
                b=b[0],
                o=o[0],
                p=p[0],
                day=DAYS[k % len(DAYS)],
                other=DAYS[(k + 3) % len(DAYS)],
                city=CITIES[k % len(CITIES)],
            )
            names = {"a": a[1], "b": b[1], "o": o[1], "p": p[1]}
            parties = tuple(names[x] for x in must)
            gone = tuple(names[x] for x in absent)
            out.append(Case(cls, text, parties, gone, status=status))
    return out
