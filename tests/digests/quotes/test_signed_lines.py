"""A quote signed on the next line after a dash (`digests.quotes.signed_lines`):
reaction roundups and epigraphs give the words, then `-Ana Ruiz, Kelvara.`"""

from __future__ import annotations

import pytest

from tests.digests.readers import speakers

SIGNED = [
    ('"The budget is a disgrace and it needs to stop."', "-Ingrid Solvang, Kelvara."),
    ('"We waited three hours for a bus that never came."', "— Marek Quint, a commuter."),
    ('"Nobody in this town asked for a casino."', "–Hanne Dorvik, speaking at the rally."),
    ('"They listened, and that is all we wanted."', "-Councillor Ana Ruiz, after the vote."),
]


@pytest.mark.parametrize(("quote", "signature"), SIGNED)
def test_a_dash_line_after_the_quote_names_its_speaker(quote, signature):
    text = f"Readers wrote in about the plan for the harbour.\n\n{quote}\n\n{signature}\n"
    name = signature.lstrip("-—– ").split(",")[0].removeprefix("Councillor ")
    assert speakers(text) == [name]


def test_a_name_after_a_dash_is_no_longer_glued_to_it():
    from digests import build_digest

    text = 'Readers wrote in.\n\n"The cuts must stop now."\n\n-Ingrid Solvang, Kelvara.\n'
    names = [p.name for p in build_digest(text).people]
    assert "Ingrid Solvang" in names
    assert not any(n.startswith("-") for n in names)


def test_a_paragraph_that_goes_on_after_the_quote_is_not_signed():
    text = (
        'Readers wrote in about the plan.\n\n"The cuts must stop," the council was told '
        "on Monday by a crowd of hundreds.\n\n-Ingrid Solvang contributed reporting.\n"
    )
    assert speakers(text) != ["Ingrid Solvang"]


def test_a_dash_line_naming_no_person_signs_nothing():
    text = 'Readers wrote in about the plan.\n\n"The cuts must stop now."\n\n- Reuters\n'
    assert speakers(text) == [None]
