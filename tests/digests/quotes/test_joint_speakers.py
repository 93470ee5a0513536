"""Several people who speak as one (`digests.joint_speakers`): a coordinated subject of
people is one party, listed in the order the sentence gives. The quote's `speaker` reads
"A, B and C", as the text digest shows it; `speakers` keeps the names apart."""

from __future__ import annotations

from digests import build_digest
from digests.model import Digest
from digests.render import to_text


def quote_speakers(text: str) -> list[tuple[str | None, list[str] | None]]:
    return [(q.speaker, q.speakers) for q in build_digest(text).quotes]


LETTER = (
    "Three senators wrote to the chief executive of Brenner Freight Holdings on Friday. "
    'In the letter, Senators Ana Ruiz, Tomas Hale and Peter Lund said they were "deeply '
    'troubled" by the leak.'
)
TRIO = ["Ana Ruiz", "Tomas Hale", "Peter Lund"]


def test_three_senators_who_write_together_speak_together():
    assert quote_speakers(LETTER) == [("Ana Ruiz, Tomas Hale and Peter Lund", TRIO)]


def test_two_people_who_tell_reporters_together():
    text = 'Ana Ruiz and Tomas Hale told reporters the plan was "dead on arrival."'
    assert quote_speakers(text) == [("Ana Ruiz and Tomas Hale", ["Ana Ruiz", "Tomas Hale"])]


def test_a_person_listed_with_a_body_stays_the_person():
    text = 'Ana Ruiz and the union said the plan was "dead on arrival."'
    assert quote_speakers(text) == [("Ana Ruiz", None)]


def test_json_carries_the_list_only_for_joint_speakers():
    joint = build_digest(LETTER).to_dict()["quotes"][0]
    assert joint["speakers"] == TRIO
    single = build_digest('"We will win," Ana Ruiz said.').to_dict()["quotes"][0]
    assert "speakers" not in single
    assert Digest.from_dict(build_digest(LETTER).to_dict()).quotes[0].speakers == TRIO


def test_the_text_digest_names_them_all():
    assert "\u2014 Ana Ruiz, Tomas Hale and Peter Lund" in to_text(build_digest(LETTER))
