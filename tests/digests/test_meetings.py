"""Meetings: who, when, where, past or upcoming; none where there is none."""

from __future__ import annotations

import pytest

from digests import build_digest


def test_upcoming_meeting_with_time_and_place():
    text = (
        "Governor Ana Ruiz will meet with Mayor Anselm Brickwood at City Hall on Friday morning "
        "to discuss the budget."
    )
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Ana Ruiz", "Anselm Brickwood"}
    assert meeting.status == "upcoming"
    assert meeting.when == "Friday morning"
    assert meeting.where == "City Hall"


def test_past_meeting_and_later_reference_merge():
    text = (
        "Chancellor Odalys Ferreira met with student leader Dev Patel on Monday in the library.\n"
        "Gomez said the meeting was productive."
    )
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Odalys Ferreira", "Dev Patel"}
    assert meeting.status == "past"
    assert meeting.when == "Monday"


def test_two_distinct_meetings():
    text = (
        "Senator Joan Hart and Governor Luis Vega met Tuesday at the statehouse.\n"
        "Hart and Vega will meet again on Thursday."
    )
    meetings = build_digest(text).meetings
    assert [m.status for m in meetings] == ["past", "upcoming"]
    assert [m.when for m in meetings] == ["Tuesday", "Thursday"]


def test_sit_down_noun_and_the_pair():
    text = (
        "Mayor Carl Dunn and union chief Ella Price argued all week.\n"
        "The pair held a sit-down in the mayor's office on Wednesday."
    )
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Carl Dunn", "Ella Price"}
    assert meeting.when == "Wednesday"


def test_meeting_only_asked_for_is_not_a_meeting():
    text = (
        "The dockers' union has urged harbour master Nadia Okafor to sit down with union "
        "stewards over the rota."
    )
    digest = build_digest(text)
    assert digest.meetings == []
    assert digest.demands, "asking for a sit-down is a demand"


def test_article_without_meeting_has_none():
    text = (
        "A fire destroyed a warehouse on Elm Street on Sunday.\n"
        '"It went up fast," neighbor Rosa Kim said.'
    )
    assert build_digest(text).meetings == []


def test_phone_call_counts():
    text = "President Maren Colquitt spoke by phone with Prime Minister Hideaki Ishiguro on Monday."
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Maren Colquitt", "Hideaki Ishiguro"}


def test_the_two_leaders_are_the_last_two_people_named():
    text = (
        "Prime Minister Elena Varga and Chancellor Lothar Brennecke agreed on a plan.\n"
        "The two leaders met for three hours at the council headquarters."
    )
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Elena Varga", "Lothar Brennecke"}
    assert meeting.where == "the council headquarters"


def test_scheduled_session_with_people_discussing():
    text = (
        "Mayor Diane Foster lost the case.\n"
        "The mayor is expected to discuss the ruling with council members at a closed-door "
        "session on Tuesday."
    )
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == ["Diane Foster", "council members"]
    assert (meeting.when, meeting.status) == ("Tuesday", "upcoming")


def test_meeting_a_deadline_or_a_news_conference_is_no_meeting():
    text = (
        "Governor Ana Ruiz met the deadline for the budget on Friday.\n"
        "Ruiz and Treasurer Bo Lund spoke at a news conference on Monday."
    )
    assert build_digest(text).meetings == []


def test_past_and_scheduled_meetings_in_one_sentence_stay_apart():
    text = (
        "Council President Karen Moss met with landlord groups last month and is scheduled "
        "to meet with tenant leaders on Dec. 3, her office said."
    )
    past, upcoming = build_digest(text).meetings
    assert (past.status, past.when) == ("past", "last month")
    assert past.participants == ["Karen Moss", "landlord groups"]
    assert (upcoming.status, upcoming.when) == ("upcoming", "Dec. 3")
    assert upcoming.participants == ["Karen Moss", "tenant leaders"]


def test_the_two_sides_are_the_two_parties_just_set_against_each_other():
    text = (
        "Quayside Marine Corp. has been feuding with the Harbour Pilots Guild since March.\n"
        "Both firms blame each other for the cancelled crossings.\n"
        "The two sides held talks on Monday in Halifax, and they plan another session for "
        "Thursday."
    )
    (first, *_rest) = build_digest(text).meetings
    assert set(first.participants) == {"Quayside Marine Corp.", "Harbour Pilots Guild"}
    assert (first.when, first.where, first.status) == ("Monday", "Halifax", "past")


