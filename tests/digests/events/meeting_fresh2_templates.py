"""Templates of the second fresh meeting suite, one list per phrasing class (data only).

A row is (class, template, parties, status, checks). `parties` are filler keys whose values
must all take part ("a", "b", "c": people's surnames; "org1", "org2", "cmte", "council", "x",
"y": bodies and countries by whole name). `checks` says which of the sentence's day ("t")
and city ("w") the meeting must carry: only those the sentence gives as the meeting's own.
Filler keys: {A} title + name, {An} bare name, {p}/{P}/{his} A's pronouns, {B}, {Bn},
{his_b}, {him_b}, {C}, {org1}, {org2}, {cmte}, {council}, {x}/{dx} country and demonym,
{y}/{dy}, {city}, {day}, {venue}.
"""

from __future__ import annotations

Row = tuple[str, str, tuple[str, ...], str, str]
AB = ("a", "b")


def _rows(cls: str, templates: list[str], parties=AB, status="", checks="tw") -> list[Row]:
    return [(cls, t, parties, status, checks) for t in templates]


TEMPLATES: list[Row] = [
    *_rows(
        "held_talks",
        [
            "{A} and {B} held talks in {city} on {day}.",
            "{A} held talks with {B} on {day}.",
            "{A} held two hours of talks with {B} in {city}.",
            "{A} and {B} held a closed-door meeting on {day}.",
            "{A} had talks with {B} on trade and security on {day}.",
            "{A} and {B} held their first face-to-face talks in {city} on {day}.",
        ],
    ),
    *_rows(
        "hosting",
        [
            "{A} hosted {B} at {venue} on {day}.",
            "{A} welcomed {B} to {city} on {day}.",
            "{A} received {B} at {venue} on {day}.",
            "{A} hosted {B} for talks on energy in {city}.",
            "{A} played host to {B} in {city} on {day}.",
        ],
    ),
    *_rows(
        "passive_host",
        [
            "{B} was received by {A} at {venue} on {day}.",
            "{B} was hosted by {A} in {city} on {day}.",
            "{B} was welcomed to {city} by {A} on {day}.",
            "{B} was greeted at the airport by {A} on {day}.",
            "{B} was visited by {A} on {day}.",
            "{B} was briefed by {A} on {day}.",
        ],
    ),
    *_rows(
        "sat_down",
        [
            "{A} sat down with {B} on {day}.",
            "{A} sat down with {B} in {city} to discuss the budget.",
            "{A} and {B} sat down for talks on {day}.",
            "{A} sat down with {B} for nearly two hours in {city} on {day}.",
        ],
    ),
    *_rows("sat_down", ["{A} will sit down with {B} next week."], status="upcoming"),
    *_rows(
        "phone",
        [
            "{A} and {B} spoke by phone on {day}.",
            "{A} phoned {B} on {day}.",
            "{A} spoke with {B} by telephone on {day}.",
            "{A} held a phone call with {B} on {day}.",
            "{A} telephoned {B} on {day} to discuss the crisis.",
            "{A} had a phone conversation with {B} on {day}.",
            "{A} and {B} talked by phone for 40 minutes on {day}.",
            "{A} called {B} on {day} to congratulate {him_b} on {his_b} election.",
            "{A} spoke to {B} over the phone on {day}.",
        ],
    ),
    *_rows(
        "video",
        [
            "{A} and {B} held a video call on {day}.",
            "{A} held a videoconference with {B} on {day}.",
            "{A} and {B} spoke by video link on {day}.",
            "{A} joined {B} on a video call on {day}.",
            "{A} held virtual talks with {B} on {day}.",
        ],
    ),
    *_rows(
        "nominal",
        [
            "{A}'s talks with {B} lasted three hours.",
            "A meeting between {A} and {B} took place in {city} on {day}.",
            "Talks between {A} and {B} ended without agreement on {day}.",
            "{A}'s meeting with {B} on {day} focused on trade.",
            "The talks between {A} and {B} in {city} were described as constructive.",
            "{B}'s meeting with {A} came a week after the election.",
            "The {day} meeting between {A} and {B} ended without a deal.",
        ],
    ),
    *_rows(
        "delegation",
        [
            "{A} met with {B}'s delegation on {day}.",
            "{A} received a delegation led by {B} in {city} on {day}.",
            "A delegation led by {B} held talks with {A} on {day}.",
            "{A} met a delegation headed by {B} in {city}.",
        ],
    ),
    *_rows(
        "delegation",
        [
            "{A} met a delegation from {org1} on {day}.",
            "{A} met with a delegation of {org1} leaders on {day}.",
        ],
        parties=("a", "org1"),
    ),
    *_rows(
        "courtesy",
        [
            "{A} paid a courtesy call on {B} on {day}.",
            "{A} paid a courtesy visit to {B} at {venue} on {day}.",
            "{A} called on {B} at {his_b} office in {city} on {day}.",
            "{B} received a courtesy call from {A} on {day}.",
            "{A} paid a call on {B} in {city} on {day}.",
        ],
    ),
    *_rows(
        "hearing",
        [
            "{A} testified before {cmte} on {day}.",
            "{A} appeared before {cmte} on {day}.",
            "{A} gave evidence to {cmte} on {day}.",
            "{A} was questioned by {cmte} on {day}.",
            "{A} was grilled by {cmte} for three hours on {day}.",
        ],
        parties=("a", "cmte"),
    ),
    *_rows(
        "hearing",
        ["{A} will testify before {cmte} next week."],
        parties=("a", "cmte"),
        status="upcoming",
    ),
    *_rows(
        "summons",
        [
            "{A} summoned {B} to {his} office on {day}.",
            "{B} was summoned by {A} on {day}.",
            "{A} summoned the {dy} ambassador, {Bn}, on {day} to protest the arrests.",
            "{Bn}, the {dy} envoy, was summoned to meet {A} on {day}.",
        ],
    ),
    *_rows(
        "summons",
        ["{x} summoned {Bn}, the {dy} ambassador, on {day}."],
        parties=("x", "b"),
    ),
    *_rows(
        "travel_to_meet",
        [
            "{A} will travel to {city} to meet {B} on {day}.",
            "{A} is due to meet {B} next week.",
            "{A} is set to hold talks with {B} in {city} on {day}.",
            "{A} and {B} are scheduled to meet on {day}.",
            "{A} is expected to meet {B} on the sidelines of the summit.",
            "{A} will visit {city} next week for talks with {B}.",
            "{A} heads to {city} on {day} to meet {B}.",
        ],
        status="upcoming",
    ),
    *_rows(
        "travel_to_meet",
        [
            "{A} flew to {city} on {day} for talks with {B}.",
            "{A} travelled to {city} on {day} to meet {B}.",
        ],
        status="past",
    ),
    *_rows(
        "relative_participle",
        [
            "{A}, who met {B} on {day}, said the talks had gone well.",
            "After meeting {B} on {day}, {A} said a deal was close.",
            "Having met {B} in {city}, {A} flew home.",
            "Speaking after talks with {B} on {day}, {A} said progress had been made.",
            "{A} said after meeting {B} that the two sides remained far apart.",
            "{A}, who held talks with {B} in {city}, said the visit had been useful.",
            "{A} emerged from a meeting with {B} on {day} saying little.",
        ],
    ),
    *_rows(
        "relative_participle",
        ["Fresh from talks with {B}, {A} returned to {city} on {day}."],
        checks="t",
    ),
    *_rows("fronted", ["Before leaving {city}, {A} met {B}."], checks="t"),
    *_rows(
        "during_visit",
        [
            "During {his} visit to {city}, {A} met {B}.",
            "While in {city} on {day}, {A} met {B}.",
            "On a two-day visit to {city}, {A} held talks with {B}.",
            "{A}, on an official visit to {city}, met {B} on {day}.",
            "During a stop in {city}, {A} also met {B}.",
            "As part of {his} tour of the region, {A} met {B} in {city}.",
        ],
    ),
    *_rows(
        "pair_after_naming",
        [
            "{A} and {B} arrived in {city} for the summit. The two leaders met on {day}.",
            "{A} and {B} have clashed over tariffs for months. The two met on {day} in {city}.",
            "Relations between {A} and {B} have been tense. The pair spoke by phone on {day}.",
            "{A} and {B} both attended the forum. They met briefly on {day}.",
            "{A} and {B} are old rivals. Both sat down together in {city} on {day}.",
        ],
    ),
    *_rows(
        "pair_after_naming",
        ["{A} and {B} were both in {city} on {day}. The two held talks over lunch."],
        checks="",
    ),
    *_rows(
        "pronoun_subject",
        [
            "{A} arrived in {city} on {day}. {P} met {B} later that day.",
            "{A} landed in {city} on {day}. {P} then held talks with {B}.",
            "{A} is on a three-day tour of the region. On {day} {p} met {B} in {city}.",
            "{A} has been in office for a month. Last week {p} sat down with {B}.",
            "{A} left the capital on {day}. {P} is due to meet {B} in {city} on Friday.",
        ],
        checks="",
    ),
    *_rows(
        "several_parties",
        [
            "{A} met {B} and {C} on {day}.",
            "{A}, {B} and {C} met in {city} on {day}.",
            "{A} held talks with {B} and {C} in {city}.",
            "{A} hosted {B} and {C} at {venue} on {day}.",
            "{A} sat down with {B} and {C} on {day}.",
        ],
        parties=("a", "b", "c"),
    ),
    *_rows(
        "counterpart",
        [
            "{A} and {his} counterpart {Bn} met in {city} on {day}.",
            "{A} met {his} {dy} counterpart, {Bn}, on {day}.",
            "{A} held talks with {his} counterpart {Bn} in {city}.",
            "{A} and {his} {dy} counterpart, {Bn}, spoke by phone on {day}.",
            "{A} welcomed {his} counterpart {Bn} to {city} on {day}.",
        ],
    ),
    *_rows(
        "brief_address",
        [
            "{A} briefed {B} on the investigation on {day}.",
            "{A} will brief {B} on the talks next week.",
        ],
    ),
    *_rows(
        "brief_address",
        [
            "{A} addressed {council} on {day}.",
            "{A} addressed a meeting of {council} on {day}.",
            "{A} spoke to {council} on {day} about the budget.",
        ],
        parties=("a", "council"),
    ),
    *_rows(
        "brief_address",
        ["{A} briefed {cmte} on the budget on {day}."],
        parties=("a", "cmte"),
    ),
    *_rows(
        "handshake",
        [
            "{A} and {B} shook hands at {venue} on {day}.",
            "{A} shook hands with {B} at the start of the summit in {city}.",
            "{A} greeted {B} at {venue} on {day}.",
            "{A} and {B} embraced on the steps of {venue} on {day}.",
        ],
    ),
    *_rows(
        "negotiators",
        [
            "Negotiators for {org1} and {org2} met on {day}.",
            "Representatives of {org1} and {org2} met in {city} on {day}.",
            "Talks between {org1} and {org2} resumed on {day}.",
            "Negotiators from {org1} met {org2} officials on {day}.",
            "Lawyers for {org1} and {org2} met in {city} on {day}.",
        ],
        parties=("org1", "org2"),
    ),
    *_rows(
        "negotiators",
        [
            "Officials from {x} and {y} held talks in {city} on {day}.",
            "Delegations from {x} and {y} met in {city} on {day}.",
        ],
        parties=("x", "y"),
    ),
    *_rows(
        "bodies_as_parties",
        [
            "{org1} and {org2} held talks on {day}.",
            "{org1} met {org2} on {day} over the pay dispute.",
            "{org1} hosted {org2} at its headquarters in {city}.",
            "{org1} held talks with {org2} in {city} on {day}.",
            "Leaders of {org1} met {org2} management on {day}.",
        ],
        parties=("org1", "org2"),
    ),
    *_rows(
        "bodies_as_parties",
        [
            "{x} and {y} held talks in {city} on {day}.",
            "{x} held talks with {y} on {day}.",
        ],
        parties=("x", "y"),
    ),
    *_rows(
        "reported",
        [
            "The ministry said {A} met {B} on {day}.",
            "{A} met {B} on {day}, {his} office said.",
            "According to officials, {A} held talks with {B} in {city}.",
            "State media reported that {A} had held talks with {B} on {day}.",
            "{A}'s spokesman said {p} had spoken with {B} by phone on {day}.",
            "Aides said {A} and {B} met for an hour on {day}.",
        ],
    ),
    *_rows(
        "fronted",
        [
            "On {day}, {A} met {B} in {city}.",
            "In {city} on {day}, {A} and {B} held talks.",
            "Earlier this week, {A} met with {B}.",
            "Late on {day}, {A} sat down with {B}.",
            "At {venue} on {day}, {A} received {B}.",
        ],
    ),
    *_rows(
        "headline",
        [
            "{A} meets {B} in {city}",
            "{A} holds talks with {B} in {city}",
            "{A} and {B} meet in {city} as tensions rise",
            "{A} hosts {B} at {venue}",
        ],
    ),
    *_rows("headline", ["{A} to meet {B} next week"], status="upcoming"),
    *_rows(
        "role_apposition",
        [
            "{An}, the chief executive of {org1}, met {Bn}, the chair of {org2}, on {day}.",
            "{A} met {Bn}, the head of {org2}, at {venue} on {day}.",
            "{An}, who leads {org1}, held talks with {B} on {day}.",
            "{A} met union leader {Bn} in {city} on {day}.",
            "{org1} chief {An} met {B} in {city} on {day}.",
        ],
    ),
    *_rows(
        "visiting",
        [
            "{A} visited {B} at {venue} on {day}.",
            "{A} paid a visit to {B} on {day}.",
            "{A} made a two-day visit to {city}, where {p} met {B}.",
            "{A} went to see {B} in {city} on {day}.",
            "{A} travelled to {city} on {day} to see {B}.",
        ],
    ),
    *_rows(
        "meet_variants",
        [
            "{A} met privately with {B} in {city} on {day}.",
            "{A} and {B} met for the first time on {day}.",
            "{A} conferred with {B} on {day}.",
            "{A} huddled with {B} in {city} on {day}.",
            "{A} and {B} talked for two hours on {day}.",
            "{A} joined {B} for talks in {city} on {day}.",
            "{A} and {B} held a summit in {city} on {day}.",
            "{A} consulted {B} on {day} before the vote.",
        ],
    ),
    *_rows(
        "meals",
        [
            "{A} had lunch with {B} on {day}.",
            "{A} dined with {B} in {city} on {day}.",
            "{A} and {B} had breakfast together on {day}.",
            "{A} hosted {B} for dinner at {venue} on {day}.",
        ],
    ),
    *_rows(
        "passive_light_verb",
        [
            "Talks were held between {A} and {B} on {day}.",
            "A meeting was held between {A} and {B} in {city} on {day}.",
            "Talks were held in {city} on {day} between {A} and {B}.",
            "A phone call took place between {A} and {B} on {day}.",
        ],
    ),
    *_rows(
        "tense_aspect",
        [
            "{A} has met {B} twice since the election.",
            "{A} and {B} have held several rounds of talks.",
            "{A} had met {B} in {city} before the vote.",
        ],
        status="past",
    ),
    *_rows(
        "tense_aspect",
        [
            "{A} will host {B} in {city} on {day}.",
            "{A} and {B} will hold talks on {day}.",
            "{A} is to meet {B} on {day}.",
            "{A} meets {B} in {city} on {day}.",
        ],
        status="upcoming",
    ),
    *_rows(
        "call_nominal",
        [
            "{A}'s phone call with {B} lasted an hour.",
            "{A} received a phone call from {B} on {day}.",
            "{A} took a call from {B} on {day}.",
            "In a call with {B} on {day}, {A} raised the issue of tariffs.",
            "{A} and {B} exchanged views by phone on {day}.",
        ],
    ),
    *_rows(
        "staff_for_body",
        [
            "{A} met with officials from {org1} on {day}.",
            "{A} met {org1} executives in {city} on {day}.",
            "{A} held talks with a team from {org1} on {day}.",
            "{A} met representatives from {org1} on {day}.",
        ],
        parties=("a", "org1"),
    ),
    *_rows(
        "country_titles",
        [
            "{x}'s foreign minister, {An}, met {dy} President {Bn} on {day}.",
            "{dx} Prime Minister {An} held talks with {y}'s president, {Bn}, in {city}.",
            "The {dx} president, {An}, and the {dy} leader, {Bn}, met on {day}.",
        ],
    ),
]

# negative twins: the same words, no meeting between the parties (a few per class)
TWINS: list[Row] = [
    *_rows(
        "twin",
        [
            "{A} called on {B} to resign on {day}.",
            "{A} welcomed {B}'s decision on {day}.",
            "{A} received a letter from {B} on {day}.",
            "{A} addressed the issue of {B}'s pay on {day}.",
            "{A} did not meet {B} on {day}.",
            "{A}'s talks with {B} were called off on {day}.",
            "{A} hopes to meet {B} one day.",
            "{A} phoned in to a radio show on {day} to criticise {B}.",
            "{A} praised {B}'s handling of the crisis.",
            "{A} and {B} are expected to clash over the budget.",
        ],
        status="",
        checks="",
    ),
]
