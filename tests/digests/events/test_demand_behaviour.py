"""Behavioural suite for demands (CheckList style: Ribeiro et al. 2020).

Templates, one per way news puts a demand (and a negative twin per way it only seems to),
are crossed with invented fillers: people with titles, organisations, unions, countries.
Every generated sentence runs through the whole engine (`build_digest`) with the real model.
A positive must yield a demand whose `by` and `of` name the expected parties (when the
template names them); a negative must yield no demand at all. Accuracy is reported per
class, and every class must reach 95%: a class below that is a bug in a general rule.

Run `python -m tests.digests.events.test_demand_behaviour` for the per-class table.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pytest

from digests import build_digest

# the module fixture digests some 3,700 invented sentences: tens of seconds, slow tier
pytestmark = pytest.mark.slow

# (full name, surname or key word that `by`/`of` must contain): all invented.
ASKERS = [
    ("Senator Odile Marchetti", "Marchetti"),
    ("Mayor Tomas Reyvik", "Reyvik"),
    ("The Harrowgate Nurses Union", "Harrowgate"),
    ("Governor Priya Ramaswamy", "Ramaswamy"),
    ("The Quillby Tenants Association", "Quillby"),
    ("Minister Kofi Abankwa", "Abankwa"),
    ("Councillor Maeve Dorrance", "Dorrance"),
    ("The Elsmere Dockworkers Guild", "Elsmere"),
    ("Bishop Anselm Kourouma", "Kourouma"),
    ("The Carrow Chamber of Commerce", "Carrow"),
]
ADDRESSEES = [
    ("the Velmora City Council", "Velmora"),
    ("Brantcorp Industries", "Brantcorp"),
    ("the Ministry of Transport", "Ministry"),
    ("Chief Executive Hana Lindqvist", "Lindqvist"),
    ("the Dunmore School Board", "Dunmore"),
    ("Police Chief Aldo Ferrante", "Ferrante"),
    ("the Ostrava Port Authority", "Ostrava"),
    ("Principal Greta Vollmer", "Vollmer"),
    ("Halden Logistics", "Halden"),
    ("the Lorne County Commission", "Lorne"),
]
ACTS = [
    ("reopen the clinic", "reopens the clinic", "reopen the clinic"),
    ("withdraw the proposal", "withdraws the proposal", "withdraw the proposal"),
    ("release the records", "releases the records", "release the records"),
    ("restore the cleaners' pay", "", "restore the cleaners' pay"),
    ("halt the pipeline project", "halts the pipeline project", "halt the pipeline project"),
    ("publish the audit", "publishes the audit", "publish the audit"),
    ("rehire the laid-off drivers", "", "rehire the laid-off drivers"),
    ("apologize to the families", "", "apologize to the families"),
]
THINGS = [
    "a public inquiry into the fire",
    "the release of the records",
    "an independent audit of the budget",
    "a pay rise for cleaners",
    "the resignation of the treasurer",
    "a freeze on rents",
    "an apology to the families",
    "a ban on night flights",
    "the return of the seized boats",
    "a vote on the merger",
]

POSITIVE = {
    "urge": "{a} urged {b} to {act}.",
    "call_on": "{a} called on {b} to {act}.",
    "ask_to": "{a} asked {b} to {act}.",
    "demand_that": "{a} demanded that {b} {base}.",
    "want_to": "{a} wants {b} to {act}.",
    "press": "{a} pressed {b} on Tuesday to {act}.",
    "tell_to": "{a} told {b} to {act}.",
    "appeal_to": "{a} appealed to {b} to {act}.",
    "lobby": "{a} has lobbied {b} to {act}.",
    "persuade": "{a} tried to persuade {b} to {act}.",
    "insist_that": "{a} insisted that {b} {base}.",
    "would_like": "{a} would like {b} to {act}.",
    "passive_by": "{b_cap} was urged by {a_low} to {act}.",
    "passive_asked": "{b_cap} has been asked by {a_low} to {act}.",
    "call_for_thing": "{a} called for {thing}.",
    "demand_thing": "{a} demanded {thing} from {b}.",
    "noun_call_for": "{a} renewed its calls for {b} to {act}.",
    "noun_demand_that": "{a} repeated its demand that {b} {base}.",
    "noun_request_by": "{b_cap} rejected a request by {a_low} to {act}.",
    "deadline": "{a} gave {b} until Friday to {act}.",
    "ultimatum_unless": "{a} threatened to walk out unless {b} agreed to {act}.",
    "petition": "{a} delivered a petition urging {b} to {act}.",
    "letter": "In a letter, {a_low} asked {b} to {act}.",
    "quote_must": '"We believe {b} must {act}," {a_low} said.',
    "reported_must": "{a} said {b} must {act}.",
    "quote_need": '"We need {b} to {act}," said {a_low}.',
    "quote_urge": '"We urge {b} to {act}," {a_low} said in a statement.',
    "chant": 'Outside the hall, supporters of {a_low} chanted: "Resign! Resign!"',
    "progressive_calling": "{a} is calling on {b} to {act}.",
    "perfect_call_for": "{a} has called for {b} to {act}.",
    "relative_urged": "{a}, which has urged {b} to {act}, said it would keep up the pressure.",
    "passive_by_late": "{b_cap} has been urged to {act} by {a_low}.",
    "order": "{a} ordered {b} to {act}.",
    "instruct": "{a} instructed {b} to {act}.",
    "implore": "{a} implored {b} to {act}.",
    "warn_to": "{a} warned {b} to {act}.",
    "urge_not": "{a} urged {b} not to {act}.",
    "demand_apology": "{a} demanded an apology from {b}.",
    "requested_that": "{a} requested that {b} {base}.",
    "reported_should": "{a} said {b} should {act}.",
    "reported_needs": "{a} said {b} needs to {act}.",
    "time_for": '"It is time for {b} to {act}," {a_low} said.',
    "quote_has_to": '"We think {b} has to {act}," {a_low} said.',
    "faces_calls": "{b_cap} faces calls from {a_low} to {act}.",
    "ultimatum_noun": "{a} issued an ultimatum to {b} to {act}.",
    "deadline_noun": "{a} set a deadline of Friday for {b} to {act}.",
    "press_for": "{a} pressed for {b} to {act}.",
    "wrote_asking": "{a} wrote to {b} asking it to {act}.",
    "petition_handed": "{a} handed a petition to {b} over the closure of the clinic.",
    "petition_signed": "A petition signed by {a_low} against the closure was delivered to {b}.",
    "petition_refused": "{b_cap} refused to accept a petition signed by {a_low} against the fees.",
    "press_on_issue": "{a} pressed {b} on the stalled contract talks.",
    "ultimatum_dative": "{a} gave {b} an ultimatum to {act}.",
    "tell_should": "{a} told {b} that it should {act}.",
    "ask_leave": "{a} asked to postpone the hearing.",
    "quote_we_need": '"We need {thing}," {a_low} said.',
    "duty": '"In our view {b} has a duty to {act}," {a_low} said.',
    "proposed_terms": "{a} proposed a three-year contract with a wage freeze.",
    "pressure_under": "{b_cap} is under pressure from {a_low} to {act}.",
    "pressure_mounting": "Pressure from {a_low} is mounting on {b} to {act}.",
    "demand_elections": "{a} is demanding fresh elections in {place}.",
    "stated_demands": "{a} set out its demands: safe staffing and a pay rise.",
    "ultimatum_colon": "{a} issued an ultimatum: apologize or face a sit-in.",
    "asked_that_plural": "{a} has asked that {b} {base}.",
    "vow_until": "{a} vowed to stay out until {b} agreed to {act}.",
    "summon_testify": "{a} summoned {b} to testify about the spill.",
    "call_on_saying": "{a} called on {b} to {act}, saying the delay had gone on too long.",
    "call_upon": "{a} called upon {b} to {act}.",
    "call_dated_for": "{a} called on Tuesday for {thing}.",
    "ultimatum_if_fail": "{a} threatened to walk out if {b} failed to {act}.",
    "ultimatum_warn_would": "{a} warned it would walk out unless {b} found a way to {act}.",
    "ultimatum_said_would": "{a} said it would go on strike if {b} refused to {act}.",
    "ultimatum_will_if_not": '"We will strike if {b} does not {act}," {a_low} said.',
    "plea_to": "{a} made a plea to {b} to {act}.",
    "calls_growing": "Calls are growing for {b} to {act}.",
    "faces_pressure": "{b_cap} faces mounting pressure to {act}.",
    "faces_growing_calls": "{b_cap} is facing growing calls to {act}.",
    "quote_passive_needs": '"{thing_cap} needs to be looked at," {a_low} said.',
    "reported_passive_must": "{a} said the records must be released by {b}.",
    "quote_passive_no": '"No family should be evicted from {place}," {a_low} said.',
    "quote_must_not": '"In our view {b} must not {act}," {a_low} said.',
    "reported_should_not": "{a} said {b} should not {act}.",
    "reported_ought": "{a} said {b} ought to {act}.",
    "passive_told_by": "{b_cap} was told by {a_low} to {act}.",
    "passive_summoned_by": "{b_cap} was summoned by {a_low} to explain the delay.",
    "called_in_explain": "{a} called in {b} to explain the delay.",
    "gave_in_to_pressure": "{b_cap} gave in to pressure from {a_low} and agreed to {act}.",
    "bowed_to_demands": "{b_cap} bowed to the demands of {a_low} and promised to {act}.",
    "sent_letter_demanding": "{a} sent a letter to {b} demanding {thing}.",
    "crowd_rallied": "Thousands rallied in {place} to demand {thing}.",
    "deadline_midnight": "{a} gave {b} until midnight to {act}.",
    "cleft_what_wants": "What {a_low} wants is {thing}.",
    "cleft_for": '"What we want is for {b} to {act}," said {a_low}.',
    "threat_if_deter": "{a} threatened to strike if {b} went ahead with the closure.",
    "warned_of_if": "{a} warned {b} of legal action if it went ahead with the closure.",
    "believes_should": "{a} believes {b} should {act}.",
    "made_clear_must": "{a} made it clear that {b} must {act}.",
    "adamant_must": "{a} was adamant that {b} must {act}.",
    "rejected_calls": "{b_cap} rejected calls to {act}.",
    "stuck_to_demand": "{a} stuck to its demand for {thing}.",
    "maintained_demand": "{a} maintained its demand for {thing}.",
    "owned_refused": "{b_cap} refused to meet the demands of {a_low}.",
    "owned_rejected": "{b_cap} rejected {a_low}'s demands on Tuesday.",
    "stepped_up_pressure": "{a} stepped up pressure on {b} to {act}.",
    "pressured_into": "{a} pressured {b} into reopening the clinic.",
    "pushed_back_calls": "{b_cap} pushed back on calls to {act}.",
    "relative_demanded": "{b_cap} rejected the changes that {a_low} has demanded.",
    "expect_from": "{a} expects a full apology from {b}.",
    "nudge_to": "{a} nudged {b} to {act}.",
    "lean_on": "{a} leaned on {b} to {act}.",
    "prevail_upon": "{a} prevailed upon {b} to {act}.",
    "clamour_for": "{a} has been clamouring for {thing}.",
    "ordered_release": "{a} ordered the release of the records.",
    "owes_apology": "{a} said {b} owes the families an apology.",
    "owes_it_to": "{a} said {b} owes it to the families to explain the delay.",
    "deserve_answers": "{a} said the families of the victims deserve answers.",
}

NEGATIVE = {
    "neg_did_not": "{a} did not urge {b} to {act}.",
    "neg_refused_call": "{a} refused to call for {thing}.",
    "neg_declined_ask": "{a} declined to ask {b} to {act}.",
    "neg_denied": "{a} denied asking {b} to {act}.",
    "neg_never": "{a} has never demanded that {b} {base}.",
    "question_whether": "{a} asked {b} whether it planned to {act}.",
    "question_direct": "Did {a_low} ask {b} to {act}?",
    "would_like_ask": "{a} said she would like to ask {b} about the budget.",
    "conditional_if": "If {a_low} asks {b} to {act}, the talks will stall.",
    "hypothetical_could": "{a} could call on {b} to {act} next year.",
    "dropped_demand": "{a} dropped its demand that {b} {base}.",
    "withdrew_request": "{a} withdrew its request for {thing}.",
    "economic_demand": "Demand for housing in {place} rose sharply last year.",
    "on_demand": "{b_cap} offers its training videos on demand.",
    "self_wish": "{a} wants to visit {place} next spring.",
    "forecast_expect": "Analysts expect prices in {place} to rise next year.",
    "counterfactual": '"{b_cap} should have acted sooner," {a_low} said.',
    "asked_to_comment": "Asked to comment, {a_low} declined.",
    "ask_about": "{a} asked {b} about the budget at the hearing.",
    "ask_how": "{a} asked {b} how it would {act}.",
    "phone_call": "{a} called {b} on Tuesday evening.",
    "call_it": "{a} called the plan a failure.",
    "plan_calls_for": "The draft plan calls for {thing}.",
    "self_run": "{a} wants to run for governor in {place}.",
    "ordered_thing": "{a} ordered new uniforms for the staff.",
    "not_asked": "{b_cap} was not asked to {act}.",
    "petition_not_signed": "{a} refused to sign the petition against the closure.",
    "petition_none": "{a} said no petition had been delivered to {b}.",
    "we_need_to": '"We need to talk about {place}," {a_low} said.',
    "we_dont_need": '"We do not need {thing}," {a_low} said.',
    "plan_proposed": "The draft budget proposed {thing}.",
    "pressure_prices": "The pressure on prices in {place} eased in March.",
    "under_pressure_mood": "{a} played well under pressure.",
    "seek_reelection": "{a} is seeking re-election in {place}.",
    "has_demands": "{a} has demands, but nobody asked about them.",
    "summon_convey": "{a} summoned {b} to convey its protest.",
    "future_will": "{a} will ask {b} to {act} if the talks fail.",
    "call_dated_say": "{a} called on Tuesday to say the talks in {place} had ended.",
    "forecast_unless": "{a} said prices in {place} would rise unless the rains came soon.",
    "offer_if": "{a} said it would {act} if {b} asked it to.",
    "made_calls_phone": "{a} made calls to {b} to check the delivery dates.",
    "calls_growing_volume": "Calls to the {place} helpline are growing every week.",
    "faces_charges": "{b_cap} faces charges over the collapse of the bridge.",
    "passive_forecast": '"The bridge in {place} should be finished by March," {a_low} said.',
    "passive_remark": '"It must be said that the talks in {place} went well," {a_low} said.',
    "passive_relcl": '"There is work that needs to be done in {place}," {a_low} said.',
    "not_have_to": '"{b_cap} does not have to {act}," {a_low} said.',
    "not_say_should": "{a} did not say {b} should {act}.",
    "seek_ways": "{a} is seeking ways to cut costs in {place}.",
    "seek_possibility": "{a} sought the possibility of a merger with {b}.",
    "ought_have": "{a} said {b} ought to have acted sooner.",
    "told_by_that": "{b_cap} was told by {a_low} that the talks in {place} had ended.",
    "called_in_help": "{a} called in extra staff to help with the backlog in {place}.",
    "bowed_to_occasion": "{a} bowed to the pressure of the big occasion in {place}.",
    "crowd_tickets": "Thousands of tickets for the final in {place} were sold last week.",
    "cleft_self": "All {a_low} wants is to go home to {place}.",
    "cleft_know": "What {a_low} wants to know is why the talks in {place} failed.",
    "warned_forecast_if": "{a} warned that the economy of {place} would suffer if rates rose.",
    "onlookers_believe": "Analysts believe the central bank in {place} should cut rates.",
    "clear_no_holder": "It is clear that {b} must {act}.",
    "ignored_calls_phone": "{a} ignored calls from reporters in {place}.",
    "owned_none": "{b_cap} rejected the demands at the meeting in {place}.",
    "pressed_into_service": "{a} pressed old buses into service in {place}.",
    "relative_want_to": "The plan {a_low} wants to pass in {place} is unpopular.",
    "forecast_expect_from": "Analysts expect a rate cut from the central bank in {place}.",
    "campaign_for_person": "{a} campaigned for Senator Odile Marchetti in {place}.",
    "crisis_nudged": "The crisis in {place} nudged {b} to {act}.",
    "leaned_on_table": "{a} leaned on the table in {place} and smiled.",
    "owes_money": "{a} said {b} owes the bank five million dollars.",
    "deserved_to_win": "{a} said the team from {place} deserved to win.",
}

ROWS = 20  # per class: one miss in twenty still meets the 95% bar, two do not
PLACES = ["Velmora", "Quillby", "Harrowgate", "Dunmore", "Brantley", "Ostrava Bay", "Lorne"]


@dataclass(frozen=True)
class Case:
    """One generated sentence: its class, and what the engine must find in it."""

    cls: str
    text: str
    positive: bool
    by: str | None
    of: str | None


def _low(name: str) -> str:
    return name[0].lower() + name[1:] if name.startswith("The ") else name


def _cap(name: str) -> str:
    return name[0].upper() + name[1:]


# Classes whose template does not put the asker or the addressee where a rule can name it.
NO_BY = {"chant"}
NO_OF = {"call_for_thing", "chant", "demand_thing", "ask_leave", "quote_we_need"}
NO_OF |= {"proposed_terms", "demand_elections", "stated_demands", "ultimatum_colon"}
NO_OF |= {"call_dated_for"}
NO_BY |= {"calls_growing", "faces_pressure", "faces_growing_calls"}
NO_OF |= {"quote_passive_needs", "quote_passive_no", "sent_letter_demanding", "crowd_rallied"}
NO_BY |= {"crowd_rallied"}
NO_OF |= {"cleft_what_wants", "stuck_to_demand", "maintained_demand"}
NO_BY |= {"rejected_calls", "pushed_back_calls"}
NO_OF |= {"relative_demanded", "clamour_for", "ordered_release", "deserve_answers"}


def cases() -> list[Case]:
    """Every template crossed with ROWS filler rows (asker, addressee, act, thing, place),
    each row a different combination."""
    out: list[Case] = []
    for positive, table in ((True, POSITIVE), (False, NEGATIVE)):
        for cls, template in table.items():
            for i in range(ROWS):
                (a, a_key) = ASKERS[i % len(ASKERS)]
                (b, b_key) = ADDRESSEES[(i * 3 + 2) % len(ADDRESSEES)]
                act, _, base = ACTS[(i + 1) % len(ACTS)]
                text = template.format(
                    a=a,
                    a_low=_low(a),
                    b=b,
                    b_cap=_cap(b),
                    act=act,
                    base=base,
                    thing=THINGS[i % len(THINGS)],
                    thing_cap=_cap(THINGS[i % len(THINGS)]),
                    place=PLACES[i % len(PLACES)],
                )
                by = a_key if positive and cls not in NO_BY else None
                of = b_key if positive and cls not in NO_OF else None
                out.append(Case(cls, text, positive, by, of))
    return out


def passes(case: Case) -> bool:
    """A positive needs one demand naming the expected parties; a negative needs none."""
    demands = build_digest(case.text).demands
    if not case.positive:
        return not demands
    for d in demands:
        if case.by and case.by not in (d.by or ""):
            continue
        if case.of and case.of not in (d.of or ""):
            continue
        return True
    return False


def report() -> dict[str, tuple[int, int]]:
    """Per class: (passed, total)."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases():
        table[case.cls][0] += passes(case)
        table[case.cls][1] += 1
    return {cls: (ok, n) for cls, (ok, n) in table.items()}


def test_suite_is_large_enough():
    assert len(cases()) >= 400


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[int, int]]:
    return report()


@pytest.mark.parametrize("cls", [*POSITIVE, *NEGATIVE])
def test_class_accuracy(cls, results):
    ok, n = results[cls]
    assert ok / n >= 0.95, f"{cls}: {ok}/{n}"


if __name__ == "__main__":
    failures = [c for c in cases() if not passes(c)]
    for cls, (ok, n) in sorted(report().items()):
        print(f"{cls:22s} {ok}/{n}")
    for c in failures:
        d = build_digest(c.text).demands
        print(f"FAIL {c.cls}: {c.text}\n     -> {[(x.by, x.of, x.text) for x in d]}")
