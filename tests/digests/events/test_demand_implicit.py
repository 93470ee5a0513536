"""Behavioural suite for implicit arguments of demand nouns (CheckList style, as in
test_demand_behaviour): the demander or addressee of a demand noun sits outside the noun's
own phrase (its reporter, the clause it renames, the sentence before, the one answering).

Every template is crossed with the invented fillers of test_demand_behaviour; a positive
must yield a demand naming the expected parties, a negative twin (the same words in another
sense, or with nobody to fill) must yield none. Every class must reach 95%.

Run `python -m tests.digests.events.test_demand_implicit` for the per-class table.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests.digests.events.test_demand_behaviour import (
    ACTS,
    ADDRESSEES,
    ASKERS,
    PLACES,
    ROWS,
    THINGS,
    Case,
    _cap,
    _low,
    passes,
)

# the module fixture digests some 500 invented texts: slow tier
pytestmark = pytest.mark.slow

# Organisations only: a possessive or a previous sentence's subject must name a body.
BODIES = [(a, k) for a, k in ASKERS if a.startswith("The ")]

POSITIVE = {
    # the clause a noun in apposition renames: its subject wants, the relative's subject answers
    "renamed_clause": "{a} wants to {act}, a demand which {b} has described as unaffordable.",
    "renamed_rejects": "{a} wants to {act}, a demand which {b} has rejected.",
    # who holds the demands: the reporter of the clause, the agent, the of-phrase
    "said_demands_include": "{a} said the demands include {thing}.",
    "request_made_by": "The request for {thing} was made by {a_low}.",
    "main_demand_of": "The main demand of {a_low} is {thing}.",
    # demands as the of-object of another noun, their owner in the sentence before
    "list_of_its_demands": (
        "{a} held a rally in {place} on Monday. A list of its demands was handed to {b}."
    ),
    "rejected_list_prev": (
        "{a} held a rally outside the offices of {b} on Monday. {b_cap} rejected the list "
        "of demands."
    ),
    "acceptance_of_demands": "{b_cap} announced its acceptance of the demands of {a_low}.",
    # the owner through a relative, a listing, a passive answer, an answering noun
    "whose_demands": "{a}, whose demands include {thing}, walked out on Monday.",
    "among_its_demands": ("{a} walked out in {place} on Monday. Among its demands is {thing}."),
    "rejected_by_passive": "{a}'s demands were rejected by {b}.",
    "rejection_of_its_demands": (
        "{a} walked out in {place} on Monday. The strike follows the rejection of its "
        "demands for {thing}."
    ),
    "owner_states_in_relative": (
        "{b_cap} has refused to meet the demands of {a_low}, which wants {thing}."
    ),
    # the holder of a demand stated after a colon, a demand 'for' a thing, a call's source
    "have_demand_colon": "{a} has one demand: {thing}.",
    "demand_is_for": "{a} walked out in {place} on Monday. The demand is for {thing}.",
    "call_came_from": "The call for {thing} came from {a_low}.",
    # a demand noun pressed by its verb is made as the verb is
    "pressed_home_demand": "{a} pressed home its demand for {thing}.",
    "pressing_ahead_with_demand": "{a} is pressing ahead with its demand for {thing}.",
    # a speaker's own demand in the first person, whoever the quote is by
    "quoted_we_demand": '"We demand {thing}," read a banner in {place}.',
    # an act referred to by a pronoun: the same verb's object before it
    "anaphoric_it": '"We want to demand {thing}, and we demand it now," {a_low} said.',
    "anaphoric_again": "{a} demanded {thing} last year and demands it again now.",
    # a participle set off after its clause is made as that clause is, whatever its verb
    "adjunct_after_reject": "{a} rejected the offer, demanding {thing}.",
    "adjunct_after_push_back": "{a} pushed back against the plan, pressing for {thing}.",
}

NEGATIVE = {
    "renamed_not_wanted": "{a} visited {place} on Monday, a trip that {b} opposes.",
    "market_strong_demand": "Strong demand for tickets in {place} pushed prices up.",
    "requests_for_comment": "{a} did not respond to requests for comment.",
    "list_nobody": "A list of demands was posted online in {place}.",
    "phone_call_away": "{a} said help was just a phone call away for {b}.",
    "dropped_most": "{a} dropped most of its demands after the talks in {place}.",
    "talks_on_demands": "Talks on the demands will resume in {place} next week.",
    "projected_demands": "{a} projected the slogans onto a screen in {place}.",
    "market_possessor": "{place}'s demand for steel rose sharply last year.",
    "market_whose": "{b_cap}, whose demand for steel grew last year, cut its prices.",
    "among_its_products": "{a} opened a shop in {place}. Among its products is a payment app.",
    "call_came_no_act": "The call from {a_low} came on Tuesday evening.",
    "market_is_for": "The demand in {place} is for cheaper flats, agents said.",
    "have_concern_colon": "{a} has one worry: the cost of the new bridge in {place}.",
    "pressed_demand_negated": "{a} did not press its demand for {thing} in {place}.",
    "pressed_demand_future": "{a} will press its demand for {thing} at the next meeting.",
    "quoted_we_ask_ourselves": '"We ask ourselves why the talks in {place} failed."',
    "quoted_we_call_it": '"We call it a betrayal of {place}," a banner read.',
    "anaphoric_negated": "{a} did not demand {thing}, and does not demand it now.",
    "anaphoric_other_verb": "{a} discussed {thing} in {place} and will discuss it again.",
    "adjunct_conditional": "If {a_low} rejects the offer, demanding {thing}, the talks will fail.",
    "adjunct_saying": "{a} pushed back against the plan, saying it would hurt {place}.",
}

NO_OF = {"said_demands_include", "request_made_by", "main_demand_of", "acceptance_of_demands"}
NO_OF |= {"whose_demands", "among_its_demands", "rejection_of_its_demands"}
NO_OF |= {"owner_states_in_relative", "have_demand_colon", "demand_is_for", "call_came_from"}
NO_OF |= {"pressed_home_demand", "pressing_ahead_with_demand"}
NO_OF |= {"quoted_we_demand"}
NO_BY = {"quoted_we_demand"}
NO_OF |= {"anaphoric_it", "anaphoric_again", "adjunct_after_reject", "adjunct_after_push_back"}
# Classes whose text says "its": the demander must be an organisation.
BODY_CLASSES = {"list_of_its_demands", "rejected_list_prev", "dropped_most"}
BODY_CLASSES |= {"demand_is_for"}
BODY_CLASSES |= {"among_its_demands", "rejection_of_its_demands", "among_its_products"}


def cases() -> list[Case]:
    """Every template crossed with ROWS filler rows; a text that says 'its' of the demander
    takes an organisation as the demander."""
    out: list[Case] = []
    for positive, table in ((True, POSITIVE), (False, NEGATIVE)):
        for cls, template in table.items():
            for i in range(ROWS):
                pool = BODIES if cls in BODY_CLASSES else ASKERS
                (a, a_key) = pool[i % len(pool)]
                (b, b_key) = ADDRESSEES[(i * 3 + 2) % len(ADDRESSEES)]
                act = ACTS[(i + 1) % len(ACTS)][0]
                text = template.format(
                    a=a,
                    a_low=_low(a),
                    b=b,
                    b_cap=_cap(b),
                    act=act,
                    thing=THINGS[i % len(THINGS)],
                    place=PLACES[i % len(PLACES)],
                )
                by = a_key if positive and cls not in NO_BY else None
                of = b_key if positive and cls not in NO_OF else None
                out.append(Case(cls, text, positive, by, of))
    return out


def report() -> dict[str, tuple[int, int]]:
    """Per class: (passed, total)."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases():
        table[case.cls][0] += passes(case)
        table[case.cls][1] += 1
    return {cls: (ok, n) for cls, (ok, n) in table.items()}


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[int, int]]:
    return report()


@pytest.mark.parametrize("cls", [*POSITIVE, *NEGATIVE])
def test_class_accuracy(cls, results):
    ok, n = results[cls]
    assert ok / n >= 0.95, f"{cls}: {ok}/{n}"


if __name__ == "__main__":
    from digests import build_digest

    failures = [c for c in cases() if not passes(c)]
    for cls, (ok, n) in sorted(report().items()):
        print(f"{cls:24s} {ok}/{n}")
    for c in failures:
        d = build_digest(c.text).demands
        print(f"FAIL {c.cls}: {c.text}\n     -> {[(x.by, x.of, x.text) for x in d]}")
