"""Stage two for bodies named by a description: `it` after a sentence whose subject was an
unnamed body (`The foreign ministry said ... It also called on ...`) is that body."""

from __future__ import annotations

from digests import build_digest
from tests.digests.readers import speakers


def test_it_is_the_unnamed_body_the_sentence_before_made_its_subject():
    text = (
        "The foreign ministry said on Tuesday it had reminded the envoy of the ruling. "
        'It also called on the Veltrian Embassy to show "proper respect for its hosts."'
    )
    assert speakers(text) == ["The foreign ministry"]


def test_it_after_a_sentence_about_a_person_is_nobody():
    text = (
        "Foreign Minister Ana Ruiz said on Tuesday she had reminded the envoy of the ruling. "
        'It also called on the Veltrian Embassy to show "proper respect for its hosts."'
    )
    assert speakers(text) == [None]


def test_a_descriptor_followed_by_the_body_s_name_is_that_body():
    text = (
        "Water prices rose again in May, though the farm group Fenland Growers Alliance is "
        '"confident the board will listen."'
    )
    assert speakers(text) == ["Fenland Growers Alliance"]


def test_the_union_followed_by_its_name_speaks_as_the_union():
    text = 'The union Harbour Dock Workers said the offer was "an insult" on Monday.'
    assert speakers(text) == ["Harbour Dock Workers"]


def test_who_describes_the_appositive_nearer_it_not_the_body_before():
    text = (
        "In a meeting with the Harbour Board, dock workers – who claimed they were "
        '"ignored" during the last talks – handed over a petition.'
    )
    assert speakers(text) == ["dock workers"]


def test_a_nickname_in_scare_quotes_can_be_the_subject_that_speaks():
    text = 'After the speech, the "Harbour Wolves" chanted, "We are not paid!"'
    quotes = build_digest(text).quotes
    assert [(q.text.strip('"“”'), q.speaker) for q in quotes if q.speaker] == [
        ("We are not paid!", "the Harbour Wolves")
    ]


def test_words_opening_the_sentence_are_no_nickname():
    text = '"Meh," wrote one user on the forum.'
    assert speakers(text) == ["one user on the forum"]
