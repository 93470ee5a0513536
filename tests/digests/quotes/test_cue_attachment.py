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


def test_a_cue_joined_to_the_writer_s_predicates_names_their_subject_not_its_object():
    text = (
        "Senator Ana Ruiz spoke in Dover on Monday.\n"
        'Ruiz supports "modest pay raises," opposes "blanket pay freezes" and recalled the '
        'long freeze on teacher wages: "I saw how hard it was for families to be told."'
    )
    quote = _quote(text, "families")
    assert quote.speaker == "Ana Ruiz"
    assert quote.attribution.sieve == "cue_before" and quote.attribution.cue == "recalled"


def test_a_participle_hung_inside_a_partial_quote_shares_the_governing_subject():
    text = (
        "Senators Tomas Hale and Peter Lund wrote to the director on Monday.\n"
        'The two senators, however, argue that "there is precedent for prosecution," citing '
        'an instance in which a clerk was found guilty of "gross negligence."'
    )
    quote = _quote(text, "negligence")
    assert quote.speaker == "The two senators"
    assert quote.attribution.sieve == "governing_cue" and quote.attribution.cue == "citing"


def test_the_thing_a_subject_uses_does_not_do_the_purpose_infinitive():
    text = (
        "Since taking office, President Rodrigo Vance has rejected criticism of his "
        "policies, using an expletive to describe the mayor and telling Norland not to "
        'treat his country "like a dog on a leash."'
    )
    quote = _quote(text, "leash")
    assert quote.speaker == "Rodrigo Vance"
    assert quote.attribution.sieve == "governing_cue" and quote.attribution.cue == "telling"


def test_footage_of_a_person_asking_stays_the_object_s():
    text = 'The ad uses footage of Ana Ruiz asking, "Why am I not ahead, you might ask?"'
    assert "Ana Ruiz" in (_quote(text, "ahead").speaker or "")


def test_a_text_sent_to_people_speaks_for_its_sender_not_the_addressees():
    text = (
        "Marek Quint won the Dover primary on Tuesday.\n"
        "Before Quint took the stage, Quint sent an email to supporters saying: "
        '"With your help, we won in Dover!"'
    )
    quote = _quote(text, "help")
    assert quote.speaker == "Marek Quint"
    assert quote.attribution.sieve == "governing_cue" and quote.attribution.cue == "saying"
