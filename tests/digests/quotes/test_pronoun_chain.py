"""A he/she subject goes on being the same person (`digests.parties.resolve_pronoun`).

`Walsh had ties to Biden. But he endorsed Clinton.` then `"...," he said.`: the second
"he" is whoever the first was, the subject the story has been following, not the other
man named last.
"""

from __future__ import annotations

from tests.digests.readers import speakers


def test_a_pronoun_follows_an_earlier_pronoun_subject_back_to_its_person():
    text = (
        "The mayor of Kelvara is not a man who endorses early.\n"
        "Marek Quint, a former dock worker, had close ties to Governor Tomas Brask. "
        "But on Sunday he finally backed the challenger, Ana Ruiz.\n"
        '"We need someone who fights hard for this city," he said.'
    )
    assert speakers(text) == ["Marek Quint"]


def test_a_pronoun_subject_of_another_gender_is_not_followed():
    text = (
        "Marek Quint had close ties to Governor Tomas Brask. "
        "But on Sunday she, the challenger Ana Ruiz, won his backing.\n"
        '"We need someone who fights hard for this city," he said.'
    )
    assert speakers(text) != ["Ana Ruiz"]


def test_a_name_that_only_modifies_a_title_is_not_the_subject():
    text = (
        "Tomas Ruiz is running for governor of Kelvara.\n"
        "Ruiz campaign chairman Marek Quint said the candidate would carry the north. "
        '"We think our message will resonate there," he said.'
    )
    assert speakers(text) == ["Marek Quint"]
