"""Quote spans and speakers: one regression test per attribution pattern, own sentences."""

from __future__ import annotations

import pytest

from digests import build_digest
from digests.analysis import analyse
from digests.quotes.cues import is_cue
from digests.quotes.spans import find_quote_spans


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
        'Surveyor Wendell Pruitt walked the pier. "The pilings are rotten," Pruitt said.',
        'Surveyor Wendell Pruitt walked the pier. "The pilings are rotten," said Pruitt.',
        'Surveyor Wendell Pruitt walked the pier. Pruitt said: "The pilings are rotten."',
        'Surveyor Wendell Pruitt climbed down. According to Pruitt, "the pilings are rotten."',
    ],
)
def test_attribution_after_before_and_inverted(text):
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Wendell Pruitt"


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
        "Lighthouse keeper Rosalind Tremaine ignored the storm warning on Thursday.\n"
        "“The lamp had to stay lit all night,” she told the inquiry."
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Rosalind Tremaine"
    assert quote.speaker_kind == "pronoun"


def test_unattributed_paragraph_continues_previous_speaker():
    text = (
        "“The orchard survived the frost,” grower Thaddeus Corwin said.\n"
        "“Half the blossoms are gone, but the trees themselves came through it.”\n"
        "The cooperative sent no reply."
    )
    assert [s for _, s in quotes_of(text)] == ["Thaddeus Corwin", "Thaddeus Corwin"]


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
    text = (
        "Commissioner Horatio Kittredge chaired the hearing.\n"
        '"We reached a compromise," Mr. Kittredge said. "Everyone gave up something."'
    )
    digest = build_digest(text)
    assert [q.speaker for q in digest.quotes] == ["Horatio Kittredge", "Horatio Kittredge"]
    assert [p.name for p in digest.people] == ["Horatio Kittredge"]


def test_pronoun_prefers_subject_of_earlier_sentence_in_same_paragraph():
    text = (
        '"We moved quickly," said museum director Bertrand Nkemelu.\n'
        "Councillor Evander Marchetti was more cautious. He said the council ought to wait "
        'instead of "punishing one small museum."'
    )
    quotes = build_digest(text).quotes
    assert [q.speaker for q in quotes] == ["Bertrand Nkemelu", "Evander Marchetti"]


def test_titles_of_works_are_not_quotes():
    text = "The library will screen “The Long Road Home” on Friday for residents."
    assert build_digest(text).quotes == []


def test_abbreviated_title_does_not_split_the_sentence():
    text = '"Nobody goes near the wreck," coast guard spokesman Lt. Ignatius Farquhar warned.'
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Ignatius Farquhar"


