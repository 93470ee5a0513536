"""Speech in another language with an English gloss: the gloss in brackets between the
quote and its attribution does not hide the attribution, and `they` after a quote and its
gloss still reaches the plural subject before them."""

from __future__ import annotations

from tests.digests.readers import speakers


def test_they_after_a_quote_reaches_the_subject_before_it():
    text = 'Protesters marched past the port. "Fuera!" they shouted at the police.'
    assert speakers(text) == ["Protesters"]


def test_a_bracketed_gloss_between_quote_and_attribution_is_skipped():
    text = 'Protesters marched past the port. "Fuera!" (Out!) they shouted at the police.'
    assert speakers(text) == ["Protesters"]


def test_a_quote_with_a_gloss_inside_keeps_its_speaker():
    text = 'Ana Ruiz told the crowd in Tagalog: "Hindi kami susuko (We will not give up)."'
    assert speakers(text) == ["Ana Ruiz"]
