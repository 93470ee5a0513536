"""Quote spans and speakers: one regression test per attribution pattern, own sentences."""

from __future__ import annotations

import pytest

from digests import build_digest
from digests.quote_spans import find_quote_spans


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in build_digest(text).quotes]


def test_straight_and_curly_marks_pair_up():
    text = 'He said "one thing" and then “another thing” and then "a mixed one”.'
    assert [s.text_of(text) for s in find_quote_spans(text)] == [
        "one thing",
        "another thing",
        "a mixed one",
    ]


def test_nested_single_quotes_stay_inside():
    text = "“We call it ‘the plan’ and it works,” the chief said."
    (span,) = find_quote_spans(text)
    assert span.text_of(text) == "We call it ‘the plan’ and it works,"


def test_unclosed_quote_stops_at_paragraph_end():
    text = "“The first part runs on.\n“And the second part ends here,” she said.\nNo quote here."
    spans = [s.text_of(text) for s in find_quote_spans(text)]
    assert spans == ["The first part runs on.", "And the second part ends here,"]


def test_one_quote_across_sentences_is_one_quote():
    text = 'Mayor Lena Ortiz spoke. "We will build it. We will pay for it," Ortiz said.'
    assert quotes_of(text) == [("We will build it. We will pay for it,", "Lena Ortiz")]


@pytest.mark.parametrize(
    "text",
    [
        'Council member Dana Whitfield arrived late. "The budget is broken," Whitfield said.',
        'Council member Dana Whitfield arrived late. "The budget is broken," said Whitfield.',
        'Council member Dana Whitfield arrived late. Whitfield said: "The budget is broken."',
        'Council member Dana Whitfield left. According to Whitfield, "the budget is broken."',
    ],
)
def test_attribution_after_before_and_inverted(text):
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Dana Whitfield"


def test_split_quote_keeps_speaker_for_both_halves():
    text = (
        'Engineer Priya Nair inspected the bridge. "It is safe," Nair said. "But it needs paint."'
    )
    assert quotes_of(text) == [("It is safe,", "Priya Nair"), ("But it needs paint.", "Priya Nair")]


def test_partial_quote_inside_writers_sentence():
    text = "Governor Alan Brooks said the plan was “dead on arrival” and walked out."
    (quote,) = build_digest(text).quotes
    assert quote.text == "dead on arrival"
    assert quote.speaker == "Alan Brooks"
    assert quote.partial is True


