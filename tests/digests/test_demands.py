"""Demands: who wants whom to do what."""

from __future__ import annotations

import pytest

from digests import build_digest


@pytest.mark.parametrize(
    ("text", "by", "of", "words"),
    [
        (
            "Governor Amy Stonecroft wants the mayor to close the shelter by June. "
            "Mayor Robin Lindell said no.",
            "Amy Stonecroft",
            "Robin Lindell",
            "close the shelter",
        ),
        (
            "Senator Pavel Grey called on the agency to release the files.",
            "Pavel Grey",
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
            "Coach Dario Rossetti asked the league to review the call.",
            "Dario Rossetti",
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
    text = "Coach Ray Cobb says he wants to stay on at the club for years."
    assert build_digest(text).demands == []


def test_question_is_not_a_demand():
    text = "When asked whether the plant would close, manager Ivy Dell said nothing."
    assert build_digest(text).demands == []


def test_first_person_in_a_quote_is_the_speaker():
    text = '"I urge the board to vote no," parent Gail Fordyce said.'
    (demand,) = build_digest(text).demands
    assert demand.by == "Gail Fordyce"
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
        "Senator Jonah Park said the agency must release the report this week.\n"
        "Spokesman Alvo Reedy said most customers should have power back by Tuesday."
    )
    (demand,) = build_digest(text).demands
    assert (demand.by, demand.of) == ("Jonah Park", "the agency")
    assert demand.text.startswith("release the report")


def test_insisting_on_a_fact_is_not_a_demand_but_insisting_on_an_act_is():
    assert build_digest("Coach Rikard Alves insisted that his team would not panic.").demands == []
    (demand,) = build_digest("Senator Ann Royce insisted that the council hold a new vote.").demands
    assert demand.by == "Ann Royce" and "hold a new vote" in demand.text


def test_expecting_progress_is_a_forecast_not_a_demand():
    assert build_digest("Secretary Pete Alvarez said he expected real progress.").demands == []


def test_telling_someone_to_act_is_a_demand_telling_reporters_is_not():
    (demand,) = build_digest("Governor Amy Stonecroft told the board to withdraw the plan.").demands
    assert (demand.by, demand.of) == ("Amy Stonecroft", "the board")
    assert demand.text.startswith("withdraw the plan")
    assert (
        build_digest("Governor Amy Stonecroft told reporters that the plan was dead.").demands == []
    )


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


# --- Patterns added for issue 7: each a sentence written for the test. ---


def _one(text):
    demands = build_digest(text).demands
    assert len(demands) == 1, demands
    return demands[0]


@pytest.mark.parametrize(
    ("text", "by", "of", "words"),
    [
        (
            "Called on to explain the delay, Commissioner Ravi Sengupta promised a review.",
            None,
            "Ravi Sengupta",
            "explain the delay",
        ),
        (
            "The Norwegian ministry demanded from Estonia to return the documents.",
            "The Norwegian ministry",
            "Estonia",
            "return the documents",
        ),
        (
            "Regulators called Friday on carmaker Voltra Autoworks to recall the vans.",
            "Regulators",
            "Voltra Autoworks",
            "recall the vans",
        ),
        (
            "Ninety parents have signed a petition asking the Lakeview School Board to "
            "reinstate the coach.",
            "Ninety parents",
            "Lakeview School Board",
            "reinstate the coach",
        ),
        (
            "Senator Teo Reyes spoke first. Maren Colquitt made the offer at the urging of "
            "Senator Teo Reyes.",
            "Teo Reyes",
            "Maren Colquitt",
            "made the offer",
        ),
        (
            "The nurses walked out on Monday, threatening to stay out if the hospital does "
            "not hire more staff.",
            "The nurses",
            "the hospital",
            "hire more staff",
        ),
        (
            "The Elm Street Coalition has suggested lawmakers delay the vote.",
            "Elm Street Coalition",
            "lawmakers",
            "delay the vote",
        ),
        (
            "Union leader Rae Holt said the union proposed splitting the talks into two rounds.",
            "the union",
            None,
            "splitting the talks",
        ),
        (
            '"I\'d really like to see Governor Ann Bell sign the ferry bill," '
            "Senator Jonah Ortiz said.",
            "Jonah Ortiz",
            "Ann Bell",
            "sign the ferry bill",
        ),
        (
            "During Monday's negotiations the Peruvian side insisted on a complete pullback.",
            "the Peruvian side",
            None,
            "a complete pullback",
        ),
        (
            "Shop steward Rae Holt met the press. Safer ladders were cited by the union as "
            "one demand.",
            "the union",
            None,
            "Safer ladders",
        ),
        (
            "Chief Ola Brandt said the tenants asked the landlord that he fix the heating.",
            "the tenants",
            "the landlord",
            "fix the heating",
        ),
    ],
)
def test_demand_frames(text, by, of, words):
    demand = _one(text)
    assert (demand.by, demand.of) == (by, of)
    assert words in demand.text
    assert demand.evidence in text


@pytest.mark.parametrize(
    ("text", "by", "of", "words"),
    [
        (
            "Senator Marisol Lopes appealed to the governor to veto the bill.",
            "Marisol Lopes",
            "the governor",
            "veto the bill",
        ),
        (
            "The teachers union demanded the resignation of Superintendent Carl Weiss.",
            "The teachers union",
            "Carl Weiss",
            "resignation",
        ),
        (
            "Councilman Edric Park asked that the vote be delayed.",
            "Edric Park",
            None,
            "the vote be delayed",
        ),
        ("The activists urged a boycott of the chain.", "The activists", None, "a boycott"),
        (
            '"We need the state to step up," Mayor Dario Fennick said.',
            "Dario Fennick",
            "the state",
            "step up",
        ),
        (
            "Councilwoman Jo Ode hopes the board will reverse its decision.",
            "Jo Ode",
            "the board",
            "reverse its decision",
        ),
        (
            "Lawyers for the city asked the court to dismiss the lawsuit.",
            "Lawyers for the city",
            "the court",
            "dismiss the lawsuit",
        ),
    ],
)
def test_more_demand_frames(text, by, of, words):
    demand = _one(text)
    assert (demand.by, demand.of) == (by, of)
    assert words in demand.text


@pytest.mark.parametrize(
    ("text", "by", "of", "words"),
    [
        (
            "The mayor rejected the union's demand that the city pay overtime.",
            "the union",
            "the city",
            "pay overtime",
        ),
        (
            "Opposition parties renewed calls for the resignation of Premier Ivo Sala.",
            "Opposition parties",
            "Ivo Sala",
            "resignation",
        ),
        (
            "The parents pleaded with the board to keep the school open.",
            "The parents",
            "the board",
            "keep the school open",
        ),
        (
            "The tenants lobbied lawmakers to pass the rent bill.",
            "The tenants",
            "lawmakers",
            "pass the rent bill",
        ),
        (
            "Lima issued an ultimatum to Quito to withdraw its troops within two days.",
            "Lima",
            "Quito",
            "withdraw its troops",
        ),
        (
            "The strikers' main demand is a shorter week.",
            "The strikers",
            None,
            "a shorter week",
        ),
        (
            "The union gave the company until Friday to answer the offer.",
            "The union",
            "the company",
            "answer the offer",
        ),
        (
            "The council set a deadline for the company to clean the site.",
            "The council",
            "the company",
            "clean the site",
        ),
        (
            "The union's request for a raise was denied.",
            "The union",
            None,
            "a raise",
        ),
        (
            "The students' demands include a tuition freeze.",
            "The students",
            None,
            "a tuition freeze",
        ),
        (
            "The protesters, who want the mayor to resign, gathered outside City Hall.",
            "The protesters",
            "the mayor",
            "resign",
        ),
        (
            "The Danish ministry demanded an explanation from the envoy.",
            "The Danish ministry",
            "the envoy",
            "an explanation",
        ),
    ],
)
def test_noun_and_clause_frames(text, by, of, words):
    demand = _one(text)
    assert (demand.by, demand.of) == (by, of)
    assert words in demand.text


def test_you_should_in_a_quote_is_a_demand_with_no_named_addressee():
    text = 'Resident Nia Cole rose to speak. "You should resign tonight," Cole said.'
    (demand,) = build_digest(text).demands
    assert (demand.by, demand.of) == ("Nia Cole", None)
    assert demand.text.startswith("resign")


def test_it_is_time_for_someone_to_act():
    text = (
        "Ecologist Lou Brandt told the marchers it is high time for the county to shut the "
        "landfill."
    )
    (demand,) = build_digest(text).demands
    assert (demand.by, demand.of) == ("Lou Brandt", "the county")
    assert demand.text.startswith("shut the landfill")


def test_plural_people_nouns_are_parties_and_a_coordinated_teller_demands():
    text = (
        "Ecologist Lou Brandt climbed onto a bench and told the marchers it is high time for "
        "the county to shut the landfill. Politicians are calling on the county to act."
    )
    first, second = build_digest(text).demands
    assert (first.by, first.of) == ("Lou Brandt", "the county")
    assert second.by == "Politicians"


def test_reported_had_to_is_a_backshifted_demand():
    (demand,) = build_digest(
        "Organizer Joy Hart said the council had to reopen the library."
    ).demands
    assert (demand.by, demand.of) == ("Joy Hart", "the council")
    text = "Organizer Joy Hart said the council would have to raise taxes."
    assert build_digest(text).demands == []


def test_people_at_a_meeting_are_a_group():
    demand = _one("Several speakers asked the board to reconsider the plan.")
    assert (demand.by, demand.of) == ("Several speakers", "the board")


def test_a_command_shouted_at_a_party_is_a_demand_of_them_a_bare_chant_of_no_one():
    demand = _one('Marchers shouted at Mayor Ann Foxworth: "Resign now!"')
    assert (demand.by, demand.of) == ("Marchers", "Ann Foxworth")
    assert demand.text.startswith("Resign")
    bare = _one('Outside, the marchers kept yelling, "Step down! Step down!"')
    assert bare.by == "the marchers" and bare.of is None
    assert build_digest('The fans shouted, "What a goal."').demands == []


def test_a_reported_hope_gives_way_to_a_demand_in_the_same_sentence():
    text = (
        "Senator Ana Diaz wrote to the agency asking for a review, and she said she hoped "
        "Director Pavel Ng would order one soon."
    )
    (demand,) = build_digest(text).demands
    assert "review" in demand.text


def test_calls_for_someone_to_act_made_as_a_noun():
    demand = _one("The league renewed its calls for the club to sack the coach.")
    assert (demand.by, demand.of) == ("The league", "the club")
    assert demand.text.startswith("sack the coach")


def test_calling_for_a_pair_to_resign():
    demand = _one("Parents called for the principal and Coach Leland Marsh to resign.")
    assert demand.by == "Parents" and "resign" in demand.text


def test_has_got_to_in_a_chant_is_a_demand_of_the_person_named():
    demand = _one('"Mayor Sam Foxworth has got to go!" the marchers chanted.')
    assert demand.of == "Sam Foxworth"


def test_as_demanded_by_names_the_demander():
    demand = _one("The troops have not left the valley, as demanded by Chile.")
    assert demand.by == "Chile"


def test_wanted_clause_in_the_passive_is_a_demand():
    demand = _one("Officials say they were asked by the ministry to keep the files closed.")
    assert demand.by == "the ministry"


@pytest.mark.parametrize(
    "text",
    [
        "A county engineer requested anonymity to talk about the bridge repairs.",
        "Police Chief Evadne Long called a news conference on Friday night.",
        '"Do you want the city tracking your phone?" asked Councilwoman Rosalind Moss.',
        "Mayor Kenji Ruiz did not mention asking for a delay.",
        "The scandal is pushing the council to act quickly.",
        "Senator Lia Fenn is pressing her claim that the vote was rigged.",
        '"We had to leave the building," said resident Teo Ivers.',
        '"I hope they are right," Senator Ray Dunn said.',
        "Analysts say the union will insist on a raise.",
        "The firm sought to reassure investors after the crash.",
        '"I want the Assembly so I can pass my bill," Councillor Ida Marsh said.',
        "Reporter Jonah Kim asked the minister whether she would resign.",
        "The reporter asked Commissioner Alvo Tran if she planned to close the depot.",
        "The data suggest prices rise in the spring.",
        '"The treasurer has to cope with angry pensioners," columnist Alia Kasparian said.',
        '"Now and then the two camps need to cool off," arbiter Joan Pratt said.',
        '"They post videos and call for attacks," Senator Ora Hillgrove said.',
        "The rule requires a permit for every stall.",
        "She said she would have quit if Mayor Dee Cobb had asked her to do so.",
        "Asked to comment on the audit, spokeswoman Ivy Lund declined.",
        "Councillor Lindell said he hoped the talks would resume soon.",
        "The housing plan calls for the city to build 500 homes.",
        "When tenants ask for repairs, the landlords often wait for months.",
        "The coach gave the players a day off to rest.",
        "Senator Kim Dolan is seeking a third term.",
        "One lobbyist, having requested anonymity to describe the private talks, said they "
        "had stalled.",
        "The Wexbridge Courier requested comment from Mayor Ada Foxworth on Monday.",
        '"You should see the lines at the clinic," nurse Ama Royce said.',
        '"You and I should stand together," Senator Ira Cole told the crowd.',
        "Analysts expect the central bank to raise rates.",
        "Governor Ann Bell was inviting tourists to come to the coast, Jonah Ortiz said.",
        '"Some people would have to walk to school," parent Gil Moorcroft said.',
    ],
)
def test_not_a_demand(text):
    assert build_digest(text).demands == []


def test_an_adjective_left_outside_a_party_name_is_kept():
    (demand,) = build_digest("The Free Democrats called for the health minister to resign.").demands
    assert demand.by == "Free Democrats"


def test_demanded_that_with_a_plural_subject_is_a_demand_of_them():
    (demand,) = build_digest("The tenants demanded that the landlords repair the lifts.").demands
    assert (demand.by, demand.of, demand.text) == (
        "The tenants",
        "the landlords",
        "repair the lifts",
    )


def test_demanded_that_no_one_suffer_names_no_addressee():
    (demand,) = build_digest(
        "The nurses' union has demanded that no nurses lose their posts this winter."
    ).demands
    assert demand.of is None
    assert "no nurses lose their posts" in demand.text


def test_pressing_a_claim_that_they_owe_is_a_statement():
    assert build_digest("He pressed his claim that the landlords owe him money.").demands == []