def test_the_two_sides_without_a_pair_set_against_each_other_is_no_guess():
    text = (
        "Quayside Marine Corp. cancelled nine crossings on Sunday.\n"
        "The Harbour Pilots Guild said its members were exhausted.\n"
        "Later, Brightwell Port Authority announced new fees.\n"
        "The two sides held talks on Monday in Halifax."
    )
    for meeting in build_digest(text).meetings:
        assert len(meeting.participants) < 2


def test_speaking_to_a_group_at_a_lunch_is_a_meeting_of_its_own():
    text = (
        "Senator Ida Moss and Governor Teo Reyes met Thursday evening at the statehouse.\n"
        "Earlier Thursday, records chief Eli Stonebridge spoke to county clerks at "
        "their monthly breakfast."
    )
    meetings = build_digest(text).meetings
    assert [m.participants for m in meetings] == [
        ["Ida Moss", "Teo Reyes"],
        ["Eli Stonebridge", "county clerks"],
    ]
    assert meetings[1].when == "Earlier Thursday"


def test_a_bare_actor_group_after_an_of_phrase_is_its_own_party():
    text = (
        "Agents of the shipping line and firefighters held discussions with the strikers "
        "late Saturday."
    )
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == [
        "Agents of the shipping line",
        "firefighters",
        "the strikers",
    ]


def test_a_meeting_that_sets_the_scene_for_a_demand_is_still_a_meeting():
    text = (
        "Mayor Carl Dunn met union chief Ella Price on Monday. At the meeting, Price asked "
        "the city for a raise."
    )
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Carl Dunn", "Ella Price"}
    assert build_digest(text).demands


# --- participants must be parties -------------------------------------------------------


def test_talks_that_are_not_held_yield_no_meeting():
    text = (
        "Spokespeople for the glassworkers' union described the mood as tense.\n"
        "Negotiations will not restart before the audit is published, Mayor Ines Dahl said.\n"
        "For the moment, Dahl and the union aren't holding any talks."
    )
    assert build_digest(text).meetings == []


def test_help_from_someone_is_not_a_participant():
    text = (
        "The pension deal was negotiated over three weeks with help from Treasurer Idris Lindqvist."
    )
    for meeting in build_digest(text).meetings:
        assert not any(p.lower().startswith("help") for p in meeting.participants)


def test_coordinated_groups_are_two_parties():
    text = (
        "Governor Lena Ortiz would not comment, citing the secrecy of the talks between "
        "three large insurers and nine states."
    )
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == ["three large insurers", "nine states"]


def test_a_named_modifier_coordinated_inside_a_phrase_is_its_own_party():
    text = "Talks between Peru and neighbouring states resumed Tuesday in Lima."
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == ["Peru", "neighbouring states"]
    assert (meeting.when, meeting.where) == ("Tuesday", "Lima")


def test_a_title_in_an_appositive_is_not_a_party():
    text = (
        "Senator Ruth Hale and Idris Fitchett, Deputy Fisheries Minister and Envoy for Trade, "
        "met with harbour chief Lise Brandt on Monday."
    )
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Ruth Hale", "Idris Fitchett", "Lise Brandt"}


def test_officials_from_named_bodies_stand_for_those_bodies():
    text = (
        "ATLANTA -- Senior managers at Delmont Airways and Crestline Aviation Group have "
        "discussed a merger, according to people familiar with the talks."
    )
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == ["Delmont Airways", "Crestline Aviation Group"]


# --- triggers ------------------------------------------------------------------------------


def test_summoning_an_ambassador_is_a_meeting():
    text = "The Chilean Foreign Ministry on Tuesday summoned Ambassador Pia Lorenz over the raid."
    (meeting,) = build_digest(text).meetings
    assert len(meeting.participants) == 2
    assert "Pia Lorenz" in meeting.participants[1]
    assert (meeting.when, meeting.status) == ("Tuesday", "past")


def test_discussing_with_someone_is_a_meeting():
    text = "Last week, finance chief Aldo Rinn discussed a joint venture with banker Mei Sato."
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == ["Aldo Rinn", "Mei Sato"]
    assert meeting.when == "Last week"


def test_a_telephone_conversation_with_someone_is_a_meeting():
    text = (
        "Prime Minister Lothar Osten said Thursday during a phone conversation with "
        "President Ana Vidal that the border would reopen."
    )
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == ["Lothar Osten", "Ana Vidal"]
    assert meeting.when == "Thursday"


