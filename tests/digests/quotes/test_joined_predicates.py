"""A quoted predicate joined to a cue verb inside another cue's that-clause is the outer
speaker's words (`digests.quotes.cues._outer_cue`): `Ruiz said that Lund begged her for
help and "would have dropped to his knees"` is Ruiz's account, not Lund's speech."""

from __future__ import annotations

from tests.digests.readers import speakers


def test_a_predicate_joined_to_an_inner_cue_is_the_outer_speakers():
    text = (
        "At the rally in Kelvara, Ana Ruiz said that Bo Lund begged her for an endorsement "
        'in 2012 and "would have dropped to his knees" if she had asked him to do so.'
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_the_inner_cue_keeps_a_quote_it_reports():
    text = (
        "At the rally in Kelvara, Ana Ruiz said that Bo Lund begged her for help, "
        'pleading: "I will do anything you ask."'
    )
    assert speakers(text) != ["Ana Ruiz"]


def test_with_no_outer_cue_the_inner_cue_keeps_the_predicate():
    text = (
        "Bo Lund begged Ana Ruiz for an endorsement in 2012 and "
        '"would have dropped to his knees" for it, aides recalled.'
    )
    assert speakers(text) != ["Ana Ruiz"]
