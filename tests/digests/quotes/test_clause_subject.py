"""The `clause_subject` sieve for unnamed speakers: a quote hung in a clause whose own
subject is an unnamed person who can speak (a spokeswoman, an official) is theirs; a
clause about a thing that cannot speak gives nobody."""

from __future__ import annotations

from digests import build_digest


def test_a_spokeswoman_who_plays_something_down_said_the_words():
    text = (
        'The meeting – which a council spokeswoman played down as "a chat between '
        'neighbours" – comes after a week of protests.'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "a council spokeswoman"
    assert quote.attribution.sieve == "clause_subject"


def test_a_clause_about_a_thing_gives_no_speaker():
    text = 'The storm compared badly to the last one, "a true monster of the sea."'
    assert [q.speaker for q in build_digest(text).quotes] in ([], [None])