def test_two_people_speaking_on_two_days_are_two_sessions():
    text = "Coach Rene Ames and agent Paulo Brum spoke Monday and will talk again Wednesday."
    first, second = build_digest(text).meetings
    assert set(first.participants) == set(second.participants) == {"Rene Ames", "Paulo Brum"}
    assert (first.when, first.status) == ("Monday", "past")
    assert (second.when, second.status) == ("Wednesday", "upcoming")


def test_two_people_speaking_at_a_rally_did_not_meet():
    text = "Senator Ruth Hale and Mayor Kofi Oduya spoke at the rally on Saturday."
    assert build_digest(text).meetings == []


def test_a_series_of_meetings_does_not_swallow_one_meeting():
    text = (
        "Over the week, Trade Minister Ilse Varga sat through one-on-one meetings with a "
        "dozen visiting ministers.\n"
        "Among them, Varga had talks on Tuesday with Finnish Trade Minister Juho Lahti."
    )
    meetings = build_digest(text).meetings
    assert ["Ilse Varga", "Juho Lahti"] in [m.participants for m in meetings]
    assert all(len(m.participants) == 2 for m in meetings)


# --- one-party meetings -----------------------------------------------------------------


def test_a_body_meeting_takes_the_people_present_later():
    text = (
        "The Dunmore Town Council meeting Monday night lasted three hours.\n"
        "At the meeting, resident Clara Voss read a petition."
    )
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == ["Dunmore Town Council", "Clara Voss"]
    assert meeting.when == "Monday night"


def test_a_body_meeting_alone_is_not_reported():
    text = "The Dunmore Town Council meeting Monday night lasted three hours."
    assert build_digest(text).meetings == []


def test_a_group_meeting_among_itself_is_reported():
    text = "Leaders from all nine guilds left their meeting Friday evening in good spirits."
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == ["Leaders from all nine guilds"]
    assert meeting.when == "Friday evening"


# --- sessions, when, where, status ----------------------------------------------------------


def test_an_earlier_round_of_the_same_talks_is_its_own_session():
    text = (
        "Chile and Bolivia held talks on water rights on Monday in Geneva.\n"
        "A previous round of negotiations had been held in March."
    )
    first, second = build_digest(text).meetings
    assert first.participants == second.participants == ["Chile", "Bolivia"]
    assert (first.when, second.when) == ("Monday", "March")
    assert second.status == "past"


def test_talks_continuing_later_are_an_upcoming_session():
    text = (
        "On Tuesday evening Mayor Ines Dahl sat down with officers of the Riverside Tenants "
        "Union.\n"
        "They argued over rent caps, and the negotiations, which resume next week, are far "
        "from over."
    )
    first, second = build_digest(text).meetings
    assert second.participants == first.participants
    assert (second.when, second.status) == ("next week", "upcoming")


def test_a_held_participle_gives_time_and_place():
    text = (
        "Governor Ana Ruiz and Senator Ida Moss met with mill owner Anselm Pryce.\n"
        "The meeting, held on Friday in Dover, was arranged by Pryce."
    )
    (meeting,) = build_digest(text).meetings
    assert (meeting.when, meeting.where) == ("Friday", "Dover")


def test_a_city_home_to_a_meeting_is_its_place():
    text = (
        "Dover was home to an unusual summit on Tuesday. Governor Ana Ruiz sat down there "
        "with oyster farmers from up and down the coast."
    )
    (meeting,) = build_digest(text).meetings
    assert meeting.where == "Dover"
    assert meeting.when == "Tuesday"


def test_habitual_meetings_in_the_present_are_ongoing():
    text = "Mayor Ines Dahl said she meets with parents of missing children in the city."
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == ["Ines Dahl", "parents of missing children"]
    assert meeting.status == "ongoing"


def test_a_union_local_keeps_its_number_and_a_body_loses_its_building():
    text = (
        "Pickets from the Allied Bakers Union Local 212 marched in front of the Regional "
        "Food Authority Headquarters on Monday.\n"
        "Inside, the agency opened wage talks with the union at noon."
    )
    meetings = build_digest(text).meetings
    assert [set(m.participants) for m in meetings] == [
        {"Allied Bakers Union Local 212", "Regional Food Authority"}
    ]


def test_a_named_city_deep_in_the_counterpart_phrase_is_the_place():
    text = (
        "Envoy Lena Sorensen on Tuesday held talks with Deputy Minister Arjun Mehta of "
        "the national planning commission in Pune.\n"
        '"It went well," Sorensen said.'
    )
    (meeting,) = build_digest(text).meetings
    assert meeting.where == "Pune"


