"""Demands: who wants whom to do what."""

from __future__ import annotations

import pytest

from digests import build_digest


@pytest.mark.parametrize(
    ("text", "by", "of", "words"),
    [
        (
            "Governor Amy Stone wants the mayor to close the shelter by June. "
            "Mayor Rob Lin said no.",
            "Amy Stone",
            "Rob Lin",
            "close the shelter",
        ),
        (
            "Senator Paul Grey called on the agency to release the files.",
            "Paul Grey",
            "the agency",
            "release the files",
        ),
        (
            "Activist Mia Brooks urged the council to ban the pesticide.",
            "Mia Brooks",
            "the council",
            "ban the pesticide",
        ),
        (
            "Coach Dan Ross asked the league to review the call.",
            "Dan Ross",
            "the league",
            "review the call",
        ),
        (
            "Union leader Sara Webb demanded that the company restore the pensions.",
            "Sara Webb",
            "the company",
            "restore the pensions",
        ),
    ],
)
def test_demand_patterns(text, by, of, words):
    demands = build_digest(text).demands
    assert len(demands) == 1
    (demand,) = demands
    assert demand.by == by
    assert demand.of == of
    assert words in demand.text
    assert demand.evidence in text


def test_wanting_something_is_a_demand():
    text = 'Chief Lola Ames wants "a full answer" and wants it now, said Ames.'
    (demand,) = build_digest(text).demands
    assert demand.by == "Lola Ames"


def test_wish_about_oneself_is_not_a_demand():
    text = "Mayor Ray Cobb said he wants to work with the new governor."
    assert build_digest(text).demands == []


def test_question_is_not_a_demand():
    text = "When asked whether the plant would close, manager Ivy Dell said nothing."
    assert build_digest(text).demands == []


def test_first_person_in_a_quote_is_the_speaker():
    text = '"I urge the board to vote no," parent Gail Ford said.'
    (demand,) = build_digest(text).demands
    assert demand.by == "Gail Ford"
    assert "vote no" in demand.text


def test_demanded_thing_is_not_the_addressee_and_two_demands_in_one_sentence():
    text = (
        "Union leader Rae Holt spoke on Monday. The union had demanded a 6 percent raise "
        "and called on the city to hire 500 more mechanics."
    )
    demands = build_digest(text).demands
    assert len(demands) == 2
    raise_, hire = demands
    assert raise_.of is None and "6 percent raise" in raise_.text
    assert hire.of == "the city" and "hire 500 more mechanics" in hire.text


def test_nobody_wanting_something_is_not_a_demand():
    text = '"Nobody wanted a strike," Senator Ida Moss said.'
    assert build_digest(text).demands == []


def test_ordering_a_thing_is_not_a_demand_of_anyone():
    text = '"Then somebody ordered more coffee," the clerk Abe Long said.'
    assert build_digest(text).demands == []


def test_reported_must_is_a_demand_but_a_forecast_is_not():
    text = (
        "Senator Joe Park said the agency must release the report this week.\n"
        "Spokesman Al Reed said most customers should have power back by Tuesday."
    )
    (demand,) = build_digest(text).demands
    assert (demand.by, demand.of) == ("Joe Park", "the agency")
    assert demand.text.startswith("release the report")


def test_insisting_on_a_fact_is_not_a_demand_but_insisting_on_an_act_is():
    assert build_digest("Coach Rick Alves insisted that his team would not panic.").demands == []
    (demand,) = build_digest("Senator Ann Roy insisted that the council hold a new vote.").demands
    assert demand.by == "Ann Roy" and "hold a new vote" in demand.text


def test_expecting_progress_is_a_forecast_not_a_demand():
    assert build_digest("Secretary Pete Alvarez said he expected real progress.").demands == []


def test_telling_someone_to_act_is_a_demand_telling_reporters_is_not():
    (demand,) = build_digest("Governor Amy Stone told the board to withdraw the plan.").demands
    assert (demand.by, demand.of) == ("Amy Stone", "the board")
    assert demand.text.startswith("withdraw the plan")
    assert build_digest("Governor Amy Stone told reporters that the plan was dead.").demands == []


def test_the_city_is_not_looked_up_as_a_named_council():
    text = (
        "The City Council met on Monday.\n"
        "Union leader Rae Holt called on the city to hire 500 more mechanics."
    )
    (demand,) = build_digest(text).demands
    assert demand.of == "the city"


def test_a_hope_for_someone_to_act_is_a_demand_of_them():
    text = '"My hope is for the council to reopen the pool," swimmer Dee Park said.'
    (demand,) = build_digest(text).demands
    assert (demand.by, demand.of) == ("Dee Park", "the council")
    assert demand.text.startswith("reopen the pool")
