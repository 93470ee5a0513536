"""Stage two for documents that speak (`digests.documents`): `the letter says` is whoever
the article said wrote the letter; `said a statement` with no author is the body the
story was just about; a statement about nobody in particular stays a statement."""

from __future__ import annotations

from tests.digests.readers import speakers


def test_the_letter_is_its_senders_even_after_another_body_spoke():
    text = (
        "Three senators wrote to the chief executive of Brenner Freight Holdings on Friday. "
        "In a letter to the firm, Senators Ana Ruiz, Tomas Hale and Peter Lund said they "
        'were "deeply troubled" by the leak.\n'
        "Brenner Freight Holdings said it found the fault in March.\n"
        'The committee is drafting a bill. As it "moves toward a national rule, openness '
        'will matter," the letter says.'
    )
    assert speakers(text) == ["Ana Ruiz, Tomas Hale and Peter Lund"] * 2


def test_the_letter_is_whoever_sent_it():
    text = (
        "Mayor Ana Ruiz sent a letter to the port board on Monday.\n"
        "The board met on Tuesday.\n"
        '"The pier must reopen by May," the letter said.'
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_an_unsigned_statement_is_the_body_just_talked_about():
    text = (
        "The Harbour Rowing Federation met club captains on Monday.\n"
        "The federation will also press for lifetime bans against any fan found guilty.\n"
        '"The federation is in contact with the clubs," said a statement on the website.'
    )
    assert speakers(text) == ["Harbour Rowing Federation"]


def test_a_statement_after_a_passage_about_no_body_stays_a_statement():
    text = (
        "Heavy rain closed the coast road on Monday and the river rose overnight.\n"
        "Residents moved their cars to higher ground.\n"
        '"Crews are clearing the road," said a statement on the website.'
    )
    assert speakers(text) == ["a statement on the website"]
