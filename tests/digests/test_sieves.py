"""Each speaker sieve alone, on sentences written for it; then which sieve decides what.

The sieves are called directly on a parsed sentence (`QuoteAt`), so a test fails for the
sieve it names and no other. The pinning test runs the whole ordered list: when a sieve
moves in `SIEVES`, it shows which sentences change hands.
"""

from __future__ import annotations

import pytest

from digests import build_digest
from digests.analysis import Party, analyse
from digests.parties import Discourse
from digests.quotes import sieves
from digests.quotes.attribution import is_partial
from digests.quotes.sieves import QuoteAt


@pytest.fixture(scope="module")
def at(nlp):
    """`at(text, qi, kept)`: quote `qi` of `text` as the sieves see it."""

    def build(text: str, qi: int = 0, kept: tuple = ()) -> QuoteAt:
        an = analyse(nlp(text))
        return QuoteAt(an, qi, is_partial(an, qi), Discourse.of(an), kept)

    return build


def speaker(decision) -> str | None:
    return decision.speaker.name if decision else None


def test_trailing_attribution(at):
    q = at('"We will reopen the pier," Priya Nair said.')
    decision = sieves.trailing_attribution(q)
    assert speaker(decision) == "Priya Nair" and decision.cue == "said"


def test_trailing_attribution_passes_a_fragment(at):
    assert sieves.trailing_attribution(at('Priya Nair called it "a disgrace" on Monday.')) is None


def test_governing_cue(at):
    decision = sieves.governing_cue(at('Priya Nair said the pier was "beyond repair" today.'))
    assert speaker(decision) == "Priya Nair" and decision.cue == "said"


def test_cue_after(at):
    q = at('"The pier is beyond repair," said Mayor Priya Nair.')
    assert speaker(sieves.cue_after(q)) == "Priya Nair"


def test_cue_before(at):
    q = at('Mayor Priya Nair said: "The pier is beyond repair."')
    assert speaker(sieves.cue_before(q)) == "Priya Nair"


def test_according_to_is_a_cue_before(at):
    q = at('Priya Nair runs the port. According to Nair, "the pier is finished."')
    decision = sieves.cue_before(q)
    assert speaker(decision) == "Priya Nair" and decision.cue == "according to"


def test_reporting_clause(at):
    q = at('Priya Nair shot back that the council needed "honest accounts" from now on.')
    assert speaker(sieves.reporting_clause(q)) == "Priya Nair"


def test_colon_before(at):
    q = at('Mayor Priya Nair had a short answer for the council: "Never again."')
    decision = sieves.colon_before(q)
    assert speaker(decision) == "Priya Nair" and decision.cue.endswith(":")


def test_bare_name_after(at):
    q = at('Priya Nair chairs the port board.\n"The pier stays closed for the winter," Priya Nair.')
    assert speaker(sieves.bare_name_after(q)) == "Priya Nair"


def test_bare_name_after_passes_a_name_that_labels_the_next_quote(at):
    q = at(
        "Priya Nair and Tomas Brenn debated on Monday.\n"
        'Brenn: "The pier must close." Nair: "The pier stays open."'
    )
    assert sieves.bare_name_after(q) is None


def test_colon_before_reads_a_speaker_label(at):
    q = at(
        "Priya Nair and Tomas Brenn debated on Monday.\n"
        'Brenn: "The pier must close." Nair: "The pier stays open."',
        1,
    )
    decision = sieves.colon_before(q)
    assert speaker(decision) == "Priya Nair" and decision.cue == "Nair:"


def test_stranded_attribution(at):
    q = at('Priya Nair chairs the port board.\n"The pier stays closed." Nair said on Monday.')
    decision = sieves.stranded_attribution(q)
    assert speaker(decision) == "Priya Nair" and decision.cue == "said"


def test_stranded_attribution_passes_a_cue_with_words_of_its_own(at):
    q = at(
        'Priya Nair chairs the port board.\n"The pier stays closed." Nair said the vote was close.'
    )
    assert sieves.stranded_attribution(q) is None


def test_transcript_label(at):
    text = 'Priya Nair spoke to the show.\n"NAIR: The pier stays closed.\n"BRENN: Why?'
    decision = sieves.transcript_label(at(text))
    assert speaker(decision) == "Priya Nair" and decision.cue == "NAIR:"


def test_transcript_label_passes_a_lone_heading(at):
    q = at('Priya Nair chairs the board.\n"OPINION: The pier stays closed," Nair wrote.')
    assert sieves.transcript_label(q) is None


def test_owned_label(at):
    q = at('Priya Nair won the race. Nair\'s "no new tolls" pledge won her the vote.')
    assert speaker(sieves.owned_label(q)) == "Priya Nair"


def test_clause_subject(at):
    q = at('Priya Nair compared the old pier to a sieve, "leaking at every joint."')
    decision = sieves.clause_subject(q)
    assert speaker(decision) == "Priya Nair" and decision.cue == "compared"


def test_clause_subject_is_not_the_mocker_of_another_s_words(at):
    q = at('Priya Nair mocked Tomas Brenn\'s "pier for every family" plan on Tuesday.')
    assert sieves.clause_subject(q) is None