def test_an_organisation_deep_in_the_counterpart_phrase_is_no_place():
    text = (
        "Envoy Lena Sorensen on Tuesday held talks with Deputy Minister Arjun Mehta of "
        "the committee in the Finance Ministry.\n"
        '"It went well," Sorensen said.'
    )
    (meeting,) = build_digest(text).meetings
    assert meeting.where is None


# --- precision: unlabelled names, "the two sides", companies as places ----------------------


def test_an_unlabelled_capitalised_name_met_once_is_not_an_organisation():
    text = "The ministers met with Pacific Rim on Tuesday."
    assert build_digest(text).meetings == []


def test_an_unlabelled_name_that_acts_elsewhere_is_an_organisation():
    text = (
        "Pacific Rim said on Monday it wanted a deal.\n"
        "The ministers met with Pacific Rim on Tuesday."
    )
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == ["The ministers", "Pacific Rim"]


def test_a_company_is_not_the_place_of_a_meeting():
    text = "The finance chief met with bankers at Quorvex on Monday."
    (meeting,) = build_digest(text).meetings
    assert meeting.where is None


def test_a_named_building_or_the_offices_of_a_company_is_a_place():
    center = "The finance chief met with bankers at Brightwell Convention Center on Monday."
    offices = "Mayor Ines Dahl met with tenants at the offices of Quorvex Holdings on Monday."
    assert build_digest(center).meetings[0].where == "Brightwell Convention Center"
    assert build_digest(offices).meetings[0].where == "the offices of Quorvex Holdings"


def test_the_two_sides_are_the_only_two_bodies_that_acted():
    text = (
        "The Harbour Pilots Guild is refusing new rosters, Brenmoor Shipping Ltd complained "
        "on Monday.\n"
        "Brenmoor Shipping Ltd said the rosters were fair.\n"
        "The two sides will meet again on Thursday in Falmouth."
    )
    meetings = build_digest(text).meetings
    assert [set(m.participants) for m in meetings] == [
        {"Harbour Pilots Guild", "Brenmoor Shipping Ltd"}
    ]
    assert meetings[0].when == "Thursday"


def test_the_two_sides_with_three_bodies_in_play_is_no_guess():
    text = (
        "The Harbour Pilots Guild is refusing new rosters, Brenmoor Shipping Ltd complained "
        "on Monday.\n"
        "The Port Safety Authority said it would review the rosters.\n"
        "The two sides will meet again on Thursday in Falmouth."
    )
    assert build_digest(text).meetings == []


def test_a_meeting_on_another_date_is_not_merged_into_one_next_week():
    text = (
        "Councillor Rosa Varga will meet transit chief Dev Anand next week to discuss fares.\n"
        "The council's next regular meeting is on March 14."
    )
    meetings = build_digest(text).meetings
    assert all("council" not in " ".join(m.participants).lower() for m in meetings)
    assert {"Rosa Varga", "Dev Anand"} in [set(m.participants) for m in meetings]


def test_their_union_is_the_union_named_and_an_operator_is_a_party():
    text = (
        "Bus drivers walked out on Monday after talks between their union and the city "
        "operator collapsed.\n"
        "The Metro Drivers Union said its members would stay out until Friday."
    )
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Metro Drivers Union", "the city operator"}


# A date that modifies another noun is that thing's date, not the meeting's (the second
# sentence of each pair is the twin: the meeting's own date).
OTHER_NOUN_DATES = [
    (
        "Mayor Elena Varga met Senator Ruth Okafor and showed her video of a March fatal shooting.",
        None,
    ),
    ("Governor Tomas Brandt met Chief Kasia Morawa to discuss the May deadly flooding.", None),
    (
        "In a meeting with the state police, faith leaders handed over video of a June fatal "
        "crash.",
        None,
    ),
    ("Governor Tomas Brandt met Chief Kasia Morawa about the October violent protests.", None),
    ("Mayor Elena Varga met Senator Ruth Okafor in March and showed her the video.", "March"),
    ("Governor Tomas Brandt met Chief Kasia Morawa in May to discuss the flooding.", "May"),
]


@pytest.mark.parametrize(("text", "when"), OTHER_NOUN_DATES)
def test_a_date_on_another_noun_is_not_the_meetings(text: str, when: str | None):
    (meeting,) = build_digest(text).meetings
    assert meeting.when == when
