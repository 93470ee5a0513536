"""Several people who speak as one (`digests.joint_speakers`): a coordinated subject of
people is one party, listed in the order the sentence gives."""

from __future__ import annotations

from digests import build_digest


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in build_digest(text).quotes]


def test_three_senators_who_write_together_speak_together():
    text = (
        "Three senators wrote to the chief executive of Brenner Freight Holdings on Friday. "
        'In the letter, Senators Ana Ruiz, Tomas Hale and Peter Lund said they were "deeply '
        'troubled" by the leak.'
    )
    assert speakers(text) == ["Ana Ruiz, Tomas Hale and Peter Lund"]


def test_two_people_who_tell_reporters_together():
    text = 'Ana Ruiz and Tomas Hale told reporters the plan was "dead on arrival."'
    assert speakers(text) == ["Ana Ruiz and Tomas Hale"]


def test_a_person_listed_with_a_body_stays_the_person():
    text = 'Ana Ruiz and the union said the plan was "dead on arrival."'
    assert speakers(text) == ["Ana Ruiz"]