def test_pronoun_speaker_resolves_to_earlier_person():
    text = (
        "Spokeswoman Maria Lopez defended the decision on Monday.\n"
        "“We followed every rule,” she said in a statement."
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Maria Lopez"
    assert quote.speaker_kind == "pronoun"


def test_unattributed_paragraph_continues_previous_speaker():
    text = (
        "“We will appeal,” lawyer Ben Carter said.\n"
        "“This ruling ignores the evidence and we expect to win.”\n"
        "The court did not comment."
    )
    assert [s for _, s in quotes_of(text)] == ["Ben Carter", "Ben Carter"]


def test_anonymous_source_is_named_as_such_not_as_a_person():
    text = (
        "Senator Ruth Okafor met the union on Friday.\n"
        "“She was furious,” a person familiar with the talks said."
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "a person familiar with the talks"
    assert quote.speaker_kind == "anonymous"


def test_plural_sources_are_anonymous():
    text = "The minister was “not pleased” with the report, sources said Tuesday."
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "sources"


def test_organisation_speaks():
    text = 'Acme Corporation said the merger was "final" and would close in May.'
    (quote,) = build_digest(text).quotes
    assert quote.speaker_kind == "organization"
    assert "Acme" in quote.speaker


def test_unknowable_speaker_is_null_not_a_guess():
    text = 'The sign on the door read like a warning.\n"Nobody goes in after dark."'
    (quote,) = build_digest(text).quotes
    assert quote.speaker is None


def test_scare_quotes_are_not_quotes():
    text = "The so-called “tax czar” Ray Bell will visit the plant."
    assert build_digest(text).quotes == []


def test_offsets_point_at_the_quote_text():
    text = 'Intro line.\nCoach Ana Silva said "we ran out of time" after the game.'
    (quote,) = build_digest(text).quotes
    assert text[quote.start : quote.end] == quote.text == "we ran out of time"
    assert quote.evidence.startswith("Coach Ana Silva said")


def test_title_only_speaker_resolves_to_role_holder():
    text = (
        "Police Commissioner Keisha Grant toured the precinct.\n"
        '"We need more officers," the commissioner said.'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Keisha Grant"
    assert quote.speaker_role == "police commissioner"


def test_the_company_is_the_organisation_that_spoke():
    text = (
        'Northgate said the layoffs were "unavoidable."\n'
        'The company wrote that its costs had "doubled in a year."'
    )
    speakers = [q.speaker for q in build_digest(text).quotes]
    assert speakers == ["Northgate", "Northgate"]


def test_the_union_is_not_some_other_organisation():
    text = (
        'The Harbor Transit Authority said it was "pleased."\n'
        'The union said the deal was "a start."'
    )
    speakers = [q.speaker for q in build_digest(text).quotes]
    assert speakers[0] == "Harbor Transit Authority"
    assert speakers[1] != "Harbor Transit Authority"


def test_honorific_surname_merges_with_full_name():
    text = 'Mayor Gregory Vance joined the talks.\n"We found a way," Mr. Vance said. "Nobody lost."'
    digest = build_digest(text)
    assert [q.speaker for q in digest.quotes] == ["Gregory Vance", "Gregory Vance"]
    assert [p.name for p in digest.people] == ["Gregory Vance"]


def test_pronoun_prefers_subject_of_earlier_sentence_in_same_paragraph():
    text = (
        '"We acted fast," said chief executive Paul Ferrante.\n'
        "Senator David Kline was calmer. He said the Senate should act rather than "
        '"blame one company."'
    )
    quotes = build_digest(text).quotes
    assert [q.speaker for q in quotes] == ["Paul Ferrante", "David Kline"]


def test_titles_of_works_are_not_quotes():
    text = "The library will screen “The Long Road Home” on Friday for residents."
    assert build_digest(text).quotes == []


def test_abbreviated_title_does_not_split_the_sentence():
    text = '"We will not tolerate it," police spokesman Lt. Carl Fisher told reporters.'
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Carl Fisher"


def test_any_verb_reporting_a_that_clause_attributes_the_quote():
    text = (
        "Businessman Robert Hale debated Senator Ana Ruiz.\n"
        'Hale shot back that the state needed "a fresh start, not another politician."'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Robert Hale"


def test_pronoun_gender_learnt_from_an_earlier_sentence():
    text = (
        "Engineer Dana Wells designed the bridge.\n"
        "She spent six years on it.\n"
        "Inspector Sam Ortiz approved it on Monday, after a visit with Wells.\n"
        '"It is the best work I have seen," she said.'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Dana Wells"


def test_the_union_is_the_association_that_acted_before():
    text = (
        "The Air Line Pilots Association rejected the claim on Friday.\n"
        '"Management created this shortage," the union said in a statement.'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Air Line Pilots Association"
    assert quote.speaker_kind == "organization"


def test_quote_paragraph_introduced_by_a_colon():
    text = (
        "Mayor Lena Ortiz said in a statement on Monday:\n"
        "“The city will rebuild every home that was lost.”"
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Lena Ortiz"


def test_spaces_just_inside_straight_marks():
    text = 'Coach Ty Ames said: " We will win. " The crowd cheered.'
    assert quotes_of(text) == [("We will win.", "Ty Ames")]


def test_a_statement_speaks_for_whoever_issued_it():
    text = (
        "The Acme Corporation denied wrongdoing.\n"
        '"It is over," the statement said.\n'
        '"We will vote," according to a statement from the League of Women Voters.'
    )
    assert [q.speaker for q in build_digest(text).quotes] == [
        "Acme Corporation",
        "League of Women Voters",
    ]


def test_the_union_is_the_only_union_the_article_names():
    text = (
        'The union said the offer was "an insult."\n'
        "Talks with the United Steelworkers resume Monday."
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "United Steelworkers"


def speakers_of(text: str) -> list[str | None]:
    return [q.speaker for q in build_digest(text).quotes]


def test_attribution_clause_split_off_after_an_exclamation():
    text = (
        "Neighbours gathered at the gate on Sunday.\n"
        '"Save our park! Save our park!" some neighbours chanted as the trucks arrived.'
    )
    assert speakers_of(text) == ["some neighbours"]


def test_of_two_subjects_the_one_next_to_the_cue_speaks():
    text = (
        "Nurse Ellen Park worked a double shift.\n"
        'Her verdict: "We need more staff on every ward," she said.'
    )
    assert speakers_of(text) == ["Ellen Park"]


def test_a_speech_noun_speaks_for_its_owner_before_a_colon():
    text = (
        "Nurse Ellen Park met the hospital board.\n"
        'Park\'s message to the board was this: "Hire more nurses before winter comes."'
    )
    assert speakers_of(text) == ["Ellen Park"]


def test_it_said_is_the_statement_not_the_person_reading_it():
    text = (
        "Resident Tom Bale read from a statement from the Harbor Council: "
        '"The road will reopen in May," it said.'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker != "Tom Bale"
    assert "Council" in (quote.speaker or "")


def test_relative_clause_speaker_is_the_person_it_describes():
    text = (
        "The rally was called by Alan Reyes, the candidate for Ms. Cole's district, who "
        'spoke of his "deep worry over the closures."'
    )
    assert speakers_of(text) == ["Alan Reyes"]


def test_inverted_cue_takes_the_named_appositive():
    text = '"We are worried about the rent," said another local trader, Omar Haddad.'
    assert speakers_of(text) == ["Omar Haddad"]


def test_name_between_quote_and_a_later_cue():
    text = (
        "Engineer Omar Haddad inspected the bridge.\n"
        '"The bridge is safe for traffic," Haddad, a city engineer, said Monday morning.'
    )
    assert speakers_of(text) == ["Omar Haddad"]


def test_colon_paragraph_with_any_verb_introduces_the_quote_paragraphs():
    text = (
        "Professor Lena Marsh then listed her tests for a good mayor:\n"
        '"Does the candidate listen to the people of every district?\n'
        '"Does the candidate keep the promises made during the campaign?"'
    )
    assert speakers_of(text) == ["Lena Marsh", "Lena Marsh"]


def test_transcript_heading_speaks_the_quoted_text():
    text = 'A transcript of the call follows:\n"We will not pay the ransom, not today."'
    (quote,) = build_digest(text).quotes
    assert "transcript" in (quote.speaker or "")


def test_quote_paragraph_after_a_paragraph_about_one_person():
    text = (
        "Farmer Joan Ito has grown rice by the river for forty years. She fears the dam.\n"
        '"Without the river we have nothing left to sell at the market."'
    )
    assert speakers_of(text) == ["Joan Ito"]


def test_quote_paragraph_after_a_paragraph_about_two_people_stays_open():
    text = (
        "Joan Ito and Ben Ruiz met the engineers on Friday.\n"
        '"Without the river we have nothing left to sell at the market."'
    )
    assert speakers_of(text) == [None]


def test_later_he_said_in_the_paragraph_attributes_an_open_quote():
    text = (
        "Union negotiator Sam Odell spoke after the session.\n"
        'The talks were "long but useful for both sides." No deal was reached, he said.'
    )
    assert speakers_of(text) == ["Sam Odell"]


def test_title_of_a_programme_is_not_a_quote_even_with_a_speaker():
    text = 'Mayor Ruth Gale told "Morning Report" that the plan works.'
    assert build_digest(text).quotes == []


def test_continuation_skips_a_dropped_title():
    text = (
        '"We won the match fair and square," Coach Ana Silva said on ABC\'s "Sports Tonight." '
        '"Now we rest for a week."'
    )
    assert speakers_of(text) == ["Ana Silva", "Ana Silva"]


def test_a_definite_role_noun_refers_to_the_person_just_named():
    text = (
        "Rosa Diaz still opposes the bill after a month of talks.\n"
        '"I stand by my vote and I will vote no again," the Texas senator told reporters.'
    )
    assert speakers_of(text) == ["Rosa Diaz"]


def test_a_campaign_named_for_a_person_is_an_organisation():
    text = (
        "Rosa Diaz is running for governor.\n"
        'The Diaz campaign sent an email saying the bill was "a betrayal of every voter."'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker_kind == "organization"
    assert quote.speaker == "Diaz campaign"


def test_a_time_in_quotes_is_not_what_the_inner_verb_reports():
    text = 'Senator Rosa Diaz said lobbyists were phoning and calling "every five minutes."'
    assert speakers_of(text) == ["Rosa Diaz"]


def test_run_on_paragraph_that_lost_its_opening_mark():
    text = "“Voters have spoken,” Senator Rosa Diaz added, “and they want\nroads and schools.”"
    assert speakers_of(text) == ["Rosa Diaz", "Rosa Diaz", "Rosa Diaz"]


def test_a_name_after_a_partial_quote_is_not_its_speaker():
    text = 'Mayor Tom Ree spoke first. Then he turned to "sleepy" Ann Colby.'
    assert "Ann Colby" not in speakers_of(text)


def test_possessed_speech_noun_after_the_quote():
    text = (
        "Governor Tom Ree faces a hard year.\n"
        'Voters still remember Ree\'s "every child gets a laptop" promise from the campaign.'
    )
    assert speakers_of(text) == ["Tom Ree"]


def test_first_name_gender_picks_the_pronouns_antecedent():
    text = (
        "The council met on Monday night.\n"
        "Councillor Steve Ames said Clara Boyd called for calm. She added that the town "
        '"will rebuild every home that burned."'
    )
    assert speakers_of(text) == ["Clara Boyd"]


def test_first_name_gender_list_is_general_and_leaves_shared_names_unknown():
    from digests.speaker_names import first_name_gender

    assert first_name_gender("Margaret") == "female"
    assert first_name_gender("Robert") == "male"
    assert first_name_gender("Jordan") is None
    assert first_name_gender(None) is None


def test_words_inside_an_allegation_are_not_the_rejecters():
    text = (
        "Minister Hana Sato spoke on Tuesday.\n"
        'Sato rejected allegations that her office had "hidden the audit from voters."'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker != "Hana Sato"
    assert quote.speaker_kind == "anonymous"


def test_signs_carry_the_words_of_whoever_holds_them():
    text = 'The nurses held signs that read "Safe staffing saves lives" outside the hospital.'
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "The nurses"


def test_object_control_names_who_does_the_speaking():
    text = (
        "The debate grew heated.\n"
        'The question prompted Senator Ana Ruiz to call her rival "a danger to the state."'
    )
    assert speakers_of(text) == ["Ana Ruiz"]


def test_verbal_attack_reports_the_words():
    text = 'Governor Tom Ree attacked his rival for running a "failed and dishonest campaign."'
    assert speakers_of(text) == ["Tom Ree"]


def test_a_capitalised_quote_heading_is_not_a_quote():
    text = (
        'Mayor Ruth Gale called the plan "reckless, costly and wrong."\n'
        '"RECKLESS, COSTLY AND WRONG"\n'
        "The council votes on Monday."
    )
    assert [q.text for q in build_digest(text).quotes] == ["reckless, costly and wrong."]


def test_a_title_naming_the_noun_after_it_is_not_a_quote():
    text = "“Morning Report” host Dana Cole asked the mayor about the budget."
    assert build_digest(text).quotes == []


def test_quote_paragraph_about_the_introduced_person_is_not_theirs():
    text = (
        "Carlos Mendez was arrested on Monday after the fire.\n"
        '"He was a quiet neighbour who never caused any trouble."'
    )
    assert speakers_of(text) == [None]


def test_a_capitalised_slogan_is_still_a_quote():
    text = 'Mayor Ruth Gale repeated her campaign slogan "Build The Bridge Now" on Friday.'
    assert [q.text for q in build_digest(text).quotes] == ["Build The Bridge Now"]


def test_pronoun_reaches_back_past_a_paragraph_that_names_nobody():
    text = (
        "Governor Ana Ruiz toured the flood zone on Monday.\n"
        "The river rose two metres overnight, forcing hundreds from their homes. Rescue "
        "crews worked through the night. Officials opened three shelters.\n"
        '"We will rebuild every town," she said.'
    )
    assert speakers_of(text) == ["Ana Ruiz"]


def test_far_pronoun_stays_open_when_an_unnamed_person_is_nearer():
    text = (
        "Governor Ana Ruiz toured the flood zone on Monday.\n"
        "The river rose two metres overnight. A resident waded through the water to her "
        "car. Rescue crews worked through the night.\n"
        '"We lost everything we had," she said.'
    )
    assert speakers_of(text) == [None]


def test_quote_paragraph_after_a_group_whose_words_were_reported():
    text = (
        "The fishermen say the new quota will ruin the harbour towns.\n"
        '"We have fished these waters for six generations and now we are told to stop."'
    )
    assert speakers_of(text) == ["The fishermen"]


def test_group_as_a_mere_subject_does_not_speak_the_next_quote():
    text = (
        "The fishermen sailed out before dawn on Friday.\n"
        '"We have fished these waters for six generations and now we are told to stop."'
    )
    assert speakers_of(text) == [None]


def test_pronoun_after_a_newcomer_sentence_is_the_newcomer():
    text = (
        'Jan Novak, who chairs the committee, said the report was "deeply flawed." '
        "His deputy, Maria Lopez, disagreed.\n"
        '"The report is sound and we stand by it," she said.'
    )
    assert speakers_of(text) == ["Jan Novak", "Maria Lopez"]


def test_quote_paragraph_after_a_paragraph_with_two_voices_stays_open():
    text = (
        "Mayor Lin Wei defended the budget on Tuesday. Critics were unmoved.\n"
        '"This budget protects the parks and the schools of every district."'
    )
    assert speakers_of(text) == [None]


def test_an_office_giving_a_reply_before_a_colon_speaks():
    text = 'The minister\'s office issued a terse reply: "No comment at this time."'
    assert speakers_of(text) == ["The minister's office"]


def test_colon_clause_speaks_even_when_the_parse_hangs_it_on_the_quote():
    text = (
        "To make its case, the Harbor Gazette points to the numbers: "
        "“In ten years the harbour lost half of its jobs and nobody in power noticed.”"
    )
    (quote,) = build_digest(text).quotes
    assert "Harbor Gazette" in (quote.speaker or "")


def test_a_new_sentence_after_a_question_is_not_its_attribution():
    text = (
        'Mayor Tom Ree listened. "Why now?" The question hung in the room while Ree said nothing.'
    )
    assert "Tom Ree" not in speakers_of(text)


def test_a_foundation_named_for_a_person_is_not_the_person():
    text = (
        "Ana Ruiz spoke in the city on Friday.\n"
        'The Ruiz Foundation said the gift was "a turning point for the city."'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker_kind == "organization"
