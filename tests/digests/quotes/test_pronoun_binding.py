"""Stage two: which person a speaking he/she can be (`digests.parties.resolve_pronoun`).

A subject pronoun cannot stand for a name inside its own clause (binding theory's
Principle C: `He called Quint's victory ...` is not Quint speaking), and the agent of a
passive is as much the previous sentence's topic as its subject would be.
"""

from __future__ import annotations

from tests.digests.readers import speakers


def test_a_pronoun_is_not_the_person_named_in_its_own_object():
    text = (
        '"I will not step down," Marek Quint said on Monday.\n'
        "The claims were floated by former councillor Teodor Brask on Sunday. "
        'He called Quint\'s victory "a stolen race."'
    )
    assert speakers(text) == ["Marek Quint", "Teodor Brask"]


def test_a_passive_agent_is_the_topic_a_later_pronoun_picks_up():
    text = (
        '"I will not step down," Marek Quint said on Monday.\n'
        "The claims were floated by former councillor Teodor Brask on Sunday. "
        'He called the vote "a stolen race."'
    )
    assert speakers(text) == ["Marek Quint", "Teodor Brask"]


def test_a_pronoun_is_not_the_person_its_participle_addresses():
    text = (
        "Premier Ines Calder met Mayor Tomas Renko in Leeds on Monday. "
        'Addressing Renko, she said "I want a fair deal for the port."'
    )
    assert speakers(text) == ["Ines Calder"]


def test_the_subject_of_a_clause_before_the_pronoun_stays_possible():
    text = (
        "Crowds waited outside the hall in Leeds on Monday. "
        'When Marek Quint arrived, he said "We will win this."'
    )
    assert speakers(text) == ["Marek Quint"]
