"""CheckList-style meeting cases: templates per phrasing class crossed with invented fillers.

Every name, organisation, place and day here is invented for these tests (none comes from
the eval articles). A positive case expects a meeting whose participants include both
parties; a negative twin ("did not meet", "met expectations", "a mountain summit") expects
no meeting at all. Classes follow the issue's phrasing classes: verbs, nouns, light-verb
constructions, hosting, summons, visits, purpose clauses, collective and previous-sentence
subjects, reported and scheduled events; and the modality and sense traps.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    cls: str
    text: str
    parties: tuple[str, ...]  # surnames or organisation names that must take part; () = none
    absent: tuple[str, ...] = ()  # named in the sentence, but must not take part
    count: int = 0  # when set: exactly this many meetings between the parties
    exact: bool = False  # the last party must be a participant's whole name, not its end
    when: str = ""  # when set: the meeting's time must contain it
    where: str = ""  # when set: the meeting's place must contain it
    where_exact: bool = False  # the place must be `where` and nothing more
    status: str = ""  # when set: the meeting's status ("past", "upcoming")


# (title + name, surname, pronoun) for people; every name invented
PEOPLE = [
    ("Mayor Elena Varga", "Varga", "she"),
    ("Governor Tomas Brandt", "Brandt", "he"),
    ("Senator Ruth Okafor", "Okafor", "she"),
    ("Minister Paulo Serrano", "Serrano", "he"),
    ("President Abel Kinsey", "Kinsey", "he"),
    ("Chancellor Mira Solberg", "Solberg", "she"),
    ("Premier Lucas Brenner", "Brenner", "he"),
    ("Ambassador Ines Calder", "Calder", "she"),
    ("Prime Minister Joaquim Ferraz", "Ferraz", "he"),
    ("Councillor Daniel Strand", "Strand", "he"),
    ("Commissioner Anika Holm", "Holm", "she"),
    ("Chief Executive Kasia Morawa", "Morawa", "she"),
]
ORGS = [
    "the Dunmore Steel Workers Union",
    "Kestrel Mining",
    "the Western Nurses Federation",
    "Harlow Freight",
    "the Pellam Teachers Association",
    "Brightwater Energy",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PLACES = ["the Old Mill Hall", "the Riverside Hotel", "City Hall", "the Grand Palace"]
CITIES = ["Lindford", "Vantor", "Ostrava", "Carrow", "Brevik", "Dunmore"]
HOSTS = ["Norland", "Vastria", "Kelmar", "the Republic of Ostrel"]

# Templates: {a}/{b} full names, {sa}/{sb} surnames, {pa} A's pronoun, {day}, {place}, {city},
# {host} a third party (a country) that hosts or brokers
POSITIVE = {
    "verb_meet_with": [
        "{a} is meeting with {b} in {city} on {day}.",
        "{a} huddled with {b} at {place} on {day}.",
        "{a} conferred with {b} on {day} about the crisis.",
        "{a} met with {b} on {day}.",
        "{a} met with {b} at {place} on {day} to discuss the budget.",
    ],
    "verb_meet_object": [
        "{a} met {b} in {city} on {day}.",
        "On {day}, {a} met {b} for two hours.",
    ],
    "future_scheduled": [
        "{a} and {b} are set to meet at {place} on {day}.",
        "{a} plans to meet {b} in {city} on {day}.",
        "{a} will hold talks with {b} next week.",
        "{a} will meet {b} on {day}.",
        "{a} is scheduled to meet {b} in {city} on {day}.",
        "{a} is expected to meet {b} next week.",
        "{a} and {b} agreed to meet again on {day}.",
    ],
    "coordinated_subject": [
        "{a} and {b} met on {day}.",
        "{a} and {b} met at {place} on {day} to discuss the strike.",
    ],
    "light_verb_talks": [
        "{a} and {b} held a meeting at {place} on {day}.",
        "{a} convened a meeting with {b} on {day}.",
        "{a} and {b} had dinner together in {city} on {day}.",
        "{a} held talks with {b} on {day}.",
        "{a} held a meeting with {b} at {place} on {day}.",
        "{a} had lunch with {b} in {city} on {day}.",
        "{a} and {b} have had only casual meetings to date.",
        "{a} and {b} held several meetings in {city} last month.",
    ],
    "contacting_call": [
        "{a} called {b} on {day} to discuss the ceasefire.",
        "{a} and {b} held a video call on {day}.",
        "In a phone call on {day}, {a} told {b} that the plan would go ahead.",
        "{a} had a phone call with {b} on {day}.",
        "{a} spoke by phone with {b} on {day}.",
        "{a} spoke with {b} by telephone on {day}.",
    ],
    "visiting": [
        "{a} paid a visit to {b} on {day}.",
        "{a} visited {b} at {place} on {day}.",
    ],
    "nominal_between": [
        "The summit between {a} and {b} ended in {city} on {day}.",
        "A phone call between {a} and {b} lasted an hour on {day}.",
        "A meeting between {a} and {b} took place on {day}.",
        "Talks between {a} and {b} began in {city} on {day}.",
    ],
    "nominal_possessive": [
        "{a}'s call with {b} on {day} was cordial, aides said.",
        "{a}'s meeting with {b} lasted two hours on {day}.",
        "After {a}'s talks with {b} on {day}, aides said little.",
    ],
    "hosting_receiving": [
        "{a} greeted {b} at {place} on {day}.",
        "{b} was received by {a} in {city} on {day}.",
        "{a} hosted {b} at {place} on {day}.",
        "{a} received {b} in {city} on {day}.",
        "{a} welcomed {b} to {place} on {day}.",
    ],
    "summons": [
        "{a} called in {b} on {day} to explain the remarks.",
        "{a} summoned {b} on {day}.",
        "{b} was summoned by {a} on {day}.",
    ],
    "purpose_clause": [
        "{a} arrived in {city} on {day} for a meeting with {b}.",
        "{a} went to {place} on {day} to see {b}.",
        "{a} flew to {city} on {day} to meet {b}.",
        "{a} travelled to {city} on {day} for talks with {b}.",
    ],
    "discussion": [
        "{a} negotiated with {b} for six hours on {day}.",
        "{a} and {b} discussed the merger on {day}.",
        "{a} discussed the budget with {b} on {day}.",
        "{a} talked with {b} about the strike on {day}.",
        "{a} sat down with {b} on {day}.",
        "{a} spoke with advisers to {b} on {day}.",
        "{a} met aides to {b} in {city} on {day}.",
    ],
    "reported": [
        "{a} met {b} on {day}, the ministry said.",
        "According to aides, {a} held talks with {b} on {day}.",
        "Officials said {a} would meet {b} on {day}.",
        "Aides confirmed that {a} met {b} in {city} on {day}.",
    ],
    "apposition": [
        "{a}, who leads the coalition, met {b}, the party chairman, on {day}.",
        "{a}, the head of the delegation, met {b}, a veteran negotiator, in {city}.",
    ],
    "hosting_between": [
        "{host} hosted talks between {a} and {b} in {city} on {day}.",
        "{host} hosted peace talks between {a} and {b} last month.",
        "{host} also hosted negotiations between {a} and {b} at {place} on {day}.",
    ],
    "renewed_talks": [
        "{a} and {b} renewed peace talks in {city} on {day}.",
        "{a} and {b} resumed negotiations on {day}.",
        "On {day}, {a} and {b} restarted talks at {place}.",
    ],
    "spoke_on_day": [
        "{a} and {b} spoke on {day}, according to a readout.",
        "{a} and {b} spoke on {day} and agreed to talk again.",
    ],
    "call_or_visit_from": [
        "{b} received a call from {a} on {day}.",
        "{b} got a visit from {a} at {place} on {day}.",
        "{b} received a call from {a} on {day} to discuss the flood.",
    ],
    "hyphenated_pair": [
        "{a} arrived in {city} on {day}. {b} flew in. The {sa}-{sb} meeting lasted an hour.",
        "{a} spoke to reporters. {b} came on {day}. The long-awaited {sa}-{sb} summit ended.",
    ],
    "previous_sentence": [
        "{a} and {b} arrived in {city} on {day}. They met at {place}.",
        "{a} and {b} flew to {city} on {day}. The two leaders met at {place}.",
    ],
}
ORG_POSITIVE = {
    "organisations": [
        "{oa} held talks with {ob} on {day}.",
        "{oa} and {ob} resumed negotiations in {city} on {day}.",
        "{oa} met with {ob} at {place} on {day}.",
        "{oa} and {ob} renewed talks in {city} on {day}.",
        "{host} hosted talks between {oa} and {ob} on {day}.",
        "{oa} and {ob} returned to the bargaining table on {day}.",
        "{oa} and {ob} were back at the negotiating table in {city} on {day}.",
        "{oa} said talks with {ob} would resume on {day}.",
        "{oa} said negotiations with {ob} broke down on {day}.",
        "{oa} has called a gathering of representatives of {ob} on {day}.",
    ],
}
# Positive cases whose sentence also names a third party ({host}) that was not at the meeting.
HOST_ABSENT = {
    "conjoined_predicate": [
        "{a} met with {b} on {day} and repeated a demand for {host} to withdraw its troops.",
        "{a} held talks with {b} in {city} and then criticised {host} for the blockade.",
        "On {day}, {a} spoke with {b} by phone and later accused {host} of stalling.",
    ],
}
# Groups named by what they are, not by what this meeting made of them: (template, group).
PLAIN_GROUPS = [
    ("{a} told an emergency cabinet meeting on {day} that the budget would pass.", "cabinet"),
    ("On {day}, {a} addressed a special board meeting at {place}.", "board"),
    (
        "{a} met all the chairpersons of the standing committees on {day}.",
        "the chairpersons of the standing committees",
    ),
    ("On {day}, {a} met with all the union leaders at {place}.", "the union leaders"),
    (
        "{a} met with residents of the Riverside district on {day}.",
        "residents of the Riverside district",
    ),
    ("On {day}, {a} welcomed a delegation of nurses to {place}.", "a delegation of nurses"),
    ("{a} braced for complaints from mayors as they sat down at a meeting on {day}.", "mayors"),
    ("{a} faced residents as they met at {place} on {day}.", "residents"),
]
# Times told as a distance back: (template, the time the meeting must carry).
AGO_TIMES = [
    ("{a} and {b} started talks 15 months ago in {city}.", "15 months ago"),
    ("{a} first met {b} two years ago at {place}.", "two years ago"),
    ("{a} held talks with {b} three weeks ago.", "three weeks ago"),
]
# A definite meeting noun with parties of its own after another meeting: (template, parties).
OTHER_TALKS = [
    "{a} met {b} in {city} on {day}. {host} also hosted the talks between Kestrel Mining and "
    "Harlow Freight last month.",
    "{a} held talks with {b} on {day}. The negotiations between Kestrel Mining and Harlow "
    "Freight resumed in {city}.",
]
# One actor meeting counterparts one at a time: {c} is a third person, met apart from {b}.
ONE_BY_ONE = [
    "{a} held bilateral meetings with {b} and {c} on {day}.",
    "{a} met separately with {b} and {c} in {city} on {day}.",
    "On {day}, {a} held separate talks with {b} and {c} at {place}.",
]
# ... and its twin: met together, one meeting of all three.
ALL_TOGETHER = [
    "{a} met {b} and {c} in {city} on {day}.",
    "{a} held a meeting with {b} and {c} at {place} on {day}.",
]
# A host's own talks placed by a phrase of their own: the place is there, not the host.
HOSTED_PLACES = [
    "{host} also hosted the peace talks between {a} and {b} near {city} last month.",
    "{host} hosted talks between {a} and {b} at {place} on {day}.",
]
# Two-sentence stories and how many meetings of the same two parties they report.
SESSIONS = {
    "earlier_meeting": (
        2,
        [
            "{a} met {b} in {city} on {day}. Their last meeting was at {place} last May.",
            "{a} met {b} in {city} on {day}. The two last met at the previous summit in March.",
            "{a} held talks with {b} on {day}. They had previously met at {place} in March.",
        ],
    ),
    "same_meeting_again": (
        1,
        [
            "{a} met {b} in {city} on {day}. At the meeting, {sa} said the budget was tight.",
            "{a} met {b} on {day}. The meeting, their first since March, lasted two hours.",
            "{a} held talks with {b} on {day}. The talks at {place} ran late.",
        ],
    ),
}
NEGATIVE = {
    "negated": [
        "{a} and {b} have not spoken since {day}.",
        "{a} has never spoken to {b}.",
        "{a} has yet to meet {b}.",
        "{a} left {city} without meeting {b}.",
        "The meeting between {a} and {b} did not take place.",
        "{a} did not meet {b} on {day}.",
        "{a} never met {b}.",
        "There was no meeting between {a} and {b} on {day}.",
    ],
    "refused": [
        "{a} ruled out talks with {b}.",
        "{a} refused to meet {b} on {day}.",
        "{a} declined to meet {b} in {city}.",
        "{a} turned down a meeting with {b}.",
    ],
    "denied": [
        "{a} denied reports that {pa} had met {b}.",
        "{a} denied meeting {b} in {city}.",
        "{a} denied that {pa} had met {b}.",
    ],
    "cancelled": [
        "{a} postponed the meeting with {b} until next month.",
        "The planned visit by {a} to {b} was postponed.",
        "A planned meeting between {a} and {b} was scrapped on {day}.",
        "{a} cancelled a meeting with {b} on {day}.",
        "The meeting between {a} and {b} was called off on {day}.",
        "Talks between {a} and {b} were postponed on {day}.",
    ],
    "on_hold": [
        "Aides said the meeting between {a} and {b} had been put on hold.",
        "The summit between {a} and {b} was put on ice on {day}.",
        "{a} put talks with {b} on hold on {day}.",
    ],
    "wished": [
        "{a} wants to meet {b} before the vote.",
        "{a} is eager to sit down with {b}.",
        "{a} would like to meet {b}.",
        "{a} hopes to meet {b} soon.",
        "{a} said {pa} was willing to meet {b}.",
    ],
    "hosting_proposed": [
        "{host} offered to host talks between {a} and {b}.",
        "{a} and {b} refused to renew peace talks.",
        "{host} proposed hosting talks between {a} and {b} in {city}.",
    ],
    "proposed": [
        "{a} offered to meet {b} in {city}.",
        "{a} invited {b} for talks.",
        "{a} proposed talks with {b}.",
        "{a} called for a meeting with {b}.",
        "{a} urged {b} to meet the strikers.",
    ],
    "hypothetical": [
        "{a} said {pa} would meet {b} if elected.",
        "{a} said {pa} would be willing to meet {b} without preconditions.",
        "A meeting between {a} and {b} might happen next month.",
        "Any talks between {a} and {b} would need approval.",
        "If {a} meets {b}, the strike could end.",
        "{a} could meet {b} as early as {day}.",
    ],
    "question": [
        "Will {a} meet {b} on {day}?",
        "Reporters asked whether {a} would meet {b}.",
        "It is unclear whether {a} will meet {b} on {day}.",
    ],
    "generic_habitual": [
        "{a} usually meets {b} every {day}.",
        "{a} and {b} meet regularly to review the accord.",
    ],
    "met_expectations": [
        "{a} said the plan met the needs of families, {b} agreed.",
        "The budget of {a} met expectations, {b} said on {day}.",
        "{a} met the deadline set by {b} on {day}.",
    ],
    "mountain_summit": [
        "{a} and {b} reached the summit of Mount Tarn on {day}.",
        "{a} climbed to the mountain summit with {b} on {day}.",
    ],
    "meetings_not_held": [
        "{a} called a conference of experts a waste of time, {b} said.",
        "{a} and {b} skipped meetings in {city} last month.",
        "{a} and {b} criticised the meetings on {day}.",
    ],
    "reported_by_outsider": [
        "Aides said talks with {b} would resume on {day}.",
        "Analysts said any talks with {b} would be hard.",
    ],
    "table_and_call_senses": [
        "{a} urged {b} to return to the bargaining table.",
        "{a} set the table for dinner on {day}, {b} said.",
        "The union received a call from members to strike on {day}, {b} said.",
        "{a} and {b} spoke at the rally on {day}.",
        "{a} and {b} spoke on the issue at length.",
    ],
    "call_senses": [
        "{a} called for calm and more aid for families in {city} on {day}, {b} said.",
        "Staff of {a} picketed the offices, depots and call centers on {day}, {b} said.",
        "{a} called for an inquiry in {city}, and {b} agreed on {day}.",
    ],
    "voted": [
        "{a} and {b} voted against the bill on {day}.",
    ],
    "rally_no_counterpart": [
        "Supporters of {a} held a rally in {city} on {day}.",
        "{a} addressed a rally at {place} on {day}.",
        "{a} spoke at a news conference on {day}.",
    ],
}


def _pairs(n: int) -> list[tuple[tuple[str, str, str], tuple[str, str, str]]]:
    """n ordered pairs of different people, spread over the whole list."""
    out = []
    for a, b in itertools.permutations(PEOPLE, 2):
        out.append((a, b))
    step = max(1, len(out) // n)
    return out[::step][:n]


def _fill(template: str, k: int, a, b) -> str:
    return template.replace("{c}", "{{c}}").format(
        a=a[0],
        b=b[0],
        sa=a[1],
        sb=b[1],
        pa=a[2],
        day=DAYS[k % len(DAYS)],
        place=PLACES[k % len(PLACES)],
        city=CITIES[k % len(CITIES)],
        host=HOSTS[k % len(HOSTS)],
    )


def cases(per_template: int = 6) -> list[Case]:
    """Every generated case, deterministic: each template crossed with `per_template` fillers."""
    out: list[Case] = []
    pairs = _pairs(per_template)
    for cls, templates in POSITIVE.items():
        for template in templates:
            for k, (a, b) in enumerate(pairs):
                out.append(Case(cls, _fill(template, k, a, b), (a[1], b[1])))
    org_pairs = list(itertools.permutations(ORGS, 2))[::5][:per_template]
    for cls, templates in ORG_POSITIVE.items():
        for template in templates:
            for k, (oa, ob) in enumerate(org_pairs):
                text = template.format(
                    oa=oa,
                    ob=ob,
                    day=DAYS[k % 7],
                    place=PLACES[k % 4],
                    city=CITIES[k % 6],
                    host=HOSTS[k % 4],
                )
                text = text[0].upper() + text[1:]
                out.append(Case(cls, text, (_org_key(oa), _org_key(ob))))
    for cls, templates in HOST_ABSENT.items():
        for template in templates:
            for k, (a, b) in enumerate(pairs):
                host = HOSTS[k % len(HOSTS)].removeprefix("the ")
                out.append(Case(cls, _fill(template, k, a, b), (a[1], b[1]), (host,)))
    for template, group in PLAIN_GROUPS:
        for k, (a, b) in enumerate(pairs):
            out.append(Case("plain_group", _fill(template, k, a, b), (a[1], group), exact=True))
    for k, (a, b) in enumerate(pairs):
        c = next(p for p in PEOPLE[k + 2 :] + PEOPLE if p not in (a, b))
        for template in ONE_BY_ONE:
            text = _fill(template, k, a, b).replace("{c}", c[0])
            out.append(Case("one_by_one", text, (a[1], b[1]), (c[1],)))
        for template in ALL_TOGETHER:
            text = _fill(template, k, a, b).replace("{c}", c[0])
            out.append(Case("all_together", text, (a[1], b[1], c[1])))
    for template in HOSTED_PLACES:
        for k, (a, b) in enumerate(pairs):
            where = CITIES[k % len(CITIES)] if "{city}" in template else PLACES[k % len(PLACES)]
            text = _fill(template, k, a, b)
            out.append(Case("hosted_place", text, (a[1], b[1]), where=where.removeprefix("the ")))
    for template in OTHER_TALKS:
        for k, (a, b) in enumerate(pairs):
            text = _fill(template, k, a, b)
            out.append(Case("other_talks", text, ("Kestrel Mining", "Harlow Freight"), (a[1],)))
    for template, when in AGO_TIMES:
        for k, (a, b) in enumerate(pairs):
            out.append(Case("time_ago", _fill(template, k, a, b), (a[1], b[1]), when=when))
    for cls, (count, templates) in SESSIONS.items():
        for template in templates:
            for k, (a, b) in enumerate(pairs):
                out.append(Case(cls, _fill(template, k, a, b), (a[1], b[1]), count=count))
    for cls, templates in NEGATIVE.items():
        for template in templates:
            for k, (a, b) in enumerate(pairs):
                out.append(Case(cls, _fill(template, k, a, b), ()))
    return out


def _org_key(name: str) -> str:
    return name.removeprefix("the ")