def test_any_verb_reporting_a_that_clause_attributes_the_quote():
    text = (
        "Chef Barnaby Holloway debated the critic Cosima Ferrant on the radio.\n"
        'Holloway fired back that the town deserved "honest food, not another tasting menu."'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Barnaby Holloway"


def test_pronoun_gender_learnt_from_an_earlier_sentence():
    text = (
        "Engineer Philippa Ashworth drew the new coastal charts.\n"
        "She spent four winters at sea on the survey.\n"
        "Inspector Sam Brannock checked the charts in March, after a voyage with Ashworth.\n"
        '"Nobody has mapped these shoals so carefully before," she said.'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Philippa Ashworth"


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
        'The union called the pension proposal "a slap in the face."\n'
        "Talks with the Ropemakers Guild resume on Thursday."
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Ropemakers Guild"


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
        "Shopkeeper Leopold Drummond read out a notice issued by the Wexford Port Board: "
        '"The quay closes for repairs in June," it said.'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker != "Leopold Drummond"
    assert "Board" in (quote.speaker or "")


def test_relative_clause_speaker_is_the_person_it_describes():
    text = (
        "The rally was called by Alan Reyes, the candidate for Ms. Cole's district, who "
        'spoke of his "deep worry over the closures."'
    )
    assert speakers_of(text) == ["Alan Reyes"]


def test_inverted_cue_takes_the_named_appositive():
    text = '"The fares keep climbing every winter," said another ferry commuter, Solveig Arnesen.'
    assert speakers_of(text) == ["Solveig Arnesen"]


def test_name_between_quote_and_a_later_cue():
    text = (
        "Surveyor Kasimir Dunmore measured the old dam.\n"
        '"The spillway can carry the spring flood," Dunmore, a county surveyor, said Thursday.'
    )
    assert speakers_of(text) == ["Kasimir Dunmore"]


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
        "Farmer Marisol Fenwick has kept hives on the hillside for thirty years. "
        "She says the spraying must stop.\n"
        '"Last summer I lost more than half of my colonies in a single week."'
    )
    assert speakers_of(text) == ["Marisol Fenwick"]


def test_quote_paragraph_after_a_person_who_only_acted_stays_open():
    # the setting paragraph reports no words or view of the farmer: the quote may be anyone's
    text = (
        "Farmer Marisol Fenwick has kept hives on the hillside for thirty years. "
        "She fears the spraying.\n"
        '"Last summer I lost more than half of my colonies in a single week."'
    )
    assert speakers_of(text) == [None]


def test_group_whose_words_were_reported_does_not_speak_past_a_named_party():
    text = (
        "The beekeepers say the spraying began after a meeting with the mayor, Cosima Ferrant.\n"
        '"Nobody ever asked us about the spraying."'
    )
    assert speakers_of(text) == [None]


def test_quote_paragraph_after_a_person_who_spoke_before_is_theirs():
    text = (
        '"The tide tables are wrong," harbour pilot Thaddeus Brisco said.\n'
        "Brisco sailed into the harbour at dawn on Monday.\n"
        '"The storm wrecked four boats and flooded the fish market overnight."'
    )
    assert speakers_of(text) == ["Thaddeus Brisco", "Thaddeus Brisco"]


def test_quote_paragraph_after_a_paragraph_about_two_people_stays_open():
    text = (
        "Lisbeth Halloran and Ambrose Penhallow told the surveyors on Tuesday that the road "
        "floods.\n"
        '"The marsh has flooded every spring since the new road went in."'
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
        "Evander Lindqvist still opposes the toll after a month of hearings.\n"
        '"I voted against it once and I will vote against it again," the Saskatchewan '
        "senator told the press."
    )
    assert speakers_of(text) == ["Evander Lindqvist"]


@pytest.mark.parametrize("noun", ["spokesman", "aide", "official", "adviser", "manager"])
def test_a_definite_spokesman_or_aide_is_not_the_person_just_named(noun):
    text = f'Senator Ingrid Halvorsen attacked the toll. "It is a disaster," the {noun} said.'
    assert speakers_of(text) != ["Ingrid Halvorsen"]


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
    text = 'Councillor Seraphina Oyelaran spoke first. Then she turned to "grumpy" Alaric Brisco.'
    assert "Alaric Brisco" not in speakers_of(text)


def test_possessed_speech_noun_after_the_quote():
    text = (
        "Principal Wendell Kestrel faces a difficult term.\n"
        'Parents still remember Kestrel\'s "no homework at weekends" pledge from the spring.'
    )
    assert speakers_of(text) == ["Wendell Kestrel"]


def test_first_name_gender_picks_the_pronouns_antecedent():
    text = (
        "The school board gathered on Thursday evening.\n"
        "Trustee Harold Nkemelu said Rosalind Pemberton urged patience. She added that the "
        'district "will reopen every classroom that flooded."'
    )
    assert speakers_of(text) == ["Rosalind Pemberton"]


def test_first_name_gender_list_is_general_and_leaves_shared_names_unknown():
    from digests.people.name_shapes import first_name_gender

    assert first_name_gender("Margaret") == "female"
    assert first_name_gender("Harold") == "male"
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
    text = (
        'Councillor Cosima Ferrant attacked the developer for proposing a "reckless, ugly tower."'
    )
    assert speakers_of(text) == ["Cosima Ferrant"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ingrid Halvorsen mocked Tobias Quint's \"plan to rebuild the harbour in one "
        'summer" on Tuesday.',
        'Senator Ingrid Halvorsen ridiculed the "harbour for every family" pledge of her rival.',
    ],
)
def test_words_that_are_the_object_of_a_mocking_verb_are_not_the_mockers(text):
    assert "Ingrid Halvorsen" not in speakers_of(text)


