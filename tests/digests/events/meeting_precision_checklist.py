"""CheckList-style cases for the meeting precision conditions (digests/events/precision.py).

Each condition tightens one rule class the provenance ablation found to report wrong
meetings; each gets its negative cases (the wrong meeting is gone) and positive twins (the
same construction with a real counterpart still reports the meeting). Every name,
organisation, place and day is invented for these tests.
"""

from __future__ import annotations

from tests.digests.events.meeting_checklist import (
    CITIES,
    DAYS,
    PLACES,
    Case,
    _fill,
    _pairs,
)

# Organisations the small model tags as organisations in these frames.
OWNERS = ["Brightwater Energy", "the Pellam Teachers Association"]

# A body's own session after a sentence naming two people: no meeting of theirs.
BODY_SESSION = [
    "{a} criticised {b} over the budget on {day}. The school board has called a special "
    "meeting for Thursday.",
    "{a} and {b} traded barbs on {day}. The district administration convened a public "
    "hearing later.",
    "{a} praised {b} on {day}. The council will meet in closed session on Thursday.",
    "{a} thanked {b} on {day}. The committee held a meeting at {place} on Thursday.",
]
# ... and its twins: the body meets someone named, a meeting of the two.
BODY_WITH = [
    "{a} criticised {b} on {day}. The school board has called a special meeting with {sb} "
    "for Thursday.",
    "{a} praised {b} on {day}. The council will meet with {sa} in closed session on Thursday.",
    "{a} thanked {b} on {day}. The committee held a meeting with {sb} at {place} on Thursday.",
]
# A name that only says whose thing is discussed is no party: ({owner} absent).
OWNED_THING = [
    "{a} met {b} on {day} to discuss {owner}'s proposed plant.",
    "{a} met {b} in {city} on {day} to discuss {owner}'s pay claim.",
    "{a} held talks with {b} on {day} about {owner}'s offer.",
]
# ... a name modifying a thing, or a place, is no party to the one-party meeting.
OWNED_ALONE = [
    "{a} said {owner}'s proposed plant was discussed at a meeting on {day}.",
    "Villagers in the Oakby valley stopped a public hearing organised for {owner}'s proposed "
    "plant on {day}.",
]
# ... and its twin: the owner's people at the meeting make the owner a party.
OWNER_PRESENT = [
    "{a} met {b} and {owner}'s chief executive in {city} on {day}.",
]

# A trigger in a clause of its own (a relative clause) with one party: the names of the
# main clause are not its counterparts.
OTHER_CLAUSE = [
    "Those who met {a} on {day} were not from {city}, {b} said.",
    "Whoever called {a} on {day} was not from {city}, {b} said.",
    "Most of those who visited {a} on {day} were strangers, {b} said.",
]
# ... and its twins: a passive summons or reception with no agent was done by whoever
# reports it; with an agent, the agent did it and the reporter is absent.
REPORTED_PASSIVE = [
    ("{host} said {b} was summoned on {day}.", ("{host}", "{sb}"), ()),
    ("{a} said {b} was received at {place} on {day}.", ("{sa}", "{sb}"), ()),
    ("{host} said {b} was summoned by {a} on {day}.", ("{sa}", "{sb}"), ("{host}",)),
]

# A counterpart verb whose doer names no one ('the seats needed to meet the majority') reports
# no meeting, even with people named just before.
INANIMATE_DOER = [
    "{a} praised {b} on {day}. The seats needed to meet the majority were won in {city}.",
    "{a} thanked {b} on {day}. The new shuttle will meet the delegation at {place}.",
    "{a} criticised {b} on {day}. The votes needed to meet the majority are still missing.",
]
# ... and its twins: a group or body as the doer meets.
GROUP_DOER = [
    ("{a} praised {b} on {day}. The delegation will meet {sb} at {place}.", "delegation", "{sb}"),
    ("{a} thanked {b} on {day}. The committee summoned {a} on Thursday.", "committee", "{sa}"),
]

# A call to a body named only by a common noun is a customer's call, no meeting ...
CALL_TO_BODY = [
    "{a} called the company on {day} to complain about the bill.",
    "{a} phoned the bank on {day} and waited for an hour.",
]
# ... and its twins: a call to a person or a role is a meeting by phone.
CALL_TO_PERSON = [
    ("{a} called {b} on {day} to complain about the bill.", "{sb}"),
    ("{a} phoned the treasurer on {day}.", "treasurer"),
]


def precision_cases(per_template: int = 6) -> list[Case]:
    out: list[Case] = []
    pairs = _pairs(per_template)
    for k, (a, b) in enumerate(pairs):
        owner = OWNERS[k % len(OWNERS)]
        key = owner.removeprefix("the ")
        for template in BODY_SESSION:
            out.append(Case("body_session", _fill(template, k, a, b), ()))
        for template in BODY_WITH:
            text = _fill(template, k, a, b)
            body = "board" if "board" in template else template.split(".")[1].split()[1]
            out.append(
                Case("body_session_twin", text, (body, b[1] if "{sb}" in template else a[1]))
            )
        for template in OWNED_THING:
            text = _fill(template.replace("{owner}", owner), k, a, b)
            out.append(Case("owned_thing", text[0].upper() + text[1:], (a[1], b[1]), (key,)))
        for template in OWNED_ALONE:
            text = _fill(template.replace("{owner}", owner), k, a, b)
            out.append(Case("owned_thing", text, ()))
        for template in OWNER_PRESENT:
            text = _fill(template.replace("{owner}", owner), k, a, b)
            out.append(Case("owner_present", text, (a[1], b[1], key)))
        for template in OTHER_CLAUSE:
            out.append(Case("other_clause", _fill(template, k, a, b), ()))
        for template, parties, absent in REPORTED_PASSIVE:
            text = _fill(template, k, a, b)
            names = [_fill(p, k, a, b).removeprefix("the ") for p in parties]
            gone = tuple(_fill(p, k, a, b).removeprefix("the ") for p in absent)
            out.append(Case("reported_passive", text[0].upper() + text[1:], tuple(names), gone))
        for template in INANIMATE_DOER:
            out.append(Case("inanimate_doer", _fill(template, k, a, b), ()))
        for template, group, person in GROUP_DOER:
            text = _fill(template, k, a, b)
            out.append(Case("group_doer", text, (group, _fill(person, k, a, b))))
        for template in CALL_TO_BODY:
            out.append(Case("call_to_body", _fill(template, k, a, b), ()))
        for template, other in CALL_TO_PERSON:
            text = _fill(template, k, a, b)
            out.append(Case("call_to_person", text, (a[1], _fill(other, k, a, b))))
    assert CITIES and DAYS and PLACES  # the shared fillers the templates use
    return out
