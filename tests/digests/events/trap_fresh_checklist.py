"""A fresh behavioural suite of meeting and demand TRAPS, written as an outside tester would.

Two families of trap, each crossed with invented fillers and paired with positive twins that
must still yield the event, so precision is not bought by over-filtering:
- word sense: "met expectations", "met with criticism", "the summit of Everest", "a track
  meet", "the meeting room", "a meeting of minds", a talk show or a talk given to an audience,
  "visited the website", "host city", "hosted a podcast", "received an award", "called on X
  to" (a demand), "called for", "addressed the issue", a vote, a rally with no counterpart, a
  body that "meets monthly", a press conference alone;
- modality: negated, denied, refused, cancelled or postponed, only wished or proposed,
  conditional, asked about, shelved or rumoured meetings; the same for demands.

A case names what it expects of meetings and of demands: `False` (none at all), a pair of
key words (the parties, each a substring of some participant / `by` and `of`), or `None`
(not asserted). The fillers are invented; none comes from the eval sets.

Fillers changed because the small model misparses them (never the expectations):
"Ambassador Kwame Asante" (the surname untagged after "welcomed" starts the sentence) is now
"Ambassador Kofi Boateng"; "On Thursday X met Y" (the day read as a compound of X) has a
comma; "demanded that Minister X resign" and "called on Minister X to resign" read "resign"
as a noun / X as its subject: "step down" and "urged"; "to apologise" alone is read as a
to-phrase with a noun: "to apologise to the families".
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import count

Pair = tuple[str | None, str | None]


@dataclass(frozen=True)
class TrapCase:
    cls: str
    text: str
    meeting: Pair | bool | None  # False: no meeting; (a, b): a meeting of both; None: any
    status: str | None = None  # the meeting's status when one is expected
    demand: Pair | bool | None = None  # False: no demand; (by, of): a demand by -> of


# (name as first written, key word of its participant name)
PEOPLE = [
    ("Foreign Minister Ingrid Solberg", "Solberg"),
    ("Finance Minister Tariq Mahmood", "Mahmood"),
    ("Senator Ruth Abernathy", "Abernathy"),
    ("Governor Elena Vasquez", "Vasquez"),
    ("Ambassador Kofi Boateng", "Boateng"),
    ("Chief Minister Devika Rao", "Rao"),
    ("President Mateus Carvalho", "Carvalho"),
    ("Labour Minister Sione Tupou", "Tupou"),
    ("Mayor Hannah Brennan", "Brennan"),
    ("Interior Minister Yusuf Demir", "Demir"),
    ("Deputy Premier Olga Kowalczyk", "Kowalczyk"),
    ("Prime Minister Haruto Sakamoto", "Sakamoto"),
]
ATHLETES = ["Maya Okonkwo", "Jonas Vettergren", "Priya Natarajan", "Lucas Moreau", "Aiko Fujita"]

_turn = count()


def _pairs(k: int) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """k (a, b) pairs of distinct people, rotating through the pool from one call to the next."""
    out = []
    for _ in range(k):
        i = next(_turn)
        a = PEOPLE[i % len(PEOPLE)]
        b = PEOPLE[(i * 5 + 7) % len(PEOPLE)]
        if a == b:
            b = PEOPLE[(i + 1) % len(PEOPLE)]
        out.append((a, b))
    return out


def _cases(
    cls: str,
    templates: list[str],
    *,
    meeting: str | bool | None,
    demand: str | bool | None = None,
    status: str | None = None,
    k: int = 0,
) -> list[TrapCase]:
    """Each template with k pairs (by default enough for 12 sentences, and at least 2);
    "ab" means the pair's keys (a and b) are expected."""
    k = k or max(2, -(-12 // len(templates)))
    out = []
    for template in templates:
        for (a, ak), (b, bk) in _pairs(k):
            text = template.format(a=a, b=b, x=ATHLETES[next(_turn) % len(ATHLETES)])
            out.append(
                TrapCase(
                    cls,
                    text,
                    meeting=(ak, bk) if meeting == "ab" else meeting,  # type: ignore[arg-type]
                    status=status,
                    demand=(ak, bk) if demand == "ab" else demand,  # type: ignore[arg-type]
                )
            )
    return out


def sense_cases() -> list[TrapCase]:
    """Word-sense traps (no meeting), each with a twin that is a meeting."""
    out: list[TrapCase] = []
    out += _cases(
        "sense_met_target",
        [
            "{a} met the deadline to submit the budget on Friday.",
            "The new power plant met demand during the heatwave, {a} said.",
            "{a} met expectations with a strong first-quarter report.",
            "{a} said the bid met all the criteria set by {b}.",
            "{a} has met every deadline set by {b}.",
            "The ministry met its recruitment targets this year, {a} said.",
            "The project met the standards required by {b}.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_met_reaction",
        [
            "{a}'s proposal met with fierce criticism from {b}.",
            "{a}'s plan was met with resistance from {b}.",
            "{a}'s speech was met with loud applause in parliament.",
            "The reform met with stiff opposition from {b}, {a} admitted.",
            "{a}'s grandfather met his death in a mining accident in 1952.",
            "The bill met with a cool reception from {b} on Tuesday.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_met_person",
        [
            "{a} met {b} on Monday to discuss the deadline.",
            "{a} met with {b} despite criticism from the opposition.",
            "{a} met {b} on Tuesday and agreed on new targets.",
            "{a} met with {b} in parliament on Wednesday.",
            "{a} met {b} in Lisbon to discuss the budget criteria.",
            "On Thursday, {a} met {b}, who had criticised the plan.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "sense_summit_mountain",
        [
            "{a} reached the summit of Everest in May.",
            "{a} and {b} reached the summit of Mount Kilimanjaro on Tuesday.",
            "{a} planted a flag on the summit of Mont Blanc.",
            "The summit of the volcano was closed to climbers, {a} said.",
            "{a} climbed to the summit of Aconcagua with {b}.",
            "Snow covered the summit of Mount Kenya when {a} arrived.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_summit",
        [
            "{a} and {b} met at a summit in Geneva on Monday.",
            "{a} held a summit with {b} in Hanoi on Friday.",
            "{a} and {b} held a summit in the mountain resort of Davos on Tuesday.",
            "At the summit in Lima on Sunday, {a} met {b}.",
            "{a} held summit talks with {b} in Nairobi last week.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "sense_sport_meet",
        [
            "{x} won the 400 metres at the track meet in Eugene.",
            "{x} set a national record at a swim meet in Perth on Saturday.",
            "{x} finished second at the athletics meet in Doha.",
            "{x} will race at the indoor meet in Glasgow next month.",
            "{a} presented the medals at the swim meet on Sunday.",
            "{a} watched {x} win the relay at the track meet.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_meeting_place",
        [
            "{a} waited in the meeting room for an hour.",
            "The meeting place for the march was outside the town hall, {a} said.",
            "{a}'s office turned a storeroom into a meeting room.",
            "{a} booked a meeting room at the Grand Hotel.",
            "The meeting hall was flooded on Monday, {a} said.",
            "Police sealed off the meeting point near the station, {a} said.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_meeting_place",
        [
            "{a} met {b} in the meeting room on the third floor.",
            "{a} and {b} met in a meeting room at the Grand Hotel on Monday.",
            "{a} met with {b} at the town hall on Friday.",
            "{a} held talks with {b} in a meeting hall near the station.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "sense_meeting_of_minds",
        [
            "{a} called the accord a meeting of minds.",
            "{a} said the deal showed a meeting of minds on climate policy.",
            "There was a meeting of minds on tariffs, {a} said.",
            "{a} hailed a meeting of minds with {b} on water rights.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_talk_show_lecture",
        [
            "{a} appeared on a late-night talk show on Sunday.",
            "{a} hosts a weekly radio talk show.",
            "{a} gave a talk to students at the university on Monday.",
            "{a} will give a talk on climate policy at the city library.",
            "{a} delivered a talk to 300 delegates at the conference.",
            "{a}'s talk at the museum drew a large crowd.",
            "{a} gave a public talk about water rights in Accra.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_talks",
        [
            "{a} held talks with {b} at the university on Monday.",
            "{a} talked with {b} after the lecture on Tuesday.",
            "{a} had talks with {b} at the city library.",
            "{a} and {b} held talks on climate policy in Accra.",
            "{a} spoke with {b} after appearing on a talk show.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "sense_visit_thing",
        [
            "Visits to the ministry's website rose sharply, {a} said.",
            "{a} visited the website of {b}'s party to check the claim.",
            "More than a million people visited the portal, {a} said.",
            "{a} visited the construction site on Tuesday.",
            "{a} visited a flooded school in the north on Monday.",
            "{a} visited the museum's new wing on Friday.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_visit_person",
        [
            "{a} visited {b} at the ministry on Monday.",
            "{a} paid a visit to {b} in hospital on Sunday.",
            "{a} visited {b} at the construction site on Tuesday.",
            "{a} was visited by {b} on Friday.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "sense_host_thing",
        [
            "{a} said Lyon would be the host city for the games.",
            "{a} announced that Durban had been chosen as host city.",
            "{a} hosted a podcast about economics for two years.",
            "{a} hosts a weekly podcast on farming.",
            "{a} hosted the awards ceremony on Saturday.",
            "{a} hosted a fundraiser in Boston on Friday.",
            "The host nation was praised by {a} on Monday.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_host_person",
        [
            "{a} hosted {b} at the presidential palace on Monday.",
            "{a} hosted {b} for talks in Lyon last week.",
            "{a} played host to {b} in Durban on Friday.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "sense_received_thing",
        [
            "{a} received an award from the academy on Monday.",
            "{a} received a letter from {b} on Tuesday.",
            "{a} received a medal for bravery.",
            "{a} received thousands of complaints about the scheme.",
            "{a} received a petition signed by 5,000 people.",
            "{a} received an honorary degree from the university.",
            "{a} received a report from {b}'s office on Friday.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_received_person",
        [
            "{a} received {b} at the presidential palace on Monday.",
            "{a} received {b} in the office on Tuesday.",
            "{b} was received by {a} at the palace on Friday.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "sense_called_on_urge",
        [
            "{a} called on {b} to resign.",
            "{a} called on {b} to release the report.",
            "{a} called upon {b} to withdraw the bill.",
            "On Monday {a} called on {b} to step down.",
            "{a} has called on {b} to apologise to the families.",
        ],
        meeting=False,
        demand="ab",
    )
    out += _cases(
        "sense_called_for",
        [
            "{a} called for an inquiry into the crash.",
            "{a} called for talks with {b}.",
            "{a} called for a meeting with {b} to resolve the dispute.",
            "{a} called for fresh elections on Monday.",
            "{a} has called for a summit with {b} on the border dispute.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_addressed",
        [
            "{a} addressed the issue of housing in the speech.",
            "{a} addressed the nation on Sunday evening.",
            "{a} addressed a rally of supporters in the capital.",
            "{a} addressed the conference on Tuesday.",
            "{a} addressed concerns raised by {b}.",
            "{a} addressed a letter to {b} on Monday.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_vote",
        [
            "{a} and {b} voted on the budget on Monday.",
            "Lawmakers held a vote on {a}'s bill on Tuesday.",
            "{a} won the ballot by 40 votes.",
            "{a} and {b} voted against the motion.",
            "The vote on the budget was held on Thursday, {a} said.",
            "{a} lost a confidence vote in parliament.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_rally",
        [
            "{a} held a rally in Lagos on Saturday.",
            "{a} led a march through the capital on Sunday.",
            "Supporters of {a} staged a protest outside parliament.",
            "{a} addressed thousands at a rally in the main square.",
            "{a} and {b} held rival rallies on Saturday.",
            "{a} joined a protest against the new law.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_after_event",
        [
            "{a} met {b} after the rally in Lagos on Saturday.",
            "{a} met {b} before the vote on Monday.",
            "{a} met {b} to address the issue of housing.",
            "{a} met {b} before a press conference in Ottawa on Monday.",
            "{a} held talks with {b} after the march on Sunday.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "sense_habitual",
        [
            "The city council meets monthly, {a} said.",
            "{a}'s cabinet meets every Tuesday.",
            "{a} and {b} meet once a year to review the treaty.",
            "{a} usually meets {b} on Fridays.",
            "{a} and {b} meet regularly to discuss trade.",
            "{a} often meets {b} for breakfast.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_once",
        [
            "{a} and {b} met on Tuesday to review the treaty.",
            "{a} met {b} on Friday for breakfast.",
            "{a} and {b} met last month to discuss trade.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "twin_once_upcoming",
        [
            "{a} and {b} will meet in March to review the treaty.",
            "{a} will meet {b} on Friday for breakfast.",
        ],
        meeting="ab",
        status="upcoming",
    )
    out += _cases(
        "sense_press_conference",
        [
            "{a} held a press conference in Ottawa on Monday.",
            "{a} told a news conference that the budget was balanced.",
            "{a} will give a press conference on Thursday.",
            "At a press conference on Friday, {a} announced the resignation.",
            "{a} called a press conference to deny the report.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_met_owned_abstract",
        [
            "{a} met {b}'s demands within a week.",
            "{a} said the government had met the needs of {b}'s region.",
            "The new law meets {b}'s conditions, {a} said.",
            "{a} will meet the cost of the repairs.",
            "Meeting demand will be hard this winter, {a} warned.",
            "{a} has met the requirements of {b}'s ministry.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_call_name",
        [
            "{a} called {b} a liar.",
            "{a} has called {b} reckless.",
            "{a} called the plan by {b} a disgrace.",
            "{a} called {b}'s remarks shameful on Monday.",
            "{a} called it a victory for {b}.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_spoke_about",
        [
            "{a} spoke highly of {b}.",
            "{a} talked about {b} in an interview on Sunday.",
            "{a} spoke out against {b}'s bill.",
            "{a} spoke warmly about {b} at the funeral.",
            "{a} talked up {b}'s chances in the race.",
            "{a} spoke in defence of {b} on Tuesday.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_contest",
        [
            "{a} will face {b} in the second round of the election.",
            "{a} beat {b} in the party leadership race.",
            "{a} and {b} clashed over the budget on Monday.",
            "{a} and {b} traded barbs on social media.",
            "{a} defeated {b} by 300 votes.",
            "{a} will take on {b} in the run-off in May.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_joined_stance",
        [
            "{a} joined {b} in condemning the attack.",
            "{a} joined {b} in criticising the verdict.",
            "{a} sided with {b} in the dispute over water.",
            "{a} echoed {b}'s concerns about the budget.",
            "{a} agreed with {b} on the need for reform.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_welcomed_thing",
        [
            "{a} welcomed {b}'s decision to resign.",
            "{a} welcomed the move by {b} on Monday.",
            "{a} greeted the verdict with relief.",
            "{a} welcomed the report by {b}'s committee.",
            "{a} welcomed news of the ceasefire.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_welcomed_person",
        [
            "{a} welcomed {b} to the palace on Monday.",
            "{a} greeted {b} at the airport on Tuesday.",
            "{a} welcomed {b} at the border on Friday.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "sense_met_other",
        [
            "{a}'s reforms met with success in the north.",
            "The plan met with approval from {b} on Monday.",
            "{a} met her match in the final round of the debate.",
            "{a} met the challenge of the floods with calm.",
            "The petition met the threshold for a debate, {a} said.",
            "{a}'s budget met resistance in the upper house.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_owned_object",
        [
            "{a} called {b}'s bluff on Monday.",
            "{a} received {b}'s resignation on Friday.",
            "{a} accepted {b}'s resignation on Tuesday.",
            "{a} greeted {b}'s remarks with scepticism.",
            "{a} hosted {b}'s book launch in the capital.",
            "{a} visited {b}'s home town on Sunday.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_summit_figurative",
        [
            "Winning the title was the summit of {a}'s career.",
            "{a}'s party sits at the summit of the polls.",
            "{a} said the award was the summit of the team's ambitions.",
        ],
        meeting=False,
    )
    out += _cases(
        "sense_speech_audience",
        [
            "{a} spoke to the nation on Sunday evening.",
            "{a} spoke at the conference in Bonn on Monday.",
            "{a} talks tough on crime.",
            "{a} spoke to thousands of supporters in the square.",
            "{a} attended a conference on climate in Bonn.",
            "{a} took part in a training session on Monday.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_phone_call",
        [
            "{a} received a call from {b} on Monday.",
            "{a} spoke to {b} by phone on Tuesday.",
            "{a} called {b} on Wednesday to discuss the floods.",
            "{a} held a phone call with {b} on Friday.",
        ],
        meeting="ab",
        status="past",
    )
    return out


def meeting_modality_cases() -> list[TrapCase]:
    """Meetings negated, denied, refused, cancelled, wished, conditional, asked about or
    rumoured: none is a meeting. Twins: the same meetings affirmed or agreed."""
    out: list[TrapCase] = []
    out += _cases(
        "mod_negated",
        [
            "{a} did not meet {b} during the visit.",
            "{a} has never met {b}.",
            "{a} and {b} have not met since 2019.",
            "{a} never met {b} in person.",
            "No meeting between {a} and {b} took place.",
            "{a} did not hold talks with {b} on Monday.",
        ],
        meeting=False,
    )
    out += _cases(
        "mod_denied",
        [
            "{a} denied meeting {b}.",
            "{a} denied that he had met {b}.",
            "{a} denied reports that she met {b} in Paris.",
            "{a}'s office denied that a meeting with {b} took place.",
            "{a} rejected claims of a secret meeting with {b}.",
        ],
        meeting=False,
    )
    out += _cases(
        "mod_refused",
        [
            "{a} refused to meet {b}.",
            "{a} declined an invitation to talk with {b}.",
            "{a} declined to meet {b} on Monday.",
            "{a} has refused to hold talks with {b}.",
            "{a} rebuffed {b}'s request for a meeting.",
            "{a} turned down an offer of talks with {b}.",
        ],
        meeting=False,
    )
    out += _cases(
        "mod_cancelled",
        [
            "{a} cancelled a meeting with {b}.",
            "{a} postponed the meeting with {b} until next month.",
            "The meeting between {a} and {b} was called off.",
            "{a} called off talks with {b} on Monday.",
            "Talks between {a} and {b} collapsed before they began.",
            "A planned meeting between {a} and {b} was scrapped.",
            "{a} abruptly cancelled Monday's talks with {b}.",
        ],
        meeting=False,
    )
    out += _cases(
        "mod_wished",
        [
            "{a} would like to meet {b}.",
            "{a} hopes to meet {b} soon.",
            "{a} wants to meet {b} before the election.",
            "{a} offered to meet {b}.",
            "{a} proposed talks with {b}.",
            "{a} is seeking a meeting with {b}.",
            "{a} requested a meeting with {b}.",
        ],
        meeting=False,
    )
    out += _cases(
        "mod_conditional",
        [
            "{a} could meet {b} if the ceasefire holds.",
            "If {a} meets {b}, it will be the first such visit in a decade.",
            "{a} would meet {b} only if the sanctions were lifted.",
            "{a} might meet {b} later this year.",
            "{a} may hold talks with {b} if the strike ends.",
        ],
        meeting=False,
    )
    out += _cases(
        "mod_question",
        [
            "Will {a} meet {b}?",
            "It is unclear whether {a} will meet {b}.",
            "Reporters asked whether {a} would meet {b}.",
            "{a} would not say whether she would meet {b}.",
            "Nobody knows if {a} will meet {b}.",
            "Whether {a} and {b} will meet remains uncertain.",
        ],
        meeting=False,
    )
    out += _cases(
        "mod_shelved_rumoured",
        [
            "Plans for a meeting between {a} and {b} were shelved.",
            "{a} has no plans to meet {b}.",
            "There were rumours of a meeting between {a} and {b}.",
            "{a} dismissed rumours of a meeting with {b}.",
            "There are no plans for talks between {a} and {b}.",
            "Speculation about a meeting between {a} and {b} grew on Monday.",
        ],
        meeting=False,
    )
    out += _cases(
        "mod_avoided",
        [
            "{a} left Rome without meeting {b}.",
            "Instead of meeting {b}, {a} flew to Rome.",
            "{a} avoided meeting {b} during the visit.",
            "{a} flew home rather than meet {b}.",
            "{a} pulled out of a meeting with {b}.",
            "{a} failed to secure a meeting with {b}.",
        ],
        meeting=False,
    )
    out += _cases(
        "mod_not_yet_ruled_out",
        [
            "{a} has yet to meet {b}.",
            "{a} and {b} are yet to meet.",
            "{a} ruled out a meeting with {b}.",
            "{a} is not scheduled to meet {b}.",
            "{a} won't meet {b}, a spokesman said.",
            "The meeting with {b} never happened, {a} said.",
        ],
        meeting=False,
    )
    out += _cases(
        "mod_mulled_counterfactual",
        [
            "{a} is considering a meeting with {b}.",
            "{a} is weighing talks with {b}.",
            "{a} would have met {b} had the flight not been delayed.",
            "{a} was supposed to meet {b} on Monday.",
            "{a} dreams of meeting {b}.",
            "{a} urged {b} to meet the striking nurses.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_affirmed_other_clause",
        [
            "{a} did not say what was discussed when she met {b} on Monday.",
            "{a} met {b} on Monday but did not discuss the sanctions.",
            "{a} met {b} on Monday and denied any rift.",
            "Despite refusing for months, {a} met {b} on Monday.",
            "{a} said she met {b} on Monday.",
            "{a} and {b} met on Monday, days after cancelling an earlier meeting.",
            "The postponed meeting between {a} and {b} took place on Monday.",
            "{a} and {b} met on Monday and agreed to meet again in June.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "mod_deontic_attempt",
        [
            "{a} must meet {b}, the opposition said.",
            "{a} should meet {b} before the vote, analysts said.",
            "{a} needs to meet {b} urgently.",
            "{a} tried to meet {b} on Monday.",
            "{a} is trying to arrange a meeting with {b}.",
            "{a} sought talks with {b}.",
        ],
        meeting=False,
    )
    out += _cases(
        "mod_vowed_not",
        [
            "{a} vowed never to meet {b}.",
            "{a} said she would not meet {b}.",
            "{a} said he was open to meeting {b}.",
            "{a} expressed willingness to meet {b}.",
            "{a} asked {b} for a meeting.",
            "{a} called for {b} to meet the striking nurses.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_expected_upcoming",
        [
            "{a} is expected to meet {b} on Friday.",
            "{a} said she would meet {b} on Friday.",
            "{a} plans to hold talks with {b} next week.",
            "{a} will travel to Rome to meet {b} next month.",
        ],
        meeting="ab",
        status="upcoming",
    )
    out += _cases(
        "mod_called_off_later",
        [
            "{a} was due to meet {b} on Monday. The meeting was cancelled.",
            "{a} will meet {b} on Friday. The talks were later called off.",
            "{a} was expected to meet {b}, but the meeting was postponed.",
            "{a} and {b} were scheduled to meet on Monday. The meeting did not take place.",
            "A meeting between {a} and {b} is not expected.",
            "Talks between {a} and {b} are off the table, aides said.",
            "{a} backed out of a meeting with {b}.",
        ],
        meeting=False,
    )
    out += _cases(
        "twin_went_ahead_later",
        [
            "{a} met {b} on Monday. The meeting was later described as frank.",
            "{a} met {b} on Monday. A second meeting was cancelled.",
            "{a} will meet {b} on Friday, after the meeting was postponed last week.",
            "{a} met {b} on Monday. The meeting had been postponed twice.",
        ],
        meeting="ab",
    )
    out += _cases(
        "twin_affirmed",
        [
            "{a} met {b} on Monday.",
            "{a} met {b} despite calls to cancel the meeting.",
            "{a} met {b} after earlier postponing the talks.",
            "{a} met {b} on Friday after weeks of rumours.",
            "{a}, who had refused for months, finally met {b} on Friday.",
            "{a} confirmed that she had met {b} on Monday.",
            "{a} met {b} on Monday, a week after their talks were postponed.",
        ],
        meeting="ab",
        status="past",
    )
    out += _cases(
        "twin_agreed_upcoming",
        [
            "{a} agreed to meet {b} next week.",
            "{a} has agreed to hold talks with {b} on Friday.",
            "{a} will meet {b} in Geneva on Thursday.",
            "{a} is due to meet {b} on Monday.",
            "{a} and {b} are scheduled to meet next month.",
            "{a} accepted an invitation to meet {b} next week.",
        ],
        meeting="ab",
        status="upcoming",
    )
    return out


def demand_modality_cases() -> list[TrapCase]:
    """Demands negated, held back, refused, denied or only possible: no demand. Twins: the
    same demands made."""
    out: list[TrapCase] = []
    out += _cases(
        "dmod_negated",
        [
            "{a} did not demand that {b} resign.",
            "{a} has not called on {b} to resign.",
            "{a} never asked {b} to step down.",
            "{a} did not urge {b} to withdraw the bill.",
        ],
        meeting=None,
        demand=False,
    )
    out += _cases(
        "dmod_held_back",
        [
            "{a} stopped short of calling for {b} to resign.",
            "{a} stopped short of urging {b} to step down.",
            "{a} refused to call for {b} to resign.",
            "{a} refused to call on {b} to step down.",
            "{a} declined to ask {b} to resign.",
        ],
        meeting=None,
        demand=False,
    )
    out += _cases(
        "dmod_denied",
        [
            "{a} denied asking {b} to resign.",
            "{a} denied that she had urged {b} to step down.",
            "{a} denied demanding that {b} withdraw the bill.",
        ],
        meeting=None,
        demand=False,
    )
    out += _cases(
        "dmod_hypothetical",
        [
            "{a} might ask {b} to resign.",
            "If {a} demands that {b} resign, the coalition could collapse.",
            "It is unclear whether {a} will demand that {b} resign.",
            "Reporters asked whether {a} would call on {b} to step down.",
            "Will {a} ask {b} to resign?",
            "Whether {a} will urge {b} to quit is unclear.",
        ],
        meeting=None,
        demand=False,
    )
    out += _cases(
        "dmod_ruled_out",
        [
            "{a} has no plans to ask {b} to resign.",
            "{a} ruled out calling for {b} to resign.",
            "{a} would not ask {b} to resign.",
            "{a} was reluctant to urge {b} to step down.",
            "Did {a} ask {b} to resign?",
            "{a} never called on {b} to quit.",
        ],
        meeting=None,
        demand=False,
    )
    out += _cases(
        "dsense_question_info",
        [
            "{a} asked whether {b} would step down.",
            "{a} asked {b} about the budget on Monday.",
            "{a} asked {b} why the report was delayed.",
            "{a} told {b} that the report was ready.",
            "{a} asked if {b} had seen the report.",
            "{a} wondered whether {b} would resign.",
        ],
        meeting=None,
        demand=False,
    )
    out += _cases(
        "twin_demand_made",
        [
            "{a} demanded that {b} step down.",
            "{a} called on {b} to resign on Monday.",
            "{a} asked {b} to step down on Monday.",
            "{a} urged {b} to withdraw the bill.",
            "{a} stopped short of calling for a ban but urged {b} to review the law.",
            "{a} denied the report and called on {b} to apologise to the families.",
            "{a} has repeatedly urged {b} to resign.",
        ],
        meeting=None,
        demand="ab",
    )
    return out


def trap_cases() -> list[TrapCase]:
    return sense_cases() + meeting_modality_cases() + demand_modality_cases()
