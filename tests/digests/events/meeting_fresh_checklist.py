"""A fresh meeting suite, written as an outside tester would: plain one-sentence news phrasings.

The other meeting suites were written next to the rules they test. This one was written from
the issue's list of phrasing classes alone (FrameNet Meet_with, Discussion, Visiting, Hosting,
Come_together, Contacting, Hearing, Summons; light verbs; nominal events; collective subjects;
asymmetric verbs; purpose clauses; appositions; parties in the previous sentence) and their
negative twins, in varied news register: tense and aspect (past, present perfect, "will", "is
due to", "is set to", "are scheduled to"), passives, fronted time and place, reported speech,
titles before names, countries and organisations as parties, pronoun subjects.

Every name, organisation and place is invented (countries are real, as generic vocabulary).
Names are drawn from many naming traditions on purpose: the small model's NER is weakest on
names it saw least. Each positive case names the parties that must meet and the status
("past", "upcoming"); each negative twin expects no meeting at all.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import Case

# (title + full name, bare name, key the participant must end with, pronoun, possessive)
PEOPLE = [
    ("Foreign Minister Amara Nwosu", "Amara Nwosu", "Nwosu", "she", "her"),
    ("Prime Minister Kenji Moriyama", "Kenji Moriyama", "Moriyama", "he", "his"),
    ("Defence Minister Priya Raghunathan", "Priya Raghunathan", "Raghunathan", "she", "her"),
    ("Governor Chinedu Okafor", "Chinedu Okafor", "Okafor", "he", "his"),
    ("President Rustam Beknazarov", "Rustam Beknazarov", "Beknazarov", "he", "his"),
    ("Trade Minister Fatima Haddad", "Fatima Haddad", "Haddad", "she", "her"),
    ("Chancellor Dagny Lindqvist", "Dagny Lindqvist", "Lindqvist", "she", "her"),
    ("Interior Minister Tomasz Wielgosz", "Tomasz Wielgosz", "Wielgosz", "he", "his"),
    ("Chief Minister Ravi Pillai", "Ravi Pillai", "Pillai", "he", "his"),
    ("Ambassador Kwame Mensah", "Kwame Mensah", "Mensah", "he", "his"),
    ("Senator Lucia Estrada", "Lucia Estrada", "Estrada", "she", "her"),
    ("Mayor Nguyen Thi Lan", "Nguyen Thi Lan", "Lan", "she", "her"),
]
COUNTRIES = ["India", "Brazil", "Kenya", "Japan", "Vietnam", "Chile", "Poland", "Ghana"]
ORGS = [
    "the Harbour Dockworkers Union",
    "Sunvale Motors",
    "the National Farmers Alliance",
    "Tamarind Telecom",
    "the Coastal Fishers Union",  # "Fishers Cooperative": the small model tags it LAW
    "Meridian Health Trust",
]
COMMITTEES = [
    "the Senate Finance Committee",
    "the parliamentary health committee",
    "the House Oversight Committee",
    "the Public Accounts Committee",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = ["Nairobi", "Hanoi", "Santiago", "Warsaw", "Accra", "Osaka", "Lima", "Geneva"]
PLACES = ["the presidential palace", "the state guest house", "the ministry", "the town hall"]

# Positive templates: {a}/{b} titled names, {pa}/{qa} A's pronoun / possessive, {day}, {city},
# {place}. The status each class's meetings carry is given beside it.
PAST, UPCOMING, ONGOING = "past", "upcoming", "ongoing"
POSITIVE: dict[str, list[tuple[str, str]]] = {
    "fresh_meet_with": [
        ("In {city} on {day}, {a} met privately with {b}.", PAST),
        ("{a} has met {b} twice since taking office.", PAST),
        ("{a} is due to meet {b} in {city} on {day}.", UPCOMING),
        ("{a} will meet with {b} at {place} on {day}.", UPCOMING),
        ("{a} met {b} on the sidelines of a regional summit in {city} on {day}.", PAST),
        ("{a} and {b} are scheduled to meet in {city} on {day}.", UPCOMING),
    ],
    "fresh_discussion": [
        ("{a} held discussions with {b} in {city} on {day}.", PAST),
        ("{a} and {b} exchanged views on regional security on {day}.", PAST),
        ("{a} consulted {b} on the reform at {place} on {day}.", PAST),
        ("{a} has been negotiating with {b} since {day}.", ONGOING),
        ("{a} and {b} discussed the border dispute at {place} on {day}.", PAST),
    ],
    "fresh_visiting": [
        ("{a} paid a courtesy visit to {b} at {place} on {day}.", PAST),
        ("{a} will visit {b} in {city} on {day}.", UPCOMING),
        ("On a visit to {city} on {day}, {a} met {b}.", PAST),
        ("{a} visited {b} at {place} on {day} to discuss flood relief.", PAST),
        ("{a} is set to visit {b} in {city} next week.", UPCOMING),
    ],
    "fresh_hosting": [
        ("{a} hosted {b} for dinner at {place} on {day}.", PAST),
        ("{a} will host {b} in {city} on {day}.", UPCOMING),
        ("{b} was hosted by {a} at {place} on {day}.", PAST),
        ("{a} played host to {b} in {city} on {day}.", PAST),
        ("{a} is set to host {b} at {place} on {day}.", UPCOMING),
    ],
    "fresh_come_together": [
        ("{a} and {b} came together in {city} on {day} to sign the accord.", PAST),
        ("{a} and {b} gathered at {place} on {day} for the talks.", PAST),
        ("{a} joined {b} for talks at {place} on {day}.", PAST),
        ("{a} and {b} will convene in {city} on {day}.", UPCOMING),
    ],
    "fresh_telephone": [
        ("{a} telephoned {b} on {day}.", PAST),
        ("{a} phoned {b} on {day} to discuss the drought.", PAST),
        ("{a} and {b} held a telephone conversation on {day}.", PAST),
        ("{a} spoke over the phone with {b} on {day}.", PAST),
        ("{a} held a video conference with {b} on {day}.", PAST),
        ("{a} spoke to {b} by video link on {day}.", PAST),
    ],
    "fresh_light_verb": [
        ("{a} had talks with {b} in {city} on {day}.", PAST),
        ("{a} held consultations with {b} at {place} on {day}.", PAST),
        ("{a} had a long conversation with {b} on {day}.", PAST),
        ("{a} had breakfast with {b} in {city} on {day}.", PAST),
        ("{a} conducted talks with {b} at {place} on {day}.", PAST),
        ("{a} has held two rounds of talks with {b} in {city}.", PAST),
    ],
    "fresh_nominal": [
        ("{a}'s talks with {b} in {city} on {day} ended without a deal.", PAST),
        ("{a}'s visit to {b} on {day} was brief.", PAST),
        ("During {qa} meeting with {b} on {day}, {a} raised the trade deficit.", PAST),
        ("{a}'s phone call with {b} on {day} lasted forty minutes.", PAST),
        ("The talks with {b} on {day} were productive, {a} said.", PAST),
    ],
    "fresh_collective": [
        ("{a} and {b} held talks in {city} on {day}.", PAST),
        ("{a} and {b} will hold talks at {place} on {day}.", UPCOMING),
        ("{a} and {b} spoke by phone on {day}.", PAST),
        ("{a} and {b} have met three times this year.", PAST),
        ("{a} and {b} sat down together in {city} on {day}.", PAST),
    ],
    "fresh_asymmetric": [
        ("{a} briefed {b} on the investigation on {day}.", PAST),
        ("{a} was briefed by {b} at {place} on {day}.", PAST),
        ("{a} received {b} at {place} on {day}.", PAST),
        ("{a} will receive {b} at {place} on {day}.", UPCOMING),
        ("{b} was visited by {a} at {place} on {day}.", PAST),
        ("{a} summoned {b} to {place} on {day}.", PAST),
    ],
    "fresh_summons": [
        ("{b} was called in by {a} on {day}.", PAST),
        ("{a} has summoned {b} for talks on {day}.", PAST),
        ("{b} was summoned to meet {a} on {day}.", PAST),
        ("{a} summoned {b} on {day} to explain the remarks.", PAST),
    ],
    "fresh_purpose": [
        ("{a} travelled to {city} on {day} to hold talks with {b}.", PAST),
        ("{a} is in {city} for talks with {b}.", ONGOING),
        ("{a} will travel to {city} next week to meet {b}.", UPCOMING),
        ("{a} headed to {city} on {day} to see {b}.", PAST),
        ("{a} arrived in {city} on {day} for meetings with {b}.", PAST),
    ],
    "fresh_apposition": [
        ("{b}, a veteran of the ruling party, held talks with {a} on {day}.", PAST),
        ("{a}, who arrived in {city} on {day}, met {b}.", PAST),
        ("{a}, the head of the delegation, met {b} at {place} on {day}.", PAST),
        ("{a} met {b}, the mediator, in {city} on {day}.", PAST),
    ],
    "fresh_previous_sentence": [
        ("{a} arrived in {city} on {day}. {Pa} met {b} at {place}.", PAST),
        ("{a} flew to {city} on {day}. There {pa} held talks with {b}.", PAST),
        ("{a} landed in {city} on {day}. Later that day {pa} met with {b}.", PAST),
        ("{a} and {b} arrived in {city} on {day}. The two leaders held talks at {place}.", PAST),
    ],
    "fresh_pair_after_naming": [
        # not "held talks in {city}": there the small model reads "The pair" as an adverb
        ("{a} and {b} have clashed over trade. The pair held talks on {day}.", PAST),
        ("{a} and {b} have clashed over trade. The two met at {place} on {day}.", PAST),
        ("{a} and {b} have feuded for months. Both leaders spoke by phone on {day}.", PAST),
    ],
    "fresh_reported": [
        ("The ministry said {a} met {b} in {city} on {day}.", PAST),
        ("{a} met {b} on {day}, according to a statement from {qa} office.", PAST),
        ("{a}'s office said {pa} had spoken with {b} on {day}.", PAST),
        ("Officials said {a} would hold talks with {b} in {city} on {day}.", UPCOMING),
    ],
    "fresh_passive": [
        ("{b} was received by {a} at {place} on {day}.", PAST),
        ("{b} was met at the airport by {a} on {day}.", PAST),
        ("{b} was welcomed by {a} in {city} on {day}.", PAST),
        ("{b} was greeted by {a} at {place} on {day}.", PAST),
    ],
    "fresh_fronted": [
        ("On {day}, {a} held talks with {b}.", PAST),
        ("Earlier this week, {a} met {b} in {city}.", PAST),
        ("At {place} on {day}, {a} received {b}.", PAST),
        ("Late on {day}, {a} spoke by phone with {b}.", PAST),
    ],
    "fresh_bare_names": [
        ("{na} met {nb} in {city} on {day}.", PAST),
        ("{na} and {nb} held talks at {place} on {day}.", PAST),
        ("{na} will meet {nb} in {city} on {day}.", UPCOMING),
        ("{na} spoke with {nb} by phone on {day}.", PAST),
        ("{na} hosted {nb} at {place} on {day}.", PAST),
    ],
    "fresh_headline_present": [
        ("{a} meets {b} in {city} on {day}.", UPCOMING),
        ("{a} is meeting {b} at {place} today.", UPCOMING),
        ("{a} holds talks with {b} in {city} on {day}.", UPCOMING),
        # not "{a} hosts {b}": the small model tags "hosts" after a name as a plural noun
        # at the root, with the guest as its object
        ("{a} receives {b} at {place} on {day}.", UPCOMING),
    ],
    "fresh_in_talks": [
        ("{a} is in talks with {b} over the port deal.", ONGOING),
        ("{a} and {b} are in talks over a ceasefire.", ONGOING),
        ("{a} held closed-door talks with {b} in {city} on {day}.", PAST),
        ("{a} held a bilateral meeting with {b} at {place} on {day}.", PAST),
        ("{a} sat down for talks with {b} in {city} on {day}.", PAST),
    ],
    "fresh_audience": [
        ("{a} had an audience with {b} at {place} on {day}.", PAST),
        ("{a} was granted an audience with {b} on {day}.", PAST),
        ("{b} granted {a} an audience at {place} on {day}.", PAST),
    ],
    "fresh_delegation": [
        ("A delegation led by {a} met {b} in {city} on {day}.", PAST),
        ("{a} led a delegation to {city} on {day} for talks with {b}.", PAST),
        ("{b} met a delegation headed by {a} at {place} on {day}.", PAST),
    ],
    "fresh_drop_in": [
        ("{a} dropped in on {b} at {place} on {day}.", PAST),
        ("{a} went to see {b} in {city} on {day}.", PAST),
        ("{a} stopped by {b}'s office on {day}.", PAST),
        # not "caught up with": as often "police caught up with the suspect" as a visit
        ("{a} paid {b} a visit at {place} on {day}.", PAST),
    ],
    "fresh_took_call": [
        ("{b} took a call from {a} on {day}.", PAST),
        # not "{a} rang {b}": the small model never tags "rang" as a verb (NOUN/PROPN
        # compound inside the names), a parse no rule can read
        ("{a} gave {b} a call on {day} to offer condolences.", PAST),
        ("{a} and {b} talked by phone on {day}.", PAST),
        ("{a} placed a call to {b} on {day}.", PAST),
    ],
    "fresh_participial": [
        ("After meeting {b} in {city} on {day}, {a} said the talks went well.", PAST),
        # not "Meeting {b} ..., {a} pledged": the small model tags a capitalised "Meeting"
        # at the start of a sentence as a proper noun, a parse no rule can read
        ("Following talks with {b} at {place} on {day}, {a} pledged more aid.", PAST),
        ("{a} spoke to reporters after talks with {b} on {day}.", PAST),
        ("Having met {b} in {city}, {a} flew home on {day}.", PAST),
    ],
    "fresh_relative": [
        ("{b}, whom {a} met in {city} on {day}, praised the plan.", PAST),
        ("{a}, who held talks with {b} on {day}, said little.", PAST),
        ("The talks that {a} held with {b} on {day} ended late.", PAST),
    ],
    "fresh_headline": [
        # not "{a}, {b} to meet": the small model reads the comma pair as an apposition
        # with a relative clause
        ("{a} and {b} to meet in {city} on {day}.", UPCOMING),
        ("{a} and {b} to hold talks in {city} next week.", UPCOMING),
        ("{a} to host {b} at {place} on {day}.", UPCOMING),
    ],
    "fresh_nominal_of": [
        ("The meeting of {a} and {b} in {city} on {day} ended early.", PAST),
        ("{na} and {nb}'s meeting on {day} lasted two hours.", PAST),
        ("A first meeting of {a} with {b} took place in {city} on {day}.", PAST),
    ],
    "fresh_hosted_meal": [
        ("{a} hosted a dinner for {b} at {place} on {day}.", PAST),
        ("{a} gave a lunch in honour of {b} in {city} on {day}.", PAST),
        ("{a} threw a reception for {b} at {place} on {day}.", PAST),
        ("{a} will host a state banquet for {b} on {day}.", UPCOMING),
    ],
    "fresh_medium_and_topic": [
        ("{a} conferred by phone with {b} on {day}.", PAST),
        ("{a} talked trade with {b} in {city} on {day}.", PAST),
        ("{a} and {b} talked business over dinner on {day}.", PAST),
        ("{a} consulted by telephone with {b} on {day}.", PAST),
    ],
}
# Countries as parties: {x}/{y} are countries.
COUNTRY_POSITIVE: dict[str, list[tuple[str, str]]] = {
    "fresh_countries": [
        ("{x} and {y} held talks in {city} on {day}.", PAST),
        ("{x} held talks with {y} on {day}.", PAST),
        ("{x} and {y} will hold talks in {city} next week.", UPCOMING),
        ("Delegations from {x} and {y} met in {city} on {day}.", PAST),
        ("{x} and {y} resumed trade negotiations in {city} on {day}.", PAST),
    ],
}
# Organisations as parties: {oa}/{ob}.
ORG_POSITIVE: dict[str, list[tuple[str, str]]] = {
    "fresh_organisations": [
        ("{oa} has been in talks with {ob} since {day}.", PAST),
        ("{oa} will sit down with {ob} on {day}.", UPCOMING),
        ("Negotiators for {oa} and {ob} met at {place} on {day}.", PAST),
        ("{oa} and {ob} held a meeting in {city} on {day}.", PAST),
        ("{oa} is due to meet {ob} on {day}.", UPCOMING),
    ],
}
# Hearings: {a} a person, {c} a committee.
HEARING_POSITIVE: dict[str, list[tuple[str, str]]] = {
    "fresh_hearing": [
        ("{a} testified before {c} on {day}.", PAST),
        ("{a} appeared before {c} on {day}.", PAST),
        ("{a} gave evidence to {c} on {day}.", PAST),
        ("{a} will testify before {c} on {day}.", UPCOMING),
        ("{C} questioned {a} for four hours on {day}.", PAST),
    ],
}
# A place visited in the meeting's clause is where someone went, not a party to it.
VISITED_PLACE = [
    "{a} met {b}, who is visiting {city}, on {day}.",
    "{b}, who was touring {city}, held talks with {a} on {day}.",
]
# Not Accra or Santiago here: after "visiting" the small model tags them ORG, and an
# organisation visited is a party.
VISITED_CITIES = ["Nairobi", "Hanoi", "Warsaw", "Lima", "Geneva"]
NEGATIVE: dict[str, list[str]] = {
    "fresh_not_met": [
        "{a} did not hold talks with {b} during the trip.",
        "{a} has not spoken to {b} in months.",
        "{a} failed to meet {b} in {city}.",
        "No meeting between {a} and {b} is planned.",
        "{a} will not meet {b} on {day}.",
    ],
    "fresh_refused": [
        "{a} refused to hold talks with {b}.",
        "{a} rejected an invitation to meet {b}.",
        "{a} declined {b}'s invitation to visit {city}.",
        "{a} has refused to take calls from {b}.",
    ],
    "fresh_wished": [
        "{a} hopes to hold talks with {b} soon.",
        "{a} is seeking a meeting with {b}.",
        "{a} has requested a meeting with {b}.",
        "{a} said {pa} wanted to visit {b} before the summit.",
        "{a} would welcome talks with {b}.",
    ],
    "fresh_cancelled": [
        "{a} cancelled {qa} visit to {b} on {day}.",
        "{a} called off talks with {b} on {day}.",
        "{a} scrapped a planned call with {b}.",
        "The talks between {a} and {b}, planned for {day}, were cancelled.",
        "{a} postponed {qa} meeting with {b} indefinitely.",
    ],
    "fresh_other_senses": [
        "{a}'s proposal met resistance from {b} on {day}.",
        "The plan by {a} met with criticism from {b}.",
        "{a} met the target set by {b}.",
        "{a} beat {b} in the election on {day}.",
        "{a} criticised {b} in a speech in {city} on {day}.",
    ],
    "fresh_asked_whether": [
        "{a} was asked whether {pa} would meet {b}.",
        "{a} declined to say whether {pa} had met {b}.",
        "It was not clear if {a} would hold talks with {b}.",
        "Asked if {pa} would meet {b}, {a} said no decision had been made.",
    ],
    "fresh_hypothetical": [
        "{a} might meet {b} later this year.",
        "{a} would meet {b} only if the strikes ended.",
        "A visit by {a} to {b} could come as early as next year.",
        "{a} said talks with {b} could begin if the ceasefire holds.",
    ],
    "fresh_talk_about": [
        "{a} spoke about {b} at a rally in {city} on {day}.",
        "{a} told reporters in {city} that {b} was wrong.",
        "{a} wrote a letter to {b} on {day}.",
        "{a} toured a flooded village near {city} on {day}, {b} said.",
    ],
    "fresh_denied_or_skipped": [
        "{a} denied that talks with {b} had taken place.",
        "Reports of a meeting between {a} and {b} were false, aides said.",
        "{a} skipped the meeting with {b} on {day}.",
        "{a} will not be meeting {b} in {city}.",
    ],
    "fresh_lookalike_frames": [
        "{a} played host to the regional games in {city} on {day}, {b} said.",
        "{a} made a call for calm on {day}, {b} said.",
        "{a} gave evidence that the contract was rigged, {b} said.",
        "{a}'s ratings dropped by ten points on {day}, {b} said.",
        "The plans of {a} came together on {day}, {b} said.",
        "{b}, whom {a} has never met, praised the plan.",
        "{b}, whom {a} criticised on {day}, resigned.",
    ],
    "fresh_kept_away": [
        "{a} was barred from meeting {b} in {city}.",
        "{a} was unable to meet {b} on {day}.",
        "{a} pulled out of a meeting with {b} on {day}.",
        "{a} said talks with {b} were impossible.",
        "{a} said a meeting with {b} was unlikely before {day}.",
        "{a} broke off talks with {b} on {day}.",
    ],
    "fresh_press_and_reaction": [
        "{a} met reporters in {city} on {day} and said {b} was wrong.",
        "{a} briefed journalists on {day} about {b}'s plan.",
        "{a} met with fierce opposition from {b} on {day}.",
        "{a}'s budget met with criticism from {b} on {day}.",
        "{a} hosted a dinner for donors in {city} on {day}, {b} said.",
    ],
    "fresh_topic_twins": [
        "{a} talked trade with reporters in {city} on {day}, {b} said.",
        "{a} and {b} talked about the weather in separate interviews.",
        "{a} spoke by phone to a radio station on {day}, {b} said.",
    ],
    "fresh_questioned_twins": [
        "Police questioned {a} for four hours on {day}, {b} said.",
        "The committee questioned the budget on {day}, {b} said.",
        "Reporters questioned {a} about {b} in {city} on {day}.",
    ],
    "fresh_call_senses": [
        "{a} called {b} a liar in {city} on {day}.",
        "{a} called {b}'s plan reckless on {day}.",
        "{a} called the vote for {b} on {day}.",
    ],
    "fresh_receive_senses": [
        "{a} received a letter from {b} on {day}.",
        "{a} received an award from {b} in {city}.",
        "{a} received criticism from {b} over the budget.",
        "{a} received {b}'s resignation on {day}.",
    ],
    "fresh_host_senses": [
        "{a} hosted a podcast with {b} as its first guest.",
        "{a} will host the regional games in {city}, {b} said.",
        "{a} hosted a fundraiser in {city} on {day}, {b} said.",
    ],
    "fresh_met_with_thing": [
        "{a}'s plan met with resistance from {b}.",
        "{a} met with an accident in {city} on {day}, {b} said.",
        "The proposal from {a} was met with anger by {b}.",
    ],
    "fresh_urged_to_meet": [
        "{a} urged {b} to hold talks with the rebels.",
        "{a} said {b} should meet the protesters.",
        "{a} called on {b} to visit the flooded areas.",
        "{a} asked {b} to meet the families.",
    ],
    "fresh_contest": [
        "{a} faced {b} in a televised debate on {day}.",
        "{a} will face {b} in the runoff on {day}.",
        "{a} defeated {b} in the party primary on {day}.",
    ],
}


def _people_pairs(n: int) -> list[tuple[tuple, tuple]]:
    """n ordered pairs of different people, each person in about the same number of pairs."""
    size = len(PEOPLE)
    return [(PEOPLE[k % size], PEOPLE[(k * 5 + 3) % size]) for k in range(n)]


def _fill(template: str, k: int, a: tuple, b: tuple) -> str:
    text = template.format(
        a=a[0],
        b=b[0],
        na=a[1],
        nb=b[1],
        pa=a[3],
        Pa=a[3].capitalize(),
        qa=a[4],
        day=DAYS[k % len(DAYS)],
        city=CITIES[k % len(CITIES)],
        place=PLACES[k % len(PLACES)],
    )
    return text[0].upper() + text[1:]


def fresh_cases(per_template: int = 5) -> list[Case]:
    """Every generated case, deterministic: each template crossed with `per_template` fillers."""
    out: list[Case] = []
    pairs = _people_pairs(per_template)
    for cls, templates in POSITIVE.items():
        for template, status in templates:
            for k, (a, b) in enumerate(pairs):
                out.append(Case(cls, _fill(template, k, a, b), (a[2], b[2]), status=status))
    for cls, templates in COUNTRY_POSITIVE.items():
        for template, status in templates:
            for k in range(per_template):
                x, y = COUNTRIES[k % 8], COUNTRIES[(k * 3 + 1) % 8]
                text = template.format(x=x, y=y, city=CITIES[k % 8], day=DAYS[k % 7])
                out.append(Case(cls, text, (x, y), status=status))
    for cls, templates in ORG_POSITIVE.items():
        for template, status in templates:
            for k in range(per_template):
                oa, ob = ORGS[k % 6], ORGS[(k + 2) % 6]
                text = template.format(
                    oa=oa, ob=ob, city=CITIES[k % 8], day=DAYS[k % 7], place=PLACES[k % 4]
                )
                text = text[0].upper() + text[1:]
                keys = (oa.removeprefix("the "), ob.removeprefix("the "))
                out.append(Case(cls, text, keys, status=status))
    for cls, templates in HEARING_POSITIVE.items():
        for template, status in templates:
            for k, (a, _) in enumerate(pairs):
                c = COMMITTEES[k % len(COMMITTEES)]
                text = _fill(
                    template.replace("{c}", c).replace("{C}", c[0].upper() + c[1:]), k, a, a
                )
                out.append(Case(cls, text, (a[2], c.removeprefix("the ")), status=status))
    for k, (a, b) in enumerate(pairs):
        for template in VISITED_PLACE:
            city = VISITED_CITIES[k % len(VISITED_CITIES)]
            text = _fill(template.replace("{city}", city), k, a, b)
            out.append(Case("fresh_visited_place", text, (a[2], b[2]), (city,), status=PAST))
    for cls, negatives in NEGATIVE.items():
        for template in negatives:
            for k, (a, b) in enumerate(pairs):
                out.append(Case(cls, _fill(template, k, a, b), ()))
    return out