def test_colon_paragraph(at):
    q = at('Priya Nair said in a statement:\n"The pier will reopen in May."')
    assert speaker(sieves.colon_paragraph(q)) == "Priya Nair"


def test_previous_quote_in_the_same_paragraph(at):
    spoke = Party(name="Priya Nair", kind="named", person=0)
    q = at('"The pier is safe," Priya Nair said. "It will reopen."', 1, ((0, spoke),))
    assert speaker(sieves.previous_quote(q)) == "Priya Nair"


def test_previous_quote_not_for_a_fragment_in_a_later_paragraph(at):
    spoke = Party(name="Priya Nair", kind="named", person=0)
    text = '"The pier is safe," Priya Nair said.\nThe council called the plan "a gamble" later.'
    assert sieves.previous_quote(at(text, 1, ((0, spoke),))) is None


def test_continued_quote_takes_the_next_paragraph_s_attribution(at):
    q = at('"The pier is safe. It will reopen.\n"And soon," Priya Nair said.')
    decision = sieves.continued_quote(q)
    assert speaker(decision) == "Priya Nair" and decision.cue == "said"


def test_continued_quote_not_for_a_closed_quote(at):
    q = at('"The pier is safe."\n"And soon," Priya Nair said.')
    assert sieves.continued_quote(q) is None


def test_later_cue(at):
    q = at('The talks were "long but productive." Nothing was settled, Priya Nair said.')
    decision = sieves.later_cue(q)
    assert speaker(decision) == "Priya Nair" and decision.cue == "said"


def test_clause_subject_of_a_reported_clause_is_the_reporter_s(at):
    q = at('Priya Nair told the board that Tomas Brenn was "a disgrace to the harbour."')
    assert speaker(sieves.clause_subject(q)) in {None, "Priya Nair"}
    assert speaker(sieves.attribute(q)) == "Priya Nair"


def test_sentence_before(at):
    q = at('Mayor Priya Nair touted her record on the harbour. "We built the bridge."')
    assert speaker(sieves.sentence_before(q)) == "Priya Nair"


def test_sentence_before_not_when_the_quote_speaks_of_her(at):
    q = at('Mayor Priya Nair lost the vote. "She never listened to the harbour."')
    assert sieves.sentence_before(q) is None


def test_introduced(at):
    q = at('Priya Nair says the old pier can still be saved.\n"We only need the money."')
    assert speaker(sieves.introduced(q)) == "Priya Nair"


def test_every_sieve_passes_a_quote_nobody_says(at):
    q = at('The storm hit the coast overnight. "Beyond repair" is a phrase from the past.')
    assert [s.__name__ for s in sieves.SIEVES if s(q) is not None] == []


PINNED = [
    ('"We will reopen the pier," Priya Nair said.', "trailing_attribution"),
    ('Priya Nair said the pier was "beyond repair" today.', "governing_cue"),
    (
        'Priya Nair shot back that the council needed "honest accounts" from now on.',
        "reporting_clause",
    ),
    ('Mayor Priya Nair had a short answer for the council: "Never again."', "colon_before"),
    # a speech noun with an owner is a reporter before it is a label
    (
        'Priya Nair won the race. Nair\'s "no new tolls" pledge won her the vote.',
        "reporting_clause",
    ),
    ('Priya Nair compared the old pier to a sieve, "leaking at every joint."', "clause_subject"),
    ('Priya Nair said in a statement:\n"The pier will reopen in May."', "colon_paragraph"),
    ('The talks were "long but productive." Nothing was settled, Priya Nair said.', "later_cue"),
    ('Priya Nair says the old pier can still be saved.\n"We only need the money."', "introduced"),
    (
        'Mayor Priya Nair touted her record on the harbour. "We built the bridge."',
        "sentence_before",
    ),
    ('"We will reopen the pier."\nThat was the message from Mayor Priya Nair.', "named_after"),
    ('Priya Nair chairs the board.\n"We will reopen the pier." Nair said.', "stranded_attribution"),
    ('Priya Nair spoke to the show.\n"NAIR: We will reopen the pier."', "transcript_label"),
]


@pytest.mark.parametrize(("text", "sieve"), PINNED)
def test_which_sieve_decides(text, sieve):
    (quote,) = build_digest(text).quotes
    assert quote.speaker == "Priya Nair"
    assert quote.attribution is not None and quote.attribution.sieve == sieve


def test_a_continued_quote_is_decided_by_the_previous_quote():
    first, second = build_digest('"The pier is safe," Priya Nair said. "It will reopen."').quotes
    assert first.attribution.sieve == "trailing_attribution"
    assert second.attribution.sieve == "previous_quote"
    assert second.speaker == "Priya Nair"


def test_a_participle_on_a_noun_that_cannot_speak_is_its_clause_subject_s(at):
    q = at(
        "Priya Nair closed the hearing with a reference to the old charter, remarking, "
        '"We keep our word."'
    )
    decision = sieves.attribute(q)
    assert speaker(decision) == "Priya Nair" and decision.cue == "remarking"
