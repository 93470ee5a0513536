"""Meetings: who, when, where, past or upcoming; none where there is none."""

from __future__ import annotations

from digests import build_digest


def test_upcoming_meeting_with_time_and_place():
    text = (
        "Governor Ana Ruiz will meet with Mayor Tom Beck at City Hall on Friday morning "
        "to discuss the budget."
    )
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Ana Ruiz", "Tom Beck"}
    assert meeting.status == "upcoming"
    assert meeting.when == "Friday morning"
    assert meeting.where == "City Hall"


def test_past_meeting_and_later_reference_merge():
    text = (
        "Chancellor Rita Gomez met with student leader Dev Patel on Monday in the library.\n"
        "Gomez said the meeting was productive."
    )
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Rita Gomez", "Dev Patel"}
    assert meeting.status == "past"
    assert meeting.when == "Monday"


def test_two_distinct_meetings():
    text = (
        "Senator Joan Hart and Governor Luis Vega met Tuesday at the Capitol.\n"
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
    text = "The teachers asked Superintendent Max Cole to sit down with them and negotiate."
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
    text = "President Dana Cole spoke by phone with Prime Minister Ken Ito on Monday."
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Dana Cole", "Ken Ito"}


def test_the_two_leaders_are_the_last_two_people_named():
    text = (
        "Prime Minister Elena Varga and Chancellor Karl Brenner agreed on a plan.\n"
        "The two leaders met for three hours at the council headquarters."
    )
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Elena Varga", "Karl Brenner"}
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
        "The union representing the drivers is refusing any cuts, Coastline Freight "
        "complained on Monday.\n"
        "At a meeting between the two sides on Monday, the union asked for a guarantee.\n"
        "Later, Coastline Freight called the Amalgamated Drivers Union proposal unworkable.\n"
        "The two sides are meeting again in Portland on Thursday."
    )
    first, second = build_digest(text).meetings
    assert first.participants == ["Amalgamated Drivers Union", "Coastline Freight"]
    assert (first.when, first.status) == ("Monday", "past")
    assert second.participants == first.participants
    assert (second.when, second.where, second.status) == ("Thursday", "Portland", "upcoming")


def test_speaking_to_a_group_at_a_lunch_is_a_meeting_of_its_own():
    text = (
        "Senator Ida Moss and Governor Tom Reyes met Thursday evening at the Capitol.\n"
        "Earlier Thursday, budget director Eli Stone spoke to Senate Democrats at their "
        "weekly lunch."
    )
    meetings = build_digest(text).meetings
    assert [m.participants for m in meetings] == [
        ["Ida Moss", "Tom Reyes"],
        ["Eli Stone", "Senate Democrats"],
    ]
    assert meetings[1].when == "Earlier Thursday"


def test_a_bare_actor_group_after_an_of_phrase_is_its_own_party():
    text = (
        "Representatives of the construction company and police held discussions with "
        "the protesters on Sunday."
    )
    (meeting,) = build_digest(text).meetings
    assert meeting.participants == [
        "Representatives of the construction company",
        "police",
        "the protesters",
    ]


def test_a_meeting_that_sets_the_scene_for_a_demand_is_still_a_meeting():
    text = (
        "Mayor Carl Dunn met union chief Ella Price on Monday. At the meeting, Price asked "
        "the city for a raise."
    )
    (meeting,) = build_digest(text).meetings
    assert set(meeting.participants) == {"Carl Dunn", "Ella Price"}
    assert build_digest(text).demands
