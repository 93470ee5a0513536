"""Which mention a cue names when the parse puts it in the wrong clause (stage one):
a participle hung on a reported clause about a thing, and an inverted cue whose name
comes after a long chain of titles. Each pins the sieve that decides."""

from __future__ import annotations

from digests import build_digest


def _quote(text: str, word: str):
    return next(q for q in build_digest(text).quotes if word in q.text)


def test_a_participle_on_a_clause_about_a_thing_is_the_reporter_s():
    text = (
        'Priya Nair said the process of writing the budget could be "messy," adding, '
        '"Democracy is messy."'
    )
    quote = _quote(text, "Democracy")
    assert quote.speaker == "Priya Nair"
    assert quote.attribution.sieve == "governing_cue" and quote.attribution.cue == "adding"


def test_a_participle_on_a_document_s_speech_is_the_document_s():
    quote = _quote(
        'The report said the plan could be "messy," adding, "Democracy is slow."', "slow"
    )
    assert quote.speaker == "The report"


def test_an_inverted_cue_reads_past_a_chain_of_titles():
    text = (
        "The harbour board rejected the plan on Monday.\n"
        '"We are already working on it," said harbour spokesman Navy Capt. Tomas Brenn, '
        "who was asked about the plan."
    )
    quote = _quote(text, "working")
    assert quote.speaker == "Tomas Brenn"
    assert quote.attribution.sieve == "trailing_attribution"


def test_an_inverted_cue_does_not_read_past_a_comma_into_a_relative_clause():
    text = (
        "Tomas Brenn runs the docks.\n"
        '"We are already working on it," said the harbour press officer, who praised '
        "Tomas Brenn on Monday."
    )
    assert _quote(text, "working").speaker != "Tomas Brenn"


def test_a_participle_a_preposition_holds_speaks_for_the_verb_s_subject():
    text = 'Priya Nair listed the towns hit by floods. Nair ended her list by saying "Too many."'
    quote = _quote(text, "Too many")
    assert quote.speaker == "Priya Nair"
    assert quote.attribution.sieve == "governing_cue" and quote.attribution.cue == "saying"


def test_a_fronted_he_nothing_resolves_points_ahead_to_the_main_subject():
    text = (
        'After he blasted the film "Night Ferry" for being too "soft on crime," Pastor Tomas '
        "Brenn has now set his sights on the harbour scouts."
    )
    assert _quote(text, "soft").speaker == "Tomas Brenn"