def test_a_mocking_verb_before_a_colon_reports_the_quote():
    text = 'Senator Ingrid Halvorsen mocked the plan: "It would not survive one winter storm."'
    assert speakers_of(text) == ["Ingrid Halvorsen"]


def test_a_capitalised_quote_heading_is_not_a_quote():
    text = (
        'Mayor Ruth Gale called the plan "reckless, costly and wrong."\n'
        '"RECKLESS, COSTLY AND WRONG"\n'
        "The council votes on Monday."
    )
    assert [q.text for q in build_digest(text).quotes] == ["reckless, costly and wrong."]


def test_a_title_naming_the_noun_after_it_is_not_a_quote():
    text = "“Evening Ledger” columnist Tamsin Oduya asked the minister about the ferry."
    assert build_digest(text).quotes == []


def test_quote_paragraph_about_the_introduced_person_is_not_theirs():
    text = (
        "Ysolde Galloway told the police on Tuesday that she was at home all night.\n"
        '"She always waved at the children and kept her garden tidy."'
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
        'Ignatius Pemberton, who chairs the inquiry, said the audit was "badly rushed." '
        "His deputy, Lisbeth Corwin, disagreed.\n"
        '"The audit is careful and we stand behind every page," she said.'
    )
    assert speakers_of(text) == ["Ignatius Pemberton", "Lisbeth Corwin"]


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
        'Judge Perpetua Marchetti waited. "Who signed it?" The question lingered in the '
        "courtroom while Marchetti stayed silent."
    )
    assert "Perpetua Marchetti" not in speakers_of(text)


def test_a_foundation_named_for_a_person_is_not_the_person():
    text = (
        "Ana Ruiz spoke in the city on Friday.\n"
        'The Ruiz Foundation said the gift was "a turning point for the city."'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker_kind == "organization"


def test_a_cue_joined_onto_a_reported_clause_is_the_reporter_speaking():
    text = (
        "Plant manager Tove Lindahl said the union had rejected the offer and called the "
        'walkout "a needless gamble" on Tuesday.'
    )
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Tove Lindahl"


def test_a_programme_after_a_curly_possessive_is_not_a_quote():
    # the model tags the ’s before a curly quote mark as a verb
    text = "Speaking Sunday on KTVN’s “Valley Week,” Mayor Ruth Gale said the levee would hold."
    assert build_digest(text).quotes == []


def test_a_programme_opening_with_a_network_acronym_is_not_a_quote():
    text = 'Asked on "KTVN Morning Hour," Mayor Ruth Gale said she would run again.'
    assert build_digest(text).quotes == []


def test_a_quote_in_capitals_is_still_a_quote():
    text = 'Protesters outside the hall chanted "NO NEW TOLLS" for an hour, Mayor Ruth Gale said.'
    assert [q.text for q in build_digest(text).quotes] == ["NO NEW TOLLS"]


def test_an_epithet_looks_past_a_sentence_about_something_else():
    text = (
        "Evander Lindqvist toured the flooded valley on Tuesday. The water had risen "
        "two metres overnight.\n"
        '"We will rebuild every bridge," the billionaire told reporters.'
    )
    assert speakers_of(text) == ["Evander Lindqvist"]


def test_an_epithet_after_a_pronoun_subject_is_whom_the_pronoun_stands_for():
    text = (
        "Evander Lindqvist arrived in the valley on Tuesday. He toured the flooded farms.\n"
        '"We will rebuild every bridge," the billionaire told reporters.'
    )
    assert speakers_of(text) == ["Evander Lindqvist"]


def test_a_word_for_someone_famous_is_the_famous_person_just_named():
    text = (
        "Selma Varga flew home to Kelvara for the premiere on Friday.\n"
        '"I wanted my mother to see it first," the actress told reporters.'
    )
    assert speakers_of(text) == ["Selma Varga"]


def test_interjecting_and_booming_report_speech(nlp):
    an = analyse(nlp("Carla Brenn interjected and Ruth Gale boomed."))
    verbs = [t for t in an.doc if t.lower_ in {"interjected", "boomed"}]
    assert len(verbs) == 2 and all(is_cue(an, t) for t in verbs)
