"""One entry per person, with the role the article gives them."""

from __future__ import annotations

from digests import build_digest


def people_of(text: str) -> dict[str, object]:
    return {p.name: p for p in build_digest(text).people}


def test_title_surname_and_title_only_mentions_merge():
    text = (
        "Housing czar Nora Blake will tour the shelters on Monday.\n"
        "Blake said the city must act. The housing czar did not give a date.\n"
        '"We are out of beds," Blake said.'
    )
    people = people_of(text)
    assert list(people) == ["Nora Blake"]
    blake = people["Nora Blake"]
    assert blake.role == "housing czar"
    assert "Blake" in blake.aliases
    assert "the housing czar" in [a.lower() for a in blake.aliases]


def test_surname_tagged_as_organisation_is_still_the_person():
    text = (
        "Mayor Victor Hale met with bus drivers. Hale said the talks went well.\n"
        "Later, Hale told reporters the strike was over."
    )
    people = people_of(text)
    assert set(people) == {"Victor Hale"}
    assert people["Victor Hale"].role == "mayor"


def test_appositive_role():
    text = 'Omar Reyes, the county sheriff, said "we are ready" on Friday.'
    assert people_of(text)["Omar Reyes"].role == "county sheriff"


def test_relative_clause_role():
    text = 'Lucy Tran, who is the school principal, said "classes resume Monday."'
    assert people_of(text)["Lucy Tran"].role == "school principal"


def test_lowercase_title_before_name():
    text = (
        'Parent Irene Walsh and student Kofi Mensah spoke. "It is unfair," '
        "student Kofi Mensah said."
    )
    assert people_of(text)["Kofi Mensah"].role == "student"


def test_organisations_are_not_people():
    text = (
        "Officials from Northwind Logistics met the Riverside Port Authority on Tuesday. "
        '"We reached a deal," said Carla Diaz, a Northwind spokeswoman.'
    )
    people = people_of(text)
    assert set(people) == {"Carla Diaz"}
    assert "spokeswoman" in people["Carla Diaz"].role


def test_people_named_in_passing_are_left_out():
    text = (
        'Coach Ian Frost praised his rookie. "He is ready," Frost said.\n'
        "The rookie sat behind veteran starter Mo Lane last season, while Tim Ruiz was hurt."
    )
    people = people_of(text)
    assert "Ian Frost" in people
    assert "Tim Ruiz" not in people


def test_key_people_are_the_main_actors():
    text = (
        "Governor Sam Ortega and Senator Lee Park met on Monday.\n"
        '"We agree on schools," Ortega said. "We disagree on taxes," Park said.\n'
        "Ortega later flew home. Park stayed.\n"
        "Aide Jo Kim, who is the governor's scheduler, booked the room."
    )
    digest = build_digest(text)
    keys = {p.name for p in digest.people if p.key}
    assert {"Sam Ortega", "Lee Park"} <= keys


def test_inverted_appositive_and_title_abbreviation():
    text = (
        "Acme's chief executive, Paul Ferrante, apologized on Tuesday.\n"
        'Sen. Margaret Olsen said "that is not enough."'
    )
    people = people_of(text)
    assert people["Paul Ferrante"].role == "acme's chief executive"
    assert people["Margaret Olsen"].role == "senator"


def test_dateline_dash_is_not_part_of_a_role():
    text = 'BRUSSELS (Wire) - Prime Minister Elena Varga said "we have a path."'
    assert people_of(text)["Elena Varga"].role == "prime minister"


def test_role_after_age_and_in_a_copular_sentence():
    text = (
        'Gloria Diaz, 67, a retired nurse, said "we were ignored."\n'
        "Omar Reyes spoke next. Reyes is the county's budget director."
    )
    people = people_of(text)
    assert people["Gloria Diaz"].role == "retired nurse"
    assert "budget director" in people["Omar Reyes"].role


def test_appositive_role_stops_before_a_relative_clause():
    text = '"We are tired," said Kim Tran, an emergency room nurse who has worked there for years.'
    assert people_of(text)["Kim Tran"].role == "emergency room nurse"


def test_someone_only_met_is_still_a_key_actor():
    text = "Mayor Ana Ruiz met with Bo Lund on Monday at City Hall to discuss the strike."
    people = people_of(text)
    assert set(people) == {"Ana Ruiz", "Bo Lund"}
