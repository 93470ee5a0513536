"""Names with a word said of the person folded in front, and namesakes told apart by Mr./Mrs.

All names here are invented. The small model tags "Crooked Ana Ruiz" or "Certainly Tomas
Brek" as one PERSON; the cast must keep the name itself, so that a quote's speaker reads
"Ana Ruiz". And "Mrs. Okoye" in a story about Samuel and Marisol Okoye is Marisol.
"""

from __future__ import annotations

from spacy.tokens import Span

from digests import build_digest
from digests.analysis import analyse
from digests.parties import person_gender
from digests.people.names import clean_name_span
from tests.digests.readers import speakers


def names(text: str) -> list[str]:
    return [p.name for p in build_digest(text).people]


def test_an_epithet_before_a_full_name_given_alone_elsewhere_is_dropped():
    text = (
        "Governor Ana Ruiz opened the new dam on Monday.\n"
        'Her rival Tomas Brek mocked her at a rally: "Nobody works harder than Crooked Ana '
        'Ruiz at losing money."\n'
        '"The dam will pay for itself," Ruiz said.'
    )
    assert "Crooked Ana Ruiz" not in names(text)
    assert speakers(text)[-1] == "Ana Ruiz"


def person_span(nlp, text: str, words: str) -> Span:
    """The words as the PERSON entity the small model sometimes makes of them."""
    doc = nlp(text)
    i = text.index(words)
    span = doc.char_span(i, i + len(words), label="PERSON")
    assert span is not None
    return span


def test_an_adverb_the_model_folds_into_a_name_is_not_part_of_it(nlp):
    text = '"Certainly Tomas Brek has changed his tune on water," one farmer said.'
    name = clean_name_span(person_span(nlp, text, "Certainly Tomas Brek"))
    assert name is not None and name.text == "Tomas Brek"


def test_words_set_between_spaced_dashes_are_not_a_name(nlp):
    text = 'Brek said Ruiz is "soft on crime. Soft - Ruiz - soft on crime."'
    name = clean_name_span(person_span(nlp, text, "Soft - Ruiz"))
    assert name is None or name.text == "Ruiz"
    assert clean_name_span(person_span(nlp, text, "Ruiz - soft")) is None


def test_an_adverb_alone_is_not_a_name(nlp):
    text = 'Sooner or later, "we will have a new dam," Ruiz said.'
    assert clean_name_span(person_span(nlp, text, "Sooner")) is None


def test_a_known_given_name_after_an_unknown_word_stays_when_never_given_alone():
    text = '"We will build it," said Moner Daniel Abusalha, the project lead.'
    assert names(text) == ["Moner Daniel Abusalha"]


def test_mrs_picks_the_namesake_whose_given_name_fits():
    text = (
        "Samuel Okoye and his wife, Marisol Okoye, run the Kelvara food bank.\n"
        'Mrs. Okoye said the shelves were "emptier than ever this winter."\n'
        '"We need volunteers," Mr. Okoye said.'
    )
    assert speakers(text) == ["Marisol Okoye", "Samuel Okoye"]


def test_a_known_given_name_outweighs_a_nearby_he(nlp):
    text = (
        "Tax experts met on Monday. The plan from Marta Okonkwo, he said, would cost "
        "little.\nMarta Okonkwo did not comment."
    )
    an = analyse(nlp(text))
    idx = next(i for i, m in enumerate(an.cast.members) if m.surname == "Okonkwo")
    assert person_gender(an, idx) == "female"
