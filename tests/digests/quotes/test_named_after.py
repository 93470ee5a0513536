"""Speakers named only after the quote (`digests.quotes.named_after`) and descriptions that
name themselves (`digests.self_named`)."""

from __future__ import annotations

from digests import build_digest


def decided(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker, q.attribution.sieve if q.attribution else None)
        for q in build_digest(text).quotes
    ]


def test_that_was_the_message_from_names_the_speaker():
    text = (
        '"We will strike until the port is safe."\n'
        "That was the message from union leader Ana Ruiz on Monday."
    )
    assert decided(text) == [("Ana Ruiz", "named_after")]


def test_a_warning_that_came_from_someone():
    text = '"The port must stay open."\nThat warning came from Mayor Ana Ruiz on Monday.'
    assert decided(text) == [("Ana Ruiz", "named_after")]


def test_a_sentence_after_that_points_at_no_speech_names_nobody():
    text = '"The port must stay open."\nThat is what Ana Ruiz wants.'
    assert decided(text) == [(None, None)]


def test_a_voter_who_identified_himself_speaks_by_that_name():
    text = '"We are tired of this," said one voter who identified himself as Tomas Hale.'
    assert decided(text)[0][0] == "Tomas Hale"


def test_a_group_that_calls_itself_something_is_that_body():
    text = (
        '"The coast will burn."\nThat comment was posted from an account of a militant '
        "group that calls itself Harbour Media."
    )
    assert decided(text) == [("Harbour Media", "named_after")]


def test_a_self_description_that_is_no_name_stays_a_description():
    text = '"We are tired," said a resident who described herself as a retired nurse.'
    assert decided(text)[0][0] == "a resident"
